"""Static file server for a local castflow podcast store.

Podcast apps and browser players probe episodes with HEAD, seek with byte
ranges and fetch feeds cross-origin; ``http.server.SimpleHTTPRequestHandler``
does none of that, so this module adds it on top while staying stdlib-only.

Run it with ``python -m tasks.serve ROOT [--host HOST] [--port PORT]``.
"""

from __future__ import annotations

import argparse
import datetime
import email.utils
import functools
import os
import re
import socket
from http import HTTPStatus
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from typing import BinaryIO, NamedTuple

from tasks.media_types import content_type_for
from tasks.storage.base import cache_control_for

__all__ = [
    "PodcastRequestHandler",
    "RangeNotSatisfiable",
    "content_type_for",
    "make_etag",
    "make_server",
    "parse_range",
    "serve",
]

# Big enough to keep syscalls cheap, small enough that a 100 MB episode
# never sits in memory.
CHUNK_SIZE = 64 * 1024

CORS_EXPOSED_HEADERS = "Content-Length, Content-Range, Accept-Ranges, ETag"
CORS_ALLOWED_METHODS = "GET, HEAD, OPTIONS"
CORS_ALLOWED_HEADERS = "Range, If-None-Match, If-Modified-Since"


INDEX_FILES = ("index.html", "index.htm")

# One range only; multi-range answers would need multipart/byteranges,
# which RFC 9110 lets us skip by serving the whole file instead.
_SINGLE_BYTE_RANGE = re.compile(r"bytes\s*=\s*(\d*)\s*-\s*(\d*)", re.IGNORECASE)
_ENTITY_TAG = re.compile(r'(?:W/)?"[^"]*"')


class RangeNotSatisfiable(ValueError):
    """The Range header is well formed but lies entirely outside the file."""


class Body(NamedTuple):
    """What is left to send after the headers: ``length`` bytes of ``file`` from ``offset``."""

    file: BinaryIO
    offset: int
    length: int


# --------------------------------------------------------------------------
# Pure helpers (no sockets, easy to test)
# --------------------------------------------------------------------------


def parse_range(header: str | None, size: int) -> tuple[int, int] | None:
    """Return the inclusive ``(first, last)`` byte positions a Range header asks for.

    ``None`` means "ignore the header and send the whole file": the header is
    missing, malformed, uses another unit, or asks for several ranges.
    Raises :class:`RangeNotSatisfiable` when no requested byte exists.

    >>> parse_range("bytes=0-99", 1000)
    (0, 99)
    >>> parse_range("bytes=900-", 1000)
    (900, 999)
    >>> parse_range("bytes=-100", 1000)
    (900, 999)
    >>> parse_range("bytes=990-2000", 1000)  # the end is clamped to the file
    (990, 999)
    >>> parse_range("bytes=-5000", 1000)  # a suffix longer than the file
    (0, 999)
    >>> parse_range("bytes=0-1,5-9", 1000) is None  # multi-range
    True
    >>> parse_range("bytes=9-0", 1000) is None  # last < first is invalid
    True
    >>> parse_range("items=0-9", 1000) is None
    True
    >>> parse_range("bytes=1000-", 1000)  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    ...
    tasks.serve.RangeNotSatisfiable: bytes=1000- (size 1000)
    """
    if not header:
        return None
    match = _SINGLE_BYTE_RANGE.fullmatch(header.strip())
    if match is None:
        return None
    first_text, last_text = match.groups()
    try:
        first = int(first_text) if first_text else None
        last = int(last_text) if last_text else None
    except ValueError:  # absurdly long digit strings exceed int() limits
        return None

    if first is None:
        if last is None:
            return None
        return _suffix_range(header, last, size)
    if last is not None and last < first:
        return None
    if first >= size:
        raise RangeNotSatisfiable(f"{header} (size {size})")
    last = size - 1 if last is None else min(last, size - 1)
    return first, last


def _suffix_range(header: str, suffix_length: int, size: int) -> tuple[int, int]:
    # "bytes=-0" and any suffix of an empty file select no byte at all.
    if suffix_length == 0 or size == 0:
        raise RangeNotSatisfiable(f"{header} (size {size})")
    return max(0, size - suffix_length), size - 1


