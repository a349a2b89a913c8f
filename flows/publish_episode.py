"""One episode, end to end: raw audio and a few lines of metadata in, a published feed out."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from prefect import flow, get_run_logger
from pydantic import Field

from flows import stages
from flows.locks import feed_lock
from tasks.models import EpisodeInput, EpisodeType, Person, PublishedEpisode, Show, load_show


@flow(name="publish-episode", log_prints=True)
def publish_episode(episode: EpisodeInput, show: Show) -> PublishedEpisode:
    logger = get_run_logger()
    stages.preflight(show, episode)
    # The notes' language model loads on the core that fetching and decoding leave idle.
    language_model = stages.load_language_model.submit()
    source = stages.fetch_audio(episode)
    decoded = stages.decode_audio(episode, source)
    # Encoding the MP3 (ffmpeg) and transcribing (Whisper) need only the decoded audio: run together.
    mastering = stages.master_audio.submit(show, episode, decoded)
    # Opus (when the show asks) is encoded from the master: it waits for the master, not for recognition.
    encoding = stages.encode_renditions.submit(show, episode, mastering)
    transcript = stages.transcribe(show, episode, decoded)
    audio = mastering.result()
    logger.info("Audio: %.0f s at %.1f LUFS, %d bytes", audio.duration, audio.loudness_lufs, audio.bytes)
    alternates = encoding.result()

    language_model.wait()
    notes = stages.write_notes(show, episode, transcript)
    clips = stages.make_clips(show, episode, audio, transcript, notes)  # soundbites as videos, when the show asks
    bundle = stages.assemble_episode(show, episode, audio, transcript, notes, alternates, clips)

    # The order is the safety: media first, then the index, the feed last, old files after that.
    stages.upload_media(show, bundle)
    with feed_lock(show):
        replaced = stages.update_index(show, bundle.record, keep_pub_date=episode.publish_at is None)
        index = stages.publish_feed(show)
    stages.notify_apps(show)  # the feed is live: now tell the apps
    if replaced is not None:
        stages.remove_files(show, sorted(set(replaced.files) - set(bundle.record.files)))

    logger.info("Published %r: %s", episode.title, show.feed_url)
    return PublishedEpisode(record=bundle.record, feed_url=show.feed_url, episode_count=len(index.episodes))


@flow(name="publish-episode-form", log_prints=True)
def publish_episode_form(
    title: str,
    audio: str,
    show_file: str = "seeds/show.yaml",
    publish_at: datetime | None = None,
    description: str | None = None,
    guests: list[Person] = [],  # noqa: B006 (Prefect validates a copy; the UI needs a plain default)
    tags: list[str] = [],  # noqa: B006
    season: Annotated[int, Field(ge=1)] | None = None,
    episode: Annotated[int, Field(ge=1)] | None = None,
    episode_type: EpisodeType = EpisodeType.full,
    explicit: bool | None = None,
    slug: str | None = None,
    store: str | None = None,
) -> PublishedEpisode:
    """Publish one episode by hand from the Prefect UI: the form's fields are episode.yaml's.

    Args:
        title: The episode's title, as listeners will see it.
        audio: The audio: a path on the worker, an http(s) URL or an s3://bucket/key URI; any format ffmpeg reads.
        show_file: Path of the show's show.yaml on the worker.
        publish_at: When the episode is dated, with a timezone. Empty: now.
        description: The notes' summary. Empty: written from the transcript.
        guests: The guests, with affiliation and links. Empty: found in the introductions.
        tags: Tags for the episode, added to those found in it.
        season: Season number (1 or more), if the show has seasons.
        episode: Episode number (1 or more).
        episode_type: full, trailer or bonus.
        explicit: Explicit content. Empty: the show's setting.
        slug: The URL name of the episode. Empty: made from the title.
        store: Publish somewhere else than the show's store: file://DIR or s3://bucket/prefix.
    """
    show = load_show(show_file, store=store)
    fields = dict(title=title, audio=audio, publish_at=publish_at, description=description, guests=guests,
                  tags=tags, season=season, episode=episode, episode_type=episode_type, explicit=explicit,
                  slug=slug)
    item = EpisodeInput.model_validate({k: v for k, v in fields.items() if v is not None})
    return publish_episode(episode=item, show=show)
