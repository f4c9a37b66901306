"""The Gateway Pundit (thegatewaypundit.com): WordPress, the story in ``.entry-content``.

Photos are often pasted as ``<p><img><br><em>caption</em></p>``: that paragraph is a
captioned image, not text. A bold line that only introduces the embed after it
("Watch: ...", "Read more:") goes with the embed, and "Click here to read ..." lines
point to older posts. A first paragraph set wholly in bold is the dek.
"""

from __future__ import annotations

import re

from attrs import evolve
from lxml import etree, html
from lxml.cssselect import CSSSelector

from newsparse.adapter import Adapter
from newsparse.adapters._shared import drop_blocks, first
from newsparse.extract.content import Content
from newsparse.extract.media import media_from
from newsparse.model import Block, Media
from newsparse.page import Page
from newsparse.toolkit.text import text_of

_ROOT = CSSSelector("article div.entry-content")
_TITLE = CSSSelector("article h1.entry-title")
_IMAGE_PARAGRAPHS = etree.XPath("./p[img]")
_BOLD_ONLY = etree.XPath("./p[strong][not(normalize-space(text()))][count(*)=1]")
_EMBEDS = ("twitter-tweet", "wp-embedded-content", "instagram-media", "tiktok-embed")
_CLICK_HERE = re.compile(r"^Click here\b", re.IGNORECASE)
_MAX_DEK = 160


class TheGatewayPunditAdapter(Adapter):
    name = "thegatewaypundit"
    hosts = frozenset({"thegatewaypundit.com"})
    exclude = (
        ".speaker-mute",
        ".essb_links",
        "blockquote.twitter-tweet",
        "blockquote.wp-embedded-content",
        "blockquote.instagram-media",
        ".code-block",
        ".ai-viewports",
        ".post-poll",
        "[id^='tgp-']",
    )

    def content_root(self, page: Page) -> html.HtmlElement | None:
        return first(_ROOT, page.body)

    def _story(self, page: Page) -> tuple[str | None, tuple[Block, ...], tuple[Media, ...]]:
        return page.memo("thegatewaypundit:story", lambda: _story(page, self.content(page)))

    def headline(self, page: Page) -> str | None:
        # og:title and JSON-LD carry the title HTML-escaped twice ("Kohberger&#8217;s").
        title = first(_TITLE, page.body)
        return (text_of(title) if title is not None else None) or super().headline(page)

    def standfirst(self, page: Page) -> str | None:
        # Without a bold dek there is none: the description is WordPress's excerpt of the body.
        return self._story(page)[0]

    def body(self, page: Page) -> tuple[Block, ...]:
        return self._story(page)[1]

    def media(self, page: Page) -> tuple[Media, ...]:
        return self._story(page)[2]


def _story(page: Page, content: Content) -> tuple[str | None, tuple[Block, ...], tuple[Media, ...]]:
    """The dek, the story's blocks and its media (pasted images included, at their places)."""
    dek, dropped = _dropped(content.root)
    blocks = content.blocks
    pasted = _pasted_images(page, content.root, blocks)
    known = {m.url for m in pasted}
    media = sorted(
        (*pasted, *(m for m in content.media if m.url not in known)), key=lambda m: m.position
    )
    drop_dek = bool(dek) and bool(blocks) and blocks[0].text == dek
    kept, moved = drop_blocks(
        blocks, media, lambda i, b: b.text in dropped or (i == 0 and drop_dek)
    )
    return dek, kept, moved


def _pasted_images(
    page: Page, root: html.HtmlElement | None, blocks: tuple[Block, ...]
) -> list[Media]:
    """``<p><img><br><em>caption</em></p>`` as media placed where the paragraph stood."""
    found: list[Media] = []
    consumed = 0  # blocks matched so far: the paragraphs are a subsequence of the blocks
    for paragraph in root.iterfind("p") if root is not None else ():
        text = text_of(paragraph)
        if paragraph.find("img") is not None:
            image = media_from(paragraph, page, consumed)
            if image is not None:
                found.append(evolve(image, caption=text or None))
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
