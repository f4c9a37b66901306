"""Parse WARC files on a Dask cluster: a bag over the files, one JSONL output per WARC.

    python examples/dask_warc.py OUT_DIR crawl-00000.warc.gz crawl-00001.warc.gz ...
    python examples/dask_warc.py OUT_DIR s3-mounted/*.warc.gz --scheduler tcp://host:8786

Each task reads one WARC file as a stream and writes ``OUT_DIR/<name>.jsonl`` with the
same line shape as ``newsparse batch`` (see docs/batch.md); the tasks return their
counts, summed at the end. Nothing but newsparse's pure per-document function
(:func:`newsparse.batch.parse_document`) runs on the workers: Dask does the scheduling,
retries and scaling. Needs ``pip install 'newsparse[batch]' 'dask[bag]' distributed``.
"""

from __future__ import annotations

import argparse
import json
import os
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import dask.bag as db
from distributed import Client, LocalCluster

from newsparse.batch import ParseOptions, iter_documents, parse_document, to_record


def parse_warc_to_jsonl(
    warc: str, out_dir: str, options: ParseOptions | None = None
) -> dict[str, Any]:
    """Parse one WARC file into ``out_dir/<name>.jsonl``; return its counts.

    Streams: one document in memory at a time, whatever the size of the WARC.
    """
    name = os.path.basename(warc).removesuffix(".gz").removesuffix(".warc")
    target = Path(out_dir) / f"{name}.jsonl"
    counts: Counter[str] = Counter()
    skipped: Counter[str] = Counter()
    with target.open("w", encoding="utf-8", errors="backslashreplace") as out:
        for document in iter_documents([warc], skipped=skipped):
            record = to_record(parse_document(document, options))
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            counts["parsed" if record["ok"] else f"error {record['error']['class']}"] += 1
    counts.update({f"skipped {why}": n for why, n in skipped.items()})
    return {"warc": warc, "output": str(target), "counts": dict(counts)}


def records(warcs: Sequence[str], options: ParseOptions | None = None) -> db.Bag:
    """A bag of output records (dicts), for analysis in Dask itself.

    A bag partition is a list, so each WARC's records are held in memory at once: for
    big crawls prefer :func:`parse_warc_to_jsonl`, which streams.
    """
    bag: db.Bag = _files(warcs).map(_records_of, options).flatten()  # type: ignore[no-untyped-call]
    return bag


def _files(warcs: Sequence[str]) -> db.Bag:
    # One partition per WARC file: the unit of work of a task. (dask is not fully typed.)
    bag: db.Bag = db.from_sequence(list(warcs), npartitions=max(1, len(warcs)))  # type: ignore[no-untyped-call]
    return bag


def _records_of(warc: str, options: ParseOptions | None) -> list[dict[str, Any]]:
    return [to_record(parse_document(d, options)) for d in iter_documents([warc])]


def run(warcs: Sequence[str], out_dir: str, options: ParseOptions | None = None) -> Counter[str]:
    """Parse every WARC on the current Dask client; the counts summed over all files."""
    Path(out_dir).mkdir(parents=True, exist_ok=True)
    total: Counter[str] = Counter()
    summaries = _files(warcs).map(parse_warc_to_jsonl, out_dir, options)  # type: ignore[no-untyped-call]
    for summary in summaries.compute():
        total.update(summary["counts"])
    return total


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("out_dir")
    parser.add_argument("warcs", nargs="+")
    parser.add_argument("--scheduler", help="address of a running Dask scheduler")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args(argv)
    if args.scheduler:
        with Client(args.scheduler):  # type: ignore[no-untyped-call]
            total = run(args.warcs, args.out_dir)
    else:
        # Parsing is CPU-bound Python: one single-threaded process per core.
        cluster = LocalCluster(  # type: ignore[no-untyped-call]
            n_workers=args.workers, threads_per_worker=1, processes=True, dashboard_address=None
        )
        with cluster, Client(cluster):  # type: ignore[no-untyped-call]
            total = run(args.warcs, args.out_dir)
    print(json.dumps(dict(sorted(total.items()))))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
