"""Article <-> dict <-> JSON round-trips exactly."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

import pytest
from hypothesis import given

from newsparse import Article, Block, Dateline, Media, NavLink, Problem
from newsparse.serialize import dumps, from_dict, loads, to_dict
from tests.strategies import articles


@given(articles())
def test_dict_round_trip(article: Article) -> None:
    assert from_dict(to_dict(article)) == article


@given(articles())
def test_json_round_trip(article: Article) -> None:
    text = dumps(article)
    assert loads(text) == article
    assert Article.from_json(article.to_json(indent=None)) == article
    # Canonical: serializing the rebuilt article gives the same text.
    assert dumps(loads(text)) == text


@given(articles())
def test_to_dict_is_plain_json(article: Article) -> None:
    data = to_dict(article)
    assert json.loads(json.dumps(data)) == data
    assert data["text"] == article.text


def test_a_full_article_by_hand() -> None:
    article = Article(
        headline="Ukraine tops the agenda",
        adapter="newslooks",
        url="https://news.test/a",
        language="en-US",
        authors=["Matthew Lee"],
        published=datetime(2023, 11, 27, 9, 30, tzinfo=timezone(timedelta(hours=-5))),
        dateline=Dateline(text="WASHINGTON (AP) —", location="WASHINGTON", agency="AP"),
        source="The Associated Press",
        quick_read=["Shift in focus: Ukraine."],
        body=[Block(kind="paragraph", text="Blinken is turning his attention.")],
        media=[
            Media(
                url="https://news.test/p.jpg",
                caption="Blinken boards.",
                credit="AP Photo",
                position=1,
            )
        ],
        navigation=[NavLink(role="previous", text="Earlier story", url="https://news.test/b")],
        free_access=True,
        problems=[Problem(field="modified", message="no date")],
    )
    data = to_dict(article)
    assert data["published"] == "2023-11-27T09:30:00-05:00"
    assert data["dateline"] == {
        "text": "WASHINGTON (AP) —",
        "location": "WASHINGTON",
        "agency": "AP",
        "date_text": None,
    }
    assert data["media"][0]["kind"] == "image"
    assert data["text"] == "WASHINGTON (AP) — Blinken is turning his attention."
    assert "—" in dumps(article)  # UTF-8 text, not \\u escapes
    assert "\\u2014" not in dumps(article)
    assert from_dict(data) == article


def test_unknown_keys_and_non_objects_are_rejected() -> None:
    with pytest.raises(ValueError, match="unknown Article keys"):
        from_dict({"headline": "H", "summary": "x"})
    with pytest.raises(TypeError, match="JSON object"):
        loads("[1, 2]")
