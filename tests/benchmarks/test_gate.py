"""The quality gate: its comparison logic, its skip, and a run on a tiny subset."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmarks import datasets, gate

CORPUS = datasets.corpus_dir()
needs_corpus = pytest.mark.skipif(
    not CORPUS.is_dir(), reason=f"corpus absent at {CORPUS} (set NEWSPARSE_CORPUS)"
)


def test_check_reports_figures_below_or_missing_from_their_floor() -> None:
    failures = gate.check({"a": 0.5, "b": 0.9}, {"a": 0.6, "b": 0.8, "c": 0.1})
    assert failures == ["a: 0.500 < floor 0.600", "c: not measured (floor 0.100)"]
    assert gate.check({"a": 0.6}, {"a": 0.6}) == []


def test_new_floors_sit_just_under_the_measured_figures() -> None:
    assert gate.new_floors({"a": 0.8234, "b": 0.01}, 0.015) == {"a": 0.808, "b": 0.0}


def test_committed_floors_guard_every_headline_figure() -> None:
    stored = json.loads(gate.FLOORS.read_text(encoding="utf-8"))
    assert set(stored["floors"]) == gate.guarded()
    assert all(0.0 <= v <= 1.0 for v in stored["floors"].values())


def test_gate_skips_without_corpus(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("NEWSPARSE_CORPUS", str(tmp_path / "absent"))
    assert gate.main([]) == 0
    assert "SKIPPED" in capsys.readouterr().out


@pytest.mark.corpus
@needs_corpus
def test_gate_fails_when_a_figure_is_below_its_floor(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("NEWSPARSE_CORPUS", str(CORPUS))
    measured = gate.measure(CORPUS, limit=2)
    assert measured
    assert set(measured) <= gate.guarded()
    assert any(key.startswith("generic.") for key in measured)
    assert all(0.0 <= v <= 1.0 for v in measured.values())
    floors = tmp_path / "floors.json"
    passing = {k: max(0.0, v - 0.5) for k, v in measured.items()}
    floors.write_text(json.dumps({"limit": 2, "floors": passing}), encoding="utf-8")
    assert gate.main(["--floors", str(floors)]) == 0
    failing = passing | {"fundus.rouge_lsum_f1": 1.01}
    floors.write_text(json.dumps({"limit": 2, "floors": failing}), encoding="utf-8")
    assert gate.main(["--floors", str(floors)]) == 1
    assert "fundus.rouge_lsum_f1" in capsys.readouterr().out.split("FAILED")[1]
