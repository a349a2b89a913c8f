"""Hand-written ground truth for the thirty-fourth held-out set (everything that is not derived from the text).

Guests, affiliations and companies were read off the excerpt text (raw/<id>.md, the part build.py
keeps). No episode page was available offline when the set was built, so titles are placeholders
(title_source says so), descriptions are absent and dates are approximate (date_source says from what).
Affiliations are the guest's organisation at the time of the episode, as the excerpt gives it. Nothing here
was tuned against castflow's output, and castflow's rules were not read while choosing the episodes.
"""


from truth_records import CO, GUEST, HOST, PLACEHOLDER, SOURCES  # ../heldout, on the path build.py sets

DANIEL = HOST(
    "Daniel Whitenack",
    "Prediction Guard",
    "host",
    "excerpt ('This is Daniel Whitenack, I am CEO and founder at Prediction Guard')",
    ["Daniel"],
)
PREDICTION_GUARD = CO("Prediction Guard", ["PredictionGuard"], "the host's company (said by the host in his opening)")
JUSTIN = HOST(
    "Justin Garrison",
    None,
    "host",
    "speaker label (he is not named in the raw file, which starts at the interview; the hosts' segment before the break, where he names himself, is not in it; his employer is not said)",
    ["Justin"],
)
AUTUMN = HOST(
    "Autumn Nash",
    None,
    "co-host",
    "speaker label (she is not named in the raw file, which starts at the interview; her employer is not said)",
    ["Autumn"],
)

