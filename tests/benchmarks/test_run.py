"""The benchmark runner's command line, as the generated docs show it."""

from __future__ import annotations

from benchmarks.run import _command


def test_the_command_shown_in_the_docs_leaves_out_where_the_json_went() -> None:
    assert _command(["--limit", "5", "--json", "/x/y.json", "--sites", "wcxb"]) == (
        "python -m benchmarks.run --limit 5 --sites wcxb"
    )
    assert _command(["--json=/x/y.json"]) == "python -m benchmarks.run"
