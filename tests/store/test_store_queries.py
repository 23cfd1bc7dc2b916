"""Read side: events() filters, quotes(), stats(), series and cross-article clusters."""

from __future__ import annotations

import pytest

from eventwire.errors import ConfigError
from eventwire.store import EVENT_COLUMNS, Store


def pairs(rows: list[dict]) -> list[tuple]:
    return [(r["source_code"], r["target_code"], r["cameo"]) for r in rows]


def test_events_rows_are_flat_with_article_fields(corpus: Store) -> None:
    rows = corpus.events()
    assert len(rows) == 4
    assert all(tuple(r) == EVENT_COLUMNS for r in rows)
    first = rows[0]
    assert first["title"] == "A headline" and first["url"].startswith("https://")
    assert first["published"] and first["outlet"]
    assert first["num_mentions"] == 2 and first["trigger"] == "visited"


def test_events_are_ordered_by_date_with_undated_last(corpus: Store) -> None:
    dates = [r["date"] for r in corpus.events()]
    assert dates == ["2024-05-02", "2024-06-19", "2024-06-19", None]


def test_actor_matches_source_or_target(corpus: Store) -> None:
    assert sorted(pairs(corpus.events(actor="UKR"))) == [
        ("RUS", "UKR", "195"),
        ("UKR", "RUS", "112"),
    ]
    assert len(corpus.events(actor="PRK")) == 2
    assert corpus.events(actor="FRA") == []


def test_dyad_is_directed(corpus: Store) -> None:
    assert pairs(corpus.events(dyad=("RUS", "UKR"))) == [("RUS", "UKR", "195")]
    assert pairs(corpus.events(dyad=("UKR", "RUS"))) == [("UKR", "RUS", "112")]
    assert corpus.events(dyad=("PRK", "RUS")) == []


def test_root_filter(corpus: Store) -> None:
    assert pairs(corpus.events(root="19")) == [("RUS", "UKR", "195")]
    assert len(corpus.events(root="04")) == 2


def test_since_and_until_are_inclusive_at_their_precision(corpus: Store) -> None:
    assert [r["date"] for r in corpus.events(since="2024-06-01")] == ["2024-06-19"] * 2
    assert [r["date"] for r in corpus.events(until="2024-05")] == ["2024-05-02"]
    assert [r["date"] for r in corpus.events(until="2024-05-02")] == ["2024-05-02"]
    assert corpus.events(until="2024-05-01") == []
    assert len(corpus.events(since="2024", until="2024")) == 3  # the undated event is left out
    assert corpus.events(since="2024-06-20") == []


def test_modality_filter(corpus: Store) -> None:
    alleged = corpus.events(modality="alleged")
    assert pairs(alleged) == [("UKR", "RUS", "112")]
    assert alleged[0]["claimant_code"] == "USA"
    assert len(corpus.events(modality="asserted")) == 3


def test_filters_combine_and_limit_cuts(corpus: Store) -> None:
    assert pairs(corpus.events(actor="RUS", root="11", modality="alleged")) == [
        ("UKR", "RUS", "112")
    ]
    assert len(corpus.events(limit=1)) == 1
    assert corpus.events(limit=0) == []


@pytest.mark.parametrize(
    "kwargs",
    [
        {"since": "June 2024"},
        {"until": "2024/06/01"},
        {"modality": "rumoured"},
        {"dyad": ("RUS",)},
        {"limit": -1},
    ],
)
def test_bad_filters_raise_config_error(corpus: Store, kwargs: dict) -> None:
    with pytest.raises(ConfigError):
        corpus.events(**kwargs)


def test_quotes_by_code_or_case_insensitive_name(corpus: Store) -> None:
    by_code = corpus.quotes(speaker="RUS")
    by_name = corpus.quotes(speaker="vladimir PUTIN")
    assert [q["text"] for q in by_code] == ["We are friends"]
    assert by_code == by_name
    q = by_code[0]
    assert (q["span_start"], q["span_end"], q["speaker_text"]) == (40, 54, "Putin")
    assert corpus.quotes(speaker="Putin") == []  # the name, not a part of it


