"""Hand-written ground truth for the held-out episodes (everything that is not derived from the text).

Guests, affiliations and companies were read off the excerpt text (raw/<id>.md) and, where stated,
the episode page (sources.show_notes_page). Nothing here was tuned against castflow's output.
"""


def HOST(name, aff, role, src):
    return {"name": name, "affiliation": aff, "role": role, "source": src, "in_excerpt": True}


def CO(name, aliases, source, role, spoken=True):
    return {"name": name, "aliases": aliases, "source": source, "role": role, "in_excerpt": spoken}


def SPONSOR(name, aliases=()):
    return CO(name, list(aliases), ["show_notes_sponsor"], "sponsor", False)


PAGES_NOTE = "episode page as stored in the search index used to build this set (opening text only)"

EPISODES = {
    "pai150_outerbounds": {
        "podcast": "Practical AI (Changelog Media)",
        "show": "practicalai",
        "episode_number": 150,
        "title": "From notebooks to Netflix scale with Metaflow",
        "title_source": "episode title as published (All-Practical-AI transcript archive file name, 2021 folder)",
        "date": "2021-10",
        "date_source": "approximate: 2021 per the archive folder; the guest says scikit-learn 'has just released 1.0' (Sept 2021)",
        "sources": {
            "show_notes_page": "https://changelog.com/practicalai/150",
            "other_pages": [],
            "transcript": "github.com/thechangelog/transcripts practicalai/practical-ai-150.md (human-edited, sparse [mm:ss] timestamps)",
        },
        "hosts": [
            HOST(
                "Daniel Whitenack",
                "SIL International",
                "data scientist (host)",
                "transcript intro ('I am a data scientist with SIL International')",
            )
        ],
        "guests": [
            {
                "name": "Ville Tuulos",
                "affiliation": "Outerbounds",
                "role": "CEO (previously led the data science infrastructure group at Netflix; author of Effective Data Science Infrastructure)",
                "source": "excerpt ('Ville Tuulos is with us, who is CEO at Outerbounds, and was previously leading the data science infrastructure group at Netflix')",
                "aliases": [],
                "in_excerpt": True,
            }
        ],
        "mentioned_people": [
            {
                "name": "Chris Benson",
                "note": "co-host, named in the intro ('tech strategist at Lockheed Martin, but he's got the week off'); absent, does not speak",
            }
        ],
        "companies": [
            CO("Outerbounds", ["Outer Bounds"], ["transcript"], "guest company"),
            CO("Netflix", [], ["transcript"], "guest's previous employer (data science infrastructure)"),
            CO("SIL International", ["SIL"], ["transcript"], "host's employer"),
            CO("Lockheed Martin", [], ["transcript"], "absent co-host's employer"),
        ],
        "products": [
            "Effective Data Science Infrastructure (book)",
            "self-organizing maps",
            "Python",
            "Java",
            "C",
            "C++",
            "PyTorch",
            "TensorFlow",
            "XGBoost",
            "scikit-learn",
        ],
        "reference_tags": ["data science infrastructure", "MLOps", "Netflix", "Outerbounds", "cloud", "Python"],
        "description": None,
        "voices": {"Daniel Whitenack": "joe", "Ville Tuulos": "joe_high"},
        "intro_style": "host's long intro: '<Name> is with us, who is CEO at <Org>, and was previously ... at <Org2>'; absent co-host named",
    },
    "pai120_aryballe": {
        "podcast": "Practical AI (Changelog Media)",
        "show": "practicalai",
        "episode_number": 120,
        "title": "Practical AI #120",
        "title_source": "placeholder: the real title was not available offline",
        "date": "2021-01",
        "date_source": "approximate: 'first of year things' and 'a crazy last week' in the United States (January 2021)",
        "sources": {
            "show_notes_page": "https://changelog.com/practicalai/120",
            "other_pages": [],
            "transcript": "github.com/thechangelog/transcripts practicalai/practical-ai-120.md (human-edited, sparse [mm:ss] timestamps)",
        },
        "hosts": [
            HOST(
                "Daniel Whitenack",
                "SIL International",
                "data scientist (host)",
                "transcript intro ('I'm a data scientist with SIL International')",
            ),
            HOST(
                "Chris Benson",
                "Lockheed Martin",
                "principal emerging technology strategist (co-host)",
                "transcript intro ('my co-host, Chris Benson, who is a principal emerging technology strategist at Lockheed Martin')",
            ),
        ],
        "guests": [
            {
                "name": "Terri Jordan",
                "affiliation": "Aryballe",
                "role": "runs Aryballe's U.S. division (material scientist, Ph.D. in polymer physics)",
                "source": "excerpt ('we have Terri Jordan and Yanis Caritu from Aryballe with us' ... 'asked me ... if I wanted to run the U.S. division')",
                "aliases": ["Terri"],
                "in_excerpt": True,
            },
            {
                "name": "Yanis Caritu",
                "affiliation": "Aryballe",
                "role": "chief software officer",
                "source": "excerpt (self-introduction: 'So now I'm chief software officer at Aryballe, and I joined the company two years ago')",
                "aliases": ["Yanis"],
                "in_excerpt": True,
            },
        ],
        "mentioned_people": [],
        "companies": [
            CO("Aryballe", [], ["transcript"], "guests' company (digital olfaction, electronic noses)"),
            CO("SIL International", ["SIL"], ["transcript"], "host's employer"),
            CO("Lockheed Martin", [], ["transcript"], "co-host's employer"),
        ],
        "products": ["electronic noses", "digital olfaction", "UV-emitting LEDs", "neural networks"],
        "reference_tags": ["digital olfaction", "electronic nose", "odor analytics", "sensors", "machine learning"],
        "description": None,
        "voices": {
            "Daniel Whitenack": "joe",
            "Chris Benson": "joe_low",
            "Terri Jordan": "heart",
            "Yanis Caritu": "heart_low",
        },
        "intro_style": "two guests named together by the host after long banter ('we have <A> and <B> from <Org> with us'); one guest gives his own title later; a guest speaks one stray line before the introduction",
    },
    "ft80_fly": {
        "podcast": "Founders Talk (Changelog Media)",
        "show": "founderstalk",
        "episode_number": 80,
        "title": "Iterating to globally distributed apps and databases",
        "title_source": "episode page",
        "date": "2021",
        "date_source": "approximate: year only (Fly era, after the 'Postgres read replicas everywhere' Fly blog post mentioned later in the episode)",
        "sources": {
            "show_notes_page": "https://changelog.com/founderstalk/80",
            "other_pages": [],
            "transcript": "github.com/thechangelog/transcripts founderstalk/founders-talk-80.md (human-edited, sparse [mm:ss] timestamps)",
        },
        "hosts": [
            HOST("Adam Stacoviak", None, "host", "transcript ('Welcome to Founders Talk'; no affiliation stated)")
        ],
        "guests": [
            {
                "name": "Kurt Mackey",
                "affiliation": "Fly.io",
                "role": "co-founder and CEO",
                "source": "excerpt: only 'Kurt' is said ('Well, Kurt, thanks for joining me'); the company is said late and only in passing ('Even now, I'm sure with Fly, and in the path of MongoHQ, turned Compose'); role from the show notes ('Kurt Mackey, co-founder and CEO of Fly.io')",
                "aliases": ["Kurt"],
                "in_excerpt": True,
                "name_in_excerpt": "first name only",
            }
        ],
        "mentioned_people": [{"name": "Jean-Louis Gassée", "note": "inventor of BeOS, mentioned by the guest"}],
        "companies": [
            CO("Fly.io", ["Fly"], ["show_notes", "transcript"], "guest company (said once, late in the excerpt)"),
            CO("MongoHQ", ["Mongo HQ"], ["transcript"], "guest's previous company"),
            CO("Compose", [], ["transcript"], "guest's previous company (MongoHQ renamed)"),
            CO("IBM", [], ["transcript"], "acquired Compose"),
            CO("Ars Technica", [], ["transcript"], "guest's earlier employer"),
            CO("Condé Nast", ["Conde Nast"], ["transcript"], "owner of Ars Technica"),
            CO("Microsoft", [], ["transcript"], "mentioned (window management)"),
            SPONSOR("Render"),
            SPONSOR("Auth0", ["Auth zero"]),
            SPONSOR("Snowplow Analytics", ["Snowplow"]),
            SPONSOR("Fastly"),
        ],
        "products": ["Firefox", "BeOS", "Macintosh", "F#", ".NET", "Linux", "WordPress", "Movable Type", "CMS"],
        "reference_tags": ["founders", "databases in the cloud", "Fly.io", "MongoHQ", "Compose", "entrepreneurship"],
        "description": "Today Adam is joined by Kurt Mackey, co-founder and CEO of Fly.io — a platform for running full stack apps and databases close to users. This conversation with Kurt talks through his journey as a developer and entrepreneur, fundraising, getting into Y Combinator (twice), and how they've iterated on the Fly platform since 2017 to get to where they are right now.",
        "voices": {"Adam Stacoviak": "joe_low", "Kurt Mackey": "heart"},
        "intro_style": "no introduction: first name only, past companies listed by the host, current company said once in passing near the end",
    },
    "cl480_render": {
        "podcast": "The Changelog (Changelog Media)",
        "show": "podcast",
        "episode_number": 480,
        "title": "Git your reset on",
        "title_source": "episode page",
        "date": "2022-02-15",
        "date_source": "podscripts.co episode date",
        "sources": {
            "show_notes_page": "https://changelog.com/podcast/480",
            "other_pages": [
                "https://podscripts.co/podcasts/the-changelog-software-development-open-source/git-your-reset-on-interview"
            ],
            "transcript": "github.com/thechangelog/transcripts podcast/the-changelog-480.md (human-edited, sparse [mm:ss] timestamps)",
        },
        "hosts": [
            HOST("Jerod Santo", None, "host", "transcript (no affiliation stated)"),
            {
                "name": "Adam Stacoviak",
                "affiliation": None,
                "role": "co-host",
                "source": "show notes; he speaks only after the excerpt ends",
                "in_excerpt": False,
            },
        ],
        "guests": [
            {
                "name": "Annie Sexton",
                "affiliation": "Render",
                "role": "UX engineer",
                "source": "excerpt ('So we are joined by Annie Sexton, a UX engineer at Render')",
                "aliases": ["Annie"],
                "in_excerpt": True,
            }
        ],
        "mentioned_people": [],
        "companies": [
            CO("Render", [], ["show_notes", "transcript"], "guest company"),
            SPONSOR("Sentry"),
            SPONSOR("InfluxData", ["InfluxDB"]),
            SPONSOR("FireHydrant", ["Fire Hydrant"]),
            SPONSOR("MongoDB"),
        ],
        "products": [
            "Git",
            "Git Organized: A Better Git Flow (blog post)",
            "rebase",
            "reset",
            "Go",
            "Python",
            "PEPs",
            "Perl",
            "Ruby",
            "Linux kernel",
            "React",
            "Rails",
            "MVC",
        ],
        "reference_tags": ["Git", "git flow", "rebase", "reset", "code review", "commits"],
        "description": "This week we're joined by Annie Sexton, UX Engineer at Render, to talk about her blog post titled Git Organized: A Better Git Flow that made the internet explode when she suggested using reset instead of rebase for a better git flow.",
        "voices": {"Jerod Santo": "joe", "Annie Sexton": "heart"},
        "intro_style": "one-sentence host intro at the very start: 'So we are joined by <Name>, a <role> at <Org>'",
    },
    "cl484_kernighan": {
        "podcast": "The Changelog (Changelog Media)",
        "show": "podcast",
        "episode_number": 484,
        "title": "Wisdom from 50+ years in software",
        "title_source": "episode page (changelog.com/person/bwk listing) and snipd",
        "date": "2022-03-30",
        "date_source": "share.snipd.com episode date",
        "sources": {
            "show_notes_page": "https://changelog.com/podcast/484",
            "other_pages": [
                "https://changelog.com/person/bwk",
                "https://share.snipd.com/episode/86c6d04e-b97b-42ad-8748-23f4bba8dd25",
            ],
            "transcript": "github.com/thechangelog/transcripts podcast/the-changelog-484.md (human-edited, sparse [mm:ss] timestamps)",
        },
        "hosts": [
            HOST("Jerod Santo", None, "host", "transcript (no affiliation stated)"),
            HOST(
                "Adam Stacoviak",
                None,
                "co-host",
                "transcript (speaks from the middle of the excerpt; no affiliation stated)",
            ),
        ],
        "guests": [
            {
                "name": "Brian Kernighan",
                "affiliation": "Princeton University",
                "role": "professor of computer science at Princeton (formerly Bell Labs; co-author of AWK, author of Unix: A History and a Memoir)",
                "source": "excerpt: only 'Brian' is said; the university appears only in his own story ('I was a grad student at Princeton', 'finished my degree at Princeton'), and he talks at length about Bell Labs; his professorship is from the show notes ('teaching the next generation at Princeton')",
                "aliases": ["Brian"],
                "in_excerpt": True,
                "name_in_excerpt": "first name only",
                "other_affiliations_in_excerpt": ["Bell Labs (former employer)"],
            }
        ],
        "mentioned_people": [
            {"name": "Ken Thompson", "note": "Unix co-creator"},
            {"name": "Dennis Ritchie", "note": "Unix co-creator"},
            {"name": "Lex Fridman", "note": "podcaster who interviewed the guest"},
        ],
        "companies": [
            CO("Princeton University", ["Princeton"], ["show_notes", "transcript"], "guest's university"),
            CO(
                "Bell Labs",
                ["Bell Laboratories", "the Labs"],
                ["transcript"],
                "guest's former employer, birthplace of Unix",
            ),
            CO("MIT", ["Massachusetts Institute of Technology"], ["transcript"], "guest's summer internship"),
            CO("Project MAC", [], ["transcript"], "MIT project that built Multics"),
        ],
        "products": [
            "Unix",
            "Unix: A History and a Memoir (book)",
            "Multics",
            "PDP-7",
            "Raspberry Pi",
            "Linux",
            "Fortran",
            "punched cards",
        ],
        "reference_tags": ["Unix", "Bell Labs", "history of computing", "C", "AWK", "programming"],
        "description": "Today we have a special treat. A conversation with Brian Kernighan! Brian's been in the software game since the beginning of Unix. Yes, he was there at Bell Labs when it all began. And he is still at it today, writing books and teaching the next generation at Princeton.",
        "voices": {"Jerod Santo": "joe", "Adam Stacoviak": "joe_low", "Brian Kernighan": "heart_low"},
        "intro_style": "first name only ('Well, Brian, ... welcome'); university said only inside the guest's own life story; a second former employer (Bell Labs) dominates",
    },
    "gt180_encore": {
        "podcast": "Go Time (Changelog Media)",
        "show": "gotime",
        "episode_number": 180,
        "title": "Are frameworks getting an Encore?",
        "title_source": "episode page",
        "date": "2021-05",
        "date_source": "approximate: linked from Golang Weekly (link id 108411, spring 2021)",
        "sources": {
            "show_notes_page": "https://changelog.com/gotime/180",
            "other_pages": ["https://golangweekly.com/link/108411/web"],
            "transcript": "github.com/thechangelog/transcripts gotime/go-time-180.md (human-edited, sparse [mm:ss] timestamps)",
        },
        "hosts": [
            HOST("Johnny Boursiquot", None, "host", "transcript intro ('It's me, Johnny'; no affiliation stated)"),
            HOST(
                "Natalie Pistunovich", None, "co-host", "transcript intro ('my charming co-host, Natalie Pistunovich')"
            ),
            HOST("Jerod Santo", None, "co-host", "transcript intro ('And Jerod Santo.')"),
        ],
        "guests": [
            {
                "name": "André Eriksson",
                "affiliation": "Encore",
                "role": "creator of Encore (backend framework)",
                "source": "excerpt ('today Mr. André Eriksson has no doubt had to make some as the creator of Encore, a seemingly kitchen-sink-included backend framework')",
                "aliases": ["Andre Eriksson", "André"],
                "in_excerpt": True,
            }
        ],
        "mentioned_people": [],
        "companies": [
            CO("Encore", [], ["show_notes", "transcript"], "guest's company / framework"),
            SPONSOR("Teleport"),
            SPONSOR("LaunchDarkly", ["Launch Darkly"]),
            SPONSOR("O'Reilly Media", ["O'Reilly"]),
        ],
        "products": ["Go", "VS Code", "IDE", "tracing", "Slack"],
        "reference_tags": ["developer productivity", "frameworks", "Go", "Encore", "tooling", "trade-offs"],
        "description": "Tools and frameworks that aim to boost developer productivity are always worth a closer look, but we don't often consider the trade-offs for whichever we settle on. ... Joining us to discuss is André Eriksson, the creator of Encore, a backend framework that aims to make development and deployment as productive as it can be.",
        "voices": {
            "Johnny Boursiquot": "joe_low",
            "Natalie Pistunovich": "heart",
            "Jerod Santo": "joe",
            "André Eriksson": "joe_high",
        },
        "intro_style": "guest named mid-intro as 'Mr. <Name> ... the creator of <Org>, a ... framework'; three hosts, two of them named co-hosts",
    },
    "si21_incidentio": {
        "podcast": "Ship It! (Changelog Media)",
        "show": "shipit",
        "episode_number": 21,
        "title": "Learning from incidents",
        "title_source": "episode page",
        "date": "2021-09",
        "date_source": "approximate: follows episode 20 (recorded in September 2021, 'we're now in September')",
        "sources": {
            "show_notes_page": "https://changelog.com/shipit/21",
            "other_pages": ["https://incident.io/blog/incident-io-on-ship-it"],
            "transcript": "github.com/thechangelog/transcripts shipit/ship-it-21.md (human-edited, sparse [mm:ss] timestamps)",
        },
        "hosts": [HOST("Gerhard Lazu", None, "host", "transcript (no affiliation stated)")],
        "guests": [
            {
                "name": "Stephen Whitworth",
                "affiliation": "incident.io",
                "role": "co-founder (formerly staff engineer at Monzo)",
                "source": "excerpt: first name only ('the nicest emails from Stephen', 'Chris and Stephen are joining us in person'); company from the excerpt ('Just wondering what capacity you're interested in Incident.io'); role from the show notes",
                "aliases": ["Stephen"],
                "in_excerpt": True,
                "name_in_excerpt": "first name only",
            },
            {
                "name": "Chris Evans",
                "affiliation": "incident.io",
                "role": "co-founder (formerly staff engineer at Monzo)",
                "source": "excerpt: first name only ('Chris and Stephen are joining us'); 'what we're building at Incident.io'; role from the show notes",
                "aliases": ["Chris"],
                "in_excerpt": True,
                "name_in_excerpt": "first name only",
            },
        ],
        "mentioned_people": [{"name": "Gergely Orosz", "note": "tweeted about the new incident.io team; not a guest"}],
        "companies": [
            CO("incident.io", ["Incident.io", "Incident io"], ["show_notes", "transcript"], "guests' company"),
            CO("PagerDuty", ["Pager Duty"], ["transcript"], "paging tool mentioned"),
            CO("Opsgenie", ["Ops Genie"], ["transcript"], "paging tool mentioned"),
            CO("Slack", [], ["transcript"], "chat tool mentioned"),
            SPONSOR("Fly.io", ["Fly"]),
            SPONSOR("PlanetScale", ["Planet Scale"]),
            SPONSOR("Honeycomb"),
            SPONSOR("FireHydrant", ["Fire Hydrant"]),
        ],
        "products": ["incident response", "paging", "SSH", "Go Time (podcast)", "Changelog (podcast)"],
        "reference_tags": ["incident management", "incident response", "SRE", "on-call", "incident.io"],
        "description": "In this episode, Gerhard is joined by Stephen Whitworth and Chris Evans, co-founders, and former Staff Engineers at Monzo.",
        "voices": {"Gerhard Lazu": "heart_low", "Stephen Whitworth": "joe", "Chris Evans": "joe_high"},
        "intro_style": "two guests, first names only, inside a long anecdote ('the nicest emails from Stephen', 'Chris and Stephen are joining us'); the company comes from a quoted email and from the guests themselves",
    },
    "jsp309_netflix": {
        "podcast": "JS Party (Changelog Media)",
        "show": "jsparty",
        "episode_number": 309,
        "title": "JS Party #309",
        "title_source": "placeholder: the real title was not available offline",
        "date": "2024-02",
        "date_source": "approximate: React Paris (22 March 2024) is announced as upcoming; the transcript says a conference is 'in two weeks'",
        "sources": {
            "show_notes_page": "https://changelog.com/jsparty/309",
            "other_pages": [],
            "transcript": "github.com/thechangelog/transcripts jsparty/js-party-309.md (human-edited, sparse [mm:ss] timestamps)",
        },
        "hosts": [
            HOST("Jerod Santo", None, "host", "transcript intro (no affiliation stated)"),
            HOST(
                "Nick Nisi",
                None,
                "co-host",
                "transcript intro ('my longtime co-host and friend, Nick Nisi'; 'funemployed')",
            ),
        ],
        "guests": [
            {
                "name": "Shaundai Person",
                "affiliation": "Netflix",
                "role": "frontend / senior software engineer; conference speaker; career switcher from sales",
                "source": "excerpt ('We have an awesome guest - Shaundai Person from Netflix is here with us')",
                "aliases": ["Shaundai"],
                "in_excerpt": True,
            }
        ],
        "mentioned_people": [
            {"name": "Omar", "note": "React Paris organiser"},
            {"name": "Tejas Kumar", "note": "speaker, friend of the guest"},
            {"name": "Josh Comeau", "note": "React Paris speaker"},
            {"name": "Una Kravets", "note": "React Paris speaker"},
            {"name": "Anthony Fu", "note": "React Paris speaker"},
        ],
        "companies": [
            CO("Netflix", [], ["transcript"], "guest company"),
            CO("React Paris", [], ["transcript"], "conference (community-run) promoted in the Holla segment"),
            CO("Be.js", ["BeJS"], ["transcript"], "conference organisers (Belgium)"),
        ],
        "products": ["React", "TypeScript (announced topic, not yet discussed)"],
        "reference_tags": ["career switching", "sales to engineering", "conferences", "React Paris", "frontend"],
        "description": None,
        "voices": {"Jerod Santo": "joe", "Nick Nisi": "joe_high", "Shaundai Person": "heart"},
        "intro_style": "after two minutes of host banter: '<Name> from <Org> is here with us'; then a jingle-framed conference segment (jingle not voiced)",
    },
}
