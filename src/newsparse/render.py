"""Human-readable renderings of an Article: plain text and Markdown."""

from __future__ import annotations

from newsparse.model import Article, BlockKind, NavRole


def to_text(article: Article) -> str:
    """The headline, then :attr:`Article.text`."""
    parts = [article.headline]
    if article.text:
        parts.append(article.text)
    return "\n\n".join(parts) + "\n"


def _escape(text: str) -> str:
    # Only the characters that would change the meaning at the start of a line or inline.
    return text.replace("\\", "\\\\").replace("*", "\\*").replace("_", "\\_").replace("`", "\\`")


def to_markdown(article: Article) -> str:
    """The article as Markdown: headline, dek, byline, key points, body with media in place."""
    lines: list[str] = [f"# {_escape(article.headline)}", ""]
    if article.standfirst:
        lines += [f"*{_escape(article.standfirst)}*", ""]
    byline = []
    if article.authors:
        byline.append("By " + ", ".join(article.authors))
    if article.published:
        byline.append(article.published.isoformat())
    if article.source:
        byline.append(f"Source: {article.source}")
    if byline:
        lines += [" · ".join(_escape(b) for b in byline), ""]
    if article.quick_read:
        lines += ["**Quick read**", ""]
        lines += [f"- {_escape(item)}" for item in article.quick_read]
        lines.append("")
    media_at: dict[int, list[str]] = {}
    for media in article.media:
        caption = " ".join(
            filter(None, [media.caption, f"({media.credit})" if media.credit else None])
        )
        media_at.setdefault(media.position, []).append(
            f"![{_escape(caption or media.alt or '')}]({media.url})"
        )
    previous_kind: BlockKind | None = None
    for index, block in enumerate(article.body):
        for image in media_at.pop(index, []):
            lines += [image, ""]
        text = _escape(block.text)
        if index == 0 and article.dateline:
            text = f"**{_escape(article.dateline.text)}** {text}"
        if block.kind is BlockKind.SUBHEADING:
            lines += [f"## {text}", ""]
        elif block.kind is BlockKind.QUOTE:
            lines += [f"> {text}", ""]
        elif block.kind is BlockKind.LIST_ITEM:
            if lines and lines[-1] == "" and previous_kind is BlockKind.LIST_ITEM:
                lines.pop()
            lines += [f"- {text}", ""]
        else:
            lines += [text, ""]
        previous_kind = block.kind
    for images in media_at.values():
        for image in images:
            lines += [image, ""]
    for role in (NavRole.PREVIOUS, NavRole.NEXT):
        for link in article.navigation:
            if link.role is role:
                lines += [f"{role.value.title()}: [{_escape(link.text)}]({link.url})", ""]
    return "\n".join(lines).rstrip() + "\n"
