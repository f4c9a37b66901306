"""The i Paper (inews.co.uk), a WordPress site served through two front ends.

The 2023 React front end puts the story in ``article div.article-content`` and the topics
in ``nav.inews__topic-list``; the 2024 WordPress theme uses ``div.inews__post-content``
(an ``entry-content``) and ``div.inews__post-topics``. Both show the dek as the post
excerpt, the lead photo as a featured-image figure whose caption ends "(Photo: X)", and
inline "Related Article"/"Read Next" cards.
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
from newsparse.toolkit.credits import split_credit
from newsparse.toolkit.text import text_of

_STANDFIRST = CSSSelector("p.inews__post-excerpt, .inews__post-header p.excerpt, header h2.excerpt")
_LEAD = CSSSelector("figure.inews__post-featured-image, figure.featured-image")
_TAGS = CSSSelector(".inews__post-topics a[href], nav.inews__topic-list a[href]")
# A closing credit, not story text: "Additional reporting from PA".
_ADDITIONAL = re.compile(r"^additional reporting (?:by|from)\b.{1,80}$", re.IGNORECASE)
# Alt text the theme puts on every image, which describes nothing.
_PLACEHOLDER_ALT = frozenset({"article thumbnail image", "author avatar image"})
# The site's credits read "(Photo: X)"; the label is not part of the credit.
_CREDIT_LABEL = re.compile(r"^(?:photos?|pictures?|images?)\s*:\s*", re.IGNORECASE)


class INewsAdapter(StoryAdapter):
    """The i Paper: both front ends, the dek, the featured image with its credit, topics."""

    name = "inews"
    hosts = frozenset({"inews.co.uk"})
    content_selectors: ClassVar[tuple[str, ...]] = (
        "div.inews__post-content, article div.article-content",
    )
    exclude = (
        "[class*=shortcode-relatedarticle]",  # "Related Article" / "Read Next" cards
        "[class*=inews__post-byline]",
        "[class*=newsletter]",
        "aside",
        ".inews__post-topics, nav.inews__topic-list",
        ".most-read-by-subscribers",
    )

    def body(self, page: Page) -> tuple[Block, ...]:
        blocks = super().body(page)
        if blocks and _ADDITIONAL.match(blocks[-1].text):
            return blocks[:-1]
        return blocks

    def standfirst(self, page: Page) -> str | None:
        for element in _STANDFIRST(page.body):
            text = text_of(element)
            if text:
                return text
        return super().standfirst(page)

    def read_media(self, element: html.HtmlElement, page: Page, position: int) -> Media | None:
        media = media_from(element, page, position)
        return None if media is None else _tidy(media)

    def lead_media(self, page: Page) -> tuple[Media, ...]:
        found = (media_from(f, page, 0) or _featured(f, page) for f in _LEAD(page.body)[:1])
        return tuple(_tidy(m) for m in found if m is not None)

    def navigation(self, page: Page) -> tuple[NavLink, ...]:
        return collect_links(page, [(NavRole.TAG, _TAGS(page.body))]) or super().navigation(page)


def _featured(figure: html.HtmlElement, page: Page) -> Media | None:
    """The 2024 theme sizes its lead image by aspect ratio (``width=16 height=9``)."""
    image = next(figure.iter("img"), None)
    url = page.absolute(image.get("src")) if image is not None else None
    if url is None:
        return None
    caption = next(figure.iter("figcaption"), None)
    text, credit = split_credit(text_of(caption)) if caption is not None else (None, None)
    return Media(url=url, caption=text, credit=credit, position=0)


def _tidy(media: Media) -> Media:
    alt = None if media.alt and media.alt.lower() in _PLACEHOLDER_ALT else media.alt
    credit = _CREDIT_LABEL.sub("", media.credit) if media.credit else None
    return evolve(media, alt=alt, credit=credit or None)
