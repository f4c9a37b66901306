"""Small helpers several site adapters share (not an adapter: no ``BUILTIN`` entry).

Each one turns a site's own selector into a model value the way the generic extractors
would, so an adapter states *where* something is and not *how* to read it.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterable, Sequence

from attrs import evolve
from lxml import html

from newsparse.extract.media import media_from
from newsparse.model import Block, Dateline, Media, NavLink, NavRole
from newsparse.page import Page
from newsparse.toolkit.credits import clean_credit, split_credit
from newsparse.toolkit.dateline import split_dateline
from newsparse.toolkit.jsonld import get_path, text_value
from newsparse.toolkit.text import normalize_space, text_of

Selector = Callable[[html.HtmlElement], list[html.HtmlElement]]

#: Social posts embedded as quotes (the platforms' own embed markup): their text is the
#: post's, not the article's.
EMBEDDED_POSTS = (
    "blockquote.twitter-tweet",
    "blockquote.twitter-video",
    "blockquote.instagram-media",
    "blockquote.tiktok-embed",
    "blockquote.threads-embed",
    ".fb-post",
)


def first(selector: Selector, root: html.HtmlElement) -> html.HtmlElement | None:
    """The first element ``selector`` finds under ``root`` (document order), or None."""
    found = selector(root)
    return found[0] if found else None


def nav_links(page: Page, role: NavRole, selector: Selector) -> list[NavLink]:
    """A :class:`NavLink` per link found with non-empty text and an http(s) target."""
    links: list[NavLink] = []
    for element in selector(page.body):
        url, text = page.absolute(element.get("href")), text_of(element)
        if url and text:
            links.append(NavLink(role=role, text=text, url=url))
    return links


def merge_links(*groups: Iterable[NavLink]) -> tuple[NavLink, ...]:
    """The links of every group in order, each (role, url) once."""
    seen: set[tuple[str, str]] = set()
    merged: list[NavLink] = []
    for group in groups:
        for link in group:
            if (link.role, link.url) not in seen:
                seen.add((link.role, link.url))
                merged.append(link)
    return tuple(merged)


def lead_media(page: Page, selector: Selector, body_media: Iterable[Media]) -> tuple[Media, ...]:
    """Media shown above the story (outside the content root) at position 0, then the body's."""
    lead = [m for m in (media_from(e, page, 0) for e in selector(page.body)) if m is not None]
    known = {m.url for m in lead}
    return tuple(lead) + tuple(m for m in body_media if m.url not in known)


def split_story(
    dateline: Dateline | None, blocks: Iterable[Block]
) -> tuple[Dateline | None, tuple[Block, ...]]:
    """Take a wire dateline ("CITY (AP) —") off the first block unless one was found already."""
    story = list(blocks)
    if dateline is None and story:
        found = split_dateline(story[0].text)
        if found is not None:
            dateline, rest = found
            story[0:1] = [Block(kind=story[0].kind, text=rest)] if rest else []
    return dateline, tuple(story)


def drop_blocks(
    blocks: Sequence[Block], media: Iterable[Media], drop: Callable[[int, Block], bool]
) -> tuple[tuple[Block, ...], tuple[Media, ...]]:
    """The blocks ``drop`` rejects removed, media positions moved to the blocks that remain."""
    kept: list[Block] = []
    before: list[int] = []  # before[i]: how many blocks are kept among the first i
    for index, block in enumerate(blocks):
        before.append(len(kept))
        if not drop(index, block):
            kept.append(block)
    before.append(len(kept))
    moved = tuple(evolve(m, position=before[min(m.position, len(blocks))]) for m in media)
    return tuple(kept), moved


def pruned(root: html.HtmlElement, selectors: Iterable[Selector]) -> html.HtmlElement:
    """A copy of ``root`` without the elements the selectors find (their tail text kept).

    For pages whose boilerplate sits *inside* story paragraphs (unclosed tags make the
    parser nest a promo box in a ``<p>``): the content walk reads a paragraph's text
    whole, so such a box must be gone before the walk. The page's tree is not touched.
    """
    clone = copy.deepcopy(root)
    for selector in selectors:
        for element in selector(clone):
            if element.getparent() is not None:
                element.drop_tree()
    return clone


def unless_repeated(description: str | None, body: Sequence[Block]) -> str | None:
    """``description``, or None when it only repeats the story's opening (no dek then)."""
    if not description or not body:
        return description
    found = split_dateline(description)
    head = (found[1] if found else description).rstrip(" .…")[:80]
    return (
        None if head in body[0].text or head in " ".join(b.text for b in body[:2]) else description
    )


_BLOCK_TAGS = frozenset({"p", "h2", "h3", "h4", "h5", "h6", "blockquote", "li"})
_HEAD = 40


def place(element: html.HtmlElement, root: html.HtmlElement, texts: Sequence[str]) -> int:
    """How many story blocks (``texts``, in order) come before ``element`` inside ``root``.

    For media an adapter finds itself: the blocks the page shows before it are matched to
    the story's blocks in order (by their opening words, as pruning may have changed the
    rest), so text the story dropped is simply not counted.
    """
    index = 0
    for node in root.iter():
        if node is element:
            return index
        tag = node.tag
        if not isinstance(tag, str) or tag not in _BLOCK_TAGS or index >= len(texts):
            continue
        head = text_of(node)[:_HEAD]
        if head:
            found = next((j for j in range(index, len(texts)) if texts[j][:_HEAD] == head), None)
            index = index if found is None else found + 1
    return index


def only(links: Iterable[NavLink], *roles: NavRole) -> list[NavLink]:
    """The links of the given roles: what an adapter keeps of the generic navigation when the
    site's menus would otherwise pass for the article's sections or tags."""
    return [link for link in links if link.role in roles]


def media_in_story(
    page: Page, root: html.HtmlElement | None, blocks: Sequence[Block], selector: Selector
) -> list[Media]:
    """The media of the elements ``selector`` finds in ``root``, each placed among ``blocks``.

    For photo boxes an adapter keeps out of the walk because the same class also marks
    boxes that are not the article's (related lists, promos).
    """
    if root is None:
        return []
    texts = [b.text for b in blocks]
    found = (media_from(e, page, place(e, root, texts)) for e in selector(root))
    return [m for m in found if m is not None]


def int_attr(value: str | None) -> int | None:
    """An HTML width/height attribute as an int, None unless it is plain digits."""
    return int(value) if value and value.isdigit() else None


def caption_credit(text: str) -> tuple[str | None, str | None]:
    """A printed caption split into caption and credit, the credit without its label
    ("(Photo by X)" gives "X")."""
    caption, credit = split_credit(text)
    return caption, (clean_credit(credit) or None) if credit else None


def description(page: Page) -> str | None:
    """The page's summary metadata (JSON-LD, then OpenGraph/meta), for sites that show no dek."""
    value = text_value(get_path(page.article_ld, "description")) or page.meta_first(
        "og:description", "description", "twitter:description"
    )
    return normalize_space(value) or None
