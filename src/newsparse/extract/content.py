"""The content region: body blocks, media, dateline, quick read and source, from one walk.

:func:`analyze` walks the page body once (:mod:`newsparse.extract.region`), picks the
container holding the article's own text (or takes the adapter's ``content_root``), and
keeps the blocks inside it that are article text: not page furniture, not the repeated
headline, not link lists or calls to action, not text that belongs to another field
(dateline, syndication line, quick-read items, captions).
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Sequence
from typing import Final

from attrs import frozen
from lxml import html
from lxml.cssselect import CSSSelector

from newsparse.extract import boilerplate
from newsparse.extract.media import lead_media, media_from
from newsparse.extract.quick_read import find_quick_read
from newsparse.extract.region import HEADLINE, Node, TextBlock, Walk, best_region, with_siblings
from newsparse.extract.source import source_line
from newsparse.model import Block, BlockKind, Dateline, Media
from newsparse.page import Page
from newsparse.toolkit.dateline import split_dateline
from newsparse.toolkit.jsonld import get_path, text_value
from newsparse.toolkit.text import normalize_space


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


_WORD: Final = re.compile(r"\w")
_MAX_LINK_DENSITY = 0.5
_MAX_SENTENCE_LINKS = 0.8
_SENTENCE_ENDS = (".", "!", "?", "…", ":")
_SOURCE_LINE_CHARS = 200
# A JSON-LD articleBody shorter than this is a teaser, not a guide to the region.
_MIN_LD_BODY = 200
# After a heading that opens the teasers/comments, blocks stay dropped until prose resumes.
_RESUME_CHARS = 150
_DATELINE_BLOCKS = 2
# The region's share of the prose outside furniture below which the whole page is used.
_MIN_REGION_SHARE = 0.5
# A run of blocks repeated word for word, this long, is a second rendering of the story.
_COPY_BLOCKS = 2
_COPY_CHARS = 600
# Key points sit near the top: a region whose first blocks hold no list has none.
_QUICK_READ_BLOCKS = 40


@functools.lru_cache(maxsize=256)
def _selector(css: str) -> CSSSelector:
    return CSSSelector(css)


def analyze(page: Page, *, root: html.HtmlElement | None, exclude: Sequence[str]) -> Content:
    """The body-side fields of ``page``; ``root`` and ``exclude`` come from the adapter."""
    scope = root if root is not None else page.body
    skip: set[html.HtmlElement] = set()
    for css in exclude:
        skip.update(_selector(css)(scope))
    walk = Walk(_ld_body(page), frozenset(skip)).run(scope)
    region = walk.nodes[0] if root is not None else best_region(walk)
    if root is None and region.element.tag == "p" and region.parent is not None:
        region = region.parent
    parts = [region] if root is not None else with_siblings(walk, region)
    if root is None and sum(part.good for part in parts) < _MIN_REGION_SHARE * walk.nodes[0].good:
        # No container holds most of the page's prose (text in many small boxes): the
        # whole page, less its furniture, loses less of it than any one box.
        region = walk.nodes[0]
        parts = [region]
    quick_read, quick_elements = _quick_read(page, walk, region)
    kept, source = _keep(walk, parts, _headlines(page), quick_elements)
    kept = _without_copies(kept)
    dateline = None
    for i, (at, block) in enumerate(kept[:_DATELINE_BLOCKS]):
        if block.kind is not BlockKind.PARAGRAPH:
            continue
        found = split_dateline(block.text)
        if found is not None:
            dateline, rest = found
            if rest:
                kept[i] = (at, Block(kind=block.kind, text=rest))
            else:
                del kept[i]
            break
    media = _media(page, walk, parts, [at for at, _ in kept])
    captions = {m.caption for m in media if m.caption}
    if any(block.text in captions for _, block in kept):
        # A caption the walk also read as a block (``<div class="photo-title">`` beside
        # the picture) belongs to the media only; positions are counted again without it.
        kept = [(at, block) for at, block in kept if block.text not in captions]
        media = _media(page, walk, parts, [at for at, _ in kept])
    return Content(
        root=region.element,
        blocks=tuple(block for _, block in kept),
        media=media,
        dateline=dateline,
        quick_read=quick_read,
        source=source,
    )


def _quick_read(
    page: Page, walk: Walk, region: Node
) -> tuple[tuple[str, ...], frozenset[html.HtmlElement]]:
    """Key points, looked for only when the region's top holds a list (the search is costly)."""
    top = 0
    for block in walk.blocks:
        if region.contains(block.index):
            if block.kind is BlockKind.LIST_ITEM:
                return find_quick_read(page, region.element)
            top += 1
            if top > _QUICK_READ_BLOCKS:
                break
    return (), frozenset()


