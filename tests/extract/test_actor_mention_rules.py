"""Per-mention rules: ``Actor.mention_rules`` (parallel to ``mentions``), its JSON form and the
per-mention listing of ``eventwire explain``. Texts are written for these tests."""

from __future__ import annotations

import pytest

from eventwire.explain import explain_extraction
from eventwire.records import Actor, Article, Extraction


def test_mention_rules_round_trip_and_stay_out_of_json_when_empty() -> None:
    actor = Actor(
        id="a1",
        name="Vladimir Putin",
        code="RUS",
        role="GOV",
        kind="person",
        mentions=((0, 22), (30, 35)),
        rule="title+name",
        entry="person:vladimir-putin",
        mention_rules=("title+name|person:vladimir-putin", "coref:surname|person:vladimir-putin"),
    )
    d = actor.to_dict()
    assert d["mention_rules"] == list(actor.mention_rules)
    assert Actor.from_dict(d) == actor
    bare = Actor(id="a2", name="Russia", code="RUS")
    assert "mention_rules" not in bare.to_dict()
    assert Actor.from_dict(bare.to_dict()).mention_rules == ()


def test_explain_lists_rule_and_entry_per_mention() -> None:
    text = "President Vladimir Putin flew in. Putin spoke."
    article = Article(text=text, published="2024-06-19")
    actor = Actor(
        id="a1",
        name="Vladimir Putin",
        code="RUS",
        role="GOV",
        kind="person",
        mentions=((0, 24), (34, 39)),
        rule="officeholder",
        entry="person:vladimir-putin",
        mention_rules=("officeholder|person:vladimir-putin", "coref:surname|"),
    )
    out = explain_extraction(Extraction(article=article, actors=(actor,)))
    assert "'President Vladimir Putin' [0:24] rule=officeholder entry=person:vladimir-putin" in out
    assert "'Putin' [34:39] rule=coref:surname entry=-" in out


@pytest.mark.model
def test_pipeline_fills_mention_rules(nlp) -> None:
    from eventwire.pipeline import Pipeline
    from eventwire.sources import SourceItem

    text = "Russian President Vladimir Putin arrived in Pyongyang. Putin met Kim Jong Un."
    ex = next(
        iter(
            Pipeline().extract_items([SourceItem(Article(text=text, published="2024-06-19"), None)])
        )
    )
    putin = next(a for a in ex.actors if a.name == "Vladimir Putin")
    assert len(putin.mention_rules) == len(putin.mentions) == 2
    assert putin.mention_rules[0] == "title+name|person:vladimir-putin"
    assert putin.mention_rules[1].startswith("coref:")
