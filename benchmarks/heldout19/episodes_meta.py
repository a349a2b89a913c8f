"""Hand-written ground truth for the nineteenth held-out set (everything that is not derived from the text).

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
ERIK = HOST("Erik St. Martin", None, "host ('On the show today we have myself, Erik St. Martin')", "excerpt (his employer is not said)", ["Erik"])
BRIAN_K = HOST("Brian Ketelsen", None, "panelist", "excerpt (his employer is not said; his surname is spoken only in gt51's opening)", ["Brian"])
CARLISIA = HOST("Carlisia Pinto", None, "panelist", "excerpt (her employer is not said)", ["Carlisia"])

EPISODES = {
    "pai40_berkeley": {
        "podcast": "Practical AI (Changelog Media)",
        "show": "practicalai",
        "episode_number": 40,
        "title": "Practical AI #40",
        "title_source": PLACEHOLDER,
        "date": "2019-03",
        "date_source": "approximate: recorded at a conference, the host: 'I am at NVIDIA's GPU Technology Conference in March 2019'; the publication date is not known (probably a few weeks later)",
        "sources": SOURCES("practicalai", 40, "practicalai/practical-ai-40.md"),
        "hosts": [
            HOST("Chris Benson", "Lockheed Martin", "host (his co-host is absent: 'Normally, I would have my co-host Daniel Whitenack joining me')", "excerpt ('This is Chris Benson'; 'I work for Lockheed Martin in the AI space')", ["Chris"]),
        ],
        "guests": [
            GUEST(
                "Adam Stooke",
                "UC Berkeley",
                "graduate (Ph.D.) student at UC Berkeley studying robotics and deep learning, focused on scaling deep reinforcement learning and hierarchical reinforcement learning (under Pieter Abbeel); earlier a master's in physics at UC Berkeley and active duty in the air force at the Air Force Research Lab; gave a talk at GTC",
                "excerpt, host: 'I have the pleasure of introducing to you Adam Stooke. Adam is a graduate student who is studying robotics and deep learning at UC Berkeley'; the guest: 'as a Ph.D. student at UC Berkeley, under my professor, Pieter Abbeel'",
                ["Adam"],
                other_affiliations_in_excerpt=["Air Force Research Lab (former: on active duty in the air force)"],
            )
        ],
        "mentioned_people": [
            {"name": "Daniel Whitenack", "note": "the show's other host, absent from this episode ('my co-host Daniel Whitenack'; 'he is a physicist')"},
            {"name": "Pieter Abbeel", "note": "the guest's professor (Ph.D. advisor) at UC Berkeley"},
        ],
        "companies": [
            CO("UC Berkeley", ["Berkeley", "University of California, Berkeley"], "the guest's university (said by the host in the introduction and by the guest, three times in all, then 'Berkeley')"),
            CO("NVIDIA", [], "runs the conference the episode was recorded at ('NVIDIA's GPU Technology Conference')"),
            CO("Lockheed Martin", [], "host Chris Benson's employer ('I work for Lockheed Martin in the AI space')"),
            CO("Air Force Research Lab", [], "where the guest served on active duty ('the Air Force Research Lab in Albuquerque, New Mexico')"),
            CO("U.S. Air Force", ["air force"], "the guest's former service ('I was in the air force at the time'); the host's employer 'do[es] a lot of work with the air force'"),
        ],
        "products": ["deep reinforcement learning", "hierarchical reinforcement learning", "deep learning", "robotics", "MATLAB", "Excel", "deep neural networks", "GPU Technology Conference (conference)", "Practical AI (podcast)"],
        "reference_tags": ["reinforcement learning", "deep learning", "robotics", "academia", "GPUs"],
        "description": None,
        "voices": {"Chris Benson": "joe_low", "Adam Stooke": "joe"},
        "intro_style": "a conference recording (NVIDIA's GTC): the host alone (the co-host named as absent) gives the guest's full name ('I have the pleasure of introducing to you <Name>'), then in the next paragraph of the same turn his role and university ('<First name> is a graduate student who is studying robotics and deep learning at <Org>'); the guest repeats the university ('as a Ph.D. student at <Org>, under my professor, <Name>') and a former organisation (the Air Force Research Lab); the organisation is a university; the host states his own employer mid-excerpt; one host",
    },
    "pai41_ctrllabs": {
        "podcast": "Practical AI (Changelog Media)",
        "show": "practicalai",
        "episode_number": 41,
        "title": "Practical AI #41",
        "title_source": PLACEHOLDER,
        "date": "2019-04",
        "date_source": "approximate: the co-host 'spent last week in New York City at the O'Reilly AI conference' (held in April 2019) and talked about TensorFlow 2.0 (alpha, March 2019); one episode after Practical AI #40 (recorded March 2019, read for this set)",
        "sources": SOURCES("practicalai", 41, "practicalai/practical-ai-41.md"),
        "hosts": [
            HOST("Daniel Whitenack", "SIL International", "host (data scientist)", "transcript intro ('This is Daniel Whitenack. I'm a data scientist with SIL International')", ["Daniel"]),
            HOST("Chris Benson", "Lockheed Martin", "co-host (chief strategist)", "transcript intro ('I've got Chris, my co-host, on the line. He's chief strategist at Lockheed Martin')", ["Chris"]),
        ],
        "guests": [
            GUEST(
                "Adam Berenzweig",
                "CTRL-labs",
                "at CTRL-labs (neural interfaces: decoding signals from the brain through the arm's muscles to control machines); a Ph.D. in speech and signal processing; ten years at Google (Google News, Google Music, the Google Play music recommender, Goggles, photos); helped start Clarify, an early deep learning image recognition company",
                "excerpt, host: 'we've got Adam Berenzweig from CTRL-labs with us. Welcome, Adam!'; 'what CTRL-labs is doing'; '... and ended up at CTRL-labs?'; the guest: 'what we're doing at CTRL-labs'",
                ["Adam"],
                other_affiliations_in_excerpt=["Google (former: ten years, first as an intern)", "Clarify (former: 'I helped start a company called Clarify')"],
            )
        ],
        "mentioned_people": [],
        "companies": [
            CO("CTRL-labs", ["CTRL labs", "Control labs"], "the guest's company (said by the host in the introduction and his next turn, and by the guest)"),
            CO("SIL International", ["SIL"], "host Daniel Whitenack's employer (said in the intro)"),
            CO("Lockheed Martin", [], "co-host Chris Benson's employer (said in the intro)"),
            CO("Google", [], "the guest's former employer for ten years (said many times, and in product names)"),
            CO("Clarify", [], "'an early deep learning image recognition company' the guest helped start"),
            CO("O'Reilly", ["O'Reilly Media"], "runs the conference the co-host came back from ('the O'Reilly AI conference')"),
            CO("Napster", [], "said in passing ('this was kind of post-Napster')"),
        ],
        "products": ["TensorFlow 2.0", "Keras", "speech recognition", "Google News", "Google Music", "Google Play", "Goggles", "Google Photos", "Picasa", "Android", "neural interfaces", "deep learning", "recommendation algorithms", "O'Reilly AI (conference)", "Practical AI (podcast)"],
        "reference_tags": ["neural interfaces", "brain-computer interfaces", "speech recognition", "deep learning", "image recognition"],
        "description": None,
        "voices": {"Daniel Whitenack": "joe", "Chris Benson": "joe_low", "Adam Berenzweig": "joe_high"},
        "intro_style": "host's opening: his own name and employer and the co-host's first name and employer; after small talk about a conference, full name and company in one sentence ('we've got <Name> from <Org> with us. Welcome, <First name>!'), the company again in the host's next turn; a company name with unusual capitals and a hyphen (CTRL-labs, 'control labs'); the guest's long first answer names his former employer (Google, many times, with its products) and a company he helped start (Clarify); two hosts",
    },
    "gt50_microsoft": {
        "podcast": "Go Time (Changelog Media)",
        "show": "gotime",
        "episode_number": 50,
        "title": "Go Time #50",
        "title_source": PLACEHOLDER,
        "date": "2017-06",
        "date_source": "approximate: the host: 'Today's episode is actually number 50'; 'The most recent that came out was Draft' (Microsoft's Draft, announced at the end of May 2017)",
        "sources": SOURCES("gotime", 50, "gotime/go-time-50.md"),
        "hosts": [ERIK, BRIAN_K, CARLISIA],
        "guests": [
            GUEST(
                "Kris Nova",
                "Microsoft",
                "works on the Azure team at Microsoft, bringing Kubernetes to Azure; a maintainer of Kops (earlier brought its private topology in Amazon to Kops); contributed to Draft",
                "excerpt, host: 'our guest for today is actually Kris Nova'; the guest: 'I work on the Azure team at Microsoft'; a panelist: 'you work at Microsoft'",
                ["Kris"],
            )
        ],
        "mentioned_people": [
            {"name": "Adam Stacoviak", "note": "'the producer' (of the show)"},
            {"name": "Scott Guthrie", "note": "named in a joke about Azure's pronunciation ('I'm gonna call Scott Guthrie')"},
        ],
        "companies": [
            CO("Microsoft", [], "the guest's employer (said by the guest in her first answer and by a panelist)"),
            CO("Amazon", ["AWS"], "the cloud the guest used to run on ('the private topology in Amazon'; 'how does Azure compare feature-wise to AWS?')"),
            CO("AARP", [], "said in a joke ('55, when we belong to AARP')"),
        ],
        "products": ["Go", "Kubernetes", "Azure", "Kops", "Draft", "kubeadm", "acs-engine", "Tectonic", "containers", "Go Time (podcast)"],
        "reference_tags": ["Kubernetes", "cloud infrastructure", "Go", "open source", "containers"],
        "description": None,
        "voices": {"Erik St. Martin": "joe", "Brian Ketelsen": "joe_low", "Carlisia Pinto": "heart_low", "Kris Nova": "heart"},
        "intro_style": "a panel show with one guest: the host names himself and one panelist by full name (the second panelist only by first name, in the banter), then 'our guest for today is actually <Name>. Hi, <First name>.', no organisation; the guest gives her company in her first answer ('I work on the Azure team at <Org>'), and a panelist repeats it ('you work at <Org>'); the company's product (Azure) is said many times; a competitor's cloud (Amazon, AWS); four speakers (a host, two panelists, the guest); the excerpt ends on the host",
    },
    "gt51_securitycompass": {
        "podcast": "Go Time (Changelog Media)",
        "show": "gotime",
        "episode_number": 51,
        "title": "Go Time #51",
        "title_source": PLACEHOLDER,
        "date": "2017-07",
        "date_source": "approximate: the host: 'We had a little bit of a long break there (two weeks), but we are back'; the episode after Go Time #50 (about June 2017, read for this set)",
        "sources": SOURCES("gotime", 51, "gotime/go-time-51.md"),
        "hosts": [ERIK, BRIAN_K, CARLISIA],
        "guests": [
            GUEST(
                "Aaron Hnatiw",
                "Security Compass",
                "security researcher at Security Compass (joined it as a security consultant); earlier ran his own security consulting company and worked at a firewall company; was a college professor in application security, teaching with Go",
                "excerpt, host: 'Please welcome to the show Aaron Hnatiw.'; the guest, about 500 words in: 'the company that I work for now ... Now the job that I'm in is I'm a security researcher at Security Compass.'",
                ["Aaron"],
            )
        ],
        "mentioned_people": [
            {"name": "Thomas Shadwell", "note": "the guest's friend, 'a senior security engineer over at Twitch'"},
        ],
        "companies": [
            CO("Security Compass", [], "the guest's employer (said once, by the guest, in his first answer)"),
            CO("Twitch", [], "the guest's friend's employer, 'a pretty big proponent of Go'"),
        ],
        "products": ["Go", "Python", "Linux", "Ubuntu", "Wi-Fi", "Go Time (podcast)"],
        "reference_tags": ["information security", "Go", "penetration testing", "security research", "teaching"],
        "description": None,
        "voices": {"Erik St. Martin": "joe", "Brian Ketelsen": "joe_low", "Carlisia Pinto": "heart_low", "Aaron Hnatiw": "joe_high"},
        "intro_style": "a panel show with one guest: the host names himself and both panelists by full name, then the topic and 'Please welcome to the show <Name>', no organisation; the guest's long first answer tells his path (criminology, a firewall company, his own consulting company, 'the company that I work for now', all unnamed) before naming his employer once, about 500 words in ('I'm a security researcher at <Org>'); a friend's employer (Twitch) is named; four speakers (one panelist only says hello); the excerpt ends on a panelist's question",
    },
    "jsp31_github": {
        "podcast": "JS Party (Changelog Media)",
        "show": "jsparty",
        "episode_number": 31,
        "title": "JS Party #31",
        "title_source": PLACEHOLDER,
        "date": "2018-06",
        "date_source": "approximate: recorded at Fluent Conf while 'GraphQL Europe's literally happening at the same time' (June 2018); after the excerpt the host asks about 'a crazy week' and Microsoft, and the guest names 'our future CEO' Nat Friedman (Microsoft's acquisition of GitHub was announced on 4 June 2018)",
        "sources": SOURCES("jsparty", 31, "jsparty/js-party-31.md"),
        "hosts": [
            HOST("Kevin Ball", None, "host ('KBall here at Fluent Conf reporting')", "transcript (he is called 'KBall'; his full name and affiliation are not said in the excerpt)", ["KBall"]),
        ],
        "guests": [
            GUEST(
                "Brian Douglas",
                "GitHub",
                "developer advocate at GitHub (joined within the last six months); formerly a frontend developer at Netlify; gave a lightning talk on GraphQL at Fluent Conf",
                "excerpt, host's first sentence: 'I'm here with Brian Douglas, developer advocate at GitHub.'; the guest: 'I work at GitHub now, but prior to GitHub I worked at a company called Netlify'",
                ["Brian"],
                other_affiliations_in_excerpt=["Netlify (former employer)"],
            )
        ],
        "mentioned_people": [
            {"name": "Lee Byron", "note": "of the Facebook team that made GraphQL ('the most public-facing GraphQL team member')"},
            {"name": "Dan", "note": "another of GraphQL's creators (the guest forgets his last name)"},
        ],
        "companies": [
            CO("GitHub", [], "the guest's employer (said by the host in his first sentence and by the guest; also in 'the GitHub API')"),
            CO("Netlify", [], "the guest's former employer ('a company called Netlify, who is also a sponsor here at Fluent Conf')"),
            CO("Facebook", [], "'GraphQL came out of the Facebook team'"),
            CO("Apollo", [], "maker of the tool the guest built his wrapper with ('Apollo's Launchpad')"),
        ],
        "products": ["GraphQL", "GitHub API", "REST API", "Apollo Launchpad", "React Native", "Fluent Conf (conference)", "JS Party (podcast)"],
        "reference_tags": ["GraphQL", "APIs", "frontend development", "developer advocacy", "REST"],
        "description": None,
        "voices": {"Kevin Ball": "joe_low", "Brian Douglas": "joe"},
        "intro_style": "a conference recording (Fluent Conf): the host's first sentence gives full name, role and company ('I'm here with <Name>, developer advocate at <Org>. <First name>, how are you doing?'); the guest repeats the company with his former employer ('I work at <Org> now, but prior to <Org> I worked at a company called <Former>'); the company is also in a product name (the GitHub API); Facebook (GraphQL's origin) and Apollo ('Apollo's Launchpad') named; one host; the excerpt ends on the host's question",
    },
    "cl490_harvard": {
        "podcast": "The Changelog (Changelog Media)",
        "show": "podcast",
        "episode_number": 490,
        "title": "The Changelog #490",
        "title_source": PLACEHOLDER,
        "date": "2022",
        "date_source": "approximate: between The Changelog #484 (2022-03-30) and #510 (2022-10), dated by earlier sets; after the excerpt the guest speaks of SolarWinds (late 2020) as a recent attack, and 'now we're like 20 years from' 2000-2004",
        "sources": SOURCES("podcast", 490, "podcast/the-changelog-490.md"),
        "hosts": [JEROD, ADAM],
        "guests": [
            GUEST(
                "Bruce Schneier",
                "Harvard Kennedy School",
                "cryptographer and computer security professional, a 'public interest technologist'; teaches cybersecurity policy at the Harvard University Kennedy School; bestselling author on cryptography and security (Secrets and Lies); laid off from AT&T in the early '90s",
                "excerpt, host's first sentence: 'we're here with Bruce Schneier, who's a cryptographer, a computer security professional'; the guest in his first answer: 'I am teaching cybersecurity policy at the Harvard University Kennedy School'; 'I'm here at Harvard'",
                ["Bruce"],
                other_affiliations_in_excerpt=["AT&T (former: 'I get fired from AT&T, I get laid off')"],
            )
        ],
        "mentioned_people": [],
        "companies": [
            CO("Harvard Kennedy School", ["Harvard University Kennedy School", "Kennedy School", "Harvard University", "Harvard"], "the guest's school (said by the guest in his first answer, then 'here at Harvard')"),
            CO("Harvard Law School", [], "'20% of the Harvard Law School graduates go into public interest law'"),
            CO("Ford Foundation", [], "funds public interest tech programs in universities"),
            CO("ACLU", [], "pays attorneys far less than corporate law firms (said twice)"),
            CO("AT&T", [], "the guest's former employer ('I get fired from AT&T')"),
            CO("U.S. Congress", ["Congress"], "'if you watch the tech hearings in Congress'"),
        ],
        "products": ["Secrets and Lies (book)", "Diffie-Hellman key exchange", "one-way hashing algorithms", "cryptography", "The Changelog (podcast)"],
        "reference_tags": ["security", "public interest technology", "tech policy", "cryptography", "careers"],
        "description": None,
        "voices": {"Jerod Santo": "joe", "Adam Stacoviak": "joe_low", "Bruce Schneier": "joe_high"},
        "intro_style": "the host's first sentence gives full name and profession, no organisation ('we're here with <Name>, who's a cryptographer, a computer security professional'); the guest gives his organisation in his first answer ('I am teaching cybersecurity policy at the <University> Kennedy School'), then the short form ('I'm here at <University>'); the organisation is a school of a university, said as 'Harvard University Kennedy School'; many other organisations named by the guest (Harvard Law School, Ford Foundation, ACLU, Congress) and a former employer (AT&T); the co-host speaks but is not named; two hosts; the excerpt ends on the host",
    },
    "si52_cncf": {
        "podcast": "Ship It (Changelog Media)",
        "show": "shipit",
        "episode_number": 52,
        "title": "Ship It #52",
        "title_source": PLACEHOLDER,
        "date": "2022-05",
        "date_source": "approximate: the host: 'this is going out on the 11th of May', the week before KubeCon EU in Valencia ('KubeCon EU 2022')",
        "sources": SOURCES("shipit", 52, "shipit/ship-it-52.md"),
        "hosts": [GERHARD],
        "guests": [
            GUEST(
                "Priyanka Sharma",
                "CNCF",
                "at the CNCF, which runs KubeCon + CloudNativeCon (she hosts its keynotes and 'Happy Hour with Priyanka'; she calls herself general manager only after the excerpt); formerly at GitLab",
                "excerpt, host's first line by first name only: 'Priyanka, thank you very much for coming back to Ship It'; the guest, about 700 words in: 'I used to work at GitLab, as you know, before CNCF'; 'the KubeCon Cloud-Native Con event website, because we post information'. Her surname is never spoken",
                ["Priyanka"],
                name_in_excerpt="first name only",
                other_affiliations_in_excerpt=["GitLab (former employer)"],
            )
        ],
        "mentioned_people": [],
        "companies": [
            CO("CNCF", ["Cloud Native Computing Foundation"], "the guest's organisation (said once, by the guest, as the acronym, as where she went after GitLab)"),
            CO("GitLab", [], "the guest's former employer ('an all-remote company before all-remote was a thing')"),
            CO("Twitter", [], "said in passing ('People are talking all about their travel plans on Twitter')"),
        ],
        "products": ["KubeCon EU (conference)", "KubeCon + CloudNativeCon (conference)", "Happy Hour with Priyanka", "cloud native", "Ship It (podcast)"],
        "reference_tags": ["conferences", "cloud native", "community", "remote work", "hybrid events"],
        "description": None,
        "voices": {"Gerhard Lazu": "heart_low", "Priyanka Sharma": "heart"},
        "intro_style": "no introduction: the host's first line thanks the guest by first name for coming back ('<First name>, thank you very much for coming back to Ship It'); her surname and role are never spoken in the excerpt; the organisation is said once, by the guest, as an acronym and only as where she moved to from her former employer ('I used to work at <Former>, as you know, before <ORG>'); the conference it runs (KubeCon + CloudNativeCon, KubeCon EU) is said many times, with 'we post information'; one host",
    },
    "ft71_snyk": {
        "podcast": "Founders Talk (Changelog Media)",
        "show": "founderstalk",
        "episode_number": 71,
        "title": "Founders Talk #71",
        "title_source": PLACEHOLDER,
        "date": "2020",
        "date_source": "approximate: between Founders Talk #70 and #75 (both 2020, dated by earlier sets); the guest: 'we're now a company of about 300 people' after 'the last two raises' (said just after the excerpt)",
        "sources": SOURCES("founderstalk", 71, "founderstalk/founders-talk-71.md"),
        "hosts": [ADAM],
        "guests": [
            GUEST(
                "Guy Podjarny",
                "Snyk",
                "founder of Snyk (dev-first security; he brought on a new CEO, replacing himself, said after the excerpt); earlier at Sanctum, Watchfire and IBM, then founded Blaze, acquired by Akamai, where he was CTO (all said after the excerpt)",
                "excerpt: no introduction and no name; the host: 'you often as a founder get a chance to look back'; 'Do I really believe in Snyk?'; the guest: 'I never really had any lack of conviction about Snyk and its journey'. Neither his first name nor his surname is spoken",
                ["Guy"],
                name_in_excerpt="not spoken",
            )
        ],
        "mentioned_people": [],
        "companies": [
            CO("Snyk", [], "the guest's company (said by the host in a question and by the guest, three times in all)"),
        ],
        "products": ["dev-first security", "developer tooling", "Founders Talk (podcast)"],
        "reference_tags": ["founders", "fundraising", "startups", "security", "leadership"],
        "description": None,
        "voices": {"Adam Stacoviak": "joe_low", "Guy Podjarny": "joe"},
        "intro_style": "no introduction and no name: the host's first line asks about the guest's 'recent raise'; the guest's name is never spoken (neither first name nor surname); the company is said first by the host, inside a question he puts in the guest's mouth ('Do I really believe in <Org>?'), then by the guest ('I never really had any lack of conviction about <Org>'); the guest's role is not said (only 'as a founder', in general); no other organisation in the excerpt; a host turn that the transcript labels '1:' (relabelled, see README); one host; the excerpt ends on the host",
    },
}

SET_NAME = "castflow held-out set 19 (measure only, never tune)"
