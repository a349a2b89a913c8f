"""Bad input, case by case: a one-line error naming the file and field, a non-zero exit, a failed
Prefect run with that message, and the store byte for byte as it was."""

from __future__ import annotations

import hashlib
import re
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from flows.cli import main as castflow
from flows.publish_episode import publish_episode, publish_episode_form
from tasks.models import load_episode

from .conftest import SEED_SHOW
from .test_prefect_operations import short_audio, write_episode  # noqa: F401 (fixture)

pytestmark = pytest.mark.slow

GOOD = {"title": "A good episode", "audio": "audio.mp3", "publish_at": "2021-07-06T09:00:00Z"}

# (case id, episode.yaml fields or raw text, what the one-line error must contain)
EPISODE_CASES = [
    ("missing-title", {"title": None}, "field 'title': Field required"),
    ("empty-title", {"title": ""}, "field 'title'"),
    ("title-is-a-list", {"title": ["a", "b"]}, "field 'title'"),
    ("timezone-less-date", {"publish_at": "2021-07-06T09:00:00"}, "field 'publish_at': needs a timezone"),
    ("unparseable-date", {"publish_at": "next tuesday"}, "field 'publish_at'"),
    ("season-zero", {"season": 0}, "field 'season': Input should be greater than 0"),
    ("season-negative", {"season": -2}, "field 'season'"),
    ("episode-zero", {"episode": 0}, "field 'episode'"),
    ("episode-not-a-number", {"episode": "seven"}, "field 'episode'"),
    ("unknown-field", {"titel": "typo"}, "field 'titel': unknown field"),
    ("bad-episode-type", {"episode_type": "teaser"}, "field 'episode_type'"),
    ("explicit-not-boolean", {"explicit": "maybe"}, "field 'explicit'"),
    ("slug-traversal", {"slug": "../../etc"}, "field 'slug': must be 1-80 lower-case"),
    ("slug-with-slash", {"slug": "a/b"}, "field 'slug'"),
    ("slug-upper-case", {"slug": "Episode-1"}, "field 'slug'"),
    ("empty-guid", {"guid": ""}, "field 'guid'"),
    ("audio-traversal", {"audio": "../../../etc/passwd"}, "field 'audio': a relative path may not climb"),
    ("audio-bad-scheme", {"audio": "ftp://host/a.mp3"}, "field 'audio': must be a path or a URL"),
    ("guest-without-name", {"guests": [{"affiliation": "X"}]}, "field 'guests.0.name'"),
    ("guests-not-a-list", {"guests": "Ada Lovelace"}, "field 'guests'"),
    ("guest-javascript-link", {"guests": [{"name": "A", "links": ["javascript:alert(1)"]}]},
     "field 'guests.0.links.0.url'"),
    ("guest-bad-handle", {"guests": [{"name": "A", "handle": "@<script>"}]}, "field 'guests.0.handle'"),
    ("tags-not-a-list", {"tags": "one, two"}, "field 'tags'"),
    ("enormous-description", {"description": "word " * 5000}, "field 'description'"),
    ("image-javascript", {"image": "javascript:alert(1)"}, "field 'image'"),
    ("control-characters", {"title": "bell\a title"}, "field 'title': contains control characters"),
    ("control-in-description", {"description": "nul \x00 here"}, "field 'description'"),
    ("yaml-list", "- title: A\n- audio: b\n", "must be a YAML mapping"),
    ("broken-yaml", "title: [unclosed\naudio: a.mp3\n", "not valid YAML at line"),
    ("yaml-scalar", "just a sentence\n", "must be a YAML mapping"),
    ("non-utf8", b"title: caf\xe9\naudio: audio.mp3\n", "not UTF-8"),
    ("empty-file", "", "must be a YAML mapping"),
]

