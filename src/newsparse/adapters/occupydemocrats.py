"""Occupy Democrats (occupydemocrats.com): WordPress with the "The Issue" theme.

The story is ``[itemprop=articleBody]`` inside the post's ``<article>``; the featured
image sits between the title block and the story, lazily loaded (``data-src``). The
WordPress layer supplies plugin boilerplate and previous/next; the category and tag
links sit outside the story container, so they are read here.
"""

from __future__ import annotations

from typing import ClassVar

from lxml.cssselect import CSSSelector

from newsparse.adapters._shared import (
    EMBEDDED_POSTS,
    description,
    lead_media,
    merge_links,
    nav_links,
)
from newsparse.adapters._wordpress import WordPressAdapter
from newsparse.model import Media, NavLink, NavRole
from newsparse.page import Page

_LEAD = CSSSelector("article.post-detail .thb-article-featured-image")
_SECTION = CSSSelector("article.post-detail .post-category a[href]")
_TAGS = CSSSelector("article.post-detail .thb-article-tags a[href]")


class OccupyDemocratsAdapter(WordPressAdapter):
    """Occupy Democrats (WordPress): the featured image, the section and tags."""

    name = "occupydemocrats"
    hosts = frozenset({"occupydemocrats.com"})
    content_selectors: ClassVar[tuple[str, ...]] = ("article.post-detail [itemprop='articleBody']",)
    exclude: ClassVar[tuple[str, ...]] = (
        *WordPressAdapter.exclude,
        *EMBEDDED_POSTS,
        ".thb-article-tags",
        ".thb-article-author",
    )

    @classmethod
    def detect(cls, page: Page) -> bool:
        return True  # the host is enough: a theme change must not send it to the generic adapter

    def standfirst(self, page: Page) -> str | None:
        # The theme shows no dek; the description is the post's own excerpt.
        return description(page) or super().standfirst(page)

    def media(self, page: Page) -> tuple[Media, ...]:
        return lead_media(page, _LEAD, super().media(page))

    def navigation(self, page: Page) -> tuple[NavLink, ...]:
        # The category and tag links sit in the post but outside the story's container.
        return merge_links(
            nav_links(page, NavRole.SECTION, _SECTION),
            nav_links(page, NavRole.TAG, _TAGS),
            super().navigation(page),
        )
