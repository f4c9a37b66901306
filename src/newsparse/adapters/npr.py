"""NPR (npr.org): story pages built from "buckets" inside ``#storytext``.

Images are ``div.bucketwrap.image`` blocks whose ``div.credit-caption`` holds the caption
(``.caption``) and the credit (``.credit``, "Name/Agency"), plus "hide caption" /
"toggle caption" button labels that are no text at all. Related-story insets
(``.bucketwrap.internallink``), pull quotes and the share tools are buckets too.
"""

from __future__ import annotations

from copy import deepcopy

from lxml import html
from lxml.cssselect import CSSSelector

from newsparse.adapter import Adapter
from newsparse.model import Block, Dateline, Media, NavLink, NavRole
from newsparse.page import Page
from newsparse.toolkit.dateline import split_dateline
from newsparse.toolkit.text import normalize_space, text_of

_ROOT = CSSSelector("#storytext")
_IMAGES = CSSSelector("#storytext .bucketwrap.image, #storytext .bucketwrap.graphic")
_TEASER = CSSSelector(".teaser, .storytitle + .teaser")
_BYLINE = CSSSelector("#storybyline .byline__name, .byline__name")
_SLUG = CSSSelector(".slug-wrap .slug a[href], h3.slug a[href]")
_TAGS = CSSSelector(".tags a[href]")
# Button labels inside captions: "hide caption", "toggle caption", "enlarge this image".
_CAPTION_NOISE = CSSSelector(
    ".hide-caption, .toggle-caption, .enlarge_measure, .enlarge_html, .credit"
)


class NPRAdapter(Adapter):
    """NPR: storytext buckets, captions without their buttons, credits, section and tags."""

    name = "npr"
    hosts = frozenset({"npr.org"})
    exclude = (
        ".bucketwrap.internallink, .bucketwrap.pullquote, .bucketwrap.video, .bucketwrap.audio",
        ".credit-caption, .enlarge_html, .enlarge_measure",
        ".story-tools, .share-tools, [class*=share-]",
        "aside, .ad-wrap",
        ".tags",
    )

    def content_root(self, page: Page) -> html.HtmlElement | None:
        found = _ROOT(page.body)
        return found[0] if found else None

    def body(self, page: Page) -> tuple[Block, ...]:
        return self._story(page)[1]

    def dateline(self, page: Page) -> Dateline | None:
        return self._story(page)[0] or self.content(page).dateline

    def _story(self, page: Page) -> tuple[Dateline | None, tuple[Block, ...]]:
        """Take a "MILLBROOK, Ore. —" dateline off the first paragraph."""

        def split() -> tuple[Dateline | None, tuple[Block, ...]]:
            blocks = self.content(page).blocks
            found = split_dateline(blocks[0].text) if blocks else None
            if found is None:
                return None, blocks
            dateline, rest = found
            head = (Block(kind=blocks[0].kind, text=rest),) if rest else ()
            return dateline, head + blocks[1:]

        return page.memo("npr:story", split)

    def authors(self, page: Page) -> tuple[str, ...]:
        found = super().authors(page)
        if found:
            return found
        return tuple(dict.fromkeys(t for e in _BYLINE(page.body) if (t := text_of(e))))

    def media(self, page: Page) -> tuple[Media, ...]:
        root = self.content_root(page)
        if root is None:
            return super().media(page)
        texts, seen = [b.text for b in self.body(page)], 0
        found: list[Media] = []
        images = set(_IMAGES(page.body))
        for element in root.iter():
            if element in images:
                media = _bucket(element, page, seen)
                if media is not None:
                    found.append(media)
            elif element.tag in ("p", "h2", "h3", "li", "blockquote") and seen < len(texts):
                seen += texts[seen] in text_of(element)  # a dateline may have been split off
        return tuple(found)

    def navigation(self, page: Page) -> tuple[NavLink, ...]:
        links: list[NavLink] = []
        for role, anchors in ((NavRole.SECTION, _SLUG(page.body)), (NavRole.TAG, _TAGS(page.body))):
            for anchor in anchors:
                url, text = page.absolute(anchor.get("href")), text_of(anchor)
                if url and text and all(link.url != url for link in links):
                    links.append(NavLink(role=role, text=text, url=url))
        return tuple(links) or super().navigation(page)


def _bucket(bucket: html.HtmlElement, page: Page, position: int) -> Media | None:
    image = next((i for i in bucket.iter("img") if i.get("src") or i.get("data-original")), None)
    url = (
        page.absolute(image.get("data-original") or image.get("src")) if image is not None else None
    )
    if image is None or url is None:
        return None
    caption_element = next(iter(bucket.cssselect(".caption")), None)
    caption = _text_without_noise(caption_element) if caption_element is not None else ""
    credit = next((t for e in bucket.cssselect(".credit") if (t := text_of(e))), None)
    return Media(
        url=url,
        caption=caption or None,
        credit=credit,
        alt=normalize_space(image.get("alt")) or None,
        position=position,
    )


def _text_without_noise(element: html.HtmlElement) -> str:
    """Caption text without the credit and the caption buttons nested in it."""
    caption = deepcopy(element)
    for noise in _CAPTION_NOISE(caption):
        noise.drop_tree()  # keeps the text that follows the dropped element
    return text_of(caption)
