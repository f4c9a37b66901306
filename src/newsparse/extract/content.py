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
from newsparse.extract.region import (
    HEADLINE,
    Marks,
    MediaSlot,
    Node,
    TextBlock,
    Walk,
    best_region,
    with_siblings,
)
from newsparse.extract.source import source_line
from newsparse.model import Block, BlockKind, Dateline, Media, MediaKind
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
    # The article's header (headline, lead figure) is often marked like furniture
    # ("article-header") and holds little prose: its figure still belongs to the story.
    furniture = _furniture(walk, parts) - _headline_marks(walk, parts)
    for slot in walk.media:
        if not _contains(parts, slot.index):
            continue
        blocking = furniture.intersection(_marks(slot))
        if blocking and not _in_gallery(walk, blocking, slot):
            continue
        item = media_from(slot.element, page, bisect.bisect_left(kept_at, slot.blocks_before))
        # A gallery's picture counts when captioned: teaser carousels show none.
        if item is not None and (not blocking or item.caption or item.credit):
            found.append(item)
    lead = _lead_figure(page, walk, parts[0].start)
    if lead is not None and all(item.url != lead.url for item in found):
        found.insert(0, lead)
    if not found:
        lead = lead_media(page)
        if lead is not None:
            found.append(lead)
    return tuple(found)


# Class words of photo galleries: furniture words that may also name the story's own photos.
_GALLERY: Final = re.compile(r"gallery|slideshow|carousel|slider", re.IGNORECASE)


def _in_gallery(walk: Walk, blocking: frozenset[int], slot: MediaSlot) -> bool:
    """Whether the furniture around the slot is only the story's own photo galleries
    ("gallery" and "slideshow" mark teaser carousels too): a picture that links to another
    page is not one of its photos."""
    for index in blocking:
        node = _node_at(walk, index)
        if node is None or not _GALLERY.search(node.element.get("class") or ""):
            return False
    return not _links_away(slot.element)


def _node_at(walk: Walk, start: int) -> Node | None:
    """The node that starts at walk index ``start`` (nodes are in walk order)."""
    nodes = walk.nodes
    low, high = 0, len(nodes)
    while low < high:
        middle = (low + high) // 2
        if nodes[middle].start < start:
            low = middle + 1
        else:
            high = middle
    return nodes[low] if low < len(nodes) and nodes[low].start == start else None


def _headline_marks(walk: Walk, parts: list[Node]) -> frozenset[int]:
    """The furniture marks around the ``<h1>`` inside the region."""
    end = parts[-1].end
    for block in walk.blocks:
        if block.index > end:
            break
        if block.kind == HEADLINE and _contains(parts, block.index):
            return frozenset(block.furniture)
    return frozenset()


def _marks(slot: MediaSlot) -> Marks:
    """The furniture marks around a media slot, less a ``<button>`` right around it: a
    picture in a button opens a zoom or a lightbox, the button is no furniture for it."""
    parent = slot.element.getparent()
    if parent is not None and parent.tag == "button" and slot.furniture:
        return slot.furniture[:-1]
    return slot.furniture


def _lead_figure(page: Page, walk: Walk, start: int) -> Media | None:
    """The article's lead picture or video when it sits between the headline and the region.

    Story pages put the hero figure in the article header, above the text container the
    region scorer picks. Only the first one counts, and not one inside furniture that
    does not also hold the headline (an author box, a sidebar), nor a picture that links
    to another page (an author's portrait, a teaser), nor a read-aloud player.
    """
    headline: TextBlock | None = None
    titles = _headlines(page)
    for block in walk.blocks:
        if block.index >= start:
            break
        if block.kind == HEADLINE or _is_title(block, titles):
            headline = block
    if headline is None:
        return _shared_image(page, walk, start)
    allowed = walk.confirmed.intersection(headline.furniture)
    for slot in walk.media:
        if slot.index >= start:
            break
        if slot.index < headline.index or _links_away(slot.element):
            continue
        marks = _marks(slot)
        if not walk.confirmed.isdisjoint(marks) and not allowed.issuperset(
            walk.confirmed.intersection(marks)
        ):
            continue
        item = media_from(slot.element, page, 0)
        if item is not None and item.kind in _LEAD_KINDS:
            return item
    return _shared_image(page, walk, start)


def _slot_index(slot: MediaSlot) -> int:
    return slot.index


# How many figures above the region may be compared with the shared image.
_SHARED_SLOTS = 8


def _shared_image(page: Page, walk: Walk, start: int) -> Media | None:
    """The figure above the region that shows the page's og:image (the same file at
    another size): the lead picture of layouts that put it above the headline."""
    shared = page.absolute(page.meta_first("og:image", "og:image:url", "twitter:image"))
    if shared is None:
        return None
    wanted = shared.split("?", 1)[0]
    above = bisect.bisect_left(walk.media, start, key=_slot_index)
    for slot in reversed(walk.media[max(0, above - _SHARED_SLOTS) : above]):
        if _links_away(slot.element):
            continue
        item = media_from(slot.element, page, 0)
        if item is not None and item.url.split("?", 1)[0] == wanted:
            return item
    return None


def _is_title(block: TextBlock, titles: frozenset[str]) -> bool:
    """Whether the block shows the page's title: the headline when the <h1> is elsewhere
    (in a breadcrumb) or missing, alone or after a kicker ("Olympia: <title>")."""
    if block.chars > _MAX_TITLE_CHARS or block.kind is BlockKind.LIST_ITEM:
        return False
    text = block.text.casefold()
    return any(
        text == title or (len(title) >= _MIN_KICKED_TITLE and text.endswith(title))
        for title in titles
    )


_MAX_TITLE_CHARS = 300
# A short title ("News") ends too many lines to be matched after a kicker.
_MIN_KICKED_TITLE = 20
_LEAD_KINDS: Final = frozenset({MediaKind.IMAGE, MediaKind.VIDEO})
_IMAGE_LINK: Final = re.compile(r"\.(?:jpe?g|png|webp|gif|avif)(?:$|\?)", re.IGNORECASE)


def _links_away(element: html.HtmlElement) -> bool:
    """Whether the picture is a link to another page: an author's portrait, a teaser (a
    lightbox link to the image file is not)."""
    image = element if element.tag in _IMAGE_TAGS else next(element.iter(*_IMAGE_TAGS), None)
    if image is None:
        return False
    # From the image up to the slot's parent: <a><img></a> and <figure><a><img>.
    parent = element.getparent()
    last = element if parent is None else parent
    for ancestor in image.iterancestors():
        if ancestor.tag == "a":
            href = (ancestor.get("href") or "").strip()
            # "#" and "javascript:" links open a player or a zoom on the page itself.
            return not href.startswith(("#", "javascript:")) and not _IMAGE_LINK.search(href)
        if ancestor is last:
            break
    return False


_IMAGE_TAGS: Final = ("img", "amp-img")


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
