"""Show notes as publishing sees them: ``write_notes`` with the metadata an unknown show gives (a title
and the audio, the hosts in show.yaml), on two real transcripts of the seed episode:

- ``audio``: what the pipeline's Whisper model made of the seed audio (tests/data/notes/, refreshed by
  ``benchmarks/extraction.py --write-fixtures``);
- ``page``: the episode page's full written transcript (51 minutes, no speaker labels).

Neither fixture is made by the notes code, and neither is trusted because it was generated: the
tests at the end of this module hold each to an independent truth (tests/data/notes/README.md).

No model runs here: both transcripts are fixtures, so these tests take a second or two.
"""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from tasks.models import (
    Chapter,
    Company,
    EpisodeInput,
    Link,
    Person,
    Segment,
    Show,
    ShowNotes,
    Transcript,
    Word,
    load_show,
)
from tasks.notes import write_notes
from tasks.notes.affiliations import addressed_affiliations, introduced_affiliation
from tasks.notes.chapters import chapters_json
from tasks.notes.guests import find_guests, introduced_names
from tasks.notes.render import DESCRIPTION_BYTES, render_notes
from tasks.notes.summary import introduction
from tasks.notes.tags import find_tags
from tasks.sanitize import ALLOWED_TAGS, sanitize_html
from tests.test_notes_devset import assert_questions_discussed

DATA = Path(__file__).parent / "data" / "notes"
REPO = Path(__file__).parent.parent
GUESTS = {"Demetrios Brinkmann", "David Aponte"}  # as the episode page spells them
HOSTS = {"Steph Locke", "Stephen Foskett"}
JARGON = {"AI", "ML", "MLOps", "ML Ops", "DevOps", "IT"}


def _transcript(name: str) -> Transcript:
    return Transcript.model_validate_json((DATA / f"seed-{name}-transcript.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def transcripts() -> dict[str, Transcript]:
    return {"audio": _transcript("audio"), "page": _transcript("page")}


@pytest.fixture(scope="module")
def bare_episode(seed_episode) -> EpisodeInput:
    """Only what an unknown show gives: a title and the audio."""
    return EpisodeInput(title=seed_episode.title, audio=seed_episode.audio)


@pytest.fixture(scope="module")
def notes(seed_show, bare_episode, transcripts) -> dict[str, ShowNotes]:
    return {name: write_notes(seed_show, bare_episode, t) for name, t in transcripts.items()}


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, attrs))


def assert_safe_html(html: str) -> None:
    """Only allowed tags; only an http(s)/mailto href as an attribute; no raw markup from the inputs."""
    parser = _Tags()
    parser.feed(html)
    for tag, attrs in parser.tags:
        assert tag in ALLOWED_TAGS, tag
        for name, value in attrs:
            assert (tag, name) == ("a", "href"), (tag, name, value)
            assert re.match(r"(https?://|mailto:)", value or ""), value
    assert "<script" not in html.lower()


# --- people ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("source", ["audio", "page"])
def test_guests_are_found_with_only_a_title_and_audio(notes, source):
    found = notes[source]
    assert {g.name for g in found.guests} == GUESTS  # spelled as the title spells them, not as spoken
    assert {h.name for h in found.hosts} == HOSTS
    assert all(g.role == "guest" for g in found.guests)


def test_guests_without_names_in_the_title_come_from_the_introductions(seed_show, transcripts):
    episode = EpisodeInput(title="2x27: How the ML Community Has Evolved in 2021", audio="a.mp3")
    found = write_notes(seed_show, episode, transcripts["page"])
    # As the written transcript spells them, and never the hosts who also say "I'm ...".
    assert {g.name for g in found.guests} == {"Demetrius Brinkman", "David Aponte"}


def test_guests_say_what_they_do_when_they_introduce_themselves(notes):
    affiliations = {g.name: g.affiliation for g in notes["audio"].guests}
    assert affiliations["David Aponte"] == "Software engineer at Microsoft"
    assert "MLOps Community" in affiliations["Demetrios Brinkmann"]


def test_metadata_guests_are_authoritative(seed_show, seed_episode, transcripts):
    found = write_notes(seed_show, seed_episode, transcripts["audio"])
    assert [g.model_dump() for g in found.guests] == [g.model_dump() for g in seed_episode.guests]
    assert found.summary == seed_episode.description.strip()
    # The seed page's tags are the participants' handles.
    assert {"@SFoskett", "@TheStephLocke", "@DPBrinkm", "@MLOpsCommunity"} <= set(found.tags)


def test_an_unknown_show_gets_its_guests_and_organisations():
    """Nothing of the seed episode: another show, another introduction style, a sponsor."""
    show = Show(title="Data Talk", author="Data Talk Media", description="A show.", base_url="https://x.example",
                store="file://out", hosts=[Person(name="Jane Doe", handle="@janedoe")])
    text = ("Hello and welcome to Data Talk. This episode is sponsored by Acme Labs. I'm Jane Doe, and joining me "
            "today is Rahul Mehta, a staff engineer at Stripe. Rahul, how did payments infrastructure change "
            "over the last ten years? Well, when I started at Stripe we ran everything on a few big databases. "
            "Andrew Ng said data matters, and he was right about data pipelines. Payment data pipelines grew "
            "very fast. Data pipelines need good monitoring and payment retries need care. So, Rahul, what "
            "would you tell a team building payment retries today? Build idempotent payment retries first. "
            "Thanks for joining us, Rahul.")
    transcript = Transcript(engine="x", model="y", duration=120.0,
                            segments=[Segment(start=0.0, end=120.0, text=text)])
    found = write_notes(show, EpisodeInput(title="Episode 12: Payments at scale", audio="a.mp3"), transcript)
    assert [g.name for g in found.guests] == ["Rahul Mehta"]
    assert "Stripe" in {c.name for c in found.companies}
    # Acme Labs is named only in a sponsor's read-out (issue 13: sponsors' read-outs are dropped).
    assert not {"Data Talk", "Jane Doe", "Rahul Mehta", "Andrew Ng", "Acme Labs"} & {c.name for c in found.companies}
    assert "@janedoe" in found.tags
    assert any("payment" in q.lower() for q in found.questions)


def test_a_first_name_that_is_also_a_word_names_someone_only_where_it_is_a_name():
    """ "Will" opens questions ("Will you ...?") and is a first name ("Will Ramey"); a title ("Mr.",
    "Dr.") before a name hides neither the name nor its introduction."""
    hosts = [Person(name="Grace Hopper", role="host")]
    text = ("Will you all bear with me? I'm Grace Hopper. Will Google ship it? With us today is Will Ramey, who is "
            "the global head of developer programs at NVIDIA. And today's other guest is Dr. Ada Lovelace. "
            "Welcome to the show, Will! Thanks. Ada, how are you? Very well.")
    found = find_guests(text, hosts, [])
    assert [(g.name, g.affiliation) for g in found] == [
        ("Will Ramey", "Global head of developer programs at NVIDIA"), ("Ada Lovelace", None)]
    assert introduced_names("Will You Join Us? Will Smith said so.") == []


def test_a_first_name_misheard_as_a_word_is_spelled_as_the_guest_says_it():
    """Whisper tiny.en on gt257_pinterest: "So today's guest is Mr. Mission Roy" (Nishant Roy), then "why
    don't we bring mission over", "So, Nishin, ..." and "I'm Nishin"; the dev set's scorer takes "Nishin
    Roy" (ratio 86 to "Nishant Roy"), not "Mission Roy" (64)."""
    hosts = [Person(name="Johnny Boursiquot", role="host"), Person(name="Jon Calhoun", role="host")]
    text = ("Welcome back, Jon. So today's guest is Mr. Mission Roy. He is an engineering manager over at Pinterest. "
            "Why don't we bring mission over and talk? So, Nishin, why don't you give us a brief intro? "
            "Yeah, thanks so much, Johnny. So yeah, I'm Nishin, I've been at Pinterest for five years.")
    assert [(g.name, g.affiliation) for g in find_guests(text, hosts, [])] == [
        ("Nishin Roy", "Engineering manager at Pinterest")]


def _notes_of(hosts: list[Person], show: str, title: str, text: str) -> ShowNotes:
    """The notes an unknown show gets for a minute of speech: its title and hosts, the episode's title."""
    return write_notes(Show(title=show, author="Changelog", description="A show.", base_url="https://x.example",
                            store="file://out", hosts=hosts),
                       EpisodeInput(title=title, audio="a.mp3"),
                       Transcript(engine="x", model="y", duration=60.0,
                                  segments=[Segment(start=0.0, end=60.0, text=text)]))


def test_a_role_said_after_the_guests_name_is_their_affiliation_even_where_the_employer_is_lower_case():
    """Held-out cl480 and gt180 as tiny.en heard them: "Annie Sexton, a UX engineer at render and the author
    of ..." (Render, written as the verb) and "... as the creator of Encore"; an idiom ("an engineer at
    heart") is no employer."""
    hosts = [Person(name="Jerod Santo", role="host")]
    joined = ("So we are joined by Annie Sexton, a UX engineer at render and the author of a blog post. Annie, "
              "thanks for coming on the show.")
    found = find_guests(joined, hosts, [])
    assert [(g.name, g.affiliation) for g in found] == [("Annie Sexton", "UX engineer at Render")]
    idiom = joined.replace("a UX engineer at render and the author of a blog post", "an engineer at heart")
    assert [(g.name, g.affiliation) for g in find_guests(idiom, hosts, [])] == [("Annie Sexton", None)]
    encore = ("And I guess today, Mr. Andrei Erickson has no doubt had to make some as the creator of Encore, a "
              "seemingly kitchen sink included back in framework. So welcome, Andrei.")
    assert introduced_affiliation("Andrei Erickson", encore) == "Creator of Encore"
    notes = _notes_of(hosts, "The Changelog", "Git your reset on", joined)
    assert "Render" in {c.name for c in notes.companies}


def test_a_guest_whose_first_name_alone_is_heard_in_doubt_is_still_in_the_opening():
    """Held-out ft80: only "Kurt" is said ("Well, Kurt, thanks for joining me"). Written down, the guest is
    Kurt; as tiny.en heard it ("Well Kirk", at 0.61), no guest is named and the opening says the host talks
    with a guest rather than discusses the topics alone."""
    hosts = [Person(name="Adam Stacoviak", role="host")]
    text = ("Well, Kurt, thanks for joining me. Welcome to Founders Talk. Hey, thanks for having me. Databases in "
            "the cloud were a hard sell back then. Managed databases needed trust, and trust in databases took "
            "years. Now databases run everywhere, close to the users of every app.")
    notes = _notes_of(hosts, "Founders Talk", "Iterating to globally distributed apps", text)
    assert [g.name for g in notes.guests] == ["Kurt"]
    assert notes.summary.startswith("In this episode, Kurt joins Adam Stacoviak to discuss ")
    heard = text.replace("Well, Kurt,", "Well Kirk,")
    words = [Word(start=i, end=i + 0.5, word=f" {w}", probability=0.61 if w == "Kirk," else 0.95)
             for i, w in enumerate(heard.split())]
    notes = write_notes(Show(title="Founders Talk", author="Changelog", description="A show.",
                             base_url="https://x.example", store="file://out", hosts=hosts),
                        EpisodeInput(title="Iterating to globally distributed apps", audio="a.mp3"),
                        Transcript(engine="x", model="y", duration=60.0,
                                   segments=[Segment(start=0.0, end=60.0, text=heard, words=words)]))
    assert notes.guests == []
    assert notes.summary.startswith("In this episode, Adam Stacoviak talks with a guest about ")


def test_a_first_name_heard_in_doubt_names_the_guest_once_a_second_model_heard_it_alike():
    """Held-out set 22's si57, as tiny.en heard it: "Hi, Frederic. Welcome back to Ship It." ("Frederic." at
    0.53, the greeting ended before the welcome). Doubted, the name names no one; marked ``confirmed_by``
    (Whisper base heard it alike, tasks/transcription/addressed.py), it names the guest."""
    hosts = [Person(name="Gerhard Lazu", role="host")]
    heard = ("Hi, Frederic. Welcome back to Ship It. Thanks for having me back. Continuous profiling finds where "
             "programs spend their time. Profiles are cheap to collect in production now, and profiling data "
             "shows which functions burn the most CPU.")

    def guests(confirmed_by: str | None) -> list[str]:
        words = [Word(start=i, end=i + 0.5, word=f" {w}", probability=0.53 if w == "Frederic." else 0.95,
                      confirmed_by=confirmed_by if w == "Frederic." else None) for i, w in enumerate(heard.split())]
        notes = write_notes(Show(title="Ship It", author="Changelog", description="A show.",
                                 base_url="https://x.example", store="file://out", hosts=hosts),
                            EpisodeInput(title="Continuous profiling", audio="a.mp3"),
                            Transcript(engine="x", model="y", duration=60.0,
                                       segments=[Segment(start=0.0, end=60.0, text=heard, words=words)]))
        return [g.name for g in notes.guests]

    assert guests(None) == []
    assert guests("base") == ["Frederic"]


@pytest.mark.parametrize(("opening", "hosts", "expected"), [
    # Held-out set 24's ft58: a recorded intro speaks of the guest, who is never welcomed.
    ("What's it like to be on a mission of making open source better? Donald Fischer is one of four "
     "co-founders and the CEO of Tidelift. Their mission is to pay the maintainers. So I asked Donald what "
     "it's like to be on this mission.", ["Adam Stacoviak"], [("Donald Fischer", "CEO of Tidelift")]),
    # gt263: introduced "to you" by first name, and described by pronoun.
    ("Today we are going to be talking to tech lawyer Luis Villa, who returns to the show. I would like to "
     "introduce you to Luis, who is a programmer turned attorney. And currently, he's the co-founder of "
     "Tidelift. Welcome to the podcast.", ["Angelica Hill"], [("Luis Villa", "Co-founder of Tidelift")]),
    # gt267: the full name opens a sentence after an ellipsis; the welcome is by first name.
    ("We're also joined by - you won't believe it... Carl Johnson's back. Hello, Carl. Welcome back! Hi, "
     "guys. It's great to be back.", ["Mat Ryer", "Johnny Boursiquot"], [("Carl Johnson", None)]),
    # pai187: the co-host who is away is no guest.
    ("This is Daniel Whitenack, and I'm not joined today by Chris, who is in a plane somewhere. We have with "
     "us Solana Larsen, who is the editor at Mozilla. Welcome!", ["Daniel Whitenack"],
     [("Solana Larsen", "Editor at Mozilla")]),
    # Set 28's gt316: the two guests say where they both work.
    ("Our guests for today are Matt Boyle and Chris Shepherd. Hi, guys. What do you guys do and where? We're both "
     "currently working at Cloudflare, and before that we worked for a startup in London called Curve. I've "
     "been at Cloudflare myself for about three years.", ["Natalie Pistunovich"],
     [("Matt Boyle", "Cloudflare"), ("Chris Shepherd", "Cloudflare")]),
    # Set 32's gt71: "guest for today"; the hosts' names after "St." are no one spoken to.
    ("Welcome back, everybody, to another episode of GoTime. On the show today we have myself, Erik St. Martin, "
     "Carlisia Pinto... Hi, there. Brian Ketelsen... Thanks. And our special guest for today is Carmen Andoh. Hi! "
     "Do you wanna give everybody a little history about yourself? Sure. Hi, everyone. I am a build "
     "infrastructure engineer at TravisCI.", ["Erik St. Martin", "Carlisia Pinto", "Brian Ketelsen"],
     [("Carmen Andoh", "Build infrastructure engineer at TravisCI")]),
    # si112: the episode's interview, by first name; a drink after "Dr." is no one spoken to.
    ("But the main topic is an interview with Matti about Gitea. He asked for git Dr. Pepper, y'all. I'm drinking "
     "a lot less Dr. Pepper, okay? I'm trying to lose some weight.", ["Justin Garrison", "Autumn Nash"],
     [("Matti", None)]),
    # jsp107: a role at a company whose name is written in lower case, before the guest's name.
    ("The special guest we have - and we're super-excited, of course, to have the CTO of npm here, Ahmad Nassri. "
     "Ahmad, thanks so much for joining us.", ["Jerod Santo"], [("Ahmad Nassri", "CTO of npm")]),
    # cl280: someone the guest credits, "as well as" another he credits, is no guest.
    ("So Jeremy, why are you writing Redox? Well, Steve Klabnik has actually been very helpful in some of these "
     "areas, as well as Phil Oppermann, who wrote a blog about writing Rust operating systems.", ["Jerod Santo"],
     [("Jeremy", None)]),
    # Set 22's cl251 and set 1's si21: two guests by first name, welcomed as "our guests" or joining us.
    ("We're gonna talk about JAMstack. First, let's welcome our guests, Matt and Chris. Thanks so much for joining "
     "us. Thank you!", ["Jerod Santo", "Adam Stacoviak"], [("Matt", None), ("Chris", None)]),
    ("And now, in episode 21, it's finally happening. It's a special moment where Chris and Stephen are joining us "
     "in person. Welcome. Thanks for having us.", ["Gerhard Lazu"], [("Chris", None), ("Stephen", None)]),
])
def test_guests_spoken_of_as_hosts_introduce_them(opening, hosts, expected):
    """Four openings of held-out set 24, one of set 28, four of set 32 and one each of sets 1 and 22 (true text,
    shortened), each of which found a wrong guest, none, or no employer before stop 39 (set 28's, stop 40; the
    others', stop 43); what the notes list, and where each guest works."""
    text = opening + " Open source licences matter to every company that ships software."
    notes = write_notes(Show(title="A Show", author="A", description="A show.", base_url="https://x.example",
                             store="file://out", hosts=[Person(name=h, role="host") for h in hosts]),
                        EpisodeInput(title="An episode", audio="a.mp3"),
                        Transcript(engine="x", model="y", duration=60.0,
                                   segments=[Segment(start=0.0, end=60.0, text=text)]))
    assert [(g.name, g.affiliation) for g in notes.guests] == expected


def test_a_company_the_host_seems_to_speak_to_is_no_guest():
    """Held-out set 28's ft54, its whole excerpt: "Unsplash, to me now, ..." and "you may know, for sure,
    Unsplash." read as Unsplash spoken to twice, and the entity model reads the word as a person as often as
    an organisation; before stop 40 the summary opened "Mikael and Unsplash join Adam Stacoviak"."""
    excerpt = json.loads((REPO / "benchmarks/heldout28/episodes/ft54_unsplash/truth.json").read_text())
    found = find_guests(excerpt["transcript_text"], [Person(name="Adam Stacoviak", role="host")], [])
    assert [g.name for g in found] == ["Mikael"]


