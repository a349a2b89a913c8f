"""The waveform pictures: levels measured from PCM streamed in chunks, and the PNGs drawn from them."""

from __future__ import annotations

import tracemalloc
import wave
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from tasks import waveform

RATE = 16000


def write_wav(path: Path, samples: np.ndarray, width: int = 2, channels: int = 1, rate: int = RATE) -> Path:
    """Float samples in -1..1 (shape (n,) or (n, channels)) as PCM of ``width`` bytes."""
    data = samples.reshape(len(samples), channels)
    if width == 1:
        raw = np.clip(np.round(data * 127 + 128), 0, 255).astype(np.uint8).tobytes()
    elif width == 2:
        raw = np.clip(np.round(data * 32767), -32768, 32767).astype("<i2").tobytes()
    elif width == 3:
        values = np.clip(np.round(data * 8388607), -8388608, 8388607).astype("<i4")
        raw = values.view(np.uint8).reshape(-1, 4)[:, :3].tobytes()
    else:
        raw = np.clip(np.round(data * 2147483647), -2147483648, 2147483647).astype("<i4").tobytes()
    with wave.open(str(path), "wb") as out:
        out.setnchannels(channels)
        out.setsampwidth(width)
        out.setframerate(rate)
        out.writeframes(raw)
    return path


def silence_then_tone(seconds: float = 4.0, amplitude: float = 0.5) -> np.ndarray:
    t = np.arange(int(seconds * RATE)) / RATE
    tone = amplitude * np.sin(2 * np.pi * 440 * t)
    return np.where(t < seconds / 2, 0.0, tone)


def test_levels_follow_the_signal(tmp_path):
    levels = waveform.measure(write_wav(tmp_path / "a.wav", silence_then_tone()), columns=8)
    assert levels.peak[:4].tolist() == [0.0] * 4
    assert np.allclose(levels.peak[4:], 0.5, atol=0.01)
    assert np.allclose(levels.rms[4:], 0.5 / np.sqrt(2), atol=0.01)  # a sine's RMS


@pytest.mark.parametrize("width", [1, 2, 3, 4])
def test_every_pcm_width(tmp_path, width):
    levels = waveform.measure(write_wav(tmp_path / "a.wav", silence_then_tone(), width=width), columns=4)
    assert levels.peak[0] < 0.01
    assert levels.peak[3] == pytest.approx(0.5, abs=0.01)


def test_stereo_is_mixed_down(tmp_path):
    left = silence_then_tone()
    stereo = np.stack([left, left], axis=1)
    levels = waveform.measure(write_wav(tmp_path / "s.wav", stereo, channels=2), columns=4)
    assert levels.peak[3] == pytest.approx(0.5, abs=0.01)


def test_chunk_size_changes_nothing(tmp_path):
    rng = np.random.default_rng(7)
    path = write_wav(tmp_path / "n.wav", rng.uniform(-0.8, 0.8, RATE * 3) * np.linspace(0, 1, RATE * 3))
    whole = waveform.measure(path, columns=300, chunk_frames=RATE * 10)
    pieces = waveform.measure(path, columns=300, chunk_frames=997)  # boundaries fall inside columns
    assert np.allclose(whole.peak, pieces.peak) and np.allclose(whole.rms, pieces.rms)


def test_reads_in_chunks_with_flat_memory(tmp_path, monkeypatch):
    """Hours of audio must not sit in memory: every read is one chunk, and memory does not grow with
    the file (two minutes here, 3.8 MB of PCM, measured with a 32 KB chunk)."""
    path = write_wav(tmp_path / "long.wav", np.tile(silence_then_tone(2.0), 60))
    asked = []
    original = wave.Wave_read.readframes

    def spy(self, n):
        asked.append(n)
        return original(self, n)

    monkeypatch.setattr(wave.Wave_read, "readframes", spy)
    tracemalloc.start()
    try:
        waveform.measure(path, chunk_frames=16384)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert set(asked) == {16384}
    assert len(asked) > 100
    assert peak < 1_500_000, f"{peak} bytes traced for a {path.stat().st_size}-byte file"


@pytest.mark.parametrize("frames", [0, RATE])
def test_empty_and_silent_audio_draw_a_line(tmp_path, frames):
    levels = waveform.measure(write_wav(tmp_path / "e.wav", np.zeros(frames)), columns=10)
    assert levels.peak.tolist() == [0.0] * 10
    strip = Image.open(waveform.draw_strip(levels, tmp_path / "e.png"))
    top, bottom = strip.getbbox()[1], strip.getbbox()[3]
    assert 0 < bottom - top < 20  # a hairline along the middle, nothing taller


def test_strip_is_transparent_and_card_is_open_graph_sized(tmp_path):
    levels = waveform.measure(write_wav(tmp_path / "a.wav", silence_then_tone()))
    strip = Image.open(waveform.draw_strip(levels, tmp_path / "strip.png"))
    assert strip.size == waveform.STRIP_SIZE and strip.mode == "RGBA"
    assert strip.getpixel((0, 0))[3] == 0  # sits on light and dark pages alike
    # The loud half of the strip is drawn taller than the silent half.
    alpha = np.asarray(strip)[:, :, 3]
    assert (alpha[:, -400:] > 200).sum() > 5 * (alpha[:, :400] > 200).sum()

    card = Image.open(waveform.draw_card(levels, tmp_path / "card.png", "A title " * 30, "The Show",
                                         "Season 1, Episode 2 · July 6, 2021 · 3 min"))
    assert card.size == (1200, 630) and card.mode == "RGB"


def test_same_audio_same_file_name(tmp_path):
    levels = waveform.measure(write_wav(tmp_path / "a.wav", silence_then_tone()))
    first = waveform.content_name(waveform.draw_strip(levels, tmp_path / "1.png"), "waveform")
    second = waveform.content_name(waveform.draw_strip(levels, tmp_path / "2.png"), "waveform")
    assert first == second and first.startswith("waveform-") and len(first) == len("waveform-") + 12 + 4


def test_long_titles_are_wrapped_and_ellipsised():
    font = waveform._font(40)
    lines = waveform.wrap_to_width("word " * 200, font, 600, 3)
    assert len(lines) == 3 and lines[-1].endswith("…")
    assert all(font.getlength(line) <= 600 for line in lines)
