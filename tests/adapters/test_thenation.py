"""The Nation: promo boxes that unclosed markup nests inside paragraphs are pruned, and
photos taken out with them come back with their caption, credit and place."""

from __future__ import annotations

from newsparse import parse
from tests.adapters.goldens import REGISTRY

URL = "https://www.thenation.com/article/activism/some-story/"
PHOTO = (
    '<aside class="left image"><img src="https://www.thenation.com/wp-content/uploads/p.jpg" '
    'alt="x"><p class="caption">Workers rally. <span class="credits">(Courtesy of Local 90)'
    "</span></p></aside>"
)
PAGE = (
    "<html><head><title>Teamster rebellion</title>"
    '<meta property="og:title" content="Teamster rebellion"></head><body>'
    '<header class="article-header"><div class="article-header-content">'
    '<h1 class="title">Teamster rebellion</h1>'
    '<h2 class="subtitle">A local prepares for a strike.</h2></div></header>'
    '<section class="article-body"><div class="article-body-inner">'
    f"{PHOTO}"
    "<p>Members rallied at dawn.</p>"
    # An unclosed promo box: the parser nests it in the paragraph.
    "<p>Managers watched the rally."
    '<div class="oneup-blocks"><a href="https://www.thenation.com/article/x/">Read this too</a>'
    "</div></p>"
    "<h6>A coming fight</h6>"
    "<p>The contract expires in July.</p>"
    "</div></section></body></html>"
)


def test_classic_theme() -> None:
    article = parse(PAGE, url=URL, registry=REGISTRY, strict=True)
    assert article.adapter == "thenation"
    assert article.standfirst == "A local prepares for a strike."
    texts = [b.text for b in article.body]
    assert "Managers watched the rally." in texts
    assert not any("Read this too" in t for t in texts)
    assert texts[-1] == "The contract expires in July."
    photo = next(m for m in article.media if m.url.endswith("/p.jpg"))
    assert (photo.caption, photo.credit, photo.position) == (
        "Workers rally.",
        "Courtesy of Local 90",
        0,
    )
