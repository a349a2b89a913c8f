"""One publisher at a time per feed, with a Prefect global concurrency limit.

The store's compare-and-swap already keeps concurrent publishes from losing episodes; the limit
keeps them from wasting work on retries and makes the queue visible in the Prefect UI.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from prefect.client.orchestration import get_client
from prefect.client.schemas.actions import GlobalConcurrencyLimitCreate
from prefect.concurrency.sync import concurrency
from prefect.exceptions import ObjectAlreadyExists, ObjectNotFound

from tasks.models import Show


def feed_lock_name(show: Show) -> str:
    return f"castflow-feed-{show.podcast_guid[:8]}"


def _ensure_limit(name: str) -> None:
    with get_client(sync_client=True) as client:
        try:
            client.read_global_concurrency_limit_by_name(name)
        except ObjectNotFound:
            try:
                client.create_global_concurrency_limit(GlobalConcurrencyLimitCreate(name=name, limit=1))
            except ObjectAlreadyExists:
                pass  # another run created it first


@contextmanager
def feed_lock(show: Show) -> Iterator[None]:
    name = feed_lock_name(show)
    _ensure_limit(name)
    with concurrency(name, occupy=1, strict=True):
        yield
