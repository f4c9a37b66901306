"""Quick read: the key-point list near the top of a story ("Quick Read", "Key Points", "In Kürze").

Found by its heading (a short element whose whole text is a known label, in several
languages) followed by a list, or by a container whose class says so (``key-points``,
``highlights``, ``summary-list``) holding a list. The body walk skips the returned elements.
"""

from __future__ import annotations

import re
from typing import Final

from lxml import etree, html

from newsparse.page import Page
from newsparse.toolkit.text import INVISIBLE_TAGS, normalize_space, text_of

_MAX_LABEL = 60
_LABEL: Final = re.compile(
    r"^(?:quick\s*read|key\s*(?:points|takeaways|facts)|(?:story\s+)?highlights|in\s+brief|"
    r"at\s+a\s+glance|what\s+(?:you\s+need\s+)?to\s+know|the\s+(?:short|big)\s+(?:version|picture)|"
    r"tl;?\s*dr|summary|the\s+essentials|main\s+points|top\s+line|why\s+it\s+matters|"
    r"das\s+wichtigste(?:\s+in\s+k(?:ü|ue)rze)?|auf\s+einen\s+blick|in\s+k(?:ü|ue)rze|kurz\s+gesagt|"
    r"zusammenfassung|kurz\s+und\s+knapp|das\s+wichtigste\s+zusammengefasst|"
    r"en\s+bref|l['’]essentiel|[àa]\s+retenir|ce\s+qu['’]il\s+faut\s+retenir|en\s+r[ée]sum[ée]|"
    r"en\s+resumen|lo\s+m[áa]s\s+importante|claves|las\s+claves|puntos\s+clave|"
    r"in\s+sintesi|in\s+breve|i\s+punti\s+chiave|em\s+resumo|"
    r"in\s+het\s+kort|kort\s+samengevat|kort\s+sagt|i\s+korthet|lyhyesti|w\s+skr[óo]cie|"
    r"najważniejsze|in\s+short|in\s+a\s+nutshell|the\s+gist|need\s+to\s+know|"
    r"what\s+we\s+know(?:\s+so\s+far)?|the\s+bottom\s+line|"
    r"darum\s+geht['’]?s|worum\s+es\s+geht|das\s+(?:musst\s+du|müssen\s+sie)\s+wissen|"
    r"was\s+(?:du|sie)\s+wissen\s+(?:musst|müssen|solltest|sollten)|"
    r"ce\s+qu['’]il\s+faut\s+savoir|lo\s+que\s+(?:hay\s+que|debes)\s+saber|"
    r"cosa\s+sapere)\s*[:.!?]?$",
    re.IGNORECASE,
)
_CLASS: Final = re.compile(
    r"key-?points|keypoints|key_points|highlights|summary-?list|story-?highlights|quick-?read|"
    r"takeaways|tldr|at-a-glance|article-?summary|bullet-?summary|kurz-?gefasst|in-?kuerze|"
    r"das-?wichtigste|synopsis",
    re.IGNORECASE,
)
_NOT_HEADINGS: Final = frozenset({"script", "style", "template", "noscript", "a", "li", "option"})
_SHORT_TEXTS: Final = etree.XPath(
    f"descendant::text()[string-length(.) < {_MAX_LABEL * 2}"
    " and string-length(normalize-space(.)) > 1]"
)
# Fast path: plain strings (no element proxies) to see whether any short text is a label.
_SHORT_STRINGS: Final = etree.XPath(
    f"descendant::text()[string-length(.) < {_MAX_LABEL * 2}"
    " and string-length(normalize-space(.)) > 1]",
    smart_strings=False,
)
_CLASSED_TAGS: Final = ("div", "section", "aside", "ul", "ol")
_MIN_ITEMS, _MAX_ITEMS = 2, 20
_MIN_ITEM_CHARS = 15
# Only the first part of the region counts as "near the top" (in elements or text nodes).
_TOP_ELEMENTS = 400
_TOP_TEXTS = 1500

Result = tuple[tuple[str, ...], frozenset[html.HtmlElement]]
_NOTHING: Final[Result] = ((), frozenset())


def find_quick_read(page: Page, region: html.HtmlElement | None) -> Result:
    """The key-point items in order, and the elements (heading, list) the body must skip."""
    scope = region if region is not None else page.body
    found = _by_heading(scope)
    if found is None:
        found = _by_class(scope)
    return found if found is not None else _NOTHING


