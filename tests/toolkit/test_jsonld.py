"""Properties of ``newsparse.toolkit.jsonld``: parsing untrusted scripts never raises."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from newsparse.toolkit.jsonld import (
    as_list,
    find_article,
    get_path,
    loads,
    nodes,
    text_value,
    types_of,
)

JSON: st.SearchStrategy[Any] = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False)
    | st.text(st.characters(exclude_categories=["Cc", "Cs"]), max_size=10),
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(
            st.sampled_from(["@type", "@graph", "headline", "author", "name", "x"]),
            inner,
            max_size=4,
        )
    ),
    max_leaves=30,
)
PATHS = st.lists(
    st.one_of(
        st.sampled_from(["@type", "@graph", "headline", "author", "name"]), st.integers(-3, 3)
    ),
    max_size=4,
)


@given(st.text(max_size=300))
def test_loads_never_raises_on_any_text(text: str) -> None:
    values = loads(text, max_chars=10_000)
    assert isinstance(values, list)


@given(JSON)
def test_loads_reads_what_json_wrote(value: Any) -> None:
    text = json.dumps(value)
    assert loads(text, max_chars=len(text)) == (value if isinstance(value, list) else [value])
    assert loads(text, max_chars=len(text) - 1) == [] if len(text) > 1 else True


@given(st.text(max_size=30))
def test_loads_output_encodes_as_utf8(text: str) -> None:
    script = json.dumps({"headline": text})  # \\u escapes, lone surrogates included
    for value in loads(script, max_chars=1000):
        json.dumps(value, ensure_ascii=False).encode("utf-8")


@given(st.lists(JSON, max_size=5), PATHS)
def test_helpers_never_raise_on_any_json(values: list[Any], path: list[str | int]) -> None:
    found = list(nodes(values))
    assert all(isinstance(node, dict) for node in found)
    for node in found:
        assert all(isinstance(t, str) for t in types_of(node))
    article = find_article(found)
    assert article is None or isinstance(article, dict)
    for value in values:
        get_path(value, *path)
        assert isinstance(as_list(value), list)
        text = text_value(value)
        assert text is None or (isinstance(text, str) and text.strip())


def test_nodes_is_bounded() -> None:
    huge = [{"@type": "Thing"}] * 200_000
    assert len(list(nodes(huge))) <= 10_000


def test_deep_json_is_rejected_not_a_recursion_error() -> None:
    assert loads("[" * 100_000 + "]" * 100_000, max_chars=10**6) == []
