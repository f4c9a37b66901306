"""The typed values newsparse produces: :class:`Article` and its parts.

All classes are frozen and keyword-only. Collections are tuples (converted by named
converters so ``mypy --strict`` keeps their element types) and datetimes keep the UTC
offset the page printed, which is what survives a trip through JSON.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any

import attrs
from attrs import field, frozen, validators

if TYPE_CHECKING:
    from typing import Self


#: The shape of :attr:`Article.language`: a BCP 47 tag with a lower-case primary subtag.
LANGUAGE_TAG = r"[a-z]{2,3}(-[A-Za-z0-9]{1,8})*"


class BlockKind(enum.StrEnum):
    """What a body block is, as the page shows it."""

    PARAGRAPH = "paragraph"
    SUBHEADING = "subheading"
    QUOTE = "quote"
    LIST_ITEM = "list_item"


class MediaKind(enum.StrEnum):
    IMAGE = "image"
    VIDEO = "video"
    AUDIO = "audio"
    EMBED = "embed"


class NavRole(enum.StrEnum):
    """Why a link is in :attr:`Article.navigation`."""

    PREVIOUS = "previous"
    NEXT = "next"
    BREADCRUMB = "breadcrumb"
    SECTION = "section"
    TAG = "tag"
    RELATED = "related"


def _non_blank(_instance: object, attribute: Any, value: str) -> None:
    if not value.strip():
        raise ValueError(f"{attribute.name} must not be blank")


def _optional_non_blank(instance: object, attribute: Any, value: str | None) -> None:
    if value is not None:
        _non_blank(instance, attribute, value)


def _fixed_offset(value: datetime | None) -> datetime | None:
    """Replace a zone with the fixed offset it had at that instant.

    Zone rules (``Europe/Paris``) cannot survive JSON, and an ambiguous wall time in
    a named zone never compares equal after a round trip (PEP 495); a fixed offset does.
    """
    if value is None or value.tzinfo is None:
        return value if value is None else value.replace(fold=0)
    offset = value.utcoffset()
    if offset is None:
        return value.replace(tzinfo=None, fold=0)
    return value.replace(tzinfo=timezone(offset), fold=0)


@frozen(kw_only=True)
class Block:
    """One block of the article's own text."""

    kind: BlockKind = field(converter=BlockKind)
    text: str = field(validator=_non_blank)


@frozen(kw_only=True)
class Dateline:
    """The dateline as printed ("WASHINGTON (AP) —") and its parts."""

    text: str = field(validator=_non_blank)
    location: str | None = field(default=None, validator=_optional_non_blank)
    agency: str | None = field(default=None, validator=_optional_non_blank)
    #: Date text printed in the dateline, e.g. "Nov 27" in "LONDON, Nov 27 (Reuters) -".
    date_text: str | None = field(default=None, validator=_optional_non_blank)


@frozen(kw_only=True)
class Media:
    """An image, video, audio or embed shown with the article."""

    kind: MediaKind = field(default=MediaKind.IMAGE, converter=MediaKind)
    url: str = field(validator=_non_blank)
    caption: str | None = field(default=None, validator=_optional_non_blank)
    credit: str | None = field(default=None, validator=_optional_non_blank)
    alt: str | None = field(default=None, validator=_optional_non_blank)
    width: int | None = field(default=None, validator=validators.optional(validators.ge(0)))
    height: int | None = field(default=None, validator=validators.optional(validators.ge(0)))
    #: How many body blocks precede it; 0 is the lead media.
    position: int = field(default=0, validator=validators.ge(0))


@frozen(kw_only=True)
class NavLink:
    """A link that takes the reader somewhere else: previous/next article, section, tag..."""

    role: NavRole = field(converter=NavRole)
    text: str = field(validator=_non_blank)
    url: str = field(validator=_non_blank)


@frozen(kw_only=True)
class Problem:
    """An optional field that failed to extract, and why."""

    field: str = attrs.field(validator=_non_blank)
    message: str = attrs.field(validator=_non_blank)


def _strings(items: Iterable[str]) -> tuple[str, ...]:
    return tuple(items)


def _blocks(items: Iterable[Block]) -> tuple[Block, ...]:
    return tuple(items)


def _media(items: Iterable[Media]) -> tuple[Media, ...]:
    return tuple(items)


def _links(items: Iterable[NavLink]) -> tuple[NavLink, ...]:
    return tuple(items)


def _problems(items: Iterable[Problem]) -> tuple[Problem, ...]:
    return tuple(items)


def _shown_needs_standfirst(
    instance: Article, attribute: attrs.Attribute[bool], value: bool
) -> None:
    if value and instance.standfirst is None:
        raise ValueError("standfirst_shown is True but there is no standfirst")


@frozen(kw_only=True)
class Article:
    """One news article, as extracted from one page. See ``docs/article-model.md``."""

    headline: str = field(validator=_non_blank)
    adapter: str = field(default="generic", validator=_non_blank)
    url: str | None = None
    canonical_url: str | None = None
    site_name: str | None = None
    #: BCP 47 tag ("en", "de-CH").
    language: str | None = field(
        default=None, validator=validators.optional(validators.matches_re(LANGUAGE_TAG))
    )
    standfirst: str | None = field(default=None, validator=_optional_non_blank)
    #: Whether the page shows the standfirst above the story, apart from the body (not only
    #: in its metadata); :attr:`text` then starts with it.
    standfirst_shown: bool = field(default=False, validator=_shown_needs_standfirst)
    authors: tuple[str, ...] = field(default=(), converter=_strings)
    published: datetime | None = field(default=None, converter=_fixed_offset)
    modified: datetime | None = field(default=None, converter=_fixed_offset)
    dateline: Dateline | None = None
    #: The organization whose story this is when it is syndicated.
    source: str | None = field(default=None, validator=_optional_non_blank)
    quick_read: tuple[str, ...] = field(default=(), converter=_strings)
    body: tuple[Block, ...] = field(default=(), converter=_blocks)
    media: tuple[Media, ...] = field(default=(), converter=_media)
    navigation: tuple[NavLink, ...] = field(default=(), converter=_links)
    #: Whether the page says the article is free to read; None when it does not say.
    free_access: bool | None = None
    problems: tuple[Problem, ...] = field(default=(), converter=_problems)

    @property
    def text(self) -> str:
        """Plain text as the page reads: the standfirst when the page shows it, then the
        dateline and the body, blank-line separated."""
        blocks = [b.text for b in self.body]
        if self.dateline is not None:
            if blocks:
                blocks[0] = f"{self.dateline.text} {blocks[0]}"
            else:
                blocks = [self.dateline.text]
        if self.standfirst_shown and self.standfirst:
            blocks.insert(0, self.standfirst)
        return "\n\n".join(blocks)

    def to_dict(self) -> dict[str, Any]:
        from newsparse.serialize import to_dict

        return to_dict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        from newsparse.serialize import from_dict

        article = from_dict(data)
        if not isinstance(article, cls):  # pragma: no cover - only for subclasses
            raise TypeError(f"expected {cls.__name__}")
        return article

    def to_json(self, *, indent: int | None = 2) -> str:
        from newsparse.serialize import dumps

        return dumps(self, indent=indent)

    @classmethod
    def from_json(cls, text: str | bytes) -> Self:
        from newsparse.serialize import loads

        article = loads(text)
        if not isinstance(article, cls):  # pragma: no cover - only for subclasses
            raise TypeError(f"expected {cls.__name__}")
        return article
