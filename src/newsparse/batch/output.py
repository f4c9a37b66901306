"""The batch output: one JSON object per document (JSONL), a summary, and resuming.

Every line has the same keys, in this order (see ``docs/batch.md``)::

    {"source": {"kind": "warc", "path": "crawl.warc.gz", "offset": 1234, "line": null},
     "url": "https://example.com/a", "ok": true, "error": null, "article": {...}}

``article`` is :func:`newsparse.serialize.to_dict` output; on failure it is null and
``error`` is ``{"class": "NoArticleError", "code": "no_article", "message": "..."}``.
"""

from __future__ import annotations

import json
import time
from collections import Counter
from pathlib import Path
from typing import Any

from attrs import Factory, define

from newsparse.batch.runner import Result
from newsparse.errors import InputError
from newsparse.serialize import to_dict

#: Keys of every output line, in order.
RECORD_KEYS = ("source", "url", "ok", "error", "article")
_SOURCE_KEYS = ("kind", "path", "offset", "line")
SourceKey = tuple[str, str, int | None, int | None]


def to_record(result: Result) -> dict[str, Any]:
    """The JSON-ready output line for one result (the same shape on every engine)."""
    error = result.error
    article = result.article
    return {
        "source": result.source.to_dict(),
        "url": result.url,
        "ok": error is None,
        "error": None
        if error is None
        else {"class": type(error).__name__, "code": error.code, "message": str(error)},
        "article": None if article is None else to_dict(article),
    }


def dumps_record(result: Result) -> str:
    """One output line, without its newline. UTF-8 text, no ``\\u`` escapes."""
    return json.dumps(to_record(result), ensure_ascii=False)


def source_key(record: dict[str, Any]) -> SourceKey:
    """The resume identity of an output line (equal to ``Source.key()`` of its input)."""
    source = record["source"]
    kind, path, offset, line = (source[key] for key in _SOURCE_KEYS)
    if not isinstance(kind, str) or not isinstance(path, str):
        raise TypeError("source.kind and source.path must be strings")
    return (kind, path, offset, line)


def prepare_resume(path: Path) -> set[SourceKey]:
    """Sources already in an output file, after cutting off a truncated last line.

    An interrupted run can leave a last line without its newline (the process was
    killed mid-write). That line is removed so the file is valid JSONL again and its
    document is parsed again. Any other line that is not a batch record is an error:
    resuming into a file we did not write would mix outputs.
    """
    done: set[SourceKey] = set()
    if not path.exists():
        return done
    with path.open("r+b") as stream:
        end = 0
        for number, line in enumerate(stream, start=1):
            if not line.endswith(b"\n"):
                break
            try:
                done.add(source_key(json.loads(line)))
            except (ValueError, KeyError, TypeError) as exc:
                raise InputError(
                    f"{path}: line {number} is not a newsparse batch record ({exc});"
                    " refusing to resume into it"
                ) from exc
            end += len(line)
        stream.truncate(end)
    return done


@define
class Summary:
    """Counts of a run; printed at its end."""

    parsed: int = 0
    errors: Counter[str] = Factory(Counter)
    #: Records that are not documents, and documents not parsed again, by reason.
    skipped: Counter[str] = Factory(Counter)
    started: float = Factory(time.monotonic)
    interrupted: bool = False

    def add(self, result: Result) -> None:
        error = result.error
        if error is None:
            self.parsed += 1
        else:
            self.errors[type(error).__name__] += 1

    @property
    def documents(self) -> int:
        return self.parsed + sum(self.errors.values())

    def to_dict(self) -> dict[str, Any]:
        seconds = time.monotonic() - self.started
        return {
            "documents": self.documents,
            "parsed": self.parsed,
            "errors": dict(sorted(self.errors.items())),
            "skipped": dict(sorted(self.skipped.items())),
            "seconds": round(seconds, 3),
            "pages_per_second": round(self.documents / seconds, 2) if seconds > 0 else None,
            "interrupted": self.interrupted,
        }

    def render(self) -> str:
        data = self.to_dict()
        rate = data["pages_per_second"]
        lines = [
            f"newsparse batch: {data['documents']:,} documents in {data['seconds']:.1f} s"
            f" ({rate or 0:.1f} pages/s): {data['parsed']:,} parsed,"
            f" {sum(self.errors.values()):,} errors"
            + (" - INTERRUPTED, run again with --resume to finish" if self.interrupted else "")
        ]
        lines += [f"  error {name}: {count:,}" for name, count in data["errors"].items()]
        lines += [f"  skipped ({why}): {count:,}" for why, count in data["skipped"].items()]
        return "\n".join(lines) + "\n"
