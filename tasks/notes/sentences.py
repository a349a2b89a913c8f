"""Sentences of a transcript, ranked: the raw material of summaries, questions and chapters."""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass

from tasks.models import Transcript

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"'“A-Z0-9])")
_TOKEN = re.compile(r"[a-z][a-z'-]+")

# Function words carry no topic; kept short on purpose (a longer list belongs in a real NLP library).
STOPWORDS = frozenset(
    """a about above after again all also am an and any are as at be because been before being
    between both but by can could did do does doing don't down during each even few for from further
    get got had has have having he her here hers him his how i i'm if in into is it it's its itself
    just know kind like lot me more most much my no nor not now of off on once one only or other our
    out over own really right said same say she should so some sort such than that that's the their
    them then there these they thing things think this those through to too under until up us very
    want was way we we're well were what when where which while who whom why will with would yeah
    yes you you're your going gonna see people actually something make go lots also get great""".split()
)


@dataclass(frozen=True)
class Sentence:
    text: str
    start: float
    speaker: str | None
    index: int


def sentences(transcript: Transcript) -> list[Sentence]:
    """Sentences with the start time of the segment they begin in.

    >>> from tasks.models import Segment
    >>> t = Transcript(engine="x", model="y", duration=9, segments=[
    ...     Segment(start=0, end=4, text="Hello there. How are"), Segment(start=4, end=9, text="you? Fine.")])
    >>> [(s.text, s.start) for s in sentences(t)]
    [('Hello there.', 0.0), ('How are you?', 0.0), ('Fine.', 4.0)]
    """
    result: list[Sentence] = []
    pending, pending_start, pending_speaker = "", 0.0, None
    for segment in transcript.segments:
        parts = _SENTENCE_END.split(segment.text.strip())
        for position, part in enumerate(parts):
            if not pending:
                pending_start, pending_speaker = segment.start, segment.speaker
            pending = f"{pending} {part}".strip()
            complete = position < len(parts) - 1 or part.rstrip().endswith((".", "!", "?"))
            if complete:
                result.append(Sentence(pending, pending_start, pending_speaker, len(result)))
                pending = ""
    if pending:
        result.append(Sentence(pending, pending_start, pending_speaker, len(result)))
    return result


def content_words(text: str) -> list[str]:
    """Lower-case words that carry meaning.

    >>> content_words("The MLOps community has grown, and it's huge.")
    ['mlops', 'community', 'grown', 'huge']
    """
    return [w for w in _TOKEN.findall(text.lower()) if w not in STOPWORDS and len(w) > 2]


def rank(items: list[Sentence]) -> list[tuple[float, Sentence]]:
    """Sentences scored by how central their words are to the whole text (a TF-IDF centroid)."""
    documents = [Counter(content_words(s.text)) for s in items]
    frequency = Counter(word for doc in documents for word in doc)
    total = len(documents) or 1
    weights = {w: c * math.log(1 + total / c) for w, c in frequency.items()}
    scored = []
    for sentence, doc in zip(items, documents):
        words = sum(doc.values())
        if words < 6:  # short sentences are greetings and fillers, never the gist
            continue
        score = sum(weights[w] for w in doc) / (words ** 0.5)
        scored.append((score, sentence))
    return sorted(scored, key=lambda pair: pair[0], reverse=True)


def summarise(items: list[Sentence], count: int = 3) -> str:
    """The ``count`` most central sentences, in the order they were spoken."""
    best = sorted((s for _, s in rank(items)[:count]), key=lambda s: s.index)
    return " ".join(s.text for s in best)


def questions(items: list[Sentence], hosts: list[str] = (), limit: int = 3) -> list[str]:
    """Substantive questions, hosts' first (they steer the conversation), in the order asked."""
    asked = [s for s in items if s.text.endswith("?") and len(content_words(s.text)) >= 3]
    host_set = set(hosts)
    by_host = [s for s in asked if s.speaker in host_set]
    chosen = (by_host + [s for s in asked if s not in by_host])[:limit]
    return [s.text for s in sorted(chosen, key=lambda s: s.index)]
