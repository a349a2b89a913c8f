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


@dataclass(frozen=True)
class LocationTag:
    name: str
    geo: str | None = None
    osm: str | None = None
    country: str | None = None
    rel: str | None = None


@dataclass(frozen=True)
class LicenseTag:
    identifier: str
    url: str | None = None


@dataclass(frozen=True)
class RemoteItemTag:
    feed_guid: str
    feed_url: str | None = None
    title: str | None = None
    medium: str | None = None


@dataclass(frozen=True)
class TrailerTag:
    title: str
    url: str
    pub_date: str  # RFC 2822
    length: int | None = None
    type: str | None = None
    season: int | None = None


@dataclass(frozen=True)
class ImageTag:
    href: str
    alt: str | None = None


@dataclass(frozen=True)
class AlternateEnclosureTag:
    url: str
    type: str
    length: int
    bitrate: int | None = None
    codecs: str | None = None
    title: str | None = None
    integrity: str | None = None  # SRI


@dataclass
class PodcastChannel:
    guid: str | None = None
    locked: bool = True
    owner_email: str | None = None
    people: list[PersonTag] = field(default_factory=list)
    funding: list[tuple[str, str]] = field(default_factory=list)
    txt: list[tuple[str, str | None]] = field(default_factory=list)
    medium: str | None = None
    podroll: list[RemoteItemTag] = field(default_factory=list)
    locations: list[LocationTag] = field(default_factory=list)
    license: LicenseTag | None = None
    trailers: list[TrailerTag] = field(default_factory=list)
    image: ImageTag | None = None
    uses_podping: bool = False


@dataclass
class PodcastItem:
    transcripts: list[TranscriptTag] = field(default_factory=list)
    chapters_url: str | None = None
    people: list[PersonTag] = field(default_factory=list)
    season: int | None = None
    episode: int | None = None
    soundbites: list[Soundbite] = field(default_factory=list)
    alternate_enclosures: list[AlternateEnclosureTag] = field(default_factory=list)
    locations: list[LocationTag] = field(default_factory=list)
    license: LicenseTag | None = None
    image: ImageTag | None = None


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


def _locations(parent, locations: list[LocationTag]) -> None:
    for place in locations:
        element(parent, PODCAST, "location", place.name, rel=place.rel, geo=place.geo, osm=place.osm,
                country=place.country.lower() if place.country else None)


def _license(parent, license: LicenseTag | None) -> None:
    if license:
        element(parent, PODCAST, "license", license.identifier, url=license.url)


def _image(parent, image: ImageTag | None) -> None:
    # Square cover art (checked by artwork.py before upload), so the aspect ratio is known.
    if image:
        element(parent, PODCAST, "image", href=image.href, alt=image.alt, purpose="artwork",
                **{"aspect-ratio": "1/1"})


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
        if v.medium:
            element(channel, PODCAST, "medium", v.medium)
        _image(channel, v.image)
        _locations(channel, v.locations)
        _license(channel, v.license)
        for trailer in v.trailers:
            element(channel, PODCAST, "trailer", trailer.title, url=trailer.url, pubdate=trailer.pub_date,
                    length=str(trailer.length) if trailer.length else None, type=trailer.type,
                    season=str(trailer.season) if trailer.season else None)
        if v.podroll:
            podroll = element(channel, PODCAST, "podroll")
            for remote in v.podroll:
                element(podroll, PODCAST, "remoteItem", feedGuid=remote.feed_guid, feedUrl=remote.feed_url,
                        title=remote.title, medium=remote.medium)
        if v.uses_podping:
            element(channel, PODCAST, "podping", usesPodping="true")
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
        for alternate in v.alternate_enclosures:
            node = element(item, PODCAST, "alternateEnclosure", type=alternate.type, length=str(alternate.length),
                           bitrate=str(alternate.bitrate) if alternate.bitrate else None,
                           codecs=alternate.codecs, title=alternate.title)
            element(node, PODCAST, "source", uri=alternate.url)
            if alternate.integrity:
                element(node, PODCAST, "integrity", type="sri", value=alternate.integrity)
        _image(item, v.image)
        _locations(item, v.locations)
        _license(item, v.license)
        return item
