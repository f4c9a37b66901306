"""The fallback adapter: every field from the generic extractors, for any page."""

from __future__ import annotations

from newsparse.adapter import Adapter


class GenericAdapter(Adapter):
    """Used when no site adapter claims the page (and when ``adapter="generic"`` is asked for)."""

    name = "generic"