EPISODES = {
    "pai288_kuzu": {
        "podcast": "Practical AI (Changelog Media)",
        "show": "practicalai",
        "episode_number": 288,
        "title": "Practical AI #288",
        "title_source": PLACEHOLDER,
        "date": "2024",
        "date_source": "the guest: 'in 2023 I was working in the Royal Bank of Canada', 'at the beginning of this year, I moved over and I joined Kùzu'; after the cut, 'the current president of the US is Joe Biden'",
        "sources": SOURCES("practicalai", 288, "practicalai/practical-ai-288.md"),
        "hosts": [
            DANIEL,
            HOST(
                "Chris Benson",
                "Lockheed Martin",
                "co-host",
                "excerpt (the host: 'my co-host, Chris Benson, who is a principal AI research engineer at Lockheed Martin')",
                ["Chris"],
            ),
        ],
        "guests": [
            GUEST(
                "Prashanth Rao",
                "Kùzu",
                "AI engineer at Kùzu (an open-source embedded graph database company), leading its developer relations since the beginning of the year; formerly at the Royal Bank of Canada (2023); writes the blog The Data Quarry; a returning guest",
                "excerpt, host: 'our guest from that show back, who is now an AI engineer at Kùzu, Prashanth Rao'; the guest: 'a new open source embedded graph database, Kùzu, which is where I now work', 'I joined Kùzu as an AI engineer'",
                ["Prashanth"],
                other_affiliations_in_excerpt=["Royal Bank of Canada (former employer: 'in 2023 I was working in the Royal Bank of Canada')"],
            )
        ],
        "mentioned_people": [{"name": "Semih Salihoglu", "note": "the CEO of Kùzu ('I happened to meet the CEO, Semih Salihoglu')"}],
        "companies": [
            CO("Kùzu", ["Kuzu"], "the guest's company (said by the host in the introduction, then four times by the guest)"),
            PREDICTION_GUARD,
            CO("Lockheed Martin", [], "the co-host's employer (said by the host in his opening)"),
            CO("Royal Bank of Canada", ["RBC"], "the guest's former employer ('in 2023 I was working in the Royal Bank of Canada')"),
        ],
        "products": ["vector databases", "graph databases", "knowledge graphs", "LanceDB (Lance)", "The Data Quarry (the guest's blog)", "Wikipedia", "Practical AI (podcast)"],
        "reference_tags": ["graph databases", "knowledge graphs", "vector search", "retrieval", "AI engineering"],
        "description": None,
        "voices": {"Daniel Whitenack": "joe", "Chris Benson": "joe_low", "Prashanth Rao": "joe_high"},
        "intro_style": "the host's opening: himself by full name with role and company ('This is Daniel Whitenack, I am CEO and founder at Prediction Guard'), the co-host by full name with role and employer ('Chris Benson, who is a principal AI research engineer at Lockheed Martin'); then the returning guest by role and company before his full name ('our guest from that show back, who is now an AI engineer at Kùzu, Prashanth Rao'); the guest tells of his former employer (the Royal Bank of Canada) and joining Kùzu ('I joined Kùzu as an AI engineer'); his blog (The Data Quarry) named by the host; two hosts; 10 turns, one of them 525 words; the excerpt ends on the guest ('Good one.')",
    },
    "pai289_synthony": {
        "podcast": "Practical AI (Changelog Media)",
        "show": "practicalai",
        "episode_number": 289,
        "title": "Practical AI #289",
        "title_source": PLACEHOLDER,
        "date": "2024",
        "date_source": "approximate, from the show's numbering (the episode after Practical AI #288, read for this set, which is 2024) and the excerpt ('even before we had GPT-4, GPT-3')",
        "sources": SOURCES("practicalai", 289, "practicalai/practical-ai-289.md"),
        "hosts": [DANIEL],
        "guests": [
            GUEST(
                "Mike Lewis",
                "Synthony",
                "chief AI architect at Synthony (Cincinnati); architects AI solutions with customers and partners; his earlier business was acquired (by a company the excerpt does not name); after the cut, a former professional portrait artist and director of innovation at a publishing company",
                "excerpt, host: 'one of my good friends, Mike Lewis ... He's currently the chief AI architect at Synthony down in Cincinnati'",
                ["Mike"],
            )
        ],
        "speaker_label_note": "only the host and the guest speak; the co-host Chris Benson is not on this episode and is named only by first name, by the guest ('listening to you and Chris'); the episode is recorded 'in the Prediction Guard offices'",
        "mentioned_people": [{"name": "Chris Benson", "note": "the show's co-host, not on this episode; first name only ('learned so much by listening to you and Chris')"}],
        "companies": [
            CO("Synthony", [], "the guest's company (said once, by the host, in the introduction)"),
            CO("Prediction Guard", ["PredictionGuard"], "the host's company (said twice in his opening: 'founder and CEO at Prediction Guard', 'in the Prediction Guard offices')"),
            CO("Meta", [], "in passing ('decades and decades as an AI researcher at Meta')"),
        ],
        "products": ["GPT-4", "GPT-3", "generative AI", "Practical AI (podcast)"],
        "reference_tags": ["enterprise AI", "AI adoption", "solution architecture", "generative AI", "business value"],
        "description": None,
        "voices": {"Daniel Whitenack": "joe", "Mike Lewis": "joe_high"},
        "intro_style": "the host's opening: himself by full name with role and company ('I am founder and CEO at Prediction Guard'), the place ('in the Prediction Guard offices'), then the guest by full name as 'one of my good friends', and only after a long sentence about him his role, company and city ('He's currently the chief AI architect at Synthony down in Cincinnati'); the company said only this once in the excerpt; the guest never names it; one host (the co-host named by first name only, by the guest); few, long turns (5); the shortest excerpt (862 words; the next turn is 704 words); the excerpt ends on the host's question",
    },
    "gt84_gopherbot": {
        "podcast": "Go Time (Changelog Media)",
        "show": "gotime",
        "episode_number": 84,
        "title": "Go Time #84",
        "title_source": PLACEHOLDER,
        "date": "2019",
        "date_source": "approximate: the guest, 'it wasn't until last year, about September timeframe, that I became aware of this TinyGo project'; after the cut, 'In this last February I presented the first talk about TinyGo at FOSDEM' (FOSDEM 2019); JS Party #69, read for this set, says 'now in 2019'",
        "sources": SOURCES("gotime", 84, "gotime/go-time-84.md"),
        "hosts": [
            HOST("Mat Ryer", None, "host", "excerpt ('Hello, I'm Mat Ryer'; his employer is not said)", ["Mat"]),
        ],
        "guests": [
            GUEST(
                "Ron Evans",
                "Gopherbot",
                "creator of Gopherbot (an open-source robot gopher, as the host introduces him); works on the TinyGo compiler project with its originator ('my main collaborator, Ayke van Laëthem'); known as Deadprogram; earlier Go projects Gobot and GoCV",
                "excerpt, host: 'Today we're talking about TinyGo and Gopherbot, and I'm joined by the creator of Gopherbot ... It's Deadprogram, a.k.a. Ron Evans'; the guest: 'this TinyGo project, which was originally started by my main collaborator, Ayke van Laëthem'",
                ["Ron", "Deadprogram"],
                other_affiliations_in_excerpt=[
                    "TinyGo (the open-source Go compiler project he works on, the episode's topic: 'this TinyGo project, which was originally started by my main collaborator')",
                    "Gobot and GoCV (his earlier open-source Go projects: 'Gobot being the best-known of those', 'last year I was talking about GoCV')",
                ],
            )
        ],
        "speaker_label_note": "the guest is introduced by his handle and full name ('It's Deadprogram, a.k.a. Ron Evans') and prefers the handle ('I prefer Deadprogram, in its entirety')",
        "mentioned_people": [
            {"name": "Ayke van Laëthem", "note": "the guest's main collaborator, who started the TinyGo project"},
            {"name": "Prince", "note": "the singer, in a joke about the guest's handle"},
        ],
        "companies": [
            CO("Gopherbot", [], "the guest's open-source project, the organisation the host gives him ('the creator of Gopherbot'; said twice, by the host, in his opening)"),
            CO("TinyGo", [], "the open-source compiler project the guest works on, the episode's topic (said many times)"),
            CO("Gobot", [], "the guest's earlier open-source project ('Gobot being the best-known of those')"),
            CO("GoCV", [], "the guest's earlier open-source project ('last year I was talking about GoCV')"),
        ],
        "products": ["Go", "OpenCV", "Emgo", "GCC", "ARM", "MicroPython", "Python", "Javascript", "Ruby", "Node.js", "C", "C++", "Linux", "SSA", "microcontrollers", "Go Time (podcast)"],
        "reference_tags": ["embedded systems", "microcontrollers", "compilers", "Go", "robotics"],
        "description": None,
        "voices": {"Mat Ryer": "joe_high", "Ron Evans": "joe"},
        "intro_style": "the host's opening: his own name, the topic (two projects: 'Today we're talking about TinyGo and Gopherbot'), then the guest by role and project, a nickname, his handle and full name ('I'm joined by the creator of Gopherbot; I've heard him called \"the Santa of Open Source.\" It's Deadprogram, a.k.a. Ron Evans'); banter about the handle; the guest names his earlier projects (Gobot, GoCV) and tells how the TinyGo project, started by his 'main collaborator', came about; no company is named; one host and one guest; many short turns (25); the excerpt ends on the host ('Sure.')",
    },
    "jsp69_pika": {
        "podcast": "JS Party (Changelog Media)",
        "show": "jsparty",
        "episode_number": 69,
        "title": "JS Party #69",
        "title_source": PLACEHOLDER,
        "date": "2019",
        "date_source": "the host: 'something that already exists now in 2019'",
        "sources": SOURCES("jsparty", 69, "jsparty/js-party-69.md"),
        "hosts": [
            HOST("Jerod Santo", None, "host", "speaker label (he does not say his own name in the excerpt; his employer is not said)", ["Jerod"]),
            HOST("Nick Nisi", None, "panelist", "excerpt ('Nick Nisi is in the house'; his employer is not said)", ["Nick"]),
        ],
        "guests": [
            GUEST(
                "Fred K. Schott",
                "Pika",
                "creator of Pika, 'a project to move the Javascript ecosystem forward' (a collection of projects: the search site pikapkg.com, Pika/web, Pika/pack); based in San Francisco",
                "excerpt, host: 'Excited to talk about Pika. We have a special guest, Fred K. Schott'; 'talk about Pika, which is a project to move the Javascript ecosystem forward ... I'll let you describe, Fred'; the guest: 'this project was started to see what you could do about that', 'the very first thing I did was create a place to search for ES modules'",
                ["Fred"],
            )
        ],
        "mentioned_people": [],
        "companies": [
            CO("Pika", ["PikaPkg", "pikapkg.com", "the Pika project"], "the guest's open-source project, the organisation the host gives him (said many times; 'Pika/web', 'Pika/pack', 'PikaPkg.com')"),
            CO("npm", ["Npm"], "the package registry ('consumer of packages on Npm', 'the biggest package registry that exists today')"),
        ],
        "products": ["Pika/web", "Pika/pack", "ES modules", "Javascript", "Node", "Babel", "Webpack", "Rollup", "Browserify", "Parcel", "Hacker News", "JS Party (podcast)"],
        "reference_tags": ["ES modules", "JavaScript tooling", "bundlers", "package management", "web development"],
        "description": None,
        "voices": {"Jerod Santo": "joe", "Nick Nisi": "joe_high", "Fred K. Schott": "joe_low"},
        "intro_style": "the host's opening: the panelist by full name ('Nick Nisi is in the house'), then the topic, a project, before the guest's full name ('Excited to talk about Pika. We have a special guest, Fred K. Schott, joining us all the way from - where are you at, San Francisco?'); the host describes the project ('Pika, which is a project to move the Javascript ecosystem forward') and the guest tells how he started it; no company is named for him; the host never says his own name; a host, a panelist and a guest; 17 turns; the excerpt ends on the host's question",
    },
    "jsp71_gatsby": {
        "podcast": "JS Party (Changelog Media)",
        "show": "jsparty",
        "episode_number": 71,
        "title": "JS Party #71",
        "title_source": PLACEHOLDER,
        "date": "2019",
        "date_source": "approximate, from the show's numbering: JS Party #69, read for this set, says 'now in 2019'",
        "sources": SOURCES("jsparty", 71, "jsparty/js-party-71.md"),
        "hosts": [
            HOST("Kevin Ball", None, "host", "excerpt (by his nickname only: 'I am your MC this week, Kball'; his full name and employer are not said)", ["Kball"]),
        ],
        "guests": [
            GUEST(
                "Jason Lengstorf",
                "Gatsby",
                "'Human Duct Tape' (his title) at Gatsby, the company behind the Gatsby framework",
                "excerpt, host: 'I am joined today by a special guest, Jason Lengstorf, Human Duct Tape at Gatsby'; the guest: 'we pull all those data sources into a GraphQL data layer'",
                ["Jason"],
            )
        ],
        "speaker_label_note": "the host is named only by his nickname ('Kball'); his label is 'Kevin Ball'",
        "mentioned_people": [],
        "companies": [
            CO("Gatsby", ["Gatsby Inc."], "the guest's company (said by the host in the introduction, then many times as the framework's name)"),
            CO("Netlify", [], "in passing, a CDN host ('any CDN - Netlify, or AWS')"),
            CO("AWS", ["Amazon Web Services"], "in passing ('any CDN - Netlify, or AWS')"),
            CO("Shopify", [], "in passing, an e-commerce platform with a headless CMS"),
            CO("BigCommerce", [], "in passing ('I think BigCommerce just did it')"),
            CO("Sanity.io", ["Sanity"], "in passing, a headless CMS start-up ('things like Sanity.io')"),
        ],
        "products": ["Gatsby (framework)", "React", "GraphQL", "WordPress", "Magento", "Drupal", "Ghost", "Excel", "headless CMS", "progressive web apps", "JS Party (podcast)"],
        "reference_tags": ["static site generation", "headless CMS", "GraphQL", "React", "web performance"],
        "description": None,
        "voices": {"Kevin Ball": "joe_low", "Jason Lengstorf": "joe"},
        "intro_style": "the host's opening: himself by nickname only ('I am your MC this week, Kball'), then the guest by full name, job title and company in one clause ('a special guest, Jason Lengstorf, Human Duct Tape at Gatsby'), the title an unusual one; the company's name is also the framework's name, said many times; Netlify, AWS, Shopify, BigCommerce and Sanity.io in passing; one host and one guest; 9 turns, two of them about 250 words; a short excerpt (853 words; the next turn is 451 words); the excerpt ends on the host's question",
    },
    "cl650_retool": {
        "podcast": "The Changelog (Changelog Media)",
        "show": "podcast",
        "episode_number": 650,
        "title": "The Changelog #650",
        "title_source": PLACEHOLDER,
        "date": "2025",
        "date_source": "approximate: Retool is 'around seven years old' (started 'around probably 2017'); 'today, the here is a lot of agentic stuff'; the dev set's The Changelog #633 is March 2025",
        "sources": SOURCES("podcast", 650, "podcast/the-changelog-650.md"),
        "hosts": [
            HOST("Adam Stacoviak", None, "host", "speaker label (he does not say his own name in the excerpt; his affiliation is not said)", ["Adam"]),
        ],
        "guests": [
            GUEST(
                "David Hsu",
                "Retool",
                "founder (with a co-founder) of Retool, a platform for building internal tools; went through Y Combinator's winter 2017 batch; Retool has sponsored the show for many years",
                "excerpt, host: 'We're here with David Hsu, founder of Retool'; the guest: 'when we first started Retool, my co-founder and I'",
                ["David"],
            )
        ],
        "mentioned_people": [
            {"name": "Henrique", "note": "first name only, a founder of Brex ('Henrique and Pedro from Brex')"},
            {"name": "Pedro", "note": "first name only, a founder of Brex"},
        ],
        "companies": [
            CO("Retool", [], "the guest's company (said by the host in the first sentence, then many times)"),
            CO("Y Combinator", ["YC"], "the start-up accelerator the company went through ('your Y Combinator profile page', 'we went through YC')"),
            CO("Brex", [], "a company of the same batch, an early customer (said several times)"),
            CO("Rippling", [], "a company of the same batch ('Rippling was also a part of that batch')"),
        ],
        "products": ["internal tools", "CRUD", "The Changelog (podcast)"],
        "reference_tags": ["internal tools", "startups", "Y Combinator", "low-code", "founder story"],
        "description": None,
        "voices": {"Adam Stacoviak": "joe_low", "David Hsu": "joe"},
        "intro_style": "no show intro: the host's first sentence gives the guest's full name, role and company in one clause ('We're here with David Hsu, founder of Retool'), then that the company has sponsored the show for years; the company's story through Y Combinator ('YC'), with the batch's other companies (Brex, Rippling) and two Brex founders by first name; the host never says his own name; one host and one guest; few, long turns (9); the excerpt ends on the host's question",
    },
    "si92_orbitalsidekick": {
        "podcast": "Ship It (Changelog Media)",
        "show": "shipit",
        "episode_number": 92,
        "title": "Ship It #92",
        "title_source": PLACEHOLDER,
        "date": "2024-02",
        "date_source": "the hosts' segment before the interview (in the stored file, not in the raw file): an article 'from January 29th 2024', 'Open AI released Sora this week' (February 2024); the guest: 'two more launching in March-ish'",
        "sources": SOURCES("shipit", 92, "shipit/ship-it-92.md"),
        "hosts": [JUSTIN, AUTUMN],
        "guests": [
            GUEST(
                "Andrew Guenther",
                "Orbital Sidekick",
                "principal software engineer at Orbital Sidekick (OSK, a company of about 30 running hyperspectral imaging satellites), employee number 13; formerly seven years at AWS",
                "excerpt, host: 'Andrew, tell us about yourself and what you were doing at Orbital Sidekick'; the guest: 'So I'm Andrew Guenther, I work for a company called Orbital Sidekick', 'I am principal software engineer at Orbital Sidekick. Prior to that, I worked at AWS for seven years'",
                ["Andrew"],
                other_affiliations_in_excerpt=["AWS (former employer: 'I worked at AWS for seven years ... I left AWS, joined OSK')"],
            )
        ],
        "speaker_label_note": "the raw file starts at the '**Break:**' line before the interview; the hosts' own segment before it (links and news, where the host names himself and the co-host) is not in it",
        "mentioned_people": [],
        "companies": [
            CO("Orbital Sidekick", ["OSK"], "the guest's company (named by the host, then by the guest, also as 'OSK', many times)"),
            CO("AWS", ["Amazon Web Services"], "the guest's former employer (said twice)"),
            CO("Nvidia", [], "the hardware maker ('We ship Nvidia hardware up to space'; said four times)"),
        ],
        "products": ["hyperspectral imaging satellites", "Python", "C++", "Linux", "Ubuntu 18.04", "Nvidia dev board", "XCOM (on-board computers)", "Ship It (podcast)"],
        "reference_tags": ["space", "satellites", "embedded systems", "edge computing", "deployment"],
        "description": None,
        "voices": {"Justin Garrison": "joe", "Autumn Nash": "heart", "Andrew Guenther": "joe_high"},
        "intro_style": "the interview after the hosts' segment and a break: full name and a joke before any organisation ('thank you so much, Andrew Guenther for being on the show today ... Is that an unidentified flying object?'); banter; then the company in the host's question ('what you were doing at Orbital Sidekick') and the guest's self-introduction with company, role and former employer ('I'm Andrew Guenther, I work for a company called Orbital Sidekick', 'principal software engineer at Orbital Sidekick. Prior to that, I worked at AWS for seven years'); the company also as its initials ('OSK'); neither host is named; two hosts; very many short turns (35); the excerpt ends on the guest ('Long, long, long-term support.')",
    },
    "si94_atsign": {
        "podcast": "Ship It (Changelog Media)",
        "show": "shipit",
        "episode_number": 94,
        "title": "Ship It #94",
        "title_source": PLACEHOLDER,
        "date": "2024-03",
        "date_source": "the hosts' segment before the interview (in the stored file, not in the raw file): 'Leap year happened, it's 2024', a cyber attack 'on Wednesday, February 21st'",
        "sources": SOURCES("shipit", 94, "shipit/ship-it-94.md"),
        "hosts": [JUSTIN, AUTUMN],
        "guests": [
            GUEST(
                "Chris Swan",
                "Atsign",
                "engineer at Atsign ('building a platform for next-generation networking based on personal data services'), where he implemented OpenSSF Scorecards",
                "excerpt, host: 'thank you so much, Chris Swan ... Where do you work, and what do you do?'; the guest: 'Hi, I'm Chris Swan, I'm an engineer at Atsign'",
                ["Chris"],
            )
        ],
        "speaker_label_note": "the raw file starts at the '**Break**:' line before the interview; the hosts' own segment before it (links and news, where the host names himself, the co-host and the guest with his topic) is not in it",
        "mentioned_people": [],
        "companies": [
            CO("Atsign", [], "the guest's company (said once, by the guest, in his self-introduction)"),
            CO("OpenSSF", ["Open Source Security Foundation"], "the foundation behind Scorecards (said many times)"),
            CO("Linux Foundation", [], "OpenSSF's parent ('a thing inside of the Linux Foundation')"),
            CO("CNCF", ["Cloud Native Computing Foundation"], "in passing ('alongside of the CNCF')"),
            CO("Google", [], "in passing ('a lot of initial energy, at least from Google')"),
            CO("GitHub", [], "in passing (GitHub repos, a GitHub action, GitHub config)"),
        ],
        "products": ["OpenSSF Scorecards (Scorecard)", "OpenSSF Best Practices questionnaire", "Dart", "Flutter", "GitHub Actions", "Git", "TLS", "Ship It (podcast)"],
        "reference_tags": ["open source security", "supply chain security", "security metrics", "best practices", "GitHub"],
        "description": None,
        "voices": {"Justin Garrison": "joe", "Autumn Nash": "heart", "Chris Swan": "joe_high"},
        "intro_style": "the interview after the hosts' segment and a break: the guest's full name and the topic ('thank you so much, Chris Swan, for being on the show today to talk all about OpenSSF Scorecards'), then a direct question ('Where do you work, and what do you do?') and the guest's self-introduction with role and company in one clause ('Hi, I'm Chris Swan, I'm an engineer at Atsign'); the company said only this once in the excerpt; foundations (OpenSSF, the Linux Foundation, the CNCF), Google and GitHub named; neither host is named; two hosts; 15 turns; the excerpt ends on the host",
    },
}

SET_NAME = "castflow held-out set 34 (measure only, never tune)"