SHOW_CASES = [
    ("show-missing-title", {"title": None}, "field 'title'"),
    ("show-bad-store", {"store": "ftp://x"}, "field 'store'"),
    ("show-bad-base-url", {"base_url": "javascript:alert(1)"}, "field 'base_url'"),
    ("show-bad-category", {"categories": ["Tech"]}, "not an Apple Podcasts category"),
    ("show-bad-language", {"language": "English"}, "field 'language'"),
    ("show-bad-owner-email", {"owner": {"name": "A", "email": "not-an-email"}}, "field 'owner.email'"),
    ("show-host-javascript", {"hosts": [{"name": "A", "links": ["javascript:x"]}]}, "field 'hosts.0.links.0.url'"),
    ("show-unknown-field", {"colour": "blue"}, "field 'colour': unknown field"),
    ("show-negative-page-size", {"feed_page_size": -1}, "field 'feed_page_size'"),
    ("show-bad-engine", {"transcription": {"engine": "cloud"}}, "field 'transcription.engine'"),
    ("show-image-traversal", {"image": "../../secret.png"}, "field 'image'"),
]


def snapshot(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file() and p.name != ".lock"}


@pytest.fixture(scope="module")
def published_store(prefect_server, tmp_path_factory, short_audio):  # noqa: F811
    """A store that already holds one published episode: what every bad run must leave alone."""
    root = tmp_path_factory.mktemp("bad-input")
    store = root / "public"
    episode = load_episode(write_episode(root / "existing", short_audio, title="Already published",
                                         publish_at="2021-01-01T00:00:00Z", guid="existing-guid"))
    from tasks.models import load_show

    show = load_show(SEED_SHOW, store=f"file://{store}")
    publish_episode(episode=episode, show=show)
    return store


def run_cli(args: list[str], capsys) -> tuple[int, str]:
    code = castflow(args)
    return code, capsys.readouterr().err.strip()


def one_line_error(code: int, err: str, expected: str, file: Path) -> None:
    assert code == 2, err
    last = err.splitlines()[-1]
    assert last.startswith("castflow: error: ") and str(file) in last and expected in last, last
    assert "Traceback" not in err


def make_episode(folder: Path, audio: Path, case) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copy(audio, folder / "audio.mp3")
    path = folder / "episode.yaml"
    if isinstance(case, bytes):
        path.write_bytes(case)
    elif isinstance(case, str):
        path.write_text(case)
    else:
        fields = {k: v for k, v in {**GOOD, **case}.items() if v is not None}
        path.write_text(yaml.safe_dump(fields, allow_unicode=True))
    return path


@pytest.mark.parametrize("name, case, expected", EPISODE_CASES, ids=[c[0] for c in EPISODE_CASES])
def test_bad_episode_yaml(name, case, expected, published_store, short_audio, tmp_path, capsys):  # noqa: F811
    before = snapshot(published_store)
    episode_file = make_episode(tmp_path / name, short_audio, case)
    code, err = run_cli(["publish", str(episode_file), "--show", str(SEED_SHOW), "--store",
                         f"file://{published_store}"], capsys)
    one_line_error(code, err, expected, episode_file)
    assert snapshot(published_store) == before


@pytest.mark.parametrize("name, change, expected", SHOW_CASES, ids=[c[0] for c in SHOW_CASES])
def test_bad_show_yaml(name, change, expected, published_store, short_audio, tmp_path, capsys):  # noqa: F811
    before = snapshot(published_store)
    data = yaml.safe_load(SEED_SHOW.read_text())
    data.update({"store": f"file://{published_store}", "image": str(SEED_SHOW.parent / "cover.png")})
    data.update(change)
    data = {k: v for k, v in data.items() if v is not None}
    show_file = tmp_path / "show.yaml"
    show_file.write_text(yaml.safe_dump(data, allow_unicode=True))
    episode_file = make_episode(tmp_path / "episode", short_audio, {})
    code, err = run_cli(["publish", str(episode_file), "--show", str(show_file)], capsys)
    one_line_error(code, err, expected, show_file)
    assert snapshot(published_store) == before


def synth(path: Path, lavfi: str, seconds: float, *extra: str) -> Path:
    subprocess.run(["ffmpeg", "-nostdin", "-y", "-loglevel", "error", "-f", "lavfi", "-i", lavfi, "-t", str(seconds),
                    *extra, str(path)], check=True)
    return path


