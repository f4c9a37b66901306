"""The :class:`Page`: everything about the input computed once and shared by all extractors."""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Mapping
from functools import cached_property
from typing import Any, TypeVar
from urllib.parse import urlsplit

from attrs import Factory, define, field
from lxml import html

from newsparse import html_input
from newsparse.errors import InvalidURLError, ParseTimeoutError
from newsparse.limits import DEFAULT_LIMITS, Limits
from newsparse.toolkit import jsonld
from newsparse.toolkit.text import normalize_space
from newsparse.toolkit.urls import absolute, host_of, is_http_url

T = TypeVar("T")


@define(kw_only=True, frozen=True, slots=False)
class Page:
    """One parsed page. Build it with :meth:`Page.from_html`.

    ``slots=False`` because ``functools.cached_property`` stores in the instance dict:
    the derived views (meta tags, JSON-LD) are computed on first use and then shared.
    """

    root: html.HtmlElement
    #: The URL the caller gave, validated; None when unknown.
    given_url: str | None = None
    limits: Limits = DEFAULT_LIMITS
    #: Repairs made to the input before parsing (reported as problems on the Article).
    notes: tuple[str, ...] = ()
    started: float = field(factory=time.monotonic)
    _memo: dict[str, Any] = field(default=Factory(dict), repr=False, eq=False)

    @classmethod
    def from_html(
        cls,
        data: bytes | str,
        url: str | None = None,
        *,
        limits: Limits | None = None,
        encoding: str | None = None,
    ) -> Page:
        """Normalize untrusted input into a Page, or raise a :class:`NewsparseError`."""
        started = time.monotonic()
        limits = limits or DEFAULT_LIMITS
        url = None if url is None else checked_url(url)
        text = html_input.to_text(data, limits=limits, transport_encoding=encoding)
        root, notes = html_input.build_tree(text, limits=limits)
        return cls(root=root, given_url=url, limits=limits, notes=tuple(notes), started=started)

    # -- time budget --------------------------------------------------------------------

    def check_time(self, step: str) -> None:
        """Raise :class:`ParseTimeoutError` once the parse has used up its time budget."""
        if time.monotonic() - self.started > self.limits.max_seconds:
            raise ParseTimeoutError(
                f"parsing took longer than {self.limits.max_seconds} s (at {step})"
            )

    def memo(self, key: str, compute: Callable[[], T]) -> T:
        """Compute a derived value once per page (shared analyses such as the content region)."""
        try:
            value: T = self._memo[key]
        except KeyError:
            value = self._memo[key] = compute()
        return value

    # -- URLs -----------------------------------------------------------------------------

    @cached_property
    def canonical_url(self) -> str | None:
        """``<link rel=canonical>``, else ``og:url``; absolute http(s) only."""
        for link in self.root.iterfind(".//link[@rel][@href]"):
            if "canonical" in (link.get("rel") or "").lower().split():
                found = absolute(link.get("href"), self.given_url)
                if found:
                    return found
        return absolute(self.meta_first("og:url"), self.given_url)

    @cached_property
    def url(self) -> str | None:
        """The URL given, else the page's canonical URL."""
        return self.given_url or self.canonical_url

    @cached_property
    def base_url(self) -> str | None:
        """What relative links resolve against: a usable ``<base href>``, else :attr:`url`."""
        for base in self.root.iterfind(".//base[@href]"):
            found = absolute(base.get("href"), self.url)
            if found:
                return found
            break
        return self.url

    @property
    def host(self) -> str | None:
        """The host of :attr:`url` without ``www.``."""
        return host_of(self.url)

    def absolute(self, href: str | None) -> str | None:
        """``href`` resolved against the page's base URL; None unless it is http(s)."""
        return absolute(href, self.base_url)

    # -- metadata -------------------------------------------------------------------------

    @cached_property
    def meta(self) -> Mapping[str, tuple[str, ...]]:
        """``<meta>`` contents by lower-case ``property``/``name``/``itemprop``/``http-equiv``."""
        found: dict[str, list[str]] = {}
        for element in self.root.iterfind(".//meta"):
            content = element.get("content")
            if content is None:
                continue
            content = normalize_space(content)
            if not content:
                continue
            for attribute in ("property", "name", "itemprop", "http-equiv"):
                key = element.get(attribute)
                if key:
                    found.setdefault(key.strip().lower(), []).append(content)
        return {key: tuple(values) for key, values in found.items()}

    def meta_first(self, *keys: str) -> str | None:
        """The first non-empty content among ``keys``, in the order given."""
        for key in keys:
            values = self.meta.get(key)
            if values:
                return values[0]
        return None

    @cached_property
    def json_ld(self) -> tuple[dict[str, Any], ...]:
        """Every JSON-LD object on the page, ``@graph`` members and arrays flattened."""
        values: list[Any] = []
        for script in self.root.iterfind(".//script[@type]"):
            kind = (script.get("type") or "").strip().lower()
            if kind != "application/ld+json" or not script.text:
                continue
            values.extend(jsonld.loads(script.text, max_chars=self.limits.max_jsonld_chars))
        return tuple(jsonld.nodes(values))

    @cached_property
    def article_ld(self) -> Mapping[str, Any] | None:
        """The JSON-LD node of the article (NewsArticle and its kin), if any."""
        return jsonld.find_article(self.json_ld)

    @cached_property
    def language(self) -> str | None:
        """``<html lang>``, else ``og:locale``/content-language, as a BCP 47 tag."""
        candidates = [
            self.root.get("lang"),
            self.root.get("xml:lang"),
            jsonld.text_value(jsonld.get_path(self.article_ld, "inLanguage")),
            self.meta_first("og:locale", "content-language", "language", "dc.language"),
        ]
        for candidate in candidates:
            tag = _bcp47(candidate)
            if tag:
                return tag
        return None

    @cached_property
    def body(self) -> html.HtmlElement:
        """The ``<body>`` element (the root when the document has none)."""
        found = self.root.find("body")
        return found if found is not None else self.root


