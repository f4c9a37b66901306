"""Los Angeles Times: story stacks (numbered items with titles) and pages that carry the
story only in JSON-LD."""

from __future__ import annotations

import json

from newsparse import parse
from tests.adapters.goldens import REGISTRY

URL = "https://www.latimes.com/sports/story/2023-06-26/some-story"
HEAD = '<html><head><title>Coliseum at 100</title><meta property="og:title" content="Coliseum">'


def test_story_stack_items() -> None:
    page = (
        f"{HEAD}</head><body><h1 class='headline'>Coliseum at 100</h1>"
        '<div data-element="story-body">'
        '<div class="story-stack-item"><div class="story-stack-item-number"><span>1</span></div>'
        '<div class="story-stack-story"><h3 class="story-stack-story-title">Football</h3>'
        "<div><p>Oct. 6, 1923: First football game.</p>"
        '<div class="google-dfp-ad-wrapper"><div>Advertisement</div></div></div></div></div>'
        "</div></body></html>"
    )
    article = parse(page, url=URL, registry=REGISTRY, strict=True)
    assert article.adapter == "latimes"
    assert article.headline == "Coliseum at 100"
    assert [(b.kind, b.text) for b in article.body] == [
        ("subheading", "Football"),
        ("paragraph", "Oct. 6, 1923: First football game."),
    ]


def test_story_from_json_ld_when_the_markup_has_none() -> None:
    ld = {"@type": "NewsArticle", "headline": "Coliseum at 100", "articleBody": "It opened."}
    page = (
        f'{HEAD}<script type="application/ld+json">{json.dumps(ld)}</script></head>'
        "<body><div>Menu</div></body></html>"
    )
    article = parse(page, url=URL, registry=REGISTRY, strict=True)
    assert [b.text for b in article.body] == ["It opened."]
