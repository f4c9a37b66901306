"""The built-in adapters.

``BUILTIN`` is the one explicit list, sorted by name, one line per adapter. A layout
variant (a subclass with its own ``detect()``) is listed before its parent. Importing
this package registers nothing anywhere: the registry reads these names.
"""

from __future__ import annotations

from newsparse.adapter import Adapter
from newsparse.adapters.generic import GenericAdapter
from newsparse.adapters.newslooks import NewslooksAdapter

BUILTIN: tuple[type[Adapter], ...] = (
    # keep sorted by .name; one line per adapter
    NewslooksAdapter,
)

FALLBACK: type[Adapter] = GenericAdapter

__all__ = ["BUILTIN", "FALLBACK", "GenericAdapter"]
