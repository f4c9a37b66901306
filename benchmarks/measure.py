"""Run systems on cases, interleaved page by page, timing each call.

Interleaving (every system on page 1, then every system on page 2, in a rotating order)
spreads the load of a shared, noisy machine evenly over the systems.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable, Sequence

from attrs import frozen

from benchmarks.datasets import Case
from benchmarks.systems import Output, System, call


@frozen(kw_only=True)
class Run:
    system: System
    outputs: tuple[Output, ...]
    #: Seconds per page, in case order.
    seconds: tuple[float, ...]


def run_all(
    systems: Sequence[System],
    cases: Sequence[Case],
    *,
    warmup: int = 3,
    progress: Callable[[int, int], None] | None = None,
) -> list[Run]:
    """Every system on every case in one process, after ``warmup`` untimed pages each."""
    for case in cases[:warmup]:
        html = case.html()
        for system in systems:
            call(system, html, case.url)
    outputs: list[list[Output]] = [[] for _ in systems]
    seconds: list[list[float]] = [[] for _ in systems]
    count = len(systems)
    gc.collect()
    for index, case in enumerate(cases):
        html = case.html()
        for step in range(count):
            which = (index + step) % count
            start = time.perf_counter()
            output = call(systems[which], html, case.url)
            seconds[which].append(time.perf_counter() - start)
            outputs[which].append(output)
        if progress is not None:
            progress(index + 1, len(cases))
    return [
        Run(system=s, outputs=tuple(outputs[i]), seconds=tuple(seconds[i]))
        for i, s in enumerate(systems)
    ]
