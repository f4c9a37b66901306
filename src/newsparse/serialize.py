"""Article <-> JSON-ready dict <-> canonical JSON text.

The dict shape is the tool-facing contract described by ``docs/article.schema.json``:
plain JSON types only, datetimes as ISO 8601 strings with their offset, enums as
their string values, and ``text`` (derived, ignored on the way back) for convenience.
``from_dict(to_dict(a)) == a`` for every Article.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from newsparse.model import Article, Block, Dateline, Media, NavLink, Problem

_DERIVED = frozenset({"text"})


def _dt(value: datetime | None) -> str | None:
    return None if value is None else value.isoformat()


def to_dict(article: Article) -> dict[str, Any]:
    """The Article as a dict of JSON types, keys in field order."""
    dateline = article.dateline
    return {
        "url": article.url,
        "canonical_url": article.canonical_url,
        "site_name": article.site_name,
        "language": article.language,
        "adapter": article.adapter,
        "headline": article.headline,
        "standfirst": article.standfirst,
        "standfirst_shown": article.standfirst_shown,
        "authors": list(article.authors),
        "published": _dt(article.published),
        "modified": _dt(article.modified),
        "dateline": None
        if dateline is None
        else {
            "text": dateline.text,
            "location": dateline.location,
            "agency": dateline.agency,
            "date_text": dateline.date_text,
        },
        "source": article.source,
        "quick_read": list(article.quick_read),
        "body": [{"kind": b.kind.value, "text": b.text} for b in article.body],
        "media": [
            {
                "kind": m.kind.value,
                "url": m.url,
                "caption": m.caption,
                "credit": m.credit,
                "alt": m.alt,
                "width": m.width,
                "height": m.height,
                "position": m.position,
            }
            for m in article.media
        ],
        "navigation": [
            {"role": n.role.value, "text": n.text, "url": n.url} for n in article.navigation
        ],
        "free_access": article.free_access,
        "problems": [{"field": p.field, "message": p.message} for p in article.problems],
        "text": article.text,
    }


def _parse_dt(value: Any) -> datetime | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise TypeError(f"expected an ISO 8601 string, got {type(value).__name__}")
    return datetime.fromisoformat(value)


def from_dict(data: dict[str, Any]) -> Article:
    """Rebuild an Article from :func:`to_dict` output. Unknown keys are an error."""
    unknown = set(data) - set(_FIELDS) - _DERIVED
    if unknown:
        raise ValueError(f"unknown Article keys: {sorted(unknown)}")
    dateline = data.get("dateline")
    return Article(
        url=data.get("url"),
        canonical_url=data.get("canonical_url"),
        site_name=data.get("site_name"),
        language=data.get("language"),
        adapter=data.get("adapter", "generic"),
        headline=data["headline"],
        standfirst=data.get("standfirst"),
        standfirst_shown=data.get("standfirst_shown", False),
        authors=data.get("authors", ()),
        published=_parse_dt(data.get("published")),
        modified=_parse_dt(data.get("modified")),
        dateline=None if dateline is None else Dateline(**dateline),
        source=data.get("source"),
        quick_read=data.get("quick_read", ()),
        body=[Block(**b) for b in data.get("body", ())],
        media=[Media(**m) for m in data.get("media", ())],
        navigation=[NavLink(**n) for n in data.get("navigation", ())],
        free_access=data.get("free_access"),
        problems=[Problem(**p) for p in data.get("problems", ())],
    )


_FIELDS = tuple(a.name for a in Article.__attrs_attrs__)


def dumps(article: Article, *, indent: int | None = 2) -> str:
    """Canonical JSON: field order kept, UTF-8 text (no ``\\u`` escapes)."""
    return json.dumps(to_dict(article), ensure_ascii=False, indent=indent)


def loads(text: str | bytes) -> Article:
    data = json.loads(text)
    if not isinstance(data, dict):
        raise TypeError("an Article is a JSON object")
    return from_dict(data)
