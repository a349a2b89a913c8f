"""Who is on the episode and what they talk about: guests, companies and tags.

Metadata is authoritative. Without it, guests come from the introductions people make ("I'm ...",
"my name is ...", "our guests, A and B", "joined by ...") and from the people the hosts address by
name, spelled as the episode's title or description spells them when those name them (or, where the
recogniser made a word of a first name, as the guest is named alone). Organisations
come from how people speak of them: where someone works ("CEO of X", "engineer at X"), commercial
phrases ("sponsored by X", "companies like X"), names that end like organisations ("X Labs", "the X
community") and web addresses spoken aloud that spell a candidate ("gestaltit.com"). Nothing here
knows a particular person or company.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher

import jellyfish

from tasks.models import Company, Person, Segment
from tasks.notes import entities
from tasks.notes.keyphrases import keyphrases
from tasks.notes.lexicon import (
    COMMERCIAL_CUES,
    EMPLOYMENT_VERBS,
    FILLERS,
    HONORIFICS,
    NOT_NAMES,
    ORGANISATION_HEADS,
    ORGANISATION_SUFFIXES,
    PERSON_VERBS,
    ROLE_NOUNS,
    ROLE_RANKS,
    STOPWORDS,
    STUDY_WORDS,
)
from tasks.notes.sentences import split_sentences
from tasks.vocabulary import ordinary_word

# Latin capitals and small letters, accented ones too: "André Eriksson", "Łukasz", "Søren".
_LATIN = [chr(code) for code in range(0x41, 0x250)]
_UPPER = "".join(c for c in _LATIN if c.isupper())
_LOWER = "".join(c for c in _LATIN if c.islower())
_NAME_WORD = rf"(?:Mc|Mac|O'|D')?[{_UPPER}][{_LOWER}]+(?:-[{_UPPER}][{_LOWER}]+|'[{_UPPER}][{_LOWER}]+)?"  # Du'An
# A middle initial or "St." before a surname is part of the name: "Fred K. Schott", "Erik St. Martin".
_FULL_NAME = rf"{_NAME_WORD}(?: (?:[{_UPPER}]\.|St\.))?(?: {_NAME_WORD}){{1,2}}"
# "So today's guest is Mr. Nishant Roy": a title before a name is no part of it, and does not hide it.
_HONORIFIC = rf"(?:(?:{'|'.join(sorted(HONORIFICS))})\.?\s+)?"
_LIST_OF_NAMES = (rf"{_HONORIFIC}({_FULL_NAME})(?:, {_HONORIFIC}({_FULL_NAME}))*"
                  rf"(?:,? and (?:by )?{_HONORIFIC}({_FULL_NAME}))?")  # "joined by A and by B"

# Introductions, strongest first. People introduce themselves and their guests near the start.
_SELF_INTRODUCTION = re.compile(
    rf"\b(?:I'm|I am|[Mm]y name is|[Mm]y name's)\s+{_HONORIFIC}({_FULL_NAME})\b(?! [A-Z])"
    rf"|(?:^|[.!?]\s+|,\s+)(?:[Hh]i,?\s+|[Hh]ello,?\s+)?[Tt]his is\s+({_FULL_NAME})(?=,| here\b| and\b| from\b| with\b)"
)
_GUEST_INTRODUCTION = re.compile(
    rf"\b(?:[Gg]uests?(?: today| this week| on the show)?(?: is| are)?|[Jj]oined (?:today )?by|"
    rf"[Jj]oining (?:me|us)(?: today| again| now| this week)?(?: is| are)?|"
    rf"(?:[Ww]ith|[Hh]ere with) (?:me|us)(?: today| again| now| this week)?(?: is| are)?|"
    rf"[Ww]elcome(?: back)?(?: to the (?:show|podcast|program))?|[Pp]lease welcome|[Ww]elcoming|"
    rf"I'm (?:here )?with|(?:I'm|[Ww]e're|[Ww]e are) (?:talking|chatting) (?:to|with)|[Ss]peaking with|"
    rf"[Tt]alking (?:to|with) (?:me|us)(?: today)?)"
    rf"[,:]?(?:\s+[-–—])?\s+{_LIST_OF_NAMES}"
)
# The name before its cue: "Ada Lovelace joins us from Acme", "Ada Lovelace is here with us today".
_JOINS_US = re.compile(
    rf"\b{_LIST_OF_NAMES}\s+(?:joins|join|is joining|are joining|(?:is|are) (?:here )?with) (?:us|me)\b")
# Weaker cues, said of things as often as of people: "So I'd like to introduce Ada Lovelace", "Mikeal and I
# talked with Jan Lehnardt" (a show's pre-recorded intro tells what the episode did), "we have Sam Coyle,
# who's ...", "..., as well as Arunesh Chandra, ...". A name after them counts unless one of its words is
# said in lower case too ("Google Cloud Platform", where the episode says "cloud") or is a role ("...,
# Program Manager of ..."), and unless the entity model reads it there as something else ("we have
# Microsoft Azure"), which a role after it overrules: the small model reads rare names as organisations
# ("Arunesh Chandra, program manager of ChakraCore"), so being read as a person is not asked.
_PERSON_INTRODUCTION = re.compile(
    rf"\b(?:[Ii]ntroduc(?:e|ing)(?: you to)?|(?:talked|spoke|chatted|sat down) (?:to|with)|"
    rf"(?:[Ww]e have|[Ww]e've got)(?: with us)?(?: today| here| on the show)?|as well as)"
    rf"[,:]?\s+{_LIST_OF_NAMES}"
)
_TITLE_NAMES = re.compile(rf"\b(?:with|featuring|feat\.|ft\.|guests?:?|[Ii]nterview(?:ing)?|ft)\s+{_LIST_OF_NAMES}")
# "David, what ..." at a sentence's start or "..., David?" at its end: someone spoken to.
# Neither comma nor full stop is taken, only looked at: in "Welcome, Sophie. Sophie, what ..." each mark serves two.
_VOCATIVE = re.compile(rf"(?:(?:^|[.?!]\s+)({_NAME_WORD})(?=,\s)|,\s+({_NAME_WORD})(?=[?.!]))")

_ORG_WORD = r"(?:[A-Z][A-Za-z0-9&'.+-]*[A-Za-z0-9&+]|[A-Z])"
_ORG_SPAN = re.compile(rf"{_ORG_WORD}(?:(?: | of | for | & | de | la ){_ORG_WORD})*")
_DOMAIN = re.compile(r"\b([a-z0-9][a-z0-9-]{2,})\.(?:com|io|ai|org|net|co|dev|tech|app)\b", re.IGNORECASE)

_ROLE_ALTERNATIVES = '|'.join(sorted(map(re.escape, ROLE_NOUNS), key=len, reverse=True))
_ROLE_NOUN = rf"\b(?:{_ROLE_ALTERNATIVES})"
_ROLE = rf"{_ROLE_NOUN}(?:\s+[a-z-]+){{0,2}}"
_ROLE_BEFORE = re.compile(rf"{_ROLE}\s+(?:of|at|with|from)\s+(?:the\s+)?$", re.IGNORECASE)
# "the chief AI strategist that Lockheed Martin": the recogniser hears a role's "at" as "that". Heard right,
# "the engineer that X hired" makes X a person or an organisation, so a name the model reads as a person is
# never taken this way.
_ROLE_THAT_BEFORE = re.compile(rf"{_ROLE_NOUN}\s+that\s+$", re.IGNORECASE)
# "product manager for Kita": what a role is for is as often a product as the employer; weaker evidence.
_ROLE_FOR_BEFORE = re.compile(rf"{_ROLE}\s+for\s+(?:the\s+)?$", re.IGNORECASE)
_EMPLOYED_BEFORE = re.compile(
    rf"\b(?:{'|'.join(sorted(EMPLOYMENT_VERBS, key=len, reverse=True))})(?:\s+as\s+(?:an?\s+)?[a-z-]+(?:\s+[a-z-]+)?)?"
    rf"(?:\s+(?:on|closely|together|directly))?\s+(?:at|for|with)\s+(?:the\s+)?$"
    rf"|\b(?:here|over|us|me)\s+at\s+(?:the\s+)?$|\bI'm with\s+$"
    # "I was at X", "you were at PostRank", "she's at Google": whoever is said to be there
    rf"|\b(?:we|(?:I|you|he|she|we|they)(?:\s+(?:am|is|are|was|were)|'m|'s|'re))\s+at\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# A university is where people studied: "studied aerospace engineering at MIT", "a degree from X".
_STUDIED_BEFORE = re.compile(
    rf"\b(?:{'|'.join(sorted(map(re.escape, STUDY_WORDS), key=len, reverse=True))})(?:\s+[a-z-]+){{0,3}}"
    rf"\s+(?:at|from)\s+(?:the\s+)?$", re.IGNORECASE)
_COMMERCIAL_BEFORE = re.compile(rf"\b(?:{COMMERCIAL_CUES})\s+(?:the\s+)?$", re.IGNORECASE)
# "at the University of Chicago", "from the Open Media Foundation": the article is not part of the name.
_AT_BEFORE = re.compile(r"\bat\s+(?:the\s+)?$")
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:the\s+)?$")
_COMPANY_AFTER = re.compile(
    r"^(?:,? (?:one of our|our|a|the) (?:sponsors?|partners?|customers?|company|startup|vendor)\b|"
    r" is (?:such )?an? (?:\w+ ){0,2}(?:company|startup|vendor|firm)\b|"  # "is such a cool company"
    r"'s (?:CEO|CTO|founder|team|customers|engineers|product|platform|cloud|stock|acquisition|offering)\b|"
    r",? (?:which |who )?(?:announced|acquired|released|launched|raised|hired|bought)\b|"
    # "starting with Silicon Graphics and then a number of startups": one of a list of companies
    r",? (?:and|or) (?:then )?(?:an? (?:number|couple|few|bunch|handful|lot) of|several|some|many|lots of|other)"
    r"(?: other)? (?:startups|companies|firms)\b)"
)
# What "X is such a cool company" says X is. Said of a capitalised name, _COMPANY_AFTER reads it; the recogniser
# writes some names as lower-case words ("fire hydrant is such a cool company"), which the parse reads.
COMPANY_KINDS = frozenset({"company", "startup", "vendor", "firm"})
_DESCRIBED = re.compile(rf"\b(?:is|was|'s)\b[^.!?]{{0,40}}\b(?:{'|'.join(sorted(COMPANY_KINDS))})\b", re.IGNORECASE)
_HEAD_AFTER = re.compile(rf"^ ({'|'.join(sorted(ORGANISATION_HEADS, key=len, reverse=True))})\b")


def similar_names(a: str, b: str) -> bool:
    """Same person, allowing a recogniser's misspelling.

    >>> similar_names("Demetrius Brinkman", "Demetrios Brinkmann")
    True
    >>> similar_names("Steph Locke", "Stephen Foskett")
    False
    """
    a_key, b_key = a.lower().replace(" ", ""), b.lower().replace(" ", "")
    if a_key == b_key:
        return True
    # The cheap upper bounds first: the tags' ban list asks this of every word of a transcript against every
    # name (about 20,000 pairs an hour), and most pairs differ in length or letters enough to stop there.
    matcher = SequenceMatcher(None, a_key, b_key)
    return matcher.real_quick_ratio() >= 0.8 and matcher.quick_ratio() >= 0.8 and matcher.ratio() >= 0.8


def _collect(match: re.Match) -> list[str]:
    return [g for g in match.groups() if g]


_PRONOUN_SURNAMES = frozenset({"You", "She", "He"})


def _plausible_name(name: str, mid_sentence: bool = False, person: bool = False) -> bool:
    """Two or three capitalised words, none of them a word that merely starts a sentence.

    A first name can be an ordinary word as well ("Will", "May"). Its capital is then evidence of a name
    only where the word is not capitalised anyway: said ``mid_sentence`` before a capitalised surname, or
    read whole as a ``person`` by the entity model. A word that opens talk ("So", "Well") or is always
    capitalised (a month, a title: "Dr") never is.

    >>> _plausible_name("David Aponte"), _plausible_name("Thank You"), _plausible_name("Machine Learning Today")
    (True, False, False)
    >>> _plausible_name("Will Ramey"), _plausible_name("Will Ramey", mid_sentence=True)
    (False, True)
    >>> _plausible_name("Will You", mid_sentence=True), _plausible_name("So Nishant", person=True)
    (False, False)
    >>> _plausible_name("Senior Director", mid_sentence=True)
    False
    >>> _plausible_name("Evan You", mid_sentence=True), _plausible_name("Chang She"), _plausible_name("Thank You")
    (True, True, False)
    """
    first, *rest = name.split() or [""]
    if first in NOT_NAMES and not ((mid_sentence or person) and _ordinary_word(first)):
        return False
    # "I'm Senior Director at Sentinel Labs", "..., Program Manager of ...": a role said with capitals. A
    # pronoun capitalised inside a sentence after a first name is a surname ("Evan You", "Chang She").
    return not any((word in NOT_NAMES and not (word in _PRONOUN_SURNAMES and first not in NOT_NAMES))
                   or word.lower() in ROLE_NOUNS for word in rest)


def _lower_case_words(text: str) -> set[str]:
    """The words ``text`` says in lower case: a capitalised word among them is no name ("Azure Machine Learning"
    said beside "machine learning").

    >>> sorted(_lower_case_words("Ada uses machine learning; Machine Learning Today."))
    ['learning', 'machine', 'uses']
    """
    return set(re.findall(r"\b[a-z][a-z'-]*\b", text))


def _ordinary_word(word: str) -> bool:
    """A word written lower case unless it starts a sentence ("Will"), and not one that opens talk."""
    return word.lower() in STOPWORDS and word.lower() not in FILLERS


def names_in_title(*texts: str | None) -> list[str]:
    """People a title or description names after "with", in the spelling it uses.

    >>> names_in_title("2x27: How the ML Community Has Evolved in 2021 with Demetrios Brinkmann and David Aponte")
    ['Demetrios Brinkmann', 'David Aponte']
    >>> names_in_title("Scaling Postgres with Row Level Security")
    []
    """
    found: list[str] = []
    for text in texts:
        for match in _TITLE_NAMES.finditer(text or ""):
            found.extend(n for n in _collect(match) if _plausible_name(n, mid_sentence=True) and len(n.split()) == 2)
    return list(dict.fromkeys(found))


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
    >>> introduced_names("We have an awesome guest - Shaundai Person from Netflix is here with us.")
    ['Shaundai Person']
    >>> introduced_names("So I'd like to introduce Ada Lovelace. On today's show we talked with Alan Turing.")
    ['Ada Lovelace', 'Alan Turing']
    >>> introduced_names("We use the cloud. And we have Microsoft Azure as well as Google Cloud Platform.")
    []
    """
    limit = max(int(len(text) * opening), 3000)
    hits: list[tuple[int, str]] = []
    for pattern in (_SELF_INTRODUCTION, _GUEST_INTRODUCTION, _JOINS_US):
        for match in pattern.finditer(text, 0, limit):
            # A name after its cue ("with us today is", "I'm") is said mid-sentence.
            hits.extend((match.start(), name) for name in _collect(match) if _plausible_name(name, mid_sentence=True))
    weaker = list(_PERSON_INTRODUCTION.finditer(text, 0, limit))
    if weaker:
        things = [(e.start, e.end) for e in entities.entities(text) if e.label != "PERSON"]
        lower = _lower_case_words(text)
        for match in weaker:
            for group in range(1, len(match.groups()) + 1):
                name, start, end = match.group(group), match.start(group), match.end(group)
                if not name or not _plausible_name(name, mid_sentence=True) \
                        or any((word.lower() in lower and word not in _PRONOUN_SURNAMES) or word.lower() in ROLE_NOUNS
                               for word in name.split()):
                    continue
                read_as_thing = any(a <= start < b or start <= a < end for a, b in things)
                if not read_as_thing or _APPOSITION.match(text, end) or _described_next(name, text, end):
                    hits.append((match.start(), name))
    return list(dict.fromkeys(name for _, name in sorted(hits)))


