"""Datelines at a story's start: "WASHINGTON (AP) —", "LONDON, Nov 27 (Reuters) -".

Precision matters more than recall: a dateline that is not one eats the first words of the
story. So a match needs either a news agency in parentheses (or slashes) after a capitalized
place, or an ALL-CAPS place followed by a dash; ordinary sentences ("The U.S. (and allies) —")
have neither.
"""

from __future__ import annotations

import re
from typing import Final

from newsparse.model import Dateline
from newsparse.toolkit.text import normalize_space


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Upper- and lower-case letters in any script (no digits, no underscore).
_UP = r"[^\W\d_a-zß-ÿ]"
_LETTER = r"[^\W\d_]"
# An ALL-CAPS place word: "WASHINGTON", "ST.", "RIO", "D.C.", "N'DJAMENA", "ABU-DHABI".
_CAPS_WORD = rf"(?:{_UP}(?:{_UP}|[.'’\-])*{_UP}\.?|{_UP}\.(?:{_UP}\.)+|{_UP}{{2,}})"
_CAPS_PLACE = rf"{_CAPS_WORD}(?:\s+{_CAPS_WORD}){{0,4}}"
# A capitalized place word: "Berlin", "Frankfurt/Main", "Rom", "São", "New".
_TITLE_WORD = rf"{_UP}{_LETTER}*(?:[.'’\-/]{_LETTER}+)*\.?"
_PARTICLE = r"(?:am|an|de|del|do|da|di|la|le|upon|on|of)"
_TITLE_PLACE = rf"{_TITLE_WORD}(?:\s+(?:{_TITLE_WORD}|{_PARTICLE})){{0,3}}"
# ", Ukraine", ", Calif.", ", Md.", ", Germany" after the place.
_REGION = rf"(?:,\s*{_TITLE_WORD}(?:\s+{_TITLE_WORD}){{0,2}})"
_MONTH = (
    r"(?i:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Januar|Jänner|Februar|März|April|Mai"
    r"|Juni|Juli|August|September|Oktober|November|Dezember|janvier|février|mars|avril|mai|juin"
    r"|juillet|août|septembre|octobre|novembre|décembre|enero|febrero|marzo|abril|mayo|junio"
    r"|julio|agosto|septiembre|octubre|noviembre|diciembre|January|February|March|June|July"
    r"|October|December)"
)
_DATE = (
    rf"(?:{_MONTH}\.?\s+\d{{1,2}}(?:,?\s+\d{{4}})?"
    rf"|\d{{1,2}}\.?\s+{_MONTH}\.?(?:\s+\d{{4}})?"
    r"|\d{1,2}\.\d{1,2}\.(?:\d{2,4})?)"
)
# What goes in the parentheses: an agency name or abbreviation ("AP", "Reuters", "dpa",
# "dpa-AFX", "AFP/dpa", "dpa/lnw", "EFE"); checked further by _agency_ok().
_AGENCY = (
    r"(?:[A-Za-z][A-Za-z0-9&.\-]{0,20}(?:\s?[/,+]\s?[A-Za-z][A-Za-z0-9&.\-]{0,20}){0,3}"
    r"(?:\s+[A-Z][A-Za-z.\-]{1,14}){0,2})"
)
#: Agencies (lower-cased) accepted after a Title-case place ("Berlin (dpa) -"); after an
#: ALL-CAPS place any capitalized short name is accepted ("KYIV (UNIAN) -").
AGENCIES: Final = _words(
    """ap reuters afp dpa dpa-afx efe ansa apa sda keystone-sda kna epd sid aap pti ians upi
    cnn bbc xinhua tass interfax bloomberg kyodo yonhap ots kap awp anp belga ctk čtk pap mti tt
    ntb ritzau stt lusa ep europa agi adnkronos lapresse anadolu aa wafa irna nna spa wam qna mena
    kuna bernama antara pna cna dts rtrs ria ria-novosti ukrinform unian ap/dpa afp/dpa dapd
    ddp idw red sn ats agência agencia associated agence dow cp ips hina tanjug beta fena sta
    bta ana-mpa ana kna/dpa kathpress"""
)
_DASH = r"(?:\.?\s*[-–—]{1,2}|\s*[:|])"
# Lead-in a republishing site puts before the place: "Newslooks- ", "Newslooks -".
_LEAD = rf"(?:(?P<lead>{_UP}{_LETTER}{{2,24}})\s*[-–—]\s*)?"

