"""Examples of :func:`newsparse.extract.source.source_line`."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse.extract.source import source_line


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("The Associated Press has the story:", "The Associated Press"),
        ("Reuters reports:", "Reuters"),
        ("This article originally appeared in The Conversation.", "The Conversation"),
        ("Originally published on Vox.", "Vox"),
        ("Dieser Artikel erschien zuerst bei ZEIT ONLINE.", "ZEIT ONLINE"),
    ],
)
def test_source_lines(text: str, org: str) -> None:
    assert source_line(text) == org


@pytest.mark.parametrize(
    "text",
    [
        "He has the story.",
        "The company reports:",
        "The Associated Press reported on Monday that the talks failed.",
        "Secretary of State Antony Blinken is turning his attention to Ukraine.",
        "",
    ],
)
def test_not_source_lines(text: str) -> None:
    assert source_line(text) is None


@given(st.text(max_size=300))
def test_never_raises_and_org_is_in_the_text(text: str) -> None:
    org = source_line(text)
    assert org is None or org in " ".join(text.split())
