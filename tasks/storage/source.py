"""Fetching an episode's source audio from wherever ``episode.yaml`` says it is."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlsplit

import httpx

from tasks.storage.base import SourceError


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
        name = Path(urlsplit(location).path).name or "source"
        target = workdir / f"source-{name}"
        try:
            with httpx.stream("GET", location, follow_redirects=True, timeout=60) as response:
                response.raise_for_status()
                with target.open("wb") as handle:
                    for chunk in response.iter_bytes(1 << 20):
                        handle.write(chunk)
        except httpx.HTTPError as error:
            # httpx adds a second line (a link to MDN) to status errors; the CLI prints one line.
            raise SourceError(f"{location}: download failed ({str(error).splitlines()[0]})") from None
        return target
    path = Path(location)
    if not path.is_file():
        raise SourceError(f"{location}: audio file not found")
    return path

