"""An example newsparse plugin: an adapter for the (fictional) Example Gazette, gazette.example.

The Gazette prints its dek in ``<p class="gazette-dek">`` and its key points in
``<ul class="gazette-points">``; everything else the generic defaults already get right,
so only those fields and the content region are overridden.
"""

from __future__ import annotations

from typing import ClassVar

from lxml.cssselect import CSSSelector

from newsparse import Adapter, Page
from newsparse.toolkit import text_of

_DEK = CSSSelector("p.gazette-dek")
_POINTS = CSSSelector("ul.gazette-points > li")


class ExampleGazetteAdapter(Adapter):
    name = "example_gazette"
    hosts = frozenset({"gazette.example"})
    content_selectors: ClassVar[tuple[str, ...]] = ("div.gazette-story",)
    exclude: ClassVar[tuple[str, ...]] = (".gazette-share", ".gazette-points")

    def standfirst(self, page: Page) -> str | None:
        found = _DEK(page.root)
        return text_of(found[0]) or None if found else None

    def quick_read(self, page: Page) -> tuple[str, ...]:
        return tuple(t for t in (text_of(li) for li in _POINTS(page.root)) if t)
