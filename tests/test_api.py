"""parse() and parse_file(): every field's plumbing, every error class, strict mode."""

from __future__ import annotations

import gzip
from datetime import datetime, timedelta
from pathlib import Path
from typing import ClassVar

import pytest
from lxml import html
from lxml.cssselect import CSSSelector

import newsparse
from newsparse import (
    Adapter,
    Article,
    Dateline,
    DocumentTooLargeError,
    EmptyDocumentError,
    ExtractionError,
    InvalidURLError,
    Limits,
    NavLink,
    NavRole,
    NewsparseError,
    NoArticleError,
    NotHTMLError,
    Page,
    Registry,
    UnknownAdapterError,
)
from newsparse.adapters import FALLBACK
from newsparse.toolkit import text_of

# A small page whose every field is marked up explicitly, for a test adapter that reads
# each field from its own element: this checks the plumbing from adapter to Article.
PAGE = """<!doctype html><html lang="en-us"><head>
<title>Budget passes | The Test Times</title>
<link rel="canonical" href="https://times.test/2026/budget">
<meta property="og:site_name" content="The Test Times">
</head><body>
<h1>Budget passes</h1>
<p class="dek">The vote was close.</p>
<p class="byline">By Ann Example and Bo Sample</p>
<time datetime="2026-11-27T10:00:00-05:00">Nov 27</time>
<ul class="points"><li>One</li><li>Two</li></ul>
<div class="story">
  <p>WASHINGTON (AP) — Lawmakers passed the budget.</p>
  <figure><img src="/img/vote.jpg" alt="The vote">
    <figcaption>The vote. (AP Photo/Jo Snap)</figcaption></figure>
  <h2>What next</h2>
  <p>The Senate votes next.</p>
</div>
<a rel="next" href="/2026/next-story">Next story</a>
</body></html>"""

_DEK = CSSSelector("p.dek")
_STORY = CSSSelector("div.story")
_POINTS = CSSSelector("ul.points li")


class TimesAdapter(Adapter):
    name = "test_times"
    hosts = frozenset({"times.test"})
    exclude: ClassVar[tuple[str, ...]] = ("figure",)

    def content_root(self, page: Page) -> html.HtmlElement | None:
        return _STORY(page.root)[0]

    def standfirst(self, page: Page) -> str | None:
        return text_of(_DEK(page.root)[0])

    def authors(self, page: Page) -> tuple[str, ...]:
        return ("Ann Example", "Bo Sample")

    def dateline(self, page: Page) -> Dateline | None:
        return Dateline(text="WASHINGTON (AP) —", location="WASHINGTON", agency="AP")

    def quick_read(self, page: Page) -> tuple[str, ...]:
        return tuple(text_of(li) for li in _POINTS(page.root))

    def free_access(self, page: Page) -> bool | None:
        return True


REGISTRY = Registry(adapters=[TimesAdapter], fallback=FALLBACK)


def test_every_field_reaches_the_article() -> None:
    article = newsparse.parse(
        PAGE.encode(), "https://times.test/2026/budget?ref=rss", registry=REGISTRY
    )
    assert article.adapter == "test_times"
    assert article.url == "https://times.test/2026/budget?ref=rss"
    assert article.canonical_url == "https://times.test/2026/budget"
    assert article.site_name == "The Test Times"
    assert article.language == "en-US"
    assert article.headline == "Budget passes"
    assert article.standfirst == "The vote was close."
    assert article.authors == ("Ann Example", "Bo Sample")
    assert article.dateline == Dateline(
        text="WASHINGTON (AP) —", location="WASHINGTON", agency="AP"
    )
    assert article.quick_read == ("One", "Two")
    assert article.free_access is True
    assert [b.kind.value for b in article.body] == ["paragraph", "subheading", "paragraph"]
    assert article.published is not None
    assert article.published.utcoffset() == timedelta(hours=-5)
    assert NavLink(
        role=NavRole.NEXT, text="Next story", url="https://times.test/2026/next-story"
    ) in (article.navigation)


def test_url_falls_back_to_the_canonical() -> None:
    article = newsparse.parse(PAGE, registry=REGISTRY)
    assert article.url == "https://times.test/2026/budget"
    # The canonical URL's host selects the adapter too.
    assert article.adapter == "test_times"


def test_adapter_by_name_overrides_selection() -> None:
    article = newsparse.parse(PAGE, "https://times.test/x", adapter="generic", registry=REGISTRY)
    assert article.adapter == "generic"
    with pytest.raises(UnknownAdapterError, match="no adapter is named 'nope'"):
        newsparse.parse(PAGE, adapter="nope", registry=REGISTRY)


class BrokenDates(TimesAdapter):
    name = "broken_dates"

    def published(self, page: Page) -> datetime | None:
        raise KeyError("datePublished")


