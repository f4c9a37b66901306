"""Examples of :func:`newsparse.extract.content.analyze` on small hand-written pages.

Each page holds a short story among the furniture of a news site; the body must be the
story's blocks, in order, with nothing else.
"""

from __future__ import annotations

import json

import pytest
from lxml import etree, html

from newsparse.extract.content import Content, analyze
from newsparse.model import BlockKind
from newsparse.page import Page

STORY = [
    "The city council voted on Tuesday to expand the night bus network, adding four routes "
    "that will run until three in the morning from next spring.",
    "Council members said the decision followed a year of complaints from shift workers, "
    "who have had to rely on taxis after the last trains leave the central station.",
    "The new routes will cost about two million euros a year, paid for by a small increase "
    "in parking fees in the city centre, according to the transport department.",
]
MENU = '<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav>'
FOOTER = "<footer><p>Copyright 2026 The Daily Example. All rights reserved.</p></footer>"


def _paragraphs(texts: list[str]) -> str:
    return "".join(f"<p>{t}</p>" for t in texts)


def _analyze(body: str, head: str = "", *, root_css: str | None = None) -> Content:
    page = Page.from_html(
        f"<html><head>{head}</head><body>{body}</body></html>", "https://news.example/a"
    )
    root = page.body.find(root_css) if root_css else None
    return analyze(page, root=root, exclude=())


def _texts(content: Content) -> list[str]:
    return [b.text for b in content.blocks]


def _page(article: str, *, sidebar: str = "") -> str:
    aside = f'<aside class="sidebar">{sidebar}</aside>' if sidebar else ""
    story = f"<article><h1>Night buses</h1>{article}</article>"
    return f'{MENU}<div class="layout">{story}{aside}</div>{FOOTER}'


def test_story_among_furniture() -> None:
    content = _analyze(_page(_paragraphs(STORY)))
    assert _texts(content) == STORY
    assert all(b.kind is BlockKind.PARAGRAPH for b in content.blocks)
    assert content.root is not None
    assert content.root.tag == "article"


@pytest.mark.parametrize(
    "furniture",
    [
        '<div class="share-buttons"><a href="#">Share on Facebook</a> <a href="#">Tweet</a></div>',
        '<div class="newsletter-signup"><p>Get our morning briefing in your inbox every day, '
        "free of charge, by signing up for the newsletter below.</p></div>",
        '<div class="related-posts"><h3>Related</h3><ul><li><a href="/b">Trams return to the '
        'old town after forty years</a></li><li><a href="/c">Bike lanes on the ring road'
        "</a></li></ul></div>",
        '<div class="post-ratings"><p>How useful was this article? Click on a star to rate it!'
        "</p></div>",
        '<section id="comments" class="comments-area"><p>I have waited for this for years, it is '
        "about time the council listened to the people who keep this city running.</p></section>",
        '<div class="cookie-consent"><p>We use cookies to improve your experience on our site.'
        "</p></div>",
        '<div class="ad-slot">Advertisement</div>',
        '<div class="author-bio"><p>Jane Doe covers transport and city hall for the Daily '
        "Example and has reported from the council chamber since 2015.</p></div>",
        '<p class="byline">By Jane Doe</p>',
        '<div style="display:none"><p>Hidden text that no reader of the page ever sees, '
        "left behind by an old template.</p></div>",
        '<span class="sr-only">Skip to the next section of the page</span>',
    ],
    ids=["share", "newsletter", "related", "rating", "comments", "cookie", "ad", "author-box",
         "byline", "hidden", "screen-reader"],
)  # fmt: skip
def test_furniture_inside_the_article_is_left_out(furniture: str) -> None:
    article = f"{furniture}{_paragraphs(STORY[:2])}{furniture}<p>{STORY[2]}</p>{furniture}"
    assert _texts(_analyze(_page(article))) == STORY


