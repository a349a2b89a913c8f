"""Faults between castflow and its S3 store, injected by a proxy in front of a real S3 server:
transient ones are retried away, a persistent one fails the run cleanly, and the re-run completes
with no duplicate and the cached transcript."""

from __future__ import annotations

import json
from datetime import datetime, timezone

import pytest

from flows import stages
from flows.publish_episode import publish_episode
from tasks.models import AudioFile, EpisodeRecord, load_episode
from tasks.storage import open_store
from tasks.storage.publishing import commit_index, read_index
from tasks.storage.s3 import MAX_ATTEMPTS

from .servers.fault_proxy import FaultProxy
from .test_prefect_operations import short_audio, write_episode  # noqa: F401 (fixture)


def record(n: int) -> EpisodeRecord:
    return EpisodeRecord(guid=f"g{n}", title=f"E{n}", slug=f"e{n}", audio_sha256="0",
                         pub_date=datetime(2021, 1, n, tzinfo=timezone.utc),
                         audio=AudioFile(url=f"https://x/e{n}.mp3", bytes=1, duration=1.0))


@pytest.fixture
def proxy(s3_env, monkeypatch):
    fault_proxy = FaultProxy(s3_env, stall_seconds=4)
    monkeypatch.setenv("AWS_ENDPOINT_URL", fault_proxy.url)
    monkeypatch.setenv("CASTFLOW_S3_TIMEOUT", "2")
    yield fault_proxy
    fault_proxy.close()


@pytest.mark.parametrize("fault", ["500", "503", "throttle", "drop", "stall"])
def test_transient_faults_are_retried(proxy, make_bucket, fault, tmp_path):
    store = open_store(f"s3://{make_bucket()}/show")
    media = tmp_path / "a.mp3"
    media.write_bytes(b"\xff\xfb" * 20_000)
    for method, path in (("PUT", r"episodes\.json"), ("GET", r"episodes\.json"), ("PUT", r"\.mp3"), ("HEAD", r"\.mp3")):
        proxy.inject(method, path, fault, times=2)

    # A stalled request may still land after the client gave up on it: the index's compare-and-swap
    # turns that into a conflict that commit_index resolves by re-reading, never into a lost write.
    commit_index(store, lambda index: index.upsert(record(1)))
    commit_index(store, lambda index: index.upsert(record(2)))
    store.put_file("episodes/a/a.mp3", media)
    assert store.size("episodes/a/a.mp3") == 40_000
    assert sorted(e.guid for e in read_index(store)[0].episodes) == ["g1", "g2"]
    assert proxy.injected[fault] == 8, proxy.injected


def test_a_persistent_fault_fails_cleanly(proxy, make_bucket):
    store = open_store(f"s3://{make_bucket()}/show")
    store.put_bytes("feed.xml", b"<rss>previous</rss>")
    proxy.inject("PUT", r"feed\.xml", "500", times=None)
    with pytest.raises(Exception) as error:
        store.put_bytes("feed.xml", b"<rss>new</rss>")
    assert "InternalError" in str(error.value) or "500" in str(error.value)
    # botocore's standard mode tries up to max_attempts times (a retry of a reset connection may add one).
    assert MAX_ATTEMPTS <= proxy.injected["500"] <= MAX_ATTEMPTS + 1, proxy.injected
    proxy.clear()
    assert store.get("feed.xml").data == b"<rss>previous</rss>"


@pytest.mark.slow
def test_crash_between_upload_and_feed_then_rerun(prefect_server, proxy, make_bucket, seed_show, tmp_path,
                                                   short_audio, monkeypatch):  # noqa: F811
    from prefect import get_client
    from prefect.client.schemas.filters import FlowRunFilter, FlowRunFilterId

    monkeypatch.setenv("CASTFLOW_WORKDIR", str(tmp_path / "work"))
    monkeypatch.setattr(stages.update_index, "retries", 0)  # the crash is the point; no waiting it out
    bucket = make_bucket()
    show = seed_show.model_copy(update={"store": f"s3://{bucket}/show"})
    first = load_episode(write_episode(tmp_path / "first", short_audio, title="First",
                                       publish_at="2021-01-01T00:00:00Z"))
    publish_episode(episode=first, show=show)
    store = open_store(show.store)
    feed_before, index_before = store.get("feed.xml").data, store.get("episodes.json").data

    second = load_episode(write_episode(tmp_path / "second", short_audio, title="Second",
                                        publish_at="2021-01-02T00:00:00Z", description="A different one"))
    proxy.inject("PUT", r"episodes\.json", "500", times=None)
    state = publish_episode(episode=second, show=show, return_state=True)
    assert state.is_failed()
    assert store.get("feed.xml").data == feed_before, "a failed run leaves the previous feed intact"
    assert store.get("episodes.json").data == index_before
    assert any(key.endswith(".mp3") and "second" in key for key in store.keys("episodes/"))

    proxy.clear()
    rerun = publish_episode(episode=second, show=show, return_state=True)
    assert rerun.is_completed()
    index = json.loads(store.get("episodes.json").data)
    assert [e["title"] for e in index["episodes"]] == ["Second", "First"]
    feed = store.get("feed.xml").data.decode()
    assert feed.count("<item>") == 2
    with get_client(sync_client=True) as client:
        runs = client.read_task_runs(flow_run_filter=FlowRunFilter(id=FlowRunFilterId(any_=[rerun.state_details.flow_run_id])))
    states = {r.name.rsplit("-", 1)[0]: r.state.name for r in runs}
    assert states["transcribe"] == "Cached", states
