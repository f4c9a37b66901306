"""Dates: python-dateutil behind a function that never raises and keeps offsets."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone

from dateutil import parser as dateutil_parser
from dateutil import tz

# Years outside this range are no date: typos, placeholders (0000, 9999) or attacks.
_MIN_YEAR = 1900
_FUTURE_SLACK = timedelta(days=366)
_TZINFOS = {
    "UTC": tz.UTC,
    "GMT": tz.UTC,
    "Z": tz.UTC,
    "EST": tz.tzoffset("EST", -5 * 3600),
    "EDT": tz.tzoffset("EDT", -4 * 3600),
    "CST": tz.tzoffset("CST", -6 * 3600),
    "CDT": tz.tzoffset("CDT", -5 * 3600),
    "MST": tz.tzoffset("MST", -7 * 3600),
    "MDT": tz.tzoffset("MDT", -6 * 3600),
    "PST": tz.tzoffset("PST", -8 * 3600),
    "PDT": tz.tzoffset("PDT", -7 * 3600),
    "BST": tz.tzoffset("BST", 3600),
    "CET": tz.tzoffset("CET", 3600),
    "CEST": tz.tzoffset("CEST", 2 * 3600),
    "IST": tz.tzoffset("IST", 19800),
    "JST": tz.tzoffset("JST", 9 * 3600),
    "KST": tz.tzoffset("KST", 9 * 3600),
    "AEST": tz.tzoffset("AEST", 10 * 3600),
    "AEDT": tz.tzoffset("AEDT", 11 * 3600),
}
_EPOCH = re.compile(r"^\d{10}(\d{3})?$")
_MAX_LEN = 100


def parse_datetime(value: str | None, *, now: datetime | None = None) -> datetime | None:
    """A datetime from page text or metadata, or None.

    * Aware (fixed UTC offset) whenever the text states an offset or a known zone.
    * None for text that is not a date, an impossible date, a year before 1900,
      or a date more than a year in the future.
    * Never raises.
    """
    if not value:
        return None
    text = value.strip()
    if not text or len(text) > _MAX_LEN:
        return None
    try:
        if _EPOCH.match(text):
            seconds = int(text[:10])
            parsed = datetime.fromtimestamp(seconds, tz=UTC)
        else:
            parsed = dateutil_parser.parse(text, tzinfos=_TZINFOS)
    except (ValueError, OverflowError, TypeError, ArithmeticError, dateutil_parser.ParserError):
        return None
    return _plausible(_fixed(parsed), now=now)


def _fixed(value: datetime) -> datetime:
    if value.tzinfo is None:
        return value
    try:
        offset = value.utcoffset()
    except (ValueError, OverflowError):  # pragma: no cover - defensive
        return value.replace(tzinfo=None)
    if offset is None or abs(offset) >= timedelta(hours=24):
        return value.replace(tzinfo=None)
    return value.replace(tzinfo=timezone(offset))


def _plausible(value: datetime, *, now: datetime | None) -> datetime | None:
    if value.year < _MIN_YEAR:
        return None
    reference = now or datetime.now(UTC)
    try:
        aware = value if value.tzinfo else value.replace(tzinfo=UTC)
        if aware - reference.astimezone(UTC) > _FUTURE_SLACK:
            return None
    except OverflowError:
        return None
    return value


# A label in front of a date a page prints ("Published on", "Posted:", "Veröffentlicht am").
_PUBLISHED_LABEL = re.compile(
    r"^(?:published|posted|created|veröffentlicht|erschienen|publié|publicado|pubblicato|"
    r"gepubliceerd|opublikowano|date|datum|fecha|data)\b\.?\s*(?:on|am|le|el|il|op|at)?\s*:?\s*",
    re.IGNORECASE,
)
# A date that says when the page changed, not when it appeared.
_UPDATED_LABEL = re.compile(
    r"^(?:(?:last\s+)?updated|modified|edited|aktualisiert|geändert|mis à jour|modifié|"
    r"actualizado|aggiornato|bijgewerkt|zaktualizowano)\b",
    re.IGNORECASE,
)
_YEAR = re.compile(r"\b(?:1[89]|2\d)\d\d\b")
_DOTTED = re.compile(r"\b\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}\b")
# "10:15 Uhr", "10h15": the clock word dateutil does not know.
_CLOCK_WORD = re.compile(r"\s*\bUhr\b", re.IGNORECASE)
# Two defaults that differ in every component: a component the text leaves out shows.
_DEFAULTS = (datetime(2000, 1, 1), datetime(2001, 2, 2))


def parse_shown_date(text: str | None, *, now: datetime | None = None) -> datetime | None:
    """The publication date a page prints ("Published on July 9, 2025", "09.07.2025"), or
    None: a label in front is skipped, an "Updated ..." date is no publication date, and
    the text must give the year, the month and the day (dateutil would fill a missing one
    from today). Never raises."""
    if not text or len(text) > _MAX_LEN or _UPDATED_LABEL.match(text):
        return None
    rest = _CLOCK_WORD.sub("", _PUBLISHED_LABEL.sub("", text.strip(), count=1))
    if not _YEAR.search(rest):
        return None
    # 09.07.2025 is the 9th of July wherever dots separate a date.
    dayfirst = _DOTTED.search(rest) is not None
    try:
        first, second = (
            dateutil_parser.parse(rest, default=d, dayfirst=dayfirst, tzinfos=_TZINFOS)
            for d in _DEFAULTS
        )
    except (ValueError, OverflowError, TypeError, ArithmeticError, dateutil_parser.ParserError):
        return None
    if first.date() != second.date():
        return None
    return _plausible(_fixed(first), now=now)