def test_block_kinds() -> None:
    article = (
        f"<p>{STORY[0]}</p><h2>What changes for riders</h2>"
        "<ul><li>Four new routes from the central station</li><li>Buses every twenty minutes"
        "</li></ul><blockquote><p>This is the best news shift workers have had in years.</p>"
        f"</blockquote><p>{STORY[1]}</p>"
    )
    content = _analyze(_page(article))
    assert [(b.kind, b.text) for b in content.blocks] == [
        (BlockKind.PARAGRAPH, STORY[0]),
        (BlockKind.SUBHEADING, "What changes for riders"),
        (BlockKind.LIST_ITEM, "Four new routes from the central station"),
        (BlockKind.LIST_ITEM, "Buses every twenty minutes"),
        (BlockKind.QUOTE, "This is the best news shift workers have had in years."),
        (BlockKind.PARAGRAPH, STORY[1]),
    ]


def test_loose_text_split_at_line_breaks() -> None:
    article = f'<div class="text">{STORY[0]}<br><br>{STORY[1]}<br>{STORY[2]}</div>'
    assert _texts(_analyze(_page(article))) == STORY


def test_inline_markup_keeps_words_whole() -> None:
    article = f"<p>The <b>coun</b>cil <a href='/c'>voted</a> on <em>Tuesday</em>. {STORY[0]}</p>"
    article += _paragraphs(STORY[1:])
    assert _texts(_analyze(_page(article)))[0] == f"The council voted on Tuesday. {STORY[0]}"


def test_teasers_after_a_related_heading_are_dropped() -> None:
    article = _paragraphs(STORY) + (
        "<h2>More from the Daily Example</h2><p><a href='/x'>Trams return to the old town</a></p>"
        "<p><a href='/y'>Bike lanes on the ring road are finally finished</a></p>"
    )
    assert _texts(_analyze(_page(article))) == STORY


def test_calls_to_action_are_dropped() -> None:
    article = f"<p>{STORY[0]}</p><p>Read more:</p><p>{STORY[1]}</p><p>Advertisement</p>"
    article += f"<p>{STORY[2]}</p><p>Subscribe to our newsletter for more stories</p>"
    assert _texts(_analyze(_page(article))) == STORY


def test_repeated_headline_is_not_body() -> None:
    head = '<meta property="og:title" content="Night buses run until 3 a.m.">'
    article = f"<p>Night buses run until 3 a.m.</p>{_paragraphs(STORY)}"
    assert _texts(_analyze(_page(article), head)) == STORY


def test_dateline_is_split_off_the_first_paragraph() -> None:
    article = f"<p>BERLIN (AP) — {STORY[0]}</p>{_paragraphs(STORY[1:])}"
    content = _analyze(_page(article))
    assert content.dateline is not None
    assert (content.dateline.location, content.dateline.agency) == ("BERLIN", "AP")
    assert _texts(content) == STORY


def test_dateline_in_its_own_element() -> None:
    article = f"<p>WASHINGTON (AP) —</p>{_paragraphs(STORY)}"
    content = _analyze(_page(article))
    assert content.dateline is not None
    assert content.dateline.location == "WASHINGTON"
    assert _texts(content) == STORY


def test_syndication_line_becomes_the_source() -> None:
    article = f"<p>The Associated Press has the story:</p>{_paragraphs(STORY)}"
    content = _analyze(_page(article))
    assert content.source == "The Associated Press"
    assert _texts(content) == STORY


def test_quick_read_items_are_not_body() -> None:
    points = [
        "Routes: four new night routes start from the central station.",
        "Money: parking fees pay for the two million euros a year.",
    ]
    box = "<h3>Quick Read</h3><ul>" + "".join(f"<li>{p}</li>" for p in points) + "</ul>"
    content = _analyze(_page(box + _paragraphs(STORY)))
    assert content.quick_read == tuple(points)
    assert _texts(content) == STORY


def test_figure_is_media_not_body() -> None:
    figure = (
        '<figure><img src="/bus.jpg" width="800" height="500">'
        "<figcaption>A night bus at the central station. (AP Photo/Jane Doe)</figcaption></figure>"
    )
    content = _analyze(_page(f"<p>{STORY[0]}</p>{figure}{_paragraphs(STORY[1:])}"))
    assert _texts(content) == STORY
    assert [(m.url, m.position) for m in content.media] == [("https://news.example/bus.jpg", 1)]
    assert content.media[0].caption is not None
    assert "night bus" in content.media[0].caption


_LEAD = (
    '<figure><img src="/lead.jpg" width="1200" height="675">'
    "<figcaption>Passengers wait for the first night bus. Photo: Jane Doe</figcaption></figure>"
)


