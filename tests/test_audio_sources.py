"""Audio given as an ``http(s)://`` URL or an ``s3://`` URI (tasks/storage/source.py): fetched byte
for byte from a real local HTTP server and the real S3 server, published end to end from each, and
refused with one line naming the URL when it is missing or arrives cut short.

What is checked of a download: the HTTP status (4xx/5xx refuse it) and, through httpx, that the body
is as long as its Content-Length; the test compares the whole file's SHA-256. Range requests are not
used to fetch sources (a failed download starts again), so none are tested here.
"""

from __future__ import annotations

import hashlib
import io
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import boto3
import podcastparser
import pytest
import yaml

from flows.cli import main
from flows.publish_episode import publish_episode
from tasks.errors import SourceMissing, SourceUnavailable
from tasks.models import load_episode
from tasks.storage.source import fetch_source

from .conftest import SEED_SHOW


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def http_clip(clip, tmp_path, serve_directory) -> str:
    root = tmp_path / "served"
    root.mkdir()
    (root / "clip.mp3").write_bytes(clip.read_bytes())
    return f"{serve_directory(root)}/clip.mp3"


@pytest.fixture
def s3_clip(clip, make_bucket) -> str:
    bucket = make_bucket()
    boto3.client("s3").upload_file(str(clip), bucket, "inbox/clip.mp3")
    return f"s3://{bucket}/inbox/clip.mp3"


@pytest.fixture
def truncating_server():
    """Says the body is 100000 bytes long, sends 1000, and hangs up."""

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            self.send_response(200)
            self.send_header("Content-Type", "audio/mpeg")
            self.send_header("Content-Length", "100000")
            self.end_headers()
            self.wfile.write(b"\xff" * 1000)
            self.wfile.flush()
            self.close_connection = True

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_an_http_source_is_downloaded_byte_for_byte(http_clip, clip, tmp_path):
    fetched = fetch_source(http_clip, tmp_path / "work")
    assert fetched.parent == tmp_path / "work" and fetched.name == "source-clip.mp3"
    assert sha256(fetched) == sha256(clip)


def test_an_s3_source_is_downloaded_byte_for_byte(s3_clip, clip, tmp_path):
    fetched = fetch_source(s3_clip, tmp_path / "work")
    assert fetched.name == "source-clip.mp3" and sha256(fetched) == sha256(clip)


@pytest.mark.parametrize("path", ["/missing.mp3", "/gone/"])
def test_a_missing_http_source_is_one_line_naming_the_url(serve_directory, tmp_path, path):
    url = serve_directory(tmp_path / "served") + path
    with pytest.raises(SourceMissing) as raised:
        fetch_source(url, tmp_path / "work")
    message = str(raised.value)
    assert message.startswith(f"{url}: download failed") and "404" in message
    assert "\n" not in message


def test_a_missing_s3_source_names_the_object(make_bucket, tmp_path):
    bucket = make_bucket()
    with pytest.raises(SourceMissing) as raised:
        fetch_source(f"s3://{bucket}/inbox/none.mp3", tmp_path / "work")
    assert str(raised.value).startswith(f"s3://{bucket}/inbox/none.mp3: ") and "\n" not in str(raised.value)


def test_a_download_cut_short_is_refused(truncating_server, tmp_path):
    # Transient: a dropped connection may pass next time, so Prefect retries it.
    with pytest.raises(SourceUnavailable, match=r"^http://127\.0\.0\.1:\d+/cut\.mp3: download failed"):
        fetch_source(f"{truncating_server}/cut.mp3", tmp_path / "work")


@pytest.mark.slow
@pytest.mark.parametrize("source", ["http", "s3"])
def test_an_episode_is_published_from_a_url(prefect_server, request, seed_show, clip, tmp_path, monkeypatch,
                                             source):
    monkeypatch.setenv("CASTFLOW_WORKDIR", str(tmp_path / "work"))
    url = request.getfixturevalue(f"{source}_clip")
    show = seed_show.model_copy(update={"store": f"file://{tmp_path / 'public'}"})
    folder = tmp_path / "episode"
    folder.mkdir()
    (folder / "episode.yaml").write_text(yaml.safe_dump({"title": f"From {source}", "audio": url}))
    episode = load_episode(folder / "episode.yaml")
    assert episode.audio == url  # a URL is not anchored at the episode's folder

    result = publish_episode(episode=episode, show=show)
    feed = (tmp_path / "public" / "feed.xml").read_bytes()
    parsed = podcastparser.parse(show.feed_url, io.BytesIO(feed))
    assert [e["title"] for e in parsed["episodes"]] == [f"From {source}"]
    assert parsed["episodes"][0]["total_time"] == 4
    mp3 = tmp_path / "public" / result.record.audio.url.removeprefix(show.base_url + "/")
    assert mp3.stat().st_size == result.record.audio.bytes == parsed["episodes"][0]["enclosures"][0]["file_size"]
    fetched = tmp_path / "work" / episode.resolved_slug / "source-clip.mp3"
    assert sha256(fetched) == sha256(clip), "the flow worked from the downloaded source"


def test_the_cli_refuses_a_missing_url_in_one_line_and_publishes_nothing(prefect_server, serve_directory, tmp_path,
                                                                         monkeypatch, capsys):
    monkeypatch.setenv("CASTFLOW_WORKDIR", str(tmp_path / "work"))
    url = serve_directory(tmp_path / "served") + "/nowhere/audio.mp3"
    folder = tmp_path / "episode"
    folder.mkdir()
    (folder / "episode.yaml").write_text(yaml.safe_dump({"title": "Missing", "audio": url}))
    status = main(["publish", str(folder / "episode.yaml"), "--show", str(SEED_SHOW),
                   "--store", f"file://{tmp_path / 'public'}"])
    error = capsys.readouterr().err.strip().splitlines()
    assert status == 2
    assert error[-1].startswith(f"castflow: error: {folder / 'episode.yaml'}: field 'audio': {url}: download failed")
    assert "404" in error[-1]
    assert not (tmp_path / "public" / "feed.xml").exists() and not (tmp_path / "public" / "episodes.json").exists()
