"""``read_story``: the plain walk of an adapter's content root."""

from __future__ import annotations

from lxml import html

from newsparse.adapters._story import read_story, repeats_lede, split_lead_dateline
from newsparse.model import Block, BlockKind, Media
from newsparse.page import Page

_PAGE = b"""<html><head><title>t</title></head><body><div id="root">
<p>WASHINGTON (AP) \xe2\x80\x94 The first paragraph of the story.</p>
<p class="paywall">A paragraph a generic extractor might take for a paywall prompt.</p>
<figure><img src="/a.jpg" width="800" height="600"><figcaption>A caption.</figcaption></figure>
<div class="para">A paragraph written as a div.</div>
<aside><p>Read more: something else</p></aside>
<ul><li>One item</li><li>Two <p>nested</p></li></ul>
<script>var x = "<p>not text</p>";</script>
<h2>A heading</h2>
</div></body></html>"""


def _root(page: Page) -> html.HtmlElement:
    (root,) = page.body.cssselect("#root")
    return root


def test_blocks_media_and_dateline_in_document_order() -> None:
    page = Page.from_html(_PAGE, "https://example.com/story")
    story = read_story(page, _root(page), exclude=("aside",), paragraphs=(".para",))
    assert [b.text for b in story.blocks] == [
        "The first paragraph of the story.",
        "A paragraph a generic extractor might take for a paywall prompt.",
        "A paragraph written as a div.",
        "One item",
        "Two nested",
        "A heading",
    ]
    assert story.blocks[-1].kind is BlockKind.SUBHEADING
    assert story.dateline is not None
    assert story.dateline.agency == "AP"
    (figure,) = story.media
    assert figure.url == "https://example.com/a.jpg"
    assert figure.position == 2  # after the two paragraphs before it


def test_keep_and_reader_have_the_last_say() -> None:
    page = Page.from_html(_PAGE, "https://example.com/story")
    seen: list[int] = []

    def reader(element: html.HtmlElement, page: Page, position: int) -> Media | None:
        seen.append(position)
        return None

    story = read_story(
        page,
        _root(page),
        exclude=("aside",),
        reader=reader,
        keep=lambda e: e.tag != "li",
        dateline=False,
    )
    assert not any(b.kind is BlockKind.LIST_ITEM for b in story.blocks)
    assert story.blocks[0].text.startswith("WASHINGTON (AP)")
    assert story.media == ()
    assert seen == [2]


def test_split_lead_dateline_only_from_a_paragraph() -> None:
    heading = Block(kind=BlockKind.SUBHEADING, text="LONDON — not a dateline here")
    assert split_lead_dateline([heading]) == (None, (heading,))
    lead, rest = split_lead_dateline([Block(kind=BlockKind.PARAGRAPH, text="LONDON — Rain.")])
    assert lead is not None
    assert lead.location == "LONDON"
    assert [b.text for b in rest] == ["Rain."]


def test_repeats_lede() -> None:
    blocks = [Block(kind=BlockKind.PARAGRAPH, text="The council voted on Monday to close it.")]
    assert repeats_lede("The council voted on Monday to close it.", blocks)
    assert repeats_lede("The council voted on Monday to close it …", blocks)
    assert not repeats_lede("Why the council closed the library", blocks)
    assert not repeats_lede(None, blocks)
