"""Show notes rendered through the Jinja2 templates (``tasks/templating.py``: a show may override any)."""

from __future__ import annotations

import re
from pathlib import Path

from jinja2 import Environment

from tasks.models import DESCRIPTION_BYTES, Person, ShowNotes
from tasks.sanitize import plain_text, sanitize_html
from tasks.templating import environment


def truncate_bytes(text: str, limit: int = DESCRIPTION_BYTES) -> str:
    """Cut at a word boundary so the UTF-8 encoding fits ``limit`` bytes.

    >>> truncate_bytes("héllo wörld again", 16)
    'héllo wörld…'
    """
    if len(text.encode()) <= limit:
        return text
    room = limit - len("…".encode())
    cut = text.encode()[:room].decode("utf-8", "ignore")
    if not text[len(cut):len(cut) + 1].isspace():
        cut = cut.rsplit(" ", 1)[0]  # the last word was cut through
    return cut.rstrip(" ,.;:") + "…"


def render_notes(notes: ShowNotes, people: list[Person], overrides: Path | None = None) -> ShowNotes:
    """The notes with their three renderings filled in: HTML, plain description, Markdown."""
    env = environment(overrides)
    context = {"notes": notes, "people": people}
    html = sanitize_html(env.get_template("notes.html.j2").render(context)).strip()
    markdown = re.sub(r"\n{3,}", "\n\n", env.get_template("notes.md.j2").render(context)).strip() + "\n"
    return notes.model_copy(update={
        "html": html, "description": render_description(env, notes, people), "markdown": markdown,
    })


def render_description(env: Environment, notes: ShowNotes, people: list[Person],
                       limit: int = DESCRIPTION_BYTES) -> str:
    """The plain description within ``limit`` bytes. When it is too long, the summary is shortened
    first (to half the room) so the lists after it still show, then the whole is cut at a word."""
    template = env.get_template("description.txt.j2")

    def render(summary: str) -> str:
        text = template.render({"notes": notes.model_copy(update={"summary": summary}), "people": people})
        text = "\n".join(re.sub(r"[ \t]{2,}", " ", line).strip() for line in plain_text(text).splitlines())
        return re.sub(r"\n{3,}", "\n\n", text).strip()

    description = render(notes.summary)
    if len(description.encode()) > limit:
        description = render(truncate_bytes(notes.summary, limit // 2))
    return truncate_bytes(description, limit)
