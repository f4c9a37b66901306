"""Quality gate: newsparse alone on a fixed subset; exit 1 if a headline figure falls below
its floor in ``benchmarks/floors.json``.

``python -m benchmarks.gate`` checks; ``python -m benchmarks.gate --update-floors`` measures
and writes new floors (measured minus ``--margin``), to be reviewed and committed when a
change improves a figure. Exits 0 with a message when the corpus is absent.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from benchmarks import datasets, scoring, systems

FLOORS = Path(__file__).with_name("floors.json")
#: The subset: the first LIMIT pages (sorted by id) of every dataset.
LIMIT = 60
#: (dataset, figure) pairs the gate guards.
HEADLINE = (
    ("wcxb", "bow_f1"),
    ("wcxb", "shingle_f1"),
    ("trafilatura", "snippets_f1"),
    ("fundus", "rouge_lsum_f1"),
    ("fundus", "shingle_f1"),
    ("readability", "shingle_f1"),
    ("fundus", "title_exact"),
    ("fundus", "authors_f1"),
    ("fundus", "date_minute"),
    ("wcxb", "title_exact"),
)
#: Figures of the generic adapter forced, keyed ``generic.dataset.figure``. On WCXB and
#: trafilatura-eval nearly every page reaches the generic adapter anyway; on the Fundus
#: pages site adapters answer, so the generic adapter's fields are guarded there.
GENERIC = (
    ("fundus", "title_exact"),
    ("fundus", "authors_f1"),
    ("fundus", "shingle_f1"),
    ("fundus", "caption_recall"),
    ("fundus", "credit_recall"),
)


def guarded() -> set[str]:
    """Every key the floors file must hold."""
    return {f"{d}.{k}" for d, k in HEADLINE} | {f"generic.{d}.{k}" for d, k in GENERIC}


def measure(root: Path, limit: int = LIMIT) -> dict[str, float]:
    """The guarded figures on the subset: newsparse's keyed ``dataset.figure``, the generic
    adapter's ``generic.dataset.figure``."""
    cases = datasets.load(root, limit=limit)
    figures: dict[str, float] = {}
    for name in datasets.DATASETS:
        chosen = [c for c in cases if c.dataset == name]
        if not chosen:
            continue
        for system, prefix, keys in (
            (systems.NEWSPARSE, "", HEADLINE),
            (systems.NEWSPARSE_GENERIC, "generic.", GENERIC),
        ):
            wanted = [key for dataset, key in keys if dataset == name]
            if not wanted:
                continue
            outputs = [systems.call(system, c.html(), c.url) for c in chosen]
            scored = scoring.score(system, name, chosen, outputs)
            for key in wanted:
                if isinstance(scored.get(key), float):
                    figures[f"{prefix}{name}.{key}"] = scored[key]
    return figures


def check(measured: dict[str, float], floors: dict[str, float]) -> list[str]:
    """One message per figure below its floor (or missing)."""
    failures = []
    for key, floor in sorted(floors.items()):
        value = measured.get(key)
        if value is None:
            failures.append(f"{key}: not measured (floor {floor:.3f})")
        elif value < floor:
            failures.append(f"{key}: {value:.3f} < floor {floor:.3f}")
    return failures


def new_floors(measured: dict[str, float], margin: float) -> dict[str, float]:
    """Floors just under the measured figures, rounded down to 3 decimals."""
    return {
        k: max(0.0, math.floor((v - margin) * 1000) / 1000) for k, v in sorted(measured.items())
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.gate", description=__doc__)
    parser.add_argument("--update-floors", action="store_true", help="write new floors")
    parser.add_argument("--margin", type=float, default=0.015, help="floor = measured - margin")
    parser.add_argument("--floors", type=Path, default=FLOORS)
    args = parser.parse_args(argv)
    root = datasets.corpus_dir()
    if not root.is_dir():
        print(f"benchmarks.gate: SKIPPED, no corpus at {root} (set NEWSPARSE_CORPUS)")
        return 0
    stored: dict[str, Any] = json.loads(args.floors.read_text(encoding="utf-8"))
    limit = int(stored.get("limit", LIMIT))
    measured = measure(root, limit)
    for key, value in sorted(measured.items()):
        floor = stored["floors"].get(key)
        print(f"  {key:<28} {value:.3f}   floor {'-' if floor is None else f'{floor:.3f}'}")
    if args.update_floors:
        stored["floors"] = new_floors(measured, args.margin)
        args.floors.write_text(json.dumps(stored, indent=2) + "\n", encoding="utf-8")
        print(f"benchmarks.gate: floors written to {args.floors.name}; review and commit")
        return 0
    failures = check(measured, stored["floors"])
    if failures:
        print("benchmarks.gate: FAILED\n  " + "\n  ".join(failures))
        return 1
    print(f"benchmarks.gate: passed ({len(measured)} figures, first {limit} pages per dataset)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
