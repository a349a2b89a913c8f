"""The pipeline's stages as Prefect tasks: thin wrappers that add retries, caching, names, artifacts
and progress to the plain functions in ``tasks/``.

One name per stage: task ``write-notes`` is the function ``write_notes`` here, which calls the plain
function it wraps (here ``tasks.notes.write_notes``). The rules themselves live in ``tasks/``.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from datetime import timedelta
from pathlib import Path

from prefect import get_run_logger, task
from prefect.artifacts import (
    create_link_artifact,
    create_markdown_artifact,
    create_progress_artifact,
    create_table_artifact,
    update_progress_artifact,
)
from prefect.cache_policies import NO_CACHE

import tasks.assemble
import tasks.audio
import tasks.clips
import tasks.notes
import tasks.notes.entities
import tasks.renditions
from tasks import workdir
from tasks.assemble import EpisodeBundle, image_url
from tasks.errors import is_transient
from tasks.feed.build import build_feed_pages
from tasks.feed.items import ITEMS
from tasks.feed.paging import ARCHIVE_PREFIX, page_key
from tasks.feed.validate import Report, require_valid, valid_index
from tasks.models import (
    Clip,
    ConfigError,
    DecodedAudio,
    EpisodeInput,
    EpisodeRecord,
    Index,
    PreparedAudio,
    Rendition,
    Show,
    ShowNotes,
    Transcript,
)
from tasks.notes import expected_names
from tasks.notify import markdown as notify_markdown
from tasks.notify import notify_feed_changed
from tasks.preflight import check_episode
from tasks.progress import combined, track
from tasks.site import SHOW_PAGE_KEY, STYLESHEET_KEY, show_page, stylesheet
from tasks.storage import open_store, publishing
from tasks.storage.layout import FEED_KEY
from tasks.storage.source import fetch_source
from tasks.transcription import transcribe_audio

RETRY_DELAYS_VARIABLE = "CASTFLOW_RETRY_DELAYS"
WORKDIR_VARIABLE = "CASTFLOW_WORKDIR"


def transient(task, task_run, state) -> bool:
    """Retry what may pass next time (a network, a server); never a mistake in the input."""
    try:
        state.result()
    except Exception as error:  # the taxonomy decides, not this list
        return is_transient(error)
    return False


def network_retries() -> dict:
    """Prefect retries for the stages that talk to a network: one per delay in CASTFLOW_RETRY_DELAYS.

    Read when the tasks are built (at import), so tests shorten the waits through the environment
    rather than by patching the tasks; an empty value turns the retries off.
    """
    text = os.environ.get(RETRY_DELAYS_VARIABLE, "2,10,30")
    try:
        delays = [float(d) for d in text.split(",") if d.strip()]
    except ValueError:
        raise ConfigError(f"{RETRY_DELAYS_VARIABLE}={text!r}: must be seconds separated by commas, "
                          "e.g. 2,10,30") from None
    return dict(retries=len(delays), retry_delay_seconds=delays, retry_condition_fn=transient)


NETWORK_RETRIES = network_retries()
# Bump when transcription output changes for the same audio and options, to invalidate caches.
TRANSCRIPT_CACHE_VERSION = "1"


def workdir_root() -> Path:
    """The worker's setting, read here with the other environment: tasks/workdir.py lays the folder out."""
    return Path(os.environ.get(WORKDIR_VARIABLE, str(workdir.DEFAULT_ROOT)))


def workdir_for(episode: EpisodeInput) -> Path:
    return workdir.episode_workdir(workdir_root(), episode.resolved_slug)


def item_cache_file(show: Show) -> Path:
    return workdir.item_cache_file(workdir_root(), show.feed_url)


def artifact_key(*parts: str) -> str:
    """Prefect artifact keys allow lower-case letters, digits and dashes only.

    >>> artifact_key("show-notes", "2x27 How_The ML")
    'show-notes-2x27-how-the-ml'
    """
    return re.sub(r"[^a-z0-9]+", "-", "-".join(parts).lower()).strip("-")[:100]


@task(name="preflight", cache_policy=NO_CACHE, **NETWORK_RETRIES)
def preflight(show: Show, episode: EpisodeInput) -> None:
    """Refuse, before anything is uploaded, what would fail later: bad cover art, a GUID in use."""
    check_episode(show, episode)


@task(name="fetch-audio", cache_policy=NO_CACHE, **NETWORK_RETRIES)
def fetch_audio(episode: EpisodeInput) -> Path:
    return fetch_source(episode.audio, workdir_for(episode))


@task(name="decode-audio", cache_policy=NO_CACHE)
def decode_audio(episode: EpisodeInput, source: Path) -> DecodedAudio:
    return tasks.audio.decode_audio(source, workdir_for(episode), progress=track("Decoding"))


