"""The New York Times (nytimes.com): article pages only, not section fronts.

Two layouts: the React one (2018 on) puts the story in ``section[name=articleBody]``
and interleaves "companion column" ads and newsletter promos; the older one splits it
over several ``div.story-body`` blocks of ``p.story-body-text`` around ads. Captions hold
their credit in a ``span[itemprop=copyrightHolder]`` (printed "Credit...").
"""

from __future__ import annotations

import re

from attrs import evolve
from lxml import html
from lxml.cssselect import CSSSelector

from newsparse.adapter import Adapter
from newsparse.extract.metadata import clean_author
from newsparse.model import Block, BlockKind, Dateline, Media
from newsparse.page import Page
from newsparse.toolkit.dateline import split_dateline
from newsparse.toolkit.text import text_of

# In order of preference (a union selector would return the outermost match first).
_ROOTS = tuple(
    CSSSelector(s)
    for s in ("section[name=articleBody]", "section[itemprop=articleBody]", "article#story")
)
_OLD_BLOCKS = CSSSelector("p.story-body-text, div.story-body > h2, div.story-body > h3")
_STANDFIRST = CSSSelector(
    "#article-summary, p#article-summary, header p.summary, .story-header .summary"
)
# "[What you need to know to start the day: Get New York Today in your inbox.]"
_PROMO = re.compile(r"^\[.{5,200}\]$")
_BYLINE_SPLIT = re.compile(r",\s*(?:and\s+)?|\s+and\s+")
_CREDIT_LABEL = re.compile(r"^(?:credit|image)\s*[.:…]*\s*", re.IGNORECASE)


class NYTimesAdapter(Adapter):
    """The New York Times: article pages of the 2016 and React layouts, dateline, byline."""

    name = "nytimes"
    hosts = frozenset({"nytimes.com"})
    # Dated stories, /article/, /live/ and /interactive/ pages; section fronts are not articles.
    url_pattern = re.compile(
        r"nytimes\.com/(?:[a-z]{2}/)?(?:\d{4}/\d{2}/\d{2}|article|live|interactive)/"
    )
    exclude = (
        "[data-testid=photoviewer-children] figcaption, figcaption",
        "#sponsor-wrapper, .ad, [id^=ad-], [class*=ad-container], .nytint-ad",
        "[data-testid=inline-message], [data-testid=brand-bar], [data-testid=recirc]",
        "#NYT_BELOW_MAIN_CONTENT_REGION, .bottom-of-article, [data-testid=share-tools]",
        "header, footer, aside, nav",
        ".ai2html, .interactive-graphic",  # chart labels ("$915", "billion", "’17")
        ".story-meta, .story-info, .byline, .dateline, .visually-hidden",
    )

    def content_root(self, page: Page) -> html.HtmlElement | None:
        for selector in _ROOTS:
            found = selector(page.body)
            if found:
                return found[0]
        return None

    def _story(self, page: Page) -> tuple[Dateline | None, tuple[Block, ...]]:
        return page.memo("nytimes:story", lambda: _split(self._blocks(page)))

    def _blocks(self, page: Page) -> list[Block]:
        old = _OLD_BLOCKS(page.body)
        if old:
            blocks = [
                Block(kind=BlockKind.PARAGRAPH if e.tag == "p" else BlockKind.SUBHEADING, text=t)
                for e in old
                if (t := text_of(e)) and not any(_is_related(a) for a in e.iterancestors())
            ]
        else:
            blocks = list(self.content(page).blocks)
        return [b for b in blocks if not _PROMO.match(b.text)]

    def body(self, page: Page) -> tuple[Block, ...]:
        return self._story(page)[1]

    def dateline(self, page: Page) -> Dateline | None:
        return self._story(page)[0] or self.content(page).dateline

    def standfirst(self, page: Page) -> str | None:
        for element in _STANDFIRST(page.body):
            text = text_of(element)
            if text:
                return text
        return super().standfirst(page)

    def site_name(self, page: Page) -> str | None:
        # Older pages carry no og:site_name.
        return super().site_name(page) or "The New York Times"

    def authors(self, page: Page) -> tuple[str, ...]:
        found = super().authors(page)
        byline = page.meta_first("byl")  # "By Corey Kilgannon", "By JEFFREY GETTLEMAN and X"
        if found or not byline:
            return found
        names = (
            clean_author(n)
            for n in _BYLINE_SPLIT.split(byline.removeprefix("By ").removeprefix("by "))
        )
        return tuple(n.title() if n.isupper() else n for n in names if n)

    def media(self, page: Page) -> tuple[Media, ...]:
        return tuple(_tidy(m) for m in super().media(page))


def _is_related(element: html.HtmlElement) -> bool:
    """Related-coverage cards reuse ``div.story-body``; they sit in links and "nocontent" boxes."""
    return element.tag in ("a", "aside") or "nocontent" in (element.get("class") or "")


def _tidy(media: Media) -> Media:
    """Credits are printed "Credit...Name" / "CreditName": the label is not the credit."""
    credit = _CREDIT_LABEL.sub("", media.credit) if media.credit else None
    return evolve(media, credit=credit or None)


def _split(blocks: list[Block]) -> tuple[Dateline | None, tuple[Block, ...]]:
    """Take a "LONDON —" dateline off the first paragraph."""
    if not blocks:
        return None, ()
    found = split_dateline(blocks[0].text)
    if found is None:
        return None, tuple(blocks)
    dateline, rest = found
    head = [Block(kind=blocks[0].kind, text=rest)] if rest else []
    return dateline, (*head, *blocks[1:])
