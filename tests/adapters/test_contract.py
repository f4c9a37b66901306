"""What every built-in adapter must satisfy; contributors never write these tests."""

from __future__ import annotations

from collections import Counter

import pytest

from newsparse.adapter import Adapter
from newsparse.adapters import BUILTIN, FALLBACK
from tests.adapters.goldens import ALLOWED_KEYS, FIXTURES, GoldenCase, corpus_root, iter_cases

CASES = list(iter_cases())
ALL = (*BUILTIN, FALLBACK)


def _module_name(adapter: type[Adapter]) -> str:
    return adapter.__module__.rsplit(".", 1)[-1]


def test_names_are_unique() -> None:
    counts = Counter(a.name for a in ALL)
    assert [n for n, c in counts.items() if c > 1] == []


@pytest.mark.parametrize("adapter", BUILTIN, ids=lambda a: a.name)
def test_name_is_module_name(adapter: type[Adapter]) -> None:
    """``name`` == module name; a layout variant in its parent's module is ``<module>_<suffix>``."""
    assert adapter.__module__.startswith("newsparse.adapters."), adapter.__module__
    module = _module_name(adapter)
    if adapter.name == module:
        return
    parents = [
        b for b in BUILTIN if b is not adapter and issubclass(adapter, b) and b.name == module
    ]
    problem = f"{adapter.__qualname__}.name is {adapter.name!r} but it lives in module {module!r}"
    assert adapter.name.startswith(module + "_"), problem
    assert parents, problem


@pytest.mark.parametrize("adapter", BUILTIN, ids=lambda a: a.name)
def test_hosts_are_bare(adapter: type[Adapter]) -> None:
    for host in adapter.hosts:
        assert host == host.strip().lower(), host
        assert "/" not in host, f"{host!r}: a host, not a URL"
        assert ":" not in host, f"{host!r}: a host, without a scheme or port"
        assert not host.startswith("www."), f"{host!r}: 'www.' is ignored, leave it out"


@pytest.mark.parametrize("adapter", BUILTIN, ids=lambda a: a.name)
def test_every_adapter_has_a_fixture(adapter: type[Adapter]) -> None:
    mine = [c for c in CASES if c.folder == adapter.name]
    assert mine, (
        f"no golden fixture for {adapter.name!r}: add tests/fixtures/{adapter.name}/<slug>.json "
        "(see docs/adding-an-adapter.md)"
    )


def test_builtin_order() -> None:
    """Sorted by module, so a new adapter has one obvious place (variants sit with their parent)."""
    modules = [_module_name(a) for a in BUILTIN]
    assert modules == sorted(modules), "keep BUILTIN sorted by name"


def test_fixture_folders_name_adapters() -> None:
    names = {a.name for a in ALL}
    assert sorted({c.folder for c in CASES} - names) == []


def test_pages_have_golden_files() -> None:
    """An HTML page saved in an adapter's folder without its JSON is tested by nothing."""
    names = {a.name for a in ALL}
    referenced = {c.page_path for c in CASES if c.page_path is not None}
    orphans = [
        str(p.relative_to(FIXTURES))
        for name in names
        for p in sorted((FIXTURES / name).glob("*.html"))
        if p not in referenced
    ]
    assert orphans == []


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_fixture_file_shape(case: GoldenCase) -> None:
    assert set(case.data) <= ALLOWED_KEYS, f"unknown keys {sorted(set(case.data) - ALLOWED_KEYS)}"
    assert ("page" in case.data) != ("corpus" in case.data), "exactly one of 'page' and 'corpus'"
    if case.page_path is not None:
        assert case.page_path.parent == case.path.parent, "'page' is a file name beside the JSON"
        assert case.page_path.is_file(), f"{case.page_path.name} is missing"
    if case.corpus is not None:
        assert not case.corpus.startswith("/"), "'corpus' is relative to $NEWSPARSE_CORPUS"
        assert ".." not in case.corpus.split("/"), "'corpus' stays inside $NEWSPARSE_CORPUS"
        root = corpus_root()
        if root.is_dir():
            assert (root / case.corpus).is_file(), f"{case.corpus} is not in the corpus"
