"""The :class:`Adapter` base class: what a site adapter declares and overrides.

An adapter declares what it handles (``name``, ``hosts``, optionally ``url_pattern``
and a DOM ``detect()``) and has one method per Article field. Every method has a
generic default, so a site adapter overrides only the fields it fixes. The body-side
fields (body, media, dateline, quick read, source) come from one shared analysis of
the content region, computed once per page; adapters steer it with
:meth:`Adapter.content_root` and :attr:`Adapter.exclude` instead of re-implementing it.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from datetime import datetime
from typing import Any, ClassVar, Final, TypeVar, final

from lxml import html
from lxml.cssselect import CSSSelector

from newsparse.errors import ExtractionError, NewsparseError, NoArticleError
from newsparse.extract import content, metadata, navigation
from newsparse.model import Article, Block, Dateline, Media, NavLink, Problem
from newsparse.page import Page

T = TypeVar("T")

# A standfirst repeated in one of the body's first blocks is not read twice.
_STANDFIRST_REPEATS = 3

#: Optional fields, in the order they are extracted (and reported in problems).
OPTIONAL_FIELDS: Final = (
    "canonical_url",
    "site_name",
    "language",
    "standfirst",
    "authors",
    "published",
    "modified",
    "dateline",
    "source",
    "quick_read",
    "body",
    "media",
    "navigation",
    "free_access",
)


class Adapter:
    """Base class of every adapter; the defaults are the generic extractor."""

    #: Unique name: the module name, the fixture folder, the entry-point name, and
    #: the value of :attr:`Article.adapter`.
    name: ClassVar[str]
    #: Hosts handled, without ``www.`` (subdomains must be listed explicitly).
    hosts: ClassVar[frozenset[str]] = frozenset()
    #: Narrows ``hosts`` to article URLs when set.
    url_pattern: ClassVar[re.Pattern[str] | None] = None
    #: CSS selectors of elements inside the content region that are never article text.
    exclude: ClassVar[tuple[str, ...]] = ()
    #: CSS selectors of the content root, in order of preference: the first that matches
    #: inside ``<body>`` is the root (a union selector would give the outermost match).
    content_selectors: ClassVar[tuple[str, ...]] = ()

    def __init__(self) -> None:
        self._problems: list[Problem] = []

    # -- what it handles ------------------------------------------------------------------

    @classmethod
    def matches(cls, page: Page) -> bool:
        """Cheap, URL-only claim: the registry asks every adapter, so no DOM work here."""
        host = page.host
        if host is None or not cls.hosts:
            return False
        if host not in cls.hosts and not any(host.endswith("." + h) for h in cls.hosts):
            return False
        return cls.url_pattern is None or (
            page.url is not None and cls.url_pattern.search(page.url) is not None
        )

    @classmethod
    def detect(cls, page: Page) -> bool:
        """DOM check after a URL match (layout variants); also used when no URL is known."""
        return True

    # -- reporting --------------------------------------------------------------------------

    def report(self, field: str, message: str) -> None:
        """Record that an optional field could not be (fully) extracted, and why."""
        self._problems.append(Problem(field=field, message=message))

    # -- fields: metadata -------------------------------------------------------------------

    def headline(self, page: Page) -> str | None:
        return metadata.headline(page)

    def standfirst(self, page: Page) -> str | None:
        return metadata.standfirst(page, self.content(page))

    def standfirst_shown(self, page: Page, standfirst: str) -> bool:
        """Whether the page shows ``standfirst`` above the story (a dek), not only in its
        metadata. Override when :meth:`standfirst` reads a visible element of its own."""
        return metadata.standfirst_shown(page, self.content(page), standfirst)

    def authors(self, page: Page) -> tuple[str, ...]:
        return metadata.authors(page)

    def published(self, page: Page) -> datetime | None:
        return metadata.published(page)

    def modified(self, page: Page) -> datetime | None:
        return metadata.modified(page)

    def canonical_url(self, page: Page) -> str | None:
        return page.canonical_url

    def site_name(self, page: Page) -> str | None:
        return metadata.site_name(page)

    def language(self, page: Page) -> str | None:
        return page.language

    def free_access(self, page: Page) -> bool | None:
        return metadata.free_access(page)

    # -- fields: the content region ---------------------------------------------------------

    def content_root(self, page: Page) -> html.HtmlElement | None:
        """The element holding the article's text; None lets the generic scorer decide.

        By default the first match of :attr:`content_selectors`.
        """
        for selector in self.content_selectors:
            found = css(selector)(page.body)
            if found:
                return found[0]
        return None

    @final
    def content(self, page: Page) -> content.Content:
        """The shared analysis of the content region, computed once per page and adapter."""
        return page.memo(
            f"content:{type(self).__module__}.{type(self).__qualname__}",
            lambda: content.analyze(page, root=self.content_root(page), exclude=self.exclude),
        )

    def body(self, page: Page) -> tuple[Block, ...]:
        return self.content(page).blocks

    def media(self, page: Page) -> tuple[Media, ...]:
        return self.content(page).media

    def dateline(self, page: Page) -> Dateline | None:
        return self.content(page).dateline

    def quick_read(self, page: Page) -> tuple[str, ...]:
        return self.content(page).quick_read

    def source(self, page: Page) -> str | None:
        return self.content(page).source or metadata.source(page)

    def navigation(self, page: Page) -> tuple[NavLink, ...]:
        return navigation.links(page, self.content(page))

    # -- the template ---------------------------------------------------------------------

    @final
    def parse(self, page: Page, *, strict: bool = False) -> Article:
        """Run every field method and build the Article.

        A required field (the headline) that is missing raises
        :class:`NoArticleError`. An optional field that raises becomes empty and adds a
        :class:`Problem`; in strict mode it raises :class:`ExtractionError` instead.
        """
        self._problems = [Problem(field="input", message=note) for note in page.notes]
        page.check_time("headline")
        headline = self._required("headline", lambda: self.headline(page))
        values: dict[str, Any] = {}
        for name in OPTIONAL_FIELDS:
            page.check_time(name)
            values[name] = self._optional(name, getattr(self, name), page, strict=strict)
        values["standfirst_shown"] = self._shown(page, values, strict=strict)
        if not values["body"] and not values["standfirst"]:
            raise NoArticleError(
                "the page has a headline but no article text (no body, no standfirst)"
            )
        if strict and self._problems:
            first = self._problems[0]
            raise ExtractionError(first.field, first.message)
        return Article(
            headline=headline,
            adapter=self.name,
            url=page.url,
            problems=self._problems,
            **_none_if_empty(values),
        )

    def _shown(self, page: Page, values: dict[str, Any], *, strict: bool) -> bool:
        """``Article.standfirst_shown``: shown by the page, and not already the body's start
        (a dek that is also the first paragraph is read once)."""
        standfirst: str | None = values["standfirst"]
        if not standfirst:
            return False
        if not self._optional(
            "standfirst_shown", lambda p: self.standfirst_shown(p, standfirst), page, strict=strict
        ):
            return False
        body: tuple[Block, ...] = values["body"] or ()
        return not any(standfirst in block.text for block in body[:_STANDFIRST_REPEATS])

    def _required(self, name: str, compute: Callable[[], str | None]) -> str:
        try:
            value = compute()
        except NewsparseError:
            raise
        except Exception as exc:
            raise ExtractionError(name, f"{type(exc).__name__}: {exc}") from exc
        if value is None or not value.strip():
            raise NoArticleError(f"no {name} found: the page does not look like an article")
        return value

    def _optional(
        self, name: str, method: Callable[[Page], T], page: Page, *, strict: bool
    ) -> T | None:
        try:
            return method(page)
        except NewsparseError:
            raise
        except Exception as exc:
            # A bug in one optional field must not cost the user the whole article.
            if strict:
                raise ExtractionError(name, f"{type(exc).__name__}: {exc}") from exc
            self.report(name, f"{type(exc).__name__}: {exc}")
            return None


@functools.lru_cache(maxsize=1024)
def css(selector: str) -> CSSSelector:
    """A compiled selector, compiled on first use and then shared by every parse."""
    return CSSSelector(selector)


_EMPTY_DEFAULTS = {"authors": (), "quick_read": (), "body": (), "media": (), "navigation": ()}


def _none_if_empty(values: dict[str, Any]) -> dict[str, Any]:
    """Fields whose method failed (None) take the Article default."""
    return {k: (_EMPTY_DEFAULTS.get(k) if v is None else v) for k, v in values.items()}
