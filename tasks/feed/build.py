"""The feed, rebuilt from the index: same index in, same bytes out."""

from __future__ import annotations

from datetime import UTC, datetime
from email.utils import format_datetime

from feedgen.entry import FeedEntry
from feedgen.feed import FeedGenerator
from lxml import etree
from lxml.etree import CDATA

from tasks.feed.apple import AppleEntryExtension, AppleExtension
from tasks.feed.items import ITEMS, ItemCache, ItemsExtension, item_key
from tasks.feed.paging import ATOM, PagingExtension, page_key
from tasks.feed.podcasting20 import (
    AlternateEnclosureTag,
    ImageTag,
    LicenseTag,
    LocationTag,
    PersonTag,
    PodcastEntryExtension,
    PodcastExtension,
    RemoteItemTag,
    Soundbite,
    TrailerTag,
    TranscriptTag,
)
from tasks.feed.xml import ITUNES, PODCAST
from tasks.models import DESCRIPTION_BYTES, EpisodeRecord, EpisodeType, Index, License, Location, Person, Show

# An empty feed still needs a fixed lastBuildDate, or its bytes (and ETag) would change every build.
EPOCH = datetime(2000, 1, 1, tzinfo=UTC)
# The prefixes feedgen declares on <rss> for our extensions (and its own atom and content).
NAMESPACES = {"itunes": ITUNES, "podcast": PODCAST, "atom": ATOM, "content": "http://purl.org/rss/1.0/modules/content/"}


def _person_tag(person: Person) -> PersonTag:
    return PersonTag(name=person.name, role=person.role or "guest",
                     href=person.links[0].url if person.links else None, img=person.image)


def _location_tags(places: list[Location]) -> list[LocationTag]:
    return [LocationTag(p.name, p.geo, p.osm, p.country, p.rel) for p in places]


def _license_tag(license: License | None) -> LicenseTag | None:
    return LicenseTag(license.identifier, license.url) if license else None


def measured_url(url: str, prefix: str | None) -> str:
    """An enclosure URL behind an analytics prefix (OP3, Podtrac style): the prefix, then the URL
    without ``https://``; a plain-http URL keeps its scheme so the redirect goes back to http.

    >>> measured_url("https://cdn.example.com/a.mp3", "https://op3.dev/e/")
    'https://op3.dev/e/cdn.example.com/a.mp3'
    >>> measured_url("http://127.0.0.1:8000/a.mp3", "https://op3.dev/e/")
    'https://op3.dev/e/http://127.0.0.1:8000/a.mp3'
    >>> measured_url("https://cdn.example.com/a.mp3", None)
    'https://cdn.example.com/a.mp3'
    """
    return prefix + url.removeprefix("https://") if prefix else url


def _trailers(show: Show, episodes: list[EpisodeRecord]) -> list[TrailerTag]:
    """The show's own trailers, then every published episode of type trailer."""
    tags = [TrailerTag(t.title[:128], t.url, format_datetime(t.pub_date), t.bytes, t.type, t.season)
            for t in show.trailers]
    tags += [TrailerTag(e.title[:128], measured_url(e.audio.url, show.enclosure_prefix), format_datetime(e.pub_date),
                        e.audio.bytes, e.audio.type, e.season)
             for e in episodes if e.episode_type == EpisodeType.trailer]
    return tags


def _transcript_rel(mime: str) -> str | None:
    return "captions" if mime in {"text/vtt", "application/x-subrip"} else None


def _render_item(show: Show, record: EpisodeRecord) -> etree._Element:
    item = FeedEntry()
    item.register_extension("apple", AppleEntryExtension)
    item.register_extension("podcast", PodcastEntryExtension)
    item.title(record.title)
    item.guid(record.guid, permalink=False)
    item.pubDate(record.pub_date)
    if record.link:
        item.link(href=record.link)
    # Only the feed's copy goes through the analytics prefix: stored files and keys stay as they are.
    item.enclosure(measured_url(record.audio.url, show.enclosure_prefix), str(record.audio.bytes), record.audio.type)
    short = record.content_html if len(record.content_html.encode()) <= DESCRIPTION_BYTES else ""
    item.description(CDATA(short) if short else record.description or record.title)
    if record.content_html:
        item.content(record.content_html, type="CDATA")
    for tag in record.tags:
        item.category(term=tag)

    apple = item.apple.values
    apple.title, apple.duration, apple.explicit = record.title, record.audio.duration, record.explicit
    apple.image, apple.season, apple.episode = record.image, record.season, record.episode
    apple.episode_type = record.episode_type.value

    podcast = item.podcast.values
    podcast.transcripts = [TranscriptTag(t.url, t.type, t.language or show.language,
                                         t.rel or _transcript_rel(t.type)) for t in record.transcripts]
    podcast.chapters_url = record.chapters_url
    podcast.people = [_person_tag(p) for p in [*record.hosts, *record.guests]]
    podcast.season, podcast.episode = record.season, record.episode
    podcast.soundbites = [Soundbite(b.start, b.duration, b.title) for b in record.soundbites]
    podcast.alternate_enclosures = [
        AlternateEnclosureTag(measured_url(a.url, show.enclosure_prefix), a.type, a.bytes, a.bitrate, a.codecs,
                              a.title, a.integrity)
        for a in record.alternate_audio]
    podcast.image = ImageTag(record.image, record.image_alt) if record.image else None
    podcast.locations = _location_tags(record.location)
    podcast.license = _license_tag(record.license)
    return item.rss_entry()


