"""Loading show.yaml and episode.yaml: the seeds load, and mistakes name the file and field."""

from __future__ import annotations

from pathlib import Path

import pytest

from tasks.models import ConfigError, Show, load_episode, load_show, podcast_guid_for

from .conftest import SEED_EPISODE


def test_seed_files_load(seed_show, seed_episode):
    assert seed_show.title == "Utilizing AI"
    assert [h.name for h in seed_show.hosts] == ["Stephen Foskett", "Steph Locke"]
    assert [g.name for g in seed_episode.guests] == ["Demetrios Brinkmann", "David Aponte"]
    assert all(g.role == "guest" for g in seed_episode.guests)
    assert Path(seed_episode.audio).is_file(), "relative audio paths are anchored at episode.yaml"
    assert seed_episode.publish_at.utcoffset() is not None


def test_podcast_guid_matches_the_specification_example():
    assert podcast_guid_for("https://podnews.net/rss") == "9b024349-ccf0-5f69-a609-6b82873eab3c"
    show = Show(title="t", author="a", description="d", base_url="https://podnews.net/", store="file://x")
    assert show.podcast_guid == podcast_guid_for("podnews.net/feed.xml")


def write(tmp_path: Path, text: str, name: str = "episode.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text)
    return path


@pytest.mark.parametrize("text, expected", [
    ("audio: a.mp3\n", "field 'title': Field required"),
    ("title: T\naudio: a.mp3\npublish_at: 2021-07-06T09:00:00\n", "field 'publish_at': needs a timezone"),
    ("title: T\naudio: a.mp3\nseason: 0\n", "field 'season'"),
    ("title: T\naudio: a.mp3\ntitel: typo\n", "field 'titel': unknown field"),
    ("title: T\naudio: a.mp3\nslug: ../../etc\n", "field 'slug'"),
    ("- title: T\n", "must be a YAML mapping"),
    ("title: [unclosed\n", "not valid YAML at line"),
    ("title: T\naudio: a.mp3\nguests:\n  - name: X\n    links: ['javascript:alert(1)']\n",
     "field 'guests.0.links.0.url'"),
    ("title: \"bell\\a\"\naudio: a.mp3\n", "control characters"),
])
def test_episode_errors_name_file_and_field(tmp_path, text, expected):
    path = write(tmp_path, text)
    with pytest.raises(ConfigError) as error:
        load_episode(path)
    message = str(error.value)
    assert message.startswith(str(path)), message
    assert expected in message
    assert "\n" not in message


def test_non_utf8_episode_is_refused(tmp_path):
    path = tmp_path / "episode.yaml"
    path.write_bytes(b"title: caf\xe9\naudio: a.mp3\n")
    with pytest.raises(ConfigError, match="not UTF-8"):
        load_episode(path)


@pytest.mark.parametrize("change, expected", [
    ({"store": "ftp://x"}, "field 'store'"),
    ({"categories": ["Tech"]}, "not an Apple Podcasts category"),
    ({"base_url": "javascript:alert(1)"}, "field 'base_url'"),
])
def test_show_errors_name_the_field(tmp_path, change, expected):
    import yaml

    data = yaml.safe_load((SEED_EPISODE.parents[2] / "show.yaml").read_text())
    data.update(change)
    path = write(tmp_path, yaml.safe_dump(data), "show.yaml")
    with pytest.raises(ConfigError, match=expected):
        load_show(path)


def test_store_override(tmp_path):
    show = load_show(SEED_EPISODE.parents[2] / "show.yaml", store="s3://bucket/prefix")
    assert show.store == "s3://bucket/prefix"


@pytest.mark.parametrize("change, expected", [
    ({"transcription": {"engine": "cloud"}}, "field 'transcription.engine': Input should be 'faster' or 'openai'"),
    ({"transcription": {"prompt": "all"}}, "field 'transcription.prompt': Input should be 'none' or 'names'"),
    ({"transcription": {"device": "tpu"}}, "field 'transcription.device': Input should be 'auto', 'cpu' or 'cuda'"),
    ({"transcription": {"compute_type": "int4"}}, "field 'transcription.compute_type': Input should be 'auto', "),
    ({"notes": {"generator": "gpt"}}, "field 'notes.generator': Input should be 'offline' or 'llm'"),
    ({"location": [{"name": "Austin", "rel": "about"}]}, "field 'location.0.rel': Input should be 'subject' or"),
])
def test_a_value_outside_an_options_list_names_the_field_and_the_values(tmp_path, change, expected):
    import yaml

    data = yaml.safe_load((SEED_EPISODE.parents[2] / "show.yaml").read_text())
    data.update(change)
    path = write(tmp_path, yaml.safe_dump(data), "show.yaml")
    with pytest.raises(ConfigError) as error:
        load_show(path)
    assert str(error.value).startswith(f"{path}: {expected}"), str(error.value)


def test_every_accepted_option_value_loads():
    from typing import get_args

    from tasks.models import ComputeType, Device, Engine, NotesGenerator, NotesOptions, Prompt, TranscriptionOptions

    for field, values in {"engine": Engine, "prompt": Prompt, "device": Device, "compute_type": ComputeType}.items():
        for value in get_args(values):
            assert getattr(TranscriptionOptions.model_validate({field: value}), field) == value
    assert [NotesOptions(generator=value).generator for value in get_args(NotesGenerator)] == ["offline", "llm"]


def test_the_models_import_no_other_room():
    # The base layer the rooms talk through: importing a room from here would run the walls upward.
    import ast

    package = Path(__file__).parents[1] / "tasks" / "models"
    for module in package.glob("*.py"):
        for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else (
                [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            for name in names:
                if name.split(".")[0] in ("tasks", "flows", "templates"):
                    assert name == "tasks.errors" or name.startswith("tasks.models"), f"{module.name} imports {name}"
