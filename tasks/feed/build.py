"""The feed, rebuilt from the index: same index in, same bytes out. What each element holds, and
from which field, is table.py's; this module pages the index and hands the rows to feedgen."""

from __future__ import annotations

from datetime import UTC, datetime

from feedgen.entry import FeedEntry
from feedgen.feed import FeedGenerator
from lxml import etree

from tasks.feed.items import ITEMS, ItemCache, ItemsExtension, item_key
from tasks.feed.paging import ATOM, PagingExtension, page_key
from tasks.feed.table import CHANNEL, CHANNEL_EXTENSIONS, ITEM, ITEM_EXTENSIONS, Item, Page, fill
from tasks.feed.xml import PREFIXES
from tasks.models import EpisodeRecord, EpisodeType, Index, Show

# An empty feed still needs a fixed lastBuildDate, or its bytes (and ETag) would change every build.
EPOCH = datetime(2000, 1, 1, tzinfo=UTC)
# The prefixes feedgen declares on <rss> for our extensions (and its own atom and content).
NAMESPACES = {**PREFIXES, "atom": ATOM, "content": "http://purl.org/rss/1.0/modules/content/"}


def paginate(show: Show, index: Index, image_url: str | None = None,
             main_only: bool = False) -> list[tuple[str, Page, list[EpisodeRecord]]]:
    """``(store key, page, its episodes)``: ``feed.xml`` alone, or with RFC 5005 archive pages when the
    show caps the main feed at ``feed_page_size`` episodes (only the main one with ``main_only``)."""
    episodes = sorted(index.episodes, key=lambda e: e.pub_date, reverse=True)
    size = show.feed_page_size or max(len(episodes), 1)
    chunks = [episodes[i:i + size] for i in range(0, len(episodes), size)] or [[]]
    newest = episodes[0].pub_date if episodes else EPOCH
    trailers = [e for e in episodes if e.episode_type == EpisodeType.trailer]

    def url(number: int) -> str:
        return show.public_url(page_key(number))

    pages = []
    for number, chunk in enumerate(chunks[:1] if main_only else chunks, start=1):
        links = {}
        if len(chunks) > 1:
            links = {"first": url(1), "last": url(len(chunks))}
            if number > 1:
                links["previous"] = url(number - 1)
            if number < len(chunks):
                links["next"] = url(number + 1)
        pages.append((page_key(number), Page(show, url(number), links, image_url, newest, trailers), chunk))
    return pages


def build_feed_pages(show: Show, index: Index, image_url: str | None = None,
                     main_only: bool = False, items: ItemCache = ITEMS) -> dict[str, bytes]:
    """``{store key: feed bytes}`` for each page of ``paginate``.

    Items come from ``items`` while their records are unchanged (items.py)."""
    return {key: _render(page, chunk, items) for key, page, chunk in paginate(show, index, image_url, main_only)}


def build_feed(show: Show, index: Index, image_url: str | None = None, items: ItemCache = ITEMS) -> bytes:
    """The main feed: RSS 2.0 with Apple's and Podcasting 2.0's tags, newest first."""
    return build_feed_pages(show, index, image_url, main_only=True, items=items)[page_key(1)]


def _render_item(item: Item) -> etree._Element:
    entry = FeedEntry()
    for prefix, extension in ITEM_EXTENSIONS.items():
        entry.register_extension(prefix, extension)
    fill(entry, ITEM, item)
    return entry.rss_entry()


def _render(page: Page, episodes: list[EpisodeRecord], items: ItemCache) -> bytes:
    show = page.show
    feed = FeedGenerator()
    for prefix, extension in CHANNEL_EXTENSIONS.items():
        feed.register_extension(prefix, extension)
    feed.register_extension("paging", PagingExtension)
    feed.register_extension("items", ItemsExtension)  # last: items follow every channel element
    fill(feed, CHANNEL, page)
    # The episodes are already newest first. An item reads its record and, of the show, only its
    # language and analytics prefix (table.py's item rows): the three key it.
    feed.items.items = [items.item(item_key(record.model_dump_json(), show.language, show.enclosure_prefix or ""),
                                   lambda record=record: _render_item(Item(show, record)), NAMESPACES)
                        for record in episodes]
    return feed.rss_str(pretty=True, encoding="UTF-8", xml_declaration=True)
