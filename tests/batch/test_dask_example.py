"""examples/dask_warc.py on a local Dask cluster: the same records as ``newsparse batch``."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

from newsparse.batch import parse_batch, to_record
from tests.batch.batch_inputs import WARC_DOCUMENTS, damage_warc, write_warc

pytest.importorskip("warcio", reason="the batch extra (warcio) is not installed")
pytest.importorskip("dask.bag", reason="dask[bag] is not installed")
distributed = pytest.importorskip("distributed", reason="distributed is not installed")

EXAMPLE = Path(__file__).parents[2] / "examples" / "dask_warc.py"


@pytest.fixture(scope="module")
def example() -> ModuleType:
    spec = importlib.util.spec_from_file_location("dask_warc_example", EXAMPLE)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def client() -> Iterator[object]:
    # In-process workers (threads): fast to start, and still the real scheduler.
    cluster = distributed.LocalCluster(
        n_workers=1, threads_per_worker=2, processes=False, dashboard_address=None
    )
    with cluster, distributed.Client(cluster) as dask_client:
        yield dask_client


def _lines(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_dask_writes_the_same_records_as_the_batch_api(
    example: ModuleType, client: object, tmp_path: Path
) -> None:
    one = write_warc(tmp_path / "one.warc.gz")
    two = damage_warc(write_warc(tmp_path / "two.warc"))
    out = tmp_path / "out"
    total = example.run([str(one), str(two)], str(out))

    for warc, name in ((one, "one.jsonl"), (two, "two.jsonl")):
        expected = [to_record(r) for r in parse_batch([warc], jobs=1)]
        assert _lines(out / name) == json.loads(json.dumps(expected))
    # The damaged WARC loses only its PNG response: all its documents plus one error line.
    documents = 2 * len(WARC_DOCUMENTS) + 1
    assert sum(n for k, n in total.items() if not k.startswith("skipped")) == documents
    assert total["error RecordError"] == 1
    assert total["skipped non-HTML response"] == 1


def test_dask_bag_of_records(example: ModuleType, client: object, tmp_path: Path) -> None:
    warc = write_warc(tmp_path / "crawl.warc.gz")
    records = example.records([str(warc)]).compute()
    assert [r["url"] for r in records] == [p.url for p in WARC_DOCUMENTS]
    assert [r["source"]["offset"] for r in records] == [
        r.source.offset for r in parse_batch([warc], jobs=1)
    ]


def test_dask_example_script_on_a_process_cluster(tmp_path: Path) -> None:
    warc = write_warc(tmp_path / "crawl.warc.gz")
    command = [sys.executable, str(EXAMPLE), str(tmp_path / "out"), str(warc), "--workers", "1"]
    result = subprocess.run(command, capture_output=True, text=True, timeout=180, check=False)
    assert result.returncode == 0, result.stderr
    counts = json.loads(result.stdout.splitlines()[-1])
    assert counts["parsed"] + counts.get("error EmptyDocumentError", 0) == len(WARC_DOCUMENTS)
    assert len(_lines(tmp_path / "out" / "crawl.jsonl")) == len(WARC_DOCUMENTS)
