#!/usr/bin/env python3
"""Draw the show's cover art (seeds/cover.png) with Pillow, offline and deterministically.

    .venv/bin/python scripts/make_cover_art.py [--out PATH] [--title T] [--subtitle S] [--size N]

Apple Podcasts wants a square RGB JPEG/PNG of 1400-3000 px, ideally <= 512 KB, with text legible
as a small thumbnail - hence one huge title, a short subtitle and no fine detail.
"""
from __future__ import annotations

import argparse
import io
import math
import sys
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, ImageFont

REPO = Path(__file__).resolve().parent.parent
DEFAULT_OUT = REPO / "seeds" / "cover.png"
MAX_BYTES = 1_000_000
TARGET_BYTES = 512_000

# Bold sans first: legibility at 55 px thumbnails matters more than style.
FONT_CANDIDATES = {
    "bold": [
        "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
        "/usr/share/fonts/dejavu/DejaVuSans-Bold.ttf",
        "/usr/share/fonts/TTF/DejaVuSans-Bold.ttf",
        "/Library/Fonts/Arial Bold.ttf",
        "C:/Windows/Fonts/arialbd.ttf",
    ],
    "regular": [
        "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
        "/usr/share/fonts/dejavu/DejaVuSans.ttf",
        "/usr/share/fonts/TTF/DejaVuSans.ttf",
        "/Library/Fonts/Arial.ttf",
        "C:/Windows/Fonts/arial.ttf",
    ],
}

BG_TOP = (12, 18, 46)       # deep navy
BG_BOTTOM = (22, 84, 110)   # teal
ACCENT = (255, 176, 59)     # warm amber: contrasts with both ends of the gradient
ACCENT_2 = (94, 234, 212)   # mint
TEXT = (255, 255, 255)
TEXT_SOFT = (214, 232, 240)


