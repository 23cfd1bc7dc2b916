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
