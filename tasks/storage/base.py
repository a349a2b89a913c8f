"""The one small interface every store implements, and the rules for keys in it."""

from __future__ import annotations

import re
from abc import ABC, abstractmethod
from dataclasses import dataclass
from pathlib import Path

from tasks.errors import PreconditionFailed, StoreError  # noqa: F401  (PreconditionFailed: re-exported from here)
from tasks.media_types import content_type_for
from tasks.models import FEED_KEY, INDEX_KEY

# Per object type: the feed and index change, media never does (its key holds its hash).
CACHE_CONTROL = {
    "feed": "public, max-age=300",
    "index": "no-cache",
    "media": "public, max-age=31536000, immutable",
    "page": "public, max-age=300",
    "default": "public, max-age=3600",
}
_SAFE_KEY = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*(/[A-Za-z0-9][A-Za-z0-9._-]*)*$")


def check_key(key: str) -> str:
    """Keys stay inside the store: no absolute paths, no ``..``, no odd characters.

    >>> check_key("episodes/2x27/transcript.vtt")
    'episodes/2x27/transcript.vtt'
    >>> check_key("../etc/passwd")  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    ...
    tasks.storage.base.StoreError: unsafe store key '../etc/passwd'
    """
    if not _SAFE_KEY.match(key) or ".." in key.split("/"):
        raise StoreError(f"unsafe store key {key!r}")
    return key


def cache_control_for(key: str) -> str:
    if key.endswith((FEED_KEY, ".rss")):
        return CACHE_CONTROL["feed"]
    if key.endswith(INDEX_KEY):
        return CACHE_CONTROL["index"]
    if key.endswith((".mp3", ".m4a", ".png", ".jpg", ".jpeg")):
        return CACHE_CONTROL["media"]
    if key.endswith(".html"):
        return CACHE_CONTROL["page"]
    return CACHE_CONTROL["default"]


@dataclass(frozen=True)
class Versioned:
    """An object's bytes and the tag a conditional write compares against."""

    data: bytes
    etag: str


class Store(ABC):
    """A place published files live, addressed by keys like ``episodes/<slug>/audio.mp3``."""

    url: str

    @abstractmethod
    def put_file(self, key: str, path: Path) -> None: ...

    @abstractmethod
    def put_bytes(self, key: str, data: bytes, *, if_match: str | None = None,
                  if_absent: bool = False) -> str:
        """Write; with ``if_match``/``if_absent`` only if the object is unchanged/missing. Returns the ETag."""

    @abstractmethod
    def get(self, key: str) -> Versioned | None: ...

    @abstractmethod
    def size(self, key: str) -> int | None:
        """Bytes of the object, or None when it does not exist."""

    @abstractmethod
    def delete(self, key: str) -> None: ...

    @abstractmethod
    def keys(self, prefix: str = "") -> list[str]: ...

    def require_conditional_writes(self) -> None:  # noqa: B027 (a no-op by default: most stores honour conditions)
        """Raise ConditionalWritesUnsupported where ``put_bytes``' conditions would be ignored."""

    @staticmethod
    def headers_for(key: str) -> tuple[str, str]:
        return content_type_for(key), cache_control_for(key)
