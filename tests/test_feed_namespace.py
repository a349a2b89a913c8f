"""The remaining Podcasting 2.0 tags (medium, podroll, location, trailer, license, per-episode image,
alternateEnclosure), the WebSub hub link and the analytics prefix: written from show.yaml and
episode.yaml, read back with feedparser (which keeps a namespaced tag's text and attributes) and lxml
(for what feedparser folds together), and refused by validation when they break the namespace's rules."""

from __future__ import annotations

import io

import feedparser
import podcastparser
import pytest
import yaml
from lxml import etree

from tasks.feed.build import build_feed
from tasks.feed.items import ItemCache
from tasks.feed.validate import validate_feed
from tasks.models import (
    AlternateAudio,
    ConfigError,
    EpisodeType,
    Index,
    License,
    Location,
    load_show,
)
from tests.conftest import SEED_SHOW
from tests.test_feed import NS, record

COVER = "https://cdn.example.com/cover.jpeg"
SRI = "sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU="  # of the empty string
PODNEWS_GUID = "9b024349-ccf0-5f69-a609-6b82873eab3c"


def show_with(tmp_path, **fields):
    """The seed show.yaml plus ``fields``, loaded the way the CLI loads it."""
    data = yaml.safe_load(SEED_SHOW.read_text())
    data.update(fields)
    data["image"] = str(SEED_SHOW.parent / "cover.png")
    path = tmp_path / "show.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True))
    return load_show(path)


@pytest.fixture
def tagged_show(tmp_path):
    return show_with(
        tmp_path, medium="podcast",
        location=[{"name": "Austin, TX", "geo": "geo:30.2672,-97.7431", "osm": "R113314", "rel": "creator"}],
        license={"identifier": "CC-BY-4.0"},
        podroll=[{"feed_guid": PODNEWS_GUID, "feed_url": "https://podnews.net/rss", "title": "Podnews"}],
        trailers=[{"title": "Season 3 is coming", "url": "https://cdn.example.com/s3.mp3",
                   "pub_date": "2021-06-01T09:00:00Z", "bytes": 4321, "season": 3}],
        enclosure_prefix="https://op3.dev/e/",
        notify={"websub_hubs": ["https://pubsubhubbub.appspot.com/"]},
    )


@pytest.fixture
def tagged_feed(tagged_show):
    opus = AlternateAudio(url="https://cdn.example.com/e2-abc.opus", type="audio/opus", codecs="opus", bytes=500,
                          bitrate=48000, title="Opus", integrity=SRI)
    episodes = [
        record(1, episode_type=EpisodeType.trailer, title="Trailer"),
        record(2, alternate_audio=[opus], image_alt="Two hosts at a microphone",
               location=[Location(name="Paris", country="FR")],
               license=License(identifier="castflow-demo-1", url="https://example.com/license")),
    ]
    return build_feed(tagged_show, Index(episodes=episodes), COVER, items=ItemCache())


def test_channel_tags_read_back_by_feedparser(tagged_feed):
    document = feedparser.parse(tagged_feed)
    assert not document.bozo, document.get("bozo_exception")
    feed = document.feed
    assert feed.podcast_medium == "podcast"
    assert feed.podcast_license == "CC-BY-4.0"
    assert feed.podcast_location["geo"] == "geo:30.2672,-97.7431"
    assert feed.podcast_location["osm"] == "R113314" and feed.podcast_location["rel"] == "creator"
    assert feed.podcast_remoteitem == {"feedguid": PODNEWS_GUID, "feedurl": "https://podnews.net/rss",
                                       "title": "Podnews"}
    assert feed.podcast_image["href"] == COVER


def test_channel_tags_read_back_by_lxml(tagged_feed):
    channel = etree.fromstring(tagged_feed).find("channel")
    assert channel.findtext("podcast:location", namespaces=NS) == "Austin, TX"
    trailers = channel.findall("podcast:trailer", NS)
    # The show's own trailer, then the episode published as episode_type: trailer.
    assert [(t.text, t.get("season")) for t in trailers] == [("Season 3 is coming", "3"), ("Trailer", "2")]
    assert trailers[0].get("pubdate") == "Tue, 01 Jun 2021 09:00:00 +0000"
    assert trailers[0].get("length") == "4321" and trailers[0].get("type") == "audio/mpeg"
    assert trailers[1].get("url") == "https://op3.dev/e/cdn.example.com/e1.mp3"
    remote = channel.find("podcast:podroll/podcast:remoteItem", NS)
    assert remote.get("feedGuid") == PODNEWS_GUID
    hubs = [link.get("href") for link in channel.findall("{http://www.w3.org/2005/Atom}link")
            if link.get("rel") == "hub"]
    assert hubs == ["https://pubsubhubbub.appspot.com/"]
    assert channel.find("podcast:podping", NS) is None  # no Podping gateway configured


