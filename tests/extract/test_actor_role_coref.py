"""A bare role word ("the army", "police", "the government") repeats the role an article gave
one state earlier (rule coref:role); two states given that role leave it uncoded. Every
sentence is written for these tests."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from eventwire.extract.actors import _role_coreference, resolve_actors
from eventwire.extract.types import ActorMention
from eventwire.knowledge.actors import ActorKB, load_actor_kb


@pytest.fixture(scope="module")
def kb() -> ActorKB:
    return load_actor_kb()


# hand-built mentions need a doc only for the words around them: plain words, no parse
PLAIN = Doc(Vocab(), words=["word"] * 10)


def mention(
    start: int, text: str, code: str | None, role: str, rule: str, key: str
) -> ActorMention:
    kind = "state" if code else "group"
    return ActorMention(start, start + 1, 0, 0, text, code, role, kind, text, key, rule)


def test_bare_role_takes_the_one_state_given_it_earlier(kb: ActorKB) -> None:
    army = mention(0, "the Sudanese army", "SDN", "MIL", "demonym+role", "state:SDN/MIL")
    bare = mention(5, "the army", None, "MIL", "role-only", "role:MIL:army")
    out = _role_coreference(PLAIN, [bare, army], kb)
    got = next(m for m in out if m.start == 5)
    assert (got.code, got.rule, got.key) == ("SDN", "coref:role", "state:SDN/MIL")


def test_two_states_given_the_role_leave_it_uncoded(kb: ActorKB) -> None:
    first = mention(0, "Ethiopian troops", "ETH", "MIL", "demonym+role", "state:ETH/MIL")
    second = mention(2, "Eritrean soldiers", "ERI", "MIL", "demonym+role", "state:ERI/MIL")
    bare = mention(5, "the army", None, "MIL", "role-only", "role:MIL:army")
    got = _role_coreference(PLAIN, [first, second, bare], kb)[-1]
    assert got.code is None and got.rule == "role-only"


def test_a_role_given_only_later_is_no_antecedent(kb: ActorKB) -> None:
    bare = mention(0, "police", None, "POL", "role-only", "role:POL:police")
    later = mention(5, "Kenyan police", "KEN", "POL", "demonym+role", "state:KEN/POL")
    got = _role_coreference(PLAIN, [bare, later], kb)[0]
    assert got.code is None


def test_another_role_is_no_antecedent(kb: ActorKB) -> None:
    army = mention(0, "the Sudanese army", "SDN", "MIL", "demonym+role", "state:SDN/MIL")
    bare = mention(5, "police", None, "POL", "role-only", "role:POL:police")
    assert _role_coreference(PLAIN, [army, bare], kb)[-1].code is None


@pytest.mark.model
def test_army_repeats_the_named_army_in_a_two_country_story(nlp, kb: ActorKB) -> None:
    doc = nlp(
        "The Malian army attacked a camp near the border with Niger on Friday. "
        "Niger's government condemned the raid. The army said it had killed ten fighters."
    )
    mentions = resolve_actors(doc, kb)
    army = [m for m in mentions if m.text == "The army"]
    assert army and army[0].code == "MLI" and army[0].rule == "coref:role"


@pytest.mark.model
def test_government_stays_uncoded_when_two_governments_were_named(nlp, kb: ActorKB) -> None:
    doc = nlp(
        "The Peruvian government and Bolivia's government signed a water deal on Monday. "
        "The government said the deal would last ten years."
    )
    mentions = resolve_actors(doc, kb)
    gov = [m for m in mentions if m.text == "The government"]
    assert gov and gov[0].code is None


@pytest.mark.model
def test_embassy_repeats_the_embassy_not_the_host_state(nlp, kb: ActorKB) -> None:
    doc = nlp(
        "Norway summoned the Iranian ambassador after the Iranian embassy published a "
        "statement. The embassy said the statement was accurate."
    )
    mentions = resolve_actors(doc, kb)
    emb = [m for m in mentions if m.text == "The embassy"]
    assert emb and emb[0].code == "IRN"


@pytest.mark.model
def test_the_regime_repeats_only_a_regime_never_the_speaker(nlp, kb: ActorKB) -> None:
    doc = nlp("Turkish officials said the regime had closed the crossing on Sunday.")
    regime = [m for m in resolve_actors(doc, kb) if m.text == "the regime"]
    assert regime and regime[0].code is None
    doc = nlp("Jordan condemned the Syrian regime on Monday. The regime denied the report.")
    regime = [m for m in resolve_actors(doc, kb) if m.text == "The regime"]
    assert regime and regime[0].code == "SYR"


@pytest.mark.model
def test_opposition_of_a_story_whose_governments_are_one_state(nlp, kb: ActorKB) -> None:
    doc = nlp(
        "The Zambian government arrested two journalists. Opposition parties condemned the "
        "arrests, and opposition leaders called a strike."
    )
    opp = [m for m in resolve_actors(doc, kb) if m.role == "OPP"]
    assert [m.code for m in opp] == ["ZMB", "ZMB"]
    assert {m.rule for m in opp} == {"opposition+government-state"}


@pytest.mark.model
def test_opposition_stays_uncoded_when_a_second_government_is_named(nlp, kb: ActorKB) -> None:
    doc = nlp(
        "The Zambian government arrested two journalists. The opposition condemned the "
        "arrests, and Malawi's foreign ministry urged restraint."
    )
    opp = [m for m in resolve_actors(doc, kb) if m.text == "The opposition"]
    assert opp and opp[0].code is None


@pytest.mark.model
def test_a_role_with_its_own_modifier_or_origin_repeats_nothing(nlp, kb: ActorKB) -> None:
    doc = nlp(
        "Russian troops shelled Kharkiv. Ukrainian officials said troops from Belarus massed "
        "at the border. Foreign troops also crossed. Troops fired rockets overnight."
    )
    ms = resolve_actors(doc, kb)
    assert [m.code for m in ms if m.text == "troops"] == [None, None]
    assert [m.code for m in ms if m.text == "Troops"] == ["RUS"]
