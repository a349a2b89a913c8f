"""Soundbite clips: real ffmpeg renders of the seed, checked with ffprobe (codecs, sizes, duration)
and by looking at the pixels where the captions are burned in; the page links them."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from tasks.assemble import assemble_episode
from tasks.clips import SHAPES, captions, make_clips, published_clips
from tasks.models import Show, Soundbite
from tasks.notes import write_notes
from tests.conftest import SEED_EPISODE, SEEDS
from tests.test_site import SEED_DURATION, decode_wav, prepared_audio, timed_transcript

# Measured: the 8 s bite gives 8.000 s (container, video, audio); the 3.5 s one 3.520 s (container
# and video: whole 40 ms frames) and 3.500 s (audio). 0.1 s allowed, five times the largest gap.
DURATION_TOLERANCE = 0.1
BITES = [Soundbite(start=31.0, duration=8.0, title="Who runs the MLOps Community"),
         Soundbite(start=62.5, duration=3.5)]
SIZES = {"square": (720, 720), "vertical": (720, 1280)}


@pytest.fixture(scope="module")
def made(tmp_path_factory):
    work = tmp_path_factory.mktemp("clips")
    return make_clips(SEED_EPISODE.parent / "audio.mp3", SEEDS / "cover.png", timed_transcript(), BITES, work)


def probe(path: Path) -> dict:
    out = subprocess.run(["ffprobe", "-v", "error", "-show_entries",
                          "stream=codec_type,codec_name,width,height,duration,pix_fmt:format=duration,format_name",
                          "-of", "json", str(path)], capture_output=True, text=True, check=True).stdout
    return json.loads(out)


def test_each_clip_is_an_h264_aac_mp4_as_long_as_its_soundbite(made):
    assert [c.bite for c in made] == BITES
    for clip in made:
        assert set(clip.files) == {"square", "vertical"}
        for shape, path in clip.files.items():
            info = probe(path)
            assert "mp4" in info["format"]["format_name"]
            streams = {s["codec_type"]: s for s in info["streams"]}
            assert streams["video"]["codec_name"] == "h264" and streams["video"]["pix_fmt"] == "yuv420p"
            assert streams["audio"]["codec_name"] == "aac"
            assert (streams["video"]["width"], streams["video"]["height"]) == SIZES[shape]
            for duration in (info["format"]["duration"], streams["video"]["duration"], streams["audio"]["duration"]):
                assert float(duration) == pytest.approx(clip.bite.duration, abs=DURATION_TOLERANCE), (shape, duration)


def frame(path: Path, at: float) -> np.ndarray:
    png = path.with_name(f"{path.stem}-{at}.png")
    subprocess.run(["ffmpeg", "-v", "error", "-y", "-ss", str(at), "-i", str(path), "-frames:v", "1", str(png)],
                   check=True)
    return np.asarray(Image.open(png).convert("L"))


def test_captions_are_burned_in_and_the_waveform_moves(made):
    vertical = made[0].files["vertical"]
    shape = next(s for s in SHAPES if s.name == "vertical")
    band = slice(shape.height - shape.caption_margin - 80, shape.height - shape.caption_margin)  # caption lines
    early, late = frame(vertical, 1.0), frame(vertical, 5.0)
    # Below the cover the frame is a dark plain colour: white text there is the captions.
    assert (early[band] > 200).sum() > 2000 and (late[band] > 200).sum() > 2000
    assert not np.array_equal(early[band], late[band])  # the caption changed with the words
    wave = slice(shape.wave_y, shape.wave_y + 160)
    assert np.abs(early[wave].astype(int) - late[wave].astype(int)).mean() > 1  # the waveform moved
    lines = captions(timed_transcript(), BITES[0])
    assert lines and all(0 <= line.start < line.end <= BITES[0].duration + 0.01 for line in lines)
    assert len(lines[0].text.split()) <= 4


def test_clips_are_linked_from_the_page_and_listed_in_the_index(made, seed_show, seed_episode, tmp_path):
    show: Show = seed_show.model_copy(update={"clips": True})
    work = tmp_path / "work"
    work.mkdir()
    mp3 = SEED_EPISODE.parent / "audio.mp3"
    audio = prepared_audio(mp3, decode_wav(mp3, work / "asr.wav"), SEED_DURATION)
    transcript = timed_transcript()
    clips = published_clips(show.base_url, seed_episode.resolved_slug, made)
    bundle = assemble_episode(show, seed_episode, audio, transcript, write_notes(show, seed_episode, transcript),
                              work, clips=clips)
    record = bundle.record
    assert [(c.start, c.duration, c.title) for c in record.clips] == [(b.start, b.duration, b.title) for b in BITES]
    for clip in record.clips:
        for url in (clip.square_url, clip.vertical_url):
            key = url.removeprefix(show.base_url + "/")
            assert key in record.files and bundle.files[key].suffix == ".mp4"  # uploaded with the episode
    page = bundle.files[f"episodes/{record.slug}/index.html"].read_text()
    assert 'id="clips"' in page
    assert all(c.square_url in page and c.vertical_url in page for c in record.clips)
    assert json.loads(record.model_dump_json())["clips"][0]["square_url"] == record.clips[0].square_url


def test_clips_are_off_by_default(seed_show):
    assert Show.model_fields["clips"].default is False and seed_show.clips is False
