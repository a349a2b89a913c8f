"""The offline generator: deterministic, no network, no model. A summary that says who joins whom on
what and then the episode's main points, the questions asked, people and organisations from how they
are spoken of, topical keyphrases and topic chapters."""

from __future__ import annotations

import re
from collections import Counter

from tasks.models import EpisodeInput, Show, ShowNotes, Transcript
from tasks.notes import entities
from tasks.notes.affiliations import addressed_affiliations
from tasks.notes.chapters import INTRODUCTIONS, WRAP_UP, find_chapters
from tasks.notes.companies import find_companies
from tasks.notes.guests import find_guests
from tasks.notes.keyphrases import is_topical, whole_phrases, word_classes
from tasks.notes.names import coordinated_names, names_in_title, similar_names, spoken_pattern
from tasks.notes.places import place_names
from tasks.notes.questions import as_asked, heads_a_phrase, organisation_of, questions_discussed
from tasks.notes.sentences import sentences, straight_apostrophes
from tasks.notes.summary import introduction, joined_topics, main_topics, summarise, title_subject, unnamed_guests
from tasks.notes.tags import find_tags

MAX_TAGS = 12
MIN_QUESTIONS = 3  # what the seed page lists, and the fewest a reader is promised
_PLACES = {"GPE", "LOC"}


def _name_words(*names: str) -> set[str]:
    return {w.lower() for name in names for w in re.findall(r"[A-Za-z]+", name or "")}


def _subject(title: str, text: str, vocabulary: frozenset[str], topics: list[str], guests, spoken) -> list[str]:
    """What the opening says the episode discusses: the title's own clause where it has one ("how
    Pinterest delivers software at scale"), otherwise its most telling topics, not an affiliation's."""
    said_capitalised = frozenset(re.findall(r"(?<=[a-z,;] )[A-Z][a-z'-]+", text))
    clause = title_subject(title, vocabulary, said_capitalised)
    if clause:
        return [clause]
    affiliations = " ".join(g.affiliation or "" for g in guests).lower()
    texts = [s.text for s in spoken]
    named = joined_topics([t for t in topics if t.lower() not in affiliations], text)
    # In the words a sentence takes them: "to discuss the operating system, frameworks and PDP-7".
    return [as_asked(t, texts) for t in main_topics(named, lambda t: heads_a_phrase(t, texts))]


def _a_place(name: str, read_as_place: int, text: str) -> bool:
    """Whether the episode speaks of ``name`` as a place: a place's name, which the entity model reads as
    one in most of its mentions (``read_as_place`` of them).

    >>> _a_place("Columbia", 2, "We met in Columbia, Missouri. Columbia is small."), _a_place("Heroku", 2,
    ...     "The old days of Heroku. Everything on Heroku."), _a_place("Columbia", 1, "Columbia. Columbia.")
    (True, False, False)
    """
    # The model's reading first: the gazetteer is loaded only for an episode that speaks of a place.
    return read_as_place * 2 > len(re.findall(rf"\b{re.escape(name)}\b", text)) and name in place_names()