def make_etag(stat: os.stat_result) -> str:
    """Strong ETag from size and nanosecond mtime.

    Strong is fine here: any rewrite of a file changes its mtime, and ranges
    are only resumed against strong validators.
    """
    return f'"{stat.st_size:x}-{stat.st_mtime_ns:x}"'


def http_date(timestamp: float) -> str:
    return email.utils.formatdate(timestamp, usegmt=True)


def parse_http_date(value: str | None) -> int | None:
    """Seconds since the epoch for an HTTP date, or ``None`` if unparsable."""
    if not value:
        return None
    try:
        parsed = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if parsed.tzinfo is None:
        # RFC 850 / asctime dates carry no zone; HTTP says they are GMT.
        parsed = parsed.replace(tzinfo=datetime.timezone.utc)
    return int(parsed.timestamp())


def etag_in_list(header: str, etag: str) -> bool:
    """If-None-Match semantics: ``*`` or a weakly equal tag in the list."""
    if header.strip() == "*":
        return True
    wanted = _strip_weak(etag)
    return any(_strip_weak(tag) == wanted for tag in _ENTITY_TAG.findall(header))


def _strip_weak(tag: str) -> str:
    return tag[2:] if tag.startswith("W/") else tag


def if_range_allows_partial(header: str | None, etag: str, mtime: int) -> bool:
    """Whether a ranged request may be answered partially (RFC 9110 13.1.5).

    A mismatch means the client's cached prefix is stale, so splicing a range
    onto it would corrupt the file; it must get the whole thing instead.
    """
    if header is None:
        return True
    value = header.strip()
    if value.startswith("W/"):
        return False  # weak tags never match for ranges
    if value.startswith('"'):
        return value == etag
    return parse_http_date(value) == mtime


def is_within(path: str, root: str) -> bool:
    """Whether ``path`` (already resolved) is ``root`` or lies below it."""
    try:
        return os.path.commonpath([path, root]) == root
    except ValueError:  # different drives on Windows
        return False


# --------------------------------------------------------------------------
# Request handler
# --------------------------------------------------------------------------