@task(name="master-audio", cache_policy=NO_CACHE)
def master_audio(show: Show, episode: EpisodeInput, decoded: DecodedAudio) -> PreparedAudio:
    return tasks.audio.master_audio(decoded, workdir_for(episode), tasks.audio.id3_tags(show, episode),
                                    progress=track("Mastering"))


@task(name="encode-renditions", cache_policy=NO_CACHE)
def encode_renditions(show: Show, episode: EpisodeInput, audio: PreparedAudio) -> list[Rendition]:
    """The show's alternate_encodings (Opus), from the mastered MP3; none unless configured."""
    return tasks.renditions.encode_renditions(audio, show.alternate_encodings, workdir_for(episode))


def transcript_cache_key(context, parameters) -> str:
    """Same audio (by content), same engine, model, options and names → same transcript.

    A path is not a content hash: the key uses the source audio's SHA-256.
    """
    show: Show = parameters["show"]
    audio: DecodedAudio = parameters["decoded"]
    options = show.transcription.model_dump_json()
    names = json.dumps([expected_names(show, parameters["episode"]), show.glossary])
    digest = hashlib.sha256(f"{TRANSCRIPT_CACHE_VERSION}|{options}|{names}".encode()).hexdigest()[:16]
    return f"transcript-{audio.source_sha256}-{digest}"


@task(name="transcribe", cache_key_fn=transcript_cache_key, persist_result=True,
      cache_expiration=timedelta(days=30))
def transcribe(show: Show, episode: EpisodeInput, decoded: DecodedAudio) -> Transcript:
    artifact = create_progress_artifact(0.0, description=f"Transcribing {episode.title}")
    last = [0.0]

    def report(fraction: float) -> None:
        # Every 5%: each update is an API call, and an hour has hundreds of segments.
        if fraction - last[0] >= 0.05 or fraction >= 1.0:
            last[0] = fraction
            update_progress_artifact(artifact, round(fraction * 100, 1))

    return transcribe_audio(decoded.asr_wav, show.transcription, expected_names(show, episode), show.glossary,
                            progress=combined(report, track("Recognition")), hosts=[h.name for h in show.hosts])


@task(name="load-language-model", cache_policy=NO_CACHE)
def load_language_model() -> bool:
    """spaCy's pipeline, loaded once per process before write-notes needs it; False when it is not installed.

    Importing and loading it costs about 3 CPU-s (spaCy imports torch through thinc). Submitted while ffmpeg
    decodes the source on one core, it takes the other core instead of adding to the flow's time.
    """
    return tasks.notes.entities.available()


@task(name="write-notes", cache_policy=NO_CACHE)
def write_notes(show: Show, episode: EpisodeInput, transcript: Transcript) -> ShowNotes:
    written = tasks.notes.write_notes(show, episode, transcript)
    slug = episode.resolved_slug
    create_markdown_artifact(key=artifact_key("show-notes", slug), markdown=written.markdown,
                             description=f"Show notes of {episode.title}")
    rows = (
        [{"kind": "guest", "value": g.name} for g in written.guests]
        + [{"kind": "host", "value": h.name} for h in written.hosts]
        + [{"kind": "company", "value": c.name} for c in written.companies]
        + [{"kind": "tag", "value": t} for t in written.tags]
        + [{"kind": "chapter", "value": f"{c.start:.0f}s {c.title}"} for c in written.chapters]
    )
    create_table_artifact(rows, key=artifact_key("extracted", slug),
                          description=f"Guests, companies, tags and chapters of {episode.title}")
    return written


@task(name="make-clips", cache_policy=NO_CACHE)
def make_clips(show: Show, episode: EpisodeInput, audio: PreparedAudio, transcript: Transcript,
               written: ShowNotes) -> list[tuple[Clip, dict[str, Path]]]:
    """Each soundbite as square and vertical videos; none unless the show sets ``clips: true``."""
    return tasks.clips.episode_clips(show, episode, audio, transcript, written, workdir_for(episode))


@task(name="assemble-episode", cache_policy=NO_CACHE)
def assemble_episode(show: Show, episode: EpisodeInput, audio: PreparedAudio, transcript: Transcript,
                     written: ShowNotes, alternates: list[Rendition] = [],  # noqa: B006 (never mutated)
                     clips: list[tuple[Clip, dict[str, Path]]] = []) -> EpisodeBundle:  # noqa: B006
    return tasks.assemble.assemble_episode(show, episode, audio, transcript, written, workdir_for(episode),
                                           alternates, clips)


@task(name="upload-media", cache_policy=NO_CACHE, **NETWORK_RETRIES)
def upload_media(show: Show, bundle: EpisodeBundle) -> list[str]:
    return publishing.upload_files(open_store(show.store), bundle.files)