AUDIO_CASES = [
    ("missing-audio", lambda d: d / "nowhere.mp3", "audio file not found"),
    ("zero-bytes", lambda d: (d / "empty.mp3").write_bytes(b"") or d / "empty.mp3", "empty (0 bytes)"),
    ("text-not-audio", lambda d: (d / "notes.mp3").write_text("just text") and d / "notes.mp3", "not an audio file"),
    ("silent", lambda d: synth(d / "silence.wav", "anullsrc=r=44100:cl=stereo", 5), "audio is silent"),
    ("video-without-audio", lambda d: synth(d / "video.mp4", "testsrc=size=64x64:rate=5", 1, "-an"),
     "no audio stream"),
    ("png-named-mp3", lambda d: shutil.copy(SEED_SHOW.parent / "cover.png", d / "cover.mp3") and d / "cover.mp3",
     "not an audio file"),
]


@pytest.mark.parametrize("name, make, expected", AUDIO_CASES, ids=[c[0] for c in AUDIO_CASES])
def test_bad_audio(name, make, expected, published_store, short_audio, tmp_path, capsys):  # noqa: F811
    before = snapshot(published_store)
    audio = make(tmp_path)
    episode_file = make_episode(tmp_path / "episode", short_audio, {"audio": str(audio)})
    code, err = run_cli(["publish", str(episode_file), "--show", str(SEED_SHOW), "--store",
                         f"file://{published_store}"], capsys)
    one_line_error(code, err, expected, episode_file)
    assert "field 'audio'" in err.splitlines()[-1]
    assert snapshot(published_store) == before


def test_duplicate_guid_and_bad_cover_are_refused_before_upload(published_store, short_audio, tmp_path, capsys):  # noqa: F811
    before = snapshot(published_store)
    episode_file = make_episode(tmp_path / "dupe", short_audio, {"guid": "existing-guid", "title": "Another"})
    code, err = run_cli(["publish", str(episode_file), "--show", str(SEED_SHOW), "--store",
                         f"file://{published_store}"], capsys)
    one_line_error(code, err, "field 'guid': 'existing-guid' is already used by episode 'already-published'",
                   episode_file)
    small = tmp_path / "small.png"
    from PIL import Image

    Image.new("RGB", (300, 200)).save(small)
    episode_file = make_episode(tmp_path / "cover", short_audio, {"image": str(small)})
    code, err = run_cli(["publish", str(episode_file), "--show", str(SEED_SHOW), "--store",
                         f"file://{published_store}"], capsys)
    one_line_error(code, err, "field 'image'", episode_file)
    assert "300×200" in err
    assert snapshot(published_store) == before


def test_markup_in_text_fields_is_neutralised(published_store, short_audio, tmp_path):  # noqa: F811
    from tasks.models import load_show

    store = tmp_path / "public"
    show = load_show(SEED_SHOW, store=f"file://{store}")
    evil = '<script>alert("t")</script><img src=x onerror=alert(1)>'
    episode = load_episode(make_episode(tmp_path / "evil", short_audio, {
        "title": f"Title {evil}", "description": f"Description {evil} <a href='javascript:x()'>link</a>",
        "guests": [{"name": f"Guest {evil}", "affiliation": evil}], "tags": [evil]}))
    publish_episode(episode=episode, show=show)
    feed = (store / "feed.xml").read_text()
    notes = next(store.glob("episodes/*/notes.html")).read_text()
    page = next(store.glob("episodes/*/index.html")).read_text()
    for text in (feed, notes, page):
        # The words may stay, as visible text; never as markup a reader would run.
        assert "<script>alert" not in text and "<img src=x" not in text
        assert not re.search(r"""<a\s[^>]*href=["']?\s*javascript:""", text)
    assert "&lt;script&gt;" in notes and "&lt;script&gt;" in page


def test_form_deployment_fails_the_run_with_the_message(published_store):
    state = publish_episode_form(title="T", audio="../../etc/passwd", show_file=str(SEED_SHOW),
                                 store=f"file://{published_store}", return_state=True)
    assert state.is_failed()
    assert "audio" in state.message and "climb out" in str(state.result(raise_on_failure=False))