def _header_page(header: str, *, title: str = "<h1>Night buses</h1>") -> str:
    """A story whose header (headline, lead figure) sits outside the text container."""
    body = f'<div class="story-body">{_paragraphs(STORY)}</div>'
    return f'{MENU}<article><header class="article-header">{title}{header}</header>{body}</article>'


def test_lead_figure_above_the_text_container_is_the_lead_media() -> None:
    content = _analyze(_header_page(_LEAD))
    assert _texts(content) == STORY
    assert [(m.url, m.position) for m in content.media] == [("https://news.example/lead.jpg", 0)]
    assert content.media[0].caption == "Passengers wait for the first night bus."
    assert content.media[0].credit == "Jane Doe"


def test_lead_figure_under_a_headline_that_is_not_an_h1() -> None:
    head = '<meta property="og:title" content="Night buses run until three">'
    title = '<h2 class="title"><span>Transport:</span> Night buses run until three</h2>'
    content = _analyze(_header_page(_LEAD, title=title), head)
    assert [m.url for m in content.media] == ["https://news.example/lead.jpg"]


@pytest.mark.parametrize(
    "header",
    [
        # The author's portrait links to the author's page.
        '<figure class="byline"><a href="/authors/jane"><img src="/jane.jpg" width="400"'
        ' height="400"></a><figcaption>By Jane Doe</figcaption></figure>',
        # A box of furniture that does not hold the headline.
        '<div class="author-bio"><figure><img src="/jane.jpg" width="400" height="400">'
        "<figcaption>Jane Doe writes about transport.</figcaption></figure></div>",
        # A read-aloud player.
        '<audio src="/story.mp3"></audio>',
    ],
)
def test_header_furniture_is_not_the_lead_figure(header: str) -> None:
    content = _analyze(_header_page(header))
    assert _texts(content) == STORY
    assert content.media == ()


def test_only_figures_after_the_headline_lead() -> None:
    teaser = '<figure><img src="/other.jpg" width="800" height="450"></figure>'
    content = _analyze(f"{teaser}{_header_page('')}")
    assert content.media == ()


def test_figure_in_the_article_header_inside_the_region() -> None:
    header = f'<header class="article-header"><h1>Night buses</h1>{_LEAD}</header>'
    content = _analyze(f"{MENU}<article>{header}{_paragraphs(STORY)}</article>{FOOTER}")
    assert content.root is not None
    assert content.root.tag == "article"
    assert _texts(content) == STORY
    assert [m.url for m in content.media] == ["https://news.example/lead.jpg"]


@pytest.mark.parametrize(
    ("shared", "expected"),
    [
        ("https://news.example/lead.jpg?width=1200", ["https://news.example/lead.jpg"]),
        ("https://news.example/other.jpg", []),
    ],
)
def test_figure_above_the_headline_leads_when_it_is_the_shared_image(
    shared: str, expected: list[str]
) -> None:
    head = f'<meta property="og:image" content="{shared}">'
    body = f'<div class="story-body">{_paragraphs(STORY)}</div>'
    article = f"<article><header>{_LEAD}<h1>Night buses</h1></header>{body}</article>"
    content = _analyze(f"{MENU}{article}", head)
    assert [m.url for m in content.media if m.caption] == expected


def test_lightbox_link_keeps_the_lead_figure() -> None:
    linked = _LEAD.replace(
        '<img src="/lead.jpg" width="1200" height="675">',
        '<a href="/lead-big.jpg"><img src="/lead.jpg" width="1200" height="675"></a>',
    )
    content = _analyze(_header_page(linked))
    assert [m.url for m in content.media] == ["https://news.example/lead.jpg"]


def test_picture_inside_a_zoom_button_is_media() -> None:
    figure = (
        '<button aria-label="Open image viewer"><figure><img src="/bus.jpg" width="800"'
        ' height="500"></figure></button>'
    )
    content = _analyze(_page(f"<p>{STORY[0]}</p>{figure}{_paragraphs(STORY[1:])}"))
    assert _texts(content) == STORY
    assert [(m.url, m.position) for m in content.media] == [("https://news.example/bus.jpg", 1)]


def _gallery(figures: str) -> str:
    return f'<div class="photo-gallery"><div class="gallery-slides">{figures}</div></div>'


