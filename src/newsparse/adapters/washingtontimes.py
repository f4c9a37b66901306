"""The Washington Times (washingtontimes.com): staff stories and republished AP copy.

The story sits in ``div.storyareawrapper > div.bigtext``; the page's first ``<article>``
is a podcast promo in the header, which is why the generic region is wrong here. Wire
copy opens with an "INDIANAPOLIS (AP) —" dateline and credits the agency in the byline
("By Tom Davies - Associated Press - Friday, April 28, 2023").
"""

from __future__ import annotations

from typing import ClassVar

from lxml.cssselect import CSSSelector

from newsparse.adapters._story import StoryAdapter, repeats_lede
from newsparse.model import Media, NavLink
from newsparse.page import Page
from newsparse.toolkit.credits import split_credit
from newsparse.toolkit.text import normalize_space, text_of

_LEAD_FIGURES = CSSSelector("section.full-article div.article-story-photo figure")
_BYLINE_SOURCE = CSSSelector("div.article-text div.meta span.source")
# Byline "source" text that names the paper itself, not an agency.
_OWN_NAMES = frozenset({"the washington times", "washington times"})


class WashingtonTimesAdapter(StoryAdapter):
    """The Washington Times: the story area, AP dateline and source, the lead photo credit."""

    name = "washingtontimes"
    hosts = frozenset({"washingtontimes.com"})
    content_selectors: ClassVar[tuple[str, ...]] = (
        "div.storyareawrapper > div.bigtext, div.storyareawrapper",
    )
    exclude = (
        ".permission",  # "Copyright © 2023 The Washington Times, LLC."
        "#comment-policy",
        "aside",
        ".piano-newsletter-inline-in-article",
        ".connatixcontainer",
        ".piano-revcontent-ad",
        "p.expand",
        "p.contract",
    )

    def navigation(self, page: Page) -> tuple[NavLink, ...]:
        # The page's only topic links are the site-wide "Trending" bar: nothing about the story.
        return ()

    def standfirst(self, page: Page) -> str | None:
        # The site prints no dek; its description is the story's first sentence.
        description = super().standfirst(page)
        return None if repeats_lede(description, self.body(page)) else description

    def source(self, page: Page) -> str | None:
        for element in _BYLINE_SOURCE(page.body):
            for part in text_of(element).split(" - "):
                name = normalize_space(part.strip(" -"))
                if name and not any(c.isdigit() for c in name) and name.lower() not in _OWN_NAMES:
                    return name
        return super().source(page)

    def lead_media(self, page: Page) -> tuple[Media, ...]:
        found: list[Media] = []
        for figure in _LEAD_FIGURES(page.body):
            image = next(figure.iter("img"), None)
            url = page.absolute(image.get("src")) if image is not None else None
            if image is None or url is None:
                continue
            caption_element = next(figure.iter("figcaption"), None)
            caption, credit = (None, None)
            if caption_element is not None:
                # The caption ends with a "more >" link to the photo page.
                caption, credit = split_credit(text_of(caption_element).removesuffix("more >"))
            found.append(
                Media(
                    url=url,
                    caption=caption,
                    credit=credit,
                    alt=normalize_space(image.get("alt")) or None,
                    width=_int(image.get("width")),
                    height=_int(image.get("height")),
                    position=0,
                )
            )
        return tuple(found[:1])


def _int(value: str | None) -> int | None:
    return int(value) if value and value.isdigit() else None
