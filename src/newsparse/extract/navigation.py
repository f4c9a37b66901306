"""Navigation links: previous/next, breadcrumbs, sections, tags, related."""

from __future__ import annotations

from newsparse.extract.content import Content
from newsparse.model import NavLink, NavRole
from newsparse.page import Page
from newsparse.toolkit.text import text_of


def links(page: Page, content: Content) -> tuple[NavLink, ...]:
    found: list[NavLink] = []
    for element in page.root.iterfind(".//a[@rel][@href]"):
        rel = (element.get("rel") or "").lower().split()
        role = (
            NavRole.PREVIOUS if "prev" in rel else NavRole.NEXT if "next" in rel else NavRole.TAG if "tag" in rel else None
        )
        url = page.absolute(element.get("href"))
        text = text_of(element)
        if role and url and text:
            found.append(NavLink(role=role, text=text, url=url))
    return tuple(found)
