"""Segments a reader can follow: one per sentence, or per speaker turn split at sentence ends.

The batched recogniser returns ~30-second blocks that start anywhere in a conversation. Cut at the
sentence ends its words mark, a segment starts where a sentence does, so it starts where a speaker's
turn does too (turns start with a sentence). With speakers known, a speaker's consecutive sentences
join again into one segment up to ``TURN_SECONDS`` long.
"""

from __future__ import annotations

import re

from tasks.models import Segment, Transcript, Word

TURN_SECONDS = 20.0
_SENTENCE_END = re.compile(r"[.?!][\"')\]]*$")


def whole_words(words: list[Word]) -> list[Word]:
    """Word pieces the recogniser times apart ("day", "-to", "-day"; "5", ",000") joined into the word.

    >>> pieces = [Word(start=0, end=1, word="day"), Word(start=1, end=2, word="-to"), Word(start=2, end=3, word="-day")]
    >>> [(w.word, w.start, w.end) for w in whole_words(pieces)]
    [('day-to-day', 0.0, 3.0)]
    """
    joined: list[Word] = []
    for word in words:
        if joined and re.match(r"[-,.%'’]\w", word.word):
            last = joined[-1]
            joined[-1] = last.model_copy(update={"word": last.word + word.word, "end": word.end})
        else:
            joined.append(word)
    return joined


def sentence_segments(segment: Segment) -> list[Segment]:
    """The segment cut after every word that ends a sentence (needs its timed words).

    >>> words = [Word(start=i, end=i + 0.5, word=w) for i, w in enumerate(["Hi.", "I'm", "Ada.", "Yes?"])]
    >>> [(s.start, s.text) for s in sentence_segments(Segment(start=0, end=4, text="Hi. I'm Ada. Yes?", words=words))]
    [(0.0, 'Hi.'), (1.0, "I'm Ada."), (3.0, 'Yes?')]
    """
    if not segment.words:
        return [segment]
    pieces, current = [], []
    for word in whole_words(segment.words):
        current.append(word)
        if _SENTENCE_END.search(word.word):
            pieces.append(current)
            current = []
    if current:
        pieces.append(current)
    return [Segment(start=p[0].start, end=p[-1].end, text=" ".join(w.word for w in p), speaker=segment.speaker,
                    words=p) for p in pieces]


def readable_segments(transcript: Transcript, turn_seconds: float = TURN_SECONDS) -> Transcript:
    """Sentence segments; with speakers, a speaker's sentences joined up to ``turn_seconds``."""
    sentences = [piece for segment in transcript.segments for piece in sentence_segments(segment)]
    merged: list[Segment] = []
    for piece in sentences:
        last = merged[-1] if merged else None
        if last is not None and piece.speaker is not None and piece.speaker == last.speaker \
                and piece.end - last.start <= turn_seconds:
            merged[-1] = last.model_copy(update={"end": piece.end, "text": f"{last.text} {piece.text}",
                                                 "words": [*last.words, *piece.words]})
        else:
            merged.append(piece)
    return transcript.model_copy(update={"segments": merged})
