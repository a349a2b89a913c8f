"""Apple's ``itunes:`` tags as a feedgen extension.

feedgen's own podcast extension writes ``itunes:explicit`` only as yes/no/clean (Apple now wants
true/false), knows the pre-2019 categories, and refuses ``.jpeg`` or query-string image URLs. This one
writes what Apple's current spec asks for and trusts the values validated upstream.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from feedgen.ext.base import BaseEntryExtension, BaseExtension

from tasks.feed.xml import ITUNES, element
from tasks.models import split_category


def _bool(value: bool) -> str:
    return "true" if value else "false"


def duration_text(seconds: float) -> str:
    """``HH:MM:SS`` for itunes:duration.

    >>> duration_text(3725.4)
    '01:02:05'
    """
    total = int(round(seconds))
    return f"{total // 3600:02d}:{total % 3600 // 60:02d}:{total % 60:02d}"


@dataclass
class AppleChannel:
    author: str = ""
    image: str | None = None
    categories: list[str] = field(default_factory=list)
    explicit: bool = False
    owner: tuple[str, str] | None = None
    show_type: str = "episodic"
    summary: str | None = None


@dataclass
class AppleItem:
    title: str = ""
    duration: float = 0.0
    explicit: bool | None = None
    image: str | None = None
    season: int | None = None
    episode: int | None = None
    episode_type: str = "full"
    author: str | None = None
    summary: str | None = None


class AppleExtension(BaseExtension):
    def __init__(self) -> None:
        self.values = AppleChannel()

    def extend_ns(self) -> dict[str, str]:
        return {"itunes": ITUNES}

    def extend_rss(self, feed):
        channel, v = feed[0], self.values
        element(channel, ITUNES, "author", v.author)
        if v.image:
            element(channel, ITUNES, "image", href=v.image)
        for value in v.categories:
            main, sub = split_category(value)
            node = element(channel, ITUNES, "category", text_=main)
            if sub:
                element(node, ITUNES, "category", text_=sub)
        element(channel, ITUNES, "explicit", _bool(v.explicit))
        if v.owner:
            owner = element(channel, ITUNES, "owner")
            element(owner, ITUNES, "name", v.owner[0])
            element(owner, ITUNES, "email", v.owner[1])
        element(channel, ITUNES, "type", v.show_type)
        if v.summary:
            element(channel, ITUNES, "summary", v.summary)
        return feed


class AppleEntryExtension(BaseEntryExtension):
    def __init__(self) -> None:
        self.values = AppleItem()

    def extend_ns(self) -> dict[str, str]:
        return {"itunes": ITUNES}

    def extend_rss(self, item):
        v = self.values
        element(item, ITUNES, "title", v.title)
        element(item, ITUNES, "duration", duration_text(v.duration))
        if v.explicit is not None:
            element(item, ITUNES, "explicit", _bool(v.explicit))
        if v.image:
            element(item, ITUNES, "image", href=v.image)
        if v.season:
            element(item, ITUNES, "season", str(v.season))
        if v.episode:
            element(item, ITUNES, "episode", str(v.episode))
        element(item, ITUNES, "episodeType", v.episode_type)
        if v.author:
            element(item, ITUNES, "author", v.author)
        if v.summary:
            element(item, ITUNES, "summary", v.summary)
        return item
