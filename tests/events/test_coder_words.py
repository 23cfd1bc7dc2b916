"""The coder's word lists live in ``knowledge/data/coder.yaml``; the loader checks their shape."""

from __future__ import annotations

import pytest

from eventwire.errors import KnowledgeError
from eventwire.events import coder
from eventwire.events.coder import _load_words


def test_packaged_lists_are_loaded():
    assert "announce" in coder.LIGHT_VERBS
    assert "thousands" in coder.GROUP_HEADS
    assert "say" in coder.OBLIGATION_SPEECH_VERBS
    assert "ton" in coder.QUANTITY_HEADS
    assert {"if", "unless"} <= coder.CONDITION_MARKS


def test_every_packaged_word_is_lowercase():
    for name in ("LIGHT_VERBS", "GROUP_HEADS", "STAND_IN_NOUNS", "ATTEMPT_VERBS"):
        assert all(w == w.lower() and " " not in w for w in getattr(coder, name)), name


@pytest.mark.parametrize(
    "text",
    ["- a\n- b\n", "light_verbs: announce\n", "light_verbs: [Announce]\n", "x: [a\n"],
)
def test_malformed_lists_are_rejected(text):
    with pytest.raises(KnowledgeError):
        _load_words(text, "test.yaml")


def test_well_formed_lists_load_as_sets():
    assert _load_words("a: [x, y]\nb: []\n") == {"a": frozenset({"x", "y"}), "b": frozenset()}
