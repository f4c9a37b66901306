"""An in-process adapter, passed to parse() through a registry: no packaging needed.

python examples/custom_adapter.py
"""

from __future__ import annotations

from typing import ClassVar

from lxml import html
from lxml.cssselect import CSSSelector

import newsparse
from newsparse import Adapter, Page

PAGE = b"""<html><head><title>Harbour reopens | Bay Courier</title></head><body>
<nav><a href="/">Home</a></nav>
<h1>Harbour reopens</h1>
<div class="courier-body">
  <p>The harbour reopened on Friday after two years of repairs.</p>
  <div class="courier-promo"><p>Subscribe to the Courier for 1 euro.</p></div>
  <p>Fishing boats were the first to return.</p>
</div></body></html>"""

_BODY = CSSSelector("div.courier-body")


class BayCourierAdapter(Adapter):
    name = "bay_courier"
    hosts = frozenset({"baycourier.example"})
    exclude: ClassVar[tuple[str, ...]] = (".courier-promo",)

    def content_root(self, page: Page) -> html.HtmlElement | None:
        found = _BODY(page.root)
        return found[0] if found else None


def main() -> None:
    registry = newsparse.build_registry([BayCourierAdapter])
    article = newsparse.parse(PAGE, "https://baycourier.example/2026/harbour", registry=registry)
    print(article.adapter, "|", article.headline)
    for block in article.body:
        print("-", block.text)


if __name__ == "__main__":
    main()