_WITH_AGENCY: Final = re.compile(
    rf"^{_LEAD}"
    rf"(?P<location>{_CAPS_PLACE}|{_TITLE_PLACE})"
    rf"(?P<region>{_REGION})?"
    rf"(?:,\s*(?P<date>{_DATE}))?"
    rf"\s*(?:\((?P<agency>{_AGENCY})\)|/(?P<wire>[A-Z][A-Za-z\-]{{1,20}})/)"
    rf"(?P<sep>{_DASH})?"
)
_CAPS_ONLY: Final = re.compile(
    rf"^{_LEAD}"
    rf"(?P<location>{_CAPS_PLACE})"
    rf"(?P<region>{_REGION})?"
    rf"(?:,\s*(?P<date>{_DATE}))?"
    r"\s*(?P<sep>\s[-–—]{1,2}|[-–—]{1,2}\s|:\s)"
)
# ALL-CAPS lead-ins that are labels, not places: any of these words rules a place out.
_NOT_PLACES: Final = _words(
    """BREAKING UPDATE UPDATED EXCLUSIVE WATCH LIVE OPINION ANALYSIS EDITOR NOTE NOTES
    CORRECTION FILE PHOTO PHOTOS VIDEO READ MORE ALSO SEE RELATED ADVERTISEMENT ADVERTISING
    ANZEIGE WERBUNG FOTO EILMELDUNG URGENT FLASH ALERT AKTUALISIERT Q FAQ TL;DR TLDR PODCAST
    REVIEW INTERVIEW COMMENTARY EDITORIAL LETTER LETTERS SPONSORED AD ADS WARNING NOTICE
    DISCLAIMER IMPORTANT SUMMARY QUICK CRITICAL EDIT TODO FYI SKU TIP TIPS PROS CONS STEP
    PRICE HOST BYLINE OVERALL RANK UPDATE: OK I"""
)
# Function words never in an ALL-CAPS place without an agency ("LIGHTEN YOUR LOAD —").
_FUNCTION_WORDS: Final = _words(
    "THE A AN AND OR OF FOR TO WITH YOUR MY OUR THIS THAT IS ARE HOW WHAT WHY WHO YOU WE IT"
)
_MIN_CAPS_LETTERS = 4  # "GNW —", "SKU —" are labels; real places are longer
_MIN_COLON_LETTERS = 5  # "NEW DELHI:", "BHOPAL:" but not "TODO:", "EDIT:"
_MAX_CAPS_WORDS = 3
_MAX_DATELINE = 120
_SPACE_OR_END = re.compile(r"\s|$")


