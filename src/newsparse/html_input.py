"""From untrusted input (bytes or str) to an lxml tree, without crashes or silent loss.

The traps this module designs around are measured facts about libxml2 (see the
project's lxml notes):

* an element nested past libxml2's depth limit makes it drop *everything after it*
  without an exception; we read the parser's error log, unwrap the over-deep
  elements (keeping their text) and parse again;
* one element with ~10^5 attributes takes minutes (quadratic); excess attributes are
  dropped before the parser sees them (the tag scanner understands quoted values, so
  ``a=">"`` cannot hide attributes from it);
* ``str`` input with an XML encoding declaration raises ``ValueError`` and empty input
  raises ``ParserError``: the parser only ever gets UTF-8 bytes with an explicit
  encoding, and emptiness is checked first;
* entities and the network: ``no_network=True`` is set explicitly.
"""

from __future__ import annotations

import functools
import json
import re
import threading

from lxml import etree, html

from newsparse.encoding import decode
from newsparse.errors import (
    DocumentTooComplexError,
    DocumentTooLargeError,
    EmptyDocumentError,
    InputError,
    NotHTMLError,
)
from newsparse.limits import Limits

# Magic numbers of formats crawlers commonly bring back instead of HTML.
_MAGIC = (
    (b"%PDF", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"RIFF", "a RIFF (WebP/WAV/AVI) file"),
    (b"\x1f\x8b", "gzip-compressed data (decompress it first)"),
    (b"PK\x03\x04", "a ZIP archive"),
    (b"BZh", "bzip2-compressed data"),
    (b"\xfd7zXZ", "xz-compressed data"),
    (b"\x28\xb5\x2f\xfd", "zstd-compressed data"),
    (b"\x00\x00\x00\x18ftyp", "an MP4 file"),
    (b"\x00\x00\x00\x20ftyp", "an MP4 file"),
    (b"OggS", "an Ogg file"),
    (b"ID3", "an MP3 file"),
    (b"\x7fELF", "an executable"),
    (b"MZ", "a Windows executable"),
    (b"wOFF", "a web font"),
    (b"wOF2", "a web font"),
)

