"""Hand-written ground truth for the twentieth held-out set (everything that is not derived from the text).

Guests, affiliations and companies were read off the excerpt text (raw/<id>.md, the part build.py
keeps). No episode page was available offline when the set was built, so titles are placeholders
(title_source says so), descriptions are absent and dates are approximate (date_source says from what).
Affiliations are the guest's organisation at the time of the episode, as the excerpt gives it. Nothing here
was tuned against castflow's output, and castflow's rules were not read while choosing the episodes.
"""


from truth_records import CO, GUEST, HOST, PLACEHOLDER, SOURCES  # ../heldout, on the path build.py sets

ADAM = HOST("Adam Stacoviak", None, "host", "transcript (his affiliation is not said in the excerpt)", ["Adam"])
JEROD = HOST("Jerod Santo", None, "host", "transcript (his affiliation is not said in the excerpt)", ["Jerod"])

EPISODES = {
    "pai51_allenai": {
        "podcast": "Practical AI (Changelog Media)",
        "show": "practicalai",
        "episode_number": 51,
        "title": "Practical AI #51",
        "title_source": PLACEHOLDER,
        "date": "2019-07",
        "date_source": "approximate: the host 'made it through the 4th of July'; one episode after Practical AI #50 (the show's 50th episode, read for this set)",
        "sources": SOURCES("practicalai", 51, "practicalai/practical-ai-51.md"),
        "hosts": [
            HOST("Daniel Whitenack", None, "host (data scientist)", "excerpt ('I'm Daniel Whitenack, I'm a data scientist'; his employer is not said in this excerpt)", ["Daniel"]),
            HOST("Chris Benson", "Lockheed Martin", "co-host (chief strategist for AI and high-performance computing)", "excerpt ('Chris Benson, who is chief strategist for AI and high-performance computing at Lockheed Martin')", ["Chris"]),
        ],
        "guests": [
            GUEST(
                "Joel Grus",
                "Allen Institute for AI",
                "at the Allen Institute for AI (AI2, a research non-profit) in Seattle, on the Allen NLP team (builds the Allen NLP deep learning library; earlier the Aristo project); author of the book Data Science from Scratch (second edition); earlier a quant at a hedge fund, BI at the startup Farecast, ran data science at the startup VoloMetrix, then a software engineer at Google",
                "excerpt, host: 'Joel Grus' book Data Science from Scratch'; 'Joel has joined us today ... some things he's doing at the Allen Institute for AI in Seattle. Welcome, Joel.'; 'how you got to Allen AI'; the guest: 'I had the opportunity to interview at AI2, which is a research non-profit doing fundamental AI research, and I decided to move over here'",
                ["Joel"],
                other_affiliations_in_excerpt=["Farecast (former)", "VoloMetrix (former: ran data science there for three years)", "Google (former: a couple of years)", "a hedge fund (former, unnamed)"],
            )
        ],
        "mentioned_people": [],
        "companies": [
            CO("Allen Institute for AI", ["Allen AI", "AI2", "Allen Institute"], "the guest's organisation (said by the host in the introduction and the next turn, and by the guest as 'AI2' and 'over here')"),
            CO("Lockheed Martin", [], "co-host Chris Benson's employer (said in the intro)"),
            CO("Farecast", [], "the guest's former employer, a startup doing airfare price predictions"),
            CO("VoloMetrix", [], "the guest's former employer, a startup doing analytics on enterprise collaboration data"),
            CO("Google", [], "the guest's former employer ('I went to Google for a couple years')"),
            CO("Alaska Airlines", ["Alaska"], "said in passing, in an example of a fare prediction ('The best price is $300 on Alaska')"),
        ],
        "products": ["Data Science from Scratch (book)", "Allen NLP", "Aristo", "Python", "SQL", "C++", "machine learning", "Practical AI (podcast)"],
        "reference_tags": ["data science", "NLP", "learning resources", "deep learning", "careers"],
        "description": None,
        "voices": {"Daniel Whitenack": "joe", "Chris Benson": "joe_low", "Joel Grus": "joe_high"},
        "intro_style": "host's opening: his own name and profession (no employer) and the co-host's full name, role and employer; the guest's full name first as a book's author ('<Name>' book <Title>'), then first name and organisation in the next paragraph ('<First name> has joined us today ... some things he's doing at the <Org> in Seattle. Welcome, <First name>.'); the host's next question uses a short form ('Allen AI'); the guest's long first answer names three former employers (Farecast, VoloMetrix, Google) and his organisation by its acronym ('AI2, which is a research non-profit'); a research non-profit as the organisation; two hosts",
    },
    "pai53_redislabs": {
        "podcast": "Practical AI (Changelog Media)",
        "show": "practicalai",
        "episode_number": 53,
        "title": "Practical AI #53",
        "title_source": PLACEHOLDER,
        "date": "2019-07",
        "date_source": "approximate: 'a break in the heatwave that's been all over the U.S.'; the co-host was in Boston the week before (Practical AI #52, read for this set, was recorded just before that trip, after the 4th of July)",
        "sources": SOURCES("practicalai", 53, "practicalai/practical-ai-53.md"),
        "hosts": [
            HOST("Daniel Whitenack", "SIL International", "host (data scientist)", "excerpt ('I am a data scientist with SIL International')", ["Daniel"]),
            HOST("Chris Benson", "Lockheed Martin", "co-host (chief AI strategist)", "excerpt ('my co-host Chris Benson, who's the chief AI strategist at Lockheed Martin')", ["Chris"]),
        ],
        "guests": [
            GUEST(
                "Pieter Cailliau",
                "Redis Labs",
                "senior product manager at Redis Labs (seven Redis modules, first the Redis graph module; joined Redis as a solutions architect); earlier 3.5 years at Neo4j and before that at TomTom (map back-end, in Ghent, Belgium)",
                "excerpt, host: 'We're joined by Peter Cailliau, who's a senior product manager at Redis Labs. Welcome, Peter.'; 'how you ended up at Redis?'; the guest: 'Afterwards I joined Redis, first as a solutions architect'",
                ["Pieter", "Peter", "Peter Cailliau"],
                name_in_excerpt="spoken as 'Peter Cailliau' (the transcript's label spells it Pieter)",
                other_affiliations_in_excerpt=["Neo4j (former: 3.5 years)", "TomTom (former: his first job)"],
            )
        ],
        "mentioned_people": [],
        "companies": [
            CO("Redis Labs", ["Redis"], "the guest's employer (said by the host in the introduction; 'Redis' is also the name of the database, said many times)"),
            CO("SIL International", ["SIL"], "host Daniel Whitenack's employer (said in the intro)"),
            CO("Lockheed Martin", [], "co-host Chris Benson's employer (said in the intro)"),
            CO("Neo4j", [], "the guest's former employer (also a graph database: 'we were effectively using Neo4j')"),
            CO("TomTom", [], "the guest's first employer"),
        ],
        "products": ["Redis", "RedisAI", "Redis graph module", "Memcached", "NoSQL databases", "graph databases", "key-value stores", "microservices", "Practical AI (podcast)"],
        "reference_tags": ["databases", "Redis", "NoSQL", "AI infrastructure", "model serving"],
        "description": None,
        "voices": {"Daniel Whitenack": "joe", "Chris Benson": "joe_low", "Pieter Cailliau": "joe_high"},
        "intro_style": "host's opening: his own name and employer and the co-host's full name, role and employer; after a story about the product, full name, role and company in one sentence ('We're joined by <Name>, who's a senior product manager at <Org>. Welcome, <First name>.'); the host says the guest's first name as 'Peter' (the transcript's label spells it Pieter); the company shares its name with its product (Redis), which is said many times ('how you ended up at Redis?'); two former employers in the guest's first answer (TomTom, Neo4j); two hosts",
    },
    "gt121_sourcegraph": {
        "podcast": "Go Time (Changelog Media)",
        "show": "gotime",
        "episode_number": 121,
        "title": "Go Time #121",
        "title_source": PLACEHOLDER,
        "date": "2020",
        "date_source": "approximate: Docker is 'seven' years old ('how old is Docker now - 6, 7 years old?', said after the excerpt); between Go Time #116 and #130 (2020, dated by earlier sets)",
        "sources": SOURCES("gotime", 121, "gotime/go-time-121.md"),
        "hosts": [
            HOST("Johnny Boursiquot", None, "host", "excerpt ('I am Johnny Boursiquot'; his employer is not said)", ["Johnny"]),
            HOST("Jon Calhoun", None, "co-host", "excerpt ('Along with Mr. Jon Calhoun'; his employer is not said)", ["Jon"]),
        ],
        "guests": [
            GUEST(
                "Thorsten Ball",
                "Sourcegraph",
                "at Sourcegraph (asks the interview question 'what tool would you need' there; released a new version of 'our CLI' that day, said after the excerpt); author of two books on writing interpreters and compilers in Go",
                "excerpt, host: 'we are joined by a special guest, Thorsten Ball ... He's the author of two very educational books on writing interpreters and compilers in Go'; the guest, in his first answer: 'it's an interview question where I work, at Sourcegraph'",
                ["Thorsten"],
            )
        ],
        "mentioned_people": [],
        "companies": [
            CO("Sourcegraph", [], "the guest's employer (said once, by the guest, in his first answer)"),
        ],
        "products": ["Go", "VS Code", "Vim", "tmux", "ripgrep", "iTerm", "Windows", "WSL", "macOS", "Linux", "Ubuntu", "Unix", "Docker", "Postgres", "Go Time (podcast)"],
        "reference_tags": ["developer tools", "editors", "terminals", "Go", "operating systems"],
        "description": None,
        "voices": {"Johnny Boursiquot": "joe_low", "Jon Calhoun": "joe", "Thorsten Ball": "joe_high"},
        "intro_style": "the host's first sentences: his own name, the co-host's full name and the guest's full name with what he is known for ('the author of two very educational books on writing interpreters and compilers in Go'), no organisation; the guest names his employer himself in his first answer, in passing ('it's an interview question where I work, at <Org>'), and it is not said again in the excerpt; products dominate the excerpt (VS Code, Vim, Windows, WSL, Docker); two hosts",
    },
    "jsp227_socket": {
        "podcast": "JS Party (Changelog Media)",
        "show": "jsparty",
        "episode_number": 227,
        "title": "JS Party #227",
        "title_source": PLACEHOLDER,
        "date": "2022-05",
        "date_source": "approximate: the guests were on 'a few weeks ago' about Socket; Log4j (December 2021) is the example at hand; JS Party #220 (read for this set) was recorded the day before April Fool's 2022",
        "sources": SOURCES("jsparty", 227, "jsparty/js-party-227.md"),
        "hosts": [
            HOST("Nick Nisi", None, "host", "excerpt ('I'm your host this week, I'm Nick Nisi'; his employer is not said)", ["Nick"]),
            HOST("Christopher Hiller", None, "panelist", "excerpt ('I'm joined by Chris a.k.a. b0neskull'; his surname and employer are not said)", ["Chris", "b0neskull"]),
        ],
        "guests": [
            GUEST(
                "Bret Comnes",
                "Socket",
                "JavaScript developer at Socket (supply chain security), working with Node since about 2013-2014",
                "excerpt, host: 'welcoming back to the show we have Bret Comnes'; 'You guys were recently on when we were talking about Socket'; the guest: 'And I work at Socket now.'",
                ["Bret"],
            ),
            GUEST(
                "Mikola Lysenko",
                "Socket",
                "at Socket for about six months (infrastructure for analysing JavaScript and scanning npm for suspicious packages); earlier built a multiplayer 3D web game in China; once a grad student in mathematics",
                "excerpt, host: 'And we also have Mik Lysenko'; the guest: 'So I also have been working at Socket for the last six months or so.'",
                ["Mik", "Mik Lysenko", "Mikola"],
                name_in_excerpt="a short first name with the surname ('Mik Lysenko'); 'Mikola' is not spoken",
            ),
        ],
        "mentioned_people": [],
        "companies": [
            CO("Socket", [], "both guests' employer (said by the host, as the product the guests talked about on an earlier episode, and by each guest)"),
            CO("Sentry", [], "a logging/error service named as an example ('ingesting into Sentry or Datadog')"),
            CO("Datadog", [], "a logging/monitoring service named as an example"),
            CO("MDN", ["Mozilla Developer Network"], "documentation site the host was going to look up ('look up on MDN')"),
        ],
        "products": ["JavaScript", "Node", "npm", "TypeScript", "console.log", "Log4j", "aspect-oriented programming", "supply chain security", "JS Party (podcast)"],
        "reference_tags": ["logging", "error handling", "JavaScript", "Node", "supply chain security"],
        "description": None,
        "voices": {"Nick Nisi": "joe_high", "Christopher Hiller": "joe_low", "Bret Comnes": "joe", "Mikola Lysenko": "heart_low"},
        "intro_style": "two guests from the same company, both returning: the host names a panelist (nickname), then each guest by full name ('welcoming back to the show we have <Name>'; 'we also have <Short first name> <Surname>'); the company first as the subject of their earlier episode ('when we were talking about <Org> and the supply chain security that you're solving with that product'); each guest then says it ('And I work at <Org> now.'; 'So I also have been working at <Org> for the last six months or so'); a company with a common-word name (Socket); one guest spoken with a short first name (Mik for Mikola); a host and a panelist; four speakers; the excerpt ends on the host",
    },
    "cl392_indeed": {
        "podcast": "The Changelog (Changelog Media)",
        "show": "podcast",
        "episode_number": 392,
        "title": "The Changelog #392",
        "title_source": PLACEHOLDER,
        "date": "2020-04",
        "date_source": "approximate: the guest: 'It's April right now'; travel 'restricted' (2020); the guest joined Indeed after Thanksgiving 2017 and the fund started in 2018, 'our second year' (said in and just after the excerpt)",
        "sources": SOURCES("podcast", 392, "podcast/the-changelog-392.md"),
        "hosts": [ADAM],
        "guests": [
            GUEST(
                "Duane O'Brien",
                "Indeed",
                "head of open source at Indeed (joined after Thanksgiving 2017 to build its open source program, said after the excerpt); runs the FOSS Contributor Fund (earlier called the FOSS Sustainability Fund); gave a talk on it at FOSDEM",
                "excerpt, host's first sentence: 'this initiative you've done, originally called the FOSS Sustainability Fund that you're doing at Indeed, Duane'; the guest: 'reach out to anyone at Indeed who uses open source'. His surname is not spoken in the excerpt",
                ["Duane"],
                name_in_excerpt="first name only",
            )
        ],
        "mentioned_people": [],
        "companies": [
            CO("Indeed", [], "the guest's employer (said by the host in his first sentence, then by the guest and the host several times)"),
            CO("Open Source Initiative", ["OSI"], "said only inside 'an OSI-approved license'"),
            CO("Zoom", [], "said in passing ('We've had some Zoom calls')"),
        ],
        "products": ["FOSS Contributor Fund", "FOSS Sustainability Fund", "FOSDEM (conference)", "The Changelog (podcast)"],
        "reference_tags": ["open source sustainability", "funding", "open source program offices", "community"],
        "description": None,
        "voices": {"Adam Stacoviak": "joe_low", "Duane O'Brien": "joe"},
        "intro_style": "no introduction: the conversation opens mid-topic, the host's first sentence names the company and the guest's first name together ('this initiative ... that you're doing at <Org>, <First name>'); the guest's surname and role are never spoken in the excerpt; the company is a common word (Indeed), said many times by both; one host; the excerpt ends on the host's question",
    },
    "cl393_gatsby": {
        "podcast": "The Changelog (Changelog Media)",
        "show": "podcast",
        "episode_number": 393,
        "title": "The Changelog #393",
        "title_source": PLACEHOLDER,
        "date": "2020-04",
        "date_source": "recorded 2020-04-27 (the host: 'Which you've just launched today, as we record this, the 27th of April'; the guest: 'if it was invented in 2020'); published some days later",
        "sources": SOURCES("podcast", 393, "podcast/the-changelog-393.md"),
        "hosts": [JEROD],
        "guests": [
            GUEST(
                "Kyle Mathews",
                "Gatsby",
                "creator of Gatsby and founder of the company around it (Gatsby Inc.); launched incremental builds that day",
                "excerpt, host's first sentence: 'I'm joined by Kyle Mathews from Gatsby.'; 'Kyle, the creator of Gatsby'; 'why you've founded a business around it'; 'the executive summary of Gatsby Inc.'",
                ["Kyle"],
            )
        ],
        "mentioned_people": [
            {"name": "Jason Lengstorf", "note": "covered Gatsby on an earlier episode with the host ('with Jason Lengstorf, also back in 2018')"},
            {"name": "Matt", "note": "Matt (Mullenweg) of WordPress, by first name only ('surely Matt would have made it different')"},
        ],
        "companies": [
            CO("Gatsby", ["Gatsby Inc.", "Gatsby Inc"], "the guest's company (said in the host's first sentence; 'Gatsby' is also the framework, said many times)"),
            CO("Netscape", [], "said in passing (the web's security layers 'that Netscape and others did a lot of work in the '90s to develop')"),
            CO("Twitter", [], "said in passing ('from what I'm reading on Twitter')"),
        ],
        "products": ["Gatsby (framework)", "incremental builds", "WordPress", "WordPress API", "LAMP stack", "CMS", "serverless", "Founders Talk (podcast)", "JS Party (podcast)", "The Changelog (podcast)"],
        "reference_tags": ["static site generators", "JAMstack", "web development", "product launches", "open source business"],
        "description": None,
        "voices": {"Jerod Santo": "joe", "Kyle Mathews": "joe_high"},
        "intro_style": "the host's first sentence gives full name and company ('I'm joined by <Name> from <Org>.'), then his role ('the creator of <Org>'); the company shares its name with its open source framework and is also said as 'Gatsby Inc.'; other shows of the network named (Founders Talk, JS Party); WordPress (a product) said many times; one host; the excerpt ends on the host",
    },
    "ft62_hotzehealth": {
        "podcast": "Founders Talk (Changelog Media)",
        "show": "founderstalk",
        "episode_number": 62,
        "title": "Founders Talk #62",
        "title_source": PLACEHOLDER,
        "date": "2019",
        "date_source": "approximate: between Founders Talk #61 and #65 (#65 is about June 2019, dated by an earlier set); the guest: '43 years of medical history' after graduating in 1976 (said just after the excerpt)",
        "sources": SOURCES("founderstalk", 62, "founderstalk/founders-talk-62.md"),
        "speaker_names": {"Steve Hotze, M.D.": "Steve Hotze"},
        "hosts": [ADAM],
        "guests": [
            GUEST(
                "Steve Hotze",
                "Hotze Health & Wellness Center",
                "physician (M.D.) and founder of the Hotze Health & Wellness Center in the greater Houston area (Katy), natural approaches to health; studied at the University of Texas (engineering, business, biology) and its medical school in Houston (1972-1976); ran a paint contracting business (HoPaCo) in high school and college",
                "excerpt: no introduction and no name; the guest: 'he planted a seed in my mind that ultimately gave birth 13 years later to the Hotze Health & Wellness Center here in the greater Houston area, out in Katy'. His name is not spoken (the surname only inside the center's name, and in 'Hotzy Paint Contracting Company')",
                ["Steve", "Dr. Hotze"],
                name_in_excerpt="not spoken (the surname only inside the names of his center and his old paint business)",
                other_affiliations_in_excerpt=["University of Texas (studied there, and at its medical school in Houston)", "HoPaCo - Hotzy Paint Contracting Company (his own business in high school and college)"],
            )
        ],
        "mentioned_people": [
            {"name": "Janie", "note": "the guest's wife"},
            {"name": "Herb Fred", "note": "a professor at medical school ('Dr. Herb Fred', 'Dr. Fred')"},
        ],
        "companies": [
            CO("Hotze Health & Wellness Center", ["Hotze Health and Wellness Center"], "the guest's center (said once, by the guest, about 450 words in)"),
            CO("University of Texas", ["Texas", "University of Texas in Houston"], "where the guest studied (engineering, business, biology) and went to medical school"),
            CO("Compressor Engineering Corp.", ["Compressor Engineering Corp"], "his father's engineering business"),
            CO("HoPaCo", ["Hotzy Paint Contracting Company"], "the guest's paint contracting business in high school and college"),
            CO("Houston Club", [], "where his father held a banquet ('at the Houston Club downtown')"),
        ],
        "products": ["Fortran", "MedCat", "natural approaches to health", "Founders Talk (podcast)"],
        "reference_tags": ["medicine", "entrepreneurship", "health and wellness", "contrarian thinking"],
        "description": None,
        "voices": {"Adam Stacoviak": "joe_low", "Steve Hotze": "joe"},
        "intro_style": "no introduction and no name: the host's first line asks when the guest decided to be a doctor; the guest's name is never spoken (his surname only inside his center's name and his old business's name); the speaker label in the transcript carries a degree ('<Name>, M.D.'); the guest names several organisations from his past first (the University of Texas, his father's Compressor Engineering Corp., his own paint business) and his current organisation once, about 450 words in, as what his father's advice gave birth to ('the <Org> here in the greater Houston area'); a medical practice as the organisation; one host; the excerpt ends on the host",
    },
    "ft63_lambdaschool": {
        "podcast": "Founders Talk (Changelog Media)",
        "show": "founderstalk",
        "episode_number": 63,
        "title": "Founders Talk #63",
        "title_source": PLACEHOLDER,
        "date": "2019",
        "date_source": "approximate: between Founders Talk #61 and #65 (#65 is about June 2019, dated by an earlier set); the guest, just after the excerpt: Lambda School got into YC 'less than two years ago' (Lambda School was in YC's summer 2017 batch)",
        "sources": SOURCES("founderstalk", 63, "founderstalk/founders-talk-63.md"),
        "hosts": [ADAM],
        "guests": [
            GUEST(
                "Austen Allred",
                "Lambda School",
                "co-founder of Lambda School (an online code school with zero upfront tuition, started with Ben Nelson; went through Y Combinator, said after the excerpt); earlier studied advertising at Brigham Young University, lived in his car in Silicon Valley, worked at a marketing agency and on the growth team of a lending company in San Francisco",
                "excerpt, host's first words: 'Austin, let's start with how you got to Silicon Valley.'; 'So was Lambda School always what you wanted to do'; the guest: 'after all of that we started Lambda School'. His surname is not spoken; the transcript spells the spoken first name 'Austin'",
                ["Austen", "Austin"],
                name_in_excerpt="first name only",
                other_affiliations_in_excerpt=["Brigham Young University (studied advertising there, left)"],
            )
        ],
        "mentioned_people": [
            {"name": "Ben Nelson", "note": "the guest's co-founder ('his name is Ben Nelson')"},
        ],
        "companies": [
            CO("Lambda School", [], "the guest's company (said by the host, then the guest, several times)"),
            CO("Y Combinator", ["YC"], "the accelerator Lambda School went through (said as 'YC', then 'Y Combinator', only after the excerpt)", spoken=False),
            CO("Brigham Young University", ["BYU"], "where the guest studied advertising"),
            CO("NASA", [], "an astronaut the guest met as a child ('some NASA astronaut')"),
            CO("Honda", ["Honda Civic"], "said only inside 'Honda Civic', the car he lived in"),
        ],
        "products": ["Honda Civic", "code schools", "income share agreements", "Founders Talk (podcast)"],
        "reference_tags": ["founders", "education", "code schools", "startups", "Y Combinator"],
        "description": None,
        "voices": {"Adam Stacoviak": "joe_low", "Austen Allred": "joe"},
        "intro_style": "no introduction: the host's first word is the guest's first name ('<First name>, let's start with how you got to Silicon Valley'); the surname is never spoken; the company first said by the host in a question about the guest's past ('So was <Org> always what you wanted to do'), then by the guest ('we started <Org>'); a company named as a school as the organisation; a university he left (Brigham Young University); one host; the excerpt ends on the host",
    },
}

SET_NAME = "castflow held-out set 20 (measure only, never tune)"