@pytest.mark.parametrize(("episode", "expected"), [
    # The guest greeted by first name right after his full name: "catch up with Justin Searls. Justin, hello!";
    # his company said to him near the end: "a unique position with your company, Test Double".
    ("jsp145_testdouble", [("Justin Searls", "Test Double")]),
    # Never welcomed by name; he says who he is in the pitch he retells: "Hi, I'm Arnaud, and I'm the founder
    # of Echoes".
    ("si24_echoes", [("Arnaud", "Founder of Echoes")]),
    # "Efficient Linux at the Command Line", the book in the guest's description, is no second guest.
    ("cl547_google", [("Daniel J. Barrett",
                       "Author of the Linux Pocket Guide and more recently Efficient Linux at Command Line")]),
])
def test_guests_greeted_or_self_introduced_by_first_name(episode, expected):
    """Held-out set 29 (opened in stop 41), whole excerpts, true text: before, jsp145 and si24 listed no guest
    and cl547 listed "Efficient Linux" as a second one."""
    notes = _notes_of_excerpt("heldout29", episode)
    assert [(g.name, g.affiliation) for g in notes.guests] == expected
    assert notes.summary.startswith(f"In this episode, {expected[0][0]}")
    assert "talking with" not in notes.summary  # jsp145's "So we're here talking with Justin, and Justin - ..."


def test_what_the_guests_work_on_is_no_guest():
    """Held-out set 30's gt61 (opened in stop 41): "our special guest for today, we actually have two, both
    working on Cloud Foundry, is Jason Keene and Andrew Poydence" opened the summary "Cloud Foundry, Jason
    Keene and Andrew Poydence join ..."."""
    notes = _notes_of_excerpt("heldout30", "gt61_pivotal")
    assert [g.name for g in notes.guests] == ["Jason Keene", "Andrew Poydence"]


def test_a_question_a_written_transcript_runs_on_from_is_listed():
    """si24 of set 29: "... which was 2-3 weeks ago?...very recently." ended no sentence, so the host's one
    substantive question was never read as a question and three stock ones stood in ("Why do seconds
    matter?")."""
    notes = _notes_of_excerpt("heldout29", "si24_echoes")
    assert "How did Echoes change since you've launched at Y Combinator, which was 2-3 weeks ago?" in notes.questions
    assert not any("seconds" in q for q in notes.questions)


def _notes_of_excerpt(folder: str, episode: str) -> ShowNotes:
    """Notes written from a held-out excerpt's true text, as one segment, with its hosts and nothing else."""
    excerpt = json.loads((REPO / f"benchmarks/{folder}/episodes/{episode}/truth.json").read_text())
    hosts = [Person(name=h["name"], role="host") for h in excerpt["hosts"]]
    return _notes_of(hosts, "A Show", "An episode", excerpt["transcript_text"])


def _addressed(text: str, guests: list[str], companies: list[str]) -> list[str | None]:
    found = addressed_affiliations([Person(name=g, role="guest") for g in guests], text,
                                   [Company(name=c) for c in companies])
    return [g.affiliation for g in found]


def test_where_the_hosts_say_the_guests_work_is_their_affiliation():
    """jsp315: "You're both on the Chrome team at Google" said to the two guests; ft92: the host's welcome
    says "You're one of our sponsors ... I think FireHydrant is such a cool company"."""
    both = ("With us today are Annie Sullivan and Rick Viscomi. Welcome. Happy to have you both here. "
            "You're both on the Chrome team at Google. Annie, you're the tech lead for Core Web Vitals.")
    assert _addressed(both, ["Annie Sullivan", "Rick Viscomi"], ["Google", "Core Web Vitals"]) == ["Google", "Google"]
    welcome = ("Robert Ross, thanks for joining me. We've been chatting behind the scenes. You're one of our "
               "sponsors. I think fire hydrant is such a cool company. Welcome to Founders Talk.")
    assert _addressed(welcome, ["Robert Ross"], ["FireHydrant"]) == ["FireHydrant"]
    # The same welcome as tiny.en cuts it, in eight sentences: the company is 65 words after the name, in the
    # seventh. Much further on, it is no longer the welcome.
    heard = ("Robert Ross, thanks for joining me. We've been chatting behind the scenes for a while now. You're "
             "one of our sponsors. And I love catching up with the sponsors on the show, too. Because for us, just "
             "to be super clear with our listening audience in case it hasn't been that clear. We choose our "
             "sponsors just as well as they choose us. And I think Fire Hydrant is such a cool company. And the "
             "conversations I've had with you behind the scenes just about your journey has been very interesting.")
    assert _addressed(heard, ["Robert Ross"], ["Fire Hydrant"]) == ["Fire Hydrant"]
    later = heard.replace("And I think", "And the show goes on and on. " * 4 + "And I think")
    assert _addressed(later, ["Robert Ross"], ["Fire Hydrant"]) == [None]
    # One guest of two called by name: only theirs.
    called = "Our guests are Ann Lee and Bo Chan. Welcome. Ann, you work at Stripe, right? Bo, tell us more."
    assert _addressed(called, ["Ann Lee", "Bo Chan"], ["Stripe"]) == ["Stripe", None]


def test_what_the_hosts_say_is_no_affiliation_unless_it_says_where_the_guest_works():
    """A past employer, what the work is on, a product liked, a company the welcome names beside another or
    without speaking to the guest as one, or what is said before the guest is introduced: none is where the
    guest works."""
    cases = [
        ("Our guest is Ada Lovelace. Welcome. You were at Google for years.", ["Google"]),
        ("Our guest is Ada Lovelace. Welcome. You're the tech lead for Core Web Vitals.", ["Core Web Vitals"]),
        ("Our guest is Ada Lovelace. Welcome. You're a big fan of Kubernetes, right?", ["Kubernetes"]),
        ("Ada Lovelace, welcome. You're one of our sponsors. Acme and Initech are cool.", ["Acme", "Initech"]),
        ("Ada Lovelace, welcome. I think Acme is such a cool company. Tell us about yourself.", ["Acme"]),
        # Held-out set 16's ft86: a company named before the guest is spoken to as one is something else.
        ("Ada Lovelace, welcome to Founders Talk. You had that talk at Strange Loop. And I'm a fan of the company you "
         "run, which I think is a super cool name for the cast that makes up your company.", ["Strange Loop"]),
        ("You're at Google, Jon, right? Sure. Our guest is Ada Lovelace. Welcome.", ["Google"]),
    ]
    for text, companies in cases:
        assert _addressed(text, ["Ada Lovelace"], companies) == [None], text



# The common ways a guest's employer is said, written before a fourth held-out set was measured: each
# introduction names the guest, and the affiliation must name the organisation it says.
STATED_EMPLOYERS = [
    ("Today I'm joined by Maria Olsen, VP of Engineering at Brightwave.", "VP of Engineering at Brightwave"),
    ("Joining us today is Maria Olsen from Brightwave.", "Brightwave"),
    ("Maria Olsen joins us from Brightwave.", "Brightwave"),
    ("Our guest is Maria Olsen, over at Brightwave.", "Brightwave"),
    ("Our guest is Maria Olsen, Brightwave's head of AI.", "Head of AI at Brightwave"),
    ("My guest is Maria Olsen. Welcome. Hi, my name is Maria Olsen and I work for Brightwave.", "Brightwave"),
    ("Our guest is Maria Olsen. Hi everyone, I'm Maria Olsen, I work at a company called Brightwave.", "Brightwave"),
    ("Our guest is Maria Olsen. Maria Olsen is the founder of Brightwave.", "Founder of Brightwave"),
    ("We're talking with Maria Olsen, who leads the data team at Brightwave.", "Lead of the data team at Brightwave"),
    ("Our guest is Maria Olsen. Maria runs developer relations at Brightwave.",
     "Lead of developer relations at Brightwave"),
    ("Our guest is Maria Olsen. I'm Maria Olsen, and I'm the CEO at Brightwave.", "CEO at Brightwave"),
    ("Our guest is Maria Olsen. Tell us about yourself. Sure, I lead engineering at Brightwave.",
     "Lead of engineering at Brightwave"),
    ("Our guest is Maria Olsen. So I've been at Brightwave for five years now.", "Brightwave"),
    ("Our guest is Maria Olsen. I'm an engineer on the Chrome team at Google.",
     "Engineer on the Chrome team at Google"),
    ("Our guest is Maria Olsen, who works on Kubernetes at Google.", "Google"),
    ("Our guest is Maria Olsen. A few years ago I started a company called Brightwave.", "Founder of Brightwave"),
    ("Our guest is Maria Olsen. I co-founded Brightwave with two friends in 2019.", "Founder of Brightwave"),
    ("Our guest is Maria Olsen. These days I'm at Brightwave, where I run the platform team.", "Brightwave"),
    ("Our guest is Maria Olsen, who recently joined Brightwave.", "Brightwave"),
    ("Our guest is Maria Olsen. She's been at Brightwave since 2018.", "Brightwave"),
    ("Our guest is Maria Olsen. Maria works at Brightwave.", "Brightwave"),
]


@pytest.mark.parametrize("introduction, affiliation", STATED_EMPLOYERS)
def test_the_common_ways_of_saying_where_a_guest_works_give_the_affiliation(introduction, affiliation):
    hosts = [Person(name="Grace Hopper", role="host")]
    text = (f"Welcome to the show, everybody. I'm Grace Hopper. {introduction} Thanks for having me, it's great "
            "to be here. So let's start with your background and the work.")
    assert [(g.name, g.affiliation) for g in find_guests(text, hosts, [])] == [("Maria Olsen", affiliation)]


def test_what_a_guest_says_of_their_work_after_their_first_name_or_when_spoken_to_is_their_affiliation():
    """Held-out set 4's introductions, as its true text says them: a guest who gives only a first name and
    says where they work five sentences on (gt255), "my day job is working for a company called X"
    (jsp290), a host speaking to each of two guests in turn (si110), and "..., who is from X" (pai255)."""
    hosts = [Person(name="Natalie Pistunovich", role="host")]
    tiago = ("We are also joined by Liran Haimovitch and by Tiago Queiroz. Liran, you are in Tel Aviv. Yeah. So my "
             "name is Liran Haimovitch, I'm the CTO of Rookout. Thank you. Tiago, you are also here in Berlin. Yes. "
             "Hi, everybody. I'm Tiago. Yeah, I live here in Berlin. I'm originally Brazilian. So I'm a software "
             "engineer, I've been working with Go for five years now. Currently, I work for Elastic.")
    assert [(g.name, g.affiliation) for g in find_guests(tiago, hosts, [])] == [
        ("Liran Haimovitch", "CTO of Rookout"), ("Tiago Queiroz", "Elastic")]
    mark = ("Joining us is Mark Erikson. Welcome. Thanks. So my standard introduction blurb - my day job is working "
            "for a company called Replay.io, where we're building a debugger.")
    assert [g.affiliation for g in find_guests(mark, hosts, [])] == ["Replay.io"]
    two = ("Today on the show we have Bailey Hayes and Taylor Thomas. Bailey, you are the CTO of Cosmonic. And "
           "Taylor, you are director of engineering at Cosmonic. Yes, that is correct.")
    assert [(g.name, g.affiliation) for g in find_guests(two, hosts, [])] == [
        ("Bailey Hayes", "CTO of Cosmonic"), ("Taylor Thomas", "Director of engineering at Cosmonic")]
    karan = "So we have Karan Malhotra here, who is from Nous Research. Welcome. Thanks for having me."
    assert [g.affiliation for g in find_guests(karan, hosts, [])] == ["Nous Research"]
    # "from" said by anyone else is where they are from.
    brazil = "So we have Karan Malhotra here. Welcome. I'm from Brazil, I live in Berlin."
    assert [g.affiliation for g in find_guests(brazil, hosts, [])] == [None]


def test_a_middle_initial_a_saints_name_and_an_apostrophe_are_part_of_a_guests_name():
    """Held-out set 5 (true text): "please welcome back Fred K. Schott" and "our wonderful guest, Erik St.
    Martin, who is a GopherCon organizer" were "Erik St" or no guest at all; "Du'An" was no name."""
    hosts = [Person(name="Nick Nisi", role="host")]
    cases = [
        ("And we have a special guest - please welcome back Fred K. Schott. Fred, how's it going?",
         ("Fred K. Schott", None)),
        ("We're lucky to have our wonderful guest, Erik St. Martin, who is a GopherCon organizer, as well as being "
         "co-author of Go In Action. Welcome, Erik.", ("Erik St. Martin", "GopherCon")),
        ("Hello and welcome to the show, Du'An Lightfoot. Du'An's a developer advocate at AWS. Welcome.",
         ("Du'An Lightfoot", "Developer advocate at AWS")),
    ]
    for text, guest in cases:
        assert [(g.name, g.affiliation) for g in find_guests(text, hosts, [])] == [guest], text
    # An organisation before a role is the weakest reading: a nationality is said that way too.
    ivan = ("With us is Ivan Kwiatkowski. My name is Ivan Kwiatkowski and I'm a French cybersecurity researcher, "
            "and I work for Kaspersky.")
    assert [g.affiliation for g in find_guests(ivan, hosts, [])] == ["Kaspersky"]
    # A possessive is no part of a name, and a rank said with capitals names no organisation.
    text = "Our guest is Ada Lovelace. Welcome. She is a Senior Software engineer. Ada's work is great."
    assert [(g.name, g.affiliation) for g in find_guests(text, hosts, [])] == [("Ada Lovelace", None)]


def test_a_statement_of_where_someone_works_is_the_guests_only_when_it_is_said_of_the_guest():
    """A host's own employer said after the guest's name, the past, a lower-case word, people "who" work
    somewhere, and "I" where two guests are introduced: none is the guest's affiliation."""
    hosts = [Person(name="Grace Hopper", role="host")]
    cases = [
        "Our guest is Maria Olsen. And I'm Grace Hopper, I work at Lockheed Martin.",
        "Our guest is Maria Olsen. Welcome. I used to work at Google, and I worked at Microsoft.",
        "Our guest is Maria Olsen. Welcome. I work at night, mostly.",
        "Our guest is Maria Olsen. Welcome. We talk about engineers who work at Google.",
        "Our guests are Maria Olsen and Tom Berg. Welcome. I work at Google.",
    ]
    for text in cases:
        assert {g.affiliation for g in find_guests(text, hosts, [])} == {None}, text
    # Of two guests, "I" is the one who has just said their name.
    two = "Our guests are Maria Olsen and Tom Berg. Welcome. Hi, my name is Tom Berg, and I work for Acme."
    assert [(g.name, g.affiliation) for g in find_guests(two, hosts, [])] == [("Maria Olsen", None),
                                                                              ("Tom Berg", "Acme")]


def test_what_a_guest_says_after_the_host_hands_them_the_floor_is_theirs():
    """Held-out set 6 (true text): two guests each given the floor by first name ("Let's start with Alex",
    "How about you, Pavel?", jsp310), "So Jon, what do you do? ... I do container things at Chainguard"
    (si105), "familiar with Dan, he works at Bloomberg" said of Daniel (jsp305) and "I'm on the Go team"
    (gt295)."""
    hosts = [Person(name="Kevin Ball", role="host"), Person(name="Amal Hussein", role="host")]
    two = ("We have two experts from the Signals team. First off, let me introduce Alex Rickabaugh. Alex, how's it "
           "going? Great. Our second guest, Pavel Kozlowski. Hey! Tell us about your background. Let's start with "
           "Alex. Sure. Yeah, so I'm a software engineer at Google. I've been there since 2010. Nice. How about "
           "you, Pavel? So I was working in a company doing software for the travel industry. I joined Wix two "
           "years ago.")
    assert [(g.name, g.affiliation) for g in find_guests(two, hosts, [])] == [
        ("Alex Rickabaugh", "Software engineer at Google"), ("Pavel Kozlowski", "Wix")]
    # Without the floor handed over, "I" of two guests is nobody's.
    said = two.replace("Let's start with Alex.", "Right.").replace("How about you, Pavel?", "Right.")
    assert {g.affiliation for g in find_guests(said, hosts, [])} == {None}
    jon = ("Our guest today is Jon Johnson. Thanks for joining. Hi. Does coffee help you focus? "
           "It does. See, Jon's dropping the wisdom. So Jon, what do you do? What do I do? I do container things "
           "at Chainguard. In a previous life I did a lot of container things at Google.")
    assert [(g.name, g.affiliation) for g in find_guests(jon, hosts, [])] == [("Jon Johnson", "Chainguard")]
    dan = ("Our guest today is Daniel Ehrenberg. Welcome, Dan. Hello. Thanks for having "
           "me here. We're thrilled. We're so thrilled. It's our last show this year. So for folks who might not be "
           "familiar with Dan, he works at Bloomberg.")
    assert [g.affiliation for g in find_guests(dan, hosts, [])] == ["Bloomberg"]
    roland = "I am joined today by Roland Shoemaker. Yeah, and I'm Roland Shoemaker, I'm on the Go team."
    notes = _notes_of(hosts, "Go Time", "Crypto", roland)
    assert [(g.name, g.affiliation) for g in notes.guests] == [("Roland Shoemaker", "Go team")]
    assert notes.summary.startswith("In this episode, Roland Shoemaker of the Go team joins ")


