"""Side-by-side benchmark: ``python -m benchmarks.run [--limit N] [--sites ...] [--systems ...]``.

Writes Markdown tables into ``docs/benchmarks.md`` (between the generated-block markers)
and the figures as JSON to ``benchmarks/results/`` (or ``--json PATH``).
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import platform
import shlex
import statistics
import subprocess
import sys
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from benchmarks import datasets, memory, metrics, report, scoring, systems
from benchmarks.measure import Run, run_all


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.run", description=__doc__)
    parser.add_argument("--limit", type=int, help="first N pages (by id) of each dataset")
    parser.add_argument(
        "--sites",
        nargs="*",
        help="keep datasets (wcxb, trafilatura, fundus, readability), dataset:site, or site names",
    )
    parser.add_argument(
        "--systems",
        nargs="*",
        default=[s.name for s in systems.ALL],
        help="systems to run (default: all)",
    )
    parser.add_argument("--warmup", type=int, default=3, help="untimed pages per system first")
    parser.add_argument("--memory-pages", type=int, default=50, help="pages for peak RSS (0: skip)")
    parser.add_argument("--json", type=Path, help="where to write the JSON results")
    parser.add_argument(
        "--markdown",
        type=Path,
        default=datasets.REPO_ROOT / "docs" / "benchmarks.md",
        help="Markdown file whose generated block is replaced",
    )
    parser.add_argument("--no-markdown", action="store_true", help="print tables only")
    return parser


def _speed(run_: Run) -> dict[str, Any]:
    seconds = run_.seconds
    total = sum(seconds)
    return {
        "pages": len(seconds),
        "pages_per_s": len(seconds) / total if total else 0.0,
        "median_ms": statistics.median(seconds) * 1000 if seconds else 0.0,
        "p90_ms": metrics.percentile(seconds, 90) * 1000 if seconds else 0.0,
    }


def _spread(cases: Sequence[datasets.Case], count: int) -> list[datasets.Case]:
    """``count`` cases taken evenly across the selection (so every dataset is in it)."""
    if count <= 0 or not cases:
        return []
    step = max(1, len(cases) // count)
    return list(cases[::step][:count])


def evaluate(
    runs: Sequence[Run], cases: Sequence[datasets.Case]
) -> dict[str, dict[str, dict[str, Any]]]:
    """Figures per dataset, per system."""
    quality: dict[str, dict[str, dict[str, Any]]] = {}
    names = [d for d in datasets.DATASETS if any(c.dataset == d for c in cases)]
    for name in names:
        indices = [i for i, c in enumerate(cases) if c.dataset == name]
        chosen = [cases[i] for i in indices]
        quality[name] = {
            r.system.name: scoring.score(r.system, name, chosen, [r.outputs[i] for i in indices])
            for r in runs
        }
    return quality


def _per_page(runs: Sequence[Run], cases: Sequence[datasets.Case]) -> list[dict[str, Any]]:
    """One row per page: each system's time, text length, and a quick text score
    (bag-of-words F1 where the page has a full text, else snippet recall)."""
    rows = []
    for index, case in enumerate(cases):
        row: dict[str, Any] = {"case": f"{case.dataset}/{case.id}", "url": case.url}
        for r in runs:
            output = r.outputs[index]
            entry: dict[str, Any] = {"ms": round(r.seconds[index] * 1000, 2)}
            if r.system is not systems.FLOOR:
                entry["chars"] = len(output.text)
                if case.truth.text:
                    entry["bow_f1"] = metrics.bag_of_words(output.text, case.truth.text).f1
                elif case.truth.with_snippets:
                    tp, _, fn, _ = metrics.snippet_counts(
                        output.text, case.truth.with_snippets, case.truth.without_snippets
                    )
                    entry["snippet_recall"] = tp / (tp + fn)
                if output.adapter:
                    entry["adapter"] = output.adapter
                if output.rejected:
                    entry["declined"] = True
                if output.error:
                    entry["error"] = output.error
            row[r.system.name] = entry
        rows.append(row)
    return rows


def _revision() -> str:
    """The commit measured, and whether the working tree's sources differ from it."""

    def git(*args: str) -> str:
        done = subprocess.run(
            ["git", *args], capture_output=True, text=True, check=False, cwd=datasets.REPO_ROOT
        )
        return done.stdout.strip() if done.returncode == 0 else ""

    commit = git("rev-parse", "--short", "HEAD") or "unknown"
    dirty = git("status", "--porcelain", "--", "src")
    return f"{commit} (with uncommitted changes in src/)" if dirty else commit


