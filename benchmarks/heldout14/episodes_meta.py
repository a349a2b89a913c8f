"""Hand-written ground truth for the fourteenth held-out set (everything that is not derived from the text).

Guests, affiliations and companies were read off the excerpt text (raw/<id>.md, the part build.py
keeps). No episode page was available offline when the set was built, so titles are placeholders
(title_source says so), descriptions are absent and dates are approximate (date_source says from what).
Affiliations are the guest's organisation at the time of the episode, as the excerpt gives it. Nothing here
was tuned against castflow's output, and castflow's rules were not read while choosing the episodes.
"""


from truth_records import CO, GUEST, HOST, PLACEHOLDER, SOURCES  # ../heldout, on the path build.py sets

WHITENACK = HOST("Daniel Whitenack", "SIL International", "host (data scientist)", "transcript intro ('I am a data scientist with SIL International')", ["Daniel"])
BENSON = HOST("Chris Benson", "Lockheed Martin", "co-host (principal AI strategist)", "transcript intro ('my co-host, Chris Benson, who is a principal AI strategist at Lockheed Martin')", ["Chris"])
SIL = CO("SIL International", [], "host Daniel Whitenack's employer (said in the intro)")
LOCKHEED = CO("Lockheed Martin", [], "co-host Chris Benson's employer (said in the intro)")
JEROD = HOST("Jerod Santo", None, "host", "transcript (his name and affiliation are not said in the excerpt)", ["Jerod"])
JOHNNY = HOST("Johnny Boursiquot", None, "panelist", "excerpt (his employer is not said)", ["Johnny"])
GITHUB = CO("GitHub", [], "said in passing (see the episode's note)")

