"""One walk of the page body: text blocks, media slots and a content score per container.

The walk is iterative (documents can be thousands of levels deep) and visits every element
once. It yields, in document order:

- :class:`TextBlock` values: each run of text between block-level boundaries (a ``<p>``, an
  ``<li>``, text loose in a ``<div>`` between ``<br>`` s), with its kind, its link characters
  and the innermost page-furniture container around it;
- media slots: elements that :func:`newsparse.extract.media.is_media_container` claims,
  not walked further (captions are not body text);
- :class:`Node` values: one per block-level element, with the good and bad text under it.

:func:`best_region` then picks the container whose text is most article-like: lots of
prose under it, little link text or furniture text (a "maximum subtree" over the scores).
"""

from __future__ import annotations

from typing import Final

from lxml import etree, html

from newsparse.extract import boilerplate
from newsparse.extract.media import is_media_container
from newsparse.model import BlockKind
from newsparse.toolkit.text import normalize_space

# Elements that do not break text into blocks; every other element does.
INLINE_TAGS: Final = frozenset(
    "a abbr acronym b bdi bdo big cite code data del dfn em font i ins kbd mark nobr q rp rt"
    " ruby s samp small span strike strong sub sup time tt u var wbr".split()
)
_FLAGS: Final = boilerplate.FURNITURE | boilerplate.MAYBE_FURNITURE | boilerplate.COMMENTS
_STRONG: Final = boilerplate.FURNITURE | boilerplate.COMMENTS
_PLAIN_INLINE: Final = INLINE_TAGS - {"span", "time", "small", "font", "cite"}
_BREAKS: Final = frozenset({"br", "hr"})
_CODE_TAGS: Final = frozenset({"pre", "code"})
_KIND_TAGS: Final[dict[object, BlockKind | str]] = {
    "li": BlockKind.LIST_ITEM,
    "dd": BlockKind.LIST_ITEM,
    "blockquote": BlockKind.QUOTE,
    "h2": BlockKind.SUBHEADING,
    "h3": BlockKind.SUBHEADING,
    "h4": BlockKind.SUBHEADING,
    "h5": BlockKind.SUBHEADING,
    "h6": BlockKind.SUBHEADING,
}
#: Pseudo-kind of ``<h1>`` text: the headline field's, never a body block.
HEADLINE = "headline"
_PROSE_CHARS = 80  # a block this long reads like a paragraph, not a label
_MIN_CHARS = 25
_LD_WEIGHT = 2.0  # extra weight of text that the JSON-LD articleBody also holds
_LD_COVERAGE = 0.6
_LD_OTHER = 0.0
# Link and furniture text costs half as much as prose gains: a region may take in a share
# bar to reach the paragraphs after it (tuned on WCXB and trafilatura's evaluation pages).
_BAD_WEIGHT = 0.5
_HINT_BONUS = 1.15  # containers that call themselves the article body
# A sibling of the region joins it when it scores this share of the region's score and
# its link/furniture text is at most this share of its prose.
_SIBLING_SHARE = 0.2
_SIBLING_BAD = 0.25

# A container whose markup only suggests furniture ("sidebar", "header", <aside>) is kept
# when it holds this share of the page's prose: layouts name wrappers "with-sidebar", and
# an unclosed <header> swallows the whole page.
_WEAK_SHARE = 0.5
_STRONG_SHARE = 0.75
_PROSE_BAD = 0.1
_FURNITURE_TAGS: Final = frozenset(boilerplate.FURNITURE_TAGS)

#: Walk indices of the flagged containers around an element, outermost first.
Marks = tuple[int, ...]


class Node:
    """A block-level element and the text under it (mutable while the walk runs)."""

    __slots__ = (
        "bad", "element", "end", "flag", "furniture", "good", "hint", "hinted", "ld", "parent",
        "start",
    )  # fmt: skip

    def __init__(
        self, element: html.HtmlElement, start: int, parent: Node | None, furniture: Marks
    ) -> None:
        self.element = element
        self.start = start
        self.end = start
        self.parent = parent
        self.good = 0.0
        self.bad = 0.0
        #: The part of ``good`` that the JSON-LD articleBody also holds.
        self.ld = 0.0
        self.hint = False
        #: The most prose under one container inside (or at) this one that calls itself
        #: the article body.
        self.hinted = 0.0
        #: 0, or boilerplate.FURNITURE / boilerplate.MAYBE_FURNITURE as the markup says.
        self.flag = 0
        #: Walk indices of the flagged containers around (and including) this one.
        self.furniture = furniture

    def contains(self, index: int) -> bool:
        return self.start <= index <= self.end


