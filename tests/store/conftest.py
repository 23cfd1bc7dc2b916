"""Fixtures of the store tests: a fresh SQLite store per test and a small stored corpus."""

from __future__ import annotations

import pytest
from store_factories import PRK, RUS, UKR, USA, make_event, make_extraction

from eventwire.records import ActorRef, Discard, Modality, Quote
from eventwire.store import Store, open_store


@pytest.fixture
def store(tmp_path) -> Store:
    st = open_store(str(tmp_path / "events.db"))
    yield st
    st.close()


@pytest.fixture
def corpus(store: Store) -> Store:
    """Four articles from three outlets: a shared RUS->PRK visit, RUS->UKR fights, a quote,
    an alleged event with a claimant, and one discarded article."""
    putin = ActorRef("a1", "RUS", "GOV", "Vladimir Putin", "Putin", (0, 5))
    batch = [
        make_extraction(
            "Putin visited Pyongyang on Wednesday.",
            events=(make_event("e1", RUS, PRK),),
            quotes=(Quote("We are friends", (40, 54), "direct", 1, putin, "said_after"),),
            outlet="Wire A",
            tone=-1.0,
        ),
        make_extraction(
            "Russian leader arrived in Pyongyang.",
            events=(make_event("e1", RUS, PRK),),
            outlet="Wire B",
            tone=3.0,
        ),
        make_extraction(
            "Russia shelled Ukrainian towns in May.",
            events=(
                make_event("e1", RUS, UKR, cameo="195", date="2024-05-02", goldstein=-10.0),
                make_event(
                    "e2",
                    UKR,
                    RUS,
                    cameo="112",
                    date=None,
                    modality=Modality.ALLEGED,
                    claimant=USA,
                    goldstein=-2.0,
                    plover="ACCUSE",
                ),
            ),
            quotes=(Quote("Nobody will win", (10, 25), "direct", 0, None, None),),
            published="2024-05-03",
            outlet="Wire C",
            tone=-6.0,
        ),
        make_extraction(
            "Texte en français.",
            published="2024-05-04",
            outlet=None,
            tone=None,
            discarded=Discard("not_english", "fr"),
        ),
    ]
    result = store.save(batch)
    assert result.articles_new == 4
    return store
