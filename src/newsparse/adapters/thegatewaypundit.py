"""The Gateway Pundit (thegatewaypundit.com): WordPress, the story in ``.entry-content``.

Photos are often pasted as ``<p><img><br><em>caption</em></p>``: that paragraph is a
captioned image, not text. A bold line that only introduces the embed after it
("Watch: ...", "Read more:") goes with the embed, and "Click here to read ..." lines
point to older posts. A first paragraph set wholly in bold is the dek.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import ClassVar

from lxml import etree, html
from lxml.cssselect import CSSSelector

from newsparse.adapters._shared import EMBEDDED_POSTS, first, int_attr
from newsparse.adapters._wordpress import WordPressAdapter
from newsparse.model import Block, Media
from newsparse.page import Page
from newsparse.toolkit.text import text_of

_TITLE = CSSSelector("article h1.entry-title")
_IMAGE_PARAGRAPHS = etree.XPath("./p[img]")
_BOLD_ONLY = etree.XPath("./p[strong][not(normalize-space(text()))][count(*)=1]")
_EMBEDS = ("twitter-tweet", "wp-embedded-content", "instagram-media", "tiktok-embed")
_CLICK_HERE = re.compile(r"^Click here\b", re.IGNORECASE)
_MAX_DEK = 160


class TheGatewayPunditAdapter(WordPressAdapter):
    """The Gateway Pundit (WordPress): the bold dek, pasted photos with captions, embeds."""

    name = "thegatewaypundit"
    hosts = frozenset({"thegatewaypundit.com"})
    content_selectors: ClassVar[tuple[str, ...]] = ("article div.entry-content",)
    requires_wordpress_markup = False  # the host is enough: a theme change keeps the adapter
    exclude: ClassVar[tuple[str, ...]] = (
        *WordPressAdapter.exclude,
        *EMBEDDED_POSTS,
        ".speaker-mute",
        "blockquote.wp-embedded-content",
        ".ai-viewports",
        ".post-poll",
        "[id^='tgp-']",
    )

    def _labels(self, page: Page) -> tuple[str | None, frozenset[str]]:
        """(the dek, texts of the paragraphs that are not story text)."""
        return page.memo("thegatewaypundit:labels", lambda: _dropped(self.content(page).root))

    def headline(self, page: Page) -> str | None:
        # og:title and JSON-LD carry the title HTML-escaped twice ("Kohberger&#8217;s").
        title = first(_TITLE, page.body)
        return (text_of(title) if title is not None else None) or super().headline(page)

    def standfirst(self, page: Page) -> str | None:
        # Without a bold dek there is none: the description is WordPress's excerpt of the body.
        return self._labels(page)[0]

    def standfirst_shown(self, page: Page, standfirst: str) -> bool:
        return True  # the bold dek at the top of the post, never metadata

    def trim(self, page: Page, blocks: Sequence[Block]) -> list[Block | None]:
        dek, dropped = self._labels(page)
        trimmed = super().trim(page, blocks)
        return [
            None if b is None or b.text in dropped or (i == 0 and b.text == dek) else b
            for i, b in enumerate(trimmed)
        ]

    def media(self, page: Page) -> tuple[Media, ...]:
        pasted = _pasted_images(page, self.content(page).root, self.body(page))
        known = {m.url for m in pasted}
        found = (*pasted, *(m for m in super().media(page) if m.url not in known))
        return tuple(sorted(found, key=lambda m: m.position))


def _pasted_images(
    page: Page, root: html.HtmlElement | None, blocks: Sequence[Block]
) -> list[Media]:
    """Pasted photos, placed where they stand among the blocks.

    ``<p><img><br><em>caption</em></p>`` paragraphs, and ``figure.wp-caption`` photos: the
    theme's featured size is named ``size-facebook``, which generic junk filters reject.
    """
    found: list[Media] = []
    consumed = 0  # blocks matched so far: the paragraphs are a subsequence of the blocks
    for element in root.iterchildren("p", "figure") if root is not None else ():
        text = text_of(element)
        image = element.find(".//img")
        url = page.absolute(image.get("src")) if image is not None else None
        if image is not None and url is not None:
            caption = element.find(".//figcaption")
            found.append(
                Media(
                    url=url,
                    caption=(text_of(caption) if caption is not None else text) or None,
                    alt=image.get("alt") or None,
                    width=int_attr(image.get("width")),
                    height=int_attr(image.get("height")),
                    position=consumed,
                )
            )
        if text and consumed < len(blocks) and blocks[consumed].text == text:
            consumed += 1
    return found


def _dropped(root: html.HtmlElement | None) -> tuple[str | None, frozenset[str]]:
    if root is None:
        return None, frozenset()
    texts = {text_of(p) for p in _IMAGE_PARAGRAPHS(root)}
    texts.update(
        text
        for p in root.iterfind("p")
        if _CLICK_HERE.match(text := text_of(p)) and len(text) < 200
    )
    for paragraph in _BOLD_ONLY(root):
        following = next((s for s in paragraph.itersiblings() if not _is_filler(s)), None)
        if following is not None and _is_embed(following):
            texts.add(text_of(paragraph))
    opening = next((p for p in root.iterfind("p") if text_of(p)), None)
    dek = None
    if opening is not None and opening in _BOLD_ONLY(root) and len(text_of(opening)) <= _MAX_DEK:
        dek = text_of(opening)
    return dek, frozenset(t for t in texts if t)


def _is_filler(element: html.HtmlElement) -> bool:
    """Ad slots and empty paragraphs between a label and its embed."""
    classes = element.get("class") or ""
    return (
        "ai-viewports" in classes
        or "code-block" in classes
        or (element.tag == "p" and not text_of(element))
    )


def _is_embed(element: html.HtmlElement) -> bool:
    classes = (element.get("class") or "").split()
    return (
        any(c in _EMBEDS for c in classes)
        or next(element.iter("iframe", "video"), None) is not None
    )
