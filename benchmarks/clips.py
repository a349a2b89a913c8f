"""Cost of soundbite clips: CPU-seconds per second of soundbite, for each shape and both together.

    .venv/bin/python benchmarks/clips.py [--seconds 10 20 30] [--runs 3]

Renders soundbites of the seed episode (cover art, waveform, captions from a word-timed transcript)
with tasks/clips.py, as the make-clips stage does. CPU time is ffmpeg's (the children's user + system
time): what a worker pays, whatever else shares the machine, unlike wall time.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tasks.clips import SHAPES, captions, render_clip, small_cover
from tasks.models import Segment, Soundbite, Transcript, Word

ROOT = Path(__file__).resolve().parents[1]
AUDIO = ROOT / "seeds" / "episodes" / "2x27" / "audio.mp3"
COVER = ROOT / "seeds" / "cover.png"


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def word_timed(duration: float) -> Transcript:
    """Three words a second across the seed's length: a talker's pace, so captions change as often."""
    words = [Word(start=i / 3, end=i / 3 + 0.3, word=f"word{i}") for i in range(int(duration * 3))]
    return Transcript(engine="bench", model="bench", duration=duration,
                      segments=[Segment(start=0, end=duration, text="", words=words)])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, nargs="+", default=[10.0, 30.0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    transcript = word_timed(170.0)
    with tempfile.TemporaryDirectory() as scratch:
        work = Path(scratch)
        cover = small_cover(COVER, work / "cover.png")
        print(f"{'soundbite':>10} {'shape':>9} {'CPU s':>7} {'CPU s per s':>12}")
        for seconds in args.seconds:
            bite = Soundbite(start=20.0, duration=seconds)
            lines = captions(transcript, bite)
            total = 0.0
            for shape in SHAPES:
                costs = []
                for run in range(args.runs):
                    before = children_cpu()
                    render_clip(AUDIO, cover, bite, lines, shape, work / f"{shape.name}-{run}.mp4")
                    costs.append(children_cpu() - before)
                cost = statistics.median(costs)
                total += cost
                print(f"{seconds:>9.0f}s {shape.name:>9} {cost:>7.2f} {cost / seconds:>12.3f}")
            print(f"{seconds:>9.0f}s {'both':>9} {total:>7.2f} {total / seconds:>12.3f}")


if __name__ == "__main__":
    main()
