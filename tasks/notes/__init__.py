"""Show notes in the seed page's shape, generated offline from metadata and the transcript."""

from __future__ import annotations

from tasks.models import EpisodeInput, Show, ShowNotes, Transcript
from tasks.notes.chapters import find_chapters
from tasks.notes.extraction import find_companies, find_guests, find_tags, names_in_title
from tasks.notes.render import render_notes
from tasks.notes.sentences import questions, sentences, summarise


def expected_names(show: Show, episode: EpisodeInput) -> list[str]:
    """Everyone the episode's metadata spells: hosts, guests, and people its title names."""
    return list(dict.fromkeys([
        *(h.name for h in show.hosts),
        *(g.name for g in episode.guests),
        *names_in_title(episode.title, episode.description),
    ]))


def write_notes(show: Show, episode: EpisodeInput, transcript: Transcript) -> ShowNotes:
    """The offline generator: deterministic, no network."""
    spoken = sentences(transcript)
    text = transcript.text
    hosts = show.hosts
    guests = find_guests(text, hosts, episode.guests, names_in_title(episode.title, episode.description))
    people = [*guests, *hosts]
    notes = ShowNotes(
        summary=(episode.description or "").strip() or summarise(spoken),
        questions=questions(spoken, [h.name for h in hosts]),
        companies=find_companies(text, people, exclude=[show.title]),
        guests=guests,
        hosts=hosts,
        tags=find_tags(people, episode.tags, text),
        chapters=find_chapters(spoken, transcript.duration),
    )
    overrides = show.source_dir / "templates" if show.source_dir else None
    return render_notes(notes, people, overrides)
