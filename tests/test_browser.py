"""The pages in a real browser: headless Chromium (Debian's, driven by Selenium without any download)
opens a published episode served by castflow's own Range server, seeks the player from the transcript
and the chapters, and saves screenshots (desktop and a 390 px phone) to ``artifacts/`` or
``$CASTFLOW_ARTIFACTS``.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import threading
import time
import tomllib
from pathlib import Path

import pytest

from tasks.models import Chapter
from tests.conftest import ROOT, SEED_EPISODE, require_module, require_program
from tests.test_site import (
    SEED_DURATION,
    build_episode,
    decode_wav,
    prepared_audio,
    publish_to_folder,
    timed_transcript,
)

ARTIFACTS = Path(os.environ.get("CASTFLOW_ARTIFACTS") or ROOT / "artifacts")
CHAPTERS = [Chapter(start=0.0, title="Introductions"), Chapter(start=45.0, title="What changed in MLOps"),
            Chapter(start=120.0, title="Security and data-centric AI")]
TRANSCRIPT_STARTS = (0.0, 30.0, 60.0, 90.0)
PHONE_WIDTH = 390


def _marker_registered(name: str) -> bool:
    # --strict-markers refuses an unregistered mark at import, so the mark is applied once pyproject
    # lists it; until then the tests run unmarked rather than not at all.
    options = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["pytest"]["ini_options"]
    return any(line.split(":")[0].strip() == name for line in options.get("markers", []))


pytestmark = [pytest.mark.browser] if _marker_registered("browser") else []

CHROMIUM = Path(require_program("chromium", "apt-get install chromium chromium-driver"))
CHROMEDRIVER = Path(require_program("chromedriver", "apt-get install chromium chromium-driver"))
webdriver = require_module("selenium.webdriver", "pip install selenium (the test extra)")
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.common.keys import Keys  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402


@pytest.fixture(scope="module")
def published(seed_show, seed_episode, tmp_path_factory):
    """The seed episode with a transcript at 0, 30, 60 and 90 s, published to a folder and served."""
    from flows.serve import make_server

    root = tmp_path_factory.mktemp("store")
    server = make_server(root, port=0, quiet=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base_url = f"http://127.0.0.1:{server.server_address[1]}"
    show = seed_show.model_copy(update={"base_url": base_url, "link": base_url, "store": f"file://{root}"})
    mp3 = SEED_EPISODE.parent / "audio.mp3"
    wav = decode_wav(mp3, tmp_path_factory.mktemp("audio") / "asr.wav")
    bundle = build_episode(show, seed_episode, prepared_audio(mp3, wav, SEED_DURATION), timed_transcript(),
                           tmp_path_factory.mktemp("work"), chapters=CHAPTERS)
    publish_to_folder(show, [bundle], root, cover=ROOT / "seeds" / "cover.png")
    yield base_url, bundle.record
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="module")
def browser():
    os.environ.setdefault("SE_OFFLINE", "true")  # selenium-manager must not try to download a driver
    profile = tempfile.mkdtemp(prefix="castflow-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--disable-background-networking", "--disable-component-update", "--disable-sync",
                     "--no-first-run", "--mute-audio", "--hide-scrollbars", f"--user-data-dir={profile}"):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    driver.set_page_load_timeout(30)
    yield driver
    driver.quit()
    shutil.rmtree(profile, ignore_errors=True)


def viewport(driver, width: int, height: int = 900, mobile: bool = False) -> None:
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": mobile})


def screenshot(driver, name: str, width: int, mobile: bool = False) -> Path:
    """The whole page: the viewport is stretched to the document's height first."""
    viewport(driver, width, 900, mobile)
    height = driver.execute_script("return document.documentElement.scrollHeight")
    viewport(driver, width, min(height, 8000), mobile)
    time.sleep(0.3)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    driver.save_screenshot(str(path))
    viewport(driver, width, 900, mobile)
    return path


def player_time(driver) -> float:
    return driver.execute_script("return document.getElementById('player').currentTime")


def wait_for_metadata(driver) -> None:
    WebDriverWait(driver, 30).until(
        lambda d: d.execute_script("return document.getElementById('player').readyState >= 1"))


def wait_for_time(driver, seconds: float) -> float:
    """Until the player is at ``seconds`` (give or take the little it plays meanwhile)."""
    WebDriverWait(driver, 15).until(lambda d: seconds - 0.5 <= player_time(d) <= seconds + 3)
    return player_time(driver)


