"""The Independent (independent.co.uk).

Class names are styled-components hashes (``sc-qvufca-6``), so the adapter keys on ids
(``#articleHeader``, ``#main``), ``data-component`` widgets and plain elements: the story
is the paragraphs of ``#main``, the header holds breadcrumbs, the dek and the lead figure,
and ``nav.topics`` holds the tags.
"""

from __future__ import annotations

import re
from typing import ClassVar

from attrs import evolve
from lxml import html
from lxml.cssselect import CSSSelector

from newsparse.adapters._story import StoryAdapter, collect_links
from newsparse.extract.media import media_from
from newsparse.model import Block, Media, NavLink, NavRole
from newsparse.page import Page
from newsparse.toolkit.text import text_of

_HEADER = CSSSelector("#articleHeader")
_CRUMBS = CSSSelector("#articleHeader nav a[href]")
_TAGS = CSSSelector("nav.topics a[href]")
# Captions end with the credit in parentheses: "Holly Bowles in Laos (Supplied)".
_PAREN_CREDIT = re.compile(r"^(?P<caption>.*?)\s*\((?P<credit>[^()]{1,80})\)$")
# An editor's note, not story text: "This is a breaking news story - more to follow".
_BREAKING = re.compile(r"^this is a breaking news? story\b.{0,40}$", re.IGNORECASE)


class TheIndependentAdapter(StoryAdapter):
    """The Independent: the story without widgets, dek, lead figure credit, breadcrumbs, topics."""

    name = "theindependent"
    hosts = frozenset({"independent.co.uk"})
    content_selectors: ClassVar[tuple[str, ...]] = ("#main",)
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

    def read_media(self, element: html.HtmlElement, page: Page, position: int) -> Media | None:
        media = media_from(element, page, position)
        return None if media is None else _credit_in_parentheses(media)

    def lead_media(self, page: Page) -> tuple[Media, ...]:
        figures = [f for header in _HEADER(page.body) for f in header.iter("figure")]
        return tuple(m for f in figures[:1] if (m := self.read_media(f, page, 0)))

    def navigation(self, page: Page) -> tuple[NavLink, ...]:
        crumbs, tags = _CRUMBS(page.body), _TAGS(page.body)
        links = collect_links(page, [(NavRole.BREADCRUMB, crumbs), (NavRole.TAG, tags)])
        return links or super().navigation(page)


def _credit_in_parentheses(media: Media) -> Media:
    """The site prints every credit as a trailing "(...)", agency or not."""
    match = _PAREN_CREDIT.match(media.caption or "")
    if media.credit or match is None:
        return media
    return evolve(
        media, caption=match.group("caption") or None, credit=match.group("credit").strip()
    )
