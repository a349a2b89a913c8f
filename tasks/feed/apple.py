"""How Apple's ``itunes:`` elements are spelled; which ones the feed carries, and from which field,
is table.py's.

feedgen's own podcast extension writes ``itunes:explicit`` only as yes/no/clean (Apple now wants
true/false), knows the pre-2019 categories, and refuses ``.jpeg`` or query-string image URLs. These
writers follow Apple's current spec and trust the values validated upstream.
"""

from __future__ import annotations

from tasks.feed.xml import ITUNES, element
from tasks.models import Owner, split_category


def flag(value: bool) -> str:
    return "true" if value else "false"


def duration_text(seconds: float) -> str:
    """``HH:MM:SS`` for itunes:duration.

    >>> duration_text(3725.4)
    '01:02:05'
    """
    total = int(round(seconds))
    return f"{total // 3600:02d}:{total % 3600 // 60:02d}:{total % 60:02d}"


def image(parent, href: str) -> None:
    element(parent, ITUNES, "image", href=href)


def category(parent, value: str) -> None:
    """``"News > Tech News"``: the subcategory nests inside its category."""
    main, sub = split_category(value)
    node = element(parent, ITUNES, "category", text_=main)
    if sub:
        element(node, ITUNES, "category", text_=sub)


def owner(parent, person: Owner) -> None:
    node = element(parent, ITUNES, "owner")
    element(node, ITUNES, "name", person.name)
    element(node, ITUNES, "email", person.email)
