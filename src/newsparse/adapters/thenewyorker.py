"""The New Yorker (newyorker.com), on Condé Nast's shared front end.

The story is split into several ``[data-testid=BodyWrapper]`` chunks inside
``[data-testid=ArticlePageChunks]``, with persistent share asides and a paywall
barrier between them. Class names are generated (``SplitScreenContentHeaderDek-abc12``)
but keep a readable stem, so the adapter matches stems (``[class*=ContentHeaderDek]``),
never the hashed suffix. Captions and credits are ``[class*=CaptionText]`` and
``[class*=CaptionCredit]`` ("Photograph by Doug Johnson").
"""

from __future__ import annotations

import re
from typing import ClassVar

from lxml import etree, html
from lxml.cssselect import CSSSelector

from newsparse.adapters._story import StoryAdapter, collect_links
from newsparse.model import Media, NavLink, NavRole
from newsparse.page import Page
from newsparse.toolkit.text import normalize_space, text_of

_DEK = CSSSelector("header [class*=ContentHeaderDek]")
_LEAD = CSSSelector("[data-testid=ContentHeaderLeadAsset], header figure")
_IMAGES = CSSSelector("img")
_CAPTION = CSSSelector(".caption__text")
_CREDIT = CSSSelector(".caption__credit")
_HEADER_CREDIT = CSSSelector(
    "header .caption__credit, [class*=ContentHeaderCaption] .caption__credit"
)
_RUBRIC = CSSSelector("[data-testid=ContentHeaderRubric] a[href], header [class*=Rubric] a[href]")
_TAGS = CSSSelector("[data-testid=TagCloudWrapper] a[href]")
_CREDIT_PREFIX = re.compile(
    r"^(?:photographs?|illustrations?|photo|image|video|animation|art|source|collage)\s+(?:by|from)\s+",
    re.IGNORECASE,
)


class TheNewYorkerAdapter(StoryAdapter):
    """The New Yorker: body chunks around the paywall, dek, lazy figures with credits, tags."""

    name = "thenewyorker"
    hosts = frozenset({"newyorker.com"})
    # In order of preference: the first that matches is the story.
    content_selectors: ClassVar[tuple[str, ...]] = (
        "[data-testid=ArticlePageChunks]",
        "[data-testid=BodyWrapper]",
    )
    exclude = (
        "aside",  # share bars and the paywall barrier between body chunks
        "[data-testid=LinkStack], [data-testid=Contributors], [data-testid=TagCloudWrapper]",
        "[data-testid=ContentFooterBottom], [data-testid=NewsletterSubscribeFormWrapper]",
        "figcaption, [class*=CaptionWrapper]",
        "[class*=CartoonEmbed] [class*=Caption]",
        # Pull quotes repeat a sentence of the story; marketing units sit between chunks.
        "[class*=PullQuote], .pullquote, [class*=ConsumerMarketing], [class*=Callout]",
    )

    def standfirst(self, page: Page) -> str | None:
        for element in _DEK(page.body):
            text = text_of(element)
            if text:
                return text
        return super().standfirst(page)

    def read_media(self, element: html.HtmlElement, page: Page, position: int) -> Media | None:
        return _figure(element, page, position)

    def lead_media(self, page: Page) -> tuple[Media, ...]:
        credits = _HEADER_CREDIT(page.body)
        return tuple(m for e in _LEAD(page.body)[:1] if (m := _figure(e, page, 0, credits)))

    def navigation(self, page: Page) -> tuple[NavLink, ...]:
        groups = [(NavRole.SECTION, _RUBRIC(page.body)), (NavRole.TAG, _TAGS(page.body))]
        return collect_links(page, groups) or super().navigation(page)


def _figure(
    element: html.HtmlElement,
    page: Page,
    position: int,
    credits: list[html.HtmlElement] | None = None,
) -> Media | None:
    image = next((i for i in _IMAGES(element) if i.get("src")), None)
    if image is None:
        # Lazy images: the real <img> is markup inside <noscript>.
        for noscript in element.iter("noscript"):
            try:
                parsed = html.fragment_fromstring(noscript.text or "<i></i>", create_parent="div")
            except (etree.ParserError, ValueError):
                continue
            image = next((i for i in parsed.iter("img") if i.get("src")), image)
    url = page.absolute(image.get("src")) if image is not None else None
    if image is None or url is None:
        return None
    caption = next((t for e in _CAPTION(element) if (t := text_of(e))), None)
    credit = next((t for e in [*_CREDIT(element), *(credits or [])] if (t := text_of(e))), None)
    return Media(
        url=url,
        caption=caption,
        credit=_CREDIT_PREFIX.sub("", credit) if credit else None,
        alt=normalize_space(image.get("alt")) or None,
        position=position,
    )
