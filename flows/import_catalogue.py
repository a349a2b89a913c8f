"""Import a back catalogue: many episodes fanned out stage by stage, one index commit and one feed
publish at the end.

Each stage is ``.map()``-ed over the episodes, so the task runner decides the parallelism: threads by
default, or a Dask cluster (``prefect-dask``) to spread transcription over processes or machines::

    from prefect_dask import DaskTaskRunner
    import_catalogue.with_options(task_runner=DaskTaskRunner(cluster_kwargs={"n_workers": 4}))(...)
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from prefect import flow, get_run_logger, unmapped

from flows import stages
from flows.locks import feed_lock
from tasks.errors import InboxFailures, failure_of
from tasks.models import ConfigError, EpisodeRecord, load_episode, load_show
from tasks.storage.inbox import list_inbox


@flow(name="import-catalogue", log_prints=True)
def import_catalogue(folder: str, show_file: str = "seeds/show.yaml", store: str | None = None) -> int:
    """Publish every episode folder of ``folder`` (or an s3:// prefix); returns the episodes in the feed."""
    logger = get_run_logger()
    show = load_show(show_file, store=store)
    problems: list[str] = []
    errors: list[BaseException | None] = []
    episodes = []
    with tempfile.TemporaryDirectory(prefix="castflow-import-") as scratch:
        for entry in list_inbox(folder, Path(scratch)):
            try:
                episodes.append(load_episode(entry.episode_file, audio_base=entry.audio_base))
            except ConfigError as error:
                problems.append(str(error))
                errors.append(error)

    sources = stages.fetch_audio.map(episodes)
    decoded = stages.decode_audio.map(episodes, sources)
    audio = stages.master_audio.map(unmapped(show), episodes, decoded)
    transcripts = stages.transcribe.map(unmapped(show), episodes, decoded)
    notes = stages.write_notes.map(unmapped(show), episodes, transcripts)
    alternates = stages.encode_renditions.map(unmapped(show), episodes, audio)
    clips = stages.make_clips.map(unmapped(show), episodes, audio, transcripts, notes)
    bundles = stages.assemble_episode.map(unmapped(show), episodes, audio, transcripts, notes, alternates, clips)
    uploads = stages.upload_media.map(unmapped(show), bundles)

    records: list[EpisodeRecord] = []
    for episode, bundle, upload in zip(episodes, bundles, uploads, strict=True):
        upload.wait()
        if upload.state.is_completed():
            records.append(bundle.result().record)
        else:
            problems.append(f"{episode.title}: {upload.state.message}")
            errors.append(failure_of(upload.state))

    with feed_lock(show):
        stages.add_to_index(show, records)
        count = len(stages.publish_feed(show).episodes)
    stages.notify_apps(show)
    logger.info("Imported %d episodes; %d in the feed", len(records), count)
    if problems:
        raise InboxFailures.of(problems, errors)
    return count
