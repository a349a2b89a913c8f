"""Speech recognition engines behind one function: ``recognise(wav, options) -> Transcript``.

- ``faster`` (default): faster-whisper on CTranslate2, batched by default (faster_engine.py).
- ``openai``: openai-whisper on PyTorch, on the same weights converted once (openai_engine.py).

Both hear only what VAD calls speech, never condition a window on the previous window's text, and end
with a pass that collapses repeated phrases, so silence and noise give an empty transcript. Both read
the file a window at a time (windows.py), so memory does not grow with the episode's length; on a CPU
the faster engine decodes one window per core side by side.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Callable
from pathlib import Path

from tasks.errors import TranscriptionError
from tasks.models import Transcript, TranscriptionOptions
from tasks.transcription.repetition import drop_repeated_segments
from tasks.transcription.speech import speech_only
from tasks.transcription.weights import ModelNotFound, openai_checkpoint, resolve_model
from tasks.transcription.windows import AudioReader, decoded_at_once, recognise_in_windows


def faster_settings(options: TranscriptionOptions, compute_type: str | None = None) -> tuple[Path, str, str]:
    """(model folder, device, compute type) the faster engine runs ``options`` with: ``auto`` resolved."""
    from tasks.transcription.faster_engine import resolve_compute_type, resolve_device

    device = resolve_device(options.device)
    return resolve_model(options.model), device, resolve_compute_type(compute_type or options.compute_type, device)


def decoded_side_by_side(options: TranscriptionOptions, duration: float) -> int:
    """How many windows of ``duration`` seconds ``options`` decode at once: one per core for the faster
    engine on a CPU, as windows.decoded_at_once cuts them; one for a GPU and for the openai engine."""
    if options.engine != "faster":
        return 1
    from tasks.transcription.faster_engine import recognisers, resolve_device

    return decoded_at_once(duration, recognisers(resolve_device(options.device)))


def load_faster_model(options: TranscriptionOptions, duration: float = 0.0):
    """The faster engine's model for ``options`` and audio of ``duration`` seconds, loaded now (once per
    process: faster_engine.whisper_model). Short audio (the default) is decoded as one window."""
    from tasks.transcription.faster_engine import recogniser_model

    model_dir, device, compute_type = faster_settings(options)
    return recogniser_model(str(model_dir), compute_type, device, decoded_side_by_side(options, duration))


def recognise(
    wav: Path,
    options: TranscriptionOptions,
    progress: Callable[[float], None] | None = None,
    prompt: str | None = None,
    batched: bool | None = None,
    compute_type: str | None = None,
    prompt_first_window_only: bool = False,
) -> Transcript:
    """Recognise speech in ``wav``.

    ``prompt`` goes to the decoder with every window (or the first only, to measure the difference);
    ``batched`` and ``compute_type`` (``int8``, ``float32``) tune faster-whisper, on ``options.device``
    (a CUDA GPU when there is one, by default: float16 and batched there); unset, the same-named
    fields of ``options`` (whose defaults are the measured best: benchmarks/README-transcribe.md) apply.
    """
    batched = options.batched if batched is None else batched
    compute_type = compute_type or options.compute_type
    side_by_side = 1  # settled below, once the file's length is known; recognise_window reads it when called
    if options.engine == "faster":
        from tasks.transcription.faster_engine import recognise_faster

        model_dir, device, compute_type = faster_settings(options, compute_type)

        def recognise_window(audio, report):
            return recognise_faster(
                audio, model_dir, language=options.language, beam_size=options.beam_size, batched=batched,
                prompt=prompt, compute_type=compute_type, progress=report,
                prompt_first_window_only=prompt_first_window_only, device=device, side_by_side=side_by_side)
    elif options.engine == "openai":
        missing = [m for m in ("torch", "whisper") if importlib.util.find_spec(m) is None]
        if missing:
            raise TranscriptionError(f"engine 'openai' needs the 'openai' extra ({', '.join(missing)} missing)")
        from tasks.transcription.openai_engine import recognise_openai

        checkpoint = openai_checkpoint(options.model)

        def recognise_window(audio, report):
            return recognise_openai(
                speech_only(audio), checkpoint, language=options.language, beam_size=options.beam_size,
                prompt=prompt, progress=report, prompt_first_window_only=prompt_first_window_only)
    else:
        raise TranscriptionError(f"transcription engine {options.engine!r} is not available")
    # A window at a time (windows.py): memory stays flat however long the episode.
    with AudioReader(wav) as reader:
        if progress is not None:
            progress(0.0)
        duration = reader.duration
        side_by_side = decoded_side_by_side(options, duration)  # 1: one window, every core on it
        segments, language = recognise_in_windows(reader, recognise_window, progress, side_by_side)
    if progress is not None:
        progress(1.0)
    return Transcript(language=language or "en", engine=options.engine, model=options.model,
                      duration=round(duration, 3), segments=drop_repeated_segments(segments))


# Greedy decoding for introductions heard again: on the dev set it finds the same names with the same word
# error rate as a beam of 5, in a third of the time (gt257: 4.7 s against 14.8 s, with another job running).
RELISTEN_BEAM_SIZE = 1


def prompted_decoder(options: TranscriptionOptions, beam_size: int = RELISTEN_BEAM_SIZE):
    """The decoder relisten.py hears introductions again with: the faster engine on the options' model
    (the openai engine's bundled models are the same weights); None for a model it cannot load."""
    from tasks.transcription.faster_engine import prompted_decoder as decoder

    try:
        model_dir, device, compute_type = faster_settings(options)
    except ModelNotFound:  # a .pt checkpoint, which only the openai engine reads
        return None
    return decoder(model_dir, language=options.language, beam_size=beam_size,
                   compute_type=compute_type, device=device)


__all__ = ["ModelNotFound", "TranscriptionError", "decoded_side_by_side", "faster_settings", "load_faster_model",
           "prompted_decoder", "recognise"]
