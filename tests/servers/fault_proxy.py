"""A fault-injecting HTTP proxy in front of the S3 server: answers chosen requests with 500, 503,
S3's SlowDown throttling, a stall past the client's timeout, or a dropped connection; forwards the rest.

``conditions`` plays a store without conditional writes: "strip" drops ``If-Match``/``If-None-Match``
from what it forwards, so the server ignores them (the headers are signed: this works in front of moto,
which does not check signatures, not in front of SeaweedFS, which does); "reject" answers any request
carrying them with 501 NotImplemented, as Backblaze B2 does."""

from __future__ import annotations

import http.client
import re
import threading
import time
from collections import Counter
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

ERRORS = {
    "500": (500, "InternalError", "We encountered an internal error. Please try again."),
    "503": (503, "ServiceUnavailable", "Please reduce your request rate."),
    "throttle": (503, "SlowDown", "Please reduce your request rate."),
    "not-implemented": (501, "NotImplemented", "A header you provided implies functionality that is not implemented."),
}


@dataclass
class Rule:
    method: str
    path: str  # a regular expression searched in the request path
    fault: str  # "500", "503", "throttle", "stall", "drop"
    times: int | None  # None: every time


class FaultProxy:
    def __init__(self, upstream: str, stall_seconds: float = 5.0, conditions: str = "forward"):
        self.upstream = urlsplit(upstream)
        self.stall_seconds = stall_seconds
        self.conditions = conditions  # "forward", "strip" or "reject"
        self.rules: list[Rule] = []
        self.injected: Counter = Counter()
        self.lock = threading.Lock()
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def inject(self, method: str, path: str, fault: str, times: int | None = 1) -> None:
        with self.lock:
            self.rules.append(Rule(method, path, fault, times))

    def clear(self) -> None:
        with self.lock:
            self.rules.clear()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def _take(self, method: str, path: str) -> str | None:
        with self.lock:
            for rule in self.rules:
                if rule.method == method and re.search(rule.path, path) and (rule.times is None or rule.times > 0):
                    if rule.times is not None:
                        rule.times -= 1
                    self.injected[rule.fault] += 1
                    return rule.fault
        return None

    def _handler(self):
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args) -> None:
                pass

            def _body(self) -> bytes:
                if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
                    chunks = []
                    while True:
                        size = int(self.rfile.readline().split(b";")[0], 16)
                        if size == 0:
                            while self.rfile.readline() not in (b"\r\n", b""):
                                pass
                            return b"".join(chunks)
                        chunks.append(self.rfile.read(size))
                        self.rfile.readline()
                return self.rfile.read(int(self.headers.get("Content-Length", 0)))

            def _handle(self) -> None:
                body = self._body()
                fault = proxy._take(self.command, self.path)
                conditional = self.command == "PUT" and ("If-Match" in self.headers or "If-None-Match" in self.headers)
                if fault is None and conditional and proxy.conditions == "reject":
                    fault = "not-implemented"
                if fault == "drop":
                    self.close_connection = True
                    try:
                        self.connection.shutdown(2)
                    except OSError:
                        pass
                    return
                if fault in ERRORS:
                    status, code, message = ERRORS[fault]
                    payload = (f"<?xml version='1.0' encoding='UTF-8'?><Error><Code>{code}</Code>"
                               f"<Message>{message}</Message></Error>").encode()
                    self.send_response(status)
                    self.send_header("Content-Type", "application/xml")
                    self.send_header("Content-Length", str(len(payload)))
                    self.end_headers()
                    self.wfile.write(payload)
                    return
                if fault == "stall":
                    time.sleep(proxy.stall_seconds)
                self._forward(body)

            def _forward(self, body: bytes) -> None:
                dropped = {"transfer-encoding", "connection"}
                if proxy.conditions == "strip":
                    dropped |= {"if-match", "if-none-match"}
                headers = {k: v for k, v in self.headers.items() if k.lower() not in dropped}
                headers["Content-Length"] = str(len(body))
                upstream = http.client.HTTPConnection(proxy.upstream.hostname, proxy.upstream.port, timeout=60)
                upstream.request(self.command, self.path, body=body, headers=headers)
                response = upstream.getresponse()
                data = response.read()
                self.send_response(response.status)
                for key, value in response.getheaders():
                    if key.lower() not in ("transfer-encoding", "connection", "content-length", "server", "date"):
                        self.send_header(key, value)
                length = response.getheader("Content-Length") if self.command == "HEAD" else None
                self.send_header("Content-Length", length or str(len(data)))
                self.end_headers()
                if self.command != "HEAD":
                    self.wfile.write(data)
                upstream.close()

            do_GET = do_PUT = do_POST = do_DELETE = do_HEAD = _handle

        return Handler
