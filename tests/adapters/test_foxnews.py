"""Fox News: bold upper-case promo links between paragraphs are not story text, and the
photos keep their place and their two-span caption and credit."""

from __future__ import annotations

from newsparse import parse
from tests.adapters.goldens import REGISTRY

URL = "https://www.foxnews.com/politics/some-story"
PHOTO = (
    '<div class="image-ct inline"><div class="m"><picture>'
    '<img src="https://a57.foxnews.com/static.foxnews.com/foxnews.com/content/uploads/2023/04/'
    '640/320/photo.jpg" alt="x"></picture></div><div class="info"><div class="caption"><p>'
    "<span>Lawmakers met on Tuesday.</span> <span>(AP Photo/Jane Doe)</span></p></div></div></div>"
)
PAGE = (
    "<html><head><title>Committee demands answers</title>"
    '<meta property="og:title" content="Committee demands answers"></head><body><article>'
    '<div class="article-body">'
    "<p>The committee sent a letter.</p>"
    '<p><a href="https://www.foxnews.com/politics/other">'
    "<strong>OTHER STORY HEADLINE</strong></a></p>"
    "<p>It asked for answers.</p>"
    f"{PHOTO}"
    '<p><a href="https://www.foxnews.com/apps">'
    "<strong>CLICK HERE TO GET THE FOX NEWS APP</strong></a></p>"
    '<p>A reply is due in May, the <a href="https://example.org">letter</a> said.</p>'
    "</div></article></body></html>"
)


def test_promos_dropped_and_photo_placed() -> None:
    article = parse(PAGE, url=URL, registry=REGISTRY, strict=True)
    assert article.adapter == "foxnews"
    assert [b.text for b in article.body] == [
        "The committee sent a letter.",
        "It asked for answers.",
        "A reply is due in May, the letter said.",
    ]
    [photo] = article.media
    assert (photo.caption, photo.credit, photo.position) == (
        "Lawmakers met on Tuesday.",
        "AP Photo/Jane Doe",
        2,
    )
