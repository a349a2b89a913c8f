"""Update notifications, through the real flows on a real Prefect server, received by a real HTTP
receiver on loopback that records what it got and whether the new feed was already live then."""

from __future__ import annotations

import json
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
import yaml

from flows.rebuild_feed import rebuild_feed
from flows.unpublish_episode import unpublish_episode
from tasks.models import Index, load_show
from tasks.storage import open_store
from tasks.storage.publishing import commit_index
from tests.conftest import SEED_SHOW, free_port
from tests.test_feed import record

TOKEN = "podping-test-token-7f3a9c"  # a stand-in, never a real token


@dataclass
class Received:
    method: str
    path: str
    query: dict[str, list[str]]
    form: dict[str, list[str]]
    headers: dict[str, str]
    feed_at_receipt: str  # the store's feed.xml when the request arrived: was the change live?


@dataclass
class Receiver:
    """Answers every request with ``status`` (per path prefix) and keeps what it got."""

    feed: Path
    status: dict[str, int] = field(default_factory=dict)
    got: list[Received] = field(default_factory=list)
    url: str = ""

    def start(self) -> Receiver:
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def _answer(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length).decode() if length else ""
                parts = urlsplit(self.path)
                live = receiver.feed.read_text() if receiver.feed.exists() else ""
                receiver.got.append(Received(self.command, parts.path, parse_qs(parts.query), parse_qs(body),
                                             dict(self.headers), live))
                code = next((c for p, c in receiver.status.items() if parts.path.startswith(p)), 204)
                self.send_response(code)
                self.send_header("Content-Length", "0")
                self.end_headers()

            do_GET = do_POST = _answer

            def log_message(self, *args) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        return self

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def at(self, path: str) -> list[Received]:
        return [r for r in self.got if r.path == path]


@pytest.fixture
def store(tmp_path, monkeypatch):
    monkeypatch.setenv("CASTFLOW_WORKDIR", str(tmp_path / "work"))
    folder = tmp_path / "public"
    folder.mkdir()
    commit_index(open_store(f"file://{folder}"), lambda index: Index(episodes=[record(1), record(2)]))
    return folder


@pytest.fixture
def receiver(store):
    running = Receiver(feed=store / "feed.xml").start()
    yield running
    running.stop()


def show_file(tmp_path: Path, store: Path, notify: dict | None) -> Path:
    data = yaml.safe_load(SEED_SHOW.read_text())
    data.update(store=f"file://{store}", image=str(SEED_SHOW.parent / "cover.png"))
    if notify is not None:
        data["notify"] = notify
    path = tmp_path / "show.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True))
    return path


def run_logs_and_artifacts(flow_run_id, expect: str = "Finished in state") -> tuple[list, list]:
    from prefect import get_client
    from prefect.client.schemas.filters import ArtifactFilter, LogFilter

    with get_client(sync_client=True) as client:
        logs: list = []
        for _ in range(150):  # logs reach the server in batches, task and flow lines apart: wait for both
            logs = client.read_logs(log_filter=LogFilter(flow_run_id={"any_": [flow_run_id]}))
            if any("Finished in state" in log.message for log in logs) and any(expect in log.message for log in logs):
                break
            time.sleep(0.2)
        artifacts = client.read_artifacts(artifact_filter=ArtifactFilter(flow_run_id={"any_": [flow_run_id]}))
    return logs, artifacts


def test_rebuild_tells_each_target_once_after_the_feed_is_written(prefect_server, tmp_path, store, receiver,
                                                                     monkeypatch, caplog):
    monkeypatch.setenv("CASTFLOW_TEST_PODPING", TOKEN)
    path = show_file(tmp_path, store, {
        "websub_hubs": [f"{receiver.url}/hub-a", f"{receiver.url}/hub-b"],
        "pubnotify": True, "pubnotify_url": f"{receiver.url}/api/1.0/hub/pubnotify",
        "podping_url": f"{receiver.url}/podping/", "podping_token_env": "CASTFLOW_TEST_PODPING",
    })
    feed_url = load_show(path).feed_url

    state = rebuild_feed(show_file=str(path), return_state=True)

    assert state.is_completed() and state.result() == 2
    assert [r.path for r in receiver.got] == ["/hub-a", "/hub-b", "/api/1.0/hub/pubnotify", "/podping/"]
    for hub in receiver.at("/hub-a") + receiver.at("/hub-b"):
        assert hub.method == "POST" and hub.form == {"hub.mode": ["publish"], "hub.url": [feed_url]}
    assert receiver.at("/api/1.0/hub/pubnotify")[0].query == {"url": [feed_url]}
    podping = receiver.at("/podping/")[0]
    assert podping.query == {"url": [feed_url], "reason": ["update"], "medium": ["podcast"]}
    assert podping.headers["Authorization"] == TOKEN
    # Every notification came after the feed was written: the rebuilt feed, hub link included, was live.
    for got in receiver.got:
        assert "guid-2" in got.feed_at_receipt and f'rel="hub" href="{receiver.url}/hub-a"' in got.feed_at_receipt
        assert '<podcast:podping usesPodping="true"/>' in got.feed_at_receipt

    logs, artifacts = run_logs_and_artifacts(state.state_details.flow_run_id, expect="Told podping")
    assert any("Told podping" in log.message for log in logs)
    notes = [a for a in artifacts if a.key and a.key.startswith("notify-")]
    assert len(notes) == 1 and "4 sent, 0 failed" in notes[0].data
    # The token went in a header only: in no log line, artifact, feed or stored file.
    assert not any(TOKEN in log.message for log in logs) and TOKEN not in caplog.text
    assert not any(TOKEN in json.dumps(a.data, default=str) for a in artifacts)
    assert not any(TOKEN in p.read_text(errors="ignore") for p in store.rglob("*") if p.is_file())


