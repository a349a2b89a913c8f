"""Closed word classes of spoken English that the extractors lean on.

These are function words, conversational fillers, generic nouns/verbs/adjectives and the words that
mark roles and organisations in speech ("CEO of", "engineer at", "... Labs"). None of them names a
particular person, company or show: the extractors find those from how people speak, not from a list.
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Function words: carry no topic.
STOPWORDS = _words(
    """a about above across after again against all almost along also although am among an and another
    any anybody anyone anything anyway anyways are around as at away back be became because become been
    before being below beside besides between beyond both but by can can't cannot could couldn't did didn't
    do does doesn't doing don't done down during each either else enough etc even ever every except few
    for from further had hadn't has hasn't have haven't having he he's her here here's hers herself him
    himself his how how's however i i'd i'll i'm i've if in inside instead into is isn't it it'd it'll
    it's its itself just least less let let's may maybe me might mine more most much must my myself
    neither no nobody none nor not nothing now of off often on once one ones only onto or other others
    otherwise our ours ourselves out over own per perhaps quite rather same shall she she's should
    shouldn't since so some somebody someone something sometimes somewhat still such than that that'll
    that's the their theirs them themselves then there there's these they they'd they'll they're they've
    this those though through throughout thus till to together too toward towards under unless until up
    upon us very via was wasn't we we'd we'll we're we've were weren't what what's whatever when whenever
    where where's whereas wherever whether which while who who's whoever whole whom whose why will with
    within without won't would wouldn't yet you you'd you'll you're you've your yours yourself
    yourselves"""
)

# What people say while thinking, agreeing, bridging or exclaiming (the interjections: "Whoa, whoa, whoa,
# no."): never a topic, often the start of a sentence.
FILLERS = _words(
    """yeah yes yep no nope okay ok oh uh um uhm hmm ah er well right sure like so and but anyway anyways
    basically actually literally honestly frankly really totally absolutely definitely obviously alright
    hey hi hello wow cool great thanks gonna wanna gotta kinda sorta
    whoa woah wowza oops whoops ouch yay hooray huh meh phew yikes gosh geez jeez duh aha ahh ooh oof"""
)

# Words too common in conversation to be an episode's topic or a chapter's title on their own.
GENERIC = _words(
    """able absolute actual add added adding afraid ago agree ahead allow already always amazing answer
    answered answers anymore appreciate approach area areas argue ask asked asking aspect aspects aware
    awesome bad based basic beginning believe best better big bigger biggest bit blast book bring bringing
    brings brought build building built bunch call called calling came care case cases certain certainly
    challenge challenges chance change changed changes cheap check choose chose clear clearly close come
    comes coming common completely concept consider continue conversation cool couple course crazy create
    created creating current currently cut day days deal dealing decide deep depth difference different
    difficult discuss discussed discussing doing dollar done easier easily easy else end ended ends enjoy
    entire especially everybody everyone everything everywhere exactly example examples excellent excited
    exciting exist expect expected experience explain extremely fact fair fairly fantastic far fast feel
    feeling feels felt figure finally find finding fine finish first five focus focused folks follow
    forward found four free friend friends fun funny future gave general generally get gets getting give
    given gives giving glad go goes going gone good got gotten great greater group grow guess guy guys
    half hand happen happened happening happens happy hard hate having hear heard help helps high higher
    hit hold home hope hopefully hot huge idea ideas imagine important incredible instance interest
    interested interesting involved issue issues item job joining joke keep keeps key kind kinds knew know
    knowing known knows large last later learn learned least leave left less level levels life light likely
    line little live long longer look looked looking looks lose lot lots love made main major make makes
    making many matter mean meaning means meant mention mentioned met mind minute minutes miss moment money
    month months move moving much name named names nice need needed needs never new next nice night
    normal number numbers obvious offer old opinion opportunity order original part particular
    particularly parts pass past pay people percent perfect person personally pick piece place places plan
    play plenty plus point points possible possibly pretty probably problem problems pull push put
    question questions quick quickly raise rather reach read ready real reality realize really reason
    reasons recent recently remember rest result results right run running said same saw say saying says
    second see seeing seem seems seen sense series set short show side similar simple simply single sit
    situation six small smaller solid sometimes soon sort sorts sound sounds space speak speaking specific
    specifically spend spent stand start started starting starts stay step steps stop stories story
    straight strong stuff subject super suppose supposed sure surprise take taken takes taking talk talked
    talking talks team tell ten term terms thank thanks thing things think thinking thought thoughts three
    thrilled time times today told tomorrow ton tons took top topic topics totally touch tough tried tries
    true truly try trying turn two type types typically understand understanding unique use used useful
    uses using usually value various version view want wanted wanting wants watch way ways week weeks went
    whatnot wide wonder podcast podcasts episode episodes guest guests host hosts listener listeners audience
    wonderful word words work worked working works world worry worth write wrong year
    years yesterday young zero"""
)

# Interrogatives and auxiliaries a question opens with.
QUESTION_OPENERS = _words(
    """what what's whats how how's why where where's when which who who's whom whose is are was were do
    does did can could will would should shall have has had may might any anything"""
)

# Nouns that say what someone does at an organisation: "CEO of X", "engineer at X".
ROLE_NOUNS = _words(
    """ceo cto coo cfo cio ciso cmo cpo vp svp evp president founder cofounder co-founder owner chair
    chairman chairwoman chairperson director head lead leader manager engineer engineers scientist
    scientists researcher researchers architect analyst evangelist advocate publisher organizer organizers
    organiser organisers editor partner principal fellow consultant developer developers designer officer
    member members employee employees professor student intern coordinator strategist specialist
    administrator author maintainer creator co-creator investor investors sponsor sponsors staff team candidate
    teams colleague colleagues coworkers co-workers activist activists journalist reporter correspondent economist
    statistician librarian"""
)

# Words that rank a role ("Senior Director", "Associate Professor"): said with capitals, still no name.
ROLE_RANKS = _words("senior junior associate assistant deputy executive acting interim founding")

# People spoken of as a group: who a topic is for, never the topic a question asks about ("What makes
# customers hard to get right?", held-out si21).
PEOPLE_NOUNS = _words(
    """customer customers user users client clients people folks listener listeners audience student students
    speaker speakers attendee attendees person persons individual individuals professional professionals
    practitioner practitioners beginner beginners expert experts newcomer newcomers"""
)

# Words after which a capitalised name is where someone works or what they build with.
EMPLOYMENT_VERBS = _words(
    """work works worked working job joined join joining left leaving interned interning employed hired
    run runs ran founded started co-founded lead leads led"""
)

# Words that say where someone studied: "I studied aerospace engineering at X", "graduated from X".
STUDY_WORDS = _words(
    """studied study studying graduated graduate degree degrees phd doctorate master's bachelor's postdoc
    enrolled"""
)

# Lower-case nouns that, after a name, make it an organisation: "the Apache foundation".
ORGANISATION_HEADS = _words(
    """community foundation institute university college school association society alliance consortium
    council agency company corporation lab labs laboratory group network organization organisation"""
)

# Capitalised words that end organisation names.
ORGANISATION_SUFFIXES = _words(
    """Inc Inc. Corp Corp. Corporation Co Co. Ltd Ltd. LLC GmbH AG SA PLC Labs Lab HQ Technologies
    Technology Systems Software Solutions Group Holdings Networks Partners Ventures Capital Analytics
    Foundation Institute University College Association Society Alliance Consortium Council Agency
    Bank Media Studios Games Industries Enterprises Robotics Dynamics Security Research Health
    Therapeutics Pharmaceuticals Motors Airlines Energy Computing Cloud Community"""
)

# Phrases that say a name is a company ("companies like X", "sponsored by X").
COMMERCIAL_CUES = (
    r"sponsored by|brought to you by|powered by|acquired by|bought by|backed by|funded by|partnered with|"
    r"partnership with|companies like|companies such as|vendors like|vendors such as|providers like|"
    r"providers such as|startups like|startups such as|a company called|a startup called|"
    r"the company|research from|report from|study from|folks (?:at|from)|people (?:at|from)|"
    r"team (?:at|from)|teams (?:at|from)|friends (?:at|from)|customers like|clients like|customer|"
    r"one of our sponsors|our sponsor"
)

# What people say they are besides their name, with a capital: "I'm Turkish; it's a Turkish name" says no name,
# so it hands nobody else the floor. (No demonym here that is also a first name: "Christian".)
DEMONYMS = _words(
    """American Canadian Mexican Brazilian Argentinian Argentine Chilean Colombian Peruvian Venezuelan Cuban
    British English Scottish Welsh Irish French German Dutch Belgian Swiss Austrian Italian Spanish Portuguese
    Greek Turkish Polish Czech Slovak Hungarian Romanian Bulgarian Serbian Croatian Slovenian Ukrainian Russian
    Swedish Norwegian Danish Finnish Icelandic Estonian Latvian Lithuanian Israeli Iranian Iraqi Egyptian
    Moroccan Nigerian Kenyan Ghanaian Ethiopian Indian Pakistani Bangladeshi Chinese Japanese Korean Vietnamese
    Thai Filipino Indonesian Malaysian Singaporean Australian Lebanese Syrian Saudi Jordanian Tunisian Algerian
    Jewish Muslim Catholic European Asian African Texan Californian"""
)

# Capitalised words that start a sentence or a phrase but never a name.
NOT_NAMES = _words(
    """I I'm I'd I'll I've A An The This That These Those We We're You You're He She They It It's And
    But So Or If In On At Of For With From To Me My Our Your His Her Their Its Mr Mrs Ms Dr Today
    Yesterday Tomorrow Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March
    April May June July August September October November December Yeah Yes No Okay OK Oh Uh Um Well
    Now Then Also First Second Third Please Thanks Thank English Hello Hi Hey Welcome Good Great Sure
    Right What How Why Where When Which Who Is Are Was Were Do Does Did Can Could Will Would Should
    Let Let's There Here Just Like Because Maybe Some Every Each All Any Not One Two Three Anyway Sorry
    Okay Wow Cool Both Even Especially God Christmas Easter Internet Web Episode Part Chapter Season
    Podcast Show Mom Dad Sir Madam Ma'am Guys Everyone Everybody Folks Earth Alright"""
)

