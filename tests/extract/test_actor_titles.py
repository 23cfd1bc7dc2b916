"""Titles and names that news writes often: a commissioner of an organisation, a Chinese
name spelt like a pronoun. Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from eventwire.extract.actors import resolve_actors
from eventwire.extract.types import ActorMention
from eventwire.knowledge.actors import ActorKB, load_actor_kb

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def kb() -> ActorKB:
    return load_actor_kb()


def run(nlp, kb: ActorKB, text: str) -> list[ActorMention]:
    return resolve_actors(nlp(text), kb, "2024-05-01")


def find(mentions: list[ActorMention], text: str) -> ActorMention:
    hits = [m for m in mentions if m.text == text]
    assert hits, f"no mention {text!r} in {[m.text for m in mentions]}"
    return hits[0]


def test_an_organisations_commissioner_is_its_officer(nlp, kb: ActorKB) -> None:
    ms = run(nlp, kb, "EU energy commissioner Anna Lindqvist told reporters the plan was ready.")
    m = find(ms, "EU energy commissioner Anna Lindqvist")
    assert (m.code, m.role, m.kind) == ("EU", "IGO", "person")


def test_a_police_commissioner_is_police(nlp, kb: ActorKB) -> None:
    ms = run(nlp, kb, "Kenyan police commissioner Peter Otieno banned the march.")
    m = find(ms, "Kenyan police commissioner Peter Otieno")
    assert (m.code, m.role) == ("KEN", "POL")


def test_a_bare_commissioner_is_no_actor(nlp, kb: ActorKB) -> None:
    ms = run(nlp, kb, "The commissioner said the roads would reopen on Friday.")
    assert not [m for m in ms if "commissioner" in m.text.lower()]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Chinese Vice Premier He Lifeng met the Brazilian finance minister on Monday.",
            "Chinese Vice Premier He Lifeng",
        ),
        ("Chinese Foreign Minister He Yafei arrived in Tokyo on Monday.", None),
    ],
)
def test_a_name_spelt_like_a_pronoun_is_part_of_the_name(nlp, kb, text, name) -> None:
    ms = run(nlp, kb, text)
    assert not [m for m in ms if m.text in ("He", "he")]
    if name is not None:
        m = find(ms, name)
        assert (m.code, m.kind) == ("CHN", "person")


def test_he_the_pronoun_still_refers_back(nlp, kb: ActorKB) -> None:
    ms = run(nlp, kb, "Kenyan President William Ruto arrived in Paris. He said talks went well.")
    assert find(ms, "He").code == "KEN"


def test_a_chairman_of_an_organisation_is_its_officer(nlp, kb: ActorKB) -> None:
    ms = run(nlp, kb, "African Union Commission chairman Amadou Diallo urged calm on Sunday.")
    m = find(ms, "African Union Commission chairman Amadou Diallo")
    assert (m.code, m.role) == ("AU", "IGO")


def test_a_bare_chairman_is_no_actor(nlp, kb: ActorKB) -> None:
    ms = run(nlp, kb, "The chairman said the board would meet again in June.")
    assert not [m for m in ms if "chairman" in m.text.lower()]


def test_a_magistrate_is_a_court(nlp, kb: ActorKB) -> None:
    ms = run(nlp, kb, "A magistrate in Lahore refused to grant the journalist bail.")
    m = find(ms, "magistrate in Lahore")
    assert (m.code, m.role) == ("PAK", "JUD")


# ----------------------------------------------------------------------------- elliptical demonyms


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        ("Shells fell from the Syrian to the Israeli side of the line.", "the Syrian", "SYR"),
        ("Shells fell from the Syrian to the Israeli side of the line.", "the Israeli side", "ISR"),
        ("The Ethiopian and the Eritrean sides signed the accord.", "The Ethiopian", "ETH"),
        ("Russian and Ukrainian delegations met in Istanbul on Friday.", "Russian", "RUS"),
        (
            "Russian and Ukrainian delegations met in Istanbul on Friday.",
            "Ukrainian delegations",
            "UKR",
        ),
    ],
)
def test_a_demonym_standing_for_a_shared_role_noun(nlp, kb, text, mention, code) -> None:
    m = find(run(nlp, kb, text), mention)
    assert (m.code, m.role) == (code, "GOV")


def test_to_without_from_joins_no_demonyms(nlp, kb: ActorKB) -> None:
    ms = run(nlp, kb, "He spoke Russian to the Ukrainian side on Friday.")
    assert not [m for m in ms if m.text.startswith("Russian")]