def test_captioned_photos_of_a_gallery_in_the_story_are_media() -> None:
    figures = "".join(
        f'<figure><img src="/p{i}.jpg" width="800" height="500">'
        f"<figcaption>Photo {i} of the new night bus. Photo: Jane Doe</figcaption></figure>"
        for i in range(3)
    )
    content = _analyze(_page(f"<p>{STORY[0]}</p>{_gallery(figures)}{_paragraphs(STORY[1:])}"))
    assert _texts(content) == STORY
    assert [m.url for m in content.media] == [f"https://news.example/p{i}.jpg" for i in range(3)]
    assert [m.credit for m in content.media] == ["Jane Doe"] * 3


@pytest.mark.parametrize(
    "figure",
    [
        # Teasers link to other stories.
        '<figure><a href="/other-{i}"><img src="/p{i}.jpg" width="800" height="500"></a>'
        "<figcaption>Another story {i} worth reading today</figcaption></figure>",
        # A carousel of pictures without captions.
        '<figure><img src="/p{i}.jpg" width="800" height="500"></figure>',
    ],
)
def test_teaser_carousels_are_not_media(figure: str) -> None:
    figures = "".join(figure.format(i=i) for i in range(3))
    content = _analyze(_page(f"<p>{STORY[0]}</p>{_gallery(figures)}{_paragraphs(STORY[1:])}"))
    assert _texts(content) == STORY
    assert content.media == ()


def test_story_beside_a_longer_link_list() -> None:
    links = "".join(
        f'<li><a href="/s{i}">Another story number {i} with a fairly long title</a></li>'
        for i in range(30)
    )
    body = f'{MENU}<div class="list"><ul>{links}</ul></div><div class="story">'
    body += f"{_paragraphs(STORY)}</div>{FOOTER}"
    content = _analyze(body)
    assert _texts(content) == STORY


def test_json_ld_article_body_picks_the_region() -> None:
    other = [" ".join(reversed(t.split())) for t in STORY]  # as much prose, another text
    ld = {"@type": "NewsArticle", "headline": "Night buses", "articleBody": " ".join(STORY)}
    head = f'<script type="application/ld+json">{json.dumps(ld)}</script>'
    body = f'<div class="a">{_paragraphs(other)}</div><div class="b">{_paragraphs(STORY)}</div>'
    assert _texts(_analyze(body, head)) == STORY


def test_unclosed_furniture_wrapper_does_not_hide_the_story() -> None:
    # An unclosed <header class="top-menu"> makes the parser nest the whole page in it.
    body = (
        f'<header class="top-menu"><ul><li><a href="/">Home</a></li></ul><main>{_paragraphs(STORY)}'
    )
    assert _texts(_analyze(body)) == STORY


def test_layout_wrapper_named_after_its_sidebar() -> None:
    body = (
        f'{MENU}<div class="container-with-sidebar"><div class="entry">{_paragraphs(STORY)}'
        '</div><div class="sidebar"><p>Popular: the ten best bakeries in town, ranked by '
        "our readers.</p></div></div>"
    )
    assert _texts(_analyze(body)) == STORY


def test_article_body_inside_a_wrapper_with_a_furniture_name() -> None:
    # A newsletter archive's issue page: the body sits in "newsletter-wrapper".
    sidebar = _paragraphs([STORY[0].upper(), STORY[1].upper()])
    body = (
        f'{MENU}<div class="newsletter-wrapper"><article><div class="entry-content">'
        f"{_paragraphs(STORY)}</div></article></div><aside>{sidebar}</aside>"
    )
    assert _texts(_analyze(body)) == STORY


def test_newsletter_box_inside_the_story_is_still_furniture() -> None:
    box = '<div class="newsletter"><p>Get the morning briefing in your inbox every day.</p></div>'
    body = f'{MENU}<article><div class="entry-content">{_paragraphs(STORY)}{box}</div></article>'
    assert _texts(_analyze(body)) == STORY


def test_story_rendered_twice_is_read_once() -> None:
    # A responsive layout: the same story in a desktop and a mobile column.
    story = [*STORY, *(text.upper() for text in STORY)]
    column = f"<div>{_paragraphs(story)}</div>"
    body = f"{MENU}<article><div>{column}</div><div>{column}</div></article>"
    assert _texts(_analyze(body)) == story