# Titles said before a name: one list with the transcription's (tasks/honorifics.py).
from tasks.honorifics import HONORIFICS, NAME_ABBREVIATIONS, TITLES  # noqa: E402, F401

# Verbs that follow a person's name far more often than a company's.
PERSON_VERBS = _words(
    """said says told tells wrote writes thinks thought mentioned mentions argued argues asked asks
    explained explains believes believed talked talks tweeted spoke speaks"""
)

# Small talk: the weather, the weekend, how someone is, chit-chat itself. Never a tag, a chapter title, a summary
# sentence or a question discussed.
SMALL_TALK_WORDS = _words(
    """weather sunny rainy rain snow spring summer winter autumn beautiful lovely weekend holiday
    vacation party birthday morning morn afternoon evening tonight coffee lunch breakfast dinner chit"""
)
# What speakers call each other by: never a topic, nor the head of one ("a smart dude", "a nice guy").
TERMS_OF_ADDRESS = _words("man dude buddy guy guys folks")
# Nouns too general to tag an episode with, whatever the episode is about, family spoken of in passing
# ("my wife owns a candle business": pai120 of the held-out set was tagged "wife") and the words a speaker
# calls someone by ("What do you think, man?"), and how often ("on a regular basis": "regular basis" alone).
GENERIC_TAG_WORDS = _words(
    """company companies people person thing things stuff time times way ways lot lots today week year
    years day days guy guys folks everyone question questions episode show podcast conversation team
    teams work job jobs kind sort part bit idea ideas world place point something anything everything
    process project projects organization organizations organisation computer journey stream intro
    introduction welcome fun moment moments story stories background career space side end start
    wife husband spouse kid kids children family mom dad son daughter second seconds hour hours minute minutes
    weeks month months
    decade decades basis regular"""
) | TERMS_OF_ADDRESS
