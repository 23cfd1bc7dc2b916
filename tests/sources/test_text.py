"""Plain-text reader: header block, title rule, offsets."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from eventwire.sources.text import article_from_text, guess_title, parse_header

HEADED = (
    "Title: Talks resume in Geneva\n"
    "SOURCE: Example Wire\n"
    "published: 7 May 2024\n"
    "URL: https://example.com/a\n"
    "Author: A. Writer\n"
    "\n"
    "Talks resume in Geneva\n"
    "GENEVA, May 7 - Envoys met on Tuesday.\n"
)


def test_header_fields_case_insensitive_and_removed():
    item = article_from_text(HEADED, path="a.txt")
    art = item.article
    assert item.discard is None
    assert art.title == "Talks resume in Geneva"
    assert art.source == "Example Wire"
    assert art.published == "2024-05-07"
    assert art.url == "https://example.com/a"
    assert art.text.startswith("Talks resume in Geneva\nGENEVA")
    assert "Author" not in art.text


def test_offsets_point_into_article_text():
    art = article_from_text(HEADED, path="a.txt").article
    start = art.text.index("Envoys")
    assert art.text[start : start + 6] == "Envoys"


def test_unparseable_header_date_is_none_and_fallback_fills_in():
    text = "Published: sometime\n\nBody text here.\nMore.\n"
    assert article_from_text(text, path=None).article.published is None
    filled = article_from_text(text, path=None, published="2024-01-02").article
    assert filled.published == "2024-01-02"


def test_articles_own_date_wins_over_fallback():
    art = article_from_text(HEADED, path=None, published="2020-01-01").article
    assert art.published == "2024-05-07"


def test_first_paragraph_with_colon_is_not_a_header():
    text = "Update: talks resumed on Monday.\n\nMore text follows."
    assert parse_header(text) == ({}, 0)


def test_header_needs_every_line_shaped_like_a_key_value():
    text = "Title: A headline\nThe minister said so.\n\nBody."
    assert parse_header(text) == ({}, 0)


def test_unknown_keys_in_a_real_header_are_dropped():
    fields, start = parse_header("Section: World\nTitle: X\n\n\nBody")
    assert fields == {"title": "X"}
    assert start == len("Section: World\nTitle: X\n\n\n")


def test_header_only_text_is_empty():
    item = article_from_text("Title: Nothing here\nSource: Wire\n", path="e.txt")
    assert item.discard is not None and item.discard.reason == "empty"


def test_title_rule():
    assert guess_title("Rebels agree truce\nBOGOTA - The rebels agreed.") == "Rebels agree truce"
    assert guess_title("\n\nRebels agree truce\nBody.") == "Rebels agree truce"
    assert guess_title("The rebels agreed to a truce.\nBody.") is None
    assert guess_title('He said: "We agree."\nBody.') is None
    assert guess_title("Will the truce hold?\nBody.") is None
    assert guess_title("A one-line text without break") is None
    assert guess_title("x" * 201 + "\nBody.") is None
    assert guess_title("x" * 200 + "\nBody.") == "x" * 200


def test_title_line_stays_in_text():
    art = article_from_text("Rebels agree truce\nBOGOTA - The rebels agreed.", path=None).article
    assert art.title == "Rebels agree truce"
    assert art.text.startswith("Rebels agree truce\n")


_KEY = st.sampled_from(["Title", "title", "SOURCE", "Published", "URL", "Author", "Date"])
_VALUE = st.text(
    alphabet=st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp")), min_size=1, max_size=40
).filter(lambda v: v.strip())
_BODY = st.text(min_size=0, max_size=200)


_CANON = {
    "title": "title",
    "source": "source",
    "published": "published",
    "url": "url",
    "author": "author",
    "date": "published",
}


@given(st.lists(st.tuples(_KEY, _VALUE), min_size=1, max_size=6), _BODY)
def test_header_parser_round_trip(pairs, body):
    header = "".join(f"{k}: {v}\n" for k, v in pairs)
    text = header + "\n" + body
    fields, start = parse_header(text)
    expected: dict[str, str] = {}
    for key, value in pairs:
        expected.setdefault(_CANON[key.lower()], value.strip())
    assert fields == expected
    assert start >= len(header) + 1
    assert text[start:].strip() == body.strip()


@given(st.text(max_size=300))
def test_header_parser_never_raises_and_start_in_range(text):
    fields, start = parse_header(text)
    assert 0 <= start <= len(text)
    assert set(fields) <= {"title", "source", "published", "url", "author"}
    if not fields:
        assert start == 0


@given(st.text(max_size=300))
def test_text_reader_never_raises(text):
    item = article_from_text(text, path="x.txt")
    assert item.article.path == "x.txt"
    assert (item.discard is None) == bool(item.article.text.strip()) or item.discard.reason in {
        "not_english",
        "empty",
    }