def test_guests_welcomed_in_ways_set_8_heard():
    """Held-out set 8 (audio): "We have the wonderful Sophie Alpert with us today. Welcome, Sophie." (the
    entity model reads her name as an organisation, and the comma of "Welcome," hid the second address),
    her employer said after two short replies with two adverbs ("she's now currently head of engineering at
    Humu", jsp202); a surname the recogniser once wrote in lower case ("Richard hip here", cl454); two
    guests welcomed in one breath by first name ("welcome Jason and John today from Transistor FM", si61)."""
    hosts = [Person(name="Amal Hussein", role="host"), Person(name="Divya Sasidharan", role="host")]
    sophie = ("Hello, party people. We have the wonderful Sophie Alpert with us today. Welcome, Sophie. Hello. "
              "Thank you for having me. And on the panel today is Divya. Sophie was on the core React team for "
              "many years. That's right. Yeah. And so she's now currently head of engineering at Humu, so we'll "
              "talk about her career. Lots to get into, so welcome, Sophie.")
    assert [(g.name, g.affiliation) for g in find_guests(sophie, hosts, [])] == [
        ("Sophie Alpert", "Head of engineering at Humu")]
    changelog = [Person(name="Jerod Santo", role="host"), Person(name="Adam Stacoviak", role="host")]
    richard = ("Alright, we have Richard hip here to return to the Changelog. Richard, welcome back. Thank you. We "
               "first had you on the show back in 2016, talking SQLite. With Richard Hip, how you pronounce SQLite, "
               "we set the record straight. And that's the most linked episode, not only that, Richard.")
    assert [g.name for g in find_guests(richard, changelog, [])] == ["Richard Hip"]
    # Said in lower case as a whole, the words are ordinary ones, not a name ("Embedded Systems").
    assert [g.name for g in find_guests(richard.replace("Richard hip", "richard hip"), changelog, [])] == []
    gerhard = [Person(name="Gerhard Lazu", role="host")]
    two = ("And with that in mind, I'm super happy to welcome Jason and John today from Transistor FM. Welcome. "
           "Thanks. So tell us more about that journey for you, John.")
    assert [(g.name, g.affiliation) for g in find_guests(two, gerhard, [])] == [
        ("Jason", "Transistor FM"), ("John", "Transistor FM")]


def test_a_cold_open_that_says_who_the_guest_is_introduces_them_once():
    """Held-out ft70 (true text): "Sid Sijbrandij is the co-founder and CEO of GitLab, an all-remote company
    ... Sid, what kind of person were you before GitLab?" names the guest before any welcome. The summary's
    opening says so, and no body sentence says it again (pai183, gt201: "Grant is on the ... team at Aqua
    Security" after "Grant Seltzer of Aqua Security joins ...")."""
    adam = [Person(name="Adam Stacoviak", role="host")]
    sid = ("Sid Sijbrandij is the co-founder and CEO of GitLab, an all-remote company and complete dev ops "
           "platform. As a company they have their eyes set on taking the company public, and they're very "
           "outspoken about their culture, their open handbook, and how they work as an all-remote company. "
           "So that's where we started. Sid, what kind of person were you before GitLab? I was born and raised "
           "in the Netherlands. I switched to management science, which combines an MBA with engineering. "
           "Remote work changes how a company writes down its decisions and its handbook. Boring solutions "
           "are one of the sub-values at GitLab, because they keep the platform simple to run.")
    notes = _notes_of(adam, "Founders Talk", "Boring solutions", sid)
    assert [(g.name, g.affiliation) for g in notes.guests] == [("Sid Sijbrandij", "Co-founder and CEO of GitLab")]
    assert notes.summary.startswith("In this episode, Sid Sijbrandij, co-founder and CEO of GitLab, joins Adam ")
    assert notes.summary.count("Sid Sijbrandij") == 1, notes.summary
    # Said of someone never spoken to, a role is no introduction.
    assert find_guests(sid.replace("Sid, what", "So what"), adam, []) == []


def test_guests_introduced_in_ways_set_9_heard():
    """Held-out set 9 (audio and true text): "We're here today with Brian Helming CTO of Zapier" (ft55: the
    cue "we're here today with", and the recogniser dropped the comma before the role), and "We're also
    joined by a member of the Go team who's been working on the runtime ... Welcome to the show, Michael
    Knyszek" (gt165: who the guest is, said before their name)."""
    adam = [Person(name="Adam Stacoviak", role="host")]
    zapier = ("We're here today with Brian Helming CTO of Zapier and Zapier makes you happier right Brian That's "
              "correct. I heard that once it's a fun thing.")
    assert [(g.name, g.affiliation) for g in find_guests(zapier, adam, [])] == [("Brian Helming", "CTO of Zapier")]
    # Without the comma only a role said at once is one: a verb after the name is no apposition.
    joined = "We're here today with Brian Helming joined the team at Zapier last year. Brian, welcome."
    assert [(g.name, g.affiliation) for g in find_guests(joined, adam, [])] == [("Brian Helming", None)]
    hosts = [Person(name="Mat Ryer", role="host"), Person(name="Jon Calhoun", role="host")]
    go = ("Joining me today to discuss this, it's regular Jon Calhoun. Hello, Jon. Hey, Mat. We're also joined by a "
          "member of the Go team who's been working on the runtime for the last 2.3 years, he told me. Welcome to "
          "the show, Michael Knyszek. Hello! Hello. Welcome!")
    notes = _notes_of(hosts, "Go Time", "When Go programs end", go)
    assert [(g.name, g.affiliation) for g in notes.guests] == [("Michael Knyszek", "Member of the Go team")]
    assert notes.summary.startswith("In this episode, Michael Knyszek, member of the Go team, joins Mat Ryer and ")
    # Someone else named between the description and the guest takes it with them.
    other = go.replace("he told me.", "and Ada Lovelace told me.")
    assert [(g.name, g.affiliation) for g in find_guests(other, hosts, [])] == [("Michael Knyszek", None)]


def test_guests_told_who_they_are_in_ways_set_10_heard():
    """Held-out set 10 (true text), each once blind: "Pia, you're now the CEO of Open Collective." (ft52:
    the surname never said), "So Mike, you are a tech lead and a software engineer at Tecton." (gt215),
    "to have the CEO of Xelex with me, Mark Christensen" (pai195, whose absent co-host "I'm normally joined
    by" is no guest), and "you started this company called Mode" said to the one guest (cl600)."""
    adam = [Person(name="Adam Stacoviak", role="host")]
    pia = ("Pia, you're now the CEO of Open Collective. Tell me what that means. It means we help communities "
           "raise money in the open.")
    assert [(g.name, g.affiliation) for g in find_guests(pia, adam, [])] == [("Pia", "CEO of Open Collective")]
    hosts = [Person(name="Natalie Pistunovich", role="host"), Person(name="Johnny Boursiquot", role="host")]
    mike = ("And we are joined today by Mike Eastham. Hi, Mike! Hello! We talk about feature stores. So Mike, you "
            "are a tech lead and a software engineer at Tecton. That's right.")
    assert [(g.name, g.affiliation) for g in find_guests(mike, hosts, [])] == [
        ("Mike Eastham", "Tech lead and a software engineer at Tecton")]
    daniel = [Person(name="Daniel Whitenack", role="host")]
    mark = ("I'm a data scientist with SIL International, and I'm normally joined by Chris Benson, who is a tech "
            "strategist at Lockheed Martin, but he won't be joining today. And I'm really pleased today to have the "
            "CEO of Xelex with me, Mark Christensen. So welcome to the show, Mark.")
    assert [(g.name, g.affiliation) for g in find_guests(mark, daniel, [])] == [("Mark Christensen", "CEO of Xelex")]
    jerod = [Person(name="Jerod Santo", role="host")]
    benn = ("I am joined today by Benn Stancil, whose Substack I've been following. Benn, you are a writer in the "
            "data world. So you were a hesitant writer, and then you started this company called Mode. Yes.")
    notes = _notes_of(jerod, "The Changelog", "Data", benn)
    assert [(g.name, g.affiliation) for g in notes.guests] == [("Benn Stancil", "Founder of Mode")]
    # Said of a language, "started" is learning it, no company.
    python = benn.replace("you started this company called Mode", "you started Python")
    assert [(g.name, g.affiliation) for g in _notes_of(jerod, "The Changelog", "Data", python).guests] == [
        ("Benn Stancil", None)]


def test_guests_introduced_in_ways_set_11_heard():
    """Held-out set 11 (true text, blind once with stop 31's and stop 32's code): two guests introduced by
    first name in one breath, the absent co-host "Normally we would have ..." no guest (pai231); "here with
    Justin from Test Double", the surname said later (cl521); "Hello, Matan, our guest for today", told his
    university 740 words in after a dash (gt227); "I’m talking with" set with a typographer's apostrophe
    (ft60); a guest welcomed after the hosts have talked for 800 words (si91); and "a welcome from Mozilla"
    welcomes nobody (set 9's cl400)."""
    chris = [Person(name="Chris Benson", role="host")]
    pair = ("My name is Chris Benson. Normally we would have Daniel Whitenack joining us, but Daniel has just gotten "
            "off a plane. I'd like to introduce Varun, who is the CEO and co-founder of Codeium, and Anshul, who is "
            "the lead of their enterprise and partnership. Welcome to the show, guys. Thanks for having us.")
    assert [(g.name, g.affiliation) for g in find_guests(pair, chris, [])] == [
        ("Varun", "CEO and co-founder of Codeium"), ("Anshul", None)]
    hosts = [Person(name="Jerod Santo", role="host"), Person(name="Adam Stacoviak", role="host")]
    justin = ("Well, we're here with Justin from Test Double. What's up, man? Welcome to the show. Hey! Any listener "
              "remembering Justin Searles was on back in like the one hundreds. Tell us about Test Double.")
    assert [(g.name, g.affiliation) for g in find_guests(justin, hosts, [])] == [("Justin Searles", "Test Double")]
    go = [Person(name="Natalie Pistunovich", role="host"), Person(name="Mat Ryer", role="host")]
    chat = " ".join(["We talked about rubber ducks and the plants in the background for a while."] * 60)
    matan = (f"Hello to Mat, my co-host. Hello, Matan, our guest for today. Welcome! {chat} In a less smooth "
             "transition, no jokes - Matan, you are a Ph.D. candidate at The Technion in Israel.")
    assert [(g.name, g.affiliation) for g in find_guests(matan, go, [])] == [("Matan", "Ph.D. candidate at Technion")]
    adam = [Person(name="Adam Stacoviak", role="host")]
    travis = ("For the final show of 2018 I’m talking with Travis Kimmel, the CEO of GitPrime. So I asked him, "
              "\"Travis, are you down with being vulnerable?\" Broadly or right now?")
    assert [(g.name, g.affiliation) for g in _notes_of(adam, "Founders Talk", "GitPrime", travis).guests] == [
        ("Travis Kimmel", "CEO of GitPrime")]
    ship = [Person(name="Justin Garrison", role="host"), Person(name="Autumn Nash", role="host")]
    hosts_talk = " ".join(["I worked on animated films and then on containers for quite a few years."] * 60)
    jason = (f"I am your host, Justin Garrison, and with me is Autumn Nash. {hosts_talk} Today on the show we have "
             "Jason Hall, a principal engineer at Chainguard. Welcome to the show, Jason. Hey, good to be here.")
    assert jason.find("Jason Hall") > 3000  # past stop 32's opening
    assert [(g.name, g.affiliation) for g in find_guests(jason, ship, [])] == [
        ("Jason Hall", "Principal engineer at Chainguard")]
    mozilla = ("We're here with Ronak Shah. Welcome! Well, you've got a welcome from Mozilla on that front; Caitlin "
               "Neiman mentioned in a blog post that you announced this thing.")
    assert [g.name for g in find_guests(mozilla, hosts, [])] == ["Ronak Shah"]


def test_guests_introduced_in_ways_set_13_heard():
    """Held-out set 13 (true text, measured blind once with stop 32's code and once with stop 33's first
    rules): two guests never welcomed, only spoken to again and again by first name (si15); "our special
    guest, CTO of Cloudflare - it's only John Graham-Cumming" and "I'm Cloudflare's CTO" (gt113); a first
    name introduced and spoken to, the surname garbled (pai166 from audio); "I quit my job ... and started a
    company called Nothing Magical", before "I started HTML when I was ten" (ft38)."""
    gerhard = [Person(name="Gerhard Lazu", role="host")]
    pair = ("This is a follow-up: two years ago we talked with Dan and Jared about Crossplane. So Jared, where is "
            "Marques? He is at Equinix now. Dan, do you remember which version was out? That is a hard question. "
            "Jared, what do you remember? Version one, I think. Dan, do you wanna readjust? No. Jared, what do you "
            "think? Over a thousand.")
    assert [g.name for g in find_guests(pair, gerhard, [])] == ["Dan", "Jared"]
    once = pair.replace("Dan, do you wanna readjust? No.", "Do you wanna readjust? No.")
    assert [g.name for g in find_guests(once, gerhard, [])] == ["Jared"]  # spoken to once, Dan may be anyone
    # Set 11's ft60 as tiny.en heard it ("Broadly or right now?"): a word said twice before a comma is no name.
    adverb = ("I'm talking with Travis Kimmel, the CEO of GitPrime. Travis, are you down with being vulnerable? "
              "Probably, or right now? Probably, I guess right now too. Sure.")
    assert [g.name for g in find_guests(adverb, [Person(name="Adam Stacoviak", role="host")], [])] == [
        "Travis Kimmel"]
    go = [Person(name=n, role="host") for n in ("Mat Ryer", "Jon Calhoun", "Jaana Dogan")]
    john = ("Today we're taking a look at Cloudflare. And we are also joined by our special guest, CTO of Cloudflare "
            "- it's only John Graham-Cumming. Welcome, John! Thank you for having me.")
    assert [(g.name, g.affiliation) for g in find_guests(john, go, [])] == [
        ("John Graham-Cumming", "CTO of Cloudflare")]
    mine = john.replace("our special guest, CTO of Cloudflare - it's only", "").replace(
        "Thank you for having me.", "Thank you. And I'm Cloudflare's CTO.")
    assert [(g.name, g.affiliation) for g in find_guests(mine, go, [])] == [
        ("John Graham-Cumming", "CTO of Cloudflare")]
    # pai166 as tiny.en heard it: the surname garbled, the first name introduced and then spoken to.
    chris = [Person(name="Chris Benson", role="host"), Person(name="Natalie Pistunovich", role="host")]
    thomas = ("So I would like to introduce Thomas and Manini. Have I got the last main correct, Thomas? That's "
              "correct. Welcome.")
    assert [g.name for g in find_guests(thomas, chris, [])] == ["Thomas"]
    assert find_guests(thomas.replace(", Thomas?", "?"), chris, []) == []  # never spoken to: a word, maybe
    adam = [Person(name="Adam Stacoviak", role="host")]
    sam = ("I'm joined today by Sam Soffes. This is your time. Cool. Yeah, I quit my job a couple months ago and "
           "started a company called Nothing Magical. It's just me. I started HTML when I was like ten years old.")
    assert [(g.name, g.affiliation) for g in find_guests(sam, adam, [])] == [
        ("Sam Soffes", "Founder of Nothing Magical")]


def test_guests_introduced_in_ways_set_12_heard():
    """Held-out set 12 (true text, measured blind in stops 32 and 33, then opened): the episode's first words
    spoken to the guest by first name, with no welcome ("Spencer, let's begin with ...", ft75) and a company
    the guest founded told as "we started" (a thing's name answered twice, "Yeah, Monster.", is no guest:
    ft76); a middle initial with no dot ("Neil S Primmer", gt301); two guests from one foundation named after
    it (pai162); "you're doing a cool job at GitHub" (cl440); an employer told ten sentences into a guest's
    own story (jsp243)."""
    adam = [Person(name="Adam Stacoviak", role="host")]
    spencer = ("Spencer, let's begin with building a company out of open source. What are the challenges? Well, it's "
               "a long road. Things have changed a lot since we started Acme in 2015. Wasn't there something called "
               "Monster Jobs? Yeah, Monster. We all used it. Yeah, Monster.")
    assert [(g.name, g.affiliation) for g in find_guests(spencer, adam, [])] == [("Spencer", "Founder of Acme")]
    assert find_guests(spencer.replace("Spencer, let's", "So let's"), adam, []) == []  # spoken to by nobody
    angelica = [Person(name="Angelica Hill", role="host")]
    neil = ("So our first wonderful guest is Neil S Primmer, who is a principal architect at Rearc, a consulting firm. "
            "How are you, Neil?")
    assert [(g.name, g.affiliation) for g in find_guests(neil, angelica, [])] == [
        ("Neil S Primmer", "Principal architect at Rearc")]
    assert introduced_names("Our guest is Building A Company today.") == []  # "A" is a word, never an initial
    daniel = [Person(name="Daniel Whitenack", role="host")]
    pair = ("So today we are very excited to host two people from the Radiant Earth Foundation. We have Hamed "
            "Alemohammad and Abba Barde, who are going to talk about data.")
    assert sorted((g.name, g.affiliation) for g in find_guests(pair, daniel, [])) == [
        ("Abba Barde", "Radiant Earth Foundation"), ("Hamed Alemohammad", "Radiant Earth Foundation")]
    martin = ("We're speaking with Martin Woodward... Mark, you're doing a cool job at GitHub, leading a mission. "
              "Can you take us into that? Sure.")
    assert [(g.name, g.affiliation) for g in addressed_affiliations(
        find_guests(martin, adam, []), martin, [Company(name="GitHub")])] == [("Martin Woodward", "GitHub")]
    nick = [Person(name="Nick Nisi", role="host")]
    austin = ("First-time guest with us today is Austin Gil. Austin, tell us about yourself? Yeah, my name is Austin "
              "Gil. " + "I built websites. " * 8 + "So I am doing that now for Akamai, which is an excellent company.")
    assert [(g.name, g.affiliation) for g in find_guests(austin, nick, [])] == [("Austin Gil", "Akamai")]


def test_a_guest_whose_first_name_is_written_two_ways_set_16_heard():
    """Held-out set 16 (true text, measured blind in stop 34, then opened): si125's transcript writes the
    guest's first name two ways ("So Lily is on the show as a guest. Lili Cosic is a senior software engineer.
    Lily, what software ...?") and she names her employer after the time she joined it ("I recently joined a
    month or so ago Influx Data"). The notes had no guest."""
    hosts = [Person(name="Justin Garrison", role="host"), Person(name="Autumn Nash", role="host")]
    text = ("Happy birthday. Thank you. So Lily is on the show as a guest. Lili Cosic is a senior software engineer. "
            "Lily, what software are you responsible for? Sure. So I recently joined a month or so ago Influx Data, "
            "and right now I'm responsible for the cloud service.")
    assert [(g.name, g.affiliation) for g in find_guests(text, hosts, [])] == [("Lili Cosic", "Influx Data")]
    # A name that only looks alike is someone else: the floor goes to them, and what follows is not hers.
    other = text.replace("Lily, what", "Lisa, what")
    assert find_guests(other, hosts, []) == []


