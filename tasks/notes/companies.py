"""Organisations the episode speaks of as organisations, from how people speak of them: where someone
works ("CEO of X", "engineer at X"), commercial phrases ("sponsored by X", "companies like X"), names that
end like organisations ("X Labs", "the X community"), web addresses spoken aloud that spell a candidate
("gestaltit.com"), the entity model's reading, and the participants' affiliations. Never a person, a
field's jargon or the show itself. Nothing here knows a particular company."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from tasks.models import Company, Person
from tasks.notes import entities
from tasks.notes.lexicon import (
    COMMERCIAL_CUES,
    EMPLOYMENT_VERBS,
    NOT_NAMES,
    ORGANISATION_HEADS,
    ORGANISATION_SUFFIXES,
    PERSON_VERBS,
    STUDY_WORDS,
)
from tasks.notes.names import addressed_names, coordinated_names, matches_any, similar_names
from tasks.notes.organisation_names import DOMAIN, ORG_SPAN, ROLE, ROLE_NOUN, squashed, trim_span

# What is said before a name that makes an organisation of it: a role's "at" or "of", working "for" it,
# studying "at" it, commercial phrases.
_ROLE_BEFORE = re.compile(rf"{ROLE}\s+(?:of|at|with|from)\s+(?:the\s+)?$", re.IGNORECASE)
# "the chief AI strategist that Lockheed Martin": the recogniser hears a role's "at" as "that". Heard right,
# "the engineer that X hired" makes X a person or an organisation, so a name the model reads as a person is
# never taken this way.
_ROLE_THAT_BEFORE = re.compile(rf"{ROLE_NOUN}\s+that\s+$", re.IGNORECASE)
# "product manager for Kita": what a role is for is as often a product as the employer; weaker evidence.
_ROLE_FOR_BEFORE = re.compile(rf"{ROLE}\s+for\s+(?:the\s+)?$", re.IGNORECASE)
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
    following = ORG_SPAN.match(sentence, end + joined.end())
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
    domains = {squashed(d) for d in DOMAIN.findall(text)}
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
        for match in ORG_SPAN.finditer(sentence):
            span, begin = match.group(0), match.start()
            inherited = listed.get(begin, 0.0)
            name = trim_span(span)
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
            if squashed(name) in domains:
                evidence += 1
            sentence_start = begin == 0 or not sentence[:begin].strip()
            single = " " not in name
            if single and name.lower() in lower_words:
                continue  # a common word capitalised ("Data", "Scale"), not a name
            candidate = found[squashed(name)]
            candidate.surfaces[name] += 1
            candidate.outside_reads += not entities.within(position + begin, reads)
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
        candidate = found[squashed(name)]
        candidate.surfaces[name] += 1
        candidate.outside_reads += not entities.within(position + start, reads)
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
            if squashed(name) in found:
                found[squashed(name)].model_organisation += 1
            continue  # an acronym or a field's term: the model calls many of them ORG, so no evidence
        if not name:
            continue
        candidate = found[squashed(name)]
        if not candidate.surfaces:  # a name the capitalised-span reading did not see whole ("S.I.L. International")
            candidate.surfaces[name] += 1
            candidate.mentions += 1
            candidate.first = min(candidate.first, entity.start)
            candidate.outside_reads += not entities.within(entity.start, reads)
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


def _abbreviates(short: str, long: str, text: str = "") -> bool:
    """A few letters that open a longer name, never said on their own in ``text``: "S.I.L" of "S.I.L.
    International" (one name the reading cut at its dot). Said alone, they are an organisation of their
    own: "at MIT" beside "MIT Lincoln Labs".

    >>> _abbreviates("S.I.L", "S.I.L. International"), _abbreviates("MLOps Community", "MLOps Community Podcast")
    (True, False)
    >>> _abbreviates("MIT", "MIT Lincoln Labs", "I studied at MIT. Then MIT Lincoln Labs.")
    False
    """
    key = squashed(short)
    if not (len(key) <= 4 and squashed(long).startswith(key) and len(long) > len(short)):
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
_PAIR = re.compile(rf"({ORG_SPAN.pattern}),? (?:and|or) ({ORG_SPAN.pattern})")


def _share_with_partners(text: str, candidates: dict[str, _Candidate], threshold: float) -> None:
    """A name said in one breath with an organisation the episode already speaks of as one ("was it
    GitHub and Google?") is one of its kind: it gets the evidence a cue gives."""
    def confirmed(name: str) -> bool:
        found = candidates.get(squashed(name))
        return bool(found and found.evidence >= threshold and not found.person and not _is_jargon(name))

    for match in _PAIR.finditer(text):
        first, second = trim_span(match.group(1)), trim_span(match.group(2))
        for name, partner in ((first, second), (second, first)):
            key = squashed(name)
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
    >>> [c.name for c in find_companies("But you and Acme are the first ones to do it. The hardest decision I made "
    ...                                 "at Acme. What we do at Acme will help.", [])]
    ['Acme']
    """
    person_names = [p.name for p in people]
    person_words = {w for p in person_names for w in p.split()}
    addressed = set(addressed_names(transcript_text))
    coordinated = coordinated_names(transcript_text, person_names)
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
        if matches_any(name, person_names) or set(words) <= person_words:
            continue
        if words[0] in addressed and len(words) <= 2:
            continue  # someone spoken to by that first name
        if len(words) == 1 and name.lower() in coordinated and candidate.evidence < threshold + 1:
            continue  # said in one breath with a participant: "Jon and Justin got Transistor going"; spoken of
            # as an organisation more than once, one still: "you and Elastic are ...", "... at Elastic"
        if any(similar_names(name, other) or squashed(name) == squashed(other) for other in exclude if other):
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