def _command(argv: Sequence[str]) -> str:
    """The command line as the docs show it: where the JSON went changes no figure, and a
    path of the machine that ran it has no place in the docs."""
    shown: list[str] = []
    skip = False
    for arg in argv:
        if skip:
            skip = False
        elif arg == "--json":
            skip = True
        elif not arg.startswith("--json="):
            shown.append(arg)
    return shlex.join(["python", "-m", "benchmarks.run", *shown])


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    args = _parser().parse_args(arguments)
    for noisy in ("goose3", "newspaper", "trafilatura", "readability", "htmldate", "courlan"):
        # Peers log every date they fail to parse; their failures show in the figures.
        logging.getLogger(noisy).setLevel(logging.ERROR)
    root = datasets.corpus_dir()
    if not root.is_dir():
        print(f"corpus not found at {root}: set NEWSPARSE_CORPUS (see docs/benchmarks.md)")
        return 2
    chosen = systems.by_name(args.systems)
    cases = datasets.load(root, sites=args.sites, limit=args.limit)
    if not cases:
        print("no page matches the selection")
        return 2
    print(f"{len(cases)} pages, systems: {', '.join(s.name for s in chosen)}", file=sys.stderr)

    def progress(done: int, total: int) -> None:
        if done % 50 == 0 or done == total:
            print(f"  {done}/{total} pages", file=sys.stderr)

    runs = run_all([*chosen, systems.FLOOR], cases, warmup=args.warmup, progress=progress)
    quality = evaluate(runs[:-1], cases)
    speed = {r.system.name: _speed(r) for r in runs}
    reference = speed.get("trafilatura")
    for figures in speed.values():
        if reference and reference["pages_per_s"]:
            figures["ratio_to_trafilatura"] = figures["pages_per_s"] / reference["pages_per_s"]
    sample = _spread(cases, args.memory_pages)
    for r in runs if sample else ():
        measured = memory.measure(r.system.name, sample)
        if measured:
            speed[r.system.name]["peak_rss_mib"] = measured["peak_mib"]
            speed[r.system.name]["rss_growth_mib"] = measured["peak_mib"] - measured["baseline_mib"]
    results: dict[str, Any] = {
        "command": _command(arguments),
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "revision": _revision(),
        "machine": {
            "arch": platform.machine(),
            "nproc": os.cpu_count(),
            "python": platform.python_version(),
        },
        "pages": {n: sum(1 for c in cases if c.dataset == n) for n in quality},
        "systems": {
            s.name: {"version": s.version, "options": s.options} for s in [*chosen, systems.FLOOR]
        },
        "warmup": args.warmup,
        "memory_pages": len(sample),
        "speed_pages": len(cases),
        "quality": quality,
        "speed": speed,
        "per_page": _per_page(runs, cases),
        "errors": {
            r.system.name: [
                {"case": f"{c.dataset}/{c.id}", "error": o.error}
                for c, o in zip(cases, r.outputs, strict=True)
                if o.error
            ]
            for r in runs
        },
    }
    json_path = args.json or (
        datasets.REPO_ROOT / "benchmarks" / "results" / f"{datetime.now(UTC):%Y%m%dT%H%M%S}.json"
    )
    json_path.parent.mkdir(parents=True, exist_ok=True)
    json_path.write_text(json.dumps(results, indent=2, default=str) + "\n", encoding="utf-8")
    generated = report.render(results)
    if args.no_markdown:
        print(generated)
    else:
        existing = args.markdown.read_text(encoding="utf-8") if args.markdown.exists() else ""
        args.markdown.write_text(report.splice(existing, generated), encoding="utf-8")
        print(generated)
    print(f"JSON: {json_path}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