def test_a_guest_named_in_the_hosts_narration_set_15_heard():
    """Held-out set 15 (true text, measured blind in stops 33 and 34, then opened in stop 35): ft61's host
    narrates before the first question, "I knew it was time to talk one-on-one with Isaac Schlueter,
    co-founder and former CEO, now Chief Product Officer of npm". The notes had no guest. A name after
    "talk with" is a guest only where who they are follows it."""
    adam = [Person(name="Adam Stacoviak", role="host")]
    text = ("After npm hired a new CEO, I knew it was time to talk one-on-one with Isaac Schlueter, co-founder and "
            "former CEO, now Chief Product Officer of npm, about his choice. So Isaac, where do we begin?")
    assert [g.name for g in find_guests(text, adam, [])] == ["Isaac Schlueter"]
    assert find_guests(text.replace(", co-founder and former CEO,", " and"), adam, []) == []


def test_two_guests_described_together_set_16_heard():
    """Held-out set 16 (true text, opened in stop 35): gt100's host introduces both guests in one breath by
    what they made, "our two guests today are Rob Pike and Robert Griesemer, the creators of the Go
    programming language". The notes gave neither a role. What is said after the second of two names, of
    both (a plural role, "both", "from"), is each one's, and the summary says it once."""
    hosts = [Person(name="Carmen Andoh", role="host"), Person(name="Jon Calhoun", role="host")]
    said = {
        "the creators of the Go programming language": "Creator of Go",
        "both engineers at Google": "Engineer at Google",
    }
    for description, role in said.items():
        text = f"And our two guests today are Rob Pike and Robert Griesemer, {description}. Welcome, Rob."
        assert [(g.name, g.affiliation) for g in find_guests(text, hosts, [])] == [
            ("Rob Pike", role), ("Robert Griesemer", role)]
    text = "And our two guests today are Rob Pike and Robert Griesemer from Google. Welcome."
    assert [g.affiliation for g in find_guests(text, hosts, [])] == ["Google", "Google"]
    # One role said of the second alone is not the first one's.
    text = "And our two guests today are Rob Pike and Robert Griesemer, the creator of Limbo. Welcome."
    assert [g.affiliation for g in find_guests(text, hosts, [])] == [None, "Creator of Limbo"]
    guests = [("Rob Pike", "Creator of Go"), ("Robert Griesemer", "Creator of Go")]
    assert introduction(guests, ["Carmen Andoh"], ["Go"]) == (
        "In this episode, Rob Pike and Robert Griesemer, creators of Go, join Carmen Andoh to discuss Go.")


def test_a_list_of_guests_each_with_a_role():
    """Two guests introduced in one list, each with their role: the second used to be lost, the list
    stopping at the first one's role. Not from any set (none says it this way); a capitalised pair after
    the role that does not end the clause ("and Google Cloud is great") is no guest."""
    hosts = [Person(name="Carmen Andoh", role="host")]
    text = "Our guests are Rob Pike, co-founder of Acme, and Robert Griesemer, CTO of Initech. Welcome."
    assert [(g.name, g.affiliation) for g in find_guests(text, hosts, [])] == [
        ("Rob Pike", "Co-founder of Acme"), ("Robert Griesemer", "CTO of Initech")]
    text = "Our guest is Rob Pike, co-founder of Acme, and Google Cloud is great. Welcome."
    assert [g.name for g in find_guests(text, hosts, [])] == ["Rob Pike"]


def test_guests_introduced_in_the_third_person_or_thanked_by_first_name_set_18_heard():
    """Held-out set 18 (measured blind in stop 35, opened in stop 36): cl350's recorded intro says "Today
    computer scientist Yaw Anokwa joins the show to tell us how Open Data Kit ..." and si23's host thanks
    two guests by first name, "thanking you for making time, Sam, and Solomon to join me today": the notes had
    no guest. cl351's host mentions a guest of another show, "we were just talking with George Mandis, who
    wrote ...", who was listed as this episode's; ft82 heard "The company was called Evan Tale" (Aventail)
    and listed Evan under that name."""
    hosts = [Person(name="Jerod Santo", role="host"), Person(name="Adam Stacoviak", role="host")]
    text = ("I'm Jerod Santo, managing editor here at Changelog. Today computer scientist Yaw Anokwa joins the show "
            "to tell us how Open Data Kit is enabling data connection efforts around the world. Welcome.")
    assert [g.name for g in find_guests(text, hosts, [])] == ["Yaw Anokwa"]
    assert find_guests(text.replace("joins the show", "wrote a book"), hosts, []) == []
    gerhard = [Person(name="Gerhard Lazu", role="host")]
    text = ("So I would like to start by thanking you for making time, Sam, and Solomon to join me today. We would "
            "have had Andrea as well. Thanks for having us. How did the Dagger idea start, Sam?")
    assert [g.name for g in find_guests(text, gerhard, [])] == ["Sam", "Solomon"]
    ned = ("Ned, you maintain two projects. Yes. On another show we do, called JS Party, we were just talking with "
           "George Mandis, who wrote this kind of silly JavaScript library. That's funny.")
    assert [g.name for g in find_guests(ned, hosts, [])] == ["Ned"]
    # ft82 from audio: a company misheard as a name ("Aventail") that starts with the guest's first name is no
    # guest's full name. (Evan himself is lost there too: a first name said with a surname is left to the
    # full name, and "Monster", of "something called Monster Jobs", must stay no one's.)
    evan = [Person(name="Adam Stacoviak", role="host")]
    text = "Evan, welcome to Founders Talk. Thanks, Adam. I was the CEO. The company was called Evan Tale. Evan, how?"
    assert "Evan Tale" not in [g.name for g in find_guests(text, evan, [])]


def test_a_surname_heard_as_a_word_set_18_heard():
    """Held-out set 18 from audio: tiny.en writes a surname that is also a word in lower case, "I'm here with
    Florian rival who is a software engineer at Facebook" (jsp84) and "really excited to get to have Kirsten
    mum with us. She's co-founder and CPO of Storytellers AI" (pai207; the guest is Kirsten Lum). Neither
    was found. After a welcome, a first name, one such word and who they are make a name; a word of time
    ("here with Florian today, who ...") is no surname."""
    kball = [Person(name="Kevin Ball", role="host")]
    text = ("This is K-Ball here reporting live from React Amsterdam, and I'm here with Florian rival who is a "
            "software engineer at Facebook and has developed an open source gaming engine. Nice to be here.")
    assert [(g.name, g.affiliation) for g in find_guests(text, kball, [])] == [
        ("Florian Rival", "Software engineer at Facebook")]
    assert [g.name for g in find_guests(text.replace(" rival", " today,"), kball, [])] == ["Florian"]
    hosts = [Person(name="Daniel Whitenack", role="host"), Person(name="Chris Benson", role="host")]
    text = ("So we're good. And really excited to get to have Kirsten mum with us. She's co-founder and CPO of "
            "Storytellers AI. Welcome. Thank you.")
    assert [(g.name, g.affiliation) for g in find_guests(text, hosts, [])] == [
        ("Kirsten Mum", "Co-founder and CPO of Storytellers AI")]


def test_where_a_guest_still_works_and_where_the_host_met_someone_set_18_heard():
    """Held-out set 18 (true text): gt153's guest, spoken to by first name, says "I worked for GitHub for
    seven years now" (still there), and ft81's host opens "Quinn, ... I'm a fan of your company ... I met
    Beyang a while back, at GopherCon": the notes gave Quinn GopherCon, a conference."""
    hosts = [Person(name="Johnny Boursiquot", role="host")]
    text = ("Thanks for joining us, Mislav. Thank you. Mislav, can you give us a little bit of an intro to "
            "yourself? Who are you, my friend? Sure. I worked for GitHub for seven years now, and I like it.")
    assert [(g.name, g.affiliation) for g in find_guests(text, hosts, [])] == [("Mislav", "GitHub")]
    past = text.replace("seven years now", "seven years")
    assert [(g.name, g.affiliation) for g in find_guests(past, hosts, [])] == [("Mislav", None)]
    adam = [Person(name="Adam Stacoviak", role="host")]
    text = ("Quinn, let's begin at the beginning, man; I'm a fan of your company. I met Beyang a while back, at "
            "GopherCon, and was fascinated with code search. But let's begin with the big news. Yeah.")
    guests = find_guests(text, adam, [])
    assert [(g.name, g.affiliation) for g in addressed_affiliations(guests, text, [Company(name="GopherCon")])] == [
        ("Quinn", None)]
    assert [g.affiliation for g in addressed_affiliations(guests, text.replace("GopherCon", "Acme"), [
        Company(name="Acme")])] == ["Acme"]


def test_where_guests_work_said_to_them_or_by_them_set_17_heard():
    """Held-out set 17 (measured blind in stops 35 and 36, then opened): cl301's host says to both guests
    "You guys have been at Microsoft for a while", gt190's is "joined by the author of Manning Books' "100 Go
    mistakes", Teiva" (the publisher was taken for his employer, Beat: "You're an engineer at Beat, right?"),
    and jsp121's guest works "for a company called neuland - Büro für Informatik", the name in lower case."""
    jerod = [Person(name="Jerod Santo", role="host")]
    text = ("I'm joined by Dan Taylor and Steve Dower. Dan, Steve, first of all, welcome to the show. Thank you. "
            "Let's go back to the beginning. You guys have been at Microsoft for a while. Tell us about Python.")
    guests = find_guests(text, jerod, [])
    companies = [Company(name="Microsoft")]
    assert [(g.name, g.affiliation) for g in addressed_affiliations(guests, text, companies)] == [
        ("Dan Taylor", "Microsoft"), ("Steve Dower", "Microsoft")]
    past = text.replace("have been at", "were at")
    assert [g.affiliation for g in addressed_affiliations(find_guests(past, jerod, []), past, companies)] == [
        None, None]
    mat = [Person(name="Mat Ryer", role="host")]
    text = ("We're joined by the author of Manning Books' “100 Go mistakes - how to avoid them”, Teiva. Hello, "
            "Teiva. Welcome! Hello. Teiva, tell us about yourself first. You're an engineer at Beat, right? Yeah.")
    guests = find_guests(text, mat, [])
    # Said in the sentence right after he is spoken to by name, it is his already (set 21's rule, stop 37).
    assert [(g.name, g.affiliation) for g in addressed_affiliations(guests, text, [Company(name="Beat")])] == [
        ("Teiva", "Engineer at Beat")]
    later = text.replace("first. You're", "first. Sure. I'm glad. You're")
    assert [(g.name, g.affiliation) for g in addressed_affiliations(find_guests(later, mat, []), later, [
        Company(name="Beat")])] == [("Teiva", "Beat")]
    text = ("So we're joined today by the man who has written the book on micro frontends, Michael Geers. Michael, "
            "thanks for joining us. Hi! So tell us about you, Michael. I'm Michael, I'm a software engineer from "
            "Germany, and there I work for a company called neuland - Büro für Informatik.")
    assert [(g.name, g.affiliation) for g in find_guests(text, jerod, [])] == [("Michael Geers", "Neuland")]


def test_a_panelist_misheard_is_no_guest_set_17_heard():
    """Held-out set 17 from audio: jsp122's "Today on the panel we have with us Gerard Santo" (the host Jerod
    Santo, misheard) was listed as a guest beside the real one."""
    hosts = [Person(name="Jerod Santo", role="host"), Person(name="Nick Nisi", role="host")]
    text = ("Hello, hello, to a new episode of JS Party. Today on the panel we have with us Gerard Santo. Hello. "
            "Today for our guest we have Guillermo Rauch from ZEIT. How's it going?")
    assert [(g.name, g.affiliation) for g in find_guests(text, [hosts[1]], [])] == [("Guillermo Rauch", "ZEIT")]


def test_who_joins_a_company_welcomes_no_one_set_17_heard():
    """Held-out set 17 from audio: si73's guest says "So when I joined Lemon Lemon Cash is the full name of
    the company" (the recogniser's "Lemon - Lemon Cash"); the entity model reads a person there, and "joined"
    made it a welcome, so "Lemon Lemon Cash" was listed as a guest."""
    gerhard = [Person(name="Gerhard Lazu", role="host")]
    text = ("Welcome to Ship It. Thanks. So what was the context? So when I joined Lemon Lemon Cash is the full name "
            "of the company that was the exact context in which the company was in. It grew fast.")
    heard = [Segment(start=0.0, end=60.0, text=text)]
    assert "Lemon Lemon Cash" not in [g.name for g in find_guests(text, gerhard, [], segments=heard)]
    joined = text.replace("So when I joined Lemon Lemon Cash", "Today we're joined by Ada Lovelace. Lemon Cash")
    assert [g.name for g in find_guests(joined, gerhard, [], segments=[Segment(start=0.0, end=60.0, text=joined)])] \
        == ["Ada Lovelace"]


def test_where_a_guest_studies_or_teaches_and_a_long_first_answer_set_19_heard():
    """Held-out set 19 (measured blind in stop 36, then opened): pai40's host has "the pleasure of introducing
    to you Adam Stooke. Adam is a graduate student who is studying robotics and deep learning at UC Berkeley"
    (no guest was found); cl490's guest says "So I am teaching cybersecurity policy at the Harvard University
    Kennedy School" sixteen sentences after the host names him, and was given the ACLU, which he spoke of."""
    chris = [Person(name="Chris Benson", role="host")]
    text = ("Normally, I would have my co-host Daniel Whitenack joining me. He was not able to make it this time, "
            "but I have the pleasure of introducing to you Adam Stooke. Adam is a graduate student who is studying "
            "robotics and deep learning at UC Berkeley, and he's focused on reinforcement learning. Welcome!")
    assert [(g.name, g.affiliation) for g in find_guests(text, chris, [])] == [("Adam Stooke", "UC Berkeley")]
    jerod = [Person(name="Jerod Santo", role="host")]
    text = ("So we're here with Bruce Schneier, who's a cryptographer. Bruce, thanks for joining us. Thanks for "
            "having me. What does a public interest technologist do? " + "Tech and policy are different worlds. " * 11
            + "So I am teaching cybersecurity policy at the Harvard University Kennedy School. You work for the ACLU "
            "as an attorney, you feel good about your life.")
    assert [(g.name, g.affiliation) for g in find_guests(text, jerod, [])] == [
        ("Bruce Schneier", "Harvard University Kennedy School")]
    # A talk taught at a conference is no employer.
    conference = text.replace("cybersecurity policy at the Harvard University Kennedy School",
                              "a workshop at GopherCon")
    assert [g.affiliation for g in find_guests(conference, jerod, [])] == [None]


def test_go_ahead_hands_the_floor_and_where_things_are_done_set_20_heard():
    """Held-out set 20 (measured blind in stop 36, opened in stop 37): jsp227's two guests said "And I work at
    Socket now" after "Go ahead, Bret." and "So I also have been working at Socket" (neither was given it);
    gt121's "an interview question where I work, at Sourcegraph"; pai51's host will talk to Joel about "some
    things he's doing at the Allen Institute for AI in Seattle"."""
    nick = [Person(name="Nick Nisi", role="host")]
    text = ("Welcome back. And welcoming back to the show we have Bret Comnes. Hey, Bret. Good! And we also have Mik "
            "Lysenko. Mik, how's it going? Pretty good! Do you wanna refresh us with an intro? Sure. Who should go "
            "first? Go ahead, Bret. Okay. I'm a JavaScript developer. And I work at Socket now. Welcome back. Mik, do "
            "you wanna tell us a little bit about yourself? Yeah. So I also have been working at Socket for a year.")
    assert [(g.name, g.affiliation) for g in find_guests(text, nick, [])] == [
        ("Bret Comnes", "Socket"), ("Mik Lysenko", "Socket")]
    # Without the floor handed to him, what "I" says after Bret's name is not his.
    assert [g.affiliation for g in find_guests(text.replace("Go ahead, Bret.", "Go ahead."), nick, [])] == [
        None, "Socket"]
    johnny = [Person(name="Johnny Boursiquot", role="host")]
    text = ("Hello, and welcome to Go Time. I am Johnny Boursiquot. We are joined by a special guest, Thorsten Ball. "
            "How are you, Mr. Ball? Fine. Thorsten, what do you think? I often think about this question, because "
            "it's an interview question where I work, at Sourcegraph, so I ask it a lot.")
    assert [(g.name, g.affiliation) for g in find_guests(text, johnny, [])] == [("Thorsten Ball", "Sourcegraph")]
    assert [g.affiliation for g in find_guests(text.replace("where I work, at", "what I said, at"), johnny, [])] == [
        None]
    daniel = [Person(name="Daniel Whitenack", role="host")]
    text = ("I always say a great place to start is Joel Grus' book Data Science from Scratch. Well, Joel has joined "
            "us today. I'm really excited to talk to him about his book and also some things he's doing at the "
            "Allen Institute for AI in Seattle. Welcome, Joel. Thanks for having me here.")
    assert [(g.name, g.affiliation) for g in find_guests(text, daniel, [])] == [
        ("Joel Grus", "Allen Institute for AI")]
    assert [g.affiliation for g in find_guests(text.replace("he's doing at", "he's said at"), daniel, [])] == [None]


def test_a_first_name_that_is_a_word_and_you_said_next_set_21_heard():
    """Held-out set 21 (measured blind in stops 36 and 37, then opened): jsp165's second guest, "And with you we
    also have Will Bamberg. Will, what's up? ... I'm also working on Open Web Docs as a technical writer", was
    not found ("will" is a word), and the first, "recently we've launched the Open Web Docs project", had no
    organisation; gt205's "We are joined today by Joakim, who is a researcher. You're a security researcher at
    Intezer" found no one."""
    nick = [Person(name="Nick Nisi", role="host")]
    text = ("Welcome to JS Party. My name is Nick Nisi. We have two guests. First, we have Florian Scholz. Florian, "
            "what's up? Hey, hello! Tell us about yourself. Yeah, so I'm Florian Scholz, I'm based in Bremen, and "
            "I'm a technical writer, and recently we've launched the Open Web Docs project. Yes, very exciting. And "
            "with you we also have Will Bamberg. Will, what's up? Hello, I'm Will. I'm also working on Open Web Docs "
            "as a technical writer. It will snow. We will talk about docs.")
    assert [(g.name, g.affiliation) for g in find_guests(text, nick, [])] == [
        ("Florian Scholz", "Founder of Open Web Docs"), ("Will Bamberg", "Open Web Docs")]
    # Not spoken to by that name, a first name that is a word is no name; nor is working on a project work there.
    unnamed = text.replace("Will, what's up?", "What's up?").replace("as a technical writer. It", "a lot. It")
    assert [(g.name, g.affiliation) for g in find_guests(unnamed, nick, [])] == [
        ("Florian Scholz", "Founder of Open Web Docs")]
    natalie = [Person(name="Natalie Pistunovich", role="host")]
    text = ("Hi everyone, welcome to our episode about hacking with Go. We are joined today by Joakim, who is a "
            "researcher. You're a security researcher at Intezer, and you became a gopher in 2016. That's right.")
    assert [(g.name, g.affiliation) for g in find_guests(text, natalie, [])] == [
        ("Joakim", "Security researcher at Intezer")]
    # Two people named in the sentence before: whom "you" is said to is not known.
    both = text.replace("by Joakim, who is a researcher", "by Joakim and Ada, who are researchers")
    assert [(g.name, g.affiliation) for g in find_guests(both, natalie, [])] == [("Joakim", None), ("Ada", None)]


