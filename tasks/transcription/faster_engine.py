"""faster-whisper (CTranslate2): the default engine, on a CPU or a CUDA GPU.

Two ways to decode, both behind VAD and without conditioning on the previous window's text:

- batched: VAD pieces packed into 30 s chunks, eight decoded at once. Each chunk stands alone, so no
  chunk inherits another's mistakes and silence never reaches the decoder.
- sequential: the speech-only audio in 30 s windows, one after another, as openai-whisper decodes. A
  prompt given here is renewed for every window (faster-whisper's ``hotwords``), where
  ``initial_prompt`` would reach only the first.

It is given one window of the episode at a time (windows.py).
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from pathlib import Path

import numpy as np

from tasks.models import Segment, Word
from tasks.transcription.speech import SAMPLE_RATE
from tasks.transcription.windows import shifted_words

BATCH_SIZE = 8
# A GPU decodes a batch in about the time it decodes one chunk: more chunks at once, while memory lasts
# (tiny.en in float16 is about 80 MB of weights; 16 chunks of 30 s fit any CUDA card).
GPU_BATCH_SIZE = 16


def cpu_threads(environ: dict[str, str] | None = None) -> int:
    """Threads for one recogniser: ``CASTFLOW_CPU_THREADS``, else ``OMP_NUM_THREADS``, else every core this
    process may use.

    Dask's worker processes start with ``OMP_NUM_THREADS=1``: where several workers share a machine, each
    decodes its own episode on one thread, as ``recognisers`` would have it.

    >>> cpu_threads({"OMP_NUM_THREADS": "1"}), cpu_threads({"CASTFLOW_CPU_THREADS": "3", "OMP_NUM_THREADS": "1"})
    (1, 3)
    >>> cpu_threads({"OMP_NUM_THREADS": "none"}) == cpu_threads({})
    True
    """
    environ = os.environ if environ is None else environ
    for name in ("CASTFLOW_CPU_THREADS", "OMP_NUM_THREADS"):
        value = environ.get(name, "")
        if value.isdigit() and int(value) > 0:
            return int(value)
    try:
        return len(os.sched_getaffinity(0))  # what this process may use, not the host's count
    except AttributeError:
        return os.cpu_count() or 1


def cuda_devices() -> int:
    import ctranslate2

    return ctranslate2.get_cuda_device_count()


def resolve_device(device: str) -> str:
    """``cpu`` or ``cuda``: ``auto`` is a GPU when CTranslate2 sees one."""
    if device == "auto":
        return "cuda" if cuda_devices() > 0 else "cpu"
    return device


def resolve_compute_type(compute_type: str, device: str) -> str:
    """``auto``: int8 on a CPU (the fastest and most accurate there: benchmarks/README-transcribe.md),
    float16 on a GPU, whose tensor cores are built for it.

    >>> (resolve_compute_type("auto", "cuda"), resolve_compute_type("auto", "cpu"),
    ...  resolve_compute_type("float32", "cuda"))
    ('float16', 'int8', 'float32')
    """
    if compute_type != "auto":
        return compute_type
    return "float16" if device == "cuda" else "int8"


_models: dict[tuple[str, str, str, int], object] = {}
_models_lock = threading.Lock()


def recognisers(device: str = "cpu") -> int:
    """How many windows of an episode are decoded side by side (windows.py): one per core on a CPU, each
    on one thread; one on a GPU, which batches instead.

    CTranslate2 spreads one decode of tiny.en over two cores poorly. On 2 cores (AMD EPYC), 20.8 minutes of
    the seed took 34.8 s as one decode on two threads and 27.7 s as two one-thread decodes side by side;
    20 one-minute clips, 67 s one after another on two threads and 41.9 s in two one-thread processes.
    """
    return 1 if device == "cuda" else cpu_threads()


def recogniser_model(model_dir: str, compute_type: str, device: str = "cpu", side_by_side: int = 1):
    """The model for ``side_by_side`` windows decoded at once: as many one-thread replicas, so none waits
    for another; for one window at a time (short audio, a GPU), one model on every thread."""
    if side_by_side <= 1:
        return whisper_model(model_dir, compute_type, cpu_threads(), device)
    # One replica per core whatever the episode's length, so a worker keeps one such model.
    return whisper_model(model_dir, compute_type, 1, device, workers=max(side_by_side, recognisers(device)))


def whisper_model(model_dir: str, compute_type: str, threads: int, device: str = "cpu", workers: int = 1):
    """The model, loaded once per worker process and reused by every task it runs (an inbox run, a
    back catalogue's episodes on a Dask worker), keyed by model, device, compute type and threads.

    ``workers`` replicas answer as many calls at once, from as many Python threads (CTranslate2's
    ``inter_threads``), each on ``threads`` threads.
    Under a lock: tasks mapped over threads ask for it at the same moment, and each would load its own.
    """
    from faster_whisper import WhisperModel

    key = (model_dir, device, compute_type, threads, workers)
    with _models_lock:
        if key not in _models:
            _models[key] = WhisperModel(model_dir, device=device, compute_type=compute_type, cpu_threads=threads,
                                        num_workers=workers)
        return _models[key]


def loaded_models() -> list[tuple[str, str, str, int, int]]:
    """(model folder, device, compute type, threads, workers) of each model this process has loaded."""
    with _models_lock:
        return list(_models)


def _segment(segment) -> Segment:
    words = [Word(start=round(w.start, 3), end=round(w.end, 3), word=w.word.strip(),
                  probability=round(w.probability, 3)) for w in (segment.words or [])]
    return Segment(start=round(segment.start, 3), end=round(segment.end, 3), text=segment.text.strip(),
                   words=words)


def recognise_faster(
    audio: np.ndarray,
    model_dir: Path,
    *,
    language: str | None,
    beam_size: int,
    batched: bool,
    prompt: str | None,
    compute_type: str,
    progress: Callable[[float], None] | None,
    prompt_first_window_only: bool = False,
    device: str = "cpu",
    side_by_side: int = 1,
) -> tuple[list[Segment], str]:
    """(segments, language) for 16 kHz mono ``audio``, one of ``side_by_side`` windows decoded at once.

    ``prompt_first_window_only`` (sequential only) gives the prompt as ``initial_prompt``, which
    reaches the first window alone: kept to measure against the prompt renewed for every window.
    """
    model = recogniser_model(str(model_dir), compute_type, device, side_by_side)
    common = dict(language=language, beam_size=beam_size, word_timestamps=True, vad_filter=True)
    if batched:
        from faster_whisper import BatchedInferencePipeline

        segments, info = BatchedInferencePipeline(model=model).transcribe(
            audio, batch_size=GPU_BATCH_SIZE if device == "cuda" else BATCH_SIZE, initial_prompt=prompt, **common)
    else:
        first = dict(initial_prompt=prompt) if prompt_first_window_only else dict(hotwords=prompt)
        segments, info = model.transcribe(audio, condition_on_previous_text=False, **first, **common)
    result = []
    for segment in segments:  # a generator: decoding happens as it is read
        if progress is not None and info.duration:
            progress(min(1.0, segment.end / info.duration))
        if segment.text.strip():
            result.append(_segment(segment))
    if batched:
        result = _refill_gaps(model, audio, result, dict(common, language=info.language or language))
    return result, info.language


def prompted_decoder(model_dir: Path, *, language: str | None, beam_size: int, compute_type: str,
                     device: str = "cpu") -> Callable[[np.ndarray, str], list[Word]]:
    """A decoder of short stretches given a prompt (relisten.py): the timed words it hears there.

    Sequential and whole: a stretch of a few seconds is one window, so the prompt reaches all of it.
    Greedy about temperature: the fallback to sampling that a doubtful window triggers tripled the time
    on the dev set's jsp315 (5.9 s for a 16 s stretch) and only ever adds words the pass would not keep.
    """
    model = recogniser_model(str(model_dir), compute_type, device)

    def decode(audio: np.ndarray, prompt: str) -> list[Word]:
        segments, _ = model.transcribe(audio, language=language, beam_size=beam_size, word_timestamps=True,
                                       condition_on_previous_text=False, hotwords=prompt, temperature=0.0)
        return [word for segment in segments for word in _segment(segment).words]

    return decode


# A batched chunk's decoding can stop before the chunk's audio does, and the rest of it is lost: on the
# dev set's jsp315, the 10 s that introduce both guests ("Annie Sullivan. Hello, welcome. … And Rick
# Viscomi. Welcome."). A silence between segments longer than this is decoded again on its own.
GAP_SECONDS = 2.0
GAP_MIN_SPEECH = 1.0
GAP_CONTEXT = 3.0


def _gaps(segments: list[Segment], duration: float) -> list[tuple[float, float]]:
    """Stretches longer than ``GAP_SECONDS`` that no segment's words cover.

    >>> _gaps([Segment(start=0, end=5, text="a"), Segment(start=9, end=10, text="b")], 10.5)
    [(5.0, 9.0)]
    """
    gaps, previous = [], 0.0
    for segment in segments:
        start = segment.words[0].start if segment.words else segment.start
        if start - previous > GAP_SECONDS:
            gaps.append((previous, start))
        previous = max(previous, segment.words[-1].end if segment.words else segment.end)
    if duration - previous > GAP_SECONDS:
        gaps.append((previous, duration))
    return gaps


def _refill_gaps(model, audio: np.ndarray, segments: list[Segment], common: dict) -> list[Segment]:
    from faster_whisper.vad import VadOptions, get_speech_timestamps

    filled = list(segments)
    for start, end in _gaps(segments, len(audio) / SAMPLE_RATE):
        piece = audio[int(start * SAMPLE_RATE):int(end * SAMPLE_RATE)]
        speech = get_speech_timestamps(piece, VadOptions())
        if sum(s["end"] - s["start"] for s in speech) / SAMPLE_RATE < GAP_MIN_SPEECH:
            continue  # a pause, not lost speech
        # Decoded with a little of the audio either side for context; only the gap's words are kept.
        begin = max(0.0, start - GAP_CONTEXT)
        found, _ = model.transcribe(audio[int(begin * SAMPLE_RATE):int((end + GAP_CONTEXT) * SAMPLE_RATE)],
                                    condition_on_previous_text=False, **common)
        for segment in found:
            words = [w for w in shifted_words(_segment(segment).words, begin) if start <= (w.start + w.end) / 2 < end]
            if words:
                filled.append(Segment(start=words[0].start, end=words[-1].end,
                                      text=" ".join(w.word for w in words), words=words))
    return sorted(filled, key=lambda s: s.start)
