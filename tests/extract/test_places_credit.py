"""A dateline's bracketed wire credit names who filed the story, not a place of it. Every
text is written for these tests."""

from __future__ import annotations

import pytest

from eventwire.extract.places import dateline_place, find_places


def _texts(doc) -> list[str]:
    return [p.text for p in find_places(doc)]


@pytest.mark.parametrize(
    "dateline",
    [
        "QUITO, Oct 3 (Meridian Wire) - ",
        "QUITO (Meridian) -- ",
        "QUITO, Oct 3 (Meridian News Service) \u2014 ",
    ],
)
def test_a_place_name_in_the_wire_credit_is_no_place(blank_nlp, dateline: str) -> None:
    doc = blank_nlp(dateline + "Students marched through Quito on Friday.")
    assert _texts(doc) == ["QUITO", "Quito"]


def test_brackets_without_a_dash_keep_their_place(blank_nlp) -> None:
    doc = blank_nlp("The talks (held in Meridian) ended on Friday.\nThey resume in Geneva.")
    assert "Meridian" in _texts(doc)


def test_a_place_in_brackets_with_lower_case_words_is_no_credit(blank_nlp) -> None:
    doc = blank_nlp("Talks (held in Meridian) -- ended on Friday.")
    assert "Meridian" in _texts(doc)


def test_a_credit_far_down_the_article_is_not_looked_for(blank_nlp) -> None:
    body = "Talks went on. " * 60
    doc = blank_nlp(body + "Delegates met (Meridian Wire) - then left.")
    assert "Meridian" in _texts(doc)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("VILNIUS, July 9 (Harbour Wire) - Ministers met on Wednesday to discuss defence.", "LTU"),
        (
            "NICE, France (Harbour Wire) - Police closed the seafront on Sunday after a storm.",
            "FRA",
        ),
    ],
)
def test_a_dateline_city_is_a_place_whatever_the_tagger_says(nlp, text: str, place: str) -> None:
    doc = nlp(text)
    found = dateline_place(doc, find_places(doc))
    assert found is not None and found.country == place and found.start == 0


@pytest.mark.model
def test_capitals_later_in_a_line_need_the_tagger(nlp) -> None:
    doc = nlp("Shares rose. NICE, the firm said, would not comment - nor would others.")
    assert "NICE" not in _texts(doc)
