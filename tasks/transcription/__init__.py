"""Speech to text: recognise, spell the names right, write every transcript format."""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from tasks.models import Transcript, TranscriptionOptions
from tasks.transcription.engines import recognise
from tasks.transcription.formats import MIME_TYPES, WRITERS
from tasks.transcription.names import NameCorrector


def transcribe_audio(
    wav: Path,
    options: TranscriptionOptions,
    names: list[str] = (),
    glossary: list[str] = (),
    progress: Callable[[float], None] | None = None,
) -> Transcript:
    """Recognise speech in ``wav``; names and terms come out spelled as given.

    ``progress`` is called with the fraction of the audio done, from 0.0 to 1.0.
    """
    transcript = recognise(wav, options, progress)
    return NameCorrector(list(names), list(glossary)).transcript(transcript)


def write_transcripts(transcript: Transcript, directory: Path, stem: str = "transcript") -> dict[str, Path]:
    """Every format side by side: ``{"vtt": .../transcript.vtt, ...}``."""
    directory.mkdir(parents=True, exist_ok=True)
    written = {}
    for extension, writer in WRITERS.items():
        path = directory / f"{stem}.{extension}"
        path.write_text(writer(transcript), encoding="utf-8")
        written[extension] = path
    return written


__all__ = ["MIME_TYPES", "transcribe_audio", "write_transcripts"]