class TextBlock:
    """One run of visible text, as the walk found it."""

    __slots__ = ("chars", "element", "furniture", "index", "kind", "link_chars", "text")

    def __init__(
        self,
        *,
        text: str,
        kind: BlockKind | str,
        link_chars: int,
        element: html.HtmlElement,
        index: int,
        furniture: Marks,
    ) -> None:
        self.text = text
        self.kind = kind
        self.chars = len(text)
        self.link_chars = min(link_chars, self.chars)
        self.element = element
        #: Walk index of the block-level element holding the text.
        self.index = index
        #: Walk indices of the flagged containers around it.
        self.furniture = furniture

    @property
    def link_density(self) -> float:
        return self.link_chars / self.chars if self.chars else 0.0


class MediaSlot:
    __slots__ = ("blocks_before", "element", "furniture", "index")

    def __init__(
        self, element: html.HtmlElement, index: int, blocks_before: int, furniture: Marks
    ) -> None:
        self.element = element
        self.index = index
        self.blocks_before = blocks_before
        self.furniture = furniture


class Walk:
    """What one walk found; :meth:`run` fills it."""

    def __init__(self, ld_body: str | None, skip: frozenset[html.HtmlElement]) -> None:
        self.nodes: list[Node] = []
        self.blocks: list[TextBlock] = []
        self.media: list[MediaSlot] = []
        #: Walk indices of the flagged containers confirmed as furniture.
        self.confirmed: set[int] = set()
        self._ld = ld_body
        #: Characters of the blocks that the JSON-LD articleBody holds.
        self.ld_chars = 0
        self._skip = skip

    def run(self, body: html.HtmlElement) -> Walk:
        count = 0
        root = Node(body, 0, None, ())
        self.nodes.append(root)
        # Per open block-level element: its node, its text buffer, link characters in it,
        # the block kind text inherits there, and the innermost furniture index.
        nodes = [root]
        buffers: list[list[str]] = [[]]
        links = [0]
        kinds: list[BlockKind | str] = [BlockKind.PARAGRAPH]
        furniture: list[Marks] = [()]
        flagged: list[Node] = []
        in_link = 0
        # Open <pre>/<code> elements: class names in code describe its syntax
        # ("hljs-comment", "token comment"), not the page.
        in_code = 0
        # Elements to open; None means "close the element below it" (no tuples: this is hot).
        stack: list[html.HtmlElement | None] = list(reversed(body))
        if body.text:
            buffers[0].append(body.text)
        page_chars = _chars(body) - sum(len(e.text or "") for e in body.iter("script", "style"))
        skip = self._skip
        # Module constants as locals: the loop runs once per element of the page.
        classify, skip_tags, flush = boilerplate.classify, boilerplate.SKIP_TAGS, self._flush
        hidden, media, hint = boilerplate.HIDDEN, boilerplate.MEDIA, boilerplate.HINT
        comments, flags, strong = boilerplate.COMMENTS, _FLAGS, _STRONG
        inline_tags, code_tags, kind_tags = INLINE_TAGS, _CODE_TAGS, _KIND_TAGS
        while stack:
            popped = stack.pop()
            if popped is None:
                element = stack.pop()
                assert element is not None
                tag = element.tag
                if tag in code_tags:
                    in_code -= 1
                if tag in inline_tags:
                    if tag == "a":
                        in_link -= 1
                else:
                    if buffers[-1]:
                        flush(nodes[-1], buffers[-1], links, kinds[-1], furniture[-1])
                    node = nodes.pop()
                    node.end = count
                    if node.hint and node.good > node.hinted:
                        node.hinted = node.good
                    if node.flag & comments:
                        self._confirm(node)
                    elif node.flag:
                        flagged.append(node)
                    parent = nodes[-1]
                    parent.good += node.good
                    parent.bad += node.bad
                    parent.ld += node.ld
                    if node.hinted > parent.hinted:
                        parent.hinted = node.hinted
                    buffers.pop(), links.pop(), kinds.pop(), furniture.pop()
                tail = element.tail
                if tail:
                    buffers[-1].append(tail)
                    if in_link:
                        links[-1] += len(tail)
                continue
            element = popped
            tag = element.tag
            if not isinstance(tag, str) or tag in skip_tags or element in skip:
                marks = hidden
            elif tag in _BREAKS:
                if buffers[-1]:
                    flush(nodes[-1], buffers[-1], links, kinds[-1], furniture[-1])
                marks = hidden
            else:
                # Links and emphasis are not worth a look at their attributes; spans are
                # ("sr-only", "hidden", "byline").
                marks = 0 if tag in _PLAIN_INLINE else classify(element, tag)
                if in_code:
                    marks &= ~flags
                if marks & media and is_media_container(element):
                    count += 1
                    self.media.append(MediaSlot(element, count, len(self.blocks), furniture[-1]))
                    marks = hidden
            if marks & hidden or (tag in inline_tags and marks & flags):
                tail = element.tail
                if tail:
                    buffers[-1].append(tail)
                    if in_link:
                        links[-1] += len(tail)
                continue
            count += 1
            if tag not in inline_tags:
                # A block-level element: the text before it is a block of its own.
                if buffers[-1]:
                    flush(nodes[-1], buffers[-1], links, kinds[-1], furniture[-1])
                if marks & strong:
                    # Menus, share bars and comment threads are most of a page's elements:
                    # count their text in C and skip them, unless one may hold the article
                    # (an unclosed <header class="top-menu"> swallows the page).
                    size = _chars(element)
                    if marks & comments or size * 5 < page_chars:
                        nodes[-1].bad += size
                        tail = element.tail
                        if tail:
                            buffers[-1].append(tail)
                            if in_link:
                                links[-1] += len(tail)
                        continue
                marked = (*furniture[-1], count) if marks & flags else furniture[-1]
                node = Node(element, count, nodes[-1], marked)
                self.nodes.append(node)
                nodes.append(node)
                buffers.append([])
                links.append(0)
                kinds.append(HEADLINE if tag == "h1" else kind_tags.get(tag, kinds[-1]))
                furniture.append(marked)
                node.flag = marks & flags
                node.hint = bool(marks & hint)
            elif tag == "a":
                in_link += 1
            text = element.text
            if text:
                buffers[-1].append(text)
                if in_link:
                    links[-1] += len(text)
            if tag in code_tags:
                in_code += 1
            stack.append(element)
            stack.append(None)
            stack.extend(reversed(element))
        self._flush(root, buffers[0], links, kinds[0], ())
        root.end = count
        self._settle(flagged, root.good)
        return self

    def _confirm(self, node: Node) -> None:
        """At a furniture container's end: its prose counts as furniture text."""
        self.confirmed.add(node.start)
        node.bad += node.good
        node.good = node.ld = 0.0

    def _settle(self, flagged: list[Node], total: float) -> None:
        """Flagged containers are furniture unless they hold most of the page's prose.

        Markup lies in both directions: themes name wrappers "container-with-sidebar", and
        an unclosed ``<header class="top-menu">`` swallows the whole page. A container
        around the element that calls itself the article body, when that holds most of
        the prose, is a wrapper whatever its name ("newsletter-wrapper" on a newsletter
        archive's issue page).
        """
        # A container holding less than half the prose is furniture either way: the
        # shares of the others are of the prose outside it (a long footer blurb and a
        # pop-up must not make the story's "content-nav-section" look small).
        half = total * _WEAK_SHARE
        furniture = 0.0
        end = -1
        for node in sorted(flagged, key=lambda n: n.start):
            if node.good < half and node.start > end:
                furniture += node.good
                end = node.end
        rest = total - furniture
        weak, strong = rest * _WEAK_SHARE, rest * _STRONG_SHARE
        for node in flagged:  # inner containers close first
            keep = strong if node.flag & boilerplate.FURNITURE else weak
            if node.bad <= node.good * _PROSE_BAD and node.element.tag not in _FURNITURE_TAGS:
                # Share bars, menus and teaser lists are links and labels; a container
                # that is almost all prose is an article whose wrapper has a misleading
                # name ("entry share", "tab-menu--product"). A <footer> is named by its
                # tag, not a theme: its disclaimers are prose too.
                keep = weak
            if node.good >= half and (node.good >= keep or node.hinted >= weak):
                continue
            if not self.confirmed.isdisjoint(node.furniture):
                continue
            self.confirmed.add(node.start)
            amount, ld = node.good, node.ld
            node.bad += amount
            node.good = node.ld = 0.0
            parent = node.parent
            while parent is not None:
                parent.good -= amount
                parent.bad += amount
                parent.ld -= ld
                parent = parent.parent

    def furniture_inside(self, region: Node) -> frozenset[int]:
        """Walk indices of the confirmed furniture strictly inside ``region``.

        A block or media slot is furniture there when its marks meet this set.
        """
        return frozenset(i for i in self.confirmed if region.start < i <= region.end)

    def _flush(
        self,
        node: Node,
        buffer: list[str],
        links: list[int],
        kind: BlockKind | str,
        furniture: Marks,
    ) -> None:
        if not buffer:
            return
        joined = "".join(buffer)
        buffer.clear()
        link_chars = links[-1]
        links[-1] = 0
        if not joined or joined.isspace():
            return
        text = normalize_space(joined)
        block = TextBlock(
            text=text,
            kind=kind,
            link_chars=link_chars,
            element=node.element,
            index=node.start,
            furniture=furniture,
        )
        self.blocks.append(block)
        if _score(node, block, self._ld):
            self.ld_chars += block.chars


