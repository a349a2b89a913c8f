"""A transcript written out in every format podcast apps and web pages read.

WebVTT and SRT are captions: short cues of at most two lines, the speaker as a WebVTT voice
(``<v Name>``) or an SRT ``Name:`` prefix. The Podcasting 2.0 JSON keeps whole segments with their
words. The HTML is the Podcasting 2.0 shape (``<cite>``, ``<time>``, ``<p>`` per paragraph) in a
small standalone document. The plain text follows the seed page: paragraphs that each open with
``Starting point is HH:MM:SS``.
"""

from __future__ import annotations

import html
import json
import textwrap
from dataclasses import dataclass

from tasks.models import Segment, Transcript, Word
from tasks.timecodes import clock, hms, iso_duration, paragraphs

CAPTION_LINE_CHARS = 42  # two lines of 42 stay readable on a phone; well under the ~65 ceiling
CAPTION_LINES = 2  # what two_lines() makes at most
CAPTION_MAX_SECONDS = 7.0

MIME_TYPES = {
    "vtt": "text/vtt",
    "srt": "application/x-subrip",
    "json": "application/json",
    "txt": "text/plain",
    "html": "text/html",
}


@dataclass(frozen=True)
class Cue:
    start: float
    end: float
    text: str
    speaker: str | None = None


def two_lines(text: str, width: int = CAPTION_LINE_CHARS) -> list[str] | None:
    """``text`` as one line, or two balanced lines of at most ``width`` characters; None if it needs more.

    Balanced, so a cue never ends on an orphan word ("... brings in / experts").

    >>> two_lines("Each episode brings in experts in enterprise infrastructure to discuss")
    ['Each episode brings in experts in', 'enterprise infrastructure to discuss']
    >>> two_lines("short"), two_lines("x " * 50) is None
    (['short'], True)
    """
    if len(text) <= width:
        return [text]
    spaces = [i for i, c in enumerate(text) if c == " "]
    fitting = [i for i in spaces if i <= width and len(text) - i - 1 <= width]
    if not fitting:
        return None
    cut = min(fitting, key=lambda i: abs(i - (len(text) - i - 1)))
    return [text[:cut], text[cut + 1:]]


def _label(segment: Segment) -> str:
    # SRT prints the speaker before the words; VTT's <v> tag is not shown but leaves the same room.
    return f"{segment.speaker}: " if segment.speaker else ""


def _split_segment(segment: Segment) -> list[Cue]:
    """Cut a segment into cues of at most two lines, timed by its words where it has them."""
    label = _label(segment)
    if two_lines(label + segment.text) and segment.end - segment.start <= CAPTION_MAX_SECONDS:
        return [Cue(segment.start, segment.end, segment.text, segment.speaker)]
    units = segment.words or [Word(start=segment.start, end=segment.end, word=w) for w in segment.text.split()]
    timed = bool(segment.words)
    groups: list[list[Word]] = [[]]
    for word in units:
        current = groups[-1]
        candidate = " ".join([*(w.word for w in current), word.word])
        too_long = two_lines(label + candidate) is None \
            or (timed and current and word.end - current[0].start > CAPTION_MAX_SECONDS)
        if current and too_long:
            groups.append([])
        groups[-1].append(word)
    if (len(groups) > 1 and len(groups[-1]) == 1
            and two_lines(label + " ".join(w.word for w in groups[-2] + groups[-1]))):
        groups[-2:] = [groups[-2] + groups[-1]]  # no cue of one orphan word
    if timed:
        return [Cue(g[0].start, g[-1].end, " ".join(w.word for w in g), segment.speaker) for g in groups]
    # No word timings: share the segment's time among the cues by their length.
    texts = [" ".join(w.word for w in g) for g in groups]
    total = sum(len(t) for t in texts)
    result, start = [], segment.start
    for text in texts:
        end = start + (segment.end - segment.start) * len(text) / total
        result.append(Cue(start, end, text, segment.speaker))
        start = end
    return result


def cues(transcript: Transcript) -> list[Cue]:
    return [cue for segment in transcript.segments for cue in _split_segment(segment)]


def _caption_lines(text: str, escape=lambda line: line) -> str:
    # Wrapped before escaping: "&amp;" shows as one character on screen.
    return ("\n".join(escape(line) for line in (two_lines(text) or textwrap.wrap(text, CAPTION_LINE_CHARS)))
            or escape(text))


def _vtt_escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def to_vtt(transcript: Transcript) -> str:
    blocks = ["WEBVTT"]
    for cue in cues(transcript):
        body = _caption_lines(cue.text, _vtt_escape)
        if cue.speaker:
            body = f"<v {_vtt_escape(cue.speaker)}>{body}"
        blocks.append(f"{clock(cue.start)} --> {clock(cue.end)}\n{body}")
    return "\n\n".join(blocks) + "\n"


def to_srt(transcript: Transcript) -> str:
    blocks = []
    for number, cue in enumerate(cues(transcript), start=1):
        speaker = f"{cue.speaker}: " if cue.speaker else ""
        blocks.append(f"{number}\n{clock(cue.start, ',')} --> {clock(cue.end, ',')}\n"
                      f"{_caption_lines(speaker + cue.text)}")
    return "\n\n".join(blocks) + "\n"


def to_json(transcript: Transcript) -> str:
    """Podcasting 2.0 JSON transcript; word timings ride along in each segment."""
    segments = []
    for segment in transcript.segments:
        item: dict = {"startTime": segment.start, "endTime": segment.end, "body": segment.text}
        if segment.speaker:
            item["speaker"] = segment.speaker
        if segment.words:
            item["words"] = [{"startTime": w.start, "endTime": w.end, "body": w.word} for w in segment.words]
        segments.append(item)
    return json.dumps({"version": "1.0.0", "segments": segments}, ensure_ascii=False, indent=1) + "\n"


def to_text(transcript: Transcript) -> str:
    lines = []
    for paragraph in paragraphs(transcript):
        speaker = f"{paragraph.speaker}: " if paragraph.speaker else ""
        lines.append(f"Starting point is {hms(paragraph.start)} {speaker}{paragraph.text}")
    return "\n".join(lines) + "\n"


def to_html(transcript: Transcript) -> str:
    """A standalone page; its ``<article>`` is the fragment to embed in another page."""
    sections = []
    for paragraph in paragraphs(transcript):
        cite = f"<cite>{html.escape(paragraph.speaker)}:</cite>\n" if paragraph.speaker else ""
        sections.append(
            f'<section data-start="{paragraph.start:g}">\n{cite}'
            f'<time datetime="{iso_duration(paragraph.start)}">{hms(paragraph.start)}</time>\n'
            f"<p>{html.escape(paragraph.text, quote=False)}</p>\n</section>")
    language = html.escape(transcript.language or "en")
    return (f'<!DOCTYPE html>\n<html lang="{language}">\n<head>\n<meta charset="utf-8">\n'
            f"<title>Transcript</title>\n</head>\n<body>\n"
            f'<article class="transcript">\n' + "\n".join(sections) + "\n</article>\n</body>\n</html>\n")


WRITERS = {"vtt": to_vtt, "srt": to_srt, "json": to_json, "txt": to_text, "html": to_html}
