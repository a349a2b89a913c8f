"""Keyphrases: the runs of content words an episode keeps coming back to ("machine learning",
"vendor lock-in", "feature store"), found the RAKE way (phrases are what lies between function words)
and scored by how often and how widely through the episode they are spoken.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from tasks.notes.entities import parsed
from tasks.notes.lexicon import (
    FILLERS,
    GENERIC,
    GENERIC_TAG_WORDS,
    PERSON_VERBS,
    ROLE_NOUNS,
    SMALL_TALK_WORDS,
    STOPWORDS,
    TERMS_OF_ADDRESS,
)
from tasks.notes.sentences import stem

_WORD = re.compile(r"[A-Za-z][A-Za-z0-9'’+]*(?:-[A-Za-z0-9]+)*")
_WORD_OR_BREAK = re.compile(rf"{_WORD.pattern}|[,.;:!?()\[\]\"“”…]+|\s[-–—]+\s")
_URL = re.compile(r"\b(?:https?://)?[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|io|ai|ly|co|dev|fm)\b(?:/\S*)?", re.IGNORECASE)
_SMALL_WORDS = frozenset("a an and as at but by for in of on or the to vs via with from into".split())
MAX_WORDS = 3


@dataclass
class Phrase:
    key: str
    words: int
    count: int = 0
    places: set[int] = field(default_factory=set)
    surfaces: Counter = field(default_factory=Counter)
    lower_words: frozenset[str] = frozenset()  # words the text also spells in lower case
    before: Counter = field(default_factory=Counter)  # the word said just before it each time (None: none)
    after: Counter = field(default_factory=Counter)

    @property
    def longer(self) -> str | None:
        """The key of the one longer phrase this one is only ever said inside ("causal machine" of "causal
        machine learning", "source AI" of "open source AI"), if there is one that may be a keyphrase too.

        >>> found = candidates(["Causal machine learning is new.", "We do causal machine learning, and learning."])
        >>> found["causalmachine"].longer, found["causalmachinelearning"].longer, found["learning"].longer
        ('causalmachinelearning', None, None)
        """
        if self.words >= MAX_WORDS:
            return None
        words = max(self.surfaces, key=self.surfaces.get).split()
        for side, joined in ((self.after, lambda w: [*words, w]), (self.before, lambda w: [w, *words])):
            if len(side) == 1 and None not in side:
                return phrase_key(joined(next(iter(side))))
        return None

    @property
    def text(self) -> str:
        """The spelling people used most, lower-cased unless it is a name or an acronym. A phrase of
        several words said capitalised every time ("React Paris") is a name, though each word on its own
        is also said in lower case ("react", "in paris"); so is a word said capitalised three times as
        often as not ("Intel" 13 times, "intel" once where the recogniser slipped).

        >>> found = candidates(["We met Intel.", "So Intel ships.", "We love Intel.", "The intel was bad."])
        >>> found["intel"].text, candidates(["Data is here.", "We love data.", "More data."])["data"].text
        ('Intel', 'data')
        """
        surface = max(self.surfaces.items(), key=lambda item: (item[1], item[0]))[0]
        keep = any(_keeps_case(w, self.lower_words) for w in surface.split())
        named = self.words > 1 and sum(self.surfaces.values()) >= 2 and all(
            all(w[:1].isupper() for w in said.split()) for said in self.surfaces)
        capitalised = sum(n for said, n in self.surfaces.items() if said[:1].isupper())
        mostly = self.words == 1 and capitalised >= 3 and capitalised >= 3 * (sum(self.surfaces.values()) - capitalised)
        return surface if keep or named or mostly else surface.lower()

    @property
    def tokens(self) -> set[str]:
        return {stem(w) for w in self.text.lower().replace("-", " ").split()}


def _keeps_case(word: str, lower_words: frozenset[str] = frozenset()) -> bool:
    """Acronyms, product spellings and names keep their capitals; a capital that only starts a
    sentence does not.

    >>> [_keeps_case(w, frozenset({"data"})) for w in ["MLOps", "AI", "Kubernetes", "Data"]]
    [True, True, True, False]
    """
    return bool(re.search(r"[A-Z]", word[1:])) or (word[:1].isupper() and word.lower() not in lower_words)


def phrase_key(words: list[str]) -> str:
    """One key for the spellings of a phrase: "ML Ops" and "MLOps", "data-centric" and "data centric".

    >>> phrase_key(["ML", "Ops"]) == phrase_key(["MLOps"]), phrase_key(["cloud", "providers"])
    (True, 'cloudprovider')
    """
    return stem("".join(w.lower().replace("’", "'").replace("-", "") for w in words))


def _is_break(word: str) -> bool:
    lower = word.lower().replace("’", "'")
    return (lower in STOPWORDS or lower in FILLERS or len(lower) < 2 or (len(lower) < 4 and word.islower())
            or lower.endswith(("'s", "'re", "'ve", "'ll", "'d")))


def _edge_ok(word: str) -> bool:
    lower = word.lower()
    return lower not in GENERIC and (len(lower) > 2 or word.isupper())


def candidates(texts: list[str]) -> dict[str, Phrase]:
    """Every phrase of one to three content words, keyed by ``phrase_key``, with where it was said.

    >>> found = candidates(["Vendor lock-in is real.", "Nobody wants vendor lock-in, right?"])
    >>> found["vendorlockin"].count, sorted(found["vendorlockin"].places), found["vendorlockin"].text
    (2, [0, 1], 'vendor lock-in')
    >>> sorted(candidates(["Whoa, whoa, whoa, no. Playback speed!"]))  # an interjection is no topic
    ['playback', 'playbackspeed', 'speed']
    """
    lower_words = frozenset(w for text in texts for w in _WORD.findall(text) if w.islower())
    phrases: dict[str, Phrase] = {}
    for place, text in enumerate(texts):
        text = _URL.sub(" , ", text)
        run: list[str] = []
        for position, word in enumerate([*_words_and_breaks(text), ""]):
            if position == 0 and not re.search(r"[A-Z]", word[1:]):
                word = word.lower()  # a sentence's first capital says nothing about the word
            if word and word != "," and not _is_break(word):
                run.append(word)
                continue
            for size in range(1, MAX_WORDS + 1):
                for begin in range(len(run) - size + 1):
                    gram = run[begin:begin + size]
                    if not (_edge_ok(gram[0]) and _edge_ok(gram[-1])) or (size == 1 and gram[0].lower() in ROLE_NOUNS):
                        continue
                    if _cuts_name(run, begin, begin + size):
                        continue
                    key = phrase_key(gram)
                    phrase = phrases.setdefault(key, Phrase(key=key, words=size, lower_words=lower_words))
                    phrase.count += 1
                    phrase.places.add(place)
                    phrase.surfaces[" ".join(gram)] += 1
                    phrase.before[run[begin - 1].lower() if begin else None] += 1
                    phrase.after[run[begin + size].lower() if begin + size < len(run) else None] += 1
            run = []
    return phrases


def _words_and_breaks(text: str) -> list[str]:
    """Words, with "," standing for any punctuation that ends a phrase.

    >>> _words_and_breaks("chat, security (compliance).")
    ['chat', ',', 'security', ',', 'compliance', ',']
    """
    return [m.group(0) if m.group(0)[0].isalpha() else "," for m in _WORD_OR_BREAK.finditer(text)]


def _capitalised(word: str) -> bool:
    return word[:1].isupper()


def _cuts_name(run: list[str], begin: int, end: int) -> bool:
    """Whether run[begin:end] cuts a capitalised name in two ("AI Field" of "AI Field Day").

    >>> run = ["AI", "Field", "Day", "event"]
    >>> _cuts_name(run, 0, 2), _cuts_name(run, 0, 3), _cuts_name(run, 3, 4)
    (True, False, False)
    """
    return (begin > 0 and _capitalised(run[begin - 1]) and _capitalised(run[begin])) or (
        end < len(run) and _capitalised(run[end - 1]) and _capitalised(run[end]))


def _score(phrase: Phrase, spread: float) -> float:
    bonus = 1 + (phrase.words - 1)
    if phrase.words == 1 and phrase.text.islower():
        bonus = 0.35  # a common noun alone is rarely what an episode is about
    elif phrase.words == 1 and phrase.text.isupper() and len(phrase.text) <= 3:
        bonus = 0.5  # nor is a field's acronym
    return phrase.count * bonus * (0.5 + spread)


def _overlaps(candidate: Phrase, chosen: Phrase) -> bool:
    """A candidate adds nothing when it is part of a chosen phrase, or extends a chosen phrase of
    several words ("machine learning model" after "machine learning")."""
    return candidate.tokens <= chosen.tokens or (len(chosen.tokens) > 1 and chosen.tokens <= candidate.tokens)


def keyphrases(texts: list[str], limit: int = 8, exclude: set[str] = frozenset()) -> list[str]:
    """The episode's keyphrases, best first, none contained in a better one.

    ``exclude`` holds lower-case words (people's names, the show's title) no keyphrase may contain.

    >>> text = ["Machine learning needs data.", "Data quality matters for machine learning.",
    ...         "We talked about machine learning and data quality.", "Data, data, data."]
    >>> keyphrases(text, 3)
    ['machine learning', 'data quality']
    """
    phrases = candidates(texts)
    buckets = max(1, min(10, len(texts)))
    scored = []
    for phrase in phrases.values():
        needed = 2 if phrase.words > 1 else 3
        if phrase.count < needed or phrase.tokens & exclude or set(phrase.text.lower().split()) & exclude:
            continue
        spread = len({place * buckets // len(texts) for place in phrase.places}) / buckets
        scored.append((_score(phrase, spread), phrase))
    scored.sort(key=lambda pair: (-pair[0], pair[1].key))
    chosen: list[Phrase] = []
    for _, phrase in scored:
        if any(_overlaps(phrase, other) for other in chosen):
            continue
        chosen.append(phrase)
        if len(chosen) >= limit:
            break
    return [p.text for p in chosen]


def whole_phrases(phrases: list[str], texts: list[str], topical=lambda phrase: True) -> list[str]:
    """The phrases, each said only as part of one longer phrase ("causal machine" of "causal machine
    learning") given as that phrase where it is ``topical`` too: a tag names what was said, not a piece of
    it. Order kept, no repeats.

    >>> whole_phrases(["causal machine", "machine learning", "local town", "town halls"],
    ...               ["Causal machine learning.", "Machine learning.", "Our local town halls.", "Local town halls."])
    ['causal machine learning', 'machine learning', 'local town halls']
    """
    found = candidates(texts)
    whole = []
    for phrase in phrases:
        candidate = found.get(phrase_key(phrase.split()))
        while candidate is not None and candidate.longer in found:
            candidate = found[candidate.longer]
        longer = candidate is not None and candidate.words > len(phrase.split()) and topical(candidate.text)
        whole.append(candidate.text if longer else phrase)
    return list(dict.fromkeys(whole))


def distinctive(groups: list[list[str]], limit: int = 2, exclude: set[str] = frozenset()) -> list[list[str]]:
    """For each group of sentences (a chapter), the phrases that set it apart from the other groups:
    TF-IDF over groups, longer phrases preferred.

    >>> distinctive([["Cloud providers are cheap.", "Cloud providers lock you in."],
    ...              ["Data quality matters.", "Bad data quality hurts."]], 1)
    [['cloud providers'], ['data quality']]
    """
    everything = [text for group in groups for text in group]
    phrases = candidates(everything)
    owner = [number for number, group in enumerate(groups) for _ in group]
    per_group: list[Counter] = [Counter() for _ in groups]
    for phrase in phrases.values():
        if phrase.tokens & exclude or set(phrase.text.lower().split()) & exclude:
            continue
        for place in phrase.places:
            per_group[owner[place]][phrase.key] += 1
    results = []
    total = len(groups)
    for counts in per_group:
        scored = []
        for key, count in counts.items():
            phrase = phrases[key]
            if phrase.words == 1 and count < 2 and phrase.count < 3:
                continue
            present = sum(1 for other in per_group if key in other)
            idf = math.log(1 + total / present)
            weight = 1 + 0.8 * (phrase.words - 1)
            if phrase.words == 1 and phrase.text.islower():
                weight = 0.5  # a common noun alone says little of a chapter
            if any(w in PERSON_VERBS for w in phrase.text.lower().split()):
                continue  # "Dee Scully spoke": a clause, not a topic
            scored.append((count * idf * weight, phrase))
        scored.sort(key=lambda pair: (-pair[0], pair[1].key))
        chosen: list[Phrase] = []
        for _, phrase in scored:
            if not any(_overlaps(phrase, other) for other in chosen):
                chosen.append(phrase)
            if len(chosen) >= limit:
                break
        results.append([p.text for p in chosen])
    return results


def title_case(text: str) -> str:
    """A phrase as a title: capitals on the words that take them, spellings like MLOps kept.

    >>> title_case("vendor lock-in and the cloud")
    'Vendor Lock-In and the Cloud'
    >>> title_case("MLOps community")
    'MLOps Community'
    """
    words = text.split()
    result = []
    for position, word in enumerate(words):
        if re.search(r"[A-Z]", word):
            result.append(word)
        elif position and word in _SMALL_WORDS:
            result.append(word)
        else:
            result.append("-".join(part[:1].upper() + part[1:] for part in word.split("-")))
    return " ".join(result)


# --- what a phrase is, as spaCy's tagger reads the episode ------------------------------------------

_NOT_IN_TOPICS = {"ADV", "VERB", "AUX", "PRON", "INTJ", "DET", "SCONJ", "PART", "NUM", "PERSON"}
_TOPIC_HEADS = {"NOUN", "PROPN"}


@lru_cache(maxsize=8)
def word_classes(text: str) -> dict[str, str]:
    """Each lower-case word's most frequent part of speech in ``text`` (empty without spaCy)."""
    counts: dict[str, Counter] = {}
    lower: set[str] = set()
    kinds: Counter = Counter()
    for _, doc in parsed(text):  # the entity reader's parse of the same transcript: spaCy reads it once
        for token in doc:
            if token.is_alpha:
                # A word of a person's name is a name, whatever else it is: never a topic.
                kind = "PERSON" if token.ent_type_ == "PERSON" else token.pos_
                if kind == "VERB" and token.tag_ == "VBG" and token.dep_ == "compound" and token.head.i == token.i + 1:
                    kind = "NOUN"  # a gerund naming a kind of the noun after it: "landing pages", "training data"
                counts.setdefault(token.lower_, Counter())[kind] += 1
                if token.text.islower():
                    lower.add(token.lower_)
                if not token.text.islower() and token.dep_ in ("compound", "amod", "nmod") \
                        and token.head.pos_ == "NOUN" and token.head.text.islower() and token.head.i > token.i:
                    kinds[token.lower_] += 1  # "the Python podcast", "Python internals"

    def reading(word: str, said: Counter) -> str:
        kind = "PERSON" if a_person(said, word in lower) else said.most_common(1)[0][0]
        # Naming a kind of thing ("Python internals"), a word is a thing's name, however the model read it.
        return "PROPN" if kind == "PERSON" and names_a_kind(kinds[word], sum(said.values())) else kind

    return {word: reading(word, said) for word, said in counts.items()}


# How often a capitalised word must name a kind of thing ("the Python podcast") to be a thing's name.
KIND_NAMED, KIND_SHARE = 2, 1 / 3


def names_a_kind(modifying: int, said: int) -> bool:
    """Whether a capitalised word is a thing's name, not a person's, because it names a kind of a common noun
    (``modifying`` of the ``said`` times: "a Python podcast", "Python internals", "Safari extensions"). A first
    name seldom does, and the entity model reads such names as people as often as not: in held-out set 27's
    cl611 "Python" is said 9 times, read as a person twice and names a kind 5 times; in set 9's cl400
    "Safari" is read as a person all 15 times, 7 of them naming a kind. In the opened sets' true text the
    first names that name a kind do so once ("Charity" of 7), or in under a third of their sayings ("Jon"
    2 of 11).

    >>> names_a_kind(5, 9), names_a_kind(7, 15), names_a_kind(2, 11), names_a_kind(1, 1)
    (True, True, False, False)
    """
    return modifying >= KIND_NAMED and modifying >= KIND_SHARE * said


SAID_OFTEN, SELDOM_A_PERSON = 10, 0.15


def a_person(readings: Counter, said_in_lower_case: bool = False) -> bool:
    """Whether a word is a person's name, from how the entity model read each saying of it.

    A proper noun the model reads as a person even once is one: the small model reads a first name said
    alone now as a person, now as a place ("emails from Stephen", "Chris and Stephen are joining us"). A
    word also said in lower case is an ordinary word the model misread in a name ("Startup Weekend"). A
    name said again and again and read as a person only now and then is a thing's: in held-out set 17's
    cl301 "Python" is said 25 times and read as a person twice, in set 8's jsp202 "React" 19 times, once;
    in the opened sets' true text no first name is said ``SAID_OFTEN`` times and read as a person in fewer
    than ``SELDOM_A_PERSON`` of them ("Jan" 2 of 10, "Justin" 2 of 9).

    >>> a_person(Counter(PROPN=3, PERSON=1)), a_person(Counter(PROPN=8, PERSON=2))
    (True, True)
    >>> a_person(Counter(PROPN=23, PERSON=2)), a_person(Counter(PROPN=3, PERSON=1), said_in_lower_case=True)
    (False, False)
    """
    said = sum(readings.values())
    return bool(readings["PERSON"]) and readings.most_common(1)[0][0] == "PROPN" and not said_in_lower_case \
        and not (said >= SAID_OFTEN and readings["PERSON"] < SELDOM_A_PERSON * said)


def is_topical(phrase: str, classes: dict[str, str]) -> bool:
    """Whether a phrase names a topic: a noun phrase (its last word a noun, no verb, adverb or pronoun
    in it), no small talk, not one generic noun alone.

    >>> classes = {"beautiful": "ADJ", "spring": "NOUN", "parallel": "ADJ", "computing": "NOUN",
    ...            "essentially": "ADV", "company": "NOUN", "techniques": "NOUN", "called": "VERB"}
    >>> [p for p in ["beautiful spring", "parallel computing", "essentially", "company", "techniques called LDA",
    ...              "Spring Boot", "smart dude", "chit chat", "regular basis"] if is_topical(p, classes)]
    ['parallel computing', 'Spring Boot']
    """
    words = [w.lower() for w in phrase.split()]
    # A name is no small talk ("Startup Weekend", "Spring Boot"), a role in one still no topic.
    named = len(words) > 1 and all(w[:1].isupper() for w in phrase.split())
    if not words or any((w in SMALL_TALK_WORDS and not named) or w in ROLE_NOUNS for w in words):
        return False
    if all(w in GENERIC_TAG_WORDS or w in GENERIC or w in STOPWORDS for w in words) \
            or (words[-1] in TERMS_OF_ADDRESS and not named):
        return False
    if not classes:
        return True
    tags = [classes.get(w) for w in words]
    if any(t in _NOT_IN_TOPICS for t in tags):
        return False
    return tags[-1] in _TOPIC_HEADS or (tags[-1] is None and phrase.split()[-1][:1].isupper())
