"""A back catalogue: episodes per hour, and the time against the sum of transcription alone.

    nice -n 10 .venv/bin/python benchmarks/back_catalogue.py [--episodes 20] [--clip-seconds 60] [--workers 2]

The episodes are consecutive one-minute clips of the seed looped (benchmarks/e2e.py's long file). Measured
in one run, each in a fresh child process with its own Prefect server and result storage (so no
transcript is served from another's cache):

- transcription alone: ``transcribe_audio`` on every clip, one after another, in one process (the model
  loaded once, its load counted), summed;
- sequential: the ``publish-episode`` flow for each episode in turn, as the inbox publishes;
- Dask: the ``import-catalogue`` flow on a local Dask cluster of ``--workers`` worker processes, one
  thread each: every stage mapped, one index commit, one feed.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from e2e import CACHE, long_episode  # noqa: E402 (benchmarks/e2e.py: the seed looped)


def clips(count: int, seconds: float) -> list[Path]:
    source, _ = long_episode(count * seconds / 60)
    folder = CACHE / f"catalogue-{count}x{seconds:g}"
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for number in range(count):
        path = folder / f"clip{number + 1:02d}.mp3"
        if not path.exists():
            subprocess.run(["ffmpeg", "-nostdin", "-v", "error", "-y", "-ss", str(number * seconds), "-t", str(seconds),
                            "-i", str(source), "-c", "copy", str(path)], check=True)
        paths.append(path)
    return paths


def write_catalogue(paths: list[Path], folder: Path) -> Path:
    for number, audio in enumerate(paths, start=1):
        episode = folder / f"ep{number:02d}"
        episode.mkdir(parents=True)
        (episode / "audio.mp3").symlink_to(audio)
        (episode / "episode.yaml").write_text(yaml.safe_dump({
            "title": f"Back catalogue {number}", "audio": "audio.mp3", "episode": number,
            "publish_at": f"2020-01-01T{number % 24:02d}:00:00Z"}))
    return folder


# --- children ---------------------------------------------------------------------------------


def transcription_alone(paths: list[Path]) -> dict:
    from tasks.models import TranscriptionOptions
    from tasks.transcription import transcribe_audio

    began = time.perf_counter()
    for path in paths:
        transcribe_audio(path, TranscriptionOptions())
    return {"wall_s": time.perf_counter() - began}


def published(mode: str, paths: list[Path], workers: int) -> dict:
    from prefect.settings import PREFECT_API_URL
    from prefect.testing.utilities import prefect_test_harness

    from flows.import_catalogue import import_catalogue
    from flows.publish_episode import publish_episode
    from tasks.models import load_episode, load_show

    scratch = Path(tempfile.mkdtemp(prefix="castflow-catalogue-"))
    os.environ["CASTFLOW_WORKDIR"] = str(scratch / "work")
    catalogue = write_catalogue(paths, scratch / "catalogue")
    store = f"file://{scratch / 'public'}"
    with prefect_test_harness(server_startup_timeout=120):
        os.environ["PREFECT_API_URL"] = PREFECT_API_URL.value()  # Dask's worker processes read the environment
        began = time.perf_counter()
        if mode == "sequential":
            show = load_show(ROOT / "seeds" / "show.yaml", store=store)
            for folder in sorted(catalogue.iterdir()):
                publish_episode(episode=load_episode(folder / "episode.yaml"), show=show)
        else:
            from prefect_dask import DaskTaskRunner

            runner = DaskTaskRunner(cluster_kwargs={"n_workers": workers, "threads_per_worker": 1,
                                                    "processes": True, "dashboard_address": None})
            import_catalogue.with_options(task_runner=runner)(
                folder=str(catalogue), show_file=str(ROOT / "seeds" / "show.yaml"), store=store)
        wall = time.perf_counter() - began
    episodes = json.loads((scratch / "public" / "episodes.json").read_text())["episodes"]
    return {"wall_s": wall, "episodes": len(episodes)}


def run_child(mode: str, args: argparse.Namespace) -> dict:
    command = [sys.executable, __file__, "--child", mode, "--episodes", str(args.episodes),
               "--clip-seconds", str(args.clip_seconds), "--workers", str(args.workers)]
    with tempfile.TemporaryDirectory(prefix="castflow-results-") as results:
        env = {**os.environ, "PREFECT_SERVER_ANALYTICS_ENABLED": "false", "PREFECT_RESULTS_LOCAL_STORAGE_PATH": results,
               "PYTHONPATH": str(ROOT)}
        output = subprocess.run(command, check=True, capture_output=True, text=True, cwd=ROOT, env=env).stdout
    return json.loads(output.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--episodes", type=int, default=20)
    parser.add_argument("--clip-seconds", type=float, default=60)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--child")
    args = parser.parse_args()
    paths = clips(args.episodes, args.clip_seconds)
    if args.child:
        result = transcription_alone(paths) if args.child == "alone" else published(args.child, paths, args.workers)
        print(json.dumps(result))
        return
    results = {}
    for mode in ("alone", "sequential", "dask"):
        results[mode] = run_child(mode, args)
        print(f"{mode}: {results[mode]['wall_s']:.1f} s", file=sys.stderr, flush=True)
    alone = results["alone"]["wall_s"]
    print(f"\n{args.episodes} episodes of {args.clip_seconds:g} s, {os.cpu_count()} cores, one run\n")
    print("| how | seconds | episodes per hour | × transcription alone |")
    print("|---|---|---|---|")
    print(f"| transcription alone, one after another (one process, model loaded once) | {alone:.1f} | "
          f"{args.episodes * 3600 / alone:.0f} | 1.00 |")
    for mode, label in (("sequential", "publish-episode, one after another"),
                        ("dask", f"import-catalogue on Dask, {args.workers} worker processes")):
        wall = results[mode]["wall_s"]
        print(f"| {label} ({results[mode]['episodes']} in the feed) | {wall:.1f} | "
              f"{args.episodes * 3600 / wall:.0f} | {wall / alone:.2f} |")


if __name__ == "__main__":
    main()
