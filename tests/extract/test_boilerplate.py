"""Examples of :mod:`newsparse.extract.boilerplate`: furniture by markup and by wording."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from lxml import html

from newsparse.extract import boilerplate
from newsparse.extract.boilerplate import (
    COMMENTS,
    FURNITURE,
    HIDDEN,
    HINT,
    MAYBE_FURNITURE,
    classify,
    is_boiler_line,
    opens_tail,
)


def _marks(markup: str) -> int:
    element = html.fragment_fromstring(markup)
    return classify(element, str(element.tag))


@pytest.mark.parametrize(
    "markup",
    [
        '<div class="share-buttons"></div>',
        '<div class="social-icons"></div>',
        '<div class="jp-relatedposts"></div>',
        '<div class="newsletter-signup"></div>',
        '<div id="cookie-banner"></div>',
        '<div class="ad-slot"></div>',
        '<div class="adsbygoogle"></div>',
        '<div class="ad728"></div>',
        '<div class="ad-3f9a2c"></div>',
        '<ul class="breadcrumbs"></ul>',
        '<div class="post-share"></div>',
        '<div class="postRating"></div>',
        "<nav></nav>",
        '<div role="navigation"></div>',
        "<footer></footer>",
    ],
)
def test_furniture(markup: str) -> None:
    assert _marks(markup) & FURNITURE


@pytest.mark.parametrize(
    "markup",
    ['<div class="comments-area"></div>', '<section id="comments"></section>',
     '<div id="disqus_thread"></div>', '<article class="comment-body"></article>'],
)  # fmt: skip
def test_comment_threads(markup: str) -> None:
    assert _marks(markup) & COMMENTS


@pytest.mark.parametrize(
    "markup",
    ['<div class="sidebar"></div>', "<aside></aside>", '<div class="site-footer"></div>',
     '<div class="site-header"></div>', '<div class="author-bio"></div>'],
)  # fmt: skip
def test_only_suggested_furniture(markup: str) -> None:
    marks = _marks(markup)
    assert marks & MAYBE_FURNITURE
    assert not marks & FURNITURE


@pytest.mark.parametrize(
    "markup",
    [
        # WordPress puts the post's tags into the article's classes.
        '<div class="post type-post tag-comments category-social"></div>',
        # State modifiers on wrappers name what sits beside the article.
        '<div class="container has-sidebar no-comments"></div>',
        '<div class="layout-with-sidebar"></div>',
        # Page builders call every block a widget.
        '<div class="elementor-widget-container"></div>',
        # An <article> is only furniture when it is a comment.
        '<article class="post promo"></article>',
        '<div class="paywall"></div>',
        "<div></div>",
        # Generated hashes (styled-components, page builders) spell no words: no "ad" here.
        '<div class="sc-9749ad0f-0 kKpQzA"></div>',
        '<div id="w-node-b5343ad4-d1b4-c331-818c-58e1b5a83f3a" class="blog-right"></div>',
        # Generated ids and hashes hold no words: "40db356813ad" is not an "ad".
        '<h1 id="auto-gen-706e8b39-28d3-4ad6-a15c-40db356813ad"></h1>',
        '<div class="box-3fad91c"></div>',
    ],
)
def test_not_furniture(markup: str) -> None:
    assert not _marks(markup) & (FURNITURE | MAYBE_FURNITURE | COMMENTS)


@pytest.mark.parametrize(
    "markup",
    ['<div class="entry-content"></div>', '<div itemprop="articleBody"></div>',
     '<div class="article__body"></div>', '<div class="field field--name-body"></div>',
     # The body wins over a furniture word in the same class list.
     '<div class="body-ad-wrapper field-body"></div>',
     '<div class="entry-content share-enabled"></div>'],
)  # fmt: skip
def test_content_hints(markup: str) -> None:
    marks = _marks(markup)
    assert marks & HINT
    assert not marks & (FURNITURE | MAYBE_FURNITURE)


@pytest.mark.parametrize(
    "markup",
    ["<div hidden></div>", '<div aria-hidden="true"></div>', '<div style="display: none"></div>',
     '<span style="visibility:hidden"></span>', '<span class="sr-only"></span>',
     '<span class="screen-reader-text"></span>'],
)  # fmt: skip
def test_hidden(markup: str) -> None:
    assert _marks(markup) & (HIDDEN | FURNITURE)


def test_visible_styles_are_not_hidden() -> None:
    assert not _marks('<div style="display: block; color: red"></div>') & HIDDEN


def test_streamed_segments_are_not_hidden() -> None:
    # React's streaming rendering sends a Suspense segment hidden and a script shows it.
    assert not _marks('<div hidden id="S:0"></div>') & HIDDEN
    assert not _marks('<div id="S:12" hidden=""></div>') & HIDDEN
    assert _marks('<div hidden id="S:menu"></div>') & HIDDEN
    assert _marks('<div hidden id="XS:0"></div>') & HIDDEN


@pytest.mark.parametrize(
    "line",
    ["Advertisement", "Anzeige", "Share this article", "Read more:", "Lesen Sie auch",
     "Subscribe to our newsletter for more stories", "Follow us on Twitter",
     "How useful was this article? Click on a star to rate it!", "Tags: politics, NATO",
     "12 Comments", "Leave a reply", "Wie bewerten Sie diesen Artikel?", "Beitragsbild",
     "weiterlesen 10 Minuten", "4 Min Read", "En savoir plus",
     "Rezept drucken Bei Pinterest speichern",
     "This entry was posted in News. Bookmark the permalink.",
     "Dieser Eintrag wurde veröffentlicht in Podcast und verschlagwortet mit Berlin."],
)  # fmt: skip
def test_boiler_lines(line: str) -> None:
    assert is_boiler_line(line)


@pytest.mark.parametrize(
    "line",
    ["The council voted on Tuesday.", "Share prices fell by four percent on Monday.",
     "Readers of this story may recall the 2019 vote.", "Photography is his first love."],
)  # fmt: skip
def test_story_lines_are_not_boiler(line: str) -> None:
    assert not is_boiler_line(line)


@pytest.mark.parametrize(
    "heading",
    ["Related", "Related articles", "More from Politics", "You may also like", "Comments",
     "Mehr zum Thema", "À lire aussi", "Noticias relacionadas", "Ähnliche Beiträge",
     "Das könnte Dich auch interessieren", "Articles similaires", "Articoli correlati",
     "Related Coverage", "Über den Autor", "Temas relacionados", "Mehr zu Wärmepumpen",
     "Noch mehr Infos für dich", "Weiterführende Informationen", "Meistgelesene Artikel",
     "Entdecke weitere Geschichten", "Verwandte Themenbereiche"],
)  # fmt: skip
def test_tail_headings(heading: str) -> None:
    assert opens_tail(heading)


@pytest.mark.parametrize(
    "heading", ["What changes for riders", "Related costs rise", "Latest", "Mehr Busse für Köln"]
)
def test_story_headings(heading: str) -> None:
    assert opens_tail(heading) is (heading == "Latest")


def test_class_answers_are_cached() -> None:
    boilerplate.furniture_names.cache_clear()
    for _ in range(3):
        _marks('<div class="share-buttons"></div>')
    assert boilerplate.furniture_names.cache_info().hits >= 2


def _furniture_names_reference(names: str, strict: bool) -> int:
    """The rule as first written, one pass over the words of every name: the cached
    per-name version must answer the same."""
    found = 0
    for name in names.split():
        lowered = name.lower()
        if lowered in boilerplate._BAD_WHOLE:
            return boilerplate.FURNITURE
        if lowered.startswith(boilerplate._TAXONOMY):
            continue
        if any(c.isdigit() for c in name):
            name = boilerplate._HEX_TOKEN.sub(" ", name)
        words = [w.lower() for w in boilerplate._WORD_RE.findall(name)]
        if not words or boilerplate._is_content_name(words):
            continue
        for word in words:
            if word in boilerplate._STATE_WORDS:
                break
            if word in boilerplate._COMMENT_WORDS:
                return boilerplate.COMMENTS | boilerplate.FURNITURE
            if strict:
                continue
            if word in boilerplate._BAD_WORDS:
                found = boilerplate.FURNITURE
            if word in boilerplate._WEAK_WORDS and not found:
                found = boilerplate.MAYBE_FURNITURE
    return found


_CLASS_WORDS = st.sampled_from(
    [
        "share", "sidebar", "comments", "no", "has", "entry", "content", "post", "tag-news",
        "hidden", "author", "bio", "Box", "related", "main", "row", "x", "sr-only", "with",
        "Sidebar", "AD", "ad", "menu", "body",
    ]
)  # fmt: skip
_CLASS_NAME = st.lists(_CLASS_WORDS, min_size=1, max_size=4).flatmap(
    lambda words: st.sampled_from(["-", "_", ""]).map(lambda sep: sep.join(words))
)


@given(st.lists(_CLASS_NAME, max_size=5).map(" ".join), st.booleans())
@example("share sidebar", False)
@example("sidebar share", False)
@example("sidebar-share no-share", False)
@example("share-comments", True)
@example("entry-content share sr-only", True)
def test_furniture_names_agrees_with_the_word_by_word_rule(names: str, strict: bool) -> None:
    assert boilerplate.furniture_names(names, strict) == _furniture_names_reference(names, strict)
