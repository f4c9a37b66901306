"""The Intercept (theintercept.com): two layouts, each with a dek and a captioned lead photo.

Until early 2024 pages were rendered by React (``div.PostContent``, ``h2.Post-excerpt``,
``.FeaturedImageCaption``); since then they come from a WordPress theme
(``div.entry-content__content``, ``p.post__excerpt``, ``.image__caption``). In both,
pull quotes repeat the story, and newsletter, "Related", "Most Read" and coverage boxes
sit between paragraphs.
"""

from __future__ import annotations

from lxml import html
from lxml.cssselect import CSSSelector

from newsparse.adapter import Adapter
from newsparse.adapters._shared import EMBEDDED_POSTS, caption_credit, first
from newsparse.model import Media
from newsparse.page import Page
from newsparse.toolkit.text import text_of

_EXCLUDE = (
    *EMBEDDED_POSTS,
    ".Pullquote",
    "blockquote[data-shortcode-type='pullquote']",
    ".NewsletterEmbed-container",
    ".newsletter-embed",
    "[data-module='MostRead']",
    ".PromoteRelatedPost-promo",
    ".promote-related-post",
    ".promote-banner",
    # Captions are paragraphs too in the React layout (read with their photos).
    "p.caption",
    ".PhotoGrid-description",
)


class TheInterceptAdapter(Adapter):
    """The Intercept, the React layout (until early 2024): the dek, the captioned lead photo."""

    name = "theintercept"
    hosts = frozenset({"theintercept.com"})
    exclude = _EXCLUDE
    _root = CSSSelector("div.PostContent")
    _dek = CSSSelector("h2.Post-excerpt")
    _lead_image = CSSSelector("div.Post-body img.print-only, div.Post-body img")
    # The caption is printed twice (for mobile and desktop): the first copy is enough.
    _lead_caption = CSSSelector(".FeaturedImageCaption .FeaturedImageCaptionText")

    def content_root(self, page: Page) -> html.HtmlElement | None:
        return first(self._root, page.body)

    def standfirst(self, page: Page) -> str | None:
        dek = first(self._dek, page.body)
        return (text_of(dek) if dek is not None else None) or super().standfirst(page)

    def media(self, page: Page) -> tuple[Media, ...]:
        lead = self._lead(page)
        body = super().media(page)
        if lead is None:
            return body
        # The walk's og:image fallback is the same photo, maybe with other resizing parameters.
        path = lead.url.split("?", 1)[0]
        return (lead, *(m for m in body if m.url.split("?", 1)[0] != path))

    def _lead(self, page: Page) -> Media | None:
        image = first(self._lead_image, page.body)
        url = page.absolute(image.get("src")) if image is not None else None
        if image is None or url is None:
            return None
        caption, credit = None, None
        box = first(self._lead_caption, page.body)
        if box is not None:
            caption, credit = caption_credit(text_of(box))
        return Media(
            url=url, caption=caption, credit=credit, alt=image.get("alt") or None, position=0
        )


class TheIntercept2024Adapter(TheInterceptAdapter):
    """The Intercept, the WordPress layout (since early 2024): the dek, the lead photo."""

    name = "theintercept_2024"
    _root = CSSSelector("div.entry-content__content")
    _dek = CSSSelector("header.post__header .post__excerpt")
    _lead_image = CSSSelector("article > img")
    _lead_caption = CSSSelector("header.post__header .image__caption")

    @classmethod
    def detect(cls, page: Page) -> bool:
        return first(cls._root, page.body) is not None
