"""NPR (npr.org): story pages built from "buckets" inside ``#storytext``.

Images are ``div.bucketwrap.image`` blocks whose ``div.credit-caption`` holds the caption
(``.caption``) and the credit (``.credit``, "Name/Agency"), plus "hide caption" /
"toggle caption" button labels that are no text at all. Related-story insets
(``.bucketwrap.internallink``), pull quotes and the share tools are buckets too.
"""

from __future__ import annotations

from copy import deepcopy
from typing import ClassVar

from lxml import html
from lxml.cssselect import CSSSelector

from newsparse.adapters._story import StoryAdapter, collect_links
from newsparse.model import Media, NavLink, NavRole
from newsparse.page import Page
from newsparse.toolkit.text import normalize_space, text_of

_BYLINE = CSSSelector("#storybyline .byline__name, .byline__name")
_SLUG = CSSSelector(".slug-wrap .slug a[href], h3.slug a[href]")
_TAGS = CSSSelector(".tags a[href]")
# Button labels inside captions: "hide caption", "toggle caption", "enlarge this image".
_CAPTION_NOISE = CSSSelector(
    ".hide-caption, .toggle-caption, .enlarge_measure, .enlarge_html, .credit"
)


class NPRAdapter(StoryAdapter):
    """NPR: storytext buckets, captions without their buttons, credits, section and tags."""

    name = "npr"
    hosts = frozenset({"npr.org"})
    content_selectors: ClassVar[tuple[str, ...]] = ("#storytext",)
    exclude = (
        ".bucketwrap.internallink, .bucketwrap.pullquote, .bucketwrap.video, .bucketwrap.audio",
        ".credit-caption, .enlarge_html, .enlarge_measure",
        ".story-tools, .share-tools, [class*=share-]",
        "aside, .ad-wrap",
        ".tags",
    )

    media_containers = (".bucketwrap.image", ".bucketwrap.graphic")

    def authors(self, page: Page) -> tuple[str, ...]:
        found = super().authors(page)
        if found:
            return found
        return tuple(dict.fromkeys(t for e in _BYLINE(page.body) if (t := text_of(e))))

    def read_media(self, element: html.HtmlElement, page: Page, position: int) -> Media | None:
        return _bucket(element, page, position)

    def navigation(self, page: Page) -> tuple[NavLink, ...]:
        groups = [(NavRole.SECTION, _SLUG(page.body)), (NavRole.TAG, _TAGS(page.body))]
        return collect_links(page, groups) or super().navigation(page)


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
