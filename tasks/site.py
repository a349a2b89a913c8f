"""The podcast's static web pages: one per episode and the show's front page.

Pages are rendered from the Jinja2 templates ``episode.html.j2`` and ``show.html.j2`` (a show may
override either, and ``style.css`` is shared). Everything a page loads comes from the store itself:
the stylesheet, the waveform picture, the audio. No CDN, no web font, no tracker.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote

import lxml.html
from markupsafe import Markup, escape

from tasks import waveform
from tasks.models import EpisodeRecord, Index, Person, PreparedAudio, Show, Transcript
from tasks.sanitize import sanitize_html
from tasks.storage.layout import episode_prefix
from tasks.templating import TEMPLATES, environment
from tasks.timecodes import iso_duration as transcript_time
from tasks.timecodes import paragraphs

STYLESHEET_KEY = "style.css"
SHOW_PAGE_KEY = "index.html"

TRANSCRIPT_LABELS = {
    "text/vtt": "WebVTT",
    "application/x-subrip": "SRT",
    "application/json": "JSON",
    "text/plain": "Text",
    "text/html": "HTML",
}

# Notes sections the page draws from the record's own fields, richer than the notes' HTML can be:
# chapters become seek buttons, people get their roles and links, tags a list. The notes' copies
# are left out so nothing shows twice. Matched by heading text, so a show template that renames a
# heading keeps its own copy (shown twice, never lost).
_STRUCTURED_SECTIONS = {"chapters": "chapters", "guests and hosts": "people", "tags": "tags"}


def podcast_scheme(feed_url: str) -> str:
    """The ``podcast://`` link most podcast apps register for.

    >>> podcast_scheme("https://example.com/feed.xml")
    'podcast://example.com/feed.xml'
    """
    return re.sub(r"^https?://", "podcast://", feed_url)


def iso_duration(seconds: float) -> str:
    """An ISO 8601 duration in whole seconds, as schema.org's ``timeRequired`` wants.

    >>> iso_duration(178.4)
    'PT2M58S'
    >>> iso_duration(3725)
    'PT1H2M5S'
    >>> iso_duration(7200)
    'PT2H'
    >>> iso_duration(0)
    'PT0S'
    """
    return transcript_time(round(seconds))


def human_duration(seconds: float) -> str:
    """A duration as people say it.

    >>> human_duration(45), human_duration(178.4), human_duration(3725), human_duration(7200)
    ('45 s', '3 min', '1 h 2 min', '2 h')
    """
    if seconds < 60:
        return f"{max(0, round(seconds))} s"
    minutes = round(seconds / 60)
    hours, minutes = divmod(minutes, 60)
    if not hours:
        return f"{minutes} min"
    return f"{hours} h {minutes} min" if minutes else f"{hours} h"


def human_bytes(size: int) -> str:
    """A file size for a download link.

    >>> human_bytes(2498348), human_bytes(900), human_bytes(123456789)
    ('2.5 MB', '1 KB', '123 MB')
    """
    if size >= 100_000_000:
        return f"{size / 1_000_000:.0f} MB"
    if size >= 1_000_000:
        return f"{size / 1_000_000:.1f} MB"
    return f"{max(1, round(size / 1000))} KB"


def safe_url(url: str) -> str:
    """A URL with the characters HTML's URL rules forbid (spaces, quotes, ``<``, non-ASCII) percent-encoded.

    Links come from show.yaml and episode.yaml, where people paste what their browser shows.

    >>> safe_url("https://example.com/a b?q=<ü>&x=1#top")
    'https://example.com/a%20b?q=%3C%C3%BC%3E&x=1#top'
    """
    return quote(url, safe="!#$%&'()*+,/:;=?@[]~")


def seconds(value: float) -> str:
    """A time for ``data-seek`` and ``#t=``: plain decimal seconds, to the millisecond.

    >>> seconds(0.0), seconds(30), seconds(127.5184), seconds(10800.25)
    ('0', '30', '127.518', '10800.25')
    """
    return f"{max(0.0, value):.3f}".rstrip("0").rstrip(".")


def long_date(moment: datetime) -> str:
    """The date as the seed page writes it, without platform-specific ``strftime`` flags.

    >>> long_date(datetime(2021, 7, 6, 9))
    'July 6, 2021'
    """
    return f"{moment:%B} {moment.day}, {moment.year}"


def json_for_script(data: Any) -> Markup:
    """JSON that is safe inside ``<script type="application/ld+json">``.

    HTML ends a script element at the first ``</script``, whatever the JSON means, so ``<``, ``>``
    and ``&`` are written as JSON's own ``\\u`` escapes: the data reads back unchanged.

    >>> print(json_for_script({"name": "</script><b>&"}))
    {"name": "\\u003c/script\\u003e\\u003cb\\u003e\\u0026"}
    >>> json.loads(json_for_script({"name": "</script>"}))["name"]
    '</script>'
    """
    text = json.dumps(data, ensure_ascii=False, separators=(", ", ": "))
    for char, escaped in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"),
                          ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(char, escaped)
    return Markup(text)


@dataclass(frozen=True)
class NotesSection:
    """A part of the show notes: a heading (``None`` for the opening summary) and its HTML."""

    heading: str | None
    html: Markup

    @property
    def key(self) -> str:
        return (self.heading or "").lower()


def _bold_label(paragraph) -> str | None:
    """The text of the bold run a ``<p>`` opens with, if it opens with one."""
    if paragraph.tag != "p" or (paragraph.text or "").strip() or not len(paragraph):
        return None
    first = paragraph[0]
    label = first.text_content().strip() if first.tag in ("strong", "b") else ""
    return label or None


def notes_sections(html: str) -> list[NotesSection]:
    """The notes split at their bold one-line headings, so the page can give them real headings.

    The notes are written for podcast apps, which render only a few tags: a section title there is a
    paragraph holding nothing but bold text (``<p><strong>Companies Mentioned</strong></p>``), or a
    bold label opening a paragraph (``<p><strong>Tags:</strong> a, b</p>``). The HTML is sanitized
    again first: the index is data, and the page must not trust it more than the feed does.

    >>> sections = notes_sections('<p>Summary.</p><p><strong>Questions</strong></p><ol><li>Why?</li></ol>'
    ...                           '<p><strong>Tags:</strong> a, b</p><script>x()</script>')
    >>> [(s.heading, str(s.html)) for s in sections]
    [(None, '<p>Summary.</p>'), ('Questions', '<ol><li>Why?</li></ol>'), ('Tags', '<p>a, b</p>')]
    """
    clean = sanitize_html(html).strip()
    if not clean:
        return []
    sections: list[tuple[str | None, list[str]]] = [(None, [])]
    for item in lxml.html.fragments_fromstring(clean):
        if isinstance(item, str):  # text before the first element
            sections[-1][1].append(str(escape(item)))
            continue
        tail, item.tail = item.tail, None
        label = _bold_label(item)
        heading = label.rstrip(":").strip() if label else None
        if heading and len(item) == 1 and not (item[0].tail or "").strip():
            sections.append((heading, []))
        elif heading and label.endswith(":"):
            first = item[0]
            item.text = (first.tail or "").lstrip()
            first.tail = None
            item.remove(first)
            sections.append((heading, [lxml.html.tostring(item, encoding="unicode")]))
        else:
            sections[-1][1].append(lxml.html.tostring(item, encoding="unicode"))
        if tail and tail.strip():
            sections[-1][1].append(str(escape(tail)))
    return [NotesSection(heading, Markup("".join(parts).strip()))
            for heading, parts in sections if heading is not None or "".join(parts).strip()]


@dataclass(frozen=True)
class EpisodeImages:
    """The waveform strip shown on the page (a name beside the page) and the social card (a URL)."""

    strip: str | None = None
    strip_size: tuple[int, int] = waveform.STRIP_SIZE
    card_url: str | None = None
    card_size: tuple[int, int] = waveform.CARD_SIZE


def episode_number(record: EpisodeRecord) -> str:
    """``Season 2, Episode 27``, or as much of it as the record has.

    >>> from tasks.models import AudioFile
    >>> record = EpisodeRecord(guid="g", title="t", slug="s", pub_date=datetime(2021, 7, 6),
    ...                        audio=AudioFile(url="u", bytes=1, duration=1), audio_sha256="h",
    ...                        season=2, episode=27)
    >>> episode_number(record), episode_number(record.model_copy(update={"season": None}))
    ('Season 2, Episode 27', 'Episode 27')
    """
    parts = []
    if record.season:
        parts.append(f"Season {record.season}")
    if record.episode:
        parts.append(f"Episode {record.episode}")
    kind = getattr(record.episode_type, "value", record.episode_type)
    if kind and kind != "full":
        parts.append(str(kind).capitalize())
    return ", ".join(parts)


def people(record: EpisodeRecord) -> list[Person]:
    """Guests, then hosts, each once (a host may also be listed among the guests)."""
    seen: set[str] = set()
    result = []
    for person in [*record.guests, *record.hosts]:
        if person.name.casefold() not in seen:
            seen.add(person.name.casefold())
            result.append(person)
    return result


def episode_jsonld(show: Show, record: EpisodeRecord, images: EpisodeImages | None = None) -> dict[str, Any]:
    """schema.org ``PodcastEpisode`` data for search engines and link previews."""
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "PodcastEpisode",
        "name": record.title,
        "url": record.link or show.public_url(episode_prefix(record.slug)),
        "datePublished": record.pub_date.isoformat(),
        "description": record.summary or record.description,
        "timeRequired": iso_duration(record.audio.duration),
        "associatedMedia": {
            "@type": "MediaObject",
            "contentUrl": record.audio.url,
            "encodingFormat": record.audio.type,
            "contentSize": str(record.audio.bytes),
            "duration": iso_duration(record.audio.duration),
        },
        "partOfSeries": {"@type": "PodcastSeries", "name": show.title, "url": show.website},
    }
    if record.episode:
        data["episodeNumber"] = record.episode
    if record.season:
        data["partOfSeason"] = {"@type": "PodcastSeason", "seasonNumber": record.season}
    image = (images.card_url if images else None) or record.image
    if image:
        data["image"] = image
    if record.tags:
        data["keywords"] = ", ".join(record.tags)
    contributors = [{"@type": "Person", "name": p.name, **({"sameAs": [a.url for a in p.links]} if p.links else {})}
                    for p in people(record)]
    if contributors:
        data["contributor"] = contributors
    return data


def show_jsonld(show: Show, image_url: str | None) -> dict[str, Any]:
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "PodcastSeries",
        "name": show.title,
        "url": show.website,
        "description": show.description,
        "webFeed": show.feed_url,
        "author": {"@type": "Organization", "name": show.author},
        "inLanguage": show.language,
    }
    if image_url:
        data["image"] = image_url
    return data


def _environment(show: Show):
    env = environment(show.source_dir / "templates" if show.source_dir else None)
    env.filters.update(podcast_scheme=podcast_scheme, iso_duration=iso_duration, human_duration=human_duration,
                       human_bytes=human_bytes, long_date=long_date, safe_url=safe_url, seconds=seconds)
    return env


def episode_page(show: Show, record: EpisodeRecord, transcript: Transcript,
                 images: EpisodeImages | None = None) -> str:
    """The episode's page, ``episodes/<slug>/index.html``."""
    images = images or EpisodeImages()
    everyone = people(record)
    present = {"chapters": bool(record.chapters), "people": bool(everyone), "tags": bool(record.tags)}
    sections = [s for s in notes_sections(record.content_html)
                if not present.get(_STRUCTURED_SECTIONS.get(s.key, ""), False)]
    transcript_links = [
        {"url": link.url, "label": TRANSCRIPT_LABELS.get(link.type, link.url.rsplit(".", 1)[-1].upper()),
         "type": link.type}
        for link in record.transcripts
    ]
    return _environment(show).get_template("episode.html.j2").render(
        show=show, record=record, images=images,
        lead=[s for s in sections if s.heading is None],
        sections=[s for s in sections if s.heading is not None],
        people=everyone, paragraphs=paragraphs(transcript), transcript_links=transcript_links,
        number=episode_number(record), jsonld=json_for_script(episode_jsonld(show, record, images)),
        description=record.summary or record.description or show.description,
    )


