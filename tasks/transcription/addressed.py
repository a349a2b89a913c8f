"""Names said to someone, or given as one's own, heard again by a second model to be sure of them.

A guest welcomed by first name alone ("Evan, welcome to Founders Talk.") is named in the notes only where
the name was heard surely (``tasks/notes/guests.py``: ``heard_surely``), because tiny.en hears wrong first
names too: "Well, Kirk, thanks for joining me" (0.66) for Kurt. But a name that opens a recording is the
word tiny.en is least sure of, right or wrong: on held-out sets 12, 16 and 18 it heard "Mitch," at 0.26,
"Ned," at 0.40, "Evan," at 0.48 and "Christine," at 0.55, all right. So such a sentence is decoded again
by Whisper base, and a name both models hear alike is marked ``confirmed_by`` it.

Agreement is evidence, not proof: the two models learnt from the same data. Of eight first names in that
position, base heard six alike and right (also "Kyle," and "Austin,"), "Kurt" for "Kirk" (right, so
"Kirk" stays doubted) and "Sponsor" for "Spencer"; but for Brian it heard "Ryan," as tiny.en did, at 0.91
(held-out set 1's cl484).

A first name someone gives as their own is doubted the same way: "Hi, I'm Arnaud, and I'm the founder of
Echoes" (held-out set 29's si24, 0.71 by tiny.en, alike by base).
"""

from __future__ import annotations

import re
from collections.abc import Callable

import numpy as np

from tasks.models import Transcript, Word
from tasks.transcription.relisten import Decoder, _norm, _sentences, aligned, heard_again

# Below this confidence a first name said alone is doubted (the notes' ``FIRST_NAME_SURE``).
SURE = 0.8
# Guests are welcomed in the opening: the first part of the episode, as the notes read it (names.py's
# ``opening_end``): its first 40%, and never less than its first 6,000 characters (about six minutes).
OPENING = 0.4
OPENING_CHARS = 6000
# At most this many names are heard again an episode (each stretch costs base a 30 s decoding, 1-2 s).
MAX_ADDRESSED = 3
# Words a sentence may open on before the name: "Well, Kurt, thanks for joining me."
_LEAD_IN = frozenset("well so okay ok alright hey hi hello and".split())
# Words of conversation set off by a comma as a name is ("Yeah, ...", "Welcome, ...", "First, ..."): no
# one is spoken to by them, and each would cost a decoding. On the seed, the dev set and sets 12 and 15-21
# they were 15 of the 43 words that would have been heard again.
_NOT_SAID_TO = _LEAD_IN | frozenset("""yeah yes yep yup no nope oh ah wow welcome first second thanks great
    cool right sure now also absolutely exactly awesome indeed anyway nice good perfect sorry""".split())
_NAME = re.compile(r"[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)?")


def _bare(word: Word) -> str:
    return word.word.strip().strip(",.?!;:\"'")


def _said_to(words: tuple[Word, ...]) -> Word | None:
    """The name a sentence says to someone, set off by commas: at its start ("Evan, welcome to ...", "Well,
    Kirk, thanks ...") or at its end ("Welcome to the show, Nikita."); or the name someone gives as their own
    ("I'm Arnaud, and I'm the founder of Echoes.").

    >>> w = lambda text: tuple(Word(start=i, end=i + 1, word=x) for i, x in enumerate(text.split()))
    >>> [_said_to(w(t)).word for t in ("Evan, welcome.", "Well, Kirk, thanks.", "Welcome to the show, Nikita.",
    ...                                "Hi, I'm Arnaud, and I'm the founder.", "So Jeremy, the first question")]
    ['Evan,', 'Kirk,', 'Nikita.', 'Arnaud,', 'Jeremy,']
    >>> [_said_to(w(t)) for t in ("Evan welcome.", "Hi everyone, welcome.", "So the Founders, they ...",
    ...                          "Yeah, that's right.", "I'm sure, yes.")]
    [None, None, None, None, None]
    """
    if len(words) < 2:
        return None
    # "Well, Kurt, thanks"; tiny.en also writes "So Jeremy, the obvious first question" with no first comma.
    first = 1 if _bare(words[0]).lower() in _LEAD_IN and (words[0].word.strip().endswith(",")
                                                          or words[1].word.strip().endswith(",")) else 0
    if _bare(words[first]).lower() == "i'm" and first + 1 < len(words):
        first += 1
    candidates = [words[first]] if words[first].word.strip().endswith(",") else []
    if words[-2].word.strip().endswith(","):
        candidates.append(words[-1])
    return next((w for w in candidates if _NAME.fullmatch(_bare(w)) and _bare(w).lower() not in _NOT_SAID_TO),
                None)