def test_recurring_short_lines_are_kept() -> None:
    specs = [f"{story} Pros: light. Cons: loud." for story in STORY]
    texts = [specs[0], "Key specs", specs[1], "Key specs", specs[2]]
    assert _texts(_analyze(f"<article>{_paragraphs(texts)}</article>")) == texts


def test_table_in_a_figure_is_body_text() -> None:
    table = (
        '<figure class="wp-block-table"><table><tr><th>Route</th><th>Last bus</th></tr>'
        "<tr><td>N4 Harbour</td><td>03:10</td></tr></table></figure>"
    )
    body = f"{MENU}<article>{_paragraphs(STORY[:2])}{table}{_paragraphs(STORY[2:])}</article>"
    texts = _texts(_analyze(body))
    assert texts == [*STORY[:2], "Route", "Last bus", "N4 Harbour", "03:10", STORY[2]]


def test_story_named_like_furniture_beside_a_long_footer() -> None:
    # "content-nav-section" names the section by its table of contents. The footer's blurb
    # is furniture either way, so it does not count against the section's share.
    story = [*STORY, STORY[0].upper()]
    footer = f"<footer>{_paragraphs([STORY[1].upper(), STORY[2].upper()])}</footer>"
    body = f'{MENU}<main><div class="content-nav-section">{_paragraphs(story)}</div></main>{footer}'
    assert _texts(_analyze(body)) == story


def test_short_story_above_a_long_footer() -> None:
    # The footer's disclaimers outweigh a short notice; a <footer> is still end matter.
    disclaimer = [text.upper() for text in STORY] * 2
    body = f"{MENU}<main>{_paragraphs(STORY)}</main><footer>{_paragraphs(disclaimer)}</footer>"
    assert _texts(_analyze(body)) == STORY


def test_highlighted_code_keeps_its_comments() -> None:
    # Syntax highlighters name spans after the code's syntax: "comment" is no comment thread.
    code = (
        '<pre><code><span class="hljs-comment"># stage every changed file</span>\n'
        'git add <span class="token meta">-A</span></code></pre>'
    )
    body = f"{MENU}<article>{_paragraphs(STORY)}{code}</article>"
    assert _texts(_analyze(body)) == [*STORY, "# stage every changed file git add -A"]


def test_adapter_root_is_used_as_is() -> None:
    body = f'<div id="one">{_paragraphs(STORY[:1])}</div><div id="two">{_paragraphs(STORY)}</div>'
    content = _analyze(body, root_css=".//div[@id='one']")
    assert _texts(content) == STORY[:1]


def test_adapter_exclusions() -> None:
    page = Page.from_html(
        f'<html><body><article><div class="promo-x">{STORY[0]}</div>'
        f"{_paragraphs(STORY[1:])}</article></body></html>"
    )
    content = analyze(page, root=None, exclude=(".promo-x",))
    assert _texts(content) == STORY[1:]


def test_deep_documents_are_walked_without_recursion() -> None:
    # Built node by node: the HTML parser itself flattens documents this deep.
    root = html.fromstring("<html><body></body></html>")
    parent = root.find("body")
    assert parent is not None
    for _ in range(5000):
        parent = etree.SubElement(parent, "div")
    for text in STORY:
        etree.SubElement(parent, "p").text = text
    content = analyze(Page(root=root), root=None, exclude=())
    assert _texts(content) == STORY


def test_story_streamed_into_a_hidden_segment() -> None:
    # React streaming rendering: the shell, then the story hidden in a segment a script shows.
    body = (
        f'{MENU}<template id="B:0"></template><p>Loading the story…</p>{FOOTER}'
        f'<div hidden id="S:0"><main><h1>Night buses</h1>{_paragraphs(STORY)}</main></div>'
    )
    assert [b.text for b in _analyze(body).blocks] == STORY


def test_story_inside_a_wrapper_with_a_hashed_class() -> None:
    # "sc-1ad2f3e4-0": a styled-components hash whose letters happen to spell "ad".
    # The sidebar's prose keeps the wrapper from holding so much of the page's prose that
    # a furniture name would be overruled.
    sidebar = _paragraphs([STORY[0].upper(), STORY[1].upper()])
    body = (
        f'{MENU}<div class="sc-1ad2f3e4-0 fXyZab"><article>{_paragraphs(STORY)}</article></div>'
        f"<aside>{sidebar}</aside>"
    )
    assert [b.text for b in _analyze(body).blocks] == STORY


