"""Chapters: where the conversation changes topic, with a title for each part.

A small TextTiling: the word overlap between the sentences before and after each sentence boundary;
the deepest dips are topic changes. Chapters are kept at least a minute apart.
"""

from __future__ import annotations

import json
import math
from collections import Counter

from tasks.models import Chapter
from tasks.notes.sentences import Sentence, content_words

WINDOW = 6  # sentences on each side of a candidate boundary
MIN_CHAPTER_SECONDS = 60.0
SECONDS_PER_CHAPTER = 240.0
TITLE_CHARS = 60


def _cosine(a: Counter, b: Counter) -> float:
    dot = sum(a[w] * b[w] for w in a.keys() & b.keys())
    norm = math.sqrt(sum(v * v for v in a.values())) * math.sqrt(sum(v * v for v in b.values()))
    return dot / norm if norm else 0.0


def _boundaries(items: list[Sentence], duration: float) -> list[int]:
    bags = [Counter(content_words(s.text)) for s in items]
    gaps = []
    for i in range(1, len(items)):
        before = sum(bags[max(0, i - WINDOW):i], Counter())
        after = sum(bags[i:i + WINDOW], Counter())
        gaps.append((_cosine(before, after), i))
    wanted = max(1, int(duration // SECONDS_PER_CHAPTER))
    chosen: list[int] = []
    for _, i in sorted(gaps):
        start = items[i].start
        too_close = [c for c in chosen if abs(items[c].start - start) < MIN_CHAPTER_SECONDS]
        if start < MIN_CHAPTER_SECONDS or duration - start < MIN_CHAPTER_SECONDS or too_close:
            continue
        chosen.append(i)
        if len(chosen) >= wanted:
            break
    return sorted(chosen)


def _title(part: list[Sentence]) -> str:
    asked = [s.text for s in part if s.text.endswith("?") and len(content_words(s.text)) >= 3]
    if asked:
        title = asked[0]
    else:
        common = Counter(w for s in part for w in content_words(s.text)).most_common(3)
        title = ", ".join(w for w, _ in common).capitalize() or "Discussion"
    if len(title) > TITLE_CHARS:
        title = title[:TITLE_CHARS].rsplit(" ", 1)[0] + "…"
    return title


def find_chapters(items: list[Sentence], duration: float, first_title: str = "Introductions") -> list[Chapter]:
    """Chapters in ascending start time; the first always starts at 0."""
    if not items:
        return []
    cuts = [0, *_boundaries(items, duration), len(items)]
    chapters = []
    for number, (begin, end) in enumerate(zip(cuts, cuts[1:])):
        start = 0.0 if number == 0 else round(items[begin].start, 1)
        title = first_title if number == 0 else _title(items[begin:end])
        chapters.append(Chapter(start=start, title=title))
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
