"""CNBC: the Key Points box becomes the quick read; pull quotes are not story text."""

from __future__ import annotations

from newsparse import parse
from tests.adapters.goldens import REGISTRY

URL = "https://www.cnbc.com/2023/04/28/some-story.html"
PAGE = (
    "<html><head><title>Crypto buyers</title>"
    '<meta property="og:title" content="Crypto buyers"></head><body>'
    '<div class="RenderKeyPoints-list"><ul><li>First point.</li><li>Second point.</li></ul></div>'
    '<div class="ArticleBody-articleBody" data-module="ArticleBody">'
    '<div class="group"><p>Friends motivate new investors.</p></div>'
    '<blockquote data-test="Pullquote"><div>Friends motivate.</div></blockquote>'
    '<div class="group"><p>Experts urge caution.</p></div>'
    "</div></body></html>"
)


def test_key_points_and_body() -> None:
    article = parse(PAGE, url=URL, registry=REGISTRY, strict=True)
    assert article.adapter == "cnbc"
    assert article.quick_read == ("First point.", "Second point.")
    assert [b.text for b in article.body] == [
        "Friends motivate new investors.",
        "Experts urge caution.",
    ]