def _described_next(name: str, text: str, end: int) -> bool:
    """Whether the sentence after a name says who that person is: "... talked with Jan Lehnardt. Jan is a
    developer and ...", "She's the CTO of ...".

    >>> text = "We talked with Jan Lehnardt. Jan is a developer and business person from Berlin."
    >>> _described_next("Jan Lehnardt", text, text.find(".")), _described_next("Jan Lehnardt", text, len(text))
    (True, False)
    """
    return bool(re.match(rf"[.!]\s+{_subject(name)}\s+(?:the\s+|an?\s+)?(?:[A-Za-z-]+\s+){{0,3}}?{_ROLE_NOUN}\b",
                         text[end:end + 200], re.IGNORECASE))


def _subject(name: str) -> str:
    """A pattern for the person ``name`` as a sentence's subject saying who they are: "Jan is", "She's"."""
    return rf"(?:{re.escape(name.split()[0])}|[Hh]e|[Ss]he)(?:\s+is|'s)"


# What follows a person's name: who they are ("..., who is ...", "..., lead program manager of ...").
_APPOSITION = re.compile(rf",\s+(?:who\b|(?:the\s+|an?\s+)?(?:[A-Za-z-]+\s+){{0,3}}?(?i:{_ROLE_ALTERNATIVES})\b)")


def addressed_names(text: str) -> Counter:
    """First names people are spoken to by ("David, what ...", "How about you, Steph?").

    >>> addressed_names("Demetrius, what have you seen? How about you, David? Thanks, David.")
    Counter({'David': 2, 'Demetrius': 1})
    >>> addressed_names("Welcome, Sophie. Sophie, what do you do?")
    Counter({'Sophie': 2})
    """
    found = Counter()
    for match in _VOCATIVE.finditer(text):
        name = next(g for g in match.groups() if g)
        if name not in NOT_NAMES:
            found[name] += 1
    return found


def mentioned_names(text: str) -> Counter:
    """Full names (two or three capitalised words) said in the middle of a sentence.

    >>> mentioned_names("I talked to Noah Gift. Then Noah Gift said it. Machine Learning is fun.")
    Counter({'Noah Gift': 2})
    """
    found = Counter()
    for match in re.finditer(rf"(?<=[a-z,;:] )({_FULL_NAME})\b", text):
        if _plausible_name(match.group(1), mid_sentence=True):
            found[match.group(1)] += 1
    return found


def people_mentioned(text: str) -> list[str]:
    """Full names that are people's: none of their words is also spoken as an ordinary lower-case word
    (so "Azure Machine Learning" and "Tech Field Day" are not people).

    >>> people_mentioned("We use Azure Machine Learning for machine learning, as Noah Gift said.")
    ['Noah Gift']
    """
    lower = _lower_case_words(text)
    return [name for name in mentioned_names(text)
            if not any(w.lower() in lower and _said_apart(w, name, text) for w in name.split())
            and not _shortens_a_term(name, text, lower)]


def _said_apart(word: str, name: str, text: str) -> bool:
    """Whether ``word`` is said in lower case other than as part of ``name``: the recogniser writes a
    surname in lower case now and then ("Richard hip here" for Richard Hipp), which makes it no word.

    >>> _said_apart("Hip", "Richard Hip", "We have Richard hip here. With Richard Hip, we talk.")
    False
    >>> _said_apart("Learning", "Machine Learning", "Machine Learning is learning.")
    True
    >>> _said_apart("Systems", "Embedded Systems", "Embedded Systems, or embedded systems.")
    True
    """
    first, *rest = name.split()
    in_name = re.compile(r"\s+".join([re.escape(first), *(rf"(?i:{re.escape(w[0])}){re.escape(w[1:])}" for w in rest)]))
    return word.lower() in _lower_case_words(in_name.sub(" ", text))


def _shortens_a_term(name: str, text: str, lower: set[str]) -> bool:
    """Whether a name is a longer capitalised term said short, a word left out of its middle ("the Core
    Vitals metrics" for "Core Web Vitals"), where the word left out is an ordinary word (said in ``lower``
    case elsewhere): a term, not a person, whose middle names are names.

    >>> text = "We track Core Web Vitals on the web. Our Core Vitals metrics. Ada King Lovelace, or Ada Lovelace."
    >>> lower = set(re.findall(r"\\b[a-z][a-z'-]*\\b", text))
    >>> _shortens_a_term("Core Vitals", text, lower), _shortens_a_term("Ada Lovelace", text, lower)
    (True, False)
    """
    first, *_, last = name.split()
    longer = re.finditer(rf"\b{re.escape(first)}((?: [A-Z][\w'-]*)+) {re.escape(last)}\b", text)
    return any(any(w.lower() in lower for w in m.group(1).split()) for m in longer)


def _matches_any(name: str, people: list[str]) -> str | None:
    return next((p for p in people if similar_names(name, p)), None)


def same_person(a: str, b: str) -> bool:
    """Two spellings of one person, a nickname's too: "Sam Coyle" and "Samantha Coyle", and as the recogniser
    heard them, "Sam Koil" and "Samantha Coil" (a surname that sounds the same).

    >>> same_person("Sam Coyle", "Samantha Coyle"), same_person("Sam Koil", "Samantha Coil")
    (True, True)
    >>> same_person("Steph Locke", "Stephen Foskett"), same_person("Sam Baker", "Samantha Coil")
    (False, False)
    """
    if similar_names(a, b):
        return True
    words, others = a.lower().split(), b.lower().split()
    if len(words) < 2 or len(others) < 2 or not (others[0].startswith(words[0]) or words[0].startswith(others[0])):
        return False
    return similar_names(words[-1], others[-1]) or jellyfish.metaphone(words[-1]) == jellyfish.metaphone(others[-1])


def is_host(name: str, host_names: list[str]) -> bool:
    """A host, even when the recogniser or a nickname bends the spelling ("Steph" for "Stephanie")."""
    return any(same_person(name, host) for host in host_names)


def _affiliation_of(name: str, text: str) -> str | None:
    """What a person said they do, from the sentences after they introduce themselves:
    "I work as a software engineer at Microsoft" → "Software engineer at Microsoft".

    >>> _affiliation_of("Ada Byron", "So I'm Ada Byron, I am the head of product at Stanza, a platform.")
    'Head of product at Stanza'
    >>> _affiliation_of("Ada Byron", "I'm Ada Byron. I'm one of the main organizers of the MLOps community.")
    'Organizer of MLOps Community'
    """
    first = re.search(rf"\b(?:I'm|I am|[Mm]y name is|[Mm]y name's|[Tt]his is)\s+{re.escape(name)}\b", text) \
        or re.search(rf"\b{re.escape(name)},", text)
    if not first:
        return None
    following = text[first.end():first.end() + 400]
    following = re.split(r"\b(?:I'm|I am|[Mm]y name is)\s+[A-Z][a-z]+ [A-Z]", following)[0]
    match = re.search(
        rf"(?:^,\s*(?:the\s+|an?\s+)?|"
        rf"\b(?:I'm|I am|I work as|I'm working as)\s+(?:the\s+|an?\s+|one of the\s+(?:main\s+)?)?)"
        rf"((?:[A-Za-z-]+\s+){{0,2}}?(?:{_ROLE_ALTERNATIVES})"
        # "I am the head of product at Stanza": what the role is over, then where.
        rf"(?:\s+(?:of|for)\s+[a-z]+(?:\s+[a-z]+)?(?=\s+at\s))?)\s+(at|of|for|with)\s+"
        rf"(?:the\s+)?({_ORG_SPAN.pattern})(?:\s+({'|'.join(ORGANISATION_HEADS)})\b)?",
        following,
    )
    if not match:
        return None
    role = (re.sub(r"s$", "", match.group(1))
            if match.group(1).lower().endswith(("organizers", "organisers", "members", "founders"))
            else match.group(1))
    organisation = match.group(3) + (f" {match.group(4).title()}" if match.group(4) else "")
    role = role[:1].upper() + role[1:]
    connector = "at" if match.group(2) == "at" or "engineer" in role.lower() else "of"
    return f"{role} {connector} {organisation}"