def _keep(
    walk: Walk,
    parts: list[Node],
    headlines: frozenset[str],
    quick_elements: frozenset[html.HtmlElement],
) -> tuple[list[tuple[int, Block]], str | None]:
    """The region's article blocks, with their walk positions; and a syndication source."""
    kept: list[tuple[int, Block]] = []
    source: str | None = None
    in_tail = False
    furniture = _furniture(walk, parts)
    for at, block in enumerate(walk.blocks):
        if not _contains(parts, block.index) or not furniture.isdisjoint(block.furniture):
            continue
        kind, text = block.kind, block.text
        if kind == HEADLINE or not _WORD.search(text):
            continue
        if quick_elements and _inside(block.element, quick_elements):
            continue
        if _opens_tail(block):
            in_tail = True
            continue
        if in_tail:
            if block.chars < _RESUME_CHARS or block.link_density > 0.2:
                continue
            in_tail = False
        if _link_furniture(block) or boilerplate.is_boiler_line(text):
            continue
        if text.casefold() in headlines:
            continue
        if block.chars <= _SOURCE_LINE_CHARS and kind is BlockKind.PARAGRAPH:
            found = source_line(text)
            if found is not None:
                source = source or found
                continue
        kept.append((at, Block(kind=BlockKind(kind), text=text)))
    return kept, source


def _opens_tail(block: TextBlock) -> bool:
    """Whether the block heads the teasers, bio or comments after the story.

    Themes style those headings as paragraphs too ("<p>About the author</p>"); a linked
    one is a menu item, and a line ending in a colon introduces what follows ("More from
    the show:" above an embedded clip).
    """
    if block.kind is not BlockKind.SUBHEADING and (
        block.link_density > _MAX_LINK_DENSITY or block.text.endswith(":")
    ):
        return False
    return boilerplate.opens_tail(block.text)


def _link_furniture(block: TextBlock) -> bool:
    """Whether a block is mostly link text that is not part of a sentence.

    Menus, tag lists and teaser titles are links; a sentence whose author linked most of
    its words (a source, a name, a product) still ends like a sentence.
    """
    density = block.link_density
    if density <= _MAX_LINK_DENSITY:
        return False
    return density > _MAX_SENTENCE_LINKS or not block.text.endswith(_SENTENCE_ENDS)


def _without_copies(kept: list[tuple[int, Block]]) -> list[tuple[int, Block]]:
    """The blocks without second copies of runs of them.

    Responsive layouts render the story twice (a desktop and a mobile column, one shown
    by CSS) inside one container: a run of blocks that repeats an earlier run word for
    word is dropped. A short line that recurs ("Key specs", "Pros") is left alone.
    """
    first: dict[str, int] = {}
    for i, (_, block) in enumerate(kept):
        first.setdefault(block.text, i)
    if len(first) == len(kept):
        return kept
    drop: set[int] = set()
    i = 0
    while i < len(kept):
        earlier = first[kept[i][1].text]
        run = 0
        while (
            i + run < len(kept)
            and earlier + run < i
            and kept[earlier + run][1].text == kept[i + run][1].text
        ):
            run += 1
        chars = sum(len(block.text) for _, block in kept[i : i + run])
        if run >= _COPY_BLOCKS and chars >= _COPY_CHARS:
            drop.update(range(i, i + run))
            i += run
        else:
            i += 1
    return [item for i, item in enumerate(kept) if i not in drop]


def _inside(element: html.HtmlElement, containers: frozenset[html.HtmlElement]) -> bool:
    if element in containers:
        return True
    return any(ancestor in containers for ancestor in element.iterancestors())


def _contains(parts: list[Node], index: int) -> bool:
    return any(part.contains(index) for part in parts)


def _furniture(walk: Walk, parts: list[Node]) -> frozenset[int]:
    if len(parts) == 1:
        return walk.furniture_inside(parts[0])
    return frozenset().union(*(walk.furniture_inside(part) for part in parts))


def _media(page: Page, walk: Walk, parts: list[Node], kept_at: list[int]) -> tuple[Media, ...]:
    """The region's media, each placed after the body blocks that precede it."""
    found: list[Media] = []
    furniture = _furniture(walk, parts)
    for slot in walk.media:
        if not _contains(parts, slot.index) or not furniture.isdisjoint(slot.furniture):
            continue
        item = media_from(slot.element, page, bisect.bisect_left(kept_at, slot.blocks_before))
        if item is not None:
            found.append(item)
    if not found:
        lead = lead_media(page)
        if lead is not None:
            found.append(lead)
    return tuple(found)


def _ld_body(page: Page) -> str | None:
    body = text_value(get_path(page.article_ld, "articleBody"))
    if not body or len(body) < _MIN_LD_BODY:
        return None
    return normalize_space(body)


def _headlines(page: Page) -> frozenset[str]:
    """Texts that are the headline, to drop where the body repeats it."""
    values = [
        text_value(get_path(page.article_ld, "headline")),
        page.meta_first("og:title"),
        page.meta_first("twitter:title"),
    ]
    return frozenset(normalize_space(v).casefold() for v in values if v)