_MAX_URL_CHARS = 64 * 1024
# C0 controls and DEL have no place in a URL; tab and newlines are removed (WHATWG).
_URL_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_BAD_HOST_CHARS = frozenset(' %<>"\\^`{|}')


def checked_url(url: object) -> str:
    """The ``url`` argument, cleaned; :class:`InvalidURLError` unless it is absolute http(s)."""
    if not isinstance(url, str):
        raise InvalidURLError(f"url must be a str, not {type(url).__name__}")
    shown = repr(url) if len(url) <= 200 else repr(url[:200]) + "..."
    if len(url) > _MAX_URL_CHARS:
        raise InvalidURLError(f"url is {len(url):,} characters long (at most {_MAX_URL_CHARS:,})")
    cleaned = url.strip().replace("\t", "").replace("\n", "").replace("\r", "")
    if _URL_CONTROLS.search(cleaned) or any(0xD800 <= ord(c) <= 0xDFFF for c in cleaned):
        raise InvalidURLError(f"url holds control characters: {shown}")
    cleaned = cleaned.replace(" ", "%20")
    if not is_http_url(cleaned):
        raise InvalidURLError(f"url must be an absolute http(s) URL, got {shown}")
    try:
        parts = urlsplit(cleaned)
        parts.port  # noqa: B018 - raises ValueError for a bad port
    except ValueError as exc:
        raise InvalidURLError(f"url has an invalid port: {shown}") from exc
    if any(c in _BAD_HOST_CHARS for c in parts.hostname or ""):
        raise InvalidURLError(f"url has an invalid host: {shown}")
    return cleaned


def _bcp47(value: str | None) -> str | None:
    """``en_US`` -> ``en-US``; None for values that are not language tags."""
    if not value:
        return None
    value = value.strip().replace("_", "-").split(",")[0].strip()
    parts = value.split("-")
    if not parts[0].isalpha() or not 2 <= len(parts[0]) <= 3:
        return None
    if not all(p.isalnum() and 1 <= len(p) <= 8 for p in parts[1:]):
        return None
    head = parts[0].lower()
    tail = [
        p.upper() if len(p) == 2 else (p.title() if len(p) == 4 else p.lower()) for p in parts[1:]
    ]
    return "-".join([head, *tail])
