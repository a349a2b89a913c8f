"""Take an episode out of the feed, then remove its files once the feed no longer points at them."""

from __future__ import annotations

from prefect import flow, get_run_logger

from flows import stages
from flows.locks import feed_lock
from tasks.models import Show
from tasks.storage.base import StoreError


@flow(name="unpublish-episode", log_prints=True)
def unpublish_episode(slug: str, show: Show) -> list[str]:
    with feed_lock(show):
        removed = stages.remove_from_index(show, slug)
        if removed is None:
            raise StoreError(f"{show.store}: no episode with slug {slug!r} in the index")
        stages.publish_feed(show)
    stages.notify_apps(show)
    deleted = stages.remove_files(show, removed.files)
    get_run_logger().info("Unpublished %r; %d files removed", removed.title, len(deleted))
    return deleted
