"""Feed size and rebuild time for a big archive: 5,000 episodes, one feed or RFC 5005 pages.

    .venv/bin/python benchmarks/feed.py [--episodes 5000] [--runs 5]

Each record is shaped like the seed episode's (notes HTML, four transcripts, chapters, two guests and
two hosts), so the bytes are what a real show of that size would serve.

Three rebuilds, each the median of ``--runs``:
- cold: every item rendered by feedgen (a fresh worker with no item cache);
- warm: one new episode on top of the archive, the other items from the process's item cache (the
  second build of every publish, and every publish after the first in a long-running worker);
- from the cache file: as warm, but the cache read from the worker's disk first (a scheduled run in
  a fresh process).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tasks.feed.build import build_feed_pages
from tasks.feed.items import ItemCache
from tasks.feed.validate import validate_feed
from tasks.models import (
    FEED_KEY,
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
    start = datetime(2000, 1, 1, tzinfo=UTC)
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


def median_seconds(runs: int, build) -> tuple[float, dict[str, bytes]]:
    times, pages = [], {}
    for _ in range(runs):
        began = time.perf_counter()
        pages = build()
        times.append(time.perf_counter() - began)
    return statistics.median(times), pages


def newest_added(index: Index) -> Index:
    last = max(index.episodes, key=lambda e: e.pub_date)
    return index.upsert(last.model_copy(update={"guid": "new-episode", "slug": "new-episode", "title": "New",
                                                "pub_date": last.pub_date + timedelta(days=1)}))


def measure(show, index, runs: int) -> dict[str, tuple[float, dict[str, bytes]]]:
    cover = "https://cdn.example.com/cover.png"
    cold = median_seconds(runs, lambda: build_feed_pages(show, index, cover, items=ItemCache()))
    cache = ItemCache()
    build_feed_pages(show, index, cover, items=cache)
    grown = newest_added(index)
    warm = median_seconds(runs, lambda: build_feed_pages(show, grown, cover, items=cache))
    with tempfile.TemporaryDirectory() as scratch:
        path = Path(scratch) / "items.json"
        saved = ItemCache()
        build_feed_pages(show, index, cover, items=saved)
        saved.save(path)

        def from_file():
            loaded = ItemCache()
            loaded.load(path)
            return build_feed_pages(show, grown, cover, items=loaded)

        stored = median_seconds(runs, from_file)
    assert warm[1] == stored[1] == build_feed_pages(show, grown, cover, items=ItemCache())
    return {"cold": cold, "warm": warm, "file": stored}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--episodes", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    index = synthetic_index(args.episodes)
    show = load_show(ROOT / "seeds" / "show.yaml")
    print("| layout | feed.xml bytes | pages | cold rebuild | warm: +1 episode | +1 from the cache file "
          "| feed.xml valid |")
    print("|---|---|---|---|---|---|---|")
    for size in (0, 300):
        paged = show.model_copy(update={"feed_page_size": size})
        times = measure(paged, index, args.runs)
        pages = times["cold"][1]
        label = f"all {args.episodes} in one feed" if size == 0 else f"newest {size} + RFC 5005 pages"
        report = validate_feed(pages[FEED_KEY])
        print(f"| {label} | {len(pages[FEED_KEY]):,} | {len(pages)} | {times['cold'][0]:.2f} s | "
              f"{times['warm'][0]:.2f} s | {times['file'][0]:.2f} s | "
              f"{'yes' if report.ok else report.errors[:2]} |")
    print(f"\n(median of {args.runs} runs each)")
    whole = build_feed_pages(show, index, items=ItemCache())[FEED_KEY]
    began = time.perf_counter()
    validate_feed(whole)
    print(f"\nvalidating the {args.episodes}-episode feed: {time.perf_counter() - began:.2f} s")


if __name__ == "__main__":
    main()
