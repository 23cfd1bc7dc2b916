"""Refine a general CAMEO code by the event's topic ("defence ties" → 062, "supplied X with
weapons" → 072), its weapon ("launched an air strike" → 195), who does it ("protesters torched"
→ 145) or how ("test-fired" → 150). Domains and refinements are data:
``knowledge/data/refinements.yaml``; a domain that narrows another ("peacekeeping troops":
peacekeeping, not just military) goes first."""

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


@lru_cache(maxsize=1)
def act_nouns() -> frozenset[str]:
    """Nouns that name the act itself as the object of a light verb ("launched a strike",
    "held a conversation")."""
    return frozenset(str(w).lower() for w in _raw_refinements().get("act_nouns", []) or [])


def modifier_kind(trigger: Token) -> str | None:
    """The kind of weapon (or means) the act's own noun names in its modifiers: "launched an
    air strike", "carried out drone strikes", "an artillery attack on", "held a phone
    conversation": the noun is the trigger itself or the object of the light verb."""
    word_kind, _ = load_instruments()
    nouns = [trigger] if trigger.pos_ == "NOUN" else []
    # only the object that names the act ("launched an air strike"), not its target
    # ("attacked an air base", "struck a drone factory")
    nouns.extend(
        c for c in trigger.children if c.dep_ == "dobj" and c.lemma_.lower() in act_nouns()
    )
    for noun in (n for head in nouns for n in (head, *head.conjuncts)):
        for mod in noun.children:
            if mod.dep_ in ("compound", "amod", "nmod"):
                kind = word_kind.get(mod.lemma_.lower()) or word_kind.get(mod.lower_)
                if kind:
                    return kind
    return None


def subject_kind(trigger: Token) -> str | None:
    """The kind of weapon the subject is ("Israeli warplanes struck the town", "drones
    attacked the base"): who acts is then the weapon of its owner."""
    if trigger.pos_ != "VERB":
        return None
    word_kind, _ = load_instruments()
    for subj in (c for c in trigger.children if c.dep_ == "nsubj"):
        kind = word_kind.get(subj.lemma_.lower()) or word_kind.get(subj.lower_)
        if kind:
            return kind
    return None


def weapon_kind(trigger: Token) -> tuple[str, str] | None:
    """(kind of weapon, where it was read): the instrument phrase first, then the attack
    noun's modifiers, then the subject."""
    for where, find in (
        ("weapon", instrument_kind),
        ("weapon-noun", modifier_kind),
        ("weapon-subject", subject_kind),
    ):
        kind = find(trigger)
        if kind:
            return kind, where
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


@lru_cache(maxsize=1)
def quantity_heads() -> frozenset[str]:
    """Nouns that only count or group the doers ("hundreds of troops", "a group of
    protesters"): the noun after their "of" says who acts."""
    return frozenset(str(w).lower() for w in _raw_refinements().get("quantity_heads") or [])


def _real_head(noun: Token) -> Token:
    """ "Hundreds of UN troops" -> troops; any other noun is its own head."""
    counting = quantity_heads()
    if noun.lemma_.lower() not in counting and noun.lower_ not in counting:
        return noun
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for obj in prep.children:
                if obj.dep_ == "pobj" and obj.pos_ in ("NOUN", "PROPN"):
                    return obj
    return noun


def subject_heads(trigger: Token) -> list[Token]:
    """The trigger's subject head nouns, through a counting noun ("dozens of soldiers")."""
    return [_real_head(c) for c in trigger.children if c.dep_ == "nsubj"]


def subject_nouns(trigger: Token) -> list[Token]:
    """The trigger's subject nouns with their modifiers ("peacekeeping troops")."""
    out: list[Token] = []
    for n in subject_heads(trigger):
        out.append(n)
        out.extend(c for c in n.children if c.dep_ in ("amod", "compound"))
    return out


def subject_domains(trigger: Token) -> list[str]:
    """The domains of who acts: the subject's head noun ("Israeli troops": military), and a
    narrowing domain its modifiers name ("peacekeeping troops"). Other modifiers do not make
    the subject one of their domain: "the defence ministry" is no military unit."""
    word_domain, _ = load_refinements()
    narrowing = set(narrowing_domains())
    heads = {n.i for n in subject_heads(trigger)}
    out: list[str] = []
    for t in subject_nouns(trigger):
        d = word_domain.get(t.lemma_.lower()) or word_domain.get(t.lower_)
        if d and d not in out and (t.i in heads or d in narrowing):
            out.append(d)
    return out


def doer_domains(trigger: Token) -> list[str]:
    """The domains of who does the act, read from the head noun only: the subject, or the
    agent of a passive ("the building was torched by protesters")."""
    word_domain, _ = load_refinements()
    heads = subject_heads(trigger)
    heads.extend(
        _real_head(g)
        for c in trigger.children
        if c.dep_ == "agent"
        for g in c.children
        if g.dep_ == "pobj"
    )
    out: list[str] = []
    for t in heads:
        d = word_domain.get(t.lemma_.lower()) or word_domain.get(t.lower_)
        if d and d not in out:
            out.append(d)
    return out


@lru_cache(maxsize=1)
def load_doer_refinements() -> dict[str, dict[str, str]]:
    """code → {domain of the doer → refined code}; empty when not given."""
    raw = _raw_refinements().get("by_doer") or {}
    return {str(c): {str(k): str(v) for k, v in (m or {}).items()} for c, m in raw.items()}


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


