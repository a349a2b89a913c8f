"""An inbox of episodes waiting to be published: a folder or an S3 prefix of episode folders, each
holding an ``episode.yaml`` and its audio."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Literal
from urllib.parse import urlsplit

from tasks.models import EpisodeInput, Index
from tasks.storage.base import StoreError

EPISODE_FILE = "episode.yaml"


@dataclass(frozen=True)
class InboxEntry:
    name: str  # the episode folder's name
    episode_file: Path  # a local copy of its episode.yaml
    audio_base: str  # where relative audio paths in it point: a folder or an s3:// prefix


def inbox_status(episode: EpisodeInput, index: Index, now: datetime) -> Literal["already", "waiting", "due"]:
    """``already`` published (its slug, or its given GUID, is in the index), ``waiting`` for its
    ``publish_at``, or ``due``: what the scheduled run does with an inbox episode."""
    if any(e.slug == episode.resolved_slug or (episode.guid and e.guid == episode.guid) for e in index.episodes):
        return "already"
    if episode.publish_at is not None and episode.publish_at > now:
        return "waiting"
    return "due"


def list_inbox(inbox: str, scratch: Path) -> list[InboxEntry]:
    """Episode folders in ``inbox`` (``DIR``, ``file://DIR`` or ``s3://bucket/prefix``), by name."""
    if inbox.startswith("s3://"):
        return _list_s3(inbox, scratch)
    root = Path(inbox.removeprefix("file://"))
    if not root.is_dir():
        raise StoreError(f"inbox {inbox}: not a folder")
    return [InboxEntry(folder.name, folder / EPISODE_FILE, str(folder))
            for folder in sorted(root.iterdir()) if (folder / EPISODE_FILE).is_file()]


def _list_s3(inbox: str, scratch: Path) -> list[InboxEntry]:
    from tasks.storage.s3 import S3Store

    parts = urlsplit(inbox)
    store = S3Store(parts.netloc, parts.path)
    entries = []
    for key in store.keys():
        folder, _, name = key.rpartition("/")
        if name != EPISODE_FILE or not folder or "/" in folder:
            continue  # only <prefix>/<episode folder>/episode.yaml
        local = scratch / folder / EPISODE_FILE
        local.parent.mkdir(parents=True, exist_ok=True)
        local.write_bytes(store.get(key).data)
        entries.append(InboxEntry(folder, local, f"{store.url}/{folder}"))
    return sorted(entries, key=lambda e: e.name)
