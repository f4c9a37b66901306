"""Every fixture URL is claimed by its own adapter, and by no unrelated adapter."""

from __future__ import annotations

import pytest

from newsparse.adapter import Adapter
from newsparse.page import Page
from tests.adapters.goldens import REGISTRY, GoldenCase, case_params

# A page with nothing site-specific in it: matches() must decide from the URL alone.
_BLANK = b"<!doctype html><html><head><title>t</title></head><body><p>text</p></body></html>"


def _claimants(page: Page) -> list[type[Adapter]]:
    return [a for a in REGISTRY.adapters if a.matches(page) and a.detect(page)]


@pytest.mark.parametrize("case", case_params())
def test_url_matches_its_adapter(case: GoldenCase) -> None:
    if case.folder == getattr(REGISTRY.fallback, "name", None):
        pytest.skip("fixtures of the fallback adapter are claimed by nobody")
    owner = REGISTRY.get(case.folder)
    assert owner.matches(Page.from_html(_BLANK, case.url)), (
        f"{owner.__qualname__}.matches() rejects {case.url}: check its hosts / url_pattern"
    )


@pytest.mark.parametrize("case", case_params())
def test_page_claimed_by_its_adapter_only(case: GoldenCase) -> None:
    page = Page.from_html(case.read_html(), case.url)
    claimants = _claimants(page)
    if case.folder == getattr(REGISTRY.fallback, "name", None):
        assert not claimants, f"{case.url} is claimed by {[a.name for a in claimants]}"
        return
    assert claimants, f"no adapter claims {case.url} (matches() and detect() must both hold)"
    chosen = REGISTRY.select(page)
    assert chosen.name == case.folder, f"{case.url} goes to {chosen.name!r}, not to {case.folder!r}"
    # A layout variant beats the adapter it subclasses, which may claim the page too.
    others = [a.name for a in claimants if a is not chosen and not issubclass(chosen, a)]
    assert not others, (
        f"{case.url} is also claimed by {others}: narrow their hosts/url_pattern/detect()"
    )
