"""Media types by file name: one table for the store's uploads and the local server's answers."""

from __future__ import annotations

import mimetypes
import os

from tasks.models import FEED_KEY

# Exact file names win over extensions: podcast apps sniff the feed and the
# Podcasting 2.0 chapters file by media type, not by name.
CONTENT_TYPES_BY_NAME = {
    FEED_KEY: "application/rss+xml; charset=utf-8",
    "chapters.json": "application/json+chapters",
}
CONTENT_TYPES_BY_SUFFIX = {
    ".chapters.json": "application/json+chapters",
    ".xml": "application/xml",
    ".rss": "application/rss+xml; charset=utf-8",
    ".mp3": "audio/mpeg",
    ".m4a": "audio/mp4",
    ".m4b": "audio/mp4",
    ".aac": "audio/aac",
    ".ogg": "audio/ogg",
    ".opus": "audio/ogg",
    ".wav": "audio/wav",
    ".flac": "audio/flac",
    ".mp4": "video/mp4",
    ".vtt": "text/vtt",
    ".srt": "application/x-subrip",
    ".json": "application/json",
    ".txt": "text/plain; charset=utf-8",
    ".html": "text/html; charset=utf-8",
    ".htm": "text/html; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".webp": "image/webp",
    ".svg": "image/svg+xml",
}
FALLBACK_CONTENT_TYPE = "application/octet-stream"


def content_type_for(path: str | os.PathLike[str]) -> str:
    """Media type podcast clients expect for ``path``, judged by its name.

    >>> content_type_for("show/feed.xml")
    'application/rss+xml; charset=utf-8'
    >>> content_type_for("ep1.chapters.json")
    'application/json+chapters'
    >>> content_type_for("EP1.MP3")
    'audio/mpeg'
    """
    name = os.path.basename(os.fspath(path)).lower()
    if name in CONTENT_TYPES_BY_NAME:
        return CONTENT_TYPES_BY_NAME[name]
    for suffix, content_type in CONTENT_TYPES_BY_SUFFIX.items():
        if name.endswith(suffix):
            return content_type
    guessed, _encoding = mimetypes.guess_type(name, strict=False)
    return guessed or FALLBACK_CONTENT_TYPE
