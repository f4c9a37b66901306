"""Occupy Democrats (occupydemocrats.com): WordPress with the "The Issue" theme.

The story is ``[itemprop=articleBody]`` inside the post's ``<article>``; the featured
image sits between the title block and the story, lazily loaded (``data-src``). The
WordPress layer supplies plugin boilerplate and previous/next; the category and tag
links sit outside the story container, so they are read here.
"""

from __future__ import annotations

from typing import ClassVar

from newsparse.adapters._shared import (
    EMBEDDED_POSTS,
    description,
)
from newsparse.adapters._wordpress import WordPressAdapter
from newsparse.page import Page


class OccupyDemocratsAdapter(WordPressAdapter):
    """Occupy Democrats (WordPress): the featured image, the section and tags."""

    name = "occupydemocrats"
    hosts = frozenset({"occupydemocrats.com"})
    content_selectors: ClassVar[tuple[str, ...]] = ("article.post-detail [itemprop='articleBody']",)
    lead_selector = "article.post-detail .thb-article-featured-image"
    # The category and tag links sit in the post but outside the story's container.
    section_selector = "article.post-detail .post-category a[href]"
    tag_selector = "article.post-detail .thb-article-tags a[href]"
    requires_wordpress_markup = False  # the host is enough: a theme change keeps the adapter
    exclude: ClassVar[tuple[str, ...]] = (
        *WordPressAdapter.exclude,
        *EMBEDDED_POSTS,
        ".thb-article-tags",
        ".thb-article-author",
    )

    def standfirst(self, page: Page) -> str | None:
        # The theme shows no dek; the description is the post's own excerpt.
        return description(page) or super().standfirst(page)