def _chars(element: html.HtmlElement) -> int:
    """Characters of text under ``element`` (script text included), counted in C."""
    text = etree.tostring(element, method="text", encoding=str, with_tail=False)
    return len(text) - text.count(" ") - text.count("\n")


def _score(node: Node, block: TextBlock, ld_body: str | None) -> bool:
    """Credit the block's text to its container: prose is good, links and furniture are bad.

    Returns whether the JSON-LD articleBody holds the block.
    """
    chars = block.chars
    if block.kind == HEADLINE:
        return False
    links = block.link_chars
    if links * 2 > chars:
        node.bad += chars
        return False
    prose = chars - links
    if chars >= _PROSE_CHARS:
        weight = 1.0
    elif chars >= _MIN_CHARS:
        weight = 0.5
    else:
        weight = 0.0
    in_ld = ld_body is not None and chars >= _MIN_CHARS and block.text[:60] in ld_body
    if in_ld:
        weight += _LD_WEIGHT
        node.ld += prose * weight
    node.good += prose * weight
    node.bad += links
    return in_ld


def best_region(walk: Walk, *, bad_weight: float = _BAD_WEIGHT) -> Node:
    """The container with the most article-like text: good text minus weighted bad text."""
    best = walk.nodes[0]
    best_score = float("-inf")
    confirmed = walk.confirmed
    other = _other_weight(walk)
    for node in walk.nodes:
        if node.good <= 0 or (node.furniture and not confirmed.isdisjoint(node.furniture)):
            continue
        score = _region_score(node, other, bad_weight)
        if score >= best_score:  # ties go to the inner container
            best, best_score = node, score
    return best


