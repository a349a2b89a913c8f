"""The publish order, which is what keeps a feed from ever pointing at something missing:
media → transcripts, chapters, notes → index → feed last.

The index and the feed are written with compare-and-swap (S3 ``If-Match``/``If-None-Match``, a lock
on the local store), so two runs publishing at once both land.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from tasks.models import EpisodeRecord, Index
from tasks.storage.base import PreconditionFailed, Store
from tasks.storage.layout import FEED_KEY, INDEX_KEY

MAX_ATTEMPTS = 50  # a compare-and-swap retries only when another run won; each retry makes progress


def upload_files(store: Store, files: dict[str, Path]) -> list[str]:
    """Upload ``{key: path}``; media already present at its content-addressed key is skipped."""
    uploaded = []
    for key, path in files.items():
        if "/" in key and store.size(key) == path.stat().st_size and _immutable(key):
            continue
        store.put_file(key, path)
        uploaded.append(key)
    return uploaded


def _immutable(key: str) -> bool:
    return key.endswith((".mp3", ".m4a", ".opus", ".mp4", ".png", ".jpg", ".jpeg"))


def guid_clash(index: Index, guid: str, slug: str) -> str | None:
    """The slug of another episode that already has ``guid``: each episode needs its own, and an
    episode published again under its own slug keeps it."""
    return next((e.slug for e in index.episodes if e.guid == guid and e.slug != slug), None)


def insert_episode(index: Index, record: EpisodeRecord, keep_pub_date: bool) -> tuple[Index, EpisodeRecord | None]:
    """The index with ``record`` in, replacing the episode of the same GUID or slug, and the record it
    replaced. With ``keep_pub_date``, a replaced episode keeps its date: a re-run without ``publish_at``
    must not move the episode to the top of the feed."""
    replaced = next((e for e in index.episodes if e.guid == record.guid or e.slug == record.slug), None)
    if keep_pub_date and replaced is not None:
        record = record.model_copy(update={"pub_date": replaced.pub_date})
    return index.upsert(record), replaced


def remove_episode(index: Index, slug: str) -> tuple[Index, EpisodeRecord | None]:
    """The index without the episode ``slug``, and that episode's record (None when it was not there)."""
    removed = next((e for e in index.episodes if e.slug == slug), None)
    return Index(episodes=[e for e in index.episodes if e.slug != slug]), removed


def write_pages(store: Store, pages: dict[str, bytes], archive_prefix: str) -> None:
    """Every page but the main feed (which links to them, so it is written after, by ``publish_feed``),
    then the archive pages of a longer archive, under ``archive_prefix``, removed."""
    for key, data in pages.items():
        if key != FEED_KEY:
            store.put_bytes(key, data)
    for key in store.keys(archive_prefix):
        if key not in pages:
            store.delete(key)


def read_index(store: Store) -> tuple[Index, str | None]:
    current = store.get(INDEX_KEY)
    if current is None:
        return Index(), None
    return Index.from_json(current.data, f"{store.url}/{INDEX_KEY}"), current.etag


def commit_index(store: Store, change: Callable[[Index], Index]) -> Index:
    """Apply ``change`` to the newest index and write it, retrying when another run wrote first."""
    for _ in range(MAX_ATTEMPTS):
        index, etag = read_index(store)
        updated = change(index)
        try:
            store.put_bytes(INDEX_KEY, updated.to_json(), if_match=etag, if_absent=etag is None)
            return updated
        except PreconditionFailed:
            continue
    # Another run kept winning: a race, so the task is retried later rather than failed as bad input.
    raise PreconditionFailed(f"{store.url}/{INDEX_KEY}: gave up after {MAX_ATTEMPTS} conflicting writes")


def publish_feed(store: Store, build: Callable[[Index], bytes]) -> Index:
    """Write the feed built from the newest index; rebuild if the index moved while writing.

    Whoever commits the index last also writes the feed last from that very index, so concurrent
    runs converge on a feed that lists every episode in the index.
    """
    for _ in range(MAX_ATTEMPTS):
        index, etag = read_index(store)
        store.put_bytes(FEED_KEY, build(index))
        if store.get(INDEX_KEY) is None or read_index(store)[1] == etag:
            return index
    raise PreconditionFailed(f"{store.url}/{FEED_KEY}: the index kept changing while the feed was written")
