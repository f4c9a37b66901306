"""WARC (and ARC) records as :class:`Document` values, read with ``warcio``; resumes after damage.

Documents are ``response`` records with a 2xx status and an HTML (or absent) HTTP
``Content-Type``, and ``resource`` records of an HTML type. The URL is
``WARC-Target-URI``; the ``charset`` of the HTTP ``Content-Type`` goes to the decoder.

A damaged record (a scrambled gzip member, a bad header, a cut-off file) loses the record
boundaries. Reading then looks for the next place a record can be read (the next gzip
member of a ``.gz`` file, the next ``WARC/1.`` line otherwise), reports the damaged span as
one :class:`RecordError` document, and goes on: one bad record does not cost the rest of a
1 GB crawl file. ``warcio`` is imported only here, when a WARC is read.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Generator, Iterator
from typing import IO, Any

from newsparse.batch.records import Document, MissingDependencyError, Source, unreadable

_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_CHARSET = re.compile(r"""charset\s*=\s*["']?([^\s;"']+)""", re.IGNORECASE)
_GZIP_MAGIC = b"\x1f\x8b\x08"
_WARC_MAGIC = b"WARC/1."
_SCAN_CHUNK = 1 << 20


def archive_iterator() -> Any:
    """warcio's ``ArchiveIterator`` class, or a clear error when warcio is missing."""
    try:
        from warcio.archiveiterator import ArchiveIterator
    except ImportError as exc:
        raise MissingDependencyError(
            "reading WARC files needs warcio: pip install 'newsparse[batch]'"
        ) from exc
    return ArchiveIterator


def warc_documents(
    path: str, max_bytes: int, skipped: Counter[str], report: Callable[[int], None] | None
) -> Iterator[Document]:
    """The documents of one WARC/ARC file, in file order, with an error per damaged span."""
    iterator_class = archive_iterator()
    try:
        stream = open(path, "rb")  # noqa: SIM115 - closed below
    except OSError as exc:
        yield unreadable(Source(kind="warc", path=path), f"cannot read {path}: {exc.strerror}")
        return
    # Plain .arc files have no magic line to find again after damage.
    can_resync = path.lower().endswith((".gz", ".warc"))
    with stream:
        start: int | None = 0
        while start is not None:
            reader = _Reader(stream, path, iterator_class, max_bytes, skipped)
            start = yield from reader.read_from(start, report)
            if start is not None and not can_resync:
                start = None


class _Reader:
    def __init__(
        self,
        stream: IO[bytes],
        path: str,
        iterator_class: Any,
        max_bytes: int,
        skipped: Counter[str],
    ) -> None:
        self.stream = stream
        self.path = path
        self.iterator_class = iterator_class
        self.max_bytes = max_bytes
        self.skipped = skipped

    def read_from(
        self, start: int, report: Callable[[int], None] | None
    ) -> Generator[Document, None, int | None]:
        """Documents from byte ``start`` on; after damage, where reading can go on (or None)."""
        records = self.iterator_class(_From(self.stream, start), arc2warc=True)
        offset = start  # where the next record starts: the start of any damage
        starts: list[int] = []  # where the records read so far began
        while True:
            try:
                record = next(records)
                document = self._document(start, records, record)
                # Asked only now: warcio reads the record to its end to answer.
                starts.append(start + records.get_record_offset())
                offset = start + records.get_record_offset() + records.get_record_length()
            except StopIteration:
                # warcio ends quietly at a cut-off last record (an interrupted download).
                if self._has_data_from(offset):
                    yield unreadable(
                        Source(kind="warc", path=self.path, offset=offset),
                        f"the file ends with an incomplete record at byte {offset};"
                        " it could not be read (a cut-off download?)",
                    )
                return None
            except Exception as exc:  # warcio raises many types on damaged input
                offset = self._damage_start(offset, starts)
                resume = self._next_readable(offset + 1)
                where = (
                    f"reading resumed at byte {resume}"
                    if resume is not None
                    else "the rest of this file could not be read"
                )
                yield unreadable(
                    Source(kind="warc", path=self.path, offset=offset),
                    f"broken WARC record at byte {offset} ({type(exc).__name__}: {exc}); {where}",
                )
                return resume
            if report is not None:
                report(self.stream.tell())
            if document is not None:
                yield document

    def _document(self, start: int, records: Any, record: Any) -> Document | None:
        """The document in ``record``, or None (counted in ``skipped``) when it holds none."""
        headers = record.http_headers
        if record.rec_type == "response" and headers is not None:
            content_type = headers.get_header("Content-Type") or ""
            status = headers.get_statuscode() or ""
        elif record.rec_type == "resource":
            content_type = record.rec_headers.get_header("Content-Type") or ""
            status = "200"
        else:
            self.skipped[f"WARC {record.rec_type} record"] += 1
            return None
        mime = content_type.split(";", 1)[0].strip().lower()
        if mime and mime not in _HTML_TYPES:
            self.skipped["non-HTML response"] += 1
            return None
        if not status.startswith("2"):
            self.skipped["non-2xx response"] += 1
            return None
        url = (record.rec_headers.get_header("WARC-Target-URI") or "").strip().strip("<>") or None
        try:
            body = record.content_stream().read(self.max_bytes + 1)
            error = None
        except Exception as exc:  # a damaged Content-Encoding or chunked body
            body = None
            error = f"cannot decode the HTTP body: {type(exc).__name__}: {exc}"
        # The offset is known only once the record has been read (warcio reads to its end).
        source = Source(kind="warc", path=self.path, offset=start + records.get_record_offset())
        if error is not None:
            return unreadable(source, error, url=url)
        charset = _CHARSET.search(content_type)
        return Document(
            source=source, url=url, html=body, encoding=charset.group(1) if charset else None
        )

    def _damage_start(self, failed: int, starts: list[int]) -> int:
        """Where the damage began in a .gz file: where reading failed, unless that or the
        records just before did not start at a gzip member. A scrambled member can decode
        into garbage "records" that run on into the next good one; the damage then began
        at the last record that started at a member, and the next readable record is
        looked for from there. (A plain WARC record has no such length of its own to
        overrun: it fails where it is.)"""
        if not self.path.lower().endswith(".gz"):
            return failed
        positions = [*starts, failed]
        damage = failed
        for i in range(len(positions) - 1, 0, -1):
            if self._starts_with(positions[i], _GZIP_MAGIC):
                break
            damage = positions[i - 1]  # that record ran on past its end
        return damage

    def _magic(self) -> bytes:
        return _GZIP_MAGIC if self.path.lower().endswith(".gz") else _WARC_MAGIC

    def _starts_with(self, offset: int, magic: bytes) -> bool:
        self.stream.seek(offset)
        return self.stream.read(len(magic)) == magic

    def _next_readable(self, position: int) -> int | None:
        """The first offset at or after ``position`` where a whole record can be read."""
        magic = self._magic()
        while (candidate := self._find(magic, position)) is not None:
            if self._readable_at(candidate):
                return candidate
            position = candidate + 1
        return None

    def _find(self, magic: bytes, position: int) -> int | None:
        self.stream.seek(position)
        carry = b""
        base = position
        while chunk := self.stream.read(_SCAN_CHUNK):
            window = carry + chunk
            found = window.find(magic)
            if found >= 0:
                return base - len(carry) + found
            carry = window[-(len(magic) - 1) :]
            base += len(chunk)
        return None

    def _has_data_from(self, offset: int) -> bool:
        """Whether anything but blank lines follows ``offset``."""
        self.stream.seek(offset)
        while chunk := self.stream.read(_SCAN_CHUNK):
            if chunk.strip():
                return True
        return False

    def _readable_at(self, offset: int) -> bool:
        try:
            record = next(self.iterator_class(_From(self.stream, offset), arc2warc=True))
            record.content_stream().read()
        except Exception:  # not a record boundary after all
            return False
        return True


class _From:
    """A file read from byte ``start`` on, whose ``tell()`` counts from there.

    warcio mixes a counter that starts at 0 with ``tell()`` of the file it reads, so an
    iterator started in the middle of a file needs positions relative to where it starts.
    """

    def __init__(self, stream: IO[bytes], start: int) -> None:
        stream.seek(start)
        self._stream = stream
        self._start = start

    def read(self, size: int = -1) -> bytes:
        return self._stream.read(size)

    def tell(self) -> int:
        return self._stream.tell() - self._start

    def close(self) -> None:
        """The underlying file belongs to the caller."""
