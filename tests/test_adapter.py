"""The Adapter base class: declared content selectors."""

from __future__ import annotations

from typing import ClassVar

from newsparse import Adapter, Page

PAGE = b"""<html><body><h1>H</h1>
<div class="teaser"><p>Teaser text.</p></div>
<div class="story"><p>Story text.</p></div>
</body></html>"""


class Preferring(Adapter):
    name = "preferring"
    # The story is preferred although the teaser comes first in the document.
    content_selectors: ClassVar[tuple[str, ...]] = ("div.story", "div.teaser")


class Missing(Adapter):
    name = "missing"
    content_selectors: ClassVar[tuple[str, ...]] = ("div.nowhere",)


def test_content_selectors_are_tried_in_order_of_preference() -> None:
    page = Page.from_html(PAGE)
    root = Preferring().content_root(page)
    assert root is not None
    assert root.get("class") == "story"
    assert [b.text for b in Preferring().body(page)] == ["Story text."]


def test_no_matching_selector_leaves_the_choice_to_the_generic_scorer() -> None:
    page = Page.from_html(PAGE)
    assert Missing().content_root(page) is None
    assert Adapter().content_root(page) is None
