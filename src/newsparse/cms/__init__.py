"""Layers for content-management systems: what every site built on one CMS shares.

A CMS layer is recognised from the page itself (generator meta, asset paths, markup
conventions), never from a host list, so it serves site adapters built on it and the
generic extractor alike. :mod:`newsparse.cms.wordpress` is the first.
"""

from newsparse.cms import wordpress

__all__ = ["wordpress"]