def test_a_dead_hub_leaves_the_feed_published_with_a_warning(prefect_server, tmp_path, store, receiver):
    dead = f"http://127.0.0.1:{free_port()}/hub"  # nothing listens there
    receiver.status["/api"] = 500
    path = show_file(tmp_path, store, {
        "websub_hubs": [dead], "pubnotify": True, "pubnotify_url": f"{receiver.url}/api/1.0/hub/pubnotify",
        "podping_url": f"{receiver.url}/podping/", "podping_token_env": "CASTFLOW_TEST_UNSET_TOKEN",
        "timeout_s": 5,
    })

    state = rebuild_feed(show_file=str(path), return_state=True)

    assert state.is_completed(), state.message
    assert "guid-2" in (store / "feed.xml").read_text()
    assert len(receiver.at("/api/1.0/hub/pubnotify")) == 1  # one try, even when it failed
    assert receiver.at("/podping/") == []  # no token: nothing sent
    logs, artifacts = run_logs_and_artifacts(state.state_details.flow_run_id, expect="Could not tell podping")
    warnings = [log.message for log in logs if log.level == 30]
    assert any("Could not tell websub" in w and dead in w for w in warnings), warnings
    assert any("Could not tell pubnotify" in w and "HTTP 500" in w for w in warnings), warnings
    assert any("CASTFLOW_TEST_UNSET_TOKEN is not set" in w for w in warnings), warnings
    notes = [a for a in artifacts if a.key and a.key.startswith("notify-")]
    assert len(notes) == 1 and "0 sent, 3 failed" in notes[0].data


def test_unpublish_tells_the_hub_once_the_episode_is_gone(prefect_server, tmp_path, store, receiver):
    show = load_show(show_file(tmp_path, store, {"websub_hubs": [f"{receiver.url}/hub"]}))

    unpublish_episode(slug="episode-2", show=show)

    assert len(receiver.got) == 1
    assert "guid-1" in receiver.got[0].feed_at_receipt and "guid-2" not in receiver.got[0].feed_at_receipt


def test_nothing_is_sent_unless_configured(prefect_server, tmp_path, store, receiver):
    path = show_file(tmp_path, store, None)
    state = rebuild_feed(show_file=str(path), return_state=True)
    assert state.is_completed()
    feed = (store / "feed.xml").read_text()
    assert 'rel="hub"' not in feed and "podcast:podping" not in feed
    _, artifacts = run_logs_and_artifacts(state.state_details.flow_run_id)
    assert not [a for a in artifacts if a.key and a.key.startswith("notify-")]
    assert receiver.got == []


@pytest.mark.slow
def test_a_publish_tells_the_hub_and_podcast_index_once_the_episode_is_live(prefect_server, seed_show, seed_episode,
                                                                               tmp_path, monkeypatch):
    """The whole pipeline on the seed: exactly one notification each, after the feed lists the episode."""
    from flows.publish_episode import publish_episode
    from tasks.models import NotifyOptions

    monkeypatch.setenv("CASTFLOW_WORKDIR", str(tmp_path / "work"))
    folder = tmp_path / "public"
    running = Receiver(feed=folder / "feed.xml").start()
    try:
        show = seed_show.model_copy(update={"store": f"file://{folder}", "notify": NotifyOptions(
            websub_hubs=[f"{running.url}/hub"], pubnotify=True, pubnotify_url=f"{running.url}/pubnotify")})
        result = publish_episode(episode=seed_episode, show=show)
    finally:
        running.stop()
    assert [r.path for r in running.got] == ["/hub", "/pubnotify"]
    for got in running.got:
        assert result.record.guid in got.feed_at_receipt
