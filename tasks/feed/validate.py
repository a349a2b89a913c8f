"""The rules a feed must pass before it is uploaded: Apple Podcasts' requirements and PSP-1 (the
Podcast Standards Project's RSS specification). A feed with errors is refused; warnings are reported.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime

from lxml import etree

from tasks.errors import FeedInvalid
from tasks.feed.build import build_feed
from tasks.feed.xml import ITUNES, PODCAST
from tasks.models import APPLE_CATEGORIES, DESCRIPTION_BYTES, MEDIUMS, Index, Show

ATOM = "http://www.w3.org/2005/Atom"
NS = {"itunes": ITUNES, "podcast": PODCAST, "atom": ATOM}
_IMAGE_URL = re.compile(r"^https?://[^\s]+\.(?:jpe?g|png)(?:\?[^\s]*)?$", re.IGNORECASE)
_WEB_URL = re.compile(r"^https?://[^\s]+$")
_SRI = re.compile(r"^sha(256|384|512)-[A-Za-z0-9+/]+={0,2}$")
_GEO = re.compile(r"^geo:-?\d{1,2}(\.\d+)?,-?\d{1,3}(\.\d+)?")
_UUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")
# The namespace asks node values of location, trailer and license to stay within 128 characters.
NODE_VALUE_CHARS = 128


@dataclass
class Report:
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors

    def markdown(self) -> str:
        lines = ["## Feed validation", "", f"**{'passed' if self.ok else 'FAILED'}**: "
                 f"{len(self.errors)} errors, {len(self.warnings)} warnings", ""]
        lines += [f"- ❌ {e}" for e in self.errors] + [f"- ⚠️ {w}" for w in self.warnings]
        return "\n".join(lines) + "\n"


def _text(node, path: str) -> str:
    return (node.findtext(path, namespaces=NS) or "").strip()


def _check_channel(channel, report: Report) -> None:
    for tag in ("title", "description", "link", "language"):
        if not _text(channel, tag):
            report.errors.append(f"channel: <{tag}> is missing or empty")
    image = channel.find("itunes:image", NS)
    if image is None or not _IMAGE_URL.match(image.get("href", "")):
        report.errors.append("channel: <itunes:image href> must be an http(s) URL of a .jpg or .png (cover art)")
    categories = channel.findall("itunes:category", NS)
    if not categories:
        report.errors.append("channel: at least one <itunes:category> is required")
    for category in categories:
        main = category.get("text", "")
        subs = [c.get("text", "") for c in category.findall("itunes:category", NS)]
        if main not in APPLE_CATEGORIES or any(s not in APPLE_CATEGORIES[main] for s in subs):
            named = " > ".join(repr(name) for name in [main, *subs])
            report.errors.append(f"channel: itunes:category {named} is not in Apple's list")
    if _text(channel, "itunes:explicit") not in {"true", "false"}:
        report.errors.append("channel: <itunes:explicit> must be true or false")
    self_link = [link for link in channel.findall("atom:link", NS) if link.get("rel") == "self"]
    if not self_link:
        report.warnings.append("channel: no <atom:link rel=\"self\"> (PSP-1 requires it)")
    for tag, why in (("itunes:author", "Apple shows it as the artist"),
                     ("itunes:owner/itunes:email", "Apple uses it to verify ownership"),
                     ("podcast:guid", "Podcasting 2.0 apps follow the show across moves with it"),
                     ("podcast:locked", "it stops other platforms importing the feed")):
        if not _text(channel, tag):
            report.warnings.append(f"channel: no <{tag}>: {why}")


def _check_shared_tags(node, where: str, report: Report) -> None:
    """Tags allowed in both the channel and an item: podcast:location, license and image."""
    for place in node.findall("podcast:location", NS):
        name = (place.text or "").strip()
        if not name or len(name) > NODE_VALUE_CHARS:
            report.errors.append(f"{where}: <podcast:location> needs a name of 1-{NODE_VALUE_CHARS} characters")
        if place.get("rel") not in (None, "subject", "creator"):
            report.errors.append(f"{where}: podcast:location rel must be subject or creator")
        if place.get("geo") is not None and not _GEO.match(place.get("geo")):
            report.errors.append(f"{where}: podcast:location geo must look like geo:30.2672,-97.7431")
    licenses = node.findall("podcast:license", NS)
    if len(licenses) > 1:
        report.errors.append(f"{where}: only one <podcast:license> is allowed")
    for license in licenses:
        if not (license.text or "").strip() or len(license.text) > NODE_VALUE_CHARS:
            report.errors.append(f"{where}: <podcast:license> needs an identifier of 1-{NODE_VALUE_CHARS} characters")
        if license.get("url") is not None and not _WEB_URL.match(license.get("url")):
            report.errors.append(f"{where}: podcast:license url must be http(s)")
    for image in node.findall("podcast:image", NS):
        if not _WEB_URL.match(image.get("href", "")):
            report.errors.append(f"{where}: <podcast:image href> must be an http(s) URL")


def _check_podcast_channel(channel, report: Report) -> None:
    """The Podcasting 2.0 channel tags, against the namespace's rules."""
    mediums = channel.findall("podcast:medium", NS)
    if len(mediums) > 1:
        report.errors.append("channel: only one <podcast:medium> is allowed")
    for medium in mediums:
        value = (medium.text or "").strip()
        if value != "mixed" and value.removesuffix("L") not in MEDIUMS:
            report.errors.append(f"channel: podcast:medium {value!r} is not in the namespace's list")
    for trailer in channel.findall("podcast:trailer", NS):
        title = (trailer.text or "").strip()
        if not title or len(title) > NODE_VALUE_CHARS:
            report.errors.append(f"channel: <podcast:trailer> needs a title of 1-{NODE_VALUE_CHARS} characters")
        if not _WEB_URL.match(trailer.get("url", "")):
            report.errors.append(f"channel: podcast:trailer {title[:40]!r} url must be http(s)")
        try:
            parsedate_to_datetime(trailer.get("pubdate", ""))
        except (TypeError, ValueError):
            report.errors.append(f"channel: podcast:trailer {title[:40]!r} pubdate must be an RFC 2822 date")
    for podroll in channel.findall("podcast:podroll", NS):
        remotes = podroll.findall("podcast:remoteItem", NS)
        if not remotes:
            report.errors.append("channel: <podcast:podroll> needs at least one <podcast:remoteItem>")
        for remote in remotes:
            if not _UUID.match(remote.get("feedGuid", "")):
                report.errors.append("channel: podcast:remoteItem feedGuid must be the other feed's podcast:guid")
    for hub in [link for link in channel.findall("atom:link", NS) if link.get("rel") == "hub"]:
        if not _WEB_URL.match(hub.get("href", "")):
            report.errors.append("channel: <atom:link rel=\"hub\"> href must be http(s)")
    _check_shared_tags(channel, "channel", report)


