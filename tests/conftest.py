"""Suite-wide pytest options.

``--update-goldens`` rewrites golden files (the ``"article"`` key of each
``tests/fixtures/<adapter>/<slug>.json`` and ``docs/supported-sites.md``) from the
current output instead of comparing against them. Review the diff afterwards.
"""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, settings

# Hypothesis profiles: "ci" (the default) keeps the property suite to a minute or two;
# HYPOTHESIS_PROFILE=thorough runs many more examples locally.
settings.register_profile(
    "ci",
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    print_blob=True,
)
settings.register_profile(
    "thorough",
    max_examples=1000,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    print_blob=True,
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-goldens",
        action="store_true",
        default=False,
        help="rewrite golden files from the current output instead of comparing",
    )


@pytest.fixture
def update_goldens(request: pytest.FixtureRequest) -> bool:
    """Whether this run rewrites golden files (``--update-goldens``)."""
    return bool(request.config.getoption("--update-goldens"))
