"""openai-whisper (PyTorch), on the same weights as faster-whisper, converted once (convert.py).

It decodes sequentially in 30 s windows, each without the previous window's text, on the speech-only
audio VAD leaves (speech.py). A prompt rides with every window (``carry_initial_prompt``).
"""

from __future__ import annotations

import importlib
import threading
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

import numpy as np

from tasks.models import Segment, Word
from tasks.transcription.faster_engine import cpu_threads
from tasks.transcription.speech import SpeechAudio

_progress = threading.local()


class _ProgressBar:
    """Stands in for the tqdm bar openai-whisper updates once per window, to call ``progress``."""

    def __init__(self, total: int = 0, **_):
        self.total, self.done = max(total, 1), 0
        self.report = getattr(_progress, "callback", None)

    def __enter__(self):
        return self

    def __exit__(self, *_):
        return False

    def update(self, frames: int) -> None:
        self.done += frames
        if self.report is not None:
            self.report(min(1.0, self.done / self.total))


class _ProgressModule:
    tqdm = _ProgressBar


@lru_cache(maxsize=1)
def _hook_progress() -> None:
    # openai-whisper reports progress only to a tqdm bar; swap the ``tqdm`` its transcribe module sees
    # (and only that module's) for a bar that calls this thread's callback.
    importlib.import_module("whisper.transcribe").tqdm = _ProgressModule


@lru_cache(maxsize=2)
def load_model(checkpoint: str):
    import torch
    from whisper.model import ModelDimensions, Whisper

    stored = torch.load(checkpoint, map_location="cpu", weights_only=True)
    model = Whisper(ModelDimensions(**stored["dims"]))
    model.load_state_dict(stored["model_state_dict"])
    heads = stored.get("alignment_heads")
    if heads:  # word timestamps follow these cross-attention heads
        mask = torch.zeros(model.dims.n_text_layer, model.dims.n_text_head, dtype=torch.bool)
        for layer, head in heads:
            mask[layer, head] = True
        model.register_buffer("alignment_heads", mask.to_sparse(), persistent=False)
    return model.eval()


def _words(words: list[dict], speech: SpeechAudio) -> list[Word]:
    result = []
    for w in words:
        chunk = speech.chunk_of((w["start"] + w["end"]) / 2)  # both ends in the same speech chunk
        result.append(Word(start=round(speech.original_time(w["start"], chunk), 3),
                           end=round(speech.original_time(w["end"], chunk), 3),
                           word=w["word"].strip(), probability=round(float(w["probability"]), 3)))
    return result


def recognise_openai(
    speech: SpeechAudio,
    checkpoint: Path,
    *,
    language: str | None,
    beam_size: int,
    prompt: str | None,
    progress: Callable[[float], None] | None,
    prompt_first_window_only: bool = False,
) -> tuple[list[Segment], str]:
    """(segments, language) for the speech-only audio; times on the original audio's timeline."""
    import torch

    if speech.empty:
        return [], language or "en"
    torch.set_num_threads(cpu_threads())
    model = load_model(str(checkpoint))
    _hook_progress()
    _progress.callback = progress
    every_window = bool(prompt) and not prompt_first_window_only
    try:
        with torch.inference_mode():
            result = model.transcribe(
                speech.audio.astype(np.float32), language=language, beam_size=beam_size, best_of=5,
                condition_on_previous_text=False, initial_prompt=prompt, carry_initial_prompt=every_window,
                word_timestamps=True, fp16=False, verbose=None)
    finally:
        _progress.callback = None
    segments = []
    for item in result["segments"]:
        text = item["text"].strip()
        if not text:
            continue
        words = _words(item.get("words") or [], speech)
        if words:
            start, end = words[0].start, words[-1].end
        else:
            start = speech.original_time(item["start"])
            end = speech.original_time(item["end"], is_end=True)
        segments.append(Segment(start=round(start, 3), end=round(end, 3), text=text, words=words))
    return segments, result.get("language") or language or "en"