# C0 controls other than tab, newline, form feed and carriage return: libxml2 may stop
# or drop text at NUL, and none of them is visible text.
_CONTROLS = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f]")
_CONTROL_CHARS = "".join(map(chr, [*range(0x09), 0x0B, *range(0x0E, 0x20), 0x7F]))
# In UTF-8 these bytes only ever stand for themselves, so deleting them from the
# encoded text is the same as deleting the characters (and several times faster).
_CONTROL_BYTES = _CONTROL_CHARS.encode("ascii")
# Whitespace and control characters: what an empty-looking document consists of.
_BLANK = " \t\n\r\f\v" + _CONTROL_CHARS
_ANY_TAG = re.compile(r"<\s*[A-Za-z!?/]")
# The first element of a document, after the XML declaration, comments, doctype and PIs.
_XML_ROOT = re.compile(
    r"(?:<\?[^>]*>\s*|<!--.*?-->\s*|<!DOCTYPE[^>\[]*(?:\[.*?\])?\s*>\s*)*<([A-Za-z][\w:.-]*)",
    re.DOTALL | re.IGNORECASE,
)
_HTML_ROOT = re.compile(r"<(?:html|body)[\s>]", re.IGNORECASE)
# XML formats crawlers fetch by mistake (feeds, sitemaps, images...), by root element.
_XML_FORMATS = {
    "rss": "an RSS feed",
    "feed": "an Atom feed",
    "rdf:rdf": "an RDF/RSS 1.0 feed",
    "urlset": "a sitemap",
    "sitemapindex": "a sitemap index",
    "opml": "an OPML outline",
    "svg": "an SVG image",
    "kml": "a KML document",
    "gpx": "a GPX document",
    "plist": "a property list",
    "soap:envelope": "a SOAP message",
    "wsdl:definitions": "a WSDL document",
}
_HTML_HINT = re.compile(
    r"<\s*(?:!doctype\s+html|html|head|body|title|meta|p|div|h[1-6]|article|span|a|br|table"
    r"|main|section|header|img|ul|li|script|link|style|font|center|b|i|em|strong)\b",
    re.IGNORECASE,
)
# One attribute as the HTML tokenizer reads it: a name (quotes and "<" included), then
# optionally "=" and a quoted or unquoted value (a quoted value may hold ">" and "<").
# Possessive quantifiers only: no input can make the scanner backtrack.
_ATTRIBUTE_SRC = r"""[\s/]*+[^\s/>][^\s/>=]*+(?:\s*+=\s*+(?:"[^"]*+"|'[^']*+'|[^\s>]++))?+"""
_ATTRIBUTE = re.compile(_ATTRIBUTE_SRC)
# The tokens of a document that matter for repairs: comments and raw-text elements
# (skipped whole, unterminated ones run to the end as in a browser), and tags with their
# attribute run. Every alternative always matches, so scanning never restarts inside a
# tag: the scan is linear in the input whatever it holds.
_TOKEN = re.compile(
    r"<(?:!--(?:.*?-->|.*)"
    r"|(?P<raw>script|style|textarea|title|xmp|noembed|noframes)\b(?:.*?</(?P=raw)\s*>|.*)"
    rf"|(?P<close>/?)(?P<name>[A-Za-z][^\s/>]*+)(?P<attrs>(?:{_ATTRIBUTE_SRC})*+)"
    r"(?P<selfclose>\s*+/)?+)",
    re.DOTALL | re.IGNORECASE,
)
# Elements that never have content: they never deepen the tree.
_VOID = frozenset(
    "area base br col embed hr img input link meta param source track wbr keygen".split()
)
# Implied end tags, as the parser applies them: a start tag closes the current element
# when it is one of these (<li> closes an open <li>, <td> an open <td>...). The first
# depth repair models them; the second, stricter one does not (documents that nest
# such elements for real).
_BLOCK_STARTS = (
    "address article aside blockquote center details dialog dir div dl fieldset figcaption"
    " figure footer form h1 h2 h3 h4 h5 h6 header hgroup main menu nav ol p pre section"
    " table ul"
).split()
_CLOSES: dict[str, frozenset[str]] = {
    **{name: frozenset({"p"}) for name in _BLOCK_STARTS},
    "li": frozenset({"li", "p"}),
    "dt": frozenset({"dt", "dd", "p"}),
    "dd": frozenset({"dt", "dd", "p"}),
    "tr": frozenset({"tr", "td", "th", "p"}),
    "td": frozenset({"td", "th", "p"}),
    "th": frozenset({"td", "th", "p"}),
    "option": frozenset({"option"}),
}

_local = threading.local()
_CLASS_LOOKUP = etree.ElementDefaultClassLookup(
    element=html.HtmlElement,
    comment=html.HtmlComment,
    pi=html.HtmlProcessingInstruction,
    entity=html.HtmlEntity,
)


def _parser() -> html.HTMLParser:
    # lxml parsers keep state and must not be shared between threads.
    parser: html.HTMLParser | None = getattr(_local, "parser", None)
    if parser is None:
        parser = html.HTMLParser(
            encoding="utf-8",
            huge_tree=True,  # deep trees up to libxml2's 2048 levels and big text nodes
            no_network=True,
            remove_comments=True,
            remove_pis=True,
            remove_blank_text=False,
            default_doctype=False,
        )
        # lxml.html picks each element's class in a Python callback (form, input and
        # label elements get their own classes), which runs every time an element is
        # touched; one class for all, looked up in C, is measurably faster and we use
        # none of the special classes.
        parser.set_element_class_lookup(_CLASS_LOOKUP)
        _local.parser = parser
    return parser


_SURROGATE = re.compile("[\ud800-\udfff]")


