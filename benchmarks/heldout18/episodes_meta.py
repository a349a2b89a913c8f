"""Hand-written ground truth for the eighteenth held-out set (everything that is not derived from the text).

Guests, affiliations and companies were read off the excerpt text (raw/<id>.md, the part build.py
keeps). No episode page was available offline when the set was built, so titles are placeholders
(title_source says so), descriptions are absent and dates are approximate (date_source says from what).
Affiliations are the guest's organisation at the time of the episode, as the excerpt gives it. Nothing here
was tuned against castflow's output, and castflow's rules were not read while choosing the episodes.
"""


from truth_records import CO, GUEST, HOST, PLACEHOLDER, SOURCES  # ../heldout, on the path build.py sets

ADAM = HOST("Adam Stacoviak", None, "host", "transcript (his affiliation is not said in the excerpt)", ["Adam"])
JEROD = HOST("Jerod Santo", None, "host", "transcript (his affiliation is not said in the excerpt)", ["Jerod"])
GERHARD = HOST("Gerhard Lazu", None, "host", "transcript (his affiliation is not said in the excerpt)", ["Gerhard"])

EPISODES = {
    "pai207_storytellers": {
        "podcast": "Practical AI (Changelog Media)",
        "show": "practicalai",
        "episode_number": 207,
        "title": "Practical AI #207",
        "title_source": PLACEHOLDER,
        "date": "2023-01",
        "date_source": "approximate: the host: 'It was definitely the first meeting-heavy day of the new year for me'; Practical AI #206 (read for this set) is 'the first one we're recording in the year 2023'; weekly numbering",
        "sources": SOURCES("practicalai", 207, "practicalai/practical-ai-207.md"),
        "hosts": [
            HOST("Daniel Whitenack", "SIL International", "host (data scientist)", "transcript intro ('This is Daniel Whitenack. I'm a data scientist at SIL International')", ["Daniel"]),
            HOST("Chris Benson", "Lockheed Martin", "co-host (tech strategist)", "transcript intro ('my co-host, Chris Benson, who is a tech strategist at Lockheed Martin')", ["Chris"]),
        ],
        "guests": [
            GUEST(
                "Kirsten Lum",
                "Storytellers AI",
                "co-founder and CPO of Storytellers AI (works with small organizations on machine learning); a degree in English, came up through startups and marketing analytics into data science",
                "excerpt, in a turn the transcript labels as the co-host's (most likely the host's, see intro_style): 'And really excited to get to have Kirsten Lum with us. She's co-founder and CPO of Storytellers AI. Welcome, Kirsten.'; the host: 'what I understand from Storytellers'",
                ["Kirsten"],
            )
        ],
        "mentioned_people": [],
        "companies": [
            CO("Storytellers AI", ["Storytellers"], "the guest's company (said in the introduction, then 'Storytellers' by the host; the guest does not name it in the excerpt)"),
            CO("SIL International", ["SIL"], "host Daniel Whitenack's employer (said in the intro)"),
            CO("Lockheed Martin", [], "co-host Chris Benson's employer (said in the intro)"),
            CO("Twitter", [], "said in passing ('great to get to connect with you on Twitter')"),
        ],
        "products": ["machine learning", "data science", "Excel", "Python", "predictive modeling", "analytics", "data infrastructure", "Practical AI (podcast)"],
        "reference_tags": ["machine learning", "data science", "small organizations", "startups", "analytics"],
        "description": None,
        "voices": {"Daniel Whitenack": "joe", "Chris Benson": "joe_low", "Kirsten Lum": "heart"},
        "intro_style": "host's opening: his own name and employer and the co-host's full name and employer; after small talk, two turns in a row are labelled as the co-host's, the second giving full name, role and company in one sentence ('really excited to get to have <Name> with us. She's co-founder and CPO of <Org>. Welcome, <First name>.'; most likely the host's words, label kept as stored); the host then says the company's short name ('what I understand from <Org short>'); the guest does not name her company in the excerpt; two hosts",
    },
    "gt153_github": {
        "podcast": "Go Time (Changelog Media)",
        "show": "gotime",
        "episode_number": 153,
        "title": "Go Time #153",
        "title_source": PLACEHOLDER,
        "date": "2020-10",
        "date_source": "approximate: the host: 'Because this is 2020'; 'there's a new GitHub CLI that's been sort of a release recently' (GitHub CLI 1.0, September 2020); it follows 'our ... Introducing Go to Your Team episode from last week' (Go Time #151, read for this set)",
        "sources": SOURCES("gotime", 153, "gotime/go-time-153.md"),
        "hosts": [
            HOST("Johnny Boursiquot", None, "host", "excerpt (his employer is not said)", ["Johnny"]),
            HOST("Jon Calhoun", None, "panelist ('today's panel... Which actually includes Mr. Jon Calhoun')", "excerpt (his employer is not said)", ["Jon"]),
        ],
        "guests": [
            GUEST(
                "Mislav Marohnić",
                "GitHub",
                "works at GitHub (there for seven years; moved after six years to the team building the new GitHub CLI); maintainer of hub, the open source Git wrapper",
                "excerpt, host: 'a special guest - is Mr. Mislav... And I know I'm gonna mispronounce your name... Marohnić'; 'a new GitHub CLI ... that Mislav also had the opportunity to work on at GitHub'; the guest: 'I worked for GitHub for seven years now'",
                ["Mislav"],
            )
        ],
        "mentioned_people": [
            {"name": "Chris Wanstrath", "note": "wrote the first hub script; 'then CEO and co-founder at GitHub' (known as @defunkt)"},
        ],
        "companies": [
            CO("GitHub", [], "the guest's employer (said by the host in his introduction and by the guest, many times after)"),
        ],
        "products": ["hub", "GitHub CLI", "Git", "Go", "git clone", "Go Time (podcast)"],
        "reference_tags": ["Go", "command line tools", "Git", "open source maintenance", "developer tools"],
        "description": None,
        "voices": {"Johnny Boursiquot": "joe_low", "Jon Calhoun": "joe", "Mislav Marohnić": "joe_high"},
        "intro_style": "host's opening welcomes the panelist, then the guest by full name with an apology for mispronouncing it ('a special guest - is Mr. <First name>... And I know I'm gonna mispronounce your name... <Surname>'), then by the project he maintains, no company; the company comes in the host's next turn ('the new GitHub CLI ... that <First name> also had the opportunity to work on at <Org>') and in the guest's first answer ('I worked for <Org> for seven years now'); the company is also the name of the product; the guest's surname has a diacritic; two hosts (a host and a panelist)",
    },
    "jsp84_facebook": {
        "podcast": "JS Party (Changelog Media)",
        "show": "jsparty",
        "episode_number": 84,
        "title": "JS Party #84",
        "title_source": PLACEHOLDER,
        "date": "2019-04",
        "date_source": "approximate: recorded 'live from React Amsterdam' on the day of the guest's talk (React Amsterdam is held in April); the year is inferred: JS Party #82 (read for this set), a conference panel two episodes earlier, speaks of Node 12 as just out (April 2019)",
        "sources": SOURCES("jsparty", 84, "jsparty/js-party-84.md"),
        "hosts": [
            HOST("Kevin Ball", None, "host ('This is Kball here')", "transcript (he is called 'Kball'; his full name and affiliation are not said in the excerpt)", ["Kball"]),
        ],
        "guests": [
            GUEST(
                "Florian Rival",
                "Facebook",
                "software engineer at Facebook; created GDevelop, an open source game engine, and ported its editor to React and WebAssembly; speaking at React Amsterdam",
                "excerpt, host: 'I am here with Florian Rival, who is a software engineer at Facebook and has developed an open source gaming engine using React and Web Assembly.'",
                ["Florian"],
                other_affiliations_in_excerpt=["GDevelop (his open source game engine)"],
            )
        ],
        "mentioned_people": [],
        "companies": [
            CO("Facebook", [], "the guest's employer (said once, by the host, in his first sentence)"),
            CO("Mozilla", [], "Emscripten 'is a Mozilla project, or at the beginning it was supported by the guys at Mozilla'"),
        ],
        "products": ["GDevelop", "React", "Web Assembly", "Emscripten", "AssemblyScript", "asm.js", "wxWidgets", "Qt", "C++", "JavaScript", "TypeScript", "Rust", "HTML5", "WebGL", "Chrome", "Electron", "Windows", "macOS", "Linux", "React Amsterdam (conference)", "JS Party (podcast)"],
        "reference_tags": ["WebAssembly", "React", "game engines", "C++", "desktop applications"],
        "description": None,
        "voices": {"Kevin Ball": "joe_low", "Florian Rival": "joe_high"},
        "intro_style": "a conference recording: the host's first sentence gives full name, role and company in one sentence ('I am here with <Name>, who is a software engineer at <Org> and has developed an open source gaming engine'); the company is said only this once in the excerpt; the guest talks about his own open source project (GDevelop) and a project of another company (Mozilla's Emscripten); one host",
    },
    "cl350_odk": {
        "podcast": "The Changelog (Changelog Media)",
        "show": "podcast",
        "episode_number": 350,
        "title": "The Changelog #350",
        "title_source": PLACEHOLDER,
        "date": "2019",
        "date_source": "approximate: the host: 'if somebody came up to you today in 2019'; the project 'was in 2008, and now it's 2019' (said after the excerpt)",
        "sources": SOURCES("podcast", 350, "podcast/the-changelog-350.md"),
        "hosts": [
            HOST("Jerod Santo", None, "host ('I'm Jerod Santo, managing editor here at Changelog')", "excerpt (Changelog is the show's own network, not scored)", ["Jerod"]),
            HOST("Adam Stacoviak", None, "co-host", "transcript (his name and affiliation are not said in the excerpt)", ["Adam"]),
        ],
        "guests": [
            GUEST(
                "Yaw Anokwa",
                "Open Data Kit",
                "computer scientist; leads Open Data Kit (ODK), the open source data collection tools he co-built as a University of Washington Ph.D. student (today 'marketing, to fundraising, to community management, thinking about governance'); from Ghana; Butler University (bachelor's) and University of Washington (master's, Ph.D.)",
                "excerpt, host's recorded intro: 'Today computer scientist Yaw Anokwa joins the show to tell us how Open Data Kit is enabling data connection efforts around the world ... ODK has done it all.' His name is said only there; the guest does not name the project in the excerpt",
                ["Yaw"],
                other_affiliations_in_excerpt=["Butler University (former: bachelor's degrees)", "University of Washington ('UDUB'; former: master's, Ph.D. program)"],
            )
        ],
        "mentioned_people": [
            {"name": "Adam Barr", "note": "an earlier guest of the show, 'a 23-year Microsoft vet', author of 'Why smart engineers write bad code'"},
        ],
        "companies": [
            CO("Open Data Kit", ["ODK"], "the guest's project and organisation (said only in the host's recorded intro)"),
            CO("Butler University", ["Butler"], "where the guest got his bachelor's degrees"),
            CO("University of Washington", ["UDUB"], "where the guest did his master's and Ph.D.; his wife taught there"),
            CO("Microsoft", [], "Adam Barr's former employer ('a 23-year Microsoft vet')"),
        ],
        "products": ["Open Data Kit", "VAX terminals", "Why smart engineers write bad code (book)", "bootcamps", "The Changelog (podcast)"],
        "reference_tags": ["data collection", "open source", "computer science education", "global development", "academia"],
        "description": None,
        "voices": {"Jerod Santo": "joe", "Adam Stacoviak": "joe_low", "Yaw Anokwa": "joe_high"},
        "intro_style": "a recorded intro by the host in the third person: 'Today computer scientist <Name> joins the show to tell us how <Org> is enabling ...', then the acronym ('<ORG> has done it all'); the conversation then opens with the co-host's question to the guest, with no name; the guest's name and organisation are not said again in the excerpt; two former universities of the guest named by him; two hosts",
    },
    "cl351_edx": {
        "podcast": "The Changelog (Changelog Media)",
        "show": "podcast",
        "episode_number": 351,
        "title": "The Changelog #351",
        "title_source": PLACEHOLDER,
        "date": "2019-06",
        "date_source": "approximate: 'Python 2's end of life is in about six months' (1 January 2020); Open edX 'open-sourced on June 1st, 2013 ... We've been open source for six years' (said after the excerpt); one episode after The Changelog #350 (2019, read for this set)",
        "sources": SOURCES("podcast", 351, "podcast/the-changelog-351.md"),
        "hosts": [JEROD],
        "guests": [
            GUEST(
                "Ned Batchelder",
                "edX",
                "works at edX on the community team (the Open edX team) ('edX is my day job'); maintainer of coverage.py in his spare time",
                "excerpt, host: 'Ned, ... you have two contexts ... coverage.py ... and then the second one is Open edX, which is the software that powers edx.org'; the guest: 'edX is my day job, so I work on the community team, the Open edX team at edX'. His surname is never spoken",
                ["Ned"],
                name_in_excerpt="first name only",
                other_affiliations_in_excerpt=["coverage.py (his open source project)"],
            )
        ],
        "mentioned_people": [
            {"name": "George Mandis", "note": "author of Konami-JS, a recent JS Party guest the host tells about"},
        ],
        "companies": [
            CO("edX", ["edx.org", "edX.org"], "the guest's employer (said by the guest in his first answer; the host said 'edx.org' and 'Open edX', the software)"),
            CO("Harvard", [], "puts courses on edX"),
            CO("MIT", [], "puts courses on edX"),
            CO("Microsoft", [], "puts courses on edX"),
            CO("Linux Foundation", [], "puts courses on edX"),
            CO("Ministry of Education (Indonesia)", ["Ministry of Education"], "runs an Open edX site with 160 vocational courses ('in Indonesia, the Ministry of Education has a site')"),
        ],
        "products": ["coverage.py", "Open edX", "Python", "Django", "JavaScript", "React", "micro-frontends", "Mongo", "MySQL", "Ubuntu", "Ansible", "Konami-JS", "archive.org", "JS Party (podcast)", "The Changelog (podcast)"],
        "reference_tags": ["open source", "online education", "community", "contributions", "Python"],
        "description": None,
        "voices": {"Jerod Santo": "joe", "Ned Batchelder": "joe_low"},
        "intro_style": "no introduction: the host's first sentence speaks to the guest by first name and names his two projects, the second being the organisation's software ('<First name>, ... coverage.py ... and then the second one is Open <Org>, which is the software that powers <org>.org'); the guest says the company in his first answer ('<Org> is my day job ... the Open <Org> team at <Org>'); a company name with an unusual capitalisation; his surname is never spoken; several organisations that put courses on the platform (Harvard, MIT, Microsoft, the Linux Foundation) and a government ministry; one host",
    },
    "si23_dagger": {
        "podcast": "Ship It (Changelog Media)",
        "show": "shipit",
        "episode_number": 23,
        "title": "Ship It #23",
        "title_source": PLACEHOLDER,
        "date": "2021-10",
        "date_source": "approximate: Ship It #22 (read for this set) was made for the 10th anniversary of Steve Jobs' death (5 October 2021); Dagger had just opened to invited users ('I signed up, and some weeks later I got the invite'); weekly numbering",
        "sources": SOURCES("shipit", 23, "shipit/ship-it-23.md"),
        "hosts": [GERHARD],
        "guests": [
            GUEST(
                "Solomon Hykes",
                "Dagger",
                "co-founder of Dagger (started at the end of 2018 to work together with his former Docker colleagues); founder of Docker; was a partner at Y Combinator",
                "excerpt, host: 'I really wanted to share the conversation with the people behind it [Dagger] ... thanking you for making time, Sam and Solomon'; the other guest: 'We spent a few years at Docker, all of us, and Solomon was the founder ... starting the Dagger project - it was about starting a company'. His surname is never spoken",
                ["Solomon"],
                name_in_excerpt="first name only",
                other_affiliations_in_excerpt=["Docker (former: its founder)", "Y Combinator (former: 'Solomon was actually a partner')"],
            ),
            GUEST(
                "Sam Alba",
                "Dagger",
                "co-founder of Dagger; worked at Docker for many years",
                "excerpt, host: 'thanking you for making time, Sam and Solomon'; 'how did the Dagger idea start, Sam?'; the guest: 'We spent a few years at Docker, all of us ... before starting the Dagger project - it was about starting a company to work together'. His surname is never spoken",
                ["Sam"],
                name_in_excerpt="first name only",
                other_affiliations_in_excerpt=["Docker (former)", "Y Combinator (the company went through its winter 2019 batch)"],
            ),
        ],
        "mentioned_people": [
            {"name": "Andrea", "note": "a third person behind Dagger who could not join ('unfortunately he's not feeling well'); only the first name is spoken"},
        ],
        "companies": [
            CO("Dagger", [], "both guests' company and its product (said by the host in his first sentence and by both guests)"),
            CO("Docker", [], "the guests' former company ('Solomon was the founder')"),
            CO("Y Combinator", ["YC"], "the accelerator the company went through ('went to YC, participated to the batch winter '19')"),
        ],
        "products": ["Dagger", "CI/CD", "containers", "VMs", "bare metal servers", "Linux", "PaaS", "IaaS", "serverless", "Ship It (podcast)"],
        "reference_tags": ["CI/CD", "application delivery", "containers", "infrastructure", "developer platforms"],
        "description": None,
        "voices": {"Gerhard Lazu": "heart_low", "Solomon Hykes": "joe_high", "Sam Alba": "joe"},
        "intro_style": "the host's opening names the product and calls the guests 'the people behind it', then thanks both guests by first names only ('thanking you for making time, <First name> and <First name>'), and names an absent third by first name; the company (the same name as its product) is tied to the guests by the guest's first answer ('before starting the <Org> project - it was about starting a company'), which also gives their former company (Docker, 'Solomon was the founder') and the accelerator (YC); neither surname is ever spoken; one host, two guests from one organisation, both speaking",
    },
    "ft81_sourcegraph": {
        "podcast": "Founders Talk (Changelog Media)",
        "show": "founderstalk",
        "episode_number": 81,
        "title": "Founders Talk #81",
        "title_source": PLACEHOLDER,
        "date": "2021-06",
        "date_source": "approximate: 'a series D funding that just took place, led by Andreessen Horowitz (a16z). 2.625 billion dollars valuation' (June 2021); 'We started in 2013' ... 'Eight years ago at this point'",
        "sources": SOURCES("founderstalk", 81, "founderstalk/founders-talk-81.md"),
        "hosts": [ADAM],
        "guests": [
            GUEST(
                "Quinn Slack",
                "Sourcegraph",
                "co-founder of Sourcegraph (code search; started in 2013; just raised a series D)",
                "excerpt, host's first line by first name only: 'Quinn, let's begin at the beginning, man; I'm a fan of your company'; the guest, late in the excerpt: 'That's why we started Sourcegraph.' His surname is never spoken",
                ["Quinn"],
                name_in_excerpt="first name only",
            )
        ],
        "mentioned_people": [
            {"name": "Beyang", "note": "the guest's co-founder, whom the host met at GopherCon (only the first name is spoken)"},
        ],
        "companies": [
            CO("Sourcegraph", [], "the guest's company (the host says only 'your company'; the name is said once, by the guest, about 720 words in)"),
            CO("Andreessen Horowitz", ["a16z"], "led the company's series D"),
            CO("GitHub", [], "its history and GitHub Actions, said several times"),
            CO("Google", [], "said in passing (a child uses Google to find music and facts)"),
        ],
        "products": ["code search", "GitHub Action", "Cmd+F", "Cmd+Shift+F", "continuous integration", "FTP", "CGI bin", "GopherCon (conference)", "Founders Talk (podcast)"],
        "reference_tags": ["code search", "developer tools", "startups", "venture funding", "founders"],
        "description": None,
        "voices": {"Adam Stacoviak": "joe_low", "Quinn Slack": "joe"},
        "intro_style": "no introduction: the host's first line speaks to the guest by first name ('<First name>, let's begin at the beginning, man; I'm a fan of your company'), then names the co-founder by first name and the investor that led the funding round (Andreessen Horowitz, 'a16z'), not the company; the company is said once, by the guest, late in the excerpt ('That's why we started <Org>'); his surname is never spoken; one host",
    },
    "ft82_influxdata": {
        "podcast": "Founders Talk (Changelog Media)",
        "show": "founderstalk",
        "episode_number": 82,
        "title": "Founders Talk #82",
        "title_source": PLACEHOLDER,
        "date": "2021",
        "date_source": "approximate: the guest joined InfluxData as CEO and 'It turns out five years later' (the company's CEO since about 2016); one episode after Founders Talk #81 (June 2021, read for this set); the show's numbering is irregular, so only the year is given",
        "sources": SOURCES("founderstalk", 82, "founderstalk/founders-talk-82.md"),
        "hosts": [ADAM],
        "guests": [
            GUEST(
                "Evan Kaplan",
                "InfluxData",
                "CEO of InfluxData (joined about five years earlier, while an executive in residence at Trinity Ventures); earlier co-founded and ran Aventail (SSL VPNs, sold to SonicWall) and ran iPass, a public company",
                "excerpt, host's first line by first name only: 'Evan, welcome to Founders Talk ... I'm such a fan of Influx data'; 'I know a little bit about your story with InfluxData'; the guest: 'they asked if I would join as CEO'. His surname is never spoken",
                ["Evan"],
                name_in_excerpt="first name only",
                other_affiliations_in_excerpt=["Trinity Ventures (former: executive in residence)", "Aventail (former: co-founded and ran it)", "iPass (former: CEO of the public company)", "Outward Bound (former: worked for it as a young man)"],
            )
        ],
        "mentioned_people": [
            {"name": "Paul", "note": "InfluxData's founder, the guest's partner (Paul Dix; only the first name is spoken)"},
            {"name": "Todd", "note": "Paul's co-founder at the time (only the first name is spoken)"},
        ],
        "companies": [
            CO("InfluxData", ["Influx", "Influx data"], "the guest's company (said by the host in his first line and by the guest as 'Influx')"),
            CO("Trinity Ventures", ["Trinity"], "the venture firm where the guest was an executive in residence and met Paul"),
            CO("Outward Bound", [], "an organisation the guest worked for before tech"),
            CO("Boeing", [], "worked with on flight computers"),
            CO("Airbus", [], "worked with on flight computers"),
            CO("Spyglass", [], "the guest licensed 'the original Spyglass browsers'"),
            CO("Aventail", [], "the SSL VPN company the guest co-founded and sold"),
            CO("SonicWall", [], "bought Aventail; the host sold its firewalls"),
            CO("Dell", ["DELL"], "SonicWall's owner ('a part of DELL')"),
            CO("iPass", [], "the public global WiFi company the guest ran"),
        ],
        "products": ["TCP/IP", "Spyglass browsers", "SSL VPNs", "SonicWall firewalls", "WiFi", "Founders Talk (podcast)"],
        "reference_tags": ["founders", "CEO", "time series", "open source business", "leadership"],
        "description": None,
        "voices": {"Adam Stacoviak": "joe_low", "Evan Kaplan": "joe"},
        "intro_style": "no introduction: the host's first line welcomes the guest by first name and names the company as a fan ('<First name>, welcome to Founders Talk ... I'm such a fan of <Org short> data'), then its full name ('your story with <Org>') and the venture firm where the guest met its founder; the guest's role comes in his own long answer ('they asked if I would join as CEO'), which names many former employers and partners (Aventail, SonicWall, Dell, iPass, Boeing, Airbus); his surname is never spoken; one host",
    },
}

SET_NAME = "castflow held-out set 18 (measure only, never tune)"
