"""Refine a general CAMEO code by the event's topic ("defence ties" → 062, "supplied X with
weapons" → 072). Domains and refinements are data: ``knowledge/data/refinements.yaml``; a
domain that narrows another ("peacekeeping troops": peacekeeping, not just military) goes first."""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Any

import yaml
from spacy.tokens import Doc, Token

if TYPE_CHECKING:
    from eventwire.events.coder import RawEvent

TOPIC_PREPS = frozenset({"with", "for", "of", "on", "in"})
TOPIC_DEPS = frozenset({"dobj", "nsubjpass"})
# what a quantity measures: "tonnes of food", "euros in aid"
MEASURE_PREPS = frozenset({"of", "in"})
# where an attack's weapon hangs: the passive agent ("blown up by a missile") or "with"
INSTRUMENT_PREPS = frozenset({"by", "with"})


@lru_cache(maxsize=1)
def _raw_refinements() -> dict[str, Any]:
    return yaml.safe_load(
        resources.files("eventwire.knowledge").joinpath("data/refinements.yaml").read_text("utf-8")
    )


@lru_cache(maxsize=1)
def narrowing_domains() -> tuple[str, ...]:
    """Domains that narrow another one the topic also names (peacekeeping troops are
    military, but sending them is peacekeeping): named anywhere in the topic, they refine
    before the head noun's domain."""
    return tuple(str(d) for d in _raw_refinements().get("narrowing", []) or [])


@lru_cache(maxsize=1)
def load_refinements() -> tuple[dict[str, str], dict[str, dict[str, str]]]:
    """(word → domain, code → {domain → refined code})."""
    raw = _raw_refinements()
    word_domain: dict[str, str] = {}
    for domain, words in raw["domains"].items():
        for w in words:
            word_domain.setdefault(str(w).lower(), domain)
    refine = {
        str(code): {str(k): str(v) for k, v in (m or {}).items()}
        for code, m in raw["refine"].items()
    }
    return word_domain, refine


@lru_cache(maxsize=1)
def load_instruments() -> tuple[dict[str, str], dict[str, dict[str, str]]]:
    """(weapon word → kind of force, code → {kind → refined code}); empty when not given."""
    raw = _raw_refinements()
    word_kind = {
        str(w).lower(): str(kind)
        for kind, words in (raw.get("instruments") or {}).items()
        for w in words
    }
    by_kind = {
        str(code): {str(k): str(v) for k, v in (m or {}).items()}
        for code, m in (raw.get("by_instrument") or {}).items()
    }
    return word_kind, by_kind


def instrument_kind(trigger: Token) -> str | None:
    """The kind of weapon an act is done with: the head noun of the object of "by" (the
    passive agent) or "with" on the trigger ("blown up by a missile")."""
    word_kind, _ = load_instruments()
    for child in trigger.children:
        if child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ in INSTRUMENT_PREPS):
            for noun in child.children:
                if noun.dep_ != "pobj":
                    continue
                kind = word_kind.get(noun.lemma_.lower()) or word_kind.get(noun.lower_)
                if kind:
                    return kind
    return None


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
        for m in (*_measured_nouns(n), n):
            out.append(m)
            out.extend(c for c in m.children if c.dep_ in ("amod", "compound"))
        out.extend(c for c in n.conjuncts)
    return out


def _measured_nouns(noun: Token) -> list[Token]:
    """What a quantity or a sum is of: "20 tonnes of food aid", "5 million euros in humanitarian
    aid" are about food and humanitarian aid; listed before the quantity, which says less."""
    from eventwire.events.coder import QUANTITY_HEADS  # the coder imports this module

    if noun.lemma_.lower() not in QUANTITY_HEADS and noun.lower_ not in QUANTITY_HEADS:
        return []
    return [
        g
        for p in noun.children
        if p.dep_ == "prep" and p.lower_ in MEASURE_PREPS
        for g in p.children
        if g.dep_ == "pobj"
    ]


