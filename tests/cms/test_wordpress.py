"""The WordPress layer on small pages written the way themes and plugins print them."""

from __future__ import annotations

import lxml.html
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml.cssselect import CSSSelector

from newsparse import parse
from newsparse.adapters._wordpress import WordPressAdapter
from newsparse.adapters.generic import GenericAdapter
from newsparse.cms import wordpress
from newsparse.model import Article, NavRole
from newsparse.page import Page
from newsparse.registry import Registry

URL = "https://wp.example/2024/05/01/council-vote/"
STORY = (
    "The city council voted on Tuesday to approve the new budget after a long debate.",
    "Opponents said the plan cuts library hours, while supporters pointed to lower fees.",
    "The budget takes effect in July and will be reviewed again before the end of the year.",
)


class _Site(WordPressAdapter):
    name = "wp_site"
    hosts = frozenset({"wp.example"})


REGISTRY = Registry(adapters=[_Site], fallback=GenericAdapter)


def _page(content: str, *, head: str = "", outside: str = "", body_class: str = "") -> bytes:
    paragraphs = "".join(f"<p>{p}</p>" for p in STORY)
    return f"""<!doctype html><html lang="en"><head><title>Council approves budget</title>
    {head}</head><body class="{body_class}">
    <aside class="widget-area"><section class="widget"><div class="entry-content">
    <p>Sidebar teaser text.</p></div></section></aside>
    <article id="post-7" class="post-7 post type-post hentry category-local tag-budget">
    <header class="entry-header"><span class="cat-links">
    <a href="/category/local/" rel="category tag">Local</a></span>
    <h1 class="entry-title">Council approves budget</h1></header>
    <div class="entry-content">{paragraphs}{content}</div>
    <footer class="entry-footer"><span class="tags-links">
    <a href="/tag/budget/" rel="tag">budget</a></span></footer>
    </article>{outside}</body></html>""".encode()


_WP_HEAD = '<meta name="generator" content="WordPress 6.5.2">'


def _parse(data: bytes) -> Article:
    return parse(data, URL, strict=True, registry=REGISTRY)


@pytest.mark.parametrize(
    ("head", "body_class", "expected"),
    [
        ('<meta name="generator" content="WordPress 6.5.2">', "", True),
        ('<link rel="https://api.w.org/" href="https://wp.example/wp-json/">', "", True),
        ('<link rel="stylesheet" href="/wp-content/themes/x/style.css">', "", True),
        ('<script src="/wp-includes/js/jquery/jquery.min.js"></script>', "", True),
        ("", "single single-post postid-7", True),
        ('<meta name="generator" content="Hugo 0.120">', "single-post", False),
        ("", "", False),
    ],
)
def test_detection_from_markup(head: str, body_class: str, expected: bool) -> None:
    page = Page.from_html(_page("", head=head, body_class=body_class), URL)
    assert wordpress.is_wordpress(page) is expected
    assert _Site.detect(page) is expected


def test_not_detected_means_not_claimed() -> None:
    page = Page.from_html(_page(""), URL)
    assert _Site.matches(page)
    assert not _Site.detect(page)
    assert REGISTRY.select(page).name == "generic"


def test_content_root_skips_sidebar_copies() -> None:
    page = Page.from_html(_page("", head=_WP_HEAD), URL)
    root = wordpress.content_root(page)
    assert root is not None
    parent = root.getparent()
    assert parent is not None
    assert parent.get("id") == "post-7"


def test_layout_classes_naming_a_sidebar_do_not_hide_the_content() -> None:
    data = _page("", head=_WP_HEAD).replace(
        b"<article",
        b'<div class="content has-content-sidebar"><main class="right-sidebar"><article',
    )
    root = wordpress.content_root(
        Page.from_html(data.replace(b"</article>", b"</article></main></div>"), URL)
    )
    assert root is not None
    assert root.get("class") == "entry-content"


def test_elementor_post_content_widget() -> None:
    # Only the post's own copy (the last one; the first is the sidebar's) becomes the widget.
    head, marker, tail = _page("", head=_WP_HEAD).rpartition(b'<div class="entry-content">')
    assert marker
    widget = (
        b'<div class="elementor-element elementor-widget elementor-widget-theme-post-content">'
        b'<div class="elementor-widget-container">'
    )
    tail = tail.replace(b"</div>\n    <footer", b"</div></div>\n    <footer", 1)
    root = wordpress.content_root(Page.from_html(head + widget + tail, URL))
    assert root is not None
    assert root.get("class") == "elementor-widget-container"


