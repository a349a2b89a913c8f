"""Audio preparation on real audio: loudness measured independently of the code that set it."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from mutagen.id3 import ID3
from mutagen.mp3 import MP3

from tasks.audio import AudioError, Id3Tags, prepare_audio, probe

from .conftest import SEED_EPISODE, SEEDS
from .meter import independent_loudness

SEED_AUDIO = SEED_EPISODE.parent / "audio.mp3"
# Apple's podcast guidance: -16 LKFS (stereo) within 1 dB. The independent meter agrees with ffmpeg's
# ebur128 to 0.1 LU on these files; the seed lands at -16.01 LUFS (the tighter bound, 0.5 LU, is checked on
# the seed and two dev-set sources below).
LOUDNESS_TOLERANCE = 1.0
DEVSET = Path(__file__).parent / "data" / "devset"


def synth(path: Path, source: str, seconds: float = 4, channels: int = 1, codec: list[str] = ()) -> Path:
    subprocess.run(["ffmpeg", "-nostdin", "-y", "-loglevel", "error", "-f", "lavfi", "-i", source,
                    "-t", str(seconds), "-ac", str(channels), *codec, str(path)], check=True)
    return path


def prepare(source: Path, workdir: Path, **tags):
    return prepare_audio(source, workdir, Id3Tags(title=tags.get("title", "T"), artist="A", album="Show",
                                                   date="2021-07-06", cover=tags.get("cover")))


@pytest.fixture(scope="module")
def seed_prepared(tmp_path_factory):
    return prepare(SEED_AUDIO, tmp_path_factory.mktemp("prep"), title="Episode 2x27", cover=SEEDS / "cover.png")


def test_seed_is_normalised_to_minus_16_lufs_stereo(seed_prepared):
    integrated, true_peak = independent_loudness(seed_prepared.path)
    print(f"seed: {integrated:.2f} LUFS, {true_peak:.2f} dBTP")
    assert seed_prepared.channels == 2
    assert abs(integrated - (-16.0)) <= LOUDNESS_TOLERANCE, integrated  # measured -16.01 LUFS
    assert true_peak <= -1.0, true_peak  # measured -1.79 dBTP (the rule: -1 dBTP)


def test_mp3_is_cbr_with_tags_and_exact_size(seed_prepared):
    info = MP3(seed_prepared.path)
    assert str(info.info.bitrate_mode) == "BitrateMode.CBR"
    assert info.info.bitrate == 128000
    assert abs(info.info.length - probe(SEED_AUDIO).duration) < 0.2
    assert seed_prepared.bytes == seed_prepared.path.stat().st_size
    tags = ID3(seed_prepared.path)
    assert str(tags["TIT2"]) == "Episode 2x27"
    assert str(tags["TALB"]) == "Show"
    assert tags.getall("APIC")[0].data == (SEEDS / "cover.png").read_bytes()


def test_asr_copy_is_16khz_mono(seed_prepared):
    info = probe(seed_prepared.asr_wav)
    assert (info.sample_rate, info.channels) == (16000, 1)


def test_mono_flac_goes_to_minus_19_lufs(tmp_path):
    source = synth(tmp_path / "tone.flac", "sine=frequency=440:sample_rate=48000", channels=1)
    prepared = prepare(source, tmp_path / "out")
    integrated, true_peak = independent_loudness(prepared.path)
    print(f"tone: {integrated:.2f} LUFS, {true_peak:.2f} dBTP")
    assert prepared.channels == 1
    assert abs(integrated - (-19.0)) <= LOUDNESS_TOLERANCE, integrated  # measured -18.94 LUFS
    assert true_peak <= -1.0, true_peak  # measured -15.20 dBTP


def test_m4a_input_is_decoded(tmp_path):
    source = synth(tmp_path / "noise.m4a", "anoisesrc=amplitude=0.05:seed=1", channels=2,
                   codec=["-c:a", "aac"])
    prepared = prepare(source, tmp_path / "out")
    assert prepared.channels == 2 and prepared.duration > 3


@pytest.mark.parametrize("make, message", [
    (lambda d: d / "missing.mp3", "not found"),
    (lambda d: (d / "empty.mp3").write_bytes(b"") or d / "empty.mp3", "empty"),
    (lambda d: (d / "text.mp3").write_text("not audio at all") and d / "text.mp3", "not an audio file"),
    (lambda d: synth(d / "silence.wav", "anullsrc=r=44100:cl=mono"), "silent"),
])
def test_bad_audio_is_refused_with_the_file_named(tmp_path, make, message):
    source = make(tmp_path)
    with pytest.raises(AudioError) as error:
        prepare(source, tmp_path / "out")
    assert str(source) in str(error.value)
    assert message in str(error.value)


def test_a_rerun_reuses_intact_files_and_redoes_changed_ones(tmp_path):
    source = synth(tmp_path / "tone.flac", "sine=frequency=330:sample_rate=44100", channels=1)
    first = prepare(source, tmp_path / "out")
    stamp = first.path.stat().st_mtime_ns
    assert prepare(source, tmp_path / "out") == first
    assert first.path.stat().st_mtime_ns == stamp, "reused, not rendered again"
    retitled = prepare(source, tmp_path / "out", title="Another title")
    assert retitled.sha256 != first.sha256
    retitled.path.write_bytes(b"damaged")
    assert prepare(source, tmp_path / "out", title="Another title").sha256 == retitled.sha256


def test_chapters_are_written_as_id3_chap_frames(seed_prepared, tmp_path):
    from tasks.audio import with_chapters
    from tasks.models import Chapter

    chapters = [Chapter(start=0, title="Introductions"), Chapter(start=81.5, title="What changed")]
    published = with_chapters(seed_prepared, chapters, tmp_path / "published.mp3")
    tags = ID3(published.path)
    frames = sorted(tags.getall("CHAP"), key=lambda f: f.start_time)
    assert [(f.start_time, f.end_time, str(f.sub_frames["TIT2"])) for f in frames] == [
        (0, 81500, "Introductions"), (81500, int(seed_prepared.duration * 1000), "What changed")]
    toc = tags.getall("CTOC")[0]
    assert toc.child_element_ids == [f.element_id for f in frames]
    assert published.bytes == published.path.stat().st_size and published.sha256 != seed_prepared.sha256
    assert str(ID3(seed_prepared.path)["TIT2"]) == "Episode 2x27" and not ID3(seed_prepared.path).getall("CHAP")


def test_an_independent_meter_agrees_on_loudness_and_true_peak(seed_prepared):
    """pyloudnorm and a 4x oversample, not ffmpeg's ebur128: the seed needs the limiter (its true peak
    is -1.2 dBTP at -21.2 LUFS), the hardest case. Measured: -16.01 LUFS, -1.79 dBTP
    (before the encoded MP3 was metered and corrected: -16.76 LUFS, out of bounds)."""
    lufs, true_peak = independent_loudness(seed_prepared.path)
    assert abs(lufs - (-16.0)) <= 0.5, lufs
    assert true_peak <= -1.0, true_peak


@pytest.mark.parametrize("name", ["cl633_shopify", "jsp315_webvitals"])
def test_other_shows_sources_meet_the_target_and_the_record_tells_the_truth(name, tmp_path):
    """Two dev-set sources (mono 22 kHz MP3s of another show, peaky enough to need the limiter): the MP3
    meets -19 LUFS within 0.5 LU and the -1 dBTP rule by the independent meter, and the loudness and true
    peak the record keeps are the MP3's own. Measured: cl633 -19.07 LUFS, -1.44 dBTP; jsp315 -19.08 LUFS,
    -1.55 dBTP; the record within 0.1 of both (it kept the peak going into the encoder before: 0.5 dB off)."""
    prepared = prepare(DEVSET / name / "audio.mp3", tmp_path / "out")
    lufs, true_peak = independent_loudness(prepared.path)
    assert abs(lufs - (-19.0)) <= 0.5, lufs
    assert true_peak <= -1.0, true_peak
    assert abs(prepared.loudness_lufs - lufs) <= 0.2, (prepared.loudness_lufs, lufs)
    assert abs(prepared.true_peak_dbtp - true_peak) <= 0.2, (prepared.true_peak_dbtp, true_peak)
