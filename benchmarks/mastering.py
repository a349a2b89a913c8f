"""What each part of mastering costs, side by side in one run, and what the result measures.

    nice -n 10 .venv/bin/python benchmarks/mastering.py [--minutes 20] [--rounds 2]

On the seed looped to ``--minutes`` (benchmarks/e2e.py builds it), each ffmpeg pass is timed in turn,
round after round, so a machine whose load changes affects every setting alike: the old combined decode
(recogniser WAV + true-peak metering), the recogniser's WAV alone, loudness metering with and without
true peak, the limiter's trial, and the MP3 encode at LAME qualities 2, 3 (LAME's default), 5 and 7. Each
encode is then metered by the independent meter (tests/meter.py: pyloudnorm and a 4x oversample).
Prints a Markdown table of medians.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from e2e import CACHE, long_episode  # noqa: E402 (benchmarks/e2e.py: the same long file)

LIMITER = "alimiter=limit=0.8414:attack=5:release=50:level=false"


def passes(source: Path, scratch: Path) -> dict[str, list[str]]:
    common = ["ffmpeg", "-hide_banner", "-nostdin", "-y", "-nostats", "-i", str(source), "-map", "0:a:0"]
    wav = ["-ac", "1", "-ar", "16000", "-c:a", "pcm_s16le", str(scratch / "asr.wav")]
    found = {
        "decode: WAV + true-peak metering in one pass (before)": [
            *common, "-af", "ebur128=peak=true:framelog=verbose", "-f", "null", "-", "-map", "0:a:0", *wav],
        "decode: the recogniser's WAV alone (now)": [*common, *wav],
        "meter: loudness only": [*common, "-af", "ebur128=framelog=verbose", "-f", "null", "-"],
        "meter: loudness + sample peak": [*common, "-af", "ebur128=peak=sample:framelog=verbose", "-f", "null", "-"],
        "meter: loudness + true peak (now)": [*common, "-af", "ebur128=peak=true:framelog=verbose", "-f", "null", "-"],
        "limiter trial: gain + limiter + loudness": [
            *common, "-af", f"volume=5.2dB,{LIMITER},ebur128=framelog=verbose", "-f", "null", "-"],
    }
    for quality in (2, 3, 5, 7):
        found[f"encode: LAME -q {quality}{' (now)' if quality == 7 else ''}"] = [
            *common, "-af", f"volume=6.5dB,{LIMITER}", "-ac", "2", "-ar", "44100", "-c:a", "libmp3lame",
            "-b:a", "128k", "-compression_level", str(quality), str(scratch / f"q{quality}.mp3")]
    return found


def main() -> None:
    from tests.meter import independent_loudness

    parser = argparse.ArgumentParser()
    parser.add_argument("--minutes", type=float, default=20)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    source, _ = long_episode(args.minutes)
    scratch = CACHE / "mastering"
    scratch.mkdir(parents=True, exist_ok=True)
    commands = passes(source, scratch)
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(args.rounds):
        for name, command in commands.items():
            began = time.perf_counter()
            subprocess.run(command, check=True, capture_output=True)
            times[name].append(time.perf_counter() - began)
    seconds = float(subprocess.run(["ffprobe", "-v", "error", "-show_entries", "format=duration", "-of", "csv=p=0",
                                    str(source)], capture_output=True, text=True).stdout)
    print(f"\n{seconds / 60:.1f} min of stereo MP3, median of {args.rounds} rounds, passes interleaved\n")
    print("| pass | seconds | × audio duration | independent meter (LUFS, dBTP) |")
    print("|---|---|---|---|")
    for name, measured in times.items():
        median = statistics.median(measured)
        meter = ""
        if name.startswith("encode"):
            lufs, peak = independent_loudness(scratch / f"q{name.split('-q ')[1][0]}.mp3")
            meter = f"{lufs:.2f}, {peak:.2f}"
        print(f"| {name} | {median:.1f} | {median / seconds:.4f} | {meter} |")


if __name__ == "__main__":
    main()
