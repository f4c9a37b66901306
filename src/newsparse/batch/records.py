"""The values a batch input is read into: where a document came from, and the document."""

from __future__ import annotations

from typing import Any, Literal

from attrs import frozen

from newsparse.errors import InputError, NewsparseError

SourceKind = Literal["file", "warc", "jsonl"]


class RecordError(InputError):
    """One record of a batch input (a file, a WARC record, a JSONL line) cannot be read."""

    code = "unreadable_record"


class MissingDependencyError(NewsparseError):
    """An optional dependency that this input needs is not installed."""

    code = "missing_dependency"


@frozen(kw_only=True)
class Source:
    """Where a document came from: a file, a WARC record (by byte offset) or a JSONL line."""

    kind: SourceKind
    #: The path as given on the command line (or joined to it when a directory was walked).
    path: str
    #: Byte offset of the WARC record in its (possibly compressed) file.
    offset: int | None = None
    #: 1-based line number in a JSONL file.
    line: int | None = None

    def key(self) -> tuple[str, str, int | None, int | None]:
        """Identity used by ``--resume``: equal keys mean the same document."""
        return (self.kind, self.path, self.offset, self.line)

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "path": self.path, "offset": self.offset, "line": self.line}


@frozen(kw_only=True)
class Document:
    """One page to parse, or the reason it could not be read (``error``)."""

    source: Source
    url: str | None = None
    html: bytes | str | None = None
    #: The charset the transport declared (HTTP ``Content-Type``), handed to the decoder.
    encoding: str | None = None
    error: NewsparseError | None = None


def unreadable(source: Source, message: str, *, url: str | None = None) -> Document:
    """A document that could not be read: reported as an error line, never dropped."""
    return Document(source=source, url=url, error=RecordError(message))
