"""URL helpers: absolute, safe http(s) links only."""

from __future__ import annotations

from urllib.parse import urljoin, urlsplit

_SAFE_SCHEMES = frozenset({"http", "https"})


def is_http_url(url: str | None) -> bool:
    """Whether ``url`` is an absolute http(s) URL with a host."""
    if not url:
        return False
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    return parts.scheme.lower() in _SAFE_SCHEMES and bool(parts.hostname)


def absolute(href: str | None, base: str | None) -> str | None:
    """``href`` resolved against ``base``, or None if it is not a usable http(s) link.

    Fragment-only links, ``javascript:``, ``data:``, ``file:`` and ``mailto:`` all give
    None. Without a base, only already-absolute http(s) URLs are kept. Never raises.
    """
    if not href:
        return None
    href = "".join(href.split()) if any(c in href for c in "\n\r\t") else href.strip()
    if not href or href.startswith("#"):
        return None
    try:
        if href.startswith("//"):
            scheme = "https" if base is None else (urlsplit(base).scheme or "https")
            href = f"{scheme}:{href}"
        url = href if base is None else urljoin(base, href)
    except ValueError:  # an invalid IPv6 host in base or href
        return None
    return url if is_http_url(url) else None


def host_of(url: str | None) -> str | None:
    """The lower-case host of ``url`` without a leading ``www.``."""
    if not url:
        return None
    try:
        host = urlsplit(url).hostname
    except ValueError:
        return None
    if not host:
        return None
    return host.lower().removeprefix("www.")
