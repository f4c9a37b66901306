"""Inputs of a batch run, read as a stream of :class:`Document` values.

An input is an HTML file (``.gz`` decompressed), a directory (walked recursively for
``.html``, ``.htm``, ``.html.gz`` and ``.htm.gz``, in a stable order), a WARC/ARC file
(``.warc``, ``.warc.gz``, ``.arc``, ``.arc.gz``; read with ``warcio``) or a JSONL file of
``{"url": ..., "html": ...}`` records (``.jsonl``, ``.ndjson``, optionally ``.gz``).

Everything is streamed: one document at a time is held in memory, never a whole input.
A record that cannot be read becomes a :class:`Document` carrying a :class:`RecordError`,
so the caller reports it instead of losing it. Records that are not documents at all
(WARC request/metadata records, non-HTML or non-2xx responses, blank JSONL lines) are
counted in ``skipped`` by reason. WARC specifics live in :mod:`newsparse.batch.warc`.
"""

from __future__ import annotations

import contextlib
import gzip
import io
import json
import os
import zlib
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from typing import Literal

from newsparse.batch.records import Document, RecordError, Source, SourceKind, unreadable
from newsparse.batch.warc import archive_iterator, warc_documents
from newsparse.errors import DocumentTooLargeError, InputError
from newsparse.limits import DEFAULT_LIMITS

HTML_SUFFIXES = (".html", ".htm", ".html.gz", ".htm.gz")
WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz")
# JSON escapes can make a line up to six times longer than the HTML it carries.
_JSONL_OVERHEAD = 6


def kind_of(path: str | os.PathLike[str]) -> SourceKind | Literal["directory"]:
    """How an input is read, decided by what it is and its name."""
    if os.path.isdir(path):
        return "directory"
    name = os.fspath(path).lower()
    if name.endswith(WARC_SUFFIXES):
        return "warc"
    if name.endswith(JSONL_SUFFIXES):
        return "jsonl"
    return "file"


def check_inputs(inputs: Iterable[str | os.PathLike[str]]) -> None:
    """Fail before any work when an input is missing or needs an absent dependency."""
    for item in inputs:
        if not os.path.exists(item):
            raise InputError(f"no such file or directory: {os.fspath(item)}")
        if kind_of(item) == "warc":
            archive_iterator()


def iter_documents(
    inputs: Iterable[str | os.PathLike[str]],
    *,
    max_bytes: int = DEFAULT_LIMITS.max_bytes,
    skipped: Counter[str] | None = None,
    on_progress: Callable[[int], None] | None = None,
) -> Iterator[Document]:
    """Every document of every input, in input order, streamed.

    :param max_bytes: bytes read per document; one more is read so that the parser
        reports an over-large page as :class:`~newsparse.DocumentTooLargeError`.
    :param skipped: counts records that are not documents, by reason.
    :param on_progress: called with the number of input bytes consumed so far.
    """
    counter = skipped if skipped is not None else Counter()
    done = 0
    for item in inputs:
        path = os.fspath(item)
        kind = kind_of(path)
        if kind == "directory":
            unlisted: list[OSError] = []
            for file in walk_html(path, errors=unlisted):
                while unlisted:  # a subdirectory that cannot be listed: say so
                    yield _unlisted(unlisted.pop(0), path)
                yield _read_file(file, max_bytes)
                done += _size(file)
                if on_progress is not None:
                    on_progress(done)
            for error in unlisted:
                yield _unlisted(error, path)
            continue
        if kind == "file":
            yield _read_file(path, max_bytes)
        else:
            reader = warc_documents if kind == "warc" else _jsonl_documents
            report = None if on_progress is None else _offset_by(on_progress, done)
            yield from reader(path, max_bytes, counter, report)
        done += _size(path)
        if on_progress is not None:
            on_progress(done)


def _offset_by(report: Callable[[int], None], base: int) -> Callable[[int], None]:
    return lambda position: report(base + position)


