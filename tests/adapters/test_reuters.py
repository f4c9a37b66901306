"""Reuters: paragraphs found by ``data-testid`` (``<div>`` since 2024), hidden link labels
left out, the sign-off and "Our Standards" not part of the story."""

from __future__ import annotations

from newsparse import parse
from tests.adapters.goldens import REGISTRY

URL = "https://www.reuters.com/world/some-story-2024-03-07/"
PAGE = (
    "<html><head><title>Tank fired</title>"
    '<meta property="og:title" content="Tank fired"></head><body><article>'
    '<div data-testid="ArticleBody"><div class="article-body__content">'
    '<div data-testid="paragraph-0">BEIRUT/THE HAGUE, March 7 (Reuters) - A tank fired.</div>'
    '<div data-testid="paragraph-1">The <a href="https://example.org/r.pdf">report<span '
    'style="clip:rect(0 0 0 0);position:absolute">, opens new tab</span></a> says so.</div>'
    '<div data-testid="ResponsiveAdSlot">Advertisement · Scroll to continue</div>'
    '<h2 data-testid="Heading">FULL INQUIRY</h2>'
    '<div data-testid="paragraph-2">Experts asked for more.</div>'
    '<div class="sign-off">Reporting by Jane Doe; Editing by John Roe</div>'
    '<p data-testid="Body">Our Standards: The Thomson Reuters Trust Principles.</p>'
    "</div></div></article></body></html>"
)


def test_story_blocks_and_dateline() -> None:
    article = parse(PAGE, url=URL, registry=REGISTRY, strict=True)
    assert article.adapter == "reuters"
    assert [(b.kind, b.text) for b in article.body] == [
        ("paragraph", "A tank fired."),
        ("paragraph", "The report says so."),
        ("subheading", "FULL INQUIRY"),
        ("paragraph", "Experts asked for more."),
    ]
    assert article.dateline is not None
    assert article.dateline.text == "BEIRUT/THE HAGUE, March 7 (Reuters) -"
    assert article.dateline.date_text == "March 7"