class PodcastRequestHandler(SimpleHTTPRequestHandler):
    """SimpleHTTPRequestHandler plus HEAD/Range/conditional/CORS semantics."""

    # Keep-alive matters for players that seek with many small ranges.
    protocol_version = "HTTP/1.1"
    server_version = "castflow-serve"
    quiet = False

    # -- plumbing ---------------------------------------------------------

    def end_headers(self) -> None:
        # Every response, errors included, so browser players can read the
        # status instead of seeing an opaque CORS failure.
        self.send_header("Access-Control-Allow-Origin", "*")
        self.send_header("Access-Control-Expose-Headers", CORS_EXPOSED_HEADERS)
        if self._request_has_body():
            # We never read request bodies; leftover bytes would be parsed as
            # the next request on a kept-alive connection.
            self.send_header("Connection", "close")
        super().end_headers()

    def _request_has_body(self) -> bool:
        headers = getattr(self, "headers", None)
        if headers is None:
            return False
        declared_length = headers.get("Content-Length", "0").strip()
        return "Transfer-Encoding" in headers or declared_length not in ("", "0")

    def log_message(self, format: str, *args) -> None:  # noqa: A002 (stdlib signature)
        if not self.quiet:
            super().log_message(format, *args)

    def guess_type(self, path: str | os.PathLike[str]) -> str:
        return content_type_for(path)

    # -- methods ----------------------------------------------------------

    def do_OPTIONS(self) -> None:
        self.send_response(HTTPStatus.NO_CONTENT)
        self.send_header("Allow", CORS_ALLOWED_METHODS)
        self.send_header("Access-Control-Allow-Methods", CORS_ALLOWED_METHODS)
        self.send_header("Access-Control-Allow-Headers", CORS_ALLOWED_HEADERS)
        self.send_header("Access-Control-Max-Age", "86400")
        self.end_headers()

    def do_GET(self) -> None:
        body = self.send_head()
        if body is not None:
            self._stream(body)

    def do_HEAD(self) -> None:
        body = self.send_head()
        if body is not None:
            body.file.close()

    # -- resolving the request to a file ----------------------------------

    def send_head(self) -> Body | None:
        """Send status and headers; return what the body should be, if any."""
        path = self._resolve_within_root(self.translate_path(self.path))
        if path is None:
            return self._not_found()
        url_path = self._url_path()
        if os.path.isdir(path):
            if not url_path.endswith("/"):
                return self._redirect_to_directory()
            index = self._find_index(path)
            if index is None:
                return self._send_listing(path)
            path = index
        elif url_path.endswith("/") or not os.path.isfile(path):
            # A trailing slash on a file name, or a FIFO/device node that
            # would block or stream forever.
            return self._not_found()
        return self._send_file_head(path)

    def _url_path(self) -> str:
        # Split by hand rather than urlsplit(): a request for "//host/dir"
        # is a local path here, not a network location.
        return self.path.split("?", 1)[0].split("#", 1)[0]

    def _resolve_within_root(self, path: str) -> str | None:
        # translate_path already drops "..", but symlinks can still point
        # anywhere; only the resolved location tells the truth.
        try:
            resolved = os.path.realpath(path)
        except (OSError, ValueError):  # NUL bytes, lone surrogates, loops
            return None
        if not is_within(resolved, self.directory):
            return None
        return resolved

    def _find_index(self, directory: str) -> str | None:
        for name in INDEX_FILES:
            candidate = self._resolve_within_root(os.path.join(directory, name))
            if candidate is not None and os.path.isfile(candidate):
                return candidate
        return None

    def _send_listing(self, directory: str) -> Body | None:
        listing = self.list_directory(directory)
        if listing is None:
            return None
        return Body(listing, 0, len(listing.getvalue()))

    # -- the file itself --------------------------------------------------

    def _send_file_head(self, path: str) -> Body | None:
        try:
            file = open(path, "rb")  # noqa: SIM115 (closed by the caller)
        except OSError:
            return self._not_found()
        try:
            return self._send_file_head_for_open(file, path)
        except BaseException:
            file.close()
            raise

    def _send_file_head_for_open(self, file: BinaryIO, path: str) -> Body | None:
        # fstat, not stat: the validators must describe the bytes we send.
        stat = os.fstat(file.fileno())
        size = stat.st_size
        etag = make_etag(stat)
        mtime = int(stat.st_mtime)
        validators = {"ETag": etag, "Last-Modified": http_date(mtime)}

        if self._client_copy_is_fresh(etag, mtime):
            file.close()
            self._send_bodyless(HTTPStatus.NOT_MODIFIED, validators)
            return None

        try:
            byte_range = self._requested_range(size, etag, mtime)
        except RangeNotSatisfiable:
            file.close()
            self._send_bodyless(
                HTTPStatus.REQUESTED_RANGE_NOT_SATISFIABLE,
                {"Content-Range": f"bytes */{size}", "Content-Length": "0"},
            )
            return None

        if byte_range is None:
            first, last, status = 0, size - 1, HTTPStatus.OK
        else:
            (first, last), status = byte_range, HTTPStatus.PARTIAL_CONTENT
        length = last - first + 1

        self.send_response(status)
        self.send_header("Content-Type", self.guess_type(path))
        self.send_header("Content-Length", str(length))
        if status == HTTPStatus.PARTIAL_CONTENT:
            self.send_header("Content-Range", f"bytes {first}-{last}/{size}")
        self.send_header("Accept-Ranges", "bytes")
        # The same caching as the published objects get on S3: media for a year, the feed briefly.
        self.send_header("Cache-Control", cache_control_for(path))
        for name, value in validators.items():
            self.send_header(name, value)
        self.end_headers()
        return Body(file, first, length)

    def _client_copy_is_fresh(self, etag: str, mtime: int) -> bool:
        # RFC 9110 13.2.2: If-None-Match, when present, overrides
        # If-Modified-Since because ETags are the more precise validator.
        if_none_match = self.headers.get("If-None-Match")
        if if_none_match is not None:
            return etag_in_list(if_none_match, etag)
        since = parse_http_date(self.headers.get("If-Modified-Since"))
        return since is not None and mtime <= since

    def _requested_range(self, size: int, etag: str, mtime: int) -> tuple[int, int] | None:
        # RFC 9110 14.2 defines ranges for GET only; HEAD reports the full
        # representation so clients learn the total size.
        if self.command != "GET":
            return None
        header = self.headers.get("Range")
        if header is None or not if_range_allows_partial(self.headers.get("If-Range"), etag, mtime):
            return None
        return parse_range(header, size)

    def _stream(self, body: Body) -> None:
        remaining = body.length
        try:
            with body.file as file:
                file.seek(body.offset)
                while remaining > 0:
                    chunk = file.read(min(CHUNK_SIZE, remaining))
                    if not chunk:
                        break  # truncated while we were sending it
                    self.wfile.write(chunk)
                    remaining -= len(chunk)
        except ConnectionError:
            # Players abort downloads all the time when the user seeks;
            # that is not a server error worth a traceback.
            self.close_connection = True
            return
        if remaining:
            # Content-Length is now a lie; closing is the only honest signal.
            self.close_connection = True

    # -- small responses --------------------------------------------------

    def _send_bodyless(self, status: HTTPStatus, headers: dict[str, str]) -> None:
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.end_headers()

    def _not_found(self) -> None:
        self.send_error(HTTPStatus.NOT_FOUND, "File not found")
        return None

    def _redirect_to_directory(self) -> None:
        # Collapse leading slashes so "//evil.example/dir" cannot become an
        # off-site Location (an open redirect).
        location = "/" + self._url_path().lstrip("/") + "/"
        query = self.path.split("#", 1)[0].partition("?")[2]
        if query:
            location += "?" + query
        self._send_bodyless(HTTPStatus.MOVED_PERMANENTLY, {"Location": location, "Content-Length": "0"})
        return None


