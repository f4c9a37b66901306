"""The explicit limits that keep one parse bounded in time and memory.

See ``docs/limits.md`` for why each default was chosen.
"""

from __future__ import annotations

from attrs import field, frozen, validators


@frozen(kw_only=True)
class Limits:
    """Bounds on what one :func:`newsparse.parse` call accepts and does.

    Pass ``limits=Limits(max_bytes=...)`` to ``parse`` to change them.
    """

    #: Largest input accepted, in bytes (a ``str`` is measured as UTF-8); larger input
    #: raises :class:`DocumentTooLargeError`.
    max_bytes: int = field(default=32 * 1024 * 1024, validator=validators.gt(0))
    #: Nesting depth kept when a document is deeper than libxml2 can build (it silently
    #: drops everything after an over-deep element): elements below this depth are then
    #: unwrapped, their text kept. :class:`DocumentTooComplexError` if that is not enough.
    max_depth: int = field(default=512, validator=validators.gt(0))
    #: Attributes kept per element; the rest are dropped before parsing because
    #: libxml2 is quadratic in the attribute count of one element.
    max_attributes: int = field(default=512, validator=validators.gt(0))
    #: Most elements (start tags) a document may have. The extractors' work is linear in
    #: the element count: this bounds the time of a page of tiny elements, which
    #: ``max_bytes`` alone does not (32 MiB of ``<p>x</p>`` is 4 million elements).
    max_elements: int = field(default=500_000, validator=validators.gt(0))
    #: Wall-clock budget for one parse, checked before each field is extracted;
    #: :class:`ParseTimeoutError` once it is used up.
    max_seconds: float = field(default=20.0, validator=validators.gt(0))
    #: Largest JSON-LD script parsed, in characters; larger ones are skipped.
    max_jsonld_chars: int = field(default=2 * 1024 * 1024, validator=validators.gt(0))


DEFAULT_LIMITS = Limits()
