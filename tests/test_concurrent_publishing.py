"""Twenty runs publishing to one feed at the same moment, on a folder, moto and SeaweedFS: none lost, none doubled,
and the feed they leave lists exactly what the index holds, each enclosure there with its size."""

from __future__ import annotations

import io
import subprocess
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta

import podcastparser
import pytest

from flows import stages
from tasks.feed.validate import validate_feed
from tasks.models import AudioFile, EpisodeRecord
from tasks.storage import open_store
from tasks.storage.layout import audio_key
from tasks.storage.publishing import read_index, upload_files

PUBLISHERS = 20


@pytest.fixture(scope="module")
def tiny_mp3(tmp_path_factory):
    path = tmp_path_factory.mktemp("mp3") / "tone.mp3"
    subprocess.run(["ffmpeg", "-nostdin", "-y", "-loglevel", "error", "-f", "lavfi", "-i", "sine=d=1",
                    "-c:a", "libmp3lame", "-b:a", "64k", str(path)], check=True)
    return path


@pytest.fixture(params=["local", "moto", "seaweedfs"])
def show(request, seed_show, tmp_path):
    if request.param == "local":
        store = f"file://{tmp_path / 'public'}"
    else:
        store = f"s3://{request.getfixturevalue('make_bucket_on')(request.param)}/show"
    return seed_show.model_copy(update={"store": store, "base_url": "https://cdn.example.com/show"})


def publish_one(show, mp3, number: int) -> None:
    """What publish_episode does after transcription, as plain functions, without the feed lock:
    the store's compare-and-swap alone must keep every episode."""
    slug = f"concurrent-{number}"
    key = audio_key(slug, f"{number:064x}")
    record = EpisodeRecord(
        guid=f"guid-{number}", title=f"Concurrent {number}", slug=slug, audio_sha256=f"{number:064x}",
        pub_date=datetime(2024, 1, 1, tzinfo=UTC) + timedelta(hours=number),
        audio=AudioFile(url=f"{show.base_url}/{key}", bytes=mp3.stat().st_size, duration=1.0), files=[key])
    upload_files(open_store(show.store), {key: mp3})
    stages.update_index.fn(show, record, keep_pub_date=False)
    stages.publish_feed.fn(show)


def test_twenty_concurrent_publishes_all_land(prefect_server, show, tiny_mp3):
    with ThreadPoolExecutor(max_workers=PUBLISHERS) as pool:
        list(pool.map(lambda n: publish_one(show, tiny_mp3, n), range(PUBLISHERS)))

    store = open_store(show.store)
    index, _ = read_index(store)
    assert sorted(e.guid for e in index.episodes) == sorted(f"guid-{n}" for n in range(PUBLISHERS))
    feed = store.get("feed.xml").data
    assert validate_feed(feed).ok
    parsed = podcastparser.parse(f"{show.base_url}/feed.xml", io.BytesIO(feed))
    assert sorted(e["guid"] for e in parsed["episodes"]) == sorted(e.guid for e in index.episodes)
    for episode in parsed["episodes"]:
        key = episode["enclosures"][0]["url"].removeprefix(show.base_url + "/")
        assert store.size(key) == episode["enclosures"][0]["file_size"] == tiny_mp3.stat().st_size