def to_text(data: bytes | str, *, limits: Limits, transport_encoding: str | None = None) -> str:
    """Decoded, cleaned text of the input, or an :class:`InputError`."""
    if isinstance(data, str):
        # Cheap check first (a character is at least one UTF-8 byte), exact one after.
        if (
            len(data) > limits.max_bytes
            or len(data.encode("utf-8", "surrogatepass")) > limits.max_bytes
        ):
            raise DocumentTooLargeError(
                f"input is {len(data):,} characters, more than {limits.max_bytes:,} bytes as UTF-8"
                " (raise Limits.max_bytes to accept it)"
            )
        # Lone surrogates (from a broken decoder upstream) cannot be encoded for the
        # parser: they become U+FFFD, as a browser shows them.
        # A BOM left in front of a decoded str (common) is no content.
        text = _SURROGATE.sub("\ufffd", data).removeprefix("\ufeff")
    elif isinstance(data, bytes | bytearray | memoryview):
        raw = bytes(data)
        if len(raw) > limits.max_bytes:
            raise DocumentTooLargeError(
                f"input is {len(raw):,} bytes; the limit is {limits.max_bytes:,}"
                " (raise Limits.max_bytes to accept it)"
            )
        if not raw.strip():
            raise EmptyDocumentError("the document is empty")
        for magic, what in _MAGIC:
            if raw.startswith(magic):
                raise NotHTMLError(f"the input is {what}, not HTML")
        text = decode(raw, transport_encoding=transport_encoding).text
    else:
        raise InputError(f"html must be bytes or str, not {type(data).__name__}")
    if not text.strip():
        raise EmptyDocumentError("the document is empty or only whitespace")
    head = text[:4096]
    if head.count("\x00") + head.count("\ufffd") > len(head) * 0.1:
        raise NotHTMLError("the input looks like binary data, not HTML")
    if not text.strip(_BLANK):
        raise EmptyDocumentError("the document holds only control characters")
    # Control characters are deleted from the parser's bytes (see _build), not here: a
    # regex over the whole text costs more than the parse itself.
    stripped = text.lstrip(_BLANK)
    if stripped[:1] in ("{", "[") and (
        not _ANY_TAG.search(stripped[:2000]) or _is_json(_CONTROLS.sub("", stripped))
    ):
        raise NotHTMLError("the input looks like JSON, not HTML")
    root = _XML_ROOT.match(stripped[:65536])
    if root and _xml_format(root.group(1).lower(), stripped):
        raise NotHTMLError(
            f"the input is {_XML_FORMATS[root.group(1).lower()]} (<{root.group(1)}>), not HTML"
        )
    if not _HTML_HINT.search(text[:200_000]) and not _HTML_HINT.search(text[-50_000:]):
        raise NotHTMLError("the input has no HTML markup")
    return text


def _xml_format(root: str, text: str) -> bool:
    """Whether a document whose first element is ``root`` is an XML format, not a page."""
    if root not in _XML_FORMATS or _HTML_ROOT.search(text[:200_000]):
        return False
    # An HTML fragment may start with inline SVG; an SVG file declares itself.
    return root != "svg" or text.startswith("<?xml")


def _is_json(text: str) -> bool:
    try:
        json.loads(text)
    except (ValueError, RecursionError):
        return False
    return True


def _limit_attributes(text: str, limit: int) -> tuple[str, int, int]:
    """Drop attributes past ``limit`` on any element.

    Returns the text, how many tags changed, and how many start tags there are (an upper
    bound of the element count, for ``Limits.max_elements``; same scan, no extra cost).
    """
    out: list[str] = []
    last = 0
    changed = 0
    starts = 0
    for match in _TOKEN.finditer(text):
        raw, name, close, run = match.group("raw", "name", "close", "attrs")
        if raw or (name and not close):
            starts += 1
        # Each attribute takes at least one character: short runs need no counting.
        if not run or len(run) <= limit:
            continue
        attributes = _ATTRIBUTE.findall(run)
        if len(attributes) <= limit:
            continue
        changed += 1
        out.append(text[last : match.start("attrs")])
        out.append("".join(attributes[:limit]))
        last = match.end("attrs")
    if not changed:
        return text, 0, starts
    out.append(text[last:])
    return "".join(out), changed, starts


def _flatten(text: str, max_depth: int, *, strict: bool) -> str:
    """Remove start and end tags nested deeper than ``max_depth``, keeping all text.

    A tag-level pass with a stack of open elements (no tree, no recursion): an end tag
    closes the innermost open element of its name, and an end tag with no open element
    is ignored, as the parser does; implied end tags close ``p``, ``li``, ``td``...
    It only has to be good enough that the re-parse stays under libxml2's limit, and it
    never removes text. ``strict`` ignores implied end tags (over-counting depth), for
    documents that nest such elements for real.
    """
    out: list[str] = []
    stack: list[str] = []
    open_names: dict[str, int] = {}
    dropped: dict[str, int] = {}
    last = 0
    for match in _TOKEN.finditer(text):
        name, close, selfclose = match.group("name", "close", "selfclose")
        if name is None:
            continue
        name = name.lower()
        if name in _VOID or selfclose:
            continue
        if close:
            if dropped.get(name):
                dropped[name] -= 1
                out.append(text[last : match.start()])
                out.append(" ")
                last = _tag_end(text, match.end())
            elif open_names.get(name):
                while stack:
                    top = stack.pop()
                    open_names[top] -= 1
                    if top == name:
                        break
        else:
            closes = None if strict else _CLOSES.get(name)
            while closes and stack and stack[-1] in closes:
                open_names[stack.pop()] -= 1
            if len(stack) < max_depth:
                stack.append(name)
                open_names[name] = open_names.get(name, 0) + 1
                continue
            dropped[name] = dropped.get(name, 0) + 1
            out.append(text[last : match.start()])
            out.append(" ")
            last = _tag_end(text, match.end())
    out.append(text[last:])
    return "".join(out)


