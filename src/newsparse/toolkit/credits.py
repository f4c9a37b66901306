"""Photo credits: split "Caption text. (AP Photo/Michael Sohn, File)" into caption and credit.

Captions end (rarely start) with the credit in a handful of shapes: a parenthesized credit,
a labelled one ("Photo: ...", "Foto: ...", "Bild: ...", "Credit: ..."), a copyright sign,
an agency with a slash ("REUTERS/Name", "Name/AFP"), or "... via Getty Images". Only these
shapes count: a caption that merely mentions a photo keeps all its text.
"""

from __future__ import annotations

import re
from typing import Final

from newsparse.toolkit.text import normalize_space

# Words that make a parenthesized or slash-separated tail a credit rather than an aside.
_CREDIT_WORDS = (
    r"(?:Photos?|Fotos?|Foto\(s\)|Image|Images|Pool|via|Getty|Reuters|REUTERS|AFP|AP|EPA|"
    r"EPA-EFE|dpa|DPA|picture alliance|picture-alliance|Shutterstock|iStock|Keystone|Imago|IMAGO|"
    r"Alamy|Bloomberg|Xinhua|ANSA|EFE|KEYSTONE|APA|Sipa|SIPA|Corbis|NurPhoto|Anadolu|"
    r"Courtesy|courtesy|Handout|handout|Illustration|Grafik|Archiv|File|Screenshot|Credit|©)"
)
_PAREN_TAIL: Final = re.compile(
    rf"\((?P<credit>[^()]{{0,120}}?(?:\b{_CREDIT_WORDS}\b|/|©)[^()]{{0,120}})\)[\s.]*$"
)
# "Photo: X", "Foto: X", "Bild: X", "Credit: X", "Image: X", "Crédit photo : X" — at the start
# of the caption or after its last sentence.
_LABELS = (
    r"(?:Photos?|Fotos?|Foto\(s\)|Fotografie|Fotograf[ií]a|Image|Images|Picture|Pic|Bild|Bilder|"
    r"Credit|Credits|Cr[ée]dits?(?:\s+photo)?|Photo\s+credit|Image\s+credit|Quelle|Copyright|"
    r"Photograph|Photography|Illustration|Grafik|Zdj[ęe]cie|Fot\.|Kuva|Foto/Video|Fotó|"
    r"Bilde|Billede|Isithombe|Picha|Фото|Фотография|Fotografia|Crédito|Créditos)"
)
_LABELLED: Final = re.compile(
    rf"(?:^|(?<=[.!?)”\"'|])\s*|\s[|/–—-]\s*|\s(?=[A-Z]))"
    rf"(?P<credit>(?i:{_LABELS})\s*:\s*(?P<who>\S.{{0,150}}?))[\s.]*$"
)
# "Photo by X", "Photograph by X", "| Photo by X"
_BY: Final = re.compile(
    r"(?:^|(?<=[.!?)\s|]))\s*(?:[|–—-]\s*)?(?P<credit>(?:Photos?|Photograph|Picture|Image|Foto)\s+"
    r"(?:by|von|de|di|par)\s+(?P<who>[^\s.].{0,120}?))[\s.]*$",
    re.IGNORECASE,
)
# "© X" or "(c) X" to the end.
_COPYRIGHT: Final = re.compile(
    r"(?P<credit>(?:©|\(c\)|Copyright\s+©?)\s*(?P<who>\S.{0,150}?))[\s.]*$"
)
# "REUTERS/Jane Doe", "Jane Doe/AFP", "AFP via Getty Images", "Getty Images" as the last words.
_AGENCY = (
    r"(?:REUTERS|Reuters|AFP|AP|EPA|EPA-EFE|dpa|DPA|picture alliance|picture-alliance|Getty Images|"
    r"Shutterstock|iStock|Keystone|KEYSTONE|Imago|IMAGO|Alamy|Bloomberg|Xinhua|ANSA|EFE|APA|SIPA|"
    r"Sipa|NurPhoto|Anadolu|AAP|PA|PA Images|PA Wire|Corbis|Agencia EFE|Europa Press)"
)
# A name: up to five words; dots only in initials ("J. Doe"), so "protester. Jane" is two names.
_WORD = r"(?:[^\W\d_]\.|[^\W\d_][\w'’\-]*)"
_NAME = rf"{_WORD}(?:\s+{_WORD}){{0,4}}"
_SLASH_TAIL: Final = re.compile(
    rf"(?:^|(?<=[.!?)”\"'\s]))(?P<credit>(?:{_NAME}\s*/\s*)?{_AGENCY}(?:\s*/\s*{_NAME})?"
    rf"(?:\s+via\s+{_NAME})?)[\s.]*$"
)
# "Jane Doe/Unsplash" after a sentence end: two names joined by a slash.
_SLASH_NAMES: Final = re.compile(
    rf"(?<=[.!?”\"'|])\s*(?P<credit>{_NAME}\s*/\s*{_NAME}(?:\s*/\s*{_NAME})?)[\s.]*$"
)
# A name (2-4 capitalized words) right after a sentence end, before a parenthesized credit.
_NAME_BEFORE: Final = re.compile(
    r"(?<=[.!?”\"»])\s+(?P<name>[^\W\d_][\w'’\-]+(?:\s+[^\W\d_][\w'’\-]+){1,3})\s*$"
)
_NOT_NAME_WORDS: Final = frozenset(
    """the a an in on at of for to and with by from der die das den dem ein eine am im um mit
    von zu und el la los las le les un une en de del il lo gli una photo foto file archiv""".split()
)