EPISODES = {
    "pai101_anaconda": {
        "podcast": "Practical AI (Changelog Media)",
        "show": "practicalai",
        "episode_number": 101,
        "title": "Practical AI #101",
        "title_source": PLACEHOLDER,
        "date": "2020-08",
        "date_source": "approximate: the guest speaks of 'the last decade, the 2010s'; Practical AI #100 (one episode earlier) says the first episode came out on 'July 2nd' 2018 and 'it's been a little over a couple years'; weekly numbering",
        "sources": SOURCES("practicalai", 101, "practicalai/practical-ai-101.md"),
        "hosts": [WHITENACK, BENSON],
        "guests": [
            GUEST(
                "Peter Wang",
                "Anaconda",
                "CEO and co-founder of Anaconda (founded it in 2012 as Continuum Analytics); started the PyData community movement; physics background; earlier at a Python-based scientific software consultancy in Austin, Texas",
                "excerpt, host: 'today we have Peter Wang, who is the CEO at Anaconda, joining us today. Welcome, Peter.'; the guest: 'So in 2012, when I founded Anaconda - of course, at the time it was called Continuum Analytics - I also stated the PyData community movement'",
                ["Peter"],
                other_affiliations_in_excerpt=["PyData (the community movement he started)", "an unnamed Python-based scientific software consultancy in Austin, Texas (former employer; its name is not said)"],
            )
        ],
        "mentioned_people": [],
        "companies": [
            CO("Anaconda", ["Continuum Analytics", "Anaconda, Inc."], "the guest's company (said many times, first by the host; its former name Continuum Analytics is said once); also the name of its distribution"),
            SIL,
            LOCKHEED,
            CO("PyData", ["the PyData community movement"], "the community movement the guest started in 2012"),
        ],
        "products": ["Anaconda Distribution", "Conda", "Python", "NumPy", "Numeric / NumArray", "SciPy", "Pandas", "stats models", "Matplotlib", "MATLAB", "R", "SAS (transcribed 'Sass')", "Hadoop", "SQL", "Slack", "cloud computing", "big data", "Practical AI (podcast)"],
        "reference_tags": ["Python", "data science", "open source", "package management", "scientific computing"],
        "description": None,
        "voices": {"Daniel Whitenack": "joe", "Chris Benson": "joe_low", "Peter Wang": "joe_high"},
        "intro_style": "host, after several turns of small talk, names the organisation's product first ('we've mentioned so many times on the podcast <Org>, or Conda'), then full name, role and company in one sentence ('today we have <Name>, who is the CEO at <Org>, joining us today'); the hosts state their own employers; the guest names the company's former name; two hosts",
    },
    "gt140_google": {
        "podcast": "Go Time (Changelog Media)",
        "show": "gotime",
        "episode_number": 140,
        "title": "Go Time #140",
        "title_source": PLACEHOLDER,
        "date": "2020-07",
        "date_source": "approximate: the guests discuss the updated generics design draft (contracts dropped for interface types) and the Featherweight Go paper, both from mid-2020; the host: 'about last October ... the GopherCon presentation'; weekly numbering",
        "sources": SOURCES("gotime", 140, "gotime/go-time-140.md"),
        "hosts": [
            HOST("Carmen Andoh", None, "host this week ('I'll be running point today, I'm Carmen Andoh')", "excerpt (her employer is not said)", ["Carmen"]),
            JOHNNY,
            HOST("Jon Calhoun", None, "panelist", "excerpt (his employer is not said)", ["Jon"]),
        ],
        "guests": [
            GUEST(
                "Robert Griesemer",
                "Google",
                "on Google's Go team; co-author (with Ian Lance Taylor) of the updated generics design draft; worked with Philip Wadler on the Featherweight Go paper",
                "excerpt, host's opening line: 'Here with us are Robert Griesemer and Ian Lance Taylor of Google's Go team. Good afternoon!'; the other guest: 'So Robert and I released the updated design draft'",
                ["Robert"],
            ),
            GUEST(
                "Ian Lance Taylor",
                "Google",
                "on Google's Go team; co-author of the generics design draft; gave a GopherCon presentation on generics the previous October; named on the Featherweight Go paper",
                "excerpt, host's opening line: 'Here with us are Robert Griesemer and Ian Lance Taylor of Google's Go team'; the host: 'We have Ian on here. I think it was about last October, discussing what was then the GopherCon presentation'",
                ["Ian", "Ian Taylor"],
            ),
        ],
        "mentioned_people": [
            {"name": "Philip Wadler", "note": "type theory expert the guests worked with on the Featherweight Go paper (also 'Phillip')"},
        ],
        "companies": [
            CO("Google", ["Google's Go team", "the Go team"], "both guests' employer (said once, in the host's opening line: 'of Google's Go team')"),
            CO("GopherCon", [], "the Go conference where one guest presented ('the GopherCon presentation')"),
        ],
        "products": ["Go (language)", "generics", "design draft", "contracts", "interface types", "type lists", "translation tool", "type checker", "Featherweight Go (paper)", "Go Time (podcast)"],
        "reference_tags": ["Go", "generics", "type theory", "language design", "programming languages"],
        "description": None,
        "voices": {"Carmen Andoh": "heart", "Johnny Boursiquot": "joe_low", "Jon Calhoun": "joe", "Robert Griesemer": "joe_high", "Ian Lance Taylor": "heart_low"},
        "intro_style": "host's opening sentence gives the topic, then both guests' full names and the organisation with a team in one phrase ('Here with us are <Name 1> and <Name 2> of <Org>'s <Team>'); the organisation is never said again in the excerpt; two guests from one company; three hosts",
    },
    "gt141_encodingjson": {
        "podcast": "Go Time (Changelog Media)",
        "show": "gotime",
        "episode_number": 141,
        "title": "Go Time #141",
        "title_source": PLACEHOLDER,
        "date": "2020-08",
        "date_source": "approximate: one episode after Go Time #140 (mid-2020); the guest: 'We almost got to 20 degrees in the U.K ... But summer was over a few weeks ago'; weekly numbering",
        "sources": SOURCES("gotime", 141, "gotime/go-time-141.md"),
        "hosts": [
            HOST("Mat Ryer", None, "host ('I'm Mat Ryer')", "excerpt (his employer is not said)", ["Mat"]),
            JOHNNY,
        ],
        "guests": [
            GUEST(
                "Daniel Martí",
                "Go",
                "contributor to the Go open-source project ('a very prolific contributor to Go'); co-maintainer of the encoding/json package in Go's standard library (said just after the excerpt, about 9 minutes in); his employer is not said",
                "excerpt, host: 'we do have a great guest today... A very prolific contributor to Go. You've probably seen his name around - Daniel Marti. Hello, Daniel.'; the guest lives in the U.K. ('We almost got to 20 degrees in the U.K')",
                ["Daniel", "Daniel Marti"],
            )
        ],
        "mentioned_people": [],
        "companies": [
            CO("Go", ["the Go project", "Go team"], "the open-source project the guest contributes to ('A very prolific contributor to Go'); also the language discussed"),
        ],
        "products": ["JSON", "JavaScript Object Notation", "XML", "XSLT", "HTTP", "HTML", "CSS", "JavaScript", "time.Time", "float64", "map[string]interface{}", "big numbers (math/big)", "Go Time (podcast)"],
        "reference_tags": ["Go", "JSON", "serialization", "standard library", "open source"],
        "description": None,
        "voices": {"Mat Ryer": "joe_high", "Johnny Boursiquot": "joe_low", "Daniel Martí": "joe"},
        "intro_style": "host, the contribution before the name: 'A very prolific contributor to <Project>. You've probably seen his name around - <Name>'; the organisation is an open-source project that shares its name with the language discussed; no employer is said; the guest's package role is said only after the excerpt; two hosts",
    },
    "jsp140_tc39": {
        "podcast": "JS Party (Changelog Media)",
        "show": "jsparty",
        "episode_number": 140,
        "title": "JS Party #140",
        "title_source": PLACEHOLDER,
        "date": "2020-08",
        "date_source": "approximate: JS Party #142 (two episodes later) has TypeScript 4.0 'being released' (August 2020); the guest: 'Ever since 2015, ES6' and an editor of the specification 'for about 2,5 years'; weekly numbering",
        "sources": SOURCES("jsparty", 140, "jsparty/js-party-140.md"),
        "hosts": [
            HOST("Kevin Ball", None, "host ('I'm Kball, I will be your MC today')", "excerpt (his employer is not said)", ["Kball", "KBall"]),
            HOST("Emma Bostian", None, "panelist", "excerpt (her employer is not said; she has just moved)", ["Emma"]),
            HOST("Amal Hussein", None, "panelist ('first time I'm on an episode with you when you're actually on the team')", "excerpt (her employer is not said)", ["Amal"]),
        ],
        "guests": [
            GUEST(
                "Jordan Harband",
                "TC39",
                "TC39 delegate (representing his employer, which is not named) and one of the four editors of the JavaScript specification (for about 2.5 years); champions proposals; maintainer of es5-shim and es6-shim (said just after the excerpt)",
                "excerpt, host: 'Jordan Harband is joining us to talk about TC39 and what's coming down the pipe'; the guest: 'I kind of have a couple roles on TC39 - the primary one is actually just as a delegate, meaning I represent my employer ... But the other role that I have is I'm one of the editors of the specification'",
                ["Jordan"],
            )
        ],
        "mentioned_people": [],
        "companies": [
            CO("TC39", ["Technical Committee 39", "the Technical Committee", "the committee", "the TC39 panel"], "the committee that writes the JavaScript specification; the guest is a delegate and one of its editors (said many times)"),
            CO("IKEA", [], "said by a panelist about her move ('I'm living in a house full of cardboard, of IKEA')"),
            CO("GitHub", [], "said in 'the proposals repo on GitHub'"),
        ],
        "products": ["JavaScript", "ECMAScript specification", "ES6", "Babel", "stage 0-4 proposals", "JS Party (podcast)"],
        "reference_tags": ["JavaScript", "TC39", "language design", "standards", "specifications"],
        "description": None,
        "voices": {"Kevin Ball": "joe_low", "Emma Bostian": "heart_low", "Amal Hussein": "heart", "Jordan Harband": "joe"},
        "intro_style": "host, after introducing two panelists, full name and the topic ('<Name> is joining us to talk about <Committee> and what's coming down the pipe'), then asks the guest to introduce himself; the guest gives his roles on the committee and says he represents 'my employer' without naming it; the committee is named in full only as 'the Technical Committee that writes the specification for JavaScript'; three hosts",
    },
    "cl380_quantumblack": {
        "podcast": "The Changelog (Changelog Media)",
        "show": "podcast",
        "episode_number": 380,
        "title": "The Changelog #380",
        "title_source": PLACEHOLDER,
        "date": "2020",
        "date_source": "approximate: the guest: 'We've just recently open-sourced another tool called CausalNex' (open-sourced in early 2020); QuantumBlack 'was acquired by McKinsey a few years ago' (2015)",
        "sources": SOURCES("podcast", 380, "podcast/the-changelog-380.md"),
        "hosts": [JEROD],
        "guests": [
            GUEST(
                "Yetunde Dada",
                "QuantumBlack",
                "product manager at QuantumBlack (an advanced analytics company acquired by McKinsey), working on the open-source Kedro project",
                "excerpt, host's opening line, first name only: 'Yetunde, we're here to talk about Kedro'; after thanking a listener: 'We have Yetunde here, who is the product manager at QuantumBlack, and is on this Kedro project. Tell us about QuantumBlack'; the guest: 'QuantumBlack is an advanced analytics company that was acquired by McKinsey a few years ago'. Her surname is never spoken",
                ["Yetunde"],
                name_in_excerpt="first name only",
                other_affiliations_in_excerpt=["McKinsey (QuantumBlack's parent company)", "Kedro (the open-source project she works on)"],
            )
        ],
        "mentioned_people": [
            {"name": "Waylan Walker", "note": "the listener who requested the episode"},
        ],
        "companies": [
            CO("QuantumBlack", [], "the guest's company (said many times, first by the host)"),
            CO("McKinsey", ["McKinsey & Company"], "QuantumBlack's parent company ('acquired by McKinsey a few years ago'; 'coming out of McKinsey and QuantumBlack')"),
        ],
        "products": ["Kedro", "CausalNex", "Cookie Cutter", "Python", "data pipelines", "Hello World example", "Changelog.com/request (the show's request page)"],
        "reference_tags": ["data science", "machine learning", "data pipelines", "Python", "open source"],
        "description": None,
        "voices": {"Jerod Santo": "joe", "Yetunde Dada": "heart"},
        "intro_style": "no formal welcome: the host's opening line names the guest by first name and the open-source project ('<First name>, we're here to talk about <Project>'); a few sentences later, first name, role and company ('We have <First name> here, who is the product manager at <Org>, and is on this <Project> project'); the surname is never spoken; the guest names the parent company; one host",
    },
    "cl381_livewire": {
        "podcast": "The Changelog (Changelog Media)",
        "show": "podcast",
        "episode_number": 381,
        "title": "The Changelog #381",
        "title_source": PLACEHOLDER,
        "date": "2020",
        "date_source": "approximate: a 'Maintainer Spotlight' episode; the guest quit his job 'about a year ago' and Livewire 'has been my main project for over a year now'; Phoenix LiveView 'is still very new'; one episode after The Changelog #380 (early 2020)",
        "sources": SOURCES("podcast", 381, "podcast/the-changelog-381.md"),
        "hosts": [JEROD],
        "guests": [
            GUEST(
                "Caleb Porzio",
                "Livewire",
                "creator and maintainer of Livewire (his main open-source project, a front-end framework for Laravel) and of Alpine (a small JavaScript framework); also the side project Gitdown; independent: quit his job at an unnamed web agency about a year earlier",
                "excerpt, host's opening line, first name only: 'Caleb, thanks for coming on Maintainer Spotlight. Thanks for being an open source maintainer'; the guest: 'I quit my job about a year ago. I worked full-time at a web agency ... I got hooked on this project that's now Livewire ... So that's my main project'; the host: 'this is your biggest open source project'. His surname is never spoken",
                ["Caleb"],
                name_in_excerpt="first name only",
                other_affiliations_in_excerpt=["Alpine (his second open-source project)", "an unnamed web agency, 'a Laravel and Vue and React shop' (former employer)"],
            )
        ],
        "mentioned_people": [],
        "companies": [
            CO("Livewire", [], "the guest's main open-source project (said many times, first by the guest)"),
            CO("Alpine", ["Alpine.js"], "the guest's second open-source project ('Alpine, a little JavaScript framework package thing')"),
            CO("GitHub", [], "whose markdown API the guest's side project Gitdown wraps (said many times)"),
            CO("ElixirConf", [], "the conference where Phoenix LiveView was demoed ('at ElixirConf, or whatever')"),
        ],
        "products": ["Livewire", "Alpine", "Gitdown", "GitHub markdown API", "GitHub Primer", "GitHub-flavored markdown", "Laravel", "Vue", "React", "Rails", "Django", "Express", "Phoenix", "Phoenix LiveView", "Elixir", "WebSockets", "PHP", "Maintainer Spotlight (the series)"],
        "reference_tags": ["open source", "maintainers", "Laravel", "web frameworks", "PHP"],
        "description": None,
        "voices": {"Jerod Santo": "joe", "Caleb Porzio": "joe_high"},
        "intro_style": "no introduction: the host's opening line thanks the guest by first name for being an open-source maintainer ('<First name>, thanks for coming on <Series>') and asks what he maintains; the guest names his projects himself and says he quit his job at an unnamed agency; no employer; the surname is never spoken; one host",
    },
    "si64_concourse": {
        "podcast": "Ship It (Changelog Media)",
        "show": "shipit",
        "episode_number": 64,
        "title": "Ship It #64",
        "title_source": PLACEHOLDER,
        "date": "2022-07",
        "date_source": "approximate: the host has been looking forward to the episode for 'seven months'; Ship It #63 (one episode earlier) opens 'Last month I posted the best bits from KubeCon EU 2022' (May 2022); the guest: 'when COVID hit and everyone started working from home' (after the excerpt); weekly numbering",
        "sources": SOURCES("shipit", 64, "shipit/ship-it-64.md"),
        "hosts": [HOST("Gerhard Lazu", None, "host", "transcript (his name and affiliation are not said in the excerpt)", ["Gerhard"])],
        "guests": [
            GUEST(
                "Alex Suraci",
                "Concourse CI",
                "creator of the open-source CI/CD system Concourse CI (with Chris Brown), built at Pivotal, where he worked on it; now working on a new project, Bass (named by the host; explained only after the excerpt)",
                "excerpt, host's opening line: 'we have lots to talk about - Concourse CI, Bass, the wider CI/CD problem space... And we have just the right person for this today. Alex, welcome to Ship It.'; the host: 'eight years ago ... you had the idea of the CI/CD system ... We all know it as Concourse CI'; the guest: 'So that's what brought Concourse to the world, really... Myself and Chris Brown raging at Jenkins' and 'myself and Amit Gupta, just like messing around after hours at Pivotal'. His surname is never spoken",
                ["Alex"],
                name_in_excerpt="first name only",
                other_affiliations_in_excerpt=["Pivotal (where Concourse was built; the host worked there too)", "Bass (his new project, named only by the host in the excerpt)"],
            )
        ],
        "mentioned_people": [
            {"name": "Chris Brown", "note": "co-creator of Concourse, now at Stripe"},
            {"name": "Tamar", "note": "a PM 'on the Pivotal side'"},
            {"name": "Amit Gupta", "note": "worked on the Concourse UI with the guest at Pivotal"},
        ],
        "companies": [
            CO("Concourse CI", ["Concourse"], "the open-source CI/CD system the guest created (said many times, first by the host)"),
            CO("Pivotal", [], "where Concourse was built and used ('the Pivotal side', 'after hours at Pivotal', 'all the Pivotal offices')"),
            CO("Bass", [], "the guest's new project, named in the host's opening line and not explained in the excerpt"),
            CO("Stripe", ["stripe"], "where Chris Brown now works ('living it up at stripe', lower-case in the transcript)"),
            CO("Temporal", [], "workflow engine / company that uses Concourse ('they showed up on like GitHub discussions ... how they use Concourse to deliver Temporal')"),
            GITHUB,
            CO("San Diego Times", [], "a publication the guest half-remembers ('it was from San Diego Times or something')"),
        ],
        "products": ["Concourse CI", "Concourse web UI", "ATC", "Jenkins", "GoCD", "Cloud Foundry", "Cassandra", "MySQL", "Redis", "RabbitMQ", "Graphviz", "YAML", "GitHub discussions", "Ship It (podcast)"],
        "reference_tags": ["CI/CD", "continuous delivery", "automation", "open source", "pipelines"],
        "description": None,
        "voices": {"Gerhard Lazu": "heart_low", "Alex Suraci": "joe"},
        "intro_style": "host's opening lists the topics, the guest's open-source project first ('<Project>, <New project>, the wider CI/CD problem space'), then 'just the right person for this today. <First name>, welcome'; the host credits him with the project's idea; the guest names his former employer himself; no surname and no current employer; one host",
    },
    "ft56_codefund": {
        "podcast": "Founders Talk (Changelog Media)",
        "show": "founderstalk",
        "episode_number": 56,
        "title": "Founders Talk #56",
        "title_source": PLACEHOLDER,
        "date": "2018-08",
        "date_source": "approximate: the host: 'a year ago last month, July 8th, was when you began your journey'; the guest: 'back in July of last year'; the host resumed the show 'a few months ago, after a five-year hiatus'",
        "sources": SOURCES("founderstalk", 56, "founderstalk/founders-talk-56.md"),
        "hosts": [HOST("Adam Stacoviak", None, "host", "excerpt (his affiliation is not said)", ["Adam"])],
        "guests": [
            GUEST(
                "Eric Berry",
                "Code Fund",
                "founder of Code Fund (previously named Code Sponsor), which places ads on open-source projects to fund them; acquired by ConsenSys; software developer since the late '90s with a background in marketing",
                "excerpt, host's opening line: 'I'm talking with Eric Berry, the founder of Code Fund, previously Code Sponsor. Eric, how are you?'; the host: 'So Code Sponsor was the original name, it's now Code Fund ... you've been acquired, from what I understand, from ConsenSys'",
                ["Eric"],
                other_affiliations_in_excerpt=["ConsenSys (acquired Code Fund)", "an unnamed company he worked for when he started Code Sponsor"],
            )
        ],
        "mentioned_people": [
            {"name": "Remy Sharp", "note": "one of the guest's open-source heroes"},
            {"name": "Tom Dale", "note": "one of the guest's open-source heroes (Ember)"},
            {"name": "Yehuda Katz", "note": "one of the guest's open-source heroes (Ember)"},
            {"name": "DHH", "note": "one of the guest's open-source heroes (Rails)"},
        ],
        "companies": [
            CO("Code Fund", ["Code Sponsor", "CodeFund"], "the guest's company (said several times by the host; the former name Code Sponsor also)"),
            CO("ConsenSys", [], "the company that acquired Code Fund ('you've been acquired, from what I understand, from ConsenSys')"),
            CO("GitHub", [], "'you've had some issues with GitHub'; 'their GitHub readmes'"),
        ],
        "products": ["Ruby", "Rails", "Ember", "PHP", "Java", "JavaScript", "GitHub readmes", "Pay buttons", "Founders Talk (podcast)"],
        "reference_tags": ["open source", "funding", "advertising", "founders", "sustainability"],
        "description": None,
        "voices": {"Adam Stacoviak": "joe_low", "Eric Berry": "joe"},
        "intro_style": "host's opening line gives the topic, then full name, role and company with its former name ('I'm talking with <Name>, the founder of <Org>, previously <Old name>'); the host names the acquirer a few turns later; one host",
    },
}

SET_NAME = "castflow held-out set 14 (measure only, never tune)"
