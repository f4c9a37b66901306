"""Small batch inputs built with warcio from tiny pages written here (no corpus pages).

A plain module rather than a conftest.py: mypy and pytest both see one module per name."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

from attrs import frozen

ARTICLE = """<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>{title} | Example News</title></head><body>
<article><h1>{title}</h1>
<p>The council met on Tuesday evening and voted on the budget for the coming year.</p>
<p>Members debated the plan for three hours before the final vote was taken.</p>
</article></body></html>"""

# Declares no charset in the markup: only the HTTP header says windows-1251.
CYRILLIC = """<html><head><title>Городской совет</title></head><body>
<article><h1>Городской совет утвердил бюджет</h1>
<p>Депутаты обсуждали план три часа, прежде чем проголосовать за него.</p>
</article></body></html>"""
CYRILLIC_HEADLINE = "Городской совет утвердил бюджет"


@frozen(kw_only=True)
class Page:
    url: str
    body: bytes
    content_type: str = "text/html; charset=utf-8"
    status: str = "200 OK"


def article(title: str) -> bytes:
    return ARTICLE.format(title=title).encode("utf-8")


#: The HTML documents of the test WARC, in file order.
WARC_DOCUMENTS = (
    Page(url="https://news.example/2026/01/budget", body=article("Budget passes")),
    Page(
        url="https://news.example/ru/budget",
        body=CYRILLIC.encode("cp1251"),
        content_type="text/html; charset=windows-1251",
    ),
    Page(url="https://news.example/empty", body=b"   "),  # parses to an error
    Page(url="https://news.example/2026/01/roads", body=article("Roads reopen")),
)
#: Responses that are not documents.
WARC_NON_DOCUMENTS = (
    Page(url="https://news.example/logo.png", body=b"\x89PNG\r\n\x1a\n", content_type="image/png"),
    Page(url="https://news.example/gone", body=article("Gone"), status="404 Not Found"),
)


def _response(writer: object, page: Page) -> None:
    head = (
        f"HTTP/1.1 {page.status}\r\nContent-Type: {page.content_type}\r\n"
        f"Content-Length: {len(page.body)}\r\n\r\n"
    ).encode("ascii")
    raw = head + page.body
    record = writer.create_warc_record(  # type: ignore[attr-defined]
        page.url, "response", payload=io.BytesIO(raw), length=len(raw)
    )
    writer.write_record(record)  # type: ignore[attr-defined]


def write_warc(path: Path) -> Path:
    """A WARC(.gz) with warcinfo, a request, documents and non-documents, in a fixed order."""
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=path.name.endswith(".gz"))
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "tests"}))
        first, *rest = WARC_DOCUMENTS
        request = b"GET /2026/01/budget HTTP/1.1\r\nHost: news.example\r\n\r\n"
        writer.write_record(
            writer.create_warc_record(
                first.url, "request", payload=io.BytesIO(request), length=len(request)
            )
        )
        _response(writer, first)
        _response(writer, WARC_NON_DOCUMENTS[0])
        _response(writer, rest[0])
        _response(writer, WARC_NON_DOCUMENTS[1])
        for page in rest[1:]:
            _response(writer, page)
    return path


def damage_warc(path: Path) -> Path:
    """Corrupt the fourth record (the PNG response, right after the first document).

    Its gzip member is scrambled, or its WARC version line is overwritten.
    """
    start, length = record_spans(path)[3]
    data = bytearray(path.read_bytes())
    if path.name.endswith(".gz"):
        for i in range(start + 20, start + length - 8):
            data[i] ^= 0x55
    else:
        data[start : start + 8] = b"XXXX/1.0"
    path.write_bytes(bytes(data))
    return path


def record_spans(path: Path) -> list[tuple[int, int]]:
    """(offset, length) of every record of a WARC file, as warcio reports them."""
    from warcio.archiveiterator import ArchiveIterator

    spans = []
    with path.open("rb") as stream:
        records = ArchiveIterator(stream)
        for record in records:
            record.content_stream().read()
            spans.append((records.get_record_offset(), records.get_record_length()))
    return spans


def write_jsonl(path: Path) -> list[int]:
    """JSONL with good records, a blank line and broken lines; returns the document lines."""
    lines = [
        json.dumps({"url": "https://news.example/j/1", "html": article("First").decode()}),
        "",
        "{not json",
        json.dumps({"url": "https://news.example/j/2", "html": CYRILLIC}, ensure_ascii=False),
        json.dumps(["a", "list"]),
        json.dumps({"url": "https://news.example/j/3"}),
        json.dumps({"url": None, "html": article("No URL").decode()}),
    ]
    text = "\n".join(lines) + "\n"
    if path.name.endswith(".gz"):
        path.write_bytes(gzip.compress(text.encode("utf-8")))
    else:
        path.write_text(text, encoding="utf-8")
    return [1, 3, 4, 5, 6, 7]


def write_tree(root: Path) -> list[str]:
    """A directory of pages (plain, gzipped, nested, and files to ignore); paths in walk order."""
    (root / "b" / "c").mkdir(parents=True)
    (root / "a.html").write_bytes(article("Alpha"))
    (root / "b" / "z.htm").write_bytes(article("Zulu"))
    (root / "b" / "c" / "d.html.gz").write_bytes(gzip.compress(article("Delta")))
    (root / "b" / "notes.txt").write_text("not a page", encoding="utf-8")
    (root / "b" / "c" / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    return [str(root / "a.html"), str(root / "b" / "z.htm"), str(root / "b" / "c" / "d.html.gz")]


def write_encoded_warc(path: Path) -> list[str]:
    """Responses whose bodies are gzip Content-Encoded (one intact, one damaged); their URLs."""
    from warcio.warcwriter import WARCWriter

    good, bad = "https://news.example/gz/good", "https://news.example/gz/bad"
    body = gzip.compress(article("Compressed"))
    damaged = body[:20] + bytes(b ^ 0x55 for b in body[20:-8]) + body[-8:]
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        for url, payload in ((good, body), (bad, damaged)):
            head = (
                "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
                f"Content-Encoding: gzip\r\nContent-Length: {len(payload)}\r\n\r\n"
            ).encode("ascii")
            raw = head + payload
            record = writer.create_warc_record(
                url, "response", payload=io.BytesIO(raw), length=len(raw)
            )
            writer.write_record(record)
    return [good, bad]
