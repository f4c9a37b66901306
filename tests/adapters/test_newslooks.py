"""The seed page (Newslooks republishing an AP story), checked against the seed table itself.

The golden file pins every field; these tests state the seed table's facts directly, so a
golden regenerated from a wrong output cannot make them pass.
"""

from __future__ import annotations

import pytest

from newsparse import parse
from newsparse.adapters.newslooks import _find_intro, _Intro
from newsparse.model import Article, Block, BlockKind, Dateline, NavRole
from newsparse.serialize import dumps
from tests.adapters.goldens import FIXTURES, REGISTRY

PAGE = FIXTURES / "newslooks" / "blinken-nato.html"
URL = (
    "https://newslooks.com/ukraine-w-balkans-top-blinkens-agenda-for-nato-fms-meeting-in-brussels/"
)
HEADLINE = "Ukraine, W. Balkans top Blinken’s agenda for NATO FMs meeting in Brussels"
DEK = (
    "Secretary of State Antony Blinken is turning his attention to Ukraine, NATO and the "
    "Western Balkans after weeks of intense focus on Israel’s war against Hamas in Gaza."
)
QUICK_READ_LABELS = (
    "Blinken’s Shift in Focus",
    "Cease-Fire Extension in Gaza",
    "Agenda in Brussels",
    "NATO-Ukraine Council Meeting",
    "U.S. Support for Ukraine",
    "Potential Visit to Skopje",
    "Western Balkans Situation",
    "Increased NATO Presence in Kosovo",
    "U.S. and NATO’s Regional Support",
    "Kosovo-Serbia Conflict",
    "NATO’s 75th Anniversary Plans",
)
# The story's paragraphs, in order, by their opening words.
PARAGRAPHS = (
    DEK,
    "Blinken has spent much of the last month-and-a-half",
    "In Brussels, the alliance will reaffirm",
    "The two-day session on Tuesday and Wednesday",
    "“Allies will continue to support Ukraine’s self-defense",
    "In a call with reporters on Monday, O’Brien said",
    "Russian Foreign Minister Sergey Lavrov has said",
    "The NATO meeting in Brussels will also address",
    "Violence between the two has broken out twice",
    "Last week, Albania’s prime minister urged NATO",
    "Blinken will underscore U.S. and NATO support",
    "Serbia doesn’t recognize Kosovo’s formal declaration",
    "In addition to Ukraine and the Western Balkans",
)
LAST_WORDS = "the most successful military alliance in history."
ARRIVES = (
    "US Secretary of State Antony Blinken arrives board his aircraft prior to departure, Monday, "
    "Nov. 27, 2023, at Andrews Air Force Base, Md., as he travels to Brussels for a NATO Foreign "
    "Ministers meeting."
)
BOARDS = ARRIVES.replace("arrives board", "boards")
# (position among body blocks, caption start, credit), in page order.
MEDIA = (
    (3, ARRIVES, "Saul Loeb/Pool via AP"),
    (6, "U.S. Secretary of State Antony Blinken, speaks during an informal meeting", None),
    (9, ARRIVES, "Saul Loeb/Pool via AP"),
    (11, ARRIVES, "Saul Loeb/Pool via AP"),
    (12, BOARDS, "Saul Loeb/Pool via AP"),
)
BERLIN_CREDIT = "AP Photo/Michael Sohn, File"
BOILERPLATE = (
    "How useful was this article?",
    "Click on a star to rate it!",
    "Average rating",
    "Vote count",
    "No votes so far",
    "Latest News",
    "Menu",
    "The Associated Press has the story:",
    "Previous Article",
    "Next Article",
    "Post navigation",
)
PREVIOUS = (
    "Biden to convene his new supply chain council, announce 30 steps to strengthen US logistics"
)
NEXT = "Biden plans to skip U.N. climate talks beginning this week in Dubai"


@pytest.fixture(scope="module")
def article() -> Article:
    return parse(PAGE.read_bytes(), URL, strict=True, registry=REGISTRY)


def test_selected_adapter_and_headline(article: Article) -> None:
    assert article.adapter == "newslooks"
    assert article.headline == HEADLINE
    assert article.standfirst == DEK
    assert article.site_name == "Newslooks"


def test_quick_read_items(article: Article) -> None:
    assert len(article.quick_read) == 11
    for item, label in zip(article.quick_read, QUICK_READ_LABELS, strict=True):
        assert item.startswith(f"{label}: ")
        assert len(item) > len(label) + 20


def test_source_and_dateline(article: Article) -> None:
    assert article.source == "The Associated Press"
    assert article.dateline == Dateline(
        text="Newslooks- WASHINGTON (AP)", location="WASHINGTON", agency="AP"
    )


