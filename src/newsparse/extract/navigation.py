"""Navigation links: previous/next, breadcrumbs, sections, tags, related articles.

Each link is found by the markup's own statement where there is one (``rel=prev``,
``rel=tag``, BreadcrumbList JSON-LD, ``aria-label=breadcrumb``), else by the labels and
container classes that themes use in many languages. Absolute http(s) URLs only, no link to
the page itself, one link per role and URL, in page order.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Mapping
from typing import Any, Final
from urllib.parse import urlsplit

from lxml import html

from newsparse.extract.content import Content
from newsparse.extract.landmarks import landmarks, within
from newsparse.model import NavLink, NavRole
from newsparse.page import Page
from newsparse.toolkit.jsonld import as_list, text_value, types_of
from newsparse.toolkit.text import normalize_space, text_of

# "Previous Article", "« Older posts", "Vorheriger Artikel" ... at the start of a link's text.
# A bare word ("Next-gen phones", "Weiterlesen") is not enough: the label needs a noun
# ("Article", "Beitrag"), an arrow, or a separator after it.
_NOUN = r"(?:article|post|posts|story|entry|entries|artikel|beitrag|news|nachricht)"
_PREVIOUS: Final = re.compile(
    r"^(?P<arrow>[«‹←<]+\s*)?(?:previous|prev\.?|older|vorherige[rs]?|précédent|"
    r"article\s+précédent|anterior|art[íi]culo\s+anterior|precedente|articolo\s+precedente|"
    rf"vorige|föregående|forrige|poprzedni)\b(?P<noun>\s+{_NOUN}\b)?\s*(?P<sep>[:|»›]+)?",
    re.IGNORECASE,
)
_NEXT: Final = re.compile(
    r"^(?:next|newer|nächste[rs]?|suivant|article\s+suivant|siguiente|art[íi]culo\s+siguiente|"
    r"successivo|articolo\s+successivo|volgende|nästa|neste|następny)\b"
    rf"(?P<noun>\s+{_NOUN}\b)?\s*(?P<arrow>[:|»›→>]+)?",
    re.IGNORECASE,
)
_SECTION_PATH: Final = re.compile(
    r"/(?:category|categories|section|sections|rubrik|ressort|kategorie|categorie|categoria)/",
    re.IGNORECASE,
)
_TAG_PATH: Final = re.compile(r"/(?:tag|tags|schlagwort|schlagworte|stichwort|topic)/", re.I)
_RELATED_TEXT = 20
_MAX_RELATED = 10

# Which kind of link box a class/id/aria-label names. Checked on a link and its nearest
# ancestors only, with answers cached per element and per name string: a page has hundreds
# of links and this runs for each.
_BOX: Final = re.compile(
    r"(?P<breadcrumb>breadcrumb)|(?P<previous>nav-prev|prev-post|previous-post|post-prev)|"
    r"(?P<next>nav-next|next-post|post-next)|(?P<postnav>post-nav|article-nav|pager)|"
    r"(?P<tag>(?:^|[\s_-])(?:tags|tag-?list|tag-?cloud|post-tags|article-tags|keywords|"
    r"schlagw[öo]rter|themen|topics)(?:$|[\s_-]))|"
    r"(?P<related>related|more-stories|read-?more|also-read|weitere-artikel|mehr-zum-thema|"
    r"recommended)",
    re.IGNORECASE,
)
_BOX_DEPTH = 5
# Pages with more links are link farms or hostile; their first links are enough.
_MAX_LINKS = 5000
_STOP_TAGS: Final = frozenset({"body", "article", "main", "html"})


@functools.lru_cache(maxsize=4096)
def _box_of_names(names: str) -> str | None:
    # A search for the box words first: almost every class string has none, and it is
    # far cheaper than the full pattern on long utility-class strings.
    lowered = names.lower()
    if _BOX_WORD.search(lowered) is None:
        return None
    match = _BOX.search(lowered)
    return match.lastgroup if match is not None else None


_BOX_WORDS: Final = (
    "breadcrumb", "prev", "next", "nav", "pager", "tag", "keyword", "schlagw", "themen",
    "topics", "related", "more", "also-read", "weitere", "recommended",
)  # fmt: skip
_BOX_WORD: Final = re.compile("|".join(_BOX_WORDS))
# A memo entry's "not looked at yet" (None is an answer: no box).
_UNKNOWN: Final = "?"


def _box_of(element: html.HtmlElement, memo: dict[html.HtmlElement, str | None]) -> str | None:
    """The nearest link-box kind around ``element`` (itself and a few ancestors)."""
    chain: list[html.HtmlElement] = []
    node: html.HtmlElement | None = element
    found: str | None = None
    for _ in range(_BOX_DEPTH):
        if node is None or node.tag in _STOP_TAGS:
            break
        cached = memo.get(node, _UNKNOWN)
        if cached is not _UNKNOWN:
            found = cached
            break
        chain.append(node)
        get = node.get
        classes, ident, label = get("class"), get("id"), get("aria-label")
        if classes or ident or label:
            found = _box_of_names(f"{classes or ''} {ident or ''} {label or ''}")
            if found is not None:
                break
        node = node.getparent()
    for visited in chain:
        memo[visited] = found
    return found


def links(page: Page, content: Content) -> tuple[NavLink, ...]:
    """Every navigation link of the page, de-duplicated, in page order."""
    own = _own_urls(page)
    found: list[tuple[int, NavLink]] = []
    seen: set[tuple[NavRole, str]] = set()
    related = 0

    def add(at: int, role: NavRole, text: str, href: str | None) -> None:
        nonlocal related
        url = page.absolute(href)
        if not url or not text or url in own or (role, url) in seen:
            return
        if role is NavRole.BREADCRUMB and not urlsplit(url).path.strip("/"):
            return  # "Home" leads nowhere a reader of this story needs
        if role is NavRole.RELATED:
            if related >= _MAX_RELATED:
                return
            related += 1
        seen.add((role, url))
        found.append((at, NavLink(role=role, text=text, url=url)))

    for at, (role, text, url) in enumerate(_ld_breadcrumbs(page)):
        add(at - 1_000_000, role, text, url)
    # Section and tag links inside the article ("For more world news" -> /category/world/).
    by_path: dict[html.HtmlElement, NavRole] = {}
    marks = landmarks(page)
    scope = _article_scope(content.root)
    if scope is not None:
        for element in within(marks.path_links, scope):
            path = urlsplit(element.get("href") or "").path
            if _SECTION_PATH.search(path):
                by_path[element] = NavRole.SECTION
            elif _TAG_PATH.search(path):
                by_path[element] = NavRole.TAG
    memo: dict[html.HtmlElement, str | None] = {}
    for at, element in enumerate(marks.links):
        if at >= _MAX_LINKS:
            break
        attrib = element.attrib
        href = attrib.get("href") or ""
        if href.startswith(("#", "javascript:", "mailto:", "tel:")):
            continue
        classified = _by_rel(element) if "rel" in attrib else None
        if classified is None:
            classified = _by_box(element, _box_of(element, memo))
        if classified is None and element in by_path:
            classified = by_path[element], text_of(element)
        if classified is not None:
            add(at, classified[0], classified[1], href)
    found.sort(key=lambda item: item[0])
    return tuple(link for _, link in found)


def _article_scope(region: html.HtmlElement | None) -> html.HtmlElement | None:
    """The ``<article>`` around the content region (its header and footer hold the story's
    section and tag links), else the region itself."""
    if region is None or region.tag == "article":
        return region
    for depth, ancestor in enumerate(region.iterancestors()):
        if depth >= _BOX_DEPTH or ancestor.tag in ("body", "html"):
            break
        if ancestor.tag == "article":
            return ancestor
    return region


def _by_box(element: html.HtmlElement, box: str | None) -> tuple[NavRole, str] | None:
    if box is None:
        return None
    text = text_of(element)
    if not text:
        return None
    if box == "breadcrumb":
        return NavRole.BREADCRUMB, text
    if box == "tag":
        return NavRole.TAG, text
    if box == "previous":
        return NavRole.PREVIOUS, _title(element, text, _PREVIOUS)
    if box == "next":
        return NavRole.NEXT, _title(element, text, _NEXT)
    if box == "postnav":
        return _labelled(element, text)
    if len(text) >= _RELATED_TEXT:
        return NavRole.RELATED, text
    return None


def _own_urls(page: Page) -> frozenset[str]:
    urls = {page.url, page.canonical_url, page.given_url}
    return frozenset(u.split("#", 1)[0] for u in urls if u)


def _by_rel(element: html.HtmlElement) -> tuple[NavRole, str] | None:
    rel = (element.get("rel") or "").lower().split()
    if "prev" in rel or "previous" in rel:
        return NavRole.PREVIOUS, _title(element, text_of(element), _PREVIOUS)
    if "next" in rel:
        return NavRole.NEXT, _title(element, text_of(element), _NEXT)
    if "category" in rel:
        return NavRole.SECTION, text_of(element)
    if "tag" in rel:
        return NavRole.TAG, text_of(element)
    return None


def _labelled(element: html.HtmlElement, text: str) -> tuple[NavRole, str] | None:
    """Previous/next by the link's own label ("Previous Article", "Newer »")."""
    for role, pattern in ((NavRole.PREVIOUS, _PREVIOUS), (NavRole.NEXT, _NEXT)):
        match = pattern.match(text)
        if match is not None and any(match.groupdict().values()):
            return role, _title(element, text, pattern)
    return None


