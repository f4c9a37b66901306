"""Parse documents in worker processes with bounded memory; results come back in input order.

Design:

* ``jobs == 1`` parses in the calling process (no pickling, easy to debug).
* Otherwise a :class:`~concurrent.futures.ProcessPoolExecutor` gets chunks of documents,
  at most ``4 * jobs`` chunks in flight: the input iterator is pulled only as results
  are consumed, so memory stays bounded whatever the input size (``Pool.imap`` would
  read the whole input ahead).
* Results are yielded in input order; a slow page holds back at most the window.
* A worker that dies (a crash in a C extension, the OOM killer) breaks the pool. The
  documents that were in flight are then parsed again one at a time in a fresh pool,
  so the one that kills its worker is reported as :class:`WorkerCrashError` and no
  other document is lost or blamed.
* Workers ignore SIGINT: Ctrl-C reaches the whole process group, and the caller (the
  CLI) decides how to stop via ``stop``.
"""

from __future__ import annotations

import multiprocessing
import os
import pickle
import signal
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import islice

from attrs import frozen

from newsparse.api import parse
from newsparse.batch.records import Document, Source
from newsparse.errors import NewsparseError
from newsparse.limits import DEFAULT_LIMITS, Limits
from newsparse.model import Article
from newsparse.registry import Registry

#: Chunks in flight per worker: enough to keep workers busy behind one slow page.
WINDOW_PER_JOB = 4
DEFAULT_CHUNK_SIZE = 4
_POLL_SECONDS = 0.1


class WorkerCrashError(NewsparseError):
    """The worker process parsing this document died (a crash or the OOM killer)."""

    code = "worker_crashed"


@frozen(kw_only=True)
class ParseOptions:
    """The :func:`newsparse.parse` arguments used for every document of a batch."""

    adapter: str | None = None
    strict: bool = False
    limits: Limits = DEFAULT_LIMITS
    #: Sent to every worker by pickling: its adapters must be importable classes.
    registry: Registry | None = None


@frozen(kw_only=True)
class Result:
    """The outcome for one document: its source, its URL and an Article or an error."""

    source: Source
    url: str | None
    outcome: Article | NewsparseError

    @property
    def ok(self) -> bool:
        return isinstance(self.outcome, Article)

    @property
    def article(self) -> Article | None:
        return self.outcome if isinstance(self.outcome, Article) else None

    @property
    def error(self) -> NewsparseError | None:
        return self.outcome if isinstance(self.outcome, NewsparseError) else None


def parse_document(document: Document, options: ParseOptions | None = None) -> Result:
    """Parse one document: a pure function, the unit of work of every engine (Dask, Spark)."""
    opts = options or ParseOptions()
    if document.error is not None or document.html is None:
        error = document.error or NewsparseError("the document has no content")
        return Result(source=document.source, url=document.url, outcome=error)
    try:
        article = parse(
            document.html,
            document.url,
            adapter=opts.adapter,
            strict=opts.strict,
            registry=opts.registry,
            limits=opts.limits,
            encoding=document.encoding,
        )
    except NewsparseError as exc:
        return Result(source=document.source, url=document.url, outcome=exc)
    except Exception as exc:  # parse() wraps bugs already; one page never stops a batch
        error = NewsparseError(f"internal error: {type(exc).__name__}: {exc}")
        return Result(source=document.source, url=document.url, outcome=error)
    return Result(source=document.source, url=document.url, outcome=article)


def parse_documents(
    documents: Iterable[Document],
    *,
    jobs: int | None = None,
    options: ParseOptions | None = None,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
    stop: Callable[[], bool] | None = None,
) -> Generator[Result, None, None]:
    """One :class:`Result` per document, in input order.

    Close the generator (or let it be garbage-collected) to stop the workers early.

    :param jobs: worker processes; ``None`` means one per available core, ``1`` parses
        in-process.
    :param stop: polled while waiting; once it returns True the iteration ends early
        (results not yet yielded are dropped, workers are stopped).
    """
    opts = options or ParseOptions()
    workers = jobs if jobs is not None else available_cores()
    if workers < 1:
        raise ValueError(f"jobs must be at least 1, got {workers}")
    if workers == 1:
        for document in documents:
            if stop is not None and stop():
                return
            yield parse_document(document, opts)
        return
    yield from _Parallel(workers, opts, max(1, chunk_size), stop).run(documents)