def test_a_place_is_a_tag_but_never_what_the_episode_discusses():
    """Held-out ft55 (true text): the notes said "Adam Stacoviak discusses Zapier, Columbia and hours" and
    asked "What is Columbia, and why does it matter?" and "What makes hours hard to get right?". A place is
    where the story happens, a unit of time no topic at all; a name the entity model reads as a place that
    no place bears ("Heroku" on si51, every mention) may still be discussed (tasks/notes/places.py)."""
    adam = [Person(name="Adam Stacoviak", role="host")]
    text = ("We're here today with Bryan Helmig, CTO of Zapier. We met in Columbia, Missouri. We were the only two "
            "people in Columbia who read it. We left Columbia in 2012. We built landing pages for clients. Landing "
            "pages were our first product. The hours were long, and we slept for hours. How did you build your first "
            "integrations? We wrote integrations for email and CRM tools. Integrations were the whole idea.")
    notes = _notes_of(adam, "Founders Talk", "Zapier", text)
    assert "Columbia" in notes.tags and "hours" not in notes.tags
    assert notes.summary.startswith("In this episode, Bryan Helmig, CTO of Zapier, joins Adam Stacoviak to discuss "
                                    "landing pages and integrations."), notes.summary
    assert not [q for q in notes.questions if "Columbia" in q or "hours" in q], notes.questions


def test_a_guest_welcomed_by_first_name_alone_is_on_the_show_by_that_name():
    """Held-out sets 5 and 6 (true text): "Connor, welcome to Founders Talk" (ft90), "Welcome to the show,
    Nikita" (cl510), "Well, Sam, welcome ... Big fan of what you're doing at PlanetScale" (ft85), and
    "Filippo, do you want to go first? ... So I'm Filippo" (gt295): the surname is never said."""
    adam = [Person(name="Adam Stacoviak", role="host")]
    sam = ("Well, Sam, welcome to Founders Talk. It's been a bit. Big fan of what you're doing at PlanetScale, big "
           "fan of your journey to get here. Absolutely. People have made many comments about the name PlanetScale.")
    notes = _notes_of(adam, "Founders Talk", "Planet scale", sam)
    assert [(g.name, g.affiliation) for g in notes.guests] == [("Sam", "PlanetScale")]
    assert notes.summary.startswith("In this episode, Sam of PlanetScale joins Adam Stacoviak to discuss ")
    jerod = [Person(name="Jerod Santo", role="host"), *adam]
    nikita = ("Alright, we have Nikita here to talk about serverless Postgres. Welcome to the show, Nikita. Thank you. "
              "Glad to be here. We're happy to have you. We last talked Postgres with Paul from Supabase. You are "
              "with Neon, CEO, neon.tech. Do you want to tell us what serverless Postgres means?")
    assert [(g.name, g.affiliation) for g in _notes_of(jerod, "The Changelog", "Postgres", nikita).guests] == [
        ("Nikita", "Neon")]
    # A welcome right after a quote ("... Seriously?" Jason, welcome).
    jason = 'Jason does, for his startup. I was like "Wow, really? Seriously?" Jason, welcome to Ship It. Thanks.'
    assert [g.name for g in find_guests(jason, [Person(name="Gerhard Lazu", role="host")], [])] == ["Jason"]
    natalie = [Person(name="Natalie Pistunovich", role="host")]
    two = ("I am joined today by Filippo and Roland Shoemaker. Filippo, do you want to go first? Of course. So I'm "
           "Filippo, I used to be on the Go team. Yeah, and I'm Roland Shoemaker, I'm on the Go team.")
    assert [g.name for g in find_guests(two, natalie, [])] == ["Roland Shoemaker", "Filippo"]
    # No host, no one with a full name, no word the episode says in lower case, no interjection.
    not_guests = [
        "Adam, welcome to the show. Thanks, Jerod. It's great to be here.",
        "Everybody, welcome to the show. Today we talk about databases with everybody.",
        "Alright, welcome to the show today. Thanks for joining. So what do you do?",
        "Nikita, welcome to the show. Nikita Shamgunov is a great name.",
        "Folks, thanks for joining. Hope, welcome back. We hope you like it.",
    ]
    for text in not_guests:
        hosts = [*adam, Person(name="Jerod Santo", role="host")]
        assert [g.name for g in find_guests(text, hosts, []) if " " not in g.name] == [], text


def test_a_surname_that_is_a_pronoun_and_a_community_that_is_no_employer():
    """Held-out rfc12 and pai250 (true text): "Evan You" and "Chang She" are names, not a name and a
    pronoun; gt131: "an active member of the Go community" names no employer; cl420: "we're here with
    George, a.k.a. Kode Vicious" welcomes a guest by first name."""
    hosts = [Person(name="Nadia Eghbal", role="host"), Person(name="Mikeal Rogers", role="host")]
    evan = ("I'm Nadia Eghbal. And I'm Mikeal Rogers. On today's show, Mikeal and I talked with Evan You. Evan is "
            "the creator of Vue.js, a JavaScript framework. Evan, you started Vue while you were at Google.")
    assert [(g.name, g.affiliation) for g in find_guests(evan, hosts, [])] == [("Evan You", "Creator of Vue.js")]
    chang = ("We're really excited today to have with us Chang She, who is the CEO and co-founder at LanceDB. "
             "Welcome. Thanks. Hey, guys.")
    assert [(g.name, g.affiliation) for g in find_guests(chang, hosts, [])] == [
        ("Chang She", "CEO and co-founder at LanceDB")]
    denise = ("Today we have a special guest, Denise Yu. Allow me to tell you briefly about Denise - she's an active "
              "member of the Go community, especially in the Toronto region.")
    assert [(g.name, g.affiliation) for g in find_guests(denise, hosts, [])] == [("Denise Yu", None)]
    george = ("So we're here with George, a.k.a. Kode Vicious. For the last 15 years you've been writing this "
              "column for ACM Queue.")
    assert [g.name for g in find_guests(george, [Person(name="Jerod Santo", role="host")], [])] == ["George"]


def test_a_host_the_recogniser_misheard_who_says_they_are_the_host_is_no_guest():
    """Held-out jsp310 from audio: "I'm Kball, I'm your host today" came out "I'm Kay Ball, I'm your host"."""
    hosts = [Person(name="Kevin Ball", role="host")]
    text = "Hello, JS Party people! I'm Kay Ball, I'm your host today. Our guest is Alex Rickabaugh. Welcome!"
    assert [g.name for g in find_guests(text, hosts, [])] == ["Alex Rickabaugh"]

# --- organisations, tags, questions, summary -----------------------------------------------------------


def test_companies_spoken_in_the_audio(notes):
    companies = [c.name for c in notes["audio"].companies]
    assert {"Microsoft", "Nightingale HQ", "Gestalt IT", "Tech Field Day"} <= set(companies)
    assert not JARGON & set(companies)
    assert not (GUESTS | HOSTS) & set(companies)
    assert "Utilizing AI" not in companies  # the show itself


def test_companies_spoken_in_the_whole_episode(notes):
    companies = {c.name for c in notes["page"].companies}
    assert {"Microsoft", "Tecton", "Nightingale HQ", "Gestalt IT", "Tech Field Day", "MLOps Community"} <= companies
    # Products, platforms, fields and people are not companies.
    assert not companies & (JARGON | {"SageMaker", "Azure", "LinkedIn", "Twitter", "Kafka", "Andrew Ng",
                                      "Noah Gift", "David", "Demetrius", "Utilizing AI"})


def test_tags_are_keyphrases_and_handles(notes):
    tags = notes["page"].tags
    assert {"@SFoskett", "@TheStephLocke"} <= set(tags)  # the hosts' handles from show.yaml
    assert "machine learning" in tags
    assert len(tags) == len({t.lower() for t in tags}) <= 12
    words = [t.lower() for t in tags if not t.startswith("@")]
    assert not any(name.split()[0].lower() in t for t in words for name in GUESTS | HOSTS | {"Demetrius"})


def test_a_term_said_short_is_no_person_whose_name_keeps_it_from_the_tags():
    """jsp315: "Core Web Vitals" six times and once "the Core Vitals metrics", which read as a full name whose
    words are never said in lower case; its words were banned from the tags as a person's, and the episode's
    main topic was no tag."""
    texts = ["We talk about Core Web Vitals on the web today.", "Ask Rick Viscomi about Core Web Vitals.",
             "Annie develops the Core Vitals metrics.", "Core Web Vitals matter for the web.",
             "As Rick Viscomi says, Core Web Vitals are measured in the field."]
    tags = find_tags([], [], texts)
    assert "Core Web Vitals" in tags and not any("viscomi" in t.lower() for t in tags)


def test_a_tag_is_a_whole_phrase_said_never_a_piece_of_one():
    """Held-out pai220 and pai255: "causal machine" (only ever said in "causal machine learning") and "source
    AI" (in "open source AI") were tags; each is the whole phrase instead, and a phrase also said on its own
    stays as it is."""
    hosts = [Person(name="Daniel Whitenack", role="host")]
    text = ("Causal machine learning is what we talk about today. Machine learning predicts, and causal machine "
            "learning asks why. Open source AI helps here. Machine learning needs data. Open source AI models "
            "are open. We use machine learning for open source AI. Causal machine learning is new, and machine "
            "learning is old. Open source matters too, and open source is how we share.")
    notes = _notes_of(hosts, "Practical AI", "Causal AI", text)
    tags = [t.lower() for t in notes.tags]
    assert {"causal machine learning", "open source ai", "machine learning"} <= set(tags), tags
    assert not {"causal machine", "source ai"} & set(tags), tags


def test_questions_are_the_ones_discussed(notes):
    questions = notes["page"].questions
    assert 3 <= len(questions) <= 5
    assert all(q.endswith("?") for q in questions)
    # Two of the page's "Three Questions" are asked in the transcript in these words.
    assert any("lasting trend" in q for q in questions)
    assert any("application for machine learning" in q for q in questions)
    assert not any(re.search(r"where can people|before we go", q, re.I) for q in questions)
    # Names are spelled as the metadata spells them, even where the transcript misspells them.
    assert not any("Demetrius" in q or "Emetrius" in q for q in questions)
    assert any(q.startswith("Demetrios, what have you seen") for q in notes["audio"].questions)


def test_a_question_one_host_puts_to_another_is_not_a_question_discussed():
    """Held-out pai120: "Chris, how's your sense of smell?" is Daniel asking his co-host before the guests
    join; the same words put to a guest called Chris are the guest's question."""
    from tasks.notes.questions import asked
    from tasks.notes.sentences import Sentence

    said = ["Chris, how is your sense of smell, would you say?", "It is fine.",
            "Terri, how do electronic noses detect a smell in a room?", "With sensors."]
    items = [Sentence(index=i, text=t, start=float(i), speaker=None) for i, t in enumerate(said)]
    hosts = ["Daniel Whitenack", "Chris Benson"]
    assert asked(items, hosts, ["Terri Jordan"]) == ["Terri, how do electronic noses detect a smell in a room?"]
    assert asked(items, hosts, ["Chris Evans", "Terri Jordan"])[0].startswith("Chris, how is your sense")


def test_a_question_misheard_or_left_unfinished_is_not_listed():
    """Issue 14 quotes "Is then you led the team at Netflix?" from the offline notes of an unseen show; tiny.en
    still heard it so on held-out pai150, beside "How did your perception ... needed for data science?"."""
    from tasks.notes.questions import asked
    from tasks.notes.sentences import Sentence

    said = ["Is then you led the team at Netflix?", "Yes.",
            "How did your perception of data science and the infrastructure in particular needed for data science?",
            "Was a GitHub and Google, where you were at post-rank?",
            "How did you scale the data science infrastructure at Netflix?"]
    items = [Sentence(index=i, text=t, start=float(i), speaker=None) for i, t in enumerate(said)]
    assert asked(items, ["Daniel Whitenack"], ["Ville Tuulos"]) == [
        "How did you scale the data science infrastructure at Netflix?"]


def test_a_question_quoted_or_asked_in_passing_is_not_listed():
    """Held-out set 28's si118 (true text): the host retells her own words, 'I was like "You're even cooler
    than I thought. Can we be besties?"'; set 21's gt205: "What linker?" follows an answer up; set 18's gt153:
    "Did that help you ...?" leans on what was said, whatever the parser makes of "that"."""
    from tasks.notes.questions import asked
    from tasks.notes.sentences import Sentence

    said = ['I was like "You\'re even cooler than I thought you were going to be.', 'Can we be besties?"',
            "She does not disappoint.", "What linker?", "The Go linker.",
            "Did that help you get through the interview process a lot easier?", "It did.",
            "How do you shard a MySQL database that has grown past one machine?"]
    items = [Sentence(index=i, text=t, start=float(i), speaker=None) for i, t in enumerate(said)]
    assert asked(items, ["Justin Garrison"], ["Silvia Botros"]) == [
        "How do you shard a MySQL database that has grown past one machine?"]


def test_topics_put_as_questions_read_as_english():
    """A singular count noun takes the plural ("What makes tool hard to get right?" lacked its article,
    held-out gt180), a term loses the words before it ("What is little-used PDP-7", cl484), a mass noun
    stays as it is, and people are no topic ("What makes customers hard to get right?", si21)."""
    from tasks.notes.questions import topic_questions

    texts = ["Encore is a framework for the back end.", "Tools matter to us.", "We ran a little-used PDP-7.",
             "Pinterest works at scale."]
    assert topic_questions(["little-used PDP-7", "customers", "framework", "tool", "scale"], None, [], 4,
                           texts=texts) == [
        "What is PDP-7, and why does it matter?", "What makes frameworks hard to get right?",
        "Why do tools matter?", "What makes scale hard to get right?"]


def test_a_name_of_common_words_said_capitalised_every_time_keeps_its_capitals():
    """Held-out jsp309: "React Paris" (a conference) was tagged "react paris" because "react" and "paris" are
    each said in lower case somewhere too."""
    from tasks.notes.keyphrases import keyphrases

    said = ["And today we want to tell you about React Paris, a new conference.",
            "Omar is putting on React Paris this year.", "We react fast to incidents.",
            "I live in paris, near the conference.", "The conference has one track."]
    assert keyphrases(said)[0] == "React Paris"
    assert "conference" in keyphrases(said)


def test_a_first_name_the_entity_model_reads_as_a_person_once_is_no_topic():
    """Held-out si21: spaCy's small model read "Stephen" (a guest named only by first name) as a place twice
    and a person once, so he was a tag, a topic of the summary and "What is Stephen, and why does it
    matter?"."""
    from tasks.notes.keyphrases import is_topical, word_classes

    said = ("I received the nicest emails from Stephen. Hey, thanks for signing up. Let me know. Thanks. Stephen. "
            "Stephen Whitworth said it first. It is a special moment where Chris and Stephen are joining us in "
            "person. We build incident response tools. Incident response is hard.")
    classes = word_classes(said)
    assert classes["stephen"] == "PERSON"
    assert not is_topical("Stephen", classes) and is_topical("incident response", classes)


def test_what_the_hosts_say_before_a_guest_is_named_counts_half_for_the_summary():
    """Held-out pai120 from audio: two minutes of the hosts' banter before the guests are named gave the
    summary "You've got the detecting the fresh grass and rubber water hose end."."""
    from tasks.notes.sentences import Sentence
    from tasks.notes.summary import _candidates

    said = ["Electronic noses detect odor molecules with an array of chemical sensors.",
            "Electronic noses are used in food quality control and in car interiors.",
            "Odor analytics turns the signals of electronic noses into data a model can learn from.",
            "Training a model on odor analytics needs many labelled samples of each smell.",
            "Today we have Terri Jordan from Aryballe with us to talk about electronic noses.",
            "Chemical sensors drift over time, so electronic noses need calibration.",
            "Odor analytics is hard because smells mix and sensors respond to many molecules.",
            "Machine learning helps electronic noses separate the odor molecules in a mixture.",
            "Calibration of chemical sensors is where most of the engineering effort goes.",
            "Food companies test odor analytics on coffee, wine and cheese.",
            "Car makers use electronic noses to check the smell of new car interiors.",
            "The data from chemical sensors is noisy, and models must handle drift.",
            "Aryballe builds electronic noses for food and car makers.",
            "Odor molecules bind to the sensors and change their signal.",
            "Sensors respond to odor molecules in the air around the car."]
    items = [Sentence(text=t, start=float(i), speaker=None, index=i) for i, t in enumerate(said)]
    plain = {c[1].index: c[0] for c in _candidates(items, [], [])}
    named_at_4 = {c[1].index: c[0] for c in _candidates(items, [], [], introduced_at=4)}
    assert named_at_4[2] == pytest.approx(plain[2] / 2) and named_at_4[3] == pytest.approx(plain[3] / 2)
    assert named_at_4[5] == pytest.approx(plain[5])


def test_a_short_excerpt_still_lists_three_questions(notes):
    # The seed's three-minute audio asks one question; the episode's topics put as questions make up three
    # (measured: 3; before issue 14's rework: 1).
    assert_questions_discussed(notes["audio"].questions)
    assert_questions_discussed(notes["page"].questions)


@pytest.mark.parametrize("source", ["audio", "page"])
def test_summary_is_extracted_from_the_conversation(seed_show, notes, source):
    summary = notes[source].summary
    assert 20 <= len(summary.split()) <= 150
    # Who joins whom on what, in the seed page's words, then the host announcing the topic.
    opening, rest = summary.split(". ", 1)
    assert opening.startswith("In this episode, Demetrios Brinkmann") and "David Aponte" in opening
    assert "join Stephen Foskett and Steph Locke to discuss" in opening
    assert rest.startswith("Today, we're discussing the changes")
    assert "Each episode brings in experts" not in summary  # the show's stock description is not news
    assert not re.search(r"\b(uh|um)\b", summary)


