"""Tests for ``castflow serve`` (flows/serve.py) over real HTTP (stdlib http.client, no mocks)."""

from __future__ import annotations

import email.utils
import http.client
import os
import threading
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from flows.serve import make_server, single_byte_range

EPISODE = bytes(range(256)) * 4  # 1024 bytes; every offset is recognisable
BIG_SIZE = 5 * 1024 * 1024
FEED = b'<?xml version="1.0"?><rss version="2.0"><channel/></rss>'
SECRET = b"top secret outside the store"


def big_payload() -> bytes:
    # Non-repeating at 256-byte period so an off-by-N offset cannot pass.
    return b"".join(i.to_bytes(4, "big") for i in range(BIG_SIZE // 4))


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Path:
    base = tmp_path_factory.mktemp("serve")
    root = base / "store"
    outside = base / "outside"
    root.mkdir()
    outside.mkdir()
    (outside / "secret.txt").write_bytes(SECRET)

    (root / "feed.xml").write_bytes(FEED)
    (root / "other.xml").write_bytes(b"<x/>")
    (root / "episode.mp3").write_bytes(EPISODE)
    (root / "episode.m4a").write_bytes(b"m4a")
    (root / "episode.vtt").write_bytes(b"WEBVTT\n")
    (root / "episode.srt").write_bytes(b"1\n")
    (root / "data.json").write_bytes(b"{}")
    (root / "chapters.json").write_bytes(b'{"version": "1.2.0"}')
    (root / "ep1.chapters.json").write_bytes(b'{"version": "1.2.0"}')
    (root / "notes.txt").write_bytes(b"notes")
    (root / "empty.txt").write_bytes(b"")
    (root / "big.bin").write_bytes(big_payload())
    (root / "show").mkdir()
    (root / "show" / "index.html").write_bytes(b"<h1>show</h1>")
    (root / "secret-link.txt").symlink_to(outside / "secret.txt")
    (root / "outside-dir").symlink_to(outside, target_is_directory=True)
    (root / "inside-link.mp3").symlink_to(root / "episode.mp3")
    return root


@pytest.fixture(scope="module")
def server(store):
    srv = make_server(store, port=0, quiet=True)
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    yield srv
    srv.shutdown()
    srv.server_close()
    thread.join(timeout=5)


@pytest.fixture
def fetch(server):
    host, port = server.server_address[:2]

    def _fetch(path: str, method: str = "GET", headers: dict[str, str] | None = None):
        conn = http.client.HTTPConnection(host, port, timeout=10)
        try:
            conn.request(method, path, headers=headers or {})
            response = conn.getresponse()
            return response.status, response.headers, response.read()
        finally:
            conn.close()

    return _fetch


# -- full responses ---------------------------------------------------------


def test_full_get_returns_exact_bytes_and_validators(fetch, store):
    status, headers, body = fetch("/episode.mp3")
    stat = os.stat(store / "episode.mp3")
    assert status == 200
    assert body == EPISODE
    assert headers["Content-Length"] == "1024"
    assert headers["Accept-Ranges"] == "bytes"
    assert headers["Last-Modified"] == email.utils.formatdate(int(stat.st_mtime), usegmt=True)
    etag = headers["ETag"]
    assert etag.startswith('"') and etag.endswith('"')  # strong, not W/
    assert "Content-Range" not in headers


def test_etag_is_stable_and_changes_with_mtime(fetch, store):
    touched = store / "touched.txt"
    touched.write_bytes(b"same bytes")
    first = fetch("/touched.txt")[1]["ETag"]
    assert fetch("/touched.txt")[1]["ETag"] == first
    stat = os.stat(touched)
    os.utime(touched, ns=(stat.st_atime_ns, stat.st_mtime_ns + 10**9))
    assert fetch("/touched.txt")[1]["ETag"] != first


def test_head_has_headers_but_no_body(fetch):
    get_status, get_headers, _ = fetch("/episode.mp3")
    status, headers, body = fetch("/episode.mp3", "HEAD")
    assert (status, body) == (200, b"")
    assert headers["Content-Length"] == "1024"
    assert headers["Content-Type"] == "audio/mpeg"
    assert headers["Accept-Ranges"] == "bytes"
    assert headers["ETag"] == get_headers["ETag"]


def test_head_ignores_range_and_reports_full_size(fetch):
    status, headers, body = fetch("/episode.mp3", "HEAD", {"Range": "bytes=0-9"})
    assert (status, body) == (200, b"")
    assert headers["Content-Length"] == "1024"
    assert "Content-Range" not in headers


def test_empty_file(fetch):
    status, headers, body = fetch("/empty.txt")
    assert (status, body, headers["Content-Length"]) == (200, b"", "0")


# -- ranges ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("range_header", "first", "last"),
    [
        ("bytes=0-99", 0, 99),
        ("bytes=10-10", 10, 10),
        ("bytes=1000-", 1000, 1023),
        ("bytes=-100", 924, 1023),
        ("bytes=-5000", 0, 1023),
        ("bytes=1020-99999", 1020, 1023),
        ("BYTES = 5 - 7", 5, 7),
    ],
)
def test_single_range_returns_206_with_exact_bytes(fetch, range_header, first, last):
    status, headers, body = fetch("/episode.mp3", headers={"Range": range_header})
    assert status == 206
    assert body == EPISODE[first : last + 1]
    assert headers["Content-Range"] == f"bytes {first}-{last}/1024"
    assert headers["Content-Length"] == str(last - first + 1)
    assert headers["Content-Type"] == "audio/mpeg"
    assert headers["Accept-Ranges"] == "bytes"


@pytest.mark.parametrize("range_header", ["bytes=1024-", "bytes=5000-6000", "bytes=-0"])
def test_unsatisfiable_range_returns_416(fetch, range_header):
    status, headers, body = fetch("/episode.mp3", headers={"Range": range_header})
    assert status == 416
    assert headers["Content-Range"] == "bytes */1024"
    assert body == b""


@pytest.mark.parametrize(
    "range_header",
    ["bytes=0-1,5-9", "bytes=abc", "bytes=9-0", "bytes=", "bytes=-", "lines=0-9", "0-9"],
)
def test_malformed_or_multi_range_serves_whole_file(fetch, range_header):
    status, headers, body = fetch("/episode.mp3", headers={"Range": range_header})
    assert status == 200
    assert body == EPISODE
    assert "Content-Range" not in headers


def test_five_megabyte_file_ranged_from_the_middle(fetch):
    payload = big_payload()
    first, last = 2_500_001, 2_700_000
    status, headers, body = fetch("/big.bin", headers={"Range": f"bytes={first}-{last}"})
    assert status == 206
    assert headers["Content-Range"] == f"bytes {first}-{last}/{BIG_SIZE}"
    assert headers["Content-Length"] == str(last - first + 1)
    assert body == payload[first : last + 1]


def test_keep_alive_connection_serves_consecutive_requests(server):
    # HTTP/1.1: a wrong Content-Length would desynchronise the second answer.
    conn = http.client.HTTPConnection(*server.server_address[:2], timeout=10)
    try:
        conn.request("GET", "/episode.mp3", headers={"Range": "bytes=-4"})
        first = conn.getresponse()
        assert (first.status, first.read()) == (206, EPISODE[-4:])
        conn.request("HEAD", "/feed.xml")
        second = conn.getresponse()
        assert (second.status, second.read()) == (200, b"")
        conn.request("GET", "/nope.mp3")
        third = conn.getresponse()
        third.read()
        assert third.status == 404
    finally:
        conn.close()


# -- conditional requests -------------------------------------------------


def test_if_none_match_returns_304(fetch):
    etag = fetch("/episode.mp3", "HEAD")[1]["ETag"]
    status, headers, body = fetch("/episode.mp3", headers={"If-None-Match": etag})
    assert (status, body) == (304, b"")
    assert headers["ETag"] == etag


def test_if_none_match_in_list_or_weak_or_star_returns_304(fetch):
    etag = fetch("/episode.mp3", "HEAD")[1]["ETag"]
    for value in (f'"other", {etag}', f"W/{etag}", "*"):
        assert fetch("/episode.mp3", headers={"If-None-Match": value})[0] == 304, value


def test_if_none_match_mismatch_returns_full_body(fetch):
    status, _, body = fetch("/episode.mp3", headers={"If-None-Match": '"stale"'})
    assert (status, body) == (200, EPISODE)


def test_if_modified_since(fetch):
    last_modified = fetch("/episode.mp3", "HEAD")[1]["Last-Modified"]
    assert fetch("/episode.mp3", headers={"If-Modified-Since": last_modified})[0] == 304
    long_ago = "Mon, 01 Jan 1990 00:00:00 GMT"
    status, _, body = fetch("/episode.mp3", headers={"If-Modified-Since": long_ago})
    assert (status, body) == (200, EPISODE)


def test_if_none_match_mismatch_overrides_if_modified_since(fetch):
    last_modified = fetch("/episode.mp3", "HEAD")[1]["Last-Modified"]
    headers = {"If-None-Match": '"stale"', "If-Modified-Since": last_modified}
    assert fetch("/episode.mp3", headers=headers)[0] == 200


@pytest.mark.parametrize("if_range", ['"stale-etag"', "Mon, 01 Jan 1990 00:00:00 GMT"])
def test_if_range_mismatch_returns_full_200(fetch, if_range):
    headers = {"Range": "bytes=0-9", "If-Range": if_range}
    status, response_headers, body = fetch("/episode.mp3", headers=headers)
    assert (status, body) == (200, EPISODE)
    assert "Content-Range" not in response_headers


def test_if_range_weak_etag_never_matches(fetch):
    etag = fetch("/episode.mp3", "HEAD")[1]["ETag"]
    headers = {"Range": "bytes=0-9", "If-Range": f"W/{etag}"}
    assert fetch("/episode.mp3", headers=headers)[0] == 200


def test_if_range_match_returns_206(fetch):
    head = fetch("/episode.mp3", "HEAD")[1]
    for validator in (head["ETag"], head["Last-Modified"]):
        status, _, body = fetch("/episode.mp3", headers={"Range": "bytes=0-9", "If-Range": validator})
        assert (status, body) == (206, EPISODE[:10]), validator


# -- CORS -------------------------------------------------------------------


def test_options_preflight(fetch):
    request_headers = {
        "Origin": "https://player.example",
        "Access-Control-Request-Method": "GET",
        "Access-Control-Request-Headers": "range",
    }
    status, headers, _ = fetch("/episode.mp3", "OPTIONS", request_headers)
    assert status == 200  # Starlette's CORSMiddleware answers a preflight 200 "OK"
    assert headers["Access-Control-Allow-Origin"] == "*"
    assert headers["Access-Control-Allow-Methods"] == "GET, HEAD, OPTIONS"
    allowed = {name.strip().lower() for name in headers["Access-Control-Allow-Headers"].split(",")}
    assert {"range", "if-none-match", "if-modified-since"} <= allowed
    assert headers["Access-Control-Max-Age"] == "86400"


def test_preflight_for_a_method_that_writes_is_refused(fetch):
    request_headers = {"Origin": "https://player.example", "Access-Control-Request-Method": "PUT"}
    status, headers, _ = fetch("/episode.mp3", "OPTIONS", request_headers)
    assert status == 400
    assert "PUT" not in headers.get("Access-Control-Allow-Methods", "")


@pytest.mark.parametrize(("path", "expected_status"), [("/feed.xml", 200), ("/missing.mp3", 404)])
def test_cors_headers_on_get(fetch, path, expected_status):
    status, headers, _ = fetch(path, headers={"Origin": "https://player.example"})
    assert status == expected_status
    assert headers["Access-Control-Allow-Origin"] == "*"
    assert headers["Access-Control-Expose-Headers"] == "Content-Length, Content-Range, Accept-Ranges, ETag"


# -- content types --------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "content_type"),
    [
        ("/feed.xml", "application/rss+xml; charset=utf-8"),
        ("/other.xml", "application/xml"),
        ("/episode.mp3", "audio/mpeg"),
        ("/episode.m4a", "audio/mp4"),
        ("/episode.vtt", "text/vtt"),
        ("/episode.srt", "application/x-subrip"),
        ("/data.json", "application/json"),
        ("/chapters.json", "application/json+chapters"),
        ("/ep1.chapters.json", "application/json+chapters"),
        ("/notes.txt", "text/plain; charset=utf-8"),
        ("/show/index.html", "text/html; charset=utf-8"),
    ],
)
def test_content_types(fetch, path, content_type):
    status, headers, _ = fetch(path, "HEAD")
    assert status == 200
    assert headers["Content-Type"] == content_type


