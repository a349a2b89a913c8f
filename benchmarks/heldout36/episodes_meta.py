"""Hand-written ground truth for the thirty-sixth held-out set (everything that is not derived from the text).

Guests, affiliations and companies were read off the excerpt text (raw/<id>.md, the part build.py
keeps). No episode page was available offline when the set was built, so titles are placeholders
(title_source says so), descriptions are absent and dates are approximate (date_source says from what).
Affiliations are the guest's organisation at the time of the episode, as the excerpt gives it. Nothing here
was tuned against castflow's output, and castflow's rules were not read while choosing the episodes.
"""


from truth_records import CO, GUEST, HOST, PLACEHOLDER, SOURCES  # ../heldout, on the path build.py sets

CHRIS_BENSON = HOST(
    "Chris Benson",
    "Lockheed Martin",
    "co-host (tech strategist)",
    "excerpt (the host: 'my co-host, Chris Benson, who is a tech strategist at Lockheed Martin')",
    ["Chris"],
)
PREDICTION_GUARD = CO("Prediction Guard", ["PredictionGuard"], "the host's company (said by the host in his opening)")
LOCKHEED = CO("Lockheed Martin", [], "the co-host's employer (said by the host in his opening)")
SLACK = CO("Slack", [], "in passing")

EPISODES = {
    "pai224_llamaindex": {
        "podcast": "Practical AI (Changelog Media)",
        "show": "practicalai",
        "episode_number": 224,
        "title": "Practical AI #224",
        "title_source": PLACEHOLDER,
        "date": "2023",
        "date_source": "approximate, from the show's numbering (set 4's pai220 is about April 2023, set 11's pai231 July 2023) and the excerpt ('this fine springtime weather of LLMs'; the host's company Prediction Guard)",
        "sources": SOURCES("practicalai", 224, "practicalai/practical-ai-224.md"),
        "hosts": [
            HOST(
                "Daniel Whitenack",
                "Prediction Guard",
                "host (data scientist and founder)",
                "excerpt ('This is Daniel Whitenack. I'm a data scientist and founder of a company called Prediction Guard')",
                ["Daniel"],
            ),
            CHRIS_BENSON,
        ],
        "guests": [
            GUEST(
                "Jerry Liu",
                "Llama Index",
                "co-founder and creator of Llama Index, a project for connecting large language models with external (private) data",
                "excerpt, co-host: 'we're excited today to have with us Jerry Liu, who is co-founder and creator of Llama Index'; the host: 'I've used Llama Index in some of my own work', 'your project is called Llama Index'",
                ["Jerry"],
            )
        ],
        "speaker_label_note": "the guest is introduced by the co-host, not by the host who opens the show; the guest does not name Llama Index himself in the excerpt",
        "mentioned_people": [],
        "companies": [
            CO("Llama Index", ["LlamaIndex"], "the guest's project and company ('co-founder and creator of Llama Index'; said by the co-host in the introduction, then five times by the host)"),
            PREDICTION_GUARD,
            LOCKHEED,
        ],
        "products": ["large language models (LLMs)", "ChatGPT", "Practical AI (podcast)"],
        "reference_tags": ["large language models", "retrieval augmentation", "data indexing", "LLM applications", "open source"],
        "description": None,
        "voices": {"Daniel Whitenack": "joe", "Chris Benson": "joe_low", "Jerry Liu": "joe_high"},
        "intro_style": "the host's opening: himself by full name, role and company ('This is Daniel Whitenack. I'm a data scientist and founder of a company called Prediction Guard'), the co-host by full name, role and employer ('Chris Benson, who is a tech strategist at Lockheed Martin'); banter about words loaded with AI meanings ('bloom', 'llamas'); then the co-host introduces the guest by full name, role and organisation in one clause ('we're excited today to have with us Jerry Liu, who is co-founder and creator of Llama Index'); the host names the project five more times ('your project is called Llama Index'), the guest never; two hosts and one guest; 12 turns; a short excerpt (800 words): the next turn (648 words) would pass 1,300; the excerpt ends on the host's question",
    },
    "pai226_lately": {
        "podcast": "Practical AI (Changelog Media)",
        "show": "practicalai",
        "episode_number": 226,
        "title": "Practical AI #226",
        "title_source": PLACEHOLDER,
        "date": "2023",
        "date_source": "the excerpt ('It's another exciting day in the AI world in 2023'); the show's numbering (set 11's pai231 is about July 2023)",
        "sources": SOURCES("practicalai", 226, "practicalai/practical-ai-226.md"),
        "hosts": [
            HOST(
                "Daniel Whitenack",
                "Prediction Guard",
                "host (data scientist and founder)",
                "excerpt ('This is Daniel Whitenack. I'm a data scientist and founder at Prediction Guard')",
                ["Daniel"],
            ),
            CHRIS_BENSON,
        ],
        "guests": [
            GUEST(
                "Kate Bradley Chernis",
                "Lately.AI",
                "CEO of Lately.AI (Lately), a company nine years old that learns a brand's voice and turns long-form content into social posts; formerly a rock and roll DJ at XM Satellite Radio, then ran a marketing agency whose first client was Walmart",
                "excerpt, host: 'we have with us Kate Bradley Chernis, who's CEO at Lately.AI'; 'you're doing some amazing things at Lately'; the guest: 'And Lately, by the way, has been ahead of the curve'",
                ["Kate"],
                other_affiliations_in_excerpt=["XM Satellite Radio (former employer: 'My last gig was broadcasting to 20 million listeners a day for XM Satellite Radio')"],
            )
        ],
        "speaker_label_note": "the guest speaks (laughing at the host's pun on the company's name) one turn before the host introduces her",
        "mentioned_people": [],
        "companies": [
            CO("Lately.AI", ["Lately", "Lately AI"], "the guest's company (the host's pun 'It's not Lately, although we are going to talk about Lately', then 'CEO at Lately.AI'; said several times)"),
            PREDICTION_GUARD,
            LOCKHEED,
            CO("IBM", ["IBM Watson"], "in the guest's story ('they got us a grant with IBM Watson')"),
            CO("XM Satellite Radio", ["XM"], "the guest's former employer ('broadcasting to 20 million listeners a day for XM Satellite Radio')"),
            CO("Walmart", [], "the first client of the guest's marketing agency ('a little company you know called Walmart'; said three times)"),
            CO("Arbitron", [], "in the guest's story ('the Arbitron book came out, and you were number one')"),
            SLACK,
        ],
        "products": ["Primer (a film)", "This is your brain on music (a book)", "Marketing Resource Management", "generative AI", "social media", "Practical AI (podcast)"],
        "reference_tags": ["generative AI", "marketing", "social media", "content generation", "brand voice"],
        "description": None,
        "voices": {"Daniel Whitenack": "joe", "Chris Benson": "joe_low", "Kate Bradley Chernis": "heart"},
        "intro_style": "the host's opening: himself by full name, role and company ('I'm a data scientist and founder at Prediction Guard'), the co-host by full name, role and employer ('a tech strategist at Lockheed Martin'); a pun on the company's name before the guest is named ('It's not Lately, although we are going to talk about Lately'); the guest laughs at it before she is introduced; then full name, role and company in one clause ('Kate Bradley Chernis, who's CEO at Lately.AI'); the company said as 'Lately' by host and guest; the guest's former employer (XM Satellite Radio) and her agency's first client (Walmart) in her story; IBM Watson, Arbitron; two hosts and one guest; 15 turns; the excerpt ends on the guest (351 words)",
    },
    "gt335_grafanalabs": {
        "podcast": "Go Time (Changelog Media)",
        "show": "gotime",
        "episode_number": 335,
        "title": "Go Time #335",
        "title_source": PLACEHOLDER,
        "date": "2024",
        "date_source": "approximate, from the show's numbering (set 27's gt323 and set 28's gt316 are 2024) and the excerpt (the hype around generative AI 'kind of like fading away'; the guest at Grafana Labs 'for just over three years now')",
        "sources": SOURCES("gotime", 335, "gotime/go-time-335.md"),
        "hosts": [
            HOST(
                "Johnny Boursiquot",
                None,
                "host",
                "speaker label (he does not say his own name in the excerpt; the co-host calls him 'Johnny'; his employer is not said)",
                ["Johnny"],
            ),
            HOST(
                "Mat Ryer",
                "Grafana Labs",
                "co-host",
                "excerpt (the host: 'Joining me is our very own Go Time co-host, Mat Ryer'; the co-host: 'I've been working hard at Grafana Labs')",
                ["Mat"],
            ),
        ],
        "guests": [
            GUEST(
                "Yasir Ekinci",
                "Grafana Labs",
                "works at Grafana Labs with the co-host, for just over three years, starting in its ML team; background in econometrics and statistics, about ten years in the field; Turkish, lives in Belgium",
                "excerpt, host: 'Also joining us on today's show is one of the people Mat overworks with. Yasir Ekinci'; the guest: 'Like you said, I work with Mat, unfortunately, at Grafana Labs, for just over three years now. I really started in the ML team'",
                ["Yasir", "Yas"],
            )
        ],
        "speaker_label_note": "the guest's company is also the co-host's (said first by the co-host as his own employer)",
        "mentioned_people": [],
        "companies": [
            CO("Grafana Labs", ["Grafana"], "the guest's employer and the co-host's (said once by the co-host, once by the guest)"),
        ],
        "products": ["ChatGPT", "generative AI", "observability tooling", "Go", "Go Time (podcast)"],
        "reference_tags": ["AI", "observability", "machine learning", "generative AI", "product development"],
        "description": None,
        "voices": {"Johnny Boursiquot": "joe_low", "Mat Ryer": "joe_high", "Yasir Ekinci": "joe"},
        "intro_style": "the host's opening: the show and a joke about the topic ('experts on the migratory patterns of the little-known godwit bar-tailed bird'), the co-host by full name ('our very own Go Time co-host, Mat Ryer'), who names his own employer ('I've been working hard at Grafana Labs'); then the guest as the co-host's colleague before his full name ('one of the people Mat overworks with. Yasir Ekinci'), asked to introduce himself; the guest gives a short form of his name ('Yasir, or Yas'), his country and the company ('I work with Mat, unfortunately, at Grafana Labs, for just over three years now'); the host never says his own name; two hosts and one guest; 20 turns; the excerpt ends on the co-host",
    },
    "jsp51_codesandbox": {
        "podcast": "JS Party (Changelog Media)",
        "show": "jsparty",
        "episode_number": 51,
        "title": "JS Party #51",
        "title_source": PLACEHOLDER,
        "date": "2018",
        "date_source": "approximate, from the show's numbering (set 30's jsp47 is 2018, set 16's jsp62 January 2019) and the excerpt (CodeSandbox released in 'April ... 2017', support for other frameworks 'for the first 2-3 months' only React)",
        "sources": SOURCES("jsparty", 51, "jsparty/js-party-51.md"),
        "hosts": [
            HOST("Nick Nisi", None, "host", "excerpt ('I'm your host this week, Nick Nisi'; his employer is not said)", ["Nick"]),
        ],
        "guests": [
            GUEST(
                "Ives van Hoorne",
                "CodeSandbox",
                "created and maintains CodeSandbox, an online editor for web application projects, which he started during university lectures and released in April 2017; formerly worked full-time at Catawiki",
                "excerpt, host: 'We're talking about a project that you've created and maintained call CodeSandbox'; the guest: 'That's kind of how CodeSandbox started'",
                ["Ives"],
                other_affiliations_in_excerpt=["Catawiki (former employer: 'two or three years ago I was working full-time for a company called Catawiki')"],
            )
        ],
        "mentioned_people": [],
        "companies": [
            CO("CodeSandbox", [], "the guest's project (said by the host right after the introduction, then many times by both)"),
            CO("Catawiki", [], "the guest's former employer ('a company called Catawiki')"),
            CO("GitHub", [], "in passing ('our GitHub issues were piling up')"),
            SLACK,
        ],
        "products": ["React", "Angular", "Vue", "Preact", "Ruby on Rails", "npm (Npm)", "Unpackage (unpkg)", "Babel", "Webpack", "Javascript", "Java", "ReactSandbox (the name first intended)", "JS Party (podcast)"],
        "reference_tags": ["online code editor", "JavaScript", "bundlers", "open source", "web development"],
        "description": None,
        "voices": {"Nick Nisi": "joe_high", "Ives van Hoorne": "joe"},
        "intro_style": "the host's opening: himself by full name ('I'm your host this week, Nick Nisi'), then the guest by honorific and full name, no organisation ('a very special guest, Mr. Ives van Hoorne'), asked to introduce himself; the guest gives only his name; the organisation, a project, comes in the host's next turn ('a project that you've created and maintained call CodeSandbox'), then said many times; the guest tells how he started it, with a former employer (Catawiki); one host and one guest; 15 turns, one of the guest's 371 words; the excerpt ends on the host's question",
    },
    "jsp53_google": {
        "podcast": "JS Party (Changelog Media)",
        "show": "jsparty",
        "episode_number": 53,
        "title": "JS Party #53",
        "title_source": PLACEHOLDER,
        "date": "2018-11",
        "date_source": "approximate: the guest's demo at Chrome Dev Summit ('I got asked to do that demo last week'; Chrome Dev Summit 2018 was in November) while wildfires burn in California; the host hosts 'two weeks in a row' (JS Party #52, read for this set); the show came out of the host's episode 'with Feross about BitMidi' (set 30's jsp47, 2018)",
        "sources": SOURCES("jsparty", 53, "jsparty/js-party-53.md"),
        "hosts": [
            HOST("Jerod Santo", None, "host ('MC')", "excerpt ('It's Jerod here'; his surname and affiliation are not said)", ["Jerod"]),
            HOST("Kevin Ball", None, "panelist", "excerpt (the host: 'We also have Kball in the house'; his full name and employer are not said)", ["Kball"]),
        ],
        "guests": [
            GUEST(
                "Adam Argyle",
                "Google",
                "UX engineer at Google (on Google Cloud), moving to a developer relations role on Chrome; creator of VisBug, a design tool for the browser shown in a Chrome Dev Summit keynote; calls himself an 'outgoing weirdo that's passionate about the web'",
                "excerpt, host: 'We have an awesome guest today, a UX engineer at Google, and kind of an indie dev'; 'Adam was listening to this show - Adam Argyle'; the guest: 'So yeah, I'm a UX engineer on Google Cloud'",
                ["Adam"],
                other_affiliations_in_excerpt=["VisBug (his project: 'VisBug, which is your project'; 'this tool I built')"],
            )
        ],
        "speaker_label_note": "the host names the panelist only by nickname ('Kball') and himself by first name; the stored transcript writes VisBug as a markdown link, which the raw file gives as its text",
        "mentioned_people": [
            {"name": "Feross", "note": "first name only, the guest of the host's earlier episode 'about BitMidi'"},
        ],
        "companies": [
            CO("Google", ["Google Cloud"], "the guest's employer (said by the host before the guest's name, then by the guest as 'Google Cloud')"),
            CO("VisBug", [], "the guest's project (said twice by the host in the excerpt)"),
        ],
        "products": ["Chrome", "Chrome Dev Summit (a conference)", "BitMidi (a project, in passing)", "Flash", "Flex", "iPhone", "jQuery", "Backbone", "Angular", "React", "web components", "CSS", "JS Party (podcast)"],
        "reference_tags": ["design tools", "CSS", "browser extensions", "web development", "developer tools"],
        "description": None,
        "voices": {"Jerod Santo": "joe", "Kevin Ball": "joe_low", "Adam Argyle": "joe_high"},
        "intro_style": "the host: himself by first name only ('It's Jerod here'), the panelist by nickname only ('We also have Kball in the house'); small talk about wildfires; then the guest by role and company before any name ('We have an awesome guest today, a UX engineer at Google, and kind of an indie dev'), a story of how the show came about (an earlier episode 'with Feross about BitMidi'), and only then the full name ('Adam was listening to this show - Adam Argyle'); the guest gives role and a division ('I'm a UX engineer on Google Cloud') and a move to Chrome; his project VisBug named by the host; a host and a panelist; 17 turns; a short excerpt (773 words): the next turn (1,053 words) would pass 1,300; the excerpt ends on the host's question",
    },
    "cl366_3drobotics": {
        "podcast": "The Changelog (Changelog Media)",
        "show": "podcast",
        "episode_number": 366,
        "title": "The Changelog #366",
        "title_source": PLACEHOLDER,
        "date": "2019",
        "date_source": "approximate, from the show's numbering (set 13's cl360 is 2019; The Changelog #367, read for this set, says 'here we are today, in 2019') and the excerpt (the hosts met the guest at the Open Core Summit)",
        "sources": SOURCES("podcast", 366, "podcast/the-changelog-366.md"),
        "hosts": [
            HOST("Jerod Santo", None, "host", "speaker label (he does not say his own name in the excerpt; the co-host calls him 'Jerod'; his affiliation is not said)", ["Jerod"]),
            HOST("Adam Stacoviak", None, "co-host", "speaker label (he is not named in the excerpt; his affiliation is not said)", ["Adam"]),
        ],
        "guests": [
            GUEST(
                "Chris Anderson",
                "3D Robotics",
                "founded 3D Robotics (3DR), a drone company, from a hobby 'gone wrong'; formerly the editor of WIRED; now runs DIY Robocars, an autonomous car racing league; spoke at the Open Core Summit on open-source drones",
                "excerpt, host: 'it does say you have a hobby gone wrong with aero-robotics and with 3D robotics, a company you founded based on a hobby gone wrong'; the guest: 'I've described drones or 3DR as a hobby gone wrong ... it became a company'",
                ["Chris"],
                other_affiliations_in_excerpt=[
                    "WIRED (former employer: 'your history at WIRED', 'At the time I'm the editor of WIRED')",
                    "DIY Robocars (his league: 'DIY Robocars is our autonomous car racing league')",
                ],
            )
        ],
        "speaker_label_note": "the guest's full name is never said in the excerpt, only 'Chris'; the stored file has no show intro and starts in the conversation; neither host says his own name",
        "mentioned_people": [],
        "companies": [
            CO("3D Robotics", ["3DR", "3D robotics"], "the guest's company (said once by the host, as '3D robotics', from the guest's Amazon bio, and once by the guest by its initials, '3DR')"),
            CO("WIRED", ["Wired"], "the guest's former employer (said five times: twice by the host, three times by the guest)"),
            CO("DIY Robocars", [], "the guest's autonomous car racing league ('our autonomous car racing league')"),
            CO("Amazon", [], "in passing ('your Amazon bio', 'your author page')"),
            CO("LEGO", ["Lego"], "in the guest's story (the LEGO Mindstorms NXT kit)"),
        ],
        "products": ["drones", "LEGO Mindstorms NXT (a robotics kit)", "radio-controlled plane", "autopilot", "iPhone", "YouTube", "GPS", "Bluetooth", "Transformers (films)", "Open Core Summit (a conference)", "The Changelog (podcast)"],
        "reference_tags": ["drones", "robotics", "open source hardware", "hobby projects", "autopilots"],
        "description": None,
        "voices": {"Jerod Santo": "joe", "Adam Stacoviak": "joe_low", "Chris Anderson": "joe_high"},
        "intro_style": "no show intro (the stored file starts in the conversation): the host addresses the guest by first name only and gives a former employer first ('Chris, we have lots of stuff that we could talk with you about. Of course, your history at WIRED'); then the company as the host reads it from the guest's Amazon bio, which he calls outdated ('a hobby gone wrong with aero-robotics and with 3D robotics, a company you founded'); the guest gives it by its initials ('drones or 3DR as a hobby gone wrong'), and a second organisation of his, a racing league ('DIY Robocars is our autonomous car racing league'); the guest's full name is never said; the Open Core Summit where the hosts met him; neither host says his own name; two hosts and one guest; many short turns (27); the excerpt ends on the host",
    },
    "cl368_sedaily": {
        "podcast": "The Changelog (Changelog Media)",
        "show": "podcast",
        "episode_number": 368,
        "title": "The Changelog #368",
        "title_source": PLACEHOLDER,
        "date": "2019",
        "date_source": "approximate, from the show's numbering (set 13's cl360 is 2019) and the excerpt ('We just had a call with Bob Martin', The Changelog #367, read for this set, which says 'here we are today, in 2019'; the hosts met the guest at the Open Core Summit)",
        "sources": SOURCES("podcast", 368, "podcast/the-changelog-368.md"),
        "hosts": [
            HOST("Adam Stacoviak", None, "host", "speaker label (he does not say his own name in the excerpt; the guest calls him 'Adam'; his affiliation is not said)", ["Adam"]),
            HOST("Jerod Santo", None, "co-host", "speaker label (he is not named in the excerpt; his affiliation is not said)", ["Jerod"]),
        ],
        "guests": [
            GUEST(
                "Jeff Meyerson",
                "Software Engineering Daily",
                "runs the podcast Software Engineering Daily (five shows a week, after the cut); lives in San Francisco, formerly Austin, Chicago and Seattle; after the cut, working on FindCollabs",
                "excerpt, co-host: 'is that Jeff Meyerson's voice? Yes, it is. Your friend from Software Engineering Daily. ... A clashing of two podcasts'",
                ["Jeff"],
            )
        ],
        "speaker_label_note": "the guest's organisation is a podcast of his own; the stored file has no show intro and starts in the conversation; neither host says his own name",
        "mentioned_people": [
            {"name": "Bob Martin", "note": "'Uncle Bob', the guest of the hosts' previous call (The Changelog #367)"},
        ],
        "companies": [
            CO("Software Engineering Daily", ["SE Daily"], "the guest's podcast (said once, by the co-host, in his introduction)"),
            CO("Databricks", [], "in the guest's answer ('If you're building out Databricks')"),
            CO("Airbnb", [], "in the guest's answer"),
            CO("Facebook", [], "in the guest's answer"),
            CO("GitLab", [], "in passing ('All due respect to GitLab')"),
            CO("Indie Hackers", [], "in passing ('I'm wearing my Indie Hackers T-shirt right now')"),
            SLACK,
        ],
        "products": ["Open Core Summit (a conference)", "podcasts", "remote work", "The Changelog (podcast)"],
        "reference_tags": ["podcasting", "remote work", "Silicon Valley", "indie hackers", "software careers"],
        "description": None,
        "voices": {"Adam Stacoviak": "joe_low", "Jerod Santo": "joe", "Jeff Meyerson": "joe_high"},
        "intro_style": "no show intro (the stored file starts in the conversation): the host addresses the guest by first name and lists the cities he has lived in ('Jeff, what I find interesting about your past is you've lived in a lot of cool places'); then the co-host gives the full name and the organisation as a question to the listeners ('is that Jeff Meyerson's voice? Yes, it is. Your friend from Software Engineering Daily'), the organisation being another podcast, the guest's own ('A clashing of two podcasts'); said only this once; the previous episode's guest ('Bob Martin', 'Uncle Bob') named; Databricks, Airbnb, Facebook, GitLab in passing; neither host says his own name; two hosts and one guest; 11 turns, few and long; the excerpt ends on the guest",
    },
    "si68_microsoft": {
        "podcast": "Ship It (Changelog Media)",
        "show": "shipit",
        "episode_number": 68,
        "title": "Ship It #68",
        "title_source": PLACEHOLDER,
        "date": "2022-08",
        "date_source": "approximate, from the show's numbering (set 15's si66 is about August 2022, set 17's si72 September 2022) and the excerpt (Forza Horizon 5 out; 'the Covid pandemic' in the past tense)",
        "sources": SOURCES("shipit", 68, "shipit/ship-it-68.md"),
        "hosts": [
            HOST("Gerhard Lazu", None, "host", "speaker label (he does not say his own name in the excerpt; his affiliation is not said)", ["Gerhard"]),
        ],
        "guests": [
            GUEST(
                "Brendan Burns",
                "Microsoft",
                "leads a large organisation in Microsoft's Azure that includes the Azure Kubernetes Service team; co-author of the paper 'Borg, Omega and Kubernetes'; mentor of the other guest",
                "excerpt, host: 'I'm looking at you, Brendan... What is it like to work from Microsoft?'; the guest: 'Microsoft is involved in it, in some way'; the other guest: 'Brendan is the leader of this large organization'",
                ["Brendan"],
            ),
            GUEST(
                "Ganeshkumar Ashokavardhanan",
                "Microsoft",
                "engineer on the Azure Kubernetes Service (AKS) team at Microsoft, in Brendan Burns's organisation; interned twice at Microsoft before joining",
                "excerpt, host: 'Ganesh, what is it like for you to work for Microsoft?'; the guest: 'I think working at Microsoft in particular', 'I had interned twice at Microsoft'",
                ["Ganesh"],
            ),
        ],
        "speaker_label_note": "neither guest's full name is said in the excerpt, only 'Ganesh' and 'Brendan'; the host never says his own name",
        "mentioned_people": [
            {"name": "Son Luong Ngoc", "note": "a listener whose request the host quotes"},
        ],
        "companies": [
            CO("Microsoft", ["Azure", "Microsoft Azure"], "both guests' employer (said seven times: first in the host's question, then by both guests)"),
        ],
        "products": ["Azure Kubernetes Service (AKS)", "Kubernetes", "Event Grid", "Forza Horizon 5 (a game)", "Xbox", "Borg, Omega and Kubernetes (a paper)", "Ship It (podcast)"],
        "reference_tags": ["working at a large company", "mentorship", "Kubernetes", "cloud computing", "internships"],
        "description": None,
        "voices": {"Gerhard Lazu": "heart_low", "Brendan Burns": "joe", "Ganeshkumar Ashokavardhanan": "joe_high"},
        "intro_style": "no show intro: the host quotes a listener by full name ('Son Luong Ngoc ... he mentioned that he would very much be interested to \"hear from the builders who made things happen and established big enterprise companies\"'), then welcomes two guests by first name only ('Welcome, Ganesh, and welcome, Brendan'); the company comes in the host's question ('What is it like to work from Microsoft?'), and each guest then speaks of working there ('Microsoft is involved in it', 'working at Microsoft'); Azure and its Kubernetes service; neither guest's full name is said; the host never says his own name; one host and two guests; 16 turns; the excerpt ends on the host's question",
    },
}

SET_NAME = "castflow held-out set 36 (measure only, never tune)"
