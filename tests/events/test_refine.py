"""Topic refinements (events/refine.py, knowledge/data/refinements.yaml)."""

from __future__ import annotations

import pytest

from eventwire.events.coder import code_events
from eventwire.events.refine import _raw_refinements
from eventwire.knowledge.codebook import load_codebook

pytestmark = pytest.mark.model

CODE_MAPS = ("refine", "by_instrument", "by_subject", "by_doer", "by_source_role", "by_manner")


@pytest.mark.parametrize("section", CODE_MAPS)
def test_every_refinement_maps_codebook_codes(section):
    book = load_codebook()
    raw = _raw_refinements()[section]
    for code, options in raw.items():
        assert code in book, (section, code)
        for refined in (options or {}).values():
            assert refined in book, (section, code, refined)


def test_a_threat_warning_maps_codebook_codes():
    book = load_codebook()
    for code, refined in _raw_refinements()["threat_warnings"]["codes"].items():
        assert code in book and refined in book


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


# the weapon is also named by the attack's own noun or by who attacks (refinements.yaml)
WEAPON_NOUNS = [
    ("Turkey launched an air strike against Kurdish rebels.", "Turkey", "launched", "195"),
    ("Turkey carried out drone strikes on Kurdish rebels.", "Turkey", "carried", "195"),
    ("Turkey launched a rocket attack on Kurdish rebels.", "Turkey", "launched", "194"),
    ("Turkey launched a ground offensive against Kurdish rebels.", "Turkey", "launched", "190"),
    ("Turkish warplanes attacked Kurdish rebels.", "Turkish warplanes", "attacked", "195"),
    ("Turkish jets fired missiles at Kurdish rebels.", "Turkish jets", "fired", "195"),
    ("Turkish tanks attacked Kurdish rebels.", "Turkish tanks", "attacked", "194"),
    ("Turkish soldiers attacked Kurdish rebels.", "Turkish soldiers", "attacked", "190"),
    # an attack on computers is coercion, not military force
    ("Turkey launched a cyber attack on Kurdish rebels.", "Turkey", "launched", "170"),
    ("Turkish hackers attacked Kurdish rebels.", "Turkish hackers", "attacked", "170"),
    # the object of a plain attack verb is its target, not the attack's weapon
    ("Turkey attacked the air base of the Kurdish rebels.", "Turkey", "attacked", "190"),
    # a suicide bomber is a person, not an aircraft
    (
        "A Turkish suicide bomber attacked Kurdish rebels.",
        "Turkish suicide bomber",
        "attacked",
        "190",
    ),
]


@pytest.mark.parametrize("text,attacker,trigger,code", WEAPON_NOUNS)
def test_an_attacks_noun_or_doer_gives_its_kind_of_force(
    nlp, patterns, make_mention, text, attacker, trigger, code
):
    actors = [(attacker, "TUR"), ("Kurdish rebels", "REB", "group")]
    got = _codes(nlp, patterns, make_mention, text, actors, trigger)
    assert got == {code}, got


@pytest.mark.parametrize(
    "text,actors,trigger,code",
    [
        # property destroyed or stormed by protesters is a riot, by the police it is not
        (
            "Kenyan protesters torched the Ugandan embassy.",
            [("Kenyan protesters", "KEN"), ("Ugandan embassy", "UGA")],
            "torched",
            "145",
        ),
        (
            "The Serbian embassy was ransacked by Albanian rioters.",
            [("Serbian embassy", "SRB"), ("Albanian rioters", "ALB")],
            "ransacked",
            None,
        ),
        (
            "Albanian demonstrators stormed the Serbian embassy.",
            [("Albanian demonstrators", "ALB"), ("Serbian embassy", "SRB")],
            "stormed",
            "145",
        ),
        (
            "Kenyan police torched the Ugandan embassy.",
            [("Kenyan police", "KEN"), ("Ugandan embassy", "UGA")],
            "torched",
            "1712",
        ),
        (
            "The Ugandan embassy was torched by Kenyan protesters.",
            [("Ugandan embassy", "UGA"), ("Kenyan protesters", "KEN")],
            "torched",
            "145",
        ),
    ],
)
def test_violence_by_protesters_is_a_violent_protest(
    nlp, patterns, make_mention, text, actors, trigger, code
):
    got = _codes(nlp, patterns, make_mention, text, actors, trigger)
    assert got == ({code} if code else set()), got


@pytest.mark.parametrize(
    "text,code",
    [
        ("The Kenyan president spoke with the Somali leader by telephone.", "041"),
        ("The Kenyan president held a phone conversation with the Somali leader.", "041"),
        ("The Kenyan president held talks with the Somali leader.", "040"),
    ],
)
def test_talks_by_telephone_are_telephone_discussions(nlp, patterns, make_mention, text, code):
    actors = [("Kenyan president", "KEN"), ("Somali leader", "SOM")]
    trigger = next(w for w in ("spoke", "held") if w in text.split())
    got = _codes(nlp, patterns, make_mention, text, actors, trigger)
    assert got == {code}, got


