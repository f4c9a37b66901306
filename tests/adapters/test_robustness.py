"""Damaged copies of every fixture page: adapters fail cleanly, never with an internal error.

``newsparse.parse`` turns any unexpected exception into a bare :class:`NewsparseError`
("internal error: ..."), so "only NewsparseError escapes" holds by construction; what an
adapter must guarantee is that a cut-off or mangled page of its site never reaches that
path (a ``detect()`` or ``headline()`` that indexes a list that is not there).
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsparse import parse
from newsparse.errors import NewsparseError
from tests.adapters.goldens import REGISTRY, GoldenCase, case_params

_PAGES: dict[str, bytes] = {}


def _html(case: GoldenCase) -> bytes:
    if case.id not in _PAGES:
        _PAGES[case.id] = case.read_html()  # skips when the corpus page is absent
    return _PAGES[case.id]


@pytest.mark.parametrize("case", case_params())
@settings(
    max_examples=5,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(cut=st.floats(min_value=0.0, max_value=1.0), width=st.integers(min_value=1, max_value=5000))
def test_damaged_page_fails_cleanly(case: GoldenCase, cut: float, width: int) -> None:
    page = _html(case)
    start = int(len(page) * cut)
    damaged = page[:start] + page[start + width :]
    try:
        parse(damaged, case.url, registry=REGISTRY)
    except NewsparseError as exc:
        if type(exc) is NewsparseError:  # the "internal error" wrapper: a bug, not a verdict
            pytest.fail(f"{case.folder}: {exc}")
