"""An independent meter for mastered audio: pyloudnorm's ITU-R BS.1770 loudness, and true peak from a
4x polyphase oversample (scipy), on ffmpeg's plain decode. Nothing here shares code with tasks/audio.py,
whose ebur128 metering it checks."""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path

import numpy as np


def independent_loudness(path: Path) -> tuple[float, float]:
    """(integrated loudness in LUFS, true peak in dBTP) of an audio file."""
    import pyloudnorm
    import soundfile
    from scipy.signal import resample_poly

    with tempfile.TemporaryDirectory(prefix="castflow-meter-") as scratch:
        wav = Path(scratch) / "decoded.wav"
        subprocess.run(["ffmpeg", "-nostdin", "-y", "-loglevel", "error", "-i", str(path), "-c:a", "pcm_f32le",
                        str(wav)], check=True)
        samples, rate = soundfile.read(str(wav), dtype="float64", always_2d=True)
    loudness = pyloudnorm.Meter(rate).integrated_loudness(samples)
    # Oversampled a block at a time (an hour of stereo at 4x would be 10 GB of float64), each block with
    # a margin either side so the filter's edges never reach the part that is measured.
    block, margin, peak = 1 << 20, 256, 0.0
    for start in range(0, len(samples), block):
        lo, hi = max(0, start - margin), min(len(samples), start + block + margin)
        oversampled = resample_poly(samples[lo:hi], 4, 1, axis=0)
        inner = oversampled[4 * (start - lo):4 * (min(len(samples), start + block) - lo)]
        peak = max(peak, float(np.max(np.abs(inner))))
    return float(loudness), float(20 * np.log10(peak))
