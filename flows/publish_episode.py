"""One episode, end to end: raw audio and a few lines of metadata in, a published feed out."""

from __future__ import annotations

from prefect import flow, get_run_logger

from flows import stages
from tasks.models import EpisodeInput, PublishedEpisode, Show


@flow(name="publish-episode", log_prints=True)
def publish_episode(episode: EpisodeInput, show: Show) -> PublishedEpisode:
    logger = get_run_logger()
    source = stages.fetch_audio(episode)
    audio = stages.prepare(show, episode, source)
    logger.info("Audio: %.0f s at %.1f LUFS, %d bytes", audio.duration, audio.loudness_lufs, audio.bytes)

    transcript = stages.transcribe(show, episode, audio)
    notes = stages.notes(show, episode, transcript)
    bundle = stages.assemble(show, episode, audio, transcript, notes)

    # The order is the safety: media first, then the index, the feed last.
    stages.upload_media(show, bundle)
    index, replaced = stages.update_index(show, bundle.record, keep_pub_date=episode.publish_at is None)
    index = stages.publish_feed(show)
    stages.remove_replaced(show, replaced, bundle.record)

    logger.info("Published %r: %s", episode.title, show.feed_url)
    return PublishedEpisode(record=bundle.record, feed_url=show.feed_url, episode_count=len(index.episodes))
