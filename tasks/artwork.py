"""Cover art checked before anything is published: Apple refuses a feed whose art is not a square
JPEG or PNG of 1400 to 3000 pixels. An image is a URL (published elsewhere, used as it is) or a
local file (checked here, uploaded with the episode)."""

from __future__ import annotations

import re
from pathlib import Path

from tasks.models import ConfigError, EpisodeInput, Show

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


def local_image(image: str | None) -> Path | None:
    """The file of an image given as a path; None for an http(s) URL or no image.

    >>> local_image("art/cover.png").as_posix(), local_image("https://example.com/c.png"), local_image(None)
    ('art/cover.png', None, None)
    """
    if not image or re.match(r"^https?://", image):
        return None
    return Path(image)


def episode_file(episode: EpisodeInput) -> str:
    """Where an episode came from, as error messages name it: its episode.yaml, else its slug."""
    return str(episode.source_dir / "episode.yaml") if episode.source_dir else f"episode {episode.resolved_slug!r}"


def check_cover_art(show: Show, episode: EpisodeInput) -> None:
    """The show's and the episode's local images, each checked; an error names the file and field."""
    for where, image in (("show.yaml: field 'image'", show.image),
                         (f"{episode_file(episode)}: field 'image'", episode.image)):
        path = local_image(image)
        if path is not None:
            check_artwork(path, where)
