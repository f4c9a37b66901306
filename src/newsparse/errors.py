"""The exceptions newsparse raises on purpose.

Every deliberate failure is a :class:`NewsparseError`; :func:`newsparse.parse` lets
nothing else escape. Each class carries a stable ``code`` that the CLI prints in its
one-line JSON error, so tools can branch on it without parsing messages.
"""

from __future__ import annotations


class NewsparseError(Exception):
    """Base class of every error newsparse raises on purpose."""

    code: str = "newsparse_error"


class InputError(NewsparseError):
    """The input cannot be read as an HTML document."""

    code = "bad_input"


class EmptyDocumentError(InputError):
    """The input is empty or holds only whitespace."""

    code = "empty_document"


class NotHTMLError(InputError):
    """The input is something other than HTML: binary data, JSON, a PDF, an image..."""

    code = "not_html"


class LimitExceededError(InputError):
    """The input exceeds one of the configured :class:`newsparse.Limits`."""

    code = "limit_exceeded"


class DocumentTooLargeError(LimitExceededError):
    """The input is larger than ``Limits.max_bytes``."""

    code = "too_large"


class DocumentTooComplexError(LimitExceededError):
    """The document's tree cannot be built without losing content (nesting, attributes)."""

    code = "too_complex"


class ParseTimeoutError(LimitExceededError):
    """Extraction took longer than ``Limits.max_seconds``."""

    code = "timeout"


class InvalidURLError(InputError):
    """The ``url`` argument is not an absolute http(s) URL."""

    code = "invalid_url"


class InvalidArgumentError(InputError):
    """An argument of :func:`newsparse.parse` has the wrong type or value (``limits``,
    ``encoding``, ``adapter``, ``registry``...)."""

    code = "invalid_argument"


class NoArticleError(NewsparseError):
    """The page holds no article.

    Decided by the content, not by a guess about the site: a page is "no article" when
    no headline can be found anywhere (JSON-LD, meta tags, ``<h1>``, ``<title>``), or
    when it has neither a body block nor a standfirst to read.
    """

    code = "no_article"


class ExtractionError(NewsparseError):
    """A field could not be extracted (required fields always; any field in strict mode)."""

    code = "extraction_failed"

    def __init__(self, field: str, reason: str) -> None:
        super().__init__(f"{field}: {reason}")
        self.field = field
        self.reason = reason

    def __reduce__(self) -> tuple[type[ExtractionError], tuple[str, str]]:
        # Keep the error picklable (batch workers send errors between processes).
        return (type(self), (self.field, self.reason))


class AdapterError(NewsparseError):
    """An adapter is unknown, broken, or was asked for something it cannot do."""

    code = "adapter_error"


class UnknownAdapterError(AdapterError):
    """No adapter has the requested name."""

    code = "unknown_adapter"


class NoAdapterError(AdapterError):
    """No adapter claims the page and the registry has no fallback."""

    code = "no_adapter"


class FetchError(NewsparseError):
    """A URL given to the CLI could not be fetched."""

    code = "fetch_failed"
