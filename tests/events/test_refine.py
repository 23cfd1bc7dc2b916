"""Topic refinements (events/refine.py, knowledge/data/refinements.yaml)."""

from __future__ import annotations

import pytest

from eventwire.events.coder import code_events

pytestmark = pytest.mark.model


def _codes(nlp, patterns, make_mention, text: str, actors: list[tuple], trigger: str) -> set[str]:
    doc = nlp(text)
    mentions = [make_mention(doc, *a) for a in actors]
    return {e.code for e in code_events(doc, mentions, patterns) if doc[e.trigger].text == trigger}


def test_withdrawing_peacekeepers_is_withdrawing_involvement(nlp, patterns, make_mention):
    got = _codes(
        nlp,
        patterns,
        make_mention,
        "Ghana withdrew its peacekeeping troops from Liberia.",
        [("Ghana", "GHA"), ("Liberia", "LBR")],
        "withdrew",
    )
    assert got == {"1661"}  # a later domain (peacekeeping) refines when the first has no entry


def test_withdrawing_own_troops_stays_a_military_de_escalation(nlp, patterns, make_mention):
    got = _codes(
        nlp,
        patterns,
        make_mention,
        "Israel withdrew its troops from Lebanon.",
        [("Israel", "ISR"), ("Lebanon", "LBN")],
        "withdrew",
    )
    assert got == {"087"}


def test_sending_peacekeeping_troops_is_peacekeeping_not_mobilisation(nlp, patterns, make_mention):
    got = _codes(
        nlp,
        patterns,
        make_mention,
        "Ghana sent peacekeeping troops to Liberia.",
        [("Ghana", "GHA"), ("Liberia", "LBR")],
        "sent",
    )
    assert got == {"074"}  # peacekeeping narrows the military reading of "troops"


def test_sending_troops_stays_a_mobilisation(nlp, patterns, make_mention):
    got = _codes(
        nlp,
        patterns,
        make_mention,
        "Ghana sent troops to Liberia.",
        [("Ghana", "GHA"), ("Liberia", "LBR")],
        "sent",
    )
    assert got == {"154"}


def test_military_aid_to_peacekeepers_stays_military_aid(nlp, patterns, make_mention):
    got = _codes(
        nlp,
        patterns,
        make_mention,
        "Norway provided military aid to the peacekeepers in Mali.",
        [("Norway", "NOR"), ("Mali", "MLI")],
        "provided",
    )
    assert got == {"072"}  # the recipient is not the topic: only the aid's own words refine


def test_a_hunger_strike_is_its_own_code(nlp, patterns, make_mention):
    got = _codes(
        nlp,
        patterns,
        make_mention,
        "Kenyan prisoners started a hunger strike.",
        [("Kenyan prisoners", "KEN", "group")],
        "started",
    )
    assert got == {"142"}


def test_narrowing_domains_are_known_domains():
    from eventwire.events.refine import load_refinements, narrowing_domains

    word_domain, _ = load_refinements()
    assert set(narrowing_domains()) <= set(word_domain.values())


@pytest.mark.parametrize(
    "text,actors,code",
    [
        (
            "The United States suspended military aid to Egypt.",
            [("United States", "USA"), ("Egypt", "EGY")],
            "1622",
        ),
        ("Russia cut gas supplies to Ukraine.", [("Russia", "RUS"), ("Ukraine", "UKR")], "1621"),
        ("Egypt cut water supplies to Gaza.", [("Egypt", "EGY"), ("Gaza", "PSE")], "1623"),
        ("The EU cut aid to Mali.", [("EU", "EU"), ("Mali", "MLI")], "162"),
    ],
)
def test_stopping_aid_is_refined_by_what_is_stopped(
    nlp, patterns, make_mention, text, actors, code
):
    trigger = next(w for w in text.split() if w in ("suspended", "cut"))
    assert _codes(nlp, patterns, make_mention, text, actors, trigger) == {code}


def test_offered_military_support_is_an_intent_to_give_military_aid(nlp, patterns, make_mention):
    got = _codes(
        nlp,
        patterns,
        make_mention,
        "Egypt offered military support to Sudan.",
        [("Egypt", "EGY"), ("Sudan", "SDN")],
        "offered",
    )
    assert got == {"0332"}


