"""Hand-written ground truth for the thirty-fifth held-out set (everything that is not derived from the text).

Guests, affiliations and companies were read off the excerpt text (raw/<id>.md, the part build.py
keeps). No episode page was available offline when the set was built, so titles are placeholders
(title_source says so), descriptions are absent and dates are approximate (date_source says from what).
Affiliations are the guest's organisation at the time of the episode, as the excerpt gives it. Nothing here
was tuned against castflow's output, and castflow's rules were not read while choosing the episodes.
"""


from truth_records import CO, GUEST, HOST, PLACEHOLDER, SOURCES  # ../heldout, on the path build.py sets

ERIK = HOST("Erik St. Martin", None, "host", "excerpt (he names himself in his opening; his employer is not said)", ["Erik"])
BRIAN = HOST("Brian Ketelsen", None, "co-host", "excerpt (named by the host; his employer is not said)", ["Brian"])
JEROD = HOST("Jerod Santo", None, "co-host", "excerpt (named by first name by the other host; his affiliation is not said)", ["Jerod"])
ADAM = HOST("Adam Stacoviak", None, "host", "speaker label (he does not say his own name in the excerpt; the co-host calls him 'Adam'; his affiliation is not said)", ["Adam"])
SLACK = CO("Slack", [], "in passing")

