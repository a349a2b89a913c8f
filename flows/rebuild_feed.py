"""Rebuild the feed and the show's pages from the index, the source of truth."""

from __future__ import annotations

from prefect import flow

from flows import stages
from flows.locks import feed_lock
from tasks.models import load_show


@flow(name="rebuild-feed", log_prints=True)
def rebuild_feed(show_file: str = "seeds/show.yaml", store: str | None = None) -> int:
    """Returns the number of episodes in the rebuilt feed."""
    show = load_show(show_file, store=store)
    with feed_lock(show):
        index = stages.publish_feed(show)
    stages.notify_apps(show)
    return len(index.episodes)
