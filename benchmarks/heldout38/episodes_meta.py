"""Hand-written ground truth for the thirty-eighth held-out set (everything that is not derived from the text).

Guests, affiliations and companies were read off the excerpt text (raw/<id>.md, the part build.py
keeps). No episode page was available offline when the set was built, so titles are placeholders
(title_source says so), descriptions are absent and dates are approximate (date_source says from what).
Affiliations are the guest's organisation at the time of the episode, as the excerpt gives it. Nothing here
was tuned against castflow's output, and castflow's rules were not read while choosing the episodes.
"""


from truth_records import CO, GUEST, HOST, PLACEHOLDER, SOURCES  # ../heldout, on the path build.py sets

ADAM = HOST(
    "Adam Stacoviak",
    None,
    "host",
    "speaker label (he does not say his own name in the excerpt; his affiliation is not said)",
    ["Adam"],
)
ERIK_BRIAN_CARLISIA_VOICES = {"Erik St. Martin": "joe", "Brian Ketelsen": "joe_low", "Carlisia Pinto": "heart_low"}

EPISODES = {
    "pai174_huggingface": {
        "podcast": "Practical AI (Changelog Media)",
        "show": "practicalai",
        "episode_number": 174,
        "title": "Practical AI #174",
        "title_source": PLACEHOLDER,
        "date": "2022-04",
        "date_source": "approximate, from the show's numbering (set 13's pai167 is about February 2022, set 7's pai176 April 2022) and Practical AI #171 and #173, read for this set (#171: 'about two weeks into' the war in Ukraine; #173: 'now in March of 2022'); the excerpt: allergy season, 'drowning in yellow pine pollen'; the guest 'finished my Ph.D. at Stanford last year', then Gradio was acquired by Hugging Face",
        "sources": SOURCES("practicalai", 174, "practicalai/practical-ai-174.md"),
        "hosts": [
            HOST(
                "Daniel Whitenack",
                "SIL International",
                "host (data scientist)",
                "excerpt ('This is Daniel Whitenack, I am a data scientist with SIL International')",
                ["Daniel"],
            ),
            HOST(
                "Chris Benson",
                "Lockheed Martin",
                "co-host (tech strategist)",
                "excerpt (named by the host: 'my co-host, Chris Benson, who is a tech strategist at Lockheed Martin')",
                ["Chris"],
            ),
        ],
        "guests": [
            GUEST(
                "Abubakar Abid",
                "Hugging Face",
                "Gradio team lead at Hugging Face, which acquired Gradio, the open-source Python library he started during his Ph.D. at Stanford (machine learning for medical imaging and videos), finished the year before",
                "excerpt, host: 'today we have with us Abubakar Abid, who is the Gradio team lead at Hugging Face'; the guest: 'Gradio got acquired by Hugging Face. And so now we're here at Hugging Face'",
                ["Abubakar"],
                other_affiliations_in_excerpt=[
                    "Gradio (his open-source library and the company Hugging Face acquired: 'Gradio got acquired by Hugging Face')",
                    "Stanford University (former: 'I did my Ph.D. at Stanford')",
                ],
            )
        ],
        "speaker_label_note": "every turn of Chris Benson's has no bold label in the stored transcript ('Chris Benson: ...' as plain text); the raw file gives them the bold label, so that the parser does not join them to the turn before (see README); one turn under his label speaks of question-answering as 'something that we do at SIL' (the other co-host's employer), kept as stored",
        "mentioned_people": [],
        "companies": [
            CO("Hugging Face", [], "the guest's employer (said by the host in the introduction and twice by the guest)"),
            CO("Gradio", [], "the guest's open-source library, and the company that 'got acquired by Hugging Face' (said many times)"),
            CO("SIL International", ["SIL"], "the host Daniel Whitenack's employer (said by himself in the opening; 'something that we do at SIL' in a turn labelled Chris Benson)"),
            CO("Lockheed Martin", [], "the co-host Chris Benson's employer (said by the host in the opening)"),
            CO("NVIDIA", [], "in passing ('debugging some NVIDIA issue', 'the next line of NVIDIA processors')"),
            CO("Stanford University", ["Stanford"], "where the guest did his Ph.D. ('I did my Ph.D. at Stanford', 'finished my Ph.D. at Stanford last year')"),
        ],
        "products": ["Gradio (an open-source Python library)", "Python", "Docker", "Bash", "SQL", "HTML", "CSS", "JavaScript", "computer vision models", "machine learning demos", "Practical AI (podcast)"],
        "reference_tags": ["machine learning demos", "open source", "Python", "developer tools", "acquisitions"],
        "description": None,
        "voices": {"Daniel Whitenack": "joe", "Chris Benson": "joe_low", "Abubakar Abid": "joe_high"},
        "intro_style": "the host's opening: the show, himself by full name, role and employer ('This is Daniel Whitenack, I am a data scientist with SIL International'), the co-host by full name, role and employer ('Chris Benson, who is a tech strategist at Lockheed Martin'); small talk about allergy season and NVIDIA; then the guest's project before him, then full name, role and company in one clause ('I'm sure a lot of our listeners have heard about Gradio, and today we have with us Abubakar Abid, who is the Gradio team lead at Hugging Face'); the guest tells of his Ph.D. at Stanford and of his project's acquisition ('Gradio got acquired by Hugging Face. And so now we're here at Hugging Face'); two hosts and one guest; 21 turns, many short at the start; the excerpt ends on a long question of the co-host's (251 words)",
    },
    "gt64_influxdata": {
        "podcast": "Go Time (Changelog Media)",
        "show": "gotime",
        "episode_number": 64,
        "title": "Go Time #64",
        "title_source": PLACEHOLDER,
        "date": "2018-01",
        "date_source": "approximate, from the show's numbering (set 30's gt61 is 2017, set 32's gt70 2018) and the excerpt ('it's been a long holiday break, but we are back to kick off the new year', 'Happy new year!'; the company 'raised a series A in 2014'); later in the episode: 'My 2018 resolution'",
        "sources": SOURCES("gotime", 64, "gotime/go-time-64.md"),
        "hosts": [
            HOST("Erik St. Martin", None, "host", "speaker label (he does not say his own name in the excerpt; his employer is not said)", ["Erik"]),
            HOST("Brian Ketelsen", None, "co-host", "excerpt (named by the host by first name only: 'Brian's on the show'; his employer is not said)", ["Brian"]),
            HOST("Carlisia Pinto", None, "co-host", "excerpt (named by the host by first name only: 'And Carlisia...'; her employer is not said)", ["Carlisia"]),
        ],
        "guests": [
            GUEST(
                "Paul Dix",
                "InfluxData",
                "CTO and founder of InfluxData (said 'Influx Data'), the company behind InfluxDB, the open-source time series database written in Go; started in 2012 as a SaaS monitoring company, through Y Combinator in 2013, series A and B, about 70 people",
                "excerpt, host: 'Paul Dix, who's CTO and founder of Influx Data, and we all love InfluxDB'; the guest: 'Started the company back in 2012', 'we did Y Combinator in 2013'",
                ["Paul"],
            )
        ],
        "speaker_label_note": "the transcript writes some names as markdown links (InfluxDB, MQTT, Grafana; LevelDB and Ben Johnson after the cut); the raw file gives only the link text (see README); the company's short name 'Influx' is also used for its database",
        "mentioned_people": [],
        "companies": [
            CO("InfluxData", ["Influx Data", "Influx"], "the guest's company (said 'Influx Data' once, by the host in the introduction; 'Influx' for the company and for the database several times)"),
            CO("Y Combinator", [], "the accelerator the company went through ('we did Y Combinator in 2013'; said twice, by the guest)"),
        ],
        "products": ["InfluxDB (an open-source time series database)", "Go", "MQTT", "Arduino", "Telegraph (Telegraf, as stored)", "Grafana", "SaaS monitoring", "IoT", "Go Time (podcast)"],
        "reference_tags": ["time series databases", "Go", "IoT", "startups", "monitoring"],
        "description": None,
        "voices": dict(ERIK_BRIAN_CARLISIA_VOICES, **{"Paul Dix": "joe_high"}),
        "intro_style": "the host's opening: the new year and the episode number ('This is episode number 64'), the co-hosts by first name only ('Brian's on the show...', 'And Carlisia...'), each answering with one or two words; then the guest by full name, role and company in one clause, with the product ('Paul Dix, who's CTO and founder of Influx Data, and we all love InfluxDB'); the guest says 'Hey!' and then tells the company's history ('Started the company back in 2012', 'we did Y Combinator in 2013'); the company's short name, Influx, used for the company and the database alike; the host never says his own name; one host, two co-hosts (one a woman) and one guest; 19 turns; the excerpt ends on the host's question, the guest's next answer (864 words) passing 1,300",
    },
    "gt65_mendelics": {
        "podcast": "Go Time (Changelog Media)",
        "show": "gotime",
        "episode_number": 65,
        "title": "Go Time #65",
        "title_source": PLACEHOLDER,
        "date": "2018-01",
        "date_source": "approximate, from the show's numbering (set 30's gt61 is 2017, set 32's gt70 2018; Go Time #64, read for this set, kicks off 'the new year') and the excerpt (the guest's lightning talk 'at GopherCon last year'); after the cut: GopherCon Brazil's second edition 'was November last year', and a workshop 'this year at GopherCon in Denver'",
        "sources": SOURCES("gotime", 65, "gotime/go-time-65.md"),
        "hosts": [
            HOST("Erik St. Martin", None, "host", "excerpt ('Today on the show we have myself, Erik St. Martin'; his employer is not said)", ["Erik"]),
            HOST("Brian Ketelsen", None, "co-host", "excerpt (named by the host: 'Erik St. Martin, Brian Ketelsen...'; his employer is not said)", ["Brian"]),
            HOST("Carlisia Pinto", None, "co-host", "excerpt (says her own first name, 'Carlisia...', then named by the host: 'So we also have Carlisia Pinto here'; her employer is not said)", ["Carlisia"]),
        ],
        "guests": [
            GUEST(
                "Vitor De Mario",
                "Mendelics",
                "software developer at Mendelics in São Paulo (stored 'Sao Paolo'), a genetic-diagnostics company, for about four years; built its Go annotator and classifier of mutations, Abracadabra, with a random-forest model; one of the organisers of GopherCon (GopherCon Brazil, named after the cut); Brazilian",
                "excerpt, the guest: 'So I started working at a company called Mendelics about four years ago in Sao Paolo'; 'So what Mendelics does is we receive patients'; the host: 'You're one of the organizers of GopherCon'",
                ["Vitor"],
                other_affiliations_in_excerpt=[
                    "GopherCon (a conference he co-organises: 'You're one of the organizers of GopherCon'; after the cut it is GopherCon Brazil)",
                ],
            )
        ],
        "speaker_label_note": "the host introduces the guest as an organiser of a conference and then by his work; the guest names his company himself, twice; one co-host speaks her own first name as her first turn ('Carlisia...'); the stored 'Sao Paolo' is kept",
        "mentioned_people": [
            {"name": "Scott Mansfield", "note": "named by a co-host ('Scott Mansfield I think corrected me on Slack')"},
            {"name": "Ryan Bressler", "note": "the researcher who built the Cloud Forest library ('a very cool library for doing that called Cloud Forest, built by Ryan Bressler')"},
        ],
        "companies": [
            CO("Mendelics", [], "the guest's employer (said twice, by the guest)"),
            CO("GopherCon", ["GopherCon Brazil"], "the conference the guest co-organises ('You're one of the organizers of GopherCon', said by the host; after the cut it is GopherCon Brazil); the host also says 'a lightning talk, I think, at GopherCon last year'"),
            CO("Slack", [], "in passing ('corrected me on Slack')"),
        ],
        "products": ["Go", "Python", "Abracadabra (the company's annotator and classifier of mutations)", "Cloud Forest (a Go library for random forests)", "random forest", "bioinformatics tools", "RESTful APIs", "Go Time (podcast)"],
        "reference_tags": ["genetics", "machine learning", "Go", "bioinformatics", "healthcare"],
        "description": None,
        "voices": dict(ERIK_BRIAN_CARLISIA_VOICES, **{"Vitor De Mario": "joe_high"}),
        "intro_style": "the host's opening: the show and episode number, himself and a co-host by full name ('Today on the show we have myself, Erik St. Martin, Brian Ketelsen...'), the other co-host saying her own first name ('Carlisia...') and then named in full ('So we also have Carlisia Pinto here'); then the guest by full name and a conference role, no company ('our special guest for today is Vitor De Mario. You're one of the organizers of GopherCon'), and his lightning talk on genetics ('I said genetics, not generics'); the guest gives his company himself, twice ('I started working at a company called Mendelics about four years ago in Sao Paolo', 'So what Mendelics does is'); people named (Scott Mansfield, Ryan Bressler); one host, two co-hosts (one a woman) and one guest; 25 turns, many short; a short excerpt (819 words): the guest's next answer (653 words) would pass 1,300; the excerpt ends on a co-host ('I came prepared, that's all.')",
    },
    "jsp174_google": {
        "podcast": "JS Party (Changelog Media)",
        "show": "jsparty",
        "episode_number": 174,
        "title": "JS Party #174",
        "title_source": PLACEHOLDER,
        "date": "2021-04",
        "date_source": "approximate, from the show's numbering (set 25's jsp171 is about April 2021, set 7's jsp183 July 2021) and the excerpt (a panelist's joke, later in the episode, about going 'all-in on GameStop'); JS Party #175, read for this set, speaks of the panelist's Wormhole, newly launched",
        "sources": SOURCES("jsparty", 174, "jsparty/js-party-174.md"),
        "hosts": [
            HOST("Amal Hussein", None, "host", "speaker label (her first name only in a line she quotes, 'that sounds super-generic, Amal'; her affiliation is not said)", ["Amal"]),
            HOST("Nick Nisi", None, "panelist", "excerpt (named by the host: 'On our panel today we've got Nick Nisi'; his employer is not said)", ["Nick"]),
            HOST("Jerod Santo", None, "panelist", "excerpt (named by the host by first name only: 'And of course, Jerod'; his affiliation is not said)", ["Jerod"]),
        ],
        "guests": [
            GUEST(
                "Paul Bakaus",
                "Google",
                "developer advocate at Google, working on (and behind) its Web Creators project, outreach and education for bloggers and non-technical content creators on the web; a developer for a long time; German",
                "excerpt, host: 'a very special guest with us today, Paul Bakaus. He's a developer advocate at Google, working on the Web Creators project'; the guest: 'first of all, Google Web Creators', 'I'm a developer advocate'",
                ["Paul"],
            )
        ],
        "speaker_label_note": "the excerpt stops just before a played clip (Google Web Creators' promotional video), stored under the label 'Extract' (in the raw file, after the cut); the host names herself only inside a quoted line",
        "mentioned_people": [],
        "companies": [
            CO("Google", [], "the guest's employer (said by the host in the introduction and several times after, and by the guest: 'Google Web Creators', 'organization at Google')"),
            CO("Twitter", [], "in passing ('Everything's kind of being funnelled through Twitter, TikTok, Instagram, Facebook')"),
            CO("TikTok", [], "in passing (likewise)"),
            CO("Instagram", [], "in passing (likewise)"),
            CO("Facebook", [], "in passing (likewise)"),
        ],
        "products": ["Web Creators (Google Web Creators, a Google outreach program)", "Web Stories", "Search Central", "SEO", "WebAssembly", "WordPress", "Geocities", "'Farmers only' (a joke on a dating site's name)", "JS Party (podcast)"],
        "reference_tags": ["web publishing", "content creators", "open web", "developer relations", "blogging"],
        "description": None,
        "voices": {"Amal Hussein": "heart", "Paul Bakaus": "joe_low", "Jerod Santo": "joe", "Nick Nisi": "joe_high"},
        "intro_style": "the host's opening: no name of her own; the guest first, by full name, role, company and project ('a very special guest with us today, Paul Bakaus. He's a developer advocate at Google, working on the Web Creators project'); banter; then the panelists ('On our panel today we've got Nick Nisi', 'And of course, Jerod'); the company said again and again by the host ('since this project came out of Google', 'Did Google have to hard-code something in the search algorithm'), and by the guest ('first of all, Google Web Creators'); Twitter, TikTok, Instagram and Facebook in one breath; one host (a woman), two panelists and one guest; many short turns (30); the excerpt ends on the host announcing a clip ('So we're gonna play some audio for y'all. I hope you enjoy it.'), the clip (308 words) passing 1,200",
    },
    "jsp175_rescriptassociation": {
        "podcast": "JS Party (Changelog Media)",
        "show": "jsparty",
        "episode_number": 175,
        "title": "JS Party #175",
        "title_source": PLACEHOLDER,
        "date": "2021-05",
        "date_source": "approximate, from the show's numbering (set 25's jsp171 is about April 2021, set 7's jsp183 July 2021; JS Party #174, read for this set, just before) and the excerpt (the panelist 'launched a new thing, it's called Wormhole'; ReScript named 'In 2020, after one year of development')",
        "sources": SOURCES("jsparty", 175, "jsparty/js-party-175.md"),
        "hosts": [
            HOST("Jerod Santo", None, "host", "excerpt ('It's your internet friend, Jerod'; his surname and affiliation are not said)", ["Jerod"]),
            HOST("Feross Aboukhadijeh", None, "panelist", "excerpt (named by the host by first name only: 'Feross is joining us'; his employer is not said, only his new tool, Wormhole)", ["Feross"]),
        ],
        "guests": [
            GUEST(
                "Patrick Ecker",
                "ReScript Association",
                "with the ReScript Association, behind ReScript, the language (formerly Reason syntax with the BuckleScript compiler) that compiles to JavaScript; also works with clients ('I have one client who has 3,290 files')",
                "excerpt, host: 'We're also joined by Patrick Ecker, who is with the ReScript Association'",
                ["Patrick"],
            )
        ],
        "speaker_label_note": "the panelist's new tool (Wormhole) is discussed before the guest is introduced; the guest's organisation is said once, by the host; the guest never names it",
        "mentioned_people": [],
        "companies": [
            CO("ReScript Association", [], "the guest's organisation (said once, by the host in the introduction)"),
        ],
        "products": ["ReScript", "BuckleScript", "Reason (ReasonML)", "OCaml", "Rust", "TypeScript", "Elm", "npm", "React", "Next (Next.js)", "JavaScript", "Wormhole (the panelist's file-sending tool)", "Firefox Send", "BitMidi", "JS Party (podcast)"],
        "reference_tags": ["ReScript", "compile-to-JavaScript languages", "type systems", "build performance", "rebranding"],
        "description": None,
        "voices": {"Jerod Santo": "joe", "Feross Aboukhadijeh": "joe_high", "Patrick Ecker": "joe_low"},
        "intro_style": "the host's opening: himself by first name only ('It's your internet friend, Jerod'), the panelist by first name ('Feross is joining us'), and a chat about the panelist's new tool, Wormhole; then the guest by full name and organisation in one clause ('We're also joined by Patrick Ecker, who is with the ReScript Association'), the organisation said only this once; the guest's long history of ReasonML, BuckleScript and ReScript (561 words); one host, one panelist and one guest; 15 turns; the excerpt ends on the panelist ('I'm really curious now to try it.')",
    },
    "cl465_planetargon": {
        "podcast": "The Changelog (Changelog Media)",
        "show": "podcast",
        "episode_number": 465,
        "title": "The Changelog #465",
        "title_source": PLACEHOLDER,
        "date": "2021-11",
        "date_source": "approximate, from the show's numbering (set 24's cl461 is 2021, set 5's cl470 about December 2021) and the excerpt (the guest's earlier episode 'was May 26th, 2011', 'more than ten years ago, just past'; '10,5 years'); The Changelog #464, read for this set, speaks of 'today in 2021'",
        "sources": SOURCES("podcast", 465, "podcast/the-changelog-465.md"),
        "hosts": [ADAM],
        "guests": [
            GUEST(
                "Robby Russell",
                "Planet Argon",
                "runs Planet Argon, a Ruby consultancy ('you've got a consultancy'); creator of Oh My Zsh, still doing some of its maintaining with another developer; on the show before, in episode #61 (May 26th, 2011)",
                "excerpt, host: 'episode #61, Oh My Zsh, Planet Argon, a lot of fun stuff'; 'And then you've also got Planet Argon, which you do lot of Ruby stuff there; so you're a Rubyist and you've got a consultancy'",
                ["Robert", "Robby"],
                other_affiliations_in_excerpt=["Oh My Zsh (his open-source project: 'I see creator as your title on the site')"],
            )
        ],
        "speaker_label_note": "the stored file has no show intro and starts in the conversation; the host calls the guest 'Robert' (his label says 'Robby Russell'), and his surname is never said; the guest's company is said only by the host, twice; the other host, Jerod Santo, is named ('Jerod and I') but does not speak in the excerpt",
        "mentioned_people": [
            {"name": "Wynn", "note": "an earlier host of the show ('the Wynn era')"},
            {"name": "Kenneth Reitz", "note": "likewise ('the Kenneth Reitz and a few others, Andrew Thorp era')"},
            {"name": "Andrew Thorp", "note": "likewise"},
            {"name": "Marc", "note": "a developer in Barcelona who does most of the project's day-to-day maintenance"},
        ],
        "companies": [
            CO("Planet Argon", [], "the guest's consultancy (said twice, by the host)"),
            CO("Oh My Zsh", [], "the guest's open-source project (said many times)"),
            CO("GitHub", [], "in passing ('GitHub has some very limited statistics')"),
            CO("Discord", [], "in passing ('a very active Discord instance')"),
        ],
        "products": ["Oh My Zsh", "Git", "Bash", "curl", "Raspberry Pi", "Macs", "Linux", "VPS", "Ruby", "The Changelog (podcast)"],
        "reference_tags": ["open source maintenance", "command line", "shell configuration", "developer tools", "consultancies"],
        "description": None,
        "voices": {"Adam Stacoviak": "joe_low", "Robby Russell": "joe"},
        "intro_style": "no show intro (the stored file starts in the conversation): the host's first word the guest's formal first name ('So Robert, this show goes back in history in two ways'), his earlier appearance by number ('you were on episode #61', three times) and the show's eras named by its earlier hosts; the guest's project and company in a list ('Oh My Zsh, Planet Argon, a lot of fun stuff'), then his company again with what it does ('you've also got Planet Argon, which you do lot of Ruby stuff there; so you're a Rubyist and you've got a consultancy'); the guest's surname never said, and he never names his company; GitHub and Discord in passing; one host, who never says his own name; few, long turns (10), the guest's second long answer 513 words; the excerpt ends on the guest ('Yeah, exactly.')",
    },
    "cl467_temporal": {
        "podcast": "The Changelog (Changelog Media)",
        "show": "podcast",
        "episode_number": 467,
        "title": "The Changelog #467",
        "title_source": PLACEHOLDER,
        "date": "2021-11",
        "date_source": "approximate, from the show's numbering (set 24's cl461 is 2021, set 5's cl470 about December 2021) and the excerpt ('I joined AWS in early 2020, lasted a year'; Lambda School's fraud allegations 'just came out like two days ago')",
        "sources": SOURCES("podcast", 467, "podcast/the-changelog-467.md"),
        "hosts": [
            HOST("Jerod Santo", None, "host", "speaker label (he is not named in the excerpt; his affiliation is not said)", ["Jerod"]),
            HOST("Adam Stacoviak", None, "co-host", "excerpt (named by the host by first name only: 'We should throw some weight behind that, Adam'; his affiliation is not said)", ["Adam"]),
        ],
        "guests": [
            GUEST(
                "Shawn Wang",
                "Temporal",
                "head of developer experience at Temporal; before that about a year at AWS (from early 2020), dev rel at Netlify, a frontend developer at Two Sigma after the Full Stack Academy bootcamp and six months of FreeCodeCamp; 6-7 years in investment banking and hedge funds before changing careers at 30; known as swyx, for 'Learning in Public'",
                "excerpt, the guest: 'But Temporal came along, and now I'm head of developer experience at Temporal'",
                ["swyx", "Shawn"],
                other_affiliations_in_excerpt=[
                    "AWS (former employer: 'I joined AWS in early 2020, lasted a year')",
                    "Netlify (former employer: 'Netlify came along and offered me a dev rel job')",
                    "Two Sigma (former employer: 'came out of it working for Two Sigma as a frontend developer')",
                    "Full Stack Academy (the bootcamp he attended)",
                    "FreeCodeCamp (where he learned to code)",
                ],
            )
        ],
        "speaker_label_note": "the stored file has no show intro and starts in the conversation; the guest is called only by his nickname ('So swyx'), and his name is never spoken (the label says 'Shawn Wang'); he names his present company himself, at the end of a list of former employers",
        "mentioned_people": [
            {"name": "Quincy Larson", "note": "of FreeCodeCamp ('a 2,5-hour podcast with Quincy Larson from FreeCodeCamp'; 'Quincy' later)"},
            {"name": "Austin", "note": "Lambda School's founder, by first name only ('what Austin has done with Lambda')"},
        ],
        "companies": [
            CO("Temporal", [], "the guest's employer (said twice, by the guest, in one sentence)"),
            CO("AWS", ["Amazon Web Services"], "the guest's former employer ('I joined AWS in early 2020'; said twice)"),
            CO("Netlify", [], "the guest's former employer (said twice)"),
            CO("Two Sigma", [], "the guest's former employer (said once)"),
            CO("Full Stack Academy", [], "the bootcamp the guest attended ('a paid code camp, Full Stack Academy in New York')"),
            CO("FreeCodeCamp", ["freeCodeCamp"], "where the guest learned to code (said many times)"),
            CO("Lambda School", ["Lambda"], "in passing (the co-host's example of income share agreements; 'currently being accused of some fairly substantial fraud')"),
            CO("Shopify", [], "in passing ('Yeah, tell that to Shopify...')"),
            CO("GitLab", [], "in passing ('And GitLab.')"),
        ],
        "products": ["React", "#payitbackwards (a hashtag)", "Income Share Agreements (ISA)", "Learning in Public (the guest's idea)", "The Changelog (podcast)", "Founders Talk (podcast)"],
        "reference_tags": ["career change", "learning to code", "developer relations", "bootcamps", "learning in public"],
        "description": None,
        "voices": {"Jerod Santo": "joe", "Adam Stacoviak": "joe_low", "Shawn Wang": "joe_high"},
        "intro_style": "no show intro (the stored file starts in the conversation): the guest by nickname only, as the host's first words ('So swyx, we have been tracking your work for years'), his idea Learning in Public, 'welcome to The Changelog'; asked for his story, the guest gives it as a career list, finance, FreeCodeCamp, Full Stack Academy, Two Sigma, Netlify, AWS, and last his present company ('But Temporal came along, and now I'm head of developer experience at Temporal'), said only in that sentence; then FreeCodeCamp's funding and Lambda School; Shopify and GitLab in passing; the guest's name never spoken; two hosts and one guest; 23 turns, many short; the excerpt ends on the co-host ('I saw that news too, on Monday.')",
    },
    "si134_honeycomb": {
        "podcast": "Ship It (Changelog Media)",
        "show": "shipit",
        "episode_number": 134,
        "title": "Ship It #134",
        "title_source": PLACEHOLDER,
        "date": "2024-12",
        "date_source": "approximate, from the show's numbering (set 27's si132 is about November 2024) and the excerpt ('this show is not going to continue on past the end of 2024', 'our last guest on our show'); Ship It #135, read for this set, is the show's last episode",
        "sources": SOURCES("shipit", 134, "shipit/ship-it-134.md"),
        "speaker_names": {"Justin Garisson": "Justin Garrison"},
        "hosts": [
            HOST("Justin Garrison", None, "host", "excerpt ('I'm your host, Justin Garrison'; the speaker label is misspelt 'Justin Garisson' and is written out as spoken; his employer is not said)", ["Justin"]),
            HOST("Autumn Nash", None, "co-host", "excerpt (named by the host: 'with me as always is Autumn Nash'; her employer is not said in the excerpt)", ["Autumn"]),
        ],
        "guests": [
            GUEST(
                "Phillip Carter",
                "Honeycomb",
                "principal PM at Honeycomb; after the cut: earlier a PM on Microsoft's .NET team (languages, F# and C#, tooling)",
                "excerpt, host: 'But we have today our last guest. Phillip Carter is a principal PM at Honeycomb'; 'How did you end up as a principal PM at Honeycomb?'",
                ["Phillip"],
            )
        ],
        "speaker_label_note": "the host's speaker label is misspelt in the stored transcript ('Justin Garisson'; he says 'Justin Garrison'); speaker_names writes it out as spoken; the guest is introduced about 900 words in, after news of the show's end and the hosts' new podcast; two turns of the co-host's that are only '[unintelligible ...]' are dropped, so three of the host's turns follow one another",
        "mentioned_people": [
            {"name": "Jerod", "note": "the network's host, by first name only ('I think Jerod and Adam have a lot of good networks')"},
            {"name": "Adam", "note": "likewise"},
            {"name": "Hazel", "note": "a friend of the co-host's, met through the show"},
            {"name": "Austin", "note": "an earlier guest ('the great conversation we had with Austin about kids')"},
        ],
        "companies": [
            CO("Honeycomb", [], "the guest's employer (said twice, by the host)"),
            CO("Changelog Media", ["Changelog"], "the show's network, said as 'Changelog' ('Changelog is switching some stuff up', 'the Changelog network', 'here on Changelog')"),
        ],
        "products": ["Fork Around and Find Out (the hosts' new podcast)", "fafo.fm", "Changelog & Friends (podcast)", "Changelog News (podcast, 'the News')", "The Changelog (podcast)", "Go Time (podcast)", "JS Party (podcast)", "Practical AI (podcast)", "Ship It (podcast)", "Plus Plus (Changelog++)", "JIRA", "RSS"],
        "reference_tags": ["podcasting", "product management", "observability", "show endings", "developer tools"],
        "description": None,
        "voices": {"Justin Garrison": "joe", "Autumn Nash": "heart", "Phillip Carter": "joe_high"},
        "intro_style": "the host's opening: the show, himself and the co-host by full name ('I'm your host, Justin Garrison, and with me as always is Autumn Nash'); about 900 words of news before the guest: the network ending the show at the end of 2024 ('Changelog is switching some stuff up'), four shows named, and the hosts' new podcast, its name and web address; then the guest by full name, role and company in one sentence ('Phillip Carter is a principal PM at Honeycomb'), the company again in the host's question ('How did you end up as a principal PM at Honeycomb?'); the guest never names his company in the excerpt; one host, a co-host (a woman) and one guest; many short turns (33); the excerpt ends on the host's question ('And what software are you responsible for?'), the guest's answer (209 words) passing 1,200",
    },
}

SET_NAME = "castflow held-out set 38 (measure only, never tune)"
