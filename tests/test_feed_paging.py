"""RFC 5005 paged feeds (section 3, "Paged Feeds"): with ``feed_page_size``, ``feed.xml`` carries the
newest episodes and older ones go to ``feed-page-N.xml``, linked by ``atom:link`` rel first, previous,
next and last. Published through the real publish stages to a folder served over HTTP, then read the
way podcast apps read it: gPodder's podcastparser follows ``rel="next"`` page by page.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from urllib.request import urlopen

import feedparser
import podcastparser
import pytest
from lxml import etree

from flows import stages
from tasks.feed.build import build_feed_pages
from tasks.feed.items import ItemCache
from tasks.feed.paging import ATOM
from tasks.feed.validate import validate_feed
from tasks.models import AudioFile, EpisodeRecord, Index

PAGE_SIZE = 3
EPISODES = 8  # three pages: 3 + 3 + 2


def record(number: int, base_url: str) -> EpisodeRecord:
    return EpisodeRecord(
        guid=f"paged-{number}", title=f"Paged {number}", slug=f"paged-{number}", audio_sha256=f"{number:064x}",
        pub_date=datetime(2023, 1, 1, tzinfo=UTC) + timedelta(days=number),
        audio=AudioFile(url=f"{base_url}/episodes/paged-{number}/audio.mp3", bytes=1000 + number, duration=60.0))


def links(xml: bytes) -> dict[str, str]:
    channel = etree.fromstring(xml).find("channel")
    return {link.get("rel"): link.get("href") for link in channel.findall(f"{{{ATOM}}}link")}


@pytest.fixture
def paged_show(seed_show, tmp_path, serve_directory, monkeypatch):
    monkeypatch.setenv("CASTFLOW_WORKDIR", str(tmp_path / "work"))
    base_url = serve_directory(tmp_path / "public")
    return seed_show.model_copy(update={"store": f"file://{tmp_path / 'public'}", "base_url": base_url,
                                        "feed_page_size": PAGE_SIZE})


def publish(show, numbers) -> None:
    for number in numbers:
        stages.update_index.fn(show, record(number, show.base_url), keep_pub_date=False)
    stages.publish_feed.fn(show)


def read_all_pages(feed_url: str) -> list[tuple[str, list[str]]]:
    """Follow rel="next" from the main feed over HTTP, as gPodder does: [(page url, [guids])]."""
    pages, url = [], feed_url
    while url:
        assert url not in [p for p, _ in pages], f"paging loops back to {url}"
        with urlopen(url) as response:
            parsed = podcastparser.parse(url, response)
        document = feedparser.parse(url)
        assert not document.bozo, (url, document.get("bozo_exception"))
        assert [e.id for e in document.entries] == [e["guid"] for e in parsed["episodes"]]
        pages.append((url, [e["guid"] for e in parsed["episodes"]]))
        url = parsed.get("paged_feed_next")
    return pages


def test_archive_pages_link_up_and_hold_every_episode_once(prefect_server, paged_show, tmp_path):
    publish(paged_show, range(1, EPISODES + 1))
    base = paged_show.base_url
    public = tmp_path / "public"
    assert sorted(p.name for p in public.glob("feed*.xml")) == ["feed-page-2.xml", "feed-page-3.xml", "feed.xml"]

    pages = read_all_pages(paged_show.feed_url)
    assert [url for url, _ in pages] == [f"{base}/feed.xml", f"{base}/feed-page-2.xml", f"{base}/feed-page-3.xml"]
    guids = [guid for _, page in pages for guid in page]
    assert sorted(guids) == sorted(f"paged-{n}" for n in range(1, EPISODES + 1)), "every episode in one page"
    assert len(guids) == len(set(guids)), "no episode in two pages"
    assert guids == [f"paged-{n}" for n in range(EPISODES, 0, -1)], "newest first across the pages"
    assert [len(page) for _, page in pages] == [3, 3, 2]

    first, last = f"{base}/feed.xml", f"{base}/feed-page-3.xml"
    main, middle, oldest = (links((public / name).read_bytes()) for name in
                            ("feed.xml", "feed-page-2.xml", "feed-page-3.xml"))
    assert main == {"self": first, "first": first, "next": f"{base}/feed-page-2.xml", "last": last}
    assert middle == {"self": f"{base}/feed-page-2.xml", "first": first, "previous": first, "next": last,
                      "last": last}
    assert oldest == {"self": last, "first": first, "previous": f"{base}/feed-page-2.xml", "last": last}
    for name in ("feed.xml", "feed-page-2.xml", "feed-page-3.xml"):
        report = validate_feed((public / name).read_bytes())
        assert report.ok, (name, report.errors)


def test_stale_pages_are_removed_when_the_archive_shrinks(prefect_server, paged_show, tmp_path):
    publish(paged_show, range(1, EPISODES + 1))
    public = tmp_path / "public"
    assert (public / "feed-page-3.xml").exists()

    for number in range(1, 6):  # eight episodes become three: one page
        stages.remove_from_index.fn(paged_show, f"paged-{number}")
    stages.publish_feed.fn(paged_show)
    assert sorted(p.name for p in public.glob("feed*.xml")) == ["feed.xml"]
    assert links((public / "feed.xml").read_bytes()) == {"self": paged_show.feed_url}
    assert read_all_pages(paged_show.feed_url) == [(paged_show.feed_url, ["paged-8", "paged-7", "paged-6"])]

    stages.update_index.fn(paged_show, record(9, paged_show.base_url), keep_pub_date=False)
    stages.publish_feed.fn(paged_show)  # four: the oldest moves to a new page 2
    assert read_all_pages(paged_show.feed_url)[1] == (f"{paged_show.base_url}/feed-page-2.xml", ["paged-6"])


def test_no_page_size_means_one_feed_without_paging_links(seed_show):
    index = Index(episodes=[record(n, seed_show.base_url) for n in range(1, 30)])
    pages = build_feed_pages(seed_show.model_copy(update={"feed_page_size": 0}), index, items=ItemCache())
    assert list(pages) == ["feed.xml"]
    assert set(links(pages["feed.xml"])) == {"self"}
    exact = build_feed_pages(seed_show.model_copy(update={"feed_page_size": 29}), index, items=ItemCache())
    assert list(exact) == ["feed.xml"], "a full first page needs no archive"
    one_more = build_feed_pages(seed_show.model_copy(update={"feed_page_size": 28}), index, items=ItemCache())
    assert list(one_more) == ["feed.xml", "feed-page-2.xml"]