# A role's words describe it ("lead program manager", "co-founder and CEO"); a pronoun or a preposition
# before the role noun makes a clause of it: "..., who along with their team at Intel helped ...".
_NOT_ROLE_WORD = r"(?!(?i:who|which|that|along|with|their|his|her|its|our|my|your|they|he|she|we|you)\b)"
_INTRODUCED_ROLE = (
    rf"(?:^,\s+(?:who(?: is|'s)\s+)?|\bwho(?: is|'s)\s+|\b(?:[Hh]e|[Ss]he|[Tt]hey)(?: is|'s| are)\s+|\bas\s+)"
    rf"(?:the\s+|an?\s+)?"
    rf"((?:{_NOT_ROLE_WORD}[A-Za-z-]+\s+){{0,6}}?(?i:{_ROLE_ALTERNATIVES})"
    # "head of AI for Social Good at Intel", "engineer in the network and edge group at Intel"
    rf"(?:\s+(?:of|for)\s+[A-Za-z ]+?|\s+(?:in|on)\s+[A-Za-z ]+?(?=\s+at\s))?)"
    rf"\s+(?:over\s+)?(?:CONNECTOR)\s+(?:the\s+)?({_ORG_SPAN.pattern})")
# "head of AI for Social Good at Intel": "at" names the employer where it is said; "of"/"for" otherwise.
_INTRODUCED_ROLES = [re.compile(_INTRODUCED_ROLE.replace("CONNECTOR", c)) for c in ("at", "of|for|with")]
# "Ada from Acme"; "Ada and Alan today from Acme": guests welcomed together, from the same place.
_INTRODUCED_FROM = re.compile(
    rf"^(?:\s+(?:from|of|at)|,?\s+over at|\s+joins (?:us|me)(?: today)? from|"
    rf"(?:\s+and\s+{_NAME_WORD})?(?:\s+(?:today|here))?\s+from)\s+(?:the\s+)?({_ORG_SPAN.pattern})")
# "Annie Sexton, a UX engineer at render and ...": the recogniser writes a company named by a common word
# in lower case. Right after the name, a role and "at" followed by one word that ends the phrase can only
# be the employer, unless the word makes an idiom of it ("an engineer at heart").
_INTRODUCED_ROLE_LOWER = re.compile(
    rf"^,\s+(?:an?|the)\s+((?:[A-Za-z-]+\s+){{0,3}}?(?i:{_ROLE_ALTERNATIVES}))"
    r"\s+at\s+([a-z][a-z0-9-]{2,})(?=[,.;!?]|\s+(?:and|who|where|which|for|since)\b)")
_AT_IDIOMS = frozenset("""heart large scale home night work school first last best least once present times
    length all noon dawn random hand ease risk play rest""".split())


def introduced_affiliation(name: str, text: str) -> str | None:
    """Where the introduction says a guest works: "Ada Lovelace from Acme", "..., who is the head of
    research at Acme" (the sentence naming them and the next).

    >>> introduced_affiliation("Nishant Roy", "So today's guest is Nishant Roy. He is an engineering manager "
    ...                        "over at Pinterest, and more.")
    'Engineering manager at Pinterest'
    >>> introduced_affiliation("Ilya Grigorik", "So I'm here with Ilya Grigorik from Shopify, back on the show.")
    'Shopify'
    >>> introduced_affiliation("Andrei Erickson", "Today Andrei Erickson has had to make some trade-offs as the "
    ...                        "creator of Encore, a framework.")
    'Creator of Encore'
    >>> introduced_affiliation("Annie Sexton", "We are joined by Annie Sexton, a UX engineer at render and the "
    ...                        "author of a blog post.")
    'UX engineer at Render'
    >>> introduced_affiliation("Jason", "I'm happy to welcome Jason and John today from Transistor FM.")
    'Transistor FM'
    >>> introduced_affiliation("Ada Byron", "We are joined by Ada Byron, an engineer at heart.") is None
    True
    >>> introduced_affiliation("Ada Byron", "Ada Byron, who along with their team at Acme built it.") is None
    True
    >>> introduced_affiliation("Ada Byron", "Joined by Ada Byron and Alan Turing. Next we have Ada Byron. She's a "
    ...                        "senior engineer in the edge group at Intel Corporation.")
    'Senior engineer in the edge group at Intel Corporation'
    """
    # The first mentions in turn: a list of guests names them all before it says what each does ("joined by
    # A and B, who ... Next up we have B, who's ... She's a senior engineer at Intel").
    for found in list(re.finditer(rf"\b{re.escape(name)}\b", text))[:AFFILIATION_MENTIONS]:
        after = text[found.end():found.end() + 400]
        affiliation = _affiliation_after(after) or described_roles(name, after)
        if affiliation:
            return affiliation
    return None


# One role in a list of them, said of an organisation: "co-creator of Hoodie", "co-founder and CEO of ...".
_LISTED_ROLE = re.compile(
    rf"(?:^|,\s+|\band\s+|\b(?:is|'s)\s+)(?:the\s+|an?\s+)?((?:[a-z-]+\s+(?:and\s+)?){{0,3}}?"
    rf"(?i:{_ROLE_ALTERNATIVES}))\s+(of|at)\s+(?:the\s+)?({_ORG_SPAN.pattern})")
# The roles that say whose company it is: a founder's or a chief's is the affiliation a list leads with.
_LEADING_ROLES = frozenset("ceo cto coo cfo founder cofounder president owner chair chairman chairwoman".split())


def described_roles(name: str, after: str) -> str | None:
    """From the sentence after a name that says who they are ("Jan is a developer ..., co-creator of Hoodie,
    vice-president of Apache CouchDB and co-founder and CEO of Neighbourhoodie Software."): the leading
    role of those it lists, else the first.

    >>> described_roles("Jan Lehnardt", ". Jan is a developer from Berlin, co-creator of Hoodie, vice-president "
    ...                 "of Apache CouchDB and co-founder and CEO of Neighbourhoodie Software. He codes.")
    'Co-founder and CEO of Neighbourhoodie Software'
    >>> described_roles("Jan Lehnardt", ". Jan is a developer from Berlin, co-creator of Hoodie.")
    'Co-creator of Hoodie'
    >>> described_roles("Jan Lehnardt", ". Then Jan is at the co-creator of Hoodie.") is None
    True
    """
    sentences = re.split(r"(?<=[.!?])\s+", after.lstrip(" .!?"))
    if not sentences or not re.match(rf"{_subject(name)}\b", sentences[0]):
        return None
    roles = []
    for match in _LISTED_ROLE.finditer(sentences[0]):
        organisation = _trim_span(match.group(3))
        if organisation:
            title = " ".join(match.group(1).split())
            words = set(title.lower().replace("-", " ").split())
            leading = bool(words & _LEADING_ROLES) and "vice" not in words
            roles.append((not leading, f"{title[:1].upper()}{title[1:]} {match.group(2)} {organisation}"))
    return min(roles, key=lambda role: role[0])[1] if roles else None


AFFILIATION_MENTIONS = 3


def _affiliation_after(after: str) -> str | None:
    sentences = re.split(r"(?<=[.!?])\s+", after)
    window = " ".join(sentences[:2])
    role = next((m for m in (p.search(window) for p in _INTRODUCED_ROLES) if m), None)
    if role and role.start() <= len(sentences[0]) + 1 + (len(sentences[1]) if len(sentences) > 1 else 0) \
            and not _COMMUNITY.match(window, role.end(2)):  # "an active member of the Go community"
        organisation = _trim_span(role.group(2))
        if organisation:
            title = " ".join(role.group(1).split())
            # As said: "creator of Encore", "engineering manager over at Pinterest" (at).
            connector = next(w for w in window[role.end(1):role.start(2)].split() if w in ("at", "of", "for", "with"))
            return f"{title[:1].upper()}{title[1:]} {connector} {organisation}"
    origin = _INTRODUCED_FROM.match(after)
    if origin and _trim_span(origin.group(1)):
        return _trim_span(origin.group(1))
    lower = _INTRODUCED_ROLE_LOWER.match(after)
    if lower and lower.group(2) not in _AT_IDIOMS | STOPWORDS:
        title = " ".join(lower.group(1).split())
        return f"{title[:1].upper()}{title[1:]} at {lower.group(2).title()}"
    return None


# Where someone says they work, in a sentence of its own: "I work at a company called HashiCorp", "Maria runs
# developer relations at Acme", "she's been at Acme since 2018", "I co-founded Acme". The clause after its
# subject, as (pattern, how the affiliation reads); ORG is the organisation's capitalised name.
_KIND = r"(?:company|startup|business|firm|agency|consultancy|nonprofit|non-profit|organi[sz]ation|lab|project)"
_CALLED = rf"(?:(?:a|an|this)\s+(?:[a-z-]+\s+)?{_KIND}\s+(?:called|named)\s+)"
_NOW = r"(?:(?:now|currently|still|actually|also|really|just|recently)\s+){0,2}"  # "she's now currently head of"
_STATED = [
    (rf"{_NOW}(?:work|works|working)(?:\s+as\s+(?:an?\s+|the\s+)?[a-z-]+(?:\s+[a-z-]+){{0,2}}|\s+on\s+[\w ]{{1,30}}?)?"
     rf"\s+(?:at|for)\s+{_CALLED}?(?:the\s+)?ORG", "{org}"),
    (rf"{_NOW}(?:co-?founded|founded|started|launched)\s+{_CALLED}?(?:the\s+)?ORG", "Founder of {org}"),
    (rf"{_NOW}(?P<verb>run|lead|head|manage)s?\s+(?P<what>(?:[a-z-]+\s+){{1,4}}?)(?:at|for)\s+"
     rf"(?:the\s+)?ORG", "{verb} of {what} at {org}"),
    (rf"{_NOW}(?:run|runs|head|heads)\s+ORG", "{org}"),
    (rf"{_NOW}(?:joined|joins\s+us\s+from|came\s+(?:over\s+)?from)\s+(?:the\s+)?ORG", "{org}"),
    # "I'm the CEO at Acme", "she's an engineer on the Chrome team at Google"
    (rf"(?:am|is|are|'m|'s|'re)\s+{_NOW}(?:the\s+|an?\s+|one of the\s+)?"
     rf"(?P<what>(?:{_NOT_ROLE_WORD}[A-Za-z-]+\s+){{0,3}}?(?i:{_ROLE_ALTERNATIVES})(?:\s+(?:of|for)\s+[a-z]+(?:\s+[a-z]+)?(?=\s+at\s)|\s+(?:in|on)\s+(?:the\s+)?"
     rf"(?:[A-Za-z-]+\s+){{1,4}}?(?:team|group)(?=\s+at\s))?)\s+(?P<link>at|of|for|with)\s+(?:the\s+)?ORG",
     "{what} {link} {org}"),
    (rf"(?:(?:am|is|are|'m|'s|'re)\s+{_NOW}(?:on\s+(?:the\s+)?(?:[A-Za-z-]+\s+){{1,3}}?team\s+)?|"
     rf"(?:have|has|'ve|'s)\s+been\s+)(?:at|with|over\s+at)\s+(?:the\s+)?ORG", "{org}"),
    # "I do container things at Chainguard", "she does developer relations at Acme"
    (rf"{_NOW}(?:do|does)\s+(?!(?:a|an|the|some|lots|talks)\b)(?:[a-z-]+\s+){{1,3}}?at\s+(?:the\s+)?ORG", "{org}"),
    # "I'm on the Go team": the team is the organisation, where no company is said after it
    (rf"(?:am|is|are|'m|'s|'re)\s+{_NOW}on\s+the\s+ORG\s+team\b", "{org} team"),
]
# "..., who is a GopherCon organizer", "she's a Google engineer": the organisation names the role. Weaker
# than the rest: "I'm a French cybersecurity researcher, and I work for Kaspersky" names a nationality first.
_ORG_BEFORE_ROLE = (rf"(?:am|is|'m|'s)\s+{_NOW}(?:an?|the)\s+ORG\s+(?:[a-z-]+\s+)?(?:{_ROLE_ALTERNATIVES})\b",
                    "{org}")
