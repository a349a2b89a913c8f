"""The offline generator: deterministic, no network, no model. Extractive summary, the questions
asked, people and organisations from how they are spoken of, keyphrases and topic chapters."""

from __future__ import annotations

import re

from tasks.models import EpisodeInput, Show, ShowNotes, Transcript
from tasks.notes.chapters import find_chapters
from tasks.notes.extraction import find_companies, find_guests, find_tags, names_in_title
from tasks.notes.sentences import questions, sentences, summarise


def _name_words(*names: str) -> set[str]:
    return {w.lower() for name in names for w in re.findall(r"[A-Za-z]+", name or "")}


def offline_notes(show: Show, episode: EpisodeInput, transcript: Transcript) -> ShowNotes:
    """Show notes from the transcript and metadata alone (not yet rendered)."""
    spoken = sentences(transcript)
    text = transcript.text
    hosts = show.hosts
    spellings = names_in_title(episode.title, episode.description)
    speakers = list(dict.fromkeys(s.speaker for s in transcript.segments if s.speaker))
    guests = find_guests(text, hosts, episode.guests, spellings, exclude=[show.title, show.author], speakers=speakers,
                         segments=transcript.segments)
    people = [*guests, *hosts]
    excluded = _name_words(*(p.name for p in people)) | _name_words(show.title)
    return ShowNotes(
        summary=(episode.description or "").strip() or summarise(spoken, exclude=[show.title], boilerplate=[show.description]),
        questions=questions(spoken, [h.name for h in hosts], guests=[g.name for g in guests]),
        companies=find_companies(text, people, exclude=[show.title]),
        guests=guests,
        hosts=hosts,
        tags=find_tags(people, episode.tags, [s.text for s in spoken], exclude=[show.title]),
        chapters=find_chapters(spoken, transcript.duration, exclude=excluded),
    )