# --- chapters ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("source", ["audio", "page"])
def test_chapters_json_validates(notes, transcripts, source):
    chapters = notes[source].chapters
    document = json.loads(chapters_json(chapters, "Episode"))
    assert document["version"] == "1.2.0" and document["title"] == "Episode"
    starts = [c["startTime"] for c in document["chapters"]]
    assert starts[0] == 0 and starts == sorted(starts) and len(set(starts)) == len(starts)
    assert all(isinstance(s, (int, float)) and 0 <= s < transcripts[source].duration for s in starts)
    assert all(c["title"].strip() for c in document["chapters"])
    assert len(chapters) >= 2


def test_chapters_follow_the_topics_of_a_long_episode(notes):
    chapters = notes["page"].chapters
    assert 5 <= len(chapters) <= 12
    assert chapters[0].title == "Introductions"
    assert chapters[-1].title == "Wrap-up" and chapters[-1].start > 2700  # "Before we go, ..." at 45:53
    for chapter in chapters:
        assert not chapter.title.endswith((".", "?")) and len(chapter.title) <= 60  # titles, not sentences
        assert chapter.title[0].isupper()
    assert len({c.title for c in chapters}) == len(chapters)
    gaps = [b.start - a.start for a, b in zip(chapters, chapters[1:], strict=False)]
    assert min(gaps) >= 60


def test_a_chapter_title_says_no_word_twice():
    """From audio, dev-set pai31 was titled "Local Town and Town Halls" (one phrase said, "local town
    halls") and held-out gt180 "Code Base and Signature Code"."""
    from tasks.notes.chapters import _titles
    from tasks.notes.sentences import Sentence

    towns = ["The local town listened.", "In the local town, people speak up.", "The local town has a paper.",
             "Town halls are loud.", "We record town halls.", "Town halls run late.",
             "We went to local town halls to listen."]
    code = ["Code review at Pinterest is strict.", "Every code review needs two approvals.",
            "The code base is large, and the code base grows.", "Signature code lives in the code base."]
    parts = [[Sentence(text=t, start=float(i), speaker=None, index=i) for i, t in enumerate(towns)],
             [Sentence(text=t, start=10.0 + i, speaker=None, index=10 + i) for i, t in enumerate(code)]]
    assert _titles(parts, set()) == ["Local Town Halls", "Code Base"]


def test_chapters_json_sorts_and_keeps_unicode():
    text = chapters_json([Chapter(start=90, title="Zwei – Ökonomie"), Chapter(start=0, title="Eins")])
    document = json.loads(text)
    assert [c["title"] for c in document["chapters"]] == ["Eins", "Zwei – Ökonomie"]
    assert "Ökonomie" in text


# --- rendering -----------------------------------------------------------------------------------------


def test_notes_render_in_three_forms(notes):
    found = notes["audio"]
    html, markdown, description = found.html, found.markdown, found.description
    for heading in ("Questions discussed", "Companies Mentioned", "Guests and Hosts", "Chapters", "Tags"):
        assert heading in html and heading in markdown
    assert "<li>00:00:00 Introductions</li>" in html
    assert "- 00:00:00 Introductions" in markdown
    assert "00:00:00 Introductions" in description
    assert '<a href="https://twitter.com/SFoskett">Twitter</a>' in html
    assert "[Twitter](<https://twitter.com/SFoskett>)" in markdown
    assert "Companies mentioned: " in description and "Microsoft" in description
    assert "<" not in description
    assert_safe_html(html)


def test_notes_are_deterministic(seed_show, bare_episode, transcripts, notes):
    assert write_notes(seed_show, bare_episode, transcripts["audio"]) == notes["audio"]


def test_injected_markup_in_metadata_is_neutralised(seed_show, transcripts):
    evil = '<script>alert("x")</script><img src=x onerror=alert(1)>'
    host = Person.model_construct(
        name=f"Eve {evil}", role="host", affiliation='<a href="javascript:alert(1)" onclick="x()">Corp</a>',
        handle=None, image=None,
        links=[Link.model_construct(label="<b onmouseover=alert(1)>me</b>", url="javascript:alert(1)"),
               Link.model_construct(label="site", url='https://ok.example/" onmouseover="alert(1)')])
    show = seed_show.model_copy(update={"hosts": [host]})
    episode = EpisodeInput(title=f"Episode {evil}", audio="a.mp3",
                           description=f"Intro {evil} <a href='javascript:alert(2)'>click</a>",
                           guests=[Person(name="Mallory <iframe src=//evil>", affiliation="<style>*{}</style>")],
                           tags=["<svg onload=alert(1)>"])
    found = write_notes(show, episode, transcripts["audio"])
    assert_safe_html(found.html)  # no element but the allowed, no attribute but a safe href
    assert "&lt;script&gt;" in found.html  # shown as text, not run
    assert '<a href="https://ok.example/&quot; onmouseover=&quot;alert(1)">' in found.html  # inert inside the URL
    assert "<a>&lt;b onmouseover=alert(1)&gt;me&lt;/b&gt;</a>" in found.html  # the javascript: URL dropped
    for text in (found.markdown, found.description):
        assert "<script" not in text.replace("&lt;script", "")


def test_a_show_template_override_is_sanitised_too(tmp_path, seed_show, bare_episode, transcripts):
    (tmp_path / "templates").mkdir()
    (tmp_path / "templates" / "notes.html.j2").write_text(
        '<div onclick="steal()"><p>Custom: {{ notes.summary[:20] }}</p><script>steal()</script>'
        '<a href="javascript:steal()">x</a></div>', encoding="utf-8")
    (tmp_path / "templates" / "notes.md.j2").write_text("# Custom {{ people | length }}\n", encoding="utf-8")
    show = seed_show.model_copy(update={"source_dir": tmp_path})
    found = write_notes(show, bare_episode, transcripts["audio"])
    assert found.html.startswith("<p>Custom: ") and "steal" not in found.html
    assert found.markdown == "# Custom 4\n"
    assert "Guests and hosts:" in found.description  # the default text template still applies


def test_description_fits_apples_limit_even_for_an_enormous_transcript(seed_show, transcripts):
    page = transcripts["page"]
    segments = []
    for copy in range(3):  # a two-and-a-half-hour episode
        segments += [s.model_copy(update={"start": s.start + copy * page.duration, "end": s.end + copy * page.duration})
                     for s in page.segments]
    enormous = page.model_copy(update={"segments": segments, "duration": page.duration * 3})
    guests = [Person(name=f"Gäst Nümber{i}", affiliation="Ünïcode " * 30) for i in range(40)]
    episode = EpisodeInput(title="Long", audio="a.mp3", description="Wörds " * 3000, guests=guests)
    found = write_notes(seed_show, episode, enormous)
    assert len(found.description.encode("utf-8")) <= DESCRIPTION_BYTES
    assert found.description.endswith("…")
    assert "Questions discussed:" in found.description  # the summary gave way to the lists
    # Cut at a word, never inside one or inside a character: the last word before the ellipsis is
    # whole, one of the words the description was made from.
    last = found.description.removesuffix("…").split()[-1].strip(",.;:")
    vocabulary = {w.strip(",.;:") for w in " ".join([enormous.text, episode.description, "Guests and hosts"]
                                                     + [f"{g.name} {g.affiliation}" for g in guests]).split()}
    assert last in vocabulary, f"cut through a word: {last!r}"
    assert "\ufffd" not in found.description
    assert_safe_html(found.html)


def test_render_keeps_markdown_inert():
    notes = ShowNotes(summary="*bold* [x](javascript:alert(1)) <b>b</b>", questions=["Is `code` ok?"],
                      chapters=[Chapter(start=65, title="_Intro_")])
    rendered = render_notes(notes, [Person(name="A [B](http://x)", links=["https://ok.example/a b>c"])])
    assert r"\*bold\* \[x\](javascript:alert(1)) &lt;b&gt;b&lt;/b&gt;" in rendered.markdown
    assert r"- 00:01:05 \_Intro\_" in rendered.markdown
    assert "(<https://ok.example/a%20b%3Ec>)" in rendered.markdown
    assert rendered.html.startswith("<p>*bold* [x](javascript:alert(1)) &lt;b&gt;b&lt;/b&gt;</p>")


def test_sanitizer_removes_scripts_handlers_and_javascript_urls():
    dirty = ('<p onclick="x()">Hi<script>alert(1)</script><style>p{}</style>'
             '<a href="JAVASCRIPT:alert(1)">a</a><a href="data:text/html,x">d</a>'
             '<a href="https://ok.example/?q=1&x=2" target="_blank" onmouseover="y()">ok</a>'
             '<iframe src="https://evil.example"></iframe><table><tr><td>cell</td></tr></table></p>')
    clean = sanitize_html(dirty)
    assert clean == ('<p>Hi<a>a</a><a>d</a><a href="https://ok.example/?q=1&amp;x=2">ok</a>cell</p>')
    assert_safe_html(clean)


@pytest.mark.parametrize("segments", [[], [Segment(start=0, end=1, text="Hi")],
                                      [Segment(start=0, end=300, text="What? Why? " * 200)]])
def test_degenerate_transcripts_still_give_valid_notes(seed_show, segments):
    transcript = Transcript(engine="x", model="y", duration=segments[-1].end if segments else 0, segments=segments)
    found = write_notes(seed_show, EpisodeInput(title="Just a title", audio="a.mp3"), transcript)
    assert found.summary == "Just a title" and found.guests == [] and found.questions == []
    assert json.loads(chapters_json(found.chapters))["version"] == "1.2.0"
    assert all(c.title for c in found.chapters)
    assert_safe_html(found.html)


def test_the_seed_show_loads_with_notes_options(seed_show):
    assert seed_show.notes.generator == "offline"
    assert load_show(Path(__file__).resolve().parents[1] / "seeds" / "show.yaml").notes.llm_base_url is None


def test_speaker_labels_that_are_names_count_and_hosts_questions_come_first(seed_show):
    turns = [("Stephen Foskett", "Welcome back. Ada, how did you get started with compilers?"),
             ("Ada Byron", "I started with punch cards. Did anyone else here use punch cards?"),
             ("Stephen Foskett", "Not me. Ada, what would you tell a new compiler engineer about testing?"),
             ("SPEAKER_02", "Testing matters. Why do compilers fail on edge cases? How do optimisers break "
                            "programs? What makes register allocation hard? Which parsers handle errors well? "
                            "Where do linkers spend their time?")]
    segments = [Segment(start=i * 40.0, end=i * 40.0 + 39, text=text, speaker=who)
                for i, (who, text) in enumerate(turns)]
    transcript = Transcript(engine="x", model="y", duration=160.0, segments=segments)
    found = write_notes(seed_show, EpisodeInput(title="Compilers", audio="a.mp3"), transcript)
    assert [g.name for g in found.guests] == ["Ada Byron"]
    assert len(found.questions) == 5  # of seven asked: the host's two are kept, in the order asked
    assert found.questions[0] == "Ada, how did you get started with compilers?"
    assert "Ada, what would you tell a new compiler engineer about testing?" in found.questions


# --- the fixtures themselves, against independent truth (tests/data/notes/README.md) --------------------

SCRIPT = Path(__file__).resolve().parents[1] / "seeds" / "episodes" / "2x27" / "reference.json"
PAGE_CANDIDATES = [Path(__file__).resolve().parents[2] / "shared" / "seed-episode.txt",
                   Path(__file__).resolve().parents[1] / "shared" / "seed-episode.txt"]
# Read off shared/seed-episode.txt by hand and by the independent parse below: 70 "Starting point is"
# paragraphs, the last at 00:51:19, 8739 words, and the SHA-256 of those words normalised.
PAGE_PARAGRAPHS, PAGE_LAST_STAMP, PAGE_WORDS = 70, 51 * 60 + 19, 8739
PAGE_WORDS_SHA256 = "6f776ff140a1efcf7b9a6d1fca629b586a6f9a4bde8dbef6332ffcb8cd853a7e"
# Whisper tiny.en's transcript of the seed audio against the script the audio was synthesised from:
# measured 0.051 (29 errors in 568 words). A regenerated fixture may move a little, not become another.
AUDIO_FIXTURE_MAX_WER = 0.08


def _words(text: str) -> list[str]:
    from .conftest import normalise_words

    return normalise_words(text).split()


def _word_error_rate(reference: list[str], hypothesis: list[str]) -> float:
    """Levenshtein over words, written here so the check shares no code with castflow's scorer."""
    row = list(range(len(hypothesis) + 1))
    for i, word in enumerate(reference, start=1):
        diagonal, row[0] = row[0], i
        for j, other in enumerate(hypothesis, start=1):
            diagonal, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, diagonal + (word != other))
    return row[-1] / len(reference)


def test_the_page_fixture_is_the_episode_pages_transcript_word_for_word(transcripts):
    import hashlib

    page = transcripts["page"]
    words = _words(" ".join(s.text for s in page.segments))
    assert (len(page.segments), page.segments[-1].start, len(words)) == (PAGE_PARAGRAPHS, PAGE_LAST_STAMP, PAGE_WORDS)
    assert hashlib.sha256(" ".join(words).encode()).hexdigest() == PAGE_WORDS_SHA256
    # The seed script (seeds/.../reference.json) is the page's first turns, copied by hand.
    script = _words(" ".join(t["text"] for t in json.loads(SCRIPT.read_text())["turns"]))
    assert words[:len(script)] == script
    page_file = next((p for p in PAGE_CANDIDATES if p.is_file()), None)
    if page_file is not None:  # where the page itself is at hand, every paragraph and its time
        body = page_file.read_text(encoding="utf-8").split("\nTranscript\n", 1)[1].split("There aren't comments")[0]
        parts = re.split(r"Starting point is (\d\d):(\d\d):(\d\d)\s*", body)
        paragraphs = [(int(h) * 3600 + int(m) * 60 + int(s), " ".join(t.split()))
                      for h, m, s, t in zip(parts[1::4], parts[2::4], parts[3::4], parts[4::4], strict=True)]
        assert [(s.start, s.text) for s in page.segments] == [(float(t), text) for t, text in paragraphs if text]


def test_the_audio_fixture_is_a_transcript_of_the_seed_audio(transcripts):
    audio = transcripts["audio"]
    script = json.loads(SCRIPT.read_text())["turns"]
    error = _word_error_rate(_words(" ".join(t["text"] for t in script)), _words(audio.text))
    assert error <= AUDIO_FIXTURE_MAX_WER, f"the audio fixture is {error:.3f} from the script"
    assert audio.engine == "faster" and audio.model == "tiny.en"
    assert script[-1]["end"] <= audio.duration <= script[-1]["end"] + 2  # the seed audio is the script, spoken
    assert all(a.end <= b.start + 1e-6 for a, b in zip(audio.segments, audio.segments[1:], strict=False))


_COLD_OPEN = ("What's it like to be on a mission of making open-source software better? For everyone, Donald Fisher "
              "is one of four co-founders and the CEO of TideLift. Their mission, to pay the maintainers. So I asked "
              "Donald what's it like to be on this mission. It's amazing, actually.")
_LAWYER = ("Hello, and welcome to Go Time. Today, we are going to be talking to Tech Lawyer Louise Villa, who returns "
           "to Go Time to school us once again on the intellectual property concerns of software creation. And on "
           "that note, I would like to introduce you to Louise. who is a programmer turned attorney. He's been a "
           "lawyer for Google, Amazon, and many small startups. And currently, he's the co-founder of TideLift, "
           "which works to make Open Source better. Welcome to the podcast once again.")
_AND_THEN_ALSO = ("But really happy to have with us today, Benjamin Consolvo, who is an AI engineering manager at "
                  "Intel. And then also Greg Srirachi, who is a developer ecosystem manager at Intel Gaudi. Welcome. "
                  "Yeah. Thank you. Thanks for having us.")


@pytest.mark.parametrize(("host", "text", "guests", "said"), [
    ("Adam Stacoviak", _COLD_OPEN, [("Donald Fisher", "CEO of TideLift")], "Donald Fisher, CEO of TideLift"),
    ("Angelica Hill", _LAWYER, [("Louise Villa", "Co-founder of TideLift")], "Louise Villa, co-founder of TideLift"),
    ("Daniel Whitenack", _AND_THEN_ALSO, [("Benjamin Consolvo", "AI engineering manager at Intel"),
                                          ("Greg Srirachi", "Developer ecosystem manager at Intel Gaudi")],
     "Greg Srirachi, developer ecosystem manager at Intel Gaudi"),
])
def test_a_guest_introduced_across_a_recognisers_sentence_break_or_after_a_capitalised_role_is_found(
        host, text, guests, said):
    """Held-out ft58, gt263 and pai281 as tiny.en heard them: the recogniser ended a sentence a few words late
    ("better? For everyone, Donald Fisher is ...") or early ("..., at Intel. And then also Greg Srirachi, who is
    ..."), or capitalised a profession before the name ("talking to Tech Lawyer Louise Villa")."""
    notes = _notes_of([Person(name=host, role="host")], "A Show", "An episode", text)
    assert [(g.name, g.affiliation) for g in notes.guests] == guests
    assert said in notes.summary


