"""Hand-written ground truth for the ninth held-out set (everything that is not derived from the text).

Guests, affiliations and companies were read off the excerpt text (raw/<id>.md, the part excerpt_lib
keeps). No episode page was available offline when the set was built, so titles are placeholders
(title_source says so), descriptions are absent and dates are approximate (date_source says from what).
Affiliations are the guest's organisation at the time of the episode. Nothing here was tuned against
castflow's output, and castflow's rules were not read while choosing the episodes.
"""


from truth_records import CO, GUEST, HOST, PLACEHOLDER, SOURCES  # ../heldout, on the path build.py sets

EPISODES = {
    "pai141_beyondminds": {
        "podcast": "Practical AI (Changelog Media)",
        "show": "practicalai",
        "episode_number": 141,
        "title": "Practical AI #141",
        "title_source": PLACEHOLDER,
        "date": "2021-07",
        "date_source": "approximate: Practical AI #140 (the episode before, a 'Fully Connected' one) says 'we are in early July 2021'; Practical AI numbering (weekly)",
        "sources": SOURCES("practicalai", 141, "practicalai/practical-ai-141.md"),
        "hosts": [
            HOST("Daniel Whitenack", "SIL International", "co-host (data scientist)", "transcript intro ('I am a data scientist with SIL International')", ["Daniel"]),
            HOST("Chris Benson", "Lockheed Martin", "co-host (tech strategist)", "transcript intro ('my co-host, Chris Benson, who is a tech strategist at Lockheed Martin')", ["Chris"]),
        ],
        "guests": [
            GUEST(
                "Roey Mechrez",
                "BeyondMinds",
                "CTO and co-founder (founded about three years before); earlier a Ph.D. in computer vision",
                "excerpt, host's second turn: 'We have with us Roey Mechrez, who is CTO at BeyondMinds. I saw a talk by him at GTC about Garbage In/Garbage Out ... So welcome, Roey.'; the guest: 'we established BeyondMind, the company that I'm its founder', 'that's what I'm doing as the CTO, as the co-founder', 'my team at BeyondMinds, which is more than 50 engineers today'",
                ["Roey"],
            )
        ],
        "mentioned_people": [],
        "companies": [
            CO("BeyondMinds", ["BeyondMind"], "guest's company (said by the host and, three times, by the guest; once as 'BeyondMind')"),
            CO("SIL International", [], "host Daniel Whitenack's employer (said in the intro)"),
            CO("Lockheed Martin", [], "host Chris Benson's employer (said in the intro)"),
            CO("GTC", [], "conference where the host saw the guest's talk ('a talk by him at GTC')"),
            CO("CVPR", [], "computer vision conference the guest published at"),
            CO("ICCV", [], "computer vision conference the guest published at"),
            CO("Facebook", [], "mentioned ('outside Facebook, Google and Amazon')"),
            CO("Google", [], "mentioned (enterprise AI; the top research affiliation; hiring from Stanford)"),
            CO("Amazon", [], "mentioned ('outside Facebook, Google and Amazon')"),
            CO("DeepMind", [], "mentioned (second research affiliation)"),
            CO("Stanford", [], "mentioned (universities data scientists are hired from)"),
            CO("MIT", [], "mentioned ('went to Stanford and MIT')"),
        ],
        "products": ["garbage in/garbage out", "enterprise AI", "AI in production", "computer vision", "medical imaging", "state of the art (SOTA) models", "RTSP audio streams", "Practical AI (podcast)"],
        "reference_tags": ["AI in production", "enterprise AI", "MLOps", "research vs industry", "data science teams"],
        "description": None,
        "voices": {"Daniel Whitenack": "joe", "Chris Benson": "joe_low", "Roey Mechrez": "joe_high"},
        "intro_style": "host's second turn, after co-host small talk: 'We have with us <Name>, who is CTO at <Org>. I saw a talk by him at <conference> ... So welcome, <First name>.'; hosts give their own employers in the intro; the guest then says he co-founded the company and names it again (once in a variant spelling)",
    },
    "pai143_neverbeforeheardsounds": {
        "podcast": "Practical AI (Changelog Media)",
        "show": "practicalai",
        "episode_number": 143,
        "title": "Practical AI #143",
        "title_source": PLACEHOLDER,
        "date": "2021-07",
        "date_source": "approximate: two episodes after Practical AI #141 (July 2021; #140 says 'early July 2021'); Practical AI numbering (weekly)",
        "sources": SOURCES("practicalai", 143, "practicalai/practical-ai-143.md"),
        "hosts": [
            HOST("Daniel Whitenack", "SIL International", "co-host (data scientist)", "transcript intro ('I'm a data scientist with SIL International')", ["Daniel"]),
            HOST("Chris Benson", "Lockheed Martin", "co-host (tech strategist)", "transcript intro ('my co-host, Chris Benson, who is a tech strategist at Lockheed Martin')", ["Chris"]),
        ],
        "guests": [
            GUEST(
                "Yotam Mann",
                "Never Before Heard Sounds",
                "co-founder; musician and programmer",
                "excerpt, host's third turn: 'we have Yotam Mann, who is a musician and programmer. He's the co-founder of Never Before Heard Sounds, which uses machine learning and AI for musicians ... Welcome, Yotam.'; the guest: 'We actually made a little website where we show off two of these models called gan.style'",
                ["Yotam"],
            )
        ],
        "mentioned_people": [
            {"name": "Beethoven", "note": "the composer, in a host's joke about delayed audio"},
        ],
        "companies": [
            CO("Never Before Heard Sounds", [], "guest's company (said once, by the host, in the intro)"),
            CO("SIL International", [], "host Daniel Whitenack's employer (said in the intro)"),
            CO("Lockheed Martin", [], "host Chris Benson's employer (said in the intro)"),
            CO("YouTube", [], "mentioned ('You drop in an YouTube link')"),
        ],
        "products": ["MIDI", "Markov chains", "music information retrieval", "onsets and frames (piano transcription model)", "wav files", "mp3 files", "GANs", "gan.style", "choir model", "string quartet model", "real-time audio generation", "Practical AI (podcast)"],
        "reference_tags": ["AI for music", "audio generation", "generative models", "GANs", "real-time audio"],
        "description": None,
        "voices": {"Daniel Whitenack": "joe", "Chris Benson": "joe_low", "Yotam Mann": "joe_high"},
        "intro_style": "host's third turn, after small talk about music: 'we have <Name>, who is a musician and programmer. He's the co-founder of <Org>, which uses machine learning and AI for musicians ... Welcome, <First name>.'; hosts give their own employers in the intro; the company is said only once",
    },
    "gt165_goteam": {
        "podcast": "Go Time (Changelog Media)",
        "show": "gotime",
        "episode_number": 165,
        "title": "Go Time #165",
        "title_source": PLACEHOLDER,
        "date": "2021-01",
        "date_source": "approximate: Go Time #166, the next episode, says 'getting the new year started, almost done with January'; Go Time numbering (weekly)",
        "sources": SOURCES("gotime", 165, "gotime/go-time-165.md"),
        "hosts": [
            HOST("Mat Ryer", None, "host", "transcript intro ('I'm Mat Ryer'; affiliation not said)", ["Mat"]),
            HOST("Jon Calhoun", None, "co-host ('regular Jon Calhoun')", "transcript intro (affiliation not said)", ["Jon"]),
        ],
        "guests": [
            GUEST(
                "Michael Knyszek",
                "Go team",
                "member of the Go team, working on the Go runtime for about 2.3 years",
                "excerpt, host's third turn: 'We're also joined by a member of the Go team who's been working on the runtime for the last 2.3 years, he told me. Welcome to the show, Michael Knyszek. Hello!'. The company behind the Go team is never named",
                ["Michael"],
            )
        ],
        "mentioned_people": [],
        "companies": [
            CO("Go team", ["the Go team"], "the guest's team (said once, by the host); the company behind it is never named"),
        ],
        "products": ["Go", "Go runtime", "func main", "goroutines", "defer", "os.Exit", "exit codes", "file handles", "HTTP response bodies", "Linux", "context (cancellation)", "Go Time (podcast)"],
        "reference_tags": ["Go", "program exit", "graceful shutdown", "operating systems", "runtime internals"],
        "description": None,
        "voices": {"Mat Ryer": "joe_high", "Jon Calhoun": "joe", "Michael Knyszek": "joe_low"},
        "intro_style": "host's third turn, after the co-host is introduced: 'We're also joined by a member of the <team> who's been working on the runtime for the last 2.3 years, he told me. Welcome to the show, <Name>. Hello!' (the team before the name; no company named)",
    },
    "jsp230_typescripteslint": {
        "podcast": "JS Party (Changelog Media)",
        "show": "jsparty",
        "episode_number": 230,
        "title": "JS Party #230",
        "title_source": PLACEHOLDER,
        "date": "2022-06",
        "date_source": "approximate: the guest's O'Reilly book Learning TypeScript is out 'as of this week' (mid-2022); JS Party numbering (weekly)",
        "sources": SOURCES("jsparty", 230, "jsparty/js-party-230.md"),
        "hosts": [
            HOST("Nick Nisi", None, "host", "transcript intro ('It's me, Nick Nisi'; affiliation not said)", ["Nick"]),
            HOST("Kevin Ball", None, "panelist ('With me today I have Kball')", "transcript: the host says only 'Kball'; affiliation not said", ["Kball", "Kevin"]),
            HOST("Christopher Hiller", None, "panelist ('Chris, a.k.a. b0neskull')", "transcript: the host says 'Chris, a.k.a. b0neskull'; he works on the Appium project (employer not said)", ["Chris", "b0neskull"]),
        ],
        "guests": [
            GUEST(
                "Josh Goldberg",
                "TypeScript ESLint",
                "full-time open source maintainer (TypeScript ESLint; also contributes to TypeScript); author of O'Reilly's Learning TypeScript; formerly at Codecademy and, before that, Microsoft",
                "excerpt, host: 'we have a special guest with us today, and that is Josh Goldberg. Josh, how's it going?'; the guest introduces himself: 'I used to work full-time for Codecademy previous Microsoft... But now I'm a full-time open source maintainer, contributor person, and as of this week a textbook author with O'Reilly', 'I mostly work around static analysis in the JavaScript ecosystem, so things like TypeScript ESLint'",
                ["Josh"],
                other_affiliations_in_excerpt=["O'Reilly (publisher of his book)", "Codecademy (former employer; he worked on its Learning TypeScript course)", "Microsoft (earlier employer)", "TypeScript (he contributes)"],
            )
        ],
        "mentioned_people": [
            {"name": "BMC", "note": "the show's theme-music maker ('the BMC beats that we just intro-ed to')"},
        ],
        "companies": [
            CO("TypeScript ESLint", ["typescript-eslint"], "the open source project the guest works on (said once, by the guest)"),
            CO("O'Reilly", [], "publisher of the guest's book (said twice)"),
            CO("Codecademy", [], "guest's former employer (said twice)"),
            CO("Microsoft", [], "guest's earlier employer ('previous Microsoft')"),
        ],
        "products": ["TypeScript", "JavaScript", "ESLint", "Learning TypeScript (book)", "CoffeeScript", "JSDoc docstrings", "checkJs / allowJs", "Node", "Appium", "Selenium", "Babel", "tsc", "ES5", "JS Party (podcast)"],
        "reference_tags": ["TypeScript", "JavaScript", "static analysis", "linting", "open source"],
        "description": None,
        "voices": {"Nick Nisi": "joe_high", "Kevin Ball": "joe_low", "Christopher Hiller": "heart_low", "Josh Goldberg": "joe"},
        "intro_style": "host names the guest after the two panelists ('we have a special guest with us today, and that is <Name>. <First name>, how's it going?'), no organisation; a few turns later the host asks 'tell us a little bit about yourself' and the guest gives his former employers and his current work (full-time open source maintainer, book author with <publisher>, '<project>')",
    },
    "cl400_safari": {
        "podcast": "The Changelog (Changelog Media)",
        "show": "podcast",
        "episode_number": 400,
        "title": "The Changelog #400",
        "title_source": PLACEHOLDER,
        "date": "2020-06",
        "date_source": "approximate: 'Fresh off of the big announcements at WWDC 2020' (June 2020)",
        "sources": SOURCES("podcast", 400, "podcast/the-changelog-400.md"),
        "hosts": [
            HOST("Jerod Santo", None, "host", "transcript (name and affiliation not said in the excerpt)", ["Jerod"]),
            HOST("Adam Stacoviak", None, "co-host", "transcript (name and affiliation not said in the excerpt)", ["Adam"]),
        ],
        "guests": [
            GUEST(
                "Ronak Shah",
                "Safari team",
                "on the Safari team (his role is not said in the excerpt)",
                "excerpt, host's opening line: 'So we're joined by Ronak and Beth from the Safari team. Thanks so much for coming on the Changelog.' The surname is never spoken, and the company behind the Safari team is never named in the excerpt",
                ["Ronak"],
                name_in_excerpt="first name only",
            ),
            GUEST(
                "Beth Dakin",
                "Safari team",
                "on the Safari team (her role is not said in the excerpt)",
                "excerpt, host's opening line: 'So we're joined by Ronak and Beth from the Safari team.'; 'both Beth and Ronak, take your turns'. The surname is never spoken, and the company behind the Safari team is never named in the excerpt",
                ["Beth"],
                name_in_excerpt="first name only",
            ),
        ],
        "mentioned_people": [
            {"name": "Caitlin Neiman", "note": "wrote the Mozilla blog post welcoming Safari to web extensions"},
        ],
        "companies": [
            CO("Safari team", ["the Safari team", "Safari"], "both guests' team (said once, in the opening line); the company behind it is never named in the excerpt"),
            CO("Changelog Media", ["the Changelog"], "the show ('for coming on the Changelog')"),
            CO("WWDC", ["WWDC 2020"], "the conference where the release was announced (said twice)"),
            CO("Mozilla", ["the Mozilla blog"], "mentioned (the web extension API's history; the Mozilla blog post)"),
            CO("Google", [], "mentioned ('Google kind of took it and ran with it')"),
        ],
        "products": ["Safari", "Safari 14", "web extension API", "Safari extensions", "app store category for Safari extensions", "privacy controls", "customizable start page", "built-in translation", "tab redesign", "Firefox", "Chrome", "JavaScript"],
        "reference_tags": ["web browsers", "browser extensions", "privacy", "web standards", "Safari"],
        "description": None,
        "voices": {"Jerod Santo": "joe", "Adam Stacoviak": "joe_low", "Ronak Shah": "joe_high", "Beth Dakin": "heart"},
        "intro_style": "two guests by first name only, with their team, in the host's opening line ('So we're joined by <First name> and <First name> from the <team>. Thanks so much for coming on the Changelog.'); neither surname nor the company is ever spoken",
    },
    "cl401_firacode": {
        "podcast": "The Changelog (Changelog Media)",
        "show": "podcast",
        "episode_number": 401,
        "title": "The Changelog #401",
        "title_source": PLACEHOLDER,
        "date": "2020-06",
        "date_source": "approximate: follows The Changelog #400 (just after WWDC 2020, June 2020); The Changelog numbering (weekly; a 'Maintainer Spotlight' episode)",
        "sources": SOURCES("podcast", 401, "podcast/the-changelog-401.md"),
        "hosts": [
            HOST("Jerod Santo", None, "host", "transcript (name and affiliation not said in the excerpt)", ["Jerod"]),
            HOST("Adam Stacoviak", None, "co-host", "transcript (named as 'Adam' by the host; affiliation not said)", ["Adam"]),
        ],
        "guests": [
            GUEST(
                "Nikita Prokopov",
                "FiraCode",
                "author and maintainer of FiraCode, a free monospaced font with programming ligatures; professionally a software engineer (employer not said)",
                "excerpt, host's opening line: 'So we're here with Nikita, who's the author of FiraCode, a free monospaced font with programming ligatures.'; 'Nikita, thanks for coming on The Changelog with us'; the guest: 'Professionally, I am a software engineer', 'I found FiraMono and built FiraCode out with it'. The surname is never spoken",
                ["Nikita"],
                name_in_excerpt="first name only",
            )
        ],
        "mentioned_people": [
            {"name": "Ollie", "note": "FiraCode user who suggested the guest for Maintainer Spotlight (first name only)"},
        ],
        "companies": [
            CO("FiraCode", ["Fira Code"], "the guest's open source project (said several times)"),
            CO("Changelog Media", ["The Changelog"], "the show ('thanks for coming on The Changelog with us')"),
        ],
        "products": ["FiraCode", "FiraMono", "Hasklig", "Victor Mono", "Font Awesome", "programming ligatures", "monospaced fonts", "italics and bold in code", "color schemes", "Haskell", "Maintainer Spotlight (series)"],
        "reference_tags": ["fonts", "typography", "programming ligatures", "open source maintainers", "developer tools"],
        "description": None,
        "voices": {"Jerod Santo": "joe", "Adam Stacoviak": "joe_low", "Nikita Prokopov": "joe_high"},
        "intro_style": "host's opening line, by first name with the project: 'So we're here with <First name>, who's the author of <project>, a free monospaced font with programming ligatures.'; the surname is never spoken; the organisation is his open source project",
    },
    "si83_jamesandjames": {
        "podcast": "Ship It (Changelog Media)",
        "show": "shipit",
        "episode_number": 83,
        "title": "Ship It #83",
        "title_source": PLACEHOLDER,
        "date": "2022-12",
        "date_source": "approximate: the last episode with the guest was '#49, April(ish)... six, seven months' ago; 'This year 2022?'; Black Friday has just passed (said after the excerpt)",
        "sources": SOURCES("shipit", 83, "shipit/ship-it-83.md"),
        "hosts": [
            HOST("Gerhard Lazu", None, "host", "transcript (name and affiliation not said in the excerpt)", ["Gerhard"]),
        ],
        "guests": [
            GUEST(
                "Alex Sims",
                "James & James",
                "solution architect (senior engineer until earlier that year); returning guest (Ship It #49)",
                "excerpt, host's opening line: 'Alex, welcome back to Ship It.'; the company later, from the host: 'Okay. So that is James & James. James & James, the company - that's what the company does. How about you? What do you do in the company?'; the guest: 'I was a senior engineer, and I've transitioned to a solution architect role this year'. The surname is never spoken",
                ["Alex"],
                name_in_excerpt="first name only",
            )
        ],
        "mentioned_people": [],
        "companies": [
            CO("James & James", ["James and James"], "the guest's company (said twice in one turn by the host)"),
            CO("Shopify", [], "mentioned (clients' shops: 'you have a Shopify account')"),
            CO("Royal Mail", [], "mentioned (a carrier)"),
            CO("FedEx", [], "mentioned (a carrier)"),
            CO("AWS", [], "where the applications run ('they run in AWS, on some EC2 instances')"),
        ],
        "products": ["e-commerce fulfillment", "3PL", "Symfony 1.4 (transcribed 'Symphony')", "monolith", "EC2", "EKS", "Kubernetes", "Remix", "React", "Lambda", "Laravel", "Pick (picking application and API)", "auth service", "blue/green deploys", "Ship It (podcast)"],
        "reference_tags": ["e-commerce fulfillment", "Kubernetes migration", "incidents", "feature flags", "monolith to services"],
        "description": None,
        "voices": {"Gerhard Lazu": "heart_low", "Alex Sims": "joe"},
        "intro_style": "returning guest welcomed by first name only ('<First name>, welcome back to Ship It.'); the company is said in the host's eighth turn, after the guest has described what it does ('So that is <Org>. <Org>, the company - that's what the company does'); the surname is never spoken; one host",
    },
    "ft55_zapier": {
        "podcast": "Founders Talk (Changelog Media)",
        "show": "founderstalk",
        "episode_number": 55,
        "title": "Founders Talk #55",
        "title_source": PLACEHOLDER,
        "date": "2018",
        "date_source": "approximate: Zapier was founded 'end of 2011' and has 'hit 35 million in annual revenue'; Founders Talk numbering; a year only",
        "sources": SOURCES("founderstalk", 55, "founderstalk/founders-talk-55.md"),
        "hosts": [HOST("Adam Stacoviak", None, "host", "transcript (name and affiliation not said in the excerpt)", ["Adam"])],
        "guests": [
            GUEST(
                "Bryan Helmig",
                "Zapier",
                "co-founder and CTO; earlier worked at Veterans United (Columbia, Missouri)",
                "excerpt, host's opening line: 'We're here today with Bryan Helmig, CTO of Zapier. And Zapier makes you happier, right, Bryan?'; 'You've got Zapier, the company that you've founded I think in 2011'; the guest: 'We were all also working at this company in Columbia called Veterans United'",
                ["Bryan"],
                other_affiliations_in_excerpt=["Veterans United (former employer)", "University of Missouri ('in university together, at Missou')", "Startup Weekend (which the founders won)"],
            )
        ],
        "mentioned_people": [
            {"name": "Wade", "note": "Zapier co-founder, a jazz saxophonist (first name only)"},
            {"name": "Mike", "note": "Zapier co-founder, met through Hacker News (first name only)"},
        ],
        "companies": [
            CO("Zapier", [], "guest's company (said many times)"),
            CO("Veterans United", [], "the founders' former employer"),
            CO("Startup Weekend", [], "the event and organisation the founders won ('it's a great org')"),
            CO("Hacker News", ["Hacker Newsers"], "where the guest met a co-founder"),
            CO("University of Missouri", ["Missou", "Mizzou"], "where the guest studied ('at Missou'; the full name is never said)"),
            CO("MailChimp", [], "mentioned (integrations the founders built)"),
            CO("GitHub", [], "mentioned (landing pages for service combinations)"),
            CO("Trello", [], "mentioned (landing pages for service combinations)"),
            CO("Asana", [], "mentioned ('Salesforce to Asana')"),
            CO("Salesforce", [], "mentioned ('Salesforce to Asana')"),
        ],
        "products": ["Zapier (automation and integrations)", "API Mixer", "landing pages", "skip-the-line payments", "CRM", "Founders Talk (podcast)"],
        "reference_tags": ["founders", "startups", "product-market fit", "validation", "integrations"],
        "description": None,
        "voices": {"Adam Stacoviak": "joe_low", "Bryan Helmig": "joe"},
        "intro_style": "host's opening line: 'We're here today with <Name>, CTO of <Org>. And <Org> makes you happier, right, <First name>?'; then 'You've got <Org>, the company that you've founded'; the guest names an earlier employer; one host",
    },
}

SET_NAME = "castflow held-out set 9 (measure only, never tune)"
