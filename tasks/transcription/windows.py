"""Long audio in windows cut at pauses, so memory stays flat however long the episode, and on a CPU
one window per core is decoded side by side.

The recogniser's input for three hours is 690 MB of float32 samples, and faster-whisper's batched
pipeline copies the speech out of it (up to as much again) and computes every chunk's features up
front (about 350 MB more). Read instead one window at a time (``WINDOW_SECONDS``) straight from the 16 kHz WAV and
end each window in a pause VAD hears near its end, so no word is cut in two; the next window starts
there. Audio shorter than a window is read and recognised in one piece, exactly as before.
"""

from __future__ import annotations

import math
import subprocess
import tempfile
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from pathlib import Path

import numpy as np

from tasks.errors import AudioUnreadable
from tasks.ffmpeg import SAMPLE_RATE, last_error_line, recogniser_wav_output, run_ffmpeg
from tasks.models import Segment, Word
from tasks.progress import track

WINDOW_SECONDS = 15 * 60
# Audio shorter than two of these is not cut for windows decoded side by side: a cut costs a little
# accuracy, and a short episode is recognised in seconds anyway. Cut in two, the dev set's 6-7-minute
# episodes went from 2.98% to 3.09% mean word error rate (the seed from 4.58% to 5.46%).
MIN_WINDOW_SECONDS = 5 * 60
# Where to look for the pause that ends a window: long enough to hold one whatever the speaker.
TAIL_SECONDS = 60
CHUNK_SECONDS = 30  # faster-whisper's batched VAD settings, so the cut falls where its chunks would
MIN_SILENCE_MS = 160


class AudioReader:
    """Samples of a 16 kHz mono file, read on demand.

    Any other file (``castflow transcribe episode.mp3``) is first decoded by ffmpeg, as a stream, into a
    temporary 16 kHz WAV that is read the same way: memory stays flat for every input.
    """

    def __init__(self, path: Path):
        import soundfile

        self._scratch = None
        if not _is_recogniser_wav(path):
            self._scratch = tempfile.TemporaryDirectory(prefix="castflow-asr-")
            wav = Path(self._scratch.name) / "asr.wav"
            decoded = run_ffmpeg(["-v", "error", "-i", str(path), *recogniser_wav_output(wav)],
                                 duration=_duration(path), progress=track("Decoding"))
            if decoded.returncode != 0:
                self._scratch.cleanup()
                reason = last_error_line(decoded, "no audio stream")
                raise AudioUnreadable(f"{path}: ffmpeg could not decode it: {reason}")
            path = wav
        self._file = soundfile.SoundFile(str(path))
        self.frames = self._file.frames

    @property
    def duration(self) -> float:
        return self.frames / SAMPLE_RATE

    def read(self, start: int, frames: int) -> np.ndarray:
        self._file.seek(start)
        return self._file.read(frames, dtype="float32")

    def close(self) -> None:
        self._file.close()
        if self._scratch is not None:
            self._scratch.cleanup()

    def __enter__(self) -> AudioReader:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _duration(path: Path) -> float | None:
    """What ffprobe says the file lasts, for the decoding progress bar; None when it cannot tell."""
    found = subprocess.run(["ffprobe", "-v", "error", "-show_entries", "format=duration", "-of", "csv=p=0", str(path)],
                           capture_output=True, text=True)
    try:
        return float(found.stdout.strip())
    except ValueError:
        return None


def _is_recogniser_wav(path: Path) -> bool:
    import soundfile

    try:
        info = soundfile.info(str(path))
    except (RuntimeError, soundfile.LibsndfileError):
        return False
    return info.samplerate == SAMPLE_RATE and info.channels == 1


