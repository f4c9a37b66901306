"""Turning the bytes of a page into text, in the order browsers trust the evidence.

1. a byte-order mark;
2. the charset the transport declared (HTTP ``Content-Type``), when the caller has it;
3. ``<meta charset>`` / ``<meta http-equiv=Content-Type>`` in the first bytes;
4. an XML declaration's ``encoding``;
5. a statistical detector (charset-normalizer) over a sample, then UTF-8.

A declared charset is only believed when it decodes the bytes: pages that say
``iso-8859-1`` and send UTF-8 are common, so a declaration that fails (or that turns
valid UTF-8 into mojibake) falls through to the next step.
"""

from __future__ import annotations

import codecs
import re

from attrs import frozen

# Imported here, not on first use: a parse must never import (and so read files).
from charset_normalizer import from_bytes

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Browsers look at the first 1024 bytes; real pages often put the meta tag later
# (after long <script> blocks in <head>), so look a little further.
_PRESCAN_BYTES = 16 * 1024
_META_CHARSET = re.compile(
    rb"""<meta[^>]+?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.IGNORECASE
)
_XML_DECL = re.compile(rb"""^\s*<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9._:-]+)["']""")
_DETECT_SAMPLE = 64 * 1024

# WHATWG: these labels mean windows-1252 in every browser; the latin-1 codec would
# turn bytes 0x80-0x9F into control characters instead of quotes and dashes.
_ALIASES = {
    "iso-8859-1": "cp1252",
    "iso8859-1": "cp1252",
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "l1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
    "x-sjis": "shift_jis",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "unicode": "utf-16-le",
    "utf-16": "utf-16-le",
    "x-user-defined": "cp1252",
    # WHATWG labels Python does not know, and WHATWG's supersets of the legacy codecs.
    "windows-31j": "cp932",
    "ms_kanji": "cp932",
    "shift_jis": "cp932",
    "shift-jis": "cp932",
    "sjis": "cp932",
    "euc-kr": "cp949",
    "ks_c_5601-1987": "cp949",
    "windows-949": "cp949",
    "x-gbk": "gb18030",
    "x-mac-cyrillic": "mac-cyrillic",
    "x-mac-roman": "mac-roman",
    "windows-874": "cp874",
    "tis-620": "cp874",
    "iso-8859-11": "cp874",
    "iso-8859-8-i": "iso8859-8",
    "big5-hkscs": "big5hkscs",
    "x-x-big5": "big5hkscs",
    "cn-big5": "big5hkscs",
}

# The codecs a page may select: the WHATWG Encoding Standard's encodings (plus UTF-32,
# reachable only through its BOM). Anything else Python can "decode" with -- utf-7 (an
# old XSS vector), rot13, idna, unicode_escape, hex, zlib -- is a lie or an attack, so a
# declaration naming it is ignored like an unknown label.
WEB_CODECS = frozenset(
    "utf-8 utf-8-sig utf-16 utf-16-le utf-16-be utf-32 utf-32-le utf-32-be cp866"
    " iso8859-2 iso8859-3 iso8859-4 iso8859-5 iso8859-6 iso8859-7 iso8859-8 iso8859-10"
    " iso8859-13 iso8859-14 iso8859-15 iso8859-16 koi8-r koi8-u mac-roman mac-cyrillic"
    " cp874 cp1250 cp1251 cp1252 cp1253 cp1254 cp1255 cp1256 cp1257 cp1258 gb18030 gbk"
    " gb2312 big5 big5hkscs euc_jp iso2022_jp shift_jis cp932 euc_kr cp949".split()
)
# WHATWG: a document that declares UTF-16/32 in its own (ASCII) markup is not UTF-16;
# real UTF-16 is recognized from its BOM or its byte pattern before declarations count.
_ASCII_INCOMPATIBLE = frozenset(
    {"utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"}
)


@frozen(kw_only=True)
class Decoded:
    """Text of a page and how its encoding was decided."""

    text: str
    encoding: str
    #: "bom", "transport", "meta", "xml", "detector" or "fallback"
    evidence: str


def normalize_label(label: str | None) -> str | None:
    """A Python codec name for a charset label; None for unknown or non-web encodings."""
    if not label or not isinstance(label, str) or len(label) > 64:
        return None
    name = label.strip().strip("\"'").lower()
    name = _ALIASES.get(name, name)
    try:
        found = codecs.lookup(name).name
    except (LookupError, ValueError):  # ValueError: a label with NUL in it
        return None
    return found if found in WEB_CODECS else None


def _try(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeError, LookupError):
        return None


def _looks_utf16(data: bytes) -> str | None:
    """UTF-16 without a BOM: every other byte of ASCII markup is NUL."""
    sample = data[:512]
    if len(sample) < 8:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.4 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    return None


def declared_encoding(data: bytes) -> tuple[str, str] | None:
    """The encoding the document itself declares, with which evidence."""
    head = data[:_PRESCAN_BYTES]
    match = _META_CHARSET.search(head)
    if match:
        name = normalize_label(match.group(1).decode("ascii", "replace"))
        if name:
            return ("utf-8" if name in _ASCII_INCOMPATIBLE else name), "meta"
    match = _XML_DECL.match(head)
    if match:
        name = normalize_label(match.group(1).decode("ascii", "replace"))
        if name:
            return ("utf-8" if name in _ASCII_INCOMPATIBLE else name), "xml"
    return None


def _believable(data: bytes, encoding: str) -> str | None:
    """Decode with a declared single-byte/legacy charset unless the bytes are clearly UTF-8."""
    text = _try(data, encoding)
    if text is None:
        return None
    if encoding not in ("utf-8",) and not data.isascii() and _try(data, "utf-8") is not None:
        # Valid UTF-8 with multibyte sequences is almost never a legacy encoding by
        # accident; the declaration is the lie (a very common one).
        return None
    return text


def decode(data: bytes, *, transport_encoding: str | None = None) -> Decoded:
    """Decode page bytes; never raises (the last resort replaces undecodable bytes)."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return Decoded(
                text=data[len(bom) :].decode(name, "replace"), encoding=name, evidence="bom"
            )
    utf16 = _looks_utf16(data)
    if utf16:
        return Decoded(text=data.decode(utf16, "replace"), encoding=utf16, evidence="detector")

    transport = normalize_label(transport_encoding)
    if transport in _ASCII_INCOMPATIBLE:
        # No BOM and no UTF-16 byte pattern: the header is wrong about this body.
        transport = None
    if transport:
        text = _believable(data, transport)
        if text is not None:
            return Decoded(text=text, encoding=transport, evidence="transport")
    declared = declared_encoding(data)
    if declared:
        text = _believable(data, declared[0])
        if text is not None:
            return Decoded(text=text, encoding=declared[0], evidence=declared[1])

    text = _try(data, "utf-8")
    if text is not None:
        return Decoded(text=text, encoding="utf-8", evidence="detector")
    detected = _detect(data)
    if detected:
        text = _try(data, detected)
        if text is not None:
            return Decoded(text=text, encoding=detected, evidence="detector")
        return Decoded(
            text=data.decode(detected, "replace"), encoding=detected, evidence="detector"
        )
    return Decoded(text=data.decode("utf-8", "replace"), encoding="utf-8", evidence="fallback")


def _detect(data: bytes) -> str | None:
    best = from_bytes(data[:_DETECT_SAMPLE]).best()
    if best is None:
        return None
    return normalize_label(best.encoding)
