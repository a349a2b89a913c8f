"""How the Podcasting 2.0 ``podcast:`` elements are spelled; which ones the feed carries, and from
which field, is table.py's. Each writer takes the record's own model (``Person``, ``Location``, ...).

The prefix is declared once on ``<rss>`` and spelled ``podcast`` literally, because the Podcast Index
parser matches the prefix, not the namespace URI.
"""

from __future__ import annotations

from email.utils import format_datetime

from tasks.feed.xml import PODCAST, element
from tasks.models import (
    AlternateAudio,
    Funding,
    License,
    Location,
    Person,
    RemoteItem,
    Soundbite,
    Trailer,
    TranscriptLink,
    TxtRecord,
)

# Roles of the namespace's taxonomy (group "cast"); anything else is written as "guest".
CAST_ROLES = {"host", "co-host", "guest", "narrator", "announcer", "voice actor", "reporter"}


def cast_role(role: str | None) -> str:
    """A role from the taxonomy.

    >>> cast_role("Co-Host"), cast_role("producer"), cast_role(None)
    ('co-host', 'guest', 'guest')
    """
    role = (role or "guest").lower()
    return role if role in CAST_ROLES else "guest"


def person(parent, who: Person) -> None:
    element(parent, PODCAST, "person", who.name, role=cast_role(who.role), group="cast",
            href=who.links[0].url if who.links else None, img=who.image)


def locked(parent, value: tuple[bool, str | None]) -> None:
    is_locked, owner_email = value
    element(parent, PODCAST, "locked", "yes" if is_locked else "no", owner=owner_email)


def funding(parent, fund: Funding) -> None:
    element(parent, PODCAST, "funding", fund.label, url=fund.url)


def txt(parent, record: TxtRecord) -> None:
    element(parent, PODCAST, "txt", record.text, purpose=record.purpose)


def image(parent, value: tuple[str, str | None]) -> None:
    # Square cover art (checked by artwork.py before upload), so the aspect ratio is known.
    href, alt = value
    element(parent, PODCAST, "image", href=href, alt=alt, purpose="artwork", **{"aspect-ratio": "1/1"})


def location(parent, place: Location) -> None:
    element(parent, PODCAST, "location", place.name, rel=place.rel, geo=place.geo, osm=place.osm,
            country=place.country.lower() if place.country else None)


def license(parent, terms: License) -> None:
    element(parent, PODCAST, "license", terms.identifier, url=terms.url)


def trailer(parent, teaser: Trailer) -> None:
    element(parent, PODCAST, "trailer", teaser.title[:128], url=teaser.url, pubdate=format_datetime(teaser.pub_date),
            length=str(teaser.bytes) if teaser.bytes else None, type=teaser.type,
            season=str(teaser.season) if teaser.season else None)


def podroll(parent, shows: list[RemoteItem]) -> None:
    node = element(parent, PODCAST, "podroll")
    for remote in shows:
        element(node, PODCAST, "remoteItem", feedGuid=remote.feed_guid, feedUrl=remote.feed_url,
                title=remote.title, medium=remote.medium)


def podping(parent, _gateway: str) -> None:
    element(parent, PODCAST, "podping", usesPodping="true")


def transcript(parent, value: tuple[TranscriptLink, str | None, str | None]) -> None:
    link, language, rel = value  # the link's own language and rel, or the show's and the type's
    element(parent, PODCAST, "transcript", url=link.url, type=link.type, language=language, rel=rel)


def chapters(parent, url: str) -> None:
    element(parent, PODCAST, "chapters", url=url, type="application/json+chapters")


def soundbite(parent, bite: Soundbite) -> None:
    element(parent, PODCAST, "soundbite", bite.title, startTime=f"{bite.start:.1f}", duration=f"{bite.duration:.1f}")


def alternate_enclosure(parent, value: tuple[AlternateAudio, str]) -> None:
    audio, url = value  # the URL as the feed gives it (behind the analytics prefix)
    node = element(parent, PODCAST, "alternateEnclosure", type=audio.type, length=str(audio.bytes),
                   bitrate=str(audio.bitrate) if audio.bitrate else None, codecs=audio.codecs, title=audio.title)
    element(node, PODCAST, "source", uri=url)
    if audio.integrity:
        element(node, PODCAST, "integrity", type="sri", value=audio.integrity)
