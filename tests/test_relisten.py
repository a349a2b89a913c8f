"""Names given as metadata come out spelled exactly even where the recogniser heard something else:
introductions decoded again with the names as a prompt (tasks/transcription/relisten.py); a guest's name
not given, heard as ordinary words, is heard again by the larger model.

Two introductions from the dev set, cut from the audio (tests/data/devset/introductions, README there),
where tiny.en's batched recognition hears a guest's name far from its spelling: "Mr. Mission Roy" for
Nishant Roy (Go Time #257) and "with us today as we're rainy" for Will Ramey (Practical AI #106). Neither
is near enough in letters or sound for the correction pass. And a host's introduction from the held-out
set that tiny.en heard in doubt, heard whole again by Whisper base. Real Whisper tiny.en on the real audio.
"""

from __future__ import annotations

import re
import subprocess
from difflib import SequenceMatcher
from pathlib import Path

import pytest

from tasks.models import Person, TranscriptionOptions
from tasks.notes.guests import FIRST_NAME_SURE, find_guests
from tasks.transcription import finish_transcript, recognise, write_transcripts
from tasks.transcription.relisten import DOUBTFUL, doubtful_introductions, doubtful_sentences

pytestmark = pytest.mark.slow

CLIPS = Path(__file__).parent / "data" / "devset" / "introductions"
INTRODUCTIONS = {
    "gt257_pinterest": (["Johnny Boursiquot", "Jon Calhoun"], "Nishant Roy"),
    "pai106_nvidia": (["Chris Benson", "Daniel Whitenack"], "Will Ramey"),
}


def _heard(clip: str, folder: Path, hosts: list[str], names: list[str] | None = None):
    """A clip recognised by tiny.en, then finished without and with the second hearing: (raw, without, heard).
    ``names``: the names given (default: the hosts')."""
    wav = folder / "audio.wav"
    subprocess.run(["ffmpeg", "-nostdin", "-y", "-loglevel", "error", "-i", str(CLIPS / f"{clip}.mp3"),
                    "-ac", "1", "-ar", "16000", str(wav)], check=True)
    raw = recognise(wav, TranscriptionOptions())
    names = hosts if names is None else names
    without = finish_transcript(raw, wav, names, hosts=hosts, options=TranscriptionOptions(relisten=False))
    return raw, without, finish_transcript(raw, wav, names, hosts=hosts)


@pytest.fixture(scope="module", params=sorted(INTRODUCTIONS))
def introduction(request, tmp_path_factory):
    hosts, guest = INTRODUCTIONS[request.param]
    folder = tmp_path_factory.mktemp(request.param)
    _, without, heard = _heard(request.param, folder, hosts, [*hosts, guest])
    return {"guest": guest, "without": without, "heard": heard, "folder": folder}


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


def changes(without, heard) -> list[tuple[list, list]]:
    """(words before, words after) of each stretch where two transcripts differ."""
    before = [w for s in without.segments for w in s.words]
    after = [w for s in heard.segments for w in s.words]
    return [(before[i1:i2], after[j1:j2]) for op, i1, i2, j1, j2 in SequenceMatcher(
        None, [w.word for w in before], [w.word for w in after], autojunk=False).get_opcodes() if op != "equal"]


def doubted(words) -> bool:
    return any(w.probability is not None and w.probability < DOUBTFUL for w in words)


def test_only_the_name_and_words_heard_in_doubt_change(introduction):
    found = changes(introduction["without"], introduction["heard"])
    named = [(old, new) for old, new in found if introduction["guest"].split()[0] in [w.word for w in new]]
    # Measured: "Mission" → "Nishant" and "as we're rainy," → "is Will Ramey," (the prompted pass); besides,
    # on gt257 Whisper base heard "Alright," (0.51) as "All right,".
    assert len(named) == 1, found
    old, new = named[0]
    assert len(new) <= len(introduction["guest"].split()) + 1
    assert len(old) >= 1  # the name replaced words heard wrong: it was not only added
    others = [(old, new) for old, new in found if (old, new) != named[0]]
    assert all(doubted(old) for old, _ in others), others


def test_an_introduction_heard_in_doubt_is_heard_whole_by_the_larger_model(tmp_path):
    """With only the hosts as names, a host's introduction tiny.en doubts ("SAIL International" 0.54,
    "Lockheed Maureen." 0.53, "Viltulos is with us." 0.53) is decoded again by Whisper base, 30 s at once,
    and its hearing taken where tiny.en was in doubt."""
    hosts = ["Daniel Whitenack", "Chris Benson"]
    raw, without, heard = _heard("pai150_outerbounds", tmp_path, hosts)
    assert doubtful_sentences(raw, hosts), raw.text
    for wrong, right in [("SAIL International", "SIL International"), ("Lockheed Maureen", "Lockheed Martin")]:
        assert wrong in without.text and right not in without.text
        assert right in heard.text and wrong not in heard.text
    # Measured: "Bill Tulos is with us." (the synthetic voice says Ville as "Bill"): a name of two words.
    assert re.search(r"\b[A-Z][a-z]+ [A-Z][a-z]+ is with us\.", heard.text), heard.text[:800]
    found = changes(without, heard)
    assert found and all(doubted(old) for old, _ in found), found  # a word heard surely stays as heard


