"""The seed episode published end to end through the Prefect flow, to a folder and to S3, then read
back over HTTP the way podcast apps read it."""

from __future__ import annotations

import json
import re
from urllib.request import urlopen

import boto3
import feedparser
import httpx
import podcastparser
import pytest

from flows.publish_episode import publish_episode

from .conftest import TEST_AWS_ENV

pytestmark = pytest.mark.slow


def http_head_length(url: str) -> int:
    response = httpx.head(url)
    assert response.status_code == 200
    return int(response.headers["content-length"])


def read_like_a_podcast_app(feed_url: str, head_length=http_head_length) -> dict:
    """Fetch the feed over HTTP with gPodder's parser and feedparser; check the enclosure for real."""
    with urlopen(feed_url) as response:
        parsed = podcastparser.parse(feed_url, response)
    document = feedparser.parse(feed_url)
    assert not document.bozo, document.get("bozo_exception")
    assert len(parsed["episodes"]) == len(document.entries) == 1
    episode = parsed["episodes"][0]
    enclosure = episode["enclosures"][0]
    assert enclosure["mime_type"] == "audio/mpeg"

    assert head_length(enclosure["url"]) == enclosure["file_size"]
    ranged = httpx.get(enclosure["url"], headers={"Range": "bytes=1000-1999"})
    assert ranged.status_code == 206
    assert ranged.headers["content-range"] == f"bytes 1000-1999/{enclosure['file_size']}"
    assert len(ranged.content) == 1000
    whole = httpx.get(enclosure["url"]).content
    assert len(whole) == enclosure["file_size"] and whole[1000:2000] == ranged.content
    return episode


def check_companions(feed_url: str, episode: dict) -> None:
    """Every transcript and chapters URL in the feed answers with a file of its declared type."""
    xml = httpx.get(feed_url).text
    for url, kind in re.findall(r'<podcast:transcript url="([^"]+)" type="([^"]+)"', xml):
        response = httpx.get(url)
        assert response.status_code == 200, url
        assert response.headers["content-type"].startswith(kind), (url, response.headers["content-type"])
    chapters_url = re.search(r'<podcast:chapters url="([^"]+)"', xml).group(1)
    chapters = httpx.get(chapters_url).json()
    assert chapters["version"] == "1.2.0" and chapters["chapters"][0]["startTime"] == 0
    assert "Demetrios Brinkmann" in episode["description_html"] or "Demetrios Brinkmann" in episode["description"]


def test_seed_to_a_local_folder(prefect_server, seed_show, seed_episode, tmp_path, serve_directory, monkeypatch):
    monkeypatch.setenv("CASTFLOW_WORKDIR", str(tmp_path / "work"))
    base_url = serve_directory(tmp_path / "public")
    show = seed_show.model_copy(update={"store": f"file://{tmp_path / 'public'}", "base_url": base_url})

    result = publish_episode(episode=seed_episode, show=show)

    assert result.feed_url == f"{base_url}/feed.xml"
    episode = read_like_a_podcast_app(result.feed_url)
    check_companions(result.feed_url, episode)
    index = json.loads((tmp_path / "public" / "episodes.json").read_text())
    record = index["episodes"][0]
    assert {g["name"] for g in record["guests"]} == {"Demetrios Brinkmann", "David Aponte"}
    mp3 = tmp_path / "public" / record["audio"]["url"][len(base_url) + 1:]
    assert record["audio"]["bytes"] == mp3.stat().st_size
    from mutagen.id3 import ID3

    assert [str(f.sub_frames["TIT2"]) for f in ID3(mp3).getall("CHAP")] == [c["title"] for c in record["chapters"]]
    assert [t["type"] for t in record["transcripts"]] == ["text/vtt", "application/x-subrip", "application/json",
                                                          "text/plain", "text/html"]
    assert "Microsoft" in [c["name"] for c in record["companies"]]
    page = httpx.get(record["link"])
    assert page.status_code == 200 and "Starting point is 00:00:00" in page.text

    # Publishing the same episode again replaces it: same GUID, still one episode.
    again = publish_episode(episode=seed_episode, show=show)
    assert again.record.guid == result.record.guid and again.episode_count == 1
    read_like_a_podcast_app(result.feed_url)


def test_seed_to_s3(prefect_server, seed_show, seed_episode, make_bucket, s3_endpoint, tmp_path, monkeypatch,
                    caplog):
    monkeypatch.setenv("CASTFLOW_WORKDIR", str(tmp_path / "work"))
    bucket = make_bucket(public=True)
    base_url = f"{s3_endpoint}/{bucket}/podcast"
    show = seed_show.model_copy(update={"store": f"s3://{bucket}/podcast", "base_url": base_url})

    result = publish_episode(episode=seed_episode, show=show)

    def signed_head_length(url: str) -> int:
        # moto answers anonymous HEAD with 403 whatever the bucket policy (real S3 and R2 do not),
        # so the length is checked with a signed HEAD of the same object.
        key = "podcast/" + url.removeprefix(base_url + "/")
        return boto3.client("s3").head_object(Bucket=bucket, Key=key)["ContentLength"]

    episode = read_like_a_podcast_app(result.feed_url, signed_head_length)
    check_companions(result.feed_url, episode)
    assert (httpx.get(f"{s3_endpoint}/{bucket}/podcast/episodes.json").json()["episodes"][0]["guid"]
            == result.record.guid)
    assert_no_secret_published(bucket, caplog)


def assert_no_secret_published(bucket: str, caplog) -> None:
    """The credentials the run used appear in no object of the store, no artifact and no log line."""
    from prefect import get_client

    secrets = [TEST_AWS_ENV["AWS_SECRET_ACCESS_KEY"], TEST_AWS_ENV["AWS_ACCESS_KEY_ID"]]
    client = boto3.client("s3")
    for item in client.list_objects_v2(Bucket=bucket)["Contents"]:
        body = client.get_object(Bucket=bucket, Key=item["Key"])["Body"].read()
        assert not any(secret.encode() in body for secret in secrets), item["Key"]
    with get_client(sync_client=True) as prefect:
        artifacts = prefect.read_artifacts()
    assert artifacts, "the run left artifacts to check"
    for artifact in artifacts:
        assert not any(secret in json.dumps(artifact.data, default=str) for secret in secrets), artifact.key
    assert not any(secret in caplog.text for secret in secrets)
