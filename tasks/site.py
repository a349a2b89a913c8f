"""The podcast's static web pages: one per episode and the show's front page."""

from __future__ import annotations

import re
from pathlib import Path

from tasks.models import EpisodeRecord, Index, PreparedAudio, Show, Transcript
from tasks.notes.render import TEMPLATES, environment
from tasks.storage.layout import episode_prefix
from tasks.transcription.formats import paragraphs

STYLESHEET_KEY = "style.css"
SHOW_PAGE_KEY = "index.html"


def podcast_scheme(feed_url: str) -> str:
    """The ``podcast://`` link most podcast apps register for.

    >>> podcast_scheme("https://example.com/feed.xml")
    'podcast://example.com/feed.xml'
    """
    return re.sub(r"^https?://", "podcast://", feed_url)


def _environment(show: Show):
    env = environment(show.source_dir / "templates" if show.source_dir else None)
    env.filters["podcast_scheme"] = podcast_scheme
    return env


def episode_page(show: Show, record: EpisodeRecord, transcript: Transcript) -> str:
    return _environment(show).get_template("episode.html.j2").render(
        show=show, record=record, paragraphs=paragraphs(transcript))


def episode_page_files(show: Show, record: EpisodeRecord, transcript: Transcript, audio: PreparedAudio,
                       workdir: Path) -> dict[str, Path]:
    """The episode's web page (and what it shows), as ``{store key: local file}`` to upload."""
    page = workdir / "index.html"
    page.write_text(episode_page(show, record, transcript), encoding="utf-8")
    return {f"{episode_prefix(record.slug)}index.html": page}


def show_page(show: Show, index: Index, image_url: str | None) -> str:
    return _environment(show).get_template("show.html.j2").render(show=show, index=index, image_url=image_url)


def stylesheet() -> Path:
    return TEMPLATES / "style.css"
