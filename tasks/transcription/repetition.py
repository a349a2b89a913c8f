"""Collapse the phrase loops a Whisper decoder can fall into ("thank you thank you thank you ...").

VAD and decoding each window without the previous text make loops rare; this pass is the last guard,
so a loop that slips through costs one phrase in the transcript, not a screenful.
"""

from __future__ import annotations

import re

from tasks.models import Segment

MAX_PHRASE_WORDS = 8
# Three in a row is a loop; people do say "no, no" and "very, very".
MIN_REPEATS = 3


def _norm(token: str) -> str:
    return re.sub(r"[^\w']", "", token.lower())


def _kept(keys: list[str], max_words: int, min_repeats: int) -> list[int]:
    """Indices of the tokens left when each run of a repeated phrase keeps its last copy."""
    kept: list[int] = []
    i = 0
    while i < len(keys):
        step = 0
        for width in range(1, max_words + 1):
            phrase = keys[i:i + width]
            if len(phrase) < width:
                break
            repeats = 1
            while keys[i + repeats * width:i + (repeats + 1) * width] == phrase:
                repeats += 1
            if repeats >= min_repeats and any(phrase):
                # The last copy carries the punctuation that closes the phrase.
                last = i + (repeats - 1) * width
                kept.extend(range(last, last + width))
                step = repeats * width
                break
        if not step:
            kept.append(i)
            step = 1
        i += step
    return kept


def collapse_repeats(text: str, max_words: int = MAX_PHRASE_WORDS, min_repeats: int = MIN_REPEATS) -> str:
    """Keep one copy of a phrase repeated ``min_repeats`` or more times in a row.

    >>> collapse_repeats("Thank you. Thank you. Thank you. Thank you.")
    'Thank you.'
    >>> collapse_repeats("We are so, so happy to be here.")
    'We are so, so happy to be here.'
    >>> collapse_repeats("and then the model and then the model and then the model failed")
    'and then the model failed'
    """
    tokens = text.split()
    return " ".join(tokens[i] for i in _kept([_norm(t) for t in tokens], max_words, min_repeats))


def drop_repeated_segments(segments: list[Segment]) -> list[Segment]:
    """Drop a segment whose text repeats the one before it word for word (a decoder loop over windows)."""
    kept: list[Segment] = []
    for segment in segments:
        text = collapse_repeats(segment.text)
        if not text:
            continue
        # Two people may each say "Yes." in turn; a loop repeats a longer phrase.
        if kept and _norm(kept[-1].text) == _norm(text) and len(text.split()) >= MIN_REPEATS:
            continue
        if text != segment.text:
            segment = segment.model_copy(update={"text": text, "words": _words_in(segment)})
        kept.append(segment)
    return kept


def _words_in(segment: Segment) -> list:
    return [segment.words[i] for i in _kept([_norm(w.word) for w in segment.words], MAX_PHRASE_WORDS, MIN_REPEATS)]
