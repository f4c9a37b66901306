"""``newsparse batch INPUT... -o out.jsonl``: registered by :func:`add_command`.

Exit status (also in ``docs/batch.md``):

* 0: the run finished; every document is in the output, parsed or as an error line;
* 2: bad usage (e.g. ``--resume`` without ``-o``);
* 3: an input does not exist, or the output cannot be resumed;
* 8: the run finished with ``--fail-on-errors`` and some documents are errors;
* 130: interrupted (Ctrl-C / SIGINT / SIGTERM): the output holds every finished document
  and is valid JSONL; run the same command with ``--resume`` to finish;
* 1: ``warcio`` missing for a WARC input, an unwritable output, or an unexpected failure.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import signal
import sys
from collections.abc import Iterator
from pathlib import Path
from types import FrameType
from typing import Any, TextIO

from newsparse.batch import ParseOptions, Summary, dumps_record, parse_batch
from newsparse.batch.output import prepare_resume
from newsparse.batch.progress import ProgressBar
from newsparse.batch.sources import check_inputs, total_bytes
from newsparse.errors import NewsparseError
from newsparse.limits import Limits

EXIT_OK = 0
EXIT_USAGE = 2
EXIT_FAILED_DOCUMENTS = 8
EXIT_INTERRUPTED = 130
_FLUSH_EVERY = 64


def add_command(commands: Any) -> None:
    """Add the ``batch`` sub-command to the ``newsparse`` argument parser."""
    p = commands.add_parser(
        "batch",
        help="parse many pages (files, directories, WARC, JSONL) to JSONL",
        description="Parse every page of the inputs to one JSON line each (see docs/batch.md).",
        epilog=(
            "exit status: 0 finished (failed pages are error lines), 1 failure (e.g. warcio"
            " missing), 2 bad usage, 3 missing input or unresumable output, 8 finished with"
            " errors and --fail-on-errors, 130 interrupted (finish with --resume)"
        ),
    )
    p.add_argument("inputs", nargs="+", metavar="INPUT", help="file, directory, WARC or JSONL")
    p.add_argument("-o", "--output", metavar="FILE", help="output JSONL file (default: stdout)")
    p.add_argument(
        "-j",
        "--jobs",
        type=int,
        default=None,
        metavar="N",
        help="worker processes (default: all cores)",
    )
    p.add_argument("--resume", action="store_true", help="skip documents the output already holds")
    p.add_argument("--adapter", metavar="NAME", help="use this adapter for every page")
    p.add_argument("--strict", action="store_true", help="fail on any field that cannot be read")
    p.add_argument("--max-bytes", type=int, default=0, metavar="N", help="page size limit")
    p.add_argument("--max-seconds", type=float, default=0, metavar="S", help="time limit per page")
    p.add_argument("--summary", metavar="FILE", help="also write the summary as JSON to FILE")
    p.add_argument(
        "--fail-on-errors", action="store_true", help="exit 8 when any document is an error"
    )
    bar = p.add_mutually_exclusive_group()
    bar.add_argument(
        "--progress", dest="progress", action="store_true", default=None,
        help="show a progress bar (default: when stderr is a terminal)",
    )  # fmt: skip
    bar.add_argument("--no-progress", dest="progress", action="store_false")
    p.set_defaults(run=run)


def _limits(args: argparse.Namespace) -> Limits:
    changes: dict[str, Any] = {}
    if args.max_bytes:
        changes["max_bytes"] = args.max_bytes
    if args.max_seconds:
        changes["max_seconds"] = args.max_seconds
    return Limits(**changes)


def _usage(message: str) -> int:
    sys.stderr.write(f"newsparse batch: error: {message}\n")
    return EXIT_USAGE


class _StopFlag:
    """The first SIGINT/SIGTERM asks for a clean stop; a second one stops at once."""

    def __init__(self) -> None:
        self.requested = False

    def __call__(self) -> bool:
        return self.requested

    def handle(self, signum: int, _frame: FrameType | None) -> None:
        self.requested = True
        signal.signal(signum, signal.default_int_handler)
        sys.stderr.write("\nnewsparse batch: stopping (Ctrl-C again to stop at once)...\n")

    @contextlib.contextmanager
    def installed(self) -> Iterator[None]:
        previous = {sig: signal.signal(sig, self.handle) for sig in (signal.SIGINT, signal.SIGTERM)}
        try:
            yield
        finally:
            for sig, handler in previous.items():
                signal.signal(sig, handler)


def run(args: argparse.Namespace) -> int:
    if args.jobs is not None and args.jobs < 1:
        return _usage("--jobs must be at least 1")
    if args.resume and not args.output:
        return _usage("--resume needs -o/--output")
    output = Path(args.output) if args.output else None
    if output is not None and any(output.resolve() == Path(i).resolve() for i in args.inputs):
        return _usage(f"the output {output} is also an input")
    check_inputs(args.inputs)  # a missing input or warcio: fail before writing anything
    done = prepare_resume(output) if output is not None and args.resume else set()
    summary = Summary()
    show = args.progress if args.progress is not None else sys.stderr.isatty()
    bar = ProgressBar(sys.stderr, total_bytes(args.inputs)) if show else None
    try:
        limits = _limits(args)
    except ValueError as exc:
        return _usage(str(exc))
    options = ParseOptions(adapter=args.adapter, strict=args.strict, limits=limits)
    stop = _StopFlag()
    with stop.installed(), _open_output(output, append=args.resume) as out:
        results = parse_batch(
            args.inputs,
            jobs=args.jobs,
            options=options,
            skip=done,
            skipped=summary.skipped,
            stop=stop,
            on_progress=None if bar is None else bar.advance_bytes,
        )
        with contextlib.closing(results):  # closing stops the workers at once
            for count, result in enumerate(results, start=1):
                out.write(dumps_record(result) + "\n")
                summary.add(result)
                if bar is not None:
                    bar.document()
                if count % _FLUSH_EVERY == 0:
                    out.flush()
                if stop.requested:
                    break
        summary.interrupted = stop.requested
    if bar is not None:
        bar.close()
    sys.stderr.write(summary.render())
    if args.summary:
        Path(args.summary).write_text(json.dumps(summary.to_dict(), indent=2) + "\n", "utf-8")
    if summary.interrupted:
        return EXIT_INTERRUPTED
    if args.fail_on_errors and summary.errors:
        return EXIT_FAILED_DOCUMENTS
    return EXIT_OK


@contextlib.contextmanager
def _open_output(path: Path | None, *, append: bool) -> Iterator[TextIO]:
    if path is None:
        yield sys.stdout
        sys.stdout.flush()
        return
    # backslashreplace: a lone surrogate (possible in a JSONL input's URL) becomes a
    # valid JSON escape instead of an encoding error.
    try:
        out = path.open("a" if append else "w", encoding="utf-8", errors="backslashreplace")
    except OSError as exc:
        raise NewsparseError(f"cannot write {path}: {exc.strerror or exc}") from exc
    with out:
        yield out
        out.flush()
        os.fsync(out.fileno())