@lru_cache(maxsize=1)
def load_threat_warnings() -> tuple[frozenset[str], frozenset[str], dict[str, str]]:
    """(warning verbs, words of a reprisal, code → threat code); empty when not given."""
    raw = _raw_refinements().get("threat_warnings") or {}
    verbs = frozenset(str(w).lower() for w in raw.get("verbs", []) or [])
    words = frozenset(str(w).lower() for w in raw.get("reprisals", []) or [])
    codes = {str(k): str(v) for k, v in (raw.get("codes") or {}).items()}
    return verbs, words, codes


def warns_of_reprisal(trigger: Token) -> bool:
    """A warning verb whose "of" or "about" phrase names a reprisal of the speaker's own
    ("warned of serious consequences", "warned of countermeasures"), not the consequences of
    something else ("warned of the consequences of the drought")."""
    verbs, words, _ = load_threat_warnings()
    if trigger.lemma_.lower() not in verbs:
        return False
    for prep in trigger.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("of", "about"):
            continue
        for noun in (g for g in prep.children if g.dep_ == "pobj"):
            if noun.lemma_.lower() in words and not any(
                c.dep_ == "prep" and c.lower_ == "of" for c in noun.children
            ):
                return True
    return False


@lru_cache(maxsize=1)
def load_role_refinements() -> dict[str, dict[str, str]]:
    """code → {role of the source → refined code}; empty when not given."""
    raw = _raw_refinements().get("by_source_role") or {}
    return {str(c): {str(k): str(v) for k, v in (m or {}).items()} for c, m in raw.items()}


@lru_cache(maxsize=1)
def load_manner_refinements() -> dict[str, dict[str, str]]:
    """code → {manner word on the trigger → refined code}; empty when not given."""
    raw = _raw_refinements().get("by_manner") or {}
    return {str(c): {str(k): str(v) for k, v in (m or {}).items()} for c, m in raw.items()}


def manner_words(trigger: Token) -> list[str]:
    """The lemmas of the words that say how the act was done ("test-fired": test)."""
    return [
        c.lemma_.lower()
        for c in trigger.children
        if c.dep_ in ("npadvmod", "advmod", "compound", "amod")
    ]


def _refine_by_actor_or_manner(doc: Doc, ev: RawEvent) -> RawEvent | None:
    """The event refined by its source's role or by the manner of its act, or None."""
    by_role = load_role_refinements().get(ev.code)
    if by_role and ev.source is not None and ev.source.role in by_role:
        role = ev.source.role
        return replace(ev, code=by_role[role], rules=(*ev.rules, f"refined:role:{role}"))
    by_manner = load_manner_refinements().get(ev.code)
    if by_manner:
        for word in manner_words(doc[ev.trigger]):
            if word in by_manner:
                code = by_manner[word]
                return replace(ev, code=code, rules=(*ev.rules, f"refined:manner:{word}"))
    return None


def refine_event(doc: Doc, ev: RawEvent) -> RawEvent:
    """The event with its code refined, or unchanged. The first that applies wins: the role of
    its source or the manner of its act, a warning of reprisals, its weapon, who does it, who
    goes somewhere, and last what it is about (its topic)."""
    refined = _refine_by_actor_or_manner(doc, ev)
    if refined is not None:
        return refined
    _, _, threat_codes = load_threat_warnings()
    if ev.code in threat_codes and warns_of_reprisal(doc[ev.trigger]):
        return replace(ev, code=threat_codes[ev.code], rules=(*ev.rules, "refined:threat"))
    _, by_kind = load_instruments()
    if ev.code in by_kind:
        found = weapon_kind(doc[ev.trigger])
        if found and found[0] in by_kind[ev.code]:
            kind, where = found
            code = by_kind[ev.code][kind]
            return replace(ev, code=code, rules=(*ev.rules, f"refined:{where}:{kind}"))
    by_doer = load_doer_refinements().get(ev.code)
    if by_doer:
        for domain in doer_domains(doc[ev.trigger]):
            if domain in by_doer:
                code = by_doer[domain]
                return replace(ev, code=code, rules=(*ev.rules, f"refined:doer:{domain}"))
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
    nouns = [t for t in topic_nouns(doc[ev.trigger]) if not _names_a_party(t, ev)]
    domains = topic_domains(doc[ev.trigger], nouns)
    for domain in _narrowing_first(domains):
        if domain in options:
            return replace(ev, code=options[domain], rules=(*ev.rules, f"refined:{domain}"))
    return ev


def _names_a_party(tok: Token, ev: RawEvent) -> bool:
    """The word is part of the event's source or target: who is called on ("called on the
    army to open corridors") is no topic of the call."""
    spans = [range(m.start, m.end) for m in (ev.source, ev.target) if m is not None]
    # a party coordinated with one of them ("the army and the RSF") is a party too
    return any(t.i in span for t in (tok, *tok.conjuncts) for span in spans)


def _moves_itself(trigger: Token) -> bool:
    """The act has no direct object, so it is the subject that goes somewhere ("troops
    withdrew from the town"), not the subject moving someone else ("the army forced out the
    villagers"): only then does who acts say what kind of act it is."""
    return not any(c.dep_ in ("dobj", "dative") for c in trigger.children)


def _narrowing_first(domains: list[str]) -> list[str]:
    """The domains with the narrowing ones first (see ``narrowing_domains``)."""
    narrowing = [d for d in narrowing_domains() if d in domains]
    return narrowing + [d for d in domains if d not in narrowing]
