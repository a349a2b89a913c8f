"""ffmpeg, as the audio preparation and the recogniser both call it: one command line, one WAV format."""

from __future__ import annotations

import subprocess
from pathlib import Path

SAMPLE_RATE = 16_000  # what Whisper and Silero VAD read


def run_ffmpeg(args: list[str]) -> subprocess.CompletedProcess[str]:
    """ffmpeg with ``args``, never waiting on the terminal, overwriting its outputs; stderr captured."""
    return subprocess.run(["ffmpeg", "-hide_banner", "-nostdin", "-y", *args], capture_output=True, text=True)


def recogniser_wav_output(wav: Path) -> list[str]:
    """ffmpeg output options that write the input's first audio stream to ``wav`` as the recogniser
    reads it: mono, 16 kHz, 16-bit PCM."""
    return ["-map", "0:a:0", "-ac", "1", "-ar", str(SAMPLE_RATE), "-c:a", "pcm_s16le", str(wav)]


def last_error_line(result: subprocess.CompletedProcess[str], default: str) -> str:
    """The line of ffmpeg's stderr that says why it failed (the last one), or ``default``."""
    return (result.stderr.strip().splitlines() or [default])[-1]
