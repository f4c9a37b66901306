"""Reuters (reuters.com): Arc/Fusion pages whose paragraphs carry ``data-testid``.

The story is the ``[data-testid=paragraph-N]`` elements (``<p>`` until 2023, ``<div>``
since) and the ``Heading`` subheads among them; the first paragraph
opens with the "CITY, Month D (Reuters) -" dateline. The "Reporting by ..." sign-off,
"Our Standards" and licensing rows are page furniture. Links carry a visually hidden
", opens new tab" that no reader sees. Pages from before the Arc move (2020-21) have no
test ids: there the story is the ``Paragraph-paragraph`` ``<p>`` elements of
``.ArticleBodyWrapper``, with upper-case paragraphs as subheads.
"""

from __future__ import annotations

import copy

from lxml import html
from lxml.cssselect import CSSSelector

from newsparse.adapter import Adapter
from newsparse.adapters._shared import description, only, split_story, unless_repeated
from newsparse.extract.media import media_from
from newsparse.model import Block, BlockKind, Dateline, Media, NavLink, NavRole
from newsparse.page import Page
from newsparse.toolkit.text import text_of

_FIRST_PARAGRAPH = CSSSelector("[data-testid^='paragraph-']")
# Before the Arc move: hashed class names, but stable prefixes.
_OLD_PARAGRAPHS = CSSSelector(
    ".ArticleBodyWrapper p[class*='Paragraph-paragraph'], .StandardArticleBody_body > p"
)
_LEAD = CSSSelector("[data-testid='primary-image']")
_KEPT_ROLES = (NavRole.SECTION, NavRole.TAG, NavRole.BREADCRUMB, NavRole.PREVIOUS, NavRole.NEXT)
_BLOCKS = CSSSelector(
    "[data-testid^='paragraph-'], h2[data-testid='Heading'], h3[data-testid='Heading']"
)
_MAX_SUBHEAD = 80
# Screen-reader-only text: clipped to a 1px box by an inline style.
_HIDDEN = CSSSelector("span[style*='clip']")


class ReutersAdapter(Adapter):
    """Reuters: the dateline, subheads, the lead photo with its caption."""

    name = "reuters"
    hosts = frozenset({"reuters.com"})
    exclude = (
        "[data-testid='ResponsiveAdSlot']",
        "[data-testid^='social_media']",
        "span[style*='clip']",
    )

    def _story(self, page: Page) -> tuple[Dateline | None, tuple[Block, ...]]:
        return page.memo(
            "reuters:story", lambda: _story(page.body) or _old_story(page.body) or (None, ())
        )

    def body(self, page: Page) -> tuple[Block, ...]:
        return self._story(page)[1] or super().body(page)

    def content_root(self, page: Page) -> html.HtmlElement | None:
        # The story's container is whatever holds its paragraphs (class names are hashed).
        for paragraph in (*_FIRST_PARAGRAPH(page.body)[:1], *_OLD_PARAGRAPHS(page.body)[:1]):
            return paragraph.getparent()
        return None

    def dateline(self, page: Page) -> Dateline | None:
        return self._story(page)[0]

    def standfirst(self, page: Page) -> str | None:
        # Reuters prints no dek; its description repeats the first paragraph.
        return unless_repeated(description(page), self.body(page))

    def navigation(self, page: Page) -> tuple[NavLink, ...]:
        # "Read next" lists the latest news, whatever the story: not related to it.
        return tuple(only(super().navigation(page), *_KEPT_ROLES))

    def media(self, page: Page) -> tuple[Media, ...]:
        # The lead photo (with its caption) sits above the story, outside the paragraphs' box;
        # without it the walk falls back to og:image, the same photo at another size.
        lead = [m for m in (media_from(e, page, 0) for e in _LEAD(page.body)) if m is not None]
        rest = super().media(page)
        return tuple(lead) + (tuple(m for m in rest if m.position > 0) if lead else rest)


def _story(body: html.HtmlElement) -> tuple[Dateline | None, tuple[Block, ...]] | None:
    """Every numbered paragraph, and the subheads standing among them, in page order.

    A paywall or gallery break can split the story over several containers, so the
    paragraphs are collected page-wide; a heading counts only beside a paragraph.
    """
    containers = {p.getparent() for p in _FIRST_PARAGRAPH(body)}
    blocks: list[Block] = []
    for element in _BLOCKS(body):
        if element.getparent() not in containers:
            continue
        heading = element.get("data-testid") == "Heading"
        text = text_of(_without_hidden(element))
        if text:
            kind = BlockKind.SUBHEADING if heading else BlockKind.PARAGRAPH
            blocks.append(Block(kind=kind, text=text))
    return split_story(None, blocks) if blocks else None


def _old_story(body: html.HtmlElement) -> tuple[Dateline | None, tuple[Block, ...]] | None:
    """The pre-Arc layout: its paragraphs, an upper-case one being a subhead."""
    blocks: list[Block] = []
    for element in _OLD_PARAGRAPHS(body):
        text = text_of(element)
        if text:
            caps = text.isupper() and len(text) <= _MAX_SUBHEAD
            kind = BlockKind.SUBHEADING if caps else BlockKind.PARAGRAPH
            blocks.append(Block(kind=kind, text=text))
    return split_story(None, blocks) if blocks else None


def _without_hidden(element: html.HtmlElement) -> html.HtmlElement:
    """A copy of ``element`` without screen-reader-only spans (their tail text kept)."""
    hidden = _HIDDEN(element)
    if not hidden:
        return element
    clone = copy.deepcopy(element)
    for span in _HIDDEN(clone):
        span.drop_tree()
    return clone