# Who runs, leads, heads or manages something: "runs developer relations at Acme" → "lead of developer ...".
_LEADER = {"run": "lead", "lead": "lead", "head": "head", "manage": "manager"}
# An organisation said as its web address is one however the recogniser wrote it: "a company called replay.io".
_ORG_OR_DOMAIN = rf"(?P<org>{_ORG_SPAN.pattern}|[a-z0-9][a-z0-9-]{{2,}}\.(?:com|io|ai|org|net|co|dev|tech|app)\b)"
_STATED_CLAUSES, _WEAKER_CLAUSES = ([(re.compile(rf"^{p.replace('ORG', _ORG_OR_DOMAIN)}"), form)
                                     for p, form in forms] for forms in (_STATED, [_ORG_BEFORE_ROLE]))
# "..., who is from Nous Research": said of a name just before it, "from" is where they work ("I'm from
# Brazil" is where someone else is from).
_FROM_CLAUSE = (re.compile(rf"^(?:is|'s)\s+(?:also\s+)?from\s+(?:the\s+)?(?P<org>{_ORG_SPAN.pattern})"), "{org}")
# Organisations as a role's possessor: "Maria Olsen, Acme's head of AI".
_POSSESSIVE_ROLE = re.compile(
    rf",\s+({_ORG_SPAN.pattern}(?<='s))\s+((?:[a-z-]+\s+){{0,2}}?(?i:{_ROLE_ALTERNATIVES})(?:\s+of\s+[A-Za-z]+)?)\b")
# "who" said of the name just before it ("..., Karan Malhotra here, who is ..."), not of others.
_WHO_AFTER = re.compile(r"(?:\s+(?:here|with us|today))?,?\s+who\b\s*")
_SAYS_OWN_NAME = re.compile(r"\b(?:I'm|I am|[Mm]y name is|[Mm]y name's)\s+(?=[A-Z][a-z]+[ ,.;])")
# Handing someone the floor by name: "Let's start with Alex.", "So Jon, what do you do?", "How about you,
# Pavel?". What the next speaker says of "I" is theirs. A greeting ("Alex, how's it going?") hands nothing.
_HAND_OVER = [re.compile(p.replace("NAME", r"(?P<name>[A-Z][a-z]+)")) for p in (
    r"\b(?:start|begin|go|kick (?:it|things) off) with NAME\b",
    r"\bover to (?:you,?\s+)?NAME\b",
    r"^(?:(?:So|And|Okay|OK|Well|Now|Alright|All right),?\s+)?NAME,\s+[^?]*\?",
    r",\s+NAME\?$",
)]
# Asking the guest to say who they are: the floor is theirs, named or not ("Why don't you go ahead and
# introduce yourself?").
_INVITED = re.compile(r"\b(?:introduce yourself|tell (?:us|everyone|the audience|our listeners|folks) "
                      r"(?:(?:a )?(?:little )?(?:bit )?)?(?:about yourself|who you are|what you do))\b", re.IGNORECASE)
_GREETING = re.compile(r"\bhow(?:'s| is| are| have| you)\b|\b(?:welcome|thanks|thank you|good to)\b", re.IGNORECASE)
# The sentences after a mention that may still speak of the person named in it.
STATED_SENTENCES = 3
SELF_SENTENCES = 6
BACKCHANNEL_WORDS = 3  # a reply this short does not move a conversation on to someone else


_COMMUNITY = re.compile(r"\s+(?:community|communities|ecosystem|world|scene|space)\b")


def _stated_clause(clause: str, whose: bool = False, weaker: bool = False) -> str | None:
    """The affiliation a clause says, said of its subject: "works at a company called HashiCorp".

    >>> _stated_clause("work at a company called HashiCorp, which makes tools.")
    'HashiCorp'
    >>> _stated_clause("runs developer relations at Acme Cloud.")
    'Lead of developer relations at Acme Cloud'
    >>> _stated_clause("'ve been at Acme since 2018."), _stated_clause("co-founded Acme with friends.")
    ('Acme', 'Founder of Acme')
    >>> _stated_clause("working for a company called replay.io, where we build a debugger.")
    'Replay.io'
    >>> _stated_clause("do container things at Chainguard."), _stated_clause("'m on the Go team, I've been for years")
    ('Chainguard', 'Go team')
    >>> _stated_clause("do talks at KubeCon.") is None, _stated_clause("'m on the Chrome team at Google.")
    (True, 'On the Chrome team at Google')
    >>> _stated_clause("'s an active member of the Go community, especially in Toronto.") is None
    True
    >>> _stated_clause("work at night.") is None, _stated_clause("'m at the Conference of Birds") is None
    (True, False)
    >>> _stated_clause("is a GopherCon organizer", weaker=True)
    'GopherCon'
    >>> _stated_clause("is a GopherCon organizer"), _stated_clause("is a Senior Software engineer", weaker=True)
    (None, None)
    """
    patterns = _WEAKER_CLAUSES if weaker else [*_STATED_CLAUSES, *([_FROM_CLAUSE] if whose else [])]
    for pattern, form in patterns:
        match = pattern.match(clause)
        if not match:
            continue
        if _COMMUNITY.match(clause, match.end()):
            continue  # "an active member of the Go community": a community, no employer
        organisation = _trim_span(match["org"])
        organisation = organisation[:1].upper() + organisation[1:]
        if not organisation or organisation in NOT_NAMES or any(w.lower() in ROLE_NOUNS | ROLE_RANKS
                                                                for w in organisation.split()):
            continue  # "a Senior Director": a role said with capitals names no organisation
        said = {k: " ".join(v.split()) for k, v in match.groupdict(default="").items()}
        said["verb"] = _LEADER.get(said.get("verb", ""), "")
        affiliation = form.format(**{**said, "org": organisation})
        return affiliation[:1].upper() + affiliation[1:]
    return None


def _window(spans: list[tuple[int, str]], at: int, sentences: int) -> range:
    """The sentences from ``at`` on that may still speak of someone named there: ``sentences`` of them, not
    counting a reply of a few words ("That's right.", "Yeah.") said between.

    >>> spans = [(0, "Welcome, Ada."), (1, "Right."), (2, "Yeah, sure."), (3, "She leads a team at Acme."),
    ...          (4, "Ok."), (5, "So what is a team?"), (6, "A team is people.")]
    >>> _window(spans, 0, 2)
    range(0, 6)
    """
    end, counted = at + 1, 0
    while end < len(spans) and counted < sentences:
        counted += len(spans[end][1].split()) > BACKCHANNEL_WORDS
        end += 1
    return range(at, end)


def _said_by_themselves(name: re.Match, text: str) -> bool:
    """Whether a name is said right after "I'm" or "my name is"."""
    return any(m.end() == name.start() for m in _SAYS_OWN_NAME.finditer(text, max(0, name.start() - 20), name.end()))


def handed_over(sentence: str) -> str | None:
    """The name a sentence hands the floor to, if it does.

    >>> handed_over("Let's start with Alex."), handed_over("So Jon, what do you do?")
    ('Alex', 'Jon')
    >>> handed_over("How about you, Pavel?"), handed_over("Alex, how's it going?"), handed_over("Yes, Ada.")
    ('Pavel', None, None)
    """
    if _GREETING.search(sentence):
        return None
    found = next((m for m in (p.search(sentence) for p in _HAND_OVER) if m), None)
    return found["name"] if found and found["name"] not in NOT_NAMES else None


def short_forms(name: str, text: str, others: Sequence[str] = ()) -> list[str]:
    """The first name and the shorter forms of it said in ``text`` ("Dan" for Daniel), none an ordinary
    word ("Will" for William) nor shared with ``others`` (a host called Dan too).

    >>> short_forms("Daniel Ehrenberg", "Welcome, Dan. Will he work? Dani!")
    ['Daniel', 'Dan', 'Dani']
    >>> short_forms("Daniel Ehrenberg", "Welcome, Dan.", others=["Dan Jones"]), short_forms("William Ho", "Will?")
    (['Daniel'], ['William'])
    """
    first = name.split()[0]
    taken = {o.split()[0] for o in others if o}
    said = dict.fromkeys(w for w in re.findall(r"\b[A-Z][a-z]{2,}\b", text) if first.startswith(w) and w != first)
    return [f for f in [first, *said] if f == first or (f not in NOT_NAMES and f.lower() not in STOPWORDS
                                                          and not any(t.startswith(f) for t in taken))]


