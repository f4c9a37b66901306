"""Properties of ``newsparse.toolkit.dates.parse_datetime``: never raises, keeps offsets."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse.toolkit.dates import parse_datetime, parse_shown_date

NOW = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)
OFFSETS = st.integers(min_value=-(23 * 60 + 59), max_value=23 * 60 + 59).map(
    lambda m: timezone(timedelta(minutes=m))
)
MOMENTS = st.datetimes(min_value=datetime(1950, 1, 1), max_value=datetime(2026, 11, 1))


@given(st.text(max_size=120))
def test_never_raises_and_stays_plausible(text: str) -> None:
    value = parse_datetime(text, now=NOW)
    if value is not None:
        assert value.year >= 1900
        aware = value if value.tzinfo else value.replace(tzinfo=UTC)
        assert aware <= NOW + timedelta(days=367)
        offset = value.utcoffset()
        assert offset is None or abs(offset) < timedelta(hours=24)


@given(MOMENTS, OFFSETS)
def test_iso_8601_keeps_the_instant_and_the_offset(moment: datetime, offset: timezone) -> None:
    stamp = moment.replace(microsecond=0, tzinfo=offset)
    value = parse_datetime(stamp.isoformat(), now=NOW)
    assert value == stamp
    assert value is not None
    assert value.utcoffset() == stamp.utcoffset()


@given(MOMENTS)
def test_naive_text_stays_naive(moment: datetime) -> None:
    stamp = moment.replace(microsecond=0)
    value = parse_datetime(stamp.isoformat(), now=NOW)
    assert value == stamp
    assert value is not None
    assert value.tzinfo is None


@given(
    st.sampled_from(
        [
            "0000-00-00",
            "9999-12-31",
            "1899-12-31",
            "3000-01-01T00:00:00Z",
            "2026-02-30",
            "yesterday",
            "",
            "   ",
            "1" * 200,
        ]
    )
)
def test_impossible_and_absurd_dates_are_none(text: str) -> None:
    assert parse_datetime(text, now=NOW) is None


@given(st.text(max_size=120))
def test_shown_dates_never_raise_and_need_a_year(text: str) -> None:
    value = parse_shown_date(text)
    assert value is None or str(value.year) in text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Published on July 9, 2025", datetime(2025, 7, 9)),
        ("Posted: 2024-01-02", datetime(2024, 1, 2)),
        ("09.07.2025", datetime(2025, 7, 9)),
        ("Veröffentlicht am 12.03.2024, 10:15 Uhr", datetime(2024, 3, 12, 10, 15)),
        ("Nov 21, 2018", datetime(2018, 11, 21)),
    ],
)
def test_shown_dates(text: str, expected: datetime) -> None:
    assert parse_shown_date(text) == expected


@pytest.mark.parametrize(
    "text", ["Updated on July 9, 2025", "Last updated: Dec 12, 2025", "July 2025", "2025", "5 min"]
)
def test_no_shown_publication_date(text: str) -> None:
    # An update is no publication; a month or a year alone is no day.
    assert parse_shown_date(text) is None