def split_dateline(text: str) -> tuple[Dateline, str] | None:
    """The dateline at the start of ``text`` and the rest of the text, or None.

    ``text`` is a paragraph (or a dateline-only element). The dateline's ``text`` is as
    printed, dash included; the remainder is what follows it, stripped. Never raises.
    """
    if not text:
        return None
    head = text.lstrip()
    match = _WITH_AGENCY.match(head) or _CAPS_ONLY.match(head)
    if match is None or match.end() > _MAX_DATELINE:
        return None
    rest = head[match.end() :]
    if rest and not (match.group("sep") or _SPACE_OR_END.match(rest)):
        return None  # "WASHINGTON (AP)x" is glued to a word: not a dateline
    location = normalize_space(match.group("location"))
    caps_only = match.re is _CAPS_ONLY
    if not _is_place(location, caps_only=caps_only):
        return None
    if caps_only and match.group("sep").strip() == ":" and not _colon_place(location):
        return None
    region = match.group("region")
    if region and not _is_region(region):
        return None
    groups = match.groupdict()
    agency_raw = groups.get("agency") or groups.get("wire")
    if agency_raw is not None and not _agency_ok(agency_raw, caps_place=location.isupper()):
        return None
    # A dateline alone in its element: only with a known agency ("Newslooks- WASHINGTON
    # (AP)"), not any "NAME (Some Words)" heading.
    if not rest.strip() and not (agency_raw and _known_agency(agency_raw)):
        return None
    # Stories start like sentences: "KYIV — Russia ..." but not "NATO — the alliance".
    if rest.strip() and rest.lstrip()[:1].islower():
        return None
    # Without a dash the agency must be short and the story must start like a sentence:
    # "BERLIN (dpa) Die Regierung ..." but not "Paris (France) is".
    if (
        match.re is _WITH_AGENCY
        and not match.group("sep")
        and rest.strip()
        and (not rest.lstrip()[:1].isupper() or agency_raw is None or len(agency_raw) > 12)
    ):
        return None
    if region:
        location = f"{location}{normalize_space(region)}"
    printed = normalize_space(head[: match.end()])
    dateline = Dateline(
        text=printed,
        location=location or None,
        agency=normalize_space(agency_raw) or None if agency_raw else None,
        date_text=normalize_space(match.group("date")) or None if match.group("date") else None,
    )
    return dateline, rest.strip()


_AGENCY_PARTS = re.compile(r"[/,+]|\s+")


def _known_agency(agency: str) -> bool:
    parts = [p for p in _AGENCY_PARTS.split(agency) if p]
    return bool(parts) and parts[0].lower() in AGENCIES


def _agency_ok(agency: str, *, caps_place: bool) -> bool:
    parts = [p for p in _AGENCY_PARTS.split(agency) if p]
    if not parts or parts[0].lower() in AGENCIES:
        return True
    if not caps_place:
        return False
    # After an ALL-CAPS place: a capitalized name or abbreviation, no lower-case words.
    return all(p[:1].isupper() for p in parts) and len(agency) <= 20


def _is_place(location: str, *, caps_only: bool) -> bool:
    words = [w.strip("'’-:") for w in location.replace(".", " ").split()]
    if not words or any(w.upper() in _NOT_PLACES for w in words):
        return False  # "BREAKING —", "QUICK SUMMARY:" are labels, not places
    if caps_only:
        # "U.S. —" and "GNW —" are too short to tell; "LIGHTEN YOUR LOAD —" is a phrase.
        letters = sum(len(w) for w in words)
        return (
            letters >= _MIN_CAPS_LETTERS
            and len(words) <= _MAX_CAPS_WORDS
            and not any(w in _FUNCTION_WORDS for w in words)
        )
    # Refuse sentence starts like "The U.S. (Reuters)" or "In Berlin (dpa)", and
    # one-letter names like "X (Twitter)".
    return words[0] not in _SENTENCE_STARTS and sum(len(w) for w in words) >= 2


def _colon_place(location: str) -> bool:
    words = location.split()
    return len(words) <= 2 and sum(len(w) for w in words) >= _MIN_COLON_LETTERS


def _is_region(region: str) -> bool:
    """ ", Ukraine", ", Calif.", ", D.C." — not a second ALL-CAPS label (", HOST:")."""
    value = region.strip(" ,")
    return not value.isupper() or "." in value


_SENTENCE_STARTS: Final = _words(
    """The A An In On At By For From This That These Those It He She They We I You Der Die Das
    Ein Eine Im Am Le La Les Un Une El Los Las Il Lo Gli Una When While After Before As If But
    And Or So Yet Also Meanwhile However Und Oder Aber Auch Doch Nach Vor Bei Mit"""
)
