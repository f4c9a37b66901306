"""Properties of ``newsparse.toolkit.text``: normalize_space and text_of."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st
from lxml import etree, html

from newsparse.toolkit.text import INVISIBLE_TAGS, normalize_space, text_of

_TAGS = ("p", "div", "span", "b", "li", "ul", "script", "style", "br", "h2", "a", "noscript")


@given(st.text())
def test_normalize_space_is_idempotent_and_trimmed(text: str) -> None:
    once = normalize_space(text)
    assert normalize_space(once) == once
    assert once == once.strip()
    assert "  " not in once
    assert not any(c.isspace() and c != " " for c in once)


@given(st.lists(st.text(alphabet=st.characters(categories=["L", "N"]), min_size=1), min_size=1))
def test_normalize_space_keeps_words(words: list[str]) -> None:
    spaced = "\u00a0 \t\n".join(words)
    assert normalize_space(spaced) == " ".join(words)


@given(st.text())
def test_normalize_space_equals_the_regex_definition(text: str) -> None:
    # The fast path (str.split) must collapse exactly what r"\s+" collapses.
    expected = re.sub(r"\s+", " ", re.sub("[\u00ad\u200b\u200c\u200d\u2060\ufeff]", "", text))
    assert normalize_space(text) == expected.strip()


def test_normalize_space_of_nothing() -> None:
    assert normalize_space(None) == ""
    assert normalize_space("") == ""
    assert normalize_space("\u200b\u00ad \n") == ""


@st.composite
def trees(draw: st.DrawFn) -> html.HtmlElement:
    """A random element tree (built with lxml, not parsed, so any shape is possible)."""
    root = html.Element("div")
    nodes = [root]
    for _ in range(draw(st.integers(min_value=0, max_value=30))):
        parent = draw(st.sampled_from(nodes))
        child = etree.SubElement(parent, draw(st.sampled_from(_TAGS)))
        child.text = draw(st.none() | st.text(alphabet="ab \n\t\u00a0.", max_size=6))
        child.tail = draw(st.none() | st.text(alphabet="cd \n", max_size=4))
        nodes.append(child)
    return root


@given(trees())
def test_text_of_is_normalized_and_skips_invisible_text(root: html.HtmlElement) -> None:
    text = text_of(root)
    assert normalize_space(text) == text
    hidden = [e for e in root.iter() if e.tag in INVISIBLE_TAGS]
    visible_chars = "".join(
        (e.text or "") for e in root.iter() if not any(a in hidden for a in [e, *e.iterancestors()])
    )
    for char in "ab.":
        # a character the visible text has is in text_of; one only hidden text has is not
        if char not in visible_chars and all(char not in (e.tail or "") for e in root.iter()):
            assert char not in text


def test_text_of_survives_any_depth() -> None:
    root = html.Element("div")
    node = root
    for _ in range(5_000):  # far past Python's recursion limit (building is quadratic)
        node = etree.SubElement(node, "span")
    node.text = "deep"
    assert text_of(root) == "deep"
