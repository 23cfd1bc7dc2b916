"""Code mappings of eval/codes.py and the consistency of eval_codes.yaml."""

from __future__ import annotations

import pycountry
import pytest
from hypothesis import given
from hypothesis import strategies as st

from eventwire.eval.codes import (
    igo_from_name,
    normalise_actor_code,
    normalise_role,
    plover_type,
    resolve_actor,
    tables,
)

FORMAT_ROLES = {"GOV", "MIL", "OPP", "REB", "CVL", "BUS", "MED", "JUD", "POL", "IGO", "NGO"}
PLOVER_2021 = {
    "AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT", "ACCUSE",
    "REQUEST", "REJECT", "THREATEN", "PROTEST", "MOBILIZE", "SANCTION", "COERCE", "ASSAULT",
}  # fmt: skip


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("USA", ("USA", None)),
        ("usa", ("USA", None)),
        (" FRA ", ("FRA", None)),
        ("JAP", ("JPN", None)),
        ("ITL", ("ITA", None)),
        ("VTN", ("VNM", None)),
        ("ROM", ("ROU", None)),
        ("KSV", ("XKX", None)),
        ("XKX", ("XKX", None)),
        ("NATO", ("NATO", None)),
        ("ARAB_LEAGUE", ("ARAB_LEAGUE", None)),
        ("USAGOV", ("USA", "GOV")),
        ("RUSMIL", ("RUS", "MIL")),
        ("JAPGOV", ("JPN", "GOV")),
        ("PSEGZACVL", ("PSE", "CVL")),
        ("PSEREBHMSGOV", ("PSE", "REB")),
        ("IRQMUS", ("IRQ", None)),
        ("UKRLEG", ("UKR", "GOV")),
        ("IGOUNO", ("UN", "IGO")),
        ("IGOUNOMIL", ("UN", "MIL")),
        ("IGOUNOIAE", ("IAEA", "IGO")),
        ("IGOEUREEC", ("EU", "IGO")),
        ("IGOWSTNAT", ("NATO", "IGO")),
        ("IGOXXXYYY", (None, "IGO")),
        ("IGO", (None, "IGO")),
        ("NGO", (None, "NGO")),
        ("---", (None, None)),
        ("---REB", (None, "REB")),
        ("IMGMUSISI", (None, "REB")),
        (None, (None, None)),
        ("", (None, None)),
        ("ZZZ", ("ZZZ", None)),
        ("HAMAS", ("HAMAS", None)),
    ],
)
def test_normalise_actor_code(code, expected):
    assert normalise_actor_code(code) == expected


def test_every_iso_alpha3_maps_to_itself():
    for country in pycountry.countries:
        assert normalise_actor_code(country.alpha_3) == (country.alpha_3, None)


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("AGREE", "AGREE"),
        ("DEMAND", "REQUEST"),
        ("DISAPPROVE", "ACCUSE"),
        ("INVESTIGATE", "ACCUSE"),
        ("FIGHT", "ASSAULT"),
        ("assault", "ASSAULT"),
        (None, None),
        ("", None),
        ("NEWTYPE", "NEWTYPE"),
    ],
)
def test_plover_type(label, expected):
    assert plover_type(label) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("U.N. Security Council", "UN"),
        ("the United Nations mission", "UN"),
        ("UN troops", "UN"),
        ("International Atomic Energy Agency inspectors", "IAEA"),
        ("European Community ministers", "EU"),
        ("NATO forces", "NATO"),
        ("Arab League envoy", "ARAB_LEAGUE"),
        ("Red Cross", None),
        ("a union of workers", None),  # "un" only as a whole word
        (None, None),
    ],
)
def test_igo_from_name(text, expected):
    assert igo_from_name(text) == expected


def test_resolve_actor_uses_text_only_for_generic_igo():
    assert resolve_actor("IGO", "United Nations peacekeepers", "MIL") == ("UN", "MIL")
    assert resolve_actor("IGO", "Red Cross") == (None, "IGO")
    assert resolve_actor("USA", "United Nations") == ("USA", None)
    assert resolve_actor("SRB", "Serbian rebels", "REBsrp") == ("SRB", "REB")


@pytest.mark.parametrize(
    ("sector", "expected"),
    [
        ("GOV", "GOV"),
        ("CVLalb", "CVL"),
        ("COP", "POL"),
        ("JRN", "MED"),
        ("MOS", None),
        (None, None),
    ],
)
def test_normalise_role(sector, expected):
    assert normalise_role(sector) == expected


def test_yaml_targets_are_format_codes():
    t = tables()
    assert set(t.igo_chunks.values()) <= t.known
    assert {code for _, code, _ in t.igo_names} <= t.known
    assert set(t.cameo_countries.values()) <= t.known
    assert {r for r in t.roles.values() if r} <= FORMAT_ROLES
    assert {r for r in t.generic.values() if r} <= FORMAT_ROLES
    assert set(t.plover_types.values()) == PLOVER_2021
    for code in t.cameo_countries:
        assert code not in t.known, f"{code} is already a kept code"


# ----------------------------------------------------------------------------- properties


ISO = sorted({c.alpha_3 for c in pycountry.countries})


@given(st.sampled_from(ISO), st.sampled_from(["GOV", "MIL", "REB", "OPP", "JUD", "CVL"]))
def test_composite_country_role(country, role):
    assert normalise_actor_code(country + role) == (country, role)
    assert normalise_actor_code(country + "MUS" + role) == (country, role)


@given(st.text(max_size=12))
def test_normalise_is_total_and_idempotent(code):
    norm, role = normalise_actor_code(code)
    assert role is None or role in FORMAT_ROLES
    assert normalise_actor_code(norm)[0] == norm


def test_plover_types_are_the_coder_types():
    from eventwire.knowledge.codebook import PLOVER_TYPES

    assert set(tables().plover_types.values()) <= set(PLOVER_TYPES)