def with_siblings(walk: Walk, region: Node, *, bad_weight: float = _BAD_WEIGHT) -> list[Node]:
    """The region and the sibling containers that read like more of the same story.

    A story split into sections (``<div class="text">`` per section, images and info
    boxes between them) has no container of its own that beats its pieces.
    """
    parent = region.parent
    if parent is None:
        return [region]
    other = _other_weight(walk)
    floor = _region_score(region, other, bad_weight) * _SIBLING_SHARE
    confirmed = walk.confirmed
    parts = [region]
    for node in walk.nodes:
        if node.parent is not parent or node is region or node.good <= 0:
            continue
        if node.furniture and not confirmed.isdisjoint(node.furniture):
            continue
        if node.bad <= node.good * _SIBLING_BAD and _region_score(node, other, bad_weight) >= floor:
            parts.append(node)
    parts.sort(key=lambda n: n.start)
    return parts


def _other_weight(walk: Walk) -> float:
    # When the page shows most of the JSON-LD articleBody, prose it does not hold is
    # another story (a teaser, a second article): it no longer counts.
    ld_len = len(walk._ld or "")
    return _LD_OTHER if ld_len and walk.ld_chars >= _LD_COVERAGE * ld_len else 1.0


def _region_score(node: Node, other: float, bad_weight: float) -> float:
    score = node.ld + other * (node.good - node.ld) - bad_weight * node.bad
    return score * _HINT_BONUS if node.hint else score
