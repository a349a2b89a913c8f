"""An HTTP server for one audio file that answers its first GETs with an error status: a source
that is down for a while (503) or not there at all (404)."""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path


class FlakySource:
    def __init__(self, path: Path, status: int = 503, failures: int | None = 2):
        """``failures`` GETs fail with ``status`` (None: every one); the ones after get the file."""
        self.path, self.status, self.failures = path, status, failures
        self.requests = 0
        self.lock = threading.Lock()
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/{path.name}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def _fails(self) -> bool:
        with self.lock:
            self.requests += 1
            return self.failures is None or self.requests <= self.failures

    def _handler(self):
        source = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args) -> None:
                pass

            def do_GET(self) -> None:
                if source._fails():
                    self.send_error(source.status)
                    return
                data = source.path.read_bytes()
                self.send_response(200)
                self.send_header("Content-Type", "audio/mpeg")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

        return Handler
