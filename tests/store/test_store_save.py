"""Saving: counts, idempotence, one transaction per batch."""

from __future__ import annotations

import dataclasses

import pytest
from store_factories import PRK, RUS, make_event, make_extraction

from eventwire.errors import StoreError
from eventwire.records import Discard, Quote
from eventwire.store import SaveResult, Store, open_store


def test_save_reports_what_it_stored(store: Store) -> None:
    a = make_extraction(
        "one",
        events=(make_event("e1", RUS, PRK), make_event("e2", PRK, RUS)),
        quotes=(Quote("hi", (0, 2), "direct", 0),),
    )
    b = make_extraction("two", discarded=Discard("not_english", "de"))
    result = store.save([a, b])
    assert result == SaveResult(
        articles_new=2, articles_existing=0, events=2, quotes=1, discarded=1
    )


def test_saving_the_same_batch_twice_stores_it_once(store: Store) -> None:
    batch = [make_extraction("one", events=(make_event("e1", RUS, PRK),)), make_extraction("two")]
    store.save(batch)
    again = store.save(batch)
    assert again == SaveResult(articles_new=0, articles_existing=2, events=0, quotes=0, discarded=0)
    stats = store.stats()
    assert (stats["articles"], stats["events"]) == (2, 1)


def test_duplicate_inside_one_batch_is_stored_once(store: Store) -> None:
    x = make_extraction("same text", events=(make_event("e1", RUS, PRK),))
    result = store.save([x, x])
    assert (result.articles_new, result.articles_existing, result.events) == (1, 1, 1)
    assert store.stats()["events"] == 1


def test_known_article_is_not_overwritten_by_a_new_version(store: Store) -> None:
    first = make_extraction("same text", events=(make_event("e1", RUS, PRK),))
    second = dataclasses.replace(first, events=())
    store.save([first])
    store.save([second])
    assert store.load(first.article.id) == first


def test_failing_row_rolls_back_the_whole_batch(store: Store) -> None:
    good = [
        make_extraction(f"good article {i}", events=(make_event("e1", RUS, PRK),)) for i in range(3)
    ]
    # An event without a CAMEO code violates NOT NULL: the database refuses the last article.
    bad_event = dataclasses.replace(make_event("e1", RUS, PRK), cameo=None)
    bad = make_extraction("bad article", events=(bad_event,))
    with pytest.raises(StoreError) as err:
        store.save([*good, bad])
    assert err.value.code == "E503"
    assert "nothing of this batch" in str(err.value)
    stats = store.stats()
    assert (stats["articles"], stats["events"], stats["actors"]) == (0, 0, 0)
    # The store is still usable and the good articles can be saved afterwards.
    assert store.save(good).articles_new == 3


def test_known_ids_lists_stored_articles_only(store: Store) -> None:
    x = make_extraction("stored")
    store.save([x])
    assert store.known_ids([x.article.id, "ffffffffffffffff"]) == {x.article.id}


def test_many_articles_in_one_batch(store: Store) -> None:
    batch = [
        make_extraction(f"article {i}", events=(make_event("e1", RUS, PRK),)) for i in range(1200)
    ]
    assert store.save(batch).articles_new == 1200
    assert len(store.known_ids(x.article.id for x in batch)) == 1200


def test_two_stores_on_one_file_share_data(tmp_path) -> None:
    path = str(tmp_path / "shared.db")
    with open_store(path) as writer, open_store(path) as reader:
        x = make_extraction("shared")
        writer.save([x])
        assert reader.load(x.article.id) == x
        assert reader.save([x]).articles_existing == 1


def test_concurrent_writers_store_each_article_once(tmp_path) -> None:
    """Writers on separate connections queue on SQLite's lock (BEGIN IMMEDIATE + busy timeout)
    and the id check inside the transaction keeps overlapping batches from duplicating."""
    from concurrent.futures import ThreadPoolExecutor

    path = str(tmp_path / "busy.db")
    articles = [
        make_extraction(f"article {i}", events=(make_event("e1", RUS, PRK),)) for i in range(60)
    ]

    def writer(offset: int) -> int:
        with open_store(path) as st:
            saved = 0
            for start in range(offset, 60, 10):
                saved += st.save(articles[start : start + 20]).articles_new
            return saved

    open_store(path).close()
    with ThreadPoolExecutor(max_workers=4) as pool:
        saved = sum(pool.map(writer, [0, 5, 0, 5]))
    with open_store(path) as st:
        assert st.stats()["articles"] == 60 and st.stats()["events"] == 60
    assert saved == 60


def test_one_store_shared_by_threads(store: Store) -> None:
    from concurrent.futures import ThreadPoolExecutor

    batches = [[make_extraction(f"t{t}-{i}") for i in range(10)] for t in range(4)]
    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(store.save, batches))
    assert sum(r.articles_new for r in results) == 40