def available_cores() -> int:
    """Cores this process may run on (CPU affinity / container limits), at least 1."""
    counter = getattr(os, "process_cpu_count", None)  # Python 3.13+
    if counter is not None:
        return int(counter() or 1)
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0)) or 1
    return os.cpu_count() or 1


# -- worker side ---------------------------------------------------------------------------

_worker_options = ParseOptions()


def _init_worker(options: ParseOptions) -> None:
    global _worker_options
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _worker_options = options


def _parse_chunk(chunk: list[Document]) -> list[Result]:
    return [_portable(parse_document(document, _worker_options)) for document in chunk]


def _portable(result: Result) -> Result:
    """Errors cross the process boundary by pickling; replace one that cannot."""
    error = result.error
    if error is None:
        return result
    try:
        pickle.loads(pickle.dumps(error))
    except Exception:
        message = f"{type(error).__name__} ({error.code}): {error}"
        return Result(source=result.source, url=result.url, outcome=NewsparseError(message))
    return result


# -- main side -----------------------------------------------------------------------------


def _context() -> multiprocessing.context.BaseContext:
    # Not "fork": forking a process that runs threads (a Dask client, a progress
    # thread in the caller) can deadlock the child. "forkserver" is Python 3.14's default.
    if "forkserver" in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("forkserver")
    return multiprocessing.get_context("spawn")


def _chunks(documents: Iterable[Document], size: int) -> Iterator[list[Document]]:
    iterator = iter(documents)
    while chunk := list(islice(iterator, size)):
        yield chunk


class _Stopped(Exception):
    pass


class _Parallel:
    def __init__(
        self, jobs: int, options: ParseOptions, chunk_size: int, stop: Callable[[], bool] | None
    ) -> None:
        self.jobs = jobs
        self.options = options
        self.chunk_size = chunk_size
        self.stop = stop
        self.pool = self._new_pool(jobs)

    def _new_pool(self, jobs: int) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            max_workers=jobs,
            mp_context=_context(),
            initializer=_init_worker,
            initargs=(self.options,),
        )

    def run(self, documents: Iterable[Document]) -> Iterator[Result]:
        pending: deque[tuple[list[Document], Future[list[Result]]]] = deque()
        chunks = _chunks(documents, self.chunk_size)
        window = self.jobs * WINDOW_PER_JOB
        stopped = False
        try:
            while True:
                while len(pending) < window and (chunk := next(chunks, None)) is not None:
                    pending.append((chunk, self.pool.submit(_parse_chunk, chunk)))
                if not pending:
                    return
                try:
                    results = self._wait(pending[0][1])
                except BrokenProcessPool:
                    suspects = [document for chunk, _ in pending for document in chunk]
                    pending.clear()
                    yield from self._isolate(suspects)
                    continue
                pending.popleft()
                yield from results
        except _Stopped:
            stopped = True
        finally:
            self._shutdown(kill=stopped or bool(pending))

    def _wait(self, future: Future[list[Result]]) -> list[Result]:
        if self.stop is None:
            return future.result()
        while True:
            if self.stop():
                raise _Stopped
            try:
                return future.result(timeout=_POLL_SECONDS)
            except TimeoutError:
                continue

    def _isolate(self, suspects: list[Document]) -> Iterator[Result]:
        """Parse each suspect alone in a fresh pool: only the culprit is reported as crashed."""
        self._shutdown(kill=True)
        self.pool = self._new_pool(1)
        for document in suspects:
            try:
                (result,) = self._wait(self.pool.submit(_parse_chunk, [document]))
            except BrokenProcessPool:
                error = WorkerCrashError("the worker process died while parsing this document")
                result = Result(source=document.source, url=document.url, outcome=error)
                self._shutdown(kill=True)
                self.pool = self._new_pool(1)
            yield result
        self._shutdown(kill=False)
        self.pool = self._new_pool(self.jobs)

    def _shutdown(self, *, kill: bool) -> None:
        if not kill:
            self.pool.shutdown(wait=True)
            return
        # Stopping early: don't wait for the pages in progress (up to Limits.max_seconds
        # each). Python 3.14 has terminate_workers(); older versions need the process table.
        terminate_workers = getattr(self.pool, "terminate_workers", None)
        if terminate_workers is not None:
            terminate_workers()
            return
        # Futures are not cancelled first: on 3.11 the pool's manager thread then fails
        # with InvalidStateError when it marks them broken.
        processes = list((getattr(self.pool, "_processes", None) or {}).values())
        self.pool.shutdown(wait=False)
        for process in processes:
            if process.is_alive():
                process.terminate()
        self.pool.shutdown(wait=True)
