"""Render ``docs/supported-sites.md`` from the adapters themselves.

The page is generated, never edited by hand: ``pytest tests/adapters --update-goldens``
rewrites it and a plain test run fails while it is stale. Run this module to print it::

    python -m newsparse.adapters._supported_sites > docs/supported-sites.md
"""

from __future__ import annotations

import inspect
from collections.abc import Iterable

from newsparse.adapter import Adapter

HEADER = """\
# Supported sites

<!-- Generated from newsparse.adapters.BUILTIN by newsparse.adapters._supported_sites:
     do not edit; run `pytest tests/adapters --update-goldens` after changing an adapter. -->

Pages on these hosts are parsed by a site adapter (see `docs/adding-an-adapter.md`).
Every other page goes to the `{fallback}` adapter, which works on any news page.

| Adapter | Hosts | Notes |
|---|---|---|
"""


def summary(adapter: type[Adapter]) -> str:
    """The first sentence-line of the adapter's own docstring (not an inherited one)."""
    doc = adapter.__dict__.get("__doc__")
    if not isinstance(doc, str):
        return ""
    first = inspect.cleandoc(doc).split("\n\n", 1)[0]
    return " ".join(first.split()).replace("|", "\\|")


def render(adapters: Iterable[type[Adapter]], fallback: type[Adapter] | None = None) -> str:
    """The Markdown page listing ``adapters`` in name order, one row each."""
    rows = []
    for adapter in sorted(adapters, key=lambda a: a.name):
        hosts = ", ".join(f"`{h}`" for h in sorted(adapter.hosts)) or "(detected from the page)"
        rows.append(f"| `{adapter.name}` | {hosts} | {summary(adapter)} |\n")
    fallback_name = fallback.name if fallback is not None else "generic"
    return HEADER.format(fallback=fallback_name) + "".join(rows)


def render_builtin() -> str:
    """The page for the built-in adapters, as committed in ``docs/supported-sites.md``."""
    from newsparse.adapters import BUILTIN, FALLBACK

    return render(BUILTIN, FALLBACK)


if __name__ == "__main__":  # pragma: no cover - a convenience for contributors
    print(render_builtin(), end="")
