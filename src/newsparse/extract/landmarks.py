"""Elements that several extractors look for, found in one pass over the page.

Headings, byline candidates, publication times, paywall boxes and links were each a
whole-document XPath with ``contains()`` tests; libxml2 evaluates those string by string,
and together they cost more than parsing the page. One Python pass over the elements,
reading each attribute once, finds all of them (and the elements that may print a date)
at a fraction of that cost. Each list keeps document order and selects exactly what an
XPath would (the tests pin each one to its XPath, side by side).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from attrs import frozen
from lxml import etree, html

from newsparse.page import Page

# Links into a site's section or tag pages: /category/world/, /tag/nato/...
PATH_MARKERS: Final = (
    "/category/", "/categories/", "/section/", "/rubrik/", "/ressort/", "/kategorie/",
    "/categorie/", "/categoria/", "/tag/", "/tags/", "/schlagwort/", "/stichwort/", "/topic/",
)  # fmt: skip
# Author pages a byline links to.
AUTHOR_PATHS: Final = ("/author", "/autor", "/journalist/", "/profile/")
# Class fragments of elements that print a date, case as written.
DATE_CLASSES: Final = ("date", "Date", "publish", "Publish", "posted")
# Class fragments of byline containers ("byline", "author", "autor"), case as written.
BYLINE_CLASSES: Final = ("yline", "uthor", "utor")
# h1/h2 children of one parent considered as headline candidates (a list of hundreds of
# <h2> teasers is not where the headline is).
MAX_HEADINGS_PER_PARENT = 19
_SPECIAL_TAGS: Final = frozenset({"a", "h1", "h2", "time"})
_PATH_MARKER: Final = re.compile("|".join(map(re.escape, PATH_MARKERS)))
_AUTHOR_PATH: Final = re.compile("|".join(map(re.escape, AUTHOR_PATHS)))


@frozen(kw_only=True)
class Landmarks:
    #: ``<h1>`` and ``<h2>`` elements (at most 19 per parent).
    headings: tuple[html.HtmlElement, ...]
    #: Elements that may hold a byline: itemprop/rel author, byline or author classes,
    #: links to author pages.
    bylines: tuple[html.HtmlElement, ...]
    #: ``itemprop="datePublished"`` elements and ``<time datetime|pubdate>``.
    times: tuple[html.HtmlElement, ...]
    #: Elements whose text may be a printed date: other ``<time>`` elements, and classes
    #: naming a date ("date", "post-date", "publishDate", "posted-on").
    date_texts: tuple[html.HtmlElement, ...]
    #: The first element of each parent whose class names a paywall.
    paywalls: tuple[html.HtmlElement, ...]
    #: Every ``<a href>``.
    links: tuple[html.HtmlElement, ...]
    #: The links whose href points into a section or tag page.
    path_links: tuple[html.HtmlElement, ...]


def landmarks(page: Page) -> Landmarks:
    """The page's landmarks, found once per page."""
    # The XPaths these replace started at the document root ("//"): a
    # <meta itemprop="datePublished"> in the head counts.
    return page.memo("landmarks", lambda: find(page.root))


def find(root: html.HtmlElement) -> Landmarks:
    """Landmarks under ``root`` (``root`` itself included), in document order."""
    headings: list[html.HtmlElement] = []
    bylines: list[html.HtmlElement] = []
    times: list[html.HtmlElement] = []
    date_texts: list[html.HtmlElement] = []
    paywalls: list[html.HtmlElement] = []
    links: list[html.HtmlElement] = []
    path_links: list[html.HtmlElement] = []
    per_parent: dict[html.HtmlElement | None, int] = {}
    paywalled: set[html.HtmlElement | None] = set()
    # The hot loop: most elements have no class, itemprop or rel worth a second look, so
    # the common path is three attribute reads and a few tests.
    for element in root.iter(etree.Element):
        get = element.get
        classes = get("class")
        itemprop = get("itemprop")
        tag = element.tag
        byline = published = shown_date = False
        if tag in _SPECIAL_TAGS:
            if tag == "a":
                href = get("href")
                if href is not None:
                    links.append(element)
                    if _PATH_MARKER.search(href) is not None:
                        path_links.append(element)
                    byline = _AUTHOR_PATH.search(href) is not None
            elif tag == "time":
                published = get("datetime") is not None or get("pubdate") is not None
                shown_date = not published
            else:
                parent = element.getparent()
                seen = per_parent.get(parent, 0)
                if seen < MAX_HEADINGS_PER_PARENT:
                    headings.append(element)
                per_parent[parent] = seen + 1
        if classes is not None:
            if "aywall" in classes:
                parent = element.getparent()
                if parent not in paywalled:
                    paywalls.append(element)
                    paywalled.add(parent)
            if not byline:
                byline = "yline" in classes or "uthor" in classes or "utor" in classes
            shown_date = shown_date or any(word in classes for word in DATE_CLASSES)
        if published or itemprop == "datePublished":
            times.append(element)
        if shown_date:
            date_texts.append(element)
        if itemprop == "author":
            byline = True
        if byline or get("rel") == "author":
            bylines.append(element)
    return Landmarks(
        headings=tuple(headings),
        bylines=tuple(bylines),
        times=tuple(times),
        date_texts=tuple(date_texts),
        paywalls=tuple(paywalls),
        links=tuple(links),
        path_links=tuple(path_links),
    )


def within(
    elements: tuple[html.HtmlElement, ...], scope: html.HtmlElement
) -> Iterator[html.HtmlElement]:
    """The elements strictly inside ``scope``, in their order."""
    for element in elements:
        for ancestor in element.iterancestors():
            if ancestor is scope:
                yield element
                break
