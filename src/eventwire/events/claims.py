"""Speech acts about violence: who accuses whom, and who claims an attack as its own.

A report of an attack is an act of its own when the speaker has a stake in it (CAMEO and the
gold standards built on it code it so, and FORMAT.md says: "an accusation is an asserted 112
event; the accused act is a separate alleged event"):

- the victim's word: "Israel said a rocket was fired at it from Gaza", "Kyiv says Russian
  troops shelled its border villages" → the speaker accuses the attacker (112), because the
  speaker is the attack's target;
- an explicit claim verb: "Washington claimed that the militia attacked the convoy",
  "officials alleged that troops fired on marchers" → the speaker accuses the attacker (112);
- a non-governmental monitor's report: "Human Rights Watch said soldiers shot dead twelve
  protesters", "the Observatory said eight people were killed in an air strike by government
  forces" → the group accuses the perpetrator of human-rights abuses (1122): documenting
  abuses is what such groups do, and CAMEO has the code for it;
- the attacker's own word: "the group claimed it had bombed the base", "the army admitted
  that its jets struck the village" → the speaker claims responsibility (015).

Plain reporting by anyone else ("police said gunmen attacked a checkpoint", "state media
reported") is not an accusation: the attack
keeps its alleged modality and the reporter as claimant, and nothing is added. Only assaults,
fights and mass violence (CAMEO roots 18–20) count.
"""

from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Doc, Token

from eventwire.events.coder import RawEvent
from eventwire.events.modality import ModalityDecision, load_cues
from eventwire.extract.types import ActorMention
from eventwire.records import Modality

VIOLENT_ROOTS = frozenset({"18", "19", "20"})
CLAIM_VERBS = frozenset({"claim", "allege", "charge", "contend"})
OWN_CLAIM_VERBS = frozenset({"claim", "admit", "acknowledge"})
ACCUSE_CODE = "112"
ABUSE_ACCUSATION_CODE = "1122"
_NOT_THE_STATE = frozenset({"NGO", "MED"})
MONITOR_REPORTS = True  # a rights group's report of violence accuses the perpetrator (1122)
CLAIM_RESPONSIBILITY_CODE = "015"


def speech_act_about(
    doc: Doc,
    ev: RawEvent,
    decision: ModalityDecision,
    actor_at: Mapping[int, ActorMention],
) -> RawEvent | None:
    """The accusation or claim of responsibility that a reported attack implies, or None."""
    if ev.code[:2] not in VIOLENT_ROOTS or ev.source is None:
        return None
    verb = _report_verb(doc[ev.trigger])
    if verb is None:
        return None
    speakers = _subject_mentions(verb, actor_at)
    if not speakers:
        return None
    speaker = speakers[0]
    lemma = verb.lemma_.lower()
    keys = {m.key for m in speakers}
    if ev.source.key in keys or (speaker.code and speaker.code == ev.source.code):
        if lemma in OWN_CLAIM_VERBS:
            return _act(ev, verb, CLAIM_RESPONSIBILITY_CODE, speaker, ev.target, "own-claim")
        return None
    if decision.modality is not Modality.ALLEGED:
        return None
    victim = ev.target is not None and (
        ev.target.key in keys
        or (
            speaker.code is not None
            and speaker.code == ev.target.code
            and speaker.role not in _NOT_THE_STATE  # a Syrian rights group is no victim
        )
    )
    if victim:
        return _act(ev, verb, ACCUSE_CODE, speaker, ev.source, "victim-claim")
    if lemma in CLAIM_VERBS:
        return _act(ev, verb, ACCUSE_CODE, speaker, ev.source, "claim-verb")
    if MONITOR_REPORTS and speaker.role == "NGO":
        return _act(ev, verb, ABUSE_ACCUSATION_CODE, speaker, ev.source, "monitor-report")
    return None


def _act(
    ev: RawEvent,
    verb: Token,
    code: str,
    source: ActorMention,
    target: ActorMention | None,
    rule: str,
) -> RawEvent:
    return RawEvent(
        code=code,
        trigger=verb.i,
        source=source,
        target=target,
        pattern=f"{rule}: '{verb.lemma_}' + reported {ev.code} '{ev.pattern}'",
        path=f"{verb.text} -> {ev.path}" if ev.path else verb.text,
        rules=(f"speech-act:{rule}",),
        confidence=min(ev.confidence, 0.7),
    )


def _report_verb(trigger: Token) -> Token | None:
    """The speech verb whose complement holds the trigger ("said [that] X attacked"), also
    for an event noun in a phrase of the complement's verb ("said eight people were killed
    in an air strike by government forces")."""
    report = load_cues().report_verbs
    tok = trigger
    if tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.pos_ == "VERB":
        tok = tok.head.head  # "said eight were killed in an air strike": the strike's clause
        if tok.lemma_.lower() in report:
            return None  # "said in a statement on the strike": the strike is no reported act
    for _ in range(4):
        if tok.dep_ not in ("ccomp", "conj", "xcomp", "advcl") or tok.head.i == tok.i:
            return None
        tok = tok.head
        if tok.pos_ == "VERB" and tok.lemma_.lower() in report and tok.i < trigger.i:
            return tok
    return None


def _subject_mentions(verb: Token, actor_at: Mapping[int, ActorMention]) -> list[ActorMention]:
    found: list[ActorMention] = []
    for child in verb.children:
        if child.dep_ not in ("nsubj", "nsubjpass"):
            continue
        for t in child.subtree:
            m = actor_at.get(t.i)
            if m is not None and m not in found:
                found.append(m)
    return found
