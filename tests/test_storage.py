"""Both stores through one interface: a folder, and two real S3-compatible servers over HTTP
(moto, and SeaweedFS: a store that is not Python's and checks every request's signature)."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime

import boto3
import pytest

from tasks.models import AudioFile, EpisodeRecord
from tasks.storage import LocalStore, PreconditionFailed, StoreError, open_store
from tasks.storage.publishing import commit_index, publish_feed, read_index, upload_files


@pytest.fixture(params=["local", "moto", "seaweedfs"])
def store(request, tmp_path):
    if request.param == "local":
        return LocalStore(tmp_path / "public")
    bucket = request.getfixturevalue("make_bucket_on")(request.param)
    return open_store(f"s3://{bucket}/shows/demo")


def record(n: int) -> EpisodeRecord:
    return EpisodeRecord(guid=f"g{n}", title=f"E{n}", slug=f"e{n}", audio_sha256="0",
                         pub_date=datetime(2021, 1, 1 + n % 28, n % 24, tzinfo=UTC),
                         audio=AudioFile(url=f"u{n}", bytes=n + 1, duration=1.0))


def test_bytes_round_trip_and_conditional_writes(store):
    assert store.get("episodes.json") is None
    etag = store.put_bytes("episodes.json", b"one", if_absent=True)
    with pytest.raises(PreconditionFailed):
        store.put_bytes("episodes.json", b"two", if_absent=True)
    with pytest.raises(PreconditionFailed):
        store.put_bytes("episodes.json", b"two", if_match='"not-the-etag"')
    store.put_bytes("episodes.json", b"two", if_match=etag)
    assert store.get("episodes.json").data == b"two"
    assert store.size("episodes.json") == 3
    store.delete("episodes.json")
    assert store.size("episodes.json") is None


def test_files_upload_and_list(store, tmp_path):
    media = tmp_path / "a.mp3"
    media.write_bytes(b"\xff\xfb" * 5000)
    assert upload_files(store, {"episodes/e1/e1-abc.mp3": media}) == ["episodes/e1/e1-abc.mp3"]
    # Content-addressed media already there is not sent again.
    assert upload_files(store, {"episodes/e1/e1-abc.mp3": media}) == []
    assert store.keys("episodes/") == ["episodes/e1/e1-abc.mp3"]
    assert store.size("episodes/e1/e1-abc.mp3") == 10000


@pytest.mark.parametrize("key", ["../escape", "/abs", "a/../../b", "a//b", "a\\b", ""])
def test_keys_never_leave_the_store(store, key):
    with pytest.raises(StoreError):
        store.put_bytes(key, b"x")


def test_ten_concurrent_index_commits_all_land(store):
    def publish(n: int) -> None:
        commit_index(store, lambda index: index.upsert(record(n)))

    with ThreadPoolExecutor(max_workers=10) as pool:
        list(pool.map(publish, range(10)))
    index, _ = read_index(store)
    assert sorted(e.guid for e in index.episodes) == sorted(f"g{n}" for n in range(10))


def test_feed_is_rebuilt_from_the_newest_index(store):
    commit_index(store, lambda index: index.upsert(record(1)))
    published = publish_feed(store, lambda index: ",".join(e.guid for e in index.episodes).encode())
    assert store.get("feed.xml").data == b"g1"
    assert len(published.episodes) == 1


def test_s3_objects_carry_content_type_and_cache_control(make_bucket, tmp_path):
    bucket = make_bucket()
    store = open_store(f"s3://{bucket}")
    vtt = tmp_path / "t.vtt"
    vtt.write_text("WEBVTT\n")
    store.put_file("episodes/e1/transcript.vtt", vtt)
    store.put_bytes("feed.xml", b"<rss/>")
    client = boto3.client("s3")
    head = client.head_object(Bucket=bucket, Key="episodes/e1/transcript.vtt")
    assert head["ContentType"] == "text/vtt"
    feed = client.head_object(Bucket=bucket, Key="feed.xml")
    assert feed["ContentType"] == "application/rss+xml; charset=utf-8"
    assert feed["CacheControl"] == "public, max-age=300"


def test_a_corrupt_index_is_reported_not_overwritten(store):
    store.put_bytes("episodes.json", b"{not json")
    with pytest.raises(StoreError, match="not a valid index"):
        commit_index(store, lambda index: index.upsert(record(1)))
    assert store.get("episodes.json").data == b"{not json"


def test_unknown_store_scheme():
    with pytest.raises(StoreError, match="file://DIR or s3://"):
        open_store("ftp://host/x")
