"""Issue 13's properties on two dev-set episodes (another show's phrasing, not the seed's): guests from
the introduction with only a title and the audio, names given as metadata spelled exactly, segments that
start where the speakers' turns start, words whole. Real Whisper tiny.en on the real audio.

The full figures, on the seed and all six dev-set episodes, come from benchmarks/extraction.py and
benchmarks/transcribe.py (``--source devset`` / ``--only devset``)."""

from __future__ import annotations

import json
import subprocess
from difflib import SequenceMatcher
from pathlib import Path

import pytest

from tasks.models import EpisodeInput, Person, Show, TranscriptionOptions
from tasks.notes import expected_names, write_notes
from tasks.transcription import finish_transcript, recognise
from tests.conftest import names_company, normalise_words

pytestmark = pytest.mark.slow

DEVSET = Path(__file__).parent / "data" / "devset"
EPISODES = ["cl633_shopify", "jsp315_webvitals"]
# Spoken companies a test may miss per episode: what was measured, plus a margin (see the test).
MISSED_AT_MOST = {"cl633_shopify": 2, "jsp315_webvitals": 0}


@pytest.fixture(scope="module", params=EPISODES)
def episode(request, tmp_path_factory):
    folder = DEVSET / request.param
    truth = json.loads((folder / "truth.json").read_text())
    wav = tmp_path_factory.mktemp(request.param) / "audio.wav"
    subprocess.run(["ffmpeg", "-nostdin", "-y", "-loglevel", "error", "-i", str(folder / "audio.mp3"), "-ac", "1",
                    "-ar", "16000", str(wav)], check=True)
    hosts = [h["name"] for h in truth["hosts"]]
    show = Show(title=truth["podcast"].split(" (")[0], author="x", description="x", base_url="http://127.0.0.1:8000",
                store="file://public", hosts=[Person(name=h, role="host") for h in hosts])
    bare = EpisodeInput(title=truth["title"], audio="audio.mp3")  # title and audio only
    # transcribe_audio is recognise then finish_transcript: one recognition, finished twice, once with the
    # names a publish has (hosts, the title's names) and once with every person's (castflow transcribe --names).
    raw = recognise(wav, TranscriptionOptions())
    heard = finish_transcript(raw, wav, expected_names(show, bare), hosts=hosts)
    people = [*hosts, *(g["name"] for g in truth["guests"])]
    given = finish_transcript(raw, wav, people, hosts=hosts)
    return {"id": request.param, "truth": truth, "show": show, "bare": bare, "heard": heard, "given": given,
            "hosts": hosts}


def _similar(a: str, b: str) -> float:
    return SequenceMatcher(None, a.lower(), b.lower()).ratio()


def test_guests_from_the_introduction_never_a_host(episode):
    notes = write_notes(episode["show"], episode["bare"], episode["heard"])
    found = [g.name for g in notes.guests]
    truth = [g["name"] for g in episode["truth"]["guests"]]
    # Measured: "Ilya Gregorik" (as heard; ratio 0.92 to "Ilya Grigorik"), "Annie Sullivan" and "Rick Viscomi"
    # (whose introduction the batched decoding dropped until its gaps were decoded again).
    assert len(found) == len(truth)
    assert all(max(_similar(f, t) for f in found) >= 0.85 for t in truth), found
    assert not set(found) & set(episode["hosts"])
    # An affiliation, where the introduction gives one, names the guest's company ("from Shopify").
    companies = {n.lower() for c in episode["truth"]["companies"] for n in [c["name"], *c["aliases"]]}
    for guest in notes.guests:
        assert guest.affiliation is None or any(c in guest.affiliation.lower() for c in companies), guest


def test_companies_spoken_are_found_from_title_and_audio(episode):
    notes = write_notes(episode["show"], episode["bare"], episode["heard"])
    found = [c.name for c in notes.companies]
    spoken = [c for c in episode["truth"]["companies"] if c["in_excerpt"]]
    missed = [c["name"] for c in spoken if not any(names_company(f, c) for f in found)]
    wrong = [f for f in found if not any(names_company(f, c) for c in spoken)]
    # Measured on an Intel Xeon and on an AMD EPYC alike: cl633 4 of 5 (PostRank is heard lower-case, "were at
    # post-rank?"), nothing wrong; jsp315 1 of 1 (Google, said again and again). Before (issue 13) cl633 found
    # 2 of 5 and 2 wrong ("W3C Work Performance Working Group", "Shopify APIs"). cl633's bound allows one miss
    # more than measured, as int8 recognition may hear a word differently on another CPU; jsp315's allows
    # none, as one hearing of "Google" among its many is enough.
    assert len(missed) <= MISSED_AT_MOST[episode["id"]], (missed, found)
    assert len(wrong) <= 0.2 * len(found), wrong


def test_captions_are_two_short_lines_without_orphans(episode):
    from tasks.transcription.formats import to_vtt

    cues = to_vtt(episode["heard"]).split("\n\n")[1:]
    assert cues
    for cue in cues:
        lines = cue.splitlines()[1:]
        assert 1 <= len(lines) <= 2 and all(len(line) <= 42 for line in lines), cue
        assert len(lines) == 1 or len(lines[1].split()) > 1, cue  # no word alone on the second line


def test_names_given_as_metadata_are_spelled_exactly(episode):
    text = episode["given"].text
    for guest in episode["truth"]["guests"]:
        assert guest["name"] in text
    for word in (w for s in episode["given"].segments for w in s.words):
        assert word.word in text  # the timed words carry the same spelling


def test_segments_start_where_turns_start(episode):
    starts = [s.start for s in episode["heard"].segments]
    turns = [t["audio_start"] for t in episode["truth"]["turns"]]
    within = sum(min(abs(t - s) for s in starts) <= 1.0 for t in turns) / len(turns)
    # Measured 85% (cl633) and 94% (jsp315) within 1 s; 30-second blocks gave 8% and 10%.
    assert within >= 0.75


def test_words_are_whole_and_the_word_error_rate_holds(episode):
    words = [w.word for s in episode["heard"].segments for w in s.words]
    assert not [w for w in words if w[:1] in "-,."], "word pieces split apart"
    import jiwer

    wer = jiwer.wer(normalise_words(episode["truth"]["transcript_text"]), normalise_words(episode["heard"].text))
    # score.py measured 3.18% (cl633) and 2.11% (jsp315; 3.63% before its dropped stretch was decoded again).
    assert wer < 0.06
