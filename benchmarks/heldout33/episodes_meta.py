"""Hand-written ground truth for the thirty-third held-out set (everything that is not derived from the text).

Guests, affiliations and companies were read off the excerpt text (raw/<id>.md, the part build.py
keeps). No episode page was available offline when the set was built, so titles are placeholders
(title_source says so), descriptions are absent and dates are approximate (date_source says from what).
Affiliations are the guest's organisation at the time of the episode, as the excerpt gives it. Nothing here
was tuned against castflow's output, and castflow's rules were not read while choosing the episodes.
"""


from truth_records import CO, GUEST, HOST, PLACEHOLDER, SOURCES  # ../heldout, on the path build.py sets

ADAM = HOST("Adam Stacoviak", None, "co-host", "excerpt (his affiliation is not said in the excerpt)", ["Adam"])
JEROD = HOST("Jerod Santo", None, "host", "excerpt (his affiliation is not said in the excerpt)", ["Jerod"])
ERIK = HOST("Erik St. Martin", None, "host", "excerpt ('Today on the show we have myself, Erik St. Martin'; his employer is not said)", ["Erik"])
CARLISIA = HOST("Carlisia Pinto", None, "co-host", "excerpt (named by the host; her employer is not said)", ["Carlisia"])
BRIAN = HOST("Brian Ketelsen", None, "co-host", "excerpt (named by the host; his employer is not said)", ["Brian"])
TOPTAL = CO("Toptal", [], "a sponsor of the episode, named in the host's opening ('our sponsors today are Toptal and ...')")

