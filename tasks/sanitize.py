"""Only the HTML podcast apps render safely: p, ol, ul, li, a, b, i, strong, em.

Anything else is dropped (its text kept, escaped); ``script``/``style`` lose their content too; links
keep only an http(s) or mailto ``href``.
"""

from __future__ import annotations

from html import escape
from html.parser import HTMLParser

ALLOWED_TAGS = frozenset({"p", "ol", "ul", "li", "a", "b", "i", "strong", "em"})
_DROP_CONTENT = frozenset({"script", "style", "iframe", "object", "embed", "template", "noscript", "svg", "math",
                           "textarea", "title", "head", "select", "xmp", "noembed", "noframes"})
_SAFE_SCHEMES = ("http://", "https://", "mailto:")


class _Sanitizer(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.open: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _DROP_CONTENT:
            self.skipping += 1
            return
        if self.skipping or tag not in ALLOWED_TAGS:
            if tag == "br" and not self.skipping:
                self.out.append(" ")
            return
        if tag in ("li", "p") and self.open and self.open[-1] == tag:
            self.handle_endtag(tag)  # HTML's implied end: <li>one<li>two
        attributes = ""
        if tag == "a":
            href = (dict(attrs).get("href") or "").strip()
            if href.lower().startswith(_SAFE_SCHEMES):
                attributes = f' href="{escape(href, quote=True)}"'
        self.out.append(f"<{tag}{attributes}>")
        self.open.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in _DROP_CONTENT:
            self.skipping = max(0, self.skipping - 1)
            return
        if self.skipping or tag not in self.open:
            return
        while self.open:  # close what the author left open inside it
            inner = self.open.pop()
            self.out.append(f"</{inner}>")
            if inner == tag:
                break

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.out.append(escape(data, quote=False))


def sanitize_html(html: str) -> str:
    """Safe HTML for ``content:encoded`` and web pages.

    >>> sanitize_html('<p onclick="x()">Hi <script>alert(1)</script><a href="javascript:evil()">me</a></p>')
    '<p>Hi <a>me</a></p>'
    >>> sanitize_html('<ul><li><a href="https://example.com/?a=1&b=2">ok</a><li>two</ul><img src=x onerror=y>')
    '<ul><li><a href="https://example.com/?a=1&amp;b=2">ok</a></li><li>two</li></ul>'
    >>> sanitize_html('<a href=" JaVaScRiPt:alert(1)" onmouseover="x">a</a><svg><script>x</script></svg>b<br>c')
    '<a>a</a>b c'
    """
    parser = _Sanitizer()
    parser.feed(html)
    parser.close()
    return "".join(parser.out) + "".join(f"</{tag}>" for tag in reversed(parser.open))


class _Text(_Sanitizer):
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _DROP_CONTENT:
            self.skipping += 1
        elif tag in ("br", "p", "li") and not self.skipping:
            self.out.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in _DROP_CONTENT:
            self.skipping = max(0, self.skipping - 1)

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.out.append(data)


def plain_text(text: str) -> str:
    """Text with any markup in it removed (scripts and styles with their content), for the plain
    description that some apps still show as HTML.

    >>> plain_text('Intro <script>alert(1)</script><b onclick="x">bold</b> & 1 < 2')
    'Intro bold & 1 < 2'
    """
    parser = _Text()
    parser.feed(text)
    parser.close()
    return "".join(parser.out)
