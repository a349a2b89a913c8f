"""Who is on the episode and what they talk about: guests, companies and tags.

Metadata is authoritative. Without it, guests come from the introductions people make ("I'm ...",
"my name is ...", "our guests, A and B"), spelled as the episode's title or description spells them
when those name them; organisations come from how people name where they work ("CEO of ...",
"engineer at ...").
"""

from __future__ import annotations

import re
from collections import Counter
from difflib import SequenceMatcher

from tasks.models import Company, Person

_NAME_WORD = r"[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)?"
_FULL_NAME = rf"{_NAME_WORD}(?: {_NAME_WORD}){{1,2}}"
_ORG_WORD = r"(?:[A-Z][\w&'.-]*[\w&]|[A-Z])"
_ORGANISATION = rf"{_ORG_WORD}(?: (?:{_ORG_WORD}|&))*"

# "with A and B" in a title, "guests, A and B" in speech.
_LIST_OF_NAMES = rf"({_FULL_NAME})(?:, ({_FULL_NAME}))*(?:,? and ({_FULL_NAME}))?"
_INTRODUCTIONS = [
    re.compile(rf"\b(?:I'm|I am|my name is|[Tt]his is|[Mm]y name's)\s+({_FULL_NAME})"),
    re.compile(rf"\b(?:guests?|joined by|welcome|[Ww]elcoming)[,:]?\s+{_LIST_OF_NAMES}"),
]
_TITLE_NAMES = re.compile(rf"\b(?:with|featuring|ft\.|guests?:?)\s+{_LIST_OF_NAMES}")
# Where people say they work: "CEO of X", "engineer at X", "publisher of X", "from X".
_AFFILIATION = re.compile(
    rf"\b(?:at|of|from|for|with|founder of|joined)\s+(?:the\s+)?({_ORGANISATION})"
)

_NOT_ORGANISATIONS = frozenset(
    """I I'm A An The This That These Those We You He She They It It's And But So Or If In On At Of
    For With From To Me My Our Your His Her Their Its Mr Mrs Ms Dr Today Yesterday Tomorrow Monday
    Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July
    August September October November December Yeah Yes No Okay OK Well Now Then Also First Second
    Third Please Thanks Thank English""".split()
)


def similar_names(a: str, b: str) -> bool:
    """Same person, allowing a recogniser's misspelling.

    >>> similar_names("Demetrius Brinkman", "Demetrios Brinkmann")
    True
    >>> similar_names("Steph Locke", "Stephen Foskett")
    False
    """
    a_key, b_key = a.lower().replace(" ", ""), b.lower().replace(" ", "")
    return a_key == b_key or SequenceMatcher(None, a_key, b_key).ratio() >= 0.8


def _collect(match: re.Match) -> list[str]:
    return [g for g in match.groups() if g]


def names_in_title(*texts: str | None) -> list[str]:
    """People a title or description names after "with", in the spelling it uses.

    >>> names_in_title("2x27: How the ML Community Has Evolved in 2021 with Demetrios Brinkmann and David Aponte")
    ['Demetrios Brinkmann', 'David Aponte']
    """
    found: list[str] = []
    for text in texts:
        for match in _TITLE_NAMES.finditer(text or ""):
            found.extend(_collect(match))
    return list(dict.fromkeys(found))


def introduced_names(text: str) -> list[str]:
    """Names people introduce in speech, in order of first mention.

    >>> introduced_names("First, let's meet our guests, Ada Lovelace and Alan Turing. Hi, I'm Grace Hopper.")
    ['Ada Lovelace', 'Alan Turing', 'Grace Hopper']
    """
    hits: list[tuple[int, str]] = []
    for pattern in _INTRODUCTIONS:
        for match in pattern.finditer(text):
            hits.extend((match.start(), name) for name in _collect(match))
    return list(dict.fromkeys(name for _, name in sorted(hits)))


def _matches_any(name: str, people: list[str]) -> str | None:
    return next((p for p in people if similar_names(name, p)), None)


def find_guests(
    transcript_text: str,
    hosts: list[Person],
    metadata_guests: list[Person],
    spellings: list[str] = (),
) -> list[Person]:
    """Guests: metadata when given; else introduced people who are not hosts, spelled canonically."""
    if metadata_guests:
        return metadata_guests
    host_names = [h.name for h in hosts]
    guests: list[Person] = []
    for name in [*introduced_names(transcript_text), *spellings]:
        if _matches_any(name, host_names):
            continue
        canonical = _matches_any(name, list(spellings)) or name
        if not _matches_any(canonical, [g.name for g in guests]):
            guests.append(Person(name=canonical, role="guest"))
    return guests


def _is_jargon(name: str) -> bool:
    """A lone acronym or camel-cased term names a field, not an employer.

    >>> [_is_jargon(n) for n in ["AI", "MLOps", "Microsoft", "Nightingale HQ"]]
    [True, True, False, False]
    """
    return " " not in name and (name.isupper() and len(name) <= 3 or bool(re.search(r"[a-z][A-Z]|^[A-Z]{2,}[a-z]", name)))


def _organisation_names(text: str) -> Counter:
    counts: Counter = Counter()
    for match in _AFFILIATION.finditer(text):
        name = re.sub(r"[.'’]+$", "", match.group(1)).strip()
        name = re.sub(r"\s+(?:and|of|for|&)$", "", name)
        if name.split()[0] in _NOT_ORGANISATIONS or _is_jargon(name):
            continue
        counts[name] += 1
    return counts


def find_companies(transcript_text: str, people: list[Person], exclude: list[str] = ()) -> list[Company]:
    """Organisations named as where someone works, in metadata affiliations or in speech.

    >>> [c.name for c in find_companies("I work as a software engineer at Microsoft. I'm CEO of Nightingale HQ.", [])]
    ['Microsoft', 'Nightingale HQ']
    """
    person_names = [p.name for p in people]
    person_words = {w for p in person_names for w in p.split()}
    counts = _organisation_names(transcript_text)
    for person in people:
        counts.update(_organisation_names(" " + (person.affiliation or "")))
    companies: list[Company] = []
    for name in counts:
        if _matches_any(name, person_names) or set(name.split()) <= person_words:
            continue
        if any(similar_names(name, other) for other in exclude):
            continue
        if not any(similar_names(name, c.name) for c in companies):
            companies.append(Company(name=name))
    return companies


def find_tags(people: list[Person], metadata_tags: list[str], transcript_text: str, limit: int = 12) -> list[str]:
    """Metadata tags, then the participants' handles (as the seed page does), then recurring terms.

    >>> find_tags([Person(name="A B", handle="@ab")], ["ai"], "We use MLOps. MLOps is big. GPUs too.")
    ['ai', '@ab', 'MLOps']
    """
    tags = list(metadata_tags)
    tags += [p.handle for p in people if p.handle]
    # Terms spelled with capitals inside the word (MLOps, PyTorch, AI) are the episode's jargon.
    terms = Counter(re.findall(r"\b(?:[A-Z]{2,}[a-z]*[A-Za-z]*|[A-Z][a-z]+[A-Z]\w*)\b", transcript_text))
    tags += [term for term, count in terms.most_common() if count >= 2]
    return list(dict.fromkeys(t for t in tags if t))[:limit]
