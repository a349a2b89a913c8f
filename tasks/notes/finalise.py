"""What every generator's notes are held to before rendering: the metadata is authoritative (hosts
from show.yaml, guests and description from episode.yaml), names are spelled as the metadata spells
them, hosts are never guests, lists have no duplicates and chapters are valid."""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from tasks.models import Chapter, Company, EpisodeInput, Person, Show, ShowNotes, Transcript
from tasks.notes.names import is_host, names_in_title, similar_names
from tasks.notes.sentences import sentences
from tasks.notes.soundbites import pick_soundbite

MAX_QUESTIONS = 5
MAX_TAGS = 12
MAX_TAG_CHARS = 60
MAX_TITLE_CHARS = 100


def _unique(items: list[str]) -> list[str]:
    """Non-empty, stripped, first spelling kept.

    >>> _unique([" MLOps ", "mlops", "", "Data"])
    ['MLOps', 'Data']
    """
    seen, result = set(), []
    for item in items:
        item = " ".join((item or "").split())
        if item and item.lower() not in seen:
            seen.add(item.lower())
            result.append(item)
    return result


def canonical_guests(found: list[Person], hosts: list[Person], spellings: list[str]) -> list[Person]:
    """Guests a generator found, never a host, spelled as the title spells them, each once.

    >>> found = [Person(name="Demetrius Brinkman"), Person(name="Steph Locke"), Person(name="Demetrios Brinkmann")]
    >>> [g.name for g in canonical_guests(found, [Person(name="Steph Locke")], ["Demetrios Brinkmann"])]
    ['Demetrios Brinkmann']
    """
    host_names = [h.name for h in hosts]
    guests: list[Person] = []
    for person in found:
        if is_host(person.name, host_names):
            continue
        name = next((s for s in spellings if similar_names(person.name, s)), person.name)
        if any(similar_names(name, g.name) for g in guests):
            continue
        guests.append(person.model_copy(update={"name": name, "role": person.role or "guest"}))
    return guests


def respell(text: str, names: list[str], vocabulary: set[str] = frozenset()) -> str:
    """Names in generated text spelled as the metadata spells them ("Demetrius" → "Demetrios"),
    including a recogniser's clipped first letter. A word also spoken in lower case (in
    ``vocabulary``) is an ordinary word, never a misspelt name.

    >>> respell("Emetrius, what have you seen? Ask Stephen.", ["Demetrios Brinkmann", "Stephen Foskett"])
    'Demetrios, what have you seen? Ask Stephen.'
    >>> respell("Vendor Lock-In", ["Steph Locke"], {"lock"})
    'Vendor Lock-In'

    A name's part after an apostrophe or a hyphen is no word of its own: "D'Agostino" stays whole.

    >>> respell("Lucy D'Agostino McGowan", ["Lucy D'Agostino McGowan"])
    "Lucy D'Agostino McGowan"
    """
    words = {w for name in names for w in name.split() if len(w) >= 4}

    def fix(match: re.Match) -> str:
        word = match.group(0)
        if word in words or word.lower() in vocabulary:
            return word
        best = max(words, key=lambda w: SequenceMatcher(None, word.lower(), w.lower()).ratio(), default=None)
        if best and abs(len(best) - len(word)) <= 2 \
                and SequenceMatcher(None, word.lower(), best.lower()).ratio() >= 0.8:
            return best
        return word

    return re.sub(r"(?<![\w'’-])[A-Z][a-z]{3,}\b", fix, text) if words else text


def valid_chapters(chapters: list[Chapter], duration: float) -> list[Chapter]:
    """Ascending, inside the episode, the first at 0, one per start time, every title non-empty.

    >>> [(c.start, c.title) for c in valid_chapters(
    ...     [Chapter(start=70, title=" B "), Chapter(start=5, title="A"), Chapter(start=70, title="C"),
    ...      Chapter(start=999, title="D"), Chapter(start=80, title="  ")], 100)]
    [(0.0, 'A'), (70.0, 'B')]
    """
    result: list[Chapter] = []
    for chapter in sorted(chapters, key=lambda c: c.start):
        title = " ".join(chapter.title.split())[:MAX_TITLE_CHARS]
        start = max(0.0, float(chapter.start))
        if not title or (duration and start >= duration) or any(abs(c.start - start) < 1 for c in result):
            continue
        result.append(Chapter(start=0.0 if not result else round(start, 3), title=title))
    return result


def finalise(show: Show, episode: EpisodeInput, transcript: Transcript, notes: ShowNotes) -> ShowNotes:
    spellings = names_in_title(episode.title, episode.description)
    guests = list(episode.guests) or canonical_guests(notes.guests, show.hosts, spellings)
    people = [*guests, *show.hosts]
    person_names = [p.name for p in people]
    companies = []
    for company in notes.companies:
        name = " ".join(company.name.split())
        if not name or any(similar_names(name, p) for p in person_names) or similar_names(name, show.title):
            continue
        if not any(similar_names(name, c.name) for c in companies):
            companies.append(Company(name=name))
    tags = _unique([*episode.tags, *(p.handle for p in people if p.handle), *notes.tags])
    tags = [t for t in tags if len(t) <= MAX_TAG_CHARS][:MAX_TAGS]
    names = [p.name for p in people]
    vocabulary = set(re.findall(r"\b[a-z]+\b", transcript.text))
    summary = (episode.description or "").strip() or respell(" ".join(notes.summary.split()), names, vocabulary) \
        or episode.title
    chapters = [c.model_copy(update={"title": respell(c.title, names, vocabulary)}) for c in notes.chapters]
    return notes.model_copy(update={
        "summary": summary,
        "questions": _unique([respell(q, names, vocabulary) for q in notes.questions])[:MAX_QUESTIONS],
        "companies": companies,
        "guests": guests,
        "hosts": list(show.hosts),
        "tags": tags,
        "chapters": valid_chapters(chapters, transcript.duration),
        # Whichever generator wrote the notes, the soundbite is picked from what was said.
        "soundbites": notes.soundbites or pick_soundbite(sentences(transcript), transcript.duration),
    })
