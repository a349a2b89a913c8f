"""Where each published file lives in a store. Media keys carry the file's hash: an edited file gets
a new URL, because Apple's player breaks when bytes change under a URL it has cached."""

from __future__ import annotations

# Re-exported, so that this module names every key of a store.
from tasks.models import FEED_KEY as FEED_KEY
from tasks.models import INDEX_KEY as INDEX_KEY


def episode_prefix(slug: str) -> str:
    return f"episodes/{slug}/"


def audio_key(slug: str, sha256: str, extension: str = "mp3") -> str:
    """The MP3's key, with the start of its SHA-256.

    >>> audio_key("2x27", "abcdef0123456789")
    'episodes/2x27/2x27-abcdef012345.mp3'
    """
    return f"{episode_prefix(slug)}{slug}-{sha256[:12]}.{extension}"


def transcript_key(slug: str, extension: str) -> str:
    return f"{episode_prefix(slug)}transcript.{extension}"


def chapters_key(slug: str) -> str:
    return f"{episode_prefix(slug)}chapters.json"


def notes_key(slug: str, extension: str) -> str:
    return f"{episode_prefix(slug)}notes.{extension}"


def cover_key(sha256: str, extension: str) -> str:
    return f"cover-{sha256[:12]}.{extension.lstrip('.').lower()}"


def clip_key(slug: str, number: int, shape: str, sha256: str) -> str:
    """A soundbite's video, content-addressed like the MP3.

    >>> clip_key("2x27", 1, "square", "abcdef0123456789")
    'episodes/2x27/clip-1-square-abcdef012345.mp4'
    """
    return f"{episode_prefix(slug)}clip-{number}-{shape}-{sha256[:12]}.mp4"
