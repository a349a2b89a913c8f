"""Hand-written ground truth for the thirty-seventh held-out set (everything that is not derived from the text).

Guests, affiliations and companies were read off the excerpt text (raw/<id>.md, the part build.py
keeps). No episode page was available offline when the set was built, so titles are placeholders
(title_source says so), descriptions are absent and dates are approximate (date_source says from what).
Affiliations are the guest's organisation at the time of the episode, as the excerpt gives it. Nothing here
was tuned against castflow's output, and castflow's rules were not read while choosing the episodes.
"""


from truth_records import CO, GUEST, HOST, PLACEHOLDER, SOURCES  # ../heldout, on the path build.py sets

JOHNNY = HOST(
    "Johnny Boursiquot",
    None,
    "host",
    "excerpt ('I am your host, Johnny Boursiquot'; his employer is not said)",
    ["Johnny"],
)
JEROD = HOST(
    "Jerod Santo",
    None,
    "host",
    "speaker label (he does not say his own name or surname in the excerpt; his affiliation is not said)",
    ["Jerod"],
)
ADAM = HOST(
    "Adam Stacoviak",
    None,
    "co-host",
    "speaker label (he is not named in the excerpt; his affiliation is not said)",
    ["Adam"],
)
SLACK = CO("Slack", [], "in passing")
FACEBOOK = CO("Facebook", [], "in passing")

