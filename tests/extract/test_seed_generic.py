"""The reconstructed seed page (tests/fixtures/newslooks) parsed by the generic adapter alone.

The site adapter's golden file holds the expected values; the generic extractors must reach
them for the fields the generic adapter is responsible for on this page.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import newsparse
from newsparse.model import NavRole

FIXTURE = Path(__file__).parents[1] / "fixtures" / "newslooks" / "blinken-nato.html"


Seed = tuple[newsparse.Article, dict[str, Any]]


@pytest.fixture(scope="module")
def seed() -> Seed:
    if not FIXTURE.exists():
        pytest.skip("the seed reconstruction tests/fixtures/newslooks is not there")
    meta = json.loads(FIXTURE.with_suffix(".json").read_text(encoding="utf-8"))
    article = newsparse.parse(FIXTURE.read_bytes(), meta["url"], adapter="generic")
    return article, meta["article"]


def test_headline_standfirst_dateline_source(
    seed: tuple[newsparse.Article, dict[str, Any]],
) -> None:
    article, golden = seed
    assert article.adapter == "generic"
    assert article.headline == golden["headline"]
    assert article.standfirst == golden["standfirst"]
    assert article.dateline is not None
    assert (article.dateline.text, article.dateline.location, article.dateline.agency) == (
        "Newslooks- WASHINGTON (AP)",
        "WASHINGTON",
        "AP",
    )
    assert article.source == "The Associated Press"


def test_quick_read(seed: Seed) -> None:
    article, golden = seed
    assert len(article.quick_read) == 11
    assert list(article.quick_read) == golden["quick_read"]


def test_captions_with_credits(seed: Seed) -> None:
    article, golden = seed
    got = [(m.caption, m.credit) for m in article.media]
    assert got == [(m.get("caption"), m.get("credit")) for m in golden["media"]]
    assert {m.credit for m in article.media} == {
        "Saul Loeb/Pool via AP",
        "AP Photo/Michael Sohn, File",
    }


def test_previous_and_next(seed: Seed) -> None:
    article, golden = seed
    wanted = [n for n in golden["navigation"] if n["role"] in ("previous", "next")]
    got = [
        {"role": n.role.value, "text": n.text, "url": n.url}
        for n in article.navigation
        if n.role in (NavRole.PREVIOUS, NavRole.NEXT)
    ]
    assert got == wanted
    assert [n.role for n in article.navigation if n.role in (NavRole.PREVIOUS, NavRole.NEXT)] == [
        NavRole.PREVIOUS,
        NavRole.NEXT,
    ]
