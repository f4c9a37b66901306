"""Examples of :func:`newsparse.extract.quick_read.find_quick_read`."""

from __future__ import annotations

import pytest

from newsparse.extract.quick_read import find_quick_read
from newsparse.page import Page

POINTS = [
    "Shift in focus: the minister turns to Ukraine after weeks on Gaza.",
    "Agenda: the meeting will focus on support for Ukraine and the Balkans.",
    "Anniversary: plans for the 75th anniversary summit are on the table.",
]


def _page(body: str) -> Page:
    return Page.from_html(f"<html><body>{body}</body></html>", "https://news.example/a")


def _ul(items: list[str]) -> str:
    return "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"


@pytest.mark.parametrize(
    "label",
    ["Quick Read", "Key Points", "Story highlights", "At a glance", "What to know", "TL;DR",
     "Das Wichtigste in Kürze", "Auf einen Blick", "En bref", "L'essentiel", "En resumen",
     "In sintesi", "In Kürze:", "Darum gehts", "What we know so far", "In a nutshell"],
)  # fmt: skip
def test_found_by_heading(label: str) -> None:
    page = _page(f"<article><h1>Title</h1><h3>{label}</h3>{_ul(POINTS)}<p>Body text.</p></article>")
    items, skip = find_quick_read(page, page.body.find(".//article"))
    assert items == tuple(POINTS)
    assert {e.tag for e in skip} == {"h3", "ul"}


def test_heading_wrapped_in_a_container() -> None:
    page = _page(f'<div class="box"><div><strong>Quick Read</strong></div>{_ul(POINTS)}</div>')
    items, _ = find_quick_read(page, None)
    assert items == tuple(POINTS)


def test_found_by_container_class() -> None:
    page = _page(f'<p>Intro.</p><div class="article-key-points">{_ul(POINTS)}</div><p>Body.</p>')
    items, skip = find_quick_read(page, None)
    assert items == tuple(POINTS)
    assert any(e.tag == "div" for e in skip)


def test_link_lists_are_not_key_points() -> None:
    links = "".join(f'<li><a href="/s{i}">Another story number {i} here</a></li>' for i in range(5))
    page = _page(f"<h3>Highlights</h3><ul>{links}</ul>")
    assert find_quick_read(page, None) == ((), frozenset())


def test_no_label_no_quick_read() -> None:
    page = _page(f"<h3>Ingredients</h3>{_ul(POINTS)}")
    assert find_quick_read(page, None) == ((), frozenset())
    page = _page("<h3>Quick Read</h3><p>No list here at all.</p>")
    assert find_quick_read(page, None) == ((), frozenset())
