"""Fetching an episode's source audio from wherever ``episode.yaml`` says it is.

A source that is not there (no such file, HTTP 404, no such S3 key) is a mistake in the input and
is never retried; a server that fails or does not answer may do better next time, and is retried.
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlsplit

import httpx

from tasks.errors import SourceMissing, SourceUnavailable

# Answers that mean "no such thing here" rather than "not now": retrying them cannot help.
MISSING_STATUSES = {400, 401, 403, 404, 405, 410, 414, 451}


def fetch_source(location: str, workdir: Path) -> Path:
    """A local path to the audio: the file itself, or a download of a URL or ``s3://`` object."""
    workdir.mkdir(parents=True, exist_ok=True)
    if location.startswith("s3://"):
        from tasks.storage.s3 import S3Store

        parts = urlsplit(location)
        key = parts.path.lstrip("/")
        name = Path(key).name or "source"
        return S3Store(parts.netloc).download(key, workdir / f"source-{name}")
    if re.match(r"^https?://", location):
        return _download(location, workdir / f"source-{Path(urlsplit(location).path).name or 'source'}")
    path = Path(location)
    if not path.is_file():
        raise SourceMissing(f"{location}: audio file not found")
    return path


def _download(url: str, target: Path) -> Path:
    try:
        with httpx.stream("GET", url, follow_redirects=True, timeout=60) as response:
            if response.is_error:
                # httpx's own message adds a second line (a documentation link); this one names the answer.
                kind = SourceMissing if response.status_code in MISSING_STATUSES else SourceUnavailable
                raise kind(f"{url}: download failed (HTTP {response.status_code} {response.reason_phrase})")
            with target.open("wb") as handle:
                for chunk in response.iter_bytes(1 << 20):
                    handle.write(chunk)
    except httpx.HTTPError as error:
        raise SourceUnavailable(f"{url}: download failed ({type(error).__name__}: {error})") from None
    return target
