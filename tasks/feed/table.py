"""The feed as a table: every element of the channel and of an item, the field it comes from, and its
writer. build.py and the namespace extensions only walk these rows, so adding an element is one row,
and ``python -m tasks.feed.table`` prints the spec coverage (docs/feed.md holds that output).

A row's ``source`` is a path on what the row reads: a ``Page`` for the channel, an ``Item`` for an
episode. When a row has no ``value`` function, the path alone is its value. When the value is None,
empty or an empty list, the element is left out; ``many`` writes one element per list entry.

RSS 2.0, ``atom:`` and ``content:`` rows are written through feedgen's own setters (feedgen orders
those elements itself) and the paging extension. ``itunes:`` and ``podcast:`` rows are written, in
row order, by the extensions at the bottom, with the writers from apple.py and podcasting20.py.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from functools import cached_property
from operator import attrgetter
from typing import Any

from feedgen.ext.base import BaseEntryExtension, BaseExtension
from lxml.etree import CDATA

from tasks.feed import apple, podcasting20
from tasks.feed.xml import ITUNES, PODCAST, PREFIXES, text
from tasks.models import DESCRIPTION_BYTES, EpisodeRecord, Show, Trailer

RSS_DOCS = "http://www.rssboard.org/rss-specification"
SPECS = {
    "": RSS_DOCS,
    "atom": "https://www.rfc-editor.org/rfc/rfc4287#section-4.2.7",
    "content": "https://web.resource.org/rss/1.0/modules/content/",
    "itunes": "https://podcasters.apple.com/support/823-podcast-requirements",
    "podcast": "https://podcastindex.org/namespace/1.0",
}
RFC5005 = "https://www.rfc-editor.org/rfc/rfc5005#section-4"
WEBSUB = "https://www.w3.org/TR/websub/#discovery"


@dataclass(frozen=True)
class Page:
    """What one page of the feed is written from: the show, and what only the build knows."""

    show: Show
    url: str  # this page's own URL (atom:link rel="self")
    links: dict[str, str]  # RFC 5005 first/previous/next/last; empty for an unpaged feed
    image_url: str | None  # the cover art's public URL, once uploaded
    newest: datetime  # the newest episode's date in the whole index
    trailers: list[EpisodeRecord] = field(default_factory=list)  # episodes of type trailer, whole index


@dataclass(frozen=True)
class Item:
    """What one ``<item>`` is written from. Any show field an item row reads must key the item
    cache (build.py); tests/test_feed_table.py holds the two to the same list."""

    show: Show
    record: EpisodeRecord


@dataclass(frozen=True)
class Row:
    element: str  # XPath from the channel or the item, e.g. "itunes:category" or "atom:link[@rel='self']"
    source: str  # the fields it is written from, comma-separated paths on the Page or Item ("" for a constant)
    write: Callable[[Any, Any], object]  # (feedgen object or lxml parent, value)
    value: Callable[[Any], Any] | None = None  # when the value is more than the one field ``source`` names
    many: bool = False
    note: str = ""
    spec: str = ""  # a page more precise than the namespace's

    @cached_property
    def prefix(self) -> str:
        name = self.element.partition("[")[0]
        return name.partition(":")[0] if ":" in name else ""

    @cached_property
    def get(self) -> Callable[[Page | Item], Any]:
        """The row's value for a source: ``value``, else the one field ``source`` names."""
        return self.value or attrgetter(self.source)

    def values(self, source: Page | Item) -> list[Any]:
        """What the row writes for ``source``, one entry per element: none when the field is empty."""
        value = self.get(source)
        if value is None or (not value and isinstance(value, str | list | tuple | dict)):
            return []  # but False, 0 and 0.0 are values: itunes:explicit false, a zero duration
        return value if self.many else [value]


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


def transcript_rel(mime: str) -> str | None:
    return "captions" if mime in {"text/vtt", "application/x-subrip"} else None


def _description(item: Item) -> Any:
    # The notes' HTML when Apple's limit allows, else the plain text: apps show <description>.
    html = item.record.content_html
    short = html if len(html.encode()) <= DESCRIPTION_BYTES else ""
    return CDATA(short) if short else item.record.description or item.record.title


def _index_trailer(page: Page, episode: EpisodeRecord) -> Trailer:
    # An episode of type trailer, announced like a show trailer (only the feed's URL is measured).
    return Trailer.model_construct(title=episode.title[:128], url=measured_url(episode.audio.url,
                                   page.show.enclosure_prefix), pub_date=episode.pub_date,
                                   bytes=episode.audio.bytes, type=episode.audio.type, season=episode.season)


def _paging(rel: str) -> Row:
    return Row(f"atom:link[@rel='{rel}']", "links", lambda feed, href: feed.paging.links.update({rel: href}),
               value=lambda page: page.links.get(rel), note="archive pages only", spec=RFC5005)


