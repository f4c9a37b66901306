"""Suite-wide pytest options.

``--update-goldens`` rewrites golden files (the ``"article"`` key of each
``tests/fixtures/<adapter>/<slug>.json`` and ``docs/supported-sites.md``) from the
current output instead of comparing against them. Review the diff afterwards.
"""

from __future__ import annotations

import pytest


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
