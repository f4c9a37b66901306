"""The Nation (thenation.com): two WordPress themes.

Until late 2023 the story is ``section.article-body div.article-body-inner`` with
``h6`` subheads, photos in ``aside.image`` and the dek in ``h2.subtitle``; promo boxes
("related", current issue, ads) are nested *inside* paragraphs by unclosed markup, so
they are pruned before the walk. Since then it is a block theme: the story is
``article.blocks-wrapper``, the dek ``.article-title__dek``, and the newsletter box
wraps the rest of the story (only its form is boilerplate).
"""

from __future__ import annotations

from typing import ClassVar

from lxml import html
from lxml.cssselect import CSSSelector

from newsparse.adapter import Adapter
from newsparse.adapters._shared import (
    EMBEDDED_POSTS,
    caption_credit,
    first,
    merge_links,
    nav_links,
    only,
    place,
    pruned,
)
from newsparse.extract.media import media_from
from newsparse.model import Media, NavLink, NavRole
from newsparse.page import Page
from newsparse.toolkit.text import text_of

# Promo boxes the parser nests inside story paragraphs.
_NESTED = tuple(
    CSSSelector(s)
    for s in (
        ".oneup-blocks",
        ".newrelated-blocks",
        ".current-blocks",
        ".most-popular",
        "[data-freestar-ad]",
        "aside[aria-hidden='true']",  # "Related Article(s)" boxes and editor's notes
        "aside.image",
        "div.message",
    )
)
_PHOTOS = CSSSelector("aside.image")


class TheNationAdapter(Adapter):
    """The Nation, the classic theme (until late 2023): the dek, subheads, captioned photos."""

    name = "thenation"
    hosts = frozenset({"thenation.com"})
    exclude: ClassVar[tuple[str, ...]] = (
        *EMBEDDED_POSTS,
        "#ConnatixPlaceholder",
        ".inline-counter",
    )
    _root = CSSSelector("section.article-body div.article-body-inner")
    _dek = CSSSelector("header.article-header h2.subtitle")
    _section = CSSSelector("header.article-header .article-info a[href]")

    def content_root(self, page: Page) -> html.HtmlElement | None:
        root = first(self._root, page.body)
        return (
            page.memo("thenation:root", lambda: pruned(root, _NESTED)) if root is not None else None
        )

    def navigation(self, page: Page) -> tuple[NavLink, ...]:
        # The URL's "/article/" passes for a breadcrumb; the section is the label above the title.
        kept = only(super().navigation(page), NavRole.PREVIOUS, NavRole.NEXT, NavRole.RELATED)
        return merge_links(nav_links(page, NavRole.SECTION, self._section), kept)

    def standfirst(self, page: Page) -> str | None:
        dek = first(self._dek, page.body)
        return (text_of(dek) if dek is not None else None) or super().standfirst(page)

    def media(self, page: Page) -> tuple[Media, ...]:
        # Photos were pruned with the promos: place each among the story's blocks (one that
        # unclosed markup nested in a paragraph goes before that paragraph).
        root = first(self._root, page.body)
        if root is None:
            return super().media(page)
        found: list[Media] = []
        texts = [b.text for b in self.content(page).blocks]
        for photo in _PHOTOS(root):
            media = media_from(photo, page, place(photo, root, texts))
            if media is not None:
                caption = photo.find(".//p[@class='caption']")
                if caption is not None:
                    text, credit = caption_credit(text_of(caption))
                    media = Media(
                        url=media.url,
                        caption=text,
                        credit=credit,
                        alt=media.alt,
                        width=media.width,
                        height=media.height,
                        position=media.position,
                    )
                found.append(media)
        # Without the photos the walk falls back to og:image, one of them at another size.
        names = {m.url.rsplit("/", 1)[-1] for m in found}
        return tuple(found) + tuple(
            m for m in super().media(page) if m.url.rsplit("/", 1)[-1] not in names
        )


class TheNation2024Adapter(TheNationAdapter):
    """The Nation, the block theme (since late 2023): the dek, captioned photos."""

    name = "thenation_2024"
    exclude = (
        *EMBEDDED_POSTS,
        ".article-title",
        "figcaption",  # read with its photo, never body text
        ".ad",
        ".ad-block",
        ".current-issue",
        ".cta__container",
        ".popular-articles",
        ".expand-reduce",
        ".expand-reduce-casual",
        ".article-end",
        ".collections",
        "#ConnatixPlaceholder",
        ".connatix-player-footer",
    )
    _root = CSSSelector("article.blocks-wrapper")
    _dek = CSSSelector(".article-title__dek")
    _section = CSSSelector(".article-title__labels a[href]")

    @classmethod
    def detect(cls, page: Page) -> bool:
        return first(cls._root, page.body) is not None

    def content_root(self, page: Page) -> html.HtmlElement | None:
        return first(self._root, page.body)
