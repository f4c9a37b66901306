"""The Gateway Pundit: pasted captioned photos, labels of embeds, "Click here" lines and
the bold dek."""

from __future__ import annotations

from newsparse import parse
from tests.adapters.goldens import REGISTRY

URL = "https://www.thegatewaypundit.com/2026/07/some-story/"
PAGE = (
    "<html><head><title>Protests grow</title>"
    '<meta property="og:title" content="Protests grow &amp;#8217;now"></head><body>'
    '<article class="post type-post"><h1 class="entry-title">Protests grow’ now</h1>'
    '<div class="entry-content">'
    "<p><strong>A preventable crisis.</strong></p>"
    "<p>Crowds gathered in the capital.</p>"
    '<p><img src="https://www.thegatewaypundit.com/wp-content/uploads/crowd.jpg" width="600" '
    'height="300" alt=""><br><em>The crowd on Friday</em></p>'
    "<p>They demanded a change.</p>"
    "<p><strong>Watch:</strong></p>"
    '<blockquote class="twitter-tweet"><p>A tweet</p></blockquote>'
    '<p>Click <a href="https://www.thegatewaypundit.com/2026/01/older/">here</a> to read more.</p>'
    "<p>The minister resigned.</p>"
    "</div></article></body></html>"
)


def test_story_dek_and_pasted_photo() -> None:
    article = parse(PAGE, url=URL, registry=REGISTRY, strict=True)
    assert article.adapter == "thegatewaypundit"
    assert article.headline == "Protests grow’ now"
    assert article.standfirst == "A preventable crisis."
    assert [b.text for b in article.body] == [
        "Crowds gathered in the capital.",
        "They demanded a change.",
        "The minister resigned.",
    ]
    photo = next(m for m in article.media if m.url.endswith("crowd.jpg"))
    assert (photo.caption, photo.position) == ("The crowd on Friday", 1)
