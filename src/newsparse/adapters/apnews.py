"""AP News (apnews.com): wire stories opening with a "CITY (AP) —" dateline.

Two layouts: the React one (until autumn 2023: ``div.Article[data-key=article]``, the
lead photo's caption in ``[data-key=embed-caption]``) and the Brightspot one since
(``div.RichTextStoryBody``, a lead carousel of captioned photos). In both, the story
ends at a ``___`` rule; what follows are contributor notes, not story.
"""

from __future__ import annotations

import re

from lxml import html
from lxml.cssselect import CSSSelector

from newsparse.adapter import Adapter
from newsparse.adapters._shared import (
    EMBEDDED_POSTS,
    caption_credit,
    description,
    first,
    int_attr,
    media_in_story,
    merge_links,
    nav_links,
    only,
    split_story,
    unless_repeated,
)
from newsparse.model import Block, Dateline, Media, NavLink, NavRole
from newsparse.page import Page
from newsparse.toolkit.text import text_of

# A rule made of underscores only: AP's separator before contributor notes.
_RULE = re.compile(r"^_{3,}$")
_SLIDES = CSSSelector(".Page-lead .Carousel-slide, .Page-lead figure")
_TITLE = CSSSelector("h1.Page-headline, [data-key='card-headline'] h1, .CardHeadline h1")
_TOPICS = CSSSelector("li.tag a[href]")
_INLINE = CSSSelector(".Enhancement figure")
_KEPT_ROLES = (NavRole.BREADCRUMB, NavRole.PREVIOUS, NavRole.NEXT, NavRole.RELATED)
_SLIDE_CAPTION = CSSSelector(".CarouselSlide-infoDescription, figcaption")


class APNewsAdapter(Adapter):
    """AP News, the React layout (until autumn 2023): the dateline, the lead photo."""

    name = "apnews"
    hosts = frozenset({"apnews.com"})
    # Stories live under /article/; hubs and section fronts are lists of stories.
    url_pattern = re.compile(r"apnews\.com/article/")
    exclude = (
        *EMBEDDED_POSTS,
        ".Advertisement",
        ".Enhancement",
        ".Infobox",
        "[data-key='ad-placeholder']",
        "[data-key='related-story-embed']",
        "[data-key='hub-peek-embed']",
    )
    _root = CSSSelector("div.Article[data-key='article']")
    _lead_caption = CSSSelector(".LeadFeature [data-key='embed-caption']")

    def content_root(self, page: Page) -> html.HtmlElement | None:
        return first(self._root, page.body)

    def _story(self, page: Page) -> tuple[Dateline | None, tuple[Block, ...]]:
        def story() -> tuple[Dateline | None, tuple[Block, ...]]:
            blocks = self.content(page).blocks
            end = next(
                (i for i, block in enumerate(blocks) if _RULE.match(block.text)), len(blocks)
            )
            return split_story(self.content(page).dateline, blocks[:end])

        return page.memo("apnews:story", story)

    def body(self, page: Page) -> tuple[Block, ...]:
        return self._story(page)[1]

    def dateline(self, page: Page) -> Dateline | None:
        return self._story(page)[0]

    def headline(self, page: Page) -> str | None:
        # The headline shown; the JSON-LD one is sometimes an earlier or shorter version.
        title = first(_TITLE, page.body)
        return (text_of(title) if title is not None else None) or super().headline(page)

    def standfirst(self, page: Page) -> str | None:
        # AP prints no dek (text near the headline is a photo caption): the description is
        # the summary, unless it only repeats the first paragraph.
        return unless_repeated(description(page), self.body(page))

    def navigation(self, page: Page) -> tuple[NavLink, ...]:
        # The page's menus link hubs too; the story's own topics are the li.tag links.
        kept = only(super().navigation(page), *_KEPT_ROLES)
        return merge_links(nav_links(page, NavRole.TAG, _TOPICS), kept)

    def media(self, page: Page) -> tuple[Media, ...]:
        # Photos inside the story sit in "Enhancement" boxes, left out of the walk with the
        # related-story lists that share that class: read them here, at their places.
        content = self.content(page)
        inline = media_in_story(page, content.root, content.blocks, _INLINE)
        known = {m.url for m in inline}
        rest = (m for m in super().media(page) if m.position > 0 and m.url not in known)
        return (*self._lead(page), *sorted((*inline, *rest), key=lambda m: m.position))

    def _lead(self, page: Page) -> tuple[Media, ...]:
        # The server-side page holds only placeholders for the photo: og:image is that photo.
        url = page.absolute(page.meta_first("og:image"))
        caption = first(self._lead_caption, page.body)
        if url is None or caption is None:
            return ()
        text, credit = caption_credit(text_of(caption))
        return (Media(url=url, caption=text, credit=credit, position=0),)


class APNews2024Adapter(APNewsAdapter):
    """AP News, the Brightspot layout (since autumn 2023): the dateline, the photo carousel."""

    name = "apnews_2024"
    _root = CSSSelector("div.RichTextStoryBody")

    @classmethod
    def detect(cls, page: Page) -> bool:
        return first(cls._root, page.body) is not None

    def _lead(self, page: Page) -> tuple[Media, ...]:
        found: list[Media] = []
        for slide in _SLIDES(page.body):
            image = next(slide.iter("img"), None)
            if image is None:
                continue  # a video slide: the player loads it by script
            # Slides after the first load lazily: the real URL waits in data-flickity-lazyload.
            url = page.absolute(image.get("data-flickity-lazyload") or image.get("src"))
            if url is None:
                continue
            caption = first(_SLIDE_CAPTION, slide)
            text, credit = caption_credit(text_of(caption)) if caption is not None else (None, None)
            found.append(
                Media(
                    url=url,
                    caption=text,
                    credit=credit,
                    width=int_attr(image.get("width")),
                    height=int_attr(image.get("height")),
                    position=0,
                )
            )
        return tuple(found)
