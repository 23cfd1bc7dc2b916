"""Helpers for coder tests: actors are built by hand so that these tests pin down the coder's
syntax rules independently of the actor resolver."""

from __future__ import annotations

import pytest

from eventwire.extract.types import ActorMention
from eventwire.knowledge.patterns import load_patterns


def mention(
    doc, words: str, code: str | None, kind: str = "state", role: str | None = None
) -> ActorMention:
    """An actor mention over the first occurrence of ``words`` in ``doc``."""
    toks = words.split()
    for i in range(len(doc) - len(toks) + 1):
        if [t.text for t in doc[i : i + len(toks)]] == toks:
            span = doc[i : i + len(toks)]
            key = f"{kind}:{code or words.lower()}"
            return ActorMention(
                span.start,
                span.end,
                span.start_char,
                span.end_char,
                span.text,
                code,
                role,
                kind,
                words,
                key,
                "test",
                head=span.root.i,
            )
    raise AssertionError(f"{words!r} not in {doc.text!r}")


@pytest.fixture(scope="session")
def make_mention():
    return mention


@pytest.fixture(scope="session")
def patterns():
    return load_patterns()
