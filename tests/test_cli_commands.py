"""The commands of ``castflow`` other than ``publish``, through the real command line: ``transcribe``
and ``serve`` as subprocesses (``python -m flows.cli``, what the ``castflow`` script runs), and
``process-inbox``, ``rebuild-feed`` and ``unpublish`` through ``flows.cli.main`` against a real Prefect
server. Each is checked for what it leaves (files, the feed as podcastparser reads it), what it prints,
its exit status, and its one-line error on bad input."""

from __future__ import annotations

import io
import os
import re
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import httpx
import podcastparser
import pytest
import yaml

from flows.cli import main

from .conftest import ROOT, SEED_SHOW

CLI = [sys.executable, "-m", "flows.cli"]


def run_cli(*args: str, timeout: float = 300) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PREFECT_SERVER_ANALYTICS_ENABLED": "false"}
    return subprocess.run([*CLI, *args], capture_output=True, text=True, timeout=timeout, env=env, cwd=ROOT)


def one_line_error(stderr: str) -> str:
    lines = stderr.strip().splitlines()
    assert lines and lines[-1].startswith("castflow: error: "), stderr[-2000:]
    assert "Traceback" not in stderr, stderr[-2000:]
    return lines[-1]


# --- transcribe ----------------------------------------------------------------------------------------


@pytest.mark.slow
def test_transcribe_writes_every_format(clip, tmp_path):
    done = run_cli("transcribe", str(clip), "-o", str(tmp_path / "out"))
    assert done.returncode == 0, done.stderr[-2000:]
    printed = dict(line.split(None, 1) for line in done.stdout.strip().splitlines())
    assert set(printed) >= {"vtt", "srt", "json", "txt"}
    for kind, path in printed.items():
        assert Path(path) == tmp_path / "out" / f"clip.{kind}" and Path(path).stat().st_size > 0
    vtt = (tmp_path / "out" / "clip.vtt").read_text()
    assert vtt.startswith("WEBVTT") and re.search(r"00:00:0\d\.\d{3} --> 00:00:0\d\.\d{3}", vtt)
    text = (tmp_path / "out" / "clip.txt").read_text().lower()
    # What the clip says (reference.json's first words), as tiny.en hears them: "AI" it may miss.
    assert "welcome to utilizing" in text and "podcast about enterprise" in text


def test_transcribe_refuses_missing_audio_in_one_line(tmp_path):
    done = run_cli("transcribe", str(tmp_path / "nope.mp3"), "-o", str(tmp_path / "out"))
    assert done.returncode == 2
    assert one_line_error(done.stderr) == f"castflow: error: {tmp_path / 'nope.mp3'}: audio file not found"
    assert not (tmp_path / "out").exists()


# --- serve ---------------------------------------------------------------------------------------------


def test_serve_serves_a_folder_with_ranges_until_interrupted(clip, tmp_path):
    public = tmp_path / "public"
    public.mkdir()
    shutil.copy(clip, public / "clip.mp3")
    (public / "feed.xml").write_text("<rss/>")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    server = subprocess.Popen([*CLI, "serve", str(public), "--port", "0"], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT)
    try:
        banner = server.stdout.readline()
        url = re.search(r"at (http://127\.0\.0\.1:\d+/)", banner).group(1)
        whole = httpx.get(url + "clip.mp3")
        assert whole.status_code == 200 and whole.content == clip.read_bytes()
        assert whole.headers["content-type"] == "audio/mpeg"
        part = httpx.get(url + "clip.mp3", headers={"Range": "bytes=100-199"})
        assert part.status_code == 206 and part.content == clip.read_bytes()[100:200]
        assert httpx.head(url + "clip.mp3").headers["content-length"] == str(clip.stat().st_size)
        assert httpx.get(url + "feed.xml").text == "<rss/>"
        assert httpx.get(url + "missing.mp3").status_code == 404
    finally:
        server.send_signal(signal.SIGINT)
        code = server.wait(timeout=20)
    assert code == 0


