"""The scheduled run: publish every inbox episode whose time has come and that is not published yet.

Idempotent (a second run publishes nothing new) and isolated (one broken episode fails alone; the
others are published, and the run ends Failed naming it, so the schedule's owner hears of it).
"""

from __future__ import annotations

import tempfile
from datetime import UTC, datetime
from pathlib import Path

from prefect import flow, get_run_logger
from prefect.artifacts import create_table_artifact

from flows.publish_episode import publish_episode
from flows.stages import artifact_key
from tasks.errors import InboxFailures, failure_of
from tasks.models import ConfigError, load_episode, load_show
from tasks.storage import open_store
from tasks.storage.inbox import inbox_status, list_inbox
from tasks.storage.publishing import read_index


@flow(name="process-inbox", log_prints=True)
def process_inbox(inbox: str, show_file: str = "seeds/show.yaml", store: str | None = None,
                  now: datetime | None = None) -> dict[str, list[str]]:
    """Returns the episode folders ``published``, ``waiting`` (publish_at later), ``already`` published."""
    logger = get_run_logger()
    show = load_show(show_file, store=store)
    now = now or datetime.now(UTC)
    index, _ = read_index(open_store(show.store))
    outcome: dict[str, list[str]] = {"published": [], "waiting": [], "already": [], "failed": []}
    problems: list[str] = []
    errors: list[BaseException | None] = []

    with tempfile.TemporaryDirectory(prefix="castflow-inbox-") as scratch:
        for entry in list_inbox(inbox, Path(scratch)):
            try:
                episode = load_episode(entry.episode_file, audio_base=entry.audio_base)
            except ConfigError as error:
                outcome["failed"].append(entry.name)
                problems.append(f"{entry.name}: {error}")
                errors.append(error)
                logger.error("%s", error)
                continue
            status = inbox_status(episode, index, now)
            if status != "due":
                outcome[status].append(entry.name)
            else:
                state = publish_episode(episode=episode, show=show, return_state=True)
                if state.is_completed():
                    outcome["published"].append(entry.name)
                else:
                    outcome["failed"].append(entry.name)
                    problems.append(f"{entry.name}: {state.message}")
                    errors.append(failure_of(state))

    create_table_artifact([{"episode": name, "outcome": kind} for kind, names in outcome.items() for name in names],
                          key=artifact_key("inbox", show.podcast_guid[:8]), description=f"Inbox {inbox}")
    logger.info("Inbox %s: %s", inbox, {k: len(v) for k, v in outcome.items()})
    if problems:
        raise InboxFailures.of(problems, errors)
    return outcome
