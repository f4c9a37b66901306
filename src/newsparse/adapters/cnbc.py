"""CNBC (cnbc.com): "Key Points" above the story, the story in ``[data-module=ArticleBody]``.

Inside the body, related-content boxes, inline video players and pull quotes (which repeat
a sentence of the story) are not story text.
"""

from __future__ import annotations

from typing import ClassVar

from attrs import evolve
from lxml.cssselect import CSSSelector

from newsparse.adapter import Adapter
from newsparse.adapters._shared import EMBEDDED_POSTS, description, first
from newsparse.model import Media
from newsparse.page import Page
from newsparse.toolkit.text import text_of

_KEY_POINTS = CSSSelector(".RenderKeyPoints-list li")
_PHOTO_BOXES = CSSSelector("[data-test='InlineImage'][id]")
_CAPTION = CSSSelector(".InlineImage-imageEmbedCaption")
_CREDIT = CSSSelector(".InlineImage-imageEmbedCredit")


class CNBCAdapter(Adapter):
    """CNBC: Key Points as the quick read, pull quotes left out, the lead photo's credit."""

    name = "cnbc"
    hosts = frozenset({"cnbc.com"})
    content_selectors: ClassVar[tuple[str, ...]] = ("[data-module='ArticleBody']",)
    exclude = (
        *EMBEDDED_POSTS,
        ".RelatedContent-relatedContent",
        "[data-test='VideoPlaceHolder']",
        "[data-test='Pullquote']",
        "[data-module='mps-slot']",
        ".HighlightShare-hidden",
        ".QuoteInBody-inlineButton",  # the "add to watchlist" button after a ticker link
    )

    def media(self, page: Page) -> tuple[Media, ...]:
        # Inline photos load by script; the server sends their caption and credit only. The
        # lead one is og:image (the walk's fallback), named after the same image id.
        boxes = {box.get("id", "").rsplit("-", 1)[-1]: box for box in _PHOTO_BOXES(page.body)}
        found: list[Media] = []
        for item in super().media(page):
            box = next((b for key, b in boxes.items() if key and f"/{key}-" in item.url), None)
            if box is not None:
                caption, credit = first(_CAPTION, box), first(_CREDIT, box)
                item = evolve(
                    item,
                    caption=(text_of(caption) if caption is not None else None) or item.caption,
                    credit=(text_of(credit) if credit is not None else None) or item.credit,
                )
            found.append(item)
        return tuple(found)

    def standfirst(self, page: Page) -> str | None:
        # CNBC shows no dek; the description is its summary.
        return description(page) or super().standfirst(page)

    def quick_read(self, page: Page) -> tuple[str, ...]:
        points = tuple(text for text in map(text_of, _KEY_POINTS(page.body)) if text)
        return points or super().quick_read(page)
