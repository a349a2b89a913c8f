"""Real Whisper models on real audio: the seed episode, synthesised from a known script by four voices.

Both engines run offline on the bundled tiny.en weights; openai-whisper on the converted checkpoint,
converted once into this module's temporary model cache. openai-whisper is several times slower on
CPU, so it hears the first 88.7 s: all four introductions, cut at a pause between sentences.
"""

from __future__ import annotations

import html
import json
import subprocess

import jiwer
import pytest
import srt
import webvtt

from tasks.models import TranscriptionOptions
from tasks.notes import expected_names
from tasks.transcription import transcribe_audio, write_transcripts
from tasks.transcription.engines import recognise
from tasks.transcription.names import NameCorrector
from tasks.transcription.scoring import diarization_error, speaker_turns

from .conftest import SEED_EPISODE, normalise_words, require_module
from .test_transcription_units import Outline, assert_two_short_lines

pytestmark = pytest.mark.slow
SPEAKERS = ["Stephen Foskett", "Steph Locke", "Demetrios Brinkmann", "David Aponte"]
EXCERPT_SECONDS = 88.7


@pytest.fixture(scope="module", autouse=True)
def model_cache(tmp_path_factory):
    with pytest.MonkeyPatch.context() as patch:
        cache = tmp_path_factory.mktemp("models")
        patch.setenv("CASTFLOW_MODEL_CACHE", str(cache))
        yield cache


@pytest.fixture(scope="module")
def seed_wav(tmp_path_factory):
    wav = tmp_path_factory.mktemp("asr") / "seed.wav"
    subprocess.run(["ffmpeg", "-nostdin", "-y", "-loglevel", "error", "-i", str(SEED_EPISODE.parent / "audio.mp3"),
                    "-ac", "1", "-ar", "16000", str(wav)], check=True)
    return wav


@pytest.fixture(scope="module")
def seed_excerpt(seed_wav):
    wav = seed_wav.with_name("excerpt.wav")
    subprocess.run(["ffmpeg", "-nostdin", "-y", "-loglevel", "error", "-i", str(seed_wav), "-t", str(EXCERPT_SECONDS),
                    str(wav)], check=True)
    return wav


@pytest.fixture(scope="module")
def seed_names(seed_show, seed_episode):
    return expected_names(seed_show, seed_episode)


@pytest.fixture(scope="module")
def reference_words(seed_script) -> str:
    # Raw: the words the voices were given, never passed through the name correction under test. The
    # script spells some names as they sound ("Demetrius Brinkman", "ML ops"), so WER is measured on what
    # the recogniser hears before correction; the spelling is the name tests' business.
    return normalise_words(" ".join(turn["text"] for turn in seed_script["turns"]))


def transcribe(seed_wav, seed_show, seed_names, options, **kwargs):
    fractions = []
    transcript = transcribe_audio(seed_wav, options, seed_names, seed_show.glossary, fractions.append, **kwargs)
    return transcript, fractions


@pytest.fixture(scope="module")
def heard(seed_wav):
    """The pipeline's default recogniser (faster-whisper, batched, int8) before any name correction."""
    fractions = []
    return recognise(seed_wav, TranscriptionOptions(), fractions.append), fractions


@pytest.fixture(scope="module")
def faster_run(heard, seed_show, seed_names):
    """The default transcript: what transcribe_audio makes of it with the default prompt ("none")."""
    assert TranscriptionOptions().prompt == "none"
    raw, fractions = heard
    return NameCorrector(seed_names, seed_show.glossary).transcript(raw), fractions


@pytest.fixture(scope="module")
def seed_transcript(faster_run):
    return faster_run[0]


@pytest.fixture(scope="module")
def labelled(seed_transcript, seed_wav, seed_show, seed_names):
    """The default transcript with speaker labels (the optional resemblyzer step)."""
    require_module("resemblyzer", "the speakers extra (make setup)")
    from tasks.transcription.speakers import label_speakers

    return label_speakers(seed_transcript, seed_wav, seed_names, [h.name for h in seed_show.hosts])


@pytest.fixture(scope="module")
def openai_run(seed_excerpt, seed_show, seed_names):
    require_module("whisper", "the openai extra (make setup)")
    return transcribe(seed_excerpt, seed_show, seed_names, TranscriptionOptions(engine="openai"))


def test_word_error_rate_against_the_synthesised_text(heard, reference_words):
    error_rate = jiwer.wer(reference_words, normalise_words(heard[0].text))
    print(f"seed WER: {error_rate:.3%} over {len(reference_words.split())} words")
    assert error_rate <= 0.06  # measured 4.58% (26 of 568 words); the margin is 8 words


@pytest.mark.parametrize("run", ["faster_run", "openai_run"])
def test_every_metadata_name_is_spelled_exactly(run, request):
    transcript, _ = request.getfixturevalue(run)
    text = transcript.text
    for name in SPEAKERS:
        assert name in text, name
    assert "Demetrius" not in text and "Brinkman " not in text
    words = " ".join(w.word for s in transcript.segments for w in s.words)
    assert "Demetrios Brinkmann" in words  # the timed words are corrected too


