"""Progress a person can see: `castflow transcribe` and `castflow publish` run as a person runs them,
in a pseudo-terminal (rich bars redrawn in place) and through a pipe (plain lines, no escape codes)."""

from __future__ import annotations

import io
import os
import pty
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tasks.ffmpeg import run_ffmpeg
from tasks.progress import _Lines

from .conftest import ROOT, SEED_SHOW, uncached_copy
from .test_prefect_operations import api_env, short_audio, write_episode  # noqa: F401 (fixture)

pytestmark = pytest.mark.slow
CASTFLOW = [sys.executable, "-m", "flows.cli"]
STAGES = {"transcribe": ["Decoding", "Recognition"], "publish": ["Decoding", "Recognition", "Mastering"]}


def in_terminal(command: list[str], env: dict[str, str]) -> tuple[int, str]:
    """Run ``command`` with its stdout and stderr on a pseudo-terminal; what it wrote, and its status."""
    parent, child = pty.openpty()
    process = subprocess.Popen(command, stdout=child, stderr=child, stdin=subprocess.DEVNULL, cwd=ROOT,
                               env={**env, "TERM": "xterm", "COLUMNS": "120"})
    os.close(child)
    output = b""
    while True:
        try:
            chunk = os.read(parent, 1 << 16)
        except OSError:  # EIO: the child closed the terminal
            break
        if not chunk:
            break
        output += chunk
    os.close(parent)
    return process.wait(timeout=600), output.decode("utf-8", "replace")


def through_pipe(command: list[str], env: dict[str, str]) -> tuple[int, str]:
    done = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, env=env, timeout=600)
    return done.returncode, done.stdout + done.stderr


@pytest.fixture
def commands(short_audio, tmp_path, prefect_server):  # noqa: F811
    short_audio = uncached_copy(short_audio, tmp_path)  # a cached recognition shows no progress
    episode = write_episode(tmp_path / "episode", short_audio, title="Progress", publish_at="2021-07-06T09:00:00Z")
    return {
        "transcribe": [*CASTFLOW, "transcribe", str(short_audio), "-o", str(tmp_path / "out")],
        "publish": [*CASTFLOW, "publish", str(episode), "--show", str(SEED_SHOW), "--store",
                    f"file://{tmp_path / 'public'}"],
    }


@pytest.mark.parametrize("command", ["transcribe", "publish"])
def test_a_terminal_shows_bars_with_elapsed_time_and_eta(command, commands, tmp_path):
    code, output = in_terminal(commands[command], {**api_env(tmp_path), "PYTHONPATH": str(ROOT)})
    assert code == 0, output[-2000:]
    for stage in STAGES[command]:
        # rich's bar: the name, the bar's glyphs, 100%, an elapsed time and an ETA, redrawn in place.
        assert re.search(rf"{stage}\s+(\x1b\[[0-9;]*m)?━+(\x1b\[[0-9;]*m)? (\x1b\[[0-9;]*m)?100%", output), stage
    assert re.search(r"\d:\d\d:\d\d(\x1b\[[0-9;]*m)? ETA", output)
    assert "\x1b[1A" in output  # cursor up: the bars are redrawn, not printed again and again


@pytest.mark.parametrize("command", ["transcribe", "publish"])
def test_a_pipe_gets_plain_periodic_lines(command, commands, tmp_path):
    env = {**api_env(tmp_path), "PYTHONPATH": str(ROOT), "CASTFLOW_PROGRESS_SECONDS": "0.5"}
    code, output = through_pipe(commands[command], env)
    assert code == 0, output[-2000:]
    assert "━" not in output and "\x1b[1A" not in output
    for stage in STAGES[command]:
        assert f"{stage}: started" in output
        assert re.search(rf"^{stage}: done in \d:\d\d:\d\d$", output, re.M), stage
    # At least one line between start and end: recognition of 27 s takes seconds, the interval is 0.5 s.
    assert re.search(r"^Recognition: \d+%, \d:\d\d:\d\d elapsed, ETA \d:\d\d:\d\d$", output, re.M), output


def test_lines_wait_for_the_interval_and_estimate_what_is_left():
    stream = io.StringIO()
    report = _Lines(stream, interval=3600).start("Mastering")
    report(0.5)  # within the interval: nothing
    report(1.0)
    assert stream.getvalue().splitlines() == ["Mastering: started", "Mastering: done in 0:00:00"]
    stream = io.StringIO()
    report = _Lines(stream, interval=0).start("Recognition")
    report(0.25)
    assert re.fullmatch(r"Recognition: 25%, 0:00:00 elapsed, ETA 0:00:00", stream.getvalue().splitlines()[1])


def test_ffmpeg_reports_the_fraction_it_has_read(short_audio, tmp_path):  # noqa: F811
    fractions: list[float] = []
    done = run_ffmpeg(["-i", str(short_audio), "-ac", "1", "-ar", "16000", str(tmp_path / "out.wav")],
                      duration=27.0, progress=fractions.append)
    assert done.returncode == 0 and "Input #0" in done.stderr  # the log still comes back
    assert fractions == sorted(fractions) and fractions[-1] == 1.0
    assert len(fractions) >= 2


def test_a_failed_ffmpeg_reports_no_completion(tmp_path):
    fractions: list[float] = []
    bad = tmp_path / "bad.mp3"
    bad.write_text("not audio")
    done = run_ffmpeg(["-i", str(bad), "-f", "null", "-"], duration=10.0, progress=fractions.append)
    assert done.returncode != 0 and fractions == []
    assert Path(bad).exists()