# -- paths ------------------------------------------------------------------


@pytest.mark.parametrize(
    "path",
    [
        "/../outside/secret.txt",
        "/%2e%2e/outside/secret.txt",
        "/%2E%2E%2Foutside%2Fsecret.txt",
        "/show/../../outside/secret.txt",
        "/..%2f..%2f..%2f..%2fetc/passwd",
        "/secret-link.txt",
        "/outside-dir/secret.txt",
        "/outside-dir/",
        "/episode.mp3/",
        "/feed.xml%00.txt",
    ],
)
def test_nothing_outside_root_is_served(fetch, path):
    status, _, body = fetch(path)
    assert status == 404
    assert SECRET not in body


def test_symlink_inside_root_is_served(fetch):
    status, _, body = fetch("/inside-link.mp3")
    assert (status, body) == (200, EPISODE)


def test_directory_serves_index_html(fetch):
    status, headers, body = fetch("/show/")
    assert (status, body) == (200, b"<h1>show</h1>")
    assert headers["Content-Type"] == "text/html; charset=utf-8"


def test_directory_without_slash_redirects(fetch):
    status, headers, _ = fetch("/show?x=1")
    assert status == 307  # Starlette's redirect; browsers and apps follow it like a 301
    location = urlsplit(headers["Location"])
    assert (location.path, location.query) == ("/show/", "x=1")


def test_redirect_never_leaves_the_server(fetch, server):
    # "//host/dir" is a local path here; the redirect must not become a link to another site.
    status, headers, _ = fetch("//show")
    assert status == 307
    assert urlsplit(headers["Location"]).netloc == "{}:{:d}".format(*server.server_address[:2])


def test_query_string_is_ignored_for_files(fetch):
    status, _, body = fetch("/episode.mp3?utm=feed")
    assert (status, body) == (200, EPISODE)


# -- construction & pure helper --------------------------------------------


def test_make_server_rejects_missing_root(tmp_path):
    with pytest.raises(NotADirectoryError):
        make_server(tmp_path / "missing", port=0, quiet=True)


def test_single_byte_range_unit():
    assert single_byte_range("GET", "bytes=0-99") == "bytes=0-99"
    assert single_byte_range("GET", "bytes = 1000 -") == "bytes=1000-"
    assert single_byte_range("GET", "bytes=0-1,5-9") is None
    assert single_byte_range("HEAD", "bytes=0-99") is None