EPISODES = {
    "pai65_grakn": {
        "podcast": "Practical AI (Changelog Media)",
        "show": "practicalai",
        "episode_number": 65,
        "title": "Practical AI #65",
        "title_source": PLACEHOLDER,
        "date": "2019-11",
        "date_source": "approximate, from the show's numbering (set 16's pai61 is about October 2019, set 17's pai70 December 2019) and the excerpt (NVIDIA GTC in Washington DC 'going on now'; the AlphaPilot race in Washington, 'the second of four'); Practical AI #64, read for this set, speaks of 'a nice fall day'",
        "sources": SOURCES("practicalai", 65, "practicalai/practical-ai-65.md"),
        "hosts": [
            HOST(
                "Chris Benson",
                "Lockheed Martin",
                "co-host (principal AI strategist), who opens this episode",
                "excerpt ('I am one of your co-hosts, Chris Benson, I am principal AI strategist at Lockheed Martin')",
                ["Chris"],
            ),
            HOST(
                "Daniel Whitenack",
                "SIL International",
                "co-host (data scientist)",
                "excerpt (named by the other co-host: 'my co-host, Daniel Whitenack, who's a data scientist at SIL International')",
                ["Daniel"],
            ),
        ],
        "guests": [
            GUEST(
                "James Fletcher",
                "Grakn Labs",
                "principal scientist at Grakn Labs (Grakn.ai), leading research on machine intelligence and cognition; before that an entrepreneur in computer vision for automated veterinary diagnostics, a family business started from his university work in machine vision",
                "excerpt, co-host: 'We have a guest by the name of James Fletcher, who is principal scientist at Grakn Labs'; 'you're presently leading research on machine intelligence and cognition at Grakn.ai'",
                ["James"],
            )
        ],
        "speaker_label_note": "the co-host Chris Benson, not Daniel Whitenack, opens the show and introduces the guest; the guest does not name his company in the excerpt (after the cut: 'the CEO here at Grakn')",
        "mentioned_people": [
            {"name": "Andrew Zisserman", "note": "the professor the guest studied under ('professor Andrew Zisserman ... quite a big name in computer vision')"},
        ],
        "companies": [
            CO("Grakn Labs", ["Grakn", "Grakn.ai", "Grakn AI"], "the guest's employer (said by the co-host in the introduction, then as 'Grakn.ai' from the guest's LinkedIn)"),
            CO("Lockheed Martin", [], "the co-host Chris Benson's employer (said by himself in his opening)"),
            CO("SIL International", ["SIL"], "the co-host Daniel Whitenack's employer (said by the other co-host in the opening)"),
            CO("NVIDIA", ["NVIDIA GTC"], "runs the conference the co-host attends ('NVIDIA GTC, which is their GPU technology conference'; 'other things related to NVIDIA')"),
            SLACK,
            CO("LinkedIn", [], "in passing ('on LinkedIn', 'your LinkedIn')"),
            CO("Changelog Media", ["Changelog", "Changelog.com"], "the show's network, said as its web address ('If you go to Changelog.com/community')"),
        ],
        "products": ["GTC (GPU Technology Conference)", "AlphaPilot (a drone race)", "machine vision", "computer vision", "knowledge graphs", "MATLAB", "Python", "Practical AI (podcast)"],
        "reference_tags": ["knowledge graphs", "computer vision", "machine learning", "entrepreneurship", "veterinary diagnostics"],
        "description": None,
        "voices": {"Chris Benson": "joe_low", "Daniel Whitenack": "joe", "James Fletcher": "joe_high"},
        "intro_style": "the co-host Chris Benson, not Daniel Whitenack, opens the show: himself by full name, role and employer ('I am one of your co-hosts, Chris Benson, I am principal AI strategist at Lockheed Martin'), the other co-host by full name, role and employer ('Daniel Whitenack, who's a data scientist at SIL International'); small talk about messy data and NVIDIA GTC in Washington DC; then the guest by full name, role and company in one clause ('a guest by the name of James Fletcher, who is principal scientist at Grakn Labs'); the company again as read from the guest's LinkedIn ('leading research on machine intelligence and cognition at Grakn.ai'); a tangent on his former veterinary-diagnostics business; the guest never names his company in the excerpt; two hosts and one guest; 14 turns, few and long; the excerpt ends on the guest (446 words)",
    },
    "gt103_dgraph": {
        "podcast": "Go Time (Changelog Media)",
        "show": "gotime",
        "episode_number": 103,
        "title": "Go Time #103",
        "title_source": PLACEHOLDER,
        "date": "2019-10",
        "date_source": "approximate, from the show's numbering (set 16's gt100 is about August 2019, set 13's gt113 December 2019) and the excerpt (the guests 'have recently released a caching library', ristretto)",
        "sources": SOURCES("gotime", 103, "gotime/go-time-103.md"),
        "hosts": [
            HOST("Jon Calhoun", None, "host", "excerpt ('And I am Jon Calhoun'; his employer is not said)", ["Jon"]),
            HOST(
                "Johnny Boursiquot",
                None,
                "co-host",
                "excerpt (named by the host: 'And Johnny Boursiquot'; his employer is not said)",
                ["Johnny"],
            ),
        ],
        "guests": [
            GUEST(
                "Manish R Jain",
                "Dgraph",
                "of Dgraph, the graph database company; one of the two guests who released its Go caching library, ristretto (after the cut he speaks of 'my engineers')",
                "excerpt, host: 'I'm here with Manish Jain [Jane], or Jain [Jean]...'; 'Manish and Karl are both from Dgraph, and they've recently released a caching library'; the guest: 'more importantly in Dgraph, which is a server', 'Which includes Dgraph'",
                ["Manish Jain", "Manish"],
            ),
            GUEST(
                "Karl McGuire",
                "Dgraph",
                "of Dgraph; works on its caching library, ristretto (after the cut: he wrote an implementation of the TinyLFU admission policy and was recommended to Dgraph by Ben Manes)",
                "excerpt, host: 'I'm also here with Karl McGuire'; 'Manish and Karl are both from Dgraph'",
                ["Karl"],
            ),
        ],
        "speaker_label_note": "the speaker label 'Manish R Jain' carries a middle initial that is never spoken ('Manish Jain'); the stored transcript's pronunciation hints ('[Jane]', '[Jean]') are bracketed annotations that excerpt_lib drops; the second guest says three words in the excerpt ('Hey, everyone.', 'Yes.')",
        "mentioned_people": [],
        "companies": [
            CO("Dgraph", ["Dgraph Labs"], "both guests' company ('Manish and Karl are both from Dgraph', said by the host); also the name of its database; said four times, once by the host, three times by the guest"),
            CO("Google", [], "in passing ('Google's web search index')"),
            FACEBOOK,
        ],
        "products": ["ristretto (a Go caching library)", "Badger (an embedded key-value database)", "Redis", "Memcached", "Mustang (Google's in-memory index tier)", "SQL", "NoSQL", "RAM", "Go Time (podcast)"],
        "reference_tags": ["caching", "Go", "databases", "performance", "concurrency"],
        "description": None,
        "voices": {"Jon Calhoun": "joe", "Manish R Jain": "joe_high", "Karl McGuire": "heart_low", "Johnny Boursiquot": "joe_low"},
        "intro_style": "the host's opening: the show, then the first guest by full name with a correction of its pronunciation ('I'm here with Manish Jain [Jane], or Jain [Jean]...'; the guest: 'Manish Jain [Jane]'; the bracketed hints are dropped from the truth text), the second guest by full name ('I'm also here with Karl McGuire'), the co-host by full name, the host himself last ('And I am Jon Calhoun'); then both guests' company in one clause after the topic ('Manish and Karl are both from Dgraph, and they've recently released a caching library'); the company is also the name of its database, said by the guest ('in Dgraph, which is a server'); Redis, Memcached, Google, Facebook; two hosts and two guests of one company, one of whom says three words; 17 turns; the excerpt ends on a guest (308 words)",
    },
    "gt104_blugelabs": {
        "podcast": "Go Time (Changelog Media)",
        "show": "gotime",
        "episode_number": 104,
        "title": "Go Time #104",
        "title_source": PLACEHOLDER,
        "date": "2019-10",
        "date_source": "approximate, from the show's numbering (set 16's gt100 is about August 2019, set 13's gt113 December 2019) and the excerpt ('in October, 2018 I left Couchbase', 'last year'; the local meetup 'had a meeting here in September')",
        "sources": SOURCES("gotime", 104, "gotime/go-time-104.md"),
        "hosts": [JOHNNY],
        "guests": [
            GUEST(
                "Marty Schoch",
                "Bluge Labs",
                "started Bluge Labs, a company just getting off the ground to get companies that use Bleve to support it; creator and long-time developer of Bleve, the Go full-text search and indexing library, which he built at Couchbase from 2014; left Couchbase in October 2018 and did contract work for two companies",
                "excerpt, the guest: 'I've just actually started a company called Bluge Labs. What we're trying to do is get companies that are using Bleve on board to support Bleve'; the host: 'Marty Schoch, best known for Bleve'; 'So you work for Couchbase, yeah?' - 'No, I left Couchbase last year...'",
                ["Marty"],
                other_affiliations_in_excerpt=[
                    "Bleve (his open-source project: 'best known for Bleve, the full-text search and indexing library')",
                    "Couchbase (former employer: 'in October, 2018 I left Couchbase')",
                ],
            )
        ],
        "speaker_label_note": "the host names a former employer as the guest's present one ('So you work for Couchbase, yeah?') and the guest corrects him; the new company is said only once",
        "mentioned_people": [],
        "companies": [
            CO("Bluge Labs", [], "the guest's new company (said once, by the guest)"),
            CO("Couchbase", [], "the guest's former employer, where Bleve was started (said nine times, first by the host as his present employer)"),
            CO("Bleve", [], "the guest's open-source project ('best known for Bleve'; said many times)"),
        ],
        "products": ["Go", "full-text search", "GopherCon U.K. (a conference)", "Go DC (Golang DC, a meetup)", "C", "SQL", "Go Time (podcast)"],
        "reference_tags": ["full-text search", "Go", "open source sustainability", "indexing", "databases"],
        "description": None,
        "voices": {"Johnny Boursiquot": "joe_low", "Marty Schoch": "joe"},
        "intro_style": "the host's opening: the show and himself by full name ('I am your host, Johnny Boursiquot'), then the guest by full name and his open-source project, no company ('Marty Schoch, best known for Bleve, the full-text search and indexing library, of course built in Go'); small talk about a conference talk, the East Coast and a local meetup (Go DC); then the host gives a former employer as the present one ('So you work for Couchbase, yeah?'), the guest corrects him ('No, I left Couchbase last year...') and names his new company once, in a long turn ('I've just actually started a company called Bluge Labs'); the former employer said nine times in all; one host and one guest; 21 turns; the excerpt ends on the host's question",
    },
    "jsp345_vercel": {
        "podcast": "JS Party (Changelog Media)",
        "show": "jsparty",
        "episode_number": 345,
        "title": "JS Party #345",
        "title_source": PLACEHOLDER,
        "date": "2024-10",
        "date_source": "approximate, from the show's numbering (set 28's jsp339 is 2024) and JS Party #342 and #346, read for this set (#342: VoidZero announced 'just a few days ago, September 30th'; #346: React Summit US, November 19th, still to come); the excerpt gives no date",
        "sources": SOURCES("jsparty", 345, "jsparty/js-party-345.md"),
        "hosts": [
            HOST("Jerod Santo", None, "host", "excerpt ('It's Jerod, your internet friend'; his surname and affiliation are not said)", ["Jerod"]),
        ],
        "guests": [
            GUEST(
                "Tom Occhino",
                "Vercel",
                "chief product officer at Vercel, previously its VP of engineering frameworks; before that at Facebook, where the early React, React Native and JavaScript infrastructure people were in his org (Product Infrastructure) and he advocated open-sourcing React",
                "excerpt, host: 'with Tom Occhino, who is the chief product officer at Vercel'; the guest: 'they were sort of like on my team or in my org at Facebook'",
                ["Tom"],
                other_affiliations_in_excerpt=["Facebook (former employer: 'on my team or in my org at Facebook')"],
            )
        ],
        "speaker_label_note": "the stored transcript runs the guest's second short turn onto the host's line with no blank line between; raw/jsp345_vercel.md has one blank line added there (README says so), so the two turns stay apart",
        "mentioned_people": [
            {"name": "Christopher Chedeau", "note": "a former colleague of the guest on React, a guest of an earlier Changelog episode"},
            {"name": "Spencer Ahrens", "note": "likewise"},
            {"name": "Jordan Walk", "note": "as stored: the engineer who created React's prototype and joined the guest's team"},
            {"name": "Bill Gates", "note": "in passing ('folks from Microsoft who sort of cut their teeth under Bill Gates')"},
        ],
        "companies": [
            CO("Vercel", [], "the guest's employer (said once, by the host, in the introduction)"),
            CO("Facebook", [], "the guest's former employer, where React was built (said five times, by the guest and the host)"),
            CO("Microsoft", [], "in passing ('We had some folks from Microsoft')"),
        ],
        "products": ["React", "React Native", "JSX", "GraphQL", "PyTorch", "JSConf US (a conference)", "JavaScript", "The Changelog (podcast)", "JS Party (podcast)"],
        "reference_tags": ["React", "open source", "JavaScript frameworks", "developer tools", "engineering leadership"],
        "description": None,
        "voices": {"Jerod Santo": "joe", "Tom Occhino": "joe_high"},
        "intro_style": "the host's opening: himself by first name only ('It's Jerod, your internet friend'), then the guest by full name, role and company in one clause ('a one-on-one, with myself, of course, and with Tom Occhino, who is the chief product officer at Vercel'); the role discussed at once ('You were previously VP of engineering frameworks, and now you're chief product officer'), the company never said again in the excerpt; then the guest's former employer, Facebook, and the story of React's beginnings, said many times; people named (Christopher Chedeau, Spencer Ahrens, Jordan Walk, Bill Gates); Microsoft in passing; one host and one guest; 25 turns, many short; the excerpt ends on the host's remark ('We were kind of like \"What is this thing?\"')",
    },
    "jsp346_directus": {
        "podcast": "JS Party (Changelog Media)",
        "show": "jsparty",
        "episode_number": 346,
        "title": "JS Party #346",
        "title_source": PLACEHOLDER,
        "date": "2024-11",
        "date_source": "approximate, from the show's numbering (set 28's jsp339 is 2024) and the episodes around it read for this set (JS Party #342: React Summit US 'on November 19th'); the excerpt: the guest has 'just wrapped up' her second month at Directus; after the cut, a talk at React Summit still to come and 'documentation in 2024 and beyond'",
        "sources": SOURCES("jsparty", 346, "jsparty/js-party-346.md"),
        "hosts": [
            HOST("Nick Nisi", None, "host", "excerpt ('I'm your host this week, Nick Nisi'; his employer is not said)", ["Nick"]),
            HOST(
                "Amy Dutton",
                None,
                "panelist",
                "excerpt (named by the host: 'I am very excited to be joined by Amy Dutton'; her affiliation is not said in the excerpt; JS Party #344, read for this set, introduces her as a new regular panelist and a core contributor to RedwoodJS)",
                ["Amy"],
            ),
            HOST("Kevin Ball", None, "panelist", "excerpt (the host: 'we also have Kball here'; his full name and employer are not said)", ["Kball"]),
        ],
        "guests": [
            GUEST(
                "Carmen Huidobro",
                "Directus",
                "developer educator at Directus, her first full-time job, two months in, on the developer experience team and in charge of the platform's documentation; for 15 years mostly a freelance software developer; from Chile, living in Austria",
                "excerpt, the guest: 'I actually started my first ever full-time job at Directus, where I am a developer educator'",
                ["Carmen"],
            )
        ],
        "speaker_label_note": "the guest names her company herself, once; the host introduces her by full name only; a panelist is named by nickname only ('Kball'); one turn of the panelist's keeps the transcript's gap where an unintelligible word was ('because I've that before')",
        "mentioned_people": [],
        "companies": [
            CO("Directus", [], "the guest's employer (said once, by the guest)"),
            CO("Divio", [], "in passing ('Divio has a fantastic guide on those four categories', said by a panelist)"),
        ],
        "products": ["Docs for Developers (a book)", "the documentation system (tutorials, how-to guides, explanations, references)", "developer relations", "documentation", "JS Party (podcast)"],
        "reference_tags": ["documentation", "developer relations", "developer education", "freelancing", "technical writing"],
        "description": None,
        "voices": {"Nick Nisi": "joe_high", "Amy Dutton": "heart", "Kevin Ball": "joe_low", "Carmen Huidobro": "heart_low"},
        "intro_style": "the host's opening: himself by full name ('I'm your host this week, Nick Nisi'), a panelist by full name ('joined by Amy Dutton'), another by nickname only ('we also have Kball here'); banter; then the guest by full name only ('We have a very special guest today. We have Carmen Huidobro'), asked to tell about herself; the guest gives her country, her freelance past and her company and role ('I actually started my first ever full-time job at Directus, where I am a developer educator'), the company said only this once; Divio in passing; one host, two panelists and one guest, two of the four speakers women; many short turns (36); the excerpt ends on the host's remark, the next turn (327 words) passing 1,300",
    },
    "cl502_block": {
        "podcast": "The Changelog (Changelog Media)",
        "show": "podcast",
        "episode_number": 502,
        "title": "The Changelog #502",
        "title_source": PLACEHOLDER,
        "date": "2022",
        "date_source": "approximate, from the show's numbering (set 19's cl490 is 2022, set 6's cl510 about October 2022) and the excerpt (the name change from Square to Block 'announced back in December'; after the cut the conference is named, 'Square Unboxed 2022')",
        "sources": SOURCES("podcast", 502, "podcast/the-changelog-502.md"),
        "hosts": [
            HOST(
                "Adam Stacoviak",
                None,
                "host",
                "speaker label (he does not say his own name in the excerpt; after the cut he says his company is 'totally focused on media that is for software developers')",
                ["Adam"],
            ),
        ],
        "guests": [
            GUEST(
                "Jack Dorsey",
                "Block",
                "CEO of Block (renamed from Square in December), 'a hacker turned CEO'; wrote the original code for Square; learning Rust; the conference is his company's",
                "excerpt, host: 'I'm here with Jack Dorsey. Jack, this is your conference ... the name change from Square to Block'; 'Square turned Block'; 'why Block exists today'; the guest: 'So I wrote all the original code for Square back then'",
                ["Jack"],
            )
        ],
        "speaker_label_note": "recorded at the guest's company's developer conference (named only after the cut); the company is said by its old and new names ('the name change from Square to Block'); the host never says his own name",
        "mentioned_people": [
            {"name": "Lex Fridman", "note": "the host of a podcast the guest was on ('the Lex Fridman podcast you were on')"},
        ],
        "companies": [
            CO("Block", ["Square", "Block, Inc."], "the guest's company ('the name change from Square to Block', 'Square turned Block'); Square is its earlier name and now the name of its seller business; Block said five times and Square five, all by the host but one 'Square' of the guest's"),
            CO("Tidal", [], "one of Block's businesses, named by the host ('TBD, Spiral, Tidal, Cash App')"),
            CO("TBD", [], "likewise, a Block business"),
            CO("Spiral", [], "likewise, a Block business ('you're doing some cool stuff in the public too, especially with Spiral')"),
        ],
        "products": ["Cash App", "Bitcoin", "Bitcoin wallet", "Rust", "BBSes", "open source software", "block.xyz (the company's site)", "the Lex Fridman podcast", "The Changelog (podcast)"],
        "reference_tags": ["open source", "Rust", "Bitcoin", "company rebranding", "payments"],
        "description": None,
        "voices": {"Adam Stacoviak": "joe_low", "Jack Dorsey": "joe"},
        "intro_style": "no show intro (the stored file starts in the conversation): the guest by full name as the host's first words, and no role ('I'm here with Jack Dorsey. Jack, this is your conference, you need no introduction, of course'); the company by its old and new names in the same sentence ('the name change from Square to Block'), then 'a hacker turned CEO'; the guest says the old name ('I wrote all the original code for Square'); the host lists the company's businesses ('TBD, Spiral, Tidal, Cash App') and both names again ('Square turned Block', 'why Block exists today'); the host never says his own name; one host and one guest; 13 turns, few and long (the guest's first answer 372 words); the excerpt ends on the host ('Yeah.')",
    },
    "cl503_reflect": {
        "podcast": "The Changelog (Changelog Media)",
        "show": "podcast",
        "episode_number": 503,
        "title": "The Changelog #503",
        "title_source": PLACEHOLDER,
        "date": "2022",
        "date_source": "approximate, from the show's numbering (set 19's cl490 is 2022, set 6's cl510 about October 2022) and the excerpt ('it's hurricane season right now ... between July and November'; his last appearance 'December 20th, 2011' a decade ago; 'in the middle of COVID' he bought a boat)",
        "sources": SOURCES("podcast", 503, "podcast/the-changelog-503.md"),
        "hosts": [JEROD, ADAM],
        "guests": [
            GUEST(
                "Alex MacCaw",
                "Reflect",
                "working on Reflect, 'a little lifestyle business', after leaving his earlier business, Clearbit ('my thinking business', as stored); at Twitter in 2011, when he was last on the show; lives and works from a sailboat",
                "excerpt, the guest: 'I am working on a little lifestyle business, Reflect, after leaving my thinking business, Clearbit'; the co-host: 'And you were working at Twitter at the time'",
                ["Alex"],
                other_affiliations_in_excerpt=[
                    "Clearbit (his previous business: 'after leaving my thinking business, Clearbit')",
                    "Twitter (former employer, in 2011: 'you were working at Twitter at the time')",
                ],
            )
        ],
        "speaker_label_note": "the stored file has no show intro and starts in the conversation; neither host is named in the excerpt; the guest's company is said once, by himself ('a little lifestyle business, Reflect'), a name that is also an ordinary word",
        "mentioned_people": [],
        "companies": [
            CO("Reflect", [], "the guest's business (said once, by the guest)"),
            CO("Clearbit", [], "the guest's previous business (said once, by the guest)"),
            CO("Twitter", [], "the guest's employer in 2011 (said by the co-host)"),
            CO("Uber Eats", ["UberEATS"], "in passing ('if my UberEATS delivery was late')"),
        ],
        "products": ["Spine", "CoffeeScript", "TypeScript", "Mobx", "Next.js", "Stargazer (his catamaran)", "Star Trek (Captain Picard's Stargazer)", "watermaker (a desalinator)", "The Changelog (podcast)"],
        "reference_tags": ["sailing", "remote work", "lifestyle business", "TypeScript", "indie software"],
        "description": None,
        "voices": {"Jerod Santo": "joe", "Adam Stacoviak": "joe_low", "Alex MacCaw": "joe_high"},
        "intro_style": "no show intro (the stored file starts in the conversation): the guest by full name and his last appearance ('Alright, well we have Alex MacCaw here. Last time you were on the show, Alex - episode 71 ... December 20th, 2011'); the co-host recalls his projects then and his employer then ('you were working at Twitter at the time'); the guest gives his present business and his previous one in one sentence ('I am working on a little lifestyle business, Reflect, after leaving my thinking business, Clearbit'), each said only once; the rest of the excerpt about sailing across the Atlantic; neither host is named; two hosts and one guest; many short turns (40); the excerpt ends on the guest",
    },
    "si28_devopsdayszurich": {
        "podcast": "Ship It (Changelog Media)",
        "show": "shipit",
        "episode_number": 28,
        "title": "Ship It #28",
        "title_source": PLACEHOLDER,
        "date": "2021-10",
        "date_source": "approximate, from the show's numbering (set 18's si23 is about October 2021, set 10's si34 January 2022) and the excerpt ('two years ago, in 2019, I gave a talk'; this year's DevOps Days Zurich was 'in the beginning of September', the next one 'on the 31st of May')",
        "sources": SOURCES("shipit", 28, "shipit/ship-it-28.md"),
        "hosts": [
            HOST("Gerhard Lazu", None, "host", "speaker label (he does not say his own name in the excerpt; his affiliation is not said)", ["Gerhard"]),
        ],
        "guests": [
            GUEST(
                "Romano Roth",
                "DevOps Days Zurich",
                "one of the organisers of DevOps Days Zurich, a two-day, single-track conference (250 people this year), and the organiser of the DevOps Meetup Zurich; after the cut: a .NET developer from 2002, then an architect, now head of DevOps at Zühlke",
                "excerpt, host: 'my intention was to join DevOps Days Zurich ... But again, Romano was one of the organizers'; 'that was a DevOps Meetup Zurich ... Romano was the organizer'; the guest: 'we could manage to do the event'",
                ["Romano"],
                other_affiliations_in_excerpt=["DevOps Meetup Zurich (the meetup he organised: 'Romano was the organizer')"],
            )
        ],
        "speaker_label_note": "the guest's surname is never said in the excerpt (first name only); his employer is said only after the cut (Zühlke); the host never says his own name; a dropped '[laughs]' turn of the guest's leaves two host turns in a row",
        "mentioned_people": [
            {"name": "Jonathan Smart", "note": "the speaker of the guest's favourite talk at the conference ('Better. Sooner. Happier')"},
        ],
        "companies": [
            CO("DevOps Days Zurich", ["DevOps Days", "DevOpsDays Zurich"], "the conference the guest co-organises (said by the host; 'the next DevOps Days conference')"),
            CO("DevOps Meetup Zurich", [], "the meetup the guest organised (said by the host in his first sentence)"),
        ],
        "products": ["Agile Manifesto", "scaled Agile framework", "Kubernetes", "Better. Sooner. Happier (a talk)", "Ignite talks", "DevOps", "Ship It (podcast)"],
        "reference_tags": ["DevOps", "conferences", "Agile transformation", "community events", "continuous delivery"],
        "description": None,
        "voices": {"Gerhard Lazu": "heart_low", "Romano Roth": "joe"},
        "intro_style": "no show intro: the host's first words are his own talk 'two years ago, in 2019' at the guest's meetup, the guest by first name only as its organiser ('that was a DevOps Meetup Zurich ... Romano was the organizer'); then the conference the guest co-organises ('my intention was to join DevOps Days Zurich ... Romano was one of the organizers'); the organisation is a conference, as set 5 took GopherCon; the guest's surname and employer are never said in the excerpt (Zühlke comes after the cut); a speaker named (Jonathan Smart); Kubernetes; the host never says his own name; one host and one guest; 28 turns, many short; the excerpt ends on the host's question ('Why are you into DevOps?')",
    },
}

SET_NAME = "castflow held-out set 37 (measure only, never tune)"
