"""What adapters import: small, pure helpers, each with its own property tests."""

from newsparse.toolkit.dates import parse_datetime
from newsparse.toolkit.text import normalize_space, text_of
from newsparse.toolkit.urls import absolute, host_of, is_http_url

__all__ = ["absolute", "host_of", "is_http_url", "normalize_space", "parse_datetime", "text_of"]
