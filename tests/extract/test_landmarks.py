"""Landmarks select exactly what the whole-document XPaths they replace selected."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from lxml import etree, html

from newsparse.extract.landmarks import AUTHOR_PATHS, DATE_CLASSES, PATH_MARKERS, find, within
from newsparse.page import Page
from tests import strategies

_BYLINE_TEST = (
    "[@itemprop='author' or @rel='author' or contains(@class, 'yline')"
    " or contains(@class, 'uthor') or contains(@class, 'utor')"
    " or (self::a and (" + " or ".join(f"contains(@href, '{p}')" for p in AUTHOR_PATHS) + "))]"
)
_XPATHS = {
    "headings": etree.XPath("//*[self::h1 or self::h2][position() < 20]"),
    "bylines": etree.XPath(f"//*{_BYLINE_TEST}"),
    "times": etree.XPath(
        "//*[@itemprop='datePublished' or (self::time and (@datetime or @pubdate))]"
    ),
    "date_texts": etree.XPath(
        "//*[(self::time and not(@datetime) and not(@pubdate)) or "
        + " or ".join(f"contains(@class, '{c}')" for c in DATE_CLASSES)
        + "]"
    ),
    "paywalls": etree.XPath("//*[contains(@class, 'aywall')][1]"),
    "links": etree.XPath("//a[@href]"),
    "path_links": etree.XPath(
        "//a[@href][" + " or ".join(f"contains(@href, '{m}')" for m in PATH_MARKERS) + "]"
    ),
}


def _assert_same(root: html.HtmlElement) -> None:
    found = find(root)
    for name, xpath in _XPATHS.items():
        assert list(getattr(found, name)) == xpath(root), name


def _page(body: str) -> html.HtmlElement:
    return Page.from_html(f"<html><head><title>t</title></head><body>{body}</body></html>").root


def test_each_kind_of_landmark_is_found() -> None:
    root = _page(
        '<h1>Head</h1><p class="byline">By A</p><a href="/author/a">A</a>'
        '<time datetime="2024-01-02">Jan 2</time><div class="paywall">Subscribe</div>'
        '<div class="Paywall-box">x</div><a href="/category/world/">World</a>'
        '<span itemprop="author">B</span><a rel="author" href="/b">B</a>'
    )
    found = find(root)
    assert [e.tag for e in found.headings] == ["h1"]
    assert [e.text for e in found.bylines] == ["By A", "A", "B", "B"]
    assert [e.text for e in found.times] == ["Jan 2"]
    assert [e.text for e in found.paywalls] == ["Subscribe"]  # the first per parent
    assert [e.text for e in found.path_links] == ["World"]
    _assert_same(root)


def test_at_most_nineteen_headings_per_parent() -> None:
    root = _page("<div>" + "<h2>t</h2>" * 25 + "</div><h1>x</h1>")
    assert len(find(root).headings) == 20
    _assert_same(root)


def test_within_keeps_strict_descendants_in_order() -> None:
    root = _page('<div id="s"><a href="/1">1</a><p><a href="/2">2</a></p></div><a href="/3">3</a>')
    scope = root.get_element_by_id("s")
    assert [e.text for e in within(find(root).links, scope)] == ["1", "2"]
    assert list(within((scope,), scope)) == []


_fragment = st.sampled_from(
    [
        "<h1>a</h1>", "<h2>b</h2>", '<p class="byline">c</p>', '<div class="author-box">d</div>',
        '<a href="/autor/x">e</a>', '<a href="/tags/y">f</a>', '<a href="/profile/z">g</a>',
        '<time datetime="2020-01-01">h</time>', "<time pubdate>i</time>", "<time>j</time>",
        '<time itemprop="dateModified">o</time>',
        '<meta itemprop="datePublished" content="2020">', '<div class="paywall">k</div>',
        '<p class="post-date">March 3, 2024</p>', '<time class="entry-date">p</time>',
        '<span class="publishDate">q</span>',
        '<a rel="author" href="/m">l</a>', '<span itemprop="author">m</span>', "<a>n</a>",
        "<div>", "</div>", "<section>", "</section>", "<ul><li>", "</li></ul>",
    ]
)  # fmt: skip


@given(st.lists(_fragment, max_size=30).map("".join))
def test_same_as_the_xpaths_on_generated_markup(body: str) -> None:
    _assert_same(_page(body))


@given(strategies.news_pages())
def test_same_as_the_xpaths_on_generated_pages(page: strategies.GeneratedPage) -> None:
    _assert_same(Page.from_html(page.html, page.url).root)


@pytest.mark.parametrize(
    "path", strategies.corpus_paths(40) or [None], ids=lambda p: p.name if p else "no-corpus"
)
def test_same_as_the_xpaths_on_corpus_pages(path: Path | None) -> None:
    if path is None:
        pytest.skip("no corpus: set NEWSPARSE_CORPUS to a directory of real pages")
    _assert_same(Page.from_html(strategies._read_gz(path)).root)
