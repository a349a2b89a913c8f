"""Where the speech is: voice-activity detection in front of the decoder.

Whisper, shown silence or noise, invents words ("Thank you.", a repeated phrase). Only the stretches
Silero VAD (shipped inside faster-whisper, run by onnxruntime) hears as speech reach the decoder, and
the timestamps found on the speech-only audio are mapped back to the original timeline. openai-whisper
has no VAD of its own, so it gets exactly the speech-only audio faster-whisper's sequential mode makes,
which is also what lets the two engines agree word for word.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

from tasks.ffmpeg import SAMPLE_RATE


def load_audio(wav: Path) -> np.ndarray:
    """Mono float32 at 16 kHz, decoded by PyAV (any format ffmpeg reads)."""
    from faster_whisper import decode_audio

    return decode_audio(str(wav), sampling_rate=SAMPLE_RATE)


@dataclass(frozen=True)
class SpeechAudio:
    """The speech-only audio and the map from its timeline back to the original one."""

    audio: np.ndarray
    chunks: list[dict]  # {"start", "end"} in samples of the original audio

    @property
    def empty(self) -> bool:
        return not self.chunks or self.audio.size == 0

    def original_time(self, seconds: float, chunk: int | None = None, is_end: bool = False) -> float:
        return self._map.get_original_time(seconds, chunk, is_end)

    def chunk_of(self, seconds: float) -> int:
        return self._map.get_chunk_index(seconds)

    @property
    def _map(self):
        from faster_whisper.vad import SpeechTimestampsMap

        return SpeechTimestampsMap(self.chunks, SAMPLE_RATE)


def speech_only(audio: np.ndarray) -> SpeechAudio:
    """The audio with everything VAD does not hear as speech cut out (faster-whisper's defaults)."""
    from faster_whisper.vad import VadOptions, collect_chunks, get_speech_timestamps

    chunks = get_speech_timestamps(audio, VadOptions())
    if not chunks:
        return SpeechAudio(np.zeros(0, dtype=np.float32), [])
    pieces, _ = collect_chunks(audio, chunks)
    return SpeechAudio(np.concatenate(pieces).astype(np.float32), chunks)
