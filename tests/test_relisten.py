"""Names given as metadata come out spelled exactly even where the recogniser heard something else:
introductions decoded again with the names as a prompt (tasks/transcription/relisten.py); a guest's name
not given, heard as ordinary words, is heard again by the larger model.

Two introductions from the dev set, cut from the audio (tests/data/devset/introductions, README there),
where tiny.en's batched recognition hears a guest's name far from its spelling: "Mr. Mission Roy" for
Nishant Roy (Go Time #257) and "with us today as we're rainy" for Will Ramey (Practical AI #106). Neither
is near enough in letters or sound for the correction pass. Real Whisper tiny.en on the real audio.
"""

from __future__ import annotations

import re
import subprocess
from difflib import SequenceMatcher
from pathlib import Path

import pytest

from tasks.models import TranscriptionOptions
from tasks.transcription import finish_transcript, recognise, write_transcripts
from tasks.transcription.relisten import doubtful_introductions

pytestmark = pytest.mark.slow

CLIPS = Path(__file__).parent / "data" / "devset" / "introductions"
INTRODUCTIONS = {
    "gt257_pinterest": (["Johnny Boursiquot", "Jon Calhoun"], "Nishant Roy"),
    "pai106_nvidia": (["Chris Benson", "Daniel Whitenack"], "Will Ramey"),
}


@pytest.fixture(scope="module", params=sorted(INTRODUCTIONS))
def introduction(request, tmp_path_factory):
    hosts, guest = INTRODUCTIONS[request.param]
    wav = tmp_path_factory.mktemp(request.param) / "audio.wav"
    subprocess.run(["ffmpeg", "-nostdin", "-y", "-loglevel", "error", "-i", str(CLIPS / f"{request.param}.mp3"),
                    "-ac", "1", "-ar", "16000", str(wav)], check=True)
    raw = recognise(wav, TranscriptionOptions())
    names = [*hosts, guest]
    without = finish_transcript(raw, wav, names, hosts=hosts, options=TranscriptionOptions(relisten=False))
    heard = finish_transcript(raw, wav, names, hosts=hosts)
    return {"guest": guest, "without": without, "heard": heard, "folder": wav.parent}


def test_a_name_misheard_far_from_its_spelling_is_heard_again(introduction):
    # Measured: "Mission Roy" and "we're rainy" without the second decoding, the names with it.
    assert introduction["guest"] not in introduction["without"].text
    assert introduction["guest"] in introduction["heard"].text


def test_the_name_is_spelled_exactly_in_every_transcript_format(introduction):
    written = write_transcripts(introduction["heard"], introduction["folder"] / "out")
    for kind, path in written.items():
        text = " ".join(path.read_text(encoding="utf-8").split())  # a caption may wrap between the two words
        assert introduction["guest"] in text, kind
    for segment in introduction["heard"].segments:  # the timed words carry the same spelling as the text
        assert " ".join(w.word for w in segment.words) == segment.text


def test_only_the_words_of_the_name_change(introduction):
    before = [w.word for s in introduction["without"].segments for w in s.words]
    after = [w.word for s in introduction["heard"].segments for w in s.words]
    changes = [(before[i1:i2], after[j1:j2]) for op, i1, i2, j1, j2
               in SequenceMatcher(None, before, after, autojunk=False).get_opcodes() if op != "equal"]
    # Measured: one change each, "Mission" → "Nishant" and "as we're rainy," → "is Will Ramey,".
    assert len(changes) == 1, changes
    old, new = changes[0]
    assert len(new) <= len(introduction["guest"].split()) + 1
    assert introduction["guest"].split()[0] in new
    assert len(old) >= 1  # the name replaced words heard wrong: it was not only added


def test_a_guest_not_given_is_heard_again_by_the_larger_model(tmp_path):
    """With only the hosts as names, the introduction tiny.en heard as "with us today as we're rainy" (its
    last word at 0.32-0.37 confidence in the whole episode, 0.53-0.56 in this clip) is decoded again by
    Whisper base, which hears a name there."""
    wav = tmp_path / "audio.wav"
    subprocess.run(["ffmpeg", "-nostdin", "-y", "-loglevel", "error", "-i", str(CLIPS / "pai106_nvidia.mp3"),
                    "-ac", "1", "-ar", "16000", str(wav)], check=True)
    hosts, _ = INTRODUCTIONS["pai106_nvidia"]
    raw = recognise(wav, TranscriptionOptions())
    # Measured in this clip: "as" at 0.49 and "rainy," at 0.53 on an Intel Xeon (AVX-512), "rainy," at 0.56
    # on an AMD EPYC: 0.04-0.11 under relisten.DOUBTFUL (0.6). Should another CPU hear them surer, this says
    # so rather than the search for the name below.
    heard_as = [(w.word, round(w.probability, 2)) for s in raw.segments for w in s.words
                if w.probability is not None and w.probability < 0.8]
    assert doubtful_introductions(raw, hosts), heard_as
    without = finish_transcript(raw, wav, hosts, hosts=hosts, options=TranscriptionOptions(relisten=False))
    heard = finish_transcript(raw, wav, hosts, hosts=hosts)
    introduced = re.compile(r"with us today (?:is|as) ([A-Z][a-z]+ [A-Z][a-z]+)")
    assert not introduced.search(without.text)
    # Measured: "with us today is Will Rainey," (score.py's ratio to "Will Ramey" is 86, a match at 85).
    found = introduced.search(heard.text)
    assert found and found.group(1).split()[0] == "Will", heard.text[:600]


def test_timed_words_stay_in_order(introduction):
    words = [w for s in introduction["heard"].segments for w in s.words]
    assert all(a.start <= b.start for a, b in zip(words, words[1:], strict=False))
    name = [w for w in words if re.sub(r"\W", "", w.word) == introduction["guest"].split()[-1]]
    assert name and all(w.end > w.start for w in name)
