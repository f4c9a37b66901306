"""Text helpers: whitespace normalization and visible text of an element."""

from __future__ import annotations

import re
from collections.abc import Iterable

from lxml import etree, html

# Zero-width and soft-hyphen characters that pages sprinkle into words.
_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")

#: Elements whose text is never visible: the HTML parser keeps their content as text.
INVISIBLE_TAGS = frozenset(
    {"script", "style", "template", "noscript", "head", "title", "svg", "math"}
)


def normalize_space(text: str | None) -> str:
    """Collapse runs of whitespace (including NBSP) into one space and trim the ends.

    Idempotent; never raises.
    """
    if not text:
        return ""
    # The hot path of every extractor: str methods instead of two regex passes. isascii()
    # is a flag check, and str.split() splits on exactly the whitespace that r"\s" matches.
    if not text.isascii():
        text = _INVISIBLE.sub("", text)
    return " ".join(text.split())


_BLOCK_TAGS = frozenset(
    "p div li ul ol h1 h2 h3 h4 h5 h6 td th tr table section article figure figcaption"
    " blockquote header footer nav aside dd dt dl pre br hr".split()
)


def text_of(element: html.HtmlElement, *, skip: Iterable[str] = INVISIBLE_TAGS) -> str:
    """The visible text of ``element``, whitespace-normalized.

    Skips script/style/template/noscript content, which ``text_content()`` would include;
    block children are separated by a space (``<li>a</li><li>b</li>`` reads "a b") while
    inline markup is not (``wo<b>rd</b>`` reads "word"). Iterative: any depth is safe.
    """
    skipped = skip if isinstance(skip, frozenset) else frozenset(skip)
    if not isinstance(element.tag, str) or element.tag in skipped:
        return ""
    parts: list[str] = []
    stack: list[tuple[etree._Element, bool]] = [(element, False)]
    while stack:
        node, closing = stack.pop()
        tag = node.tag
        block = isinstance(tag, str) and tag in _BLOCK_TAGS
        if closing:
            if block:
                parts.append(" ")
            if node is not element and node.tail:
                parts.append(node.tail)
            continue
        stack.append((node, True))
        if not isinstance(tag, str) or tag in skipped:
            continue
        if block:
            parts.append(" ")
        if node.text:
            parts.append(node.text)
        stack.extend((child, False) for child in reversed(node))
    return normalize_space("".join(parts))