def test_empty_body() -> None:
    content = _analyze("")
    assert content.blocks == ()
    assert content.dateline is None


def test_story_in_sections_between_link_boxes() -> None:
    # Each section is its own container; link boxes sit between them in the same parent.
    links = "".join(f'<li><a href="/t{i}">Tip number {i} for a day out</a></li>' for i in range(40))
    body = (
        f'{MENU}<div class="page"><div class="section">{_paragraphs(STORY[:2])}</div>'
        f'<div class="tips"><ul>{links}</ul></div>'
        f'<div class="section">{_paragraphs(STORY[2:])}</div></div>{FOOTER}'
    )
    assert _texts(_analyze(body)) == STORY


def test_ruby_readings_are_not_body_text() -> None:
    # Furigana print the reading above each word; inline they would split the words.
    article = (
        "<p>The <ruby>council<rp>(</rp><rt>KOUN-sil</rt><rp>)</rp></ruby> voted on Tuesday. "
        f"{STORY[0]}</p>{_paragraphs(STORY[1:])}"
    )
    assert _texts(_analyze(_page(article)))[0] == f"The council voted on Tuesday. {STORY[0]}"


def test_heading_anchor_ids_do_not_make_furniture() -> None:
    article = (
        f"<p>{STORY[0]}</p><h3 id='nav_what_changes_1'>What changes for riders</h3>"
        f"{_paragraphs(STORY[1:])}"
    )
    assert _texts(_analyze(_page(article))) == [STORY[0], "What changes for riders", *STORY[1:]]


def test_one_long_paragraph_does_not_stand_for_the_story() -> None:
    # A short post: one long paragraph, short lines around it, and a share bar inside
    # the post that makes the post itself score lower than its longest paragraph.
    share = "".join(f'<li><a href="/s/{n}">Share on {n}</a></li>' for n in ("Mastodon", "Email"))
    post = (
        f'<div class="post"><p>Good morning!</p>{_paragraphs([" ".join(STORY)])}'
        f"<p>See you next week.</p><ul>{share * 3}</ul></div>"
    )
    assert _texts(_analyze(f"{MENU}{post}{FOOTER}")) == [
        "Good morning!",
        " ".join(STORY),
        "See you next week.",
    ]


def test_prose_in_a_wrapper_named_like_furniture() -> None:
    # Themes name the post wrapper "entry share"; a share bar is never all prose.
    aside = (
        "<aside><p>Our weekly walking tour starts at the old harbour and ends at the new "
        "market hall.</p><p>Tickets are on sale at the tourist office and online until "
        "Friday noon, at half price for children.</p></aside>"
    )
    body = (
        f'{MENU}<div class="entry share"><div class="inner">{_paragraphs(STORY)}</div></div>'
        f"{aside}{FOOTER}"
    )
    assert _texts(_analyze(body)) == STORY


def test_sentence_with_mostly_linked_words_is_kept() -> None:
    linked = (
        'She joined the <a href="/t">transport department of the city</a> in '
        '<a href="/y">the year 2019</a>.'
    )
    titles = '<p><a href="/a">Trams return to the old town after</a> forty years</p>'
    article = f"{_paragraphs(STORY[:2])}<p>{linked}</p>{titles}<p>{STORY[2]}</p>"
    assert _texts(_analyze(_page(article))) == [
        *STORY[:2],
        "She joined the transport department of the city in the year 2019.",
        STORY[2],
    ]


def test_tail_line_that_is_not_a_heading_ends_the_story() -> None:
    bio = (
        "<p>About the author</p><p>Jane Doe covers transport and city hall and has reported "
        "from the council chamber since 2015.</p>"
    )
    assert _texts(_analyze(_page(_paragraphs(STORY) + bio))) == STORY


def test_line_introducing_an_embed_does_not_end_the_story() -> None:
    intro = "<p>More from the morning show:</p><p>The hearing is on June 26.</p>"
    assert _texts(_analyze(_page(_paragraphs(STORY) + intro))) == [
        *STORY,
        "More from the morning show:",
        "The hearing is on June 26.",
    ]