CHANNEL: tuple[Row, ...] = (
    Row("title", "show.title", lambda feed, v: feed.title(v)),
    # feedgen writes the last link as RSS's <link>: the website, after atom's rel=self.
    Row("atom:link[@rel='self']", "url", lambda feed, v: feed.link(href=v, rel="self", type="application/rss+xml")),
    Row("link", "show.website", lambda feed, v: feed.link(href=v, rel="alternate"), note="`link`, else `base_url`"),
    Row("description", "show.description", lambda feed, v: feed.description(v)),
    Row("language", "show.language", lambda feed, v: feed.language(v)),
    Row("generator", "", lambda feed, v: feed.generator(v), value=lambda page: "castflow"),
    Row("docs", "", lambda feed, v: feed.docs(v), value=lambda page: RSS_DOCS),
    Row("copyright", "show.copyright", lambda feed, v: feed.copyright(v)),
    Row("image", "image_url, show.title, show.website", lambda feed, v: feed.image(**v),
        value=lambda page: page.image_url and {"url": page.image_url, "title": page.show.title,
                                               "link": page.show.website}),
    # Not "now": the same index must give the same bytes, or every rebuild changes the ETag.
    Row("lastBuildDate", "newest", lambda feed, v: feed.lastBuildDate(v), note="the newest episode's date"),
    *(_paging(rel) for rel in ("first", "previous", "next", "last")),
    Row("atom:link[@rel='hub']", "show.notify.websub_hubs", lambda feed, hub: feed.paging.hubs.append(hub),
        many=True, spec=WEBSUB),
    Row("itunes:author", "show.author", text(ITUNES, "author")),
    Row("itunes:image", "image_url", apple.image),
    Row("itunes:category", "show.categories", apple.category, many=True, note="`Main > Sub` nests"),
    Row("itunes:explicit", "show.explicit", text(ITUNES, "explicit", apple.flag)),
    Row("itunes:owner", "show.owner", apple.owner),
    Row("itunes:type", "show.show_type", text(ITUNES, "type")),
    Row("itunes:summary", "show.description", text(ITUNES, "summary")),
    Row("podcast:guid", "show.podcast_guid", text(PODCAST, "guid"), note="UUIDv5 of the feed URL"),
    Row("podcast:locked", "show.locked, show.owner.email", podcasting20.locked,
        value=lambda page: (page.show.locked, page.show.owner.email if page.show.owner else None)),
    Row("podcast:person", "show.hosts", podcasting20.person, many=True),
    Row("podcast:funding", "show.funding", podcasting20.funding, many=True),
    Row("podcast:txt", "show.txt", podcasting20.txt, many=True),
    Row("podcast:medium", "show.medium", text(PODCAST, "medium")),
    Row("podcast:image", "image_url, show.title", podcasting20.image,
        value=lambda page: page.image_url and (page.image_url, f"Cover art of {page.show.title}")),
    Row("podcast:location", "show.location", podcasting20.location, many=True),
    Row("podcast:license", "show.license", podcasting20.license),
    Row("podcast:trailer", "show.trailers", podcasting20.trailer, many=True),
    Row("podcast:trailer", "trailers, show.enclosure_prefix", podcasting20.trailer, many=True,
        value=lambda page: [_index_trailer(page, e) for e in page.trailers], note="episodes of type trailer"),
    Row("podcast:podroll", "show.podroll", podcasting20.podroll, note="one `podcast:remoteItem` per show"),
    Row("podcast:podping", "show.notify.podping_url", podcasting20.podping, note='`usesPodping="true"`'),
)