EPISODES = {
    "pai7_landeranalytics": {
        "podcast": "Practical AI (Changelog Media)",
        "show": "practicalai",
        "episode_number": 7,
        "title": "Practical AI #7",
        "title_source": PLACEHOLDER,
        "date": "2018",
        "date_source": "approximate, from the show's numbering (Practical AI started in 2018; Practical AI #10, read for this set, has Julia 1.0 'just released', August 2018) and the excerpt (the New York R meetup, founded 'back in 2009', now 'about to cross 10,000 members')",
        "sources": SOURCES("practicalai", 7, "practicalai/practical-ai-7.md"),
        "hosts": [
            HOST("Daniel Whitenack", None, "host", "excerpt ('This is Daniel Whitenack, your data scientist co-host'; his employer is not said)", ["Daniel"]),
            HOST("Chris Benson", None, "co-host", "excerpt (the host: 'I'm joined by Chris Benson, who is the esteemed AI strategist specializing in deep learning'; his employer is not said)", ["Chris"]),
        ],
        "guests": [
            GUEST(
                "Jared Lander",
                "Lander Analytics",
                "statistician and data scientist; runs his own business, Lander Analytics ('a data science consulting, training and events company'), which puts on the New York R Conference; organiser of the New York R Meetup (now the Open Statistical Programming Meetup) since taking it over from Drew Conway, with Wes McKinney",
                "excerpt, host: 'I understand you have your own business, right?'; the guest: 'Yes, I do. It's Lander Analytics. We are a data science consulting, training and events company'",
                ["Jared"],
                other_affiliations_in_excerpt=["New York R Meetup, now the Open Statistical Programming Meetup (he organises it: 'Drew asked me to take over the meetup. I actually took over at the time with Wes McKinney')"],
            )
        ],
        "mentioned_people": [
            {"name": "Josh Reich", "note": "founded the New York R meetup in 2009"},
            {"name": "Drew Conway", "note": "ran the meetup before the guest ('the old guard of data science')"},
            {"name": "Wes McKinney", "note": "the guest's co-organiser of the meetup"},
        ],
        "companies": [
            CO("Lander Analytics", [], "the guest's own business (said once, by the guest, when the host asks about 'your own business')"),
            CO("New York R Meetup", ["Open Statistical Programming Meetup", "the New York meetup"], "the meetup the guest organises ('The New York R Meetup, which is now called the Open Statistical Programming Meetup')"),
            CO("NYU", ["New York University"], "where the meetup started ('It started in a room at NYU back in 2009')"),
            SLACK,
        ],
        "products": ["R", "Python", "Go", "Fortran", "SQL", "New York R Conference (NYC R Conference, The R Conference NYC, 'NY R'; a conference Lander Analytics puts on)", "Slack (the meetup's Slack)"],
        "reference_tags": ["R", "data science", "statistics", "community", "meetups"],
        "description": None,
        "voices": {"Daniel Whitenack": "joe", "Chris Benson": "joe_low", "Jared Lander": "joe_high"},
        "intro_style": "the host's opening: himself by full name and role ('This is Daniel Whitenack, your data scientist co-host'), the co-host by full name and role; a question to the co-host about programming languages, then the guest by community before his full name ('one of the great people from that community, the R language community, with us. We have Jared Lander'); asked 'what do you do?', the guest gives only roles ('a statistician, a data scientist'); the company comes only after the host's direct question ('I understand you have your own business, right?' / 'Yes, I do. It's Lander Analytics'), said only this once; the meetup he organises, its new name, and NYU; two hosts and one guest; many short turns (40); the excerpt ends on the guest",
    },
    "pai11_honeywell": {
        "podcast": "Practical AI (Changelog Media)",
        "show": "practicalai",
        "episode_number": 11,
        "title": "Practical AI #11",
        "title_source": PLACEHOLDER,
        "date": "2018",
        "date_source": "approximate, from the show's numbering (Practical AI #10, read for this set, has Julia 1.0 'just released', August 2018) and the excerpt ('in a previous episode (in episode 7) we had a great discussion with Jared Lander')",
        "sources": SOURCES("practicalai", 11, "practicalai/practical-ai-11.md"),
        "hosts": [
            HOST("Chris Benson", None, "host (opens this episode)", "excerpt ('I'm Chris Benson, an AI and digital transformation strategist'; formerly at Honeywell: 'I'm no longer with Honeywell'; his current employer is not said)", ["Chris"]),
            HOST("Daniel Whitenack", None, "co-host", "excerpt (the host: 'my co-host, Daniel Whitenack, who is a data scientist who likes to use AI to do good'; his employer is not said)", ["Daniel"]),
        ],
        "guests": [
            GUEST(
                "Chris DeBellis",
                "Honeywell",
                "works on AI at Honeywell (Honeywell Safety and Productivity Solutions), where he and the host were 'plank owners of the very first dedicated AI team'; presented Mask R-CNN at the Atlanta Deep Learning meetup the night before",
                "excerpt, host: 'Chris and I have actually worked together at Honeywell, where we were both kind of plank owners of the very first dedicated AI team at Honeywell safety and productivity solutions. I'm no longer with Honeywell, but Chris still is'",
                ["Chris", "Mr. DeBellis"],
            )
        ],
        "speaker_label_note": "the guest and the host share a first name ('This is gonna be confusing, with two Chrises'); the host, not the usual host, opens the episode",
        "mentioned_people": [{"name": "Jared Lander", "note": "the guest of an earlier episode ('in episode 7')"}],
        "companies": [
            CO("Honeywell", ["Honeywell Safety and Productivity Solutions", "Honeywell safety and productivity solutions"], "the guest's employer and the host's former one (said three times, by the host, in his introduction of the guest)"),
        ],
        "products": ["Mask R-CNN", "R-CNN", "convolutional neural networks (CNN)", "AlexNet", "Canny edge detection", "Hough Line transform", "Roomba", "self-driving cars", "Atlanta Deep Learning meetup (a meetup)", "Practical AI (podcast)"],
        "reference_tags": ["computer vision", "robotic perception", "deep learning", "Mask R-CNN", "object detection"],
        "description": None,
        "voices": {"Chris Benson": "joe_low", "Daniel Whitenack": "joe", "Chris DeBellis": "joe_high"},
        "intro_style": "the co-host of the show opens it: himself by full name and role ('I'm Chris Benson, an AI and digital transformation strategist'), the other host by full name and role; then the guest by full name twice ('We have Chris DeBellis, whom I'll introduce in just a minute', 'I'm gonna introduce Chris DeBellis'), and only then the company, as the host's own former employer and the guest's present one ('Chris and I have actually worked together at Honeywell ... at Honeywell safety and productivity solutions. I'm no longer with Honeywell, but Chris still is'); the guest never names it; the guest shares the host's first name; a meetup where the guest presented; two hosts and one guest; 27 turns; the excerpt ends on the other host's question",
    },
    "gt10_heroku": {
        "podcast": "Go Time (Changelog Media)",
        "show": "gotime",
        "episode_number": 10,
        "title": "Go Time #10",
        "title_source": PLACEHOLDER,
        "date": "2016",
        "date_source": "approximate: the show's tenth episode ('it's episode ten'; Go Time started in 2016); GopherCon and its Hack Day are still to come ('at GopherCon I'm gonna get a beatdown'); the Go vendor experiment and its tools (Godep, Govendor, GB, Glide) are new",
        "sources": SOURCES("gotime", 10, "gotime/go-time-10.md"),
        "hosts": [
            ERIK,
            BRIAN,
            HOST("Carlisia Pinto", None, "co-host", "excerpt (the host names her 'Carlisia Campos'; her speaker label is 'Carlisia Pinto'; her employer is not said)", ["Carlisia", "Carlisia Campos"]),
        ],
        "guests": [
            GUEST(
                "Ed Muller",
                "Heroku",
                "maintains Heroku's Go Buildpack; current maintainer of Godep; ran a survey of Go users",
                "excerpt, host: 'today with us we have a special guest, Ed Muller from Heroku, who will be talking about all things Go at Heroku'; the guest: 'So I maintain the Go Buildpack at Heroku'",
                ["Ed"],
            )
        ],
        "speaker_label_note": "the host once calls the guest 'Ben' ('How were the responses from that, Ben?'), a slip kept as stored; the co-host is introduced as 'Carlisia Campos' and labelled 'Carlisia Pinto'",
        "mentioned_people": [
            {"name": "Damian Grisky", "note": "a Go developer who pointed the guest to the State of Rust survey"},
            {"name": "Daniel Theophanes", "note": "the author of Govendor"},
            {"name": "Andrew Gerrand", "note": "of the Go team, asked for a discussion at GopherCon's Hack Day"},
        ],
        "companies": [
            CO("Heroku", [], "the guest's employer (said by the host in the introduction, twice in one sentence, then by the guest and a co-host)"),
            SLACK,
        ],
        "products": ["Go", "Go Buildpack", "Godep", "Govendor", "GB", "Glide", "GVT", "Vendor.json", "NPM", "Node", "Ruby", "Bundler", "State of Rust Survey", "GopherCon (a conference)", "Gopher Slack", "Go Time (podcast)"],
        "reference_tags": ["Go", "dependency management", "vendoring", "buildpacks", "community survey"],
        "description": None,
        "voices": {"Erik St. Martin": "joe", "Brian Ketelsen": "joe_low", "Carlisia Pinto": "heart_low", "Ed Muller": "joe_high"},
        "intro_style": "the host's opening: the episode number, himself and the two co-hosts by full name (one by another surname than her label, 'Carlisia Campos'); then the guest by full name and company in one clause ('a special guest, Ed Muller from Heroku, who will be talking about all things Go at Heroku'), the company twice in the sentence; the guest says his role at the company ('I maintain the Go Buildpack at Heroku'); the host once calls him by a wrong name ('Ben'); three hosts and one guest; four speakers; many short turns (35); the excerpt ends on a co-host",
    },
    "gt11_google": {
        "podcast": "Go Time (Changelog Media)",
        "show": "gotime",
        "episode_number": 11,
        "title": "Go Time #11",
        "title_source": PLACEHOLDER,
        "date": "2016",
        "date_source": "approximate: the show's eleventh episode ('episode number 11 of Go Time'), the week after Go Time #10 (read for this set, 2016); the guest 'started two weeks ago at Google' after Docker and Mesosphere",
        "sources": SOURCES("gotime", 11, "gotime/go-time-11.md"),
        "hosts": [
            ERIK,
            BRIAN,
            HOST("Carlisia Pinto", "Fastly", "co-host", "excerpt (the host names her 'Carlisia Campos'; her speaker label is 'Carlisia Pinto'; she joins Fastly the next week: 'I will be joining the fine folks at Fastly next week')", ["Carlisia", "Carlisia Campos"]),
        ],
        "guests": [
            GUEST(
                "Jessie Frazelle",
                "Google",
                "joined Google two weeks before the episode, to work on Kubernetes; before that at Docker for about a year and a half (a maintainer of the Docker project, 'almost the public face of Docker'); called 'the queen of containers'",
                "excerpt, host: 'our special guest today is the queen of containers, Jessie Frazelle'; 'Jessie, you also have a new job, right?'; the guest: 'Yeah, so I started two weeks ago at Google'",
                ["Jessie", "Jess"],
                other_affiliations_in_excerpt=["Docker (former employer: 'How long were you with Docker?' / 'I think I was there almost a year and a half')"],
            )
        ],
        "speaker_label_note": "the co-host is introduced as 'Carlisia Campos' and labelled 'Carlisia Pinto'",
        "mentioned_people": [
            {"name": "Kelsey", "note": "first name only, a colleague at Google"},
            {"name": "Francesc", "note": "first name only, a colleague at Google"},
            {"name": "Sarah Allen", "note": "'from Bridge Foundry', who 'also just joined Google'"},
        ],
        "companies": [
            CO("Google", [], "the guest's new employer (said by the guest, then several times by the hosts)"),
            CO("Docker", [], "the guest's former employer and its open-source project (said many times)"),
            CO("Fastly", [], "the co-host's new employer ('I will be joining the fine folks at Fastly next week')"),
            CO("Linode", [], "a sponsor of the episode, named by the host"),
            CO("Equinox", [], "a sponsor of the episode, named by the host"),
            CO("Huawei", [], "in passing ('the maintainers from Huawei that helped us')"),
            CO("Bridge Foundry", [], "in passing (Sarah Allen's organisation)"),
            CO("Twitter", [], "in passing ('you posted it on Twitter')"),
        ],
        "products": ["Kubernetes", "seccomp", "Go Lint", "Go", "Ruby", "containers", "Go Time (podcast)", "The Changelog (podcast)"],
        "reference_tags": ["containers", "open source maintenance", "Docker", "Kubernetes", "pull requests"],
        "description": None,
        "voices": {"Erik St. Martin": "joe", "Brian Ketelsen": "joe_low", "Carlisia Pinto": "heart_low", "Jessie Frazelle": "heart"},
        "intro_style": "the host's opening: the episode number, himself and the two co-hosts by full name (one by another surname than her label, 'Carlisia Campos'); then the guest by a nickname and full name, no organisation ('our special guest today is the queen of containers, Jessie Frazelle'); the co-host's news of her own new employer (Fastly) and the two sponsors (Linode, Equinox) come before the guest's organisation, which she gives herself after the host's question ('Jessie, you also have a new job, right?' / 'I started two weeks ago at Google'); her former employer (Docker) then said many times; three hosts and one guest; four speakers; very many short turns (52); the excerpt ends on the host",
    },
    "jsp37_npm": {
        "podcast": "JS Party (Changelog Media)",
        "show": "jsparty",
        "episode_number": 37,
        "title": "JS Party #37",
        "title_source": PLACEHOLDER,
        "date": "2018",
        "date_source": "approximate: the guest's tweets were 'July 12th, which I think was a Thursday' (a Thursday in 2018); NEJS Conf 'just last week'; set 19's jsp31 (JS Party #31) is June 2018",
        "sources": SOURCES("jsparty", 37, "jsparty/js-party-37.md"),
        "hosts": [
            HOST("Jerod Santo", None, "host", "excerpt ('My name is Jerod Santo'; his employer is not said)", ["Jerod"]),
            HOST("Nick Nisi", None, "panelist", "excerpt (the host: 'First up, Nick Nisi'; his employer is not said)", ["Nick"]),
            HOST("Christopher Hiller", None, "panelist", "excerpt (the host: 'We're also joined by Chris Hiller'; his employer is not said)", ["Chris", "Chris Hiller"]),
        ],
        "guests": [
            GUEST(
                "Jeff Lembeck",
                "npm",
                "engineering manager at npm (Npm Inc.), managing the application engineering group (the website, the CLI); at the company 'for a little over three years'; formerly ran SeattleJS (after the cut)",
                "excerpt, the panelist: 'Today we're joined by a very special guest, Jeff Lembeck, who's the engineering manager at Npm'; the host, quoting the guest's tweet: 'Hi, I'm Jeff, and I'm an engineering manager at NpmJS'",
                ["Jeff"],
            )
        ],
        "speaker_label_note": "the guest's introduction ('Today we're joined by a very special guest, Jeff Lembeck, who's the engineering manager at Npm') is in a turn labelled 'Nick Nisi' in the stored transcript, right after the host's turns; kept as stored",
        "mentioned_people": [{"name": "Laurie", "note": "first name only, the guest's boss at npm, who keynoted NEJS Conf"}],
        "companies": [
            CO("npm", ["Npm", "NpmJS", "Npm Inc."], "the guest's company (said many times: 'Npm Inc., Npm the command line tool, Npm the registry')"),
            CO("Twitter", [], "where the guest's thread was posted (said several times)"),
        ],
        "products": ["npm CLI", "npm registry", "Javascript", "JS Conf", "NEJS Conf (a conference)", "OSCON (a conference)", "JS Party chat room", "JS Party (podcast)"],
        "reference_tags": ["open source", "empathy", "community", "package registry", "engineering management"],
        "description": None,
        "voices": {"Jerod Santo": "joe", "Nick Nisi": "joe_high", "Christopher Hiller": "joe_low", "Jeff Lembeck": "heart_low"},
        "intro_style": "the host's opening: himself by full name and the show, the two panelists by full name (one by a short form, 'Chris Hiller'); then, in a turn labelled as a panelist's, the guest by full name, role and company in one clause ('a very special guest, Jeff Lembeck, who's the engineering manager at Npm'); the host quotes the guest's own tweet with the company's other name ('I'm an engineering manager at NpmJS') and the company's three faces ('Npm Inc., Npm the command line tool, Npm the registry'); the company name in lower case as the brand writes it; a host, two panelists and one guest; four speakers; 16 turns, one of the host's about 350 words; the excerpt ends on the host's question",
    },
    "cl221_eff": {
        "podcast": "The Changelog (Changelog Media)",
        "show": "podcast",
        "episode_number": 221,
        "title": "The Changelog #221",
        "title_source": PLACEHOLDER,
        "date": "2016",
        "date_source": "approximate: the show is made 'in partnership with O'Reilly as part of OSCON London' (the recorded intro before the excerpt: 'We'll be at OSCON next month in London', OSCON London 2016); set 21's cl200 (The Changelog #200) is 2016",
        "sources": SOURCES("podcast", 221, "podcast/the-changelog-221.md"),
        "hosts": [ADAM, JEROD],
        "guests": [
            GUEST(
                "Cory Doctorow",
                "EFF",
                "science fiction author, activist with the EFF (Electronic Frontier Foundation), journalist and blogger, co-editor of Boing Boing; OSCON London's keynote speaker; after the cut, a former EFF European Director who works half-time for the EFF on ending DRM",
                "excerpt, co-host: 'many people know him as the fiction author, science fiction; he's an activist with the EFF, a journalist - many things; blogger'; 'especially as co-editor of Boing Boing'",
                ["Cory"],
                other_affiliations_in_excerpt=["Boing Boing (co-editor: 'especially as co-editor of Boing Boing')"],
            )
        ],
        "speaker_label_note": "the raw file starts inside the host's first turn, after the recorded intro and a sponsor read, with his label added ('**Adam Stacoviak:** Alright, we're back.'); one unlabelled line of the stored transcript ('Jerod: Eli Bixby.') was given the co-host's label; one turn labelled 'Jerod Santo' is the guest's words ('that Will Wheaton did in my short story collection'), kept as stored",
        "mentioned_people": [
            {"name": "Will Wheaton", "note": "read the guest's story for an audiobook (spelled as stored)"},
            {"name": "Snowden", "note": "surname only, in the guest's story"},
            {"name": "Eli Bixby", "note": "an earlier guest (TensorFlow), first called 'Ben Bixby' by the host"},
        ],
        "companies": [
            CO("EFF", ["Electronic Frontier Foundation"], "the guest's organisation (said once in the excerpt, by the co-host, only by its initials: 'an activist with the EFF')"),
            CO("Boing Boing", [], "the blog the guest co-edits ('co-editor of Boing Boing')"),
            CO("O'Reilly", ["O'Reilly Media"], "the show's partner for OSCON London ('in partnership with O'Reilly')"),
            CO("Google", [], "the subject of the guest's story Scroogled (said several times)"),
            CO("Facebook", [], "in passing, in the guest's answer"),
        ],
        "products": ["Scroogled (the guest's story)", "Wikipedia", "TensorFlow", "OSCON London (a conference)", "MP3 audiobook", "The Changelog (podcast)"],
        "reference_tags": ["science fiction", "digital rights", "privacy", "surveillance", "open source"],
        "description": None,
        "voices": {"Adam Stacoviak": "joe_low", "Jerod Santo": "joe", "Cory Doctorow": "joe_high"},
        "intro_style": "starts after the recorded intro and a sponsor read, mid-turn ('Alright, we're back'); the host gives the event and partner (O'Reilly, OSCON London) and the guest by role and full name ('the keynote speaker is here, Cory Doctorow'), then hands the introduction to the co-host, who gives roles and the organisation only by initials ('he's an activist with the EFF, a journalist - many things; blogger'), then a second organisation ('co-editor of Boing Boing'); the guest introduces himself with roles only ('a science fiction writer and activist'); Google as the subject of his story; neither host says his own name; two hosts and one guest; 20 turns; the excerpt ends on the guest",
    },
    "cl222_ethcore": {
        "podcast": "The Changelog (Changelog Media)",
        "show": "podcast",
        "episode_number": 222,
        "title": "The Changelog #222",
        "title_source": PLACEHOLDER,
        "date": "2016",
        "date_source": "approximate: the episode after The Changelog #221 (read for this set, 2016); the DAO's bug is recent ('it's notably had a bug in it'); the guest met Vitalik 'back in late 2013'",
        "sources": SOURCES("podcast", 222, "podcast/the-changelog-222.md"),
        "hosts": [ADAM, JEROD],
        "guests": [
            GUEST(
                "Gavin Wood",
                "Ethcore",
                "of Ethcore (its founder, as the recorded intro before the excerpt says); co-creator of Ethereum's first working implementation (the C++ one) with Vitalik; formerly at Frontier Developments and Microsoft Research; calls himself a 'free-trust technologist'",
                "excerpt, host: 'Gavin Wood joining us today from Ethcore... Is that right?'; the guest: 'Ethcore, that's right.'",
                ["Gavin"],
                other_affiliations_in_excerpt=[
                    "Ethereum (the project he co-built: 'I met up with Vitalik back in late 2013, and we started coding the C++ implementation')",
                    "Frontier Developments and Microsoft Research (former employers)",
                ],
            )
        ],
        "speaker_label_note": "the raw file starts at the '**Break:**' line after the recorded intro (where the host names the guest, his roles and Ethcore); the intro is not in it",
        "mentioned_people": [{"name": "Vitalik", "note": "first name only, 'the inventor and co-creator of Ethereum'"}],
        "companies": [
            CO("Ethcore", [], "the guest's company (said three times in the first turns: the host's question, the guest's confirmation, the host again)"),
            CO("Ethereum", [], "the open-source platform the guest co-built (said many times)"),
            CO("Frontier Developments", [], "the guest's former employer ('a company called Frontier Developments')"),
            CO("Microsoft Research", ["Microsoft"], "the guest's former employer ('I worked for Microsoft Research for a while')"),
        ],
        "products": ["Bitcoin", "Ether", "Ethereum Virtual Machine", "C++", "Elite (a game)", "cryptocurrency", "smart contracts", "The Changelog (podcast)"],
        "reference_tags": ["cryptocurrency", "Ethereum", "blockchain", "smart contracts", "trust"],
        "description": None,
        "voices": {"Adam Stacoviak": "joe_low", "Jerod Santo": "joe", "Gavin Wood": "joe_high"},
        "intro_style": "the interview after the recorded intro and a break line: the host gives full name and company as a question the guest confirms ('Gavin Wood joining us today from Ethcore... Is that right?' / 'Ethcore, that's right.'), the company said three times at once; asked for his back story, the guest gives his former employers (Frontier Developments, Microsoft Research) and how he came to Ethereum with 'Vitalik' (first name only); neither host says his own name; two hosts and one guest; few, long turns (15); the excerpt ends on the guest",
    },
    "si77_37signals": {
        "podcast": "Ship It (Changelog Media)",
        "show": "shipit",
        "episode_number": 77,
        "title": "Ship It #77",
        "title_source": PLACEHOLDER,
        "date": "2022-11",
        "date_source": "approximate, from the show's numbering (set 3's si75 is about October 2022, set 9's si83 December 2022) and the excerpt (the company 'grown ... much faster over the past year-and-a-half')",
        "sources": SOURCES("shipit", 77, "shipit/ship-it-77.md"),
        "hosts": [
            HOST("Gerhard Lazu", None, "host", "speaker label (he does not say his own name in the excerpt; his affiliation is not said)", ["Gerhard"]),
        ],
        "guests": [
            GUEST(
                "David Heinemeier Hansson",
                "37signals",
                "of 37signals, with Jason (first name only), building software for 20 years; wrote the company's 'seven shipping principles'; after the cut, one of the founders ('Jason and I in particular, as the founders of these businesses')",
                "excerpt, host: 'There's this new website, 37signals of.com ... David, welcome to Ship It'; the guest: 'I wanted to share internally at 37signals how we approach shipping software'",
                ["David", "DHH"],
            )
        ],
        "speaker_label_note": "the guest's full name is never said in the excerpt, only 'David' and his initials 'DHH'",
        "mentioned_people": [
            {"name": "Jason", "note": "first name only, the guest's partner at the company"},
            {"name": "Lars Wikman", "note": "'a very good Changelog friend', for his newsletter"},
        ],
        "companies": [
            CO("37signals", [], "the guest's company (said by the host in his opening, as a website and a guide's name, then twice by the guest)"),
        ],
        "products": ["seven shipping principles (the guest's article)", "37signals guide to internal communication", "Shape Up", "Ruby on Rails", "Hotwire", "Ship It (podcast)"],
        "reference_tags": ["shipping software", "writing", "software development process", "company culture", "product development"],
        "description": None,
        "voices": {"Gerhard Lazu": "heart_low", "David Heinemeier Hansson": "joe"},
        "intro_style": "no show intro: the host's first sentences name the company first, as a website and its essays ('There's this new website, 37signals of.com ... the 37signals guide to internal communication'), then the guest by first name only ('David, welcome to Ship It'); the guest's full name is never said, only his initials later ('I can recognize DHH from a mile away'); the guest names the company himself ('share internally at 37signals', 'live up to at 37signals'); the host never says his own name; one host and one guest; few, long turns (7), one of them about 430 words; the excerpt ends on the host's remark",
    },
}

SET_NAME = "castflow held-out set 35 (measure only, never tune)"