def press(driver, element, key: str | None = None) -> None:
    """Click (or press ``key`` on) an element after bringing it to mid-screen, as a reader scrolls to
    it: chromedriver only checks that some of it is in view, which may be under the sticky player."""
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", element)
    if key is None:
        element.click()
    else:
        element.send_keys(key)


def errors(driver) -> list[str]:
    # Chromium asks every site for /favicon.ico by itself; the store has none.
    return [entry["message"] for entry in driver.get_log("browser")
            if entry["level"] == "SEVERE" and "favicon.ico" not in entry["message"]]


def test_show_page_leads_to_the_episode(browser, published):
    base_url, record = published
    viewport(browser, 1280)
    browser.get(base_url + "/")
    assert browser.find_element(By.TAG_NAME, "h1").text == "Utilizing AI"
    cover = browser.find_element(By.CSS_SELECTOR, "img.cover")
    assert browser.execute_script("return arguments[0].naturalWidth", cover) > 0
    screenshot(browser, "show-desktop", 1280)
    screenshot(browser, "show-phone", PHONE_WIDTH, mobile=True)
    viewport(browser, 1280)
    browser.find_element(By.LINK_TEXT, record.title).click()
    WebDriverWait(browser, 10).until(lambda d: d.current_url == record.link)
    assert browser.find_element(By.TAG_NAME, "h1").text == record.title
    assert errors(browser) == []


def test_episode_page_seeks_from_transcript_and_chapters(browser, published):
    base_url, record = published
    viewport(browser, 1280)
    browser.get(record.link)

    # Style sheet and waveform came from the store.
    assert browser.execute_script("return getComputedStyle(document.body).backgroundColor") == "rgb(251, 251, 253)"
    strip = browser.find_element(By.CSS_SELECTOR, "img.waveform")
    assert browser.execute_script("return arguments[0].naturalWidth", strip) == 1600

    # Notes, chapters and transcript are on the page; the script made the timestamps buttons.
    text = browser.find_element(By.TAG_NAME, "main").text
    assert "The MLOps community has grown dramatically" in text
    assert "Guests and Hosts" in text and "Demetrios Brinkmann" in text
    assert browser.find_elements(By.CSS_SELECTOR, "a[data-seek]") == []
    chapters = browser.find_elements(By.CSS_SELECTOR, "section.chapters button[data-seek]")
    assert [" ".join(c.text.split()) for c in chapters] == ["00:00:00 Introductions", "00:00:45 What changed in MLOps",
                                          "00:02:00 Security and data-centric AI"]
    stamps = browser.find_elements(By.CSS_SELECTOR, "section.transcript button.ts")
    assert [s.text for s in stamps] == [f"Starting point is {t}"
                                        for t in ("00:00:00", "00:00:30", "00:01:00", "00:01:30")]
    speakers = browser.find_elements(By.CSS_SELECTOR, "section.transcript .speaker")
    assert [s.text for s in speakers] == ["Stephen Foskett", "Demetrios Brinkmann", "David Aponte", "Steph Locke"]

    wait_for_metadata(browser)
    assert browser.execute_script("return document.getElementById('player').duration") == pytest.approx(
        SEED_DURATION, abs=0.5)

    press(browser, stamps[2])  # 00:01:00
    assert wait_for_time(browser, 60.0) == pytest.approx(60.0, abs=3)
    press(browser, chapters[2])  # 00:02:00
    assert wait_for_time(browser, 120.0) == pytest.approx(120.0, abs=3)
    press(browser, chapters[1], Keys.ENTER)  # buttons work from the keyboard too
    assert wait_for_time(browser, 45.0) == pytest.approx(45.0, abs=3)
    # The whole file is seekable because the server answers byte ranges; without them Chromium can
    # seek only within what it has downloaded.
    seekable = browser.execute_script("var p = document.getElementById('player');"
                                      "return p.seekable.length && p.seekable.end(0)")
    assert seekable == pytest.approx(SEED_DURATION, abs=1)
    browser.execute_script("document.getElementById('player').pause()")
    assert errors(browser) == []


def test_a_link_with_a_time_starts_there(browser, published):
    _, record = published
    browser.get("about:blank")  # a fresh load, as from a shared link, not a jump within the page
    browser.get(record.link + "#t=90")
    wait_for_metadata(browser)
    assert wait_for_time(browser, 90.0) == pytest.approx(90.0, abs=0.5)
    assert browser.execute_script("return document.getElementById('player').paused") is True


