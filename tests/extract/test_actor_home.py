"""The country of a story filed at home (rule role+dateline-state), shared demonyms decided by
a known office holder, and state names in odd capitals. Every sentence is written for these
tests."""

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


def run(nlp, kb: ActorKB, text: str, published: str | None = "2024-05-01") -> list[ActorMention]:
    return resolve_actors(nlp(text), kb, published)


def find(mentions: list[ActorMention], text: str, nth: int = 0) -> ActorMention:
    hits = [m for m in mentions if m.text == text]
    assert len(hits) > nth, f"no mention {text!r} in {[m.text for m in mentions]}"
    return hits[nth]


# ----------------------------------------------------------------------------- home country

HOME = (
    "Kenya detains activists before protest; U.S. voices concern\n\n"
    "NAIROBI, May 2 (Harbour Wire) - Kenyan police detained a dozen activists in Nairobi on "
    "Thursday, a day before a planned march on parliament.\n\n"
    "Police said the activists had planned to block roads in Mombasa and Kisumu.\n\n"
    "Prosecutors charged two of them with incitement, and a judge denied them bail.\n\n"
    "The government said the march was illegal.\n\n"
    "The United States urged the government to respect the right to protest.\n\n"
    "Rebels were not involved, Kenya's interior ministry said.\n\n"
    "Both armies later pulled back from the border, Kenya's foreign ministry said."
)


def test_roles_of_a_story_filed_at_home_are_the_home_country(nlp, kb: ActorKB) -> None:
    ms = run(nlp, kb, HOME)
    for text in ("Prosecutors", "judge"):
        m = find(ms, text)
        assert (m.code, m.rule) == ("KEN", "role+dateline-state"), text
    assert find(ms, "The government").code == "KEN"


def test_a_sentence_naming_an_outside_state_keeps_its_roles_uncoded(nlp, kb: ActorKB) -> None:
    ms = run(nlp, kb, HOME)
    assert find(ms, "the government", 0).code is None  # the one the United States urged


def test_rebels_and_pairs_are_no_home_roles(nlp, kb: ActorKB) -> None:
    ms = run(nlp, kb, HOME)
    assert find(ms, "Rebels").code is None
    assert find(ms, "armies").code is None  # "both armies": two states' armies


def test_a_story_filed_abroad_has_no_home_country(nlp, kb: ActorKB) -> None:
    text = HOME.replace("NAIROBI, May 2", "ADDIS ABABA, May 2")
    ms = run(nlp, kb, text)
    assert find(ms, "Prosecutors").code is None


def test_a_home_country_named_less_than_twice_as_often_as_others_is_none(nlp, kb: ActorKB) -> None:
    text = HOME + (
        "\n\nUganda and Tanzania said they were watching closely. Uganda, Tanzania, Rwanda and "
        "Ethiopia called for calm, and Burundi and Somalia urged talks."
    )
    assert find(run(nlp, kb, text), "Prosecutors").code is None


def test_home_rule_can_be_switched_off(nlp, kb: ActorKB, monkeypatch) -> None:
    monkeypatch.setattr(actors, "HOME_COUNTRY", False)
    assert find(run(nlp, kb, HOME), "Prosecutors").code is None


def test_a_wire_credit_names_no_country_of_the_story(nlp, kb: ActorKB) -> None:
    # "Meridian" is a US city: as the credit's word it must not make a Quito story two-country
    text = (
        "QUITO, Oct 3 (Meridian Wire) - Police detained forty students outside the Education "
        "Ministry in Quito on Friday.\n\nA judge later released them."
    )
    m = find(run(nlp, kb, text), "judge")
    assert (m.code, m.rule) == ("ECU", "role+document-state")


# ----------------------------------------------------------------------------- shared demonyms


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        (
            "Congolese President Denis Sassou Nguesso flew to Luanda on Monday.",
            "Congolese President Denis Sassou Nguesso",
            "COG",
        ),
        (
            "Congolese President Felix Tshisekedi flew to Luanda on Monday.",
            "Congolese President Felix Tshisekedi",
            "COD",
        ),
        ("Congolese troops crossed into Uganda on Monday.", "Congolese troops", "COD"),
        ("Dominican police arrested twelve Haitian migrants.", "Dominican police", "DOM"),
    ],
)
def test_a_known_office_holder_decides_a_shared_demonym(nlp, kb, text, name, code) -> None:
    assert find(run(nlp, kb, text), name).code == code


def test_an_unshared_demonym_still_beats_the_office_holder_table(nlp, kb: ActorKB) -> None:
    # a demonym that names one state only says whose office it is ("Kenyan President X")
    m = find(
        run(nlp, kb, "Kenyan President Denis Sassou Nguesso met reporters."),
        "Kenyan President Denis Sassou Nguesso",
    )
    assert m.code == "KEN"


# ----------------------------------------------------------------------------- odd capitals


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        ("The minister said he wanted to help iSrael.", "iSrael", "ISR"),
        ("Officials said NORTH KOREA fired two missiles.", "NORTH KOREA", "PRK"),
        ("He said IRANIAN forces had withdrawn.", "IRANIAN forces", "IRN"),
    ],
)
def test_state_names_in_odd_capitals(nlp, kb: ActorKB, text, name, code) -> None:
    assert find(run(nlp, kb, text), name).code == code


@pytest.mark.parametrize(
    "text",
    [
        "Farmers said TURKEY prices rose before the holiday.",
        "Farmers said turkey prices rose before the holiday.",
        "He bought fine china and a map of north korea at the market.",
        "Officials said JORDAN Smith had resigned.",
    ],
)
def test_common_words_and_lower_case_are_no_state(nlp, kb: ActorKB, text: str) -> None:
    codes = {m.code for m in run(nlp, kb, text)}
    assert not codes & {"TUR", "CHN", "PRK", "JOR"}


def test_two_soldiers_of_a_one_country_story_are_its_own(nlp, kb: ActorKB) -> None:
    text = (
        "Gunmen attacked a checkpoint in northern Mali on Monday. Two soldiers were killed "
        "and the army sent reinforcements to Gao."
    )
    m = find(run(nlp, kb, text), "soldiers")
    assert (m.code, m.rule) == ("MLI", "role+document-state")
