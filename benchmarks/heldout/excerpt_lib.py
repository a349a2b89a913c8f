"""Parse a Changelog transcript excerpt (markdown) into clean speaker turns, cut it, time it.

Used by build.py (truth files) and synthesise.py (audio). Standard library only.
"""

import re

NON_SPEAKERS = {"Jingle", "Break", "Song", "Sponsor"}
WPS = 2.6  # estimated speaking rate (words per second) when no audio exists
TURN_GAP = 0.6  # estimated pause between turns (s)
LEAD = 0.6  # silence before the first turn (s)

_TS = re.compile(r"\\\[(\d{1,2}:)?\d{1,2}:\d{2}(\.\d+)?\\\]")
_ANNOT = re.compile(r"\\\[[^\]]*?\\\]")
_SPK = re.compile(r"^\*\*([^*]+?):?\*\*:?\s*(.*)$", re.S)


def parse_markdown(md):
    """Return [{speaker, md}] turns, md being the verbatim markdown of the turn."""
    turns = []
    for para in re.split(r"\n\s*\n", md.strip()):
        para = para.strip()
        if not para:
            continue
        m = _SPK.match(para)
        if m:
            turns.append({"speaker": m.group(1).strip(), "md": para})
        elif turns:
            turns[-1]["md"] += "\n\n" + para
    return turns


def timestamps_in(md):
    """[(seconds, char_offset)] for every [hh:mm:ss.ff] / [mm:ss] mark."""
    out = []
    for m in _TS.finditer(md):
        parts = m.group(0)[2:-2].split(":")
        secs = 0.0
        for p in parts:
            secs = secs * 60 + float(p)
        out.append((secs, m.start()))
    return out


def clean_text(md):
    t = _SPK.sub(lambda m: m.group(2), md.strip())
    t = _TS.sub(" ", t)
    t = _ANNOT.sub(" ", t)  # [laughter], [unintelligible 00:..], [laughs] ...
    t = t.replace("\\#", "#").replace("\\_", "_").replace("\\*", "*")
    t = t.replace("**", "")
    t = re.sub(r"\s*--\s*(?=[\"”]|$)", "...", t)  # interrupted speech
    t = re.sub(r"\s*--\s*", ", ", t)  # dashes became commas
    t = re.sub(r"\s+", " ", t).strip()
    t = re.sub(r"\s+([,.;:!?])", r"\1", t)
    t = re.sub(r",\s*,", ",", t)
    t = re.sub(r"^[,\s]+", "", t)
    return t


def n_words(text):
    return len(text.split())


def build_turns(md, max_words=1200, min_words=900, hard_max=None):
    """Clean turns, drop non-speech, cut on a turn boundary. Returns (turns, dropped_md).

    The cut is the last turn boundary at or under ``max_words``; where that falls under ``min_words`` the
    next (long) turn is taken too, unless the excerpt would then pass ``hard_max`` (sets 10 on: None for
    the earlier sets, which stay as built)."""
    raw = parse_markdown(md)
    turns = []
    offset = 0
    for r in raw:
        pos = md.find(r["md"], offset)
        offset = max(offset, pos)
        if r["speaker"] in NON_SPEAKERS:
            continue
        text = clean_text(r["md"])
        if not re.search(r"[A-Za-z0-9]", text):
            continue
        turns.append({"speaker": r["speaker"], "text": text, "md": r["md"], "md_offset": pos})
    cum, cut = 0, None
    for i, t in enumerate(turns):
        cum += n_words(t["text"])
        if cum <= max_words:
            cut = i + 1
        elif cut is None or sum(n_words(x["text"]) for x in turns[:cut]) < min_words:
            cut = i + 1
            break
        else:
            break
    if hard_max is not None and sum(n_words(t["text"]) for t in turns[:cut]) > hard_max:
        return build_turns(md, max_words, 0)  # the last boundary at or under max_words
    return turns[:cut]


def estimate_audio_times(turns):
    """Estimated positions in a synthetic excerpt (2.6 words/s, 0.6 s between turns)."""
    t = LEAD
    for turn in turns:
        dur = round(n_words(turn["text"]) / WPS, 3)
        turn["audio_start"] = round(t, 3)
        turn["audio_end"] = round(t + dur, 3)
        t = turn["audio_end"] + TURN_GAP
    return round(turns[-1]["audio_end"], 3)


def original_starts(md, turns):
    """Approximate start of each turn in the original episode, extrapolated from the
    transcript's sparse timestamp marks at 2.6 words/s (anchor: nearest mark)."""
    marks = timestamps_in(md)

    # word index of every turn start and every mark
    def words_before(off):
        return n_words(clean_text(md[:off])) if off > 0 else 0

    anchors = [(words_before(off), secs) for secs, off in marks]
    out = []
    for t in turns:
        w = words_before(t["md_offset"])
        if not anchors:
            out.append(None)
            continue
        aw, asec = min(anchors, key=lambda a: abs(a[0] - w))
        # extrapolating back from a late first mark can undershoot zero: clamp (the episode cannot start earlier)
        out.append(max(0.0, round(asec + (w - aw) / WPS, 1)))
    return out
