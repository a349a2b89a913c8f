"""The ``feed_lock`` (flows/locks.py): a Prefect global concurrency limit of 1 per feed, on a real
Prefect server. Runs that write one feed's index and feed take turns; runs for different feeds do not
wait for each other. The store's compare-and-swap keeps concurrent runs correct without the lock
(tests/test_concurrent_publishing.py); what the lock adds is that they do not overlap, which is what
these tests measure: the start and end times of the locked stages, as the Prefect API recorded them.
"""

from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import yaml

from flows import stages
from flows.locks import feed_lock, feed_lock_name
from flows.publish_episode import publish_episode
from flows.rebuild_feed import rebuild_feed
from tasks.models import AudioFile, EpisodeRecord, load_episode, load_show
from tasks.storage import open_store

from .conftest import SEED_SHOW

HOLD_S = 3.0  # how long the test holds a lock; a run that ignored it would finish well within this


def intervals(flow_run_ids, task_name: str) -> list[tuple[datetime, datetime]]:
    """(start, end) of each run of ``task_name`` in these flow runs, from the Prefect API."""
    from prefect import get_client
    from prefect.client.schemas.filters import FlowRunFilter, FlowRunFilterId

    with get_client(sync_client=True) as client:
        runs = client.read_task_runs(flow_run_filter=FlowRunFilter(id=FlowRunFilterId(any_=list(flow_run_ids))))
    found = sorted((r.start_time, r.end_time) for r in runs if r.name.rsplit("-", 1)[0] == task_name)
    assert len(found) == len(flow_run_ids) and all(start and end for start, end in found), found
    return found


def other_show_file(tmp_path: Path) -> Path:
    """The seed show under another base URL: another feed, so another lock."""
    data = yaml.safe_load(SEED_SHOW.read_text())
    data.update(base_url="https://other.example.com/show", image=str(SEED_SHOW.parent / data["image"]))
    path = tmp_path / "other" / "show.yaml"
    path.parent.mkdir(parents=True)
    path.write_text(yaml.safe_dump(data))
    return path


def fill(show, count: int) -> None:
    """An index of ``count`` episodes, so that writing the feed takes a measurable while."""
    for number in range(count):
        stages.update_index.fn(show, EpisodeRecord(
            guid=f"lock-{number}", title=f"Lock {number}", slug=f"lock-{number}", audio_sha256="0" * 64,
            pub_date=datetime(2022, 1, 1, tzinfo=UTC) + timedelta(days=number),
            audio=AudioFile(url=f"{show.base_url}/lock-{number}.mp3", bytes=1000, duration=60.0)),
            keep_pub_date=False)


def start(target, *args, **kwargs) -> tuple[threading.Thread, dict]:
    outcome: dict = {}

    def run():
        try:
            outcome["result"] = target(*args, **kwargs)
        except BaseException as error:  # reported by the test
            outcome["error"] = error
        outcome["finished"] = datetime.now(UTC)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return thread, outcome


def test_the_lock_is_one_slot_per_feed(prefect_server, seed_show, tmp_path):
    other = load_show(other_show_file(tmp_path))
    assert feed_lock_name(seed_show) != feed_lock_name(other)
    held: list[tuple[str, float, float]] = []

    def hold(show):
        with feed_lock(show):
            began = time.monotonic()
            time.sleep(1.0)
            held.append((show.base_url, began, time.monotonic()))

    with ThreadPoolExecutor(4) as pool:
        list(pool.map(hold, [seed_show, seed_show, other, other]))
    for base_url in (seed_show.base_url, other.base_url):
        (_, a0, a1), (_, b0, b1) = sorted(h for h in held if h[0] == base_url)[:2]
        assert b0 >= a1, f"two holders of {base_url}'s lock overlapped by {a1 - b0:.2f} s"
    # Different feeds do not queue: while one feed's lock is held, the other's is taken. (Shown by events,
    # not by timing overlapping sleeps: under load, 1-s holds need not overlap even with two locks.)
    entered, release = threading.Event(), threading.Event()

    def hold_until_released():
        with feed_lock(seed_show):
            entered.set()
            release.wait(60)

    holder = threading.Thread(target=hold_until_released, daemon=True)
    holder.start()
    assert entered.wait(60), "the seed feed's lock was never taken"
    def take_and_give_back():
        with feed_lock(other):
            pass

    taken, outcome = start(take_and_give_back)
    try:
        taken.join(60)
        assert "finished" in outcome and "error" not in outcome, f"the other feed waited on this one: {outcome}"
    finally:
        release.set()
        holder.join(60)

    from prefect import get_client

    with get_client(sync_client=True) as client:
        limit = client.read_global_concurrency_limit_by_name(feed_lock_name(seed_show))
    assert limit.limit == 1 and limit.active_slots == 0, "every slot is given back"


