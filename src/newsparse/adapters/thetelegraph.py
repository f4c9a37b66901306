"""The Telegraph (telegraph.co.uk): news, comment and "Telegraph Recommended" reviews.

Every layout since 2017 marks the story with ``itemprop=articleBody`` and the dek with
``itemprop=description``; captions carry their credit in ``.e-caption__credit`` (2020 on)
or after "Credit:" (older pages). The lead figure sits above the body, and the topic list
(``.related-topics``) below it.
"""

from __future__ import annotations

from typing import ClassVar

from attrs import evolve
from lxml import html
from lxml.cssselect import CSSSelector

from newsparse.adapters._story import StoryAdapter, collect_links, repeats_lede
from newsparse.extract.media import media_from
from newsparse.extract.metadata import clean_author
from newsparse.model import Media, NavLink, NavRole
from newsparse.page import Page
from newsparse.toolkit.text import text_of

_LEAD = CSSSelector("main article figure.article-body-image, .leadAsset figure, .lead-asset figure")
_STANDFIRST = CSSSelector("[itemprop=description].e-standfirst, header [itemprop=description]")
# The first byline is the story's; cards of related stories have bylines too.
_BYLINE = CSSSelector("main .e-byline, .byline")
_AUTHORS = CSSSelector(".e-byline__author, .e-byline__link, .byline__author-name")
_TAGS = CSSSelector(".related-topics__list a[href]")
_CRUMBS = CSSSelector(".e-breadcrumbs a[href], .breadcrumbs a[href]")


class TheTelegraphAdapter(StoryAdapter):
    """The Telegraph: articleBody, dek, lead figure, caption credits, byline, topics."""

    name = "thetelegraph"
    hosts = frozenset({"telegraph.co.uk"})
    content_selectors: ClassVar[tuple[str, ...]] = ("[itemprop=articleBody]",)
    exclude = (
        ".html-embed",  # embedded tweets and widgets: shown with the story, not written in it
        ".related-topics",
        "aside",
        ".tpl-article__related, .more-stories",
        ".e-byline, .articleBodyMeta",
    )

    def standfirst(self, page: Page) -> str | None:
        for element in _STANDFIRST(page.body):
            text = text_of(element)
            if text:
                return text
        # Pages without a dek describe themselves with their first sentence: not a standfirst.
        description = super().standfirst(page)
        return None if repeats_lede(description, self.body(page)) else description

    def authors(self, page: Page) -> tuple[str, ...]:
        bylines = _BYLINE(page.body)[:1]
        names = (clean_author(text_of(e)) for b in bylines for e in _AUTHORS(b))
        found = tuple(dict.fromkeys(n for n in names if n))
        # JSON-LD is right when present; the byline covers pages without it.
        if page.article_ld and page.article_ld.get("author"):
            return super().authors(page)
        return found or super().authors(page)

    def read_media(self, element: html.HtmlElement, page: Page, position: int) -> Media | None:
        media = media_from(element, page, position)
        return None if media is None else _without_label(media)

    def lead_media(self, page: Page) -> tuple[Media, ...]:
        return tuple(m for f in _LEAD(page.body)[:1] if (m := self.read_media(f, page, 0)))

    def navigation(self, page: Page) -> tuple[NavLink, ...]:
        crumbs, tags = _CRUMBS(page.body), _TAGS(page.body)
        links = collect_links(page, [(NavRole.BREADCRUMB, crumbs), (NavRole.TAG, tags)])
        return links or super().navigation(page)


def _without_label(media: Media) -> Media:
    """Older pages print "Credit: HARARE HERALD" in the credit element itself."""
    credit = media.credit
    if credit and credit.lower().startswith("credit:"):
        return evolve(media, credit=credit[len("credit:") :].strip() or None)
    return media
