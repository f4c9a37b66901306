"""The content region: body blocks, media, dateline, quick read and source, in one walk."""

from __future__ import annotations

from collections.abc import Sequence

from attrs import frozen
from lxml import html
from lxml.cssselect import CSSSelector

from newsparse.model import Block, BlockKind, Dateline, Media
from newsparse.page import Page
from newsparse.toolkit.text import INVISIBLE_TAGS, normalize_space, text_of

_BLOCK_KINDS = {
    "p": BlockKind.PARAGRAPH,
    "h2": BlockKind.SUBHEADING,
    "h3": BlockKind.SUBHEADING,
    "h4": BlockKind.SUBHEADING,
    "blockquote": BlockKind.QUOTE,
    "li": BlockKind.LIST_ITEM,
}


@frozen(kw_only=True)
class Content:
    """What one walk of the content region found."""

    root: html.HtmlElement | None = None
    blocks: tuple[Block, ...] = ()
    media: tuple[Media, ...] = ()
    dateline: Dateline | None = None
    quick_read: tuple[str, ...] = ()
    source: str | None = None
    standfirst: str | None = None


def _find_root(page: Page) -> html.HtmlElement:
    for element in page.body.iter("article"):
        return element
    return page.body


def analyze(page: Page, *, root: html.HtmlElement | None, exclude: Sequence[str]) -> Content:
    region = root if root is not None else _find_root(page)
    excluded: set[html.HtmlElement] = set()
    for selector in exclude:
        excluded.update(CSSSelector(selector)(region))
    blocks: list[Block] = []
    media: list[Media] = []
    skip_under: set[html.HtmlElement] = set()
    for element in region.iter():
        if not isinstance(element.tag, str):
            continue
        if element in excluded or element.tag in INVISIBLE_TAGS or element.getparent() in skip_under:
            skip_under.add(element)
            continue
        if element.tag == "img":
            url = page.absolute(element.get("src"))
            if url:
                alt = normalize_space(element.get("alt")) or None
                media.append(Media(url=url, alt=alt, position=len(blocks)))
            continue
        kind = _BLOCK_KINDS.get(element.tag)
        if kind is None:
            continue
        skip_under.add(element)
        text = text_of(element)
        if text:
            blocks.append(Block(kind=kind, text=text))
    return Content(root=region, blocks=tuple(blocks), media=tuple(media))
