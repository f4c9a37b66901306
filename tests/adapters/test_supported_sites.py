"""``docs/supported-sites.md`` is generated from the registry and must be current."""

from __future__ import annotations

from newsparse.adapter import Adapter
from newsparse.adapters import BUILTIN, FALLBACK
from newsparse.adapters._supported_sites import render, render_builtin
from tests.adapters.goldens import REPO_ROOT

DOC = REPO_ROOT / "docs" / "supported-sites.md"


def test_supported_sites_current(update_goldens: bool) -> None:
    expected = render_builtin()
    if update_goldens:
        DOC.write_text(expected, encoding="utf-8")
        return
    assert DOC.is_file(), (
        "docs/supported-sites.md is missing: run `pytest tests/adapters --update-goldens`"
    )
    assert DOC.read_text(encoding="utf-8") == expected, (
        "docs/supported-sites.md is stale: run `pytest tests/adapters --update-goldens`"
    )


def test_every_adapter_and_host_listed() -> None:
    page = render(BUILTIN, FALLBACK)
    for adapter in BUILTIN:
        assert f"`{adapter.name}`" in page
        for host in adapter.hosts:
            assert f"`{host}`" in page


def test_render_uses_own_docstring_and_escapes_pipes() -> None:
    class Demo(Adapter):
        """Demo | News, the first paragraph.

        Not this one.
        """

        name = "demo"
        hosts = frozenset({"demo.example", "a.example"})

    class Child(Demo):
        name = "child"

    page = render([Child, Demo])
    assert "| `demo` | `a.example`, `demo.example` | Demo \\| News, the first paragraph. |" in page
    assert "| `child` | `a.example`, `demo.example` |  |" in page
    assert page.index("`child`") < page.index("`demo`")
    assert "Not this one" not in page
