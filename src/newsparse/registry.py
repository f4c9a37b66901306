"""Which adapter handles a page: plugins first, then built-ins, then the fallback."""

from __future__ import annotations

import warnings
from collections.abc import Iterable, Sequence
from importlib.metadata import EntryPoint, entry_points

from attrs import field, frozen

from newsparse.adapter import Adapter
from newsparse.errors import AdapterError, NoAdapterError, UnknownAdapterError
from newsparse.page import Page

ENTRY_POINT_GROUP = "newsparse.adapters"


def _adapters(items: Iterable[type[Adapter]]) -> tuple[type[Adapter], ...]:
    return tuple(items)


def _check_unique(_instance: object, _attribute: object, value: tuple[type[Adapter], ...]) -> None:
    seen: set[str] = set()
    for adapter in value:
        if not (isinstance(adapter, type) and issubclass(adapter, Adapter)):
            raise AdapterError(f"{adapter!r} is not an Adapter subclass")
        name = getattr(adapter, "name", None)
        if not isinstance(name, str) or not name:
            raise AdapterError(f"{adapter.__qualname__} has no name")
        if name in seen:
            raise AdapterError(f"two adapters are named {name!r}")
        seen.add(name)


@frozen(kw_only=True)
class Registry:
    """An ordered set of adapters and the fallback used when none claims a page."""

    adapters: tuple[type[Adapter], ...] = field(converter=_adapters, validator=_check_unique)
    fallback: type[Adapter] | None = None

    def names(self) -> tuple[str, ...]:
        names = [a.name for a in self.adapters]
        if self.fallback is not None and self.fallback.name not in names:
            names.append(self.fallback.name)
        return tuple(names)

    def get(self, name: str) -> type[Adapter]:
        """The adapter called ``name`` (the fallback included)."""
        for adapter in self.adapters:
            if adapter.name == name:
                return adapter
        if self.fallback is not None and self.fallback.name == name:
            return self.fallback
        known = ", ".join(sorted(self.names()))
        raise UnknownAdapterError(f"no adapter is named {name!r}; known adapters: {known}")

    def select(self, page: Page, adapter: type[Adapter] | str | None = None) -> type[Adapter]:
        """The adapter asked for, else the first that claims the page, else the fallback.

        An adapter claims a page when its URL-only :meth:`Adapter.matches` and its DOM
        :meth:`Adapter.detect` both hold; among claims, a subclass beats its parent.
        """
        if isinstance(adapter, str):
            return self.get(adapter)
        if adapter is not None:
            return adapter
        claims = [c for c in self.adapters if c.matches(page) and c.detect(page)]
        for candidate in claims:
            # A layout variant (a subclass whose detect() matched) beats its parent,
            # wherever the two stand in the list.
            if not any(other is not candidate and issubclass(other, candidate) for other in claims):
                return candidate
        if self.fallback is None:
            raise NoAdapterError(
                f"no adapter claims {page.url or 'this page'} and there is no fallback"
            )
        return self.fallback


def load_plugins(
    *, strict: bool = False, found: Sequence[EntryPoint] | None = None
) -> tuple[type[Adapter], ...]:
    """Adapters from installed packages' ``newsparse.adapters`` entry points, in entry-point order.

    A plugin that fails to load or is not an Adapter is skipped with a warning
    (``strict=True`` raises :class:`AdapterError` instead).
    """
    plugins: list[type[Adapter]] = []
    points = entry_points(group=ENTRY_POINT_GROUP) if found is None else found
    for point in points:
        try:
            loaded = point.load()
        except Exception as exc:
            _plugin_problem(
                f"plugin {point.name!r} failed to load: {type(exc).__name__}: {exc}", strict
            )
            continue
        if not (isinstance(loaded, type) and issubclass(loaded, Adapter)):
            _plugin_problem(f"plugin {point.name!r} is not an Adapter subclass: {loaded!r}", strict)
            continue
        if getattr(loaded, "name", None) != point.name:
            _plugin_problem(
                f"plugin {point.name!r}: the entry-point name must equal the adapter's name "
                f"({getattr(loaded, 'name', None)!r})",
                strict,
            )
            continue
        plugins.append(loaded)
    return tuple(plugins)


def _plugin_problem(message: str, strict: bool) -> None:
    if strict:
        raise AdapterError(message)
    warnings.warn(message, RuntimeWarning, stacklevel=3)


def build_registry(plugins: Iterable[type[Adapter]] = ()) -> Registry:
    """Plugins, then the built-ins, then the generic fallback.

    A plugin whose name equals a built-in's replaces it (that is how a user ships a
    fixed adapter before a release).
    """
    from newsparse.adapters import BUILTIN, FALLBACK

    plugin_list = list(plugins)
    overridden = {p.name for p in plugin_list}
    return Registry(
        adapters=[*plugin_list, *(b for b in BUILTIN if b.name not in overridden)],
        fallback=FALLBACK,
    )
