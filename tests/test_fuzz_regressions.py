"""One test per finding of the fuzzer (``fuzz/fuzz_parse.py``) or of the property suite.

Findings on corpus pages are kept as small synthetic pages that reproduce them (corpus
pages never enter the repository). Each test names the invariant that broke.
"""

from __future__ import annotations

import pytest

import newsparse
from newsparse import Article, NewsparseError
from newsparse.toolkit.text import normalize_space

PARA = (
    "The council approved the new budget after a long debate that lasted well into the"
    " night on Tuesday. "
) * 3


def parse(doc: str | bytes, url: str | None = "https://news.example.com/a") -> Article:
    return newsparse.parse(doc, url)


def test_image_alt_text_is_whitespace_normalized() -> None:
    # fuzz run 0, first seed: alt="modern interior tiny house " came out unstripped.
    doc = (
        f"<html><body><article><h1>Tiny houses</h1><p>{PARA}</p>"
        '<img src="https://cdn.example.com/a.jpg" alt="  modern interior\n tiny house  ">'
        f"<p>{PARA}</p></article></body></html>"
    )
    for media in parse(doc).media:
        if media.alt is not None:
            assert media.alt == normalize_space(media.alt)


def test_photo_title_beside_a_picture_is_a_caption_not_a_body_block() -> None:
    # fuzz run 2 (a mutated corpus page): <div class="photo-title"> next to a <picture>
    # was both the image's caption and a paragraph of the body.
    doc = (
        f"<html><body><article><h1>Council passes the budget</h1><p>{PARA}</p>"
        '<section data-widget="image" data-title="The council chamber (2022)"><picture>'
        '<source srcset="https://cdn.example.com/a.webp" type="image/webp">'
        '<img src="https://cdn.example.com/a.jpg" alt="The council chamber (2022)"></picture>'
        '<div class="photo-title">The council chamber (2022)</div></section>'
        f"<p>{PARA}</p></article></body></html>"
    )
    article = parse(doc)
    captions = {m.caption for m in article.media if m.caption}
    assert "The council chamber (2022)" in captions
    assert not captions & {b.text for b in article.body}
    assert [m.position for m in article.media] == [1]


@pytest.mark.parametrize(
    "doc",
    [
        # hostile battery: a JSON-LD headline with escaped lone surrogates and controls
        '<script type="application/ld+json">{"@type": "NewsArticle",'
        ' "headline": "Bad \\ud800 escape \\u0001 here"}</script><h1>x</h1><p>text</p>',
        # hostile battery: only a BOM in a str
        "\ufeff",
        # hostile battery: attributes hidden from the old limiter by ">" in quoted values
        "<h1>T</h1><div " + " ".join(f'a{i}=">"' for i in range(5000)) + "><p>after</p></div>",
    ],
    ids=["jsonld-surrogates", "bom-only", "quoted-gt-attributes"],
)
def test_hostile_findings(doc: str) -> None:
    try:
        article = parse(doc)
    except NewsparseError:
        return
    for text in [article.headline, *(b.text for b in article.body)]:
        text.encode("utf-8")  # no lone surrogates
        assert not any(ord(c) < 32 for c in text)
