"""The subtle rules of the UK publisher adapters, on small pages written for these tests.

Each page has enough prose to be an article; each test states one rule and would fail
if the rule were dropped (the golden files pin everything else).
"""

from __future__ import annotations

from newsparse import parse
from newsparse.model import Article, BlockKind, NavRole
from tests.adapters.goldens import REGISTRY

_PROSE = (
    "The council said the new timetable would start in the spring after a consultation "
    "that drew more than four thousand responses from residents across the district."
)


def _parse(body: str, url: str, head: str = "") -> Article:
    page = (
        f"<html><head><title>A test story</title>{head}</head><body>"
        f"<h1>A test story about the timetable</h1>{body}</body></html>"
    )
    return parse(page.encode(), url, strict=True, registry=REGISTRY)


def test_bbc_drops_related_link_lists_but_keeps_bullet_text() -> None:
    article = _parse(
        "<main><article>"
        f'<div data-component="text-block"><p>{_PROSE}</p></div>'
        '<div data-component="text-block"><ul>'
        '<li><a href="https://www.bbc.com/news/business-1">How the budget works</a></li>'
        '<li><a href="https://www.bbc.com/news/business-2">Key points at a glance</a></li>'
        "</ul></div>"
        '<div data-component="text-block"><ul>'
        '<li>Bus fares will be capped at <a href="https://example.com/fares">two pounds</a>'
        " for a single journey</li></ul></div>"
        f'<div data-component="text-block"><p>{_PROSE} It was approved.</p></div>'
        "</article></main>",
        "https://www.bbc.com/news/articles/c000000000o",
    )
    texts = [b.text for b in article.body]
    assert "How the budget works" not in texts
    assert "Key points at a glance" not in texts
    assert "Bus fares will be capped at two pounds for a single journey" in texts
    assert article.adapter == "bbc"


def test_bbc_image_credit_is_the_span_beside_the_image_and_leaves_the_alt() -> None:
    article = _parse(
        "<main><article>"
        f'<div data-component="text-block"><p>{_PROSE}</p></div>'
        '<figure><div data-component="image-block"><div>'
        '<img src="https://ichef.bbci.co.uk/news/976/cpsprodpb/1/a.jpg" alt="Reuters A bus stop">'
        "<span>Reuters</span></div></div>"
        '<div data-component="caption-block"><figcaption>Buses at a stop in Leeds</figcaption>'
        "</div></figure>"
        f'<div data-component="text-block"><p>{_PROSE} Again.</p></div>'
        "</article></main>",
        "https://www.bbc.co.uk/news/articles/c000000001o",
    )
    (media,) = article.media
    assert (media.caption, media.credit, media.alt) == (
        "Buses at a stop in Leeds",
        "Reuters",
        "A bus stop",
    )
    assert media.position == 1


def test_guardian_agency_byline_gives_source_and_author_without_place() -> None:
    article = _parse(
        '<aside data-gu-name="meta"><address data-component="meta-byline">'
        "<span>Associated Press in Valencia</span></address></aside>"
        '<div data-gu-name="body"><div class="article-body-commercial-selector">'
        f"<p>{_PROSE}</p><p>{_PROSE} Later.</p></div>"
        '<ul><li><a href="/world/spain">Spain</a></li><li><a href="/tone/news">news</a></li></ul>'
        "</div>",
        "https://www.theguardian.com/world/2024/feb/24/a-test-story",
    )
    assert article.authors == ("Associated Press",)
    assert article.source == "Associated Press"
    # /tone/ links are the paper's genre labels, not topics.
    assert [(n.role, n.text) for n in article.navigation] == [(NavRole.TAG, "Spain")]


def test_independent_breaking_note_and_parenthesized_credit() -> None:
    article = _parse(
        '<header id="articleHeader"><h1>A test story about the timetable</h1>'
        "<p>The dek of the story, one sentence long and shown under the headline.</p>"
        '<figure><img src="https://static.independent.co.uk/2024/a.jpg" width="800">'
        "<figcaption><span>Commuters wait for a bus</span><span>(PA Wire)</span></figcaption>"
        "</figure></header>"
        f'<div id="main"><p>{_PROSE}</p><p>{_PROSE} Then.</p>'
        "<p>This is a breaking news story - more to follow</p></div>",
        "https://www.independent.co.uk/news/uk/a-test-story-b2000001.html",
    )
    assert [b.text for b in article.body][-1].endswith("Then.")
    assert (
        article.standfirst
        == "The dek of the story, one sentence long and shown under the headline."
    )
    assert (article.media[0].caption, article.media[0].credit) == (
        "Commuters wait for a bus",
        "PA Wire",
    )


def test_inews_drops_a_closing_additional_reporting_line_only() -> None:
    article = _parse(
        '<article><div class="article-content">'
        "<p>Additional reporting from PA is how this paragraph starts, but it goes on to say"
        " much more about the timetable than a credit line would.</p>"
        f"<p>{_PROSE}</p><p>Additional reporting from PA</p></div></article>",
        "https://inews.co.uk/news/a-test-story-1000001",
    )
    texts = [b.text for b in article.body]
    assert texts[-1] == _PROSE
    assert texts[0].startswith("Additional reporting from PA is how")


def test_telegraph_credit_label_and_first_byline_only() -> None:
    article = _parse(
        '<main><article><header><span class="e-byline"><span class="e-byline__author">'
        "By Jane Writer</span></span></header>"
        '<figure class="article-body-image"><img src="https://www.telegraph.co.uk/a.jpg">'
        '<figcaption><span data-test="caption">A bus in the rain</span>'
        '<span class="e-caption__credit">Credit: John Snapper</span></figcaption></figure>'
        f'<div itemprop="articleBody"><p>{_PROSE}</p><p>{_PROSE} More.</p></div>'
        '<aside><span class="e-byline"><span class="e-byline__author">By Other Person'
        "</span></span></aside></article></main>",
        "https://www.telegraph.co.uk/news/2024/01/01/a-test-story/",
    )
    assert article.authors == ("Jane Writer",)
    assert article.media[0].credit == "John Snapper"
    assert all(b.kind is not BlockKind.LIST_ITEM for b in article.body)
