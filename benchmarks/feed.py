"""Feed size and rebuild time for a big archive: 5,000 episodes, one feed or RFC 5005 pages.

    .venv/bin/python benchmarks/feed.py [--episodes 5000] [--runs 5]

Each record is shaped like the seed episode's (notes HTML, four transcripts, chapters, two guests and
two hosts), so the bytes are what a real show of that size would serve.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tasks.feed.build import build_feed_pages  # noqa: E402
from tasks.feed.validate import validate_feed  # noqa: E402
from tasks.models import (  # noqa: E402
    AudioFile,
    Chapter,
    Company,
    EpisodeRecord,
    Index,
    Person,
    TranscriptLink,
    load_show,
)

ROOT = Path(__file__).resolve().parents[1]


def synthetic_index(count: int) -> Index:
    notes = "<p>" + "A summary sentence of a typical length for show notes. " * 12 + "</p>" + \
        "<ol>" + "<li>A question the hosts asked in the episode?</li>" * 3 + "</ol>"
    start = datetime(2000, 1, 1, tzinfo=timezone.utc)
    episodes = []
    for n in range(count):
        slug = f"episode-{n}"
        base = f"https://cdn.example.com/episodes/{slug}"
        episodes.append(EpisodeRecord(
            guid=f"00000000-0000-5000-8000-{n:012d}", title=f"Episode {n}: a title of a usual length", slug=slug,
            pub_date=start + timedelta(days=n), audio_sha256="0" * 64,
            audio=AudioFile(url=f"{base}/{slug}-0123456789ab.mp3", bytes=50_000_000 + n, duration=3600.0),
            transcripts=[TranscriptLink(url=f"{base}/transcript.{ext}", type=mime) for ext, mime in
                         (("vtt", "text/vtt"), ("srt", "application/x-subrip"), ("json", "application/json"),
                          ("txt", "text/plain"))],
            chapters_url=f"{base}/chapters.json", link=f"https://example.com/episodes/{slug}/",
            description="A plain description. " * 20, content_html=notes, summary="A summary.",
            guests=[Person(name="Ada Lovelace", role="guest"), Person(name="Alan Turing", role="guest")],
            hosts=[Person(name="Grace Hopper", role="host"), Person(name="Edsger Dijkstra", role="co-host")],
            companies=[Company(name="Analytical Engines")], tags=["computing", "history"],
            chapters=[Chapter(start=0, title="Intro")], season=1, episode=n + 1,
        ))
    return Index(episodes=episodes)


def measure(show, index, runs: int) -> tuple[float, dict[str, bytes]]:
    times = []
    for _ in range(runs):
        began = time.perf_counter()
        pages = build_feed_pages(show, index, "https://cdn.example.com/cover.png")
        times.append(time.perf_counter() - began)
    return statistics.median(times), pages


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--episodes", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    index = synthetic_index(args.episodes)
    show = load_show(ROOT / "seeds" / "show.yaml")
    print(f"| layout | feed.xml bytes | pages | rebuild (median of {args.runs}) | feed.xml valid |")
    print("|---|---|---|---|---|")
    for size in (0, 300):
        paged = show.model_copy(update={"feed_page_size": size})
        seconds, pages = measure(paged, index, args.runs)
        label = f"all {args.episodes} in one feed" if size == 0 else f"newest {size} + RFC 5005 pages"
        report = validate_feed(pages["feed.xml"])
        print(f"| {label} | {len(pages['feed.xml']):,} | {len(pages)} | {seconds:.2f} s | "
              f"{'yes' if report.ok else report.errors[:2]} |")
    began = time.perf_counter()
    validate_feed(build_feed_pages(show, index)["feed.xml"])
    print(f"\nvalidating the {args.episodes}-episode feed: {time.perf_counter() - began - seconds:.2f} s (approx.)")


if __name__ == "__main__":
    main()