ITEM: tuple[Row, ...] = (
    Row("title", "record.title", lambda entry, v: entry.title(v)),
    Row("guid", "record.guid", lambda entry, v: entry.guid(v, permalink=False)),
    Row("pubDate", "record.pub_date", lambda entry, v: entry.pubDate(v)),
    Row("link", "record.link", lambda entry, v: entry.link(href=v)),
    # Only the feed's copy goes through the analytics prefix: stored files and keys stay as they are.
    Row("enclosure", "record.audio.url, record.audio.bytes, record.audio.type, show.enclosure_prefix",
        lambda entry, v: entry.enclosure(*v),
        value=lambda item: (measured_url(item.record.audio.url, item.show.enclosure_prefix),
                            str(item.record.audio.bytes), item.record.audio.type)),
    Row("description", "record.content_html, record.description, record.title",
        lambda entry, v: entry.description(v), value=_description,
        note=f"the notes' HTML up to {DESCRIPTION_BYTES} bytes, else the plain text"),
    Row("content:encoded", "record.content_html", lambda entry, v: entry.content(v, type="CDATA")),
    Row("category", "record.tags", lambda entry, v: entry.category(term=v), many=True),
    Row("itunes:title", "record.title", text(ITUNES, "title")),
    Row("itunes:duration", "record.audio.duration", text(ITUNES, "duration", apple.duration_text)),
    Row("itunes:explicit", "record.explicit", text(ITUNES, "explicit", apple.flag)),
    Row("itunes:image", "record.image", apple.image),
    Row("itunes:season", "record.season", text(ITUNES, "season"), value=lambda item: item.record.season or None),
    Row("itunes:episode", "record.episode", text(ITUNES, "episode"), value=lambda item: item.record.episode or None),
    Row("itunes:episodeType", "record.episode_type", text(ITUNES, "episodeType")),
    Row("podcast:transcript", "record.transcripts, show.language", podcasting20.transcript, many=True,
        value=lambda item: [(t, t.language or item.show.language, t.rel or transcript_rel(t.type))
                            for t in item.record.transcripts],
        note='`rel="captions"` for VTT and SRT'),
    Row("podcast:chapters", "record.chapters_url", podcasting20.chapters),
    Row("podcast:person", "record.hosts, record.guests", podcasting20.person, many=True,
        value=lambda item: [*item.record.hosts, *item.record.guests]),
    Row("podcast:season", "record.season", text(PODCAST, "season"), value=lambda item: item.record.season or None),
    Row("podcast:episode", "record.episode", text(PODCAST, "episode"),
        value=lambda item: item.record.episode or None),
    Row("podcast:soundbite", "record.soundbites", podcasting20.soundbite, many=True),
    Row("podcast:alternateEnclosure", "record.alternate_audio, show.enclosure_prefix",
        podcasting20.alternate_enclosure, many=True,
        value=lambda item: [(a, measured_url(a.url, item.show.enclosure_prefix))
                            for a in item.record.alternate_audio], note="with its SRI hash"),
    Row("podcast:image", "record.image, record.image_alt", podcasting20.image,
        value=lambda item: item.record.image and (item.record.image, item.record.image_alt)),
    Row("podcast:location", "record.location", podcasting20.location, many=True),
    Row("podcast:license", "record.license", podcasting20.license),
)


def fill(target: Any, rows: tuple[Row, ...], source: Page | Item) -> None:
    """Writes the rows feedgen's API carries into ``target`` (a FeedGenerator or a FeedEntry) and hands
    ``source`` to its namespace extensions, which write their rows when feedgen renders."""
    for prefix in PREFIXES:
        getattr(target, prefix).source = source
    for row in rows:
        if row.prefix not in PREFIXES:
            for value in row.values(source):
                row.write(target, value)


class _Rows:
    prefix = ""
    rows: tuple[Row, ...] = ()

    def __init__(self) -> None:
        self.source: Page | Item | None = None

    def extend_ns(self) -> dict[str, str]:
        return {self.prefix: PREFIXES[self.prefix]}

    def write(self, parent) -> None:
        for row in self.rows:
            for value in row.values(self.source):
                row.write(parent, value)


class ChannelRows(_Rows, BaseExtension):
    def extend_rss(self, feed):
        self.write(feed[0])
        return feed


class ItemRows(_Rows, BaseEntryExtension):
    def extend_rss(self, item):
        self.write(item)
        return item


def _extensions(base: type[_Rows], rows: tuple[Row, ...]) -> dict[str, type]:
    # One feedgen extension per namespace, each holding that namespace's rows.
    return {prefix: type(f"{prefix.title()}{base.__name__}", (base,),
                         {"prefix": prefix, "rows": tuple(r for r in rows if r.prefix == prefix)})
            for prefix in PREFIXES}


CHANNEL_EXTENSIONS = _extensions(ChannelRows, CHANNEL)
ITEM_EXTENSIONS = _extensions(ItemRows, ITEM)


def _source_text(path: str) -> str:
    if not path:
        return "(fixed)"
    for prefix, model in (("show.", "Show."), ("record.", "EpisodeRecord.")):
        if path.startswith(prefix):
            return f"`{model}{path.removeprefix(prefix)}`"
    return f"page's `{path}`"


def markdown() -> str:
    """The spec coverage: one Markdown table for the channel, one for an item."""
    lines = []
    for title, rows in (("Channel", CHANNEL), ("Item", ITEM)):
        lines += [f"### {title}", "", "| Element | Written from | Notes |", "|---|---|---|"]
        for row in rows:
            sources = ", ".join(_source_text(p) for p in row.source.split(", "))
            note = "; ".join(n for n in ("one per entry" if row.many else "", row.note) if n)
            lines.append(f"| [`{row.element}`]({row.spec or SPECS[row.prefix]}) | {sources} | {note} |")
        lines.append("")
    return "\n".join(lines)


if __name__ == "__main__":
    print(markdown(), end="")
