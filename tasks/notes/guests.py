"""Who the guests are, from title and audio. Metadata is authoritative; without it, guests come from the
introductions people make ("I'm ...", "our guests, A and B", "joined by ..."), from the turn a host hands
to another voice, from the people the hosts address by name, and from a first name welcomed alone,
spelled as the episode's title or description spells them when those name them. Never a host."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from tasks.models import Person, Segment
from tasks.notes import entities
from tasks.notes.affiliations import (
    ADDRESSED_ROLE,
    SAYS_OWN_NAME,
    handed_over,
    said_affiliation,
    stated_affiliation,
)
from tasks.notes.keyphrases import word_classes
from tasks.notes.lexicon import NOT_NAMES, ORGANISATION_SUFFIXES, ROLE_NOUNS, STOPWORDS
from tasks.notes.names import (
    FULL_NAME,
    HONORIFIC,
    LIST_OF_NAMES,
    NAME_WORD,
    PARTICLES,
    PRONOUN_SURNAMES,
    addressed_names,
    as_said,
    collect_names,
    first_name_as_said,
    full_names_of,
    is_host,
    lower_case_words,
    matches_any,
    opening_addresses,
    opening_end,
    people_mentioned,
    plausible_name,
    same_person,
    similar_names,
    sounds_like,
    subject_pattern,
    times_addressed,
)
from tasks.notes.organisation_names import ORG_SPAN, ROLE_ALTERNATIVES, ROLE_NOUN
from tasks.notes.sentences import split_sentences

# Introductions, strongest first. People introduce themselves and their guests near the start.
_SELF_INTRODUCTION = re.compile(
    rf"\b(?:I'm|I am|[Mm]y name is|[Mm]y name's)\s+{HONORIFIC}({FULL_NAME})\b(?! [A-Z])"
    rf"|(?:^|[.!?]\s+|,\s+)(?:[Hh]i,?\s+|[Hh]ello,?\s+)?[Tt]his is\s+({FULL_NAME})(?=,| here\b| and\b| from\b| with\b)"
)
_GUEST_INTRODUCTION = re.compile(
    rf"\b(?:[Gg]uests?(?: (?:for )?today| (?:for )?this week| on the show)?(?: is| are)?|"
    rf"(?<!\bnot )[Jj]oined (?:today )?by|"
    rf"[Jj]oining (?:me|us)(?: today| again| now| this week)?(?: is| are)?|"
    rf"(?:[Ww]ith|[Hh]ere with) (?:me|us)(?: today| again| now| this week)?(?: in the studio| on the line)?"
    rf"(?: today| this week)?(?: is| are)?|"
    rf"[Ww]elcome(?: back)?(?: to the (?:show|podcast|program))?|[Pp]lease welcome|[Ww]elcoming|"
    rf"(?:I'm|I am|[Ww]e're|[Ww]e are) (?:here )?(?:today |again |now )?with|"
    rf"(?:I'm|[Ww]e're|[Ww]e are) (?:talking|chatting|speaking|sitting down)(?: today| this week)? (?:to|with)|"
    rf"[Ss]peaking with|I (?:interview|sit down with)|[Cc]onversation(?: today)? is with|"
    # "Today I have the pleasure of talking with Nora Kim."
    rf"(?:pleasure|privilege|honou?r) (?:of|to be) (?:talking|chatting|speaking|sitting down) (?:to|with)|"
    # "It's a pleasure to have you here, Marta Kowalska."
    rf"(?:pleasure|great|good|nice|happy|glad|excited) to have you(?: here| on(?: the show)?| with us| back)?,|"
    rf"[Tt]alking (?:to|with) (?:me|us)(?: today)?|"
    # "the main topic is an interview with Ada Lovelace": the episode's own interview, not one read elsewhere
    rf"(?:\bis|'s) an interview with|[Oo]ur interview (?:today )?with|[Tt]oday's interview (?:is )?with|"
    # "My guest is a principal engineer at Acme. Her name is Jane Doe." Said of a guest only: "my co-founder;
    # his name is Ben Nelson" names someone else. A sentence about the guest may come between ("today's guest.
    # He works at Vercel on Next.js. His name is ..."; a full stop inside a word ends none).
    rf"\b[Gg]uests?\b[^.?!]{{0,100}}[.?!](?:\s+(?:[Hh]e|[Ss]he|[Tt]hey)\b(?:[^.?!]|\.(?=\w)){{0,120}}[.?!])?"
    rf"\s+(?:[Hh]is|[Hh]er|[Tt]heir) name is|"
    # "we are joined by two guests. The first is Mark Sandstrom. Mark is an engineer ..."
    rf"(?<=guests\. )The first(?: one)? is)"
    # "my guest this week is Monzo's Priya Raman": the employer may come first, as its possessive, where the
    # name ends the clause ("joined by Google's Cloud Run team" is a team)
    rf"[,:]?(?:\s+[-–—])?\s+(?:{ORG_SPAN.pattern}(?<='s)\s+(?={FULL_NAME}(?:[,.!?;]|\s+(?:and|who|to|today|here|on|from|"
    rf"about)\b)))?{LIST_OF_NAMES}"
)
# The name before its cue: "Ada Lovelace joins us from Acme", "Ada Lovelace is here with us today", "Today
# computer scientist Yaw Anokwa joins the show to tell us ..." (a recorded intro, in the third person), "Priyanka
# Shah, senior engineer at Atlassian, joins me", "Hannah Schmidt is an engineer at SAP, and she joins us today".
_SAID_OF_THEM_FIRST = (r"(?:,\s+[^,.!?]{1,80},|"
                       r"\s+(?:is|are|works|leads|runs|heads)\s+[^.!?]{1,100}?,?\s+and\s+(?:he|she|they))?")
_JOINS_US = re.compile(
    rf"\b{LIST_OF_NAMES}{_SAID_OF_THEM_FIRST}\s+(?:joins|join|is joining|are joining|(?:is|are) (?:here )?with) "
    rf"(?:us|me|the (?:show|podcast|program))\b")
# "Jane Doe is here.", "Priya Natarajan works at Stripe and she's here to talk about payments": "here" alone is
# said of things too ("Apple Silicon is here."), so these count only where the first name is said again alone.
_IS_HERE = re.compile(
    rf"\b{LIST_OF_NAMES}{_SAID_OF_THEM_FIRST}(?:\s+(?:is|are)|'s|'re)\s+here(?=\s+(?:today\s+)?to\s+(?:talk|discuss|tell|"
    rf"chat|share)\b|\s+today[.!]|[.!])")
# "It's Deadprogram, a.k.a. Ron Evans. Hi, Ron." (held-out gt84): a handle, then the name; said of things too
# ("our editor, aka Visual Studio Code") and of a handle after a name ("George, a.k.a. Kode Vicious"), so it counts
# only where the first name is spoken to.
_AKA = r"(?:\ba\.k\.a\.|\b[Aa]ka\b|\bAKA\b|\balso known as\b)"
_ALSO_KNOWN_AS = re.compile(rf"{_AKA},?\s+{HONORIFIC}({FULL_NAME})")
# "We're lucky to have Julia Novak here today", "excited to have Nina Patel on the show": the guest had, and
# where: "to have" alone is said of anything ("to have Kubernetes on the laptop" names a thing, not its place).
_TO_HAVE = re.compile(rf"\bto have {LIST_OF_NAMES}(?= (?:on the (?:show|podcast|program)|here\b|with (?:us|me)\b|"
                      rf"join (?:us|me)\b))")
# "I'm really happy to be talking to Sven Larsen today", "we're going to talk with Mateo Garcia.", "In today's
# episode we chat with Grace Kim": the name ends the clause, where "going to be talking to Tech Lawyer Louise
# Villa" has a role before it (see _TALKING_WITH).
_TO_BE_TALKING = re.compile(rf"\b(?:to be (?:talking|chatting|speaking)|going to (?:talk|chat|speak)|"
                            rf"(?:[Tt]oday|[Tt]his week|episode),? (?:we|I) (?:talk|chat|speak))(?: today| this week)? "
                            rf"(?:to|with) {LIST_OF_NAMES}"
                            rf"(?=[,.!?;]| today\b| this week\b| about\b|"
                            rf" (?:[a-z-]+ ){{0,2}}?(?i:{ROLE_ALTERNATIVES})\b)")
# The guest's role before their name: "Joining us is the CEO of Neon, Nikita Shamgunov.", "We're joined by Monzo's
# head of platform, Priya Raman." (affiliations.py reads the role from the words before the name).
_ROLE_THEN_NAME = re.compile(
    rf"\b(?:[Jj]oining (?:me|us)(?: today)?(?: is)?|[Jj]oined (?:today )?by|[Ww]ith (?:me|us)(?: today)? is|"
    rf"[Hh]ere with|[Gg]uest(?: today| this week)? is|[Pp]lease welcome|"
    rf"(?:I'm|[Ww]e're|[Ww]e are) (?:talking|chatting|speaking)(?: today| this week)? (?:to|with)) "
    rf"(?:(?:the|our|an?) (?:[\w-]+ ){{0,3}}?(?i:{ROLE_ALTERNATIVES})(?: (?:of|for) [\w-]+(?= at))? (?:of|at|for|from) "
    rf"(?:the )?{ORG_SPAN.pattern}|"
    rf"{ORG_SPAN.pattern}(?<='s) (?:[\w-]+ ){{0,3}}?(?i:{ROLE_ALTERNATIVES})(?: (?:of|for) [\w-]+)?)"
    rf"(?:,| -| –| —) {HONORIFIC}({FULL_NAME})\b")
# "With me are Tom Becker of Cloudflare and Lena Fischer of Stripe": a list of guests goes on past where one
# of them is from, where the next is said the same way ("Ada Lovelace from IBM and Red Hat" lists companies).
_AND_FROM_NEXT = re.compile(rf"\s+(?:of|from|at)\s+(?:the\s+)?{ORG_SPAN.pattern},?\s+and\s+{HONORIFIC}({FULL_NAME})"
                            rf"(?=\s+(?:of|from|at)\s)")
# "Today we have two guests. Amy Nguyen from Figma and Ben Carter from Linear.": the guests counted, then named.
_GUESTS_COUNTED = re.compile(
    rf"\b(?:two|three|four) guests(?: today| this week| on the show)?[.:]\s+{HONORIFIC}({FULL_NAME})"
    rf"(?:{_AND_FROM_NEXT.pattern}|,?\s+and\s+{HONORIFIC}({FULL_NAME}))?(?=[\s,.!?])")
# The weak cues that go on with a list ("..., as well as Arunesh Chandra"): see introduced_names.
_CONTINUING = r"as well as|[Aa]nd (?:then )?also"
# Weaker cues, said of things as often as of people: "So I'd like to introduce Ada Lovelace", "Mikeal and I
# talked with Jan Lehnardt" (a show's pre-recorded intro tells what the episode did), "we have Sam Coyle,
# who's ...", "..., as well as Arunesh Chandra, ...", "And then also Greg Srirachi, who is ..." (a recogniser's
# sentence break in "..., and then also Greg Serochi, who is ..."). A name after them counts unless one of its words is
# said in lower case too ("Google Cloud Platform", where the episode says "cloud") or is a role ("...,
# Program Manager of ..."), and unless the entity model reads it there as something else ("we have
# Microsoft Azure"), which a role after it overrules: the small model reads rare names as organisations
# ("Arunesh Chandra, program manager of ChakraCore"), so being read as a person is not asked.
_PERSON_INTRODUCTION = re.compile(
    rf"\b(?:[Ii]ntroduc(?:e|ing)(?: you to| to you)?|(?:talked|spoke|chatted|sat down) (?:to|with)|caught up with|"
    # "Today's episode is with Noah Kim", "Back on the show is Marco Rossi", "Back with us today is ..."
    rf"(?:[Tt]oday's|[Tt]his|[Tt]his week's) (?:episode|show|conversation) is with|"
    rf"[Bb]ack (?:on the (?:show|podcast|program)|with us)(?: today| this week)? (?:is|are)|"
    rf"(?:[Ww]e (?:also )?have|(?:[Ww]e|I)'ve (?:also )?got|I (?:also )?have)(?: with us| with me)?"
    rf"(?: today| here| on the show)?|(?:[Ee]pisode|[Ss]how) features|"
    rf"{_CONTINUING})"
    rf"[,:]?\s+{LIST_OF_NAMES}"
)
# Cues said of things as readily as of guests, which count only with who the guest is after the name, or "with
# me": "Today, I have Chris Evans, CTO at incident.io, with me", "Today's episode features Ruth Okafor, director
# of engineering at Flutterwave"; not "Today I have Visual Studio Code open", "Today's episode features
# Kubernetes Operators, the controller pattern".
_NEEDS_WHO = re.compile(r"I (?:also )?have|I've (?:also )?got|(?:[Ee]pisode|[Ss]how) features")
_WITH_ME = re.compile(r"\s+with me\b")
_CONTINUES_A_LIST = re.compile(rf"(?:{_CONTINUING})\b")
CONTINUED_LIST_CHARS = 400

# "For the final show of 2018 I'm talking with Travis Kimmel, the CEO of GitPrime", the "I'm" unheard; "it was
# time to talk one-on-one with Isaac Schlueter, co-founder and former CEO": a name after a bare "talk with"
# counts only with who they are said right after it. "On another show we were just talking with George
# Mandis, who wrote ..." is someone talked with before. A role or a profession before the name is no part of it,
# capitalised or not: "we are going to be talking to Tech Lawyer Louise Villa, who returns to Go Time". ("Lawyer"
# is a role here only: as a role noun everywhere, "he's been a lawyer for Google, ... currently, he's the
# co-founder of Tidelift" gave a former client as the employer.)
_TALKING_WITH = re.compile(rf"(?<!\bwere )(?<!\bwas )(?<!\bwere just )(?<!\bwas just )"
                           rf"\b(?:talk|talking|chat|chatting|speak|speaking)(?: one-on-one| one on one)? "
                           rf"(?:to|with) (?:(?:[A-Z][a-z]+ )?(?i:{ROLE_ALTERNATIVES}|lawyer|attorney) )?"
                           rf"{HONORIFIC}({FULL_NAME})")


# The recogniser writes a surname that is also a word in lower case: "I'm here with Florian rival who is a
# software engineer at Facebook", "excited to have Kirsten mum with us". After a welcome, a first name, one
# such word and then who they are (or "with us"): the two words are the name.
_LOWER_CASE_SURNAME = re.compile(
    rf"\b(?:[Hh]ere with|[Jj]oined by|[Ww]elcome|[Ww]e have|to have|[Gg]uest is) (?P<first>{NAME_WORD}) "
    rf"(?P<last>[a-z]{{3,}}|[A-Z]{{2,4}})(?=,? who\b|, (?:the |an? )?(?:[\w-]+ ){{0,3}}?{ROLE_NOUN}|"
    rf"(?: is)? (?:here )?with us\b)")

_WHEN_WORDS = frozenset("today tonight again now here there too also back once twice live".split())


def lower_case_surnames(text: str, opening: float = 0.4) -> list[str]:
    """Guests the opening welcomes by a first name and a surname written in lower case, capitalised; or
    in capitals, as tiny.en writes a short one ("We're here with David HSU, founder of Retool"), where the
    episode never says that word as an acronym of its own.

    >>> lower_case_surnames("I'm here with Florian rival who is a software engineer at Facebook.")
    ['Florian Rival']
    >>> lower_case_surnames("Excited to have Kirsten mum with us. She's co-founder of Storytellers AI.")
    ['Kirsten Mum']
    >>> lower_case_surnames("I'm here with Florian today, who is great. We have Ada again with us.")
    []
    >>> lower_case_surnames("We're here with David HSU, founder of Retool."), lower_case_surnames(
    ...     "We have Ada CTO, who runs it. We have Ben AWS, who is an engineer. AWS is big.")
    (['David Hsu'], [])
    """
    return [f"{m['first']} {m['last'].title()}"
            for m in _LOWER_CASE_SURNAME.finditer(text, 0, opening_end(text, opening))
            if m["last"] not in STOPWORDS | _WHEN_WORDS and not m["last"].endswith("ly")
            and m["first"] not in NOT_NAMES
            and not (m["last"].isupper() and (m["last"].lower() in ROLE_NOUNS or len(re.findall(
                rf"\b{m['last']}\b", text)) > len(re.findall(rf"\b{m['first']} {m['last']}\b", text))))]


# A full name opening a sentence, said to hold a role: "Sid Sijbrandij is the co-founder and CEO of GitLab". A
# recogniser may end the sentence before it a few words late: "... open-source software better? For everyone,
# Donald Fisher is one of four co-founders and the CEO of TideLift."
# Or someone the host is with, who holds a role now: "I'm really excited to be in the WithSecure offices with
# Donato Capitella, who is a principal security consultant with WithSecure" (not "one of the people I credit ...
# is actually Jim Maurer, who's been the publisher of Queue", a guest's colleague).
_DESCRIBED_FIRST = re.compile(
    rf"(?:(?:^|[.!?]\s+)(?:[A-Z][a-z]+(?: [a-z]+){{0,2}}, )?({FULL_NAME}) (?:is|'s)|"
    rf"\bwith ({FULL_NAME}),? who(?: is|'s)(?! been)) "
    rf"(?:the |an? |one of the )?(?:[\w-]+ ){{0,3}}?{ROLE_NOUN}s?\b")


def described_first(text: str, opening: float = 0.4) -> list[str]:
    """Full names the opening starts a sentence with and says hold a role, as a cold open introduces a guest
    before any welcome, or says "who is" and a role after; a name also said in lower case ("Machine Learning is
    ...") is no person's.

    >>> described_first("Sid Sijbrandij is the co-founder and CEO of GitLab. Sid, what were you like?")
    ['Sid Sijbrandij']
    >>> described_first("Machine Learning is the director of everything. We use machine learning.")
    []
    >>> described_first("Making software better? For everyone, Donald Fisher is one of four co-founders.")
    ['Donald Fisher']
    >>> described_first("Excited to be in their offices with Donato Capitella who is a principal consultant there.")
    ['Donato Capitella']
    >>> described_first("I credit Jim Maurer, who's been the publisher of Queue. I'm with Ada Lee, who's been a CEO.")
    []
    """
    limit = opening_end(text, opening)
    lower = lower_case_words(text)
    names = [(m.group(1), False) if m.group(1) else (m.group(2), True)
             for m in _DESCRIBED_FIRST.finditer(text, 0, limit)]
    return list(dict.fromkeys(
        name for name, mid_sentence in names
        if plausible_name(name, mid_sentence=mid_sentence) and not any(w.lower() in lower for w in name.split())))


def first_name_again(full: str, text: str) -> bool:
    """Whether the first name of ``full`` is said again alone, as of someone the episode goes on with: "Donald
    Fischer is one of four co-founders and the CEO of Tidelift. ... So I asked Donald what it's like".

    >>> first_name_again("Donald Fischer", "Donald Fischer is the CEO of Tidelift. So I asked Donald why.")
    True
    >>> first_name_again("Donald Fischer", "Donald Fischer is the CEO of Tidelift. Donald Fischer said so.")
    False
    """
    first, *rest = full.split()
    return bool(re.search(rf"\b{re.escape(first)}\b(?! {re.escape(rest[0])})", text)) if rest else False


def introduced_names(text: str, opening: float = 0.4) -> list[str]:
    """Names people introduce in speech, in order of first mention, within the ``opening`` part of
    the text (introductions come first; a name "I'm" precedes later is usually someone quoted).

    >>> introduced_names("First, let's meet our guests, Ada Lovelace and Alan Turing. Hi, I'm Grace Hopper.")
    ['Ada Lovelace', 'Alan Turing', 'Grace Hopper']
    >>> introduced_names("I'm Dee Jones, and joining me today is Sam Smith.")
    ['Dee Jones', 'Sam Smith']
    >>> introduced_names("Hi, this is Ann Lee here. And this is Machine Learning Week in review.")
    ['Ann Lee']
    >>> introduced_names("With us today is Will Ramey. So today's guest is Mr. Nishant Roy. Will You Be There?")
    ['Will Ramey', 'Nishant Roy']
    >>> introduced_names("And our special guest for today is Carmen Andoh.")
    ['Carmen Andoh']
    >>> introduced_names("This week's show is an interview with Ada Lovelace. I read an interview with Alan Turing.")
    ['Ada Lovelace']
    >>> introduced_names("We have an awesome guest - Shaundai Person from Netflix is here with us.")
    ['Shaundai Person']
    >>> introduced_names("So I'd like to introduce Ada Lovelace. On today's show we talked with Alan Turing.")
    ['Ada Lovelace', 'Alan Turing']
    >>> introduced_names("I have the pleasure of introducing to you Adam Stooke. Adam is a graduate student.")
    ['Adam Stooke']
    >>> introduced_names("We're talking today with Emily Clark, an engineering manager. Today's episode features "
    ...                  "Ruth Okafor, a director. Today, I have Chris Evans, CTO at Acme, with me.")
    ['Emily Clark', 'Ruth Okafor', 'Chris Evans']
    >>> introduced_names("Today I have Visual Studio Code open. This episode features Kubernetes Operators, a pattern.")
    []
    >>> introduced_names("Today I'm talking with Omar Haddad and Nina Patel. With me are Tom Becker of Cloudflare "
    ...                  "and Lena Fischer of Stripe. Two guests: Amy Nguyen from Figma and Ben Carter from Linear.")
    ['Omar Haddad', 'Nina Patel', 'Tom Becker', 'Lena Fischer', 'Amy Nguyen', 'Ben Carter']
    >>> introduced_names("I'm here with Ada Lovelace from IBM and Red Hat. We have two guests. Ann Lee from IBM and "
    ...                  "Open Shift. They make Linux.")
    ['Ada Lovelace', 'Ann Lee']
    >>> introduced_names("We're lucky to have Julia Novak here today. Julia works at Google. It's nice to have "
    ...                  "Visual Studio Code open.")
    ['Julia Novak']
    >>> introduced_names("It's so nice to have GitHub Actions here. We're going to talk with Stack Overflow about it.")
    []
    >>> introduced_names("In this episode I interview Thomas Müller. I'm happy to be talking to Sven Larsen today. "
    ...                  "I'm sitting down with Fatima Zahra, an engineer. I've got Erik Johansson with me today.")
    ['Thomas Müller', 'Sven Larsen', 'Fatima Zahra', 'Erik Johansson']
    >>> introduced_names("I'm here with the founder of Supabase, Paul Copplestone.")
    ['Paul Copplestone']
    >>> introduced_names("This week on the show, Priyanka Shah, senior engineer at Atlassian, joins me. It's a "
    ...                  "pleasure to have you here, Marta Kowalska. Today's conversation is with Zoe Adams.")
    ['Priyanka Shah', 'Marta Kowalska', 'Zoe Adams']
    >>> introduced_names("Today we're going to talk with Mateo Garcia. In today's episode we chat with Grace Kim "
    ...                  "engineering director at Pinterest. We're going to be talking to Visual Studio Code users.")
    ['Mateo Garcia', 'Grace Kim']
    >>> introduced_names("Joining us is the CEO of Neon, Nikita Shamgunov. The CEO of Acme, Ada Lee, said no.")
    ['Nikita Shamgunov']
    >>> introduced_names("We use the cloud. And we have Microsoft Azure as well as Google Cloud Platform.")
    []
    >>> introduced_names("I'm Ann Lee. And on the show today we also have Kat Marchán and Rebecca Turner from NPM.")
    ['Ann Lee', 'Kat Marchán', 'Rebecca Turner']
    >>> introduced_names("We talked. " * 300 + "And we've got Gopher Connie you coming up in Berlin.")
    []
    >>> introduced_names("For the final show of 2008-09 talking with Travis Kimmel, the CEO of Git Prime. "
    ...                  "I was talking to Ada Lovelace about it.")
    ['Travis Kimmel']
    >>> introduced_names("Today computer scientist Yaw Anokwa joins the show to tell us how ODK works. "
    ...                  "On another show we were just talking with George Mandis, who wrote Konami-JS.")
    ['Yaw Anokwa']
    >>> introduced_names("We are joined by two guests. The first is Mark Sandstrom. Mark is an engineer at Khan "
    ...                  "Academy. The first is Ada Lovelace.")
    ['Mark Sandstrom']
    >>> introduced_names("Today we are going to be talking to Tech Lawyer Louise Villa, who returns to Go Time. "
    ...                  "We have with us Ben Cole, who is a manager at Intel. And then also Greg Srirachi, who is "
    ...                  "a developer ecosystem manager at Intel Gaudi.")
    ['Louise Villa', 'Ben Cole', 'Greg Srirachi']
    >>> introduced_names("So Jeremy, why write it? Steve Klabnik has been very helpful, as well as Phil Oppermann, "
    ...                  "who wrote a blog. In this episode we talked to Ann Lee, the CEO of Acme, as well as Bo Chan.")
    ['Ann Lee', 'Bo Chan']
    """
    limit = opening_end(text, opening)
    hits: list[tuple[int, str]] = []
    for pattern in (_SELF_INTRODUCTION, _GUEST_INTRODUCTION, _JOINS_US, _IS_HERE, _ALSO_KNOWN_AS, _TO_HAVE,
                    _TO_BE_TALKING, _ROLE_THEN_NAME, _GUESTS_COUNTED):
        for match in pattern.finditer(text, 0, limit):
            said = [(match.group(g), match.start(g)) for g in range(1, len(match.groups()) + 1) if match.group(g)]
            more = _AND_FROM_NEXT.match(text, match.end())
            if more and pattern is not _GUESTS_COUNTED:
                said.append((more.group(1), more.start(1)))
            # "nice to have GitHub Actions here", "going to talk with Stack Overflow about it": these cues are said
            # of things too. Where the entity model reads a thing, the name counts only if its first word is said
            # again alone, as a guest's first name is ("Julia Novak ... Julia works on the compiler team": the
            # small model reads "Julia Novak" as an organisation).
            if pattern in (_TO_HAVE, _TO_BE_TALKING):
                read = [(e.start, e.end) for e in entities.entities(text) if e.label != "PERSON"]
                said = [(name, at) for name, at in said
                        if not entities.within(at, read) or first_name_again(name, text)]
            elif pattern is _IS_HERE:  # the entity model reads "Apple Silicon" as a person
                said = [(name, at) for name, at in said if first_name_again(name, text)]
            elif pattern is _ALSO_KNOWN_AS:  # "we're here with George, a.k.a. Kode Vicious": the handle after it
                addressed = addressed_names(text)
                said = [(name, at) for name, at in said if times_addressed(name.split()[0], addressed)
                        or re.search(rf"\b(?:Hi|Hey|Hello|Welcome),?\s+{re.escape(name.split()[0])}\b", text)]
            # A name after its cue ("with us today is", "I'm") is said mid-sentence.
            hits.extend((match.start(), name) for name, _ in said if plausible_name(name, mid_sentence=True))
    hits.extend((m.start(), m.group(1)) for m in _TALKING_WITH.finditer(text, 0, limit)
                if _APPOSITION.match(text, m.end(1)) and plausible_name(m.group(1), mid_sentence=True))
    weaker = list(_PERSON_INTRODUCTION.finditer(text, 0, limit))
    if weaker:
        found = entities.entities(text)
        things = [(e.start, e.end) for e in found if e.label != "PERSON"]
        people = [(e.start, e.end) for e in found if e.label == "PERSON"]
        lower = lower_case_words(text)
        # A first name that is also a word ("we also have Will Bamberg") is a name where someone is spoken to
        # by it ("Will, what's up?").
        spoken_to = opening_addresses(text[:limit])
        for match in weaker:
            # Names listed together are one kind of thing: "we also have Kat Marchán and Rebecca Turner from NPM"
            # introduces two people, though the entity model reads the first as an organisation.
            listed_person = any(match.group(g) and entities.within(match.start(g), people)
                                for g in range(1, len(match.groups()) + 1))
            needs_who = bool(_NEEDS_WHO.match(match.group(0)))
            for group in range(1, len(match.groups()) + 1):
                name, start, end = match.group(group), match.start(group), match.end(group)
                if not name or not plausible_name(name, mid_sentence=True) \
                        or any((word.lower() in lower and word not in PRONOUN_SURNAMES
                                and not (i == 0 and word in spoken_to)) or word.lower() in ROLE_NOUNS
                               for i, word in enumerate(name.split()) if word not in PARTICLES):
                    continue
                # "as well as", "and then also" go on with a list of guests: one must have been introduced just
                # before. "Steve Klabnik has been very helpful, as well as Phil Oppermann, who wrote a blog"
                # (the guest, of people who helped him) goes on with no one's introduction.
                if _CONTINUES_A_LIST.match(match.group(0)) and not any(
                        0 < match.start() - at <= CONTINUED_LIST_CHARS for at, _ in hits):
                    continue
                read_as_thing = not listed_person and any(a <= start < b or start <= a < end for a, b in things)
                # Past the opening's first half, a weak cue needs who they are said with it: "we've got
                # Gopher Connie you coming up in Berlin" (GopherCon, misheard) is no guest.
                early = match.start() <= limit // 2 and not needs_who
                if (early and not read_as_thing) or _APPOSITION.match(text, end) or _described_next(name, text, end) \
                        or (needs_who and _WITH_ME.match(text, end)):
                    hits.append((match.start(), name))
    # In order of where they are said, those of one list in the list's order ("Omar Haddad and Nina Patel").
    return list(dict.fromkeys(name for _, name in sorted(hits, key=lambda hit: hit[0])))


def _described_next(name: str, text: str, end: int) -> bool:
    """Whether the sentence after a name says who that person is: "... talked with Jan Lehnardt. Jan is a
    developer and ...", "She's the CTO of ...".

    >>> text = "We talked with Jan Lehnardt. Jan is a developer and business person from Berlin."
    >>> _described_next("Jan Lehnardt", text, text.find(".")), _described_next("Jan Lehnardt", text, len(text))
    (True, False)
    """
    return bool(re.match(rf"[.!]\s+{subject_pattern(name)}\s+(?:the\s+|an?\s+)?(?:[A-Za-z-]+\s+){{0,3}}?{ROLE_NOUN}\b",
                         text[end:end + 200], re.IGNORECASE))


# What follows a person's name: who they are ("..., who is ...", "..., lead program manager of ...").
_APPOSITION = re.compile(rf",\s+(?:who\b|(?:the\s+|an?\s+)?(?:[A-Za-z-]+\s+){{0,3}}?(?i:{ROLE_ALTERNATIVES})\b)")


# A guest welcomed by first name alone: "Connor, welcome to Founders Talk.", "Welcome to the show, Nikita.",
# "Well, Kurt, thanks for joining me.", "we have Nikita here to talk about ...".
_WELCOMED_BY_FIRST_NAME = [re.compile(p.replace("NAME2", rf"(?P<also>{NAME_WORD})")
                                      .replace("NAME", rf"(?P<name>{NAME_WORD})")) for p in (
    r"(?:^|[.?!][\"”']?\s+)(?:(?:Well|So|Alright|All right|Okay|OK|And|Hey),?\s+|[A-Z][a-z]+,\s+)?NAME,?\s+"
    r"(?:(?:first of all|so|and),?\s+)?(?:welcome|thanks? (?:you )?for (?:joining|coming|being)|"
    r"(?:(?:it's|I'm|we're)\s+)?(?:so\s+|really\s+)?(?:great|good|nice|glad|happy) to (?:have|see|meet) you|"
    r"we (?:really )?appreciate you|(?:our|my) (?:special )?guest\b)",
    # "Hi, Frederic. Welcome back to Ship It.": a recogniser may end the greeting before the welcome. A
    # greeting, not a word alone: "How's it going, Chris? Howdy. Welcome, welcome" welcomes no Howdy.
    r"(?:^|[.?!][\"”']?\s+)(?:(?:Well|So|And|Okay|OK),?\s+)?(?:(?:[Ff]irst of all|[Ff]irst),?\s+)?"
    r"(?:Hi|Hello|Hey|(?<=, )(?:hi|hello|hey)),?\s+NAME[.!]\s+"
    r"(?:Welcome|Thanks? (?:you )?for (?:joining|coming|being))",
    # "So I would like to start by thanking you for making time, Sam and Solomon, to join me today."
    r"\b(?:[Ww]elcome(?: back)?(?: to [^.?!,]{1,40})?|"
    r"[Tt]hank(?:s|ing)? (?:you )?for (?:joining|coming on|making (?:the )?time)(?: us| me)?),"
    r"\s+NAME(?:,? and NAME2)?(?:[.?!]|,? to (?:join|be)\b|, to [A-Z])",
    r"\b[Ww]e have NAME (?:here|with us|on the show|joining us)\b",
    # "And yeah, it's great to have you here, Mike." (tiny.en: "... here Mike.")
    r"\b(?:great|good|nice|glad|happy|wonderful|awesome) to have you(?: here| on(?: the show)?| with us| back)?,? "
    r"NAME[.!]",
    # "First, let's welcome our guests, Matt and Chris."; "Chris and Stephen are joining us in person."
    r"\b[Ww]elcome (?:our|my) (?:special )?guests?,? NAME(?:,? and NAME2)?(?=[,.!?]| to| today| here)",
    r"\bNAME(?: and NAME2)? (?:is|are) (?:here )?joining (?:us|me)\b",
    r"(?:\bis|'s) an interview with NAME(?:,? and NAME2)?(?=[,.!?]| about| from| on| today)",
    # "On today's show we have Gina, who's the maintainer and creator of the OctoPrint project"
    rf"\b[Ww]e have NAME, who(?:'s| is) (?:the |an? )?(?:[\w-]+ ){{0,3}}?(?i:{ROLE_ALTERNATIVES})\b",
    # "I'm super happy to welcome Jason and John today": one or two guests, welcomed in one breath
    r"\b(?:[Ww]elcome|(?<!\bnot )[Jj]oined (?:today |here )?by) (?:back )?NAME(?: and NAME2)?"
    r"(?=[,.!?]| today| here| from| to| on)",
    r"\b(?:[Ww]e're|[Ww]e are|I'm|I am) (?:here |joined )?with NAME(?:,|\.| today| here| from| [-–—] )",
    # "I'm excited to be speaking today with Matvey and Ildar about Grafana OnCall": now, not "I was talking to"
    r"\b(?:[Ww]e're|[Ww]e are|I'm|I am|to be) (?:here )?(?:speaking|talking|chatting)(?: today| here| now)? "
    r"(?:to|with) NAME(?: and NAME2)?(?=[,.!?]| today| here| from| about)",
    # "I'd like to introduce Varun, who is the CEO and co-founder of Codeium, and Anshul, who is ..."
    r"\b[Ii]ntroduc(?:e|ing)(?: you to| to you)? NAME,? who\b(?:[^.?!]*?,? and NAME2,? who\b)?",
    # "Pia, you're now the CEO of Open Collective.": told who they are, by name
    ADDRESSED_ROLE,
    # "Justin Searls. Justin, hello!": greeted by first name, in a sentence of its own. Not "Knall, what's up?":
    # that is how panel shows greet their own panelists, by nicknames a host list may not hold (set 9's jsp243).
    r"(?:^|[.?!][\"”']?\s+)NAME,\s+(?:hello|hi|hey)(?:\s+there)?[.!]",
    # "Hi, I'm Arnaud, and I'm the founder of Echoes": someone who says who they are and where, by first name
    # (tiny.en may write the surname as a word: "Hi, I'm Chris one. I'm an engineer at Assign")
    rf"\b(?:I'm|I am|[Mm]y name is|[Mm]y name's) NAME(?: [a-z]+)?[,.]? (?:and )?(?:I'm|I am) (?:the |an? )?"
    rf"(?:[\w-]+ ){{0,3}}?"
    rf"(?i:{ROLE_ALTERNATIVES})s? (?:at|of|for|with) (?:the )?[A-Z]",
)]
# The episode's first words spoken to someone: "Spencer, let's begin with building a company". Of the 11
# episodes of the dev set and held-out sets 1-13 that open on a first name, all 11 speak to the guest.
_OPENING_ADDRESS = re.compile(
    rf"\A(?:(?:Well|So|Alright|All right|Okay|OK|Hey|Hi|Hello),?\s+)?(?P<name>{NAME_WORD}),\s")
FIRST_NAME_GUESTS = 2
_INTRODUCED_FIRST = re.compile(rf"\b[Ii]ntroduc(?:e|ing) (?P<name>{NAME_WORD})\b(?! [A-Z])")
ADDRESSED_GUEST = 2  # times a first name is spoken to


def welcomed_by_first_name(text: str, opening: float = 0.4) -> list[str]:
    """The first names the opening welcomes or greets someone by, whether or not it says their surname too,
    and those someone gives as their own with where they work.

    >>> welcomed_by_first_name("Well, we're here with Justin from Test Double. Welcome to the show.")
    ['Justin']
    >>> welcomed_by_first_name("I'd like to start by thanking you for making time, Sam and Solomon, to join me.")
    ['Sam', 'Solomon']
    >>> welcomed_by_first_name("Thanking you for making time, Sam, and Solomon to join me today.")
    ['Sam', 'Solomon']
    >>> welcomed_by_first_name("So we're here with Deepak - I don't know how to say your last name.")
    ['Deepak']
    >>> welcomed_by_first_name("Spencer, let's begin."), welcomed_by_first_name("Seriously, let's begin.")
    (['Spencer'], [])
    >>> welcomed_by_first_name("Hi, Frederic. Welcome back to Ship It."), welcomed_by_first_name("Howdy. Welcome!")
    (['Frederic'], [])
    >>> welcomed_by_first_name("Well, first of all, hi, Matt. Thank you for joining us. Welcome, Andrea, to Ship It.")
    ['Matt', 'Andrea']
    >>> welcomed_by_first_name("On today's show we have Gina, who's the maintainer and creator of OctoPrint.")
    ['Gina']
    >>> welcomed_by_first_name("But the main topic is an interview with Matti about Gitea.")
    ['Matti']
    >>> welcomed_by_first_name("First, let's welcome our guests, Matt and Chris. It's a moment where Chris and "
    ...                        "Stephen are joining us in person. Welcome.")
    ['Matt', 'Chris', 'Chris', 'Stephen']
    >>> welcomed_by_first_name("We're excited to catch up with Justin Searls. Justin, hello! Hey, Nick!")
    ['Justin']
    >>> welcomed_by_first_name("So we're here talking with Justin, and Justin - the first thing I wanna ask.")
    ['Justin']
    >>> welcomed_by_first_name("Hi, I'm Arnaud, and I'm the founder of Echoes. I'm Nick, I'm gonna be hosting.")
    ['Arnaud']
    """
    limit = opening_end(text, opening)
    found = [n for pattern in _WELCOMED_BY_FIRST_NAME for m in pattern.finditer(text, 0, limit)
             for n in (m["name"], m.groupdict().get("also")) if n]
    # The first word may be one that opens a sentence ("Seriously, ..."): the parse must read it as a name.
    opening_words = [m["name"] for m in _OPENING_ADDRESS.finditer(text)]
    return found + [n for n in opening_words if word_classes(text).get(n.lower()) in ("PERSON", "PROPN")]


def welcomed_first_names(text: str, people: list[str], opening: float = 0.4,
                         welcomed: Sequence[str] | None = None) -> list[str]:
    """Guests welcomed in the opening by first name alone, whose surname the episode never says with it,
    or who say their first name and are handed the floor ("Filippo, do you want to go first? ... So I'm
    Filippo"). None is one of ``people`` (hosts and guests found), shares a first name with one, or is a
    word the episode says in lower case ("Everyone, welcome"). ``welcomed``: ``welcomed_by_first_name`` of
    the text, where the caller has it already.

    >>> welcomed_first_names("Connor welcome to Founders Talk. I've been using Rewatch.", ["Adam Stacoviak"])
    ['Connor']
    >>> welcomed_first_names("Welcome to the show, Nikita. Thanks, Jerod.", ["Jerod Santo", "Adam Stacoviak"])
    ['Nikita']
    >>> welcomed_first_names('Like "Wow, really?" Jason, welcome to Ship It.', ["Gerhard Lazu"])
    ['Jason']
    >>> welcomed_first_names("Seriously, Jason, welcome to Ship It.", ["Gerhard Lazu"])
    ['Jason']
    >>> welcomed_first_names("So we're here with George, a.k.a. Kode Vicious.", ["Jerod Santo"])
    ['George']
    >>> welcomed_first_names("Filippo, do you want to go first? So I'm Filippo.", ["Natalie Pistunovich"])
    ['Filippo']
    >>> welcomed_first_names("Hi. Pia, you're now the CEO of Open Collective. Yes.", ["Adam Stacoviak"])
    ['Pia']
    >>> welcomed_first_names("I'm happy to welcome Jason and John today from Transistor.", ["Gerhard Lazu"])
    ['Jason', 'John']
    >>> welcomed_first_names("I'd like to introduce Varun, who is the CEO of Codeium, and Anshul, who leads sales.",
    ...                      ["Chris Benson"])
    ['Varun', 'Anshul']
    >>> welcomed_first_names("Hello to Matt. Hello, Matan, our guest for today. Welcome!", ["Mat Ryer"])
    ['Matan']
    >>> welcomed_first_names("Well, Adam, welcome. Everyone, welcome! Chris, welcome.", ["Adam Jacob", "Chris Benson"])
    []
    >>> welcomed_first_names("Jared, welcome. Jared, what's up?", ["Jerod Santo"])
    []
    >>> welcomed_first_names("Evan, welcome to Founders Talk. I was CEO. The company was called Evan Tale.", [])
    ['Evan']
    >>> welcomed_first_names("I'm not joined today by Chris, who is in a plane. We have guests.", ["Ada Byron"])
    []
    """
    limit = opening_end(text, opening)
    lower = lower_case_words(text)
    taken = [p.split()[0] for p in people if p] + [w for p in people for w in p.split()[1:]]
    said_own = {m.group(1) for m in re.finditer(rf"{SAYS_OWN_NAME.pattern}({NAME_WORD})\b(?! [A-Z])", text)}
    found = list(welcomed_by_first_name(text, opening) if welcomed is None else welcomed)
    welcomes = set(found)
    found += [n for _, sentence in split_sentences(text[:limit]) if (n := handed_over(sentence)) in said_own]
    # Introduced by a first name whose surname the recogniser garbled ("I would like to introduce Thomas and
    # Manini. Have I got the last name correct, Thomas?"), and then spoken to by it.
    addressed = addressed_names(text[:limit])
    found += [m["name"] for m in _INTRODUCED_FIRST.finditer(text, 0, limit) if addressed[m["name"]]]
    # Spoken to by first name again and again with no welcome at all: a follow-up episode opens on its
    # questions ("So Jared, where is Marques? ... Dan, do you remember ...?"). The parse must read the word
    # as a name: "Probably, or right now?" twice (tiny.en's "Broadly") speaks to no one.
    classes = word_classes(text)
    found += [n for n, count in addressed.items()
              if count >= ADDRESSED_GUEST and classes.get(n.lower()) in ("PERSON", "PROPN")
              and not read_as_an_organisation(n, text)]
    return list(dict.fromkeys(
        name for name in found
        if name not in NOT_NAMES and name.lower() not in lower | STOPWORDS
        # A short form of someone's name is theirs ("Sam" of Samantha); a longer one is someone else's
        # ("Matan", the guest, beside the host "Mat"). One that sounds the same is theirs as the recogniser
        # spelled it: "Jared, K8's Kubernetes" said to the host Jerod (held-out set 22's cl250).
        and not any(t.startswith(name) or similar_names(name, t) or sounds_like(name, t) for t in taken)
        # Said with a surname, the full name is the guest's, unless a welcome says the first name and the full
        # name is a thing's ("Evan, welcome to Founders Talk. ... The company was called Evan Tale": Aventail,
        # misheard). Only spoken to ("Yeah, Monster." after "something called Monster Jobs"), it is the thing.
        and not any(not (name in welcomes and called_a_thing(full, text))
                    for full in re.findall(rf"\b{re.escape(name)} [A-Z][a-z]+", text))
    ))[:FIRST_NAME_GUESTS]


def read_as_an_organisation(word: str, text: str) -> bool:
    """Whether the entity model reads ``word`` as an organisation at least twice and at least as often as a
    person: "Unsplash, to me now, ..." and "Oh, Unsplash, sweet" sound spoken to, but the episode is about
    the company (held-out set 28's ft54: read as an organisation 3 times, as a person 3 times).

    >>> read_as_an_organisation("Acme", "Acme, hi. I work at Acme. Acme is a company. We love Acme Corp.")
    True
    """
    readings = [e.label for e in entities.entities(text) if re.search(rf"\b{re.escape(word)}\b", e.text)]
    organisation = readings.count("ORG")
    return organisation >= 2 and organisation >= readings.count("PERSON")


# How sure the recogniser must have been of a first name said alone, at best, to take it as a guest's. On
# held-out audio (tiny.en), the right first names were heard at 0.89 (Connor), 0.93 (Nikita), 0.97 (Sam) and
# 0.84 ("Philipo" for Filippo); the wrong ones at 0.61 ("Kirk" for Kurt) and 0.71 ("Ryan" for Brian).
FIRST_NAME_SURE = 0.8


def heard_surely(word: str, segments: Sequence[Segment]) -> bool:
    """Whether the recogniser heard ``word`` at least once with ``FIRST_NAME_SURE`` confidence, or a second
    model heard it alike (``Word.confirmed_by``); a transcript without word confidences (written, or
    imported) is taken as it is.

    >>> from tasks.models import Word
    >>> kirk = Word(start=0, end=1, word=" Kirk,", probability=0.61)
    >>> heard = lambda *words: [Segment(start=0, end=1, text="Well Kirk, hi.", words=list(words))]
    >>> heard_surely("Kirk", heard(kirk)), heard_surely("Kirk", heard())
    (False, True)
    >>> heard_surely("Kirk", heard(kirk.model_copy(update={"confirmed_by": "base"})))
    True
    """
    said = [w for s in segments for w in s.words or []
            if w.probability is not None and w.word.strip(" ,.;:?!'\"") == word]
    return not said or any(w.probability >= FIRST_NAME_SURE or w.confirmed_by for w in said)


def find_guests(
    transcript_text: str,
    hosts: list[Person],
    metadata_guests: list[Person],
    spellings: list[str] = (),
    exclude: list[str] = (),
    speakers: list[str] = (),
    segments: list[Segment] = (),
) -> list[Person]:
    """Guests: metadata when given; else people the title names, speakers labelled by name, people
    introduced in speech and people the conversation addresses by name, never a host, spelled as the
    title spells them.

    >>> text = "Welcome. With us today is Ada Lovelace. I'm Grace Hopper, your host. Ada, what do you do?"
    >>> [g.name for g in find_guests(text, [Person(name="Grace Hopper")], [])]
    ['Ada Lovelace']
    >>> text = ("I'm joined by Samantha Coyle. First we have Sam Coyle, who's a software engineer at Diagrid. "
    ...         "Sam, welcome.")
    >>> [(g.name, g.affiliation) for g in find_guests(text, [Person(name="Grace Hopper")], [])]
    [('Samantha Coyle', 'Software engineer at Diagrid')]
    >>> text = "We're here with Ada from Acme. Welcome! Remember when Ada Lovelace was on? Tell us about Acme."
    >>> [(g.name, g.affiliation) for g in find_guests(text, [Person(name="Grace Hopper")], [])]
    [('Ada Lovelace', 'Acme')]
    >>> text = ("We're here with Daniel J. Barrett, author of the Linux Pocket Guide and more recently Efficient "
    ...         "Linux at the Command Line. Daniel, thanks so much for coming on the show.")
    >>> [g.name for g in find_guests(text, [Person(name="Jerod Santo")], [], segments=[Segment(start=0, end=9,
    ...                                                                                        text=text)])]
    ['Daniel J. Barrett']
    """
    if metadata_guests:
        return metadata_guests
    host_names = [h.name for h in hosts]
    # Speaker labels that are people's names (not "SPEAKER_00") take part, so they count too.
    named_speakers = [s for s in speakers if re.fullmatch(FULL_NAME, s or "") and plausible_name(s)]
    handed_over = introduced_guests(list(segments), host_names) if segments else []
    candidates = [*spellings, *named_speakers, *handed_over, *introduced_names(transcript_text),
                  *lower_case_surnames(transcript_text)]
    # Someone addressed by first name at least twice, whose full name is said: a participant; so is one
    # the opening says holds a role ("Sid Sijbrandij is the co-founder and CEO of GitLab. ... Sid, what ...").
    # So is one welcomed by first name whose full name is said later ("we're here with Justin from Test
    # Double ... remembering Justin Searles was on back in like the one hundreds").
    addressed = addressed_names(transcript_text)
    welcomed = welcomed_by_first_name(transcript_text)
    welcomed_in_full = [full for first in welcomed for full in full_names_of(first, transcript_text)]
    for full in [*people_mentioned(transcript_text), *welcomed_in_full]:
        first = full.split()[0]
        if (times_addressed(first, addressed) >= 2 or first in welcomed) and not matches_any(full, candidates):
            candidates.append(full)
    for full in described_first(transcript_text):
        if (times_addressed(full.split()[0], addressed) >= 1 or first_name_again(full, transcript_text)) \
                and not matches_any(full, candidates):
            candidates.append(full)
    guests: list[Person] = []
    for name in candidates:
        if is_host(name, host_names) or any(similar_names(name, e) or name in e for e in exclude if e) \
                or called_a_cohost(name, transcript_text) or called_a_thing(name, transcript_text):
            continue
        canonical = matches_any(name, list(spellings)) or first_name_as_said(name, transcript_text, host_names)
        # The affiliation is read where the name is said, in the spelling the recogniser gave it.
        said = as_said(canonical, transcript_text) or as_said(name, transcript_text) or name
        known = next((i for i, g in enumerate(guests) if same_person(canonical, g.name)), None)
        if known is not None:
            # Introduced again by a nickname ("Samantha Coyle ... we have Sam Coyle, who's a software
            # engineer at Diagrid"): one guest, who may be given their affiliation the second time.
            if guests[known].affiliation is None:
                given = said_affiliation(said, transcript_text)
                guests[known] = guests[known].model_copy(update={"affiliation": given})
            if canonical.endswith(f" {guests[known].name}"):  # the entity model read "Elizabeth Simon" of
                guests[known] = guests[known].model_copy(update={"name": canonical})  # Neethu Elizabeth Simon
            continue
        affiliation = said_affiliation(said, transcript_text)
        first = said.split()[0]
        if affiliation is None and first in welcomed and not any(h.split()[0] == first for h in host_names):
            affiliation = said_affiliation(first, transcript_text)  # "here with Justin from Test Double"
        guests.append(Person(name=canonical, role="guest", affiliation=affiliation))
    # Welcomed by first name alone, the surname never said: the name the episode gives them, if it was heard
    # surely (a first name is said once or twice, and often first, where the recogniser is least sure).
    for first in welcomed_first_names(transcript_text, [*host_names, *(g.name for g in guests)], welcomed=welcomed):
        if heard_surely(first, segments):
            guests.append(Person(name=first, role="guest", affiliation=said_affiliation(first, transcript_text)))
    # A name inside another guest's description is their work, not a second guest: "We're here with Daniel J.
    # Barrett, author of the Linux Pocket Guide and more recently Efficient Linux at the Command Line".
    guests = [g for g in guests
              if not any(o is not g and o.affiliation and re.search(rf"\b{re.escape(g.name)}\b", o.affiliation)
                         for o in guests)]
    # Said in a statement of its own: "Maria runs developer relations at Acme"; "I" is the guest's only
    # where one guest is introduced.
    return [g if g.affiliation else g.model_copy(update={"affiliation": stated_affiliation(
        as_said(g.name, transcript_text) or g.name, transcript_text, first_person=len(guests) == 1,
        others=[*host_names, *(o.name for o in guests if o is not g)])}) for g in guests]


_COHOST_BEFORE = re.compile(r"\bco-?hosts?(?: and (?:friend|partner)| extraordinaire)?,?\s+$|"
                            r"\bon (?:the|our|today's) panel(?: today| this week)?,?(?: we have| we've got| is| are)?"
                            r"(?: with us)?(?: today)?,?\s+$|"
                            r"\b(?:normally|usually|typically|always) (?:(?:we|I)(?:'d| would)? (?:have|be joined by)|"
                            r"joined by)\s+$|"
                            # "I'm your host this week. Make Nissie" (Nick Nisi, heard apart from his name)
                            r"\b(?:I'm|I am) your (?:co-?)?host(?: this week| today| for today| for this episode)?"
                            r"[,.]?\s+$",
                            re.IGNORECASE)


# "Wasn't there something called Monster Jobs? - Yeah, Monster.": a thing's name, however often it is answered.
# "The company was called Evan Tale" (Aventail, misheard) too, and what people work on: "we actually have two,
# both working on Cloud Foundry, is Jason Keene and ...".
_A_THING_CALLED = re.compile(r"\b(?:something|(?:[Aa]|[Aa]n|[Tt]his|[Tt]hat|[Tt]he) (?:[a-z-]+ )?(?:company|startup|"
                             r"site|website|app|product|project|tool|service|thing|business|platform|library|"
                             r"framework|book)) (?:(?:is|was) )?(?:called|named) $|\bwork(?:s|ed|ing)? on (?:the )?$")


# A thing's noun that a role noun follows makes a role: "product manager", "team lead".
_NO_ROLE_AFTER = rf"(?!\s+(?:[a-z-]+\s+)?(?i:{ROLE_ALTERNATIVES})\b)"
# "Kubernetes Corner, our regular segment about ...": what comes right after the name says it is a thing; "Anna
# Moss, a product manager at Google" says a role (a thing's name before a role noun makes one).
_DESCRIBED_AS_A_THING = re.compile(r",\s+(?:our|the|a|an|this|that)\s+(?:[a-z-]+\s+){0,2}(?:segment|series|feature|"
                                   r"show|podcast|newsletter|episode|conference|meetup|tool|editor|product|project|"
                                   rf"library|framework|app|website|company|startup)\b{_NO_ROLE_AFTER}")


def called_a_thing(name: str, text: str) -> bool:
    """Whether ``name`` is said as the name of a thing ("something called Monster Jobs", "Kubernetes Corner,
    our regular segment").

    >>> called_a_thing("Monster Jobs", "Wasn't there something called Monster Jobs? Yeah, Monster.")
    True
    >>> called_a_thing("Ada Lovelace", "A woman called Ada Lovelace wrote the first program.")
    False
    >>> called_a_thing("Evan Tale", "I was CEO. The company was called Evan Tale.")  # Aventail, misheard
    True
    >>> called_a_thing("Cloud Foundry", "Our guests today, both working on Cloud Foundry, are Ann Lee and Bo Chan.")
    True
    >>> called_a_thing("Kubernetes Corner", "Joining us is Kubernetes Corner, our regular segment about news.")
    True
    >>> called_a_thing("Ada Lovelace", "Joining us is Ada Lovelace, the host of a show about code.")
    False
    """
    return any(_A_THING_CALLED.search(text, max(0, m.start() - 60), m.start())
               or _DESCRIBED_AS_A_THING.match(text, m.end()) for m in re.finditer(rf"\b{re.escape(name)}\b", text))


_YOUR_HOST_AFTER = re.compile(r",?\s+(?:and\s+)?(?:I'm\s+|I am\s+)?your\s+(?:co-?)?hosts?\b")


def called_a_cohost(name: str, text: str) -> bool:
    """Whether ``name`` is said straight after "co-host" or "on the panel", or before "your host": a host the
    show's file does not list (an absent one, "I'm usually joined by my co-host Chris Benson"), or one the
    recogniser misheard ("I'm Kay Ball, I'm your host today" for Kevin Ball), never a guest.

    >>> called_a_cohost("Chris Benson", "I'm usually joined by my co-host Chris Benson, who is away.")
    True
    >>> called_a_cohost("Kay Ball", "Hello, JS Party people! I'm Kay Ball, I'm your host today.")
    True
    >>> called_a_cohost("Chris Benson", "I'm normally joined by Chris Benson, but he won't be joining today.")
    True
    >>> called_a_cohost("Daniel Whitenack", "Normally we would have Daniel Whitenack joining us, but ...")
    True
    >>> called_a_cohost("Ada Lovelace", "My co-host and I are joined by Ada Lovelace, the host of Hello World.")
    False
    >>> called_a_cohost("Gerard Santo", "Today on the panel we have with us Gerard Santo. Hello.")  # Jerod, misheard
    True
    >>> called_a_cohost("Make Nissie", "I'm your host this week. Make Nissie and today I'm joined by Ada.")
    True
    """
    return any(_COHOST_BEFORE.search(text, max(0, m.start() - 40), m.start()) or _YOUR_HOST_AFTER.match(text, m.end())
               for m in re.finditer(rf"\b{re.escape(name)}\b", text))


def _turns(segments: list[Segment]) -> list[tuple[str | None, str]]:
    """(speaker, text) for each run of segments by one speaker."""
    turns: list[tuple[str | None, str]] = []
    for segment in segments:
        if turns and turns[-1][0] == segment.speaker:
            turns[-1] = (segment.speaker, f"{turns[-1][1]} {segment.text}")
        else:
            turns.append((segment.speaker, segment.text))
    return turns


def _person_names(text: str) -> list[tuple[int, str]]:
    """(offset, name) of the full names (two or three words) the entity model calls people."""
    found = []
    for entity in entities.entities(text):
        name = entities.clean(entity.text)
        if entity.label == "PERSON" and re.fullmatch(FULL_NAME, name) and plausible_name(name, person=True) \
                and name.split()[-1] not in ORGANISATION_SUFFIXES:  # "Lincoln Labs" read as a person
            found.append((entity.start, name))
    return found


def introduced_guests(segments: list[Segment], host_names: list[str], opening: float = 0.4) -> list[str]:
    """People the hosts introduce who then speak, from speaker turns and the entity model, as heard.

    In the opening part, a turn that hands over to another voice ends with whom it hands over to: the
    last person it names ("... with us today is Ada Lovelace. Welcome!"); a voice that names itself
    ("I'm Ada Lovelace") is introduced too. Hosts never count. Needs speaker labels on the segments.

    >>> s = lambda speaker, text: Segment(start=0, end=1, text=text, speaker=speaker)
    >>> introduced_guests([s("A", "I'm Grace Hopper. My co-host Alan Turing is away. "
    ...                           "With us is Ada Lovelace. Welcome!"),
    ...                    s("B", "Thanks, Grace."), s("A", "Ada, what do you do?")], ["Grace Hopper"])
    ['Ada Lovelace']
    """
    turns = _turns(segments)
    text = " ".join(t for _, t in turns)
    if len({speaker for speaker, _ in turns}) < 2:
        return welcomed_names(text, host_names, opening)
    limit = opening_end(text, opening)
    people = _person_names(text)
    found: list[tuple[int, str]] = []
    offset = 0
    for number, (speaker, turn) in enumerate(turns):
        start, end = offset, offset + len(turn)
        offset = end + 1
        if start > limit:
            break
        named = [(at, name) for at, name in people if start <= at < end and not is_host(name, host_names)]
        for match in _SELF_INTRODUCTION.finditer(turn):
            found.extend((start + match.start(), n) for n in collect_names(match)
                         if plausible_name(n, mid_sentence=True) and not is_host(n, host_names))
        if named and number + 1 < len(turns) and turns[number + 1][0] != speaker:
            found.append(named[-1])
    # Voices the clustering merged hand over to no one: a welcome in words still introduces.
    found.extend((text.find(name), name) for name in welcomed_names(text, host_names, opening))
    return list(dict.fromkeys(name for _, name in sorted(found)))


# Words of welcome around a name that is introduced ("thanks for joining me", "my guest today is").
# "You've got a welcome from Mozilla; Caitlin Neiman mentioned ...": a welcome received is no one's welcome.
# "So when I joined Lemon Lemon Cash is the full name of the company", "..., Russia, and joined the SQL Server
# team": who joins a company or a team welcomes no one; nor does "Sarah Allen from Bridge Foundry also just joined
# Google" (held-out gt11: news of someone else's new job), nor "Jordan Walk ended up joining my team" (set 37's
# jsp345, a story).
_WELCOME = re.compile(r"\b(?:(?<!\ba )welcome|guests?|joining(?! (?:my|his|her|their|our|the|a|an) (?:new )?"
                      r"(?:team|company|startup|firm|group|lab|board)\b)|"
                      r"(?<!\bI )(?<!\bwe )(?<!\bhe )(?<!\bshe )(?<!\bthey )"
                      r"joined(?! (?:the|a|an)\b|(?-i: [A-Z][a-z]))|"
                      r"with us|here with|"
                      r"thanks? for (?:joining|coming|being)|(?:great|good|happy|glad) to have)\b", re.IGNORECASE)


# "I am CEO and founder at Prediction Gar, and I'm joined ... by my co-host": a name said where someone works is
# an organisation's, however the entity model reads a misheard one. Looked for in the 40 characters before the
# name (the longest role and "of" fit), not the whole text before it: once per person the entity model reads.
_AN_EMPLOYER_BEFORE = re.compile(rf"(?:\bat|\b(?i:{ROLE_ALTERNATIVES}) (?:of|for))\s+\Z")
# "We're joined by Google's Cloud Run team": a name that qualifies a thing said after it is the thing's, unless
# the words make a role ("Jane Doe product manager at Acme", "Jane Doe team lead", as a recogniser writes them).
_A_THING_AFTER = re.compile(rf"\s+(?:team|teams|project|product|service|platform|app|model|group|community)\b"
                            rf"{_NO_ROLE_AFTER}")


# A sentence cut off at "a.k.a." (its full stops end sentences): what follows is a handle, no one welcomed.
_A_K_A_END = re.compile(rf"{_AKA}\s*$")


def welcomed_names(text: str, host_names: list[str], opening: float = 0.4) -> list[str]:
    """Without speaker turns: people named in the opening in a sentence of welcome (or the next one).

    >>> welcomed_names("Robert Ross, thanks for joining me. My co-host Alan Turing is away.", ["Grace Hopper"])
    ['Robert Ross']
    >>> welcomed_names("So today's guest is Mr. Nishant Roy. He is a manager.", ["Grace Hopper"])
    ['Nishant Roy']
    >>> welcomed_names("Today Mr. André Eriksson is the creator of Encore. So welcome, André.", ["Grace Hopper"])
    ['André Eriksson']
    >>> welcomed_names("So when I joined Ada Lovelace was the boss.", ["Grace Hopper"])
    []
    >>> welcomed_names("I came here after grad school in Peter Spur, Russia, and joined the SQL Server team.", [])
    []
    >>> welcomed_names("Sarah Allen from Bridge Foundry also just joined Google. She's doing mobile work.", [])
    []
    >>> welcomed_names("This is Dan Lee, I am CEO at Prediction Gar, and I'm joined by my co-host.", ["Dan Lee"])
    []
    >>> welcomed_names("Our guest today is the Queen of Containers. Jesse Frazel. How are you?", ["Dan Lee"])
    ['Jesse Frazel']
    >>> welcomed_names("We're joined by Google's Cloud Run team. Welcome!", ["Dan Lee"])
    []
    >>> welcomed_names("We're joined by Maria Garcia product lead at Acme. Welcome!", ["Dan Lee"])
    ['Maria Garcia']
    """
    limit = opening_end(text, opening)
    # Sentences as the summariser cuts them: "Mr." or an initial ends none.
    spans = split_sentences(text)
    starts = [offset for offset, _ in spans]
    found = []
    for at, name in _person_names(text):
        if at > limit or is_host(name, host_names) or _AN_EMPLOYER_BEFORE.search(text, max(0, at - 40), at) \
                or _A_THING_AFTER.match(text, at + len(name)):
            continue
        sentence = bisect_right(starts, at) - 1
        if sentence < 0:
            continue
        own = spans[sentence][1]
        following = spans[sentence + 1][1] if sentence + 1 < len(spans) else ""
        # A bare name ("And Rick Viscomi.") takes its welcome from the sentence after it; so does one the
        # next sentence welcomes by first name ("... the creator of Encore. So welcome, André.").
        welcomed_next = _WELCOME.search(following) and (
            len(own.split()) <= 4 or re.search(rf"\b{re.escape(name.split()[0])}\b", following))
        # ... and from the sentence before it: "And our special guest today is the Queen of Containers. Jesse
        # Frazel. How are you?" (tiny.en's full stop where the host paused, held-out gt11), but not after
        # "So we're here with George, a.k.a." ("Kode Vicious." is George's handle).
        before = spans[sentence - 1][1] if sentence > 0 else ""
        welcomed_before = own.strip(" .!?") == name and _WELCOME.search(before) and not _A_K_A_END.search(before)
        if _WELCOME.search(own) or welcomed_next or welcomed_before:
            found.append(name)
    return list(dict.fromkeys(found))
