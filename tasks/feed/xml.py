"""The namespaces our extensions write, and a one-line element helper."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from lxml import etree

ITUNES = "http://www.itunes.com/dtds/podcast-1.0.dtd"
PODCAST = "https://podcastindex.org/namespace/1.0"
# The prefixes castflow's own extensions write, in the order they are declared on <rss>.
PREFIXES = {"itunes": ITUNES, "podcast": PODCAST}


def element(parent: etree._Element, namespace: str, tag: str, text: str | None = None,
            **attributes: str) -> etree._Element:
    node = etree.SubElement(parent, f"{{{namespace}}}{tag}",
                            {k.rstrip("_"): v for k, v in attributes.items() if v is not None})
    if text is not None:
        node.text = text
    return node


def text(namespace: str, tag: str, spell: Callable[[Any], str] = str) -> Callable[[etree._Element, Any], object]:
    """A writer of ``<tag>`` holding ``spell(value)``: the shape of most rows in table.py."""
    return lambda parent, value: element(parent, namespace, tag, spell(value))
