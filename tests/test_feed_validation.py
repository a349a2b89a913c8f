"""The feed validator's failure paths: every rule it enforces, broken one at a time in an otherwise
valid feed, refuses the feed with FeedInvalid and a message naming the element; warnings do not
refuse. And a publish whose feed would be invalid changes nothing in the store."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from pathlib import Path

import pytest
from lxml import etree

from flows import stages
from tasks.feed.build import build_feed
from tasks.feed.items import ItemCache
from tasks.feed.validate import FeedInvalid, require_valid, validate_feed
from tasks.feed.xml import ITUNES, PODCAST
from tasks.models import AudioFile, EpisodeRecord, Index

from .test_feed import record

NS = {"itunes": ITUNES, "podcast": PODCAST, "atom": "http://www.w3.org/2005/Atom"}
COVER = "https://cdn.example.com/cover.jpeg?size=3000"


@pytest.fixture
def valid_feed(seed_show) -> bytes:
    feed = build_feed(seed_show, Index(episodes=[record(1), record(2)]), COVER, items=ItemCache())
    report = validate_feed(feed)
    assert report.ok and not report.warnings, (report.errors, report.warnings)
    return feed


def edit(feed: bytes, change) -> bytes:
    root = etree.fromstring(feed)
    change(root.find("channel"))
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8")


def remove(path: str):
    def change(channel):
        node = channel.find(path, NS)
        node.getparent().remove(node)
    return change


def set_text(path: str, text: str):
    def change(channel):
        channel.find(path, NS).text = text
    return change


def set_attr(path: str, name: str, value: str):
    def change(channel):
        channel.find(path, NS).set(name, value)
    return change


def first_item_pubdate(text):
    return set_text("item/pubDate", text)


def duplicate_guid(channel):
    items = channel.findall("item")
    items[1].find("guid").text = items[0].find("guid").text


def long_description(channel):
    channel.find("item/description").text = "é" * 2001  # 4002 bytes, 2001 characters


def unknown_category(channel):
    channel.find("itunes:category", NS).set("text", "Podcasting Tips")


def unknown_subcategory(channel):
    channel.findall("itunes:category", NS)[1].find("itunes:category", NS).set("text", "Gossip")


def no_categories(channel):
    for category in channel.findall("itunes:category", NS):
        channel.remove(category)


# (rule, how the feed is broken, words the one error must contain)
ERRORS = [
    ("channel title", remove("title"), "channel: <title> is missing or empty"),
    ("channel description", set_text("description", "  "), "channel: <description> is missing or empty"),
    ("channel link", remove("link"), "channel: <link> is missing or empty"),
    ("channel language", remove("language"), "channel: <language> is missing or empty"),
    ("cover art missing", remove("itunes:image"), "<itunes:image href> must be an http(s) URL of a .jpg or .png"),
    ("cover art a GIF", set_attr("itunes:image", "href", "https://cdn.example.com/cover.gif"),
     "<itunes:image href> must be an http(s) URL of a .jpg or .png"),
    ("cover art not http", set_attr("itunes:image", "href", "file:///tmp/cover.png"), "<itunes:image href>"),
    ("no category", no_categories, "at least one <itunes:category> is required"),
    ("category not Apple's", unknown_category, "channel: itunes:category 'Podcasting Tips' is not in Apple's list"),
    ("subcategory not Apple's", unknown_subcategory,
     "channel: itunes:category 'News' > 'Gossip' is not in Apple's list"),
    ("explicit yes", set_text("itunes:explicit", "yes"), "channel: <itunes:explicit> must be true or false"),
    ("item title", set_text("item/title", ""), "item 1 (untitled): <title> is missing"),
    ("enclosure missing", remove("item/enclosure"), "item 1 (Episode 2): <enclosure> is missing"),
    ("enclosure ftp", set_attr("item/enclosure", "url", "ftp://cdn.example.com/e2.mp3"),
     "item 1 (Episode 2): enclosure url must be http(s)"),
    ("enclosure length 0", set_attr("item/enclosure", "length", "0"),
     "item 1 (Episode 2): enclosure length must be the file's size in bytes"),
    ("enclosure length text", set_attr("item/enclosure", "length", "big"), "enclosure length must be"),
    ("enclosure type", set_attr("item/enclosure", "type", "text/html"),
     "item 1 (Episode 2): enclosure type must be audio/* or video/*"),
    ("guid missing", remove("item/guid"), "item 1 (Episode 2): <guid> is missing"),
    ("guid twice", duplicate_guid, "item 2 (Episode 1): guid 'guid-2' is used twice"),
    ("pubDate without timezone", first_item_pubdate("Sun, 04 Jul 2021 09:00:00"),
     "item 1 (Episode 2): <pubDate> must be an RFC 2822 date with a timezone"),
    ("pubDate ISO", first_item_pubdate("2021-07-04T09:00:00Z"), "<pubDate> must be an RFC 2822 date"),
    ("description over 4000 bytes", long_description,
     "item 1 (Episode 2): <description> is 4002 bytes; Apple allows 4000"),
    ("season 0", set_text("item/itunes:season", "0"), "item 1 (Episode 2): <itunes:season> must be a positive integer"),
    ("episode text", set_text("item/itunes:episode", "seven"),
     "item 1 (Episode 2): <itunes:episode> must be a positive integer"),
]


@pytest.mark.parametrize("rule, change, message", ERRORS, ids=[e[0] for e in ERRORS])
def test_each_rule_refuses_the_feed_with_its_message(valid_feed, rule, change, message):
    bad = edit(valid_feed, change)
    report = validate_feed(bad)
    assert len(report.errors) == 1, report.errors  # exactly the rule broken, nothing else
    assert message in report.errors[0]
    with pytest.raises(FeedInvalid) as raised:
        require_valid(bad)
    assert str(raised.value) == f"feed refused: {report.errors[0]}"
    assert "\n" not in str(raised.value)


@pytest.mark.parametrize("document, message", [
    (b"<rss><channel><title>x</title>", "not well-formed XML"),
    (b"<?xml version='1.0'?><feed xmlns='http://www.w3.org/2005/Atom'><title>x</title></feed>",
     "not an RSS 2.0 document (<rss><channel>)"),
    (b"<rss version='2.0'><item/></rss>", "not an RSS 2.0 document"),
])
def test_documents_that_are_not_rss_are_refused(document, message):
    with pytest.raises(FeedInvalid, match=r"^feed refused: " + message.replace("(", r"\(").replace(")", r"\)")):
        require_valid(document)


def test_the_podcast_prefix_must_be_the_podcasting_20_namespace(valid_feed):
    bad = valid_feed.replace(PODCAST.encode(), b"https://example.com/not-podcast-namespace")
    with pytest.raises(FeedInvalid, match="the podcast: prefix must be bound to the Podcasting 2.0 namespace"):
        require_valid(bad)


def test_every_error_is_listed_not_only_the_first(valid_feed):
    bad = edit(edit(valid_feed, remove("title")), set_attr("item/enclosure", "length", "0"))
    with pytest.raises(FeedInvalid) as raised:
        require_valid(bad)
    assert "<title> is missing" in str(raised.value) and "enclosure length" in str(raised.value)


@pytest.mark.parametrize("change, warning", [
    (remove("atom:link"), 'no <atom:link rel="self"> (PSP-1 requires it)'),
    (remove("itunes:author"), "no <itunes:author>: Apple shows it as the artist"),
    (remove("itunes:owner"), "no <itunes:owner/itunes:email>"),
    (remove("podcast:guid"), "no <podcast:guid>"),
    (remove("podcast:locked"), "no <podcast:locked>"),
    (remove("item/itunes:duration"), "item 1 (Episode 2): no <itunes:duration>"),
    (lambda channel: channel.append(channel.find("item")), "items are not newest first"),
], ids=["self link", "author", "owner", "guid", "locked", "duration", "order"])
def test_warnings_are_reported_but_do_not_refuse(valid_feed, change, warning):
    report = require_valid(edit(valid_feed, change))
    assert report.ok and [w for w in report.warnings if warning in w], report.warnings
    assert warning in report.markdown() and "**passed**" in report.markdown()


# --- a publish whose feed would be invalid ---------------------------------------------------------


def snapshot(root: Path) -> dict[str, str]:
    return {str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file() and not p.name.startswith(".")}


def good_record(number: int, base_url: str, **changes) -> EpisodeRecord:
    values = dict(guid=f"valid-{number}", title=f"Valid {number}", slug=f"valid-{number}", audio_sha256="0" * 64,
                  pub_date=datetime(2022, 5, number, tzinfo=UTC),
                  audio=AudioFile(url=f"{base_url}/episodes/valid-{number}/audio.mp3", bytes=5000, duration=30.0))
    return EpisodeRecord(**{**values, **changes})


@pytest.fixture
def published(prefect_server, seed_show, tmp_path, monkeypatch):
    """A folder store with one valid episode published."""
    monkeypatch.setenv("CASTFLOW_WORKDIR", str(tmp_path / "work"))
    show = seed_show.model_copy(update={"store": f"file://{tmp_path / 'public'}",
                                        "base_url": "https://cdn.example.com/show"})
    stages.update_index.fn(show, good_record(1, show.base_url), keep_pub_date=False)
    stages.publish_feed.fn(show)
    assert b"Valid 1" in (tmp_path / "public" / "feed.xml").read_bytes()
    return show


def test_an_episode_that_would_make_the_feed_invalid_is_refused_and_nothing_changes(published, tmp_path):
    public = tmp_path / "public"
    before = snapshot(public)
    empty_audio = good_record(2, published.base_url, audio=AudioFile(
        url=f"{published.base_url}/episodes/valid-2/audio.mp3", bytes=0, duration=30.0))
    with pytest.raises(FeedInvalid, match=r"item 1 \(Valid 2\): enclosure length must be the file's size"):
        stages.update_index.fn(published, empty_audio, keep_pub_date=False)
    assert snapshot(public) == before, "neither the index nor the feed may change"


def test_a_show_whose_feed_would_be_invalid_leaves_the_previous_feed_intact(published, tmp_path):
    public = tmp_path / "public"
    before = snapshot(public)
    gif_cover = published.model_copy(update={"image": "https://cdn.example.com/cover.gif"})
    with pytest.raises(FeedInvalid, match=r"<itunes:image href> must be an http\(s\) URL of a \.jpg or \.png"):
        stages.publish_feed.fn(gif_cover)
    assert snapshot(public) == before, "the feed, its pages and the index are untouched"
