"""Records: JSON round-trip and the OUTPUT.md contract's field names."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

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
    Quote,
    Tone,
    Trigger,
    article_id,
)

text_st = st.text(max_size=40)
opt_text = st.none() | text_st
span_st = st.tuples(st.integers(0, 10_000), st.integers(0, 10_000))
ref_st = st.builds(ActorRef, actor=opt_text, code=opt_text, role=opt_text, name=text_st,
                   text=text_st, span=span_st)
event_st = st.builds(
    Event,
    id=text_st,
    source=st.none() | ref_st,
    target=st.none() | ref_st,
    cameo=st.sampled_from(["042", "0231", "112", "190"]),
    root=st.sampled_from(["04", "02", "11", "19"]),
    label=text_st,
    plover=opt_text,
    plover_mode=opt_text,
    goldstein=st.none() | st.floats(-10, 10),
    quad_class=st.none() | st.integers(1, 4),
    modality=st.sampled_from(list(Modality)),
    claimant=st.none() | ref_st,
    date=opt_text,
    date_precision=opt_text,
    date_text=opt_text,
    location=st.none() | st.builds(Location, name=text_st, country=opt_text,
                                   lat=st.none() | st.floats(-90, 90),
                                   lon=st.none() | st.floats(-180, 180),
                                   span=st.none() | span_st),
    sentence=st.integers(0, 500),
    trigger=st.builds(Trigger, text=text_st, span=span_st),
    evidence=text_st,
    mentions=st.lists(st.builds(Mention, sentence=st.integers(0, 99), span=span_st),
                      max_size=3).map(tuple),
    confidence=st.floats(0, 1),
    date_basis=st.none() | st.sampled_from(["text", "published"]),
    explanation=st.none() | st.builds(Explanation, pattern=text_st, path=text_st,
                                      modality_cue=opt_text,
                                      rules=st.lists(text_st, max_size=3).map(tuple)),
)
extraction_st = st.builds(
    Extraction,
    article=st.builds(Article, text=text_st, path=opt_text, url=opt_text, title=opt_text,
                      source=opt_text, published=opt_text),
    actors=st.lists(st.builds(Actor, id=text_st, name=text_st, code=opt_text, role=opt_text,
                              kind=st.sampled_from(["person", "state"]),
                              mentions=st.lists(span_st, max_size=3).map(tuple),
                              rule=opt_text, entry=opt_text), max_size=3).map(tuple),
    events=st.lists(event_st, max_size=3).map(tuple),
    quotes=st.lists(st.builds(Quote, text=text_st, span=span_st,
                              kind=st.sampled_from(["direct", "indirect", "term"]),
                              sentence=st.integers(0, 50), speaker=st.none() | ref_st,
                              speaker_rule=opt_text), max_size=3).map(tuple),
    tone=st.none() | st.builds(Tone, score=st.floats(-10, 10), positive=st.floats(0, 100),
                               negative=st.floats(0, 100),
                               sentences=st.lists(st.floats(-1, 1), max_size=3).map(tuple)),
    discarded=st.none() | st.builds(Discard, reason=text_st, detail=text_st),
)


@given(extraction_st)
def test_extraction_json_round_trip(ex: Extraction) -> None:
    d = ex.to_dict(with_text=True)
    again = Extraction.from_dict(json.loads(json.dumps(d)))
    assert again.to_dict(with_text=True) == d


def test_article_id_is_sha256_prefix_of_text() -> None:
    a = Article(text="Leaders met in Geneva.")
    assert a.id == article_id("Leaders met in Geneva.")
    assert len(a.id) == 16 and a.chars == len("Leaders met in Geneva.")


def test_contract_field_names() -> None:
    """The JSON keys are the contract of design/OUTPUT.md."""
    ex = Extraction(article=Article(text="x"))
    d = ex.to_dict()
    assert set(d) >= {"article", "actors", "events", "quotes", "tone", "discarded"}
    assert set(d["article"]) >= {"id", "path", "url", "title", "source", "published",
                                 "language", "chars"}
    ref = ActorRef("a1", "RUS", "GOV", "Vladimir Putin", "Putin", (0, 5))
    ev = Event(id="e1", source=ref, target=None, cameo="042", root="04", label="Make a visit",
               plover="CONSULT", plover_mode="visit", goldstein=1.9, quad_class=1,
               modality=Modality.ASSERTED, claimant=None, date=None, date_precision=None,
               date_text=None, location=None, sentence=0, trigger=Trigger("visit", (6, 11)),
               evidence="Putin visit")
    keys = set(ev.to_dict())
    assert keys >= {"id", "source", "target", "cameo", "root", "label", "plover", "plover_mode",
                    "goldstein", "quad_class", "modality", "claimant", "date", "date_precision",
                    "date_text", "location", "sentence", "trigger", "evidence", "mentions",
                    "confidence"}
    assert set(ev.to_dict()["source"]) == {"actor", "code", "role", "name", "text", "span"}
