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
from typing import ClassVar

from attrs import evolve
from lxml import etree, html
from lxml.cssselect import CSSSelector

from newsparse.adapters._shared import first
from newsparse.adapters._story import StoryAdapter, collect_links
from newsparse.extract.media import media_from
from newsparse.model import Media, MediaKind, NavLink, NavRole
from newsparse.page import Page
from newsparse.toolkit.credits import split_credit
from newsparse.toolkit.text import text_of

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
_IMMERSIVE = CSSSelector("div.immersive-main-media__media")
_IMMERSIVE_CAPTION = CSSSelector("figcaption.caption--immersive")
_YOUTUBE = CSSSelector("gu-island[name=YoutubeBlockComponent]")
_ASSET_ID = re.compile(r'"assetId"\s*:\s*"([\w-]{6,20})"')
# In-body blocks that are not the story's text: sign-ups, links to other stories, pull
# quotes (which repeat a sentence of the story), embedded posts and callouts.
_NOT_TEXT = (
    "NewsletterSignupBlockElement",
    "RichLinkBlockElement",
    "InteractiveBlockElement",
    "PullquoteBlockElement",
    "TweetBlockElement",
    "InstagramBlockElement",
    "EmbedBlockElement",
    "CalloutBlockElementV2",
)


class TheGuardianAdapter(StoryAdapter):
    """The Guardian: dotcom-rendering and the older layout, lead media, agency bylines, tags."""

    name = "theguardian"
    hosts = frozenset({"theguardian.com"})
    # In order of preference: the first that matches is the story.
    content_selectors: ClassVar[tuple[str, ...]] = (
        "[data-gu-name=body] .article-body-commercial-selector",
        "[data-gu-name=body] #maincontent",
        "[itemprop=articleBody]",
    )
    exclude = (
        *(f"figure[data-spacefinder-type$={kind}]" for kind in _NOT_TEXT),
        "aside",
        "[role=note]",  # "after newsletter promotion"
        "gu-island[name=SlotBodyEnd]",
        "ul.gallery, ul.article-body-gallery",  # immersive caption lists (old layout)
        ".element-rich-link, .element-membership, .submeta",
    )

    def standfirst(self, page: Page) -> str | None:
        # Immersive pages put "by X (reporting) and Y (photography)" in the standfirst too.
        parts = [
            t
            for p in _STANDFIRST(page.body)
            if (t := text_of(p)) and not t.lower().startswith("by ")
        ]
        return " ".join(dict.fromkeys(parts)) or super().standfirst(page)

    def standfirst_shown(self, page: Page, standfirst: str) -> bool:
        # The standfirst element is printed under the headline (its text is often the
        # description too, which the default cannot tell apart).
        return first(_STANDFIRST, page.body) is not None or super().standfirst_shown(
            page, standfirst
        )

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

    def read_media(self, element: html.HtmlElement, page: Page, position: int) -> Media | None:
        media = media_from(element, page, position)
        # A YouTube block shows its poster image; the video is the YouTube asset.
        island = next(iter(_YOUTUBE(element)), None)
        found = _ASSET_ID.search(island.get("props") or "") if island is not None else None
        if media is None or found is None:
            return media
        url = f"https://www.youtube.com/watch?v={found.group(1)}"
        return evolve(media, kind=MediaKind.VIDEO, url=url, width=None, height=None)

    def lead_media(self, page: Page) -> tuple[Media, ...]:
        lead = [m for f in _LEAD(page.body) if (m := self.read_media(f, page, 0))][:1]
        if lead or not (images := _IMMERSIVE(page.body)):
            return tuple(lead)
        # Immersive pages (old layout) show the lead picture apart from its caption.
        media = media_from(images[0], page, 0)
        caption = next((text_of(c) for c in _IMMERSIVE_CAPTION(page.body)), "")
        text, credit = split_credit(caption.removeprefix("Main image:").strip())
        return () if media is None else (evolve(media, caption=text, credit=credit),)

    def navigation(self, page: Page) -> tuple[NavLink, ...]:
        tags = [a for a in _TAGS(page.body) if "/tone/" not in (a.get("href") or "")]
        links = collect_links(page, [(NavRole.SECTION, _SECTION(page.body)), (NavRole.TAG, tags)])
        return links or super().navigation(page)