def _check_alternate_enclosures(item, where: str, report: Report) -> None:
    for alternate in item.findall("podcast:alternateEnclosure", NS):
        if not re.match(r"^(audio|video)/", alternate.get("type", "")):
            report.errors.append(f"{where}: podcast:alternateEnclosure type must be audio/* or video/*")
        if alternate.get("length") is not None and not alternate.get("length").isdigit():
            report.errors.append(f"{where}: podcast:alternateEnclosure length must be bytes")
        sources = alternate.findall("podcast:source", NS)
        if not sources or any(not _WEB_URL.match(s.get("uri", "")) for s in sources):
            report.errors.append(f"{where}: podcast:alternateEnclosure needs <podcast:source> with an http(s) uri")
        for integrity in alternate.findall("podcast:integrity", NS):
            if integrity.get("type") == "sri" and not _SRI.match(integrity.get("value", "")):
                report.errors.append(f"{where}: podcast:integrity value is not an SRI string (sha256-<base64>)")
            elif integrity.get("type") not in ("sri", "pgp-signature"):
                report.errors.append(f"{where}: podcast:integrity type must be sri or pgp-signature")


def _check_item(item, number: int, report: Report, guids: set[str]) -> None:
    where = f"item {number} ({_text(item, 'title')[:60] or 'untitled'})"
    if not _text(item, "title"):
        report.errors.append(f"{where}: <title> is missing")
    enclosure = item.find("enclosure")
    if enclosure is None:
        report.errors.append(f"{where}: <enclosure> is missing")
    else:
        if not _WEB_URL.match(enclosure.get("url", "")):
            report.errors.append(f"{where}: enclosure url must be http(s)")
        if not enclosure.get("length", "").isdigit() or int(enclosure.get("length")) <= 0:
            report.errors.append(f"{where}: enclosure length must be the file's size in bytes")
        if not re.match(r"^(audio|video)/", enclosure.get("type", "")):
            report.errors.append(f"{where}: enclosure type must be audio/* or video/*")
    guid = _text(item, "guid")
    if not guid:
        report.errors.append(f"{where}: <guid> is missing")
    elif guid in guids:
        report.errors.append(f"{where}: guid {guid!r} is used twice")
    guids.add(guid)
    try:
        if parsedate_to_datetime(_text(item, "pubDate")).tzinfo is None:
            raise ValueError
    except (TypeError, ValueError):
        report.errors.append(f"{where}: <pubDate> must be an RFC 2822 date with a timezone")
    description = item.findtext("description") or ""
    if len(description.encode()) > DESCRIPTION_BYTES:
        report.errors.append(
            f"{where}: <description> is {len(description.encode())} bytes; Apple allows {DESCRIPTION_BYTES}")
    for tag in ("itunes:season", "itunes:episode"):
        value = _text(item, tag)
        if value and (not value.isdigit() or int(value) <= 0):
            report.errors.append(f"{where}: <{tag}> must be a positive integer")
    if not _text(item, "itunes:duration"):
        report.warnings.append(f"{where}: no <itunes:duration>")
    _check_alternate_enclosures(item, where, report)
    _check_shared_tags(item, where, report)


