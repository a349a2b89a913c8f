"""Each ``<item>`` rendered by feedgen once, then reused while its record is unchanged.

Rebuilding a 5,000-episode feed spent nearly all of its 2 s in feedgen making items one element at a
time, though a new episode changes one item. An item depends only on its record and the show's
language, so its XML is kept under a hash of those (and of this module's ``ITEM_FORMAT``): a publish
builds the feed twice (to validate it, then to write it) and renders each item once, and a scheduled
worker that keeps the cache file (``save``/``load``) renders only what changed since its last run.
A missing or unreadable cache file only means rendering everything.
"""

from __future__ import annotations

import hashlib
import json
import tempfile
import threading
from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path

from feedgen.ext.base import BaseExtension
from lxml import etree

ITEM_FORMAT = "2"  # bump when build.py changes what an item holds
# The cached XML comes back with its CDATA sections: descriptions are HTML inside CDATA.
PARSER = etree.XMLParser(strip_cdata=False, resolve_entities=False, huge_tree=True)


def item_key(record_json: str, language: str, enclosure_prefix: str = "") -> str:
    """The cache key of one item.

    >>> item_key('{"guid": "a"}', "en") == item_key('{"guid": "a"}', "en") != item_key('{"guid": "a"}', "de")
    True
    """
    return hashlib.sha256(f"{ITEM_FORMAT}\0{language}\0{enclosure_prefix}\0{record_json}".encode()).hexdigest()


class ItemCache:
    """Item XML by key, the least recently used dropped past ``limit``."""

    def __init__(self, limit: int = 50_000):
        self.limit = limit
        self._entries: OrderedDict[str, bytes] = OrderedDict()
        self._loaded: set[Path] = set()
        self._lock = threading.Lock()  # concurrent publishes in one process share the cache

    def __len__(self) -> int:
        return len(self._entries)

    def item(self, key: str, render: Callable[[], etree._Element], namespaces: dict[str, str]) -> etree._Element:
        """The item for ``key``: from the cache, or ``render()``-ed and kept."""
        with self._lock:
            xml = self._entries.get(key)
            if xml is not None:
                self._entries.move_to_end(key)
        if xml is not None:
            return etree.fromstring(xml, PARSER)
        item = render()
        # feedgen makes items apart from any document; give them the feed's prefixes before keeping them.
        holder = etree.Element("holder", nsmap=namespaces)
        holder.append(item)
        xml = etree.tostring(item)
        with self._lock:
            self._entries[key] = xml
            if len(self._entries) > self.limit:
                self._entries.popitem(last=False)
        return item

    def load(self, path: Path) -> None:
        """Add the items saved in ``path`` (once per process: after that, memory is newer)."""
        with self._lock:
            if path in self._loaded:
                return
            self._loaded.add(path)
        try:
            stored = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return
        if isinstance(stored, dict):
            with self._lock:
                for key, xml in stored.items():
                    if isinstance(xml, str) and key not in self._entries:
                        self._entries[key] = xml.encode("utf-8")

    def save(self, path: Path) -> None:
        with self._lock:
            entries = {k: v.decode("utf-8") for k, v in self._entries.items()}
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=path.parent, prefix=f".{path.name}.",
                                         delete=False) as partial:
            json.dump(entries, partial)
        Path(partial.name).replace(path)  # atomic: a reader sees the old file or this one, never half


class ItemsExtension(BaseExtension):
    """Puts the items into the channel last, where feedgen would put its own entries."""

    def __init__(self) -> None:
        self.items: list[etree._Element] = []

    def extend_rss(self, feed):
        channel = feed[0]
        for item in self.items:
            channel.append(item)
        return feed


# One per process: the two builds of a publish, and every episode an inbox run publishes, share it.
ITEMS = ItemCache()
