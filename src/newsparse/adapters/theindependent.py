"""The Independent (independent.co.uk).

Class names are styled-components hashes (``sc-qvufca-6``), so the adapter keys on ids
(``#articleHeader``, ``#main``), ``data-component`` widgets and plain elements: the story
is the paragraphs of ``#main``, the header holds breadcrumbs, the dek and the lead figure,
and ``nav.topics`` holds the tags.
"""

from __future__ import annotations

import re

from attrs import evolve
from lxml import html
from lxml.cssselect import CSSSelector

from newsparse.adapter import Adapter
from newsparse.extract.media import media_from
from newsparse.model import Block, Media, NavLink, NavRole
from newsparse.page import Page
from newsparse.toolkit.text import text_of

_ROOT = CSSSelector("#main")
_HEADER = CSSSelector("#articleHeader")
_CRUMBS = CSSSelector("#articleHeader nav a[href]")
_TAGS = CSSSelector("nav.topics a[href]")
# An editor's note, not story text: "This is a breaking news story - more to follow".
# Captions end with the credit in parentheses: "Holly Bowles in Laos (Supplied)".
_PAREN_CREDIT = re.compile(r"^(?P<caption>.*?)\s*\((?P<credit>[^()]{1,80})\)$")
_BREAKING = re.compile(r"^this is a breaking news? story\b.{0,40}$", re.IGNORECASE)


class TheIndependentAdapter(Adapter):
    """The Independent: the story without widgets, dek, lead figure credit, breadcrumbs, topics."""

    name = "theindependent"
    hosts = frozenset({"independent.co.uk"})
    exclude = (
        "[data-component]",  # newsletter sign-ups, share buttons, related-article cards
        "#article-im-prompt",
        "[id^=taboola]",
        ".teads",
        "[data-mpu1], [data-mpu2], [data-mpu3]",
        "nav.topics",
        ".show-comments",
        "aside",
    )

    def content_root(self, page: Page) -> html.HtmlElement | None:
        found = _ROOT(page.body)
        return found[0] if found else None

    def body(self, page: Page) -> tuple[Block, ...]:
        return tuple(b for b in super().body(page) if not _BREAKING.match(b.text))

    def standfirst(self, page: Page) -> str | None:
        for header in _HEADER(page.body):
            # The dek is the header's own <p>; widgets' paragraphs sit deeper.
            for paragraph in header.iterfind(".//h1/../p"):
                text = text_of(paragraph)
                if text:
                    return text
        return super().standfirst(page)

    def media(self, page: Page) -> tuple[Media, ...]:
        lead = [
            m
            for header in _HEADER(page.body)
            for f in header.iter("figure")
            if (m := media_from(f, page, 0))
        ][:1]
        seen = {m.url for m in lead}
        return tuple(
            _credit_in_parentheses(m)
            for m in (*lead, *(m for m in super().media(page) if m.url not in seen))
        )

    def navigation(self, page: Page) -> tuple[NavLink, ...]:
        links: list[NavLink] = []
        for role, anchors in (
            (NavRole.BREADCRUMB, _CRUMBS(page.body)),
            (NavRole.TAG, _TAGS(page.body)),
        ):
            for anchor in anchors:
                url, text = page.absolute(anchor.get("href")), text_of(anchor)
                if url and text:
                    links.append(NavLink(role=role, text=text, url=url))
        return tuple(links) or super().navigation(page)


def _credit_in_parentheses(media: Media) -> Media:
    """The site prints every credit as a trailing "(...)", agency or not."""
    match = _PAREN_CREDIT.match(media.caption or "")
    if media.credit or match is None:
        return media
    return evolve(
        media, caption=match.group("caption") or None, credit=match.group("credit").strip()
    )
