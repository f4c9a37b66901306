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


OLD_PAGE = (
    "<html><head><title>Parasite wins</title>"
    '<meta property="og:title" content="Parasite wins"></head><body><article>'
    '<div class="ArticleBodyWrapper">'
    '<div class="ArticleBody-byline-container-3H6dy">By Jill Serjeant 4 Min Read</div>'
    '<p class="Paragraph-paragraph-2Bgue">LOS ANGELES (Reuters) - A thriller won.</p>'
    '<div class="RelatedCoverage-container-3AnSP">Related Coverage Factbox: winners</div>'
    '<p class="Paragraph-paragraph-2Bgue">DISAPPOINTING NIGHT FOR ‘IRISHMAN’</p>'
    '<p class="Paragraph-paragraph-2Bgue">The gangster movie won nothing.</p>'
    "<div>Additional reporting by Steve Gorman; Editing by Nick Zieminski</div>"
    "</div></article></body></html>"
)


def test_pre_arc_layout() -> None:
    article = parse(OLD_PAGE, url=URL, registry=REGISTRY, strict=True)
    assert [(b.kind, b.text) for b in article.body] == [
        ("paragraph", "A thriller won."),
        ("subheading", "DISAPPOINTING NIGHT FOR ‘IRISHMAN’"),
        ("paragraph", "The gangster movie won nothing."),
    ]
    assert article.dateline is not None
    assert article.dateline.text == "LOS ANGELES (Reuters) -"
