"""A real Whisper model on real audio: the seed episode, synthesised from known text."""

from __future__ import annotations

import io
import json
import subprocess

import jiwer
import pytest
import srt
import webvtt

from tasks.models import Segment, Transcript, TranscriptionOptions, Word
from tasks.notes import expected_names
from tasks.transcription import transcribe_audio, write_transcripts
from tasks.transcription.formats import CAPTION_LINE_CHARS, to_json, to_srt, to_text, to_vtt
from tasks.transcription.names import NameCorrector

from .conftest import SEED_EPISODE, normalise_words

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def seed_wav(tmp_path_factory):
    wav = tmp_path_factory.mktemp("asr") / "seed.wav"
    subprocess.run(["ffmpeg", "-nostdin", "-y", "-loglevel", "error", "-i", str(SEED_EPISODE.parent / "audio.mp3"),
                    "-ac", "1", "-ar", "16000", str(wav)], check=True)
    return wav


@pytest.fixture(scope="module")
def seed_names(seed_show, seed_episode):
    return expected_names(seed_show, seed_episode)


@pytest.fixture(scope="module")
def seed_transcript(seed_wav, seed_show, seed_names):
    return transcribe_audio(seed_wav, TranscriptionOptions(), seed_names, seed_show.glossary)


def test_word_error_rate_against_the_synthesised_text(seed_transcript, seed_script, seed_names, seed_show):
    # The reference goes through the same name correction: WER measures hearing, not spelling policy.
    fix = NameCorrector(seed_names, seed_show.glossary)
    reference = normalise_words(fix(" ".join(turn["text"] for turn in seed_script["turns"])))
    hypothesis = normalise_words(seed_transcript.text)
    error_rate = jiwer.wer(reference, hypothesis)
    print(f"seed WER: {error_rate:.3%} over {len(reference.split())} words")
    assert error_rate <= 0.15


def test_every_metadata_name_is_spelled_exactly(seed_transcript):
    text = seed_transcript.text
    for name in ["Demetrios Brinkmann", "David Aponte", "Stephen Foskett", "Steph Locke"]:
        assert name in text, name
    assert "Demetrius" not in text and "Brinkman " not in text


def test_segments_are_timed_in_order(seed_transcript):
    starts = [s.start for s in seed_transcript.segments]
    assert starts == sorted(starts)
    assert all(s.end > s.start for s in seed_transcript.segments)
    assert seed_transcript.segments[-1].end <= seed_transcript.duration + 0.5
    assert all(s.words for s in seed_transcript.segments)


def test_all_formats_parse_with_real_parsers(seed_transcript, tmp_path):
    files = write_transcripts(seed_transcript, tmp_path)
    assert set(files) == {"vtt", "srt", "json", "txt"}
    captions = webvtt.read(str(files["vtt"]))
    assert len(captions) >= len(seed_transcript.segments)
    assert all(len(line) <= CAPTION_LINE_CHARS + 10 for c in captions for line in c.text.splitlines())
    subtitles = list(srt.parse(files["srt"].read_text()))
    assert len(subtitles) == len(captions)
    h, m, sec = captions[0].start.split(":")
    assert abs(subtitles[0].start.total_seconds() - (int(h) * 3600 + int(m) * 60 + float(sec))) < 0.002
    document = json.loads(files["json"].read_text())
    assert document["version"] == "1.0.0"
    assert [s["startTime"] for s in document["segments"]] == [s.start for s in seed_transcript.segments]
    assert "words" in document["segments"][0]
    text = files["txt"].read_text()
    assert text.startswith("Starting point is 00:00:0")
    assert normalise_words(text.replace("Starting point is", " ")).count(" ") > 300


def test_silence_and_noise_give_no_words(tmp_path):
    for name, source in {"silence": "anullsrc=r=16000:cl=mono", "noise": "anoisesrc=r=16000:a=0.02:c=pink"}.items():
        wav = tmp_path / f"{name}.wav"
        subprocess.run(["ffmpeg", "-nostdin", "-y", "-loglevel", "error", "-f", "lavfi", "-i", source,
                        "-t", "20", str(wav)], check=True)
        transcript = transcribe_audio(wav, TranscriptionOptions())
        assert transcript.text == "", (name, transcript.text)


def synthetic() -> Transcript:
    words = [Word(start=i * 0.4, end=i * 0.4 + 0.3, word=w) for i, w in
             enumerate("one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
                       "fifteen sixteen seventeen eighteen nineteen twenty <b>bold</b> & more words".split())]
    return Transcript(engine="x", model="y", duration=12, segments=[
        Segment(start=0, end=words[-1].end, text=" ".join(w.word for w in words), speaker="Ada <Lovelace>",
                words=words)])


def test_long_segment_is_cut_into_short_escaped_cues():
    vtt = to_vtt(synthetic())
    captions = webvtt.from_buffer(io.StringIO(vtt))
    assert len(captions) >= 2
    assert "<b>" not in vtt and "&lt;b&gt;" in vtt and "&amp;" in vtt
    assert "<v Ada &lt;Lovelace&gt;>" in vtt
    assert list(srt.parse(to_srt(synthetic())))[0].content.startswith("Ada <Lovelace>: one")
    assert json.loads(to_json(synthetic()))["segments"][0]["speaker"] == "Ada <Lovelace>"
    assert to_text(synthetic()).startswith("Starting point is 00:00:00 Ada <Lovelace>: one two")
