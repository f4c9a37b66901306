"""The subtle rules of the US publisher adapters (D2's), on small pages written for these tests."""

from __future__ import annotations

from newsparse import parse
from newsparse.adapters.nytimes import NYTimesAdapter
from newsparse.model import Article
from newsparse.page import Page
from tests.adapters.goldens import REGISTRY

_PROSE = (
    "The governor said on Friday that the budget would fund new clinics in rural counties "
    "and that the legislature had agreed to most of what her office had asked for."
)
_BLANK = b"<html><head><title>t</title></head><body><p>text</p></body></html>"


def _parse(body: str, url: str, head: str = "") -> Article:
    page = (
        f"<html><head><title>A test story</title>{head}</head><body>"
        f"<h1>A test story about the budget</h1>{body}</body></html>"
    )
    return parse(page.encode(), url, strict=True, registry=REGISTRY)


def test_nytimes_claims_articles_not_section_fronts() -> None:
    claims = [
        "https://www.nytimes.com/2019/02/21/nyregion/winter-weather.html",
        "https://www.nytimes.com/es/2022/02/04/espanol/olimpiadas.html",
        "https://www.nytimes.com/live/2024/11/05/us/election-results",
    ]
    refuses = ["https://www.nytimes.com/es/", "https://www.nytimes.com/section/world"]
    assert all(NYTimesAdapter.matches(Page.from_html(_BLANK, url)) for url in claims)
    assert not any(NYTimesAdapter.matches(Page.from_html(_BLANK, url)) for url in refuses)


def test_nytimes_byline_meta_is_split_and_title_cased() -> None:
    article = _parse(
        f'<section name="articleBody"><p>{_PROSE}</p><p>{_PROSE} Again.</p>'
        "<p>[Get the morning briefing in your inbox.]</p></section>",
        "https://www.nytimes.com/2017/01/13/us/a-test-story.html",
        head='<meta name="byl" content="By JANE DOE and RICHARD ROE">',
    )
    assert article.authors == ("Jane Doe", "Richard Roe")
    assert not any(b.text.startswith("[") for b in article.body)


def test_cnn_splits_the_dateline_and_drops_related_promos() -> None:
    article = _parse(
        '<div class="article__content">'
        f"<p>Washington (CNN) — {_PROSE}</p>"
        "<p>Related: Another story about budgets that you might like</p>"
        f"<p>{_PROSE} Later.</p></div>",
        "https://edition.cnn.com/2024/03/01/politics/a-test-story/index.html",
    )
    assert article.dateline is not None
    assert article.dateline.agency == "CNN"
    assert article.body[0].text == _PROSE
    assert not any(b.text.startswith("Related:") for b in article.body)


def test_washington_times_agency_from_byline_not_the_paper() -> None:
    article = _parse(
        '<section class="full-article"><article><div class="article-text">'
        '<div class="meta"><span class="byline">By Tom Writer</span>'
        '<span class="source"> - The Washington Times - Friday, April 28, 2023</span></div>'
        '<div class="storyareawrapper"><div class="bigtext">'
        f"<p>{_PROSE}</p><p>{_PROSE} More.</p>"
        '<div class="permission"><p>Copyright © 2023 The Washington Times, LLC.</p></div>'
        "</div></div></div></article></section>",
        "https://www.washingtontimes.com/news/2023/apr/28/a-test-story/",
    )
    assert article.source is None
    assert not any("Copyright" in b.text for b in article.body)


def test_new_yorker_reads_lazy_figures_and_strips_credit_labels() -> None:
    article = _parse(
        '<div data-testid="ArticlePageChunks"><div data-testid="BodyWrapper">'
        f"<p>{_PROSE}</p>"
        '<figure class="asset-embed"><picture><noscript><img alt="A clinic" '
        'src="https://media.newyorker.com/photos/1/master/w_1600%2Cc_limit/a.jpg">'
        '</noscript></picture><div class="caption"><span class="caption__text">'
        'A rural clinic.</span><span class="caption__credit">Photograph by Ann Lens'
        "</span></div></figure>"
        f"<p>{_PROSE} More.</p></div></div>",
        "https://www.newyorker.com/news/a-reporter-at-large/a-test-story",
    )
    (media,) = article.media
    assert (media.caption, media.credit, media.position) == ("A rural clinic.", "Ann Lens", 1)
    assert media.url.startswith("https://media.newyorker.com/photos/1/")


def test_cnn_current_layout_cite_becomes_the_dateline() -> None:
    # The current layout's markup (cite.source__cite), reconstructed for this test.
    article = _parse(
        '<div class="article__content">'
        '<p class="paragraph"><cite class="source__cite"><span class="source__location">'
        'Washington</span><span class="source__text">CNN</span></cite> — '
        f'{_PROSE}</p><p class="paragraph">{_PROSE} Later.</p></div>',
        "https://www.cnn.com/2024/03/01/politics/a-test-story/index.html",
    )
    assert article.dateline is not None
    assert (article.dateline.location, article.dateline.agency) == ("Washington", "CNN")
    assert article.body[0].text == _PROSE


def test_cnn_story_highlights_are_the_quick_read_not_body() -> None:
    article = _parse(
        '<section id="body-text"><div class="l-container">'
        '<div class="el__storyhighlights"><h3>Story highlights</h3><ul>'
        '<li class="el__storyhighlights__item">Clinics will open in rural counties</li>'
        '<li class="el__storyhighlights__item">Most requests were granted</li></ul></div>'
        f'<div class="zn-body__paragraph">{_PROSE}</div>'
        f'<div class="zn-body__paragraph">{_PROSE} Later.</div></div></section>',
        "https://www.cnn.com/2019/05/01/politics/a-test-story/index.html",
    )
    assert article.quick_read == (
        "Clinics will open in rural counties",
        "Most requests were granted",
    )
    assert [b.text for b in article.body] == [_PROSE, f"{_PROSE} Later."]
