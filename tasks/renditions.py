"""Renditions of the mastered episode besides the MP3, for ``podcast:alternateEnclosure``.

Opus at 32 kbit/s mono or 48 kbit/s stereo carries speech as well as the MP3 (96 or 128 kbit/s) at
about a third of its size: apps on a metered connection can pick it. It is encoded from the mastered MP3, so its
loudness and peaks are the MP3's, and stored under its own hash like the MP3 (``layout.audio_key``).
"""

from __future__ import annotations

import base64
from pathlib import Path

from tasks.audio import AudioError, mastering_niceness, sha256_file
from tasks.ffmpeg import last_error_line, run_ffmpeg
from tasks.models import PreparedAudio, Rendition

OPUS_BITRATE = {1: 32_000, 2: 48_000}  # by channel count, as audio.MP3_BITRATE
# libopus's complexity 5 with constrained VBR, not its default (10, unconstrained): on the seed's master
# 1.49 CPU-s against 4.30, 1.09 MB against 1.10, and no further from the master over 0-8 kHz (mean
# log-spectral distance 5.53 dB against 5.88). Unconstrained VBR at complexity 5 or less overshoots the
# bitrate by 38% (1.52 MB). On 62 minutes the default took 97 CPU-s, most of everything but recognition.
OPUS_SETTINGS = ["-vbr", "constrained", "-compression_level", "5", "-application", "audio"]


def sri(sha256_hex: str) -> str:
    """A Subresource Integrity string from a hex SHA-256, as ``podcast:integrity`` takes it.

    >>> sri("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")  # of no bytes
    'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='
    """
    return "sha256-" + base64.b64encode(bytes.fromhex(sha256_hex)).decode()


def encode_opus(audio: PreparedAudio, target: Path) -> Rendition:
    """Ogg Opus of the mastered MP3, with its tags (the cover picture is left out: Ogg keeps it badly)."""
    bitrate = OPUS_BITRATE[2 if audio.channels >= 2 else 1]
    target.parent.mkdir(parents=True, exist_ok=True)
    # Encoded beside recognition, so at mastering's lower priority.
    result = run_ffmpeg(["-v", "error", "-i", str(audio.path), "-map", "0:a:0", "-c:a", "libopus",
                         "-b:a", str(bitrate), *OPUS_SETTINGS, "-f", "ogg", str(target)],
                        niceness=mastering_niceness())
    if result.returncode != 0:
        raise AudioError(f"{audio.path}: ffmpeg could not encode Opus: {last_error_line(result, 'unknown error')}")
    return Rendition(encoding="opus", path=target, type="audio/opus", codecs="opus", bytes=target.stat().st_size,
                     bitrate=bitrate, sha256=sha256_file(target))


ENCODERS = {"opus": (encode_opus, "opus")}


def encode_renditions(audio: PreparedAudio, encodings: list[str], workdir: Path) -> list[Rendition]:
    """Each configured encoding, written into ``workdir``."""
    return [ENCODERS[name][0](audio, workdir / f"episode.{ENCODERS[name][1]}") for name in encodings]