def test_screenshots_desktop_and_phone(browser, published):
    _, record = published
    viewport(browser, 1280)
    browser.get(record.link)
    wait_for_metadata(browser)
    desktop = screenshot(browser, "episode-desktop", 1280)

    viewport(browser, PHONE_WIDTH, mobile=True)
    browser.get(record.link)
    wait_for_metadata(browser)
    # Nothing is wider than the phone: no sideways scrolling.
    assert browser.execute_script("return document.documentElement.scrollWidth") <= PHONE_WIDTH
    body_size = browser.execute_script("return parseFloat(getComputedStyle(document.body).fontSize)")
    assert body_size >= 16  # readable without zooming
    phone = screenshot(browser, "episode-phone", PHONE_WIDTH, mobile=True)
    for path in (desktop, phone):
        assert path.stat().st_size > 10_000


@pytest.fixture(scope="module")
def published_with_opus(seed_show, seed_episode, tmp_path_factory):
    """The seed episode assembled with an Opus rendition, its feed written, all served over HTTP."""
    from flows.serve import make_server
    from tasks.assemble import assemble_episode
    from tasks.feed.build import build_feed
    from tasks.feed.items import ItemCache
    from tasks.models import Index
    from tasks.notes import write_notes
    from tasks.renditions import encode_renditions

    root = tmp_path_factory.mktemp("opus-store")
    server = make_server(root, port=0, quiet=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base_url = f"http://127.0.0.1:{server.server_address[1]}"
    show = seed_show.model_copy(update={"base_url": base_url, "link": base_url, "store": f"file://{root}"})
    work = tmp_path_factory.mktemp("opus-work")
    mp3 = SEED_EPISODE.parent / "audio.mp3"
    audio = prepared_audio(mp3, decode_wav(mp3, work / "asr.wav"), SEED_DURATION)
    transcript = timed_transcript()
    bundle = assemble_episode(show, seed_episode, audio, transcript, write_notes(show, seed_episode, transcript),
                              work, renditions=encode_renditions(audio, ["opus"], work))
    publish_to_folder(show, [bundle], root, cover=ROOT / "seeds" / "cover.png")
    (root / "feed.xml").write_bytes(build_feed(show, Index(episodes=[bundle.record]), f"{base_url}/cover.png",
                                               items=ItemCache()))
    yield base_url
    server.shutdown()
    server.server_close()


def test_the_opus_rendition_in_the_feed_plays_in_chromium(browser, published_with_opus):
    import base64
    import hashlib

    import httpx
    from lxml import etree

    base_url = published_with_opus
    namespace = {"podcast": "https://podcastindex.org/namespace/1.0"}
    item = etree.fromstring(httpx.get(f"{base_url}/feed.xml").content).find("channel/item")
    alternate = item.find("podcast:alternateEnclosure", namespace)
    assert alternate.get("type") == "audio/opus"
    url = alternate.find("podcast:source", namespace).get("uri")
    body = httpx.get(url).content
    # What the feed promises is what the store serves: size, and the SRI hash of the bytes.
    assert len(body) == int(alternate.get("length"))
    integrity = alternate.find("podcast:integrity", namespace).get("value")
    assert integrity == "sha256-" + base64.b64encode(hashlib.sha256(body).digest()).decode()
    assert len(body) < int(item.find("enclosure").get("length")) / 2  # why it is there: a smaller download

    browser.get(base_url + "/")
    # Chromium plays only after a gesture: a button the test clicks, as a listener would.
    browser.execute_script("""
        var button = document.createElement('button'); button.id = 'play-opus'; button.textContent = 'Opus';
        button.onclick = function () { window.opus = new Audio(arguments[0]); window.opus.play(); };
        document.body.prepend(button);""".replace("arguments[0]", repr(url)))
    press(browser, browser.find_element(By.ID, "play-opus"))
    WebDriverWait(browser, 30).until(lambda d: d.execute_script("return window.opus.currentTime") > 1.0)
    state = browser.execute_script("return {ready: opus.readyState, duration: opus.duration, error: opus.error}")
    assert state["error"] is None and state["ready"] >= 2
    assert state["duration"] == pytest.approx(SEED_DURATION, abs=0.5)
    browser.execute_script("opus.pause()")
    assert errors(browser) == []