def test_content_root_passes_over_a_teaser() -> None:
    teaser = '<div class="post-content"><p>Short teaser.</p></div>'
    data = _page("", head=_WP_HEAD).replace(b'class="entry-content"', b'class="et_pb_post_content"')
    page = Page.from_html(data.replace(b"<article", teaser.encode() + b"<article"), URL)
    root = wordpress.content_root(page)
    assert root is not None
    assert root.get("class") == "et_pb_post_content"


PLUGINS = {
    "sharedaddy": '<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3>'
    '<ul><li><a href="https://wp.example/?share=x">Share on X</a></li></ul></div>',
    "jetpack related": '<div id="jp-relatedposts" class="jp-relatedposts"><h3>Related</h3>'
    "<p>Another story about the city council and its long debates.</p></div>",
    "addtoany": '<div class="addtoany_share_save_container addtoany_content"><div class="a2a_kit">'
    "<p>Share this article with your friends and family today.</p></div></div>",
    "yarpp": '<div class="yarpp yarpp-related"><h3>Related posts:</h3><ol><li>'
    '<a href="/older/">An older story about budgets in the city</a></li></ol></div>',
    "kk star ratings": '<div class="kk-star-ratings kksr-auto"><div class="kksr-legend">'
    "<p>Click to rate this post!</p></div></div>",
    "yasr": '<div class="yasr-visitor-votes"><p>How useful was this article?</p></div>',
    "wp-postratings": '<div class="post-ratings"><p>Average rating 4.5 out of 5 votes.</p></div>',
    "rate my post": '<div class="rmp-widgets-container"><div class="rmp-rating-widget">'
    '<p class="rmp-heading">How useful was this post?</p>'
    "<p>No votes so far! Be the first to rate this post.</p></div></div>",
    "post navigation": '<nav class="navigation post-navigation"><div class="nav-links">'
    '<p class="nav-previous"><a href="/older/" rel="prev">An older story title</a></p></div></nav>',
    "ad inserter": '<div class="code-block code-block-3">'
    "<p>Advertisement text block here.</p></div>",
    "screen reader text": '<p><span class="screen-reader-text">'
    "Continue reading the story</span></p>",
}


@pytest.mark.parametrize("markup", PLUGINS.values(), ids=PLUGINS.keys())
def test_plugin_boilerplate_left_out(markup: str) -> None:
    article = _parse(_page(markup, head=_WP_HEAD))
    assert [b.text for b in article.body] == list(STORY)


@pytest.mark.parametrize("markup", PLUGINS.values(), ids=PLUGINS.keys())
def test_plugin_text_is_covered_by_exclude(markup: str) -> None:
    """Every piece of the plugin's text lies inside an element ``EXCLUDE`` matches.

    (The body test above may also pass thanks to the generic boilerplate filter; this
    one holds the layer's own selectors to account.)
    """
    fragment = lxml.html.fragment_fromstring(markup, create_parent="div")
    excluded = {e for selector in wordpress.EXCLUDE for e in CSSSelector(selector)(fragment)}
    for element in fragment.iter():
        if element is fragment or not (element.text or "").strip():
            continue
        chain = [element, *element.iterancestors()]
        assert any(e in excluded for e in chain), f"not excluded: {element.text!r}"


def test_legacy_wp_caption_is_media_with_credit() -> None:
    caption = (
        '<div id="attachment_9" style="width: 810px" class="wp-caption aligncenter">'
        '<img class="size-large wp-image-9" src="/wp-content/uploads/2024/05/council.jpg" '
        'width="800" height="533" alt="Council chamber">'
        '<p class="wp-caption-text">Council members vote on the budget.'
        " (AP Photo/Jane Doe)</p></div>"
    )
    article = _parse(_page(caption, head=_WP_HEAD))
    assert [b.text for b in article.body] == list(STORY)
    [media] = article.media
    assert media.url == "https://wp.example/wp-content/uploads/2024/05/council.jpg"
    assert (media.caption, media.credit, media.position) == (
        "Council members vote on the budget.",
        "AP Photo/Jane Doe",
        3,
    )


def test_navigation_categories_tags_previous_next() -> None:
    outside = (
        '<nav class="navigation post-navigation" aria-label="Posts">'
        '<h2 class="screen-reader-text">Post navigation</h2><div class="nav-links">'
        '<div class="nav-previous"><a href="/older/" rel="prev"><span class="meta-nav">'
        "Previous post</span> An older story</a></div>"
        '<div class="nav-next"><a href="/newer/" rel="next">Next Article: A newer story</a></div>'
        "</div></nav>"
        '<aside><a href="/category/sports/" rel="category tag">Sports</a></aside>'
    )
    article = _parse(_page("", head=_WP_HEAD, outside=outside))
    assert [(n.role, n.text, n.url) for n in article.navigation] == [
        (NavRole.SECTION, "Local", "https://wp.example/category/local/"),
        (NavRole.TAG, "budget", "https://wp.example/tag/budget/"),
        (NavRole.PREVIOUS, "An older story", "https://wp.example/older/"),
        (NavRole.NEXT, "A newer story", "https://wp.example/newer/"),
    ]


