"""Show notes in the seed page's shape: summary, questions discussed, companies mentioned, guests and
hosts, chapters and tags, rendered to HTML, a plain description and Markdown.

Two generators stand behind ``write_notes``, chosen by ``show.notes.generator``: ``offline`` (the
default: deterministic, no network) and ``llm`` (any OpenAI-compatible endpoint, falling back to the
offline generator on any failure). Whichever wrote them, the notes are then held to the metadata:
the show's hosts, the episode's guests and description are authoritative.
"""

from __future__ import annotations

from tasks.models import EpisodeInput, Show, ShowNotes, Transcript
from tasks.notes.finalise import finalise
from tasks.notes.names import names_in_title
from tasks.notes.offline import offline_notes
from tasks.notes.render import render_notes


def expected_names(show: Show, episode: EpisodeInput) -> list[str]:
    """Everyone the episode's metadata spells: hosts, guests, and people its title names."""
    return list(dict.fromkeys([
        *(h.name for h in show.hosts),
        *(g.name for g in episode.guests),
        *names_in_title(episode.title, episode.description),
    ]))


def generate_notes(show: Show, episode: EpisodeInput, transcript: Transcript) -> ShowNotes:
    """The notes from the generator the show asks for, held to the metadata, not yet rendered."""
    if show.notes.generator == "llm":
        from tasks.notes.llm import llm_notes

        notes = llm_notes(show, episode, transcript)
    else:
        notes = offline_notes(show, episode, transcript)
    return finalise(show, episode, transcript, notes)


def write_notes(show: Show, episode: EpisodeInput, transcript: Transcript) -> ShowNotes:
    """Show notes, fully rendered: ``html`` (sanitised), ``description`` (≤ 4000 bytes), ``markdown``."""
    notes = generate_notes(show, episode, transcript)
    overrides = show.source_dir / "templates" if show.source_dir else None
    return render_notes(notes, [*notes.guests, *notes.hosts], overrides)


__all__ = ["expected_names", "generate_notes", "write_notes"]
