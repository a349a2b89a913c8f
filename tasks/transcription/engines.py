"""Speech recognition engines behind one function: ``recognise(wav, options) -> Transcript``.

faster-whisper (CTranslate2) is the default on CPU. Its batched pipeline cuts the audio at pauses found
by voice-activity detection and decodes windows in parallel; each window is decoded independently, so
no window inherits a previous window's mistakes (the classic Whisper repetition loop) and silence
never reaches the decoder to be hallucinated into words.
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path
from typing import Callable

from tasks.models import Segment, Transcript, TranscriptionOptions, Word
from tasks.transcription.weights import resolve_model


class TranscriptionError(RuntimeError):
    pass


@lru_cache(maxsize=2)
def _faster_pipeline(model_dir: str, compute_type: str):
    # Loaded once per process: a scheduled inbox run publishes several episodes with one model.
    from faster_whisper import BatchedInferencePipeline, WhisperModel

    model = WhisperModel(model_dir, device="cpu", compute_type=compute_type,
                         cpu_threads=os.cpu_count() or 1)
    return BatchedInferencePipeline(model=model)


def _recognise_faster(wav: Path, options: TranscriptionOptions, model_dir: Path,
                      progress: Callable[[float], None] | None) -> tuple[list[Segment], float, str]:
    pipeline = _faster_pipeline(str(model_dir), "int8")
    segments, info = pipeline.transcribe(
        str(wav),
        language=options.language,
        beam_size=options.beam_size,
        batch_size=8,
        word_timestamps=True,
        vad_filter=True,
    )
    result = []
    for segment in segments:
        if progress is not None and info.duration:
            progress(min(1.0, segment.end / info.duration))
        text = segment.text.strip()
        if not text:
            continue
        words = [Word(start=round(w.start, 3), end=round(w.end, 3), word=w.word.strip(),
                      probability=round(w.probability, 3)) for w in (segment.words or [])]
        result.append(Segment(start=round(segment.start, 3), end=round(segment.end, 3), text=text,
                              words=words))
    if progress is not None:
        progress(1.0)
    return result, info.duration, info.language


def recognise(wav: Path, options: TranscriptionOptions,
              progress: Callable[[float], None] | None = None) -> Transcript:
    model_dir = resolve_model(options.model)
    if options.engine != "faster":
        raise TranscriptionError(f"transcription engine {options.engine!r} is not available")
    segments, duration, language = _recognise_faster(wav, options, model_dir, progress)
    return Transcript(language=language, engine=options.engine, model=options.model,
                      duration=round(duration, 3), segments=segments)
