"""castflow as a package: a wheel built from the sources, installed into a fresh virtualenv and run
from a folder outside the repository, publishes an episode with the templates it ships.

Nothing is downloaded: the wheel is installed without its dependencies, which the fresh virtualenv
reads from the test's own environment through a ``.pth`` line (added after the install, so pip sees
an empty environment). That line adds the folder only, without running the folder's ``.pth`` files,
so the editable install of the checkout cannot stand in for the wheel.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import podcastparser
import pytest
import yaml

from .conftest import ROOT, SEED_EPISODE, SEEDS

pytestmark = pytest.mark.slow

SOURCES = ["pyproject.toml", "README.md", "tasks", "flows", "templates"]
CLIP_SECONDS = 20  # enough speech for a transcript, notes and chapters; the whole seed costs minutes


def run(command: list, **kwargs) -> subprocess.CompletedProcess:
    result = subprocess.run([str(part) for part in command], capture_output=True, text=True, **kwargs)
    assert result.returncode == 0, f"{command}\n{result.stdout}\n{result.stderr}"
    return result


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    """A fresh virtualenv with castflow's wheel in it; returns its ``bin`` folder."""
    base = tmp_path_factory.mktemp("package")
    # Build from a copy, so the build's egg-info and build/ folders never land in the checkout.
    source = base / "source"
    source.mkdir()
    for name in SOURCES:
        if (ROOT / name).is_dir():
            shutil.copytree(ROOT / name, source / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(ROOT / name, source / name)
    run([sys.executable, "-m", "pip", "wheel", source, "--no-deps", "--no-build-isolation", "--no-index",
         "-q", "-w", base / "dist"])
    wheel = next((base / "dist").glob("castflow-*.whl"))

    venv = base / "venv"
    run([sys.executable, "-m", "venv", "--without-pip", venv])
    run([sys.executable, "-m", "pip", "--python", venv / "bin" / "python", "install", "--no-deps", "--no-index",
         "-q", wheel])
    site_packages = Path(run([venv / "bin" / "python", "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
                             env=_clean_env(base)).stdout.strip())
    (site_packages / "castflow-test-dependencies.pth").write_text(sysconfig.get_path("purelib") + "\n")
    return venv / "bin"


def _clean_env(home: Path) -> dict[str, str]:
    """The test's environment without anything that points at the checkout or the test's Prefect server."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH" and not k.startswith("PREFECT_")}
    # The temporary Prefect server gets longer than its default 20 s to start on a loaded machine.
    env.update(PREFECT_HOME=str(home / "prefect"), PREFECT_SERVER_ANALYTICS_ENABLED="false",
               PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS="180")
    return env


def test_the_wheel_carries_the_templates_and_nothing_comes_from_the_checkout(installed, tmp_path):
    where = run([installed / "python", "-c",
                 "import flows.cli, tasks.templating as r, templates; "
                 "print(flows.cli.__file__); print(r.TEMPLATES); print(templates.__file__)"],
                cwd=tmp_path, env=_clean_env(tmp_path)).stdout.split()
    venv = installed.parent.resolve()
    for path in where:
        assert Path(path).resolve().is_relative_to(venv), where
    shipped = {p.name for p in Path(where[1]).iterdir()}
    assert {p.name for p in (ROOT / "templates").iterdir() if p.suffix in (".j2", ".css")} <= shipped


def test_publish_from_a_folder_outside_the_repository(installed, tmp_path):
    show_dir = tmp_path / "myshow"
    episode_dir = show_dir / "episodes" / "one"
    episode_dir.mkdir(parents=True)
    show = yaml.safe_load((SEEDS / "show.yaml").read_text())
    show.update(base_url="https://pod.example/myshow", link="https://pod.example/myshow", store="file://public")
    (show_dir / "show.yaml").write_text(yaml.safe_dump(show, allow_unicode=True))
    shutil.copy2(SEEDS / show["image"], show_dir / show["image"])
    episode = yaml.safe_load(SEED_EPISODE.read_text())
    episode.update(audio="clip.mp3", slug="one")
    (episode_dir / "episode.yaml").write_text(yaml.safe_dump(episode, allow_unicode=True))
    run(["ffmpeg", "-nostdin", "-v", "error", "-i", SEED_EPISODE.parent / "audio.mp3", "-t", CLIP_SECONDS,
         "-c", "copy", episode_dir / "clip.mp3"])

    result = run([installed / "castflow", "publish", "episodes/one/episode.yaml"], cwd=show_dir,
                 env=_clean_env(tmp_path), timeout=600)
    assert "Feed: https://pod.example/myshow/feed.xml" in result.stdout

    public = show_dir / "public"
    with (public / "feed.xml").open("rb") as feed:
        parsed = podcastparser.parse("https://pod.example/myshow/feed.xml", feed)
    [item] = parsed["episodes"]
    assert item["title"] == episode["title"]
    assert item["link"] == "https://pod.example/myshow/episodes/one/"
    # The description comes from description.txt.j2, the episode page from episode.html.j2 and the
    # stylesheet is the shipped one, byte for byte.
    # (a guest's affiliation is in the show notes only through the templates' list of people).
    assert "Community Coordinator at MLOps Community" in item["description"], item["description"]
    page = (public / "episodes" / "one" / "index.html").read_text()
    assert episode["title"].replace("&", "&amp;")[:40] in page
    assert 'rel="stylesheet"' in page
    assert (public / "style.css").read_bytes() == (ROOT / "templates" / "style.css").read_bytes()
