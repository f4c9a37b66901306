"""Washington Free Beacon (freebeacon.com): WordPress with a theme of its own.

The dek is an ``h2.article-excerpt`` under the headline, the lead photo a
``figure.post-thumbnail-container`` above the story, the story ``div.article-content``;
"Published under:" tags close it, and the section is the red label above the headline.
"""

from __future__ import annotations

from typing import ClassVar

from lxml.cssselect import CSSSelector

from newsparse.adapters._shared import EMBEDDED_POSTS, first
from newsparse.adapters._wordpress import WordPressAdapter
from newsparse.page import Page
from newsparse.toolkit.text import text_of

_DEK = CSSSelector("div.article-head .article-excerpt")


class FreeBeaconAdapter(WordPressAdapter):
    """Washington Free Beacon (WordPress): the dek, the lead photo, the section and tags."""

    name = "freebeacon"
    hosts = frozenset({"freebeacon.com"})
    content_selectors: ClassVar[tuple[str, ...]] = (
        "article.single-post-container div.article-content",
    )
    lead_selector = "div.article-head figure"
    section_selector = "div.article-head .category a[href]"
    tag_selector = "div.article-content .tag-list a[href]"
    requires_wordpress_markup = False  # the host is enough: a theme change keeps the adapter
    exclude: ClassVar[tuple[str, ...]] = (
        *WordPressAdapter.exclude,
        *EMBEDDED_POSTS,
        ".inline-ad-wrapper",
        ".in-article-ad-wrapper",
        ".tag-list",
        ".hide-print",
    )

    def standfirst(self, page: Page) -> str | None:
        dek = first(_DEK, page.body)
        return (text_of(dek) if dek is not None else None) or super().standfirst(page)
