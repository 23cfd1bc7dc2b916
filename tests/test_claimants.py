"""Claimants: statements in quotations and reported speech are the speaker's claims (model)."""

from __future__ import annotations

import pytest

import eventwire
from eventwire.records import Modality

pytestmark = pytest.mark.model


def _events(text: str) -> list:
    return list(eventwire.extract(text, published="2025-02-10").events)


def _find(events, source: str, target: str, root: str):
    for e in events:
        if (e.source and e.source.code, e.target and e.target.code, e.root) == (
            source,
            target,
            root,
        ):
            return e
    raise AssertionError(
        f"no {source}->{target} {root} in {[(e.source, e.target, e.cameo) for e in events]}"
    )


def test_event_inside_a_direct_quote_is_claimed_by_the_speaker() -> None:
    evs = _events(
        '"Russian troops shelled Kharkiv overnight," Ukrainian Foreign Minister '
        "Andriy Sybiha said on Monday."
    )
    ev = _find(evs, "RUS", "UKR", "19")
    assert ev.modality is Modality.ALLEGED
    assert ev.claimant is not None and ev.claimant.code == "UKR"


def test_event_in_reported_speech_is_claimed_by_the_reporting_subject() -> None:
    evs = _events("Iranian officials said Israeli jets bombed a military site near Isfahan.")
    ev = _find(evs, "ISR", "IRN", "19")
    assert ev.modality is Modality.ALLEGED
    assert ev.claimant is not None and ev.claimant.code == "IRN"


def test_the_speakers_own_act_in_a_quote_stays_asserted() -> None:
    evs = _events('"We condemn the attack on Kyiv," French President Emmanuel Macron said.')
    for e in evs:
        if e.source and e.source.code == "FRA":
            assert e.claimant is None or e.claimant.code == "FRA"


def test_accusation_and_denial() -> None:
    evs = _events(
        "Seoul accused Pyongyang of sending troops to Russia, a charge denied by North Korea."
    )
    accuse = _find(evs, "KOR", "PRK", "11")
    assert accuse.modality is Modality.ASSERTED
    deny = _find(evs, "PRK", "KOR", "01")
    assert deny.cameo == "016" and deny.modality is Modality.ASSERTED


def test_a_clause_before_a_denial_is_not_its_content() -> None:
    evs = _events("Philippines accuses China of ramming supply boat; Beijing denies")
    accuse = _find(evs, "PHL", "CHN", "11")
    assert accuse.modality is Modality.ASSERTED


def test_events_need_a_coded_actor_and_two_sides() -> None:
    from eventwire.events.assemble import _has_coded_actor
    from eventwire.records import ActorRef, Event, Trigger

    def ev(src, tgt):
        def ref(x):
            return ActorRef("a", x[0], x[1], "n", "t", (0, 1)) if x else None

        return Event(
            id="e",
            source=ref(src),
            target=ref(tgt),
            cameo="042",
            root="04",
            label="",
            plover=None,
            plover_mode=None,
            goldstein=None,
            quad_class=None,
            modality=Modality.ASSERTED,
            claimant=None,
            date=None,
            date_precision=None,
            date_text=None,
            location=None,
            sentence=0,
            trigger=Trigger("x", (0, 1)),
            evidence="",
        )

    assert not _has_coded_actor(ev((None, None), (None, "CVL")))
    assert _has_coded_actor(ev(("KOR", "GOV"), ("KOR", "REB")))
    assert _has_coded_actor(ev(("KOR", "GOV"), None))
    assert _has_coded_actor(ev((None, None), ("PRK", "MIL")))


def test_an_event_noun_after_following_is_background() -> None:
    evs = _events("Sanctions on Moscow were tightened following Russia's invasion of Georgia.")
    ev = _find(evs, "RUS", "GEO", "19")
    assert ev.modality is Modality.BACKGROUND


def test_co_subjects_of_a_pledge_of_aid_are_not_each_others_targets() -> None:
    evs = _events("The European Union and Australia have pledged emergency assistance.")
    assert not [
        e for e in evs if e.source and e.target and {e.source.code, e.target.code} == {"EU", "AUS"}
    ]