@pytest.mark.parametrize("run", ["faster_run", "openai_run"])
def test_progress_is_reported_for_both_engines(run, request):
    _, fractions = request.getfixturevalue(run)
    assert len(fractions) >= 3
    assert fractions == sorted(fractions) and fractions[-1] == 1.0 and 0 <= fractions[0] < 1


def test_openai_whisper_hears_what_faster_whisper_hears(openai_run, seed_excerpt, seed_names, seed_show,
                                                        seed_transcript):
    """Same weights, same speech-only audio, same decoding: in float32 the texts agree."""
    openai_transcript, _ = openai_run
    raw = recognise(seed_excerpt, TranscriptionOptions(), batched=False, compute_type="float32")
    faster = NameCorrector(seed_names, seed_show.glossary).transcript(raw)
    between = jiwer.wer(normalise_words(faster.text), normalise_words(openai_transcript.text))
    print(f"WER between engines: {between:.3%}")
    assert between <= 0.02
    # And against the pipeline's default on the same stretch of audio.
    default = " ".join(w.word for s in seed_transcript.segments for w in s.words if w.end <= EXCERPT_SECONDS)
    assert jiwer.wer(normalise_words(default), normalise_words(openai_transcript.text)) <= 0.06
    assert openai_transcript.engine == "openai"


def test_segments_are_timed_in_order(seed_transcript):
    starts = [s.start for s in seed_transcript.segments]
    assert starts == sorted(starts)
    assert all(s.end > s.start for s in seed_transcript.segments)
    assert seed_transcript.segments[-1].end <= seed_transcript.duration + 0.5
    assert all(s.words for s in seed_transcript.segments)


def test_speakers_are_found_and_named_from_the_metadata(labelled):
    reference = json.loads((SEED_EPISODE.parent / "reference.json").read_text())["turns"]
    truth = [(t["speaker"], t["start"], t["end"]) for t in reference]
    turns = speaker_turns(labelled.segments)
    error = diarization_error(truth, turns)
    print(f"seed DER: {error:.2%}", [(s, round(a), round(b)) for s, a, b in turns])
    assert error <= 0.02  # measured 1.03%; 1 point more is 1.8 s of the 178 s given to the wrong voice
    assert [s for s, _, _ in turns] == [t["speaker"] for t in reference]


def test_all_formats_parse_with_real_parsers(labelled, tmp_path):
    seed_transcript = labelled
    files = write_transcripts(seed_transcript, tmp_path)
    assert set(files) == {"vtt", "srt", "json", "txt", "html"}
    captions = webvtt.read(str(files["vtt"]))
    assert len(captions) >= len(seed_transcript.segments)
    assert_two_short_lines([html.unescape(c.text) for c in captions])
    assert {c.voice for c in captions} == set(SPEAKERS)
    subtitles = list(srt.parse(files["srt"].read_text()))
    assert len(subtitles) == len(captions)
    assert_two_short_lines([s.content for s in subtitles])  # with the "Speaker: " prefix
    h, m, sec = captions[0].start.split(":")
    assert abs(subtitles[0].start.total_seconds() - (int(h) * 3600 + int(m) * 60 + float(sec))) < 0.002
    assert subtitles[0].content.startswith("Stephen Foskett: Welcome")
    document = json.loads(files["json"].read_text())
    assert document["version"] == "1.0.0"
    assert [s["startTime"] for s in document["segments"]] == [s.start for s in seed_transcript.segments]
    assert {s["speaker"] for s in document["segments"]} == set(SPEAKERS)
    assert all(s["words"] for s in document["segments"])
    text = files["txt"].read_text()
    assert text.startswith("Starting point is 00:00:00 Stephen Foskett: Welcome")
    assert normalise_words(text.replace("Starting point is", " ")).count(" ") > 300
    outline = Outline()
    outline.feed(files["html"].read_text())
    outline.close()
    assert outline.stack == []
    cited = [c.rstrip(":") for c in outline.text["cite"]]
    turns = [json.loads((SEED_EPISODE.parent / "reference.json").read_text())["turns"]]
    assert [c for i, c in enumerate(cited) if i == 0 or cited[i - 1] != c] == [t["speaker"] for t in turns[0]]
    spoken = normalise_words(html.unescape(" ".join(outline.text["p"])))
    assert spoken == normalise_words(seed_transcript.text)


@pytest.mark.parametrize("engine", ["faster", "openai"])
def test_silence_and_noise_give_no_words(engine, tmp_path):
    if engine == "openai":
        require_module("whisper", "the openai extra (make setup)")
    for name, source in {"silence": "anullsrc=r=16000:cl=mono", "noise": "anoisesrc=r=16000:a=0.02:c=pink"}.items():
        wav = tmp_path / f"{name}.wav"
        subprocess.run(["ffmpeg", "-nostdin", "-y", "-loglevel", "error", "-f", "lavfi", "-i", source,
                        "-t", "20", str(wav)], check=True)
        transcript = transcribe_audio(wav, TranscriptionOptions(engine=engine))
        assert transcript.text == "", (engine, name, transcript.text)
        assert transcript.duration == pytest.approx(20, abs=0.1)


