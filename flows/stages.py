"""The pipeline's stages as Prefect tasks: thin wrappers that add retries, names and artifacts to
the plain functions in ``tasks/``."""

from __future__ import annotations

import os
import re
from pathlib import Path

from prefect import task
from prefect.artifacts import create_markdown_artifact
from prefect.cache_policies import NO_CACHE

from tasks.assemble import EpisodeBundle, assemble_episode
from tasks.audio import prepare_audio, sha256_file
from tasks.feed.build import build_feed
from tasks.models import EpisodeInput, EpisodeRecord, Index, PreparedAudio, Show, ShowNotes, Transcript
from tasks.notes import expected_names, write_notes
from tasks.site import SHOW_PAGE_KEY, STYLESHEET_KEY, show_page, stylesheet
from tasks.storage import open_store
from tasks.storage.layout import cover_key
from tasks.storage.publishing import commit_index, publish_feed as publish_feed_from_index, upload_files
from tasks.storage.source import fetch_source
from tasks.transcription import transcribe_audio

NETWORK_RETRIES = dict(retries=3, retry_delay_seconds=[2, 10, 30])


def workdir_for(slug: str) -> Path:
    return Path(os.environ.get("CASTFLOW_WORKDIR", ".castflow/work")) / slug


@task(name="fetch-audio", cache_policy=NO_CACHE, **NETWORK_RETRIES)
def fetch_audio(episode: EpisodeInput) -> Path:
    return fetch_source(episode.audio, workdir_for(episode.resolved_slug))


@task(name="prepare-audio", cache_policy=NO_CACHE)
def prepare(show: Show, episode: EpisodeInput, source: Path) -> PreparedAudio:
    date = (episode.publish_at.date().isoformat() if episode.publish_at else "")
    cover = episode.image or show.image
    return prepare_audio(
        source, workdir_for(episode.resolved_slug), title=episode.title, artist=show.author,
        album=show.title, date=date, comment=episode.description or "", track=episode.episode,
        cover=Path(cover) if cover and not re.match(r"^https?://", cover) else None,
    )


@task(name="transcribe", cache_policy=NO_CACHE)
def transcribe(show: Show, episode: EpisodeInput, audio: PreparedAudio) -> Transcript:
    return transcribe_audio(audio.asr_wav, show.transcription, expected_names(show, episode), show.glossary)


@task(name="write-notes", cache_policy=NO_CACHE)
def notes(show: Show, episode: EpisodeInput, transcript: Transcript) -> ShowNotes:
    written = write_notes(show, episode, transcript)
    create_markdown_artifact(key=f"show-notes-{episode.resolved_slug}"[:100], markdown=written.markdown,
                             description=f"Show notes of {episode.title}")
    return written


def image_url(show: Show, image: str | None) -> tuple[str | None, dict[str, Path]]:
    """The public URL of a show or episode image, and the upload it needs when it is a local file."""
    if not image:
        return None, {}
    if re.match(r"^https?://", image):
        return image, {}
    path = Path(image)
    key = cover_key(sha256_file(path), path.suffix)
    return f"{show.base_url}/{key}", {key: path}


@task(name="assemble-episode", cache_policy=NO_CACHE)
def assemble(show: Show, episode: EpisodeInput, audio: PreparedAudio, transcript: Transcript,
             written: ShowNotes) -> EpisodeBundle:
    url, uploads = image_url(show, episode.image)
    bundle = assemble_episode(show, episode, audio, transcript, written,
                              workdir_for(episode.resolved_slug), url)
    bundle.files.update(uploads)
    return bundle


@task(name="upload-media", cache_policy=NO_CACHE, **NETWORK_RETRIES)
def upload_media(show: Show, bundle: EpisodeBundle) -> list[str]:
    return upload_files(open_store(show.store), bundle.files)


@task(name="update-index", cache_policy=NO_CACHE, **NETWORK_RETRIES)
def update_index(show: Show, record: EpisodeRecord, keep_pub_date: bool) -> tuple[Index, EpisodeRecord | None]:
    """Insert or replace the episode; returns the new index and the record it replaced."""
    replaced: list[EpisodeRecord] = []

    def change(index: Index) -> Index:
        replaced[:] = [e for e in index.episodes if e.guid == record.guid or e.slug == record.slug]
        updated = record
        if keep_pub_date and replaced:
            # A re-run without publish_at must not move the episode to the top of the feed.
            updated = record.model_copy(update={"pub_date": replaced[0].pub_date})
        return index.upsert(updated)

    index = commit_index(open_store(show.store), change)
    return index, (replaced[0] if replaced else None)


@task(name="publish-feed", cache_policy=NO_CACHE, **NETWORK_RETRIES)
def publish_feed(show: Show) -> Index:
    """Show assets and front page, then the feed, last."""
    store = open_store(show.store)
    cover, uploads = image_url(show, show.image)
    upload_files(store, {**uploads, STYLESHEET_KEY: stylesheet()})

    def build(index: Index) -> bytes:
        store.put_bytes(SHOW_PAGE_KEY, show_page(show, index, cover).encode())
        return build_feed(show, index, cover)

    return publish_feed_from_index(store, build)


@task(name="remove-replaced-files", cache_policy=NO_CACHE, **NETWORK_RETRIES)
def remove_replaced(show: Show, old: EpisodeRecord | None, new: EpisodeRecord) -> list[str]:
    """Delete what an edit replaced, only now that the feed no longer points at it."""
    if old is None:
        return []
    store = open_store(show.store)
    gone = sorted(set(old.files) - set(new.files))
    for key in gone:
        store.delete(key)
    return gone