def test_episode_tags_read_back(tagged_feed):
    document = feedparser.parse(tagged_feed)
    newest = document.entries[0]
    assert newest.podcast_location == {"country": "fr"}  # feedparser keeps the attributes, lxml the text
    assert newest.podcast_license == {"url": "https://example.com/license"}
    assert newest.podcast_image == {"href": "https://cdn.example.com/art.jpeg?v=2", "alt": "Two hosts at a microphone",
                                    "purpose": "artwork", "aspect-ratio": "1/1"}
    item = etree.fromstring(tagged_feed).find("channel/item")
    assert item.findtext("podcast:license", namespaces=NS) == "castflow-demo-1"
    assert item.findtext("podcast:location", namespaces=NS) == "Paris"
    alternate = item.find("podcast:alternateEnclosure", NS)
    assert (alternate.get("type"), alternate.get("length"), alternate.get("codecs")) == ("audio/opus", "500", "opus")
    assert alternate.find("podcast:source", NS).get("uri") == "https://op3.dev/e/cdn.example.com/e2-abc.opus"
    assert alternate.find("podcast:integrity", NS).attrib == {"type": "sri", "value": SRI}
    assert validate_feed(tagged_feed).ok


def test_analytics_prefix_only_in_the_feed(tagged_show, seed_show):
    episode = record(1)
    prefixed = build_feed(tagged_show, Index(episodes=[episode]), COVER, items=ItemCache())
    parsed = podcastparser.parse("https://example.com/feed.xml", io.BytesIO(prefixed))
    assert parsed["episodes"][0]["enclosures"][0]["url"] == "https://op3.dev/e/cdn.example.com/e1.mp3"
    assert episode.audio.url == "https://cdn.example.com/e1.mp3"  # the record (and its stored key) unchanged
    # One shared item cache: the prefix is part of an item's key, so turning it off renders afresh.
    cache = ItemCache()
    build_feed(tagged_show, Index(episodes=[episode]), COVER, items=cache)
    plain = build_feed(seed_show, Index(episodes=[episode]), COVER, items=cache)
    assert b"<podcast:medium>podcast</podcast:medium>" in plain  # the seed's show.yaml sets it
    assert b'enclosure url="https://cdn.example.com/e1.mp3"' in plain and b"op3.dev" not in plain


def test_tags_are_absent_unless_configured(seed_show):
    bare = seed_show.model_copy(update={"medium": None, "podroll": []})  # the seed shows two of them off
    feed = build_feed(bare, Index(episodes=[record(1)]), COVER, items=ItemCache())
    for tag in (b"podcast:medium", b"podcast:podroll", b"podcast:location", b"podcast:trailer",
                b"podcast:license", b"podcast:alternateEnclosure", b'rel="hub"', b"podcast:podping"):
        assert tag not in feed


@pytest.mark.parametrize("change, message", [
    (lambda f: f.replace(b"<podcast:medium>podcast<", b"<podcast:medium>radio<"), "podcast:medium 'radio'"),
    (lambda f: f.replace(SRI.encode(), b"md5-abc"), "not an SRI string"),
    (lambda f: f.replace(b'rel="creator"', b'rel="studio"'), "rel must be subject or creator"),
    (lambda f: f.replace(PODNEWS_GUID.encode(), b"podnews"), "feedGuid"),
    (lambda f: f.replace(b'pubdate="Tue, 01 Jun 2021 09:00:00 +0000"', b'pubdate="soon"'), "pubdate"),
    (lambda f: f.replace(b'<podcast:source uri="https://op3', b'<podcast:source uri="ftp://op3'), "source"),
])
def test_validation_refuses_broken_tags(tagged_feed, change, message):
    broken = change(tagged_feed)
    assert broken != tagged_feed
    report = validate_feed(broken)
    assert not report.ok and any(message in error for error in report.errors), report.errors


@pytest.mark.parametrize("fields, message", [
    ({"medium": "radio"}, "field 'medium'"),
    ({"license": {"identifier": "my-own-licence"}}, "give its url"),
    ({"location": [{"name": "Austin", "geo": "30.2,-97.7"}]}, "field 'location.0.geo'"),
    ({"enclosure_prefix": "https://op3.dev/e"}, "must end with '/'"),
    ({"alternate_encodings": ["flac"]}, "field 'alternate_encodings'"),
    ({"podroll": [{"feed_guid": "not-a-guid"}]}, "field 'podroll.0.feed_guid'"),
])
def test_bad_config_is_one_line_naming_the_field(tmp_path, fields, message):
    with pytest.raises(ConfigError) as error:
        show_with(tmp_path, **fields)
    assert message in str(error.value) and "\n" not in str(error.value)