@pytest.mark.parametrize(
    "text,actor,code",
    [
        ("Russian troops arrived in Belarus for joint exercises.", "Russian troops", "154"),
        ("The Russian defence minister arrived in Belarus.", "Russian defence minister", "042"),
    ],
)
def test_troops_arriving_are_deployed_not_visiting(nlp, patterns, make_mention, text, actor, code):
    got = _codes(nlp, patterns, make_mention, text, [(actor, "RUS"), ("Belarus", "BLR")], "arrived")
    assert got == {code}, got


@pytest.mark.parametrize(
    "text,actors,code",
    [
        # a government's protest is an official complaint; people in the street demonstrate
        (
            "The Kenyan government protested against the Ugandan decision.",
            [("Kenyan government", "KEN", "state", "GOV"), ("Ugandan decision", "UGA")],
            "114",
        ),
        (
            "Kenyan students protested against the Ugandan decision.",
            [("Kenyan students", "KEN", "group", "CVL"), ("Ugandan decision", "UGA")],
            "141",
        ),
    ],
)
def test_a_government_protesting_complains_officially(
    nlp, patterns, make_mention, text, actors, code
):
    got = _codes(nlp, patterns, make_mention, text, actors, "protested")
    assert got == {code}, got


@pytest.mark.parametrize(
    "text,code",
    [
        ("Iran test-fired a ballistic missile near the Iraqi border.", "150"),
        ("Iran fired a ballistic missile at Iraqi Kurds.", "194"),
    ],
)
def test_a_missile_test_is_a_show_of_force(nlp, patterns, make_mention, text, code):
    actors = [("Iran", "IRN")] + ([("Iraqi Kurds", "IRQ", "group")] if "Kurds" in text else [])
    got = _codes(nlp, patterns, make_mention, text, actors, "fired")
    assert got == {code}, got


@pytest.mark.parametrize(
    "text,code",
    [
        ("Russia warned of serious consequences for Finland.", "130"),
        ("Russia warned of countermeasures against Finland.", "130"),
        ("Russia warned of a famine in Finland.", "012"),
        ("Russia warned of the consequences of the drought in Finland.", "012"),
    ],
)
def test_a_warning_of_reprisals_is_a_threat(nlp, patterns, make_mention, text, code):
    got = _codes(
        nlp, patterns, make_mention, text, [("Russia", "RUS"), ("Finland", "FIN")], "warned"
    )
    assert got == {code}, got


@pytest.mark.parametrize(
    "text,code",
    [
        # the party called on is no topic of the call: "the army" makes no appeal military
        ("Kenya called on the Ugandan army for help.", "020"),
        ("Kenya called on the Ugandan army for weapons.", "0232"),
    ],
)
def test_the_party_of_an_appeal_is_not_its_topic(nlp, patterns, make_mention, text, code):
    actors = [("Kenya", "KEN"), ("Ugandan army", "UGA")]
    got = _codes(nlp, patterns, make_mention, text, actors, "called")
    assert got == {code}, got


def test_a_counting_noun_passes_the_subject_to_what_it_counts(nlp, patterns, make_mention):
    got = _codes(
        nlp,
        patterns,
        make_mention,
        "Hundreds of Israeli troops withdrew from Lebanon.",
        [("Israeli troops", "ISR"), ("Lebanon", "LBN")],
        "withdrew",
    )
    assert got == {"087"}  # the troops withdrew, not "hundreds": a military pull-back


def test_a_counting_noun_passes_the_doer_to_what_it_counts(nlp):
    from eventwire import extract

    got = {e.cameo for e in extract("Kenyan property was destroyed by hundreds of rioters.").events}
    assert got == {"145"}  # the rioters did it, not "hundreds": a violent protest


def test_a_noun_that_is_no_count_keeps_its_own_domain(nlp, patterns, make_mention):
    got = _codes(
        nlp,
        patterns,
        make_mention,
        "The foreign ministry of Israel withdrew from Lebanon.",
        [("The foreign ministry of Israel", "ISR"), ("Lebanon", "LBN")],
        "withdrew",
    )
    assert "087" not in got


@pytest.mark.parametrize(
    "text,code",
    [
        ("The first deployment of Nigerian peacekeeping troops arrived in Liberia.", "074"),
        ("The first deployment of Nigerian troops arrived in Liberia.", "154"),
    ],
)
def test_a_deployment_of_troops_arriving_is_the_troops_arriving(
    nlp, patterns, make_mention, text, code
):
    # "the first deployment of" only groups who acts: the (peacekeeping) troops arrive
    actor = text.split(" of ", 1)[1].split(" arrived")[0]
    got = _codes(nlp, patterns, make_mention, text, [(actor, "NGA"), ("Liberia", "LBR")], "arrived")
    assert got == {code}, got
