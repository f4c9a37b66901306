"""AP News: the "___" rule ends the story, the dateline leaves the first paragraph,
and the layout variant is chosen by the page's markup."""

from __future__ import annotations

from newsparse import parse
from tests.adapters.goldens import REGISTRY

URL = "https://apnews.com/article/some-story-0123456789abcdef"


def _page(body: str) -> str:
    return (
        "<html><head><title>Senate passes the bill</title>"
        '<meta property="og:title" content="Senate passes the bill"></head>'
        f"<body>{body}</body></html>"
    )


BRIGHTSPOT = _page(
    '<main><bsp-story-page><div class="RichTextStoryBody RichTextBody">'
    "<p>WASHINGTON (AP) — The Senate passed the bill on Friday.</p>"
    '<div class="Advertisement">Advertisement</div>'
    "<p>It now goes to the House.</p>"
    '<div class="Enhancement"><figure class="Figure">'
    '<img src="https://dims.apnews.com/photo.jpg" width="800" height="533" alt="Senators">'
    "<figcaption>Senators leave the chamber. (AP Photo/Jane Doe)</figcaption></figure></div>"
    '<div class="Enhancement"><p>RELATED COVERAGE</p></div>'
    "<h2>___</h2>"
    "<p>Associated Press writer Jane Doe contributed to this report.</p>"
    "</div></bsp-story-page></main>"
)
REACT = _page(
    '<div class="Content"><div class="Article" data-key="article">'
    "<p>MEXICO CITY (AP) — Growth slowed.</p><p>Rates stay high.</p>"
    "</div></div>"
)


def test_brightspot_story_ends_at_the_rule() -> None:
    article = parse(BRIGHTSPOT, url=URL, registry=REGISTRY, strict=True)
    assert article.adapter == "apnews_2024"
    assert [b.text for b in article.body] == [
        "The Senate passed the bill on Friday.",
        "It now goes to the House.",
    ]
    assert article.dateline is not None
    assert (article.dateline.location, article.dateline.agency) == ("WASHINGTON", "AP")
    assert "contributed" not in article.text


def test_react_layout_goes_to_the_parent_adapter() -> None:
    article = parse(REACT, url=URL, registry=REGISTRY, strict=True)
    assert article.adapter == "apnews"
    assert article.dateline is not None
    assert article.dateline.location == "MEXICO CITY"
    assert [b.text for b in article.body] == ["Growth slowed.", "Rates stay high."]


def test_brightspot_inline_photo_keeps_caption_credit_and_place() -> None:
    article = parse(BRIGHTSPOT, url=URL, registry=REGISTRY, strict=True)
    photo = next(m for m in article.media if m.url.endswith("/photo.jpg"))
    assert (photo.caption, photo.credit, photo.position) == (
        "Senators leave the chamber.",
        "AP Photo/Jane Doe",
        2,
    )
