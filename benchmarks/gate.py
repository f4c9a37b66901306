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


def measure(root: Path, limit: int = LIMIT) -> dict[str, float]:
    """The headline figures of newsparse on the subset, keyed ``dataset.figure``."""
    cases = datasets.load(root, limit=limit)
    figures: dict[str, float] = {}
    for name in datasets.DATASETS:
        chosen = [c for c in cases if c.dataset == name]
        if not chosen:
            continue
        outputs = [systems.call(systems.NEWSPARSE, c.html(), c.url) for c in chosen]
        scored = scoring.score(systems.NEWSPARSE, name, chosen, outputs)
        for dataset, key in HEADLINE:
            if dataset == name and isinstance(scored.get(key), float):
                figures[f"{dataset}.{key}"] = scored[key]
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
