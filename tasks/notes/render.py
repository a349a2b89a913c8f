"""Show notes rendered through the Jinja2 templates in the top-level ``templates/`` (a show may override any)."""

from __future__ import annotations

import re
from importlib.resources import files
from pathlib import Path
from urllib.parse import urlsplit

from jinja2 import ChoiceLoader, Environment, FileSystemLoader, StrictUndefined, select_autoescape

from tasks.models import DESCRIPTION_BYTES, Person, ShowNotes
from tasks.notes.sanitize import plain_text, sanitize_html
from tasks.transcription.formats import hms

# Installed with castflow as the package ``templates`` (its package data), so a wheel finds them too.
# pip installs packages as folders, never zipped: the package's files are a folder on disk.
TEMPLATES = Path(str(files("templates")))


def markdown_escape(text: str) -> str:
    r"""Text that Markdown shows as written (no links, emphasis or HTML of its own).

    >>> markdown_escape("*not bold* <b>[x](y)</b>")
    '\\*not bold\\* &lt;b&gt;\\[x\\](y)&lt;/b&gt;'
    """
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return re.sub(r"([\\`*_\[\]#|])", r"\\\1", text)


def host_of(url: str) -> str:
    """The site a link goes to, as a label.

    >>> host_of("https://www.linkedin.com/in/x")
    'linkedin.com'
    """
    return (urlsplit(url).hostname or url).removeprefix("www.")


def environment(overrides: Path | None = None) -> Environment:
    """Templates from ``overrides`` (a show's own ``templates/``) first, then ours."""
    loaders = [FileSystemLoader(str(overrides))] if overrides and overrides.is_dir() else []
    env = Environment(
        loader=ChoiceLoader([*loaders, FileSystemLoader(str(TEMPLATES))]),
        autoescape=select_autoescape(enabled_extensions=("html", "html.j2", "xml.j2")),
        undefined=StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=False,
    )
    env.filters.update(hms=hms, host=host_of, md=markdown_escape, paragraphs=paragraphs)
    return env


def paragraphs(text: str) -> list[str]:
    r"""A text's paragraphs (split at blank lines), each on one line.

    >>> paragraphs("One\nline.\n\n  Two.  \n")
    ['One line.', 'Two.']
    """
    return [" ".join(p.split()) for p in re.split(r"\n\s*\n", text or "") if p.strip()]


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
