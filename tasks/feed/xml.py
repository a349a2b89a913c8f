"""The namespaces our extensions write, and a one-line element helper."""

from __future__ import annotations

from lxml import etree

ITUNES = "http://www.itunes.com/dtds/podcast-1.0.dtd"
PODCAST = "https://podcastindex.org/namespace/1.0"


def element(parent: etree._Element, namespace: str, tag: str, text: str | None = None,
            **attributes: str) -> etree._Element:
    node = etree.SubElement(parent, f"{{{namespace}}}{tag}",
                            {k.rstrip("_"): v for k, v in attributes.items() if v is not None})
    if text is not None:
        node.text = text
    return node
