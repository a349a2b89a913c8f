"""The whole publish_episode flow on a long episode, stage by stage, against the `whisper` command line.

    .venv/bin/python benchmarks/e2e.py [--minutes 60] [--runs 3] [--baseline] [--baseline-minutes 10]
    .venv/bin/python benchmarks/e2e.py --minutes 180 --runs 1 --no-retry --no-feed   # memory at 3 hours

The long episode loops the seed audio (a 3-minute, four-voice conversation) to the length asked for.
Each measurement runs in a fresh child process, so peak RSS is that run's own: the child's
``ru_maxrss`` (the flow: Python, the models) and the largest of its children's (ffmpeg, and the
throwaway Prefect server the benchmark starts, which a real deployment runs elsewhere). Printed as
Markdown tables.

Measured in one run, side by side:
- first publish: wall time per stage, real-time factor (wall / audio duration), peak RSS, word error rate;
- castflow's transcription alone on the same file, with the arguments the flow gives it, in its own
  process (its own decode and model load, as `castflow transcribe` runs), interleaved with the flow's runs;
- a re-run after the upload stage failed (what a retry costs: audio and transcript reused);
- the `whisper` command (openai-whisper) on the same audio and the same tiny.en weights (as a .pt),
  when openai-whisper is installed (``--baseline``);
- rebuilding the feed of a 5,000-episode index.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from transcribe import word_error_rate  # benchmarks/transcribe.py: the same WER, measured the same way

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "episodes" / "2x27"
CACHE = ROOT / ".castflow" / "bench"
sys.path.insert(0, str(ROOT))


def long_episode(minutes: float) -> tuple[Path, str]:
    """The seed looped to ``minutes`` (frames copied, no re-encode), and the text it speaks."""
    from tasks.audio import probe

    seed_seconds = probe(SEED / "audio.mp3").duration
    loops = math.ceil(minutes * 60 / seed_seconds)
    CACHE.mkdir(parents=True, exist_ok=True)
    path = CACHE / f"long-{loops}x.mp3"
    if not path.exists():
        subprocess.run(["ffmpeg", "-nostdin", "-v", "error", "-y", "-stream_loop", str(loops - 1),
                        "-i", str(SEED / "audio.mp3"), "-c", "copy", str(path)], check=True)
    script = json.loads((SEED / "script.json").read_text())
    text = " ".join(turn["text"] for turn in script["turns"])
    return path, " ".join([text] * loops)


def bench_episode(audio: Path):
    """The episode both the flow and transcription alone are given, so their names agree."""
    from tasks.models import EpisodeInput

    return EpisodeInput(title="Benchmark: a long episode", audio=str(audio), publish_at="2021-07-06T09:00:00Z",
                        description="The seed conversation, looped.", slug="benchmark")


# --- the child: one measured run ---------------------------------------------------------------


def child(audio: Path, reference: str, fail_upload_first: bool) -> dict:
    from prefect.testing.utilities import prefect_test_harness

    from flows import stages
    from flows.publish_episode import publish_episode
    from tasks.models import load_show
    from tasks.notes import expected_names

    scratch = Path(tempfile.mkdtemp(prefix="castflow-bench-"))
    os.environ["CASTFLOW_WORKDIR"] = str(scratch / "work")
    show = load_show(ROOT / "seeds" / "show.yaml", store=f"file://{scratch / 'public'}")
    episode = bench_episode(audio)
    result: dict = {}
    with prefect_test_harness(server_startup_timeout=120):
        if fail_upload_first:
            real, stages.upload_media.fn = stages.upload_media.fn, _fail
            stages.upload_media.retries = 0
            began = time.perf_counter()
            state = publish_episode(episode=episode, show=show, return_state=True)
            result["failed_run_s"] = time.perf_counter() - began
            assert state.is_failed()
            stages.upload_media.fn = real
        began = time.perf_counter()
        state = publish_episode(episode=episode, show=show, return_state=True)
        result["wall_s"] = time.perf_counter() - began
        result["stages"] = _stage_times(state.state_details.flow_run_id)
        published = state.result()
    transcript = json.loads((scratch / "public" / "episodes" / "benchmark" / "transcript.json").read_text())
    text = " ".join(s["body"] for s in transcript["segments"])
    result["wer"] = word_error_rate(reference, text, expected_names(show, episode), show.glossary)
    result["duration_s"] = published.record.audio.duration
    result["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    result["peak_rss_children_mb"] = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    shutil.rmtree(scratch, ignore_errors=True)
    return result


def _fail(*args, **kwargs):
    raise ConnectionError("injected: the store went away during the upload")


def _stage_times(flow_run_id) -> dict[str, float]:
    from prefect import get_client
    from prefect.client.schemas.filters import FlowRunFilter, FlowRunFilterId

    with get_client(sync_client=True) as client:
        runs = client.read_task_runs(flow_run_filter=FlowRunFilter(id=FlowRunFilterId(any_=[flow_run_id])))
    times: dict[str, float] = {}
    for run in runs:
        name = run.name.rsplit("-", 1)[0]
        times[name] = times.get(name, 0.0) + run.total_run_time.total_seconds()
    return times


def run_child(audio: Path, reference: Path, fail_upload_first: bool = False) -> dict:
    command = [sys.executable, __file__, "--child", str(audio), "--reference", str(reference)]
    if fail_upload_first:
        command.append("--fail-upload-first")
    with tempfile.TemporaryDirectory(prefix="castflow-results-") as results:
        # Each first run starts cold: Prefect keeps the transcript it caches (by the audio's hash) in
        # its result storage, which by default outlives the process (~/.prefect/storage).
        env = {**os.environ, "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
               "PREFECT_RESULTS_LOCAL_STORAGE_PATH": results}
        output = subprocess.run(command, check=True, capture_output=True, text=True, cwd=ROOT, env=env).stdout
    return json.loads(output.strip().splitlines()[-1])


def transcription_alone(audio: Path, reference: str) -> dict:
    """castflow's transcription alone, in a fresh process: ``transcribe_audio`` on the file with the
    arguments the flow's transcribe stage gives it (options, names, glossary, hosts), model load and
    decode included, as `castflow transcribe` would run it."""
    command = [sys.executable, __file__, "--transcribe-child", str(audio)]
    began = time.perf_counter()
    output = subprocess.run(command, check=True, capture_output=True, text=True, cwd=ROOT).stdout
    wall = time.perf_counter() - began
    text, names, glossary = json.loads(output.strip().splitlines()[-1])
    return {"wall_s": wall, "wer": word_error_rate(reference, text, names, glossary)}


def transcribe_child(audio: Path) -> list:
    from tasks.models import load_show
    from tasks.notes import expected_names
    from tasks.transcription import transcribe_audio

    show = load_show(ROOT / "seeds" / "show.yaml")
    episode = bench_episode(audio)
    names = expected_names(show, episode)
    transcript = transcribe_audio(audio, show.transcription, names, show.glossary,
                                  hosts=[h.name for h in show.hosts])
    return [" ".join(s.text for s in transcript.segments), names, show.glossary]


# --- the baseline: the `whisper` command ---------------------------------------------------------


def whisper_baseline(audio: Path, reference: str) -> dict | None:
    whisper = shutil.which("whisper", path=str(Path(sys.executable).parent))
    if whisper is None:
        return None
    from tasks.transcription.weights import bundled_tiny_en, model_cache_dir

    try:
        from tasks.transcription.convert import cached_checkpoint
    except ImportError:
        return None
    checkpoint = cached_checkpoint(bundled_tiny_en(), model_cache_dir())
    out = Path(tempfile.mkdtemp(prefix="castflow-whisper-"))
    began = time.perf_counter()
    timed = subprocess.run(["/usr/bin/time", "-f", "%M", whisper, str(audio), "--model", str(checkpoint),
                            "--language", "en", "--device", "cpu", "--fp16", "False", "--output_format", "txt",
                            "--output_dir", str(out), "--verbose", "False"], capture_output=True, text=True)
    wall = time.perf_counter() - began
    if timed.returncode != 0:
        return {"error": timed.stderr[-500:]}
    text = next(out.glob("*.txt")).read_text()
    from tasks.models import load_show

    show = load_show(ROOT / "seeds" / "show.yaml")
    return {"wall_s": wall, "peak_rss_mb": int(timed.stderr.strip().splitlines()[-1]) / 1024,
            "wer": word_error_rate(reference, text, [h.name for h in show.hosts], show.glossary)}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--minutes", type=float, default=60)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--baseline", action="store_true", help="also time the `whisper` command")
    parser.add_argument("--baseline-minutes", type=float, default=None,
                        help="time `whisper` on a shorter cut (it is slow) and compare real-time factors")
    parser.add_argument("--no-retry", action="store_true", help="skip the re-run after an upload failure")
    parser.add_argument("--no-feed", action="store_true", help="skip the 5,000-episode feed rebuild")
    parser.add_argument("--child")
    parser.add_argument("--transcribe-child")
    parser.add_argument("--reference")
    parser.add_argument("--fail-upload-first", action="store_true")
    args = parser.parse_args()
    if args.transcribe_child:
        print(json.dumps(transcribe_child(Path(args.transcribe_child))))
        return
    if args.child:
        result = child(Path(args.child), Path(args.reference).read_text(), args.fail_upload_first)
        print(json.dumps(result))
        return

    audio, text = long_episode(args.minutes)
    reference = CACHE / f"{audio.stem}.txt"
    reference.write_text(text)
    firsts, alones = [], []
    for number in range(1, args.runs + 1):
        firsts.append(run_child(audio, reference))
        alones.append(transcription_alone(audio, text))
        print(f"run {number}: flow {firsts[-1]['wall_s']:.1f} s, transcription alone {alones[-1]['wall_s']:.1f} s",
              file=sys.stderr, flush=True)
    retry = None if args.no_retry else run_child(audio, reference, fail_upload_first=True)
    duration = firsts[0]["duration_s"]
    median = statistics.median(r["wall_s"] for r in firsts)
    print(f"\nEpisode: {duration / 60:.1f} min, {os.cpu_count()} cores, median of {args.runs} runs\n")
    print("| stage | seconds (median) | share |")
    print("|---|---|---|")
    order = ["preflight", "fetch-audio", "decode-audio", "master-audio", "transcribe", "write-notes",
             "assemble-episode", "upload-media", "update-index", "publish-feed", "remove-files"]
    for stage in sorted(firsts[0]["stages"], key=lambda s: order.index(s) if s in order else len(order)):
        seconds = statistics.median(r["stages"].get(stage, 0.0) for r in firsts)
        print(f"| {stage} | {seconds:.1f} | {seconds / median:.0%} |")
    print(f"| **whole flow** | **{median:.1f}** | RTF **{median / duration:.3f}** |")
    walls = ", ".join(f"{r['wall_s']:.1f} s" for r in firsts)
    print(f"\nwhole-flow runs: {walls}")
    print(f"\npeak RSS: {max(r['peak_rss_mb'] for r in firsts):.0f} MB (the flow's process), "
          f"{max(r['peak_rss_children_mb'] for r in firsts):.0f} MB (its largest child: ffmpeg or the Prefect "
          f"test server)")
    print(f"word error rate: {statistics.median(r['wer'] for r in firsts):.2%}")
    alone = statistics.median(r["wall_s"] for r in alones)
    print(f"transcription alone (the stage's call, own process), same file: {alone:.1f} s (runs: "
          + ", ".join(f"{r['wall_s']:.1f}" for r in alones)
          + f"), WER {statistics.median(r['wer'] for r in alones):.2%}")
    print(f"whole flow / transcription alone: {median / alone:.2f}")
    if retry is not None:
        print(f"re-run after an upload failure: {retry['wall_s']:.1f} s = {retry['wall_s'] / median:.1%} of a first "
              f"run (the failed run took {retry['failed_run_s']:.1f} s)")
    if args.baseline:
        cut, cut_text = (audio, text) if not args.baseline_minutes else long_episode(args.baseline_minutes)
        base = whisper_baseline(cut, cut_text)
        if base is None:
            print("`whisper` baseline: openai-whisper (or castflow's converter) is not installed")
        elif "error" in base:
            print(f"`whisper` baseline failed: {base['error']}")
        else:
            cut_seconds = duration if cut == audio else args.baseline_minutes * 60
            rtf = base["wall_s"] / cut_seconds
            print(f"`whisper` command on {cut_seconds / 60:.0f} min: {base['wall_s']:.0f} s (RTF {rtf:.3f}), "
                  f"peak RSS {base['peak_rss_mb']:.0f} MB, WER {base['wer']:.2%}")
            print(f"castflow whole flow / `whisper` transcription alone (RTF ratio): {(median / duration) / rtf:.2f}")
    if args.no_feed:
        return
    from feed import main as feed_benchmark  # the 5,000-episode feed rebuild

    sys.argv = [sys.argv[0], "--runs", "3"]
    print()
    feed_benchmark()


if __name__ == "__main__":
    main()
