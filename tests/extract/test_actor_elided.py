"""A demonym whose noun is left out in a "from the A to the B N" range, and the state's own
forces named by whom they serve. Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from eventwire.extract import actors
from eventwire.extract.actors import resolve_actors
from eventwire.knowledge.actors import ActorKB, load_actor_kb

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def kb() -> ActorKB:
    return load_actor_kb()


def coded(nlp, kb: ActorKB, text: str) -> dict[str, tuple[str | None, str | None, str]]:
    return {m.text: (m.code, m.role, m.rule) for m in resolve_actors(nlp(text), kb, "2024-05-01")}


def test_an_elided_demonym_borrows_the_noun_of_the_range_end(nlp, kb) -> None:
    got = coded(nlp, kb, "The peacekeepers moved from the Syrian to the Israeli-held sector.")
    (mention,) = [t for t in got if t.endswith("Syrian")]
    assert got[mention][0] == "SYR" and got[mention][2] == "demonym+noun-elided"


def test_an_elided_demonym_makes_the_withdrawal_aim_at_its_state(nlp) -> None:
    from eventwire import extract

    ex = extract("Dozens of UN troops withdrew from the Lebanese to the Israeli-held part of "
                 "the village on Monday.")
    assert ("UN", "LBN", "087") in {
        (e.source and e.source.code, e.target and e.target.code, e.cameo) for e in ex.events
    }


def test_without_a_range_a_bare_demonym_stays_no_actor(nlp, kb) -> None:
    got = coded(nlp, kb, "The decision to go was Syrian to the core.")
    assert not any(code == "SYR" for code, _, _ in got.values())


def test_the_rule_can_be_switched_off(nlp, kb, monkeypatch) -> None:
    monkeypatch.setattr(actors, "ELIDED_HEADS", False)
    got = coded(nlp, kb, "The peacekeepers moved from the Syrian to the Israeli-held sector.")
    assert not any(rule.endswith("-elided") for _, _, rule in got.values())


@pytest.mark.parametrize("phrase", ["government forces", "government troops", "government soldiers"])
def test_the_states_own_forces_are_its_military(nlp, kb, phrase: str) -> None:
    got = coded(nlp, kb, f"In Mali, {phrase} shelled the rebel camp near Gao.")
    assert got[phrase][:2] == ("MLI", "MIL")
