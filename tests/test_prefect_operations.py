"""Prefect operations with a real local Prefect server: deployments from prefect.yaml run by a real
process worker, the scheduled inbox, unpublish and rebuild, and the artifacts a run leaves."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from flows.process_inbox import process_inbox
from flows.publish_episode import publish_episode
from flows.rebuild_feed import rebuild_feed
from flows.unpublish_episode import unpublish_episode
from tasks.models import load_episode

from .conftest import ROOT, SEED_EPISODE, SEED_SHOW, cut_seed

pytestmark = pytest.mark.slow
PREFECT = [sys.executable, "-m", "prefect"]


@pytest.fixture(scope="module")
def short_audio(tmp_path_factory) -> Path:
    """The seed's first 27 seconds: real speech that transcribes in a few seconds."""
    return cut_seed(27, tmp_path_factory.mktemp("audio"))


def write_episode(folder: Path, audio: Path, **fields) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copy(audio, folder / "audio.mp3")
    (folder / "episode.yaml").write_text(yaml.safe_dump({"audio": "audio.mp3", **fields}))
    return folder / "episode.yaml"


def api_env(tmp_path: Path) -> dict[str, str]:
    from prefect.settings import PREFECT_API_URL

    return {**os.environ, "PREFECT_API_URL": PREFECT_API_URL.value(), "PWD": str(ROOT),
            "CASTFLOW_WORKDIR": str(tmp_path / "work"), "PREFECT_SERVER_ANALYTICS_ENABLED": "false"}


def test_deployments_from_prefect_yaml_and_a_run_as_the_ui_sends_it(prefect_server, tmp_path):
    from prefect import get_client
    from prefect.deployments import run_deployment

    env = api_env(tmp_path)
    for pool in ("castflow", "castflow-gpu"):
        subprocess.run([*PREFECT, "work-pool", "create", pool, "--type", "process", "--overwrite"],
                       env=env, cwd=ROOT, check=True, capture_output=True)
    deployed = subprocess.run([*PREFECT, "--no-prompt", "deploy", "--all"], env=env, cwd=ROOT,
                              capture_output=True, text=True)
    assert deployed.returncode == 0, deployed.stdout + deployed.stderr

    with get_client(sync_client=True) as client:
        form = client.read_deployment_by_name("publish-episode-form/publish-episode")
        inbox = client.read_deployment_by_name("process-inbox/process-inbox")
        client.read_deployment_by_name("rebuild-feed/rebuild-feed")
        assert (client.read_deployment_by_name("publish-episode-form/publish-episode-gpu").work_pool_name
                == "castflow-gpu")
        client.pause_deployment(inbox.id)  # its cron must not fire into the repository's inbox here
    assert [s.schedule.cron for s in inbox.schedules] == ["*/15 * * * *"]

    schema = form.parameter_openapi_schema
    fields = schema["properties"]
    assert schema["required"] == ["title", "audio"]
    assert fields["title"]["type"] == "string" and fields["audio"]["description"].startswith("The audio: a path")
    assert all(field.get("description") for field in fields.values()), "every field explains itself"
    assert fields["season"]["anyOf"][0]["minimum"] == 1
    episode_type = schema["definitions"]["EpisodeType"]
    assert episode_type["enum"] == ["full", "trailer", "bonus"]
    assert fields["guests"]["type"] == "array" and fields["guests"]["default"] == []
    assert "source_dir" not in json.dumps(schema), "internal fields stay out of the form"

    store = tmp_path / "public"
    # What the UI posts: the filled fields, defaults for the rest, a date as ISO text, an enum as its value.
    parameters = {
        "title": "2x27: How the ML Community Has Evolved in 2021 with Demetrios Brinkmann and David Aponte",
        "audio": str(SEED_EPISODE.parent / "audio.mp3"),
        "show_file": str(SEED_SHOW),
        "publish_at": "2021-07-06T13:00:00.000Z",
        "guests": [{"name": "Demetrios Brinkmann", "affiliation": "MLOps Community", "links": []}],
        "tags": ["mlops"],
        "episode_type": "full",
        "store": f"file://{store}",
    }
    run = run_deployment("publish-episode-form/publish-episode", parameters=parameters, timeout=0)
    worker = subprocess.run([*PREFECT, "worker", "start", "--pool", "castflow", "--run-once"], env=env,
                            cwd=ROOT, capture_output=True, text=True, timeout=400)
    with get_client(sync_client=True) as client:
        state = client.read_flow_run(run.id).state
    assert state.is_completed(), (state, worker.stdout[-3000:], worker.stderr[-3000:])
    index = json.loads((store / "episodes.json").read_text())
    assert [e["title"] for e in index["episodes"]] == [parameters["title"]]
    assert index["episodes"][0]["tags"][0] == "mlops"
    assert b"<enclosure" in (store / "feed.xml").read_bytes()


