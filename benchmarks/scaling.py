"""Scaling benchmark: time and peak memory against page size, and memory over many parses.

Not a unit test (timing never belongs in tests/). Run from the repository root::

    python benchmarks/scaling.py                 # sizes 1x 10x 100x, then 10,000 parses
    python benchmarks/scaling.py --sizes-only    # just the size sweep
    python benchmarks/scaling.py --leak-only --parses 10000 --every 1000

Size sweep: one real page (a ``$NEWSPARSE_CORPUS`` page when the corpus is present,
else a ``tests/fixtures`` page) is made 10x and 100x bigger by repeating its article
content inside the article container. Each size is parsed in a fresh subprocess, which
reports the median wall time of three parses and its peak RSS over the baseline after
imports (libxml2 allocates outside Python, so tracemalloc alone would under-count).

Leak check: one process parses a cycle of pages N times and samples RSS (from
``/proc/self/statm``, which covers libxml2's memory too) and the number of live Python
objects every ``--every`` parses (tracemalloc would slow the parses several times).
Flat numbers after the first sample mean no leak.

Results are printed as Markdown and written to ``benchmarks/results/scaling.json``.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import gzip
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))

from lxml import etree, html  # noqa: E402

import newsparse  # noqa: E402

RESULTS = REPO / "benchmarks" / "results"
CORPUS_PAGE = "fundus/us/APNews_2024_09_03.html.gz"
FIXTURE_PAGE = "tests/fixtures/newslooks/blinken-nato.html"
URL = "https://news.example.com/2026/11/27/story.html"
# The 100x page is larger than the default Limits.max_bytes: lift the limits to measure.
UNLIMITED = newsparse.Limits(max_bytes=2**30, max_seconds=3600)


def corpus_dir() -> Path | None:
    configured = os.environ.get("NEWSPARSE_CORPUS")
    path = Path(configured) if configured else REPO.parent / "shared" / "corpus"
    if not path.is_absolute():
        path = REPO / path
    return path if path.is_dir() else None


def base_page() -> tuple[bytes, str]:
    """The page to scale and a label for it (never its content)."""
    corpus = corpus_dir()
    if corpus is not None:
        candidates = [corpus / CORPUS_PAGE, *sorted((corpus / "fundus").rglob("*.html.gz"))]
        for path in candidates:
            if path.is_file():
                with gzip.open(path, "rb") as stream:
                    return stream.read(), f"corpus:{path.relative_to(corpus)}"
    return (REPO / FIXTURE_PAGE).read_bytes(), FIXTURE_PAGE


def scaled(data: bytes, factor: int) -> bytes:
    """The page grown to about ``factor`` times its size by repeating its article content.

    The article container (the element with the most ``<p>`` children) gets copies of
    its own children until the page is ``factor`` times as large.
    """
    if factor == 1:
        return data
    root = html.document_fromstring(data)
    container = max(root.iter(), key=lambda e: sum(1 for c in e if c.tag == "p"))
    children = list(container)
    chunk = sum(len(etree.tostring(c, encoding="utf-8", method="html")) for c in children)
    copies = max(1, round((factor - 1) * len(data) / max(chunk, 1)))
    for _ in range(copies):
        for child in children:
            container.append(_copy(child))
    return etree.tostring(root, encoding="utf-8", method="html")


def _copy(element: html.HtmlElement) -> html.HtmlElement:
    copied: html.HtmlElement = html.fromstring(etree.tostring(element, encoding="unicode"))
    copied.tail = element.tail
    return copied


# -- child process: one size ----------------------------------------------------------------


def measure_one(path: str) -> dict[str, float]:
    data = Path(path).read_bytes()
    gc.collect()
    baseline = _rss_mib()
    times = []
    for _ in range(3):
        started = time.perf_counter()
        try:
            newsparse.parse(data, URL, limits=UNLIMITED)
        except newsparse.NewsparseError as exc:
            print(f"parse failed: {type(exc).__name__}: {exc}", file=sys.stderr)
        times.append(time.perf_counter() - started)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"seconds": statistics.median(times), "peak_rss_mib": peak, "rss_before_mib": baseline}


def size_sweep(factors: list[int]) -> list[dict[str, object]]:
    data, label = base_page()
    RESULTS.mkdir(parents=True, exist_ok=True)
    rows: list[dict[str, object]] = []
    # Warm the imports once so the child's baseline already holds them.
    newsparse.parse(data, URL)
    for factor in factors:
        page = scaled(data, factor)
        path = RESULTS / f"scaling-{factor}x.html"
        path.write_bytes(page)
        done = subprocess.run(
            [sys.executable, __file__, "--measure", str(path)],
            capture_output=True,
            text=True,
            check=True,
        )
        result = json.loads(done.stdout.strip().splitlines()[-1])
        path.unlink()
        rows.append({"page": label, "factor": factor, "bytes": len(page), **result})
        print(
            f"| {factor}x | {len(page) / 1e6:.2f} MB | {result['seconds'] * 1000:.0f} ms "
            f"| {result['seconds'] / (len(page) / 1e6):.2f} s/MB "
            f"| {result['rss_before_mib']:.0f} MiB | {result['peak_rss_mib']:.0f} MiB "
            f"| +{result['peak_rss_mib'] - result['rss_before_mib']:.0f} MiB |",
            flush=True,
        )
    return rows


# -- leak check -----------------------------------------------------------------------------


def _rss_mib() -> float:
    with open("/proc/self/statm") as stream:
        pages = int(stream.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def leak_check(parses: int, every: int) -> list[dict[str, float]]:
    # The fixture pages (real-sized article pages written for the tests), so that 10,000
    # parses take minutes, not an hour; the base page when there are none.
    pages = [p.read_bytes() for p in sorted((REPO / "tests" / "fixtures").rglob("*.html"))]
    if not pages:
        pages = [base_page()[0]]
    samples: list[dict[str, float]] = []
    started = time.perf_counter()
    for i in range(1, parses + 1):
        data = pages[i % len(pages)]
        with contextlib.suppress(newsparse.NewsparseError):
            newsparse.parse(data, URL)
        if i % every == 0:
            gc.collect()
            sample = {
                "parses": i,
                "rss_mib": _rss_mib(),
                "python_objects": len(gc.get_objects()),
                "seconds": time.perf_counter() - started,
            }
            samples.append(sample)
            print(
                f"| {i:,} | {sample['rss_mib']:.1f} MiB | {sample['python_objects']:,} "
                f"| {sample['seconds']:.0f} s |",
                flush=True,
            )
    return samples


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--measure", help=argparse.SUPPRESS)
    parser.add_argument("--sizes", default="1,10,100", help="scale factors (default 1,10,100)")
    parser.add_argument("--sizes-only", action="store_true")
    parser.add_argument("--leak-only", action="store_true")
    parser.add_argument("--parses", type=int, default=10_000)
    parser.add_argument("--every", type=int, default=1_000)
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(measure_one(args.measure)))
        return
    report: dict[str, object] = {"python": sys.version.split()[0], "lxml": etree.LXML_VERSION}
    # The leak check first: the size sweep leaves big trees' pages in this process's RSS.
    if not args.sizes_only:
        print("| parses | RSS | live Python objects | elapsed |\n|---|---|---|---|")
        report["leak"] = leak_check(args.parses, args.every)
    if not args.leak_only:
        print(
            "\n| size | bytes | median time | time per MB | RSS before | peak RSS | growth |\n"
            "|---|---|---|---|---|---|---|"
        )
        report["sizes"] = size_sweep([int(f) for f in args.sizes.split(",")])
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "scaling.json").write_text(json.dumps(report, indent=2, default=str))


if __name__ == "__main__":
    main()