@task(name="update-index", cache_policy=NO_CACHE, **NETWORK_RETRIES)
def update_index(show: Show, record: EpisodeRecord, keep_pub_date: bool) -> EpisodeRecord | None:
    """Insert or replace the episode; returns the record it replaced, if any."""
    ITEMS.load(item_cache_file(show))
    cover = image_url(show, show.image)[0]
    replaced: list[EpisodeRecord | None] = [None]

    def change(index: Index) -> Index:
        updated, replaced[0] = publishing.insert_episode(index, record, keep_pub_date)
        return valid_index(show, updated, cover)

    publishing.commit_index(open_store(show.store), change)
    return replaced[0]


@task(name="add-to-index", cache_policy=NO_CACHE, **NETWORK_RETRIES)
def add_to_index(show: Show, records: list[EpisodeRecord]) -> Index:
    """Insert or replace many episodes in one commit (a back catalogue)."""
    ITEMS.load(item_cache_file(show))
    cover = image_url(show, show.image)[0]

    def change(index: Index) -> Index:
        for record in records:
            index, _ = publishing.insert_episode(index, record, keep_pub_date=False)
        return valid_index(show, index, cover)

    return publishing.commit_index(open_store(show.store), change)


@task(name="remove-from-index", cache_policy=NO_CACHE, **NETWORK_RETRIES)
def remove_from_index(show: Show, slug: str) -> EpisodeRecord | None:
    """Take the episode out; returns its record, or None when it was not in the index."""
    ITEMS.load(item_cache_file(show))
    cover = image_url(show, show.image)[0]
    removed: list[EpisodeRecord | None] = [None]

    def change(index: Index) -> Index:
        updated, removed[0] = publishing.remove_episode(index, slug)
        return valid_index(show, updated, cover)

    publishing.commit_index(open_store(show.store), change)
    return removed[0]


@task(name="publish-feed", cache_policy=NO_CACHE, **NETWORK_RETRIES)
def publish_feed(show: Show) -> Index:
    """Show assets and pages, archive pages, then the main feed, last."""
    store = open_store(show.store)
    cover, uploads = image_url(show, show.image)
    publishing.upload_files(store, {**uploads, STYLESHEET_KEY: stylesheet()})
    reports: list[Report] = []

    def build(index: Index) -> bytes:
        pages = build_feed_pages(show, index, cover)
        reports.append(require_valid(pages[FEED_KEY]))
        publishing.write_pages(store, pages, ARCHIVE_PREFIX)
        store.put_bytes(SHOW_PAGE_KEY, show_page(show, index, cover).encode())
        return pages[page_key(1)]

    ITEMS.load(item_cache_file(show))
    index = publishing.publish_feed(store, build)
    ITEMS.save(item_cache_file(show))
    key = artifact_key("feed", show.podcast_guid[:8])
    create_link_artifact(show.feed_url, link_text=f"{show.title} feed ({len(index.episodes)} episodes)",
                         key=key, description="The published feed")
    create_markdown_artifact(reports[-1].markdown(), key=f"{key}-validation",
                             description="Apple / PSP-1 checks of the published feed")
    return index


@task(name="remove-files", cache_policy=NO_CACHE, **NETWORK_RETRIES)
def remove_files(show: Show, keys: list[str]) -> list[str]:
    """Delete files the feed no longer points at: only after the feed has moved on."""
    store = open_store(show.store)
    for key in keys:
        store.delete(key)
    return keys


@task(name="notify-apps", cache_policy=NO_CACHE)
def notify_apps(show: Show) -> int:
    """Tell the configured hubs and apps the feed changed; returns how many were told.

    Runs after the feed is written, and never fails the flow: the feed is live either way.
    """
    options = show.notify
    if not options.enabled:
        return 0
    logger = get_run_logger()
    # The token is read here, where the flow's environment is, and handed on; it is never logged.
    token = os.environ.get(options.podping_token_env) if options.podping_url else None
    try:
        outcomes = notify_feed_changed(show.feed_url, options, token, show.medium)
    except Exception as error:  # a notification never fails a publish
        logger.warning("Update notifications not sent: %s", type(error).__name__)
        return 0
    for outcome in outcomes:
        if outcome.ok:
            logger.info("Told %s (%s) the feed changed", outcome.target, outcome.endpoint)
        else:
            logger.warning("Could not tell %s (%s) the feed changed: %s; the feed is published all the same",
                           outcome.target, outcome.endpoint, outcome.detail)
    create_markdown_artifact(notify_markdown(show.feed_url, outcomes),
                             key=artifact_key("notify", show.podcast_guid[:8]),
                             description="Update notifications after the feed changed")
    return sum(outcome.ok for outcome in outcomes)
