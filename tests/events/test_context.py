"""The location-as-target convention and home places (events/context.py)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from eventwire.events.coder import RawEvent
from eventwire.events.context import (
    LOCATION_RULE,
    home_place_as_place,
    is_self_interaction,
    target_from_location,
)
from eventwire.extract.places import ON_OBJECT, ON_PHRASE, ON_TRIGGER
from eventwire.extract.types import ActorMention, PlaceMention


def _actor(code: str | None, role: str | None = None, rule: str = "state-name", start=0):
    return ActorMention(
        start=start,
        end=start + 1,
        char_start=start * 5,
        char_end=start * 5 + 4,
        text=code or "someone",
        code=code,
        role=role,
        kind="state",
        name=code or "someone",
        key=f"state:{code}",
        rule=rule,
    )


def _place(country: str | None, start: int = 6) -> PlaceMention:
    return PlaceMention(
        start=start,
        end=start + 1,
        char_start=start * 5,
        char_end=start * 5 + 5,
        text="Tokyo",
        name="Tokyo",
        country=country,
        lat=35.7,
        lon=139.7,
    )


def _event(code: str, source=None, target=None) -> RawEvent:
    return RawEvent(code=code, trigger=2, source=source, target=target, pattern="p", path="")


def test_material_act_gets_the_place_country_as_target():
    ev = target_from_location(_event("061", _actor("UN", "IGO")), (_place("JPN"), ON_TRIGGER), {})
    assert ev.target is not None and ev.target.code == "JPN"
    assert ev.target.role is None and LOCATION_RULE in ev.rules


def test_the_resolver_mention_of_the_place_is_reused_without_its_role():
    resolved = _actor("JPN", "GOV", rule="metonym-place", start=6)
    ev = target_from_location(
        _event("173", _actor("USA", "GOV")), (_place("JPN"), ON_TRIGGER), {6: resolved}
    )
    assert ev.target is not None and ev.target.key == resolved.key and ev.target.role is None


@pytest.mark.parametrize("code", ["010", "020", "100", "111", "120", "130"])
def test_verbal_acts_take_no_target_from_any_place(code):
    for attachment in (ON_TRIGGER, ON_OBJECT, ON_PHRASE):
        ev = target_from_location(
            _event(code, _actor("FRA", "GOV")), (_place("JPN"), attachment), {}
        )
        assert ev.target is None


def test_sympathy_goes_to_the_place_of_what_it_is_for_not_where_it_is_said():
    src = _actor("FRA", "GOV")
    # "expressed sorrow for the floods in Pakistan": the place is in the phrase of its object
    about = target_from_location(_event("018", src), (_place("PAK"), ON_PHRASE), {})
    assert about.target is not None and about.target.code == "PAK"
    assert LOCATION_RULE in about.rules
    # "expressed sympathy in Paris", whether the parser hangs the place on the verb or the noun
    for attachment in (ON_TRIGGER, ON_OBJECT):
        venue = target_from_location(_event("018", src), (_place("PAK"), attachment), {})
        assert venue.target is None
    # other statements stay without a place target (see test_verbal_acts_take_no_target...)
    other = target_from_location(_event("013", src), (_place("PAK"), ON_PHRASE), {})
    assert other.target is None


@pytest.mark.parametrize("code", ["030", "057"])
def test_promises_take_the_place_of_the_promised_act_not_their_venue(code):
    src = _actor("FRA", "GOV")
    assert target_from_location(_event(code, src), (_place("JPN"), ON_TRIGGER), {}).target is None
    about = target_from_location(_event(code, src), (_place("JPN"), ON_PHRASE), {})
    assert about.target is not None and about.target.code == "JPN"


def test_nothing_is_filled_without_place_source_code_or_when_a_target_exists():
    src = _actor("FRA", "GOV")
    assert target_from_location(_event("061", src), None, {}).target is None
    assert target_from_location(_event("061", src), (_place(None), ON_TRIGGER), {}).target is None
    assert (
        target_from_location(_event("061", _actor(None)), (_place("JPN"), ON_TRIGGER), {}).target
        is None
    )
    other = _actor("DEU", "GOV", start=4)
    assert (
        target_from_location(_event("061", src, other), (_place("JPN"), ON_TRIGGER), {}).target
        is other
    )


def test_a_home_place_target_loses_the_government_role():
    src = _actor("SDN", "GOV")
    tgt = _actor("SDN", "GOV", rule="metonym-place", start=6)
    ev = home_place_as_place(_event("1724", src, tgt))
    assert ev.target is not None and ev.target.code == "SDN" and ev.target.role is None
    assert "home-place-target" in ev.rules


def test_a_named_government_target_is_left_alone():
    src = _actor("SDN", "OPP")
    tgt = _actor("SDN", "GOV", rule="demonym+role", start=6)
    assert home_place_as_place(_event("140", src, tgt)).target is tgt
    foreign = _actor("EGY", "GOV", rule="metonym-place", start=6)
    assert home_place_as_place(_event("042", src, foreign)).target is foreign


def test_an_actor_acting_on_itself_is_no_interaction():
    gov = _actor("KOR", "GOV")
    capital = _actor("KOR", "GOV", rule="metonym", start=6)
    assert is_self_interaction(_event("051", gov, capital))
    assert not is_self_interaction(_event("173", gov, _actor("KOR", "REB", start=6)))
    assert not is_self_interaction(_event("173", gov, None))


def test_a_group_acting_in_a_home_place_is_a_domestic_event():
    kurds = ActorMention(
        0,
        2,
        0,
        11,
        "Iraqi Kurds",
        "IRQ",
        None,
        "group",
        "Iraqi Kurds",
        "group:iraqi kurds",
        "demonym+people",
    )
    kirkuk = _actor("IRQ", None, rule="place-country", start=6)
    assert not is_self_interaction(_event("141", kurds, kirkuk))
    assert is_self_interaction(_event("141", _actor("IRQ"), kirkuk))


def _extract(nlp, text):
    from eventwire import extract

    return extract(text).events


def _dyads(events):
    return {(e.source and e.source.code, e.target and e.target.code, e.cameo[:2]) for e in events}


@pytest.mark.model
def test_a_material_act_abroad_gets_the_country_where_it_happened(nlp):
    events = _extract(nlp, "Red Cross officials suspended aid deliveries in Mosul on Tuesday.")
    ev = next(e for e in events if e.root == "16")
    assert ev.target is not None and ev.target.code == "IRQ" and ev.target.role is None
    assert LOCATION_RULE in ev.explanation.rules


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a threat is not aimed at the place it is about
        ("Iran threatened a harsh response after drone flights over Tehran.", "IRN"),
        # the venue of a statement is no target
        ("French President Emmanuel Macron spoke at a news conference in Tokyo.", "JPN"),
    ],
)
def test_a_verbal_act_is_not_aimed_at_a_place_it_names(nlp, text, place):
    events = _extract(nlp, text)
    assert all(e.target is None or e.target.code != place for e in events)


@pytest.mark.model
def test_an_accord_is_not_aimed_at_the_city_where_it_was_signed(nlp):
    events = _extract(nlp, "The accord was signed in Accra by Ghana's energy minister.")
    assert all(e.target is None for e in events if e.trigger.text == "signed")


@pytest.mark.model
def test_a_government_acting_in_its_capital_acts_on_the_country(nlp):
    events = _extract(nlp, "The Kenyan government imposed a curfew in Mombasa on Monday.")
    assert any(
        e.source
        and e.source.code == "KEN"
        and e.target
        and e.target.code == "KEN"
        and e.target.role is None
        for e in events
    )


@pytest.mark.model
def test_a_group_demonstrating_in_a_home_city_is_kept(nlp):
    events = _extract(nlp, "Thousands of Iraqi Kurds demonstrated in the city of Erbil on Sunday.")
    assert ("IRQ", "IRQ", "14") in _dyads(events)


def test_the_venue_of_a_gathering_is_no_target_but_for_meetings():
    src = _actor("FRA", "GOV")
    located = (_place("BEL"), ON_PHRASE)
    assert target_from_location(_event("030", src), located, {}, gathering=True).target is None
    met = target_from_location(_event("040", src), located, {}, gathering=True)
    assert met.target is not None and met.target.code == "BEL"


@pytest.mark.model
def test_agreeing_at_a_meeting_abroad_does_not_target_the_host(nlp):
    events = _extract(nlp, "The sanctions were agreed by EU ministers at a meeting in Brussels.")
    assert all(e.target is None or e.target.code != "BEL" for e in events)


@pytest.mark.model
def test_a_state_found_as_its_own_target_keeps_the_event_without_target(nlp):
    events = _extract(nlp, "The French president praised France for its resilience.")
    praised = [e for e in events if e.trigger.text == "praised"]
    assert praised and all(e.target is None for e in praised)
    assert "self-target-dropped" in praised[0].explanation.rules


def _named(code: str, role: str, key: str, kind: str = "person") -> ActorMention:
    return replace(_actor(code, role), key=key, kind=kind, rule="officeholder")


def test_another_named_actor_of_the_same_state_and_role_is_a_real_target():
    ev = _event("142", _named("KEN", "GOV", "person:a"), _named("KEN", "GOV", "person:b"))
    assert not is_self_interaction(ev)


def test_the_same_actor_or_its_own_state_is_no_target():
    member = _named("KEN", "GOV", "person:a")
    assert is_self_interaction(_event("142", member, member))
    assert is_self_interaction(_event("051", member, _actor("KEN", "GOV")))


@pytest.mark.model
def test_a_legislator_protesting_the_president_keeps_him_as_target(nlp):
    events = _extract(
        nlp,
        "A member of the Kenyan parliament began a hunger strike on Friday to protest "
        "President Daniel arap Moi's refusal to hold talks.",
    )
    strike = [e for e in events if e.trigger.text == "began"]
    assert strike and strike[0].target is not None and strike[0].target.code == "KEN"


@pytest.mark.model
def test_a_denial_in_the_next_sentence_answers_the_accuser(nlp):
    events = _extract(
        nlp,
        "South Korea accused North Korea of flying drones over Seoul on Monday. "
        "Pyongyang denied the charge on Tuesday.",
    )
    denial = next(e for e in events if e.cameo == "016")
    assert denial.source.code == "PRK" and denial.target is not None
    assert denial.target.code == "KOR" and "answers-earlier-112" in denial.explanation.rules


@pytest.mark.model
def test_a_rejection_answers_the_demand_made_of_its_source(nlp):
    events = _extract(
        nlp, "The United States demanded that Iran release the sailors. Iran rejected the demand."
    )
    assert ("IRN", "USA", "12") in _dyads(events)


@pytest.mark.model
def test_a_denial_does_not_answer_a_charge_against_someone_else(nlp):
    events = _extract(
        nlp,
        "Germany accused Belarus of organising the crossings. Poland denied any wrongdoing.",
    )
    assert all(e.target is None for e in events if e.cameo == "016")