def pause_near_end(audio: np.ndarray) -> int:
    """The sample, in the last ``TAIL_SECONDS``, where a window can end without cutting a word:
    the middle of the gap before the last stretch of speech (that stretch may run on past the end).

    >>> sr = SAMPLE_RATE
    >>> pause_near_end(np.zeros(90 * sr, dtype=np.float32)) == 90 * sr  # silence: any place will do
    True
    """
    from faster_whisper.vad import VadOptions, get_speech_timestamps

    tail_start = max(0, len(audio) - min(TAIL_SECONDS * SAMPLE_RATE, len(audio) // 2))  # a short window keeps half
    chunks = get_speech_timestamps(audio[tail_start:], VadOptions(max_speech_duration_s=CHUNK_SECONDS,
                                                                 min_silence_duration_ms=MIN_SILENCE_MS))
    if not chunks:
        return len(audio)
    if len(chunks) == 1:
        cut = chunks[0]["start"]
    else:
        cut = (chunks[-2]["end"] + chunks[-1]["start"]) // 2
    return tail_start + cut if tail_start + cut > 0 else len(audio)


def decoded_at_once(duration: float, cores: int) -> int:
    """How many windows of ``duration`` seconds decode side by side on ``cores`` one-thread recognisers:
    one per core, but never a window under ``MIN_WINDOW_SECONDS`` (a 62-minute episode on 64 cores is cut
    in 12, not in 64 windows of a minute).

    >>> decoded_at_once(62 * 60, 2), decoded_at_once(62 * 60, 64), decoded_at_once(7 * 60, 2), decoded_at_once(600, 1)
    (2, 12, 1, 1)
    """
    return max(1, min(cores, int(duration // MIN_WINDOW_SECONDS)))


def window_seconds(duration: float, side_by_side: int = 1) -> float:
    """How long the windows of ``duration`` seconds are when ``side_by_side`` of them decode at once: as
    few as keep every window within ``WINDOW_SECONDS``, a multiple of ``side_by_side`` so that no
    recogniser is left to finish alone. Every cut costs a little accuracy (on the dev set's 7-minute
    episodes, four windows each raised the mean word error rate from 2.98% to 3.19%).

    >>> window_seconds(62 * 60, 2), window_seconds(21 * 60, 2), window_seconds(70, 1)
    (620.0, 630.0, 900)
    """
    if side_by_side <= 1:
        return WINDOW_SECONDS
    return duration / (side_by_side * math.ceil(duration / (side_by_side * WINDOW_SECONDS)))


def windows(reader: AudioReader, seconds: float | None = None) -> Iterator[tuple[float, np.ndarray]]:
    """``(offset in seconds, samples)`` for consecutive windows of at most ``seconds`` (default
    ``WINDOW_SECONDS``) that cover the whole file, each but the last ending in a pause."""
    size = int((seconds or WINDOW_SECONDS) * SAMPLE_RATE)
    position = 0
    while position < reader.frames:
        audio = reader.read(position, size)
        if len(audio) == 0:
            break
        if position + len(audio) < reader.frames:
            audio = audio[:pause_near_end(audio)]
        yield position / SAMPLE_RATE, audio
        position += len(audio)


Progress = Callable[[float], None]


def shifted_words(words: list[Word], offset: float) -> list[Word]:
    """``words`` moved ``offset`` seconds later: a stretch decoded on its own put back on the file's timeline
    (a window here, a gap refilled in faster_engine.py, an introduction heard again in relisten.py).

    >>> [(w.start, w.end) for w in shifted_words([Word(start=0.25, end=0.5, word="Hi")], 92.1)]
    [(92.35, 92.6)]
    """
    return [w.model_copy(update={"start": round(w.start + offset, 3), "end": round(w.end + offset, 3)})
            for w in words]


def shifted(segment: Segment, offset: float) -> Segment:
    """``segment`` moved ``offset`` seconds later, its words with it.

    >>> from tasks.models import Word
    >>> s = shifted(Segment(start=1.0, end=2.5, text="Hi", words=[Word(start=1.0, end=1.4, word="Hi")]), 900)
    >>> s.start, s.end, s.words[0].start
    (901.0, 902.5, 901.0)
    """
    return segment.model_copy(update={"start": round(segment.start + offset, 3),
                                      "end": round(segment.end + offset, 3),
                                      "words": shifted_words(segment.words, offset)})


def recognise_in_windows(
    reader: AudioReader,
    recognise_window: Callable[[np.ndarray, Progress | None], tuple[list[Segment], str | None]],
    progress: Progress | None = None,
    side_by_side: int = 1,
) -> tuple[list[Segment], str | None]:
    """Segments of the whole file on its own timeline, and the language the first window heard.

    ``recognise_window(audio, progress)`` recognises one window; its progress (0 to 1) is scaled to
    that window's share of the file. ``side_by_side`` windows are recognised at once, each in its own
    thread (the recogniser releases the GIL); one more window than that is read ahead at most, so memory
    stays flat.
    """
    shares: dict[float, float] = {}
    lock = threading.Lock()

    def reporter(offset: float, frames: int) -> Progress | None:
        if progress is None:
            return None
        share = frames / reader.frames

        def report(fraction: float) -> None:
            with lock:
                shares[offset] = min(1.0, fraction) * share
                progress(min(1.0, sum(shares.values())))
        return report

    results: list[tuple[float, Future]] = []
    with ThreadPoolExecutor(max(1, side_by_side), thread_name_prefix="recognise") as pool:
        for offset, audio in windows(reader, window_seconds(reader.duration, side_by_side)):
            running = [future for _, future in results if not future.done()]
            if len(running) >= max(1, side_by_side):
                wait(running, return_when=FIRST_COMPLETED)
            results.append((offset, pool.submit(recognise_window, audio, reporter(offset, len(audio)))))
            del audio  # the pool holds the window only while it is decoded
    segments: list[Segment] = []
    language = None
    for offset, future in results:
        found, heard = future.result()
        language = language or heard
        segments.extend(shifted(segment, offset) if offset else segment for segment in found)
    return segments, language