def test_two_rebuilds_of_one_feed_take_turns_and_another_feed_does_not_wait(prefect_server, seed_show, tmp_path,
                                                                            monkeypatch):
    monkeypatch.setenv("CASTFLOW_WORKDIR", str(tmp_path / "work"))
    store = f"file://{tmp_path / 'public'}"
    fill(seed_show.model_copy(update={"store": store}), 30)

    with ThreadPoolExecutor(2) as pool:
        states = list(pool.map(lambda _: rebuild_feed(show_file=str(SEED_SHOW), store=store, return_state=True),
                               range(2)))
    assert all(s.is_completed() for s in states), states
    (a_start, a_end), (b_start, b_end) = intervals([s.state_details.flow_run_id for s in states], "publish-feed")
    assert b_start >= a_end, f"the two publish-feed stages overlapped: {a_start}–{a_end} and {b_start}–{b_end}"

    # While this test holds the seed feed's lock, a rebuild of it waits, and one of another feed runs.
    other_store = f"file://{tmp_path / 'other-public'}"
    with feed_lock(seed_show):
        waiting, waited = start(rebuild_feed, show_file=str(SEED_SHOW), store=store)
        assert rebuild_feed(show_file=str(other_show_file(tmp_path)), store=other_store) == 0
        assert (tmp_path / "other-public" / "feed.xml").exists()
        waiting.join(HOLD_S)
        assert waiting.is_alive(), f"the rebuild did not wait for the lock: {waited}"
        released = datetime.now(UTC)
    waiting.join(60)
    assert waited.get("result") == 30, waited
    assert waited["finished"] >= released


@pytest.mark.slow
def test_a_publish_waits_for_the_feed_lock_before_touching_the_index(prefect_server, seed_show, clip, tmp_path,
                                                                     monkeypatch):
    monkeypatch.setenv("CASTFLOW_WORKDIR", str(tmp_path / "work"))
    public = tmp_path / "public"
    show = seed_show.model_copy(update={"store": f"file://{public}"})
    (tmp_path / "ep").mkdir()
    (tmp_path / "ep" / "episode.yaml").write_text(yaml.safe_dump(
        {"title": "Locked out", "audio": str(clip), "publish_at": "2022-02-02T00:00:00Z"}))
    episode = load_episode(tmp_path / "ep" / "episode.yaml")
    store = open_store(show.store)

    with feed_lock(show):
        thread, outcome = start(publish_episode, episode=episode, show=show, return_state=True)
        deadline = time.monotonic() + 240
        while not store.keys("episodes/") and thread.is_alive() and time.monotonic() < deadline:
            time.sleep(0.2)  # until the media is uploaded: the next step needs the lock
        assert store.keys("episodes/"), outcome
        thread.join(HOLD_S)
        assert thread.is_alive(), outcome
        assert store.get("episodes.json") is None and store.get("feed.xml") is None
        released = datetime.now(UTC)
    thread.join(120)
    state = outcome["result"]
    assert state.is_completed(), state
    (index_start, _), = intervals([state.state_details.flow_run_id], "update-index")
    assert index_start >= released, "the index was written while another run held the lock"
    assert b"<title>Locked out</title>" in store.get("feed.xml").data