def stated_affiliation(name: str, text: str, first_person: bool = False, others: Sequence[str] = ()) -> str | None:
    """Where a person is said to work, in a statement of its own after they are named: by their name,
    first name, a short form of it or a pronoun ("Maria runs developer relations at Acme", "familiar with
    Dan, he works at Bloomberg"), spoken to ("Maria, you are director of engineering at Acme"), or by "I"
    after they say their name, the first alone too ("I'm Maria. ... Currently, I work for Acme"), after a
    host hands them the floor ("So Jon, what do you do?"), or, with ``first_person`` (the one guest the
    opening introduces), after anyone names them. ``others``: the other people on the show, whose first
    names are not this person's.

    >>> stated_affiliation("Maria Olsen", "Our guest is Maria Olsen. Maria runs developer relations at Acme.")
    'Lead of developer relations at Acme'
    >>> stated_affiliation("Maria Olsen", "Our guest is Maria Olsen, Acme's head of AI. Welcome.")
    'Head of AI at Acme'
    >>> text = "Our guest is Maria Olsen. Welcome! Thanks. So I've been at Acme for five years now."
    >>> stated_affiliation("Maria Olsen", text), stated_affiliation("Maria Olsen", text, first_person=True)
    (None, 'Acme')
    >>> stated_affiliation("Maria Olsen", "Hi, my name is Maria Olsen, and I work for Acme. And I'm Tom Berg.")
    'Acme'
    >>> stated_affiliation("Maria Olsen", "With us are Tom Berg and Maria Olsen. Tom, you are the CTO of Initech. "
    ...                    "And Maria, you are director of engineering at Acme.")
    'Director of engineering at Acme'
    >>> text = ("With us are Tom Berg and Maria Olsen. Tom, how are you? I work at Initech. Let's start with Tom. "
    ...         "Sure. I lead the data team at Initech. And Maria, what do you do? I work at Acme.")
    >>> stated_affiliation("Maria Olsen", text), stated_affiliation("Tom Berg", text)
    ('Acme', 'Lead of the data team at Initech')
    >>> text = ("Our guest is Maria Olsen. Welcome, Maria. Hello. Glad to be here. Yeah. We're talking about a blog "
    ...         "post Maria wrote. I haven't finished it. Why don't you introduce yourself? Yeah. So my day job is "
    ...         "working for a company called replay.io.")
    >>> stated_affiliation("Maria Olsen", text), stated_affiliation("Maria Olsen", text, first_person=True)
    (None, 'Replay.io')
    """
    forms = short_forms(name, text, others)
    first, called = forms[0], "|".join(map(re.escape, forms))
    spans = split_sentences(text)
    starts = [offset for offset, _ in spans]
    # Where they are named, as (where, whether "I" may be theirs after it): the full name (theirs where
    # they say it themselves, or where they are the one guest), their first name said by themselves ("Hi,
    # everybody. I'm Tiago."), the floor handed to them, and their first name or a short form said by others.
    mentions = [(m, first_person or _said_by_themselves(m, text))
                for m in list(re.finditer(rf"\b{re.escape(name)}\b", text))[:AFFILIATION_MENTIONS]]
    mentions += [(m, True) for m in list(re.finditer(rf"{_SAYS_OWN_NAME.pattern}{re.escape(first)}\b(?! [A-Z])",
                                                     text))[:1]]
    mentions += [(m, False) for m in list(re.finditer(rf"\b(?:{called})\b(?! [A-Z])", text))[:AFFILIATION_MENTIONS]]
    floor = [handed_over(sentence) for _, sentence in spans]  # whom each sentence hands the floor to
    handed = [offset for (offset, sentence), to in zip(spans, floor, strict=True)
              if to in forms or (first_person and _INVITED.search(sentence))]
    spoken_to = "|".join(rf"(?<={re.escape(f)}, )" for f in forms)
    them = rf"{re.escape(name)}|{called}|[Hh]e|[Ss]he|(?:{spoken_to})you"
    said_of, said_of_or_by = (rf"\b(?:{them}{mine})(?:\s+|(?='))" for mine in ("", r"|I|[Mm]y (?:day )?job is"))
    clauses: list[tuple[str, bool]] = []  # what is said of them, in order: (the clause, said after "who")
    heard = [(m.start(), own, m) for m, own in mentions] + [(offset, True, None) for offset in handed[:2]]
    for where, own, found in sorted(heard, key=lambda entry: entry[:2]):
        if found:
            possessive = _POSSESSIVE_ROLE.match(text, found.end())
            if possessive and _trim_span(possessive.group(1)):
                role = " ".join(possessive.group(2).split())
                return f"{role[:1].upper()}{role[1:]} at {_trim_span(possessive.group(1))}"
            who = _WHO_AFTER.match(text, found.end())
            if who:
                clauses.append((text[who.end():who.end() + 200], True))
        subject = said_of_or_by if own else said_of
        at = max(bisect_right(starts, where) - 1, 0)
        # A guest who says who they are goes on for a while; a host says one thing of them and moves on.
        for i in _window(spans, at, SELF_SENTENCES if own else STATED_SENTENCES):
            sentence = spans[i][1]
            other = _SAYS_OWN_NAME.search(sentence)
            if other and not sentence[other.end():].startswith(first):
                break  # someone else introduces themselves: what follows is theirs
            if i > at and floor[i] not in (None, *forms):
                break  # the floor goes to someone else
            clauses.extend((sentence[clause.end():], False) for clause in re.finditer(subject, sentence))
    for weaker in (False, True):
        stated = next(filter(None, (_stated_clause(c, whose, weaker) for c, whose in clauses)), None)
        if stated:
            return stated
    return None


# Said to the guests once they are introduced, in the present: where they work ("You're both on the Chrome
# team at Google", "you work for Shopify", "you're the CEO of Acme"). "You were at X" is a past employer, and
# "you're the tech lead for Core Web Vitals" names what the work is on, not where.
_SAID_TO_YOU = re.compile(
    r"\b(?:you(?:'re| are)|you (?:(?P<pair>both|all|two) )?(?P<works>work)|"
    r"(?P<group>both|all|each|the two) of you (?:are|(?P<work>work)))(?: (?P<both>both|all|two))?"
    r"(?: (?:still|currently|now))?(?P<middle>(?: (?!(?:at|for|of|with)\b)[\w'-]+){0,6}?) "
    r"(?P<link>at|for|of|with) (?:the )?$", re.IGNORECASE)
_UNIT_PHRASE = re.compile(r"^ (?:on|in) (?:the )?(?:[\w'-]+ ){0,3}(?:team|group|org|organi[sz]ation|division|"
                          r"department|side|product)$", re.IGNORECASE)
# Said to the one guest, of an organisation whatever else the episode says of it: "You are with Neon, CEO",
# "Revel, of course, is where you're at now".
_WITH_YOU = re.compile(rf"\b(?:[Yy]ou(?:'re| are) (?:now |currently )?with (?:the )?(?P<org>{_ORG_SPAN.pattern})|"
                       rf"(?P<place>{_ORG_SPAN.pattern})(?:, [a-z ]{{1,20}},)? is where you(?:'re| are)"
                       r"(?: at| working)?\b)")
# What the guest is doing where they work: "Big fan of what you're doing at PlanetScale".
_DOING = re.compile(r"^ (?:doing|building|making|working on)$")
# A guest spoken to as an organisation in their welcome: "You're one of our sponsors", "your company".
_YOU_AN_ORGANISATION = re.compile(
    r"\byou(?:'re| are) (?:one of |among )?our (?:[\w-]+ )?(?:sponsors?|partners?)\b|"
    r"\byou(?:'re| are) (?:an?|the) (?:[\w-]+ ){0,2}?(?:company|startup|vendor|firm)\b|"
    r"\byour (?:own )?(?:company|startup|firm)\b", re.IGNORECASE)
# The welcome a guest is given: the sentence that names them and the next few. In the dev set the host's
# welcome to a sponsor's founder says "you're one of our sponsors" two sentences after the name, and names the
# company in the sentence after that.
WELCOME_SENTENCES = 4


def _is_role_phrase(words: str) -> bool:
    return bool(words.split()) and words.split()[-1].lower() in ROLE_NOUNS


def _addressed_employer(before: str) -> tuple[bool, bool]:
    """Whether the words before an organisation's name say the people spoken to work there, and whether
    that is said of several of them ("you're both ... at").

    >>> _addressed_employer("So you're both on the Chrome team at "), _addressed_employer("You're the CEO of ")
    ((True, True), (True, False))
    >>> _addressed_employer("you were at "), _addressed_employer("you're the tech lead for ")
    ((False, False), (False, False))
    >>> _addressed_employer("you're a big fan of "), _addressed_employer("You work for the ")
    ((False, False), (True, False))
    >>> _addressed_employer("Big fan of what you're doing at "), _addressed_employer("you're speaking at ")
    ((True, False), (False, False))
    """
    match = _SAID_TO_YOU.search(before)
    if not match:
        return False, False
    middle, link = match["middle"], match["link"].lower()
    works = bool(match["works"] or match["work"])
    if link == "at":
        said = not middle or bool(_UNIT_PHRASE.match(middle) or _DOING.match(middle)) or _is_role_phrase(middle)
    elif link == "of":
        said = _is_role_phrase(middle)
    elif link == "for":
        said = works and not middle
    else:  # "you're with Acme"
        said = not middle and not works
    return said, bool(match["pair"] or match["group"] or match["both"])


def addressed_affiliations(guests: list[Person], text: str, companies: list[Company],
                           opening: float = 0.4) -> list[Person]:
    """Guests with no affiliation of their own given the one the hosts speak of to them, in the opening and
    only ever one of the episode's ``companies``:

    - said to them in the present after they are introduced ("You're both on the Chrome team at Google":
      every guest; "you work at Acme": a lone guest, or the one called by name in that sentence);
    - or, in a guest's welcome (``WELCOME_SENTENCES`` from their name), the guest spoken to as an
      organisation ("You're one of our sponsors", "your company") where it names one company and no other.

    >>> text = ("Ada Lovelace, thanks for joining me. You're one of our sponsors. I think Acme is such a cool "
    ...         "company. Welcome. Thanks.")
    >>> [(g.name, g.affiliation) for g in addressed_affiliations([Person(name="Ada Lovelace")], text,
    ...                                                          [Company(name="Acme")])]
    [('Ada Lovelace', 'Acme')]
    >>> [g.affiliation for g in addressed_affiliations([Person(name="Nikita")], "Welcome, Nikita. Hi. You are with "
    ...                                                "Neon, CEO, neon.tech.", [])]
    ['Neon']
    >>> text = "Adam Miller, welcome. When you share your story, Revel, of course, is where you're at now."
    >>> [g.affiliation for g in addressed_affiliations([Person(name="Adam Miller")], text, [])]
    ['Revel']
    >>> text = "With us are Ann Lee and Bo Chan. Welcome. You're both on the search team at Google. Hi."
    >>> [g.affiliation for g in addressed_affiliations([Person(name="Ann Lee"), Person(name="Bo Chan")], text,
    ...                                                [Company(name="Google")])]
    ['Google', 'Google']
    """
    missing = [g for g in guests if not g.affiliation]
    if not missing:
        return guests
    limit = max(int(len(text) * opening), 3000)
    spans = [(offset, sentence) for offset, sentence in split_sentences(text) if offset < limit]
    mentioned = {g.name: _first_mention(g.name, text) for g in missing}
    found: dict[str, str] = {}
    introduced = min((at for at in mentioned.values() if at is not None), default=None)
    if introduced is None:
        return guests
    if len(guests) == 1:  # the one guest told where they are, whether or not the name counts as a company yet
        told = next((name for offset, sentence in spans if offset + len(sentence) > introduced
                     for m in _WITH_YOU.finditer(sentence) for name in [_trim_span(m["org"] or m["place"])]
                     if name and name.lower() not in STOPWORDS), None)
        if told:
            return [guests[0].model_copy(update={"affiliation": told})]
    if not companies:
        return guests
    names = {c.name: spoken_pattern(c.name) for c in companies}
    for offset, sentence in spans:
        if offset + len(sentence) <= introduced:
            continue
        for company, pattern in names.items():
            for match in pattern.finditer(sentence):
                said, shared = _addressed_employer(sentence[:match.start()])
                if not said:
                    continue
                called = [g for g in missing if re.search(rf"\b{re.escape(g.name.split()[0])}\b", sentence)]
                if shared and len(missing) > 1:
                    found.update((g.name, company) for g in missing if g.name not in found)
                elif len(missing) == 1 or len(called) == 1:
                    found.setdefault((called or missing)[0].name, company)
    for guest in missing:
        at = mentioned[guest.name]
        if guest.name in found or at is None:
            continue
        first = next((i for i, (offset, sentence) in enumerate(spans) if offset + len(sentence) > at), None)
        if first is None:
            continue
        welcome = " ".join(sentence for _, sentence in spans[first:first + WELCOME_SENTENCES])
        named = [c.name for c in companies if names[c.name].search(welcome)]
        if _YOU_AN_ORGANISATION.search(welcome) and len(named) == 1:
            found[guest.name] = named[0]
    return [g.model_copy(update={"affiliation": found[g.name]}) if g.name in found and not g.affiliation else g
            for g in guests]


def spoken_pattern(name: str) -> re.Pattern:
    """A name as it may be written down: "FireHydrant" as "Fire Hydrant" or "firehydrant" too.

    >>> bool(spoken_pattern("FireHydrant").search("fire hydrant is cool")), bool(spoken_pattern("Acme").search("Acmes"))
    (True, False)
    """
    parts = re.split(r"\s+|(?<=[a-z])(?=[A-Z])", name.strip())
    return re.compile(r"\b" + r"\s?".join(map(re.escape, parts)) + r"\b", re.IGNORECASE)


