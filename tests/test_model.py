"""The Article model: validators, converters, invariants, and the derived text."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import attrs
import pytest

from newsparse import (
    Article,
    Block,
    BlockKind,
    Dateline,
    Media,
    MediaKind,
    NavLink,
    NavRole,
    Problem,
)


def test_headline_must_not_be_blank() -> None:
    with pytest.raises(ValueError, match="headline"):
        Article(headline="   ")


def test_values_are_frozen_and_keyword_only() -> None:
    article = Article(headline="H")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        article.headline = "other"  # type: ignore[misc]
    with pytest.raises(TypeError):
        Block("paragraph", "text")  # type: ignore[call-arg]


def test_collections_become_tuples() -> None:
    article = Article(
        headline="H",
        authors=["A", "B"],
        body=[Block(kind="paragraph", text="p")],
        quick_read=["one"],
    )
    assert article.authors == ("A", "B")
    assert article.body == (Block(kind=BlockKind.PARAGRAPH, text="p"),)
    assert article.quick_read == ("one",)


def test_enum_fields_accept_their_string_values() -> None:
    assert Media(kind="video", url="https://x.test/v.mp4").kind is MediaKind.VIDEO
    assert NavLink(role="next", text="t", url="https://x.test/").role is NavRole.NEXT
    with pytest.raises(ValueError, match="sidebar"):
        NavLink(role="sidebar", text="t", url="https://x.test/")


def test_media_position_and_size_are_non_negative() -> None:
    with pytest.raises(ValueError, match="position"):
        Media(url="https://x.test/a.jpg", position=-1)
    with pytest.raises(ValueError, match="width"):
        Media(url="https://x.test/a.jpg", width=-5)


def test_named_zone_becomes_the_fixed_offset_it_had() -> None:
    # An ambiguous wall time (DST fold) in a named zone cannot survive JSON; a fixed offset can.
    value = datetime(2023, 10, 29, 2, 30, fold=1, tzinfo=ZoneInfo("Europe/Berlin"))
    article = Article(headline="H", published=value)
    assert article.published is not None
    assert article.published.utcoffset() == timedelta(hours=1)
    # Same instant (PEP 495 makes == of a fold time across zones always False).
    assert article.published.timestamp() == value.timestamp()
    assert isinstance(article.published.tzinfo, timezone)


def test_naive_datetimes_stay_naive() -> None:
    article = Article(headline="H", published=datetime(2024, 1, 2, 3, 4))
    assert article.published is not None
    assert article.published.tzinfo is None


def test_text_puts_the_dateline_back_in_front() -> None:
    article = Article(
        headline="H",
        dateline=Dateline(text="WASHINGTON (AP) —", location="WASHINGTON", agency="AP"),
        body=[Block(kind="paragraph", text="First."), Block(kind="subheading", text="Second")],
    )
    assert article.text == "WASHINGTON (AP) — First.\n\nSecond"


def test_text_without_body_is_the_dateline_or_empty() -> None:
    assert Article(headline="H").text == ""
    assert Article(headline="H", dateline=Dateline(text="PARIS (AFP) –")).text == "PARIS (AFP) –"


def test_problem_names_a_field_and_a_reason() -> None:
    problem = Problem(field="published", message="unparseable date 'soon'")
    assert problem.field == "published"
    with pytest.raises(ValueError, match="message"):
        Problem(field="x", message="")


def test_text_starts_with_a_shown_standfirst() -> None:
    body = [Block(kind=BlockKind.PARAGRAPH, text="Body.")]
    shown = Article(headline="H", standfirst="Dek.", standfirst_shown=True, body=body)
    hidden = Article(headline="H", standfirst="Dek.", body=body)
    assert shown.text == "Dek.\n\nBody."
    assert hidden.text == "Body."


def test_a_shown_standfirst_needs_a_standfirst() -> None:
    with pytest.raises(ValueError, match="standfirst_shown"):
        Article(headline="H", standfirst_shown=True)