def test_block_theme_terms() -> None:
    terms = (
        '<div class="taxonomy-category wp-block-post-terms">'
        '<a href="/category/city/" rel="tag">City</a></div>'
        '<div class="taxonomy-post_tag wp-block-post-terms">'
        '<a href="/tag/fees/" rel="tag">fees</a></div>'
    )
    data = _page("", head=_WP_HEAD).replace(b"</article>", terms.encode() + b"</article>")
    roles = [(n.role, n.text) for n in _parse(data).navigation]
    assert roles == [
        (NavRole.SECTION, "Local"),
        (NavRole.SECTION, "City"),
        (NavRole.TAG, "budget"),
        (NavRole.TAG, "fees"),
    ]


@pytest.mark.parametrize(
    ("anchor", "expected"),
    [
        (
            '<span class="nav-direction">previous</span><span>Council history</span>',
            ["Council history"],
        ),
        ('<span class="nav-label">Previous Post</span><span class="meta-nav"> ←</span>', []),
        ("Previous Post", []),
        ("← Previous post", []),
        ("←", []),
        ("« Council history", ["Council history"]),
        ("Previous article: Council history", ["Council history"]),
    ],
)
def test_previous_link_text(anchor: str, expected: list[str]) -> None:
    outside = f'<div class="nav-links"><a href="/older/" rel="prev">{anchor}</a></div>'
    article = _parse(_page("", head=_WP_HEAD, outside=outside))
    assert [n.text for n in article.navigation if n.role is NavRole.PREVIOUS] == expected


def test_direction_from_class_and_comment_pagination_ignored() -> None:
    outside = (
        '<div class="td-post-next-prev"><div class="td-post-prev-post">'
        '<a href="/older/">Council history</a></div></div>'
        '<nav class="comment-navigation"><div class="nav-links"><div class="nav-next">'
        '<a href="?cpage=2">Newer comments page</a></div></div></nav>'
    )
    article = _parse(_page("", head=_WP_HEAD, outside=outside))
    assert [(n.role, n.text) for n in article.navigation][-1:] == [
        (NavRole.PREVIOUS, "Council history")
    ]


def test_small_match_on_a_page_of_other_text_is_no_root() -> None:
    card = '<div class="post-content"><p>A short card.</p></div>'
    long_text = "".join(f"<p>{p} {p}</p>" for p in STORY * 4)
    data = _page("", head=_WP_HEAD).replace(b'class="entry-content"', b'class="story-text"')
    data = data.replace(b"</article>", (card + long_text).encode() + b"</article>")
    assert wordpress.content_root(Page.from_html(data, URL)) is None


def test_archive_link_paragraph_is_navigation_not_body() -> None:
    figure = (
        '<figure class="wp-block-image"><img src="/wp-content/uploads/2024/05/hall.jpg" '
        'width="800" height="533" alt=""><figcaption>City hall. (AP Photo/John Roe)</figcaption>'
        "</figure>"
    )
    more = '<p><a href="https://wp.example/category/city/">More city news</a></p>'
    inline = '<p>Read <a href="/category/local/">our coverage</a> of the vote.</p>'
    article = _parse(_page(more + figure + inline, head=_WP_HEAD))
    assert [b.text for b in article.body] == [*STORY, "Read our coverage of the vote."]
    assert [(m.position, m.caption, m.credit) for m in article.media] == [
        (3, "City hall.", "AP Photo/John Roe")  # counted without the link-only paragraph
    ]
    sections = [(n.text, n.url) for n in article.navigation if n.role is NavRole.SECTION]
    assert sections == [
        ("Local", "https://wp.example/category/local/"),
        ("More city news", "https://wp.example/category/city/"),
    ]


def test_house_account_is_no_byline() -> None:
    head = _WP_HEAD + (
        '<meta property="og:site_name" content="WP Example">'
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": '
        '"Council approves budget", "author": [{"@type": "Person", "name": "WP Example"}, '
        '{"@type": "Person", "name": "Maria Lopez"}]}</script>'
    )
    assert _parse(_page("", head=head)).authors == ("Maria Lopez",)


@settings(max_examples=50, deadline=None)
@given(st.text(st.characters(exclude_categories=["Cs"]), max_size=300))
def test_layer_never_raises_on_arbitrary_content(noise: str) -> None:
    page = Page.from_html(_page(f"<div>{noise}</div>", head=_WP_HEAD), URL)
    root = wordpress.content_root(page)
    links = wordpress.navigation(page, root)
    assert all(link.text.strip() and link.url.startswith("https://") for link in links)
