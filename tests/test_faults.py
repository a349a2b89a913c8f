"""Faults between castflow and its S3 store, injected by a proxy in front of a real S3 server:
transient ones are retried away, a persistent one fails the run cleanly, and the re-run completes
with no duplicate and the cached transcript."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
import yaml

from flows import stages
from flows.publish_episode import publish_episode
from tasks.errors import StoreUnavailable
from tasks.models import AudioFile, EpisodeRecord, load_episode
from tasks.storage import open_store
from tasks.storage.publishing import commit_index, read_index
from tasks.storage.s3 import MAX_ATTEMPTS

from .servers.fault_proxy import FaultProxy
from .servers.flaky_source import FlakySource
from .test_prefect_operations import short_audio, write_episode  # noqa: F401 (fixture)


def record(n: int) -> EpisodeRecord:
    return EpisodeRecord(guid=f"g{n}", title=f"E{n}", slug=f"e{n}", audio_sha256="0",
                         pub_date=datetime(2021, 1, n, tzinfo=UTC),
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
    with pytest.raises(StoreUnavailable) as error:  # transient: Prefect's retries get their turn
        store.put_bytes("feed.xml", b"<rss>new</rss>")
    assert str(error.value) == f"{store.url}/feed.xml: InternalError"
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
        runs = client.read_task_runs(
            flow_run_filter=FlowRunFilter(id=FlowRunFilterId(any_=[rerun.state_details.flow_run_id])))
    states = {r.name.rsplit("-", 1)[0]: r.state.name for r in runs}
    assert states["transcribe"] == "Cached", states


# --- Prefect's own retries (CASTFLOW_RETRY_DELAYS, shortened in conftest.py) -------------------------

def task_runs(state) -> dict:
    """The flow run's task runs by stage name (``fetch-audio``...)."""
    from prefect import get_client
    from prefect.client.schemas.filters import FlowRunFilter, FlowRunFilterId

    with get_client(sync_client=True) as client:
        runs = client.read_task_runs(
            flow_run_filter=FlowRunFilter(id=FlowRunFilterId(any_=[state.state_details.flow_run_id])))
    return {r.name.rsplit("-", 1)[0]: r for r in runs}


def episode_from(url: str, folder, title: str):
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "episode.yaml").write_text(
        yaml.safe_dump({"title": title, "audio": url, "publish_at": "2021-01-01T00:00:00Z"}))
    return folder / "episode.yaml"


@pytest.fixture
def source(short_audio):  # noqa: F811
    servers = []

    def start(status: int, failures: int | None) -> FlakySource:
        servers.append(FlakySource(short_audio, status, failures))
        return servers[-1]

    yield start
    for server in servers:
        server.close()


@pytest.mark.slow
def test_a_source_that_fails_twice_is_fetched_on_the_third_try(prefect_server, source, seed_show,
                                                                short_audio, tmp_path, monkeypatch):  # noqa: F811
    monkeypatch.setenv("CASTFLOW_WORKDIR", str(tmp_path / "work"))
    flaky = source(503, failures=2)
    episode = load_episode(episode_from(flaky.url, tmp_path / "episode", "From a flaky server"))
    show = seed_show.model_copy(update={"store": f"file://{tmp_path / 'public'}"})
    state = publish_episode(episode=episode, show=show, return_state=True)
    assert state.is_completed(), state.message
    assert flaky.requests == 3
    assert task_runs(state)["fetch-audio"].run_count == 3  # two Prefect retries, not a loop of its own
    assert (tmp_path / "public" / "feed.xml").read_text().count("<item>") == 1


@pytest.mark.slow
@pytest.mark.parametrize("status, exit_status, requests", [(404, 2, 1), (503, 1, 4)])
def test_a_source_that_keeps_failing_ends_in_one_line(prefect_server, source, tmp_path, capsys, monkeypatch,
                                                      short_audio, status, exit_status, requests):  # noqa: F811
    """404: the input is wrong, tried once, exit 2. 503: retried three times, then exit 1."""
    from flows.cli import main as castflow

    from .conftest import SEED_SHOW

    monkeypatch.setenv("CASTFLOW_WORKDIR", str(tmp_path / "work"))
    broken = source(status, failures=None)
    episode_file = episode_from(broken.url, tmp_path / "episode", "Gone")
    code = castflow(["publish", str(episode_file), "--show", str(SEED_SHOW),
                     "--store", f"file://{tmp_path / 'public'}"])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == exit_status, err
    assert err[-1] == f"castflow: error: {episode_file}: field 'audio': {broken.url}: download failed (HTTP {status} "\
        f"{'Not Found' if status == 404 else 'Service Unavailable'})"
    assert not any("Traceback" in line or "developer.mozilla.org" in line for line in err)
    assert broken.requests == requests
    assert not (tmp_path / "public" / "feed.xml").exists()


@pytest.mark.slow
def test_puts_that_fail_twice_are_retried_by_prefect_and_published(prefect_server, proxy, make_bucket, seed_show,
                                                                  short_audio, tmp_path, monkeypatch):  # noqa: F811
    monkeypatch.setenv("CASTFLOW_WORKDIR", str(tmp_path / "work"))
    monkeypatch.setenv("AWS_MAX_ATTEMPTS", "1")  # botocore gives up at once: what is left is Prefect's to retry
    show = seed_show.model_copy(update={"store": f"s3://{make_bucket()}/show"})
    episode = load_episode(write_episode(tmp_path / "episode", short_audio, title="Through a failing store",
                                         publish_at="2021-01-01T00:00:00Z"))
    proxy.inject("PUT", r"\.mp3", "500", times=2)
    proxy.inject("PUT", r"episodes\.json", "503", times=2)
    state = publish_episode(episode=episode, show=show, return_state=True)
    assert state.is_completed(), state.message
    assert proxy.injected == {"500": 2, "503": 2}, proxy.injected
    runs = task_runs(state)
    assert runs["upload-media"].run_count == 3 and runs["update-index"].run_count == 3
    store = open_store(show.store)
    assert [e["title"] for e in json.loads(store.get("episodes.json").data)["episodes"]] == ["Through a failing store"]
    assert store.get("feed.xml").data.decode().count("<item>") == 1