def subject_nouns(trigger: Token) -> list[Token]:
    """The trigger's subject nouns with their modifiers ("peacekeeping troops")."""
    out: list[Token] = []
    for n in (c for c in trigger.children if c.dep_ == "nsubj"):
        out.append(n)
        out.extend(c for c in n.children if c.dep_ in ("amod", "compound"))
    return out


def subject_domains(trigger: Token) -> list[str]:
    """The domains of who acts: the subject's head noun ("Israeli troops": military), and a
    narrowing domain its modifiers name ("peacekeeping troops"). Other modifiers do not make
    the subject one of their domain: "the defence ministry" is no military unit."""
    word_domain, _ = load_refinements()
    narrowing = set(narrowing_domains())
    heads = {n.i for n in trigger.children if n.dep_ == "nsubj"}
    out: list[str] = []
    for t in subject_nouns(trigger):
        d = word_domain.get(t.lemma_.lower()) or word_domain.get(t.lower_)
        if d and d not in out and (t.i in heads or d in narrowing):
            out.append(d)
    return out


@lru_cache(maxsize=1)
def load_subject_refinements() -> dict[str, dict[str, str]]:
    """code → {domain of the subject → refined code}; empty when not given."""
    raw = _raw_refinements().get("by_subject") or {}
    return {str(c): {str(k): str(v) for k, v in (m or {}).items()} for c, m in raw.items()}


def topic_domains(trigger: Token, nouns: list[Token] | None = None) -> list[str]:
    """Every domain the topic names, head nouns first: a code refines by the first one it has
    a refinement for ("withdrew peacekeeping troops": military, then peacekeeping)."""
    word_domain, _ = load_refinements()
    out: list[str] = []
    for t in topic_nouns(trigger) if nouns is None else nouns:
        d = word_domain.get(t.lemma_.lower()) or word_domain.get(t.lower_)
        if d and d not in out:
            out.append(d)
    return out


def topic_domain(trigger: Token) -> str | None:
    """The first domain the topic names, or None."""
    domains = topic_domains(trigger)
    return domains[0] if domains else None


def refine_event(doc: Doc, ev: RawEvent) -> RawEvent:
    """The event with its code refined by its weapon or its topic, or unchanged."""
    _, by_kind = load_instruments()
    if ev.code in by_kind:
        kind = instrument_kind(doc[ev.trigger])
        if kind in by_kind[ev.code]:
            code = by_kind[ev.code][kind]
            return replace(ev, code=code, rules=(*ev.rules, f"refined:weapon:{kind}"))
    by_subject = load_subject_refinements().get(ev.code)
    if by_subject and _moves_itself(doc[ev.trigger]):
        trigger = doc[ev.trigger]
        for domain in _narrowing_first(subject_domains(trigger)):
            if domain in by_subject:
                code = by_subject[domain]
                return replace(ev, code=code, rules=(*ev.rules, f"refined:subject:{domain}"))
    _, refine = load_refinements()
    options = refine.get(ev.code)
    if not options:
        return ev
    domains = topic_domains(doc[ev.trigger])
    for domain in _narrowing_first(domains):
        if domain in options:
            return replace(ev, code=options[domain], rules=(*ev.rules, f"refined:{domain}"))
    return ev


def _moves_itself(trigger: Token) -> bool:
    """The act has no direct object, so it is the subject that goes somewhere ("troops
    withdrew from the town"), not the subject moving someone else ("the army forced out the
    villagers"): only then does who acts say what kind of act it is."""
    return not any(c.dep_ in ("dobj", "dative") for c in trigger.children)


def _narrowing_first(domains: list[str]) -> list[str]:
    """The domains with the narrowing ones first (see ``narrowing_domains``)."""
    narrowing = [d for d in narrowing_domains() if d in domains]
    return narrowing + [d for d in domains if d not in narrowing]
