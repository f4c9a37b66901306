"""Syndication lines: "The Associated Press has the story:", "Originally published in X".

A republishing site credits the original publisher in a line of its own; the line is not
body text, and the organization it names is :attr:`newsparse.Article.source`.
"""

from __future__ import annotations

import re
from typing import Final

from newsparse.toolkit.text import normalize_space

_ORG = r"(?P<org>[^\W\d_][\w.&'’\- ]{1,60}?)"
_PATTERNS: Final = tuple(
    re.compile(p, re.IGNORECASE)
    for p in (
        rf"^{_ORG}\s+(?:has|have|had|brings?)\s+(?:the|this|more\s+on\s+the)\s+(?:full\s+)?"
        r"(?:story|report|details)\s*[:.]?$",
        rf"^{_ORG}\s+reports?\s*:$",
        rf"^(?:according\s+to|via|from|source|quelle|fuente|fonte|source\s*:)\s*:?\s*{_ORG}\s*:$",
        rf"^(?:this|the)\s+(?:article|story|post|piece|report)\s+(?:was\s+)?(?:originally|first)\s+"
        rf"(?:appeared|published|ran)\s+(?:in|on|at|by)\s+{_ORG}[.!]?$",
        rf"^(?:originally|first)\s+(?:published|appeared)\s+(?:in|on|at|by)\s+{_ORG}[.!]?$",
        rf"^(?:this|the)\s+(?:article|story)\s+(?:is\s+)?(?:republished|reprinted)\s+from\s+{_ORG}"
        r"(?:\s+under\s+a\s+.*)?[.!]?$",
        rf"^(?:dieser\s+(?:artikel|beitrag|text)\s+erschien\s+(?:zuerst|ursprünglich)\s+(?:in|bei|auf)"
        rf"(?:\s+der|\s+dem|\s+den)?)\s+{_ORG}[.!]?$",
        rf"^(?:cet\s+article\s+a\s+(?:d'abord|initialement)\s+été\s+publié\s+(?:dans|par|sur))\s+"
        rf"{_ORG}[.!]?$",
        rf"^(?:este\s+art[íi]culo\s+(?:fue\s+)?publicado\s+originalmente\s+en)\s+{_ORG}[.!]?$",
    )
)
_NOT_ORGS: Final = frozenset({"he", "she", "it", "they", "we", "i", "you", "this", "that", "who"})
_MAX_LINE = 200


def source_line(text: str) -> str | None:
    """The organization a syndication line names, or None when ``text`` is not one. Never raises."""
    line = normalize_space(text)
    if not line or len(line) > _MAX_LINE:
        return None
    for pattern in _PATTERNS:
        match = pattern.match(line)
        if match is None:
            continue
        org = normalize_space(match.group("org")).strip(" .,:;")
        if org and org.casefold() not in _NOT_ORGS and _is_name(org):
            return org
    return None


_PARTICLES: Final = frozenset({"of", "the", "for", "and", "de", "du", "la", "le", "der", "die"})


def _is_name(org: str) -> bool:
    """ "The Associated Press", "ZEIT ONLINE", "the Guardian" are names; "The company" is not."""
    words = org.split()
    return any(w[:1].isupper() for w in words) and all(
        w[:1].isupper() or not w[:1].isalpha() or w.casefold() in _PARTICLES for w in words
    )