def test_a_failing_optional_field_becomes_a_problem() -> None:
    article = newsparse.parse(PAGE, "https://times.test/x", adapter=BrokenDates, registry=REGISTRY)
    assert article.published is None
    assert [(p.field, p.message) for p in article.problems] == [
        ("published", "KeyError: 'datePublished'")
    ]


def test_strict_mode_raises_for_a_failing_field() -> None:
    with pytest.raises(ExtractionError, match="published: KeyError") as info:
        newsparse.parse(
            PAGE, "https://times.test/x", adapter=BrokenDates, strict=True, registry=REGISTRY
        )
    assert info.value.field == "published"


class Reporting(TimesAdapter):
    name = "reporting"

    def published(self, page: Page) -> datetime | None:
        self.report("published", "the date text 'soon' is not a date")
        return None


def test_reported_problems_are_kept_and_strict_mode_raises_on_them() -> None:
    article = newsparse.parse(PAGE, adapter=Reporting, registry=REGISTRY)
    assert article.problems[0].message == "the date text 'soon' is not a date"
    with pytest.raises(ExtractionError, match="soon"):
        newsparse.parse(PAGE, adapter=Reporting, strict=True, registry=REGISTRY)


class Crashing(TimesAdapter):
    name = "crashing"

    def headline(self, page: Page) -> str | None:
        raise RuntimeError("bug")


def test_a_bug_in_a_required_field_is_an_extraction_error() -> None:
    with pytest.raises(ExtractionError, match="headline: RuntimeError: bug"):
        newsparse.parse(PAGE, adapter=Crashing, registry=REGISTRY)


@pytest.mark.parametrize(
    ("data", "error", "message"),
    [
        (b"", EmptyDocumentError, "empty"),
        (b" \n\t ", EmptyDocumentError, "empty"),
        ("", EmptyDocumentError, "empty"),
        (b"%PDF-1.7 ...", NotHTMLError, "PDF"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", NotHTMLError, "PNG"),
        (gzip.compress(b"<html></html>"), NotHTMLError, "gzip"),
        (b'{"headline": "not html"}', NotHTMLError, "JSON"),
        (b"just some words, no markup at all", NotHTMLError, "no HTML markup"),
        (b"<html><body><div></div></body></html>", NoArticleError, "no headline"),
        (b"<html><body><h1>Only a headline</h1></body></html>", NoArticleError, "no article text"),
    ],
)
def test_bad_input_raises_a_specific_error(
    data: bytes | str, error: type[Exception], message: str
) -> None:
    with pytest.raises(error, match=message):
        newsparse.parse(data)


def test_input_over_the_size_limit() -> None:
    data = b"<html><body><h1>H</h1><p>" + b"x" * 2000 + b"</p></body></html>"
    with pytest.raises(DocumentTooLargeError, match="limit"):
        newsparse.parse(data, limits=Limits(max_bytes=1000))
    assert newsparse.parse(data, limits=Limits(max_bytes=4000)).headline == "H"


@pytest.mark.parametrize(
    "url", ["not a url", "ftp://x.test/a", "javascript:alert(1)", "/relative/path", ""]
)
def test_bad_url_argument(url: str) -> None:
    with pytest.raises(InvalidURLError):
        newsparse.parse(PAGE, url)


def test_wrong_input_type() -> None:
    with pytest.raises(NewsparseError, match="bytes or str"):
        newsparse.parse(12345)  # type: ignore[arg-type]


def test_every_error_is_a_newsparse_error_with_a_code() -> None:
    errors = [getattr(newsparse, name) for name in newsparse.__all__ if name.endswith("Error")]
    assert len(errors) >= 10
    for error in errors:
        assert issubclass(error, NewsparseError)
        assert error.code.replace("_", "").isalpha()
    assert len({e.code for e in errors}) == len(errors)


def test_internal_errors_are_wrapped() -> None:
    class Exploding(TimesAdapter):
        name = "exploding"

        def content_root(self, page: Page) -> html.HtmlElement | None:
            raise ZeroDivisionError("oops")

    # content_root feeds body: an optional field, so the article survives with problems.
    article = newsparse.parse(PAGE, adapter=Exploding, registry=REGISTRY)
    assert {p.field for p in article.problems} >= {"body"}


def test_parse_file_reads_plain_and_gzipped_files(tmp_path: Path) -> None:
    plain = tmp_path / "page.html"
    plain.write_bytes(PAGE.encode())
    packed = tmp_path / "page.html.gz"
    packed.write_bytes(gzip.compress(PAGE.encode()))
    first = newsparse.parse_file(plain, registry=REGISTRY)
    assert isinstance(first, Article)
    assert first == newsparse.parse_file(packed, registry=REGISTRY)
    with pytest.raises(newsparse.InputError, match="cannot read"):
        newsparse.parse_file(tmp_path / "missing.html")
    broken = tmp_path / "broken.html.gz"
    broken.write_bytes(b"\x1f\x8b not really gzip")
    with pytest.raises(newsparse.InputError, match="cannot read"):
        newsparse.parse_file(broken)
