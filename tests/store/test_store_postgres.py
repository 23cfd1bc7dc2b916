"""The same store on PostgreSQL; runs only when EVENTWIRE_TEST_PG names a database URL.

Tables are dropped before and after each test, so point it at a scratch database.
"""

from __future__ import annotations

import dataclasses
import os

import pytest
from sqlalchemy import text, update
from store_factories import PRK, RUS, UKR, make_event, make_extraction

from eventwire.errors import StoreError
from eventwire.records import Modality, Problem
from eventwire.store import Store, open_store
from eventwire.store import schema as s

PG_URL = os.environ.get("EVENTWIRE_TEST_PG")
pytestmark = [
    pytest.mark.postgres,
    pytest.mark.skipif(not PG_URL, reason="set EVENTWIRE_TEST_PG to a PostgreSQL URL"),
]


@pytest.fixture
def pg() -> Store:
    st = open_store(PG_URL)
    s.metadata.drop_all(st.engine)
    st.close()
    st = open_store(PG_URL)
    yield st
    s.metadata.drop_all(st.engine)
    st.close()


def test_postgres_round_trip_and_idempotence(pg: Store) -> None:
    assert pg.dialect == "postgresql"
    x = make_extraction(
        "Russia attacked Ukraine — «ça ira» 🇺🇦",
        events=(make_event("e1", RUS, UKR, cameo="190"), make_event("e2", None, None, date=None)),
    )
    assert pg.save([x, x]).articles_new == 1
    assert pg.save([x]).articles_existing == 1
    assert pg.load(x.article.id) == x
    partial = dataclasses.replace(
        make_extraction("kept in part"), problems=(Problem("dates", "ValueError: day", None),)
    )
    pg.save([partial])
    assert pg.load(partial.article.id) == partial
    assert pg.stats()["with_problems"] == 1


def test_postgres_upgrades_a_version_1_database(pg: Store) -> None:
    old = make_extraction("stored by version 1")
    pg.save([old])
    with pg.engine.begin() as conn:
        conn.execute(text("ALTER TABLE articles DROP COLUMN problems"))
        conn.execute(update(s.meta).where(s.meta.c.key == "schema_version").values(value="1"))
    with open_store(PG_URL) as again:
        assert again.load(old.article.id) == old
        assert again.stats()["schema_version"] == s.SCHEMA_VERSION


def test_postgres_filters_and_stats(pg: Store) -> None:
    pg.save(
        [
            make_extraction("a", events=(make_event("e1", RUS, PRK),), outlet="A"),
            make_extraction("b", events=(make_event("e1", RUS, PRK),), outlet="B"),
            make_extraction(
                "c",
                events=(make_event("e1", UKR, RUS, cameo="112", modality=Modality.ALLEGED),),
                published="2024-05-01",
            ),
        ]
    )
    assert len(pg.events(actor="RUS")) == 3
    assert len(pg.events(dyad=("RUS", "PRK"), since="2024-06", until="2024-06")) == 2
    assert len(pg.events(modality="alleged")) == 1
    assert pg.event_clusters()[0]["sources"] == 2
    assert pg.stats()["articles"] == 3


def test_postgres_failed_batch_leaves_nothing(pg: Store) -> None:
    bad = make_extraction("bad", events=(dataclasses.replace(make_event(), cameo=None),))
    with pytest.raises(StoreError):
        pg.save([make_extraction("good"), bad])
    assert pg.stats()["articles"] == 0