# --------------------------------------------------------------------------
# Server construction
# --------------------------------------------------------------------------


class _IPv6ThreadingHTTPServer(ThreadingHTTPServer):
    address_family = socket.AF_INET6


def make_server(
    root: str | os.PathLike[str],
    host: str = "127.0.0.1",
    port: int = 8000,
    *,
    quiet: bool = False,
) -> ThreadingHTTPServer:
    """Bind a threaded server for ``root`` (``port=0`` picks a free port).

    The caller runs ``serve_forever()`` and eventually ``shutdown()`` /
    ``server_close()``; ``server.server_address`` holds the bound port.
    """
    # Resolve once so the containment check compares like with like even
    # when root itself is reached through a symlink.
    real_root = os.path.realpath(root)
    if not os.path.isdir(real_root):
        raise NotADirectoryError(f"not a directory: {os.fspath(root)!r}")
    handler_class = type("BoundPodcastRequestHandler", (PodcastRequestHandler,), {"quiet": quiet})
    server_class = _IPv6ThreadingHTTPServer if ":" in host else ThreadingHTTPServer
    return server_class((host, port), functools.partial(handler_class, directory=real_root))


def server_url(server: ThreadingHTTPServer) -> str:
    host, port = server.server_address[:2]
    if ":" in host:
        host = f"[{host}]"
    return f"http://{host}:{port}/"


def serve(root: str | os.PathLike[str], host: str = "127.0.0.1", port: int = 8000) -> None:
    """Serve ``root`` until Ctrl-C."""
    with make_server(root, host, port) as server:
        print(f"Serving {os.fspath(root)} at {server_url(server)} (Ctrl-C to stop)", flush=True)
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            pass


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Serve a local castflow podcast store.")
    parser.add_argument("root", nargs="?", default=".", help="directory to serve (default: .)")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000, help="0 picks a free port")
    args = parser.parse_args(argv)
    serve(args.root, args.host, args.port)


if __name__ == "__main__":
    main()
