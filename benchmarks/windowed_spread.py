"""How far windowed recognition drifts from whole-file recognition, run after run (issue 15).

Runs what tests/test_transcription.py::test_long_audio_is_recognised_in_windows_that_end_in_pauses runs
(the seed, default options, 50 s windows, raw recognition before name correction) N times, each time transcribing
the whole file and the windowed file afresh, and prints each run's word error rates and their spread.

    nice -n 10 .venv/bin/python benchmarks/windowed_spread.py --runs 20
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import jiwer

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tasks.models import TranscriptionOptions  # noqa: E402
from tasks.transcription import windows  # noqa: E402
from tasks.transcription.engines import recognise  # noqa: E402
from tests.conftest import SEED_EPISODE, normalise_words  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--out", default=str(ROOT / ".castflow" / "windowed-spread.json"))
    args = parser.parse_args()
    script = json.loads((SEED_EPISODE.parent / "script.json").read_text())
    reference = normalise_words(" ".join(turn["text"] for turn in script["turns"]))  # raw: no name correction
    with tempfile.TemporaryDirectory() as folder:
        wav = Path(folder) / "seed.wav"
        subprocess.run(["ffmpeg", "-nostdin", "-y", "-loglevel", "error", "-i", str(SEED_EPISODE.parent / "audio.mp3"),
                        "-ac", "1", "-ar", "16000", str(wav)], check=True)
        rows = []
        for run in range(args.runs):
            started = time.monotonic()
            windows.WINDOW_SECONDS, windows.TAIL_SECONDS = 15 * 60, 60
            whole = normalise_words(recognise(wav, TranscriptionOptions()).text)
            windows.WINDOW_SECONDS, windows.TAIL_SECONDS = 50, 20
            windowed = normalise_words(recognise(wav, TranscriptionOptions()).text)
            row = {"run": run, "whole_vs_windowed": jiwer.wer(whole, windowed),
                   "whole_vs_reference": jiwer.wer(reference, whole),
                   "windowed_vs_reference": jiwer.wer(reference, windowed),
                   "whole_text_hash": hash(whole), "windowed_text_hash": hash(windowed),
                   "seconds": round(time.monotonic() - started, 1)}
            rows.append(row)
            print(json.dumps(row), flush=True)
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(rows, indent=1))
    for key in ("whole_vs_windowed", "whole_vs_reference", "windowed_vs_reference"):
        values = [r[key] for r in rows]
        print(f"{key}: min {min(values):.4f} max {max(values):.4f} mean {statistics.mean(values):.4f}")
    print("distinct whole texts:", len({r["whole_text_hash"] for r in rows}),
          "distinct windowed texts:", len({r["windowed_text_hash"] for r in rows}))


if __name__ == "__main__":
    main()
