"""Occupy Democrats (occupydemocrats.com): WordPress with the "The Issue" theme.

The story is ``[itemprop=articleBody]`` inside the post's ``<article>``; the featured
image sits between the title block and the story, lazily loaded (``data-src``). The
category link carries ``rel="category tag"``: it names the section, not a tag.
"""

from __future__ import annotations

from lxml import html
from lxml.cssselect import CSSSelector

from newsparse.adapter import Adapter
from newsparse.adapters._shared import first, lead_media, merge_links, nav_links
from newsparse.model import Media, NavLink, NavRole
from newsparse.page import Page

_ROOT = CSSSelector("article.post-detail [itemprop='articleBody'], article .entry-content")
_LEAD = CSSSelector("article.post-detail .thb-article-featured-image")
_SECTION = CSSSelector("article.post-detail .post-category a[href]")
_TAGS = CSSSelector("article.post-detail .thb-article-tags a[href]")
_TURNS = frozenset({NavRole.PREVIOUS, NavRole.NEXT})


class OccupyDemocratsAdapter(Adapter):
    name = "occupydemocrats"
    hosts = frozenset({"occupydemocrats.com"})
    exclude = (".thb-article-tags", ".thb-article-author", ".sharedaddy", ".jp-relatedposts")

    def content_root(self, page: Page) -> html.HtmlElement | None:
        return first(_ROOT, page.body)

    def media(self, page: Page) -> tuple[Media, ...]:
        return lead_media(page, _LEAD, super().media(page))

    def navigation(self, page: Page) -> tuple[NavLink, ...]:
        # Other rel=tag links on the page (menus, related posts) are not this post's.
        turns = (link for link in super().navigation(page) if link.role in _TURNS)
        return merge_links(
            nav_links(page, NavRole.SECTION, _SECTION), nav_links(page, NavRole.TAG, _TAGS), turns
        )
