"""A plain, predictable reading of a content root that a site adapter has chosen.

The generic content analysis (:mod:`newsparse.extract.content`) must guess what is
boilerplate on pages it has never seen: class names such as "paywall", paragraphs that
are mostly a link, short lines. Inside a root that a site adapter picked from the
site's own markup, those guesses only cost real text (a New Yorker paragraph classed
``paywall``, a BBC paragraph that is mostly a link, a Telegraph price line). Adapters
that know their markup read their root with :func:`read_story` instead: every
``p``/``h2``-``h4``/``li``/``blockquote`` that is not excluded is text, every media
container is media, in document order, so each media item's position is exact.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from typing import ClassVar

from attrs import frozen
from lxml import html
from lxml.cssselect import CSSSelector

from newsparse.adapter import Adapter
from newsparse.extract.media import media_from
from newsparse.model import Block, BlockKind, Dateline, Media, NavLink, NavRole
from newsparse.page import Page
from newsparse.toolkit.dateline import split_dateline
from newsparse.toolkit.text import INVISIBLE_TAGS, text_of

#: Builds the media item a container shows; ``position`` is the number of blocks before it.
MediaReader = Callable[[html.HtmlElement, Page, int], Media | None]

_KINDS = {
    "p": BlockKind.PARAGRAPH,
    "h2": BlockKind.SUBHEADING,
    "h3": BlockKind.SUBHEADING,
    "h4": BlockKind.SUBHEADING,
    "blockquote": BlockKind.QUOTE,
    "li": BlockKind.LIST_ITEM,
}


@frozen(kw_only=True)
class Story:
    """The body, media and dateline read from one content root."""

    blocks: tuple[Block, ...] = ()
    media: tuple[Media, ...] = ()
    dateline: Dateline | None = None


@functools.lru_cache(maxsize=512)
def _selector(css: str) -> CSSSelector:
    return CSSSelector(css)


def _matching(root: html.HtmlElement, selectors: Sequence[str]) -> set[html.HtmlElement]:
    found: set[html.HtmlElement] = set()
    for css in selectors:
        found.update(_selector(css)(root))
    return found


def read_story(
    page: Page,
    root: html.HtmlElement,
    *,
    exclude: Sequence[str] = (),
    media: Sequence[str] = ("figure",),
    paragraphs: Sequence[str] = (),
    reader: MediaReader = media_from,
    keep: Callable[[html.HtmlElement], bool] | None = None,
    dateline: bool = True,
) -> Story:
    """Read ``root``: blocks and media in document order, the lead dateline split off.

    ``exclude``: selectors of elements that are neither text nor media. ``media``:
    selectors of media containers, handed whole to ``reader``. ``paragraphs``: selectors
    of non-``<p>`` elements that are paragraphs on this site (CNN's ``div`` paragraphs).
    ``keep``: a last say on each text block's element (what a selector cannot express).
    """
    skipped = _matching(root, exclude)
    containers = _matching(root, media)
    extra = _matching(root, paragraphs)
    blocks: list[Block] = []
    found: list[Media] = []
    done: set[html.HtmlElement] = set()  # elements whose subtree is consumed or skipped
    for element in root.iter():
        tag = element.tag
        if not isinstance(tag, str) or element is root:
            continue
        if element.getparent() in done:
            done.add(element)
            continue
        if element in skipped or tag in INVISIBLE_TAGS:
            done.add(element)
        elif element in containers or tag == "img":
            done.add(element)
            item = reader(element, page, len(blocks))
            if item is not None and all(m.url != item.url for m in found):
                found.append(item)
        elif tag in _KINDS or element in extra:
            done.add(element)
            if keep is not None and not keep(element):
                continue
            for image in element.iter("img"):  # an image set inside a paragraph
                item = reader(image, page, len(blocks))
                if item is not None and all(m.url != item.url for m in found):
                    found.append(item)
            text = text_of(element)
            if text:
                blocks.append(Block(kind=_KINDS.get(tag, BlockKind.PARAGRAPH), text=text))
    lead, story = split_lead_dateline(blocks) if dateline else (None, tuple(blocks))
    return Story(blocks=story, media=tuple(found), dateline=lead)


def split_lead_dateline(blocks: Sequence[Block]) -> tuple[Dateline | None, tuple[Block, ...]]:
    """Take a "LONDON —" / "WASHINGTON (AP) —" dateline off the first paragraph."""
    if not blocks or blocks[0].kind is not BlockKind.PARAGRAPH:
        return None, tuple(blocks)
    split = split_dateline(blocks[0].text)
    if split is None:
        return None, tuple(blocks)
    lead, rest = split
    head = (Block(kind=BlockKind.PARAGRAPH, text=rest),) if rest else ()
    return lead, (*head, *blocks[1:])


class StoryAdapter(Adapter):
    """An adapter whose body, media and dateline come from :func:`read_story` of its root.

    Without a root (a page of an unknown layout) every field falls back to the generic one.
    """

    #: Selectors of media containers inside the root (each handed whole to :meth:`read_media`).
    media_containers: ClassVar[tuple[str, ...]] = ("figure",)
    #: Selectors of elements other than ``<p>`` that hold one paragraph each.
    paragraph_like: ClassVar[tuple[str, ...]] = ()

    def read_media(self, element: html.HtmlElement, page: Page, position: int) -> Media | None:
        return media_from(element, page, position)

    def keep_block(self, element: html.HtmlElement) -> bool:
        """Whether a text block's element is story text (after ``exclude``); all are by default."""
        return True

    def lead_media(self, page: Page) -> tuple[Media, ...]:
        """Media shown above the root (the lead photo of the header), at position 0."""
        return ()

    def story(self, page: Page) -> Story | None:
        def read() -> Story | None:
            root = self.content_root(page)
            if root is None:
                return None
            return read_story(
                page,
                root,
                exclude=self.exclude,
                media=self.media_containers,
                paragraphs=self.paragraph_like,
                reader=self.read_media,
                keep=self.keep_block,
            )

        return page.memo(f"story:{type(self).__module__}.{type(self).__qualname__}", read)

    def body(self, page: Page) -> tuple[Block, ...]:
        story = self.story(page)
        return super().body(page) if story is None else story.blocks

    def dateline(self, page: Page) -> Dateline | None:
        story = self.story(page)
        return super().dateline(page) if story is None else story.dateline

    def media(self, page: Page) -> tuple[Media, ...]:
        story = self.story(page)
        inline = super().media(page) if story is None else story.media
        lead = self.lead_media(page)
        return lead + tuple(m for m in inline if all(m.url != x.url for x in lead))


def repeats_lede(description: str | None, blocks: Sequence[Block]) -> bool:
    """Whether a page description only repeats the story's opening (so it is no standfirst)."""
    if not description or not blocks:
        return False
    head = description.rstrip(". …")[:80]
    return bool(head) and any(b.text.startswith(head) for b in blocks[:2])


def collect_links(
    page: Page, groups: Sequence[tuple[NavRole, Sequence[html.HtmlElement]]]
) -> tuple[NavLink, ...]:
    """Navigation links from anchors, by role, first occurrence of each URL only."""
    links: list[NavLink] = []
    for role, anchors in groups:
        for anchor in anchors:
            url, text = page.absolute(anchor.get("href")), text_of(anchor).rstrip(",")
            if url and text and all(link.url != url for link in links):
                links.append(NavLink(role=role, text=text, url=url))
    return tuple(links)