EPISODES = {
    "pai20_mozilla": {
        "podcast": "Practical AI (Changelog Media)",
        "show": "practicalai",
        "episode_number": 20,
        "title": "Practical AI #20",
        "title_source": PLACEHOLDER,
        "date": "2018-11",
        "date_source": "the co-host: 'as we record this today, it happens to be election day in America' (the US midterm election of November 2018; the show started in 2018 and is weekly)",
        "sources": SOURCES("practicalai", 20, "practicalai/practical-ai-20.md"),
        "hosts": [
            HOST("Daniel Whitenack", None, "host", "excerpt (addressed as 'Daniel' by the co-host and the guest; his surname and employer are not said)", ["Daniel"]),
            HOST("Chris Benson", None, "co-host", "excerpt (addressed as 'Chris' by the host and the guest; his surname and employer are not said)", ["Chris"]),
        ],
        "guests": [
            GUEST(
                "Brett Gaylor",
                "Mozilla",
                "documentary filmmaker ('documentarian') working at Mozilla (the Mozilla Foundation), where he heads up its creative media awards; made RiP!: A Remix Manifesto and the Do Not Track series; created Popcorn.js at Mozilla",
                "excerpt, host: 'we have Brett Gaylor here with us, from Mozilla'; the guest: 'So at that time I had started to work at Mozilla'; after the cut: 'heading up these creative media awards for Mozilla', 'the Mozilla Foundation that I work with'",
                ["Brett"],
                other_affiliations_in_excerpt=["National Film Board of Canada (co-producer of his documentary series Do Not Track)"],
            )
        ],
        "mentioned_people": [
            {"name": "David Letterman", "note": "a Peabody Award winner the same year"},
            {"name": "Michal Kosinski", "note": "the AI researcher behind the Facebook-likes personality study"},
        ],
        "companies": [
            CO("Mozilla", ["Mozilla Foundation"], "the guest's organisation (said three times in the excerpt: twice by the host, once by the guest; 'Mozilla Foundation' only after the cut)"),
            CO("Facebook", [], "in the guest's story (said several times)"),
            CO("National Film Board of Canada", [], "co-producer of the guest's documentary series"),
            CO("University of Cambridge", ["Cambridge University"], "the researchers of the study ('researchers at Cambridge University'; 'denied by the University of Cambridge')"),
            CO("Cambridge Analytica", [], "in the guest's story (said twice)"),
        ],
        "products": ["RiP!: A Remix Manifesto (documentary)", "Do Not Track (documentary series)", "Popcorn.js", "Javascript", "Peabody Award", "Mr. Robot", "The Dark Knight", "OCEAN model", "Apply Magic Sauce (API)", "Practical AI (podcast)"],
        "reference_tags": ["AI ethics", "privacy", "documentary", "media", "personal data"],
        "description": None,
        "voices": {"Daniel Whitenack": "joe", "Chris Benson": "joe_low", "Brett Gaylor": "joe_high"},
        "intro_style": "no hosts' introduction: the host greets the co-host by first name ('Hello, Chris!'), and neither host's full name is said; then the guest by full name and organisation in one clause, with 'here with us' between them ('we have Brett Gaylor here with us, from Mozilla'); asked for his background, the guest calls himself a documentary filmmaker and says he 'had started to work at Mozilla'; Facebook, Cambridge Analytica, the University of Cambridge and the National Film Board of Canada in his story; two hosts and one guest; many short turns (26); the excerpt ends on the guest",
    },
    "gt34_pachyderm": {
        "podcast": "Go Time (Changelog Media)",
        "show": "gotime",
        "episode_number": 34,
        "title": "Go Time #34",
        "title_source": PLACEHOLDER,
        "date": "2017",
        "date_source": "approximate, from the show's numbering (weekly since 2016; JS Party #10, read for this set, says 'now we're in the midst of 2017'; Go Time #70 is ~2018) and the excerpt (Pachyderm came out 'roughly two years' ago)",
        "sources": SOURCES("gotime", 34, "gotime/go-time-34.md"),
        "hosts": [ERIK, CARLISIA, BRIAN],
        "guests": [
            GUEST(
                "Joe Doliner",
                "Pachyderm",
                "co-founder and CEO of Pachyderm (an open-source, containerised data lake with version control and data provenance; a company with customers)",
                "excerpt, host: 'our special guest today is the co-founder and CEO of a project called Pachyderm ... Please welcome Joe Doliner'",
                ["Joe"],
            )
        ],
        "mentioned_people": [],
        "companies": [
            CO("Pachyderm", [], "the guest's project and company (said many times; first by the host, in the introduction)"),
            CO("General Fusion", [], "a customer of Pachyderm ('a fusion company called General Fusion')"),
            TOPTAL,
            CO("Backtrace", [], "a sponsor of the episode, named in the host's opening"),
        ],
        "products": ["Hadoop", "Git", "Docker", "Java", "Perl", "pig script", "containers", "data lake", "data provenance", "Go Time (podcast)"],
        "reference_tags": ["data science", "data provenance", "version control for data", "containers", "Go"],
        "description": None,
        "voices": {"Erik St. Martin": "joe", "Carlisia Pinto": "heart_low", "Brian Ketelsen": "joe_low", "Joe Doliner": "joe_high"},
        "intro_style": "the host's opening: the episode number and two sponsors (Toptal, Backtrace), himself and the two co-hosts by full name; then the guest by role and project before his full name ('our special guest today is the co-founder and CEO of a project called Pachyderm ... Please welcome Joe Doliner'); the guest describes Pachyderm at length (Hadoop, Git, Docker) and names a customer (General Fusion); three hosts and one guest; four speakers; 21 turns; the excerpt ends on a co-host ('Yeah, that's really big.')",
    },
    "gt35_honeycomb": {
        "podcast": "Go Time (Changelog Media)",
        "show": "gotime",
        "episode_number": 35,
        "title": "Go Time #35",
        "title_source": PLACEHOLDER,
        "date": "2017",
        "date_source": "approximate, from the show's numbering (the episode after Go Time #34, read for this set; JS Party #10, read for this set, says 'now we're in the midst of 2017') and the excerpt (Honeycomb still small; Parse's Go rewrite years back)",
        "sources": SOURCES("gotime", 35, "gotime/go-time-35.md"),
        "hosts": [ERIK, CARLISIA, BRIAN],
        "guests": [
            GUEST(
                "Charity Majors",
                "Honeycomb",
                "co-founder of Honeycomb (Honeycomb.io), a tool for debugging complex systems; formerly the first infrastructure person at Parse",
                "excerpt, host: 'today's special guest is a co-founder of Honeycomb.io, formerly of Parse ... Please welcome Charity Majors'; the guest: 'at Honeycomb we just started with Go right off the bat'",
                ["Charity"],
                other_affiliations_in_excerpt=["Parse (former employer: 'I started using Go at Parse'; 'When I started there as their first infrastructure person')"],
            )
        ],
        "mentioned_people": [],
        "companies": [
            CO("Honeycomb", ["Honeycomb.io"], "the guest's company (said by the host in the introduction, then by the guest and a co-host)"),
            CO("Parse", [], "the guest's former employer (said many times)"),
            CO("Google", [], "in passing ('Go didn't really exist outside Google')"),
            CO("AWS", ["Amazon Web Services"], "in passing, in a list of technologies ('we used Ruby, AWS, Mongo, Cassandra')"),
            TOPTAL,
            CO("Compose", [], "a sponsor of the episode, named in the host's opening"),
        ],
        "products": ["Go", "Golang", "Ruby", "Unicorn (web server)", "Puma", "MySQL", "Cassandra", "Mongo", "ActiveRecord", "JRuby", "C++", "Java", "C#", "Go Time (podcast)"],
        "reference_tags": ["Go adoption", "rewrites", "hiring", "startups", "observability"],
        "description": None,
        "voices": {"Erik St. Martin": "joe", "Carlisia Pinto": "heart_low", "Brian Ketelsen": "joe_low", "Charity Majors": "heart"},
        "intro_style": "the host's opening as in gt34: the episode number and two sponsors (Toptal, Compose), himself and the two co-hosts by full name; then the guest by role, company and former company before her full name ('today's special guest is a co-founder of Honeycomb.io, formerly of Parse ... Please welcome Charity Majors'); the guest's story of Parse's rewrite from Ruby to Go, then Honeycomb; the company spoken as 'Honeycomb.io' by the host and 'Honeycomb' by the guest and a co-host; three hosts and one guest; four speakers; many short turns (32); the excerpt ends on a co-host's question about Honeycomb",
    },
    "jsp11_mozilla_hackeryou": {
        "podcast": "JS Party (Changelog Media)",
        "show": "jsparty",
        "episode_number": 11,
        "title": "JS Party #11",
        "title_source": PLACEHOLDER,
        "date": "2017",
        "date_source": "approximate: JS Party #10, read for this set, says 'now we're in the midst of 2017'; the excerpt's news is ECMAScript modules 'hitting browsers' 'this week'",
        "sources": SOURCES("jsparty", 11, "jsparty/js-party-11.md"),
        "hosts": [
            HOST("Alex Sexton", None, "host", "excerpt (he hosts alone; addressed as 'Alex' by a guest, his surname and employer are not said)", ["Alex"]),
        ],
        "guests": [
            GUEST(
                "Wes Bos",
                "HackerYou",
                "full-stack developer from Canada (Hamilton) who primarily makes coding tutorials and courses; teaches part-time classes twice a week in Toronto at HackerYou",
                "excerpt, the guest: 'I'm a full-stack dev from Canada, and I primarily make coding tutorials and courses'; the host: 'What's the HackerYou stuff that you do?'; the guest: 'I teach twice a week part-time classes in Toronto at HackerYou'",
                ["Wes"],
            ),
            GUEST(
                "Mike Taylor",
                "Mozilla",
                "manager of the web compatibility team at Mozilla",
                "excerpt, the guest: 'I'm Mike Taylor, I work for Mozilla. I guess technically I'm a manager. I manage the web compatibility team'",
                ["Mike"],
            ),
        ],
        "speaker_label_note": "the host names both guests by full name ('Today we have Wes Bos and Mike Taylor'); he is himself named only by first name, by a guest ('I think you wrote a couple maybe, Alex...')",
        "mentioned_people": [{"name": "Drake", "note": "a singer, in the banter about Canada"}],
        "companies": [
            CO("Mozilla", [], "the second guest's employer (said once, by the guest)"),
            CO("HackerYou", [], "where the first guest teaches part-time (said three times: once by the host, then twice by the guest)"),
            CO("TC39", [], "the ECMAScript standards body ('TC39, so they're the standards body that works on ECMAScript')"),
            CO("WHATWG", [], "the standards body of the HTML spec ('the HTML spec in the WHATWG')"),
            CO("GitHub", [], "in passing ('subscribe to that GitHub repo')"),
            CO("U.S. Mail", ["United States Postal Service"], "in a joke ('It must be the damn U.S. Mail')"),
        ],
        "products": ["Javascript", "ECMAScript modules", "ES6", "Webpack", "Node", ".mjs", "RequireJS", "HTML spec", "poutine", "Slaughterhouse (a poutine)", "NAFTA", "JS Party (podcast)"],
        "reference_tags": ["JavaScript modules", "web standards", "browser compatibility", "web development", "ECMAScript"],
        "description": None,
        "voices": {"Alex Sexton": "joe_low", "Wes Bos": "joe", "Mike Taylor": "joe_high"},
        "intro_style": "the host's opening: the show's tagline, 'two guests who are members of the Javascript community', both by full name in one sentence with no organisation ('Today we have Wes Bos and Mike Taylor'); each guest introduces himself: the first with no organisation ('I primarily make coding tutorials and courses'), the second with name, company and role ('I'm Mike Taylor, I work for Mozilla ... I manage the web compatibility team'); the host then asks the first guest about a school he teaches at ('What's the HackerYou stuff that you do?' / 'I teach twice a week part-time classes in Toronto at HackerYou'); long banter (poutine, Canada); then the week's news (ECMAScript modules in browsers; TC39, WHATWG); one host and two guests from two organisations; the host is named only by first name, by a guest; very many short turns (41); the excerpt ends on the host ('No, definitely not.')",
    },
    "jsp13_npm": {
        "podcast": "JS Party (Changelog Media)",
        "show": "jsparty",
        "episode_number": 13,
        "title": "JS Party #13",
        "title_source": PLACEHOLDER,
        "date": "2017",
        "date_source": "approximate: npm@5 is the new release ('last October we released npm@4'); JS Party #10, read for this set, says 'now we're in the midst of 2017'",
        "sources": SOURCES("jsparty", 13, "jsparty/js-party-13.md"),
        "hosts": [
            HOST("Mikeal Rogers", None, "host", "excerpt ('I'm Mikeal Rogers'; his employer is not said)", ["Mikeal"]),
            HOST("Rachel White", None, "panelist", "excerpt ('I'm Rachel White'; her employer is not said)", ["Rachel"]),
            HOST("Alex Sexton", "Stripe", "panelist", "excerpt ('And I'm Alex Sexton'; 'Stripe, where I work, has a monorepo')", ["Alex"]),
        ],
        "guests": [
            GUEST(
                "Kat Marchán",
                "npm",
                "works on the npm CLI at npm (did the npm@5 cache rewrite)",
                "excerpt, host: 'on the show today we also have Kat Marchán and Rebecca Turner from NPM'; the guest: 'So last October we released npm@4'; 'it was November when I started looking at it'",
                ["Kat"],
            ),
            GUEST(
                "Rebecca Turner",
                "npm",
                "works on the npm CLI at npm (npm@5: lockfiles, file specifiers as links)",
                "excerpt, host: 'on the show today we also have Kat Marchán and Rebecca Turner from NPM'; the guest: 'npm's own website has moved towards a monorepo, so we're getting to dogfood that'",
                ["Rebecca"],
            ),
        ],
        "mentioned_people": [{"name": "Isaac", "note": "first name only, npm's original designer ('That is what Isaac designed it for')"}],
        "companies": [
            CO("npm", ["NPM", "npm, Inc."], "both guests' organisation (said once as 'NPM' by the host in the introduction; npm the tool and registry many times)"),
            CO("Stripe", [], "panelist Alex Sexton's employer ('Stripe, where I work')"),
        ],
        "products": ["npm@5", "npm@4", "npm@2", "the npm registry", "Node", "JavaScript", "shrinkwrap", "lockfile", "link local", "monorepo", "JS Party (podcast)"],
        "reference_tags": ["npm", "package management", "JavaScript tooling", "caching", "lockfiles"],
        "description": None,
        "voices": {"Mikeal Rogers": "joe", "Alex Sexton": "joe_low", "Rachel White": "joe_high", "Kat Marchán": "heart", "Rebecca Turner": "heart_low"},
        "intro_style": "the hosts' opening: the host and two panelists each say their own full name ('I'm Mikeal Rogers...', 'I'm Rachel White.', 'And I'm Alex Sexton.'); then both guests by full name and one company in one clause ('we also have Kat Marchán and Rebecca Turner from NPM'), the company spoken in capitals ('NPM') and then as the tool's name (npm@5) many times; the topic (npm@5) at once; a panelist names his own employer ('Stripe, where I work'); a host, two panelists and two guests from one company; five speakers; many short turns (33); the excerpt ends on the host",
    },
    "cl573_aws": {
        "podcast": "The Changelog (Changelog Media)",
        "show": "podcast",
        "episode_number": 573,
        "title": "The Changelog #573",
        "title_source": PLACEHOLDER,
        "date": "2024-01",
        "date_source": "the host: 'here you are, it's 2024' (just after the excerpt); after the cut: 'January 2024 ... It's time to start making some announcements'",
        "sources": SOURCES("podcast", 573, "podcast/the-changelog-573.md"),
        "hosts": [JEROD, ADAM],
        "guests": [
            GUEST(
                "Justin Garrison",
                "AWS",
                "developer advocate (DevRel) on the Kubernetes (EKS) team at AWS, for three and a half years; formerly six years at Disney; announced as the new host of the Ship It podcast; author of a book (Cloud-native Infrastructure, 2017)",
                "excerpt, host: 'we are here with Justin Garrison, the new host of the Ship It podcast'; 'You are currently working at AWS on the Kubernetes team'; the guest: 'I worked at Disney for six years ... I've been at Amazon now for three and a half years working on the EKS ecosystem and products'",
                ["Justin"],
                other_affiliations_in_excerpt=[
                    "Disney (former employer: 'I worked at Disney for six years on feature animated films, on Disney Plus')",
                    "Ship It (the Changelog podcast he is introduced as the new host of; a show, not an organisation)",
                    "mintCast (the Linux Mint community podcast he ran from 2007)",
                ],
            )
        ],
        "speaker_label_note": "the guest is the host of Ship It in later episodes (this set's si121) and a co-host in cl575; here he is the guest, introduced as Ship It's new host",
        "mentioned_people": [{"name": "Gerhard", "note": "first name only, Ship It's former host, 'behind the scenes still doing infra here'"}],
        "companies": [
            CO("AWS", ["Amazon Web Services", "Amazon"], "the guest's employer (said by the host: 'working at AWS on the Kubernetes team'; by the guest: 'I've been at Amazon now')"),
            CO("Disney", [], "the guest's former employer ('I worked at Disney for six years'; Disney Plus)"),
        ],
        "products": ["Ship It (podcast)", "Linux Mint", "mintCast (podcast)", "Disney Plus", "Kubernetes", "EKS", "Cloud-native Infrastructure (book)", "DevOps", "SRE", "The Changelog (podcast)"],
        "reference_tags": ["developer relations", "content creation", "podcasting", "cloud", "Kubernetes"],
        "description": None,
        "voices": {"Jerod Santo": "joe", "Adam Stacoviak": "joe_low", "Justin Garrison": "joe_high"},
        "intro_style": "no show intro: the host's first line gives the guest's full name and a show, not an organisation ('we are here with Justin Garrison, the new host of the Ship It podcast'); the co-host talks about the show; the guest's employer first comes from the host about 330 words in, with company and team ('You are currently working at AWS on the Kubernetes team'); the guest then names his former and current employers himself ('I worked at Disney for six years ... I've been at Amazon now for three and a half years'), the company spoken as 'AWS' and as 'Amazon'; a podcast he ran (mintCast, Linux Mint); two hosts; few, long turns (8); the excerpt ends on the guest",
    },
    "cl575_boxyhq": {
        "podcast": "The Changelog (Changelog Media)",
        "show": "podcast",
        "episode_number": 575,
        "title": "The Changelog #575",
        "title_source": PLACEHOLDER,
        "date": "2024-01",
        "date_source": "approximate: the host, 'We just had this major everything package that was meant to be a prank' (the npm 'everything' package of January 2024); after the cut, 'just over the holidays'; The Changelog #573, read for this set, is January 2024",
        "sources": SOURCES("podcast", 575, "podcast/the-changelog-575.md"),
        "hosts": [
            HOST("Adam Stacoviak", None, "host", "excerpt (he hosts; his affiliation is not said)", ["Adam"]),
            HOST("Justin Garrison", None, "co-host", "excerpt ('we also have Justin Garrison here, from Ship It'; 'Nice to have you here as a co-host'; his employer is not said)", ["Justin"]),
        ],
        "guests": [
            GUEST(
                "Deepak Prabhakara",
                "BoxyHQ",
                "of BoxyHQ, a security start-up building open-source security building blocks (its product SAML Jackson, enterprise single sign-on); his role is not said in the excerpt, he speaks for the company",
                "excerpt, host: 'So we're here with Deepak ... Prabhakara'; 'to get you onto this show, with our friends over at BoxyHQ'; 'What are the things you're doing at BoxyHQ'; after the cut, the guest: 'that's how we think about it at BoxyHQ'; 'SAML Jackson is effectively our enterprise single sign on product'",
                ["Deepak", "Prabhakara"],
            ),
            GUEST(
                "Schalk Neethling",
                "BoxyHQ",
                "new at BoxyHQ ('I'm here for like two or three months'; said only after the cut); his role is not said",
                "excerpt, host: 'And Schalk Neethling... Is that right?'; 'with our friends over at BoxyHQ'; after the cut, the guest: 'I think Boxy is building some of these building blocks'; 'because I'm new at Boxy; I'm here for like two or three months'",
                ["Schalk", "Neethling"],
            ),
        ],
        "speaker_label_note": "the first guest's surname is spoken in pieces while the host tries to pronounce it ('Prabhakara... Is that right?' / 'Close, close.' / 'Prabhakara.'); the first guest is never called by his full name in one breath",
        "mentioned_people": [{"name": "Feross Aboukhadijeh", "note": "runs Socket.dev (a friend of the show)"}],
        "companies": [
            CO("BoxyHQ", ["Boxy"], "both guests' company (said twice in the excerpt, both times by the host: 'our friends over at BoxyHQ', 'the things you're doing at BoxyHQ')"),
            CO("Socket.dev", ["Socket"], "in passing ('Feross Aboukhadijeh, who runs Socket.dev')"),
            CO("npm", ["Npm"], "in passing, the package registry ('pulling code from Npm')"),
        ],
        "products": ["ESLint", "CI", "the 'everything' package", "shift left", "DevSecOps", "Ship It (podcast)", "The Changelog (podcast)"],
        "reference_tags": ["security", "shift left", "developer tooling", "open source", "supply chain"],
        "description": None,
        "voices": {"Adam Stacoviak": "joe_low", "Justin Garrison": "joe", "Deepak Prabhakara": "joe_high", "Schalk Neethling": "heart_low"},
        "intro_style": "no show intro: the host's first line gives the first guest's first name and stumbles over his surname, which the guest corrects ('Prabhakara... Is that right?' / 'Close, close.'); the second guest by full name, pronunciation checked ('And Schalk Neethling... Is that right?'); a guest co-host from another show ('Justin Garrison here, from Ship It'); only then the company, for both guests at once and not tied to either by name ('with our friends over at BoxyHQ'), and once more in the host's long question ('What are the things you're doing at BoxyHQ'); the guests never name their company or roles in the excerpt; a host, a guest co-host and two guests; four speakers; few turns (14); the excerpt ends on the host's long question",
    },
    "si121_rawkode": {
        "podcast": "Ship It (Changelog Media)",
        "show": "shipit",
        "episode_number": 121,
        "title": "Ship It #121",
        "title_source": PLACEHOLDER,
        "date": "2024",
        "date_source": "the guest: 'In September 22 I was working at a company called Pulumi ... so we're now talking two years later'; after the cut, 'in 2024, we have some amazing projects'",
        "sources": SOURCES("shipit", 121, "shipit/ship-it-121.md"),
        "hosts": [
            HOST("Justin Garrison", None, "host", "excerpt ('I'm your host, Justin Garrison'; his employer is not said)", ["Justin"]),
            HOST("Autumn Nash", None, "co-host", "speaker label only (she is not named in the excerpt and says one line, 'We've all been there.')", ["Autumn"]),
        ],
        "guests": [
            GUEST(
                "David Flanagan",
                "Rawkode Academy",
                "founder and creator of Rawkode Academy (a YouTube channel turned his own business and education platform); formerly at Pulumi, until September 2022",
                "excerpt, host: 'we have an interview with David Flanagan. David is the founder and creator of Rawkode Academy'; 'welcome to the show, David Flanagan, creator of Rawkode Academy'; the guest: 'that's when the Rawkode Academy stopped being just a YouTube channel, and for me became my occupation, my business'",
                ["David"],
                other_affiliations_in_excerpt=["Pulumi (former employer: 'In September 22 I was working at a company called Pulumi ... I left')"],
            )
        ],
        "speaker_label_note": "the co-host speaks once ('We've all been there.') and is never named in the excerpt; the host's recorded intro and his welcome are two consecutive turns of the same speaker",
        "mentioned_people": [],
        "companies": [
            CO("Rawkode Academy", ["Rawkode", "the Rawkode Academy"], "the guest's business (said four times by the host, twice by the guest)"),
            CO("YouTube", [], "where the guest's channel is (said many times)"),
            CO("Google", ["Big G"], "in passing ('saying no to Big G, Big Google')"),
            CO("Pulumi", [], "the guest's former employer ('a company called Pulumi')"),
            CO("Wix", ["Wix.com"], "the site builder the guest tried ('can I just use Wix.com?')"),
        ],
        "products": ["GraphQL", "Rust", "WebAssembly", "Kubernetes", "cloud-native", "eBPF", "DevRel", "Ship It (podcast)"],
        "reference_tags": ["self-hosting", "education platform", "GraphQL", "WebAssembly", "content creation"],
        "description": None,
        "voices": {"Justin Garrison": "joe", "Autumn Nash": "heart", "David Flanagan": "joe_high"},
        "intro_style": "the host's recorded intro (one long turn): his own name, then the guest by full name, then by first name with role and company ('we have an interview with David Flanagan. David is the founder and creator of Rawkode Academy'), what the interview covers, and a listener-feedback note; then the interview opens with full name, role and company again ('welcome to the show, David Flanagan, creator of Rawkode Academy'); the guest calls it a YouTube channel turned business and names his former employer (Pulumi) and Google ('Big G'), YouTube, Wix; a co-host who is never named says one line; two hosts; few turns (8); the excerpt ends on the co-host ('We've all been there.')",
    },
}

SET_NAME = "castflow held-out set 33 (measure only, never tune)"