def offline_notes(show: Show, episode: EpisodeInput, transcript: Transcript) -> ShowNotes:
    """Show notes from the transcript and metadata alone (not yet rendered)."""
    transcript = straight_apostrophes(transcript)
    spoken = sentences(transcript)
    text = transcript.text
    hosts = show.hosts
    spellings = names_in_title(episode.title, episode.description)
    speakers = list(dict.fromkeys(s.speaker for s in transcript.segments if s.speaker))
    guests = find_guests(text, hosts, episode.guests, spellings, exclude=[show.title, show.author], speakers=speakers,
                         segments=transcript.segments)
    companies = find_companies(text, [*guests, *hosts], exclude=[show.title])
    if not episode.guests:  # what the hosts say of a found guest's company; metadata is authoritative
        guests = addressed_affiliations(guests, text, companies)
    people = [*guests, *hosts]
    excluded = _name_words(*(p.name for p in people)) | _name_words(show.title)
    # An organisation the episode speaks of is no person, whatever the entity model read it as once; a name
    # said in one breath with a participant or "I" is one ("Justin and I started it", "Jon and Justin").
    classes = {**word_classes(text), **{w: "PERSON" for w in coordinated_names(text, [p.name for p in people])},
               **{w.lower(): "PROPN" for c in companies for w in c.name.split()}}
    found = find_tags(people, [], [s.text for s in spoken], limit=3 * MAX_TAGS, exclude=[show.title],
                      keyphrase_limit=3 * MAX_TAGS)
    topics = [t for t in found if not t.startswith("@") and is_topical(t, classes)]
    # A tag or a question names a whole phrase: "source projects", said only in "open source projects", is
    # neither ("How have source projects changed over the years?").
    whole = whole_phrases(topics, [s.text for s in spoken], lambda p: is_topical(p, classes))
    tags = [*episode.tags, *(p.handle for p in people if p.handle), *whole][:MAX_TAGS]
    # A place is where things happen, not what an episode discusses: a tag, never a subject or a question
    # ("to discuss Zapier, Columbia and hours", "What is Columbia, and why does it matter?"); see places.py.
    places = Counter(entities.clean(e.text) for e in entities.entities(text) if e.label in _PLACES)

    def a_place(topic: str) -> bool:
        return _a_place(topic, places[topic], text)

    discussed = [t for t in topics if not a_place(t)]
    # Before a guest is first named the hosts talk among themselves ("Chris, how's your sense of smell?").
    named = [spoken_pattern(g.name) for g in guests]
    introduced_at = next((s.index for s in spoken if any(p.search(s.text) for p in named)), None)
    body = summarise(spoken, exclude=[show.title], boilerplate=[show.description], max_words=90, topics=topics,
                     introduced_at=introduced_at, introduced=[(g.name, g.affiliation) for g in guests])
    # A transcript with nothing to summarise gets no summary (the title stands in), not a bare opening;
    # one that names its guests has its opening at least, even where no sentence of it sums it up.
    vocabulary = frozenset(re.findall(r"\b[a-z][a-z'-]*\b", text))
    subject = _subject(episode.title, text, vocabulary, discussed, guests, spoken)
    opening = introduction([(g.name, g.affiliation) for g in guests], [h.name for h in hosts], subject, episode.title,
                           vocabulary, unnamed_guests=unnamed_guests(text))
    summary = (episode.description or "").strip() or (" ".join(filter(None, [opening, body])) if body or guests else "")
    organisation = organisation_of([g.affiliation for g in guests])
    chapters = find_chapters(spoken, transcript.duration, exclude=excluded, topical=lambda p: is_topical(p, classes))
    # Companies are asked about as the guest's organisation, never as a topic ("What is Google?").
    def no_company(topic: str) -> bool:
        return not any(similar_names(topic, c.name) for c in companies)

    subjects = [t for t in whole if not a_place(t) and no_company(t)]
    asked_by = ([h.name for h in hosts], [g.name for g in guests])
    questions = questions_discussed(spoken, *asked_by, subjects, organisation)
    if len(questions) < MIN_QUESTIONS:
        # A life story says few terms twice ("school", "college"); the chapters' topics, each said in its own
        # stretch of the episode ("App Store"), make up the questions it lacks.
        more = [t for t in _chapter_topics(chapters, text)
                if t not in subjects and not a_place(t) and no_company(t)]
        questions = questions_discussed(spoken, *asked_by, [*subjects, *more], organisation)
    return ShowNotes(
        summary=summary,
        questions=questions,
        companies=companies,
        guests=guests,
        hosts=hosts,
        tags=tags,
        chapters=chapters,
    )


def _chapter_topics(chapters, text: str) -> list[str]:
    """The topics the chapter titles name, as the episode says them.

    >>> from tasks.models import Chapter
    >>> _chapter_topics([Chapter(start=0, title="Introductions"), Chapter(start=9, title="College and App Store")],
    ...                 "I left college. We shipped on the app store. App Store reviews took days.")
    ['college', 'App Store']
    """
    found = []
    for chapter in chapters:
        for phrase in chapter.title.split(" and "):
            said = [m.group(0) for m in re.finditer(rf"\b{re.escape(phrase)}\b", text, re.IGNORECASE)]
            if said and phrase not in (INTRODUCTIONS, WRAP_UP):  # a name, where it is once said as one
                found.append(next((s for s in said if s[:1].isupper()), said[0]))
    return list(dict.fromkeys(found))
