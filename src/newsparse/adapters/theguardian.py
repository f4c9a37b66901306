"""The Guardian (theguardian.com).

Two layouts are handled by one adapter, because their hooks do not overlap:

* dotcom-rendering (2020 on): regions are tagged ``data-gu-name`` (``media``, ``standfirst``,
  ``body``); in-body elements are ``figure[data-spacefinder-type=...XBlockElement]``, which
  says what each one is (image, video, newsletter sign-up, rich link...).
* the older "frontend" layout: ``[itemprop=articleBody]``, ``.submeta__keywords``.

Tags come from the keyword list under the story, without the ``/tone/`` pseudo-tags.
"""

from __future__ import annotations

import re

from lxml import etree, html
from lxml.cssselect import CSSSelector

from newsparse.adapter import Adapter
from newsparse.extract.media import media_from
from newsparse.model import Media, NavLink, NavRole
from newsparse.page import Page
from newsparse.toolkit.text import text_of

# In order of preference (a union selector would return the outermost match first).
_ROOTS = tuple(
    CSSSelector(s)
    for s in (
        "[data-gu-name=body] .article-body-commercial-selector",
        "[data-gu-name=body] #maincontent",
        "[itemprop=articleBody]",
    )
)
_LEAD = CSSSelector("[data-gu-name=media] figure, .media-primary figure, figure.media-primary")
_STANDFIRST = CSSSelector(
    "[data-gu-name=standfirst] p, [data-component=standfirst] p, .content__standfirst p"
)
_SECTION = CSSSelector("[data-gu-name=title] a[href], a.content__section-label__link[href]")
_TAGS = etree.XPath(
    "//*[@data-gu-name='body']//ul[not(ancestor::*[@id='maincontent'])]/li/a[@href]"
    " | //*[contains(concat(' ', @class, ' '), ' submeta__keywords ')]//a[@href]"
)
_BYLINE = CSSSelector("[data-gu-name=meta] address, .byline")
_AUTHOR_LINKS = CSSSelector(
    "[data-gu-name=meta] address a[rel=author],"
    " .content__meta-container a[rel=author] [itemprop=name]"
)
# "Sam Jones in Madrid": the place is not part of the name.
_IN_PLACE = re.compile(r"\s+in\s+[A-Z][\w .'-]+$")
_AGENCY_BYLINE = re.compile(
    r"^(Associated Press|Reuters|Agence France-Presse|AFP|PA Media)\b(?: in |$)"
)
_NOT_TEXT = ("NewsletterSignupBlockElement", "RichLinkBlockElement", "InteractiveBlockElement")


class TheGuardianAdapter(Adapter):
    """The Guardian: dotcom-rendering and the older layout, lead media, agency bylines, tags."""

    name = "theguardian"
    hosts = frozenset({"theguardian.com"})
    exclude = (
        *(f"figure[data-spacefinder-type$={kind}]" for kind in _NOT_TEXT),
        "aside",
        "[role=note]",  # "after newsletter promotion"
        "gu-island[name=SlotBodyEnd]",
        "ul.gallery, ul.article-body-gallery",  # immersive caption lists (old layout)
        ".element-rich-link, .element-membership, .submeta",
    )

    def content_root(self, page: Page) -> html.HtmlElement | None:
        for selector in _ROOTS:
            found = selector(page.body)
            if found:
                return found[0]
        return None

    def standfirst(self, page: Page) -> str | None:
        # Immersive pages put "by X (reporting) and Y (photography)" in the standfirst too.
        parts = [
            t
            for p in _STANDFIRST(page.body)
            if (t := text_of(p)) and not t.lower().startswith("by ")
        ]
        return " ".join(dict.fromkeys(parts)) or super().standfirst(page)

    def authors(self, page: Page) -> tuple[str, ...]:
        people = [text_of(a) for a in _AUTHOR_LINKS(page.body)]
        if not people:
            # Agency copy: "Associated Press in Valencia", "Guardian staff and agencies".
            people = [_IN_PLACE.sub("", text_of(b)) for b in _BYLINE(page.body)[:1]]
        found = tuple(dict.fromkeys(p for p in people if p))
        return found or super().authors(page)

    def source(self, page: Page) -> str | None:
        for byline in _BYLINE(page.body):
            match = _AGENCY_BYLINE.match(text_of(byline))
            if match:
                return match.group(1)
        return super().source(page)

    def media(self, page: Page) -> tuple[Media, ...]:
        lead = [m for f in _LEAD(page.body) if (m := media_from(f, page, 0)) is not None][:1]
        seen = {m.url for m in lead}
        return tuple(lead) + tuple(m for m in super().media(page) if m.url not in seen)

    def navigation(self, page: Page) -> tuple[NavLink, ...]:
        links: list[NavLink] = []
        for role, anchors in (
            (NavRole.SECTION, _SECTION(page.body)),
            (NavRole.TAG, _TAGS(page.body)),
        ):
            for anchor in anchors:
                url, text = page.absolute(anchor.get("href")), text_of(anchor)
                if url and text and "/tone/" not in url and all(link.url != url for link in links):
                    links.append(NavLink(role=role, text=text, url=url))
        return tuple(links) or super().navigation(page)
