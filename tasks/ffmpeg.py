"""ffmpeg, as the audio preparation and the recogniser both call it: one command line, one WAV format."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from tasks.progress import Report

SAMPLE_RATE = 16_000  # what Whisper and Silero VAD read


def run_ffmpeg(args: list[str], *, duration: float | None = None, progress: Report | None = None,
               niceness: int = 0) -> subprocess.CompletedProcess[str]:
    """ffmpeg with ``args``, never waiting on the terminal, overwriting its outputs; stderr captured.

    With ``progress`` and the input's ``duration``, ``progress`` is called with the fraction read so far,
    from ffmpeg's ``-progress`` stream; its log (stderr, where ``ebur128`` prints its summary) goes to a
    temporary file so neither pipe can fill and stall it. ``niceness`` lowers the child alone: os.nice()
    in a thread would lower the whole flow's process.
    """
    command = ["ffmpeg", "-hide_banner", "-nostdin", "-y", *args]
    if niceness > 0 and shutil.which("nice"):
        command = ["nice", "-n", str(niceness), *command]
    if progress is None or not duration:
        return subprocess.run(command, capture_output=True, text=True)
    ffmpeg_at = command.index("ffmpeg")
    command = [*command[:ffmpeg_at + 1], "-progress", "pipe:1", *command[ffmpeg_at + 1:]]
    with tempfile.TemporaryFile(mode="w+") as log:
        process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=log, text=True)
        assert process.stdout is not None
        for line in process.stdout:
            key, _, value = line.strip().partition("=")
            if key == "out_time_us" and value.lstrip("-").isdigit():
                progress(min(1.0, max(0, int(value)) / 1e6 / duration))
        returncode = process.wait()
        if returncode == 0:
            progress(1.0)
        log.seek(0)
        return subprocess.CompletedProcess(command, returncode, "", log.read())


def recogniser_wav_output(wav: Path) -> list[str]:
    """ffmpeg output options that write the input's first audio stream to ``wav`` as the recogniser
    reads it: mono, 16 kHz, 16-bit PCM."""
    return ["-map", "0:a:0", "-ac", "1", "-ar", str(SAMPLE_RATE), "-c:a", "pcm_s16le", str(wav)]


def last_error_line(result: subprocess.CompletedProcess[str], default: str) -> str:
    """The line of ffmpeg's stderr that says why it failed (the last one), or ``default``."""
    return (result.stderr.strip().splitlines() or [default])[-1]
