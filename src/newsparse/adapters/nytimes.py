"""The New York Times (nytimes.com): article pages only, not section fronts.

Two layouts: the React one (2018 on) puts the story in ``section[name=articleBody]``
and interleaves "companion column" ads and newsletter promos; the older one splits it
over several ``div.story-body`` blocks of ``p.story-body-text`` around ads. Captions hold
their credit in a ``span[itemprop=copyrightHolder]`` (printed "Credit...").
"""

from __future__ import annotations

import re
from typing import ClassVar

from attrs import evolve
from lxml import html
from lxml.cssselect import CSSSelector

from newsparse.adapters._story import (
    Story,
    StoryAdapter,
    collect_links,
    split_lead_dateline,
)
from newsparse.extract.media import media_from
from newsparse.extract.metadata import clean_author
from newsparse.model import Block, BlockKind, Media, NavLink, NavRole
from newsparse.page import Page
from newsparse.toolkit.text import text_of

# The 2014-2017 layout: the story is split over several div.story-body around ads.
_OLD_STORY = CSSSelector("article#story")
_OLD_BLOCKS = CSSSelector("p.story-body-text, div.story-body > h2, div.story-body > h3")
_SECTION = CSSSelector(
    "article#story header a[href*='/section/'], article#story header a[href*='/pages/'],"
    " .story-meta .kicker a[href]"
)
_LEAD = CSSSelector("article#story header figure, main#site-content header figure")
_CREDIT = CSSSelector("[itemprop=copyrightHolder], .credit")
_STANDFIRST = CSSSelector("#article-summary, header p.summary, .story-header .summary")
# "[What you need to know to start the day: Get New York Today in your inbox.]", and the
# labels of ad slots and page breaks.
_PROMO = re.compile(
    r"^(?:\[.{5,200}\]|Advertisement|Supported by|Continue reading the main story)$"
)
_BYLINE_SPLIT = re.compile(r",\s*(?:and\s+)?|\s+and\s+")
_TRAILING_LABEL = re.compile(r"\s*\bCredit\W*$")
# "Credit", "CreditCredit...", "Image" before the name; "Imagery Ltd" is a name.
_CREDIT_LABEL = re.compile(r"^(?:(?:credit|image)(?=[\s.:…]|(?-i:[A-Z]))[\s.:…]*)+", re.IGNORECASE)


class NYTimesAdapter(StoryAdapter):
    """The New York Times: article pages of the 2016 and React layouts, dateline, byline."""

    name = "nytimes"
    hosts = frozenset({"nytimes.com"})
    # In order of preference: the first that matches is the story.
    content_selectors: ClassVar[tuple[str, ...]] = (
        "section[name=articleBody]",
        "section[itemprop=articleBody]",
    )
    # Dated stories, /article/, /live/ and /interactive/ pages; section fronts are not articles.
    url_pattern = re.compile(
        r"nytimes\.com/(?:[a-z]{2}/)?(?:\d{4}/\d{2}/\d{2}|article|live|interactive)/"
    )
    exclude = (
        "figcaption",
        "#sponsor-wrapper, .ad, [id^=ad-], [class*=ad-container], .nytint-ad",
        "[data-testid=inline-message], [data-testid=brand-bar], [data-testid=recirc]",
        "#NYT_BELOW_MAIN_CONTENT_REGION, .bottom-of-article, [data-testid=share-tools]",
        "header, footer, aside, nav",
        ".ai2html, .interactive-graphic",  # chart labels ("$915", "billion", "’17")
        ".story-meta, .story-info, .byline, .dateline, .visually-hidden",
    )

    def keep_block(self, element: html.HtmlElement) -> bool:
        return _PROMO.match(text_of(element)) is None

    def story(self, page: Page) -> Story | None:
        return super().story(page) or page.memo("nytimes:old", lambda: _old_story(self, page))

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
        found: tuple[str | None, ...] = super().authors(page)
        byline = page.meta_first("byl")  # "By Corey Kilgannon", "By JEFFREY GETTLEMAN and X"
        if not found and byline:
            names = _BYLINE_SPLIT.split(byline.removeprefix("By ").removeprefix("by "))
            found = tuple(clean_author(n) for n in names)
        # Older pages print bylines in capitals.
        return tuple(n.title() if n.isupper() else n for n in found if n)

    def navigation(self, page: Page) -> tuple[NavLink, ...]:
        # The section is the only navigation a story shows; in-text topic links are no tags.
        return collect_links(page, [(NavRole.SECTION, _SECTION(page.body)[:1])])

    def lead_media(self, page: Page) -> tuple[Media, ...]:
        if self.content_root(page) is None:
            return ()  # the old layout's figures are read with its story
        figures = _LEAD(page.body)[:1]
        return tuple(m for f in figures if (m := self.read_media(f, page, 0)))

    def read_media(self, element: html.HtmlElement, page: Page, position: int) -> Media | None:
        media = media_from(element, page, position)
        if media is None:
            return None
        # "Credit...Name" sits in the caption; the credit element says where it starts.
        credit = next((t for e in _CREDIT(element) if (t := text_of(e))), media.credit)
        credit = _CREDIT_LABEL.sub("", credit) if credit else None
        caption = media.caption
        for printed in (media.credit, credit):
            if caption and printed and caption.endswith(printed):
                caption = caption[: -len(printed)].strip()
        caption = _TRAILING_LABEL.sub("", caption) if caption else None
        return evolve(media, caption=caption or None, credit=credit or None)


def _old_story(adapter: NYTimesAdapter, page: Page) -> Story | None:
    """The old layout: ``p.story-body-text`` paragraphs and the figures between them."""
    article = next(iter(_OLD_STORY(page.body)), None)
    if article is None:
        return None
    wanted = set(_OLD_BLOCKS(article))
    blocks: list[Block] = []
    media: list[Media] = []
    for element in article.iter("p", "h2", "h3", "figure"):
        # Related-coverage cards reuse div.story-body, inside links and "nocontent" boxes.
        if any(_is_related(a) for a in element.iterancestors()):
            continue
        if element.tag == "figure":
            item = adapter.read_media(element, page, len(blocks))
            if item is not None and all(m.url != item.url for m in media):
                media.append(item)
        elif element in wanted and (text := text_of(element)) and not _PROMO.match(text):
            kind = BlockKind.PARAGRAPH if element.tag == "p" else BlockKind.SUBHEADING
            blocks.append(Block(kind=kind, text=text))
    dateline, rest = split_lead_dateline(blocks)
    return Story(blocks=rest, media=tuple(media), dateline=dateline) if blocks else None


def _is_related(element: html.HtmlElement) -> bool:
    return element.tag in ("a", "aside") or "nocontent" in (element.get("class") or "")