def _tag_end(text: str, at: int) -> int:
    """Just after the ``>`` closing a tag whose attributes end at ``at``."""
    end = text.find(">", at)
    return len(text) if end < 0 else end + 1


def _too_deep(parser: html.HTMLParser) -> bool:
    return any(e.type_name == "ERR_RESOURCE_LIMIT" for e in parser.error_log)


def _build(text: str) -> tuple[html.HtmlElement | None, bool]:
    parser = _parser()
    try:
        data = text.encode("utf-8").translate(None, _CONTROL_BYTES)
        root = etree.fromstring(data, parser=parser)
    except etree.ParserError:
        return None, False
    except etree.XMLSyntaxError as exc:  # pragma: no cover - recover=True makes this rare
        raise InputError(f"the document cannot be parsed: {exc}") from None
    return root, _too_deep(parser)


@functools.lru_cache(maxsize=8)
def _too_many_attributes(limit: int) -> re.Pattern[str]:
    """A tag with more than ``limit`` attributes, found by the regex engine alone.

    The same attribute pattern as :data:`_TOKEN`'s, tried at every ``<``: it may also
    match inside a script or comment (then the exact scan runs for nothing), but it
    never misses a tag the exact scan would trim.
    """
    return re.compile(rf"</?[A-Za-z][^\s/>]*+(?:{_ATTRIBUTE_SRC}){{{limit + 1}}}")


def _needs_scan(text: str, limits: Limits) -> bool:
    """Whether the exact tag scan of :func:`_limit_attributes` can change anything.

    The scan is a Python loop over every tag (it cost more than the lxml parse itself
    on typical pages); these two C-level checks rule it out on almost every real page: a
    start tag needs a ``<``, and an over-long tag is found by :func:`_too_many_attributes`.
    """
    if text.count("<") > limits.max_elements:
        return True
    return _too_many_attributes(limits.max_attributes).search(text) is not None


def build_tree(text: str, *, limits: Limits) -> tuple[html.HtmlElement, list[str]]:
    """The lxml root of the document, with notes on any repair made to the input."""
    notes: list[str] = []
    changed = elements = 0
    if _needs_scan(text, limits):
        text, changed, elements = _limit_attributes(text, limits.max_attributes)
    if elements > limits.max_elements:
        raise DocumentTooComplexError(
            f"the document has {elements:,} elements; the limit is {limits.max_elements:,}"
            " (raise Limits.max_elements to accept it)"
        )
    if changed:
        notes.append(
            f"{changed} element(s) had more than {limits.max_attributes} attributes;"
            " the rest were dropped"
        )
    root, too_deep = _build(text)
    if too_deep:
        # libxml2 dropped everything after an over-deep element: unwrap the deep
        # elements and parse again; if the usual heuristics are not enough, count
        # every element (documents that really nest <p> or <td>).
        for strict in (False, True):
            root, too_deep = _build(_flatten(text, limits.max_depth, strict=strict))
            if not too_deep:
                break
        if too_deep:
            raise DocumentTooComplexError(
                "the document is nested too deeply to parse without losing content"
                f" (more than {limits.max_depth} levels even after unwrapping)"
            )
        notes.append(
            f"elements nested deeper than {limits.max_depth} levels were unwrapped (text kept)"
        )
    if root is None:
        raise EmptyDocumentError("the document has no elements")
    if not isinstance(root, html.HtmlElement):  # pragma: no cover - HTMLParser always builds them
        raise InputError("the document did not parse as HTML")
    return root, notes
