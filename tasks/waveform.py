"""Waveform pictures of an episode, drawn from its decoded audio: a strip for the web page and a
1200×630 social card (``og:image``).

The decoded audio is the 16 kHz mono WAV made for speech recognition. Three hours of it are 350 MB,
so it is read in fixed-size chunks and folded into per-column levels as it streams past; memory
stays at one chunk plus the columns, however long the episode.
"""

from __future__ import annotations

import hashlib
import wave
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFont

# One chunk is 1 MB of 16-bit mono: big enough that numpy's per-call cost vanishes, small enough to
# keep memory flat.
CHUNK_FRAMES = 1 << 19
COLUMNS = 1200  # fine enough for any bar count we draw; each picture aggregates them into its bars

# Bars use a decibel scale, 40 dB deep below the episode's loudest peak: speech lands in the upper
# half and pauses fall near the line. (A linear scale draws speech as a thin line with a few spikes.)
# The reference is the episode's own peak because the recognition WAV is decoded from the source,
# before mastering, so its absolute level says nothing.
FLOOR_DB = -40.0

ACCENT = (47, 91, 211)  # the page's --accent
CARD_BACKGROUND = (22, 27, 41)
CARD_WAVE = (127, 156, 255)
CARD_TEXT = (255, 255, 255)
CARD_MUTED = (170, 180, 200)
CARD_SIZE = (1200, 630)  # Open Graph's recommended size; Twitter's summary_large_image crops the same
STRIP_SIZE = (1600, 200)  # 2x the widest column the page shows, so it stays sharp on HiDPI screens

FONT_CANDIDATES = (
    "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
    "/usr/share/fonts/dejavu/DejaVuSans-Bold.ttf",
)


@dataclass(frozen=True)
class Levels:
    """Per-column signal levels, as linear amplitudes in 0..1 (1 = digital full scale)."""

    peak: np.ndarray
    rms: np.ndarray

    def bars(self, count: int) -> Levels:
        """The same levels in ``count`` wider columns: the loudest peak and the energy mean of each.

        >>> levels = Levels(peak=np.array([0.1, 0.5, 0.2, 0.4]), rms=np.array([0.1, 0.1, 0.3, 0.3]))
        >>> wide = levels.bars(2)
        >>> wide.peak.tolist(), [round(x, 3) for x in wide.rms.tolist()]
        ([0.5, 0.4], [0.1, 0.3])
        """
        groups = np.array_split(np.arange(len(self.peak)), max(1, min(count, len(self.peak))))
        peak = np.array([self.peak[g].max() if len(g) else 0.0 for g in groups])
        rms = np.array([np.sqrt(np.mean(self.rms[g] ** 2)) if len(g) else 0.0 for g in groups])
        return Levels(peak=peak, rms=rms)


def _decode(raw: bytes, sample_width: int, channels: int) -> np.ndarray:
    """PCM bytes as float32 mono in -1..1 (channels averaged)."""
    if sample_width == 1:  # 8-bit WAV is unsigned
        samples = (np.frombuffer(raw, dtype=np.uint8).astype(np.float32) - 128.0) / 128.0
    elif sample_width == 2:
        samples = np.frombuffer(raw, dtype="<i2").astype(np.float32) / 32768.0
    elif sample_width == 3:
        triplets = np.frombuffer(raw, dtype=np.uint8).reshape(-1, 3).astype(np.int32)
        values = triplets[:, 0] | (triplets[:, 1] << 8) | (triplets[:, 2] << 16)
        values = np.where(values & 0x800000, values - 0x1000000, values)
        samples = values.astype(np.float32) / 8388608.0
    elif sample_width == 4:
        samples = np.frombuffer(raw, dtype="<i4").astype(np.float32) / 2147483648.0
    else:
        raise ValueError(f"unsupported WAV sample width: {sample_width} bytes")
    if channels > 1:
        samples = samples[: len(samples) - len(samples) % channels].reshape(-1, channels).mean(axis=1)
    return samples


def measure(wav_path: Path, columns: int = COLUMNS, chunk_frames: int = CHUNK_FRAMES) -> Levels:
    """Peak and RMS level of each of ``columns`` equal slices of a PCM WAV, read chunk by chunk."""
    with wave.open(str(wav_path), "rb") as wav:
        channels, width, frames = wav.getnchannels(), wav.getsampwidth(), wav.getnframes()
        peak = np.zeros(columns)
        energy = np.zeros(columns)
        count = np.zeros(columns, dtype=np.int64)
        position = 0
        while True:
            raw = wav.readframes(chunk_frames)
            if not raw:
                break
            samples = _decode(raw, width, channels)
            n = len(samples)
            # Which column each sample falls in; clipped because a header may undercount its frames.
            where = np.minimum(np.arange(position, position + n, dtype=np.int64) * columns // max(frames, 1),
                               columns - 1)
            starts = np.flatnonzero(np.r_[True, where[1:] != where[:-1]])
            ids = where[starts]
            np.maximum.at(peak, ids, np.maximum.reduceat(np.abs(samples), starts))
            np.add.at(energy, ids, np.add.reduceat(samples.astype(np.float64) ** 2, starts))
            np.add.at(count, ids, np.diff(np.r_[starts, n]))
            position += n
    rms = np.sqrt(np.divide(energy, count, out=np.zeros(columns), where=count > 0))
    return Levels(peak=np.minimum(peak, 1.0), rms=np.minimum(rms, 1.0))