def _is_name(name: str, credit: str) -> bool:
    """ "Alketa Misja" before "(dpa/...)", not "Am Morgen" before "(AP Photo)"."""
    if re.search(r"\b(?:Photo|Foto|Image|Bild)\b", credit):
        return False  # "(AP Photo/Name)" is a whole credit already
    return not any(w.lower() in _NOT_NAME_WORDS for w in name.split())


_MAX_CAPTION = 5_000


def split_credit(caption: str) -> tuple[str | None, str | None]:
    """``(caption without its credit, credit)``; either may be None. Never raises.

    >>> split_credit("Blinken boards his plane. (Saul Loeb/Pool via AP)")
    ('Blinken boards his plane.', 'Saul Loeb/Pool via AP')
    """
    text = normalize_space(caption)
    if not text:
        return None, None
    if len(text) > _MAX_CAPTION:
        return text, None
    for pattern, group in (
        (_PAREN_TAIL, "credit"),
        (_LABELLED, "who"),
        (_BY, "who"),
        (_COPYRIGHT, "who"),
        (_SLASH_TAIL, "credit"),
        (_SLASH_NAMES, "credit"),
    ):
        match = pattern.search(text)
        if match is None:
            continue
        credit = normalize_space(match.group(group)).strip(" .,;|")
        if not credit:
            continue
        before = text[: match.start()]
        if pattern is _PAREN_TAIL:
            # "(Picture: Getty)", "(Photo by Jane Doe)": the label is no part of the credit.
            credit = clean_credit(credit) or credit
            # "... Shengjin. Alketa Misja (dpa/picture alliance via Getty)": the
            # photographer's name before the parenthesis belongs to the credit.
            named = _NAME_BEFORE.search(before)
            if named is not None and _is_name(named.group("name"), credit):
                credit = normalize_space(text[named.start("name") : match.end()]).strip(" .")
                before = before[: named.start("name")]
        rest = normalize_space(before).rstrip(" |–—-/:;,").strip()
        if pattern is _SLASH_TAIL and rest and not _ends_sentence(before, match):
            continue
        return (rest or None), credit
    return text, None


def _ends_sentence(before: str, match: re.Match[str]) -> bool:
    """A bare agency tail counts only after a sentence end or a separator ("... | AP"),
    or with a slash or "via" ("Name/AFP")."""
    credit = match.group("credit")
    end = before.rstrip()[-1:]
    return end in ".!?)”\"'|:–—" or "/" in credit or " via " in credit


_LABEL_PREFIX: Final = re.compile(
    rf"^\s*(?:(?i:{_LABELS})\s*:\s*|(?i:photo(?:graph)?|foto|image|picture)\s+(?i:by|von|de|di|par)\s+"
    r"|©\s*|\(c\)\s*|(?i:copyright)\s*©?\s*)"
)


def clean_credit(text: str | None) -> str | None:
    """A credit element's text without its label: "Photo by X", "Foto: X", "© X", "(X)" -> "X".

    None when nothing but a label is left ("Copyright", "Foto:"). Never raises.
    """
    value = normalize_space(text)
    if value.startswith("(") and value.endswith(")") and value.count("(") == 1:
        value = value[1:-1].strip()
    for _ in range(2):  # "© Foto: X"
        value = _LABEL_PREFIX.sub("", value, count=1)
    value = value.strip(" .,;:|")
    if not value or value.casefold() in _BARE_LABELS:
        return None
    return value


_BARE_LABELS: Final = frozenset(
    {"copyright", "credit", "credits", "foto", "photo", "bild", "image", "quelle", "source", "©"}
)
