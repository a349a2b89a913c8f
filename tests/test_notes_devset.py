"""Offline show notes on unseen interview shows (dev-set excerpts, tests/data/notes/devset/, CC BY-SA
4.0, Changelog Media): a summary that says who joins whom on what, guests found however they are
introduced, questions that are not small talk, tags that are topics, chapters titled by topic. The
transcript is the excerpt's true turns without speaker labels, as the pipeline's default transcription
gives them; the show knows only its hosts.

The judge's word lists below are the benchmark's (benchmarks/notes.py), kept apart from the generator's
own vocabulary so that a test can disagree with it.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tasks.models import EpisodeInput, Person, Segment, Transcript
from tasks.notes import generate_notes
from tests.conftest import names_company

DATA = Path(__file__).parent / "data" / "notes" / "devset"
EPISODES = ["cl633_shopify", "pai106_nvidia"]
GENERIC = {"company", "people", "thing", "things", "stuff", "time", "way", "lot", "today", "week", "year",
           "guys", "folks", "episode", "show", "podcast", "conversation", "team", "work", "weather", "spring",
           "weekend", "party", "beautiful", "morning", "essentially", "basically", "actually", "faster",
           "process", "projects", "organizations", "computer", "journey"}
SMALL_TALK = re.compile(r"\b(?:how are you|how's it going|how(?:'s| is| have) (?:you|things|everything|life)|"
                        r"weekend|party|weather|what have you been up to|want to start|welcome)\b", re.IGNORECASE)


def _show(seed_show, facts: dict):
    """The show as an unknown show gives it: its name and its hosts."""
    return seed_show.model_copy(update={
        "title": facts["podcast"], "author": facts["podcast"], "description": facts["podcast"], "source_dir": None,
        "hosts": [Person(name=h["name"], role="host") for h in facts["hosts"]]})


def _episode(name: str) -> tuple[dict, Transcript]:
    facts = json.loads((DATA / f"{name}.json").read_text(encoding="utf-8"))
    turns = []
    for line in (DATA / f"{name}.txt").read_text(encoding="utf-8").splitlines():
        match = re.match(r"\[\s*([\d.]+)\]\s*[^:]+:\s*(.*)", line)
        if match:
            turns.append((float(match.group(1)), match.group(2)))
    ends = [start for start, _ in turns[1:]] + [facts["duration_s"]]
    segments = [Segment(start=start, end=end, text=text) for (start, text), end in zip(turns, ends, strict=False)]
    return facts, Transcript(engine="truth", model="truth.txt", duration=facts["duration_s"], segments=segments)


@pytest.fixture(scope="module", params=EPISODES)
def episode(request, seed_show):
    facts, transcript = _episode(request.param)
    show = _show(seed_show, facts)
    bare = generate_notes(show, EpisodeInput(title=facts["title"], audio="audio.mp3"), transcript)
    guests = [Person(name=g["name"], role="guest", affiliation=g["affiliation"]) for g in facts["guests"]]
    given = generate_notes(show, EpisodeInput(title=facts["title"], audio="audio.mp3", guests=guests), transcript)
    return facts, transcript, bare, given


def test_summary_opens_with_who_joins_whom_on_what(episode):
    facts, _, _, given = episode
    opening = given.summary.split(". ")[0]
    assert opening.startswith("In this episode, ")
    for guest in facts["guests"]:
        assert f"{guest['name']} of {guest['affiliation']} joins" in opening  # the guest with their organisation
    assert all(h["name"] in opening for h in facts["hosts"]) and " to discuss " in opening
    rest = given.summary[len(opening) + 2:]
    assert len(re.findall(r"[.!?](?:\s|$)", rest)) >= 1  # then what the episode is about
    sentences = re.split(r"(?<=[.!?])\s+", rest)
    assert not any(re.match(r"(?:So|And|But|Or|Because|Yeah|Well|Okay)\b|\w+ly enough", s) for s in sentences)
    assert not SMALL_TALK.search(given.summary)


# How each excerpt introduces its guest, and the organisation the excerpt says they are at (None: it says none).
# pai106: "With us today is Will Ramey, who is the global head of developer programs at NVIDIA" ("Will" is
# also a word); gt257: "So today's guest is Mr. Nishant Roy. He is an engineering manager over at Pinterest";
# ft92: "Robert Ross, thanks for joining me. ... You're one of our sponsors ... I think FireHydrant is such a
# cool company" (the welcome speaks to him as a company and names one);
# pai31: "Anna Bethke ..., head of AI for Social Good at Intel", with the absent co-host Daniel Whitenack
# named too; cl633: "So I'm here with Ilya Grigorik from Shopify".
INTRODUCED = {"pai106_nvidia": "NVIDIA", "gt257_pinterest": "Pinterest", "ft92_firehydrant": "FireHydrant",
              "pai31_intel": "Intel", "cl633_shopify": "Shopify"}


@pytest.mark.parametrize("name", INTRODUCED)
def test_the_summary_opens_with_the_guests_found_from_the_title_alone(seed_show, name):
    facts, transcript = _episode(name)
    bare = generate_notes(_show(seed_show, facts), EpisodeInput(title=facts["title"], audio="audio.mp3"), transcript)
    # Measured (benchmarks/notes.py): the truth guest on all five, no one else (no host, not the absent
    # co-host), each with their organisation; before, pai106 and gt257 found none and ft92's summary was its
    # bare title, then named Robert Ross without FireHydrant.
    assert [g.name for g in bare.guests] == [g["name"] for g in facts["guests"]]
    opening = bare.summary.split(". ")[0]
    assert opening.startswith("In this episode, ") and " to discuss " in opening, bare.summary
    assert all(h["name"] in opening for h in facts["hosts"]), opening
    for guest in bare.guests:
        organisation = INTRODUCED[name]
        if organisation:
            assert organisation in guest.affiliation
            # "Nishant Roy, engineering manager at Pinterest, joins"; "Ilya Grigorik of Shopify joins".
            assert re.search(rf"{guest.name}(?:, [^,]*{organisation}[^,]*,| of {organisation}) joins", opening), opening
        else:
            assert f"{guest.name} joins" in opening, opening


# The judge's own list (benchmarks/notes.py): a body sentence that opens with a conjunction, a connective,
# an -ly adverb, a pronoun or demonstrative pointing back, or a preposition pointing back, or trails off.
MID_THOUGHT = re.compile(
    r"^(?:(?:and|but|or|so|because|except|perhaps|maybe|separately|specifically|however|also|then|plus|though|"
    r"although|since|well|yeah|yes|okay|oh|anyway|now|just|really|actually|like|even|which|who|"
    r"it|it's|that|that's|this|these|those|they|they're|he|she|them)\b|\w+ly\b(?: enough)?,|"
    r"(?:from|through|during|since|after|before|at|in|by|with) (?:there|then|that|this|those|these)\b)|\.\.\.|…",
    re.IGNORECASE)
ALL_EPISODES = list(INTRODUCED)  # the five excerpts kept in tests/data/notes/devset/


def _body(summary: str) -> list[str]:
    opening = re.match(r"In this episode, .*?[.!?](?:\s+|$)", summary)
    return [s for s in re.split(r"(?<=[.!?])\s+(?=[A-Z0-9])", summary[opening.end():].strip()) if s]


@pytest.mark.parametrize("name", ALL_EPISODES)
def test_the_summary_body_reads_on_its_own(seed_show, name):
    facts, transcript = _episode(name)
    bare = generate_notes(_show(seed_show, facts), EpisodeInput(title=facts["title"], audio="audio.mp3"), transcript)
    body = _body(bare.summary)
    # Measured (benchmarks/notes.py): 2-3 body sentences on every episode, none starting mid-thought; before
    # issue 14's summary rework ft92 had none, gt257 one, and cl633 three that all did.
    assert 2 <= len(body) <= 4, bare.summary
    assert not [s for s in body if MID_THOUGHT.search(s) and (MID_THOUGHT.match(s) or "..." in s)], body
    assert not SMALL_TALK.search(bare.summary)
    # Told in the first person ("I", "my"): measured 0 on cl633, gt257 and pai106, 1 on pai31 (before: 3), 2
    # on ft92 (an excerpt of the host's and the guest's childhood stories, where no other sentence is left).
    told = [s for s in body if re.search(r"\b(?:I|I'm|I've|me|my)\b", s)]
    assert len(told) <= (2 if name == "ft92_firehydrant" else 1), told


# How the opening names a guest's role and the episode's subject (found from the title and the transcript alone).
OPENINGS = {
    "pai106_nvidia": "Will Ramey, global head of developer programs at NVIDIA, joins",  # not "Global head"
    "pai31_intel": "Anna Bethke, head of AI for Social Good at Intel, joins",  # the role's capitals dropped, not AI's
    "cl633_shopify": "Ilya Grigorik of Shopify joins",  # a bare organisation, not "Ilya Grigorik, Shopify,"
    "gt257_pinterest": "to discuss how Pinterest delivers software at scale.",  # the title's own clause
}


@pytest.mark.parametrize("name", OPENINGS)
def test_the_opening_reads_like_a_producers(seed_show, name):
    facts, transcript = _episode(name)
    bare = generate_notes(_show(seed_show, facts), EpisodeInput(title=facts["title"], audio="audio.mp3"), transcript)
    opening = re.match(r"In this episode, .*?[.!?](?:\s|$)", bare.summary).group(0)
    assert OPENINGS[name] in opening, opening
    topics = re.split(r", | and ", opening.split(" to discuss ", 1)[1].rstrip(". "))
    # Before: pai31 named "local town" (a piece of "local town halls"), the seed "artificial intelligence and AI".
    assert "local town" not in topics and not ({"AI", "artificial intelligence"} <= set(topics)), topics


# A question discussed opens with a question word or an auxiliary (past a name it is put to: "Ada, how ...").
QUESTION = re.compile(r"^(?:[A-Z][\w'-]+, )?(?:what|what's|how|why|where|when|which|who|whose|is|are|was|were|do|does|"
                      r"did|can|could|will|would|should|have|has|had)\b", re.IGNORECASE)
# Question-episodes: pai31_intel's excerpt asks only two questions, both check-ins ("Could you start us off by
# telling us a little bit about you ...?"), so its questions are the episode's topics put as questions.
QUESTION_EPISODES = [*EPISODES, "pai31_intel"]


def assert_questions_discussed(questions: list[str]) -> None:
    """At least three, each a whole question about the episode, none small talk (shared with test_notes.py)."""
    assert len(questions) >= 3, questions
    for question in questions:
        assert question.endswith("?") and question[:1].isupper() and QUESTION.match(question), question
        assert len(question.split()) >= 4 and "…" not in question and '"' not in question, question
    assert not [q for q in questions if SMALL_TALK.search(q)]
    assert not [q for q in questions if re.search(r"\b(?:intro|yourself|about you)\b", q, re.IGNORECASE)]


@pytest.mark.parametrize("name", QUESTION_EPISODES)
def test_questions_are_substantive(seed_show, name):
    facts, transcript = _episode(name)
    bare = generate_notes(_show(seed_show, facts), EpisodeInput(title=facts["title"], audio="audio.mp3"), transcript)
    # Measured (benchmarks/notes.py): cl633_shopify 5, pai106_nvidia 3, pai31_intel 3; before issue 14's
    # rework pai31_intel gave 2, one of them "Could you start us off by telling us a little bit about you ...?".
    assert_questions_discussed(bare.questions)


def test_tags_are_topics(episode):
    _, transcript, bare, _ = episode
    assert len(bare.tags) >= 4
    assert not [t for t in bare.tags if t.lower() in GENERIC or set(t.lower().split()) & GENERIC]
    spoken = transcript.text.lower()
    assert all(t.lower() in spoken for t in bare.tags)  # phrases of the episode, not made up


def test_chapters_are_titled_by_topic(episode):
    _, _, bare, _ = episode
    assert len(bare.chapters) >= 2 and bare.chapters[0].start == 0
    for chapter in bare.chapters:
        words = chapter.title.split()
        assert 1 <= len(words) <= 6 and not chapter.title.endswith((".", "?", "!"))
        assert not re.search(r"\b(?:is|are|was|were|do|does|did|produce|called)\b", chapter.title, re.IGNORECASE)
        assert not set(chapter.title.lower().split()) & GENERIC


def test_companies_spoken_are_found_from_the_title_alone(episode):
    facts, _, bare, _ = episode
    found = [c.name for c in bare.companies]
    missed = [c["name"] for c in facts["companies"] if not any(names_company(f, c) for f in found)]
    # Measured: none missed on either: cl633's PostRank ("or you were at PostRank?") and pai106's Silicon
    # Graphics ("starting with Silicon Graphics and then a number of startups") were the one miss of each
    # before the cues "you were at" and "and then a number of startups". Before issue 13 each missed three:
    # GitHub, W3C (found as "W3C Work Performance Working Group") and PostRank; Arm, Silicon Graphics and Microsoft.
    assert not missed, (missed, found)
    wrong = [f for f in found if not any(names_company(f, c) for c in facts["companies"])]
    # Measured: cl633 none, pai106 "Fortran" (a language the model calls ORG, heard with "programming in").
    assert len(wrong) <= 0.2 * len(found), wrong


def _heard(name: str) -> Transcript:
    """What Whisper tiny.en heard of an excerpt (heard/<id>.txt: "[start] text" per segment, no speakers)."""
    lines = (DATA / "heard" / f"{name}.txt").read_text(encoding="utf-8").splitlines()
    found = (re.match(r"\[\s*([\d.]+)\]\s*(.*)", line) for line in lines)
    turns = [(float(m.group(1)), m.group(2)) for m in found if m]
    ends = [start for start, _ in turns[1:]] + [turns[-1][0] + 5]
    segments = [Segment(start=start, end=end, text=text) for (start, text), end in zip(turns, ends, strict=True)]
    return Transcript(engine="faster", model="tiny.en", duration=ends[-1], segments=segments)


# The companies that what tiny.en heard still hides, measured: pai106 "starting with silicon graphics" and
# ft92 "a little compact Presario" and "the IMDB page" (lower case, a word, and an acronym with no cue).
# Before, each of the three also missed the one the test is for: pai31 "the chief AI strategist that Lockheed
# Martin" (a role's "at" heard as "that"), pai106 "but we're in Nvidia and ARM" (an acronym said only beside
# a company) and ft92 "And I think fire hydrant is such a cool company" (a name heard as lower-case words).
STILL_MISSED = {"pai31_intel": set(), "pai106_nvidia": {"Silicon Graphics"}, "ft92_firehydrant": {"Compaq", "IMDb"}}


@pytest.mark.parametrize("name", STILL_MISSED)
def test_companies_heard_by_the_recogniser_are_found(seed_show, name):
    facts = json.loads((DATA / f"{name}.json").read_text(encoding="utf-8"))
    bare = generate_notes(_show(seed_show, facts), EpisodeInput(title=facts["title"], audio="audio.mp3"), _heard(name))
    found = [c.name for c in bare.companies]
    missed = {c["name"] for c in facts["companies"] if not any(names_company(f, c) for f in found)}
    assert missed <= STILL_MISSED[name], (missed, found)
    # Measured: nothing found that the excerpt does not speak of as a company, on all three.
    assert not [f for f in found if not any(names_company(f, c) for c in facts["companies"])], found
