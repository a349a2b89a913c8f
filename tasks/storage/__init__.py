"""Stores: where published files live. Only this package knows about boto3 and store paths."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

from tasks.storage.base import PreconditionFailed, Store, StoreError, Versioned
from tasks.storage.local import LocalStore
from tasks.storage.s3 import S3Store


def open_store(url: str, base: Path | None = None) -> Store:
    """``file://DIR`` (relative to ``base``) or ``s3://bucket/prefix``."""
    if url.startswith("file://"):
        path = Path(url.removeprefix("file://"))
        if not path.is_absolute() and base is not None:
            path = base / path
        return LocalStore(path)
    if url.startswith("s3://"):
        parts = urlsplit(url)
        return S3Store(parts.netloc, parts.path)
    raise StoreError(f"store {url!r}: must be file://DIR or s3://bucket/prefix")


__all__ = ["LocalStore", "PreconditionFailed", "S3Store", "Store", "StoreError", "Versioned", "open_store"]
