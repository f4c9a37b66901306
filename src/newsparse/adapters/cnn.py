"""CNN (cnn.com, edition.cnn.com, money.cnn.com).

Three front ends share the host: CNNMoney (``#storytext``, to 2018), the "pg" layout
(``.zn-body__paragraph`` *divs*, which no paragraph walk sees, so they are read here),
and the current one (``.article__content`` with ``data-component-name`` blocks). Wire and
staff stories open with a "Washington (CNN) —" dateline, set apart from the text.
"Related:" paragraphs and "Read more" lines are links to other stories, not story text.
"""

from __future__ import annotations

import re

from lxml import html
from lxml.cssselect import CSSSelector

from newsparse.adapter import Adapter
from newsparse.model import Block, BlockKind, Dateline
from newsparse.page import Page
from newsparse.toolkit.dateline import split_dateline
from newsparse.toolkit.text import text_of

# In order of preference (a union selector would return the outermost match first).
_ROOTS = tuple(
    CSSSelector(s)
    for s in (
        ".article__content",
        "#body-text",
        ".zn-body-text",
        "#storytext",
        "[itemprop=articleBody]",
    )
)
_PG_PARAGRAPHS = CSSSelector(".zn-body__paragraph, .zn-body__read-all, h3")
# Inline promotions: "Related: Rich are paying more in taxes", "READ MORE: ...".
_PROMO = re.compile(r"^(?:related|read more|more from cnn|paid content)\s*:", re.IGNORECASE)


class CNNAdapter(Adapter):
    """CNN and CNNMoney: three front ends, the "(CNN) —" dateline, no inline promos."""

    name = "cnn"
    hosts = frozenset({"cnn.com"})
    exclude = (
        "[data-component-name=ad-slot-header], .ad-slot, .ad-feedback-link-container",
        ".related-content, .el__storyelement--standard .related-content",
        "[data-component-name=video-resource] .video-resource__headline",
        ".footnote, .editor-note",
        "aside, .zn-body__footer",
        "#ie_column, .storytimestamp, .cnnplayer, .cnnVidplayer, #smartassetcontainer",
        ".ie--storytop, .share-tools, .teads-inread, #storyFooter",
    )

    def content_root(self, page: Page) -> html.HtmlElement | None:
        for selector in _ROOTS:
            found = selector(page.body)
            if found:
                return found[0]
        return None

    def _story(self, page: Page) -> tuple[Dateline | None, tuple[Block, ...]]:
        return page.memo("cnn:story", lambda: _split(self._blocks(page)))

    def _blocks(self, page: Page) -> list[Block]:
        root = self.content_root(page)
        if root is not None and root.find_class("zn-body__paragraph"):
            # The "pg" layout: paragraphs are divs (a few paragraphs nest <p> inside).
            blocks = [
                Block(kind=BlockKind.SUBHEADING if e.tag == "h3" else BlockKind.PARAGRAPH, text=t)
                for e in _PG_PARAGRAPHS(root)
                if (t := text_of(e))
            ]
        else:
            blocks = list(self.content(page).blocks)
            if blocks and blocks[0].kind is BlockKind.SUBHEADING and len(blocks[0].text) > 80:
                # CNNMoney set its opening sentence as an <h2>: it is the lede, not a heading.
                blocks[0] = Block(kind=BlockKind.PARAGRAPH, text=blocks[0].text)
        return [b for b in blocks if not _PROMO.match(b.text)]

    def body(self, page: Page) -> tuple[Block, ...]:
        return self._story(page)[1]

    def dateline(self, page: Page) -> Dateline | None:
        return self._story(page)[0] or self.content(page).dateline

    def standfirst(self, page: Page) -> str | None:
        description = super().standfirst(page)
        body = self.body(page)
        if description and body and body[0].text.startswith(description.rstrip(". …")[:80]):
            return None
        return description


def _split(blocks: list[Block]) -> tuple[Dateline | None, tuple[Block, ...]]:
    """Take the "Washington (CNN) —" dateline off the first paragraph."""
    if not blocks:
        return None, ()
    found = split_dateline(blocks[0].text)
    if found is None:
        return None, tuple(blocks)
    dateline, rest = found
    head = [Block(kind=blocks[0].kind, text=rest)] if rest else []
    return dateline, (*head, *blocks[1:])
