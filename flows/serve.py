"""``castflow serve``: a local store over HTTP as podcast apps and browser players use it.

Apps probe an episode with HEAD, seek with byte ranges and resume with If-Range; browser players fetch
the feed and chapters cross-origin. Starlette's ``StaticFiles`` answers ranges (206, 416), If-Range,
conditional requests (304) and HEAD, never leaves the folder (symlinks are resolved first);
``CORSMiddleware`` adds CORS; uvicorn serves it. What is ours: the media types podcast apps expect (the
same table the store's uploads use), and Range headers that RFC 9110 says to ignore are ignored.
"""

from __future__ import annotations

import os
import re
import socket
import threading
from pathlib import Path

import uvicorn
from starlette.applications import Starlette
from starlette.datastructures import Headers
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.responses import FileResponse, Response
from starlette.routing import Mount
from starlette.staticfiles import NotModifiedResponse, StaticFiles
from starlette.types import ASGIApp, Receive, Scope, Send

from tasks.media_types import content_type_for
from tasks.storage.base import cache_control_for

# What a browser player may send and read cross-origin: seeking needs Range and reads Content-Range.
CORS = dict(
    allow_origins=["*"],
    allow_methods=["GET", "HEAD", "OPTIONS"],
    allow_headers=["Range", "If-None-Match", "If-Modified-Since"],
    expose_headers=["Content-Length", "Content-Range", "Accept-Ranges", "ETag"],
    max_age=86400,
)

_SINGLE_BYTE_RANGE = re.compile(r"bytes\s*=\s*(\d*)\s*-\s*(\d*)", re.IGNORECASE)


def single_byte_range(method: str, header: str) -> str | None:
    """The Range header to act on, written plainly, or ``None`` to ignore it and send the whole file.

    RFC 9110 (14.2) has a server ignore a Range it does not understand or that comes with a method
    other than GET, where Starlette would answer 400 or 206 to HEAD; a multi-range answer
    (multipart/byteranges) no podcast app asks for, and the RFC lets a server send the whole file.

    >>> single_byte_range("GET", "BYTES = 5 - 7"), single_byte_range("GET", "bytes=-100")
    ('bytes=5-7', 'bytes=-100')
    >>> [single_byte_range("GET", h) for h in ("bytes=0-1,5-9", "bytes=9-0", "bytes=-", "items=0-9")]
    [None, None, None, None]
    >>> single_byte_range("HEAD", "bytes=0-9") is None
    True
    """
    match = _SINGLE_BYTE_RANGE.fullmatch(header.strip())
    if method != "GET" or match is None or match.groups() == ("", ""):
        return None
    first, last = match.groups()
    if first and last and int(last) < int(first):
        return None
    return f"bytes={first}-{last}"


class IgnoredRanges:
    """ASGI middleware: drops or rewrites the Range header as ``single_byte_range`` says."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            headers, wanted = [], None
            for name, value in scope["headers"]:
                if name == b"range":
                    wanted = single_byte_range(scope["method"], value.decode("latin-1"))
                else:
                    headers.append((name, value))
            if wanted is not None:
                headers.append((b"range", wanted.encode("latin-1")))
            scope = {**scope, "headers": headers}
        await self.app(scope, receive, send)


class PodcastFiles(StaticFiles):
    """``StaticFiles`` with podcast media types and no file answering under a directory's URL."""

    def file_response(self, full_path, stat_result: os.stat_result, scope: Scope, status_code: int = 200) -> Response:
        # "/episode.mp3/" asks for a folder: serving the file there would make relative links resolve under it.
        if scope["path"].endswith("/") and os.path.basename(full_path) != "index.html":
            raise HTTPException(status_code=404)
        # The exact type, as given (Starlette would add a charset to text/vtt): the store uploads the same.
        response = FileResponse(full_path, status_code=status_code, stat_result=stat_result,
                                headers={"content-type": content_type_for(full_path),
                                         # As the published objects get on S3: media a year, the feed briefly.
                                         "cache-control": cache_control_for(os.path.basename(full_path))})
        if self.is_not_modified(response.headers, Headers(scope=scope)):
            return NotModifiedResponse(response.headers)
        return response


def app_for(root: str | os.PathLike[str]) -> Starlette:
    """The ASGI app serving the folder ``root`` (``index.html`` for a folder's URL)."""
    real_root = os.path.realpath(root)
    if not os.path.isdir(real_root):
        raise NotADirectoryError(f"not a directory: {os.fspath(root)!r}")
    return Starlette(routes=[Mount("/", PodcastFiles(directory=real_root, html=True))],
                     middleware=[Middleware(CORSMiddleware, **CORS), Middleware(IgnoredRanges)])


class Server:
    """uvicorn on a socket bound up front, so ``port=0`` is known before it runs. The calls are
    socketserver's: run ``serve_forever()`` (in a thread, say), then ``shutdown()`` and ``server_close()``."""

    def __init__(self, app: ASGIApp, sock: socket.socket, quiet: bool) -> None:
        self.socket = sock
        self.server_address = sock.getsockname()
        config = uvicorn.Config(app, lifespan="off", access_log=not quiet, log_level="warning" if quiet else "info")
        self._uvicorn = uvicorn.Server(config)
        self._stopped = threading.Event()

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://[{host}]:{port}/" if ":" in host else f"http://{host}:{port}/"

    def serve_forever(self) -> None:
        try:
            self._uvicorn.run(sockets=[self.socket])
        finally:
            self._stopped.set()

    def shutdown(self) -> None:
        self._uvicorn.should_exit = True
        self._stopped.wait()

    def server_close(self) -> None:
        self.socket.close()


def make_server(root: str | os.PathLike[str], host: str = "127.0.0.1", port: int = 8000, *,
                quiet: bool = False) -> Server:
    """A server for the folder ``root``, bound to ``host:port`` but not yet running."""
    app = app_for(root)
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    return Server(app, socket.create_server((host, port), family=family), quiet)


def serve(root: str | os.PathLike[str], host: str = "127.0.0.1", port: int = 8000) -> None:
    """Serve ``root`` until Ctrl-C."""
    server = make_server(root, host, port)
    print(f"Serving {Path(root)} at {server.url} (Ctrl-C to stop)", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        # uvicorn re-raises the Ctrl-C it handled; for a server that runs until stopped it is the normal end.
        pass
    finally:
        server.server_close()
