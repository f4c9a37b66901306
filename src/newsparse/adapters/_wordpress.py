"""The base class of adapters for WordPress sites (not an adapter itself: no ``BUILTIN`` entry).

A site on WordPress gets the shared layer (:mod:`newsparse.cms.wordpress`) by subclassing
:class:`WordPressAdapter` and adds only what its own theme does differently.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

import attrs
from lxml import html

from newsparse.adapter import Adapter, css
from newsparse.adapters._shared import lead_media, merge_links, nav_links
from newsparse.cms import wordpress
from newsparse.model import Block, Media, NavLink, NavRole
from newsparse.page import Page
from newsparse.toolkit.text import text_of


class WordPressAdapter(Adapter):
    """WordPress theme conventions: ``.entry-content``, plugin boilerplate left out,
    categories, tags and previous/next from the post's own links."""

    # Annotated so subclasses can extend it (mypy would otherwise fix its exact length).
    exclude: ClassVar[tuple[str, ...]] = wordpress.EXCLUDE
    #: The theme's category and tag links where they sit outside the story container (CSS).
    section_selector: ClassVar[str | None] = None
    tag_selector: ClassVar[str | None] = None
    #: The featured image shown above the story, outside its container (CSS): position 0.
    lead_selector: ClassVar[str | None] = None
    #: False for a site whose host is enough: a theme change must not send it to generic.
    requires_wordpress_markup: ClassVar[bool] = True

    @classmethod
    def detect(cls, page: Page) -> bool:
        return not cls.requires_wordpress_markup or wordpress.is_wordpress(page)

    def content_root(self, page: Page) -> html.HtmlElement | None:
        found = super().content_root(page)  # the site's own content_selectors first
        return found if found is not None else wordpress.content_root(page)

    def authors(self, page: Page) -> tuple[str, ...]:
        # Posts published from an account named after the site carry no byline.
        house = {(self.site_name(page) or "").casefold(), "admin"}
        return tuple(a for a in super().authors(page) if a.casefold() not in house)

    def trim(self, page: Page, blocks: Sequence[Block]) -> list[Block | None]:
        """The content blocks with those that are not the story replaced by None.

        Subclasses extend it (and may shorten a block); media positions are recounted
        from it. By default it drops paragraphs that are only a link to a category
        archive ("For more world news"), which :meth:`navigation` reports as section links.
        """
        links = {text_of(p) for p, _ in wordpress.archive_link_paragraphs(page, self._root(page))}
        return [None if block.text in links else block for block in blocks]

    def body(self, page: Page) -> tuple[Block, ...]:
        return self._story(page)[0]

    def media(self, page: Page) -> tuple[Media, ...]:
        media = self._story(page)[1]
        if self.lead_selector is None:
            return media
        return lead_media(page, css(self.lead_selector), media)

    def navigation(self, page: Page) -> tuple[NavLink, ...]:
        theme = wordpress.navigation(page, self._root(page))
        if self.section_selector is None and self.tag_selector is None:
            return theme
        own = [
            nav_links(page, role, css(selector))
            for role, selector in (
                (NavRole.SECTION, self.section_selector),
                (NavRole.TAG, self.tag_selector),
            )
            if selector is not None
        ]
        return merge_links(*own, theme)

    def _root(self, page: Page) -> html.HtmlElement | None:
        return self.content(page).root

    def _story(self, page: Page) -> tuple[tuple[Block, ...], tuple[Media, ...]]:
        key = f"wordpress-story:{type(self).__module__}.{type(self).__qualname__}"
        return page.memo(key, lambda: self._compute_story(page))

    def _compute_story(self, page: Page) -> tuple[tuple[Block, ...], tuple[Media, ...]]:
        trimmed = self.trim(page, super().body(page))
        dropped = [i for i, block in enumerate(trimmed) if block is None]
        media = tuple(
            attrs.evolve(m, position=m.position - sum(1 for i in dropped if i < m.position))
            for m in super().media(page)
        )
        return tuple(b for b in trimmed if b is not None), media
