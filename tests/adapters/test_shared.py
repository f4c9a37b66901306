"""The helpers site adapters share (``newsparse.adapters._shared``)."""

from __future__ import annotations

from lxml import html
from lxml.cssselect import CSSSelector

from newsparse.adapters._shared import drop_blocks, pruned, split_story, unless_repeated
from newsparse.model import Block, BlockKind, Media


def _blocks(*texts: str) -> tuple[Block, ...]:
    return tuple(Block(kind=BlockKind.PARAGRAPH, text=t) for t in texts)


def test_drop_blocks_moves_media_to_the_blocks_that_remain() -> None:
    blocks = _blocks("one", "PROMO", "two", "PROMO", "three")
    media = [
        Media(url="https://example.com/a.jpg", position=0),
        Media(url="https://example.com/b.jpg", position=2),  # after "one", "PROMO"
        Media(url="https://example.com/c.jpg", position=4),  # after two promos
        Media(url="https://example.com/d.jpg", position=5),  # at the end
    ]
    kept, moved = drop_blocks(blocks, media, lambda _, b: b.text == "PROMO")
    assert [b.text for b in kept] == ["one", "two", "three"]
    assert [m.position for m in moved] == [0, 1, 2, 3]


def test_split_story_takes_the_dateline_off_the_first_block_only() -> None:
    dateline, story = split_story(
        None, _blocks("WASHINGTON (AP) — The Senate voted.", "ROME (AP) — x")
    )
    assert dateline is not None
    assert dateline.location == "WASHINGTON"
    assert dateline.agency == "AP"
    assert [b.text for b in story] == ["The Senate voted.", "ROME (AP) — x"]


def test_split_story_keeps_a_dateline_found_before() -> None:
    first, _ = split_story(None, _blocks("LONDON (Reuters) - Shares fell."))
    dateline, story = split_story(first, _blocks("PARIS (AP) — x"))
    assert dateline == first
    assert story[0].text == "PARIS (AP) — x"


def test_unless_repeated_drops_a_description_that_is_the_first_paragraph() -> None:
    body = _blocks("Mexico’s economy grew by 1.1% in the first quarter, the institute said Friday.")
    repeated = "MEXICO CITY (AP) — Mexico’s economy grew by 1.1% in the first quarter, the insti…"
    assert unless_repeated(repeated, body) is None
    assert unless_repeated("A summary written apart.", body) == "A summary written apart."
    assert unless_repeated(None, body) is None


def test_pruned_removes_nested_boxes_and_keeps_the_text_around_them() -> None:
    root = html.fragment_fromstring(
        '<div><p>Before <span class="promo">Read this!</span>after.</p></div>'
    )
    clean = pruned(root, [CSSSelector(".promo")])
    paragraph = clean.find("p")
    assert paragraph is not None
    assert " ".join(paragraph.text_content().split()) == "Before after."
    assert root.find(".//span") is not None  # the page's own tree is untouched
