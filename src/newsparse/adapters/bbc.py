"""BBC News (bbc.com, bbc.co.uk).

The current front end builds the story from ``data-component`` blocks (``text-block``,
``subheadline-block``, ``image-block``/``figure``, ``links-block``, ``tags``/``tag-list-block``)
with hashed class names; the older one (to about 2020) uses ``[property=articleBody]``.
Related-story links are text blocks too: a list whose items are nothing but a link.
Image credits ("Getty Images") are a bare ``<span>`` beside the ``<img>``.
"""

from __future__ import annotations

from attrs import evolve
from lxml import html
from lxml.cssselect import CSSSelector

from newsparse.adapter import Adapter
from newsparse.extract.media import media_from
from newsparse.model import Block, BlockKind, Media, NavLink, NavRole
from newsparse.page import Page
from newsparse.toolkit.text import text_of

# In order of preference (a union selector would return the outermost match first).
_ROOTS = tuple(
    CSSSelector(s)
    for s in ("[property=articleBody]", ".story-body__inner", "main article", "article")
)
_FIGURES = CSSSelector("figure, [data-component=image-block], [data-component=video-block]")
_TAGS = CSSSelector(
    "[data-component=tags] a[href], [data-component=tag-list-block] a[href], .tags-list a[href]"
)
_SECTION = CSSSelector(".mini-info-list__section[href]")
_OLD_CREDIT = CSSSelector(".story-image-copyright")


class BBCAdapter(Adapter):
    """BBC News: data-component story blocks (and the 2015 layout), image credits, topic tags."""

    name = "bbc"
    hosts = frozenset({"bbc.com", "bbc.co.uk"})
    exclude = (
        "[data-component=headline-block]",
        "[data-component=byline-block]",
        "[data-component=links-block]",
        "[data-component=tags], [data-component=tag-list-block]",
        "[data-component=ad-slot], [data-component=advertisement]",
        "[data-component=caption-block], figcaption",
        ".off-screen, .visually-hidden",
        "h1",
        ".story-body__mini-info-list-and-share",
    )

    def content_root(self, page: Page) -> html.HtmlElement | None:
        for selector in _ROOTS:
            found = selector(page.body)
            if found:
                return found[0]
        return None

    def body(self, page: Page) -> tuple[Block, ...]:
        return page.memo("bbc:body", lambda: tuple(_without_link_lists(self, page)))

    def standfirst(self, page: Page) -> str | None:
        # BBC pages print no dek; a description that repeats the first paragraph is no standfirst.
        description = super().standfirst(page)
        body = self.body(page)
        if description and body and body[0].text.startswith(description.rstrip(". …")):
            return None
        return description

    def media(self, page: Page) -> tuple[Media, ...]:
        root = self.content_root(page)
        if root is None:
            return super().media(page)
        # Body blocks met before a figure (in document order) give its position.
        found: list[Media] = []
        texts, seen = [b.text for b in self.body(page)], 0
        for element in root.iter("p", "h2", "h3", "li", "figure", "div"):
            if element.tag == "figure" or element.get("data-component") == "image-block":
                media = _figure(element, page, seen)
                if media is not None and all(m.url != media.url for m in found):
                    found.append(media)
            elif element.tag != "div" and seen < len(texts):
                seen += texts[seen] in text_of(element)  # a dateline may have been split off
        return tuple(found)

    def navigation(self, page: Page) -> tuple[NavLink, ...]:
        links: list[NavLink] = []
        for role, anchors in (
            (NavRole.SECTION, _SECTION(page.body)),
            (NavRole.TAG, _TAGS(page.body)),
        ):
            for anchor in anchors:
                url, text = page.absolute(anchor.get("href")), text_of(anchor)
                if url and text and all(link.url != url for link in links):
                    links.append(NavLink(role=role, text=text, url=url))
        return tuple(links) or super().navigation(page)


def _without_link_lists(adapter: Adapter, page: Page) -> list[Block]:
    """Body blocks without the related-story lists (``<li>`` that is only a link)."""
    root = adapter.content_root(page)
    if root is None:
        return list(adapter.content(page).blocks)
    link_items = {
        text_of(li)
        for li in root.iter("li")
        if len(li) == 1
        and li[0].tag == "a"
        and not (li.text or "").strip()
        and not (li[0].tail or "").strip()
    }
    return [
        b
        for b in adapter.content(page).blocks
        if not (b.kind is BlockKind.LIST_ITEM and b.text in link_items)
    ]


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
    return evolve(media, caption=caption or None, credit=credit, alt=alt or None)
