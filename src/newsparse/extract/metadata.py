"""Generic metadata: best source first (JSON-LD, then meta tags, then the visible page)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from newsparse.toolkit.dates import parse_datetime
from newsparse.toolkit.jsonld import as_list, get_path, text_value
from newsparse.toolkit.text import normalize_space, text_of

if TYPE_CHECKING:
    from newsparse.extract.content import Content
    from newsparse.page import Page

# " | Site name", " - Site name" suffixes that <title> and og:title often carry.
_TITLE_SUFFIX = re.compile(r"\s+[|\-–—·:»]\s+[^|\-–—·:»]{2,60}$")


def headline(page: Page) -> str | None:
    """JSON-LD headline, og:title, the first ``<h1>``, then ``<title>`` without the site suffix."""
    h1 = _first_h1(page)
    candidates = [
        text_value(get_path(page.article_ld, "headline")),
        page.meta_first("og:title", "twitter:title", "dc.title", "title"),
    ]
    for candidate in candidates:
        value = normalize_space(candidate)
        if value:
            # Prefer the visible <h1> when metadata is the same title plus a site suffix.
            if h1 and value != h1 and value.startswith(h1):
                return h1
            return value
    if h1:
        return h1
    title = page.root.find(".//title")
    if title is not None:
        value = normalize_space(title.text_content())
        stripped = _TITLE_SUFFIX.sub("", value)
        return stripped or value or None
    return None


def _first_h1(page: Page) -> str | None:
    for element in page.body.iter("h1"):
        value = text_of(element)
        if value:
            return value
    return None


def standfirst(page: Page, content: Content | None = None) -> str | None:
    """A dek shown on the page, else the description metadata."""
    if content is not None and content.standfirst:
        return content.standfirst
    candidates = [
        text_value(get_path(page.article_ld, "description")),
        page.meta_first("og:description", "description", "twitter:description", "dc.description"),
    ]
    for candidate in candidates:
        value = normalize_space(candidate)
        if value:
            return value
    return None


_BY = re.compile(r"^\s*(?:by|von|par|por|di|door|av|af)\s+", re.IGNORECASE)
_AUTHOR_SPLIT = re.compile(r"\s*(?:,|;|\band\b|\bund\b|\bet\b|\by\b|&|\|)\s*", re.IGNORECASE)
_NOT_A_NAME = re.compile(r"https?://|@|\d{3,}|^(?:admin|staff|editor|redaktion)$", re.IGNORECASE)


def clean_author(value: str) -> str | None:
    """A person's name from a byline fragment; None when it is not a name."""
    value = _BY.sub("", normalize_space(value))
    if not value or len(value) > 80 or _NOT_A_NAME.search(value):
        return None
    return value


def _ld_authors(page: Page) -> list[str]:
    names: list[str] = []
    for item in as_list(get_path(page.article_ld, "author")):
        if isinstance(item, str):
            names.extend(p for p in _AUTHOR_SPLIT.split(item) if p)
        elif isinstance(item, dict):
            name = item.get("name")
            if isinstance(name, str):
                names.append(name)
            elif isinstance(name, list):
                names.extend(n for n in name if isinstance(n, str))
    return names


def authors(page: Page) -> tuple[str, ...]:
    """Author names: JSON-LD, then author meta tags, then ``rel=author`` links."""
    sources: list[Iterable[str]] = [
        _ld_authors(page),
        page.meta.get("author", ()) + page.meta.get("article:author", ()),
        page.meta.get("dc.creator", ()) + page.meta.get("sailthru.author", ()),
        (text_of(a) for a in page.body.iterfind(".//a[@rel='author']")),
    ]
    for source in sources:
        found = _unique(clean_author(v) for v in source if v and not v.startswith("http"))
        if found:
            return found
    return ()


def _unique(values: Iterable[str | None]) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for value in values:
        if value and value.casefold() not in {s.casefold() for s in seen}:
            seen[value] = None
    return tuple(seen)


def _date(page: Page, ld_key: str, meta_keys: tuple[str, ...]) -> datetime | None:
    candidates: list[Any] = [get_path(page.article_ld, ld_key)]
    candidates.extend(page.meta_first(k) for k in meta_keys)
    for candidate in candidates:
        if isinstance(candidate, str):
            value = parse_datetime(candidate)
            if value is not None:
                return value
    return None


def published(page: Page) -> datetime | None:
    value = _date(
        page,
        "datePublished",
        (
            "article:published_time",
            "og:article:published_time",
            "datepublished",
            "pubdate",
            "publish-date",
            "dc.date.issued",
            "dc.date",
            "date",
            "sailthru.date",
            "parsely-pub-date",
        ),
    )
    if value is not None:
        return value
    for element in page.body.iterfind(".//time[@datetime]"):
        value = parse_datetime(element.get("datetime"))
        if value is not None:
            return value
    return None


def modified(page: Page) -> datetime | None:
    return _date(
        page,
        "dateModified",
        ("article:modified_time", "og:updated_time", "datemodified", "last-modified", "dc.date.modified"),
    )


def site_name(page: Page) -> str | None:
    candidates = [
        page.meta_first("og:site_name", "application-name", "publisher"),
        text_value(get_path(page.article_ld, "publisher")),
    ]
    for candidate in candidates:
        value = normalize_space(candidate)
        if value:
            return value
    return None


def source(page: Page) -> str | None:
    """The original publisher of a syndicated story, from JSON-LD ``isBasedOn``/``sourceOrganization``."""
    for key in ("sourceOrganization", "isBasedOn"):
        value = get_path(page.article_ld, key)
        if isinstance(value, dict):
            name = text_value(value.get("publisher")) or text_value(value)
            if name:
                return normalize_space(name)
    return None


def free_access(page: Page) -> bool | None:
    value = get_path(page.article_ld, "isAccessibleForFree")
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lower() in ("true", "false"):
        return value.strip().lower() == "true"
    return None
