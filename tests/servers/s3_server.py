"""moto's S3 server with each request handled atomically, as real S3 handles conditional writes.

moto checks ``If-Match``/``If-None-Match`` and then writes, without a lock: under its threaded server
two concurrent conditional PUTs can both win, which S3, R2 and MinIO never allow. Serialising the
requests restores that guarantee; the server still speaks S3 over HTTP on its own port.

    python tests/servers/s3_server.py PORT
"""

from __future__ import annotations

import sys
import threading

from moto.moto_server.werkzeug_app import DomainDispatcherApplication, create_backend_app
from moto.server import MotoRequestHandler
from werkzeug.serving import run_simple


def main(port: int) -> None:
    app = DomainDispatcherApplication(create_backend_app)
    lock = threading.Lock()

    def one_at_a_time(environ, start_response):
        with lock:
            return list(app(environ, start_response))

    run_simple("127.0.0.1", port, one_at_a_time, threaded=True, request_handler=MotoRequestHandler)


if __name__ == "__main__":
    main(int(sys.argv[1]))