def validate_feed(feed: bytes) -> Report:
    """Check a feed's bytes against the rules; never raises for a bad feed, reports it."""
    report = Report()
    try:
        root = etree.fromstring(feed)
    except etree.XMLSyntaxError as error:
        report.errors.append(f"not well-formed XML: {error}")
        return report
    channel = root.find("channel")
    if root.tag != "rss" or channel is None:
        report.errors.append("not an RSS 2.0 document (<rss><channel>)")
        return report
    if root.nsmap.get("podcast") not in (None, PODCAST):
        report.errors.append("the podcast: prefix must be bound to the Podcasting 2.0 namespace")
    _check_channel(channel, report)
    _check_podcast_channel(channel, report)
    guids: set[str] = set()
    dates = []
    for number, item in enumerate(channel.findall("item"), start=1):
        _check_item(item, number, report, guids)
        try:
            date = parsedate_to_datetime(_text(item, "pubDate"))
        except (TypeError, ValueError):
            continue
        if date.tzinfo is not None:  # a date without a zone is an error above, and cannot be ordered
            dates.append(date)
    if dates != sorted(dates, reverse=True):
        report.warnings.append("items are not newest first")
    return report


def require_valid(feed: bytes) -> Report:
    """The report, or FeedInvalid naming every error: an invalid feed is never uploaded."""
    report = validate_feed(feed)
    if not report.ok:
        raise FeedInvalid("feed refused: " + "; ".join(report.errors))
    return report


def valid_index(show: Show, index: Index, image_url: str | None) -> Index:
    """The index, once the main feed it makes passes validation: an index whose feed would be
    refused is never committed, so the published feed never falls behind it."""
    require_valid(build_feed(show, index, image_url))
    return index
