"""JSON-LD helpers: parse scripts safely, flatten graphs, find the article node."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

#: schema.org types that describe an article page's main entity.
ARTICLE_TYPES = frozenset(
    {
        "Article",
        "NewsArticle",
        "ReportageNewsArticle",
        "AnalysisNewsArticle",
        "OpinionNewsArticle",
        "BackgroundNewsArticle",
        "ReviewNewsArticle",
        "AskPublicNewsArticle",
        "LiveBlogPosting",
        "BlogPosting",
        "SocialMediaPosting",
        "Report",
        "ScholarlyArticle",
        "TechArticle",
        "SatiricalArticle",
        "AdvertiserContentArticle",
        "MedicalScholarlyArticle",
    }
)
_MAX_NODES = 10_000


def loads(text: str, *, max_chars: int) -> list[Any]:
    """The JSON values in one ld+json script; [] when it is too big or not JSON."""
    if len(text) > max_chars:
        return []
    text = text.strip()
    # CDATA wrappers and HTML comments around the JSON are common.
    for prefix, suffix in (("<![CDATA[", "]]>"), ("<!--", "-->"), ("//<![CDATA[", "//]]>")):
        if text.startswith(prefix) and text.endswith(suffix):
            text = text[len(prefix) : -len(suffix)].strip()
    if "\\u" in text:
        text = _BAD_ESCAPE.sub(_fix_escape, text)
    try:
        value = json.loads(text, strict=False)
    except (ValueError, RecursionError):
        # Some pages concatenate objects or leave trailing junk: take the first value.
        try:
            value, _ = json.JSONDecoder(strict=False).raw_decode(text)
        except (ValueError, RecursionError):
            return []
    return value if isinstance(value, list) else [value]


# \u escapes that decode to text no page shows and no UTF-8 encoder accepts: control
# characters and lone surrogates (a valid surrogate pair is matched first and kept).
_BAD_ESCAPE = re.compile(
    r"\\u(?:[dD][89abAB][0-9a-fA-F]{2}\\u[dD][c-fC-F][0-9a-fA-F]{2}"
    r"|[dD][89a-fA-F][0-9a-fA-F]{2}|00[01][0-9a-fA-F]|007[fF])"
)


def _fix_escape(match: re.Match[str]) -> str:
    escape = match.group(0)
    if len(escape) == 12:  # a surrogate pair: a real character
        return escape
    return "\\ufffd" if escape[2] in "dD" else " "


def nodes(values: Iterable[Any]) -> Iterator[dict[str, Any]]:
    """Every JSON object reachable through lists and ``@graph`` (not nested properties)."""
    stack = list(values)[::-1]
    seen = 0
    while stack and seen < _MAX_NODES:
        value = stack.pop()
        seen += 1
        if isinstance(value, list):
            stack.extend(reversed(value))
        elif isinstance(value, dict):
            yield value
            graph = value.get("@graph")
            if isinstance(graph, list | dict):
                stack.append(graph)


def types_of(node: Mapping[str, Any]) -> frozenset[str]:
    """The node's ``@type`` names without any schema.org prefix."""
    value = node.get("@type")
    names = value if isinstance(value, list) else [value]
    return frozenset(
        n.rsplit("/", 1)[-1].rsplit(":", 1)[-1] for n in names if isinstance(n, str) and n
    )


def find_article(values: Iterable[Mapping[str, Any]]) -> Mapping[str, Any] | None:
    """The main article node: the first of an article type, preferring one with content."""
    candidates = [n for n in values if types_of(n) & ARTICLE_TYPES]
    if not candidates:
        return None
    for node in candidates:
        if node.get("headline") or node.get("articleBody"):
            return node
    return candidates[0]


def get_path(node: Any, *path: str | int) -> Any:
    """``node[p0][p1]...`` or None; never raises. A list step on a dict takes the first item."""
    current = node
    for step in path:
        if isinstance(step, str) and isinstance(current, list):
            current = current[0] if current else None
        if isinstance(step, int):
            if not isinstance(current, list) or not -len(current) <= step < len(current):
                return None
            current = current[step]
        elif isinstance(current, Mapping):
            current = current.get(step)
        else:
            return None
    return current


def as_list(value: Any) -> list[Any]:
    """A JSON-LD value as a list (single values and None included)."""
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def text_value(value: Any) -> str | None:
    """A string from a JSON-LD value that may be a string, a list, or an object with a name."""
    for item in as_list(value):
        if isinstance(item, str) and item.strip():
            return item
        if isinstance(item, Mapping):
            for key in ("name", "@value", "text"):
                inner = item.get(key)
                if isinstance(inner, str) and inner.strip():
                    return inner
    return None
