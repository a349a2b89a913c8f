"""The one Jinja2 environment every page and the notes are rendered with: castflow's templates, a
show's own ``templates/`` folder first, and the text filters they share."""

from __future__ import annotations

import re
from importlib.resources import files
from pathlib import Path
from urllib.parse import urlsplit

from jinja2 import ChoiceLoader, Environment, FileSystemLoader, StrictUndefined, select_autoescape

from tasks.timecodes import hms

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
