"""Dates: the pure resolver against fixed publication days, then find_dates / event_date on
parsed sentences (model), then is_background and a property test."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventwire.extract.dates import (
    event_date,
    find_dates,
    is_background,
    parse_published,
    resolve_date_text,
)

WED = "2024-06-19"  # a Wednesday
NEW_YEAR = "2024-01-02"  # a Tuesday, just after a year boundary
ISO_PREFIX = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def r(text: str, published: str | None = WED, **kw):
    got = resolve_date_text(text, published, **kw)
    return None if got is None else (got.date, got.precision, got.relation)


# --- weekdays -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("on Tuesday", "2024-06-18"),
        ("late Wednesday", "2024-06-19"),  # the publication day itself
        ("Wednesday night", "2024-06-19"),
        ("early Monday", "2024-06-17"),
        ("Thursday", "2024-06-13"),  # past by default: last week's Thursday
        ("Sunday's", "2024-06-16"),
        ("last Wednesday", "2024-06-12"),  # "last" never means today
        ("this past Sunday", "2024-06-16"),
    ],
)
def test_weekday_is_the_latest_on_or_before_publication(text, expected):
    assert r(text) == (expected, "day", "point")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thursday", "2024-06-20"),
        ("Wednesday", "2024-06-19"),  # "will meet Wednesday" said on Wednesday: today
        ("Monday", "2024-06-24"),
    ],
)
def test_weekday_with_future_tense_is_the_next_one(text, expected):
    assert r(text, future=True) == (expected, "day", "point")


def test_next_and_coming_force_the_future_even_without_tense():
    assert r("next Monday") == ("2024-06-24", "day", "point")
    assert r("next Wednesday") == ("2024-06-26", "day", "point")
    assert r("the coming Friday") == ("2024-06-21", "day", "point")


def test_weekday_across_a_year_boundary():
    assert r("on Friday", NEW_YEAR) == ("2023-12-29", "day", "point")
    assert r("on Tuesday", NEW_YEAR) == ("2024-01-02", "day", "point")


# --- relative days and periods ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("yesterday", WED, ("2024-06-18", "day", "point")),
        ("late yesterday", WED, ("2024-06-18", "day", "point")),
        ("today", WED, ("2024-06-19", "day", "point")),
        ("tonight", WED, ("2024-06-19", "day", "point")),
        ("tomorrow", WED, ("2024-06-20", "day", "point")),
        ("last night", WED, ("2024-06-18", "day", "point")),
        ("this morning", WED, ("2024-06-19", "day", "point")),
        ("yesterday", "2024-01-01", ("2023-12-31", "day", "point")),
        ("two days ago", WED, ("2024-06-17", "day", "point")),
        ("a year ago", WED, ("2023", "year", "point")),
        ("three months ago", "2024-02-10", ("2023-11", "month", "point")),
    ],
)
def test_relative_days(text, published, expected):
    assert r(text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("last week", WED, ("2024-06", "month", "point")),  # week of Monday 10 June
        ("last week", "2024-06-05", ("2024-05", "month", "point")),  # Monday 27 May
        ("last month", WED, ("2024-05", "month", "point")),
        ("last month", "2024-01-15", ("2023-12", "month", "point")),
        ("this month", WED, ("2024-06", "month", "point")),
        ("earlier this month", WED, ("2024-06", "month", "point")),
        ("next month", "2024-12-03", ("2025-01", "month", "point")),
        ("last year", WED, ("2023", "year", "point")),
        ("last year", NEW_YEAR, ("2023", "year", "point")),
        ("earlier this year", WED, ("2024", "year", "point")),
        ("this year", WED, ("2024", "year", "point")),
        ("next year", WED, ("2025", "year", "point")),
    ],
)
def test_periods_take_their_start_with_month_or_year_precision(text, published, expected):
    assert r(text, published) == expected


# --- months and absolute dates ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "published", "future", "expected"),
    [
        ("in March", WED, False, ("2024-03", "month", "point")),
        ("in June", WED, False, ("2024-06", "month", "point")),  # publication month counts
        ("in December", NEW_YEAR, False, ("2023-12", "month", "point")),
        ("in March", WED, True, ("2025-03", "month", "point")),
        ("in December", WED, True, ("2024-12", "month", "point")),
        ("last March", "2024-03-20", False, ("2023-03", "month", "point")),
        ("mid-March", WED, False, ("2024-03", "month", "point")),
        ("March 3", WED, False, ("2024-03-03", "day", "point")),
        ("Dec. 31", NEW_YEAR, False, ("2023-12-31", "day", "point")),
        ("June 19", WED, False, ("2024-06-19", "day", "point")),
        ("June 20", WED, False, ("2023-06-20", "day", "point")),
        ("June 20", WED, True, ("2024-06-20", "day", "point")),
    ],
)
def test_month_without_year_is_resolved_by_tense(text, published, future, expected):
    assert r(text, published, future=future) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3 March 2024", ("2024-03-03", "day", "point")),
        ("March 3, 2024", ("2024-03-03", "day", "point")),
        ("2024-06-19", ("2024-06-19", "day", "point")),
        ("6/19/2024", ("2024-06-19", "day", "point")),
        ("19/06/2024", ("2024-06-19", "day", "point")),
        ("June 2024", ("2024-06", "month", "point")),
        ("2024-06", ("2024-06", "month", "point")),
        ("in 2006", ("2006", "year", "point")),
        ("late 2023", ("2023", "year", "point")),
        ("Since 2006", ("2006", "year", "since")),
        ("until March 2025", ("2025-03", "month", "until")),
        ("1950-53", ("1950", "year", "range")),
        ("1950-1953", ("1950", "year", "range")),
        ("2011-12", ("2011", "year", "range")),
        ("between 1950 and 1953", ("1950", "year", "range")),
        ("from 2006 to 2010", ("2006", "year", "range")),
        ("the 1990s", ("1990", "year", "range")),
        ("March 3-5, 2024", ("2024-03-03", "day", "range")),
    ],
)
def test_absolute_dates_need_no_publication_date(text, expected):
    assert r(text, None) == expected
    assert r(text, WED) == expected


@pytest.mark.parametrize(
    "text",
    [
        "24 years",
        "decades",
        "years",
        "several months",
        "the past 24 hours",
        "a decade",
        "the last three years",
        "the past week",
        "may",
        "Feb. 30, 2024",
        "the time",
    ],
)
def test_durations_and_vague_words_are_not_dates(text):
    assert r(text) is None


def test_relative_forms_without_publication_date_have_no_date():
    for text in ("on Tuesday", "yesterday", "last week", "in March", "March 3", "this year"):
        assert r(text, None) == (None, None, "point")


def test_relation_passed_from_outside_the_entity():
    assert r("2006", relation="since") == ("2006", "year", "since")


def test_parse_published_accepts_timestamps_and_rejects_garbage():
    assert str(parse_published("2024-06-19T08:00:00Z")) == "2024-06-19"
    assert parse_published("yesterday") is None
    assert parse_published(None) is None


# --- background ------------------------------------------------------------------------------


def test_is_background():
    assert is_background("2022", WED, "point")
    assert not is_background("2024", WED, "point")
    assert is_background("2024-03-01", WED, "point")
    assert not is_background("2024-06-01", WED, "point")
    assert is_background("2024-03", WED, "point")
    assert not is_background("2024-05", WED, "point")
    assert is_background("2006", WED, "since")
    assert not is_background("2024-01", WED, "since")
    assert is_background("1950", WED, "range")
    assert not is_background("2025-03", WED, "point")
    assert not is_background(None, WED, "point")
    assert not is_background("2020", None, "point")


# --- on parsed text --------------------------------------------------------------------------


def _dates(nlp, text, published=WED):
    doc = nlp(text)
    return doc, find_dates(doc, published)


def _tok(doc, word, nth=0):
    return [t.i for t in doc if t.text == word][nth]


@pytest.mark.model
def test_find_dates_resolves_and_skips_durations(nlp):
    _, dates = _dates(nlp, "The envoy arrived late Wednesday, his first visit in 24 years.")
    assert [(d.text, d.date, d.precision) for d in dates] == [
        ("late Wednesday", "2024-06-19", "day")
    ]


@pytest.mark.model
def test_find_dates_takes_since_into_the_expression(nlp):
    _, dates = _dates(nlp, "Since 2006, the country has conducted six nuclear tests.")
    assert [(d.text, d.date, d.relation) for d in dates] == [("Since 2006", "2006", "since")]


@pytest.mark.model
def test_future_tense_moves_a_weekday_forward(nlp):
    _, dates = _dates(nlp, "The ministers will meet on Friday in the capital.")
    assert [d.date for d in dates] == ["2024-06-21"]
    _, dates = _dates(nlp, "The ministers met on Friday in the capital.")
    assert [d.date for d in dates] == ["2024-06-14"]
    _, dates = _dates(nlp, "Talks are expected to resume in March.")
    assert [d.date for d in dates] == ["2025-03"]


@pytest.mark.model
def test_event_date_two_clauses_two_dates(nlp):
    doc, dates = _dates(
        nlp, "The ministry said on Tuesday that the troops will withdraw next Monday."
    )
    said = event_date(doc, _tok(doc, "said"), dates, WED)
    withdraw = event_date(doc, _tok(doc, "withdraw"), dates, WED)
    assert said == ("2024-06-18", "day", "Tuesday", "text")
    assert withdraw == ("2024-06-24", "day", "next Monday", "text")


@pytest.mark.model
def test_event_date_does_not_borrow_the_reporting_verbs_date(nlp):
    doc, dates = _dates(nlp, "Officials said on Tuesday that rebels attacked the town.")
    got = event_date(doc, _tok(doc, "attacked"), dates, WED)
    assert got == ("2024-06-19", "day", None, "published")


@pytest.mark.model
def test_event_date_for_a_noun_trigger_inside_its_phrase(nlp):
    doc, dates = _dates(nlp, "Ukraine condemned the 2014 annexation of Crimea on Monday.")
    assert event_date(doc, _tok(doc, "annexation"), dates, WED)[:3] == ("2014", "year", "2014")
    assert event_date(doc, _tok(doc, "condemned"), dates, WED)[:3] == (
        "2024-06-17",
        "day",
        "Monday",
    )


@pytest.mark.model
def test_event_date_falls_back_to_publication_or_none(nlp):
    doc, dates = _dates(nlp, "Rebels attacked the town.")
    assert event_date(doc, _tok(doc, "attacked"), dates, WED) == (WED, "day", None, "published")
    assert event_date(doc, _tok(doc, "attacked"), [], None) == (None, None, None, None)


@pytest.mark.model
def test_event_date_relative_without_publication_keeps_text(nlp):
    doc, dates = _dates(nlp, "Rebels attacked the town on Tuesday.", published=None)
    assert event_date(doc, _tok(doc, "attacked"), dates, None) == (None, None, "Tuesday", "text")


@pytest.mark.model
@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    text=st.text(max_size=120),
    published=st.one_of(st.none(), st.dates().map(lambda d: d.isoformat()), st.text(max_size=12)),
)
def test_find_dates_never_raises_and_returns_iso_prefixes(nlp, text, published):
    doc = nlp(text)
    for d in find_dates(doc, published):
        assert d.date is None or ISO_PREFIX.match(d.date)
        assert d.precision in (None, "day", "month", "year")
        assert d.relation in ("point", "since", "until", "range")
        assert 0 <= d.start < d.end <= len(doc)


WORDS = st.sampled_from(
    [
        "on",
        "late",
        "Tuesday",
        "March",
        "3",
        "2024",
        "since",
        "last",
        "next",
        "week",
        "year",
        "ago",
        "two",
        "-",
        "53",
        "1950",
        "the",
        "1990s",
        "yesterday",
        "Dec.",
        "31",
        "of",
        "/",
        "13",
    ]
)


@settings(max_examples=300, deadline=None)
@given(words=st.lists(WORDS, max_size=6), future=st.booleans(), published=st.dates())
def test_resolver_outputs_valid_iso_prefixes(words, future, published):
    got = resolve_date_text(" ".join(words), published.isoformat(), future=future)
    if got is not None and got.date is not None:
        assert ISO_PREFIX.match(got.date)
        assert got.precision == {4: "year", 7: "month", 10: "day"}[len(got.date)]
