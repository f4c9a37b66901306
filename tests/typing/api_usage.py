"""Checked by mypy only (never run): correct usage type-checks, misuse is caught.

Every ``# type: ignore[code]`` below is a negative check: under ``mypy --strict``
(``warn_unused_ignores``), an ignore that stops being needed is itself an error, so
these lines fail the build if the types ever stop catching the mistake.
"""

from __future__ import annotations

from datetime import datetime

import newsparse
from newsparse import Adapter, Article, Block, Media, Page


def correct_usage(data: bytes) -> str:
    article: Article = newsparse.parse(data, "https://example.com/a", strict=True)
    first: Block = article.body[0]
    when: datetime | None = article.published
    names: tuple[str, ...] = article.authors
    return first.text + str(when) + ", ".join(names)


def misuse() -> None:
    Media(kind=3, url="https://example.com/a.jpg")  # type: ignore[arg-type]
    article = Article(headline="H")
    article.headline = "x"  # type: ignore[misc]
    newsparse.parse(42)  # type: ignore[arg-type]


class ListReturningAdapter(Adapter):
    name = "list_returning"

    def authors(self, page: Page) -> list[str]:  # type: ignore[override]
        return []


class OverridesParse(Adapter):
    name = "overrides_parse"

    def parse(self, page: Page, *, strict: bool = False) -> Article:  # type: ignore[misc]
        return Article(headline="H")