def test_a_company_heard_in_doubt_is_heard_whole_by_the_larger_model(tmp_path):
    """The dev set's ft92, "And I think FireHydrant is such a cool company": what a company is called is as
    new to tiny.en as a person's name, and it doubts it, so Whisper base decodes the sentence again and its
    hearing stands where tiny.en doubted. Measured in this clip: with numpy up to 2.4.3 tiny.en heard "Far
    Hider into" ("Far" 0.26, "Hider" 0.45) and base "Fire Hydrant is"; with numpy 2.4.4 to 2.4.6 (stop 43)
    tiny.en hears "fire" at 0.15 and "hydrant" at 0.64, and base the same words. Either way the finished
    transcript says the company, and a word heard surely stays as heard."""
    hosts = ["Adam Stacoviak"]
    raw, without, heard = _heard("ft92_firehydrant", tmp_path, hosts)
    assert [s.text for s in doubtful_sentences(raw, hosts) if "company" in s.text], raw.text
    assert "fire hydrant is such a cool company" in heard.text.lower(), heard.text
    assert all(doubted(old) for old, _ in changes(without, heard))


def test_a_guest_not_given_is_heard_again_by_the_larger_model(tmp_path):
    """With only the hosts as names, the introduction tiny.en heard as "with us today as we're rainy" (its
    last word at 0.32-0.37 confidence in the whole episode, 0.53-0.56 in this clip) is decoded again by
    Whisper base, which hears a name there."""
    hosts, _ = INTRODUCTIONS["pai106_nvidia"]
    raw, without, heard = _heard("pai106_nvidia", tmp_path, hosts)
    # Measured in this clip: "as" at 0.49 and "rainy," at 0.53 on an Intel Xeon (AVX-512), "rainy," at 0.56
    # on an AMD EPYC: 0.04-0.11 under relisten.DOUBTFUL (0.6). Should another CPU hear them surer, this says
    # so rather than the search for the name below.
    heard_as = [(w.word, round(w.probability, 2)) for s in raw.segments for w in s.words
                if w.probability is not None and w.probability < 0.8]
    assert doubtful_introductions(raw, hosts), heard_as
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


def _guests(transcript, hosts: list[str]) -> list[str]:
    return [g.name for g in find_guests(transcript.text, [Person(name=h) for h in hosts], [],
                                        segments=transcript.segments)]


def test_the_recogniser_doubts_and_searches_names_as_the_notes_read_them():
    """addressed.py keeps its own copies of the notes' bounds, as the recogniser does not import the notes
    package: a first name is doubted below the notes' floor of sureness, and searched for in the opening as
    the notes cut it (a share of the episode, never less than a number of characters)."""
    from tasks.notes.names import OPENING_CHARS, opening_end
    from tasks.transcription import addressed

    assert addressed.SURE == FIRST_NAME_SURE
    assert addressed.OPENING_CHARS == OPENING_CHARS
    assert opening_end("x" * 100_000) == int(100_000 * addressed.OPENING)


def test_a_first_name_said_to_the_guest_in_doubt_is_confirmed_by_the_larger_model(tmp_path):
    """Held-out set 12's ft76 opens on "Mitch, I'm glad to have you here.": tiny.en hears the name right but
    unsure of it (0.47 in this clip, 0.26 in the whole episode), so the notes would not name the guest.
    Whisper base hears the sentence again, hears "Mitch," too, and the word is marked as confirmed."""
    hosts = ["Adam Stacoviak"]
    raw, without, heard = _heard("ft76_digitalocean", tmp_path, hosts)
    said = [w for s in raw.segments for w in s.words if w.word.strip() == "Mitch,"]
    assert said and said[0].probability < FIRST_NAME_SURE, raw.text[:200]
    assert "Mitch" not in _guests(without, hosts)
    assert [w.confirmed_by for s in heard.segments for w in s.words if w.word.strip() == "Mitch,"] == ["base"]
    assert _guests(heard, hosts) == ["Mitch"]
    # Only marked: no word of the sentence that says it changes. (Elsewhere a word tiny.en doubts may be heard
    # again: on stop 47's machine "Founders" at 0.48, which base hears as "Founder's".)
    assert heard.text.split(". ")[0] == without.text.split(". ")[0] == "Mitch, I'm glad to have you here"


def test_a_misheard_first_name_is_not_confirmed(tmp_path):
    """Held-out set 1's ft80: "Well, Kurt, thanks for joining me." heard by tiny.en as "Well, Kirk," (0.69
    in this clip). Whisper base hears "Kurt,": the two disagree, so "Kirk" stays doubted and no guest is
    named by it."""
    hosts = ["Adam Stacoviak"]
    raw, _, heard = _heard("ft80_fly", tmp_path, hosts)
    assert "Kirk," in raw.text.split()[:3], raw.text[:200]
    assert not [w for s in heard.segments for w in s.words if w.confirmed_by]
    assert "Kirk" not in _guests(heard, hosts)
