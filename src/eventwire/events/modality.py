"""Modality and claimant of each event: is it stated as fact, and if not, who says so?

Cues come from ``knowledge/data/modality.yaml``. The rules, in order of precedence:

1. negated   — ``not``/``never`` on the trigger or its verb chain; ``refused/failed to``.
2. denied    — the event is the complement or object of a denial (``denied supplying arms``).
3. alleged   — the event is embedded in an accusation (``accused X of supplying``): claimant is
               the accuser; or it is the complement of a claim/report verb whose subject is
               not the event's own source (``officials said X attacked``): claimant is that
               subject.
4. hypothetical — could/may/might/would, ``if``/``unless`` clauses, ``potential``/``possible``
               on a nominal event, ``suggest``-type governors, another's act that someone
               wants (``wants Putin to attack``).
5. expected  — will/shall, ``is expected/set/due/poised/planned to``, plan nouns
               (``the agenda includes talks``), ``planned``/``upcoming`` on a nominal event.
6. alleged   — ``reportedly``/``allegedly`` adverbs (claimant unnamed → None).
7. background — a state rather than an occurrence (``is under sanctions``), a date attached to
               the event well before publication, ``since YEAR``, ``longstanding`` on a nominal.
8. asserted  — otherwise.

The returned cue string says which rule fired (shown by ``eventwire explain``).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml
from spacy.tokens import Doc, Token

from eventwire.events.coder import RawEvent, lemma_in
from eventwire.extract.types import ActorMention
from eventwire.records import Modality


@dataclass(frozen=True, slots=True)
class Cues:
    future_aux: frozenset[str]
    hypothetical_aux: frozenset[str]
    expect_verbs: frozenset[str]
    hypothetical_verbs: frozenset[str]
    negating_verbs: frozenset[str]
    allege_verbs: frozenset[str]
    deny_verbs: frozenset[str]
    report_verbs: frozenset[str]
    alleged_adverbs: frozenset[str]
    hypothetical_adverbs: frozenset[str]
    negation_words: frozenset[str]
    expected_adjectives: frozenset[str]
    hypothetical_adjectives: frozenset[str]
    background_adjectives: frozenset[str]
    conditional_marks: frozenset[str]
    anterior_preps: frozenset[str]
    wish_verbs: frozenset[str]


@lru_cache(maxsize=1)
def load_cues() -> Cues:
    """Read the modality cue lists once per process."""
    raw = yaml.safe_load(
        resources.files("eventwire.knowledge").joinpath("data/modality.yaml").read_text("utf-8")
    )
    return Cues(**{k: frozenset(str(w).lower() for w in v) for k, v in raw.items()})


@dataclass(frozen=True, slots=True)
class ModalityDecision:
    modality: Modality
    cue: str | None
    claimant: ActorMention | None = None


# dependency labels through which a governing verb passes its modality down to the trigger
_CHAIN_DEPS = frozenset(
    {
        "xcomp",
        "ccomp",
        "conj",
        "pcomp",
        "acomp",
        "dobj",
        "pobj",
        "prep",
        "advcl",
        "auxpass",
        "nsubjpass",
    }
)


def _verb_chain(tok: Token) -> list[Token]:
    """The trigger and the verbs/nouns above it up to the clause that states it."""
    chain = [tok]
    cur = tok
    for _ in range(6):
        if cur.dep_ not in _CHAIN_DEPS or cur.head is cur:
            break
        cur = cur.head
        chain.append(cur)
    return chain


def _children_text(tok: Token, deps: tuple[str, ...]) -> set[str]:
    return {c.lower_ for c in tok.children if c.dep_ in deps}


def decide_modality(
    doc: Doc,
    ev: RawEvent,
    parent: RawEvent | None,
    *,
    background_date: bool = False,
    actor_at: dict[int, ActorMention] | None = None,
) -> ModalityDecision:
    """Decide the modality and claimant of one raw event (see the module docstring)."""
    cues = load_cues()
    trig = doc[ev.trigger]
    chain = _verb_chain(trig)
    governors = chain[1:]

    # 1. negation on the trigger or on the verbs/aux it hangs from
    for t in chain[:3]:
        if _children_text(t, ("neg",)) & cues.negation_words:
            return ModalityDecision(Modality.NEGATED, f"neg on '{t.text}'")
        if t is not trig and t.lemma_.lower() in cues.negating_verbs and t.pos_ == "VERB":
            return ModalityDecision(Modality.NEGATED, f"negating verb '{t.text}'")
    # an act inside an if/unless clause of a reported statement is a condition, not a claim
    condition = _condition_in_chain(chain, cues)
    if condition is not None:
        return ModalityDecision(Modality.HYPOTHETICAL, f"conditional on '{condition.text}'")
    # 2./3. embedded under an accusation or a denial
    if parent is not None:
        plemma = doc[parent.trigger].lemma_.lower()
        if plemma in cues.allege_verbs:
            return ModalityDecision(
                Modality.ALLEGED, f"embedded in '{doc[parent.trigger].text}'", parent.source
            )
        if plemma in cues.deny_verbs:
            return ModalityDecision(Modality.DENIED, f"object of '{doc[parent.trigger].text}'")
    for t in governors:
        lemma = t.lemma_.lower()
        if t.i > trig.i:  # a verb after the clause frames a neighbouring statement, not it
            continue
        if lemma in cues.deny_verbs and t.pos_ == "VERB":
            return ModalityDecision(Modality.DENIED, f"governed by '{t.text}'")
        if lemma in cues.report_verbs and t.pos_ == "VERB" and t is not trig:
            speaker = _subject_actor(t, actor_at)
            same = ev.source is not None and ev.source.key in _subject_keys(t, actor_at)
            if speaker is not None and not same:
                if _reported_future(chain[:3], t, cues):  # "said X would travel to Y"
                    return ModalityDecision(
                        Modality.EXPECTED, f"future reported by subject of '{t.text}'", speaker
                    )
                if any(_has_condition(c, cues) for c in chain[:2]):  # "… would attack if …"
                    return ModalityDecision(
                        Modality.HYPOTHETICAL, f"condition reported by '{t.text}'", speaker
                    )
                return ModalityDecision(
                    Modality.ALLEGED, f"reported by subject of '{t.text}'", speaker
                )
    # 4. hypothetical ("would" under a past speech verb is a reported "will": expected, below)
    report = next((g for g in governors if _is_past_report(g, trig, cues)), None)
    for t in chain[:3]:
        aux = _children_text(t, ("aux", "auxpass"))
        reported_will = aux & cues.hypothetical_aux == {"would"} and not _has_condition(t, cues)
        if report is not None and reported_will:
            return ModalityDecision(Modality.EXPECTED, f"'would' reported by '{report.text}'")
        if aux & cues.hypothetical_aux:
            return ModalityDecision(
                Modality.HYPOTHETICAL, f"modal '{sorted(aux & cues.hypothetical_aux)[0]}'"
            )
        if _children_text(t, ("mark",)) & cues.conditional_marks:
            return ModalityDecision(Modality.HYPOTHETICAL, f"conditional on '{t.text}'")
        if _children_text(t, ("advmod",)) & cues.hypothetical_adverbs:
            return ModalityDecision(Modality.HYPOTHETICAL, "hedging adverb")
    if ev.nominal and _children_text(trig, ("amod",)) & cues.hypothetical_adjectives:
        return ModalityDecision(Modality.HYPOTHETICAL, "hypothetical adjective")
    for t in governors:
        if t.lemma_.lower() in cues.hypothetical_verbs and t.pos_ == "VERB":
            return ModalityDecision(Modality.HYPOTHETICAL, f"governed by '{t.text}'")
    for below, t in zip(chain, governors, strict=False):
        if t.lemma_.lower() in cues.wish_verbs and _wished_of_another(t, below):
            return ModalityDecision(Modality.HYPOTHETICAL, f"wished by '{t.text}' of another")
    # 5. expected
    for t in chain[:3]:
        aux = _children_text(t, ("aux",))
        if aux & cues.future_aux:
            return ModalityDecision(Modality.EXPECTED, "future auxiliary")
    for t in governors:
        if _expects(t, cues) and t.pos_ in ("VERB", "ADJ", "AUX"):
            return ModalityDecision(Modality.EXPECTED, f"governed by '{t.text}'")
    if ev.frame == "plan":
        return ModalityDecision(Modality.EXPECTED, "plan/agenda frame")
    if ev.nominal and _children_text(trig, ("amod",)) & cues.expected_adjectives:
        return ModalityDecision(Modality.EXPECTED, "expected adjective")
    # 6. reportedly/allegedly
    for t in chain[:3]:
        if _children_text(t, ("advmod",)) & cues.alleged_adverbs:
            return ModalityDecision(Modality.ALLEGED, "hedging adverb (unnamed source)")
    # 7. background
    if ev.frame == "under":
        return ModalityDecision(Modality.BACKGROUND, "state frame 'under'")
    if background_date:
        return ModalityDecision(Modality.BACKGROUND, "dated well before publication")
    if ev.nominal and _children_text(trig, ("amod",)) & cues.background_adjectives:
        return ModalityDecision(Modality.BACKGROUND, "background adjective")
    if ev.nominal and trig.dep_ in ("pobj", "dobj") and trig.head.lower_ in cues.anterior_preps:
        return ModalityDecision(Modality.BACKGROUND, f"earlier event after '{trig.head.text}'")
    return ModalityDecision(Modality.ASSERTED, None)


def _expects(tok: Token, cues: Cues) -> bool:
    """An expecting word, its lemma repaired where the lemmatiser breaks it ("hopes": "hop")."""
    return lemma_in(tok, cues.expect_verbs)


def _condition_in_chain(chain: list[Token], cues: Cues) -> Token | None:
    """The verb of an if/unless clause the trigger is in, below any verb of reporting ("said
    it will boycott the vote unless the president agrees to step down": stepping down is only
    the condition, not something the speaker claims happened). Only the clause's own verb or
    those it governs count, so the consequence ("will boycott") keeps its own reading."""
    for t in chain:
        if t.lemma_.lower() in cues.report_verbs and t.pos_ == "VERB":
            return None
        if t.dep_ == "advcl" and _children_text(t, ("mark",)) & cues.conditional_marks:
            return t
    return None


def _wished_of_another(wish: Token, comp: Token) -> bool:
    """Whether the infinitive ``comp`` of a wish verb has a doer of its own ("wants Putin to
    attack"): what one wants another to do is only hoped for, not planned (while "wants to
    attack" is the subject's intent, an expected event)."""
    if comp.dep_ == "ccomp":
        return any(c.dep_ in ("nsubj", "nsubjpass") for c in comp.children)
    if comp.dep_ == "xcomp":
        return any(c.dep_ in ("dobj", "obj") for c in wish.children)
    return False


def _is_past_report(verb: Token, trig: Token, cues: Cues) -> bool:
    """A speech verb in the past before the trigger ("said", "announced"): under it, "would"
    is the reported form of "will" (sequence of tenses), not a hedge."""
    return (
        verb.i < trig.i
        and verb.pos_ == "VERB"
        and verb.tag_ in ("VBD", "VBN")
        and verb.lemma_.lower() in cues.report_verbs
    )


def _has_condition(verb: Token, cues: Cues) -> bool:
    """An if/unless clause on the verb, or the verb itself in one."""
    if _children_text(verb, ("mark",)) & cues.conditional_marks:
        return True
    return any(
        c.dep_ == "advcl" and _children_text(c, ("mark",)) & cues.conditional_marks
        for c in verb.children
    )


def _reported_future(chain: list[Token], report: Token, cues: Cues) -> bool:
    """Is the reported act a future one: "will", or "would" after a past speech verb, on the
    trigger or the verbs just above it, with no condition attached?"""
    for t in chain:
        aux = _children_text(t, ("aux",))
        if _has_condition(t, cues):
            return False
        if aux & cues.future_aux:
            return True
        if "would" in aux and report.tag_ in ("VBD", "VBN"):
            return True
    return False


def _subject_keys(verb: Token, actor_at: dict[int, ActorMention] | None) -> set[str]:
    """Keys of every actor in the subject ("Obama and Putin said they would ..."), members of
    plural mentions included, so that each speaker's own announced act is not their claim."""
    if not actor_at:
        return set()
    keys: set[str] = set()
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            for t in child.subtree:
                m = actor_at.get(t.i)
                if m is not None:
                    keys.add(m.key)
                    keys.update(member.key for member in m.members)
    return keys


def _subject_actor(verb: Token, actor_at: dict[int, ActorMention] | None) -> ActorMention | None:
    if not actor_at:
        return None
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            hit = actor_at.get(child.i)
            if hit is not None:
                return hit
            for t in child.subtree:
                if t.i in actor_at:
                    return actor_at[t.i]
    for child in verb.children:  # "according to X" style agents
        if child.dep_ == "agent":
            for t in child.subtree:
                if t.i in actor_at:
                    return actor_at[t.i]
    return None
