"""Announced acts: an actor's own statement of what it will or will not do is coded as the
statement, as CAMEO does, not as the act.

"Portugal will support Turkey's bid" has not supported anything yet: it has expressed an intent
to cooperate (CAMEO 03x). "Farmers said they would blockade Paris" is a threat (13x), and
"Russia said it would not send troops" a rejection (12x). The act's own code says which
intent, threat or refusal it is (``knowledge/data/intents.yaml``). Only the source's own
announcement counts: a future auxiliary on the act, a commitment word governing it ("offered
to", "is willing to"), or "would" in the source's own reported speech ("X said it would").
A refused act ("refused to meet", "would not meet") is a rejection of that kind too. Other people's
expectations ("talks are expected to ...") and the predictions of speakers who are no actor
("analysts say China will attack") keep the act's code.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache

import yaml
from spacy.tokens import Doc, Token

from eventwire.errors import KnowledgeError
from eventwire.events.coder import CONDITION_MARKS, REFUSAL_VERBS, RawEvent, lemma_in
from eventwire.events.modality import (
    ModalityDecision,
    _subject_keys,
    _verb_chain,
    load_cues,
)
from eventwire.extract.types import ActorMention
from eventwire.knowledge.codebook import read_data_file
from eventwire.records import Modality

INTENTS_FILE = "intents.yaml"
# "would" announces the source's own act only in its own reported speech ("X said it would")
CONDITIONAL_FUTURE = "would"
# the roots a commitment or refusal verb's own event has: expressed intent, rejection
GOVERNOR_ROOTS = frozenset({"03", "12"})


@dataclass(frozen=True, slots=True)
class IntentTables:
    governors: frozenset[str]
    intent: dict[str, str]
    threat: dict[str, str]
    refusal: dict[str, str]
    appeal: dict[str, str]


def parse_intents(text: str, source: str = INTENTS_FILE) -> IntentTables:
    """Read the announced-act tables; codes are strings of digits."""
    try:
        raw = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise KnowledgeError(f"{source}: not valid YAML: {exc}", code="E310") from exc
    if not isinstance(raw, dict):
        raise KnowledgeError(f"{source}: expected a mapping", code="E310")
    tables: dict[str, dict[str, str]] = {}
    for key in ("intent_codes", "threat_codes", "refusal_codes"):
        table = raw.get(key)
        if not isinstance(table, dict) or not all(
            str(k).isdigit() and str(v).isdigit() for k, v in table.items()
        ):
            raise KnowledgeError(f"{source}: {key!r} must map CAMEO codes to codes", code="E310")
        tables[key] = {str(k): str(v) for k, v in table.items()}
    appeal = raw.get("appeal_codes", {})
    if not isinstance(appeal, dict) or not all(
        str(k).isdigit() and str(v).startswith("02") for k, v in appeal.items()
    ):
        raise KnowledgeError(f"{source}: 'appeal_codes' must map codes to 02x", code="E310")
    governors = raw.get("intent_governors")
    if not isinstance(governors, list) or not all(isinstance(g, str) for g in governors):
        raise KnowledgeError(f"{source}: 'intent_governors' must be a list", code="E310")
    return IntentTables(
        frozenset(g.lower() for g in governors),
        tables["intent_codes"],
        tables["threat_codes"],
        tables["refusal_codes"],
        {str(k): str(v) for k, v in appeal.items()},
    )


@lru_cache(maxsize=1)
def load_intents() -> IntentTables:
    return parse_intents(read_data_file(INTENTS_FILE))


def _lookup(table: dict[str, str], code: str) -> str | None:
    """The entry of the longest prefix of ``code`` in ``table``."""
    for n in range(len(code), 1, -1):
        if code[:n] in table:
            return table[code[:n]]
    return None


def refusal_code(code: str) -> str | None:
    """The rejection code of refusing the act coded ``code`` ("refused to meet": 125)."""
    return _lookup(load_intents().refusal, code)


GENERIC_APPEAL, GENERIC_DEMAND, GENERIC_THREAT = "020", "100", "130"


def asking_code(code: str, asked: str) -> str | None:
    """The subcode a generic appeal (020), demand (100) or threat (130) takes from the act it
    asks for or threatens ("urged Iran to release the sailors": 0253; "demanded that Iran
    release": 1053; "threatened to ban the party": 1322)."""
    if code == GENERIC_THREAT:  # "threatened to ban the party": a threat to ban (1322)
        return _lookup(load_intents().threat, asked)
    if code not in (GENERIC_APPEAL, GENERIC_DEMAND):
        return None
    sub = _lookup(load_intents().appeal, asked)
    if sub is None:
        return None
    return sub if code == GENERIC_APPEAL else "10" + sub[2:]


def _aux(tok: Token) -> set[str]:
    return {c.lower_ for c in tok.children if c.dep_ == "aux"}


def _own_subject(trig: Token) -> bool:
    """The act has no subject of its own, so it is its governor's subject's act ("wants to
    attack"), not another actor's ("wants Russia to withdraw")."""
    return not any(c.dep_ in ("nsubj", "nsubjpass") for c in trig.children)


def _has_object(tok: Token) -> bool:
    return any(c.dep_ in ("dobj", "dative") for c in tok.children)


def _unnamed_speaker(
    chain: list[Token], report_verbs: frozenset[str], actor_at: dict[int, ActorMention] | None
) -> bool:
    """The act is told by a speaker who is no actor ("analysts say China will attack"): a
    prediction about the source, not the source's own announcement."""
    for t in chain[1:]:
        if t.i > chain[0].i:  # "X will visit Y, sources said": told as X's plan (modality.py)
            continue
        if t.lemma_.lower() in report_verbs and t.pos_ == "VERB":
            has_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)
            return has_subject and not _subject_keys(t, actor_at)
    return False


