"""Los Angeles Times (latimes.com): Brightspot, the story in ``[data-element=story-body]``.

The same container holds a plain story and a "story stack" (numbered items, each with
an ``h3`` title). Photos are ``figure.figure`` with ``.figure-caption`` and a
parenthesized ``.figure-credit``; the lead photo sits above the story in
``.page-lead-media``. Ads and newsletter boxes are "enhancements" between paragraphs.
"""

from __future__ import annotations

from typing import ClassVar

from lxml.cssselect import CSSSelector

from newsparse.adapter import Adapter
from newsparse.adapters._shared import EMBEDDED_POSTS, first, lead_media
from newsparse.model import Block, BlockKind, Media
from newsparse.page import Page
from newsparse.toolkit.jsonld import get_path, text_value
from newsparse.toolkit.text import normalize_space, text_of

_TITLE = CSSSelector("h1.headline")
_LEAD = CSSSelector(".page-lead-media figure, .lead-media figure")


class LATimesAdapter(Adapter):
    """Los Angeles Times: stories and story stacks, photos with caption and credit."""

    name = "latimes"
    hosts = frozenset({"latimes.com"})
    content_selectors: ClassVar[tuple[str, ...]] = ("[data-element='story-body']",)
    exclude = (
        *EMBEDDED_POSTS,
        ".story-stack-item-number",
        ".google-dfp-ad-wrapper",
        "ps-newsletter-module",
        ".newsletter-module",
        "ps-promo",
        ".promo",
    )

    def headline(self, page: Page) -> str | None:
        # The JSON-LD may carry a second, search-engine headline; the page shows this one.
        title = first(_TITLE, page.body)
        return (text_of(title) if title is not None else None) or super().headline(page)

    def body(self, page: Page) -> tuple[Block, ...]:
        blocks = super().body(page)
        # Some copies carry the story only in JSON-LD (the page renders it by script). Without
        # the story container, the generic region counts only if it holds that story.
        text = normalize_space(text_value(get_path(page.article_ld, "articleBody")))
        if not text or (blocks and self.content_root(page) is not None):
            return blocks
        if blocks and text[:60] in " ".join(b.text for b in blocks):
            return blocks
        # One block: the site gives no paragraph breaks there.
        return (Block(kind=BlockKind.PARAGRAPH, text=text),)

    def media(self, page: Page) -> tuple[Media, ...]:
        return lead_media(page, _LEAD, super().media(page))
