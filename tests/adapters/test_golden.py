"""Every golden fixture, parsed in strict mode with the registry's own choice of adapter.

Selecting the adapter the normal way (not by the fixture folder) tests the claim too.
"""

from __future__ import annotations

import json

import pytest

from newsparse import parse
from newsparse.serialize import dumps
from tests.adapters.goldens import (
    REGISTRY,
    UPDATE_HINT,
    GoldenCase,
    canonical,
    case_params,
    first_difference,
)


@pytest.mark.parametrize("case", case_params())
def test_golden(case: GoldenCase, update_goldens: bool) -> None:
    article = parse(case.read_html(), case.url, strict=True, registry=REGISTRY)
    # Through JSON text, so tuples become lists exactly as in the stored file.
    actual = json.loads(dumps(article))
    if update_goldens:
        case.write_article(actual)
        return
    expected = case.data.get("article")
    if expected is None:
        pytest.fail(
            f'{case.id}: no "article" yet: run `pytest tests/adapters --update-goldens` '
            "and review what it writes",
            pytrace=False,
        )
    if canonical(expected) != canonical(actual):
        where = first_difference(expected, actual) or "key order or number types"
        pytest.fail(f"{case.id}: the output differs at {where}\n{UPDATE_HINT}", pytrace=False)
