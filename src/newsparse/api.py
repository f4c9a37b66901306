"""The surface other code calls: :func:`parse` and :func:`parse_file`."""

from __future__ import annotations

import functools
import gzip
import os
import zlib
from pathlib import Path

from newsparse.adapter import Adapter
from newsparse.errors import InputError, InvalidArgumentError, NewsparseError
from newsparse.limits import Limits
from newsparse.model import Article
from newsparse.page import Page
from newsparse.registry import Registry, build_registry, load_plugins


@functools.cache
def default_registry() -> Registry:
    """Installed plugins, the built-in adapters and the generic fallback (scanned once)."""
    return build_registry(load_plugins())


def parse(
    html: bytes | str,
    url: str | None = None,
    *,
    adapter: type[Adapter] | str | None = None,
    strict: bool = False,
    registry: Registry | None = None,
    limits: Limits | None = None,
    encoding: str | None = None,
) -> Article:
    """Parse one news page into an :class:`Article`.

    :param html: the page; bytes are the normal input (the encoding is detected).
    :param url: the page's URL: selects the site adapter and resolves relative links.
    :param adapter: an adapter name or class to use instead of the registry's choice.
    :param strict: raise :class:`ExtractionError` for any field that fails instead
        of recording a :class:`Problem`.
    :param encoding: the charset the transport declared (HTTP ``Content-Type``).
    :raises NewsparseError: for every deliberate failure; nothing else escapes.
    """
    try:
        _check_arguments(adapter=adapter, registry=registry, limits=limits, encoding=encoding)
        page = Page.from_html(html, url, limits=limits, encoding=encoding)
        chosen = (registry or default_registry()).select(page, adapter)
        return chosen().parse(page, strict=strict)
    except NewsparseError:
        raise
    except RecursionError as exc:
        raise InputError("the document is too deeply nested to process") from exc
    except MemoryError as exc:
        raise InputError("the document needs more memory than is available") from exc
    except Exception as exc:
        # A bug in an adapter or in newsparse: still a NewsparseError for callers,
        # with the original exception chained for the bug report.
        raise NewsparseError(f"internal error: {type(exc).__name__}: {exc}") from exc


def _check_arguments(
    *, adapter: object, registry: object, limits: object, encoding: object
) -> None:
    """Wrong-typed arguments are a :class:`InvalidArgumentError`, not a TypeError deep inside."""
    is_adapter = isinstance(adapter, type) and issubclass(adapter, Adapter)
    if adapter is not None and not isinstance(adapter, str) and not is_adapter:
        raise InvalidArgumentError(
            f"adapter must be an adapter name or an Adapter subclass, not {adapter!r:.100}"
        )
    if registry is not None and not isinstance(registry, Registry):
        raise InvalidArgumentError(f"registry must be a Registry, not {type(registry).__name__}")
    if limits is not None and not isinstance(limits, Limits):
        raise InvalidArgumentError(
            f"limits must be a newsparse.Limits, not {type(limits).__name__}"
        )
    if encoding is not None and not isinstance(encoding, str):
        raise InvalidArgumentError(f"encoding must be a str, not {type(encoding).__name__}")


def parse_file(
    path: str | os.PathLike[str],
    url: str | None = None,
    *,
    adapter: type[Adapter] | str | None = None,
    strict: bool = False,
    registry: Registry | None = None,
    limits: Limits | None = None,
) -> Article:
    """:func:`parse` the bytes of a file (``.gz`` files are decompressed)."""
    _check_arguments(adapter=adapter, registry=registry, limits=limits, encoding=None)
    try:
        file = Path(path)
    except TypeError as exc:
        raise InvalidArgumentError(
            f"path must be a str or os.PathLike, not {type(path).__name__}"
        ) from exc
    try:
        if file.suffix == ".gz":
            with gzip.open(file, "rb") as stream:
                data = stream.read((limits or Limits()).max_bytes + 1)
        else:
            with file.open("rb") as stream:
                data = stream.read((limits or Limits()).max_bytes + 1)
    except (OSError, EOFError, zlib.error) as exc:
        raise InputError(f"cannot read {file}: {getattr(exc, 'strerror', None) or exc}") from exc
    return parse(data, url, adapter=adapter, strict=strict, registry=registry, limits=limits)