def _own_marker(
    chain: list[Token], source: ActorMention, actor_at: dict[int, ActorMention] | None
) -> str | None:
    """How the source itself announces the act, if it does: 'future', 'governor' or 'would'."""
    cues = load_cues()
    tables = load_intents()
    near = chain[:3]
    if _unnamed_speaker(chain, cues.report_verbs, actor_at) or _in_condition(chain[0]):
        return None
    if any(_aux(t) & cues.future_aux for t in near):
        return "future"
    if _own_subject(near[0]) and any(
        _commits(t, below, tables) for below, t in zip(near, near[1:], strict=False)
    ):
        return "governor"
    if any(CONDITIONAL_FUTURE in _aux(t) for t in near):
        for t in chain[1:]:
            if t.lemma_.lower() in cues.report_verbs and t.pos_ == "VERB":
                if source.key in _subject_keys(t, actor_at):
                    return "would"
                break
    return None


def _commits(governor: Token, below: Token, tables: IntentTables) -> bool:
    """The governor is a word of commitment or aim with the act (or the clause it is in) as
    its own open complement ("is seeking to deepen ties"), said of its subject: not one that
    describes something else ("a resolution that aims to tighten", "a meeting aimed at")."""
    if not lemma_in(governor, tables.governors) or _has_object(governor):
        return False
    infinitive = below.dep_ == "xcomp" or (  # the parser may hang it as a clause: "sworn to"
        below.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in below.children)
    )
    return infinitive and governor.dep_ not in ("relcl", "acl")


def _light_verb_object(trig: Token, ev: RawEvent) -> bool:
    """An event noun that is the object of the verb whose subject is its source ("would
    tighten the blockade") is announced like that verb's own act."""
    return trig.dep_ == "dobj" and ev.path.startswith("light-verb")


def _refused(trig: Token, chain: list[Token]) -> bool:
    """The act is the to-infinitive of a refusal verb ("refused to meet"), or the main verb of
    its sentence under "would not" ("Kenya would not give permission"): in narrative English
    that is the source's refusal, not a conditional (those are hypothetical, not negated)."""
    if trig.dep_ == "xcomp" and len(chain) > 1 and chain[1].lemma_.lower() in REFUSAL_VERBS:
        return True
    return trig.dep_ == "ROOT" and CONDITIONAL_FUTURE in _aux(trig) and not _conditional(trig)