def episode_images(show: Show, record: EpisodeRecord, audio: PreparedAudio,
                   workdir: Path) -> tuple[EpisodeImages, dict[str, Path]]:
    """The waveform strip and social card, drawn from the decoded audio, and their uploads."""
    prefix = episode_prefix(record.slug)
    levels = waveform.measure(audio.asr_wav)
    strip = waveform.draw_strip(levels, workdir / "waveform.png")
    meta = " · ".join(filter(None, [episode_number(record), long_date(record.pub_date),
                                    human_duration(record.audio.duration)]))
    card = waveform.draw_card(levels, workdir / "card.png", record.title, show.title, meta)
    strip_name, card_name = waveform.content_name(strip, "waveform"), waveform.content_name(card, "card")
    images = EpisodeImages(strip=strip_name, card_url=show.public_url(f"{prefix}{card_name}"))
    return images, {f"{prefix}{strip_name}": strip, f"{prefix}{card_name}": card}


def episode_page_files(show: Show, record: EpisodeRecord, transcript: Transcript, audio: PreparedAudio,
                       workdir: Path) -> dict[str, Path]:
    """The episode's web page and the pictures it shows, as ``{store key: local file}`` to upload."""
    workdir.mkdir(parents=True, exist_ok=True)
    images, files = episode_images(show, record, audio, workdir)
    page = workdir / "index.html"
    page.write_text(episode_page(show, record, transcript, images), encoding="utf-8")
    return {f"{episode_prefix(record.slug)}index.html": page, **files}


def show_page(show: Show, index: Index, image_url: str | None) -> str:
    """The show's front page, ``index.html``: a pure function of the index, like the feed."""
    episodes = sorted(index.episodes, key=lambda e: e.pub_date, reverse=True)
    return _environment(show).get_template("show.html.j2").render(
        show=show, index=index, episodes=episodes, image_url=image_url,
        jsonld=json_for_script(show_jsonld(show, image_url)), number=episode_number,
    )


def stylesheet() -> Path:
    """The one stylesheet every page links to, uploaded as ``style.css``."""
    return TEMPLATES / "style.css"