def test_a_guest_the_host_is_with_who_holds_a_role_or_is_greeted_after_a_lead_in_is_found():
    """Held-out pai283 as tiny.en heard it, si54 and si47 as written; cl420's guest crediting a colleague "who's
    been the publisher" names no second guest."""
    offices = ("Welcome to another episode of Practical AI. I'm Daniel Whitenack. I'm the CEO and founder at "
               "Prediction Guard and I'm really excited to be in the with secure offices with Donato Capitella who "
               "is a principal security consultant with with Secure. Great to chat. Donato. Great to be here and "
               "thank you for coming to our office.")
    daniel = [Person(name="Daniel Whitenack", role="host")]
    # The host's role, said before the guest's name in the same sentence, is not the guest's; "with with
    # Secure" is WithSecure misheard, so no employer is read.
    notes = _notes_of(daniel, "Practical AI", "LLM security", offices)
    assert [(g.name, g.affiliation) for g in notes.guests] == [("Donato Capitella", None)]
    assert notes.summary.startswith("In this episode, Donato Capitella joins Daniel Whitenack")
    written = offices.replace("with secure", "WithSecure").replace("with with Secure", "with WithSecure")
    notes = _notes_of(daniel, "Practical AI", "LLM security", written)
    assert notes.summary.startswith("In this episode, Donato Capitella, principal security consultant with "
                                    "WithSecure, joins")
    gerhard = [Person(name="Gerhard Lazu", role="host")]
    hi = ("Well, first of all, hi, Matt. Thank you for joining us today. Yeah, it's great to be here. I have noticed "
          "from your Twitter profile that you are in the business of shipping chains.")
    assert [g.name for g in _notes_of(gerhard, "Ship It", "Chains", hi).guests] == ["Matt"]
    welcome = ("Sam pointed to the person sitting next to him, and said Andrea was the lead engineer on Docker Swarm. "
               "Welcome, Andrea, to Ship It. Thank you, thank you. Happy to be here.")
    assert [g.name for g in _notes_of(gerhard, "Ship It", "Swarm", welcome).guests] == ["Andrea"]
    colleague = ("Welcome, George. Thanks. One of the people I credit with a lot of the readability of the work is "
                 "actually Jim Maurer, who's been the publisher of Queue. So every once in a while I'll read one of "
                 "my own columns and think, did Jim edit that in?")
    assert [g.name for g in _notes_of(gerhard, "The Changelog", "Kode Vicious", colleague).guests] == ["George"]


def test_a_guest_asked_where_they_work_answers_with_a_title_and_an_employer():
    """Held-out gt267: "tell us - who are you, and where do you work" hands the floor to the one guest, and
    "the Director of Technology at Spotlight PA" is a title (capitalised, with its department) at an employer."""
    text = ("We're also joined by our correspondent for what's new in Go, Carl Johnson. Hi, guys. Well, it's great to "
            "be back. How are the kids? Four and two. A lot of fun. Okay, brilliant. Carl, we should do "
            "introductions, I think. Because people know who you are by now, but tell us - who are you, and where "
            "do you work, please. I am the Director of Technology at Spotlight PA. We're a non-partisan newsroom "
            "based in Pennsylvania, USA, and we do investigative stories.")
    notes = _notes_of([Person(name="Mat Ryer", role="host")], "Go Time", "Go 1.20", text)
    assert [(g.name, g.affiliation) for g in notes.guests] == [
        ("Carl Johnson", "Director of Technology at Spotlight PA")]
    assert "Carl Johnson, director of Technology at Spotlight PA, joins Mat Ryer" in notes.summary
    # The whole excerpt: the question comes three minutes of talk about trains and kids after he is named.
    notes = _notes_of_excerpt("heldout24", "gt267_spotlightpa")
    assert [(g.name, g.affiliation) for g in notes.guests] == [
        ("Carl Johnson", "Director of Technology at Spotlight PA")]


@pytest.mark.parametrize(("folder", "episode", "fragment"), [
    ("heldout17", "cl301_microsoft", "source projects"),  # said only in "open source projects"
    ("heldout24", "ft58_tidelift", "source components"),  # ... "open source components"
    ("heldout21", "pai131_carmera", "network libraries"),  # ... "neural network libraries"
])
def test_a_topic_question_asks_about_a_whole_phrase_never_a_piece_of_one(folder, episode, fragment):
    notes = _notes_of_excerpt(folder, episode)
    assert len(notes.questions) >= 3
    assert not [q for q in notes.questions if re.search(rf"\b(?<!open )(?<!neural ){fragment}\b", q)], notes.questions


def test_the_first_of_two_guests_announced_and_a_guest_we_have_by_first_name_are_found():
    """Held-out gt218 (as written): "we are joined by two guests. The first is Mark Sandstrom."; si107 as
    tiny.en heard it: "we have Gina, who's the maintainer and creator of the Octoprint project", her surname
    never heard."""
    notes = _notes_of_excerpt("heldout31", "gt218_khanacademy")
    assert {g.name: g.affiliation for g in notes.guests}["Mark Sandstrom"] == (
        "Engineer on the platform infrastructure team at Khan Academy")
    assert "Mark Sandstrom, engineer on the platform infrastructure team at Khan Academy" in notes.summary
    octoprint = ("I'm your host, Justin Garrison, and with me, as always, is Autumn Nash. Hi. On today's show we have "
                 "Gina, who's the maintainer and creator of the Octoprint project, which was an awesome time talking "
                 "to her. Gina is legit, guys. Thank you so much. Gina has for joining us on the show today.")
    hosts = [Person(name="Justin Garrison", role="host"), Person(name="Autumn Nash", role="host")]
    notes = _notes_of(hosts, "Ship It", "3D printing", octoprint)
    assert [(g.name, g.affiliation) for g in notes.guests] == [("Gina", "Maintainer and creator of Octoprint")]


def test_guests_said_to_come_from_one_place_before_their_names_have_it():
    """Held-out pai154: "we have two individuals from Makerere AI Lab with us, Joyce Nabende and Mutembesa"."""
    notes = _notes_of_excerpt("heldout31", "pai154_makerere")
    assert {g.name: g.affiliation for g in notes.guests}.get("Joyce Nabende") == "Makerere AI Lab"
    assert "Joyce Nabende of Makerere AI Lab joins" in notes.summary


def test_the_summary_spells_a_name_with_an_apostrophe_once_and_leaves_out_who_is_on_the_show():
    """Held-out set 32 (stop 43): pai113's summary read "Lucy D'D'Agostino McGowan" (the respelling took
    "Agostino" for a misspelt "D'Agostino"), and gt71's body kept "On the show today we have myself, Erik St.
    Martin, Carlisia Pinto"."""
    pai113 = _notes_of_excerpt("heldout32", "pai113_wakeforest").summary
    assert "Lucy D'Agostino McGowan, assistant professor" in pai113 and "D'D'" not in pai113
    gt71 = _notes_of_excerpt("heldout32", "gt71_travisci").summary
    assert gt71.startswith("In this episode, Carmen Andoh, build infrastructure engineer at TravisCI, joins")
    assert "myself" not in gt71


def test_set_33_introductions_give_the_guests_and_where_they_work():
    """Held-out set 33 (opened at stop 44): "we have Brett Gaylor here with us, from Mozilla"; "today's special
    guest is a co-founder of Honeycomb.io ... Please welcome Charity Majors"; "You are currently working at AWS"
    said once to the guest; "Kat Marchán and Rebecca Turner from NPM" (the entity model reads the first name
    as an organisation's); "in Austin, Texas" said twice is no one spoken to."""
    found = {}
    for episode in ("pai20_mozilla", "gt35_honeycomb", "cl573_aws", "jsp13_npm", "jsp11_mozilla_hackeryou"):
        notes = _notes_of_excerpt("heldout33", episode)
        found[episode] = {g.name: g.affiliation for g in notes.guests}
    assert found["pai20_mozilla"] == {"Brett Gaylor": "Mozilla"}
    assert found["gt35_honeycomb"] == {"Charity Majors": "Co-founder of Honeycomb.io"}
    assert found["cl573_aws"] == {"Justin Garrison": "AWS"}
    assert found["jsp13_npm"] == {"Kat Marchán": "NPM", "Rebecca Turner": "NPM"}
    assert set(found["jsp11_mozilla_hackeryou"]) == {"Mike Taylor", "Wes Bos"}


_WELCOMED = "I'm here with Ada Brown. Welcome, Ada. Thanks for having me. "
_AFTER_AN_INTRODUCTION = (" We talked about databases and scaling, and about how teams ship software. What does your "
                          "team do differently? We automate testing and deployment. How did you get started with "
                          "distributed systems? I started in college. What is next for the project? More integrations.")


@pytest.mark.parametrize("introduction, guest, affiliation", [
    ("We're talking today with Emily Clark, an engineering manager over at GitLab.", "Emily Clark",
     "Engineering manager at GitLab"),
    ("I'm excited to have Nina Patel on the show. Nina is a data scientist at Airbnb.", "Nina Patel",
     "Data scientist at Airbnb"),
    ("Today, I have Chris Evans, CTO at incident.io, with me.", "Chris Evans", "CTO at incident.io"),
    ("We're lucky to have Julia Novak here today. Julia works on the compiler team at Google.", "Julia Novak",
     "Google"),
    ("Today's episode features Ruth Okafor, director of engineering at Flutterwave.", "Ruth Okafor",
     "Director of engineering at Flutterwave"),
    ("I had the chance to talk to Ben Turner, who heads up security at Dropbox.", "Ben Turner",
     "Head of security at Dropbox"),
    ("Joining us is the CEO of Neon, Nikita Shamgunov.", "Nikita Shamgunov", "CEO of Neon"),
    ("I'm sitting down today with Fatima Zahra, a machine learning engineer at Hugging Face.", "Fatima Zahra",
     "Machine learning engineer at Hugging Face"),
    ("I'm really happy to be talking to Sven Larsen today. Sven is a principal engineer at Spotify.", "Sven Larsen",
     "Principal engineer at Spotify"),
    ("I'm here with the founder of Supabase, Paul Copplestone.", "Paul Copplestone", "Founder of Supabase"),
    ("So I've got Erik Johansson with me today, he's head of platform at Klarna.", "Erik Johansson",
     "Head of platform at Klarna"),
    ("We have a great guest today. Please introduce yourself. Hi there, I'm Jonas Weber, I'm the CTO over at "
     "Personio.", "Jonas Weber", "CTO at Personio"),
    ("This week on the show, Priyanka Shah, senior engineer at Atlassian, joins me to talk about Jira.",
     "Priyanka Shah", "Senior engineer at Atlassian"),
    ("It's a pleasure to have you here, Marta Kowalska. Marta is head of AI at Allegro.", "Marta Kowalska",
     "Head of AI at Allegro"),
    ("Welcome, everyone. Today's conversation is with Zoe Adams, a developer advocate at Docker.", "Zoe Adams",
     "Developer advocate at Docker"),
    ("Joining me from Datadog is Nathan Brooks.", "Nathan Brooks", "Datadog"),
    ("Today's guest is Mateo Garcia, the founder and CEO of a startup called Tinybird.", "Mateo Garcia",
     "Founder and CEO of Tinybird"),
    # As a recogniser writes them: no comma between a name and its role, none after a name spoken to.
    ("Today I'm joined by Laura Bianchi data engineer at Zalando.", "Laura Bianchi", "Data engineer at Zalando"),
    ("And with me today is Jonas Weber the CTO of Personio. Jonas welcome.", "Jonas Weber", "CTO of Personio"),
    ("Welcome Marta Kowalska to the show. Thanks for having me. So Marta you're the head of AI at Allegro.",
     "Marta Kowalska", "Allegro"),
    ("In today's episode we chat with Grace Kim engineering director at Pinterest.", "Grace Kim",
     "Engineering director at Pinterest"),
    # Stop 45's
    ("This week I caught up with Hannah Schmidt of SAP.", "Hannah Schmidt", "SAP"),
    ("Hannah Schmidt is a distinguished engineer at SAP, and she joins us today to talk about ABAP.",
     "Hannah Schmidt", "Distinguished engineer at SAP"),
    ("Back on the show is Marco Rossi from Red Hat.", "Marco Rossi", "Red Hat"),
    ("Our guest, Yuki Tanaka, is the VP of engineering at Mercari.", "Yuki Tanaka", "VP of engineering at Mercari"),
    ("Today's episode is with Noah Kim, founder of Turso.", "Noah Kim", "Founder of Turso"),
    # As a recogniser writes it: no full stop after the name.
    ("Ok so this week we're speaking to Elena Sokolova she's a staff engineer at JetBrains.", "Elena Sokolova",
     "Staff engineer at JetBrains"),
    ("Today I'm speaking with the head of platform at Monzo, Priya Raman.", "Priya Raman",
     "Head of platform at Monzo"),
    ("We're joined by Monzo's head of platform, Priya Raman.", "Priya Raman", "Head of platform at Monzo"),
    ("This is Sam Host, and my guest this week is Monzo's Priya Raman.", "Priya Raman", "Monzo"),
    ("Priya Raman, welcome to the show. You are the head of platform at Monzo.", "Priya Raman",
     "Head of platform at Monzo"),
    ("My guest is a principal engineer at Acme Labs. Her name is Jane Doe.", "Jane Doe",
     "Principal engineer at Acme Labs"),
    ("Joining us today from Acme Labs, Jane Doe.", "Jane Doe", "Acme Labs"),
    # Stop 46's
    ("Welcome to the show. Jane Doe is here. Jane leads the Go team at Acme.", "Jane Doe",
     "Lead of the Go team at Acme"),
    ("Priya Natarajan works at Stripe and she's here to talk about payments. Hi Priya.", "Priya Natarajan", "Stripe"),
    ("With me in the studio today is Noah Fischer, an engineer at Docker.", "Noah Fischer", "Engineer at Docker"),
    ("Our guest today is Omar Haddad. Omar, welcome! Thanks. I started two weeks ago at Cloudflare.", "Omar Haddad",
     "Cloudflare"),
    ("We have Lena Fischer with us. Welcome, Lena. I understand you have your own business, right? Yes, I do. It's "
     "Northwind Analytics.", "Lena Fischer", "Northwind Analytics"),
    ("Today we're talking with Carlos Mendes. He's a journalist with the Guardian.", "Carlos Mendes",
     "Journalist with Guardian"),
    ("I'm joined by the creator of Gopherbot. It's Deadprogram, aka Ron Evans. Hi Ron, how are you?", "Ron Evans",
     "Creator of Gopherbot"),
    # Surnames with a particle or a capital inside them
    ("I'm talking to Pieter de Vries, a researcher at Adyen.", "Pieter de Vries", "Researcher at Adyen"),
    ("Our guest is Marie LeBlanc, who works at Ubisoft as a technical director.", "Marie LeBlanc", "Ubisoft"),
    ("With us today is Laura van Dijk, who heads up infrastructure at Booking.com.", "Laura van Dijk",
     "Head of infrastructure at Booking.com"),
    # Stop 47's
    ("Today we welcome Hiro Sato, who maintains the Vite project.", "Hiro Sato", "Maintainer of Vite"),
    ("My guest today is Sofia Rossi. Sofia, you're an SRE at Shopify, is that right? That's right.", "Sofia Rossi",
     "SRE at Shopify"),
    ("Let me introduce our guest, Anna Berg. Anna is the founder of a company called Linear.", "Anna Berg",
     "Founder of Linear"),
    ("I'm super excited about today's guest. He works at Vercel on Next.js. His name is Tim Neutkens.",
     "Tim Neutkens", "Vercel"),
    ("Our guest today is Ines Moreno, who recently left Google to start her own company, Fern.", "Ines Moreno",
     "Founder of Fern"),
    ("My guest today works on Kubernetes at Red Hat. Please welcome Ivan Petrov.", "Ivan Petrov", "Red Hat"),
    ("Today I have the pleasure of talking with Nora Kim. Nora is an assistant professor at MIT.", "Nora Kim",
     "Assistant professor at MIT"),
    ("Our guest today is a longtime friend of the show, Ken Adams, now at Fastly.", "Ken Adams", "Fastly"),
    ("Today's guest joins us from Cloudflare. Welcome to the show, Lea Martin.", "Lea Martin", "Cloudflare"),
    # As a recogniser writes them: a company named by a common word, in lower case
    ("So today we have with us Tom Preston, who's the CTO over at gitpod. Tom, welcome to the show.", "Tom Preston",
     "CTO at Gitpod"),
    ("Our guest today is Mark Lee. Mark works at a company called planet scale. Welcome Mark.", "Mark Lee",
     "Planet Scale"),
    ("We're joined today by Sarah Drasner, she is the VP of developer experience at netlify.", "Sarah Drasner",
     "VP of developer experience at Netlify"),
    ("Today we're talking with Nikita Shamgunov, who is the CEO of neon. Nikita, welcome.", "Nikita Shamgunov",
     "CEO of Neon"),
    # Where they work, said by the guest once asked: a business of their own, a job begun, a former employer
    # the host had given as the present one
    (_WELCOMED + "So what are you up to these days? I'm working on a little lifestyle business, Quillpad, after "
     "leaving my last startup, Brightbeam.", "Ada Brown", "Quillpad"),
    (_WELCOMED + "What are you doing now? These days I run a small consultancy, Oddbird, with my partner.",
     "Ada Brown", "Oddbird"),
    (_WELCOMED + "Tell us what you do. I'm building a company called Arcjet, which does security for developers.",
     "Ada Brown", "Arcjet"),
    (_WELCOMED + "So you work for Couchbase, yeah? No, I left Couchbase last year. I've just actually started a "
     "company called Bluge Labs.", "Ada Brown", "Founder of Bluge Labs"),
    (_WELCOMED + "Tell us about yourself. I actually started my first ever full-time job at Directus, where I am a "
     "developer educator.", "Ada Brown", "Directus"),
    (_WELCOMED + "Tell us about yourself. Last spring I took a job at Temporal, working on the Go SDK.", "Ada Brown",
     "Temporal"),
    # A sixth battery: a thing's name before a role noun is a role ("a product manager" had made the guest a
    # thing); what someone does now, after what they did
    ("I'm sitting down with Leila Farah, a product manager on the Chrome team at Google. Welcome, Leila.",
     "Leila Farah", "Product manager on the Chrome team at Google"),
    ("Welcome Ben Hart, who spent a decade at Amazon and now runs engineering at Figma.", "Ben Hart",
     "Lead of engineering at Figma"),
    ("Our guest is Pia Lund. Pia was at Heroku for years and is now a staff engineer at Render. Welcome, Pia.",
     "Pia Lund", "Staff engineer at Render"),
])
def test_common_introductions_give_the_guest_and_where_they_work(introduction, guest, affiliation):
    """Introductions written for this test (stops 44 to 47), in phrasings podcasts use and no benchmark
    episode said: each read none of these guests, or where they work, before its stop (stop 45's read one
    as "Is the VP of engineering at Mercari"). Stop 47's two batteries: of 28, 22 read before it and 27 after
    ("Please welcome charity majors.", a name in lower case made of two ordinary words, is still none); of 20
    more and 3 with no guest, 15 and 2 before, all after; of 15 as a recogniser writes them, 9 before, 13 after
    ("Lisa Bell from stripe" and "a content designer at the government digital service" are not read). Stop 48's
    battery, the kinds set 37 said: of 17, 4 read before, 16 after ("Not anymore, I moved to Shopify" gives no
    employer rather than the one denied; "moved to" may be a city); a sixth, of 24, 20 before, 22 after (not read:
    "Rachel Kim, principal engineer, Microsoft." and "Our guest today spent eight years at Google and is now the
    CTO of Temporal. Please welcome Sam Wu.")."""
    notes = _notes_of([Person(name="Sam Host", role="host")], "A Show", "An episode",
                      introduction + _AFTER_AN_INTRODUCTION)
    assert [(g.name, g.affiliation) for g in notes.guests] == [(guest, affiliation)]
    opening = notes.summary.split(" joins ")[0]
    assert opening.startswith(f"In this episode, {guest}") and affiliation.lower() in opening.lower()


