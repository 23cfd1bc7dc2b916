"""Modality cues for the constructions the coder learned (tests/events/test_coder.py)."""

from __future__ import annotations

import pytest

from eventwire.events.coder import RawEvent, code_events
from eventwire.events.modality import decide_modality
from eventwire.records import Modality

pytestmark = pytest.mark.model


@pytest.fixture
def modality_of(nlp, patterns, make_mention):
    def run(text: str, actors: list[tuple], trigger: str) -> Modality:
        doc = nlp(text)
        mentions = [make_mention(doc, *a) for a in actors]
        actor_at = {i: m for m in mentions for i in range(m.start, m.end)}
        events = code_events(doc, mentions, patterns)
        by_trigger = {e.trigger: e for e in events}
        ev = next(e for e in events if doc[e.trigger].text == trigger)
        parent = by_trigger.get(ev.parent) if ev.parent is not None else None
        return decide_modality(doc, ev, parent, actor_at=actor_at).modality

    return run


@pytest.fixture
def modality_at(nlp, make_mention):
    """Modality of an act built by hand on ``trigger``: for acts the coder itself drops (what
    an appeal asks for), whose reading still matters where a rule lets one through."""

    def run(text: str, actors: list[tuple], trigger: str, source: str) -> Modality:
        doc = nlp(text)
        mentions = [make_mention(doc, *a) for a in actors]
        actor_at = {i: m for m in mentions for i in range(m.start, m.end)}
        trig = next(t.i for t in doc if t.text == trigger)
        doer = next(m for m in mentions if m.text == source)
        ev = RawEvent("080", trig, doer, None, trigger, "test")
        return decide_modality(doc, ev, None, actor_at=actor_at).modality

    return run


def test_readiness_makes_the_event_expected(modality_of):
    got = modality_of(
        "Egypt is ready to send troops to Sudan.", [("Egypt", "EGY"), ("Sudan", "SDN")], "send"
    )
    assert got is Modality.EXPECTED


def test_demanded_event_is_not_asserted(modality_at):
    got = modality_at(
        "The Kremlin demanded that Ukraine withdraw its forces from the border.",
        [("Kremlin", "RUS"), ("Ukraine", "UKR")],
        "withdraw",
        "Ukraine",
    )
    assert got is Modality.HYPOTHETICAL


def test_speaker_reporting_its_own_act_asserts_it(modality_of):
    got = modality_of(
        "Germany said on Monday that it had recognised Palestine.",
        [("Germany", "DEU"), ("Palestine", "PSE")],
        "recognised",
    )
    assert got is Modality.ASSERTED


def test_demand_itself_is_asserted(modality_of):
    got = modality_of(
        "The Kremlin demanded that Ukraine withdraw its forces from the border.",
        [("Kremlin", "RUS"), ("Ukraine", "UKR")],
        "demanded",
    )
    assert got is Modality.ASSERTED


def test_each_coordinated_speaker_asserts_its_own_act(modality_of):
    actors = [("Kenya", "KEN"), ("Uganda", "UGA"), ("Somalia", "SOM")]
    text = "Kenya and Uganda said they had recognised Somalia."
    assert modality_of(text, actors, "recognised") is Modality.ASSERTED


def test_sworn_act_is_expected(modality_of):
    got = modality_of(
        "The rebels have sworn to attack Kenya until the troops leave.",
        [("rebels", "SOM"), ("Kenya", "KEN")],
        "attack",
    )
    assert got is Modality.EXPECTED


def test_act_wanted_of_another_is_hypothetical(modality_of, modality_at):
    actors = [("Russia", "RUS"), ("Ukraine", "UKR")]
    text = "Russia wants Ukraine to withdraw its troops from the border."
    assert modality_at(text, actors, "withdraw", "Ukraine") is Modality.HYPOTHETICAL
    text = "Russia wants to withdraw its troops from Ukraine."
    assert modality_of(text, actors, "withdraw") is Modality.EXPECTED


def test_an_act_in_the_condition_of_a_reported_statement_is_hypothetical(modality_of, modality_at):
    text = "Hamas said it would free the hostages if Israel withdrew its troops from Gaza."
    actors = [("Hamas", "PSE", "group"), ("Israel", "ISR"), ("Gaza", "PSE")]
    # the coder drops such a condition (test_coder); were it coded, it would be hypothetical
    assert modality_at(text, actors, "withdrew", "Israel") is Modality.HYPOTHETICAL
    # a reported act outside any condition stays the speaker's claim
    text = "Hamas said Israel withdrew its troops from Gaza."
    assert modality_of(text, actors, "withdrew") is Modality.ALLEGED


@pytest.mark.model
def test_would_after_a_past_speech_verb_is_a_reported_future(nlp):
    from eventwire import extract

    ev = next(
        e
        for e in extract("The AU chairman said Chissano would travel to Chad next week.").events
        if e.trigger.text == "travel"
    )
    assert ev.modality.value == "expected" and ev.claimant is not None


@pytest.mark.model
def test_would_with_a_condition_stays_hypothetical(nlp):
    from eventwire import extract

    events = extract("Officials said the army would attack Goma if talks failed.").events
    attack = [e for e in events if e.trigger.text == "attack"]
    assert attack and all(e.modality.value == "hypothetical" for e in attack)


@pytest.mark.parametrize("word", ["hopes", "hoped", "hoping"])
def test_a_hope_of_ones_own_act_is_expected_whatever_the_lemmatiser_makes_of_it(modality_of, word):
    text = f"Germany {'is ' if word == 'hoping' else ''}{word} to sign a trade deal with Canada."
    got = modality_of(text, [("Germany", "DEU"), ("Canada", "CAN")], "sign")
    assert got is Modality.EXPECTED
