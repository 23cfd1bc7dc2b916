"""Pure read-side helpers of eventwire.query.events (no database)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from eventwire.errors import ConfigError
from eventwire.query.events import (
    check_date_bound,
    cluster_events,
    events_by_period,
    exclusive_end,
    period_of,
    tone_by_period,
)

days = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2200, 12, 31))


@given(day=days)
def test_period_labels_agree_with_the_calendar(day: dt.date) -> None:
    iso = day.isoformat()
    year, week, _ = day.isocalendar()
    assert period_of(iso, "day") == iso
    assert period_of(iso, "week") == f"{year}-W{week:02d}"
    assert period_of(iso, "month") == iso[:7]
    assert period_of(iso, "year") == iso[:4]


@given(day=days)
def test_month_precision_dates_have_no_day_or_week(day: dt.date) -> None:
    month = day.isoformat()[:7]
    assert period_of(month, "month") == month
    assert period_of(month, "day") is None and period_of(month, "week") is None


@pytest.mark.parametrize("bad", [None, "", "yesterday", "2024/06/19"])
def test_unusable_dates_have_no_period(bad: str | None) -> None:
    assert period_of(bad, "month") is None


def test_unknown_interval_is_a_config_error() -> None:
    with pytest.raises(ConfigError):
        period_of("2024-06-19", "quarter")


@given(day=days)
def test_exclusive_end_is_the_next_period(day: dt.date) -> None:
    iso = day.isoformat()
    assert exclusive_end(iso) == (day + dt.timedelta(days=1)).isoformat()
    nxt = exclusive_end(iso[:7])
    assert nxt > iso and nxt[:7] != iso[:7] and len(nxt) == 7
    assert exclusive_end(iso[:4]) == f"{day.year + 1:04d}"


@given(day=days)
def test_date_bound_ordering_matches_calendar_ordering(day: dt.date) -> None:
    # ISO date strings sort like the dates they name, so text comparison is a date filter.
    later = day + dt.timedelta(days=1)
    assert day.isoformat() < later.isoformat() < exclusive_end(later.isoformat())


@pytest.mark.parametrize("good", ["2024", "2024-06", "2024-06-19", None])
def test_date_bounds_accept_iso_prefixes(good: str | None) -> None:
    assert check_date_bound(good, "since") == good


@pytest.mark.parametrize("bad", ["24-06-19", "2024-6-1", "19 June 2024", "2024-06-19T10:00"])
def test_date_bounds_refuse_other_shapes(bad: str) -> None:
    with pytest.raises(ConfigError):
        check_date_bound(bad, "since")


def test_tone_by_period_counts_each_article_once_per_period() -> None:
    rows = [("a", "2024-06-01", 2.0), ("a", "2024-06-09", 2.0), ("b", "2024-06-20", -4.0)]
    assert tone_by_period(rows, "month") == [{"period": "2024-06", "tone": -1.0, "articles": 2}]
    assert [p["period"] for p in tone_by_period(rows, "week")] == [
        "2024-W22",
        "2024-W23",
        "2024-W25",
    ]


def test_events_by_period_skips_undated_and_missing_scores() -> None:
    rows = [
        {"date": "2024-01-05", "goldstein": 2.0},
        {"date": "2024-01-30", "goldstein": None},
        {"date": None, "goldstein": 9.0},
    ]
    assert events_by_period(rows) == [{"period": "2024-01", "events": 2, "goldstein": 2.0}]


def test_clusters_count_outlets_not_stories() -> None:
    def row(aid: str, outlet: str | None, key: str = "k1") -> dict:
        return {"event_key": key, "article_id": aid, "outlet": outlet, "date": "2024-01-01"}

    rows = [row("a1", "Wire A"), row("a2", "Wire A"), row("a3", None), row("a4", "B", key="k2")]
    clusters = cluster_events(rows)
    assert [(c["event_key"], c["sources"], c["articles"]) for c in clusters] == [
        ("k1", 2, 3),
        ("k2", 1, 1),
    ]
    assert cluster_events(rows, min_sources=2)[0]["article_ids"] == ["a1", "a2", "a3"]