def _first_mention(name: str, text: str) -> int | None:
    """Where a person is first named, as spelled or as the recogniser bent the spelling."""
    said = as_said(name, text)
    return text.find(said) if said else None


def as_said(name: str, text: str) -> str | None:
    """A person's name as the text spells it: as given, or the first full name (two or three capitalised
    words) close enough to it ("Demetrius Brinkman" for "Demetrios Brinkmann"); None when never said.

    >>> as_said("Demetrios Brinkmann", "Meet our guests, Demetrius Brinkman and David Aponte.")
    'Demetrius Brinkman'
    """
    if re.search(rf"\b{re.escape(name)}\b", text):
        return name
    return next((m.group(0) for m in re.finditer(_FULL_NAME, text) if similar_names(m.group(0), name)), None)


# How alike a first name said alone and a misheard one must be (SequenceMatcher ratio): "Nishin" and
# "mission" are 0.62; unrelated first names are well below ("Chris" and "Will" 0.22, "Daniel" and "Will" 0.4).
FIRST_NAME_LIKENESS = 0.6


def first_name_as_said(name: str, text: str, host_names: list[str]) -> str:
    """A full name with its first word spelled as the episode says it on its own, where the recogniser
    made an ordinary word of it: "Mr. Mission Roy" introduced (and "bring mission over"), then "I'm
    Nishin" and "So, Nishin, ..." said alone, a name the entity model reads as a person and never a
    word in lower case, spelled alike and no host's. Otherwise the name as it is.

    The word is ordinary where the episode says it in lower case too, or where it is a word whole in
    Whisper's vocabulary (``ordinary_word``): tiny.en heard "bring mission over" on an AMD EPYC, not on an
    Intel Xeon (AVX-512), where gt257's guest stayed "Mission Roy" (guests 8 of 9 on the seed and dev set,
    9 of 9 with the vocabulary, nothing else changed). A name heard right keeps its spelling: "Demetrius"
    is no word ("dem|et|rius"), so a "Demetria" said alone does not replace it.

    >>> first_name_as_said("Mission Roy", "Our guest is Mission Roy. Bring mission over. I'm Nishin, hi.", [])
    'Nishin Roy'
    >>> first_name_as_said("Mission Roy", "Today's guest is Mr. Mission Roy. So, Nishin, hi. I'm Nishin.", [])
    'Nishin Roy'
    >>> first_name_as_said("Demetrius Brinkman", "Our guest is Demetrius Brinkman. Thanks, Demetria.", [])
    'Demetrius Brinkman'
    >>> first_name_as_said("Will Ramey", "With us is Will Ramey. We will see. Welcome, Will.", [])
    'Will Ramey'
    """
    first, *rest = name.split()
    if not rest or not (re.search(rf"\b{re.escape(first.lower())}\b", text) or ordinary_word(first)):
        return name
    hosts = {w for host in host_names for w in host.split()}
    said_alone = Counter(e.text for e in entities.entities(text)
                         if e.label == "PERSON" and re.fullmatch(_NAME_WORD, e.text))
    if first in said_alone:
        return name  # "Welcome, Will": the name is said as heard
    close = [word for word in said_alone
             if word not in NOT_NAMES and not re.search(rf"\b{re.escape(word.lower())}\b", text)
             and not any(similar_names(word, h) for h in hosts)
             and SequenceMatcher(None, word.lower(), first.lower()).ratio() >= FIRST_NAME_LIKENESS]
    return " ".join([max(close, key=lambda w: said_alone[w]), *rest]) if close else name


# A guest welcomed by first name alone: "Connor, welcome to Founders Talk.", "Welcome to the show, Nikita.",
# "Well, Kurt, thanks for joining me.", "we have Nikita here to talk about ...".
_WELCOMED_BY_FIRST_NAME = [re.compile(p.replace("NAME2", rf"(?P<also>{_NAME_WORD})")
                                      .replace("NAME", rf"(?P<name>{_NAME_WORD})")) for p in (
    r"(?:^|[.?!][\"”']?\s+)(?:(?:Well|So|Alright|All right|Okay|OK|And|Hey),?\s+)?NAME,?\s+"
    r"(?:(?:first of all|so|and),?\s+)?(?:welcome|thanks? (?:you )?for (?:joining|coming|being)|"
    r"(?:it's\s+)?(?:great|good|nice) to (?:have|see) you|we (?:really )?appreciate you)",
    r"\b(?:[Ww]elcome(?: back)?(?: to [^.?!,]{1,40})?|[Tt]hanks? (?:you )?for (?:joining|coming on)(?: us| me)?),"
    r"\s+NAME[.?!]",
    r"\b[Ww]e have NAME (?:here|with us|on the show|joining us)\b",
    # "I'm super happy to welcome Jason and John today": one or two guests, welcomed in one breath
    r"\b(?:[Ww]elcome|[Jj]oined by) (?:back )?NAME(?: and NAME2)?(?=[,.!?]| today| here| from| to| on)",
    r"\b(?:[Ww]e're|[Ww]e are|I'm|I am) (?:here |joined )?with NAME(?:,|\.| today| here)",
)]
FIRST_NAME_GUESTS = 2


def welcomed_first_names(text: str, people: list[str], opening: float = 0.4) -> list[str]:
    """Guests welcomed in the opening by first name alone, whose surname the episode never says with it,
    or who say their first name and are handed the floor ("Filippo, do you want to go first? ... So I'm
    Filippo"). None is one of ``people`` (hosts and guests found), shares a first name with one, or is a
    word the episode says in lower case ("Everyone, welcome").

    >>> welcomed_first_names("Connor welcome to Founders Talk. I've been using Rewatch.", ["Adam Stacoviak"])
    ['Connor']
    >>> welcomed_first_names("Welcome to the show, Nikita. Thanks, Jerod.", ["Jerod Santo", "Adam Stacoviak"])
    ['Nikita']
    >>> welcomed_first_names('Like "Wow, really?" Jason, welcome to Ship It.', ["Gerhard Lazu"])
    ['Jason']
    >>> welcomed_first_names("So we're here with George, a.k.a. Kode Vicious.", ["Jerod Santo"])
    ['George']
    >>> welcomed_first_names("Filippo, do you want to go first? So I'm Filippo.", ["Natalie Pistunovich"])
    ['Filippo']
    >>> welcomed_first_names("I'm happy to welcome Jason and John today from Transistor.", ["Gerhard Lazu"])
    ['Jason', 'John']
    >>> welcomed_first_names("Well, Adam, welcome. Everyone, welcome! Chris, welcome.", ["Adam Jacob", "Chris Benson"])
    []
    """
    limit = max(int(len(text) * opening), 3000)
    lower = _lower_case_words(text)
    taken = [p.split()[0] for p in people if p] + [w for p in people for w in p.split()[1:]]
    said_own = {m.group(1) for m in re.finditer(rf"{_SAYS_OWN_NAME.pattern}({_NAME_WORD})\b(?! [A-Z])", text)}
    found = [n for pattern in _WELCOMED_BY_FIRST_NAME for m in pattern.finditer(text, 0, limit)
             for n in (m["name"], m.groupdict().get("also")) if n]
    found += [n for _, sentence in split_sentences(text[:limit]) if (n := handed_over(sentence)) in said_own]
    return list(dict.fromkeys(
        name for name in found
        if name not in NOT_NAMES and name.lower() not in lower | STOPWORDS
        and not any(t.startswith(name) or name.startswith(t) or similar_names(name, t) for t in taken)
        and not re.search(rf"\b{re.escape(name)} [A-Z][a-z]", text)))[:FIRST_NAME_GUESTS]


# How sure the recogniser must have been of a first name said alone, at best, to take it as a guest's. On
# held-out audio (tiny.en), the right first names were heard at 0.89 (Connor), 0.93 (Nikita), 0.97 (Sam) and
# 0.84 ("Philipo" for Filippo); the wrong ones at 0.61 ("Kirk" for Kurt) and 0.71 ("Ryan" for Brian).
FIRST_NAME_SURE = 0.8


def heard_surely(word: str, segments: Sequence[Segment]) -> bool:
    """Whether the recogniser heard ``word`` at least once with ``FIRST_NAME_SURE`` confidence; a transcript
    without word confidences (written, or imported) is taken as it is.

    >>> from tasks.models import Word
    >>> heard = [Segment(start=0, end=1, text="Well Kirk, hi.", words=[Word(start=0, end=1, word=" Kirk,",
    ...                                                                    probability=0.61)])]
    >>> heard_surely("Kirk", heard), heard_surely("Kirk", [Segment(start=0, end=1, text="Well Kirk, hi.")])
    (False, True)
    """
    said = [w.probability for s in segments for w in s.words or []
            if w.probability is not None and w.word.strip(" ,.;:?!'\"") == word]
    return not said or max(said) >= FIRST_NAME_SURE


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
    """
    if metadata_guests:
        return metadata_guests
    host_names = [h.name for h in hosts]
    # Speaker labels that are people's names (not "SPEAKER_00") take part, so they count too.
    named_speakers = [s for s in speakers if re.fullmatch(_FULL_NAME, s or "") and _plausible_name(s)]
    handed_over = introduced_guests(list(segments), host_names) if segments else []
    candidates = [*spellings, *named_speakers, *handed_over, *introduced_names(transcript_text)]
    # Someone addressed by first name at least twice, whose full name is said: a participant.
    addressed = addressed_names(transcript_text)
    for full in people_mentioned(transcript_text):
        if addressed[full.split()[0]] >= 2 and not _matches_any(full, candidates):
            candidates.append(full)
    guests: list[Person] = []
    for name in candidates:
        if is_host(name, host_names) or any(similar_names(name, e) or name in e for e in exclude if e) \
                or called_a_cohost(name, transcript_text):
            continue
        canonical = _matches_any(name, list(spellings)) or first_name_as_said(name, transcript_text, host_names)
        # The affiliation is read where the name is said, in the spelling the recogniser gave it.
        said = as_said(canonical, transcript_text) or as_said(name, transcript_text) or name
        known = next((i for i, g in enumerate(guests) if same_person(canonical, g.name)), None)
        if known is not None:
            # Introduced again by a nickname ("Samantha Coyle ... we have Sam Coyle, who's a software
            # engineer at Diagrid"): one guest, who may be given their affiliation the second time.
            if guests[known].affiliation is None:
                guests[known] = guests[known].model_copy(update={"affiliation": _affiliation(said, transcript_text)})
            if canonical.endswith(f" {guests[known].name}"):  # the entity model read "Elizabeth Simon" of
                guests[known] = guests[known].model_copy(update={"name": canonical})  # Neethu Elizabeth Simon
            continue
        guests.append(Person(name=canonical, role="guest", affiliation=_affiliation(said, transcript_text)))
    # Welcomed by first name alone, the surname never said: the name the episode gives them, if it was heard
    # surely (a first name is said once or twice, and often first, where the recogniser is least sure).
    for first in welcomed_first_names(transcript_text, [*host_names, *(g.name for g in guests)]):
        if heard_surely(first, segments):
            guests.append(Person(name=first, role="guest", affiliation=_affiliation(first, transcript_text)))
    # Said in a statement of its own: "Maria runs developer relations at Acme"; "I" is the guest's only
    # where one guest is introduced.
    return [g if g.affiliation else g.model_copy(update={"affiliation": stated_affiliation(
        as_said(g.name, transcript_text) or g.name, transcript_text, first_person=len(guests) == 1,
        others=[*host_names, *(o.name for o in guests if o is not g)])}) for g in guests]


def _affiliation(said: str, text: str) -> str | None:
    return _affiliation_of(said, text) or introduced_affiliation(said, text)


_COHOST_BEFORE = re.compile(r"\bco-?hosts?(?: and (?:friend|partner)| extraordinaire)?,?\s+$", re.IGNORECASE)


_YOUR_HOST_AFTER = re.compile(r",?\s+(?:and\s+)?(?:I'm\s+|I am\s+)?your\s+(?:co-?)?hosts?\b")


def called_a_cohost(name: str, text: str) -> bool:
    """Whether ``name`` is said straight after "co-host" or before "your host": a host the show's file
    does not list (an absent one, "I'm usually joined by my co-host Chris Benson"), or one the recogniser
    misheard ("I'm Kay Ball, I'm your host today" for Kevin Ball), never a guest.

    >>> called_a_cohost("Chris Benson", "I'm usually joined by my co-host Chris Benson, who is away.")
    True
    >>> called_a_cohost("Kay Ball", "Hello, JS Party people! I'm Kay Ball, I'm your host today.")
    True
    >>> called_a_cohost("Ada Lovelace", "My co-host and I are joined by Ada Lovelace, the host of Hello World.")
    False
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
        if entity.label == "PERSON" and re.fullmatch(_FULL_NAME, name) and _plausible_name(name, person=True) \
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
    limit = max(int(len(text) * opening), 3000)
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
            found.extend((start + match.start(), n) for n in _collect(match)
                         if _plausible_name(n, mid_sentence=True) and not is_host(n, host_names))
        if named and number + 1 < len(turns) and turns[number + 1][0] != speaker:
            found.append(named[-1])
    # Voices the clustering merged hand over to no one: a welcome in words still introduces.
    found.extend((text.find(name), name) for name in welcomed_names(text, host_names, opening))
    return list(dict.fromkeys(name for _, name in sorted(found)))


