"""Golden feeds, in the style of gPodder podcastparser's data tests: each ``tests/data/feeds/NAME.json``
(a show config and an ``episodes.json`` index) must render to exactly the bytes of ``NAME.xml`` (and,
for a paged show, ``NAME.page-N.xml`` for each archive page).

The feed is a function of the index (its lastBuildDate is the newest episode's date, never "now"), so
the comparison is byte for byte with no normalisation.

The golden files are never rewritten by a normal run. After a deliberate change to the feed's output,
regenerate them, read the diff, and commit it with the change:

    CASTFLOW_REGENERATE_GOLDEN=1 .venv/bin/python -m pytest tests/test_feed_golden.py
    git diff tests/data/feeds/

A regenerating run fails on purpose, so it can never pass in CI.
"""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

import feedparser
import podcastparser
import pytest
from lxml import etree

from tasks.feed.build import build_feed_pages
from tasks.feed.items import ItemCache
from tasks.feed.validate import validate_feed
from tasks.feed.xml import ITUNES, PODCAST
from tasks.models import Index, Show

DATA = Path(__file__).parent / "data" / "feeds"
CASES = sorted(p.stem for p in DATA.glob("*.json"))
NS = {"itunes": ITUNES, "podcast": PODCAST}
REGENERATE = os.environ.get("CASTFLOW_REGENERATE_GOLDEN") == "1"


def golden_name(case: str, key: str) -> str:
    """``feed.xml`` → ``NAME.xml``; ``feed-page-2.xml`` → ``NAME.page-2.xml``."""
    return f"{case}.xml" if key == "feed.xml" else f"{case}.{key.removeprefix('feed-')}"


def render(case: str) -> dict[str, bytes]:
    data = json.loads((DATA / f"{case}.json").read_text(encoding="utf-8"))
    show = Show.model_validate(data["show"])
    index = Index.model_validate(data["index"])
    pages = build_feed_pages(show, index, data["image_url"], items=ItemCache())
    return {golden_name(case, key): xml for key, xml in pages.items()}


def test_there_is_a_golden_pair_per_feature():
    # One pair per feature of the feed; a deleted pair must not silently shrink the suite.
    assert set(CASES) >= {"minimal", "explicit-and-episode-types", "seasons", "chapters-transcripts", "persons",
                          "soundbites", "paging", "funding-txt", "locked-owner-guid", "notes-markup",
                          "everything"}


@pytest.mark.parametrize("case", CASES)
def test_index_renders_to_the_golden_feed(case):
    rendered = render(case)
    if REGENERATE:
        for stale in DATA.glob(f"{case}.*xml"):
            stale.unlink()
        for name, xml in rendered.items():
            (DATA / name).write_bytes(xml)
        pytest.fail(f"regenerated {sorted(rendered)}: review `git diff tests/data/feeds/`, then run without "
                    "CASTFLOW_REGENERATE_GOLDEN")
    expected = {p.name for p in DATA.glob(f"{case}.*xml")}
    assert sorted(rendered) == sorted(expected), "the pages rendered are not the golden files"
    for name, xml in rendered.items():
        golden = (DATA / name).read_bytes()
        assert xml == golden, (f"{name} differs from the golden file; if the change is intended, regenerate "
                               "(see this module's docstring)\n" + _first_difference(golden, xml))


def _first_difference(golden: bytes, got: bytes) -> str:
    for number, (a, b) in enumerate(zip(golden.splitlines(), got.splitlines(), strict=False), start=1):
        if a != b:
            return f"line {number}:\n  golden: {a.decode()}\n  got:    {b.decode()}"
    return f"lengths differ: golden {len(golden)} bytes, got {len(got)} bytes"


