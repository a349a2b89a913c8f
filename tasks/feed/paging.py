"""RFC 5005 paged feeds: the main feed carries the newest episodes, older ones live in archive pages
linked with ``atom:link rel="next"/"previous"/"first"/"last"``."""

from __future__ import annotations

from feedgen.ext.base import BaseExtension

from tasks.feed.xml import element
from tasks.models import FEED_KEY

ATOM = "http://www.w3.org/2005/Atom"
ARCHIVE_PREFIX = "feed-page-"  # every archive page's key starts so: stale ones are found by it


def page_key(number: int) -> str:
    """Store key of page ``number`` (1 is the main feed).

    >>> page_key(1), page_key(3)
    ('feed.xml', 'feed-page-3.xml')
    """
    return FEED_KEY if number == 1 else f"{ARCHIVE_PREFIX}{number}.xml"


class PagingExtension(BaseExtension):
    """Writes the paging links and WebSub's ``rel="hub"`` links; feedgen itself only writes
    ``rel="self"`` into RSS."""

    def __init__(self) -> None:
        self.links: dict[str, str] = {}
        self.hubs: list[str] = []

    def extend_ns(self) -> dict[str, str]:
        return {"atom": ATOM}

    def extend_rss(self, feed):
        channel = feed[0]
        for rel in ("first", "previous", "next", "last"):
            if rel in self.links:
                element(channel, ATOM, "link", rel=rel, href=self.links[rel], type="application/rss+xml")
        for hub in self.hubs:
            element(channel, ATOM, "link", rel="hub", href=hub)
        return feed