# Words of welcome around a name that is introduced ("thanks for joining me", "my guest today is").
_WELCOME = re.compile(r"\b(?:welcome|guests?|joining|joined|with us|here with|thanks? for (?:joining|coming|being)|"
                      r"(?:great|good|happy|glad) to have)\b", re.IGNORECASE)


def welcomed_names(text: str, host_names: list[str], opening: float = 0.4) -> list[str]:
    """Without speaker turns: people named in the opening in a sentence of welcome (or the next one).

    >>> welcomed_names("Robert Ross, thanks for joining me. My co-host Alan Turing is away.", ["Grace Hopper"])
    ['Robert Ross']
    >>> welcomed_names("So today's guest is Mr. Nishant Roy. He is a manager.", ["Grace Hopper"])
    ['Nishant Roy']
    >>> welcomed_names("Today Mr. André Eriksson is the creator of Encore. So welcome, André.", ["Grace Hopper"])
    ['André Eriksson']
    """
    limit = max(int(len(text) * opening), 3000)
    # Sentences as the summariser cuts them: "Mr." or an initial ends none.
    spans = split_sentences(text)
    starts = [offset for offset, _ in spans]
    found = []
    for at, name in _person_names(text):
        if at > limit or is_host(name, host_names):
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
        if _WELCOME.search(own) or welcomed_next:
            found.append(name)
    return list(dict.fromkeys(found))


def _is_jargon(name: str) -> bool:
    """A lone acronym or camel-cased term names a field or a technique, not an organisation.

    >>> [_is_jargon(n) for n in ["AI", "MLOps", "DevOps", "Microsoft", "Nightingale HQ"]]
    [True, True, True, False, False]
    """
    if " " in name:
        return all(_is_jargon(word) for word in name.split())
    return (name.isupper() and len(name) <= 4) or bool(re.search(r"[A-Z]{2,}[a-z]|Ops$|^[a-z]", name)) \
        or bool(re.fullmatch(r"[A-Z][a-z]+[A-Z][a-z]+", name) and name.endswith(("Ops", "ML", "AI")))


@dataclass
class _Candidate:
    evidence: float = 0.0
    mentions: int = 0
    person: float = 0.0
    first: int = 1 << 62  # where it is first said
    surfaces: Counter = field(default_factory=Counter)
    outside_reads: int = 0  # mentions outside sponsors' read-outs
    model_organisation: int = 0  # mentions the entity model reads as an organisation (ORG, FAC)
    paired: int = 0  # times said in one breath with an organisation ("Nvidia and ARM")


