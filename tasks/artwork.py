"""Cover art checked before anything is published: Apple refuses a feed whose art is not a square
JPEG or PNG of 1400 to 3000 pixels."""

from __future__ import annotations

from pathlib import Path

from tasks.models import ConfigError

MIN_PIXELS, MAX_PIXELS = 1400, 3000


def check_artwork(path: Path, where: str) -> None:
    """Raise ConfigError naming ``where`` (file and field) unless ``path`` is usable cover art."""
    from PIL import Image, UnidentifiedImageError

    if not path.is_file():
        raise ConfigError(f"{where}: image file {path} not found")
    try:
        with Image.open(path) as image:
            kind, (width, height) = image.format, image.size
    except (UnidentifiedImageError, OSError):
        raise ConfigError(f"{where}: {path} is not a PNG or JPEG image") from None
    if kind not in {"PNG", "JPEG"}:
        raise ConfigError(f"{where}: {path} is {kind}; cover art must be PNG or JPEG")
    if width != height or not MIN_PIXELS <= width <= MAX_PIXELS:
        raise ConfigError(f"{where}: {path} is {width}×{height}; cover art must be square, "
                          f"{MIN_PIXELS} to {MAX_PIXELS} pixels a side")
