"""``podcast:soundbite``: the episode's most quotable stretch, for apps that preview or share it."""

from __future__ import annotations

from tasks.models import Soundbite
from tasks.notes.sentences import Sentence, rank

MIN_SECONDS = 15.0
MAX_SECONDS = 60.0


def pick_soundbite(items: list[Sentence], duration: float, skip_intro: float = 30.0) -> list[Soundbite]:
    """The best-ranked sentence after the introductions, extended with the sentences that follow it by
    the same speaker until it lasts at least 15 s (at most 60 s).

    >>> topics = ["feeds", "audio", "loudness", "transcripts", "chapters", "guests", "hosting", "apps"]
    >>> s = [Sentence(f"Publishers care about {t}, enclosures, listeners and directories.", i * 10.0, "A", i)
    ...      for i, t in enumerate(topics)]
    >>> bite = pick_soundbite(s, 80.0)[0]
    >>> bite.start >= 20 and 15 <= bite.duration <= 60
    True
    """
    ends = [later.start for later in items[1:]] + [duration]
    for _, sentence in rank(items):
        if sentence.start < min(skip_intro, duration / 4):
            continue
        last = sentence.index
        while (ends[last] - sentence.start < MIN_SECONDS and last + 1 < len(items)
               and items[last + 1].speaker == sentence.speaker):
            last += 1
        length = min(ends[last] - sentence.start, MAX_SECONDS)
        if length >= MIN_SECONDS:
            return [Soundbite(start=round(sentence.start, 1), duration=round(length, 1),
                              title=sentence.text[:120])]
    return []
