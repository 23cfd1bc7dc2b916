"""Refine a general CAMEO code by the event's topic ("defence ties" → 062, "supplied X with
weapons" → 072). Domains and refinements are data: ``knowledge/data/refinements.yaml``."""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

import yaml
from spacy.tokens import Doc, Token

if TYPE_CHECKING:
    from eventwire.events.coder import RawEvent

TOPIC_PREPS = frozenset({"with", "for", "of", "on", "in"})
TOPIC_DEPS = frozenset({"dobj", "nsubjpass"})


@lru_cache(maxsize=1)
def load_refinements() -> tuple[dict[str, str], dict[str, dict[str, str]]]:
    """(word → domain, code → {domain → refined code})."""
    raw = yaml.safe_load(
        resources.files("eventwire.knowledge").joinpath("data/refinements.yaml").read_text("utf-8")
    )
    word_domain: dict[str, str] = {}
    for domain, words in raw["domains"].items():
        for w in words:
            word_domain.setdefault(str(w).lower(), domain)
    refine = {
        str(code): {str(k): str(v) for k, v in (m or {}).items()}
        for code, m in raw["refine"].items()
    }
    return word_domain, refine


def topic_nouns(trigger: Token) -> list[Token]:
    """The nouns that say what an event is about, with their modifiers."""
    nouns: list[Token] = []
    for child in trigger.children:
        if child.dep_ in TOPIC_DEPS:
            nouns.append(child)
        elif child.dep_ == "prep" and child.lower_ in TOPIC_PREPS:
            nouns.extend(g for g in child.children if g.dep_ == "pobj")
    if trigger.pos_ == "NOUN":
        nouns.append(trigger)
    out: list[Token] = []
    for n in nouns:
        out.append(n)
        out.extend(c for c in n.children if c.dep_ in ("amod", "compound"))
        out.extend(c for c in n.conjuncts)
    return out


def topic_domains(trigger: Token) -> list[str]:
    """Every domain the topic names, head nouns first: a code refines by the first one it has
    a refinement for ("withdrew peacekeeping troops": military, then peacekeeping)."""
    word_domain, _ = load_refinements()
    out: list[str] = []
    for t in topic_nouns(trigger):
        d = word_domain.get(t.lemma_.lower()) or word_domain.get(t.lower_)
        if d and d not in out:
            out.append(d)
    return out


def topic_domain(trigger: Token) -> str | None:
    """The first domain the topic names, or None."""
    domains = topic_domains(trigger)
    return domains[0] if domains else None


def refine_event(doc: Doc, ev: RawEvent) -> RawEvent:
    """The event with its code refined by topic, or unchanged."""
    _, refine = load_refinements()
    options = refine.get(ev.code)
    if not options:
        return ev
    for domain in topic_domains(doc[ev.trigger]):
        if domain in options:
            return replace(ev, code=options[domain], rules=(*ev.rules, f"refined:{domain}"))
    return ev