def total_bytes(inputs: Iterable[str | os.PathLike[str]]) -> int:
    """Input bytes a run will read (directories walked): the denominator of the ETA."""
    total = 0
    for item in inputs:
        if kind_of(item) == "directory":
            total += sum(_size(file) for file in walk_html(os.fspath(item)))
        else:
            total += _size(os.fspath(item))
    return total


def walk_html(top: str, *, errors: list[OSError] | None = None) -> Iterator[str]:
    """HTML files under ``top``: a directory's files, then its subdirectories, each sorted.

    The order is stable across runs, which ``--resume`` and reproducible output rely on.
    Directories that cannot be listed are appended to ``errors`` (``os.walk`` would
    otherwise skip them without a word).
    """
    for directory, subdirs, files in os.walk(
        top, onerror=errors.append if errors is not None else None
    ):
        subdirs.sort()
        for name in sorted(files):
            if name.lower().endswith(HTML_SUFFIXES):
                yield os.path.join(directory, name)


def _unlisted(error: OSError, top: str) -> Document:
    where = error.filename if isinstance(error.filename, str) else top
    reason = error.strerror or error
    return unreadable(Source(kind="file", path=where), f"cannot list directory {where}: {reason}")


def _size(path: str) -> int:
    try:
        return os.path.getsize(path)
    except OSError:
        return 0


def _open(path: str) -> io.BufferedIOBase:
    if _gzipped(path):
        return gzip.GzipFile(path, "rb")
    return open(path, "rb")


def _gzipped(path: str) -> bool:
    return path.lower().endswith(".gz")


def _read_file(path: str, max_bytes: int) -> Document:
    source = Source(kind="file", path=path)
    try:
        with _open(path) as stream:
            data = stream.read(max_bytes + 1)
    except (OSError, EOFError, zlib.error) as exc:
        reason = getattr(exc, "strerror", None) or exc
        return Document(source=source, error=RecordError(f"cannot read {path}: {reason}"))
    return Document(source=source, html=data)


# -- JSONL ---------------------------------------------------------------------------------


def _jsonl_documents(
    path: str, max_bytes: int, skipped: Counter[str], report: Callable[[int], None] | None
) -> Iterator[Document]:
    limit = max_bytes * _JSONL_OVERHEAD + 1024
    with contextlib.ExitStack() as stack:
        try:
            raw = stack.enter_context(open(path, "rb"))
        except OSError as exc:
            source = Source(kind="jsonl", path=path)
            yield unreadable(source, f"cannot read {path}: {exc.strerror}")
            return
        stream: io.BufferedIOBase = raw
        if _gzipped(path):
            stream = stack.enter_context(gzip.GzipFile(fileobj=raw))
        number = 0
        while True:
            number += 1
            source = Source(kind="jsonl", path=path, line=number)
            try:
                line = stream.readline(limit)
                if len(line) == limit and not line.endswith(b"\n"):
                    while (rest := stream.readline(limit)) and not rest.endswith(b"\n"):
                        pass  # skip the rest of an over-long line without holding it
                    yield Document(
                        source=source,
                        error=DocumentTooLargeError(f"line {number} is over {limit:,} bytes"),
                    )
                    continue
            except (OSError, EOFError, zlib.error) as exc:
                yield unreadable(source, f"{path} is unreadable from line {number} on: {exc}")
                return
            if not line:
                return
            if report is not None:
                report(raw.tell())
            if not line.strip():
                skipped["blank JSONL line"] += 1
                continue
            yield _jsonl_document(source, line)


def _jsonl_document(source: Source, line: bytes) -> Document:
    try:
        record = json.loads(line)
    except ValueError as exc:
        return unreadable(source, f"line {source.line} is not JSON: {exc}")
    if not isinstance(record, dict):
        return unreadable(source, f"line {source.line} is not a JSON object")
    url, html = record.get("url"), record.get("html")
    if url is not None and not isinstance(url, str):
        return unreadable(source, f'line {source.line}: "url" must be a string or null')
    if not isinstance(html, str):
        return unreadable(source, f'line {source.line}: "html" must be a string', url=url)
    return Document(source=source, url=url, html=html)
