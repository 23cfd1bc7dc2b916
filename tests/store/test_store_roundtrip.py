"""Store.load gives back exactly what Store.save got (hand-built and generated extractions)."""

from __future__ import annotations

import dataclasses
import os
import uuid

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from store_factories import RUS, UKR, make_event, make_extraction

from eventwire.errors import StoreError
from eventwire.records import (
    Actor,
    ActorRef,
    Article,
    Discard,
    Event,
    Explanation,
    Extraction,
    Location,
    Mention,
    Modality,
    Problem,
    Quote,
    Tone,
    Trigger,
)
from eventwire.store import Store, open_store, schema

# Text a database can hold: any Unicode except lone surrogates and NUL (PostgreSQL refuses NUL;
# normalised article text never contains either).
texts = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
    max_size=20,
)
opt_texts = st.none() | texts
spans = st.tuples(st.integers(0, 10**7), st.integers(0, 10**7))
floats = st.floats(allow_nan=False, allow_infinity=False)
opt_floats = st.none() | floats
refs = st.builds(
    ActorRef, actor=opt_texts, code=opt_texts, role=opt_texts, name=texts, text=texts, span=spans
)
opt_refs = st.none() | refs
locations = st.builds(
    Location, name=texts, country=opt_texts, lat=opt_floats, lon=opt_floats, span=st.none() | spans
)
explanations = st.builds(
    Explanation,
    pattern=texts,
    path=texts,
    modality_cue=opt_texts,
    rules=st.lists(texts, max_size=3).map(tuple),
)
events = st.builds(
    Event,
    id=texts,
    source=opt_refs,
    target=opt_refs,
    cameo=texts,
    root=texts,
    label=texts,
    plover=opt_texts,
    plover_mode=opt_texts,
    goldstein=opt_floats,
    quad_class=st.none() | st.integers(1, 4),
    modality=st.sampled_from(list(Modality)),
    claimant=opt_refs,
    date=opt_texts,
    date_precision=opt_texts,
    date_text=opt_texts,
    location=st.none() | locations,
    sentence=st.integers(0, 10**5),
    trigger=st.builds(Trigger, text=texts, span=spans),
    evidence=texts,
    mentions=st.lists(st.builds(Mention, sentence=st.integers(0, 999), span=spans), max_size=3).map(
        tuple
    ),
    confidence=floats,
    date_basis=opt_texts,
    explanation=st.none() | explanations,
)
actors = st.builds(
    Actor,
    id=texts,
    name=texts,
    code=opt_texts,
    role=opt_texts,
    kind=texts,
    mentions=st.lists(spans, max_size=3).map(tuple),
    rule=opt_texts,
    entry=opt_texts,
)
quotes = st.builds(
    Quote,
    text=texts,
    span=spans,
    kind=texts,
    sentence=st.integers(0, 10**5),
    speaker=opt_refs,
    speaker_rule=opt_texts,
)
articles = st.builds(
    Article,
    text=st.text(
        alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
        max_size=200,
    ),
    id=st.just("x"),  # replaced by a fresh id per example
    path=opt_texts,
    url=opt_texts,
    title=opt_texts,
    source=opt_texts,
    published=opt_texts,
    language=opt_texts,
)
extractions = st.builds(
    Extraction,
    article=articles,
    actors=st.lists(actors, max_size=3).map(tuple),
    events=st.lists(events, max_size=3).map(tuple),
    quotes=st.lists(quotes, max_size=3).map(tuple),
    tone=st.none()
    | st.builds(
        Tone,
        score=floats,
        positive=floats,
        negative=floats,
        sentences=st.lists(floats, max_size=4).map(tuple),
    ),
    discarded=st.none() | st.builds(Discard, reason=texts, detail=texts),
    problems=st.lists(
        st.builds(Problem, stage=texts, detail=texts, sentence=st.none() | st.integers(0, 10**5)),
        max_size=2,
    ).map(tuple),
)


PG_URL = os.environ.get("EVENTWIRE_TEST_PG")


@pytest.fixture(
    scope="module",
    params=[
        "sqlite",
        pytest.param(
            "postgres",
            marks=[
                pytest.mark.postgres,
                pytest.mark.skipif(not PG_URL, reason="set EVENTWIRE_TEST_PG"),
            ],
        ),
    ],
)
def shared_store(request, tmp_path_factory) -> Store:
    """One store per database kind for all generated examples (each gets a fresh id)."""
    if request.param == "postgres":
        st_ = open_store(PG_URL)
    else:
        st_ = open_store(str(tmp_path_factory.mktemp("rt") / "roundtrip.db"))
    yield st_
    if request.param == "postgres":
        schema.metadata.drop_all(st_.engine)
    st_.close()


def with_fresh_id(x: Extraction) -> Extraction:
    article = dataclasses.replace(x.article, id=uuid.uuid4().hex[:16])
    return dataclasses.replace(x, article=article)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(x=extractions)
def test_generated_extractions_round_trip_exactly(shared_store: Store, x: Extraction) -> None:
    x = with_fresh_id(x)
    result = shared_store.save([x])
    assert result.articles_new == 1
    loaded = shared_store.load(x.article.id)
    assert loaded == x
    assert loaded.to_dict(with_text=True) == x.to_dict(with_text=True)


def test_full_extraction_round_trips(store: Store) -> None:
    claimant = ActorRef("a4", "USA", None, "United States", "Washington", (100, 110))
    x = make_extraction(
        "Russia attacked Ukraine, Washington said. «Ça ira», said Zelenskiy — 🇺🇦.",
        events=(
            make_event("e1", RUS, UKR, cameo="190", modality=Modality.ALLEGED, claimant=claimant),
            make_event("e2", None, None, date=None, goldstein=None, plover=None),
        ),
        quotes=(
            Quote("Ça ira", (43, 49), "direct", 1, UKR, "said_after"),
            Quote("peace", (1, 6), "term", 0),
        ),
    )
    store.save([x])
    assert store.load(x.article.id) == x
    assert store.load(x.article.id).to_dict(with_text=True) == x.to_dict(with_text=True)


def test_empty_and_none_fields_round_trip(store: Store) -> None:
    x = Extraction(article=Article(text="", language=None))
    store.save([x])
    loaded = store.load(x.article.id)
    assert loaded == x
    assert loaded.tone is None and loaded.discarded is None and loaded.events == ()


def test_discard_with_empty_detail_round_trips(store: Store) -> None:
    x = Extraction(article=Article(text="zzz"), discarded=Discard("empty", ""))
    store.save([x])
    assert store.load(x.article.id).discarded == Discard("empty", "")


def test_load_of_unknown_id_raises_store_error_and_get_returns_none(store: Store) -> None:
    assert store.get("0000000000000000") is None
    with pytest.raises(StoreError) as err:
        store.load("0000000000000000")
    assert err.value.code == "E504"