def _title(element: html.HtmlElement, text: str, label: re.Pattern[str]) -> str:
    """The linked article's title without the "Previous Article" label (if anything remains)."""
    for child in element.iter():
        cls = child.get("class") or "" if isinstance(child.tag, str) else ""
        if "title" in cls and child is not element:
            title = text_of(child)
            # "nav-subtitle" holds the label itself ("Previous Article"): not the title.
            found = label.match(title)
            if title and (found is None or found.end() < len(title)):
                return title
    match = label.match(text)
    if match is not None:
        rest = normalize_space(text[match.end() :]).lstrip(":»›→-– ")
        if rest:
            return rest
    return text


def _ld_breadcrumbs(page: Page) -> Iterator[tuple[NavRole, str, str]]:
    """BreadcrumbList items with a URL, except the site root and the page itself."""
    for node in page.json_ld:
        if "BreadcrumbList" not in types_of(node):
            continue
        items = sorted(
            (i for i in as_list(node.get("itemListElement")) if isinstance(i, Mapping)),
            key=_position,
        )
        for item in items:
            url = _item_url(item)
            name = normalize_space(text_value(item.get("name")) or text_value(item.get("item")))
            if url and name and urlsplit(url).path.strip("/"):
                yield NavRole.BREADCRUMB, name, url


def _position(item: Mapping[str, Any]) -> int:
    value = item.get("position")
    if isinstance(value, int):
        return value
    return int(value) if isinstance(value, str) and value.strip().isdigit() else 0


def _item_url(item: Mapping[str, Any]) -> str | None:
    target = item.get("item")
    if isinstance(target, str):
        return target
    if isinstance(target, Mapping):
        for key in ("@id", "url"):
            value = target.get(key)
            if isinstance(value, str):
                return value
    url = item.get("url")
    return url if isinstance(url, str) else None