def test_inbox_publishes_due_episodes_once_and_isolates_a_broken_one(prefect_server, tmp_path, short_audio,
                                                                     monkeypatch):
    monkeypatch.setenv("CASTFLOW_WORKDIR", str(tmp_path / "work"))
    inbox, store = tmp_path / "inbox", tmp_path / "public"
    write_episode(inbox / "a-due", short_audio, title="Due episode", publish_at="2021-07-06T09:00:00Z")
    write_episode(inbox / "b-future", short_audio, title="Future episode", publish_at="2099-01-01T00:00:00Z")
    broken = write_episode(inbox / "c-broken", short_audio, title="Broken")
    broken.write_text("title: Broken\naudio: audio.mp3\npublish_at: yesterday\n")

    state = process_inbox(inbox=str(inbox), show_file=str(SEED_SHOW), store=f"file://{store}", return_state=True)
    assert state.is_failed()
    assert "c-broken" in state.message and "publish_at" in state.message and "a-due" not in state.message
    index = json.loads((store / "episodes.json").read_text())
    assert [e["title"] for e in index["episodes"]] == ["Due episode"]
    before = {name: (store / name).read_bytes() for name in ("episodes.json", "feed.xml")}

    (broken).write_text("title: Fixed later\naudio: audio.mp3\npublish_at: 2099-01-01T00:00:00Z\n")
    outcome = process_inbox(inbox=str(inbox), show_file=str(SEED_SHOW), store=f"file://{store}")
    assert outcome == {"published": [], "waiting": ["b-future", "c-broken"], "already": ["a-due"], "failed": []}
    assert {name: (store / name).read_bytes() for name in before} == before


@pytest.fixture(params=["local", "s3"])
def store_url(request, tmp_path) -> str:
    if request.param == "local":
        return f"file://{tmp_path / 'public'}"
    return f"s3://{request.getfixturevalue('make_bucket')()}/show"


def test_edit_unpublish_and_rebuild(prefect_server, tmp_path, short_audio, seed_show, store_url, monkeypatch):
    from prefect import get_client
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterKey, FlowRunFilter, FlowRunFilterId

    from tasks.storage import open_store

    monkeypatch.setenv("CASTFLOW_WORKDIR", str(tmp_path / "work"))
    show = seed_show.model_copy(update={"store": store_url})
    store = open_store(store_url)
    one = load_episode(write_episode(tmp_path / "one", short_audio, title="One", publish_at="2021-01-01T00:00:00Z"))
    two = load_episode(write_episode(tmp_path / "two", short_audio, title="Two", publish_at="2021-01-02T00:00:00Z"))
    first = publish_episode(episode=one, show=show)
    second = publish_episode(episode=two, show=show, return_state=True)
    # Same audio, same options, same names: the transcript comes from the cache, keyed by content.
    with get_client(sync_client=True) as client:
        runs = client.read_task_runs(
            flow_run_filter=FlowRunFilter(id=FlowRunFilterId(any_=[second.state_details.flow_run_id])))
    assert {r.name.rsplit("-", 1)[0]: r.state.name for r in runs}["transcribe"] == "Cached"

    # Edit: new audio under the same slug keeps the GUID, gets a new media URL, and the old file goes.
    shorter = tmp_path / "one" / "edited.mp3"
    subprocess.run(["ffmpeg", "-nostdin", "-y", "-loglevel", "error", "-i", str(short_audio), "-t", "20",
                    str(shorter)], check=True)
    edited = publish_episode(episode=one.model_copy(update={"audio": str(shorter)}), show=show)
    assert edited.record.guid == first.record.guid and edited.episode_count == 2
    assert edited.record.audio.url != first.record.audio.url
    assert store.size(first.record.audio.url.removeprefix(show.base_url + "/")) is None
    assert store.size(edited.record.audio.url.removeprefix(show.base_url + "/")) == edited.record.audio.bytes

    # Unpublish: out of the feed first, files after.
    deleted = unpublish_episode(slug=two.resolved_slug, show=show)
    assert any(key.endswith(".mp3") for key in deleted)
    feed = store.get("feed.xml").data
    assert b"<title>Two</title>" not in feed and b"<title>One</title>" in feed
    assert store.keys(f"episodes/{two.resolved_slug}/") == []

    # Rebuild from the index gives the same bytes (the feed is a function of the index).
    store.put_bytes("feed.xml", b"damaged")
    assert rebuild_feed(show_file=str(SEED_SHOW), store=store_url) == 1
    assert store.get("feed.xml").data == feed

    with get_client(sync_client=True) as client:
        keys = {a.key for a in client.read_artifacts(artifact_filter=ArtifactFilter(
            key=ArtifactFilterKey(like_=one.resolved_slug)))}
        feed_keys = {a.key for a in client.read_artifacts(artifact_filter=ArtifactFilter(
            key=ArtifactFilterKey(like_=f"feed-{show.podcast_guid[:8]}")))}
        progress = client.read_artifacts(artifact_filter=ArtifactFilter(type={"any_": ["progress"]}))
    assert {f"show-notes-{one.resolved_slug}", f"extracted-{one.resolved_slug}"} <= keys
    assert {f"feed-{show.podcast_guid[:8]}", f"feed-{show.podcast_guid[:8]}-validation"} <= feed_keys
    assert any(a.data == 100.0 for a in progress)