def _by_heading(scope: html.HtmlElement) -> Result | None:
    # Walk short text nodes (cheap in libxml2) instead of measuring every element's text;
    # most pages have no label at all, which plain strings show fastest.
    strings = _SHORT_STRINGS(scope)
    if not any(_LABEL.match(normalize_space(t)) for t in strings[: _TOP_TEXTS + 1]):
        return None
    for count, node in enumerate(_SHORT_TEXTS(scope)):
        if count > _TOP_TEXTS:
            return None
        if not isinstance(node, etree._ElementUnicodeResult) or node.is_tail:
            continue
        label = normalize_space(str(node))
        if not label or _LABEL.match(label) is None:
            continue
        heading = node.getparent()
        if not isinstance(heading, html.HtmlElement) or heading.tag in _NOT_HEADINGS:
            continue
        # <h3><strong>Quick Read</strong></h3>: the heading is the outermost wrapper.
        while True:
            parent = heading.getparent()
            if parent is None or parent is scope:
                break
            label_text = text_of(heading)
            if _longer_than(parent, len(label_text)) or text_of(parent) != label_text:
                break
            heading = parent
        listing = _following_list(heading)
        if listing is None:
            continue
        items = _items(listing)
        if items:
            return items, frozenset({heading, listing})
    return None


def _following_list(heading: html.HtmlElement) -> html.HtmlElement | None:
    """The list right after the heading: a following sibling, or the next one up a level."""
    node: html.HtmlElement | None = heading
    for _ in range(3):  # the heading may be wrapped: <div><h3>Quick Read</h3></div><ul>
        if node is None:
            return None
        sibling = node.getnext()
        while sibling is not None and not isinstance(sibling.tag, str):
            sibling = sibling.getnext()
        if sibling is not None:
            if sibling.tag in ("ul", "ol"):
                return sibling
            first = _first_list(sibling)
            if isinstance(first, html.HtmlElement) and _lead_text_small(sibling, first):
                return first
            return None
        node = node.getparent()
    return None


def _first_list(element: html.HtmlElement) -> html.HtmlElement | None:
    """The first ``ul``/``ol`` inside ``element`` (lazily: stops there)."""
    found = next(element.iterdescendants("ul", "ol"), None)
    return found if isinstance(found, html.HtmlElement) else None


def _lead_text_small(container: html.HtmlElement, listing: html.HtmlElement) -> bool:
    """The list is the container's main content (not a list buried in a long section)."""
    return not _longer_than(container, len(text_of(listing)) / 0.7)


_COUNT_NODES = 5000


def _longer_than(element: html.HtmlElement, limit: float) -> bool:
    """Whether ``element``'s visible text is longer than ``limit`` characters.

    Stops counting as soon as it is (or after ``_COUNT_NODES`` nodes): measuring the
    whole text of every candidate container made the search quadratic on long pages.
    """
    total = 0
    stack: list[etree._Element] = [element]
    for _ in range(_COUNT_NODES):
        if not stack:
            return False
        node = stack.pop()
        if node is not element and node.tail:
            total += len(normalize_space(node.tail))
        if isinstance(node.tag, str) and node.tag not in INVISIBLE_TAGS:
            if node.text:
                total += len(normalize_space(node.text))
            stack.extend(node)
        if total > limit:
            return True
    return bool(stack)


def _by_class(scope: html.HtmlElement) -> Result | None:
    # Lazy iteration, not an XPath: libxml2 sorts a large node set in document order
    # with comparisons that walk sibling chains, quadratic on long flat pages.
    classed = (e for e in scope.iterdescendants(*_CLASSED_TAGS) if e.get("class") is not None)
    for count, element in enumerate(classed):
        if count > _TOP_ELEMENTS or not isinstance(element, html.HtmlElement):
            return None
        if not _CLASS.search(element.get("class") or ""):
            continue
        listing = element if element.tag in ("ul", "ol") else None
        if listing is None:
            first = _first_list(element)
            if not isinstance(first, html.HtmlElement) or not _lead_text_small(element, first):
                continue
            listing = first
        items = _items(listing)
        if items:
            return items, frozenset({element, listing})
    return None


def _items(listing: html.HtmlElement) -> tuple[str, ...]:
    """The list's item texts, or () when it does not look like key points (links, one-liners)."""
    items: list[str] = []
    link_chars = 0
    for li in listing.iterchildren("li"):
        text = text_of(li)
        if text:
            items.append(text)
            link_chars += sum(len(text_of(a)) for a in li.iter("a"))
    if not _MIN_ITEMS <= len(items) <= _MAX_ITEMS:
        return ()
    total = sum(len(t) for t in items)
    # Teaser lists ("Highlights" of other stories) are mostly links; key points are sentences.
    if link_chars > 0.6 * total or total / len(items) < _MIN_ITEM_CHARS:
        return ()
    return tuple(normalize_space(t) for t in items)