@pytest.mark.parametrize("introduction, guests", [
    ("I'm here with Manish Jain and Karl Moore. And then Manish and Karl are both from Dgraph, and they've recently "
     "released a caching library.", [("Manish Jain", "Dgraph"), ("Karl Moore", "Dgraph")]),
    ("Joining me are Ana Silva and Ben Cole. Ana and Ben both work at Stripe on the payments team.",
     [("Ana Silva", "Stripe"), ("Ben Cole", "Stripe")]),
    ("Our guests today are Sam Reed and Priya Nair. Sam and Priya are both engineers at Fastly.",
     [("Sam Reed", "Engineer at Fastly"), ("Priya Nair", "Engineer at Fastly")]),
])
def test_two_guests_said_by_first_name_to_work_at_one_place_both_have_it(introduction, guests):
    """Held-out set 37's gt103 ("Manish and Karl are both from Dgraph"), and two more ways to say it (stop 48):
    neither guest had an employer, or only the second one, as "Both engineers at Fastly"."""
    assert _guests_heard(["Sam Host"], introduction) == guests


@pytest.mark.parametrize("story, guest", [
    ("Today I have Tom Occhino, who is the chief product officer at Vercel. Tom, welcome. Thanks. So back then, "
     "Jordan Walk ended up joining my team, and showing me this thing that he had created.",
     ("Tom Occhino", "Chief product officer at Vercel")),
    ("Today I have Tom Occhino, the CTO of Acme. Tom, welcome. Thanks. Later Maria Lopez was joining a startup, so "
     "we hired Dan Wu.", ("Tom Occhino", "CTO of Acme")),
    ("I'm here with Ada Brown. Welcome, Ada. You're at Mozilla these days? Not anymore, I moved to Shopify.",
     ("Ada Brown", None)),
])
def test_who_joins_a_team_in_a_story_is_no_guest_and_an_employer_denied_is_none(story, guest):
    """Held-out set 37's jsp345: "Jordan Walk ended up joining my team" made a guest of someone in the guest's
    story (and of everyone named in that sentence); and an employer the guest says they are no longer at."""
    assert _guests_heard(["Sam Host"], story) == [guest]


def test_a_host_called_by_an_initial_and_surname_is_no_guest():
    """Held-out set 37's jsp346 as tiny.en heard it: "we also have Kay Ball here" is the panelist Kevin Ball,
    called KBall."""
    heard = ("I'm your host this week, Nick Nisi, and I am joined by Amy Dutton. And we also have Kay Ball here. "
             "We have a very special guest today. We have Carmen Huidobro. Carmen, welcome.")
    assert _guests_heard(["Nick Nisi", "Amy Dutton", "Kevin Ball"], heard) == [("Carmen Huidobro", None)]


def test_two_guests_said_to_be_both_from_one_place_have_it():
    """Written for this test (stop 44): "..., both from Cockroach Labs" after two names gave neither."""
    notes = _notes_of([Person(name="Sam Host", role="host")], "A Show", "An episode",
                      "With us today are Dana White and Eli Brown, both from Cockroach Labs." + _AFTER_AN_INTRODUCTION)
    assert [(g.name, g.affiliation) for g in notes.guests] == [("Dana White", "Cockroach Labs"),
                                                              ("Eli Brown", "Cockroach Labs")]
    assert notes.summary.startswith("In this episode, Dana White and Eli Brown of Cockroach Labs join Sam Host")


@pytest.mark.parametrize("opening", [
    "Today I have Visual Studio Code open and we chat with Claude Code about refactoring.",
    "It's just the two of us today. We're lucky to have Google Cloud credits here, so we tried Cloud Run.",
    "Today's episode features Kubernetes Operators, the controller pattern at Google.",
    "Joining us is the new version of Rust, which we talk about. Joining me from Berlin is Jo Cohost.",
    "It's so nice to have GitHub Actions here. We're going to talk with Stack Overflow about it.",
    # Stop 45's
    "Back on the show is Kubernetes Corner, our regular segment.",
    "I caught up with Hacker News over the weekend.",
    "Today's episode is with Apple Silicon in mind.",
    "We're speaking with Microsoft Teams today because the studio is closed.",
    "Rust is a systems language, and it joins us in the browser now.",
    # Stop 46's
    "Apple Silicon is here.",
    "The new MacBook Pro is here today.",
    "Sarah Allen from Bridge Foundry also just joined Google. Good for her.",
    "Our favourite editor, aka Visual Studio Code, is great.",
])
def test_things_said_as_guests_are_no_guests(opening):
    """Written for this test (stops 44 to 46): the cues the introductions above added, said of things; and news
    of someone else's new job (held-out set 35's gt11 made a guest of her)."""
    hosts = [Person(name="Sam Host", role="host"), Person(name="Jo Cohost", role="host")]
    notes = _notes_of(hosts, "A Show", "An episode", f"I'm Sam Host, with Jo Cohost. {opening}{_AFTER_AN_INTRODUCTION}")
    assert notes.guests == []
    assert notes.summary.startswith("In this episode, Sam Host and Jo Cohost discuss")


@pytest.mark.parametrize("introduction, guests", [
    ("Today we have two guests. Amy Nguyen from Figma and Ben Carter from Linear. Welcome both.",
     [("Amy Nguyen", "Figma"), ("Ben Carter", "Linear")]),
    ("With me are Tom Becker of Cloudflare and Lena Fischer of Stripe.",
     [("Tom Becker", "Cloudflare"), ("Lena Fischer", "Stripe")]),
    ("Today I'm talking with Omar Haddad and Nina Patel. Omar is the CEO of Acme Robotics.",
     [("Omar Haddad", "CEO of Acme Robotics"), ("Nina Patel", None)]),
    ("I'm here with Ada Lovelace from IBM and Red Hat, two companies that make Linux.", [("Ada Lovelace", "IBM")]),
])
def test_two_guests_introduced_together_are_both_found_in_the_order_said(introduction, guests):
    """Written for this test (stop 44): a list of guests said with where each is from, two guests counted
    and then named, and the order a list says them in (the summary had put "Nina Patel" first)."""
    notes = _notes_of([Person(name="Sam Host", role="host")], "A Show", "An episode",
                      introduction + _AFTER_AN_INTRODUCTION)
    assert [(g.name, g.affiliation) for g in notes.guests] == guests
    assert notes.summary.startswith(f"In this episode, {guests[0][0]}")


def test_a_title_said_in_full_is_no_part_of_the_name_and_a_university_of_takes_the():
    """Written for this test (stop 45): "Professor" made a second guest of the same person ("Alan Grant and
    Professor Alan Grant of University of Edinburgh join ...")."""
    notes = _notes_of([Person(name="Sam Host", role="host")], "A Show", "An episode",
                      "I'm delighted to be joined by Professor Alan Grant of the University of Edinburgh."
                      + _AFTER_AN_INTRODUCTION)
    assert [(g.name, g.affiliation) for g in notes.guests] == [("Alan Grant", "University of Edinburgh")]
    assert notes.summary.startswith("In this episode, Alan Grant of the University of Edinburgh joins Sam Host")


def test_set_34_introductions_give_the_guests_and_where_they_work():
    """Held-out set 34 (opened at stop 45), true text: "to have our guest from that show back, who is now an AI
    engineer at Kùzu, Prashanth Rao" (an accented organisation); "one of my good friends, Mike Lewis ... it's
    great to have you here, Mike"; "a special guest, Jason Lengstorf, Human Duct Tape at Gatsby" (his title had
    made a second guest); "It's Deadprogram, a.k.a. Ron Evans. Hi, Ron." (a handle, then the name: stop 46)."""
    found = {}
    for episode in ("pai288_kuzu", "pai289_synthony", "jsp71_gatsby", "gt84_gopherbot"):
        notes = _notes_of_excerpt("heldout34", episode)
        found[episode] = {g.name: g.affiliation for g in notes.guests}
    assert found["pai288_kuzu"] == {"Prashanth Rao": "AI engineer at Kùzu"}
    assert found["pai289_synthony"] == {"Mike Lewis": "Chief AI architect at Synthony"}
    assert found["jsp71_gatsby"] == {"Jason Lengstorf": "Gatsby"}
    assert found["gt84_gopherbot"] == {"Ron Evans": None}


def test_set_35_introductions_give_the_guests_and_where_they_work():
    """Held-out set 35 (opened at stop 46), true text: "Chris DeBellis" (a surname with a capital inside it was
    cut to "Chris De") and "I'm no longer with Honeywell, but Chris still is"; "he's an activist with the EFF"
    (a role no role noun named); "I understand you have your own business, right?" / "Yes, I do. It's Lander
    Analytics." (the company given as an answer); "I started two weeks ago at Google", and "Sarah Allen from
    Bridge Foundry also just joined Google" is news, no guest."""
    found = {}
    for episode in ("pai11_honeywell", "cl221_eff", "pai7_landeranalytics", "gt11_google"):
        notes = _notes_of_excerpt("heldout35", episode)
        found[episode] = {g.name: g.affiliation for g in notes.guests}
    assert found["pai11_honeywell"] == {"Chris DeBellis": "Honeywell"}
    assert found["cl221_eff"] == {"Cory Doctorow": "Activist with EFF"}
    assert found["pai7_landeranalytics"] == {"Jared Lander": "Lander Analytics"}
    assert found["gt11_google"] == {"Jessie Frazelle": "Google"}


def _guests_heard(hosts: list[str], heard: str) -> list[tuple[str, str | None]]:
    """(name, affiliation) of each guest the notes find in an introduction as a recogniser heard it."""
    notes = _notes_of([Person(name=name, role="host") for name in hosts], "A Show", "An episode",
                      heard + _AFTER_AN_INTRODUCTION)
    return [(g.name, g.affiliation) for g in notes.guests]


@pytest.mark.parametrize("said", [
    "Joining us today is Kubernetes Corner, our regular segment about Kubernetes news.",
    "This week I read a post by Martin Fowler about microservices. Let's talk about it.",
])
def test_things_and_people_talked_about_are_no_guests(said):
    """A thing introduced like a guest, then described as a thing ("..., our regular segment"), and someone
    only talked about (stop 47's battery: the first had been a guest)."""
    notes = _notes_of([Person(name="Sam Host", role="host")], "A Show", "An episode", said + _AFTER_AN_INTRODUCTION)
    assert notes.guests == []


def test_set_36_introductions_give_the_guests_and_where_they_work():
    """Held-out set 36 (opened at stop 47), true text: "I'm Turkish; it's a Turkish name" is no one else's
    introduction, so "I work with Mat, unfortunately, at Grafana Labs" is still the guest's; "a project that
    you've created and maintained call CodeSandbox"; "I'm a UX engineer on Google Cloud" (not "UX", a craft
    read as an employer); "And I'm looking at you, Brendan... What is it like to work from Microsoft?" and
    "Ganesh, what is it like for you to work for Microsoft?", asked of two guests by first name."""
    found = {}
    for episode in ("gt335_grafanalabs", "jsp51_codesandbox", "jsp53_google", "si68_microsoft"):
        notes = _notes_of_excerpt("heldout36", episode)
        found[episode] = {g.name: g.affiliation for g in notes.guests}
    assert found["gt335_grafanalabs"] == {"Yasir Ekinci": "Grafana Labs"}
    assert found["jsp51_codesandbox"] == {"Ives van Hoorne": "Creator of CodeSandbox"}
    assert found["jsp53_google"] == {"Adam Argyle": "UX engineer on Google Cloud"}
    assert found["si68_microsoft"] == {"Ganesh": "Microsoft", "Brendan": "Microsoft"}


def test_set_37_introductions_give_the_guests_and_where_they_work():
    """Held-out set 37 (opened at stop 48), true text: "I am working on a little lifestyle business, Reflect,
    after leaving my thinking business, Clearbit"; "So you work for Couchbase, yeah? No, I left Couchbase last
    year ... I've just actually started a company called Bluge Labs" (Couchbase before); "I actually started my
    first ever full-time job at Directus, where I am a developer educator"; "Manish and Karl are both from
    Dgraph"; and "Jordan Walk ended up joining my team", no guest."""
    found = {}
    for episode in ("cl503_reflect", "gt104_blugelabs", "jsp346_directus", "jsp345_vercel", "gt103_dgraph"):
        notes = _notes_of_excerpt("heldout37", episode)
        found[episode] = {g.name: g.affiliation for g in notes.guests}
    assert found["cl503_reflect"] == {"Alex MacCaw": "Reflect"}
    assert found["gt104_blugelabs"] == {"Marty Schoch": "Founder of Bluge Labs"}
    assert found["jsp346_directus"] == {"Carmen Huidobro": "Directus"}
    assert found["jsp345_vercel"] == {"Tom Occhino": "Chief product officer at Vercel"}
    assert found["gt103_dgraph"] == {"Manish Jain": "Dgraph", "Karl McGuire": "Dgraph"}


@pytest.mark.parametrize("heard, guests", [
    # jsp51: the host's name misheard after "I'm your host"; the project in lower case after "call"
    ("Welcome to another fantastic episode of J.S. Party. I'm your host this week. Make Nissie and today I'm joined "
     "by a very special guest. Mr. Ides Van Horn. Ides, would you like to introduce yourself? Hello. Yeah, my name "
     "is Ides Van Horn and it's super cool to be here. We're talking about a project that you've created and "
     "maintained call code sandbox. For anyone in the audience, what is code sandbox?",
     [("Ides Van Horn", "Creator of Code Sandbox")]),
    # pai224: what the guest co-founded, in lower case after "of"
    ("This is Daniel Whitenack. Yeah, we should just go straight to our guest. Yeah, including llamas, which we're "
     "excited to date out with us, Jerry Liu, who is co-founder and creator of llama index. Welcome, Jerry. Yeah, "
     "thanks Daniel and Chris for having me.", [("Jerry Liu", "Co-founder and creator of Llama Index")]),
])
def test_set_36_introductions_as_tiny_en_heard_them(heard, guests):
    """Held-out set 36 (opened at stop 47) from audio: tiny.en's words, which gave the host as a guest ("Make
    Nissie" for Nick Nisi) and no affiliation before."""
    assert _guests_heard(["Nick Nisi", "Daniel Whitenack", "Chris Benson"], heard) == guests


@pytest.mark.parametrize("heard, guests", [
    # cl650: a short surname in capitals, the company after "founder of" in lower case
    ("We're here with David HSU, founder of retool. Big fan David, as you know, a lot of our audience uses retool.",
     [("David Hsu", "Founder of Retool")]),
    # si94: the surname heard as a word, the first name given with where they work
    ("Thank you so much. Chris one for being on the show today. Chris tell us about yourself. Where do you work? "
     "Hi, I'm Chris one. I'm an engineer at Assign, where we're building a platform.",
     [("Chris", "Engineer at Assign")]),
    # pai289: the welcome by first name with no comma, the full name said before it
    ("This is Daniel Whitenack. I am founder and CEO at prediction Guard, and I'm really privileged today to have in "
     "prediction guard offices one of my good friends Mike Lewis who I've known for a little while now. He's "
     "currently the chief AI architect at Symphony. And yet. it's great to have you here Mike. Thank you, Daniel.",
     [("Mike Lewis", "Chief AI architect at Symphony")]),
    # pai288: a misheard company read as a person is no guest, and the co-host's employer no one's
    ("This is Daniel Whitenack, I am CEO and founder at Prediction Gar, and I'm joined, as always, by my co-host "
     "Chris Benson, who is a Principal AI Research Engineer at Lockheed Martin. How are you doing, Chris?", []),
])
def test_set_34_introductions_as_tiny_en_heard_them(heard, guests):
    """Held-out set 34 (opened at stop 45) from audio: tiny.en's words, each of which gave no guest, no
    employer or a wrong guest before."""
    hosts = ["Daniel Whitenack", "Adam Stacoviak", "Justin Garrison"]
    hosts += ["Chris Benson"] if "Chris Benson" in heard else []
    assert _guests_heard(hosts, heard) == guests


@pytest.mark.parametrize("heard, guests", [
    # pai11: a surname's particle in lower case
    ("I'm Chris Benson. And with me is my co-host, Daniel Whitenack. We have Chris de Belles, whom I'll introduce in "
     "just a minute. Chris and I have actually worked together at Honeywell. I'm no longer with Honeywell, but Chris "
     "still is and is doing some really cool work. How are you doing today, Chris? Hey Chris, I'm well.",
     [("Chris de Belles", "Honeywell")]),
    # gt11: the name said alone, after the sentence that says a guest comes
    ("I'm Erik St. Martin. And our special guest today is the Queen of Containers. Jesse Frazel. How are you? Good. "
     "Jesse, you also have a new job, right? Yeah, so I started two weeks ago at Google.",
     [("Jesse Frazel", "Google")]),
    # cl222: an initial's full stop ("F. Gores", tiny.en's Ethcore) ends no sentence
    ("All right, we're here today. Gavin would joining us today from F. Gores that right. F. Gores, that's right. F. "
     "Gores, we've never had a conversation about cryptocurrency. Gavin, first of all, thanks for joining us. Gavin, "
     "give us a little bit of your backstory.", [("Gavin", None)]),
    # pai7: the company named in answer, in lower case (named after the guest)
    ("This is Daniel Whitenack. We have Jared Lander. Welcome. Hi folks. Well, what are you working on right now? "
     "I'd understand you have your own business right? Yes, I do. It's lander analytics. We are a data science "
     "consulting, training and events company.", [("Jared Lander", "Lander Analytics")]),
])
def test_set_35_introductions_as_tiny_en_heard_them(heard, guests):
    """Held-out set 35 (opened at stop 46) from audio: tiny.en's words, each of which gave no guest or a second,
    false one ("Gores") before."""
    assert _guests_heard(["Chris Benson", "Daniel Whitenack", "Erik St. Martin", "Adam Stacoviak", "Jerod Santo"],
                         heard) == guests
