"""Properties of :func:`newsparse.parse` over generated, mutated and arbitrary input.

The contract: ``parse`` returns an :class:`Article` or raises a :class:`NewsparseError`;
its output is deterministic, round-trips through JSON, invents no text, keeps captions
out of the body, holds only absolute http(s) URLs and whitespace-normalized text.
"""

from __future__ import annotations

import json
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsparse
from newsparse import Article, NewsparseError, Page
from newsparse.serialize import from_dict, to_dict
from newsparse.toolkit.text import normalize_space, text_of
from newsparse.toolkit.urls import is_http_url
from tests import strategies

URLS = st.none() | strategies.http_urls
# Costly properties (real pages, two parses) run a share of the profile's examples.
FEW = max(10, settings().max_examples // 5)
_NO_SPACE = re.compile(r"\s+")
_TOKENS = re.compile(r"\w+|[^\w\s]")


def parse_or_none(data: bytes | str, url: str | None = None) -> Article | None:
    """The Article, or None for a deliberate NewsparseError; anything else fails the test."""
    try:
        return newsparse.parse(data, url)
    except NewsparseError as exc:
        error = exc
    assert str(error), f"{type(error).__name__} has no message"
    assert isinstance(error.code, str)
    assert error.code
    return None


def texts_of(article: Article) -> list[str]:
    """Every human-readable string of the Article."""
    texts = [article.headline, *article.authors, *article.quick_read]
    texts += [t for t in (article.standfirst, article.site_name, article.source) if t]
    texts += [b.text for b in article.body]
    texts += [n.text for n in article.navigation]
    for m in article.media:
        texts += [t for t in (m.caption, m.credit, m.alt) if t]
    if article.dateline is not None:
        d = article.dateline
        texts += [t for t in (d.text, d.location, d.agency, d.date_text) if t]
    return texts


def urls_of(article: Article) -> list[str]:
    found = [m.url for m in article.media] + [n.url for n in article.navigation]
    return found + [u for u in (article.url, article.canonical_url) if u]


def squeeze(text: str) -> str:
    return _NO_SPACE.sub("", text)


def check_invariants(article: Article, data: bytes | str, url: str | None) -> None:
    for text in texts_of(article):
        assert normalize_space(text) == text, f"not whitespace-normalized: {text!r}"
    for found in urls_of(article):
        assert is_http_url(found), f"not an absolute http(s) URL: {found!r}"
        assert not found.lower().startswith(("javascript:", "data:", "file:"))
    if url is not None:
        assert article.url is not None
    captions = {m.caption for m in article.media if m.caption}
    both = captions & {b.text for b in article.body}
    assert not both, f"text is both a body block and a caption: {both}"
    # Nothing invented: the words of every body block are page text, in page order.
    # (Spacing may differ: block boundaries become spaces and inline markup does not;
    # an extractor may leave out inline junk such as "[edit]" inside a paragraph.)
    page = Page.from_html(data, url)
    visible = squeeze(text_of(page.root))
    for block in article.body:
        tokens = _TOKENS.findall(block.text)
        assert in_order(tokens, visible), f"body block not in the page: {block.text!r}"


def in_order(words: list[str], text: str) -> bool:
    """Whether ``words`` occur in ``text`` one after the other (gaps allowed)."""
    at = 0
    for word in words:
        found = text.find(word, at)
        if found < 0:
            return False
        at = found + len(word)
    return True


# -- only NewsparseError escapes; invariants hold -------------------------------------------


@given(strategies.news_pages())
def test_generated_pages(page: strategies.GeneratedPage) -> None:
    article = parse_or_none(page.html, page.url)
    if article is not None:
        check_invariants(article, page.html, page.url)


@given(strategies.encoded_pages(), URLS)
def test_encoded_pages(page: strategies.EncodedPage, url: str | None) -> None:
    article = parse_or_none(page.data, url)
    if article is not None:
        check_invariants(article, page.data, url)


@given(strategies.mutated(strategies.encoded_pages().map(lambda p: p.data)), URLS)
def test_mutated_generated_pages(data: bytes, url: str | None) -> None:
    article = parse_or_none(data, url)
    if article is not None:
        check_invariants(article, data, url)


@pytest.mark.corpus
@settings(suppress_health_check=list(HealthCheck), max_examples=FEW)
@given(st.data())
def test_mutated_corpus_pages(data: st.DataObject) -> None:
    if not strategies.corpus_paths():
        pytest.skip("corpus not found: set NEWSPARSE_CORPUS to the shared corpus directory")
    page = data.draw(strategies.mutated(strategies.corpus_pages()))
    url = data.draw(URLS)
    article = parse_or_none(page, url)
    if article is not None:
        check_invariants(article, page, url)


@given(st.binary(max_size=2048))
def test_arbitrary_bytes(data: bytes) -> None:
    parse_or_none(data)


@given(st.text(max_size=2048), URLS)
def test_arbitrary_text(data: str, url: str | None) -> None:
    parse_or_none(data, url)


@given(
    st.lists(
        st.sampled_from(
            [
                "<",
                ">",
                "</",
                "/>",
                "<p>",
                "</p>",
                "<h1>",
                "</h1>",
                "<div>",
                "<b>",
                "<!--",
                "-->",
                "<script>",
                "</script>",
                "<![CDATA[",
                "&amp;",
                "&#0;",
                "&#x1F600;",
                "\x00",
                "\ud800",
                "<img src=x>",
                "<a href='javascript:x'>",
                "=",
                '"',
                "'",
                " ",
                "\n",
                "text",
                "é",
                "日本",
            ]
        ),
        max_size=80,
    ).map("".join),
    URLS,
)
def test_markup_soup(data: str, url: str | None) -> None:
    article = parse_or_none(data, url)
    if article is not None:
        check_invariants(article, data, url)


@given(st.one_of(st.none(), st.integers(), st.text(max_size=50), st.binary(max_size=20)))
def test_bad_url_arguments(url: object) -> None:
    try:
        article = newsparse.parse(b"<h1>Headline</h1><p>Some text.</p>", url)  # type: ignore[arg-type]
    except NewsparseError:
        return
    assert article.url is None or is_http_url(article.url)


# -- determinism and serialization --------------------------------------------------------


@settings(max_examples=FEW)
@given(strategies.encoded_pages(), URLS)
def test_parse_is_deterministic(page: strategies.EncodedPage, url: str | None) -> None:
    first = parse_or_none(page.data, url)
    second = parse_or_none(page.data, url)
    assert (first is None) == (second is None)
    if first is not None and second is not None:
        assert to_dict(first) == to_dict(second)


@given(strategies.articles())
def test_model_round_trip(article: Article) -> None:
    assert from_dict(to_dict(article)) == article
    assert from_dict(json.loads(json.dumps(to_dict(article)))) == article
    assert Article.from_json(article.to_json()) == article


@given(strategies.news_pages())
def test_parsed_article_round_trip(page: strategies.GeneratedPage) -> None:
    article = parse_or_none(page.html, page.url)
    if article is None:
        return
    assert from_dict(json.loads(json.dumps(to_dict(article)))) == article


@given(strategies.blocks(), strategies.media(), strategies.nav_links(), strategies.datelines())
def test_parts_are_frozen_values(
    block: object, media: object, link: object, dateline: object
) -> None:
    for value in (block, media, link, dateline):
        assert value == value
        assert hash(value) == hash(value)