def test_offered_support_without_a_domain_stays_policy_support(nlp, patterns, make_mention):
    got = _codes(
        nlp,
        patterns,
        make_mention,
        "Egypt offered its support to Sudan.",
        [("Egypt", "EGY"), ("Sudan", "SDN")],
        "offered",
    )
    assert got == {"032"}


# the weapon an attack is made with says which kind of force it was (refinements.yaml)
WEAPONS = [
    ("Kurdish rebels blew up a Turkish convoy with rockets.", "blew", "194"),
    ("A Turkish convoy was blown up by Kurdish rebels with a missile.", "blown", "194"),
    ("Kurdish rebels attacked a Turkish convoy with rockets.", "attacked", "194"),
    ("Kurdish rebels attacked a Turkish convoy with drones.", "attacked", "195"),
    ("Kurdish rebels attacked a Turkish convoy.", "attacked", "190"),
]


@pytest.mark.parametrize("text,trigger,code", WEAPONS)
def test_an_attacks_weapon_gives_its_kind_of_force(
    nlp, patterns, make_mention, text, trigger, code
):
    actors = [("Kurdish rebels", "REB", "group"), ("Turkish convoy", "TUR", "group")]
    got = _codes(nlp, patterns, make_mention, text, actors, trigger)
    assert got == {code}, got


def test_the_agent_of_a_passive_attack_can_be_its_weapon(nlp, patterns, make_mention):
    got = _codes(
        nlp,
        patterns,
        make_mention,
        "A Turkish convoy was blown up by a Kurdish rocket.",
        [("Turkish convoy", "TUR", "group"), ("Kurdish rocket", "REB", "group")],
        "blown",
    )
    assert got == {"194"}, got


def test_a_bomb_planted_in_a_tank_is_still_a_bombing(nlp, patterns, make_mention):
    got = _codes(
        nlp,
        patterns,
        make_mention,
        "Kurdish militants planted a bomb in a fuel tank.",
        [("Kurdish militants", "REB", "group")],
        "planted",
    )
    assert got == {"183"}, got


@pytest.mark.parametrize(
    "text,actor,code",
    [
        ("Nigerian peacekeeping troops arrived in Liberia.", "Nigerian peacekeeping troops", "074"),
        ("UN peacekeepers arrived in Liberia.", "UN peacekeepers", "074"),
        ("The Nigerian president arrived in Liberia.", "Nigerian president", "042"),
    ],
)
def test_peacekeepers_arriving_are_deployed_not_visiting(
    nlp, patterns, make_mention, text, actor, code
):
    got = _codes(nlp, patterns, make_mention, text, [(actor, "NGA"), ("Liberia", "LBR")], "arrived")
    assert got == {code}, got


@pytest.mark.parametrize(
    "text,actors,code",
    [
        # troops leaving a place retreat; the same verb of a state or a body leaves a treaty
        (
            "Israeli troops withdrew from the Lebanese village of Ghajar.",
            [("Israeli troops", "ISR"), ("Lebanese village", "LBN")],
            "087",
        ),
        (
            "Ghanaian peacekeepers withdrew from Liberia.",
            [("Ghanaian peacekeepers", "GHA"), ("Liberia", "LBR")],
            "1661",
        ),
        (
            "The Russian defence ministry withdrew from the talks with Ukraine.",
            [("Russian defence ministry", "RUS"), ("Ukraine", "UKR")],
            "166",
        ),
        (
            "Venezuela withdrew from the Andean trade bloc.",
            [("Venezuela", "VEN"), ("Andean trade bloc", "CAN")],
            "166",
        ),
    ],
)
def test_who_withdraws_says_retreat_or_reduced_relations(
    nlp, patterns, make_mention, text, actors, code
):
    got = _codes(nlp, patterns, make_mention, text, actors, "withdrew")
    assert got == {code}, got


def test_troops_moving_others_out_are_not_retreating(nlp, patterns, make_mention):
    got = _codes(
        nlp,
        patterns,
        make_mention,
        "Ethiopian troops expelled the Eritrean traders from Badme.",
        [("Ethiopian troops", "ETH"), ("Eritrean traders", "ERI")],
        "expelled",
    )
    assert got and "087" not in got, got
