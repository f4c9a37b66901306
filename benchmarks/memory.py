"""Peak memory of one system, measured in a fresh process so systems don't share a peak.

``python -m benchmarks.memory SYSTEM < pages.json`` (a JSON list of ``[path, url]``) prints
JSON: the peak resident set after importing the system and running one page, and the peak
after running all pages. The child never loads the datasets' ground truth, whose size
would otherwise set the peak.
"""

from __future__ import annotations

import argparse
import gzip
import json
import resource
import subprocess
import sys
from collections.abc import Sequence

from benchmarks import datasets, systems


def _rss_mib() -> float:
    """Peak resident set of this process in MiB.

    Linux's VmHWM belongs to the address space and starts afresh at exec; ru_maxrss
    would keep the parent's peak from before the fork.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.memory")
    parser.add_argument("system")
    args = parser.parse_args(argv)
    known = {s.name: s for s in (*systems.ALL, systems.FLOOR)}
    system = known[args.system]
    pages: list[tuple[str, str | None]] = [(p, u) for p, u in json.load(sys.stdin)]

    def html(path: str) -> bytes:
        with gzip.open(path, "rb") as stream:
            return stream.read()

    if pages:
        systems.call(system, html(pages[0][0]), pages[0][1])
    baseline = _rss_mib()
    for path, url in pages:
        systems.call(system, html(path), url)
    print(json.dumps({"baseline_mib": baseline, "peak_mib": _rss_mib(), "pages": len(pages)}))
    return 0


def measure(name: str, cases: Sequence[datasets.Case]) -> dict[str, float] | None:
    """Run :func:`main` for one system in a child process; None when it fails."""
    command = [sys.executable, "-m", "benchmarks.memory", name]
    pages = json.dumps([[str(c.path.resolve()), c.url] for c in cases])
    done = subprocess.run(
        command, input=pages, capture_output=True, text=True, check=False, cwd=datasets.REPO_ROOT
    )
    if done.returncode != 0:
        return None
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


if __name__ == "__main__":
    raise SystemExit(main())