def test_long_audio_is_recognised_in_windows_that_end_in_pauses(seed_wav, heard, reference_words, monkeypatch):
    # The seed stands in for a long episode: windows of 50 s instead of 15 min.
    import numpy as np

    from tasks.transcription import windows
    from tasks.transcription.speech import SAMPLE_RATE

    monkeypatch.setattr(windows, "WINDOW_SECONDS", 50)
    monkeypatch.setattr(windows, "TAIL_SECONDS", 20)
    with windows.AudioReader(seed_wav) as reader:
        whole = reader.read(0, reader.frames)
        pieces = list(windows.windows(reader))
    assert len(pieces) >= 4
    assert np.array_equal(np.concatenate([audio for _, audio in pieces]), whole)
    offsets = [offset for offset, _ in pieces]
    assert offsets == [sum(len(a) for _, a in pieces[:n]) / SAMPLE_RATE for n in range(len(pieces))]
    speech_level = np.sqrt(np.mean(whole ** 2))
    for offset in offsets[1:]:  # every cut falls where nobody speaks: 0.1 s around it is near silent
        around = whole[int(offset * SAMPLE_RATE) - 800:int(offset * SAMPLE_RATE) + 800]
        assert np.sqrt(np.mean(around ** 2)) < 0.1 * speech_level, offset

    windowed = recognise(seed_wav, TranscriptionOptions())
    whole_error = jiwer.wer(reference_words, normalise_words(heard[0].text))
    windowed_error = jiwer.wer(reference_words, normalise_words(windowed.text))
    drift = jiwer.wer(normalise_words(heard[0].text), normalise_words(windowed.text))
    print(f"WER whole {whole_error:.2%}, windowed {windowed_error:.2%}; whole vs windowed {drift:.2%}")
    # Each window is decoded afresh (no previous text, its own speech segments), so the two texts differ
    # here and there all over the file, not only at the cuts. On one machine the output is repeatable
    # (20 runs, benchmarks/windowed_spread.py: the same texts every run), but not across CPUs: the old
    # 3% bound on the (name-corrected) drift failed at 3.03% on CI's machine; it is 3.21% here. So the
    # drift gets a wide bound, and the check that matters is that windows do not hear worse.
    assert windowed_error <= whole_error + 0.02  # measured +0.88 points (5 words)
    assert drift <= 0.06  # measured 3.53% here (20 runs, every one the same)
    starts = [s.start for s in windowed.segments]
    assert starts == sorted(starts) and windowed.segments[-1].end <= windowed.duration + 0.5


def test_windows_decoded_side_by_side_hear_as_well_and_keep_the_files_order(seed_wav, heard, reference_words,
                                                                            monkeypatch):
    # The seed stands in for a long episode: cut in two, the halves decoded at once by one-thread replicas.
    from tasks.transcription import faster_engine, windows

    monkeypatch.setattr(windows, "MIN_WINDOW_SECONDS", 60)
    monkeypatch.setattr(faster_engine, "recognisers", lambda device="cpu": 2)
    side_by_side = recognise(seed_wav, TranscriptionOptions())
    assert any(workers == 2 and threads == 1 for *_, threads, workers in faster_engine.loaded_models())
    whole_error = jiwer.wer(reference_words, normalise_words(heard[0].text))
    error = jiwer.wer(reference_words, normalise_words(side_by_side.text))
    print(f"WER whole {whole_error:.2%}, two windows side by side {error:.2%}")
    assert error <= whole_error + 0.025  # measured +1.23 points (5.81% against 4.58%, 7 words of 564)
    starts = [s.start for s in side_by_side.segments]
    assert starts == sorted(starts) and side_by_side.segments[-1].end <= side_by_side.duration + 0.5
    assert side_by_side.segments[-1].end > side_by_side.duration - 10  # the second half is there


def test_voice_prints_read_in_windows_label_speakers_as_well(seed_transcript, seed_wav, seed_show, seed_names,
                                                             monkeypatch):
    require_module("resemblyzer", "the speakers extra (make setup)")
    from tasks.transcription import windows
    from tasks.transcription.speakers import label_speakers

    monkeypatch.setattr(windows, "WINDOW_SECONDS", 50)
    monkeypatch.setattr(windows, "TAIL_SECONDS", 20)
    labelled = label_speakers(seed_transcript, seed_wav, seed_names, [h.name for h in seed_show.hosts])
    reference = json.loads((SEED_EPISODE.parent / "reference.json").read_text())["turns"]
    turns = speaker_turns(labelled.segments)
    error = diarization_error([(t["speaker"], t["start"], t["end"]) for t in reference], turns)
    print(f"seed DER in windows: {error:.2%}")
    assert error <= 0.02  # measured 1.03%, as in one window
    assert [s for s, _, _ in turns] == [t["speaker"] for t in reference]