def _in_condition(trig: Token) -> bool:
    """The act is the condition of another ("will boycott the vote unless the president
    resigns"): the future belongs to the main clause, the condition is no announcement."""
    return trig.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in trig.children
    )


def _conditional(trig: Token) -> bool:
    """A clause of the verb states a condition ("if attacked, Chad would not ...")."""
    return any(
        g.dep_ == "mark" and g.lower_ in CONDITION_MARKS
        for c in trig.children
        if c.dep_ == "advcl"
        for g in c.children
    )


def announced_act(
    doc: Doc,
    ev: RawEvent,
    decision: ModalityDecision,
    actor_at: dict[int, ActorMention] | None = None,
) -> tuple[RawEvent, ModalityDecision]:
    """Recode an act the source announces as its intent, threat or refusal (module docstring);
    anything else comes back unchanged. The announcement itself took place, so a statement
    the article makes without a third-party claimant becomes asserted."""
    if ev.source is None or (ev.nominal and not _light_verb_object(doc[ev.trigger], ev)):
        return ev, decision
    if decision.modality not in (
        Modality.EXPECTED,
        Modality.HYPOTHETICAL,
        Modality.NEGATED,
        Modality.ALLEGED,
    ):
        return ev, decision
    chain = _verb_chain(doc[ev.trigger])
    marker = _own_marker(chain, ev.source, actor_at)
    if decision.modality is Modality.NEGATED and _refused(doc[ev.trigger], chain):
        marker = "refused"
    if marker is None or (decision.modality is Modality.ALLEGED and marker == "would"):
        return ev, decision
    tables = load_intents()
    if decision.modality is Modality.NEGATED:
        code, kind = _lookup(tables.refusal, ev.code), "refusal"
    else:
        code = _lookup(tables.intent, ev.code) or _lookup(tables.threat, ev.code)
        kind = "intent" if _lookup(tables.intent, ev.code) else "threat"
    if code is None:
        return ev, decision
    recoded = replace(ev, code=code, rules=(*ev.rules, f"announced-{kind}:{ev.code}"))
    if decision.modality is Modality.ALLEGED:
        return recoded, decision
    return recoded, ModalityDecision(
        Modality.ASSERTED, f"announced {kind} ({marker}) of {ev.code}", decision.claimant
    )


def _recodable(code: str, refusal: bool) -> bool:
    tables = load_intents()
    if refusal:
        return _lookup(tables.refusal, code) is not None
    return (_lookup(tables.intent, code) or _lookup(tables.threat, code)) is not None


def drop_covered_governors(doc: Doc, events: list[RawEvent]) -> list[RawEvent]:
    """Drop the generic event of a commitment or refusal verb ("agreed" → 030, "refused" →
    120) whose to-infinitive is itself a coded act: "the EU agreed to lift sanctions" is one
    event, the intent to ease sanctions (0354) that ``announced_act`` makes of the act, not
    also a bare agreement. A governor whose infinitive is not coded keeps its own event, and
    so does a governor event whose dyad the act lacks ("Kenya and Somalia agree to reopen
    border crossings": the agreement is between the two, the reopening names no target)."""
    tables = load_intents()
    acts: dict[int, list[RawEvent]] = {}
    for ev in events:
        trig = doc[ev.trigger]
        if trig.dep_ != "xcomp" or not _own_subject(trig):
            continue
        lemma = trig.head.lemma_.lower()
        commits = lemma in tables.governors and _recodable(ev.code, refusal=False)
        refuses = lemma in REFUSAL_VERBS and _recodable(ev.code, refusal=True)
        if commits or refuses:
            acts.setdefault(trig.head.i, []).append(ev)
    return [ev for ev in events if not _covered(ev, acts.get(ev.trigger))]


def _covered(governor: RawEvent, acts: list[RawEvent] | None) -> bool:
    """Does a coded act of the infinitive tell all that the governor's event tells?"""
    if not acts or governor.code[:2] not in GOVERNOR_ROOTS:
        return False
    if governor.target is None:
        return True
    return any(a.target is not None and a.target.code == governor.target.code for a in acts)
