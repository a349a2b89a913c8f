"""What only an S3 store does, on two real S3 servers (moto and SeaweedFS): multipart uploads above
16 MiB, the Cache-Control each kind of object is served with, faults in front of SeaweedFS, and the
probe that refuses a store which ignores conditional writes."""

from __future__ import annotations

import hashlib
import random
from datetime import UTC, datetime
from pathlib import Path

import boto3
import httpx
import pytest

from flows.publish_episode import publish_episode
from tasks.errors import ConditionalWritesUnsupported
from tasks.models import AudioFile, EpisodeRecord, load_episode
from tasks.storage import LocalStore, open_store
from tasks.storage.publishing import commit_index, publish_feed, read_index, upload_files

from .servers.fault_proxy import FaultProxy
from .test_prefect_operations import short_audio, write_episode  # noqa: F401 (fixture)

MIB = 1024 * 1024
# The values promised to CDNs and podcast apps, written out here rather than read from the code.
MEDIA_CACHE = "public, max-age=31536000, immutable"  # content-addressed: the key changes with the bytes
INDEX_CACHE = "no-cache"  # always revalidated: it is what compare-and-swap reads
FEED_CACHE = "public, max-age=300"  # apps see a new episode within five minutes


def record(n: int) -> EpisodeRecord:
    return EpisodeRecord(guid=f"g{n}", title=f"E{n}", slug=f"e{n}", audio_sha256="0",
                         pub_date=datetime(2021, 1, n, tzinfo=UTC),
                         audio=AudioFile(url=f"https://x/e{n}.mp3", bytes=1, duration=1.0))


