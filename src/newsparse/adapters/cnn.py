"""CNN (cnn.com, edition.cnn.com, money.cnn.com).

Three front ends share the host: CNNMoney (``#storytext``, to 2018), the "pg" layout
(``.zn-body__paragraph`` *divs*, which no paragraph walk sees, so they are read here),
and the current one (``.article__content`` with ``data-component-name`` blocks). Wire and
staff stories open with a "Washington (CNN) —" dateline, set apart from the text.
"Related:" paragraphs and "Read more" lines are links to other stories, not story text.
"""

from __future__ import annotations

import re
from typing import ClassVar

from attrs import evolve
from lxml import html
from lxml.cssselect import CSSSelector

from newsparse.adapters._story import Story, StoryAdapter, repeats_lede
from newsparse.model import Block, BlockKind, Dateline
from newsparse.page import Page
from newsparse.toolkit.text import text_of

_HIGHLIGHTS = CSSSelector(".el__storyhighlights__item")
_CITE = CSSSelector(".source__cite")
_CITE_LOCATION = CSSSelector(".source__location")
_CITE_AGENCY = CSSSelector(".source__text")
# Inline promotions: "Related: Rich are paying more in taxes", "READ MORE: ...".
_PROMO = re.compile(r"^(?:related|read more|more from cnn|paid content)\s*:", re.IGNORECASE)


class CNNAdapter(StoryAdapter):
    """CNN and CNNMoney: three front ends, the "(CNN) —" dateline, no inline promos."""

    name = "cnn"
    hosts = frozenset({"cnn.com"})
    # In order of preference: the first that matches is the story.
    content_selectors: ClassVar[tuple[str, ...]] = (
        ".article__content",
        "#body-text",
        ".zn-body-text",
        "#storytext",
        "[itemprop=articleBody]",
    )
    exclude = (
        "[data-component-name=ad-slot-header], .ad-slot, .ad-feedback-link-container",
        ".related-content, .el__storyelement--standard .related-content",
        "[data-component-name=video-resource] .video-resource__headline",
        ".footnote, .editor-note, .el__storyhighlights",
        "aside, .zn-body__footer",
        "#ie_column, .storytimestamp, .cnnplayer, .cnnVidplayer, #smartassetcontainer",
        ".ie--storytop, .share-tools, .teads-inread, #storyFooter",
    )

    media_containers = ("figure", "[data-component-name=image]", ".el__embedded--standard")
    # The "pg" layout (2014-2022) writes paragraphs as divs.
    paragraph_like = (".zn-body__paragraph",)

    def story(self, page: Page) -> Story | None:
        story = super().story(page)
        root = self.content_root(page)
        cite = next(iter(_CITE(root)), None) if root is not None else None
        if story is None or story.dateline is not None or cite is None:
            return story
        # The current layout sets the dateline apart: <cite class="source__cite">
        # <span class="source__location">Washington</span><span class="source__text">CNN</span>.
        location = next((t for e in _CITE_LOCATION(cite) if (t := text_of(e))), None)
        agency = next((t for e in _CITE_AGENCY(cite) if (t := text_of(e))), None)
        if location is None and agency is None:
            return story
        printed = text_of(cite)
        blocks = list(story.blocks)
        if blocks and blocks[0].text.startswith(printed):
            rest = blocks[0].text[len(printed) :].lstrip(" —–-")
            blocks[0:1] = [Block(kind=blocks[0].kind, text=rest)] if rest else []
        text = " ".join(t for t in (location, f"({agency})" if agency else None) if t) + " —"
        dateline = Dateline(text=text, location=location, agency=agency)
        return evolve(story, blocks=tuple(blocks), dateline=dateline)

    def quick_read(self, page: Page) -> tuple[str, ...]:
        # The "pg" layout's "Story highlights" box.
        found = tuple(t for e in _HIGHLIGHTS(page.body) if (t := text_of(e)))
        return found or super().quick_read(page)

    def keep_block(self, element: html.HtmlElement) -> bool:
        return _PROMO.match(text_of(element)) is None

    def body(self, page: Page) -> tuple[Block, ...]:
        blocks = super().body(page)
        if blocks and blocks[0].kind is BlockKind.SUBHEADING and len(blocks[0].text) > 80:
            # CNNMoney set its opening sentence as an <h2>: it is the lede, not a heading.
            return (Block(kind=BlockKind.PARAGRAPH, text=blocks[0].text), *blocks[1:])
        return blocks

    def standfirst(self, page: Page) -> str | None:
        description = super().standfirst(page)
        return None if repeats_lede(description, self.body(page)) else description