def heights(amplitudes: np.ndarray, floor_db: float = FLOOR_DB) -> np.ndarray:
    """Bar heights in 0..1 on a decibel scale: ``floor_db`` and below is 0, full scale is 1.

    >>> heights(np.array([1.0, 0.1, 0.01, 0.0])).round(2).tolist()
    [1.0, 0.5, 0.0, 0.0]
    """
    with np.errstate(divide="ignore"):
        decibels = 20 * np.log10(np.maximum(amplitudes, 1e-12))
    return np.clip((decibels - floor_db) / -floor_db, 0.0, 1.0)


def _draw_bars(draw: ImageDraw.ImageDraw, levels: Levels, box: tuple[int, int, int, int],
               pitch: int, color: tuple[int, int, int]) -> None:
    """Mirrored bars: the peak faint behind, the RMS solid in front, a hairline where it is silent."""
    left, top, right, bottom = box
    count = max(1, (right - left) // pitch)
    bars = levels.bars(count)
    reference = max(float(bars.peak.max(initial=0.0)), 1e-9)
    middle = (top + bottom) / 2
    half = (bottom - top) / 2
    bar = max(1, round(pitch * 0.6))
    for i, (peak, rms) in enumerate(zip(heights(bars.peak / reference), heights(bars.rms / reference), strict=True)):
        x = left + i * pitch + (pitch - bar) / 2
        for level, alpha in ((peak, 90), (rms, 255)):
            extent = max(bar / 2, level * half)
            draw.rounded_rectangle((x, middle - extent, x + bar, middle + extent), radius=bar / 2,
                                   fill=(*color, alpha))


def _supersampled(size: tuple[int, int], background: tuple[int, ...], paint) -> Image.Image:
    # Pillow draws without anti-aliasing; drawing at 2x and shrinking gives smooth bar ends.
    scale = 2
    big = Image.new("RGBA", (size[0] * scale, size[1] * scale), background)
    layer = Image.new("RGBA", big.size, (0, 0, 0, 0))
    paint(ImageDraw.Draw(layer), scale)
    big.alpha_composite(layer)
    return big.resize(size, Image.Resampling.LANCZOS)


def draw_strip(levels: Levels, path: Path, size: tuple[int, int] = STRIP_SIZE,
               color: tuple[int, int, int] = ACCENT) -> Path:
    """The page's waveform: transparent, so it sits on light and dark backgrounds alike."""
    image = _supersampled(size, (0, 0, 0, 0), lambda draw, s: _draw_bars(
        draw, levels, (0, 0, size[0] * s, size[1] * s), 20 * s, color))
    image.save(path, optimize=True)
    return path


def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    for candidate in FONT_CANDIDATES:
        if Path(candidate).is_file():
            return ImageFont.truetype(candidate, size)
    return ImageFont.load_default(size)  # Pillow's bundled font: Latin only, but always there


def wrap_to_width(text: str, font, width: float, max_lines: int) -> list[str]:
    """Lines that fit ``width`` pixels, the last one ellipsised if the text needs more."""
    words, lines, line = text.split(), [], ""
    for word in words:
        candidate = f"{line} {word}".strip()
        if line and font.getlength(candidate) > width:
            lines.append(line)
            line = word
        else:
            line = candidate
    if line:
        lines.append(line)
    if len(lines) > max_lines:
        last = " ".join(lines[max_lines - 1:])
        while last and font.getlength(last + "…") > width:
            last = last[:-1].rstrip()
        lines = [*lines[:max_lines - 1], last + "…"]
    return lines


def draw_card(levels: Levels, path: Path, title: str, show_title: str, meta: str = "",
              size: tuple[int, int] = CARD_SIZE) -> Path:
    """The social card: show name, episode title and the waveform along the bottom."""
    width, height = size
    margin = 64

    def paint(draw: ImageDraw.ImageDraw, s: int) -> None:
        small = _font(30 * s)
        draw.text((margin * s, 56 * s), show_title, font=small, fill=(*CARD_MUTED, 255))
        # The largest size at which the title fits three lines.
        for points in (64, 56, 48, 42):
            font = _font(points * s)
            lines = wrap_to_width(title, font, (width - 2 * margin) * s, 3)
            if len(lines) < 3 or not lines[-1].endswith("…"):
                break
        y = 120 * s
        for line in lines:
            draw.text((margin * s, y), line, font=font, fill=(*CARD_TEXT, 255))
            y += round(points * 1.22) * s
        if meta:
            draw.text((margin * s, y + 12 * s), meta, font=small, fill=(*CARD_MUTED, 255))
        _draw_bars(draw, levels, (margin * s, (height - 230) * s, (width - margin) * s, (height - 48) * s),
                   16 * s, CARD_WAVE)

    image = _supersampled(size, (*CARD_BACKGROUND, 255), paint).convert("RGB")
    image.save(path, optimize=True)
    return path


def content_name(path: Path, stem: str) -> str:
    """``stem-<sha256:12>.png``: the store caches PNGs as immutable, so new pixels need a new name."""
    digest = hashlib.sha256(path.read_bytes()).hexdigest()[:12]
    return f"{stem}-{digest}{path.suffix}"