@pytest.mark.parametrize("case", CASES)
def test_golden_feeds_are_read_by_podcast_parsers(case):
    """The golden files themselves are what apps must read: each parses with podcastparser and
    feedparser, passes castflow's validator, and lists exactly the index's episodes."""
    data = json.loads((DATA / f"{case}.json").read_text(encoding="utf-8"))
    show = Show.model_validate(data["show"])
    guids = []
    for golden in sorted(DATA.glob(f"{case}.*xml")):
        xml = golden.read_bytes()
        parsed = podcastparser.parse(f"{show.base_url}/{golden.name}", io.BytesIO(xml))
        assert parsed["title"] == show.title
        guids += [e["guid"] for e in parsed["episodes"]]
        document = feedparser.parse(xml)
        assert not document.bozo, (golden.name, document.get("bozo_exception"))
        report = validate_feed(xml)
        assert report.ok, (golden.name, report.errors)
    assert sorted(guids) == sorted(e["guid"] for e in data["index"]["episodes"])


def test_golden_features_are_in_the_files():
    """A few facts per golden file, read with podcastparser where it reads the tag and with XPath
    where it does not (Podcasting 2.0 tags), so a regeneration that loses a feature fails here too."""

    def parse(name: str) -> dict:
        return podcastparser.parse(f"https://podcast.example.com/show/{name}", io.BytesIO((DATA / name).read_bytes()))

    def xpath(name: str, path: str) -> list:
        return etree.fromstring((DATA / name).read_bytes()).xpath(path, namespaces=NS)

    typed = parse("explicit-and-episode-types.xml")
    assert (typed["explicit"], typed["type"]) == (True, "serial")
    assert {e["title"]: e["type"] for e in typed["episodes"]} == {
        "Episode 1": "trailer", "Episode 2": "full", "Episode 3": "bonus"}
    assert xpath("explicit-and-episode-types.xml", "//item/itunes:explicit/text()") == ["true", "false"]
    assert [(e["title"], e["season"], e["number"]) for e in parse("seasons.xml")["episodes"]] == [
        ("Episode 3", 2, 1), ("Episode 2", 1, 2), ("Episode 1", 1, 1)]
    assert xpath("seasons.xml", "//item/podcast:season/text()") == ["2", "1", "1"]
    transcripts = xpath("chapters-transcripts.xml", "//item/podcast:transcript")
    assert [(t.get("type"), t.get("language"), t.get("rel")) for t in transcripts] == [
        ("text/vtt", "en-GB", "captions"), ("application/x-subrip", "en-GB", "captions"),
        ("application/json", "en-GB", None), ("text/plain", "de", None), ("text/html", "en-GB", None)]
    assert xpath("chapters-transcripts.xml", "//item/podcast:chapters/@type") == ["application/json+chapters"]
    people = xpath("persons.xml", "//podcast:person")
    assert [(p.text, p.get("role")) for p in people] == [
        ("Hana Host", "host"), ("Cole Cohost", "co-host"), ("Hana Host", "host"), ("Gus Guest", "guest"),
        ("Pat Producer", "guest")]
    bites = xpath("soundbites.xml", "//podcast:soundbite")
    assert [(b.get("startTime"), b.get("duration"), b.text) for b in bites] == [
        ("12.5", "30.0", "The best bit"), ("300.0", "45.5", None)]
    paging = parse("paging.xml")
    assert paging["paged_feed_next"] == "https://podcast.example.com/show/feed-page-2.xml"
    assert [e["guid"] for e in paging["episodes"]] == ["golden-5", "golden-4"]
    assert parse("paging.page-2.xml")["paged_feed_next"] == "https://podcast.example.com/show/feed-page-3.xml"
    assert "paged_feed_next" not in parse("paging.page-3.xml")
    assert xpath("funding-txt.xml", "//podcast:funding/@url") == ["https://donate.example.com/golden"]
    assert xpath("funding-txt.xml", "//podcast:txt/@purpose") == ["verify"]
    locked = xpath("locked-owner-guid.xml", "//podcast:locked")[0]
    assert (locked.text, locked.get("owner")) == ("no", "olga@example.com")
    assert parse("locked-owner-guid.xml")["episodes"][0]["guid"] == "https://www.example.com/golden/episodes/1?legacy=1"
    markup = parse("notes-markup.xml")
    assert markup["title"] == "Golden & <Show>"
    assert {e["title"] for e in markup["episodes"]} == {"Tom & Jerry <live>", "Episode 2"}
    assert xpath("notes-markup.xml", "//item[guid='golden-2']/description/text()") == ["Plain fallback description."]
