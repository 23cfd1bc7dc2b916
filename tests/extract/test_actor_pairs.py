"""Pairs that refer back to two sides ("both governments", "the warring parties") and never
include whoever addresses them. Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from eventwire.extract import actors
from eventwire.extract.actors import resolve_actors
from eventwire.extract.types import ActorMention
from eventwire.knowledge.actors import ActorKB, load_actor_kb

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def kb() -> ActorKB:
    return load_actor_kb()


def pair(nlp, kb: ActorKB, text: str, phrase: str) -> set[str | None]:
    ms: list[ActorMention] = resolve_actors(nlp(text), kb, "2024-05-01")
    hits = [m for m in ms if m.text.lower().endswith(phrase)]
    assert hits, f"no {phrase!r} in {[m.text for m in ms]}"
    return {x.code for x in hits[0].members}


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        (
            "Armenia and Azerbaijan traded fire on Monday. The UN urged both governments to "
            "show restraint.",
            "both governments",
        ),
        (
            "Armenian and Azerbaijani troops traded fire on Monday. The warring parties agreed "
            "to talks in Geneva.",
            "warring parties",
        ),
    ],
)
def test_a_pair_of_governments_or_parties_is_the_two_sides(nlp, kb, text, phrase) -> None:
    assert pair(nlp, kb, text, phrase) == {"ARM", "AZE"}


def test_whoever_addresses_a_pair_is_not_one_of_it(nlp, kb: ActorKB) -> None:
    text = (
        "Ethiopian troops clashed with Eritrean soldiers on Monday. "
        "Kenya urged both sides to return to talks."
    )
    assert pair(nlp, kb, text, "both sides") == {"ETH", "ERI"}


def test_the_addresser_rule_can_be_switched_off(nlp, kb: ActorKB, monkeypatch) -> None:
    monkeypatch.setattr(actors, "PAIR_NOT_ADDRESSER", False)
    text = "Sudan's army fought the RSF on Monday. Egypt urged both sides to stop."
    assert "EGY" in pair(nlp, kb, text, "both sides")
