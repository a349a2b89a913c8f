"""Chapters: where the conversation changes topic, with a title for each part.

A TextTiling segmentation: the word overlap between the sentences before and after each sentence
boundary, smoothed; boundaries sit in the deepest valleys, moved onto the question that opens the new
topic when one is asked nearby. The closing ("before we go, where can people find you?") becomes its
own chapter. Each chapter is titled by the keyphrases that set it apart from the rest of the episode.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter

from tasks.models import Chapter
from tasks.notes.keyphrases import distinctive, title_case
from tasks.notes.sentences import Sentence, opens_topic, stems, topic_words
from tasks.notes.summary import joined_topics

WINDOW = 6  # sentences on each side of a candidate boundary
SECONDS_PER_CHAPTER = 360.0
MAX_CHAPTERS = 12
TITLE_CHARS = 60
MIN_EPISODE_SECONDS = 120.0
INTRODUCTIONS = "Introductions"
WRAP_UP = "Wrap-up"

_INTRODUCING = re.compile(
    r"\b(?:welcome|I'm [A-Z]|I am [A-Z]|my name is|our guests?|joined by|joining (?:me|us)|introduce)", re.IGNORECASE)
_CLOSING = re.compile(
    r"\b(?:before we (?:go|wrap|close|finish)|"
    r"where can (?:people|listeners|folks|our listeners) (?:find|connect|follow|reach)|"
    r"how can (?:people|listeners|folks) (?:find|connect|follow|reach)|"
    r"that's (?:all|it) for (?:today|this (?:week|episode))|"
    r"thanks? (?:you )?(?:so much |very much )?(?:all )?for (?:joining|listening|being (?:here|on))|"
    r"(?:thank you|thanks),? (?:everyone|everybody) for)",
    re.IGNORECASE,
)


def _cosine(a: Counter, b: Counter) -> float:
    dot = sum(a[w] * b[w] for w in a.keys() & b.keys())
    norm = math.sqrt(sum(v * v for v in a.values())) * math.sqrt(sum(v * v for v in b.values()))
    return dot / norm if norm else 0.0


def depth_scores(similarities: list[float]) -> list[float]:
    """How deep each gap's valley is: the climb to the nearest peak on each side, added.

    >>> [round(d, 2) for d in depth_scores([0.5, 0.2, 0.6, 0.6, 0.1, 0.4])]
    [0.0, 0.7, 0.0, 0.0, 0.8, 0.0]
    """
    depths = []
    for i, value in enumerate(similarities):
        left = value
        for j in range(i - 1, -1, -1):
            if similarities[j] < left:
                break
            left = similarities[j]
        right = value
        for j in range(i + 1, len(similarities)):
            if similarities[j] < right:
                break
            right = similarities[j]
        depths.append(left - value + right - value)
    return depths


def _gap_similarities(items: list[Sentence]) -> list[float]:
    """Similarity across the gap before each sentence (index 0 has none: 1.0), lightly smoothed."""
    bags = [Counter(topic_words(s.text)) for s in items]
    raw = [1.0]
    for i in range(1, len(items)):
        before = sum(bags[max(0, i - WINDOW):i], Counter())
        after = sum(bags[i:i + WINDOW], Counter())
        raw.append(_cosine(before, after))
    return [raw[0]] + [sum(raw[max(1, i - 1):i + 2]) / len(raw[max(1, i - 1):i + 2]) for i in range(1, len(raw))]


def _closing_start(items: list[Sentence], duration: float, min_length: float) -> int | None:
    """The sentence where the episode starts to close, when it does so in its last fifth."""
    for sentence in items:
        if sentence.start >= duration * 0.8 and sentence.start >= min_length and _CLOSING.search(sentence.text):
            return sentence.index
    return None


def _boundaries(items: list[Sentence], duration: float) -> tuple[list[int], int | None]:
    wanted = (0 if duration < MIN_EPISODE_SECONDS
              else min(MAX_CHAPTERS - 1, max(1, int(duration // SECONDS_PER_CHAPTER))))
    if not wanted or len(items) < 4:
        return [], None
    min_length = max(45.0, duration / (wanted * 2.5))
    similarities = _gap_similarities(items)
    depths = depth_scores(similarities)
    closing = _closing_start(items, duration, min_length)
    chosen: list[int] = [closing] if closing is not None else []

    def fits(i: int) -> bool:
        start = items[i].start
        return (start >= min_length and (closing is None or i < closing) and duration - start >= min_length * 0.5
                and all(abs(items[c].start - start) >= min_length for c in chosen))

    for _, i in sorted(((d, i) for i, d in enumerate(depths) if i > 0 and d > 0), reverse=True):
        if len(chosen) >= wanted:
            break
        # A new topic usually opens with a question: move the cut onto one asked just around it.
        nearby = [j for j in range(max(1, i - 3), min(len(items), i + 3)) if opens_topic(items[j].text)]
        for j in sorted(nearby, key=lambda j: (abs(j - i), j)) + [i]:
            if fits(j):
                chosen.append(j)
                break
    return sorted(set(chosen)), closing


def _shorten(title: str) -> str:
    if len(title) > TITLE_CHARS:
        title = title[:TITLE_CHARS].rsplit(" ", 1)[0].rstrip(",;:") + "…"
    return title


def _titles(parts: list[list[Sentence]], exclude: set[str], topical=None) -> list[str]:
    phrases = distinctive([[s.text for s in part] for part in parts], limit=8, exclude=exclude)
    titles, used = [], set()
    for part, options in zip(parts, phrases, strict=True):
        # A title is a topic in a few plain words: noun phrases only, at most five words in all.
        options = [p for p in options if topical is None or topical(p)][:3]
        options = [p for p in options if p.lower() not in used] or options
        # "Local Town and Town Halls" is one phrase said ("local town halls"), "Code Base and Signature
        # Code" says one word twice: the one phrase, or the next topic that shares no word with the first.
        options = joined_topics(options, " ".join(s.text for s in part))
        if len(options) > 1:
            first = stems(options[0])
            options = [options[0], *[p for p in options[1:] if not stems(p) & first]]
        if len(options) > 1 and len((options[0] + " " + options[1]).split()) > 5:
            options = options[:1]
        if not options:
            titles.append("")
            continue
        pair = options[:2]
        used.update(p.lower() for p in pair)
        titles.append(_shorten(title_case(" and ".join(pair))))
    return titles


def find_chapters(
    items: list[Sentence],
    duration: float,
    first_title: str = INTRODUCTIONS,
    exclude: set[str] = frozenset(),
    topical=None,
) -> list[Chapter]:
    """Chapters in ascending start time; the first always starts at 0.

    ``exclude`` holds lower-case words no title may use (people's names, the show's title);
    ``topical``, when given, says which phrases may title a chapter.
    """
    if not items or duration < MIN_EPISODE_SECONDS:
        return []  # a clip this short needs no chapters
    cuts, closing = _boundaries(items, duration)
    bounds = [0, *cuts, len(items)]
    parts = [items[begin:end] for begin, end in zip(bounds, bounds[1:], strict=False)]
    titles = _titles(parts, exclude, topical)
    chapters = []
    for number, (part, title) in enumerate(zip(parts, titles, strict=False)):
        opening = " ".join(s.text for s in part[:12])
        if number == 0 and _INTRODUCING.search(opening):
            title = first_title if len(parts) > 1 or not title else f"{first_title}: {title}"
        elif closing is not None and part[0].index == closing:
            title = WRAP_UP
        start = 0.0 if number == 0 else round(part[0].start, 1)
        chapters.append(Chapter(start=start, title=_shorten(title or f"Part {number + 1}")))
    return chapters


def chapters_json(chapters: list[Chapter], title: str | None = None) -> str:
    """Podcasting 2.0 chapters (``application/json+chapters``, version 1.2.0).

    >>> print(chapters_json([Chapter(start=0, title="Intro")]))
    {"version": "1.2.0", "chapters": [{"startTime": 0.0, "title": "Intro"}]}
    """
    document: dict = {"version": "1.2.0", "chapters": [
        {"startTime": round(c.start, 3), "title": c.title} for c in sorted(chapters, key=lambda c: c.start)
    ]}
    if title:
        document["title"] = title
    return json.dumps(document, ensure_ascii=False)
