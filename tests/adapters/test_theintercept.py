"""The Intercept: each layout goes to its adapter, with its dek and captioned lead photo."""

from __future__ import annotations

from newsparse import parse
from tests.adapters.goldens import REGISTRY

URL = "https://theintercept.com/2024/02/28/some-story/"
HEAD = '<html><head><title>Story</title><meta property="og:title" content="Story"></head>'
WORDPRESS = (
    f"{HEAD}<body><article class='post'>"
    '<img src="https://theintercept.com/wp-content/uploads/lead.jpg" alt="x">'
    '<header class="post__header"><div class="image__caption"><span>Protesters gather. </span>'
    "<span>Photo: Jane Doe/Getty Images</span></div><h1 class='post__title'>Story</h1>"
    '<p class="post__excerpt">The dek.</p></header>'
    '<div class="entry-content"><div class="entry-content__content">'
    "<p>First paragraph.</p>"
    '<div class="newsletter-embed">Join Our Newsletter</div>'
    '<blockquote data-shortcode-type="pullquote">First.</blockquote>'
    "<p>Second paragraph.</p></div></div></article></body></html>"
)
REACT = (
    f"{HEAD}<body><div class='Post'><div class='Post-title-block'><h1>Story</h1>"
    "<h2 class='Post-excerpt'>The old dek.</h2></div><div class='Post-body'>"
    '<img class="print-only" src="https://theintercept.imgix.net/lead.jpg">'
    '<div class="FeaturedImageCaption"><span class="FeaturedImageCaptionText">'
    '<span class="FeaturedImageCaption-caption">A vote. </span>'
    '<span class="FeaturedImageCaption-credit">Photo: John Roe/AP</span></span></div>'
    "<div class='PostContent'><div><p>Old paragraph.</p>"
    "<p class='caption'>A caption printed as a paragraph.</p></div></div></div></div>"
    "</body></html>"
)


def test_wordpress_layout() -> None:
    article = parse(WORDPRESS, url=URL, registry=REGISTRY, strict=True)
    assert article.adapter == "theintercept_2024"
    assert article.standfirst == "The dek."
    assert [b.text for b in article.body] == ["First paragraph.", "Second paragraph."]
    lead = article.media[0]
    assert (lead.caption, lead.credit, lead.position) == (
        "Protesters gather.",
        "Jane Doe/Getty Images",
        0,
    )


def test_react_layout() -> None:
    article = parse(REACT, url=URL, registry=REGISTRY, strict=True)
    assert article.adapter == "theintercept"
    assert article.standfirst == "The old dek."
    assert [b.text for b in article.body] == ["Old paragraph."]
    assert (article.media[0].caption, article.media[0].credit) == ("A vote.", "John Roe/AP")
