"""The feed built from an index: Apple's and Podcasting 2.0's tags, parsed back by real parsers."""

from __future__ import annotations

import io
from datetime import UTC, datetime, timedelta

import feedparser
import podcastparser
import pytest
from lxml import etree

from tasks.feed.build import build_feed
from tasks.models import AudioFile, EpisodeRecord, Index, Person, TranscriptLink

NS = {"itunes": "http://www.itunes.com/dtds/podcast-1.0.dtd", "podcast": "https://podcastindex.org/namespace/1.0"}


def record(number: int, **changes) -> EpisodeRecord:
    values = dict(
        guid=f"guid-{number}", title=f"Episode {number}", slug=f"episode-{number}",
        pub_date=datetime(2021, 7, 1, 9, tzinfo=UTC) + timedelta(days=number),
        audio=AudioFile(url=f"https://cdn.example.com/e{number}.mp3", bytes=1000 + number, duration=61.0),
        audio_sha256="0" * 64,
        transcripts=[TranscriptLink(url=f"https://cdn.example.com/e{number}.vtt", type="text/vtt"),
                     TranscriptLink(url=f"https://cdn.example.com/e{number}.json", type="application/json")],
        chapters_url=f"https://cdn.example.com/e{number}/chapters.json",
        link=f"https://example.com/episodes/episode-{number}/",
        description="Plain description", content_html="<p>Notes with <a href=\"https://x.org\">a link</a></p>",
        guests=[Person(name="Ada Lovelace", role="guest")], hosts=[Person(name="Grace Hopper", role="host")],
        tags=["@ada"], season=2, episode=number, explicit=False,
        image="https://cdn.example.com/art.jpeg?v=2",
    )
    values.update(changes)
    return EpisodeRecord(**values)


@pytest.fixture
def feed_bytes(seed_show):
    index = Index(episodes=[record(1), record(3), record(2)])
    return build_feed(seed_show, index, "https://cdn.example.com/cover.jpeg?size=3000")


def test_same_index_gives_the_same_bytes(seed_show, feed_bytes):
    index = Index(episodes=[record(1), record(3), record(2)])
    assert build_feed(seed_show, index, "https://cdn.example.com/cover.jpeg?size=3000") == feed_bytes


def test_parsers_read_every_episode_newest_first(feed_bytes):
    parsed = podcastparser.parse("https://example.com/feed.xml", io.BytesIO(feed_bytes))
    assert [e["title"] for e in parsed["episodes"]] == ["Episode 3", "Episode 2", "Episode 1"]
    assert parsed["episodes"][0]["enclosures"][0] == {
        "url": "https://cdn.example.com/e3.mp3", "file_size": 1003, "mime_type": "audio/mpeg"}
    assert parsed["episodes"][0]["total_time"] == 61
    assert parsed["episodes"][0]["guid"] == "guid-3"
    assert parsed["cover_url"] == "https://cdn.example.com/cover.jpeg?size=3000"
    document = feedparser.parse(feed_bytes)
    assert not document.bozo, document.get("bozo_exception")
    assert document.feed.title == "Utilizing AI"
    assert document.entries[0].content[0].value.startswith("<p>Notes with")


def test_apple_tags(feed_bytes):
    root = etree.fromstring(feed_bytes)
    channel = root.find("channel")
    assert channel.findtext("itunes:explicit", namespaces=NS) == "false"
    categories = channel.findall("itunes:category", namespaces=NS)
    assert [c.get("text") for c in categories] == ["Technology", "News"]
    assert categories[1].find("itunes:category", namespaces=NS).get("text") == "Tech News"
    assert channel.find("itunes:image", namespaces=NS).get("href").endswith(".jpeg?size=3000")
    assert channel.findtext("link") == "http://127.0.0.1:8000"
    assert channel.find("{http://www.w3.org/2005/Atom}link").get("rel") == "self"
    item = channel.find("item")
    assert item.findtext("itunes:episode", namespaces=NS) == "3"
    assert item.findtext("itunes:season", namespaces=NS) == "2"
    assert item.findtext("itunes:duration", namespaces=NS) == "00:01:01"
    assert item.find("itunes:image", namespaces=NS).get("href") == "https://cdn.example.com/art.jpeg?v=2"
    assert item.findtext("pubDate") == "Sun, 04 Jul 2021 09:00:00 +0000"
    assert b"<description><![CDATA[<p>Notes" in feed_bytes


def test_podcasting_20_tags(feed_bytes, seed_show):
    root = etree.fromstring(feed_bytes)
    assert root.nsmap["podcast"] == NS["podcast"]
    assert feed_bytes.count(b'xmlns:podcast=') == 1
    channel = root.find("channel")
    assert channel.findtext("podcast:guid", namespaces=NS) == seed_show.podcast_guid
    assert channel.find("podcast:locked", namespaces=NS).get("owner") == "podcast@example.com"
    item = channel.find("item")
    transcripts = item.findall("podcast:transcript", namespaces=NS)
    assert [(t.get("type"), t.get("rel")) for t in transcripts] == [("text/vtt", "captions"),
                                                                    ("application/json", None)]
    assert item.find("podcast:chapters", namespaces=NS).get("type") == "application/json+chapters"
    people = [(p.text, p.get("role")) for p in item.findall("podcast:person", namespaces=NS)]
    assert people == [("Grace Hopper", "host"), ("Ada Lovelace", "guest")]
    assert item.findtext("podcast:episode", namespaces=NS) == "3"


def test_explicit_true_and_empty_feed(seed_show):
    explicit = seed_show.model_copy(update={"explicit": True})
    empty = build_feed(explicit, Index())
    root = etree.fromstring(empty)
    assert root.find("channel").findtext("itunes:explicit", namespaces=NS) == "true"
    assert root.find("channel").find("item") is None
    assert build_feed(explicit, Index()) == empty


def test_items_come_from_the_cache_only_while_their_records_are_unchanged(seed_show, tmp_path):
    from tasks.feed.items import ItemCache

    cover = "https://cdn.example.com/cover.jpeg?size=3000"
    index = Index(episodes=[record(n) for n in range(1, 6)])
    fresh = build_feed(seed_show, index, cover, items=ItemCache())
    cache = ItemCache()
    assert build_feed(seed_show, index, cover, items=cache) == fresh and len(cache) == 5
    assert build_feed(seed_show, index, cover, items=cache) == fresh  # every item from the cache
    assert b"<![CDATA[<p>Notes with" in fresh  # CDATA survives the round trip through the cache

    cache.save(tmp_path / "items.json")
    reloaded = ItemCache()
    reloaded.load(tmp_path / "items.json")
    assert len(reloaded) == 5 and build_feed(seed_show, index, cover, items=reloaded) == fresh

    edited = index.upsert(record(3, title="Episode 3, retitled"))
    assert build_feed(seed_show, edited, cover, items=reloaded) == build_feed(seed_show, edited, cover,
                                                                             items=ItemCache())
    assert b"Episode 3, retitled" in build_feed(seed_show, edited, cover, items=reloaded)
    german = seed_show.model_copy(update={"language": "de"})  # transcripts inherit the show's language
    assert b'language="de"' in build_feed(german, index, cover, items=reloaded)

    (tmp_path / "broken.json").write_text("{not json")
    broken = ItemCache()
    broken.load(tmp_path / "broken.json")  # an unreadable cache only means rendering everything
    assert len(broken) == 0 and build_feed(seed_show, index, cover, items=broken) == fresh
