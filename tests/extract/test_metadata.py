"""Examples of :mod:`newsparse.extract.metadata` on small synthetic pages."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest

import newsparse
from newsparse.extract import metadata
from newsparse.page import Page

URL = "https://news.example/2024/01/story/"


def _page(body: str = "<p>x</p>", head: str = "", ld: Any = None) -> Page:
    if ld is not None:
        head += f'<script type="application/ld+json">{json.dumps(ld)}</script>'
    return Page.from_html(f"<html><head>{head}</head><body>{body}</body></html>", URL)


def test_json_ld_graph_with_nested_authors_and_dates() -> None:
    ld = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "WebSite", "name": "Example News"},
            {
                "@type": ["NewsArticle"],
                "headline": "Ministers meet in Brussels",
                "author": [
                    {"@type": "Person", "name": "Jane Doe"},
                    {"@type": "Person", "givenName": "Anna Giulia", "familyName": "Fink"},
                    {"@type": "Organization", "name": "Reuters"},
                ],
                "datePublished": "2024-01-05T10:30:00+01:00",
                "dateModified": "2024-01-05T12:00:00Z",
                "isBasedOn": {"@type": "NewsArticle", "publisher": {"name": "Reuters"}},
            },
        ],
    }
    page = _page(ld=ld)
    assert metadata.headline(page) == "Ministers meet in Brussels"
    assert metadata.authors(page) == ("Jane Doe", "Anna Giulia Fink")
    published = metadata.published(page)
    assert published == datetime(2024, 1, 5, 10, 30, tzinfo=timezone(timedelta(hours=1)))
    assert metadata.modified(page) == datetime(2024, 1, 5, 12, 0, tzinfo=UTC)
    assert metadata.source(page) == "Reuters"
    assert metadata.site_name(page) == "Example News"


def test_agency_only_when_no_person() -> None:
    ld = {
        "@type": "NewsArticle",
        "headline": "H",
        "author": {"@type": "Organization", "name": "AFP"},
    }
    assert metadata.authors(_page(ld=ld)) == ("AFP",)


@pytest.mark.parametrize(
    ("value", "names"),
    [
        ("By Jane Doe and John Roe", ("Jane Doe", "John Roe")),
        ("Von Anna Muster und Max Beispiel", ("Anna Muster", "Max Beispiel")),
        ("Jane Doe, Staff Writer", ("Jane Doe",)),
        ("Elena Oberholzer (obe)", ("Elena Oberholzer",)),
        ("Brazil, Rachel", ("Rachel Brazil",)),
        ("https://example.com/people/jane", ()),
    ],
)
def test_meta_author_values(value: str, names: tuple[str, ...]) -> None:
    page = _page(head=f'<meta name="author" content="{value}">')
    assert metadata.authors(page) == names


def test_visible_byline_when_metadata_is_silent() -> None:
    body = (
        '<article><h1>Title</h1><div class="byline">By <a href="/author/jane-doe/">Jane Doe</a>'
        ' and <a href="/author/john-roe/">John Roe</a></div><p>Text.</p></article>'
        '<aside><div class="author-bio"><a href="/author/other/">Someone Else</a></div></aside>'
    )
    assert metadata.authors(_page(body)) == ("Jane Doe", "John Roe")


def test_headline_is_unescaped_and_site_suffix_dropped() -> None:
    head = (
        '<meta property="og:title" content="Trump &amp;quot;wins&amp;quot; &#8211; Example News">'
        '<meta property="og:site_name" content="Example News">'
    )
    assert metadata.headline(_page(head=head)) == 'Trump "wins"'


def test_headline_prefers_h1_over_title_with_suffix() -> None:
    head = '<meta property="og:title" content="Ministers meet in Brussels | Example">'
    body = "<h1>Ministers meet in Brussels</h1><p>x</p>"
    assert metadata.headline(_page(body, head)) == "Ministers meet in Brussels"


def test_dates_far_future_and_naive() -> None:
    far = (datetime.now(UTC) + timedelta(days=3 * 366)).isoformat()
    page = _page(head=f'<meta property="article:published_time" content="{far}">')
    assert metadata.published(page) is None
    page = _page('<time datetime="2023-11-27T16:42:11-05:00">Nov 27</time>')
    published = metadata.published(page)
    assert published is not None
    assert published.utcoffset() == timedelta(hours=-5)


def test_standfirst_visible_dek_beats_description() -> None:
    head = '<meta name="description" content="A short SEO description of the story.">'
    body = (
        "<article><h1>Ministers meet in Brussels</h1>"
        '<p class="article-dek">The alliance will reaffirm its support for Ukraine this week.</p>'
        "<p>Body text that is long enough to be a paragraph of the story itself.</p></article>"
    )
    page = _page(body, head + '<meta property="og:title" content="Ministers meet in Brussels">')
    assert (
        metadata.standfirst(page) == "The alliance will reaffirm its support for Ukraine this week."
    )
    assert metadata.standfirst(_page(head=head)) == "A short SEO description of the story."


@pytest.mark.parametrize(
    ("ld", "head", "body", "expected"),
    [
        ({"@type": "NewsArticle", "isAccessibleForFree": "False"}, "", "", False),
        ({"@type": "NewsArticle", "isAccessibleForFree": True}, "", "", True),
        (
            {
                "@type": "NewsArticle",
                "hasPart": {"isAccessibleForFree": False, "cssSelector": ".p"},
            },
            "",
            "",
            False,
        ),
        (None, '<meta property="article:content_tier" content="locked">', "", False),
        (
            None,
            "",
            '<div class="paywall">Subscribe now to continue reading this story.</div>',
            False,
        ),
        (None, "", '<div class="paywall"></div>', None),
        (None, "", "", None),
    ],
)
def test_free_access(ld: Any, head: str, body: str, expected: bool | None) -> None:
    assert metadata.free_access(_page(body or "<p>x</p>", head, ld)) is expected


def test_space_separated_meta_properties_and_dc_colon_names() -> None:
    head = (
        '<meta property="og:description twitter:description" content="A description here.">'
        '<meta property="dc:creator" content="Creator Name">'
    )
    page = _page(head=head)
    assert metadata.standfirst(page) == "A description here."
    assert metadata.authors(page) == ("Creator Name",)


def test_the_site_itself_is_no_source() -> None:
    ld = {
        "@type": "NewsArticle",
        "publisher": {"@type": "Organization", "name": "Example News"},
        "sourceOrganization": {"@type": "Organization", "name": "Example News"},
    }
    assert metadata.source(_page(ld=ld)) is None
    desk = {
        "@type": "NewsArticle",
        "sourceOrganization": {"@id": "https://news.example/security", "name": "Security"},
    }
    assert metadata.source(_page(ld=desk)) is None


_STORY = "".join(
    f"<p>Paragraph {i} of the story, long enough to read as prose here.</p>" for i in range(6)
)
_DESCRIPTION = '<meta name="description" content="A summary only the metadata holds.">'


def test_a_dek_under_the_headline_is_shown_and_starts_the_text() -> None:
    html = (
        # A lead classed "teaser" is furniture to the body walk but the dek to metadata.
        f"<html><head><title>T</title>{_DESCRIPTION}</head><body><header>"
        "<h1>The headline of the story</h1>"
        '<p class="article-teaser">The dek the page prints under it.</p>'
        f"</header><article><div class='body'>{_STORY}</div></article></body></html>"
    )
    article = newsparse.parse(html, adapter="generic")
    assert article.standfirst == "The dek the page prints under it."
    assert article.standfirst_shown
    assert article.text.startswith("The dek the page prints under it.\n\nParagraph 0")


def test_a_description_only_in_metadata_is_not_shown() -> None:
    html = (
        f"<html><head><title>T</title>{_DESCRIPTION}</head><body><article>"
        f"<h1>The headline of the story</h1><div class='body'>{_STORY}</div>"
        "</article></body></html>"
    )
    article = newsparse.parse(html, adapter="generic")
    assert article.standfirst == "A summary only the metadata holds."
    assert not article.standfirst_shown
    assert article.text.startswith("Paragraph 0")


def test_a_standfirst_the_body_already_starts_with_is_read_once() -> None:
    lede = "Paragraph 0 of the story, long enough to read as prose here."
    html = (
        f'<html><head><title>T</title><meta name="description" content="{lede}"></head>'
        f"<body><article><h1>The headline of the story</h1><div class='body'>{_STORY}</div>"
        "</article></body></html>"
    )
    article = newsparse.parse(html, adapter="generic")
    assert not article.standfirst_shown
    assert article.text.count(lede) == 1


def test_a_printed_date_is_the_last_resort_for_published() -> None:
    page = _page(
        '<article><h1>Headline</h1><p class="post-date">Published on March 3, 2024</p>'
        "<p>Text.</p></article>"
        '<footer><span class="date">January 1, 2020</span></footer>'
    )
    assert metadata.published(page) == datetime(2024, 3, 3)


def test_an_update_or_a_footer_date_is_no_publication_date() -> None:
    page = _page(
        '<article><h1>Headline</h1><p class="post-date">Updated on March 3, 2024</p></article>'
        '<footer><span class="date">January 1, 2020</span></footer>'
    )
    assert metadata.published(page) is None


def test_json_ld_web_page_date_when_the_article_has_none() -> None:
    ld = {"@graph": [{"@type": "WebPage", "datePublished": "2021-01-27T06:00:00+00:00"}]}
    assert metadata.published(_page(ld=ld)) == datetime(2021, 1, 27, 6, tzinfo=UTC)