def build_feed_pages(show: Show, index: Index, image_url: str | None = None,
                     main_only: bool = False, items: ItemCache = ITEMS) -> dict[str, bytes]:
    """``{store key: feed bytes}``: ``feed.xml`` alone, or with RFC 5005 archive pages when the show
    caps the main feed at ``feed_page_size`` episodes (not rendered with ``main_only``).

    Items come from ``items`` while their records are unchanged (items.py)."""
    episodes = sorted(index.episodes, key=lambda e: e.pub_date, reverse=True)
    size = show.feed_page_size or max(len(episodes), 1)
    chunks = [episodes[i:i + size] for i in range(0, len(episodes), size)] or [[]]
    newest = episodes[0].pub_date if episodes else EPOCH

    def url(number: int) -> str:
        return show.public_url(page_key(number))

    pages = {}
    for number, chunk in enumerate(chunks[:1] if main_only else chunks, start=1):
        links = {}
        if len(chunks) > 1:
            links = {"first": url(1), "last": url(len(chunks))}
            if number > 1:
                links["previous"] = url(number - 1)
            if number < len(chunks):
                links["next"] = url(number + 1)
        pages[page_key(number)] = _render(show, chunk, image_url, url(number), links, newest, items,
                                          _trailers(show, episodes))
    return pages


def build_feed(show: Show, index: Index, image_url: str | None = None, items: ItemCache = ITEMS) -> bytes:
    """The main feed: RSS 2.0 with Apple's and Podcasting 2.0's tags, newest first."""
    return build_feed_pages(show, index, image_url, main_only=True, items=items)[page_key(1)]


def _render(show: Show, episodes: list[EpisodeRecord], image_url: str | None, self_url: str,
            links: dict[str, str], newest: datetime, items: ItemCache, trailers: list[TrailerTag]) -> bytes:
    feed = FeedGenerator()
    feed.register_extension("apple", AppleExtension)
    feed.register_extension("podcast", PodcastExtension)
    feed.register_extension("paging", PagingExtension)
    feed.register_extension("items", ItemsExtension)  # last: items follow every channel element
    feed.paging.links = links
    feed.paging.hubs = show.notify.websub_hubs
    feed.title(show.title)
    # feedgen takes the last link as RSS's <link>: the website, after atom's rel=self.
    feed.link(href=self_url, rel="self", type="application/rss+xml")
    feed.link(href=show.website, rel="alternate")
    feed.description(show.description)
    feed.language(show.language)
    feed.generator("castflow")
    if show.copyright:
        feed.copyright(show.copyright)
    if image_url:
        feed.image(url=image_url, title=show.title, link=show.website)
    # Not "now": the same index must give the same bytes, or every rebuild changes the ETag.
    feed.lastBuildDate(newest)

    apple = feed.apple.values
    apple.author, apple.image, apple.categories = show.author, image_url, show.categories
    apple.explicit, apple.show_type, apple.summary = show.explicit, show.show_type.value, show.description
    apple.owner = (show.owner.name, show.owner.email) if show.owner else None

    podcast = feed.podcast.values
    podcast.guid, podcast.locked = show.podcast_guid, show.locked
    podcast.owner_email = show.owner.email if show.owner else None
    podcast.people = [_person_tag(h) for h in show.hosts]
    podcast.funding = [(f.url, f.label) for f in show.funding]
    podcast.txt = [(t.text, t.purpose) for t in show.txt]
    podcast.medium = show.medium
    podcast.image = ImageTag(image_url, f"Cover art of {show.title}") if image_url else None
    podcast.locations = _location_tags(show.location)
    podcast.license = _license_tag(show.license)
    podcast.trailers = trailers
    podcast.podroll = [RemoteItemTag(r.feed_guid, r.feed_url, r.title, r.medium) for r in show.podroll]
    podcast.uses_podping = bool(show.notify.podping_url)

    # The index is already newest first.
    # An item depends on its record, the show's language and the analytics prefix: all three key it.
    feed.items.items = [items.item(item_key(record.model_dump_json(), show.language, show.enclosure_prefix or ""),
                                   lambda record=record: _render_item(show, record), NAMESPACES)
                        for record in episodes]
    return feed.rss_str(pretty=True, encoding="UTF-8", xml_declaration=True)