def _squash(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


def _trim_span(span: str) -> str:
    """A capitalised run cut to the name in it.

    >>> _trim_span("The CEO of Nightingale HQ's"), _trim_span("Microsoft."), _trim_span("Shopify APIs")
    ('Nightingale HQ', 'Microsoft', 'Shopify')
    """
    words = span.split()
    for position in range(len(words) - 2, 0, -1):
        if words[position] in {"of", "for"} and words[position - 1].lower() in ROLE_NOUNS:
            words = words[position + 1:]  # "CEO of Nightingale HQ": the role is not the name
            break
    while words and (words[0] in NOT_NAMES or words[0].lower() in {"the", "a", "an"}):
        words = words[1:]
    # A plural acronym ("Shopify APIs", "Nvidia GPUs") is a common noun: what the name makes, not the name.
    while words and (words[-1] in NOT_NAMES or words[-1] in {"of", "for", "&", "de", "la"}
                     or (len(words) > 1 and re.fullmatch(r"[A-Z]{2,}s", words[-1]))):
        words = words[:-1]
    return re.sub(r"['’]s$|[.'’]+$", "", " ".join(words))


def _list_continues(sentence: str, end: int) -> re.Match | None:
    """The joint after a name when the next name is another item of the same list ("Microsoft and
    McKinsey", "A, B and C"). A bare comma before the list's last name is an apposition instead, a part
    or a place of the first ("at Lockheed Martin, RMS Innovations."), and shares none of its evidence.

    >>> [bool(_list_continues(s, 9)) for s in ["at Google, Apple and Meta.", "at Lockheed, RMS Innovations."]]
    [True, False]
    """
    joined = re.match(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+", sentence[end:])
    if not joined or joined.group(0).strip() != ",":
        return joined
    following = _ORG_SPAN.match(sentence, end + joined.end())
    if following and re.match(r",|\s+(?:and|or)\s+", sentence[following.end():]):
        return joined
    return None


# The part of an organisation a name ends with: "W3C Web Performance Working Group", "Chrome Team".
_UNIT_END = re.compile(r"\s(?:Working Group|Task Force|Team|Committee|Subcommittee|Department|Division)$")


def _parent_of_unit(name: str, text: str) -> str | None:
    """The organisation a working group, team or committee belongs to, when its opening words are said on
    their own elsewhere in ``text`` ("in W3C"): the organisation is what is mentioned; its unit names a
    part of it, and its middle words (a topic) are no name at all.

    >>> _parent_of_unit("W3C Web Performance Working Group", "In W3C. The W3C Web Performance Working Group.")
    'W3C'
    >>> _parent_of_unit("Core Web Vitals Working Group", "Core Web Vitals. The Core Web Vitals Working Group.") is None
    True
    """
    unit = _UNIT_END.search(name)
    if not unit:
        return None
    words = name[:unit.start()].split()
    for size in range(len(words) - 1, 0, -1):
        lead, following = " ".join(words[:size]), words[size]
        if re.search(rf"\b{re.escape(lead)}\b(?!\s+{re.escape(following)})(?!\s+[A-Z])", text):
            return lead
    return None


def organisation_candidates(text: str, use_entities: bool = True) -> dict[str, _Candidate]:
    """Capitalised names with the evidence that they are organisations, keyed by squashed spelling."""
    found: dict[str, _Candidate] = defaultdict(_Candidate)
    domains = {_squash(d) for d in _DOMAIN.findall(text)}
    lower_words = {w for w in re.findall(r"\b[a-z][a-z'-]+\b", text)}
    reads = sponsor_reads(text)
    persons = {(e.start, entities.clean(e.text)) for e in entities.entities(text) if e.label == "PERSON"} \
        if use_entities else None
    position = 0
    for sentence in re.split(r"(?<=[.!?])\s+", text):
        position = text.find(sentence, position)
        if use_entities:
            _described_companies(sentence, position, found, reads)
        listed: dict[int, float] = {}  # "from Microsoft and McKinsey": the cue covers the whole list
        for match in _ORG_SPAN.finditer(sentence):
            span, begin = match.group(0), match.start()
            inherited = listed.get(begin, 0.0)
            name = _trim_span(span)
            if not name:
                continue
            parent = _parent_of_unit(name, text)  # "the W3C Web Performance Working Group": W3C's
            name = parent or name
            offset = span.find(name.split()[0])
            begin += max(offset, 0)
            end = begin + len(name)
            before, after = sentence[max(0, begin - 60):begin], sentence[end:end + 60]
            head = _HEAD_AFTER.match(after)
            evidence = inherited
            misheard_at = persons is not None and _ROLE_THAT_BEFORE.search(before) \
                and (position + begin, name) not in persons
            if _ROLE_BEFORE.search(before) or _EMPLOYED_BEFORE.search(before) or _COMMERCIAL_BEFORE.search(before) \
                    or _STUDIED_BEFORE.search(before) or misheard_at:
                evidence += 2
            elif _AT_BEFORE.search(before) or _ROLE_FOR_BEFORE.search(before):
                evidence += 1
            elif _FROM_BEFORE.search(before):
                evidence += 0.5
            if _COMPANY_AFTER.match(after):
                evidence += 2
            if parent:
                evidence += 2  # an organisation with working groups and teams, as "X's team" says
            elif name.split()[-1] in ORGANISATION_SUFFIXES and len(name.split()) > 1:
                evidence += 1.5
            elif re.match(r"\S+ of [A-Z]", name) and name.split()[0] in ORGANISATION_SUFFIXES:
                evidence += 1.5  # "University of Chicago", "Bank of England"
            joined = _list_continues(sentence, match.end())
            if joined and evidence >= 2:
                listed[match.end() + joined.end()] = 2.0
            if head and evidence:
                name = f"{name} {head.group(1).title()}"
                evidence += 1
            if _squash(name) in domains:
                evidence += 1
            sentence_start = begin == 0 or not sentence[:begin].strip()
            single = " " not in name
            if single and name.lower() in lower_words:
                continue  # a common word capitalised ("Data", "Scale"), not a name
            candidate = found[_squash(name)]
            candidate.surfaces[name] += 1
            candidate.outside_reads += not _in_spans(position + begin, reads)
            candidate.first = min(candidate.first, position + begin)
            candidate.mentions += 0 if sentence_start else 1
            candidate.evidence += evidence
            if re.match(rf"^ (?:{'|'.join(PERSON_VERBS)})\b|^,? who\b", after) or re.search(r"\b[A-Z]\. $", before):
                candidate.person += 1
    if use_entities:
        _entity_evidence(text, found, lower_words, reads)
    return found


def _described_companies(sentence: str, position: int, found: dict[str, _Candidate],
                         reads: list[tuple[int, int]]) -> None:
    """Names the recogniser wrote as lower-case words that a sentence says are a company ("fire hydrant is
    such a cool company"): as strong as the cue after a capitalised name, spelled title-case."""
    if not _DESCRIBED.search(sentence):
        return
    for start, end in entities.described_as(sentence, COMPANY_KINDS):
        words = sentence[start:end]
        if not words.islower():
            continue  # a capitalised name: the cue after it is read with the other cues
        name = " ".join(w[:1].upper() + w[1:] for w in words.split())
        candidate = found[_squash(name)]
        candidate.surfaces[name] += 1
        candidate.outside_reads += not _in_spans(position + start, reads)
        candidate.first = min(candidate.first, position + start)
        candidate.mentions += 1
        candidate.evidence += 2


# An entity model's ORG (or a named facility: "Tech Field Day", "Argonne National Labs") is evidence in
# itself; two mentions of one are enough, one needs a cue as well.
ENTITY_EVIDENCE = 1.0
_ENTITY_LABELS = {"ORG", "FAC"}


def _entity_evidence(text: str, found: dict[str, _Candidate], lower_words: set[str],
                     reads: list[tuple[int, int]]) -> None:
    for entity in entities.entities(text):
        name = entities.clean(entity.text)
        if entity.label not in _ENTITY_LABELS or not name or not name[0].isupper():
            continue
        if " " not in name and name.lower() in lower_words:
            continue  # a common word capitalised
        words = name.split()
        while words and words[0] in NOT_NAMES:
            words = words[1:]
        name = " ".join(words)
        if name and _is_jargon(name):
            if _squash(name) in found:
                found[_squash(name)].model_organisation += 1
            continue  # an acronym or a field's term: the model calls many of them ORG, so no evidence
        if not name:
            continue
        candidate = found[_squash(name)]
        if not candidate.surfaces:  # a name the capitalised-span reading did not see whole ("S.I.L. International")
            candidate.surfaces[name] += 1
            candidate.mentions += 1
            candidate.first = min(candidate.first, entity.start)
            candidate.outside_reads += not _in_spans(entity.start, reads)
        if candidate.evidence > 0 or len(name.split()) > 1:
            # A boost to a name already spoken of as an organisation; alone only for a name of several
            # words: alone, the model calls one-word products and languages ORG too (JavaScript, PageRank).
            candidate.evidence += ENTITY_EVIDENCE


# Where a sponsor's read-out starts; it runs to the end of the next few sentences.
_SPONSOR_READ = re.compile(
    r"\b(?:(?:is|are|was) (?:brought to you|sponsored|supported|presented) by|thanks to our (?:sponsors?|partners?)|"
    r"our (?:sponsors?|partners?) (?:today|this week|for this episode)|promo code|(?:use|with) (?:the )?code\b|"
    r"for sponsoring)", re.IGNORECASE)
SPONSOR_READ_SENTENCES = 2


def sponsor_reads(text: str) -> list[tuple[int, int]]:
    """(start, end) character spans of sponsors' read-outs: a sponsor cue's sentence and the few after it.

    >>> text = "Hi. This episode is brought to you by Acme. Acme sells tools. Go to acme.com. So, Bob, hello."
    >>> [text[a:b] for a, b in sponsor_reads(text)][0][:20]
    'This episode is brou'
    """
    spans = []
    ends = [m.end() for m in re.finditer(r"[.!?](?:\s+|$)", text)] or [len(text)]
    for match in _SPONSOR_READ.finditer(text):
        start = max((e for e in ends if e <= match.start()), default=0)
        following = [e for e in ends if e > match.start()]
        spans.append((start, following[min(len(following) - 1, SPONSOR_READ_SENTENCES - 1)] if following
                      else len(text)))
    return spans


def _in_spans(position: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= position < b for a, b in spans)


def _abbreviates(short: str, long: str, text: str = "") -> bool:
    """A few letters that open a longer name, never said on their own in ``text``: "S.I.L" of "S.I.L.
    International" (one name the reading cut at its dot). Said alone, they are an organisation of their
    own: "at MIT" beside "MIT Lincoln Labs".

    >>> _abbreviates("S.I.L", "S.I.L. International"), _abbreviates("MLOps Community", "MLOps Community Podcast")
    (True, False)
    >>> _abbreviates("MIT", "MIT Lincoln Labs", "I studied at MIT. Then MIT Lincoln Labs.")
    False
    """
    key = _squash(short)
    if not (len(key) <= 4 and _squash(long).startswith(key) and len(long) > len(short)):
        return False
    rest = long[len(short):].lstrip(". ")
    alone = re.search(rf"\b{re.escape(short)}\b(?!\.?\s*{re.escape(rest.split()[0])})", text) if rest else None
    return alone is None


def _proper_acronym(name: str, candidate: _Candidate, text: str) -> bool:
    """An acronym used as an organisation's name: the entity model reads it as one, or it is said only in one
    breath with an organisation ("between Nvidia and ARM"), and no one says it as a common noun ("a GPU",
    "an API", "GPUs"). With a cue as well ("studied ... at MIT") it is a name, where "head of AI" or "the
    DOM" are a field and a thing.

    >>> _proper_acronym("MIT", _Candidate(model_organisation=1), "I studied at MIT.")
    True
    >>> _proper_acronym("ARM", _Candidate(paired=1, surfaces=Counter(ARM=1)), "A deal between Nvidia and ARM.")
    True
    >>> _proper_acronym("AI", _Candidate(paired=1, surfaces=Counter(AI=2)), "Google and AI. AI is big.")
    False
    >>> _proper_acronym("API", _Candidate(model_organisation=1), "An API. Our APIs.")
    False
    """
    # A field's acronym paired with a company ("Google and AI") is said on its own elsewhere as well.
    only_paired = candidate.paired and candidate.paired >= sum(candidate.surfaces.values())
    if not ((candidate.model_organisation or only_paired) and re.fullmatch(r"[A-Z][A-Z0-9&]{1,4}", name)):
        return False
    return not re.search(rf"\b(?:an?\s+{name}|{name}s)\b", text, re.IGNORECASE)


# Two names said as a pair: "GitHub and Google", "Nvidia or AMD" (a bare comma is an apposition as often).
_PAIR = re.compile(rf"({_ORG_SPAN.pattern}),? (?:and|or) ({_ORG_SPAN.pattern})")


def _share_with_partners(text: str, candidates: dict[str, _Candidate], threshold: float) -> None:
    """A name said in one breath with an organisation the episode already speaks of as one ("was it
    GitHub and Google?") is one of its kind: it gets the evidence a cue gives."""
    def confirmed(name: str) -> bool:
        found = candidates.get(_squash(name))
        return bool(found and found.evidence >= threshold and not found.person and not _is_jargon(name))

    for match in _PAIR.finditer(text):
        first, second = _trim_span(match.group(1)), _trim_span(match.group(2))
        for name, partner in ((first, second), (second, first)):
            key = _squash(name)
            if name and partner and key in candidates and confirmed(partner):
                candidates[key].paired += 1
                if not confirmed(name):
                    candidates[key].evidence += threshold


def find_companies(
    transcript_text: str,
    people: list[Person],
    exclude: list[str] = (),
    threshold: float = 2.0,
) -> list[Company]:
    """Organisations spoken of as organisations, and those in the participants' affiliations; never a
    person, a field's jargon or the show itself. In the order they are first said.

    >>> [c.name for c in find_companies("I work as a software engineer at Microsoft. I'm CEO of Nightingale HQ.", [])]
    ['Microsoft', 'Nightingale HQ']
    >>> [c.name for c in find_companies("Andrew Ng said data matters. We love MLOps at AI Day.", [])]
    []
    >>> [c.name for c in find_companies("I'm the chief AI strategist that Lockheed Martin are MS-APA innovations. "
    ...     "I think fire hydrant is such a cool company. A deal between Nvidia and ARM. I work at Nvidia.", [])]
    ['Lockheed Martin', 'Fire Hydrant', 'Nvidia', 'ARM']
    """
    person_names = [p.name for p in people]
    person_words = {w for p in person_names for w in p.split()}
    addressed = set(addressed_names(transcript_text))
    candidates = organisation_candidates(transcript_text)
    for person in people:
        # An affiliation said bare ("Transistor FM") is where they work, as "at" would say.
        bare = person.affiliation and not re.search(r"\b(?:at|of|for|with|team)\b", person.affiliation)
        said = f"Someone works at {person.affiliation}." if bare else f"Someone, {person.affiliation or ''}."
        for key, found in organisation_candidates(said, False).items():
            if found.evidence and not any(_is_jargon(n) for n in found.surfaces):  # "Head of AI at Intel"
                candidates[key].evidence += found.evidence + threshold
                candidates[key].surfaces.update(found.surfaces)
                candidates[key].outside_reads += 1
    _share_with_partners(transcript_text, candidates, threshold)
    ranked = sorted(candidates.items(), key=lambda item: item[1].first)
    companies: list[Company] = []
    for _key, candidate in ranked:
        if candidate.evidence < threshold or candidate.person or not candidate.outside_reads:
            continue  # too little evidence, a person, or only ever named in a sponsor's read-out
        name = max(candidate.surfaces.items(), key=lambda item: (item[1], any(c.isupper() for c in item[0][1:])))[0]
        words = name.split()
        if _is_jargon(name) and candidate.evidence < threshold + (0 if _proper_acronym(name, candidate, transcript_text)
                                                                 else 2):
            continue
        if _matches_any(name, person_names) or set(words) <= person_words:
            continue
        if words[0] in addressed and len(words) <= 2:
            continue  # someone spoken to by that first name
        if any(similar_names(name, other) or _squash(name) == _squash(other) for other in exclude if other):
            continue
        # One organisation said short and long ("S.I.L" and "S.I.L. International"): the longer name; with
        # and without its legal form ("Intel Corporation"): the name people use.
        same = next((i for i, c in enumerate(companies) if similar_names(name, c.name)
                     or _abbreviates(c.name, name, transcript_text)
                     or _abbreviates(name, c.name, transcript_text)
                     or _legal_form(name, c.name) or _legal_form(c.name, name)), None)
        if same is None:
            companies.append(Company(name=name))
        elif _legal_form(companies[same].name, name):
            companies[same] = Company(name=name)
        elif len(name) > len(companies[same].name) and not _legal_form(name, companies[same].name):
            companies[same] = Company(name=name)
    return companies


_LEGAL_FORMS = frozenset("Inc Inc. Incorporated Corp Corp. Corporation Co Co. Ltd Ltd. Limited LLC GmbH AG PLC".split())


def _legal_form(long: str, short: str) -> bool:
    """Whether ``long`` is ``short`` with its legal form after it.

    >>> _legal_form("Intel Corporation", "Intel"), _legal_form("Intel Labs", "Intel")
    (True, False)
    """
    return long.startswith(f"{short} ") and long[len(short) + 1:] in _LEGAL_FORMS


def find_tags(
    people: list[Person],
    metadata_tags: list[str],
    transcript_text: str | list[str],
    limit: int = 12,
    exclude: list[str] = (),
    keyphrase_limit: int = 8,
) -> list[str]:
    """Metadata tags, then the participants' handles (as the seed page does), then the episode's
    keyphrases.

    >>> find_tags([Person(name="A B", handle="@ab")], ["ai"], ["We use MLOps.", "MLOps is big.", "MLOps rules."])
    ['ai', '@ab', 'MLOps']
    """
    texts = [transcript_text] if isinstance(transcript_text, str) else list(transcript_text)
    whole = " ".join(texts)
    names = {w.lower() for p in people for w in p.name.split() if len(w) > 2}
    names |= {w.lower() for name in [*people_mentioned(whole), *addressed_names(whole)] for w in name.split()}
    vocabulary = {w.lower() for w in re.findall(r"[A-Za-z]{4,}", whole)}
    banned = names | {w for w in vocabulary if any(similar_names(w, n) for n in names if len(n) > 3)}
    tags = list(metadata_tags)
    tags += [p.handle for p in people if p.handle]
    room = max(0, min(keyphrase_limit, limit - len(tags)))
    titles = {re.sub(r"[^a-z0-9]", "", e.lower()) for e in exclude if e}
    found = keyphrases(texts, room + len(titles), exclude=banned) if room else []
    tags += [t for t in found if re.sub(r"[^a-z0-9]", "", t.lower()) not in titles][:room]
    seen: set[str] = set()
    unique = []
    for tag in tags:
        if tag and tag.lower() not in seen:
            seen.add(tag.lower())
            unique.append(tag)
    return unique[:limit]