def test_quotes_all_and_since(corpus: Store) -> None:
    assert len(corpus.quotes()) == 2
    assert [q["text"] for q in corpus.quotes(since="2024-06")] == ["We are friends"]
    assert [q["text"] for q in corpus.quotes(until="2024-05")] == ["Nobody will win"]


def test_quote_speaker_match_folds_non_ascii_case(store: Store) -> None:
    from store_factories import make_extraction

    from eventwire.records import ActorRef, Quote

    speaker = ActorRef("a1", None, None, "Ökür Çelik", "Çelik", (0, 5))
    store.save([make_extraction("x", quotes=(Quote("yes", (0, 3), "direct", 0, speaker),))])
    assert len(store.quotes(speaker="ÖKÜR ÇELIK")) == 1


def test_stats_counts_and_discards_by_reason(corpus: Store) -> None:
    assert corpus.stats() == {
        "articles": 4,
        "with_problems": 0,
        "events": 4,
        "quotes": 2,
        "actors": 4,
        "discarded": {"not_english": 1},
        "schema_version": 2,
    }


def test_stats_of_an_empty_store(store: Store) -> None:
    stats = store.stats()
    assert (stats["articles"], stats["events"], stats["discarded"]) == (0, 0, {})


def test_articles_listing_newest_first_without_text(corpus: Store) -> None:
    rows = corpus.articles()
    assert [r["published"] for r in rows] == [
        "2024-06-19",
        "2024-06-19",
        "2024-05-04",
        "2024-05-03",
    ]
    assert "text" not in rows[0]
    assert [
        r["discarded_reason"] for r in corpus.articles(since="2024-05-04", until="2024-05")
    ] == ["not_english"]


def test_tone_series_averages_articles_of_a_dyad_by_month(corpus: Store) -> None:
    assert corpus.tone_series(dyad=("RUS", "PRK")) == [
        {"period": "2024-06", "tone": 1.0, "articles": 2}
    ]
    assert corpus.tone_series(actor="RUS") == [
        {"period": "2024-05", "tone": -6.0, "articles": 1},  # two events, one article
        {"period": "2024-06", "tone": 1.0, "articles": 2},
    ]
    assert corpus.tone_series(actor="RUS", interval="year") == [
        {"period": "2024", "tone": -4.0 / 3, "articles": 3}
    ]
    with pytest.raises(ConfigError):
        corpus.tone_series(interval="fortnight")


def test_event_series_counts_events_by_period(corpus: Store) -> None:
    assert corpus.event_series(actor="RUS") == [
        {"period": "2024-05", "events": 1, "goldstein": -10.0},
        {"period": "2024-06", "events": 2, "goldstein": 1.9},
    ]


def test_event_clusters_count_outlets_telling_one_event(corpus: Store) -> None:
    clusters = corpus.event_clusters()
    top = clusters[0]
    assert (top["source_code"], top["target_code"], top["cameo"]) == ("RUS", "PRK", "042")
    assert (top["sources"], top["articles"], len(top["article_ids"])) == (2, 2, 2)
    assert [c["sources"] for c in clusters] == [2, 1, 1]
    assert len(corpus.event_clusters(min_sources=2)) == 1
    assert len(corpus.event_clusters(limit=2)) == 2
    assert corpus.event_clusters(dyad=("RUS", "UKR"))[0]["cameo"] == "195"


def test_events_export_round_trip_through_csv(corpus: Store, tmp_path) -> None:
    import csv

    from eventwire.export import export_events

    path = tmp_path / "events.csv"
    assert export_events(corpus.events(), "csv", str(path)) == 4
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert tuple(rows[0]) == EVENT_COLUMNS
    assert [r["cameo"] for r in rows] == [r["cameo"] for r in corpus.events()]