def addressed_names(transcript: Transcript, known: list[str] = ()) -> list[Word]:
    """The first names said to someone in the opening that tiny.en doubted (at most ``MAX_ADDRESSED``): not
    part of a name ``known`` (hosts, names given), nor a word the episode says in lower case ("Everyone,").

    >>> from tasks.models import Segment
    >>> words = [Word(start=i, end=i + .5, word=x, probability=p) for i, (x, p) in enumerate(
    ...     [("Evan,", .48), ("welcome.", .9), ("Adam,", .3), ("hi.", .9), ("Everyone,", .4), ("hi", .9),
    ...      ("everyone.", .9), ("Mitch,", .95), ("hi.", .9), ("Rest.", .9)])]
    >>> t = Transcript(engine="faster", model="tiny.en", duration=10, segments=[Segment(start=0, end=10, text="",
    ...                                                                                 words=words)])
    >>> [w.word for w in addressed_names(t, ["Adam Stacoviak"])]
    ['Evan,']

    Half-way through a short episode is still its opening (its first 6,000 characters):

    >>> late = [Word(start=500 + i, end=501 + i, word=x, probability=p) for i, (x, p) in enumerate(
    ...     [("Hi,", .9), ("I'm", .9), ("Arnaud,", .71), ("the", .9), ("founder.", .9)])]
    >>> t = Transcript(engine="faster", model="tiny.en", duration=1000, segments=[Segment(start=500, end=505,
    ...                                                                                   text="", words=late)])
    >>> [w.word for w in addressed_names(t)]
    ['Arnaud,']
    """
    parts = {_norm(part) for name in known for part in name.split()}
    lower = {_norm(w.word) for s in transcript.segments for w in s.words if w.word.strip()[:1].islower()}
    found, said = [], 0
    for sentence in _sentences(transcript):
        if sentence.start > transcript.duration * OPENING and said >= OPENING_CHARS:
            break
        said += len(sentence.text) + 1
        word = _said_to(sentence.words)
        if word is not None and word.probability is not None and word.probability < SURE \
                and _norm(word.word) not in parts | lower:
            found.append(word)
    return found[:MAX_ADDRESSED]


def confirm_addressed(transcript: Transcript, read: Callable[[float, float], np.ndarray], decode: Decoder,
                      model: str, known: list[str] = ()) -> Transcript:
    """The transcript with each doubted name said to someone marked ``confirmed_by`` ``model`` where
    ``decode`` (that model) hears the same word there. Nothing else changes."""
    doubted = addressed_names(transcript, known)
    if not doubted:
        return transcript
    ids = {id(w) for w in doubted}
    sentences = _sentences(transcript)
    confirmed: set[int] = set()
    chosen = [s for s in sentences if ids & {id(w) for w in s.words}]
    for old, new in heard_again(sentences, chosen, transcript.duration, read, decode):
        for a, _, size in aligned(old, new).get_matching_blocks():
            confirmed.update(id(w) for w in old[a:a + size] if id(w) in ids)
    if not confirmed:
        return transcript
    segments = [s.model_copy(update={"words": [w.model_copy(update={"confirmed_by": model}) if id(w) in confirmed
                                               else w for w in s.words]}) for s in transcript.segments]
    return transcript.model_copy(update={"segments": segments})