def font(kind: str, size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    for path in FONT_CANDIDATES[kind]:
        if Path(path).exists():
            return ImageFont.truetype(path, size)
    # Pillow >= 10.1 bundles a scalable default font; older ones only have a tiny bitmap font,
    # which would produce an unreadable cover, so fail loudly instead.
    try:
        return ImageFont.load_default(size=size)
    except TypeError as exc:  # pragma: no cover - old Pillow
        raise SystemExit("no TTF font found; apt-get install fonts-dejavu-core or upgrade Pillow") from exc


def fit_lines(kind: str, text: str, max_width: int, start: int, draw: ImageDraw.ImageDraw):
    """Largest font that sets `text` in the fewest lines (1-3). A long title would rather wrap than
    shrink into something unreadable on a phone-sized thumbnail, so one line must stay >= 70% of
    `start` before wrapping is preferred."""
    for max_lines, floor in ((1, 0.7), (2, 0.45), (3, 0.0)):
        size = start
        while size >= max(10, start * floor):
            f = font(kind, size)
            lines = wrap(text, f, max_width, draw)
            if len(lines) <= max_lines and all(draw.textlength(x, font=f) <= max_width for x in lines):
                return f, lines
            size = int(size * 0.95)
    f = font(kind, max(10, int(start * 0.3)))
    return f, wrap(text, f, max_width, draw)


def wrap(text: str, f, max_width: int, draw: ImageDraw.ImageDraw) -> list[str]:
    lines: list[str] = []
    for word in text.split():
        if lines and draw.textlength(f"{lines[-1]} {word}", font=f) <= max_width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return lines


def background(n: int) -> Image.Image:
    # A vertical-only gradient keeps every row a single colour, which PNG's Up/Sub filters compress
    # to almost nothing; a diagonal one would cost hundreds of KB at 3000 px.
    col = Image.new("RGB", (1, n))
    px = col.load()
    for y in range(n):
        t = y / (n - 1)
        t = t * t * (3 - 2 * t)  # smoothstep: the colour change stays away from the edges
        px[0, y] = tuple(round(a + (b - a) * t) for a, b in zip(BG_TOP, BG_BOTTOM, strict=True))
    return col.resize((n, n), Image.NEAREST)


def draw_cover(size: int, title: str, subtitle: str) -> Image.Image:
    s = size / 3000  # every measurement below is authored for 3000 px
    img = background(size)

    # Soft glow behind the title area, drawn small and blurred for speed.
    glow = Image.new("L", (size // 10, size // 10), 0)
    gd = ImageDraw.Draw(glow)
    r = size // 10
    gd.ellipse((int(r * 0.05), int(r * 0.02), int(r * 0.95), int(r * 0.72)), fill=70)
    glow = glow.filter(ImageFilter.GaussianBlur(r * 0.12)).resize((size, size), Image.BILINEAR)
    img = Image.composite(Image.new("RGB", (size, size), (60, 110, 170)), img, glow)

    d = ImageDraw.Draw(img)

    # Concentric arcs: a "broadcast" mark in the top-right corner.
    cx, cy = int(2520 * s), int(470 * s)
    for i, rad in enumerate((170, 310, 450, 590)):
        w = int(46 * s)
        colour = ACCENT if i % 2 == 0 else ACCENT_2
        box = (cx - rad * s, cy - rad * s, cx + rad * s, cy + rad * s)
        d.arc(box, start=180, end=270, fill=colour, width=w)
    d.ellipse((cx - 70 * s, cy - 70 * s, cx + 70 * s, cy + 70 * s), fill=ACCENT)

    # Waveform bars across the lower third; heights from a fixed formula so the art is reproducible.
    bars, left, right, base = 46, 230 * s, 2770 * s, 2330 * s
    step = (right - left) / bars
    for i in range(bars):
        x = left + i * step
        h = (0.25 + 0.75 * abs(math.sin(i * 0.55) * math.cos(i * 0.21 + 0.7))) * 360 * s
        colour = ACCENT if i % 7 == 3 else ACCENT_2
        d.rounded_rectangle((x + step * 0.18, base - h, x + step * 0.82, base + h * 0.35),
                            radius=int(step * 0.3), fill=colour)

    # Label pill.
    label_font = font("bold", int(96 * s))
    label = "PODCAST"
    lw = d.textlength(label, font=label_font)
    lx, ly = 230 * s, 330 * s
    d.rounded_rectangle((lx, ly, lx + lw + 120 * s, ly + 170 * s), radius=int(85 * s), fill=ACCENT)
    d.text((lx + 60 * s, ly + 85 * s), label, font=label_font, fill=BG_TOP, anchor="lm")

    # Title: as large as fits, left-aligned with the label.
    max_w = int(2540 * s)
    title_font, title_lines = fit_lines("bold", title, max_w, int(430 * s), d)
    y = 800 * s
    for line in title_lines:
        d.text((lx, y), line, font=title_font, fill=TEXT, anchor="la")
        y += title_font.size * 1.1
    # Accent rule under the title.
    d.rounded_rectangle((lx, y + 40 * s, lx + 700 * s, y + 80 * s), radius=int(20 * s), fill=ACCENT)

    sub_font = font("regular", int(150 * s))
    y += 180 * s
    for line in wrap(subtitle, sub_font, max_w, d)[:3]:
        d.text((lx, y), line, font=sub_font, fill=TEXT_SOFT, anchor="la")
        y += sub_font.size * 1.25
    return img


def encode(img: Image.Image) -> bytes:
    """Smallest RGB PNG that still looks right: try the full image first, then posterize.

    Apple requires the RGB colour space, so the palette step is only used to reduce distinct colours;
    the saved file is converted back to RGB.
    """
    best = None
    for colors in (None, 256, 128):
        candidate = img if colors is None else img.quantize(colors=colors, method=Image.Quantize.MEDIANCUT,
                                                           dither=Image.Dither.NONE).convert("RGB")
        buf = io.BytesIO()
        candidate.save(buf, "PNG", optimize=True)
        data = buf.getvalue()
        if best is None or len(data) < len(best):
            best = data
        if len(best) <= TARGET_BYTES:
            break
    return best


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Draw the podcast cover art.")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--title", default="Utilizing AI")
    ap.add_argument("--subtitle", default="Enterprise applications for machine learning, deep learning and AI")
    ap.add_argument("--size", type=int, default=3000, help="square edge in px (Apple: 1400-3000)")
    args = ap.parse_args(argv)
    if not 1400 <= args.size <= 3000:
        ap.error("--size must be between 1400 and 3000 (Apple Podcasts requirement)")

    data = encode(draw_cover(args.size, args.title, args.subtitle))
    if len(data) > MAX_BYTES:
        raise SystemExit(f"cover is {len(data)} bytes, over the {MAX_BYTES} byte limit")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    tmp = args.out.with_suffix(args.out.suffix + ".tmp")
    tmp.write_bytes(data)
    tmp.replace(args.out)  # atomic: a half-written cover never replaces a good one
    print(f"wrote {args.out} ({args.size}x{args.size}, {len(data) / 1000:.0f} KB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
