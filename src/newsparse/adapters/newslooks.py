"""Newslooks (newslooks.com): a WordPress news site that republishes wire stories.

A post opens with a "Quick Read" box of key points, then a syndication line ("The
Associated Press has the story:"), the wire story's headline once more and its dateline
on a line of its own ("Newslooks- WASHINGTON (AP)"). The story starts after the dateline;
"For more world news" (a category link) ends it.
"""

from __future__ import annotations

from collections.abc import Sequence

from attrs import frozen

from newsparse.adapters._wordpress import WordPressAdapter
from newsparse.extract.quick_read import find_quick_read
from newsparse.extract.source import source_line
from newsparse.model import Block, Dateline
from newsparse.page import Page
from newsparse.toolkit.dateline import split_dateline
from newsparse.toolkit.text import normalize_space

# The lead-in (box, source line, headline, dateline) sits within the first blocks.
_INTRO_BLOCKS = 40


@frozen(kw_only=True)
class _Intro:
    """What precedes the story: where it starts, and what the lead-in said."""

    start: int = 0
    dateline: Dateline | None = None
    #: The first story paragraph when the dateline shares it ("... (AP) — Secretary ...").
    first: Block | None = None
    source: str | None = None


class NewslooksAdapter(WordPressAdapter):
    """Newslooks: wire stories with a Quick Read box, the source line and the dateline."""

    name = "newslooks"
    hosts = frozenset({"newslooks.com"})

    def trim(self, page: Page, blocks: Sequence[Block]) -> list[Block | None]:
        trimmed = super().trim(page, blocks)
        intro = self._intro(page)
        trimmed[: intro.start] = [None] * intro.start
        if intro.first is not None:
            trimmed[intro.start] = intro.first
        return trimmed

    def dateline(self, page: Page) -> Dateline | None:
        return self._intro(page).dateline or super().dateline(page)

    def source(self, page: Page) -> str | None:
        return self._intro(page).source or super().source(page)

    def quick_read(self, page: Page) -> tuple[str, ...]:
        return super().quick_read(page) or find_quick_read(page, self.content(page).root)[0]

    def _intro(self, page: Page) -> _Intro:
        # Read from the content region's own blocks, before any trimming.
        blocks = self.content(page).blocks
        return page.memo("newslooks:intro", lambda: _find_intro(blocks, self.headline(page)))


def _find_intro(blocks: Sequence[Block], headline: str | None) -> _Intro:
    """Where the story starts: after the dateline that follows the lead-in lines.

    A dateline counts only as the first block or right after the source line or the
    repeated headline, so a story paragraph that opens "KYIV —" never cuts the story.
    """
    source: str | None = None
    lead_end = 0  # index after the last lead-in line seen
    for index, block in enumerate(blocks[:_INTRO_BLOCKS]):
        found_source = source_line(block.text)
        if found_source or (headline and normalize_space(block.text) == normalize_space(headline)):
            source = source or found_source
            lead_end = index + 1
            continue
        found = split_dateline(block.text) if index == lead_end else None
        if found is None:
            continue
        dateline, rest = found
        if rest:
            first = Block(kind=block.kind, text=rest)
            return _Intro(start=index, dateline=dateline, first=first, source=source)
        return _Intro(start=index + 1, dateline=dateline, source=source)
    return _Intro(start=lead_end, source=source)
