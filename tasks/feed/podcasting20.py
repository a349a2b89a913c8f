"""The Podcasting 2.0 ``podcast:`` namespace as a feedgen extension.

The prefix is declared once on ``<rss>`` and spelled ``podcast`` literally, because the Podcast Index
parser matches the prefix, not the namespace URI.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from feedgen.ext.base import BaseEntryExtension, BaseExtension

from tasks.feed.xml import PODCAST, element

# Roles of the namespace's taxonomy (group "cast"); anything else is written as "guest".
CAST_ROLES = {"host", "co-host", "guest", "narrator", "announcer", "voice actor", "reporter"}


@dataclass(frozen=True)
class PersonTag:
    name: str
    role: str = "guest"
    href: str | None = None
    img: str | None = None


@dataclass(frozen=True)
class TranscriptTag:
    url: str
    type: str
    language: str | None = None
    rel: str | None = None


@dataclass(frozen=True)
class Soundbite:
    start: float
    duration: float
    title: str | None = None


@dataclass
class PodcastChannel:
    guid: str | None = None
    locked: bool = True
    owner_email: str | None = None
    people: list[PersonTag] = field(default_factory=list)
    funding: list[tuple[str, str]] = field(default_factory=list)
    txt: list[tuple[str, str | None]] = field(default_factory=list)


@dataclass
class PodcastItem:
    transcripts: list[TranscriptTag] = field(default_factory=list)
    chapters_url: str | None = None
    people: list[PersonTag] = field(default_factory=list)
    season: int | None = None
    episode: int | None = None
    soundbites: list[Soundbite] = field(default_factory=list)


def cast_role(role: str | None) -> str:
    """A role from the taxonomy.

    >>> cast_role("Co-Host"), cast_role("producer"), cast_role(None)
    ('co-host', 'guest', 'guest')
    """
    role = (role or "guest").lower()
    return role if role in CAST_ROLES else "guest"


def _people(parent, people: list[PersonTag]) -> None:
    for person in people:
        element(parent, PODCAST, "person", person.name, role=cast_role(person.role), group="cast",
                href=person.href, img=person.img)


class PodcastExtension(BaseExtension):
    def __init__(self) -> None:
        self.values = PodcastChannel()

    def extend_ns(self) -> dict[str, str]:
        return {"podcast": PODCAST}

    def extend_rss(self, feed):
        channel, v = feed[0], self.values
        if v.guid:
            element(channel, PODCAST, "guid", v.guid)
        element(channel, PODCAST, "locked", "yes" if v.locked else "no", owner=v.owner_email)
        _people(channel, v.people)
        for url, label in v.funding:
            element(channel, PODCAST, "funding", label, url=url)
        for text, purpose in v.txt:
            element(channel, PODCAST, "txt", text, purpose=purpose)
        return feed


class PodcastEntryExtension(BaseEntryExtension):
    def __init__(self) -> None:
        self.values = PodcastItem()

    def extend_ns(self) -> dict[str, str]:
        return {"podcast": PODCAST}

    def extend_rss(self, item):
        v = self.values
        for transcript in v.transcripts:
            element(item, PODCAST, "transcript", url=transcript.url, type=transcript.type,
                    language=transcript.language, rel=transcript.rel)
        if v.chapters_url:
            element(item, PODCAST, "chapters", url=v.chapters_url, type="application/json+chapters")
        _people(item, v.people)
        if v.season:
            element(item, PODCAST, "season", str(v.season))
        if v.episode:
            element(item, PODCAST, "episode", str(v.episode))
        for bite in v.soundbites:
            element(item, PODCAST, "soundbite", bite.title, startTime=f"{bite.start:.1f}",
                    duration=f"{bite.duration:.1f}")
        return item
