"""The rules behind the Prefect stages, tested as the plain functions in ``tasks/`` that they are:
``flows/stages.py`` only wraps them (retries, caching, names, artifacts). Fast: no Prefect server,
no audio; a folder store where a store is needed."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tasks.artwork import check_cover_art, local_image
from tasks.assemble import episode_guid, image_url
from tasks.audio import id3_tags
from tasks.clips import episode_clips
from tasks.errors import FeedInvalid
from tasks.feed.paging import ARCHIVE_PREFIX, page_key
from tasks.feed.validate import valid_index
from tasks.models import AudioFile, ConfigError, EpisodeInput, Index, ShowNotes, Soundbite
from tasks.preflight import check_episode
from tasks.storage import open_store
from tasks.storage.inbox import inbox_status
from tasks.storage.layout import FEED_KEY
from tasks.storage.publishing import (
    commit_index,
    guid_clash,
    insert_episode,
    read_index,
    remove_episode,
    write_pages,
)
from tasks.workdir import episode_workdir, item_cache_file

from .test_feed import record

COVER = "https://cdn.example.com/cover.jpeg"


def test_a_local_image_is_published_under_its_content_hash_and_a_url_is_used_as_it_is(seed_show):
    cover = Path(seed_show.image)
    url, uploads = image_url(seed_show, str(cover))
    digest = hashlib.sha256(cover.read_bytes()).hexdigest()
    assert uploads == {f"cover-{digest[:12]}.png": cover}
    assert url == f"{seed_show.base_url}/cover-{digest[:12]}.png"
    assert image_url(seed_show, COVER) == (COVER, {})
    assert image_url(seed_show, None) == (None, {})


def test_id3_tags_come_from_the_show_and_episode_with_the_local_cover(seed_show):
    episode = EpisodeInput(title="Compilers", audio="a.mp3", episode=7, description="About compilers",
                           publish_at=datetime(2024, 3, 2, 10, tzinfo=UTC))
    tags = id3_tags(seed_show, episode)
    assert (tags.title, tags.artist, tags.album, tags.date, tags.comment, tags.track) == \
        ("Compilers", seed_show.author, seed_show.title, "2024-03-02", "About compilers", 7)
    assert tags.cover == Path(seed_show.image), "no episode image: the show's local cover"
    remote = id3_tags(seed_show, episode.model_copy(update={"image": COVER}))
    assert remote.cover is None, "an image given as a URL is not fetched to embed it"
    assert id3_tags(seed_show, EpisodeInput(title="T", audio="a.mp3")).date == ""
    assert local_image(seed_show.image) == Path(seed_show.image)


def test_bad_cover_art_is_refused_naming_the_episode_file_and_field(seed_show, tmp_path):
    (tmp_path / "episode.yaml").write_text("")
    bad = tmp_path / "art.png"
    bad.write_bytes(b"not a picture")
    episode = EpisodeInput(title="T", audio="a.mp3", image=str(bad), source_dir=tmp_path)
    with pytest.raises(ConfigError, match=rf"^{tmp_path / 'episode.yaml'}: field 'image': .* is not a PNG"):
        check_cover_art(seed_show, episode)
    check_cover_art(seed_show, episode.model_copy(update={"image": COVER}))  # a URL is not checked here


def test_a_guid_another_episode_has_is_a_clash_and_the_same_episode_again_is_not():
    index = Index(episodes=[record(1), record(2)])
    assert guid_clash(index, "guid-1", "episode-9") == "episode-1"
    assert guid_clash(index, "guid-1", "episode-1") is None
    assert guid_clash(index, "guid-new", "episode-9") is None


def test_preflight_refuses_a_guid_in_use_before_anything_is_uploaded(seed_show, tmp_path):
    show = seed_show.model_copy(update={"store": f"file://{tmp_path / 'public'}"})
    taken = EpisodeInput(title="Other", audio="a.mp3", slug="other", guid="guid-1")
    commit_index(open_store(show.store), lambda index: index.upsert(record(1)))
    with pytest.raises(ConfigError, match=r"^episode 'other': field 'guid': 'guid-1' is already used by "
                                          r"episode 'episode-1'; each episode needs its own$"):
        check_episode(show, taken)
    check_episode(show, taken.model_copy(update={"slug": "episode-1"}))  # republishing itself is fine
    check_episode(show, EpisodeInput(title="New", audio="a.mp3"))
    assert episode_guid(show, EpisodeInput(title="New", audio="a.mp3")) not in {"guid-1", "guid-2"}


def test_a_rerun_without_publish_at_keeps_the_date_and_says_what_it_replaced():
    first = record(1)
    index = Index(episodes=[first, record(2)])
    rerun = record(1, title="Episode 1, edited", pub_date=datetime(2030, 1, 1, tzinfo=UTC))
    kept, replaced = insert_episode(index, rerun, keep_pub_date=True)
    assert replaced == first
    assert [(e.title, e.pub_date) for e in kept.episodes if e.guid == "guid-1"] == \
        [("Episode 1, edited", first.pub_date)]
    moved, _ = insert_episode(index, rerun, keep_pub_date=False)
    assert moved.episodes[0].title == "Episode 1, edited", "a new date moves it to the top"
    added, nothing = insert_episode(index, record(3), keep_pub_date=True)
    assert nothing is None and len(added.episodes) == 3


def test_removing_an_episode_returns_its_record_and_leaves_the_others():
    index = Index(episodes=[record(1), record(2)])
    left, removed = remove_episode(index, "episode-1")
    assert removed == record(1) and [e.slug for e in left.episodes] == ["episode-2"]
    same, none = remove_episode(index, "missing")
    assert none is None and same == index


def test_archive_pages_are_written_and_stale_ones_removed_but_the_main_feed_is_left_for_last(tmp_path):
    store = open_store(f"file://{tmp_path}")
    for key in (page_key(2), page_key(3), page_key(4), "feed-pages.txt"):
        store.put_bytes(key, b"old")
    write_pages(store, {FEED_KEY: b"main", page_key(2): b"two"}, ARCHIVE_PREFIX)
    assert store.get(page_key(2)).data == b"two"
    assert store.get(page_key(3)) is None and store.get(page_key(4)) is None
    assert store.get("feed-pages.txt").data == b"old", "only archive pages are pruned"
    assert store.get(FEED_KEY) is None, "the main feed is publish_feed's to write, after its pages"
    assert page_key(3).startswith(ARCHIVE_PREFIX) and not FEED_KEY.startswith(ARCHIVE_PREFIX)


def test_an_index_whose_feed_would_be_invalid_is_refused(seed_show):
    index = Index(episodes=[record(1)])
    assert valid_index(seed_show, index, COVER) is index
    empty = Index(episodes=[record(2, audio=AudioFile(url="https://cdn.example.com/e2.mp3", bytes=0, duration=1.0))])
    with pytest.raises(FeedInvalid, match="enclosure length"):
        valid_index(seed_show, empty, COVER)


def test_no_clips_unless_the_show_asks(seed_show, tmp_path):
    bite = Soundbite(start=1.0, duration=10.0, title="A bite")
    notes = ShowNotes(summary="s", soundbites=[bite])
    episode = EpisodeInput(title="T", audio="a.mp3")
    assert episode_clips(seed_show.model_copy(update={"clips": False}), episode, None, None, notes, tmp_path) == []
    asked = seed_show.model_copy(update={"clips": True})
    assert episode_clips(asked, episode, None, None, notes.model_copy(update={"soundbites": []}), tmp_path) == []
    assert not any(tmp_path.iterdir()), "nothing made"


def test_work_files_live_under_the_root_one_folder_per_episode_one_item_cache_per_feed(tmp_path):
    assert episode_workdir(tmp_path, "2x27") == tmp_path / "2x27"
    one, two = item_cache_file(tmp_path, "https://a.example/feed.xml"), item_cache_file(tmp_path, "https://b.example/f")
    assert one.parent == two.parent == tmp_path / "feed-items" and one != two
    assert item_cache_file(tmp_path, "https://a.example/feed.xml") == one, "stable across runs"
    assert read_index(open_store(f"file://{tmp_path}"))[0] == Index()


def test_an_inbox_episode_is_already_published_waiting_or_due():
    index = Index(episodes=[record(1)])
    now = datetime(2024, 1, 1, tzinfo=UTC)
    later = datetime(2024, 1, 2, tzinfo=UTC)
    assert inbox_status(EpisodeInput(title="T", audio="a.mp3", slug="episode-1"), index, now) == "already"
    assert inbox_status(EpisodeInput(title="T", audio="a.mp3", guid="guid-1"), index, now) == "already"
    assert inbox_status(EpisodeInput(title="T", audio="a.mp3", publish_at=later), index, now) == "waiting"
    assert inbox_status(EpisodeInput(title="T", audio="a.mp3", publish_at=now), index, now) == "due"
    assert inbox_status(EpisodeInput(title="T", audio="a.mp3"), index, now) == "due"