@pytest.fixture(scope="module")
def big_file(tmp_path_factory) -> Path:
    """17.5 MiB of incompressible bytes: two 16 MiB parts, the second short."""
    path = tmp_path_factory.mktemp("big") / "big.mp3"
    path.write_bytes(random.Random(15).randbytes(17 * MIB + MIB // 2))
    return path


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@pytest.mark.parametrize("server", ["moto", "seaweedfs"])
def test_media_over_16_mib_goes_up_in_parts_and_arrives_whole(make_bucket_on, server, big_file, tmp_path):
    bucket = make_bucket_on(server)
    store = open_store(f"s3://{bucket}/show")
    key = "episodes/big/big-0123456789ab.mp3"
    assert upload_files(store, {key: big_file}) == [key]

    head = boto3.client("s3").head_object(Bucket=bucket, Key=f"show/{key}")
    # S3's ETag of a multipart object is "<md5 of the part md5s>-<number of parts>".
    assert head["ETag"].strip('"').endswith("-2"), head["ETag"]
    assert head["ContentLength"] == big_file.stat().st_size
    # The headers are given when the upload is created, and must survive its completion.
    assert head["ContentType"] == "audio/mpeg"
    assert head["CacheControl"] == MEDIA_CACHE
    copy = store.download(key, tmp_path / "copy.mp3")
    assert sha256(copy.read_bytes()) == sha256(big_file.read_bytes())
    # Already there at its content-addressed key: not sent again.
    assert upload_files(store, {key: big_file}) == []


def published(store, tmp_path: Path) -> dict[str, str]:
    """Publish as castflow does (media, index, feed) and return {kind: key}."""
    media = {"episodes/e1/e1-0123456789ab.mp3": tmp_path / "a.mp3", "cover-0123456789ab.png": tmp_path / "c.png"}
    for path in media.values():
        path.write_bytes(b"\x00" * 1000)
    upload_files(store, media)
    commit_index(store, lambda index: index.upsert(record(1)))
    publish_feed(store, lambda index: b"<rss/>")
    return {"audio": "episodes/e1/e1-0123456789ab.mp3", "cover": "cover-0123456789ab.png",
            "index": "episodes.json", "feed": "feed.xml"}


EXPECTED = {"audio": MEDIA_CACHE, "cover": MEDIA_CACHE, "index": INDEX_CACHE, "feed": FEED_CACHE}


@pytest.mark.parametrize("server", ["moto", "seaweedfs"])
def test_cache_control_of_media_index_and_feed_on_s3(make_bucket_on, server, tmp_path):
    bucket = make_bucket_on(server)
    keys = published(open_store(f"s3://{bucket}/show"), tmp_path)
    client = boto3.client("s3")
    stored = {kind: client.head_object(Bucket=bucket, Key=f"show/{key}").get("CacheControl")
              for kind, key in keys.items()}
    assert stored == EXPECTED
    # And what an HTTP client (a CDN, an app) is sent.
    served = {kind: httpx.get(client.generate_presigned_url("get_object",
                                                            Params={"Bucket": bucket, "Key": f"show/{key}"}),
                              timeout=10).headers.get("cache-control")
              for kind, key in keys.items()}
    assert served == EXPECTED


def test_cache_control_of_media_index_and_feed_from_a_folder(serve_directory, tmp_path):
    """A folder has no headers of its own; ``castflow serve`` sends the ones S3 stores."""
    store = LocalStore(tmp_path / "public")
    keys = published(store, tmp_path)
    base = serve_directory(store.root)
    served = {kind: httpx.get(f"{base}/{key}", timeout=10).headers.get("cache-control") for kind, key in keys.items()}
    assert served == EXPECTED


@pytest.fixture
def seaweedfs_proxy(seaweedfs_env, monkeypatch):
    fault_proxy = FaultProxy(seaweedfs_env)
    monkeypatch.setenv("AWS_ENDPOINT_URL", fault_proxy.url)
    yield fault_proxy
    fault_proxy.close()


@pytest.mark.parametrize("fault", ["500", "throttle", "drop"])
def test_faults_in_front_of_seaweedfs_are_retried(make_bucket_on, seaweedfs_proxy, fault, big_file, tmp_path):
    bucket = make_bucket_on("seaweedfs")
    store = open_store(f"s3://{bucket}/show")
    # Twice each: a part of a multipart upload, the index's conditional write, and its read.
    seaweedfs_proxy.inject("PUT", r"partNumber=2", fault, times=2)
    seaweedfs_proxy.inject("PUT", r"episodes\.json", fault, times=2)
    seaweedfs_proxy.inject("GET", r"episodes\.json", fault, times=2)

    store.put_file("episodes/big/big-0123456789ab.mp3", big_file)
    commit_index(store, lambda index: index.upsert(record(1)))
    commit_index(store, lambda index: index.upsert(record(2)))
    assert seaweedfs_proxy.injected[fault] == 6, seaweedfs_proxy.injected
    copy = store.download("episodes/big/big-0123456789ab.mp3", tmp_path / "copy.mp3")
    assert sha256(copy.read_bytes()) == sha256(big_file.read_bytes())
    assert sorted(e.guid for e in read_index(store)[0].episodes) == ["g1", "g2"]


@pytest.mark.parametrize("server", ["moto", "seaweedfs"])
def test_both_servers_pass_the_conditional_write_probe_and_it_leaves_nothing(make_bucket_on, server):
    bucket = make_bucket_on(server)
    store = open_store(f"s3://{bucket}/show")
    store.require_conditional_writes()
    listed = boto3.client("s3").list_objects_v2(Bucket=bucket).get("Contents", [])
    assert listed == []


@pytest.fixture
def forgetful_store(request, make_bucket_on, monkeypatch):
    """A store without conditional writes: a proxy in front of a real server that either strips
    If-Match/If-None-Match (the store ignores them) or answers them 501 NotImplemented (as B2 does)."""
    server, conditions = request.param
    bucket = make_bucket_on(server)
    proxy = FaultProxy(boto3.client("s3").meta.endpoint_url, conditions=conditions)
    monkeypatch.setenv("AWS_ENDPOINT_URL", proxy.url)
    yield f"s3://{bucket}/show", bucket, proxy.url
    proxy.close()


WITHOUT_CONDITIONS = [("moto", "strip"), ("moto", "reject"), ("seaweedfs", "reject")]


@pytest.mark.parametrize("forgetful_store", WITHOUT_CONDITIONS, indirect=True,
                         ids=["-".join(p) for p in WITHOUT_CONDITIONS])
def test_a_store_without_conditional_writes_is_refused_in_one_line(forgetful_store):
    url, bucket, endpoint = forgetful_store
    store = open_store(url)
    with pytest.raises(ConditionalWritesUnsupported) as error:
        commit_index(store, lambda index: index.upsert(record(1)))
    message = str(error.value)
    assert "\n" not in message
    assert url in message and endpoint in message and "If-None-Match" in message
    assert boto3.client("s3").list_objects_v2(Bucket=bucket).get("Contents", []) == []


@pytest.mark.parametrize("forgetful_store", [("moto", "strip")], indirect=True, ids=["moto-strip"])
def test_publishing_to_a_store_without_conditional_writes_writes_nothing(
        prefect_server, forgetful_store, seed_show, short_audio, tmp_path, monkeypatch):  # noqa: F811
    url, bucket, _ = forgetful_store
    monkeypatch.setenv("CASTFLOW_WORKDIR", str(tmp_path / "work"))
    show = seed_show.model_copy(update={"store": url})
    episode = load_episode(write_episode(tmp_path / "episode", short_audio, title="Never published",
                                         publish_at="2021-01-01T00:00:00Z"))
    state = publish_episode(episode=episode, show=show, return_state=True)
    assert state.is_failed()
    with pytest.raises(ConditionalWritesUnsupported) as error:
        state.result()
    assert "\n" not in str(error.value) and url in str(error.value)
    # Refused before the first upload: no media, no index, no feed.
    assert boto3.client("s3").list_objects_v2(Bucket=bucket).get("Contents", []) == []
