"""Plain-text and Markdown renderings."""

from __future__ import annotations

from hypothesis import given

from newsparse import Article, Block, Dateline, Media, NavLink
from newsparse.render import to_markdown, to_text
from tests.strategies import articles

ARTICLE = Article(
    headline="Harbour *reopens*",
    standfirst="After two years.",
    authors=["Ann Example"],
    dateline=Dateline(text="BREST (AFP) –", location="BREST", agency="AFP"),
    source="Agence France-Presse",
    quick_read=["Open again", "Fees unchanged"],
    body=[
        Block(kind="paragraph", text="The harbour reopened."),
        Block(kind="subheading", text="Boats return"),
        Block(kind="list_item", text="Trawlers"),
        Block(kind="list_item", text="Ferries"),
        Block(kind="quote", text="We waited long enough."),
    ],
    media=[
        Media(url="https://x.test/lead.jpg", caption="The quay.", credit="AFP", position=0),
        Media(url="https://x.test/boat.jpg", alt="A boat", position=2),
    ],
    navigation=[NavLink(role="next", text="Next story", url="https://x.test/next")],
)


def test_markdown_shape() -> None:
    assert to_markdown(ARTICLE).splitlines() == [
        "# Harbour \\*reopens\\*",
        "",
        "*After two years.*",
        "",
        "By Ann Example · Source: Agence France-Presse",
        "",
        "**Quick read**",
        "",
        "- Open again",
        "- Fees unchanged",
        "",
        "![The quay. (AFP)](https://x.test/lead.jpg)",
        "",
        "**BREST (AFP) –** The harbour reopened.",
        "",
        "## Boats return",
        "",
        "![A boat](https://x.test/boat.jpg)",
        "",
        "- Trawlers",
        "- Ferries",
        "",
        "> We waited long enough.",
        "",
        "Next: [Next story](https://x.test/next)",
    ]


def test_text_is_headline_then_article_text() -> None:
    assert to_text(ARTICLE) == f"{ARTICLE.headline}\n\n{ARTICLE.text}\n"


@given(articles())
def test_every_block_and_media_url_appears_in_markdown(article: Article) -> None:
    markdown = to_markdown(article)
    for media in article.media:
        assert media.url in markdown
    assert markdown.endswith("\n")
    assert markdown.count("\n## ") + markdown.startswith("## ") >= sum(
        1 for b in article.body if b.kind == "subheading"
    )
