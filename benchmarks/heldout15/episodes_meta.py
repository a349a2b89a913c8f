"""Hand-written ground truth for the fifteenth held-out set (everything that is not derived from the text).

Guests, affiliations and companies were read off the excerpt text (raw/<id>.md, the part build.py
keeps). No episode page was available offline when the set was built, so titles are placeholders
(title_source says so), descriptions are absent and dates are approximate (date_source says from what).
Affiliations are the guest's organisation at the time of the episode, as the excerpt gives it. Nothing here
was tuned against castflow's output, and castflow's rules were not read while choosing the episodes.
"""


from truth_records import CO, GUEST, HOST, PLACEHOLDER, SOURCES  # ../heldout, on the path build.py sets

LOCKHEED = CO("Lockheed Martin", [], "co-host Chris Benson's employer (said in the intro)")
ADAM = HOST("Adam Stacoviak", None, "host", "transcript (his affiliation is not said in the excerpt)", ["Adam"])
JOHNNY = HOST("Johnny Boursiquot", None, "host", "excerpt ('I am your host, Johnny Boursiquot'; his employer is not said)", ["Johnny"])
GOOGLE = CO("Google", [], "said in passing (see the episode's note)")

EPISODES = {
    "pai121_gretel": {
        "podcast": "Practical AI (Changelog Media)",
        "show": "practicalai",
        "episode_number": 121,
        "title": "Practical AI #121",
        "title_source": PLACEHOLDER,
        "date": "2021-01",
        "date_source": "approximate: Practical AI #100 is about August 2020 (held-out set 14) and the show is weekly; the host: 'a nice, cold day here in Indiana' and 'we had a new project funded this year'; the guest: 'we launched Gretel in the fall of 2019'",
        "sources": SOURCES("practicalai", 121, "practicalai/practical-ai-121.md"),
        "hosts": [
            HOST("Daniel Whitenack", "SIL International", "host (data scientist)", "transcript intro ('This is Daniel Whitenack, I am a data scientist with SIL International')", ["Daniel"]),
            HOST("Chris Benson", "Lockheed Martin", "co-host (principal emerging technology strategist)", "transcript intro ('my co-host, Chris Benson, who is a principal emerging technology strategist at Lockheed Martin')", ["Chris"]),
        ],
        "guests": [
            GUEST(
                "John Myers",
                "Gretel",
                "CTO and co-founder of Gretel (launched in the fall of 2019; data anonymization and synthetic data); about 14 years in the Air Force, including work at the National Security Agency; co-founded the enterprise security startup Efflux Systems, acquired by NetScout, where he was a principal architect",
                "excerpt, host: 'So today we have with us John Myers, who is CTO and co-founder at Gretel. Welcome, John!'; the guest: 'So we launched Gretel in the fall of 2019, with myself and our CEO and my other co-founder, Alex Watson'",
                ["John"],
                other_affiliations_in_excerpt=["the Air Force (about 14 years; reserves)", "National Security Agency (former)", "Efflux Systems (co-founded; acquired)", "NetScout (former employer, principal architect)"],
            )
        ],
        "mentioned_people": [
            {"name": "Alex Watson", "note": "Gretel's CEO and the guest's co-founder, formerly general manager at AWS Macie"},
            {"name": "Will Smith", "note": "actor in the film Enemy of the State"},
        ],
        "companies": [
            CO("Gretel", [], "the guest's company (said many times, first by the host)"),
            CO("SIL International", [], "host Daniel Whitenack's employer (said in the intro)"),
            LOCKHEED,
            CO("Purdue University", ["the university"], "the host lives near it ('I'm close by Purdue University')"),
            CO("U.S. Air Force", ["the Air Force", "Vandenberg Air Force Base"], "the guest served about 14 years ('I did about 14 years in the Air Force')"),
            CO("National Security Agency", ["NSA"], "where the guest did engineering work while in the Air Force"),
            CO("Efflux Systems", [], "the enterprise security startup the guest co-founded ('it was called Efflux Systems')"),
            CO("NetScout", [], "acquired Efflux Systems; the guest was a principal architect there"),
            CO("AWS", ["AWS Macie"], "where the guest's co-founder was general manager of AWS Macie"),
            CO("Facebook", ["the Facebooks"], "said in 'the resourced organizations like the Facebooks and the Googles'"),
            CO("Google", ["the Googles"], "said in 'the resourced organizations like the Facebooks and the Googles'"),
        ],
        "products": ["AWS Macie", "S3", "synthetic data", "data augmentation", "data anonymization", "DDOS detection", "Enemy of the State (film)", "Shark Tank (TV show)", "Practical AI (podcast)"],
        "reference_tags": ["privacy", "synthetic data", "data anonymization", "machine learning", "startups"],
        "description": None,
        "voices": {"Daniel Whitenack": "joe", "Chris Benson": "joe_low", "John Myers": "joe_high"},
        "intro_style": "host, after several turns of small talk, the topic, then full name, role and company in one sentence ('So today we have with us <Name>, who is CTO and co-founder at <Org>. Welcome, <First name>!'); the hosts state their own employers; the guest names former employers (a startup he co-founded and its acquirer); two hosts",
    },
    "pai122_aidoc": {
        "podcast": "Practical AI (Changelog Media)",
        "show": "practicalai",
        "episode_number": 122,
        "title": "Practical AI #122",
        "title_source": PLACEHOLDER,
        "date": "2021-01",
        "date_source": "approximate: one episode after Practical AI #121 (about January 2021); weekly numbering",
        "sources": SOURCES("practicalai", 122, "practicalai/practical-ai-122.md"),
        "hosts": [
            HOST("Chris Benson", "Lockheed Martin", "host this week (principal emerging technology strategist)", "transcript intro ('My name is Chris Benson, I am a principal emerging technology strategist at Lockheed Martin')", ["Chris"]),
        ],
        "guests": [
            GUEST(
                "Elad Walach",
                "Aidoc",
                "CEO of Aidoc (co-founded it with two others; AI for radiology); formerly in the Israeli Ministry of Defense's Talpiot program for a decade, where he headed AI at the Israeli Air Force",
                "excerpt, host's opening: 'With me today I have Elad Walach, who is CEO of Aidoc, joining me today. Looking forward to learning all about Aidoc and that industry. Welcome to the show, Elad.'",
                ["Elad"],
                other_affiliations_in_excerpt=["Israeli Ministry of Defense / the Talpiot program (former, a decade)", "Israeli Air Force (headed AI there, former)"],
            )
        ],
        "mentioned_people": [
            {"name": "Daniel Whitenack", "note": "the usual co-host, absent ('Daniel Whitenack, my illustrious co-host, is not able to join today')"},
        ],
        "companies": [
            CO("Aidoc", [], "the guest's company (said twice in the host's opening)"),
            LOCKHEED,
            CO("Israeli Ministry of Defense", ["the Ministry of Defense", "the Israeli Ministry of Defense"], "where the guest served a decade in the Talpiot program"),
            CO("Talpiot", ["the Talpiot program", "the unit they call Talpiot"], "the elite technology program/unit the guest was in"),
            CO("Israeli Air Force", ["the Air Force"], "where the guest headed AI"),
            CO("Israel Defense Forces", ["the Israeli defense force"], "said by the host ('that unit with the Israeli defense force')"),
            CO("Mayo Clinic", [], "did research on radiologists' reading time ('Mayo Clinic did a research')"),
        ],
        "products": ["radiology AI", "CT", "X-Ray", "MRI", "computer vision", "NLP", "Practical AI (podcast)"],
        "reference_tags": ["healthcare", "radiology", "medical imaging", "computer vision", "AI startups"],
        "description": None,
        "voices": {"Chris Benson": "joe_low", "Elad Walach": "joe"},
        "intro_style": "host's opening: his own name and employer, the usual co-host absent, then full name, role and company in one sentence ('With me today I have <Name>, who is CEO of <Org>, joining me today'), the company said again at once; one host",
    },
    "gt171_godaddy_spotlightpa": {
        "podcast": "Go Time (Changelog Media)",
        "show": "gotime",
        "episode_number": 171,
        "title": "Go Time #171",
        "title_source": PLACEHOLDER,
        "date": "2021-03",
        "date_source": "approximate: '//go:embed. This is a new thing that came in Go 1.16' (Go 1.16 was released in February 2021); Go Time #170 (one episode earlier) has a panelist 'enjoying February'; weekly numbering",
        "sources": SOURCES("gotime", 171, "gotime/go-time-171.md"),
        "hosts": [
            HOST("Mat Ryer", None, "host ('I'm Mat Ryer')", "excerpt (his employer is not said)", ["Mat"]),
            HOST("Mark Bates", None, "panelist (welcomed back: 'It's Mark Bates. Welcome back!'; a regular Go Time panelist, not introduced as one of the guests)", "excerpt (his employer is not said; he created Buffalo, Packer and Pkger, which the excerpt implies)", ["Mark"]),
        ],
        "guests": [
            GUEST(
                "Wayne Ashley Berry",
                "GoDaddy",
                "principal engineer at GoDaddy; also an artist (drawing, computer graphics)",
                "excerpt, host: 'We're joined by Wayne Ashley Berry. Hello. Wayne is a principal engineer at GoDaddy, and... Wayne, you're an artist, right? Welcome to the show.'",
                ["Wayne"],
            ),
            GUEST(
                "Carl Johnson",
                "Spotlight PA",
                "director of technology for Spotlight PA; software engineer with a Ph.D. in philosophy",
                "excerpt, host: 'We are also joined by Carl Johnson. Carl is a software engineer with a Ph.D. in philosophy, and is the director of technology for Spotlight PA. Is that right, Carl?'; the guest: 'That's right.'",
                ["Carl"],
            ),
        ],
        "mentioned_people": [
            {"name": "Steve Francia", "note": "created the Hugo static site generator"},
        ],
        "companies": [
            CO("GoDaddy", [], "guest Wayne Ashley Berry's employer (said once, by the host)"),
            CO("Spotlight PA", [], "guest Carl Johnson's employer (said once, by the host)"),
            CO("Twitter", [], "said in passing ('maybe you'll share your Twitter handle in the show notes')"),
        ],
        "products": ["Go", "//go:embed", "Go 1.16", "go generate", "Go modules", "VS Code", "EMACS", "Buffalo", "Hugo (static site generator)", "Packer", "Pkger", "Go-bindata", "Static", "Gorice", "HTML", "CSS", "JS", "Go Time (podcast)"],
        "reference_tags": ["Go", "embedding files", "build tooling", "deployment", "web apps"],
        "description": None,
        "voices": {"Mat Ryer": "joe_high", "Mark Bates": "joe", "Wayne Ashley Berry": "joe_low", "Carl Johnson": "heart_low"},
        "intro_style": "host, after banter with a returning panelist, introduces two guests one after the other, each full name then role and organisation in the next sentence ('We're joined by <Name>. Hello. <First name> is a principal engineer at <Org>' and 'We are also joined by <Name>. <First name> is a software engineer with a Ph.D. in philosophy, and is the director of technology for <Org>'); each organisation is said once; two guests from two organisations; a host and a panelist",
    },
    "gt172_gdn": {
        "podcast": "Go Time (Changelog Media)",
        "show": "gotime",
        "episode_number": 172,
        "title": "Go Time #172",
        "title_source": PLACEHOLDER,
        "date": "2021-03",
        "date_source": "approximate: one episode after Go Time #171 (about March 2021); weekly numbering",
        "sources": SOURCES("gotime", 172, "gotime/go-time-172.md"),
        "hosts": [
            JOHNNY,
            HOST("Kris Brandow", None, "co-host ('Joining me today to co-host is Kris Brandow')", "excerpt (his employer is not said)", ["Kris"]),
        ],
        "guests": [
            GUEST(
                "Bill Kennedy",
                "Go Developer Network",
                "manages the Go Developer Network 'along with a cadre of other folks'; writes blog posts, teaches and runs workshops; has a business partner (his company is not named in the excerpt)",
                "excerpt, host: 'I'm very happy to have on the show today Mr. Bill Kennedy, a name that you'll probably recognize if you've been in the Go community ... Bill writes a ton of blog posts, and teaches, runs workshops, manages the Go Developer Network, along with a cadre of other folks... So Bill, welcome to the show.'",
                ["Bill", "Mr. Bill Kennedy"],
                other_affiliations_in_excerpt=["an unnamed company he runs with a business partner ('I had a conversation with my business partner today')"],
            )
        ],
        "mentioned_people": [],
        "companies": [
            CO("Go Developer Network", [], "the community network the guest manages (said once, by the host)"),
            CO("Twitter", [], "said in passing ('a document that I tend to share every once in a while on Twitter')"),
        ],
        "products": ["Go", "Go programming language", "design philosophy", "code review", "Go Time (podcast)"],
        "reference_tags": ["Go", "software design", "design philosophy", "code review", "engineering practices"],
        "description": None,
        "voices": {"Johnny Boursiquot": "joe_low", "Kris Brandow": "joe_high", "Bill Kennedy": "joe"},
        "intro_style": "host, after introducing his co-host, full name with an honorific and his standing in the community, then his activities with the organisation in a list ('<Name> ... writes a ton of blog posts, and teaches, runs workshops, manages the <Org>, along with a cadre of other folks'); no role title and no employer; the guest mentions an unnamed business partner; two hosts",
    },
    "jsp161_istanbul": {
        "podcast": "JS Party (Changelog Media)",
        "show": "jsparty",
        "episode_number": 161,
        "title": "JS Party #161",
        "title_source": PLACEHOLDER,
        "date": "2021-02",
        "date_source": "approximate: the host: 'my first 2021 show'; JS Party #160 (one episode earlier) says 'We are in 2021 now' and mentions the inauguration (January 2021); weekly numbering",
        "sources": SOURCES("jsparty", 161, "jsparty/js-party-161.md"),
        "speaker_names": {"Divya": "Divya Sasidharan"},
        "hosts": [
            HOST("Amal Hussein", None, "host", "transcript (her surname and affiliation are not said in the excerpt)", ["Amal"]),
            HOST("Divya Sasidharan", None, "panelist ('I'm joined by Divya. Hello, Divya.')", "transcript: speaker label and host say only 'Divya' (surname never spoken)", ["Divya"]),
        ],
        "guests": [
            GUEST(
                "Benjamin Coe",
                "Google",
                "developer programs engineer at Google; introduced by the host as founder of Istanbul (the JavaScript test coverage tool; he created its NYC wrapper and maintains Istanbul); early engineer at npm (Npm Incorporated); core maintainer of yargs; collaborator on the Node.js project; contributor to V8; works on conventional commits",
                "excerpt, host: 'And a very special guest, Benjamin Coe, or Ben Coe. Welcome, Ben.'; 'Ben is founder of Istanbul'; the guest: 'I was an early engineer at Npm Incorporated ... Today I am what's called a developer programs engineer at Google'",
                ["Ben", "Ben Coe"],
                other_affiliations_in_excerpt=["Istanbul (the open-source project the host introduces him as founder of)", "npm / Npm Incorporated (former employer)", "yargs (core maintainer)", "Node.js (collaborator)"],
            )
        ],
        "mentioned_people": [
            {"name": "Substack", "note": "author of Optimist and Minimist (a developer's handle)"},
        ],
        "companies": [
            CO("Google", [], "the guest's employer ('developer programs engineer at Google'; 'in my time at Google')"),
            CO("Istanbul", [], "the open-source test coverage project; the host: 'Ben is founder of Istanbul' (said many times)"),
            CO("npm", ["Npm Incorporated", "Npm", "npm, Inc."], "the guest's former employer ('an early engineer at Npm Incorporated')"),
            CO("yargs", [], "the open-source argument parser the guest is core maintainer of"),
            CO("Node.js", ["the Node.js project", "the Node community"], "the open-source project the guest is a collaborator on"),
        ],
        "products": ["Istanbul", "NYC", "yargs", "Optimist", "Minimist", "V8", "conventional commits", "TAP", "Mocha", "blanket", "JavaScript", "test coverage", "instrumentation", "JS Party (podcast)"],
        "reference_tags": ["JavaScript", "testing", "test coverage", "open source", "Node.js"],
        "description": None,
        "voices": {"Amal Hussein": "heart", "Divya Sasidharan": "heart_low", "Benjamin Coe": "joe"},
        "intro_style": "host, after the panelist, full name and a short form ('a very special guest, <Name>, or <Short name>. Welcome'), then the topic and the open-source project he is 'founder of'; asked to introduce himself, the guest names his former employer and his current employer with his role; two hosts",
    },
    "cl410_carbon": {
        "podcast": "The Changelog (Changelog Media)",
        "show": "podcast",
        "episode_number": 410,
        "title": "The Changelog #410",
        "title_source": PLACEHOLDER,
        "date": "2020-09",
        "date_source": "approximate: a 'Maintainer Spotlight' episode; Zeno Rocha's Dracula Pro (2020) is named; The Changelog #380 is early 2020 (held-out set 14) and the show is weekly",
        "sources": SOURCES("podcast", 410, "podcast/the-changelog-410.md"),
        "hosts": [
            HOST("Adam Stacoviak", None, "host", "transcript (named as 'Adam' by the co-host: 'when Adam came to me'; affiliation not said)", ["Adam"]),
            HOST("Jerod Santo", None, "co-host", "transcript (his name and affiliation are not said in the excerpt)", ["Jerod"]),
        ],
        "guests": [
            GUEST(
                "Mike Fix",
                "Carbon",
                "creator and now the only developer/maintainer of Carbon, the open-source tool for images of source code; built it with two partners from college while running Dawn Labs, their design and development studio (since split up)",
                "excerpt, host's opening line, first name only: 'I'm not sure, Mike, where I saw this ad ... We should talk to Mike. This is cool, what he's done ... this is totally a Maintainer Spotlight show ... So you've got Carbon out there'; the guest: 'we put it out when we were working together as Dawn Labs, which was a design and development studio'. His surname is never spoken",
                ["Mike"],
                name_in_excerpt="first name only",
                other_affiliations_in_excerpt=["Dawn Labs (his former design and development studio, with two partners)"],
            )
        ],
        "mentioned_people": [
            {"name": "Zeno Rocha", "note": "creator of the Dracula theme / Dracula Pro, recently on Carbon"},
        ],
        "companies": [
            CO("Carbon", [], "the guest's open-source project (said many times, first by the host)"),
            CO("Dawn Labs", [], "the guest's former design and development studio, where Carbon was first released"),
            CO("NASA", [], "recommends Carbon in its code presentation guidelines"),
            CO("GitHub", [], "Carbon has 'its own hub on GitHub'"),
            CO("Twitter", ["Twitters"], "said in passing ('through Twitters', 'its own Twitter channel')"),
        ],
        "products": ["Carbon", "Dracula Pro", "syntax highlighting", "Maintainer Spotlight (the series)"],
        "reference_tags": ["open source", "maintainers", "developer tools", "code sharing", "design"],
        "description": None,
        "voices": {"Adam Stacoviak": "joe_low", "Jerod Santo": "joe", "Mike Fix": "joe_high"},
        "intro_style": "no introduction: the host's opening line speaks to the guest by first name and names another person with the guest's open-source project ('I'm not sure, <First name>, where I saw this ad, but I saw -- we just had <Other person> on <Project>'), then 'So you've got <Project> out there'; the guest names his former studio himself; the surname is never spoken; two hosts",
    },
    "si66_pivotal": {
        "podcast": "Ship It (Changelog Media)",
        "show": "shipit",
        "episode_number": 66,
        "title": "Ship It #66",
        "title_source": PLACEHOLDER,
        "date": "2022-08",
        "date_source": "approximate: Ship It #64 is about July 2022 (held-out set 14) and the show is weekly; the host: Pivotal 'IPO-ed in 2018, acquired by VMware in 2019'; the host works on Dagger ('our users, when they install the Dagger CLI')",
        "sources": SOURCES("shipit", 66, "shipit/ship-it-66.md"),
        "hosts": [
            HOST("Gerhard Lazu", "Dagger", "host", "excerpt: his name is said by the guest ('Gerhard'); he works on Dagger ('how our Bottle Dagger Brew gets updated ... So our users, when they install the Dagger CLI')", ["Gerhard"]),
        ],
        "guests": [
            GUEST(
                "Rob Mee",
                "Pivotal",
                "founder of Pivotal: there from the beginning to the end; built Pivotal Labs in the early 2000s, acquired in 2012, spun out as Pivotal Software, which went public (2018) and was acquired by VMware (2019)",
                "excerpt, host's opening line, first name only: 'Welcome, Rob.'; the host: 'Pivotal was a 30-year journey ... you were there from the beginning, all the way to the end'; the guest: 'really settling down and building Pivotal Labs ... turning into Pivotal Software, and growing that to eventually go public'. His surname is never spoken",
                ["Rob"],
                name_in_excerpt="first name only",
                other_affiliations_in_excerpt=["Code for America (an organisation he donated to is 'spun out of Code for America'; not his)"],
            )
        ],
        "mentioned_people": [
            {"name": "Andrea", "note": "a colleague of the host with a blocked PR"},
            {"name": "Tongi", "note": "a colleague of the host with a blocked PR"},
        ],
        "companies": [
            CO("Pivotal", ["Pivotal Labs", "Pivotal Software"], "the company the guest built (said many times, first by the host)"),
            CO("VMware", [], "acquired Pivotal in 2019"),
            CO("Dagger", [], "the host's project/company ('our Bottle Dagger Brew', 'the Dagger CLI')"),
            CO("Homebrew", ["Homebrew core", "Homebrew Tap"], "the package manager whose formula for Dagger the host discusses"),
            CO("Code for America", [], "an organisation with 'lots of overlap with Pivotal'"),
        ],
        "products": ["Dagger CLI", "Homebrew core", "Homebrew Tap", "pull requests", "stand-ups", "Ship It (podcast)"],
        "reference_tags": ["engineering culture", "pair programming", "agile", "company growth", "stand-ups"],
        "description": None,
        "voices": {"Gerhard Lazu": "heart_low", "Rob Mee": "joe"},
        "intro_style": "no introduction: the host's opening line gives the time of day and 'Welcome, <First name>'; the pair then act out a stand-up; the host names the company several turns later ('the <Org> stand-ups') and asks about the guest's journey there ('you were there from the beginning, all the way to the end'); the surname is never spoken; the host's own company is said; one host",
    },
    "ft61_npm": {
        "podcast": "Founders Talk (Changelog Media)",
        "show": "founderstalk",
        "episode_number": 61,
        "title": "Founders Talk #61",
        "title_source": PLACEHOLDER,
        "date": "2018",
        "date_source": "approximate: the host's opening refers to npm's 'recent announcement to hire a CEO' (npm hired a new CEO in 2018); Founders Talk #56 is about August 2018 (held-out set 14); the show's numbering is irregular, so only the year is given",
        "sources": SOURCES("founderstalk", 61, "founderstalk/founders-talk-61.md"),
        "hosts": [ADAM],
        "guests": [
            GUEST(
                "Isaac Schlueter",
                "npm",
                "co-founder and former CEO, now Chief Product Officer of npm (started the company at the beginning of 2014); earlier at Joyent, running the Node project",
                "excerpt, host's opening narration: 'I knew it was time to talk one-on-one with Isaac Schlueter, co-founder and former CEO, now Chief Product Officer of npm, about his choice and journey of hiring a successor'; the guest: 'Joyent, the company I was working for at the time, running the Node project'",
                ["Isaac"],
                other_affiliations_in_excerpt=["Joyent (former employer)", "the Node project (ran it at Joyent)"],
            )
        ],
        "mentioned_people": [],
        "companies": [
            CO("npm", ["npm, Inc.", "the npm registry"], "the guest's company (said many times, first by the host)"),
            CO("Joyent", [], "the guest's employer when npm's registry was failing ('Joyent, the company I was working for at the time')"),
            CO("Microsoft", [], "a company that might have hired him ('talked Microsoft or Google into hiring me')"),
            GOOGLE,
            CO("Node.js", ["the Node project", "the Node Project"], "the open-source project the guest ran at Joyent; also an example of a foundation-backed project"),
            CO("True Ventures", [], "put in npm's first seed money"),
        ],
        "products": ["npm registry", "npm CLI", "CouchDB", "Linux Kernel", "JavaScript", "VPS", "venture capital", "Founders Talk (podcast)"],
        "reference_tags": ["founders", "open source", "venture capital", "JavaScript", "package registries"],
        "description": None,
        "voices": {"Adam Stacoviak": "joe_low", "Isaac Schlueter": "joe"},
        "intro_style": "host's opening narration before the first question: the topic, then full name, roles and company ('talk one-on-one with <Name>, co-founder and former CEO, now Chief Product Officer of <Org>'), no spoken welcome; the guest names his former employer himself; one host",
    },
}

SET_NAME = "castflow held-out set 15 (measure only, never tune)"
