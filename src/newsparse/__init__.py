"""newsparse: news-article HTML in, a typed :class:`Article` out.

>>> import newsparse
>>> article = newsparse.parse(b"<html><body><h1>Hello</h1><p>World.</p></body></html>")
>>> article.headline, article.body[0].text
('Hello', 'World.')
"""

from newsparse.adapter import Adapter
from newsparse.api import default_registry, parse, parse_file
from newsparse.errors import (
    AdapterError,
    DocumentTooComplexError,
    DocumentTooLargeError,
    EmptyDocumentError,
    ExtractionError,
    FetchError,
    InputError,
    InvalidArgumentError,
    InvalidURLError,
    LimitExceededError,
    NewsparseError,
    NoAdapterError,
    NoArticleError,
    NotHTMLError,
    ParseTimeoutError,
    UnknownAdapterError,
)
from newsparse.limits import Limits
from newsparse.model import (
    Article,
    Block,
    BlockKind,
    Dateline,
    Media,
    MediaKind,
    NavLink,
    NavRole,
    Problem,
)
from newsparse.page import Page
from newsparse.registry import Registry, build_registry, load_plugins

__version__ = "0.1.0.dev0"

__all__ = [
    "Adapter",
    "AdapterError",
    "Article",
    "Block",
    "BlockKind",
    "Dateline",
    "DocumentTooComplexError",
    "DocumentTooLargeError",
    "EmptyDocumentError",
    "ExtractionError",
    "FetchError",
    "InputError",
    "InvalidArgumentError",
    "InvalidURLError",
    "LimitExceededError",
    "Limits",
    "Media",
    "MediaKind",
    "NavLink",
    "NavRole",
    "NewsparseError",
    "NoAdapterError",
    "NoArticleError",
    "NotHTMLError",
    "Page",
    "ParseTimeoutError",
    "Problem",
    "Registry",
    "UnknownAdapterError",
    "__version__",
    "build_registry",
    "default_registry",
    "load_plugins",
    "parse",
    "parse_file",
]
