"""Parse many pages: files, directories, WARC archives and JSONL, on all cores.

>>> from newsparse.batch import parse_batch                    # doctest: +SKIP
>>> for result in parse_batch(["crawl.warc.gz"], jobs=2):     # doctest: +SKIP
...     print(result.source.offset, result.url, result.article or result.error)

The command line is ``newsparse batch INPUT... -o out.jsonl`` (see ``docs/batch.md``).
Importing this package never needs ``warcio``: it is imported when a WARC is read.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Callable, Collection, Generator, Iterable, Iterator

from newsparse.batch.output import RECORD_KEYS, SourceKey, Summary, dumps_record, to_record
from newsparse.batch.records import Document, MissingDependencyError, RecordError, Source
from newsparse.batch.runner import (
    ParseOptions,
    Result,
    WorkerCrashError,
    parse_document,
    parse_documents,
)
from newsparse.batch.sources import check_inputs, iter_documents

SKIPPED_RESUMED = "already in the output"


def parse_batch(
    inputs: Iterable[str | os.PathLike[str]],
    *,
    jobs: int | None = None,
    options: ParseOptions | None = None,
    skip: Collection[SourceKey] = frozenset(),
    skipped: Counter[str] | None = None,
    stop: Callable[[], bool] | None = None,
    on_progress: Callable[[int], None] | None = None,
) -> Generator[Result, None, None]:
    """One :class:`Result` (source, URL, Article or error) per document of ``inputs``.

    Inputs are streamed and parsed by ``jobs`` worker processes (default: one per
    core; ``1`` parses in this process); results come in input order.

    :param options: the :func:`newsparse.parse` arguments (adapter, strict, limits, registry).
    :param skip: source keys (:meth:`Source.key`) not to parse again, e.g. from a
        previous, interrupted run; they are counted in ``skipped``.
    :param skipped: receives the count of records that are not documents, by reason.
    :param stop: polled while waiting for workers; True ends the iteration early.
    :param on_progress: called with the number of input bytes read so far.
    :raises InputError: an input does not exist (checked before any work).
    :raises MissingDependencyError: a WARC input and no ``warcio``.
    """
    paths = list(inputs)
    check_inputs(paths)
    opts = options or ParseOptions()
    counter = skipped if skipped is not None else Counter()
    documents = iter_documents(
        paths, max_bytes=opts.limits.max_bytes, skipped=counter, on_progress=on_progress
    )
    if skip:
        documents = _without(documents, skip, counter)
    return parse_documents(documents, jobs=jobs, options=opts, stop=stop)


def _without(
    documents: Iterator[Document], skip: Collection[SourceKey], skipped: Counter[str]
) -> Iterator[Document]:
    for document in documents:
        if document.source.key() in skip:
            skipped[SKIPPED_RESUMED] += 1
        else:
            yield document


__all__ = [
    "RECORD_KEYS",
    "SKIPPED_RESUMED",
    "Document",
    "MissingDependencyError",
    "ParseOptions",
    "RecordError",
    "Result",
    "Source",
    "SourceKey",
    "Summary",
    "WorkerCrashError",
    "dumps_record",
    "iter_documents",
    "parse_batch",
    "parse_document",
    "parse_documents",
    "to_record",
]