def test_serve_refuses_a_missing_folder_in_one_line(tmp_path):
    done = run_cli("serve", str(tmp_path / "nothing"), "--port", "0", timeout=60)
    assert done.returncode == 2
    assert one_line_error(done.stderr).startswith(f"castflow: error: {tmp_path / 'nothing'}: no such folder")


# --- process-inbox, rebuild-feed, unpublish ------------------------------------------------------------


def write_episode(folder: Path, audio: Path, **fields) -> None:
    folder.mkdir(parents=True)
    shutil.copy(audio, folder / "audio.mp3")
    (folder / "episode.yaml").write_text(yaml.safe_dump({"audio": "audio.mp3", **fields}))


def feed_titles(public: Path) -> list[str]:
    parsed = podcastparser.parse("http://127.0.0.1:8000/feed.xml", io.BytesIO((public / "feed.xml").read_bytes()))
    return [e["title"] for e in parsed["episodes"]]


@pytest.mark.slow
def test_inbox_rebuild_and_unpublish_through_the_cli(prefect_server, clip, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("CASTFLOW_WORKDIR", str(tmp_path / "work"))
    inbox, public = tmp_path / "inbox", tmp_path / "public"
    store = ["--show", str(SEED_SHOW), "--store", f"file://{public}"]
    write_episode(inbox / "a-due", clip, title="Due now", publish_at="2022-03-01T09:00:00Z", slug="due-now")
    write_episode(inbox / "b-later", clip, title="Later", publish_at="2099-01-01T00:00:00Z")

    assert main(["process-inbox", str(inbox), *store]) == 0
    out = capsys.readouterr().out.splitlines()
    assert "published  a-due" in out and "waiting    b-later" in out and "failed     -" in out
    assert feed_titles(public) == ["Due now"]
    assert main(["process-inbox", str(inbox), *store]) == 0  # nothing new the second time
    assert "already    a-due" in capsys.readouterr().out.splitlines()

    feed = (public / "feed.xml").read_bytes()
    (public / "feed.xml").write_bytes(b"damaged")
    assert main(["rebuild-feed", *store]) == 0
    assert capsys.readouterr().out.strip() == "Rebuilt the feed: 1 episodes"
    assert (public / "feed.xml").read_bytes() == feed

    assert [p.name for p in (public / "episodes").iterdir()] == ["due-now"]
    assert main(["unpublish", "due-now", *store]) == 0
    printed = capsys.readouterr().out.strip()
    assert re.fullmatch(r"Unpublished due-now: \d+ files removed\. Feed: http://127\.0\.0\.1:8000/feed\.xml", printed)
    assert feed_titles(public) == []
    assert not (public / "episodes" / "due-now").exists() or not any((public / "episodes" / "due-now").rglob("*"))

    # Bad input: each a one-line error, exit status 2, the store unchanged.
    before = {p: p.read_bytes() for p in public.rglob("*") if p.is_file()}
    assert main(["unpublish", "no-such-episode", *store]) == 2
    assert "no episode with slug 'no-such-episode'" in one_line_error(capsys.readouterr().err)
    assert main(["rebuild-feed", "--show", str(tmp_path / "missing.yaml"), "--store", f"file://{public}"]) == 2
    assert one_line_error(capsys.readouterr().err) == f"castflow: error: {tmp_path / 'missing.yaml'}: file not found"
    broken = tmp_path / "broken-inbox"
    write_episode(broken / "b-later", clip, title="Later")
    (broken / "b-later" / "episode.yaml").write_text("title: Later\naudio: audio.mp3\npublish_at: tomorrow\n")
    assert main(["process-inbox", str(broken), *store]) == 2
    error = one_line_error(capsys.readouterr().err)
    assert "b-later" in error and "publish_at" in error
    after = {p: p.read_bytes() for p in public.rglob("*") if p.is_file()}
    assert sorted(after) == sorted(before)
    assert [p.name for p in before if after[p] != before[p]] == []