def test_body_is_the_story_in_order(article: Article) -> None:
    assert [b.kind for b in article.body] == [BlockKind.PARAGRAPH] * len(PARAGRAPHS)
    for block, start in zip(article.body, PARAGRAPHS, strict=True):
        assert block.text.startswith(start)
    assert article.body[0].text == DEK  # the story's first paragraph repeats the dek
    assert article.body[-1].text.endswith(LAST_WORDS)
    assert article.text.startswith("Newslooks- WASHINGTON (AP) Secretary of State")


def test_media_captions_credits_positions(article: Article) -> None:
    assert len(article.media) == len(MEDIA)
    for media, (position, caption, credit) in zip(article.media, MEDIA, strict=True):
        assert media.position == position
        assert media.caption is not None
        assert media.caption.startswith(caption)
        assert media.credit == (credit or BERLIN_CREDIT)
        assert "(" not in media.caption  # the credit is not left in the caption
    # One photo shown three times: three items with the same picture and caption.
    assert len({article.media[i].url for i in (0, 2, 3)}) == 1
    body = " ".join(b.text for b in article.body)
    assert all(m.caption not in body for m in article.media if m.caption)


def test_navigation(article: Article) -> None:
    sections = [(n.text, n.url) for n in article.navigation if n.role is NavRole.SECTION]
    assert sections == [
        ("News", "https://newslooks.com/category/news/"),
        ("Politics", "https://newslooks.com/category/politics/"),
        ("Top Story", "https://newslooks.com/category/top-story/"),
        ("US", "https://newslooks.com/category/us/"),
        ("For more world news", "https://newslooks.com/category/world/"),
    ]
    assert [n.text for n in article.navigation if n.role is NavRole.PREVIOUS] == [PREVIOUS]
    assert [n.text for n in article.navigation if n.role is NavRole.NEXT] == [NEXT]


def test_no_boilerplate_anywhere(article: Article) -> None:
    output = dumps(article)
    for text in BOILERPLATE:
        assert text not in output


def test_no_byline_from_the_house_account(article: Article) -> None:
    # JSON-LD names the WordPress account "Newslooks" as author: the site, not a byline.
    assert article.authors == ()


def test_generic_adapter_on_the_seed_page() -> None:
    """Without the site adapter, the generic extractor gets the seed table's facts too."""
    article = parse(PAGE.read_bytes(), URL, adapter="generic", registry=REGISTRY)
    assert article.headline == HEADLINE
    assert len(article.body) == len(PARAGRAPHS)
    for block, start in zip(article.body, PARAGRAPHS, strict=True):
        assert block.text.startswith(start)
    assert [(m.position, m.credit) for m in article.media] == [
        (p, c or BERLIN_CREDIT) for p, _, c in MEDIA
    ]
    for media, (_, caption, _) in zip(article.media, MEDIA, strict=True):
        assert (media.caption or "").startswith(caption)
        assert "(" not in (media.caption or "")
    assert article.dateline is not None
    assert (article.dateline.location, article.dateline.agency) == ("WASHINGTON", "AP")
    assert len(article.quick_read) == 11
    assert [n.text for n in article.navigation if n.role is NavRole.PREVIOUS] == [PREVIOUS]
    assert [n.text for n in article.navigation if n.role is NavRole.NEXT] == [NEXT]
    output = dumps(article)
    for text in BOILERPLATE:
        assert text not in output


def _blocks(*texts: str) -> list[Block]:
    return [Block(kind=BlockKind.PARAGRAPH, text=t) for t in texts]


STORY_1 = "Secretary of State Antony Blinken is turning his attention to Ukraine."
STORY_2 = "Blinken has spent much of the last month-and-a-half on the Gaza crisis."


def test_intro_with_source_headline_and_dateline_lines() -> None:
    source = "The Associated Press has the story:"
    dateline = "Newslooks- WASHINGTON (AP)"
    intro = _find_intro(_blocks(source, HEADLINE, dateline, STORY_1, STORY_2), HEADLINE)
    assert (intro.start, intro.source, intro.first) == (3, "The Associated Press", None)
    assert intro.dateline is not None
    assert intro.dateline.text == dateline


def test_intro_dateline_sharing_the_first_paragraph() -> None:
    intro = _find_intro(_blocks(f"WASHINGTON (AP) — {STORY_1}", STORY_2), HEADLINE)
    assert intro.start == 0
    assert intro.first == Block(kind=BlockKind.PARAGRAPH, text=STORY_1)
    assert intro.dateline is not None
    assert intro.dateline.location == "WASHINGTON"


def test_intro_never_cuts_the_story_at_a_later_dateline_like_paragraph() -> None:
    blocks = _blocks(STORY_1, STORY_2, "KYIV (AP) — Russia launched drones overnight.")
    assert _find_intro(blocks, HEADLINE) == _Intro()


def test_intro_without_dateline_drops_only_the_lead_in() -> None:
    intro = _find_intro(_blocks("The Associated Press has the story:", HEADLINE, STORY_1), HEADLINE)
    assert (intro.start, intro.dateline, intro.source) == (2, None, "The Associated Press")
