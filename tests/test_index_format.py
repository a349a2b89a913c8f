"""The saved ``episodes.json``: versioned, readable from every older castflow, refused from a newer one.

``tests/data/index/episodes-unversioned.json`` was written by ``commit_index`` just before the format
carried a version (two records: one as old as the golden feeds' fields, one with every field set).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tasks.feed.build import build_feed_pages
from tasks.feed.items import ItemCache
from tasks.models import INDEX_KEY, INDEX_VERSION, Index, Show
from tasks.storage import LocalStore, StoreError
from tasks.storage.publishing import commit_index, read_index

DATA = Path(__file__).parent / "data"
UNVERSIONED = DATA / "index" / "episodes-unversioned.json"


@pytest.fixture
def store(tmp_path):
    return LocalStore(tmp_path / "public")


def test_an_unversioned_index_loads_and_is_rewritten_unchanged_but_for_its_version(store):
    written = UNVERSIONED.read_bytes()
    assert b'"version"' not in written
    store.put_bytes(INDEX_KEY, written)

    index, _ = read_index(store)
    assert index.version == 1
    assert [e.slug for e in index.episodes] == ["episode-1", "2x28-every-field"]
    every = index.find("2x28-every-field")
    assert every.clips[0].square_url and every.alternate_audio[0].integrity and every.license.identifier
    assert every.location[0].rel == "creator" and every.episode_type == "bonus"

    commit_index(store, lambda current: current)  # what any publish does: read, change nothing, write
    rewritten = store.get(INDEX_KEY).data
    assert rewritten == written.replace(b"{\n", b'{\n "version": 1,\n', 1)


def test_a_written_index_names_its_version_first(store):
    commit_index(store, lambda current: current)
    data = store.get(INDEX_KEY).data
    assert data.startswith(b'{\n "version": %d,\n' % INDEX_VERSION)
    assert json.loads(data) == {"version": INDEX_VERSION, "episodes": []}


@pytest.mark.parametrize("version, expected", [
    (INDEX_VERSION + 1, f"field 'version': format {INDEX_VERSION + 1} is newer than this castflow reads"),
    (0, "field 'version': Input should be greater than or equal to 1"),
    ("two", "field 'version': Input should be a valid integer"),
])
def test_an_index_of_an_unknown_version_is_refused_in_one_line_and_left_alone(store, version, expected):
    # A newer format may have changed any field; its version alone is named, not its other failures.
    newer = {"version": version, "episodes": [{"guid": "g", "renamed_title": "x"}]}
    data = json.dumps(newer).encode()
    store.put_bytes(INDEX_KEY, data)
    with pytest.raises(StoreError) as error:
        commit_index(store, lambda current: current)
    message = str(error.value)
    assert message.startswith(f"{store.url}/{INDEX_KEY}: "), message
    assert expected in message and "more problem" not in message and "\n" not in message
    assert store.get(INDEX_KEY).data == data, "a file that could not be read must not be overwritten"


def test_a_broken_record_is_named_by_its_field_and_left_alone(store):
    data = b'{"episodes": [{"guid": "g"}]}'
    store.put_bytes(INDEX_KEY, data)
    with pytest.raises(StoreError) as error:
        commit_index(store, lambda current: current)
    message = str(error.value)
    assert message.startswith(f"{store.url}/{INDEX_KEY}: not a valid index (field 'episodes.0.title': "), message
    assert "more problems" in message and "\n" not in message
    assert store.get(INDEX_KEY).data == data


@pytest.mark.parametrize("case", sorted(p.stem for p in (DATA / "feeds").glob("*.json")))
def test_the_saved_form_rebuilds_the_same_feed(case):
    # The feed is a function of the index; saving and reading the index back must not change it.
    data = json.loads((DATA / "feeds" / f"{case}.json").read_text(encoding="utf-8"))
    show, index = Show.model_validate(data["show"]), Index.model_validate(data["index"])
    reread = Index.from_json(index.to_json(), "episodes.json")
    assert reread == index
    assert (build_feed_pages(show, reread, data["image_url"], items=ItemCache())
            == build_feed_pages(show, index, data["image_url"], items=ItemCache()))
