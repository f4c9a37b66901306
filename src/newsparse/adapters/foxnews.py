"""Fox News (foxnews.com): the story in ``div.article-body``.

Between paragraphs Fox puts promo links to other stories as paragraphs of their own,
an upper-case headline in bold ("CLICK HERE TO GET THE FOX NEWS APP"); they are not
story text. Captions and credits sit in ``div.image-ct``.
"""

from __future__ import annotations

from typing import ClassVar

from attrs import evolve
from lxml import etree
from lxml.cssselect import CSSSelector

from newsparse.adapter import Adapter
from newsparse.adapters._shared import (
    EMBEDDED_POSTS,
    drop_blocks,
    first,
    merge_links,
    nav_links,
    only,
)
from newsparse.extract.content import Content
from newsparse.model import Block, Media, NavLink, NavRole
from newsparse.page import Page
from newsparse.toolkit.credits import clean_credit
from newsparse.toolkit.text import text_of

_PHOTO_BOXES = CSSSelector(".image-ct")
_DEK = CSSSelector("header.article-header h2.sub-headline, .article-meta > h2")
_EYEBROW = CSSSelector(".article-meta .eyebrow a[href]")
_KEPT_ROLES = (NavRole.BREADCRUMB, NavRole.PREVIOUS, NavRole.NEXT, NavRole.RELATED)
_CAPTION_SPANS = CSSSelector(".caption p > span")
# A paragraph that is nothing but one bold link: Fox's cross-promotion line.
_PROMO = etree.XPath("./p[count(*)=1][a/strong or strong/a][not(normalize-space(text()))]")


class FoxNewsAdapter(Adapter):
    """Fox News: promo lines left out, photos with their caption and credit."""

    name = "foxnews"
    hosts = frozenset({"foxnews.com", "foxbusiness.com"})
    content_selectors: ClassVar[tuple[str, ...]] = ("div.article-body",)
    exclude = (
        *EMBEDDED_POSTS,
        ".featured",
        ".image-ct .info",  # the caption box: read into the media, never body text
        ".ad-container",
        ".article-meta",
        ".author-bio",
        "#cultivate-embed",
        ".video-ct",
    )

    def standfirst(self, page: Page) -> str | None:
        dek = first(_DEK, page.body)
        return (text_of(dek) if dek is not None else None) or super().standfirst(page)

    def navigation(self, page: Page) -> tuple[NavLink, ...]:
        # Links inside the story point to category pages too; the section is the eyebrow.
        kept = only(super().navigation(page), *_KEPT_ROLES)
        return merge_links(nav_links(page, NavRole.SECTION, _EYEBROW), kept)

    def _story(self, page: Page) -> tuple[tuple[Block, ...], tuple[Media, ...]]:
        return page.memo("foxnews:story", lambda: _story(page, self.content(page)))

    def body(self, page: Page) -> tuple[Block, ...]:
        return self._story(page)[0]

    def media(self, page: Page) -> tuple[Media, ...]:
        return self._story(page)[1]


def _story(page: Page, content: Content) -> tuple[tuple[Block, ...], tuple[Media, ...]]:
    """The blocks without promo lines, and the media with Fox's captions, placed among them."""
    root = content.root
    if root is None:
        return content.blocks, content.media
    promos = {text for text in map(text_of, _PROMO(root)) if text.isupper()}
    # Fox's caption box: the caption in one span, the credit in parentheses in the next.
    captions: dict[str, tuple[str | None, str | None]] = {}
    for box in _PHOTO_BOXES(root):
        spans = [text_of(s) for s in _CAPTION_SPANS(box)]
        caption = spans[0] if spans else None
        credit = clean_credit(spans[1].strip("() ")) if len(spans) > 1 else None
        for image in box.iter("img", "source"):
            for url in (image.get("src"), *(image.get("srcset") or "").replace(",", " ").split()):
                if url and url.startswith("http"):
                    captions[url] = (caption or None, credit or None)
    media = (
        evolve(m, caption=captions[m.url][0], credit=captions[m.url][1]) if m.url in captions else m
        for m in content.media
    )
    return drop_blocks(content.blocks, media, lambda _, block: block.text in promos)
