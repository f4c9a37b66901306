"""Batch scaling: pages/s and peak memory of ``newsparse batch`` with 1 and 2 processes.

    python benchmarks/batch_scaling.py                  # fundus + wcxb pages, 1 and 2 jobs
    python benchmarks/batch_scaling.py --pages 400 --rounds 3 --jobs 1 2

Corpus pages (``$NEWSPARSE_CORPUS``, default ``../shared/corpus``: fundus and wcxb
``.html.gz`` with their URLs) are written into a temporary WARC.gz outside the
repository, with HTTP headers, so the run goes through the real path: WARC reading,
worker processes, JSON lines written to a file. Each configuration runs in a fresh
interpreter (``newsparse batch`` itself), so peak memory is per run: the main process
and the largest worker (``ru_maxrss``). Rounds alternate the configurations so a noisy,
shared machine slows them alike; the best round is reported, as timeit does.
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent


def corpus_dir() -> Path:
    configured = os.environ.get("NEWSPARSE_CORPUS")
    return Path(configured) if configured else REPO_ROOT.parent / "shared" / "corpus"


def corpus_pages(root: Path, limit: int) -> Iterator[tuple[str, bytes]]:
    """(url, html bytes) of fundus then wcxb pages, alternating, up to ``limit``."""
    fundus = json.loads((root / "fundus" / "manifest.json").read_text(encoding="utf-8"))
    fundus_pages = [(row["url"], root / "fundus" / row["html"]) for row in fundus]
    wcxb = root / "wcxb" / "dev"
    wcxb_pages = []
    for truth in sorted((wcxb / "ground-truth").glob("*.json")):
        url = json.loads(truth.read_text(encoding="utf-8")).get("url")
        page = wcxb / "html" / f"{truth.stem}.html.gz"
        if isinstance(url, str) and page.exists():
            wcxb_pages.append((url, page))
    chosen = [p for pair in zip(fundus_pages, wcxb_pages, strict=False) for p in pair]
    for url, path in chosen[:limit]:
        with gzip.open(path, "rb") as stream:
            yield url, stream.read()


def write_warc(pages: Iterator[tuple[str, bytes]], target: Path) -> int:
    from warcio.warcwriter import WARCWriter

    count = 0
    with target.open("wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        for url, body in pages:
            head = (
                "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
                f"Content-Length: {len(body)}\r\n\r\n"
            ).encode("ascii")
            raw = head + body
            record = writer.create_warc_record(
                url, "response", payload=io.BytesIO(raw), length=len(raw)
            )
            writer.write_record(record)
            count += 1
    return count


class Descendants:
    """Peak RSS and CPU time of this process's descendants, sampled from /proc (Linux).

    Worker processes are started by the forkserver, not by us, so ``RUSAGE_CHILDREN``
    never sees them: sampling is the way to know their peak memory.
    """

    def __init__(self, interval: float = 0.2) -> None:
        self.interval = interval
        self.peak_kib: dict[int, int] = {}
        self.cpu_ticks: dict[int, int] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> Descendants:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            self.sample()

    def sample(self) -> None:
        parents: dict[int, int] = {}
        stats: dict[int, list[str]] = {}
        for entry in Path("/proc").iterdir():
            if not entry.name.isdigit():
                continue
            try:
                raw = (entry / "stat").read_text()
            except OSError:
                continue
            fields = raw[raw.rindex(")") + 2 :].split()
            parents[int(entry.name)] = int(fields[1])
            stats[int(entry.name)] = fields
        mine = {os.getpid()}
        for _ in range(4):  # main -> forkserver -> workers (and their helpers)
            mine |= {pid for pid, parent in parents.items() if parent in mine}
        for pid in mine - {os.getpid()}:
            fields = stats[pid]
            self.cpu_ticks[pid] = int(fields[11]) + int(fields[12])  # utime + stime
            try:
                status = Path(f"/proc/{pid}/status").read_text()
            except OSError:
                continue
            for line in status.splitlines():
                if line.startswith("VmHWM:"):
                    self.peak_kib[pid] = max(self.peak_kib.get(pid, 0), int(line.split()[1]))

    @property
    def cpu_seconds(self) -> float:
        return sum(self.cpu_ticks.values()) / os.sysconf("SC_CLK_TCK")


def child(warc: str, jobs: int) -> None:
    """One run of the CLI in this process; prints its figures as one JSON line."""
    from newsparse.cli import main

    with tempfile.TemporaryDirectory() as tmp, Descendants() as descendants:
        out, summary = Path(tmp) / "out.jsonl", Path(tmp) / "summary.json"
        started = time.perf_counter()
        code = main(
            ["batch", warc, "-o", str(out), "-j", str(jobs), "--no-progress",
             "--summary", str(summary)]
        )  # fmt: skip
        seconds = time.perf_counter() - started
        stats = json.loads(summary.read_text(encoding="utf-8"))
    usage = resource.getrusage(resource.RUSAGE_SELF)
    worker_kib = max(descendants.peak_kib.values(), default=0)
    print(
        json.dumps(
            {
                "jobs": jobs,
                "exit": code,
                "documents": stats["documents"],
                "parsed": stats["parsed"],
                "seconds": round(seconds, 3),
                "pages_per_second": round(stats["documents"] / seconds, 2),
                "main_peak_mib": round(usage.ru_maxrss / 1024, 1),
                "worker_peak_mib": round(worker_kib / 1024, 1),
                "main_cpu_seconds": round(usage.ru_utime + usage.ru_stime, 2),
                "worker_cpu_seconds": round(descendants.cpu_seconds, 2),
            }
        )
    )


def run_child(warc: Path, jobs: int) -> dict[str, float]:
    command = [sys.executable, __file__, "--child", str(warc), "--jobs", str(jobs)]
    result = subprocess.run(command, capture_output=True, text=True, check=True)
    figures: dict[str, float] = json.loads(result.stdout.splitlines()[-1])
    return figures


def best_rounds(output: str) -> dict[int, dict[str, float]]:
    """The fastest round per process count, from the "round N: {...}" lines of a run."""
    best: dict[int, dict[str, float]] = {}
    for line in output.splitlines():
        if line.startswith("round "):
            figures = json.loads(line.split(": ", 1)[1])
            jobs = int(figures["jobs"])
            if jobs not in best or figures["seconds"] < best[jobs]["seconds"]:
                best[jobs] = figures
    return best


def print_table(best: dict[int, dict[str, float]]) -> None:
    """The Markdown table of docs/batch.md.

    CPU columns separate the main process (reading, pickling, writing: the serial part)
    from the workers (parsing). "cores obtained" is CPU time over wall time: on a shared
    machine it shows how much of the machine a run actually got.
    """
    first = min(best)
    base = best[first]["pages_per_second"]
    base_cpu = (best[first]["main_cpu_seconds"] + best[first]["worker_cpu_seconds"]) / best[first][
        "documents"
    ]
    print(
        "\n| processes | pages/s | speed-up | CPU ms/page: main + workers | parallel efficiency"
        " | cores obtained | main peak RSS (MiB) | largest worker peak RSS (MiB) |"
    )
    print("|---|---|---|---|---|---|---|---|")
    for jobs, figures in sorted(best.items()):
        pages = figures["documents"]
        rate = figures["pages_per_second"]
        main_ms = 1000 * figures["main_cpu_seconds"] / pages
        worker_ms = 1000 * figures["worker_cpu_seconds"] / pages
        cpu = (main_ms + worker_ms) / 1000
        obtained = (figures["main_cpu_seconds"] + figures["worker_cpu_seconds"]) / figures[
            "seconds"
        ]
        worker = "(in-process)" if jobs == first else f"{figures['worker_peak_mib']:.0f}"
        print(
            f"| {jobs} | {rate:.1f} | {rate / base:.2f}x | {main_ms:.1f} + {worker_ms:.1f}"
            f" | {base_cpu / cpu:.0%} | {obtained:.2f} | {figures['main_peak_mib']:.0f}"
            f" | {worker} |"
        )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--pages", type=int, default=300, help="corpus pages in the WARC")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--table", help="print the table of a previous run's output file")
    args = parser.parse_args(argv)
    if args.child:
        child(args.child, args.jobs[0])
        return 0
    if args.table:
        print_table(best_rounds(Path(args.table).read_text(encoding="utf-8")))
        return 0
    root = corpus_dir()
    if not (root / "fundus" / "manifest.json").exists():
        print(f"skipped: no corpus at {root} (set NEWSPARSE_CORPUS)")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        warc = Path(tmp) / "corpus.warc.gz"
        count = write_warc(corpus_pages(root, args.pages), warc)
        size = warc.stat().st_size
        print(f"{count} corpus pages in a {size / 2**20:.1f} MiB WARC.gz; {os.cpu_count()} cores;"
              f" load average before: {os.getloadavg()[0]:.2f}")  # fmt: skip
        best: dict[int, dict[str, float]] = {}
        for round_number in range(1, args.rounds + 1):
            for jobs in args.jobs:
                figures = run_child(warc, jobs)
                print(f"round {round_number}: {json.dumps(figures)}", flush=True)
                if jobs not in best or figures["seconds"] < best[jobs]["seconds"]:
                    best[jobs] = figures
    print_table(best)
    print(f"load average after: {os.getloadavg()[0]:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
