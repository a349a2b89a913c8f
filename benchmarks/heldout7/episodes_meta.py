"""Hand-written ground truth for the seventh held-out set (everything that is not derived from the text).

Guests, affiliations and companies were read off the excerpt text (raw/<id>.md, the part excerpt_lib
keeps). No episode page was available offline when the set was built, so titles are placeholders
(title_source says so), descriptions are absent and dates are approximate (date_source says from what).
Affiliations are the guest's organisation at the time of the episode. Nothing here was tuned against
castflow's output, and castflow's rules were not read while choosing the episodes.
"""


from truth_records import CO, GUEST, HOST, PLACEHOLDER, SOURCES  # ../heldout, on the path build.py sets

EPISODES = {
    "pai176_octoml": {
        "podcast": "Practical AI (Changelog Media)",
        "show": "practicalai",
        "episode_number": 176,
        "title": "Practical AI #176",
        "title_source": PLACEHOLDER,
        "date": "2022-04",
        "date_source": "approximate: 'a beautiful spring day' in Atlanta and Seattle; the guest was last on 'almost a year ago'; 'We held our TVM conference in December last year' (December 2021); Practical AI numbering (weekly; #175 and #176 are spring 2022)",
        "sources": SOURCES("practicalai", 176, "practicalai/practical-ai-176.md"),
        "hosts": [
            HOST("Daniel Whitenack", "SIL International", "co-host (data scientist)", "transcript intro ('I am a data scientist with SIL International')", ["Daniel"]),
            HOST("Chris Benson", "Lockheed Martin", "co-host (tech strategist)", "transcript intro ('who is a tech strategist at Lockheed Martin')", ["Chris"]),
        ],
        "guests": [
            GUEST(
                "Luis Ceze",
                "OctoML",
                "CEO",
                "excerpt, host's third turn: 'to welcome back to the show, Luis Ceze, who is CEO of OctoML. Welcome back, Luis.'; the guest: 'And now on the OctoML side - so since may last year, we more than doubled'",
                ["Luis"],
                other_affiliations_in_excerpt=["Apache TVM (the open source machine learning compiler project and community behind OctoML's platform)"],
            )
        ],
        "mentioned_people": [],
        "companies": [
            CO("OctoML", [], "guest's company (said many times)"),
            CO("SIL International", [], "host Daniel Whitenack's employer (said in the intro)"),
            CO("Lockheed Martin", [], "host Chris Benson's employer (said in the intro)"),
            CO("Hugging Face", [], "mentioned ('our friends at Hugging Face', model hub with '30,000 plus models')"),
            CO("AMD", [], "mentioned (hardware partner)"),
            CO("Arm", ["ARM"], "mentioned (hardware partner)"),
            CO("Qualcomm", [], "mentioned (hardware partner)"),
            CO("Microsoft", ["Microsoft Azure"], "mentioned ('cloud providers like Microsoft Azure')"),
        ],
        "products": ["Apache TVM", "TVM Unity", "TVM conference", "OctoML platform (SaaS)", "private accelerated model hub", "Hugging Face model hub", "Microsoft Azure", "MLOps", "machine learning compilers", "inference", "Practical AI (podcast)"],
        "reference_tags": ["MLOps", "machine learning deployment", "model optimization", "compilers", "inference", "startups"],
        "description": None,
        "voices": {"Daniel Whitenack": "joe", "Chris Benson": "joe_low", "Luis Ceze": "joe_high"},
        "intro_style": "host's third turn, after co-host small talk: 'to welcome back to the show, <Name>, who is CEO of <Org>. Welcome back, <First name>.'; returning guest; hosts give their own employers in the intro",
    },
    "pai85_berkeley": {
        "podcast": "Practical AI (Changelog Media)",
        "show": "practicalai",
        "episode_number": 85,
        "title": "Practical AI #85",
        "title_source": PLACEHOLDER,
        "date": "2020-04",
        "date_source": "approximate: 'I joined Berkeley in '86, so it's 34 years' (2020); the guest's 'recent book for a general audience' Human Compatible (October 2019); Practical AI numbering (weekly; #100 was about August 2020)",
        "sources": SOURCES("practicalai", 85, "practicalai/practical-ai-85.md"),
        "hosts": [
            HOST("Chris Benson", "Lockheed Martin", "host (principal AI strategist)", "transcript intro ('My name is Chris Benson, I'm a principal AI strategist at Lockheed Martin')", ["Chris"]),
        ],
        "guests": [
            GUEST(
                "Stuart Russell",
                "University of California, Berkeley",
                "professor of computer science, holder of the Smith-Zadeh Chair; author of the standard AI textbook and of 'Human Compatible'",
                "excerpt, host's first turn: 'With me today is Stuart Russell, who is a professor of computer science at the University of California Berkeley, and holder of the Smith-Zadeh Chair'; the guest: 'I did my Ph.D. at Stanford, I joined Berkeley in '86'",
                ["Stuart"],
                other_affiliations_in_excerpt=["Stanford (where he did his Ph.D.)", "Imperial College (where he used a computer as a schoolboy)"],
            )
        ],
        "mentioned_people": [
            {"name": "Daniel Whitenack", "note": "the usual co-host, absent ('out sick')"},
            {"name": "Judea Pearl", "note": "probabilistic methods in AI from the mid-80s"},
        ],
        "companies": [
            CO("University of California, Berkeley", ["University of California Berkeley", "Berkeley"], "guest's university (said by both)"),
            CO("Lockheed Martin", [], "host Chris Benson's employer (said in the intro)"),
            CO("Stanford University", ["Stanford"], "where the guest did his Ph.D."),
            CO("Imperial College", [], "mentioned ('a giant computer at Imperial College')"),
        ],
        "products": ["Human Compatible: Artificial Intelligence and the Problem of Control (book)", "the standard AI textbook (not named)", "expert systems", "probabilistic methods", "machine learning", "reinforcement learning", "deep learning", "speech recognition", "machine translation", "computer vision", "self-driving cars", "Go (game)", "Practical AI (podcast)"],
        "reference_tags": ["artificial intelligence", "AI history", "AI safety", "deep learning", "research"],
        "description": None,
        "voices": {"Chris Benson": "joe_low", "Stuart Russell": "joe"},
        "intro_style": "host's opening turn, after his own name and employer and the co-host's absence: 'With me today is <Name>, who is a professor of computer science at the <Org>, and holder of the <chair>'; one host",
    },
    "gt131_github": {
        "podcast": "Go Time (Changelog Media)",
        "show": "gotime",
        "episode_number": 131,
        "title": "Go Time #131",
        "title_source": PLACEHOLDER,
        "date": "2020-05",
        "date_source": "approximate: the guest started at GitHub 'about eight weeks ago, right when everywhere started going into lockdown' (March 2020); Go Time numbering (weekly)",
        "sources": SOURCES("gotime", 131, "gotime/go-time-131.md"),
        "hosts": [
            HOST("Johnny Boursiquot", None, "host", "transcript intro ('I'm Johnny Boursiquot, I will be your co-host for today'; affiliation not said)", ["Johnny"]),
            HOST("Jon Calhoun", None, "co-host", "transcript intro ('Joining me also so co-host is Jon Calhoun'; affiliation not said)", ["Jon", "Mr. Calhoun"]),
        ],
        "guests": [
            GUEST(
                "Denise Yu",
                "GitHub",
                "software engineer on GitHub's Community and Safety team (joined about eight weeks before); formerly at Pivotal (infrastructure tools)",
                "excerpt, host: 'today we have a special guest, Denise Yu', then 'your day job at GitHub'; the guest: 'I'm currently a software engineer at GitHub', 'So I work at GitHub. The team that I joined is called the Community and Safety team'",
                ["Denise"],
                other_affiliations_in_excerpt=["Pivotal (former employer)", "GitHub's Community and Safety team (her team)"],
            )
        ],
        "mentioned_people": [
            {"name": "Lexy Galantino", "note": "the guest's teammate at GitHub, spoke at Write/Speak/Code"},
        ],
        "companies": [
            CO("GitHub", [], "guest's employer (said by both, several times)"),
            CO("Pivotal", [], "guest's former employer ('I was working on infrastructure tools for the last few years with Pivotal')"),
            CO("Slack", ["Gophers Slack"], "mentioned ('the Gophers Slack channel')"),
            CO("DevOps Toronto", [], "meetup the guest has spoken at"),
            CO("GoCon", [], "conference the guest has spoken at"),
            CO("Write/Speak/Code", [], "conference where the guest heard about her team"),
        ],
        "products": ["Go", "Ruby on Rails", "open source", "Community and Safety tooling", "Go Time (podcast)"],
        "reference_tags": ["Go", "community", "open source", "developer careers", "trust and safety"],
        "description": None,
        "voices": {"Johnny Boursiquot": "joe_low", "Jon Calhoun": "joe", "Denise Yu": "heart"},
        "intro_style": "host's second turn: 'today we have a special guest, <Name>', a paragraph on her community work (meetups, talks, drawing lessons) with no organisation; the employer in the host's next turn in passing ('even with your day job at <Org>'), then the guest says it ('I'm currently a software engineer at <Org>') with a former employer",
    },
    "jsp183_fastly": {
        "podcast": "JS Party (Changelog Media)",
        "show": "jsparty",
        "episode_number": 183,
        "title": "JS Party #183",
        "title_source": PLACEHOLDER,
        "date": "2021-07",
        "date_source": "approximate: the host saw 'a really cool article talking about making JavaScript run directly on WebAssembly' (Lin Clark's post, June 2021); JS Party numbering (weekly; #180 is about June 2021)",
        "sources": SOURCES("jsparty", 183, "jsparty/js-party-183.md"),
        "hosts": [
            HOST("Kevin Ball", None, "host", "transcript intro ('I'm Kball coming at you'; full name and affiliation not said)", ["Kball"]),
            HOST("Nick Nisi", None, "co-host", "transcript intro ('I have our one and only Nick Nisi joining me today'; affiliation not said)", ["Nick"]),
        ],
        "guests": [
            GUEST(
                "Nick Fitzgerald",
                "Fastly",
                "staff engineer (WebAssembly: running SpiderMonkey inside WebAssembly, the Wizer snapshot tool); formerly at Mozilla (Developer Tools team, then the WebAssembly team) and lead of the Rust project's WebAssembly Working Group",
                "excerpt, host's second turn: 'our special guest today is Mr. Nick Fitzgerald, who is a staff engineer at Fastly. Hey, Nick.'; the guest: 'So I used to be at Mozilla ... and then ended up moving to Fastly with a bunch of the rest of my team'",
                ["Nick"],
                other_affiliations_in_excerpt=["Mozilla (former employer; Developer Tools team, WebAssembly team)", "the Rust project's WebAssembly Working Group (which he led)"],
            )
        ],
        "mentioned_people": [
            {"name": "Lin", "note": "author of the blog post about the project (first name only; Lin Clark)"},
            {"name": "Mr. Burns", "note": "the host's joke nickname for the guest"},
        ],
        "companies": [
            CO("Fastly", [], "guest's employer (said by both)"),
            CO("Mozilla", [], "guest's former employer (said several times)"),
            CO("Rust WebAssembly Working Group", ["the Rust project's WebAssembly Working Group"], "working group the guest led"),
        ],
        "products": ["WebAssembly", "JavaScript", "Rust", "SpiderMonkey", "Firefox", "Firefox Developer Tools", "sourcemap library", "Wizer (WebAssembly snapshot tool)", "V8 isolates", "JIT compilers", "serverless", "Trello", "JS Party (podcast)"],
        "reference_tags": ["WebAssembly", "JavaScript engines", "serverless", "performance", "Rust", "edge computing"],
        "description": None,
        "voices": {"Kevin Ball": "joe_low", "Nick Nisi": "joe_high", "Nick Fitzgerald": "joe"},
        "intro_style": "host's second turn, after a joke nickname: 'our special guest today is Mr. <Name>, who is a staff engineer at <Org>. Hey, <First name>.'; the guest then names his former employer; guest and co-host share a first name",
    },
    "cl420_kodevicious": {
        "podcast": "The Changelog (Changelog Media)",
        "show": "podcast",
        "episode_number": 420,
        "title": "The Changelog #420",
        "title_source": PLACEHOLDER,
        "date": "2020-11",
        "date_source": "approximate: The Changelog numbering (weekly; #420 is late 2020); the guest's book The Kollected Kode Vicious (late 2020) is new; the column has run '15+ years' (since about 2004)",
        "sources": SOURCES("podcast", 420, "podcast/the-changelog-420.md"),
        "hosts": [
            HOST("Jerod Santo", None, "host", "transcript (name and affiliation not said in the excerpt; the co-host Adam Stacoviak speaks only after the excerpt)", ["Jerod"]),
        ],
        "guests": [
            GUEST(
                "George Neville-Neil",
                "ACM Queue",
                "columnist (writes the Kode Vicious column) and member of the Queue editorial board; author of The Kollected Kode Vicious",
                "excerpt, host's first line: 'So we're here with George, a.k.a. Kode Vicious. For the last 15+ years you've been writing this column for ACM Queue'; the guest: 'So I was involved with ACM's Queue magazine from nearly the beginning ... they've put me on the board'. The surname is never spoken",
                ["George", "Kode Vicious"],
                name_in_excerpt="first name only",
                other_affiliations_in_excerpt=["ACM (the publisher; 'ACM's big print magazine' CACM)"],
            )
        ],
        "mentioned_people": [
            {"name": "Wendy", "note": "Queue editorial board member who suggested the column (first name only)"},
            {"name": "Jim Maurer", "note": "publisher of Queue and editor of the column"},
            {"name": "Sid Vicious", "note": "source of the column's name"},
            {"name": "Randy Savage", "note": "'\"Macho Man\" Randy Savage', the host's association"},
            {"name": "Miss Manners", "note": "the column's original model"},
        ],
        "companies": [
            CO("ACM Queue", ["Queue", "ACM's Queue magazine", "Queue magazine"], "the magazine the guest writes for and sits on the board of (said many times)"),
            CO("ACM", ["ACM's"], "the publisher ('ACM's big print magazine', 'censored at ACM')"),
            CO("Communications of the ACM", ["CACM"], "the print magazine the columns are also reflected into"),
        ],
        "products": ["Kode Vicious (column)", "The Kollected Kode Vicious (book)", "ACM Queue", "CACM", "embedded systems", "open source projects", "textbooks"],
        "reference_tags": ["software engineering", "technical writing", "developer culture", "books", "advice column"],
        "description": None,
        "voices": {"Jerod Santo": "joe", "George Neville-Neil": "joe_high"},
        "intro_style": "first name and pen name only ('we're here with <First name>, a.k.a. <pen name>'), the organisation in the same breath ('writing this column for <Org>'); the surname is never spoken; the excerpt starts mid-introduction (no show intro in the transcript)",
    },
    "si51_fly": {
        "podcast": "Ship It (Changelog Media)",
        "show": "shipit",
        "episode_number": 51,
        "title": "Ship It #51",
        "title_source": PLACEHOLDER,
        "date": "2022-05",
        "date_source": "approximate: follows Ship It #50 (the April 2022 Kaizen, which discussed the March 2022 bills and the move of changelog.com to Fly); Ship It numbering (weekly)",
        "sources": SOURCES("shipit", 51, "shipit/ship-it-51.md"),
        "hosts": [
            HOST("Gerhard Lazu", None, "host", "transcript (name and affiliation not said in the excerpt)", ["Gerhard"]),
        ],
        "guests": [
            GUEST(
                "Mark Ericksen",
                "Fly.io",
                "works at Fly.io on Elixir (title not said in the excerpt); Elixir developer for about six years, earlier Ruby on Rails and C#/.NET",
                "excerpt, host's first turn: 'And we have Mark from Fly joining us today to ensure that I'm holding it right. Welcome, Mark.' The surname is never spoken",
                ["Mark"],
                name_in_excerpt="first name only",
                other_affiliations_in_excerpt=["an unnamed earlier company that migrated Ruby apps to Elixir on Amazon EKS"],
            )
        ],
        "mentioned_people": [
            {"name": "Adam", "note": "Adam Stacoviak, guest of episode 50 (first name only)"},
            {"name": "Jerod", "note": "Jerod Santo, guest of episode 50 (first name only)"},
        ],
        "companies": [
            CO("Fly.io", ["Fly"], "guest's employer ('Mark from Fly'), where changelog.com moved"),
            CO("Changelog Media", ["changelog.com"], "the host's site being migrated ('migrating changelog.com')"),
            CO("Fastly", [], "mentioned ('Fastly, the CDN')"),
            CO("Heroku", [], "mentioned (PaaS the guest's earlier teams used)"),
            CO("AWS", ["Amazon", "AWS EC2", "Amazon EKS"], "mentioned ('AWS EC2 instances', 'the Amazon EKS')"),
        ],
        "products": ["Fly.io platform", "Kubernetes", "LKE", "Elixir", "Erlang", "BEAM VM", "Ruby on Rails", "C#", ".NET", "Capistrano", "Mina", "Puppet", "Chef", "Ansible", "Docker", "Cloud Foundry", "buildpacks", "AWS EC2", "Amazon EKS", "Minikube", "OpenSSL", "PostgreSQL", "Linux", "macOS", "Ship It (podcast)"],
        "reference_tags": ["deployment", "Elixir", "Kubernetes", "PaaS", "infrastructure", "developer environments"],
        "description": None,
        "voices": {"Gerhard Lazu": "heart_low", "Mark Ericksen": "joe"},
        "intro_style": "first name and company in one short phrase ('we have <First name> from <Org> joining us today'); the surname is never spoken; one host",
    },
    "ft65_codenewbie": {
        "podcast": "Founders Talk (Changelog Media)",
        "show": "founderstalk",
        "episode_number": 65,
        "title": "Founders Talk #65",
        "title_source": PLACEHOLDER,
        "date": "2019-06",
        "date_source": "approximate: the guest's conference Codeland is 'coming up in July (July 22nd in New York City)' and 'two years running now' (Codeland 2019); Founders Talk numbering",
        "sources": SOURCES("founderstalk", 65, "founderstalk/founders-talk-65.md"),
        "hosts": [HOST("Adam Stacoviak", None, "host", "transcript (name and affiliation not said in the excerpt)", ["Adam"])],
        "guests": [
            GUEST(
                "Saron Yitbarek",
                "CodeNewbie",
                "founder of CodeNewbie (community, two podcasts, the annual Codeland conference); title not said in the excerpt",
                "excerpt: the host never names the guest; the guest: 'specifically our community of code newbies', 'we have our two podcasts and our annual conference'; the host: 'This conference, in particular Codeland'. Neither her first name nor her surname is spoken",
                ["Saron"],
                name_in_excerpt="never spoken",
                other_affiliations_in_excerpt=["Codeland (CodeNewbie's annual conference, which she organises)"],
            )
        ],
        "mentioned_people": [
            {"name": "Dwayne O'Brian", "note": "friend who advised the guest on the first Codeland"},
        ],
        "companies": [
            CO("CodeNewbie", ["code newbies"], "guest's organisation (said as 'our community of code newbies')"),
            CO("Codeland", [], "CodeNewbie's annual conference (said by both)"),
            CO("Changelog Media", ["the Changelog"], "the podcast network ('You've been on the Changelog before')"),
            CO("Twitter", [], "mentioned ('your Twitter handle')"),
        ],
        "products": ["Codeland (conference)", "CodeNewbie podcasts", "Founders Talk (podcast)"],
        "reference_tags": ["founders", "community", "conferences", "event organizing", "focus", "new developers"],
        "description": None,
        "voices": {"Adam Stacoviak": "joe_low", "Saron Yitbarek": "heart"},
        "intro_style": "no introduction: the host opens on a blog post of the guest's and never says her name; the organisation comes from the guest ('our community of code newbies') and the host ('This conference, in particular Codeland'); one host; the transcript has one host paragraph without a speaker label inside the guest's long turn ('It's interesting to sort of put yourself in that position too ... right?'), kept verbatim, so it is voiced as the guest",
    },
    "rfc12_vue": {
        "podcast": "Request For Commits (Changelog Media)",
        "show": "rfc",
        "episode_number": 12,
        "title": "Request For Commits #12",
        "title_source": PLACEHOLDER,
        "date": "2017",
        "date_source": "approximate: Request For Commits season two (2017); Vue.js 'recently reached two million downloads'; the guest went full-time on Vue in early 2016 (said after the excerpt)",
        "sources": SOURCES("rfc", 12, "rfc/request-for-commits-12.md"),
        "hosts": [
            HOST("Nadia Eghbal", None, "co-host", "transcript intro ('I'm Nadia Eghbal'; affiliation not said)", ["Nadia"]),
            HOST("Mikeal Rogers", None, "co-host", "transcript intro ('And I'm Mikeal Rogers'; affiliation not said)", ["Mikeal"]),
        ],
        "guests": [
            GUEST(
                "Evan You",
                "Vue.js",
                "creator of Vue.js; works full-time on Vue, funded through Patreon; formerly at Google (Google Creative Lab)",
                "excerpt, host's intro: 'Mikeal and I talked with Evan You. Evan is the creator of Vue.js ... Evan works full-time on Vue and currently funds his work through Patreon'; then 'Evan, you started Vue while you were at Google'; the guest: 'The department that I worked at Google was called Google Creative Lab'",
                ["Evan"],
                other_affiliations_in_excerpt=["Google (former employer; Google Creative Lab)", "Patreon (how his work is funded)"],
            )
        ],
        "mentioned_people": [],
        "companies": [
            CO("Vue.js", ["Vue"], "the guest's project (said many times)"),
            CO("Google", ["Google Creative Lab"], "guest's former employer (said by host and guest)"),
            CO("Patreon", [], "funds the guest's work (said in the intro)"),
            CO("GitHub", [], "mentioned ('several hundred stars on GitHub')"),
        ],
        "products": ["Vue.js", "HTML5 Player", "Angular", "Chrome experiments", "Vue CLI", "Webpack", "CDN", "Request For Commits (podcast)"],
        "reference_tags": ["open source", "JavaScript frameworks", "crowdfunding", "sustainability", "Vue.js"],
        "description": None,
        "voices": {"Nadia Eghbal": "heart", "Mikeal Rogers": "joe", "Evan You": "joe_high"},
        "intro_style": "hosts' recorded intro in the third person: 'Mikeal and I talked with <Name>. <First name> is the creator of <project> ... works full-time on <project> and currently funds his work through <platform>', then the former employer in the first question ('you started <project> while you were at <Org>')",
    },
}

SET_NAME = "castflow held-out set 7 (measure only, never tune)"
