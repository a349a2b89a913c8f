"""Times written as captions, pages and notes show them, and a transcript cut into timed paragraphs:
shared by the transcript formats, the show notes and the web pages."""

from __future__ import annotations

from dataclasses import dataclass

from tasks.models import Transcript

PARAGRAPH_SECONDS = 45.0


def clock(seconds: float, separator: str = ".", hours: bool = True) -> str:
    """A caption timestamp.

    >>> clock(3725.5)
    '01:02:05.500'
    >>> clock(5.25, ",")
    '00:00:05,250'
    >>> clock(75, hours=False)
    '01:15.000'
    """
    millis = int(round(max(seconds, 0.0) * 1000))
    h, rest = divmod(millis, 3_600_000)
    m, rest = divmod(rest, 60_000)
    s, ms = divmod(rest, 1000)
    head = f"{h:02d}:" if hours or h else ""
    return f"{head}{m:02d}:{s:02d}{separator}{ms:03d}"


def hms(seconds: float) -> str:
    """``HH:MM:SS``, as the seed transcript's 'Starting point is' lines.

    >>> hms(75.9)
    '00:01:15'
    """
    return clock(int(seconds)).split(".")[0]


def iso_duration(seconds: float) -> str:
    """A ``<time datetime>`` value for an offset into the episode.

    >>> iso_duration(3725.5)
    'PT1H2M5.5S'
    >>> iso_duration(0)
    'PT0S'
    """
    h, rest = divmod(round(max(seconds, 0.0), 3), 3600)
    m, s = divmod(rest, 60)
    parts = [f"{int(h)}H" if h else "", f"{int(m)}M" if m else "", f"{s:g}S" if s or not (h or m) else ""]
    return "PT" + "".join(parts)


@dataclass(frozen=True)
class Paragraph:
    start: float
    speaker: str | None
    text: str


def paragraphs(transcript: Transcript) -> list[Paragraph]:
    """Segments gathered into paragraphs: a new one on a change of speaker or every ~45 s."""
    result: list[Paragraph] = []
    start, speaker, texts = 0.0, None, []
    for segment in transcript.segments:
        if texts and (segment.speaker != speaker or segment.start - start >= PARAGRAPH_SECONDS):
            result.append(Paragraph(start, speaker, " ".join(texts)))
            texts = []
        if not texts:
            start, speaker = segment.start, segment.speaker
        texts.append(segment.text.strip())
    if texts:
        result.append(Paragraph(start, speaker, " ".join(texts)))
    return result
