"""BBC News (bbc.com, bbc.co.uk).

The current front end builds the story from ``data-component`` blocks (``text-block``,
``subheadline-block``, ``image-block``/``figure``, ``links-block``, ``tags``/``tag-list-block``)
with hashed class names; the older one (to about 2020) uses ``[property=articleBody]``.
Related-story links are text blocks too: a list whose items are nothing but a link.
Image credits ("Getty Images") are a bare ``<span>`` beside the ``<img>``.
"""

from __future__ import annotations

from typing import ClassVar

from attrs import evolve
from lxml import html
from lxml.cssselect import CSSSelector

from newsparse.adapters._story import StoryAdapter, collect_links, repeats_lede
from newsparse.extract.media import media_from
from newsparse.model import Media, NavLink, NavRole
from newsparse.page import Page
from newsparse.toolkit.text import text_of

_TAGS = CSSSelector(
    "[data-component=tags] a[href], [data-component=tag-list-block] a[href], .tags-list a[href]"
)
_SECTION = CSSSelector(".mini-info-list__section[href]")
_OLD_CREDIT = CSSSelector(".story-image-copyright")


class BBCAdapter(StoryAdapter):
    """BBC News: data-component story blocks (and the 2015 layout), image credits, topic tags."""

    name = "bbc"
    hosts = frozenset({"bbc.com", "bbc.co.uk"})
    # In order of preference: the first that matches is the story.
    content_selectors: ClassVar[tuple[str, ...]] = (
        "[property=articleBody]",
        ".story-body__inner",
        "main article",
        "article",
    )
    exclude = (
        "[data-component=headline-block]",
        "[data-component=byline-block], [data-component=timestamp-block]",
        "[data-component=links-block]",
        "[data-component=tags], [data-component=tag-list-block]",
        "[data-component=ad-slot], [data-component=advertisement]",
        "[data-component=caption-block], figcaption",
        ".off-screen, .visually-hidden",
        "h1",
        ".story-body__mini-info-list-and-share",
    )

    # Video and embed blocks are media: their titles and posts are not story text.
    media_containers = (
        "figure",
        "[data-component=image-block]",
        "[data-component=video-block]",
        "[data-component=embed-block]",
    )

    def keep_block(self, element: html.HtmlElement) -> bool:
        # Related-story lists are text blocks too: an <li> that is nothing but a link.
        return not (
            element.tag == "li"
            and len(element) == 1
            and element[0].tag == "a"
            and not (element.text or "").strip()
            and not (element[0].tail or "").strip()
        )

    def standfirst(self, page: Page) -> str | None:
        # BBC pages print no dek; a description that repeats the first paragraph is no standfirst.
        description = super().standfirst(page)
        return None if repeats_lede(description, self.body(page)) else description

    def read_media(self, element: html.HtmlElement, page: Page, position: int) -> Media | None:
        return _figure(element, page, position)

    def navigation(self, page: Page) -> tuple[NavLink, ...]:
        groups = [(NavRole.SECTION, _SECTION(page.body)), (NavRole.TAG, _TAGS(page.body))]
        return collect_links(page, groups) or super().navigation(page)


def _figure(element: html.HtmlElement, page: Page, position: int) -> Media | None:
    media = media_from(element, page, position)
    if media is None:
        return None
    # The credit is the bare <span> beside the <img> ("Getty Images", "EPA", "BBC").
    spans = [text_of(s) for img in element.iter("img") for s in img.itersiblings("span")]
    spans += [text_of(s) for s in _OLD_CREDIT(element)]
    credit = next((s for s in spans if s), media.credit)
    alt, caption = media.alt or "", (media.caption or "").removeprefix("Media caption").strip()
    if credit and alt.startswith(credit + " "):
        alt = alt[len(credit) :].strip()  # the new front end prefixes alt text with the credit
    caption = "" if caption == credit else caption  # the credit span is no caption
    return evolve(media, caption=caption or None, credit=credit, alt=alt or None)
