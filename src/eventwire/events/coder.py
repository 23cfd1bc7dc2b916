"""Event coding over the dependency parse: who did what to whom, sentence by sentence.

Patterns come from the data files (``knowledge/data/verbs.yaml``, ``nouns.yaml``) through
``knowledge.patterns``; this module only knows English syntax:

* verbal events: the subject is the source, the object or the object of the pattern's preposition
  is the target; passive clauses swap them (``was attacked by``); participles modifying a noun
  (``a charge denied by X``) take that noun as their object; subjectless ``xcomp``/``conj`` verbs
  inherit the governing verb's subject;
* nominal events (``Putin's visit to North Korea``, ``UN sanctions``, ``the invasion of Ukraine``):
  source from the possessor, a compound or a demonym adjective, or ``by``; target from the
  pattern's preposition; ``between X and Y`` gives both partners;
* coordination gives one event per (source, target) pair;
* an event noun in an object slot stands for its possessor (``criticised Russia's decision``);
* embedded events under accusation verbs (``accused X of supplying Y``) are coded too and keep
  a link to the accusation, so modality and claimant can be decided later;
* targets inside the object's phrases: possessors and compounds (``condemned as a crime Serbia's
  crackdown``), participle agents (``an inquiry into abuses committed by X``), the subject of a
  noun's that-clause (``insisted on its demand that X ...``), a controlled subject (``refused to
  allow X to land``), the place of a threatened act (``threatened to resume attacks in X``) and
  the destination of a purpose (``sent experts to X to investigate``);
* passive agents told late (``was accused of taking bribes by X``) or through the means used
  (``killed by a bomb planted by X``); ``X is opposed to Y`` is X's act.
* force without a named doer: the owner of the attack it happened in (``were killed in Israeli
  air strikes``, ``US drone strikes killed``), the territory fire came from (``was fired at
  Israel from Gaza``); force on something that is no actor keeps its source (``shelled
  border villages``); a pronoun object of a reported act is the reporter (``Iran said the US
  had attacked it``);
* ``X wants Y to act`` is X's appeal to Y; the parties an object is between are targets (``host
  talks between X and Y``); supporters of a leader are the leader's side, not the leader;
* a slot filled by the source itself (``the Kenyan government imposed a curfew in Nairobi``)
  names no target: the event falls back to its other readings instead of being lost.

The output is ``RawEvent``: token-level facts plus the explanation of how they were found.
Modality, dates, places, merging and ids are decided downstream (``events.assemble``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources
from typing import Any

import pycountry
import yaml
from spacy.tokens import Doc, Token

from eventwire.errors import KnowledgeError
from eventwire.events.refine import load_refinements, refine_event, topic_domains
from eventwire.extract.types import ActorMention
from eventwire.knowledge.codebook import read_data_file
from eventwire.knowledge.patterns import NounPattern, PatternSet, VerbPattern

WORDS_FILE = "coder.yaml"


def _load_words(text: str, source: str = WORDS_FILE) -> dict[str, frozenset[str]]:
    """The coder's closed word lists (``knowledge/data/coder.yaml``): each key a list of
    lowercase words. Kept in data so the lists can grow without touching the syntax rules."""
    try:
        raw = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise KnowledgeError(f"{source}: not valid YAML: {exc}", code="E310") from exc
    if not isinstance(raw, dict):
        raise KnowledgeError(f"{source}: expected a mapping of list names to words", code="E310")
    out: dict[str, frozenset[str]] = {}
    for key, words in raw.items():
        if not isinstance(words, list) or not all(
            isinstance(w, str) and w == w.lower() and w.strip() == w and w for w in words
        ):
            raise KnowledgeError(
                f"{source}: {key!r} must be a list of lowercase words", code="E310"
            )
        out[str(key)] = frozenset(words)
    return out


_WORDS = _load_words(read_data_file(WORDS_FILE))

SUBJECTS = frozenset({"nsubj", "csubj"})
PASSIVE_SUBJECTS = frozenset({"nsubjpass", "csubjpass"})
OBJECTS = frozenset({"dobj", "obj", "dative"})
STAND_IN_NOUNS = _WORDS["stand_in_nouns"]
UNDER_VERBS = _WORDS["under_verbs"]
PLAN_NOUNS = _WORDS["plan_nouns"]
INCLUDE_VERBS = _WORDS["include_verbs"]
LOCATIVE_PREPS = frozenset({"in", "at", "to"})
# An event is embedded in another only through complement relations ("accused X of supplying",
# "denied sending", "agreed to meet"), not through appositions or modifiers.
EMBEDDING_DEPS = frozenset({"pcomp", "pobj", "prep", "xcomp", "ccomp", "dobj"})
# where the first actor after a verb may be its target, and the clauses not searched for it
VERB_TARGET_PREPS = frozenset(
    {"to", "with", "against", "on", "at", "toward", "towards", "upon", "into"}
)
NOUN_TARGET_PREPS = frozenset({"of", "for", "to", "with", "against", "on"})
# phrases of a non-actor object that may name the actor it belongs to or comes from
# (and the parties of a relation the object is between: "host talks between X and Y")
OBJECT_PHRASE_PREPS = NOUN_TARGET_PREPS | {"by", "from", "into", "between", "among"}
# prepositions that point at a recipient or opponent even past a non-actor object
DIRECTIONAL_PREPS = frozenset({"to", "against"})
EVENT_NOUN_TARGET_PREPS = frozenset({"against", "on", "with", "to"})
# roots of measures over a territory, whose place "in X" is their target ("protest in Beijing",
# "exercises in Alaska", "lifted a curfew in Kosovo", "imposed martial law in Haiti"), and of
# force used at a place, which is used against that place's state ("bombed a site near Isfahan")
LOCATIVE_TARGET_ROOTS = frozenset({"14", "15", "08", "17", "18", "19", "20"})
LOCATIVE_PREPS_OF_MEASURES = frozenset({"in", "outside", "near", "across", "throughout"})
# prepositions of a receiver that a double-object verb may leave out ("give Tanzania a grant")
RECIPIENT_PREPS = frozenset({"to", "for"})
PROTEST_ROOT = "14"
# "in protest against X", "in protest at X", "in protest over X": the grievance of a protest act
IN_PROTEST_PREPS = frozenset({"in"})
PROTEST_NOUNS = frozenset({"protest"})
PROTESTED_PREPS = frozenset({"against", "at", "over"})
# roots of threats, aimed at the state where the threatened act would happen
THREAT_ROOTS = frozenset({"13"})
# roots of force, whose place is the state the force is used against
FORCE_ROOTS = frozenset({"18", "19", "20"})
# prepositions of the occasion in which a passive act of force happened ("killed in a raid")
FORCE_MEANS_PREPS = frozenset({"in", "during"})
FIGHT_ROOT = "19"
# roots whose events are mutual when coordinated subjects act together with no other target
SYMMETRIC_ROOTS = frozenset({"03", "04", "06", "19"})
SYMMETRIC_CODES = frozenset({"057", "050"})
# visits, hosting, mediation and pledges of aid, reform or concessions have a direction or a
# third party even with coordinated actors ("the EU and Australia pledged assistance")
ONE_SIDED_CODES = frozenset({"042", "043", "045", "039", "033", "034", "035", "038"})
# CAMEO codes of denials and the nouns that name what is denied
DENIAL_CODES = frozenset({"016"})
ACCUSATION_ROOT = "11"
CONSULT_ROOT = "04"
# roots whose addressee is the subject of the verb's clause complement ("demanded that Iran stop",
# "urged that the two sides talk", "warned that Russia would pay")
CLAUSE_TARGET_ROOTS = frozenset({"02", "10", "13"})
# subordinators of a noun's content clause ("the demand that ...")
CONTENT_MARKS = frozenset({"that"})
# pronouns a subject clause can use for the subject of the verb it depends on ("Russia said it
# would ..."), with the kinds of actor each can stand for (None: any)
PRONOUN_KINDS: dict[str, frozenset[str] | None] = {
    "it": frozenset({"state", "organisation", "group"}),
    "they": None,
    "we": None,
    "he": frozenset({"person"}),
    "she": frozenset({"person"}),
}
RELATIVE_PRONOUNS = frozenset({"who", "which", "that"})
# possessive pronouns and the subject pronoun whose kinds of actor they share
POSSESSIVE_PRONOUNS = {"its": "it", "their": "they", "our": "we", "his": "he", "her": "she"}
GROUP_HEADS = _WORDS["group_heads"]
GROUP_PREPS = frozenset({"of", "from"})
FOLLOWER_HEADS = _WORDS["follower_heads"]
# where an unknown actor is, or comes from ("security forces in Guinea", "refugees from Syria")
BELONGING_PREPS = frozenset({"in", "from"})
# "X said Y must/should ...": a statement of what another actor is obliged to do is a demand
# (must) or an appeal (should) addressed to that actor
OBLIGATION_CODES = {"must": "100", "should": "020"}
OBLIGATION_SPEECH_VERBS = _WORDS["obligation_speech_verbs"]
LIGHT_VERBS = _WORDS["light_verbs"]
QUANTITY_HEADS = _WORDS["quantity_heads"]
EVENT_FRAME_HEADS = _WORDS["event_frame_heads"]
CONDITION_MARKS = _WORDS["condition_marks"]
ATTEMPT_VERBS = _WORDS["attempt_verbs"]
RECEIPT_VERBS = _WORDS["receipt_verbs"]
GIVING_VERBS = _WORDS["giving_verbs"]
OBJECT_CONTROL_VERBS = _WORDS["object_control_verbs"]
COMMITMENT_VERBS = _WORDS["commitment_verbs"]
REFUSAL_VERBS = _WORDS["refusal_verbs"]
STATIVE_TO_VERBS = _WORDS["stative_to_verbs"]
DOCUMENT_NOUNS = _WORDS["document_nouns"]
RELATION_NOUNS = _WORDS["relation_nouns"]
MOTION_VERBS = _WORDS["motion_verbs"]
WISH_VERBS = _WORDS["wish_verbs"]
REQUEST_VERBS = _WORDS["request_verbs"]
REQUEST_CLAUSE_VERBS = _WORDS["request_clause_verbs"]
PERMISSION_NOUNS = _WORDS["permission_nouns"]
THREAT_VERBS = _WORDS["threat_verbs"]
RECEIVED_DEMAND_NOUNS = _WORDS["received_demand_nouns"]
DEMAND_RECEIVING_VERBS = _WORDS["demand_receiving_verbs"]
DEMAND_NOUNS_NEEDING_ASK = _WORDS["demand_nouns_needing_ask"]
TRAVEL_ADVICE_VERBS = _WORDS["travel_advice_verbs"]
TRAVEL_WORDS = _WORDS["travel_words"]
TRAVEL_NOTICE_NOUNS = _WORDS["travel_notice_nouns"]
RECEIVED_DEMAND_CODE = "100"
# "warned it would retaliate if ...": a warning of the speaker's own conditional act is a threat
WARNING_VERBS = _WORDS["warning_verbs"]
FUTURE_AUX = frozenset({"would", "will", "'ll"})
GENERIC_THREAT_CODE = "130"
TRAVEL_ADVICE_CODE = "160"
# prepositions of the place a travel warning is about ("a travel warning for|to|on X")
TRAVEL_NOTICE_PREPS = frozenset({"for", "to", "on", "against"})
ACT_NOUNS = _WORDS["act_nouns"]
# disapproval and rejection (CAMEO 11, 12) of an act with no named owner aim at its doer
OWNERLESS_OBJECT_ROOTS = frozenset({"11", "12"})
# verbal acts (statements, appeals, demands, disapproval, rejection, threats) are no act a
# condemnation of "the decision" is about
VERBAL_ACT_ROOTS = frozenset({"01", "02", "10", "11", "12", "13"})
# meetings and cooperation (03-06) are done with someone: the earlier doer of talks is no one a
# rejection of "the talks" is aimed at, so an event noun of these kinds names no owner
JOINT_ACT_ROOTS = frozenset({"03", "04", "05", "06"})
# prepositions that name the one an appeal is addressed to ("called on Iran", "appealed to X")
ADDRESSEE_OF_APPEAL_PREPS = frozenset({"on", "upon", "to"})
ENGAGING_VERBS = _WORDS["engaging_verbs"]
HOLDING_PARTICIPLES = _WORDS["holding_participles"]
LOYALTY_WORDS = _WORDS["loyalty_words"]
RESPONSIBILITY_NOUNS = _WORDS["responsibility_nouns"]
CLAIMING_VERBS = _WORDS["claiming_verbs"]
# claims of responsibility, whose target is the target of the act claimed
CLAIM_CODES = frozenset({"015"})
# acts claimed are mostly force, so the place where they hit counts too ("a bombing in Kabul")
CLAIMED_ACT_CODE = "190"
ENGAGING_PREPS = frozenset({"in", "into"})
GRIEVANCE_PREPS = _WORDS["grievance_preps"]
# official complaints, whose target is the party complained about (not the addressee)
COMPLAINT_CODES = frozenset({"114"})
# prepositions of a complaint's addressee ("complained to the UN", "lodged a protest with")
ADDRESSEE_PREPS = frozenset({"to", "with"})
WISH_CODE = "020"
SPECULATIVE_AUX = frozenset({"might", "may", "could", "would"})
# roots whose addressee is whoever must meet the condition a clause states ("threatened to
# close the border unless the United States lifted sanctions")
CONDITION_TARGET_ROOTS = frozenset({"13"})
# roots of intents and threats, which are aimed at whoever the act they announce is aimed at
# ("threatened to ban the opposition", "offered to release the hostages")
ANNOUNCED_ACT_ROOTS = frozenset({"03", "13"})
# CAMEO codes of measures a state imposes on or lifts from its own population (restrictions,
# bans, curfews, states of emergency); with no named target, CAMEO codes them at the state's
# own country ("Sudan lifted the state of emergency": SDN -> SDN)
HOME_MEASURE_CODES = frozenset(
    {"081", "0811", "0812", "0813", "0814", "172", "1721", "1722", "1723", "1724"}
)
# roles of actors that can impose such measures (a state itself counts too)
AUTHORITY_ROLES = frozenset({"GOV", "MIL", "POL", "JUD"})


@dataclass(frozen=True, slots=True)
class RawEvent:
    """One coded event mention before modality, date, place and merging."""

    code: str
    trigger: int  # token index
    source: ActorMention | None
    target: ActorMention | None
    pattern: str
    path: str
    nominal: bool = False
    rules: tuple[str, ...] = ()
    parent: int | None = None  # trigger of the accusation/denial this event is embedded in
    frame: str | None = None  # "under" | "plan" | None — syntactic frames that hint modality
    frame_token: int | None = None
    confidence: float = 0.8
    bilateral: bool = False


@dataclass
class _ActorIndex:
    """Token index → actor mention, built once per document."""

    by_token: dict[int, ActorMention] = field(default_factory=dict)

    @classmethod
    def build(cls, actors: Sequence[ActorMention]) -> _ActorIndex:
        idx = cls()
        for m in actors:
            for i in range(m.start, m.end):
                idx.by_token[i] = m
        return idx

    def at(self, tok: Token) -> ActorMention | None:
        return self.by_token.get(tok.i)


class Coder:
    """Codes events in one parsed document; one instance per document (cheap to build)."""

    def __init__(self, doc: Doc, actors: Sequence[ActorMention], patterns: PatternSet) -> None:
        self.doc = doc
        self.patterns = patterns
        self.index = _ActorIndex.build(actors)
        self.claimed_nouns: set[int] = set()  # nouns consumed as a verb pattern's object
        self.demanded_acts: dict[int, int] = {}  # act asked for → the received demand's noun
        self.resolving: set[int] = set()  # verbs whose subject is being looked for
        self.first_seen: dict[str, int] = {}
        for m in actors:
            self.first_seen.setdefault(m.code or m.key, m.start)

    # ----------------------------------------------------------------- actors from syntax
    def _in_text_order(self, members: Sequence[ActorMention]) -> list[ActorMention]:
        """Members of "the two countries" in the order their codes first appear in the text,
        so symmetric relations get the protagonist first, as a reader would."""
        return sorted(members, key=lambda m: self.first_seen.get(m.code or m.key, 10**9))

    def actors_of(self, tok: Token | None, depth: int = 0) -> list[ActorMention]:
        """The actors a syntactic slot stands for: the mention there, each conjunct, the
        members of a plural mention, or the possessor of a stand-in noun."""
        if tok is None or depth > 2:
            return []
        found: list[ActorMention] = []
        slots = [tok, *tok.conjuncts]
        n = 0
        while n < len(slots):
            t = slots[n]
            n += 1
            m = self.index.at(t)
            if m is None:
                m = self._possessor_actor(t, depth)
            if m is None or m.code is None:
                group = (
                    self._group_actors(t, m, depth)
                    or self._appositive_actors(t, depth)
                    or self._loyal_actors(t, depth)
                )
                if group:
                    found.extend(g for g in group if g not in found)
                    continue
            if m is None:
                continue
            slots.extend(s for s in self._list_members(t, m) if s not in slots)
            for member in self._in_text_order(m.members) if m.members else (m,):
                if member not in found:
                    found.append(member)
        return found

    def _list_members(self, tok: Token, mention: ActorMention) -> list[Token]:
        """Other members of a list the parser attached inside a mention or as an apposition:
        conjuncts of the mention's own words ("the leaders of France, Germany and Italy",
        a name split by the parser), and states set beside a state by commas ("the US,
        Russia, and China": one state is never an apposition of another)."""
        out: list[Token] = []
        for i in range(mention.start, mention.end):
            if i == tok.i:
                continue
            out.extend(c for c in self.doc[i].conjuncts if not mention.covers(c.i))
        if mention.kind != "state":
            return out
        for i in range(mention.start, mention.end):
            for child in self.doc[i].children:
                other = self.index.at(child) if child.dep_ == "appos" else None
                if other is not None and other.kind == "state" and other.code != mention.code:
                    out.extend((child, *child.conjuncts))
        return out

    def _appositive_actors(self, tok: Token, depth: int) -> list[ActorMention]:
        """An unknown slot filler described by an apposition that names its group ("the
        mayor of the town, a member of Hamas") stands for that group."""
        if tok.pos_ not in ("NOUN", "PROPN"):
            return []
        for child in tok.children:
            if child.dep_ == "appos":
                found = [m for m in self.actors_of(child, depth + 1) if m.code is not None]
                if found:
                    return found
        return []

    def _loyal_actors(self, tok: Token, depth: int) -> list[ActorMention]:
        """An unknown slot filler said to be loyal or allied to a known actor ("gunmen loyal to
        Hamas", "militias allied to the government") is on that actor's side: its code, as
        an actor of its own (followers, not the leader)."""
        if tok.pos_ not in ("NOUN", "PROPN"):
            return []
        for child in tok.children:
            if child.dep_ not in ("amod", "acl") or child.lemma_.lower() not in LOYALTY_WORDS:
                continue
            for _prep, pobj in self.prep_objects(child, frozenset({"to", "with"})):
                found = [m for m in self.actors_of(pobj, depth + 1) if m.code is not None]
                if found:
                    return [self._followers(tok, m) for m in found]
        return []

    def _group_actors(self, tok: Token, own: ActorMention | None, depth: int) -> list[ActorMention]:
        """An unknown slot filler that names part of a known group ("thousands of Kenyan
        teachers", "leaders of Hamas") stands for that group; an unknown actor located in a
        known state ("a court in Guyana", "security forces in Guinea") is that state's, as its
        own actor (a non-actor noun is not: "remarks in Nairobi"); so is one that comes from
        a known state ("dissidents from Egypt", "refugees from Syria")."""
        if tok.pos_ not in ("NOUN", "PROPN", "NUM", "PRON", "DET"):
            return []
        group_head = tok.lemma_.lower() in GROUP_HEADS or tok.lower_ in GROUP_HEADS
        for prep, pobj in self.prep_objects(tok, GROUP_PREPS | BELONGING_PREPS):
            word = prep.lower_
            located = word in BELONGING_PREPS and not (group_head and word in GROUP_PREPS)
            if (located and own is None) or (not located and not group_head):
                continue  # only a word the resolver took for an actor is located
            actors = [m for m in self.actors_of(pobj, depth + 1) if m.code is not None]
            if located and own is not None:
                actors = [self._located(own, m) for m in actors if m.kind == "state"]
            elif tok.lemma_.lower() in FOLLOWER_HEADS or tok.lower_ in FOLLOWER_HEADS:
                actors = [self._followers(tok, m) for m in actors]
            if actors:
                return actors
        return []

    @staticmethod
    def _followers(tok: Token, leader: ActorMention) -> ActorMention:
        """``supporters of President X``: people of the leader's side but not the leader
        (they can demand that he be reinstated): the leader's code, no role, a key of their
        own."""
        return replace(
            leader,
            start=tok.i,
            end=tok.i + 1,
            char_start=tok.idx,
            char_end=tok.idx + len(tok.text),
            text=tok.text,  # the words that name them, not their leader's
            head=tok.i,
            role=None,
            kind="group",
            key=f"followers:{leader.key}",
            rule=f"{leader.rule}+followers",
            members=(),
        )

    @staticmethod
    def _located(own: ActorMention, state: ActorMention) -> ActorMention:
        """``security forces in Guinea``: the unknown actor takes the state's code but stays
        an actor of its own (so it can act on that state)."""
        return replace(own, code=state.code, rule=f"{own.rule}+in-state")

    def _possessor_actor(self, tok: Token, depth: int) -> ActorMention | None:
        """``Russia's decision`` / ``Putin's visit``: an event or stand-in noun means its owner."""
        if tok.pos_ not in ("NOUN", "PROPN"):
            return None
        # "Israel's ally", "a U.S. ally" are someone else; "its EU partners" are EU members
        relation = tok.lemma_.lower() in RELATION_NOUNS or tok.lower_ in RELATION_NOUNS
        for child in tok.children:
            if child.dep_ == "poss" and not relation:
                hit = self.index.at(child)
                if hit is not None:
                    return hit
        group = tok.lemma_.lower() in GROUP_HEADS
        for child in tok.children:  # "a U.N. Security Council resolution"
            # a name before an adjective is parsed "nmod": "the Taliban religious faction" is
            # that group, but "U.S. economic pressure" is no act of its own here
            if child.dep_ == "compound" or (group and child.dep_ == "nmod"):
                hit = self.index.at(child)
                # a date glued onto a name ("met President X Tuesday") is a mis-parse: the
                # name is the real filler, person or not
                if relation and hit is not None and hit.kind == "state":
                    continue
                if hit is not None and (hit.kind != "person" or tok.ent_type_ in ("DATE", "TIME")):
                    return hit
        return self._demonym_owner(tok)

    def _demonym_owner(self, tok: Token) -> ActorMention | None:
        """``an Indian proposal`` / ``the Australian ultimatum``: a stand-in or event noun
        qualified by a state's adjective is that state's act. Other nouns are not ("a Syrian
        refugee camp" is no act of Syria's)."""
        lemma = tok.lemma_.lower()
        if lemma not in STAND_IN_NOUNS and lemma not in self.patterns.nouns:
            return None
        for child in tok.children:
            if child.dep_ != "amod" or self.index.at(child) is not None:
                continue
            code = _demonym_codes().get(child.lower_)
            if code is not None:
                return self._state_mention(child, code)
        return None

    def _state_mention(self, tok: Token, code: str) -> ActorMention:
        """The document's mention of a state, or one made over ``tok`` when it has none."""
        for m in self.index.by_token.values():
            if m.code == code and m.kind == "state" and m.role in (None, "GOV"):
                return m
        country = pycountry.countries.get(alpha_3=code)
        name = (getattr(country, "common_name", None) or country.name) if country else code
        return ActorMention(
            tok.i,
            tok.i + 1,
            tok.idx,
            tok.idx + len(tok.text),
            tok.text,
            code,
            "GOV",
            "state",
            name,
            f"state:{code}",
            "demonym-owner",
            head=tok.i,
        )

    def subject_of(self, verb: Token) -> tuple[list[ActorMention], str]:
        """Source actors of a verb and the rule used (active, passive agent, inherited).
        Re-entry for the same verb (its subject's search led back to it: "forces were engaged
        in fighting" asks the fighting's owner, who is the subject of "engaged") finds none."""
        if verb.i in self.resolving:
            return [], "cycle"
        self.resolving.add(verb.i)
        try:
            return self._subject_of(verb)
        finally:
            self.resolving.discard(verb.i)

    def _subject_of(self, verb: Token) -> tuple[list[ActorMention], str]:
        agent = self._agent(verb)
        if agent is not None:
            found = self.actors_of(agent)
            if not found:  # "killed by a bomb planted by X": the one who used the means
                for doer in self._participle_agents(agent):
                    found = self.actors_of(doer)
                    if found:
                        return found, "passive-agent-means"
            return found, "passive-agent"
        if self._is_passive(verb):
            late = self._late_agent(verb)
            if late is not None:
                return self.actors_of(late), "passive-agent-late"
            owners = self._force_owners(verb)
            if owners:  # "were killed in Israeli air strikes": the strikes' owner did it
                return owners, "passive-force-owner"
            origin = self._fired_from(verb)
            if origin:  # "a rocket was fired at Israel from Gaza": fired by Gaza's side
                return origin, "passive-fired-from"
        subjects = [c for c in verb.children if c.dep_ in SUBJECTS]
        if subjects:
            actors, rule = self._subject_actors(verb, subjects[0])
            for prev, extra in zip(subjects, subjects[1:], strict=False):
                # "Canada, Mexico, and Brazil signed": a list the parser split at its "and"
                if not any(c.dep_ == "cc" for c in prev.children):
                    break
                more, _rule = self._subject_actors(verb, extra)
                actors = [*actors, *(a for a in more if a not in actors)]
            return actors, rule
        if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head is not verb:
            return self._participle_subject(verb.head)
        # Subjectless verbs inherit from the word they depend on ("is ready to send": acomp).
        head = verb.head
        if verb.dep_ in ("xcomp", "conj", "advcl", "pcomp", "acomp") and head is not verb:
            if verb.dep_ == "pcomp":
                head = head.head  # "accused X of supplying": the accused does the supplying
                objs = [c for c in head.children if c.dep_ in OBJECTS]
                if objs:
                    return self.actors_of(objs[0]), "accused-object"
                if self._is_passive(head):  # "Iran was accused of supplying": Iran supplies
                    for child in head.children:
                        if child.dep_ in PASSIVE_SUBJECTS:
                            return self.actors_of(child), "accused-object"
            if self._is_passive(head) and verb.dep_ == "xcomp":
                for child in head.children:
                    if child.dep_ in PASSIVE_SUBJECTS:
                        return self.actors_of(child), "raised-subject"
            if verb.dep_ == "xcomp" and not self._is_passive(head):
                controller = self._controlling_object(head)
                if controller:  # "urged Iran to release": Iran would do the releasing
                    return controller, "object-control"
            actors, rule = self.subject_of(head)
            return actors, f"inherited-{rule}"
        return [], "none"

    def _participle_subject(self, noun: Token) -> tuple[list[ActorMention], str]:
        """Who does what a present participle on a noun says: the noun's actors ("troops
        guarding the border"), or the issuer of a document ("issued a statement demanding",
        "the council's resolution urging")."""
        actors = self.actors_of(noun)
        if actors:
            return actors, "participle-noun"
        if noun.lemma_.lower() in DOCUMENT_NOUNS:
            owners, rule = self._noun_source(noun)
            return owners, f"document-{rule}"
        return [], "none"

    def _controlling_object(self, head: Token) -> list[ActorMention]:
        """The actors of the object before an infinitive ("asked Russia to withdraw"), who are
        the infinitive's doers; none when the object is no actor ("offered troops to help") or
        the verb is not one of object control ("summoned the envoy to complain")."""
        if head.lemma_.lower() not in OBJECT_CONTROL_VERBS:
            return []
        for child in head.children:
            if child.dep_ in ("dobj", "obj"):
                return self.actors_of(child)
        return []

    def _subject_actors(self, verb: Token, subj: Token) -> tuple[list[ActorMention], str]:
        """The actors of a subject slot; a pronoun with no actor of its own stands for the
        subject of the verb whose clause it is in ("Russia said it would retaliate"), a
        relative pronoun for the noun its clause modifies ("the rebels, who attacked ...")."""
        found = self.actors_of(subj)
        if not found and subj.tag_ == "VBG":
            # "The Red Cross operating in Syria said": a reduced relative the parser took for
            # a gerund subject, whose own subject is the real one
            for inner in subj.children:
                if inner.dep_ in SUBJECTS and inner.i < subj.i:
                    return self.actors_of(inner), "participle-subject"
        if not found and self._is_force_noun(subj):
            found = self._force_noun_owners(subj)  # "US drone strikes killed ...": the US did
            if found:
                return found, "subject-force-owner"
        if found or subj.pos_ != "PRON":
            return found, "subject"
        word = subj.lower_
        if word in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
            return self.actors_of(verb.head), "relative-pronoun"
        if word in PRONOUN_KINDS:
            governor = self._clause_governor(verb)
            if governor is not None:
                actors, _rule = self.subject_of(governor)
                kinds = PRONOUN_KINDS[word]
                if actors and (kinds is None or (len(actors) == 1 and actors[0].kind in kinds)):
                    return actors, "pronoun-governor"
        return [], "subject"

    def _inner_actors(self, pobj: Token, code: str) -> list[ActorMention]:
        """The actor a non-actor filler of the pattern's slot belongs to, or for force, where
        it is ("an attack on the home of the Nicaraguan ambassador", "sanctions on imports
        from Iran", "fired rockets at positions in Syria")."""
        preps = OBJECT_PHRASE_PREPS | (
            LOCATIVE_PREPS_OF_MEASURES if code[:2] in FORCE_ROOTS else set()
        )
        for _prep, inner in self.prep_objects(pobj, frozenset(preps)):
            found = [a for a in self.actors_of(inner) if a.code is not None]
            if found:
                return found
        return self._holders(pobj) if code[:2] in FORCE_ROOTS else []

    def _holders(self, place: Token) -> list[ActorMention]:
        """Who holds a place force was used on, told by a participle of holding compounded
        with its name ("rebel-held territory", "Taliban-controlled villages"): the force was
        used against them."""
        for child in place.children:
            if child.dep_ != "amod" or child.lemma_.lower() not in HOLDING_PARTICIPLES:
                continue
            for holder in child.children:
                if holder.dep_ in ("npadvmod", "compound", "nmod") and holder.i < child.i:
                    found = [a for a in self.actors_of(holder) if a.code is not None]
                    if found:
                        return found
        return []

    def _speaker_pronoun(self, verb: Token, tok: Token) -> list[ActorMention]:
        """A pronoun in the object of a reported act stands for the reporter when it can
        ("Israel said a rocket was fired at it", "Iran said the US had attacked it"): the
        subject of the speech verb whose clause the act is in."""
        word = tok.lower_
        if tok.pos_ != "PRON" or word not in PRONOUN_KINDS or word in ("we", "they"):
            return []
        governor = self._clause_governor(verb)
        if governor is None:
            return []
        actors, _rule = self.subject_of(governor)
        kinds = PRONOUN_KINDS[word]
        if len(actors) == 1 and (kinds is None or actors[0].kind in kinds):
            return actors
        return []

    @staticmethod
    def _clause_governor(verb: Token) -> Token | None:
        """The verb whose complement clause ``verb`` heads, across coordination and
        infinitives ("said it would meet and sign", "said it was ready to send")."""
        cur = verb
        for _ in range(4):
            if cur.dep_ == "ccomp" and cur.head is not cur:
                return cur.head
            if cur.dep_ not in ("conj", "xcomp", "acomp") or cur.head is cur:
                return None
            cur = cur.head
        return None

    def _late_agent(self, verb: Token) -> Token | None:
        """The agent of a passive told after its complement ("was accused of taking bribes by
        X"): the parser hangs the "by" phrase on the active gerund or infinitive, which has
        a doer of its own; only a known actor there counts."""
        for _prep, comp in self.prep_objects(verb, None):
            if comp.dep_ == "pcomp" and comp.tag_ == "VBG" and not self._is_passive(comp):
                for prep, pobj in self.prep_objects(comp, frozenset({"by"})):
                    if prep.dep_ == "prep" and self.actors_of(pobj):
                        return pobj
        return None

    def _force_owners(self, verb: Token) -> list[ActorMention]:
        """Who used the force in which an agentless passive happened ("were killed in an
        Israeli air strike", "were wounded during a Taliban rocket attack"): the owner of a
        force noun in the verb's in/during phrase, told by a possessor, a compound, an
        adjective of a state or a by-phrase. A force noun with no owner names no one."""
        for _prep, pobj in self.prep_objects(verb, FORCE_MEANS_PREPS):
            for noun in (pobj, *pobj.conjuncts):
                if not self._is_force_noun(noun):
                    continue
                owners = [m for m in self._force_noun_owners(noun) if m.code is not None]
                if owners:
                    return owners
        return self._split_force_owners(verb)

    def _split_force_owners(self, verb: Token) -> list[ActorMention]:
        """The owner of a force noun the parser split off its phrase as a verb ("killed in
        Israeli tank shelling": "in Israeli tank" then a subjectless "shelling" clause): the
        phrase just before the "-ing" word is the noun's modifier, so its actor is the owner."""
        clause = self._split_force_clause(verb)
        if clause is None:
            return []
        return [m for m in self.actors_of(self.doc[clause.i - 1]) if m.code is not None]

    def _split_force_clause(self, verb: Token) -> Token | None:
        """The subjectless "-ing" clause of a force noun split off the verb's in/during phrase
        (see ``_split_force_owners``); its own phrases are the force's ("shelling in the east
        of the Gaza Strip")."""
        for child in verb.children:
            if child.dep_ != "advcl" or child.tag_ != "VBG" or child.i == 0:
                continue
            if child.lower_ not in self.patterns.nouns or not self._is_force_word(child.lower_):
                continue
            if any(c.dep_ in SUBJECTS | PASSIVE_SUBJECTS | {"aux"} for c in child.children):
                continue
            before = self.doc[child.i - 1]
            prep = before.head
            if before.dep_ == "pobj" and prep.head == verb and prep.lower_ in FORCE_MEANS_PREPS:
                return child
        return None

    def _is_force_word(self, word: str) -> bool:
        return any(p.code[:2] in FORCE_ROOTS for p in self.patterns.nouns.get(word, ()))

    def _fired_from(self, verb: Token) -> list[ActorMention]:
        """The state or territory a passive act of military fighting came from ("a mortar was
        fired at it from the Gaza Strip", "shells were launched from Syria"): news names the
        origin when the shooter is unknown, and the origin's side is the source. Only for
        verbs of fighting (CAMEO 19), not of other coercion ("was kidnapped from Kenya")."""
        pats = self.patterns.verbs.get(verb_lemma(verb, self.patterns), ())
        if not any(p.code[:2] == FIGHT_ROOT for p in pats):
            return []
        for _prep, pobj in self.prep_objects(verb, frozenset({"from"})):
            found = [a for a in self.actors_of(pobj) if a.kind == "state" and a.code is not None]
            if found:
                return found
        return []

    def _is_force_noun(self, noun: Token) -> bool:
        pats = self.patterns.nouns.get(noun.lemma_.lower(), ())
        return any(p.code[:2] in FORCE_ROOTS for p in pats)

    def _force_noun_owners(self, noun: Token) -> list[ActorMention]:
        """The owner of a force noun, also when the resolver made one mention of the owner and
        the noun ("Israeli air strikes" as a single actor) and when the owner qualifies the
        weapon the noun is named by ("US drone strikes")."""
        own = self.index.at(noun)
        if own is not None:
            return [own] if own.start < noun.i and own.code is not None else []
        owners, _rule = self._noun_source(noun)
        if owners:
            return owners
        for child in noun.children:
            if child.dep_ == "compound" and self.index.at(child) is None:
                for inner in child.children:
                    hit = self.index.at(inner) if inner.dep_ in ("compound", "amod") else None
                    if hit is not None and hit.kind != "person":
                        return [hit]
        return []

    @staticmethod
    def _agent(verb: Token) -> Token | None:
        for child in verb.children:
            if child.dep_ == "agent":
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        return pobj
        return None

    @staticmethod
    def _is_passive(verb: Token) -> bool:
        return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)

    def direct_object(self, verb: Token) -> Token | None:
        """The logical object: dobj, passive subject, or the noun a participle modifies."""
        if self._is_passive(verb):
            for child in verb.children:
                if child.dep_ in PASSIVE_SUBJECTS:
                    return child
            if verb.dep_ == "xcomp":  # "X is expected to be signed": object is the raised subj
                for child in verb.head.children:
                    if child.dep_ in PASSIVE_SUBJECTS:
                        return child
            if verb.dep_ == "conj":  # "were arrested and were later released by X": shared
                for child in verb.head.children:
                    if child.dep_ in PASSIVE_SUBJECTS | SUBJECTS and child.i < verb.head.i:
                        return child
        objects = [c for c in verb.children if c.dep_ in OBJECTS]
        for child in objects:  # "give Tanzania a grant": the thing given, not the receiver
            if child.dep_ != "dative":
                return child
        for child in objects:
            if child.pos_ != "ADP":
                return child
        if verb.dep_ in ("acl", "relcl") and verb.tag_ == "VBN":
            return verb.head
        return _object_after_as(verb)

    @staticmethod
    def _dative(verb: Token) -> Token | None:
        """The receiver of a double-object verb when it is a noun, not a "to" phrase."""
        if not any(c.dep_ in ("dobj", "obj") for c in verb.children):
            return None
        for child in verb.children:
            if child.dep_ == "dative" and child.pos_ != "ADP":
                return child
        return None

    @staticmethod
    def prep_objects(tok: Token, preps: frozenset[str] | None) -> Iterator[tuple[Token, Token]]:
        """(prep, object) pairs hanging off ``tok`` for the allowed prepositions."""
        for child in tok.children:
            if child.dep_ in ("prep", "agent", "dative") and (
                preps is None or child.lower_ in preps
            ):
                found = False
                for pobj in child.children:
                    if pobj.dep_ in ("pobj", "pcomp"):
                        found = True
                        yield child, pobj
                stranded = None if found else _stranded_object(child)
                if stranded is not None:
                    yield child, stranded

    # ----------------------------------------------------------------- verbal events
    def code_verb(self, verb: Token) -> list[RawEvent]:
        advice = self.code_travel_advice(verb)
        if advice is not None:
            return advice
        if verb.lemma_.lower() in WARNING_VERBS:
            warned = self.code_conditional_warning(verb)
            if warned:
                return warned
        if verb.lemma_.lower() in RECEIPT_VERBS:
            received = self.code_receipt(verb)
            if received:
                return received
        if verb.lemma_.lower() in STATIVE_TO_VERBS:
            stative = self.code_stative(verb)
            if stative is not None:
                return stative
        for pat in self.patterns.verbs.get(verb_lemma(verb, self.patterns), ()):
            events = self._match_verb(verb, pat)
            if events is not None:
                return events
        return []

    def code_received_demand(self, noun: Token) -> list[RawEvent]:
        """A demand told from the side of the one who receives it: "X faced pressure from Y to
        act", "X came under pressure from Y", "amid calls from Y for X to resign" are Y's
        demands of X (CAMEO 10x, refined by the act demanded). The demander is the "from"
        phrase and must be an actor (pressure from markets is no demand); the target is who
        the "for" clause names, else the subject of the verb that faces the demand or is
        under it."""
        demanders = [
            a
            for _p, pobj in self.prep_objects(noun, frozenset({"from"}))
            for a in self.actors_of(pobj)
        ]
        if not demanders:
            return []
        act = self._demanded_act(noun)
        if (
            noun.lemma_.lower() in DEMAND_NOUNS_NEEDING_ASK
            and act is None
            and not any(True for _ in self.prep_objects(noun, frozenset({"for"})))
        ):
            return []  # "received a call from Putin" is a phone call, not a demand
        targets, rule = self._demand_receivers(noun, act)
        if not targets:
            return []
        code, refined = self._demanded_act_code(act)
        if act is not None:
            self.demanded_acts[act.i] = noun.i
        path = f"{noun.text} from {demanders[0].text} ({rule}: {targets[0].text})"
        rules = ("received-demand", rule, *refined)
        self.claimed_nouns.add(noun.i)
        return _pairs(
            code,
            noun.i,
            demanders,
            targets,
            f"{noun.lemma_} from",
            path,
            rules,
            0.65,
            nominal=True,
        )

    def _demand_receivers(self, noun: Token, act: Token | None) -> tuple[list[ActorMention], str]:
        """Who a received demand is aimed at, and the rule that found them; ``act`` is the act
        it asks for (``_demanded_act``)."""
        clause = _for_clause(noun, ("VERB", "AUX"))
        if clause is not None:
            for subj in (c for c in clause.children if c.dep_ in SUBJECTS):
                actors = self.actors_of(subj)
                if actors:
                    return actors, "for-clause-subject"
        if act is not None:
            for _prep, pobj in self.prep_objects(noun, frozenset({"for"})):
                actors = self.actors_of(pobj)  # "calls from X for the minister to resign"
                if actors:
                    return actors, "for-object"
        head = noun.head
        if noun.dep_ in OBJECTS and head.lemma_.lower() in DEMAND_RECEIVING_VERBS:
            actors, _rule = self.subject_of(head)
            return actors, "receiver-subject"
        if noun.dep_ == "pobj" and head.lower_ == "under" and head.head.pos_ in ("VERB", "AUX"):
            actors, _rule = self.subject_of(head.head)
            return actors, "under-subject"
        return [], "none"

    @staticmethod
    def _demanded_act(noun: Token) -> Token | None:
        """The act a received demand asks for: the verb of its "for" clause, or the
        infinitive on the noun or on the verb that faces it ("pressure to release")."""
        clause = _for_clause(noun, ("VERB",))
        if clause is not None:
            return clause
        holders = [noun] if noun.dep_ not in OBJECTS else [noun, noun.head]
        for holder in holders:
            for act in holder.children:
                if (
                    act.pos_ == "VERB"
                    and act.dep_ in ("acl", "advcl", "relcl", "xcomp")
                    and _has_aux(act, TO)
                ):
                    return act
        return None

    @staticmethod
    def _demanded_act_code(act: Token | None) -> tuple[str, tuple[str, ...]]:
        """The demand's code refined by the act asked for ("pressure to release the pastor":
        1053, "calls for X to resign": 1041), read from the act's verb only: its object says
        little of the demand ("to tighten security" is no demand for military aid)."""
        if act is None:
            return RECEIVED_DEMAND_CODE, ()
        _, refine = load_refinements()
        options = refine.get(RECEIVED_DEMAND_CODE, {})
        for domain in topic_domains(act, [act]):
            if domain in options:
                return options[domain], (f"refined:{domain}",)
        return RECEIVED_DEMAND_CODE, ()

    def code_conditional_warning(self, verb: Token) -> list[RawEvent]:
        """ "X warned (that) it would retaliate if Y attacked": a warning of the speaker's own
        act under a condition is a threat (CAMEO 13x, its subcode from the act, see
        ``_threatener``) aimed at whoever must meet the condition, else at the act's object.
        Only the speaker's own act counts ("warned that the rebels would attack if ..." is a
        prediction)."""
        sources, srule = self.subject_of(verb)
        if not sources:
            return []
        keys = {s.key for s in sources}
        for act in (c for c in verb.children if c.dep_ == "ccomp"):
            if not _has_aux(act, FUTURE_AUX):
                continue
            doers, _rule = self.subject_of(act)
            if not doers or {d.key for d in doers} != keys:
                continue
            targets = self.condition_subject_actors(act, sources)
            if not targets:
                continue
            path = f"{srule} -> {verb.lemma_} -ccomp-> {act.text} (conditional own act)"
            return _pairs(
                GENERIC_THREAT_CODE,
                verb.i,
                sources,
                _other_than(targets, sources),
                f"{verb.lemma_} would ... if",
                path,
                ("conditional-warning", "condition-subject"),
                0.6,
            )
        return []

    def code_travel_advice(self, verb: Token) -> list[RawEvent] | None:
        """Travel advice is contact limited with a place (CAMEO 160): "advised its citizens
        against travel to X", "issued a travel warning for X" are aimed at X, not at the
        citizens advised. None when the verb gives no travel advice; no events when the place
        is no actor."""
        place = self._travel_place(verb)
        if place is None:
            return None
        targets = self.actors_of(place)
        sources, srule = self.subject_of(verb)
        targets = _other_than(targets, sources)
        path = f"{srule} -> {verb.lemma_} (travel advice: {place.text})"
        return _pairs(
            TRAVEL_ADVICE_CODE,
            verb.i,
            sources,
            targets,
            "travel advice",
            path,
            ("travel-advice",),
            0.7,
        )

    def _travel_place(self, verb: Token) -> Token | None:
        """The place travel advice is about: the object of "to" under "against travel|going"
        on an advising verb, or of "for|to|on" on a "travel warning|advisory" it issues."""
        if verb.lemma_.lower() in TRAVEL_ADVICE_VERBS:
            for _prep, trip in self.prep_objects(verb, frozenset({"against"})):
                if trip.lemma_.lower() in TRAVEL_WORDS:
                    return next((o for _p, o in self.prep_objects(trip, frozenset({"to"}))), trip)
        obj = self.direct_object(verb)
        if (
            obj is not None
            and obj.lemma_.lower() in TRAVEL_NOTICE_NOUNS
            and any(
                c.dep_ in ("compound", "amod") and c.lemma_.lower() in TRAVEL_WORDS
                for c in obj.children
            )
        ):
            self.claimed_nouns.add(obj.i)
            for holder in (obj, verb):
                for _prep, pobj in self.prep_objects(holder, TRAVEL_NOTICE_PREPS):
                    return pobj
            return obj
        return None

    def code_stative(self, verb: Token) -> list[RawEvent] | None:
        """``X is opposed to Y``: a participle of state whose "to" phrase names the object is
        the subject's own act (X opposes Y), not a passive with a hidden agent. None when the
        clause is a true passive (an agent is named) or has no "to" phrase."""
        if self._agent(verb) is not None or not (self._is_passive(verb) or verb.dep_ == "acomp"):
            return None
        obj = next((o for _p, o in self.prep_objects(verb, frozenset({"to"}))), None)
        pat = next(
            (p for p in self.patterns.verbs.get(verb.lemma_.lower(), ()) if p.target == "dobj"),
            None,
        )
        if obj is None or pat is None:
            return None
        subj = next((c for c in verb.children if c.dep_ in PASSIVE_SUBJECTS | SUBJECTS), None)
        if subj is not None:
            sources, srule = self._subject_actors(verb, subj)
        else:
            sources, srule = self.subject_of(verb)
        keys = {s.key for s in sources}
        targets: list[ActorMention | None] = [t for t in self.actors_of(obj) if t.key not in keys]
        path = f"{srule} -> be {verb.text} -prep(to)-> {obj.text} (state)"
        return [
            RawEvent(pat.code, verb.i, s, t, pat.phrase, path, rules=("stative-participle",))
            for s in sources
            for t in targets or [None]
        ]

    def code_receipt(self, verb: Token) -> list[RawEvent]:
        """A receipt is the giver's act: "X received weapons from Y" is coded as "Y gave weapons
        to X". The object is matched against the giving verbs' object patterns, the giver is the
        "from" phrase, the receiver the subject; nothing when the giver or the thing given is not
        known."""
        obj = self.direct_object(verb)
        if obj is None or self._is_passive(verb):
            return []
        givers: list[ActorMention] = []
        for holder in (verb, obj):
            for _prep, pobj in self.prep_objects(holder, frozenset({"from"})):
                givers = self.actors_of(pobj)
                if givers:
                    break
            if givers:
                break
        if not givers:
            return []
        pat = self._giving_pattern(obj)
        if pat is None:
            return []
        receivers, rule = self.subject_of(verb)
        path = f"{verb.text} {obj.text} from {givers[0].text} (receipt: {pat.phrase})"
        return [
            RawEvent(
                pat.code,
                verb.i,
                g,
                r,
                pat.phrase,
                path,
                rules=("receipt", rule),
                confidence=0.7,
            )
            for g in givers
            for r in (receivers or [None])  # type: ignore[list-item]
            if r is None or g.key != r.key
        ]

    def _giving_pattern(self, obj: Token) -> VerbPattern | None:
        """The most specific giving-verb pattern with a recipient whose object noun ``obj``
        is."""
        for lemma in sorted(GIVING_VERBS):
            for pat in self.patterns.verbs.get(lemma, ()):
                if pat.noun and pat.target == "prep" and _light_object(obj, pat.noun) is not None:
                    return pat
        return None

    def _match_verb(self, verb: Token, pat: VerbPattern) -> list[RawEvent] | None:
        children = list(verb.children)
        if pat.specificity == 0 and _tries_infinitive(verb, children):
            return None  # "are seeking to deepen ties": the infinitive's act is the event
        particles = [c for c in children if _is_particle(c, pat.particle)]
        if pat.particle and not particles:
            return None
        noun_tok: Token | None = None
        if pat.noun:
            noun_tok = _light_object(self.direct_object(verb), pat.noun)
            if noun_tok is None:
                return None
        targets: list[ActorMention] = []
        path = f"{verb.lemma_}"
        if pat.target == "prep":
            found = None
            # "pulled back from X", "pulled out of X": the parser hangs the preposition on the
            # particle, so the target is looked for under it too
            holders = (verb, noun_tok) if noun_tok is not None else (verb, *particles)
            for holder in holders:
                for prep, pobj in self.prep_objects(holder, pat.prep):
                    found = (prep, pobj)
                    break
                if found:
                    break
            if not found and pat.prep is not None and pat.prep & RECIPIENT_PREPS:
                dative = self._dative(verb)  # "give Tanzania a grant", "offer Iran talks"
                if dative is not None:
                    found = (dative, dative)
            if not found:
                if noun_tok is not None:
                    # "a treaty between X and Y was signed": partners from the noun
                    pair = self._between(noun_tok)
                    if pair:
                        self.claimed_nouns.add(noun_tok.i)
                        return [
                            RawEvent(
                                pat.code,
                                verb.i,
                                pair[0],
                                pair[1],
                                pat.phrase,
                                f"{verb.lemma_} (between on {noun_tok.text})",
                                rules=("between",),
                                bilateral=True,
                                confidence=0.7,
                            )
                        ]
                return None
            prep, pobj = found
            targets = (
                self.actors_of(pobj)
                or self._speaker_pronoun(verb, pobj)
                or self._inner_actors(pobj, pat.code)
            )
            path += (
                f" -dative-> {pobj.text}"
                if prep is pobj
                else f" -prep({prep.lower_})-> {pobj.text}"
            )
        elif pat.prep:  # "call for": no target, but the preposition is part of the wording
            if not any(True for _ in self.prep_objects(verb, pat.prep)):
                return None
            path += f" -prep({'|'.join(sorted(pat.prep))})"
        elif pat.target == "dobj":
            obj = self.direct_object(verb)
            if obj is None:
                return None
            targets = self.actors_of(obj) or self._speaker_pronoun(verb, obj)
            if not targets and pat.code[:2] in FORCE_ROOTS:
                targets = self._holders(obj)  # "shelled rebel-held territory": the rebels
            path += f" -obj-> {obj.text}"
        elif noun_tok is not None:
            # "demolished the Russian embassy building", "accepted the Egyptian proposal": an
            # object the resolver took for an actor's own is what the act is aimed at
            targets = [a for a in self.actors_of(noun_tok) if a.code is not None]
            if targets:
                path += f" -obj-> {noun_tok.text} (owned by {targets[0].text})"
        for comp in pat.complement:
            has_comp = any(c.dep_ in ("prep", "aux", "mark") and c.lower_ == comp for c in children)
            if not has_comp and not any(c.dep_ == "xcomp" for c in children):
                return None
        sources, srule = self.subject_of(verb)
        path = f"{srule} -> " + path
        if not targets and pat.code in CLAIM_CODES and noun_tok is not None:
            for _prep, act in self.prep_objects(noun_tok, frozenset({"for"})):
                # "claimed responsibility for the attack on Israeli soldiers": aimed at them
                targets = self._claimed_act_targets(act)
                if targets:
                    path += f" (target of the act claimed: {targets[0].text})"
                    break
        if pat.code in COMPLAINT_CODES and pat.target != "dobj":
            grievance = self._grievance_actors(verb, noun_tok, sources)
            if grievance:  # "complained to the UN over Israeli raids": against Israel
                targets = grievance
                path += f" (complained about: {grievance[0].text})"
        targets = _other_than(targets, sources)
        if noun_tok is not None:
            self.claimed_nouns.add(noun_tok.i)
        if not sources:
            if targets and self._is_passive(verb) and pat.target == "dobj":
                note = path + " (agentless passive)"
                return [
                    _fallback(pat.code, verb.i, None, t, pat.phrase, note, "agentless-passive")
                    for t in targets
                ]
            return []
        rules: tuple[str, ...] = ()
        confidence = 0.8
        if not targets and len(sources) >= 2 and _symmetric(pat.code) and srule.endswith("subject"):
            # only coordinated *subjects* act together: "talks mediated by the AU and the US"
            # names two mediators, not two partners
            # "Jordan and Britain agreed to hold exercises": each partner with the other;
            # "the US, Russia and China met": every pair, each once, in text order
            return [
                RawEvent(
                    pat.code,
                    verb.i,
                    first,
                    other,
                    pat.phrase,
                    path + " (partners)",
                    rules=("coordinated-partners",),
                    bilateral=True,
                    confidence=0.7,
                )
                for n, first in enumerate(sources)
                for other in sources[n + 1 :]
                if other.key != first.key
            ]
        if not targets and pat.code[:2] in CLAUSE_TARGET_ROOTS:
            targets = self.clause_subject_actors(verb, sources)
            if targets:
                rules, confidence = ("clause-subject",), 0.65
                path += f" (subject of its clause: {targets[0].text})"
        if not targets and pat.code[:2] in CONDITION_TARGET_ROOTS:
            targets = self.condition_subject_actors(verb, sources)
            if targets:
                rules, confidence = ("condition-subject",), 0.6
                path += f" (subject of its condition: {targets[0].text})"
        if not targets:
            targets = self.following_actors(verb, sources, pat)
            if targets:
                rules, confidence = ("first-actor-after-verb",), 0.6
                path += f" (first actor after verb: {targets[0].text})"
        if not targets:
            targets = self._purpose_destination(verb, sources)
            if targets:
                rules, confidence = ("purpose-destination",), 0.5
                path += f" (where it was sent to do so: {targets[0].text})"
        if not targets and pat.code[:2] == PROTEST_ROOT:
            targets = self._purpose_target(verb, sources)
            if targets:
                rules, confidence = ("protest-purpose",), 0.55
                path += f" (what it was done against: {targets[0].text})"
        if not targets and pat.code[:2] == PROTEST_ROOT:
            return self._protest_events(pat.code, verb.i, sources, pat.phrase, path, False)
        if not targets and pat.code in HOME_MEASURE_CODES:
            home = self._home_measure_events(pat.code, verb.i, sources, pat.phrase, path, False)
            if home:
                return home
        if not targets and srule == "passive-force-owner":
            clause = self._split_force_clause(verb)
            targets = self._place_state(clause, sources) if clause is not None else []
            if targets:  # "killed in Israeli shelling in the north of X": force used on X
                rules, confidence = ("force-place",), 0.55
                path += f" (where the force was used: {targets[0].text})"
        if not targets and self._force_on_non_actor(verb, pat):
            note = path + " (object is no actor)"
            return [
                _fallback(pat.code, verb.i, s, None, pat.phrase, note, "force-on-non-actor")
                for s in sources
            ]
        if not targets:
            if pat.target != "none":
                return None  # a less specific reading of the verb may still hold
            return [RawEvent(pat.code, verb.i, s, None, pat.phrase, path) for s in sources]
        return [
            RawEvent(pat.code, verb.i, s, t, pat.phrase, path, rules=rules, confidence=confidence)
            for s in sources
            for t in targets
            if s.key != t.key
        ]

    def _claimed_act_targets(self, act: Token) -> list[ActorMention]:
        """Whom or where a claimed act hit, from its own phrases ("the attack on Israeli
        soldiers", "a bombing in Kabul") or those of a participle describing it ("an attack
        targeting shoppers at a mall in Kenya's capital")."""
        found = self._inner_actors(act, CLAIMED_ACT_CODE)
        if found:
            return found
        for part in act.children:
            if part.dep_ != "acl" or part.tag_ not in ("VBG", "VBN"):
                continue
            slots = [o for _p, o in self.prep_objects(part, None)]
            slots += [c for c in part.children if c.dep_ in OBJECTS]
            for slot in slots:
                found = [a for a in self.actors_of(slot) if a.code is not None]
                found = found or self._inner_actors(slot, CLAIMED_ACT_CODE)
                if found:
                    return found
        return []

    def _grievance_actors(
        self, verb: Token, noun: Token | None, sources: Sequence[ActorMention]
    ) -> list[ActorMention]:
        """The party an official complaint is about, named after "over", "about" or "against"
        ("complained to the UN over Israeli raids", "lodged a protest with Cairo against the
        rebels"): CAMEO codes the complaint against it, not against the body it is lodged
        with. The actor may own the thing complained about ("over raids by Israel")."""
        keys = {s.key for s in sources}
        holders = [verb] if noun is None else [verb, noun]
        # the parser often hangs the phrase on the addressee ("with the Council against X")
        holders += [o for h in list(holders) for _p, o in self.prep_objects(h, ADDRESSEE_PREPS)]
        for holder in holders:
            for _prep, pobj in self.prep_objects(holder, GRIEVANCE_PREPS):
                found = (
                    self.actors_of(pobj)
                    or self._inner_actors(pobj, "114")
                    or self._act_owners(pobj)
                )
                found = [a for a in found if a.code is not None and a.key not in keys]
                if found:
                    return found
        return []

    def _act_owners(self, noun: Token) -> list[ActorMention]:
        """Who did the act an event noun names ("Turkish shelling", "Iran's arrests")."""
        if noun.lemma_.lower() not in self.patterns.nouns:
            return []
        owners, _rule = self._noun_source(noun)
        return owners

    def _force_on_non_actor(self, verb: Token, pat: VerbPattern) -> bool:
        """Force used on something that is no actor ("shelled border villages", "attacked a
        convoy") is still the source's act of force, coded without a target (the place may
        give one later), where a reading that needs an actor object would otherwise drop it. A
        pronoun is not such a thing but someone the text does not name here."""
        obj = self.direct_object(verb)
        return (
            pat.target == "dobj"
            and pat.code[:2] in FORCE_ROOTS
            and not pat.noun
            and obj is not None
            and obj.pos_ != "PRON"  # "attacked them", "attacked themselves": someone unnamed
        )

    def _purpose_target(self, verb: Token, sources: Sequence[ActorMention]) -> list[ActorMention]:
        """Whom a protest act is aimed at when its purpose says so ("began a hunger strike to
        protest the government's decision", "blocked a road to denounce X"): the first known
        actor among the purpose infinitive's own arguments."""
        keys = {s.key for s in sources}
        for child in verb.children:
            if child.dep_ != "advcl" or not _is_infinitive_complement(child):
                continue
            for tok in self._argument_slots(child, False, False, depth=1):
                found = [a for a in self.actors_of(tok) if a.key not in keys and a.code]
                if found:
                    return found
        for tok in self._in_protest_slots(verb):
            found = [a for a in self.actors_of(tok) if a.key not in keys and a.code]
            if found:
                return found
        return []

    def _in_protest_slots(self, verb: Token) -> Iterator[Token]:
        """What a "staged a sit-in in protest against X" / "in protest at X's decision" phrase
        names: the grievance and whose it is ("abuses by the police", "the arrest of X")."""
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        phrases = [p for tok in (verb, *objects) for p in self.prep_objects(tok, IN_PROTEST_PREPS)]
        for _prep, noun in phrases:  # the parser hangs it on the verb or on the act's noun
            if noun.lemma_.lower() not in PROTEST_NOUNS:
                continue
            for _p, grievance in self.prep_objects(noun, PROTESTED_PREPS):
                yield grievance
                for _q, inner in self.prep_objects(grievance, OBJECT_PHRASE_PREPS):
                    yield inner

    def _purpose_destination(
        self, verb: Token, sources: Sequence[ActorMention]
    ) -> list[ActorMention]:
        """An act done for a purpose at a destination is aimed at the destination's state ("sent
        experts to Bosnia to investigate", "flew to Tokyo to negotiate"): the "to" place of a
        verb of going or sending whose purpose infinitive ``verb`` is."""
        head = verb.head
        if head is verb or not _is_infinitive_complement(verb) or verb.dep_ != "advcl":
            return []
        if head.lemma_.lower() not in MOTION_VERBS:
            return []
        codes = {s.code for s in sources}
        for _prep, pobj in self.prep_objects(head, frozenset({"to"})):
            if found := self._other_states(pobj, codes):
                return found
        return []

    def clause_subject_actors(
        self, verb: Token, sources: Sequence[ActorMention]
    ) -> list[ActorMention]:
        """The addressee of a demand, appeal or warning told as a clause: the subject of the
        verb's clausal complement ("demanded that Iran halt", "warned that Russia would")."""
        keys = {s.key for s in sources}
        for clause in self._clauses_of_verb(verb):
            if found := self._clause_subject(clause, keys):
                return found
        return []

    def _clauses_of_verb(self, verb: Token) -> Iterator[Token]:
        """The verb's clausal complements and the that-clauses of the nouns it governs
        directly or through a preposition ("insisted on its demand that Iran halt")."""
        for child in verb.children:
            if child.dep_ == "ccomp":
                yield child
        for child in verb.children:
            if child.dep_ in OBJECTS:
                yield from _noun_clauses(child)
        for _prep, pobj in self.prep_objects(verb, None):
            yield from _noun_clauses(pobj)

    def _clause_subject(self, clause: Token, keys: set[str]) -> list[ActorMention]:
        """Actors named by a clause's subject, leaving out the event's own sources."""
        for subj in clause.children:
            if subj.dep_ in SUBJECTS | PASSIVE_SUBJECTS:
                found = [a for a in self.actors_of(subj) if a.key not in keys]
                if found:
                    return found
        return []

    def condition_subject_actors(
        self, verb: Token, sources: Sequence[ActorMention]
    ) -> list[ActorMention]:
        """The addressee of a threat is whoever must meet its condition: the subject of an
        ``if``/``unless`` clause on the threat or on the threatened act ("threatened to close
        the border unless the United States lifted sanctions")."""
        keys = {s.key for s in sources}
        holders = [verb, *(c for c in verb.children if c.dep_ == "xcomp")]
        for holder in holders:
            for clause in holder.children:
                if clause.dep_ != "advcl" or not _has_mark(clause, CONDITION_MARKS):
                    continue
                if found := self._clause_subject(clause, keys):
                    return found
        return []

    def _protest_events(
        self,
        code: str,
        trigger: int,
        sources: Sequence[ActorMention],
        phrase: str,
        path: str,
        nominal: bool,
    ) -> list[RawEvent]:
        """A protest that names no target and no place is aimed at the protesters' own
        government (the CAMEO convention for domestic dissent); without a known country the
        protest keeps no target."""
        out = []
        for s in sources:
            home = self._home_state(s)
            if home is None or home.key == s.key:
                out.append(RawEvent(code, trigger, s, None, phrase, path, nominal=nominal))
            else:
                note = path + " (home government)"
                rule = "protest-home-government"
                out.append(_fallback(code, trigger, s, home, phrase, note, rule, nominal=nominal))
        return out

    def _home_measure_events(
        self,
        code: str,
        trigger: int,
        sources: Sequence[ActorMention],
        phrase: str,
        path: str,
        nominal: bool,
    ) -> list[RawEvent]:
        """A curfew, ban or state of emergency imposed or lifted by a state's authorities with
        no named target falls on that state's own population (CAMEO's convention for
        domestic measures). Other sources (rebels, foreign bodies) get no such target."""
        out = []
        for s in sources:
            if s.kind != "state" and s.role not in AUTHORITY_ROLES:
                continue
            people = self._home_population(s)
            if people is not None:
                note = path + " (own population)"
                rule = "measure-home-population"
                out.append(_fallback(code, trigger, s, people, phrase, note, rule, nominal=nominal))
        return out

    def _home_population(self, actor: ActorMention) -> ActorMention | None:
        """The people of the authority's own country, where the text names that country
        apart from the authority itself ("imposed a curfew across Kenya"): OUTPUT.md forbids
        inventing an actor the text does not name."""
        named = self._named_state(actor)
        if named is None:
            return None
        return replace(
            named, role=None, key=f"population:{named.code}", rule="home-population", members=()
        )

    def _home_state(self, actor: ActorMention) -> ActorMention | None:
        """The actor's own state where the text names it apart from the actor ("protesters
        in Kenya's capital marched …"); None otherwise: never invented."""
        return self._named_state(actor)

    def _named_state(self, actor: ActorMention) -> ActorMention | None:
        code = actor.code
        if code is None:
            return None
        for m in self.index.by_token.values():
            if m.code != code or m.kind != "state" or m.role not in (None, "GOV"):
                continue
            if m.end <= actor.start or m.start >= actor.end:  # a mention of its own
                return m
        return None

    def following_actors(
        self, verb: Token, sources: Sequence[ActorMention], pat: VerbPattern
    ) -> list[ActorMention]:
        """The first actor in the verb's own argument slots when the pattern's slot names none:
        its objects (and their of/for/to/with/by/from phrases: "support the efforts of Turkey",
        "rejected calls by Belarus"), prepositions that point at someone (to, with, against,
        on, at, toward), the same slots of an infinitive complement ("agreed to send troops to
        Lebanon"), and the against/on/with phrase of an event noun the verb is for ("mobilised
        reservists for a war against Iraq"). For measures over a territory (protest, show of
        force, easing or imposing restrictions) a place "in" X counts too ("lifted a curfew in
        Kosovo"). Embedded clauses and deeper phrases are left alone; where a direct object
        exists but is not an actor, only that object's own phrases and the directional to and
        against are searched ("extradited a businessman to Somalia")."""
        keys = {s.key for s in sources}
        locative = pat.code[:2] in LOCATIVE_TARGET_ROOTS
        for tok in self._argument_slots(verb, pat.target == "dobj", locative, depth=0):
            # a guess needs a known actor: an unknown one ("troops") names no one to aim at
            found = [a for a in self.actors_of(tok) if a.key not in keys and a.code is not None]
            if found:
                return found
        if pat.code[:2] in THREAT_ROOTS:
            return self._threatened_place(verb, sources)
        return []

    def _threatened_place(self, verb: Token, sources: Sequence[ActorMention]) -> list[ActorMention]:
        """A threat to act in another state is aimed at that state ("Hamas threatened to resume
        its operations in Israel"): the place of the threatened act (its infinitive), never of
        the threat itself ("threatened in Moscow"), and not the source's own country."""
        codes = {s.code for s in sources}
        for child in verb.children:
            if not _is_infinitive_complement(child):
                continue
            for tok in self._argument_slots(child, False, True, depth=1):
                if tok.dep_ != "pobj" or tok.head.lower_ not in LOCATIVE_PREPS_OF_MEASURES:
                    continue
                if found := self._other_states(tok, codes):
                    return found
        return []

    def _other_states(self, tok: Token, codes: set[str | None]) -> list[ActorMention]:
        """The states ``tok`` names, other than the given codes (the sources' own)."""
        return [
            a
            for a in self.actors_of(tok)
            if a.kind == "state" and a.code is not None and a.code not in codes
        ]

    def _argument_slots(
        self, verb: Token, object_only: bool, locative: bool, depth: int
    ) -> Iterator[Token]:
        preps = VERB_TARGET_PREPS | (LOCATIVE_PREPS_OF_MEASURES if locative else set())
        has_object = any(c.dep_ in ("dobj", "dative") for c in verb.children)
        if self._is_passive(verb):  # "a camp for Sudanese refugees was attacked"
            for child in verb.children:
                if child.dep_ in PASSIVE_SUBJECTS:
                    for _prep, pobj in self.prep_objects(child, OBJECT_PHRASE_PREPS):
                        yield pobj
        for child in sorted(verb.children, key=lambda c: c.i):
            if child.i < verb.i:
                continue
            if child.dep_ in ("dobj", "dative", "oprd", "attr"):
                yield child
                for _prep, pobj in self.prep_objects(child, OBJECT_PHRASE_PREPS):
                    yield pobj
                    yield from self._event_noun_slots(pobj)
                    yield from self._participle_agents(pobj)
                if locative:
                    yield from self._located_in(child)
            elif child.dep_ == "prep" and child.lower_ in preps:
                at_place = locative and child.lower_ in LOCATIVE_PREPS_OF_MEASURES
                if (
                    object_only
                    and has_object
                    and child.lower_ not in DIRECTIONAL_PREPS
                    and not at_place
                ):
                    continue
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        yield pobj
                        # "respond to a demand from X", "objected to the presence of X"
                        for _prep, inner in self.prep_objects(pobj, OBJECT_PHRASE_PREPS):
                            yield inner
                        yield from self._participle_agents(pobj)
                        if locative:  # "fired missiles at targets in Idlib"
                            yield from self._located_in(pobj)
            elif child.dep_ == "prep" and child.lower_ == "for":
                for pobj in child.children:  # "for a war against Iraq"
                    if pobj.dep_ == "pobj":
                        yield from self._event_noun_slots(pobj)
            elif child.dep_ == "xcomp" and depth < 2:
                yield from self._argument_slots(child, False, locative, depth + 1)
            elif child.dep_ == "ccomp" and verb.lemma_.lower() in OBJECT_CONTROL_VERBS:
                # "allow UN planes to land": the parser makes the controlled object the
                # subject of the infinitive
                for subj in child.children:
                    if subj.dep_ in SUBJECTS and subj.i < child.i:
                        yield subj

    def _participle_agents(self, noun: Token) -> Iterator[Token]:
        """The doer a participle names for a non-actor noun ("an inquiry into abuses committed
        by X", "condemned attacks carried out by X"): what the act is about is X's deed."""
        if self.index.at(noun) is not None:
            return
        for child in noun.children:
            if child.dep_ == "acl" and child.tag_ == "VBN":
                # "a missile believed to have been fired by X": the agent of the reported act
                for verb in (child, *(x for x in child.children if x.dep_ == "xcomp")):
                    agent = self._agent(verb)
                    if agent is not None:
                        yield agent
                        break

    def _event_noun_slots(self, noun: Token) -> Iterator[Token]:
        """The opponent or partner of an event noun ("a war against Iraq")."""
        if noun.lemma_.lower() in self.patterns.nouns:
            for _prep, inner in self.prep_objects(noun, EVENT_NOUN_TARGET_PREPS):
                yield inner

    def _located_in(self, noun: Token) -> Iterator[Token]:
        for _prep, pobj in self.prep_objects(noun, LOCATIVE_PREPS_OF_MEASURES):
            yield pobj
            for _p, inner in self.prep_objects(pobj, frozenset({"of", "in"})):
                yield inner  # "in the town of X", "in the north of X"

    def code_obligation(self, verb: Token) -> list[RawEvent]:
        """``X said Y must withdraw``: X demands of Y (must) or appeals to Y (should). Only
        when Y is a known actor other than X and the obliged clause hangs off the speech verb
        (directly, or through a noun like "reminder that ...")."""
        for clause in _complement_clauses(verb):
            aux = {c.lower_ for c in clause.children if c.dep_ in ("aux", "auxpass")}
            modal = next((a for a in ("must", "should") if a in aux), None)
            if modal is None:
                continue
            subj = next((c for c in clause.children if c.dep_ in SUBJECTS | PASSIVE_SUBJECTS), None)
            if subj is None:
                continue
            sources, srule = self.subject_of(verb)
            keys = {s.key for s in sources}
            targets = [a for a in self.actors_of(subj) if a.key not in keys]
            if not targets and subj.lower_ in PRONOUN_KINDS:
                targets = self._addressee(verb, subj.lower_, keys)
            if not targets:
                continue
            path = f"{srule} -> {verb.lemma_} -ccomp-> {modal} {clause.text} -subj-> {subj.text}"
            return _pairs(
                OBLIGATION_CODES[modal],
                verb.i,
                sources,
                targets,
                f"{verb.lemma_} {{T}} {modal}",
                path,
                ("obligation-clause",),
                0.6,
            )
        return []

    def code_wish(self, verb: Token) -> list[RawEvent]:
        """``X wants Y to withdraw``: X's wish for another actor's act is an appeal to that
        actor (020); the wished act is coded on its own. Only when the infinitive has a doer
        of its own that is a known actor other than X ("wants to withdraw" is X's intent)."""
        if any(c.dep_ == "aux" and c.lower_ in SPECULATIVE_AUX for c in verb.children):
            return []  # "might want X to": a guess at a wish, not one expressed
        doers = [t for t in self._wished_doers(verb) if t is not None]
        if not doers:
            return []
        sources, srule = self.subject_of(verb)
        keys = {s.key for s in sources}
        targets = [a for d in doers for a in self.actors_of(d) if a.key not in keys]
        path = f"{srule} -> {verb.lemma_} -> {doers[0].text} to {doers[0].head.text}"
        return _pairs(
            WISH_CODE,
            verb.i,
            sources,
            targets,
            f"{verb.lemma_} {{T}} to",
            path,
            ("wish-appeal",),
            0.6,
        )

    @staticmethod
    def _wished_doers(verb: Token) -> Iterator[Token]:
        """The doer of a wish verb's infinitive: its object before an ``xcomp``, or the subject
        the parser gives the infinitive clause ("wants Putin to attack": ccomp with nsubj)."""
        children = list(verb.children)
        infinitives = [
            c
            for c in children
            if c.dep_ in ("xcomp", "ccomp")
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        ]
        for inf in infinitives:
            if inf.dep_ == "xcomp":
                yield next((c for c in children if c.dep_ in ("dobj", "obj")), None)  # type: ignore[misc]
            else:
                yield next((c for c in inf.children if c.dep_ in SUBJECTS), None)  # type: ignore[misc]

    def _addressee(self, verb: Token, pronoun: str, keys: set[str]) -> list[ActorMention]:
        """Who a pronoun in what a speaker told someone stands for: the one told ("told Iran
        that it must", "issued a reminder to Iran that it must"), when the pronoun fits."""
        slots = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
        slots += [o for _p, o in self.prep_objects(verb, frozenset({"to"}))]
        kinds = PRONOUN_KINDS[pronoun]
        for tok in slots:
            found = [a for a in self.actors_of(tok) if a.key not in keys]
            if len(found) == 1 and (kinds is None or found[0].kind in kinds):
                return found
        return []

    # ----------------------------------------------------------------- nominal events
    def code_noun(self, noun: Token) -> list[RawEvent]:
        if noun.i in self.claimed_nouns:
            return []
        if noun.lemma_.lower() in RECEIVED_DEMAND_NOUNS:
            received = self.code_received_demand(noun)
            if received:
                return received
        for pat in self.patterns.nouns.get(noun.lemma_.lower(), ()):
            events = self._match_noun(noun, pat)
            if events is not None:
                return events
        return []

    @staticmethod
    def _frame_head(noun: Token) -> Token:
        """The generic head an event noun is compounded onto ("a mediation effort between"),
        or the noun itself."""
        head = noun.head
        if noun.dep_ == "compound" and head.lemma_.lower() in EVENT_FRAME_HEADS:
            return head
        return noun

    def _of_objects(self, noun: Token) -> list[Token]:
        """What an event noun acts on, named in its "of" phrase: the parser often hangs the
        event's own phrases on it ("the withdrawal of troops from Panama", "the delivery of
        aid to Sudan")."""
        return [o for _p, o in self.prep_objects(noun, frozenset({"of"}))]

    def _noun_source(self, noun: Token) -> tuple[list[ActorMention], str]:
        for child in noun.children:
            if child.dep_ == "poss":
                owners = self.actors_of(child)
                if owners or child.pos_ != "PRON":
                    return owners, "possessor"
                owners = self._pronoun_owner(noun, child)
                if owners:
                    return owners, "possessor-pronoun"
                # "Israel mounted its invasion": the pronoun's owner is the light verb's subject
        for child in noun.children:
            if child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ == "by"):
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        return self.actors_of(pobj), "by"
        for child in noun.children:
            if child.dep_ in ("compound", "amod", "nmod") and self.index.at(child) is not None:
                return self.actors_of(child), child.dep_
        verb = _light_verb_of(noun)
        if verb is not None:  # "Italy announced a suspension of flights"
            actors, rule = self.subject_of(verb)
            return actors, f"light-verb-{rule}"
        verb = _engaging_verb_of(noun)
        if verb is not None:  # "rebels engaged the peacekeepers in a firefight"
            actors, rule = self.subject_of(verb)
            return actors, f"engaging-verb-{rule}"
        verb = _claiming_verb_of(noun)
        if verb is not None:  # "Hamas claimed responsibility for the attack": Hamas did it
            actors, rule = self.subject_of(verb)
            return actors, f"claimed-by-{rule}"
        return [], "none"

    def _pronoun_owner(self, noun: Token, pronoun: Token) -> list[ActorMention]:
        """A possessive pronoun on a noun its clause's verb governs stands for that verb's
        subject ("Egypt repeated its demand", "the rebels insisted on their demands"), when
        the pronoun can stand for that kind of actor."""
        word = POSSESSIVE_PRONOUNS.get(pronoun.lower_)
        if word is None:
            return []
        verb = noun.head
        if noun.dep_ == "pobj" and verb.dep_ == "prep":
            verb = verb.head
        elif noun.dep_ not in OBJECTS:
            return []
        if verb.pos_ not in ("VERB", "AUX") or verb is noun:
            return []
        actors, _rule = self.subject_of(verb)
        kinds = PRONOUN_KINDS[word]
        if actors and (kinds is None or (len(actors) == 1 and actors[0].kind in kinds)):
            return actors
        return []

    def _between(self, noun: Token) -> tuple[ActorMention, ActorMention] | None:
        for _prep, pobj in self.prep_objects(noun, frozenset({"between", "among"})):
            actors = self.actors_of(pobj)
            if len(actors) >= 2 and actors[0].key != actors[1].key:
                return actors[0], actors[1]
        return None

    def _match_noun(self, trigger: Token, pat: NounPattern) -> list[RawEvent] | None:
        noun = self._frame_head(trigger)  # where the event's phrases hang
        frame, frame_tok = self._noun_frame(noun)
        targets: list[ActorMention] = []
        path = trigger.text if noun.i == trigger.i else f"{trigger.text} {noun.text}"
        if pat.target == "prep":
            for holder in (noun, *self._of_objects(noun)):
                for prep, pobj in self.prep_objects(holder, pat.prep):
                    targets = self.actors_of(pobj)
                    path += f" -prep({prep.lower_})-> {pobj.text}"
                    if targets:
                        break
                if targets:
                    break
        sources, srule = self._noun_source(noun)
        engaging = _engaging_verb_of(noun) if srule.startswith("engaging-verb") else None
        if not targets and engaging is not None:  # the one drawn into the event
            targets = self.actors_of(self.direct_object(engaging))
            if targets:
                path = f"{engaging.lemma_} -obj-> {targets[0].text} -in-> " + path
        targets = _other_than(targets, sources)
        if frame == "under" and frame_tok is not None:
            # "X is under UN sanctions": the one under them is the target
            subj = [c for c in frame_tok.children if c.dep_ in SUBJECTS]
            if subj and not targets:
                targets = self.actors_of(subj[0])
                path = f"{subj[0].text} <-{frame_tok.lemma_} under- " + path
        if not targets and pat.code[:2] in CLAUSE_TARGET_ROOTS:
            keys = {s.key for s in sources}
            for clause in _noun_clauses(noun):  # "its demand that Israel lift the ban"
                if targets := self._clause_subject(clause, keys):
                    path += f" (subject of its clause: {targets[0].text})"
                    break
        if frame == "plan" and frame_tok is not None and not sources:
            sources, srule = self._noun_source(frame_tok)
            srule = "plan-owner"
        path = f"{srule} -> " + path
        if not sources:
            pair = self._between(noun)
            if pair:
                return [
                    RawEvent(
                        pat.code,
                        trigger.i,
                        pair[0],
                        pair[1],
                        pat.phrase,
                        path + " (between)",
                        nominal=True,
                        rules=("between",),
                        bilateral=True,
                        frame=frame,
                        frame_token=frame_tok.i if frame_tok is not None else None,
                        confidence=0.6,
                    )
                ]
            return []
        if not targets:
            host = self._host(noun, frame_tok) if pat.code.startswith(CONSULT_ROOT) else None
            if host is not None:
                return [
                    RawEvent(
                        pat.code,
                        trigger.i,
                        s,
                        host,
                        pat.phrase,
                        path + " (host)",
                        nominal=True,
                        rules=("host-location",),
                        frame=frame,
                        frame_token=frame_tok.i if frame_tok is not None else None,
                        confidence=0.5,
                        bilateral=True,
                    )
                    for s in sources
                    if s.key != host.key
                ]
            if pat.code[:2] == PROTEST_ROOT and frame is None:
                return self._protest_events(pat.code, trigger.i, sources, pat.phrase, path, True)
            if pat.code[:2] in FORCE_ROOTS and frame is None:
                targets = self._place_state(noun, sources)
                if targets:  # "Israeli shelling in the east of the Gaza Strip"
                    path += f" (at a place of {targets[0].text})"
        if not targets:
            if pat.code in HOME_MEASURE_CODES:
                home = self._home_measure_events(
                    pat.code, trigger.i, sources, pat.phrase, path, True
                )
                if home:
                    return home
            if pat.target != "none":
                return []
            return [
                RawEvent(
                    pat.code,
                    trigger.i,
                    s,
                    None,
                    pat.phrase,
                    path,
                    nominal=True,
                    frame=frame,
                    frame_token=frame_tok.i if frame_tok is not None else None,
                    confidence=0.6,
                )
                for s in sources
            ]
        return [
            RawEvent(
                pat.code,
                trigger.i,
                s,
                t,
                pat.phrase,
                path,
                nominal=True,
                frame=frame,
                frame_token=frame_tok.i if frame_tok is not None else None,
                confidence=0.65,
            )
            for s in sources
            for t in targets
            if s.key != t.key
        ]

    def _place_state(self, noun: Token, sources: Sequence[ActorMention]) -> list[ActorMention]:
        """The state of the place where force was used ("shelling in the Gaza Strip"), also
        when the place is told by the clause the force is in ("were killed in an air strike
        in the north of X")."""
        keys = {s.key for s in sources}
        places = list(self._located_in(noun))
        if noun.dep_ == "pobj" and noun.head.lower_ in ("in", "during"):
            places += [p for p in self._located_in(noun.head.head) if p.i != noun.i]
        for tok in places:
            found = [a for a in self.actors_of(tok) if a.code is not None and a.key not in keys]
            if found:
                return found
        return []

    def _noun_frame(self, noun: Token) -> tuple[str | None, Token | None]:
        """Frames around an event noun: ``be under N`` (a state), ``agenda includes N`` (plan)."""
        head = noun.head
        if noun.dep_ == "pobj" and head.lower_ == "under" and head.head.lemma_ in UNDER_VERBS:
            return "under", head.head
        if noun.dep_ in OBJECTS and head.lemma_ in INCLUDE_VERBS:
            for child in head.children:
                if child.dep_ in SUBJECTS and child.lemma_.lower() in PLAN_NOUNS:
                    return "plan", child
        return None, None

    def _host(self, noun: Token, frame_tok: Token | None) -> ActorMention | None:
        """For talks with no named partner, the state where they are held hosts them."""
        for holder in (noun, frame_tok):
            if holder is None:
                continue
            for _prep, pobj in self.prep_objects(holder, LOCATIVE_PREPS):
                actors = self.actors_of(pobj)
                if len(actors) == 1 and actors[0].kind == "state":
                    return actors[0]
        return None

    # ----------------------------------------------------------------- characterisation
    def code_characterisation(self, verb: Token, tone: float) -> list[RawEvent]:
        """``X characterised Y as ...``: criticism (111) when what Y is called is negative,
        praise (051) when it is positive, nothing when neutral (a plain description is no
        event). Polarity: VADER on the characterisation plus the evaluative lexicon."""
        for pat in self.patterns.characterize_patterns.get(verb.lemma_.lower(), ()):
            obj: Token | None
            if pat.target == "prep":
                obj = next((o for _p, o in self.prep_objects(verb, pat.prep)), None)
            else:
                obj = self.direct_object(verb)
            if obj is None:
                continue
            if "as" in pat.complement and not _has_as(verb, obj):
                continue
            polarity = _characterisation_polarity(verb, obj, tone)
            if polarity == 0:
                return []
            code = "111" if polarity < 0 else "051"
            sources, srule = self.subject_of(verb)
            targets = self.actors_of(obj)
            return [
                RawEvent(
                    code,
                    verb.i,
                    s,
                    t,
                    f"{pat.phrase} (polarity {polarity:+d})",
                    f"{srule} -> {verb.lemma_} -obj-> {obj.text}",
                    rules=("tone-decides",),
                    confidence=0.55,
                )
                for s in sources
                for t in targets
                if s.key != t.key
            ]
        return []


def verb_lemma(tok: Token, patterns: PatternSet) -> str:
    """The verb's lemma, repaired where the lemmatiser strips a regular inflection wrongly
    ("staged" -> "stag"): the regular base forms of an -ed/-ing word are tried when the
    given lemma has no pattern."""
    lemma = tok.lemma_.lower()
    if lemma in patterns.verbs:
        return lemma
    return next((b for b in _regular_bases(tok.lower_) if b in patterns.verbs), lemma)


def _for_clause(noun: Token, pos: tuple[str, ...]) -> Token | None:
    """The verb of a "for X to act" clause under a demand noun ("calls for the minister to
    resign")."""
    return next((t for t in noun.subtree if t.pos_ in pos and _has_mark(t, FOR)), None)


def _regular_bases(word: str) -> tuple[str, ...]:
    """The base forms a regular -ed/-ing word can have ("hoped": hope, hop)."""
    if word.endswith("ed"):
        bases = (word[:-1], word[:-2], word[:-3] if word[-3:-2] == word[-4:-3] else "")
    elif word.endswith("ing"):
        bases = (word[:-3] + "e", word[:-3], word[:-4] if word[-4:-3] == word[-5:-4] else "")
    else:
        return ()
    return tuple(b for b in bases if b)


def lemma_in(tok: Token, words: frozenset[str]) -> bool:
    """The word's lemma is in ``words``, or one of its regular base forms is, where the
    lemmatiser strips an inflection wrongly ("hoped", "hopes" -> "hop")."""
    if tok.lemma_.lower() in words:
        return True
    word = tok.lower_
    bases = _regular_bases(word) or ((word[:-1],) if word.endswith("s") else ())
    return any(b in words for b in bases)


def _is_particle(tok: Token, particle: str | None) -> bool:
    """``tok`` is the verb's particle ``particle``: tagged as one, or an adverb, or a
    preposition with no object of its own ("pulled out of X" parses "out" as a preposition
    that holds "of")."""
    if particle is None or tok.lower_ != particle:
        return False
    if tok.dep_ in ("prt", "advmod"):
        return True
    return tok.dep_ == "prep" and not any(c.dep_ in ("pobj", "pcomp") for c in tok.children)


def _tries_infinitive(verb: Token, children: Sequence[Token]) -> bool:
    """An attempt verb ("seek", "try") governing a to-infinitive."""
    return verb.lemma_.lower() in ATTEMPT_VERBS and any(c.dep_ == "xcomp" for c in children)


def _complement_clauses(verb: Token) -> Iterator[Token]:
    """Clausal complements of a speech verb, and of its object noun ("issued a reminder that")."""
    for child in verb.children:
        if child.dep_ == "ccomp":
            yield child
        elif child.dep_ in ("dobj", "obj"):
            for grand in child.children:
                if grand.dep_ in ("acl", "ccomp") and any(g.dep_ == "mark" for g in grand.children):
                    yield grand


def _has_aux(tok: Token, words: frozenset[str]) -> bool:
    """``tok`` has an auxiliary among ``words`` ("to" of an infinitive, "would", "will")."""
    return any(c.dep_ == "aux" and c.lower_ in words for c in tok.children)


def _has_mark(tok: Token, words: frozenset[str]) -> bool:
    """``tok``'s clause is introduced by one of ``words`` ("if", "unless", "for")."""
    return any(c.dep_ == "mark" and c.lower_ in words for c in tok.children)


TO = frozenset({"to"})
FOR = frozenset({"for"})


def _is_infinitive_complement(tok: Token) -> bool:
    """An open complement, or a to-infinitive the parser took for an adverbial clause because
    a phrase came between ("threatened on Monday to resume")."""
    if tok.dep_ == "xcomp":
        return True
    return tok.dep_ == "advcl" and _has_aux(tok, TO)


def _object_after_as(verb: Token) -> Token | None:
    """The object put after its "as" phrase ("condemned as a crime Serbia's crackdown"), which
    the parser hangs as an apposition of the "as" phrase."""
    for _prep, pobj in Coder.prep_objects(verb, frozenset({"as"})):
        for child in pobj.children:
            if child.dep_ == "appos" and child.i > pobj.i:
                return child
    return None


def _noun_clauses(noun: Token) -> Iterator[Token]:
    """Content clauses of a noun, introduced by "that" ("the demand that Iran halt"), also when
    the parser hangs the clause on the verb whose object the noun is ("repeated its demand
    today that Iran halt")."""
    for child in noun.children:
        if child.dep_ in ("acl", "ccomp") and _has_content_mark(child):
            yield child
    if noun.dep_ in OBJECTS:
        for child in noun.head.children:
            if child.dep_ == "ccomp" and child.i > noun.i and _has_content_mark(child):
                yield child


def _has_content_mark(clause: Token) -> bool:
    return any(g.dep_ == "mark" and g.lower_ in CONTENT_MARKS for g in clause.children)


def _light_verb_of(noun: Token) -> Token | None:
    """The light verb whose object (or one of whose coordinated objects) the event noun is."""
    tok = noun
    while tok.dep_ == "conj" and tok.head is not tok:
        tok = tok.head
    if tok.dep_ in ("dobj", "obj") and tok.head.lemma_.lower() in LIGHT_VERBS:
        return tok.head
    return None


def _stranded_object(prep: Token) -> Token | None:
    """The object of a preposition the parser left without one because it took the noun for
    the subject of a reduced relative after it ("granted asylum to five officers holed up in
    the embassy": "officers" parsed as the subject of "holed"): the noun right after the
    preposition, when it is the subject of a participle hanging off the preposition's head."""
    if prep.dep_ not in ("prep", "dative") or prep.pos_ != "ADP" or prep.i + 1 >= len(prep.doc):
        return None
    for clause in prep.head.children:
        if clause.i <= prep.i or clause.tag_ not in ("VBN", "VBG", "VBD"):
            continue  # the participle is often mistagged as a past tense ("holed up")
        if any(c.dep_ in ("aux", "auxpass", "mark") for c in clause.children):
            continue  # a finite clause of its own, not a reduced relative
        for subj in clause.children:
            if subj.dep_ in ("nsubj", "nsubjpass") and subj.left_edge.i == prep.i + 1:
                return subj
    return None


def _claiming_verb_of(noun: Token) -> Token | None:
    """The verb by which its subject owns the act the noun names ("claimed responsibility for
    the attack", "took credit for the bombing"); not a denial ("denied responsibility")."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "for" or prep.dep_ != "prep":
        return None
    owned = prep.head
    if owned.lemma_.lower() not in RESPONSIBILITY_NOUNS or owned.dep_ not in OBJECTS:
        return None
    verb = owned.head
    return verb if verb.lemma_.lower() in CLAIMING_VERBS else None


def _pairs(
    code: str,
    trigger: int,
    sources: Sequence[ActorMention],
    targets: Sequence[ActorMention],
    phrase: str,
    path: str,
    rules: tuple[str, ...],
    confidence: float,
    *,
    nominal: bool = False,
) -> list[RawEvent]:
    """One event per (source, target) pair of a frame rule, never an actor with itself."""
    return [
        RawEvent(
            code, trigger, s, t, phrase, path, nominal=nominal, rules=rules, confidence=confidence
        )
        for s in sources
        for t in targets
        if s.key != t.key
    ]


def _fallback(
    code: str,
    trigger: int,
    source: ActorMention | None,
    target: ActorMention | None,
    phrase: str,
    path: str,
    rule: str,
    *,
    nominal: bool = False,
) -> RawEvent:
    """An event found by a fallback rule: the rule is named and the confidence is lower."""
    return RawEvent(
        code, trigger, source, target, phrase, path, nominal=nominal, rules=(rule,), confidence=0.5
    )


def _engaging_verb_of(noun: Token) -> Token | None:
    """The verb that draws its object into the event noun in its "in"/"into" phrase
    ("engaged the peacekeepers in a firefight", "drew Iraq into talks")."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in ENGAGING_PREPS:
        return None
    verb = prep.head
    if verb.pos_ == "VERB" and verb.lemma_.lower() in ENGAGING_VERBS:
        return verb
    return None


def _light_object(obj: Token | None, nouns: frozenset[str]) -> Token | None:
    """The object noun a light-verb pattern asks for: the object itself, one of its conjuncts
    ("photographs and other intelligence"), or a noun compounded onto it ("aid deliveries",
    "arms shipments"), which then names what the object is."""
    if obj is None:
        return None
    for tok in (obj, *obj.conjuncts):
        if tok.lemma_.lower() in nouns:
            return tok
        if tok.lemma_.lower() in QUANTITY_HEADS or tok.lower_ in QUANTITY_HEADS:
            for child in tok.children:  # "500 tons of food aid", "20 million dollars of aid",
                if child.dep_ == "prep" and child.lower_ == "of":  # "part of an aid programme"
                    for pobj in child.children:
                        inner = _light_object(pobj, nouns) if pobj.dep_ == "pobj" else None
                        if inner is not None:
                            return inner
    for child in obj.children:
        # "rocket fire", and a list the parser hangs as a modifier ("artillery and rocket fire")
        if child.dep_ in ("compound", "nmod") and any(
            c.lemma_.lower() in nouns for c in (child, *child.conjuncts)
        ):
            return obj
    return None


def _other_than(
    targets: Sequence[ActorMention], sources: Sequence[ActorMention]
) -> list[ActorMention]:
    """The targets that are someone other than the source: a slot filled by the source itself
    ("the Kenyan government imposed a curfew in Nairobi", where the capital stands for the
    same government) names no target, so the event falls back to its other readings (a less
    specific pattern, the home population, no target) instead of being lost."""
    if not sources:
        return list(targets)
    return [t for t in targets if any(s.key != t.key for s in sources)]


def _symmetric(code: str) -> bool:
    if code[:3] in ONE_SIDED_CODES:
        return False
    return code[:2] in SYMMETRIC_ROOTS or code in SYMMETRIC_CODES


def _has_as(verb: Token, obj: Token) -> bool:
    return any(c.dep_ == "prep" and c.lower_ == "as" for c in (*verb.children, *obj.children))


@lru_cache(maxsize=1)
def _demonym_codes() -> dict[str, str]:
    """State adjectives of the packaged actor knowledge base ("indian" -> "IND")."""
    from eventwire.knowledge.actors import load_actor_kb

    out: dict[str, str] = {}
    for state in load_actor_kb().states.values():
        for adjective in state.adjectives:
            out.setdefault(adjective.lower(), state.code)
    return out


@lru_cache(maxsize=1)
def _evaluative() -> tuple[frozenset[str], frozenset[str]]:
    raw = yaml.safe_load(
        resources.files("eventwire.knowledge").joinpath("data/evaluative.yaml").read_text("utf-8")
    )
    return frozenset(raw["negative"]), frozenset(raw["positive"])


def _characterisation_polarity(verb: Token, obj: Token, sentence_tone: float) -> int:
    """-1, 0 or +1 for what the subject calls the object: the words of the clause outside the
    subject and the object's own name, scored by the evaluative lexicon, with the sentence's
    VADER tone breaking ties."""
    negative, positive = _evaluative()
    skip = {t.i for c in verb.children if c.dep_ in SUBJECTS for t in c.subtree}
    skip |= {t.i for t in obj.subtree if t.dep_ != "prep" and t.head.i == obj.i} | {obj.i}
    score = 0
    for t in verb.subtree:
        if t.i in skip:
            continue
        lemma = t.lemma_.lower()
        if lemma in negative:
            score -= 1
        elif lemma in positive:
            score += 1
    if score == 0:
        score = -1 if sentence_tone <= -0.3 else (1 if sentence_tone >= 0.5 else 0)
    return (score > 0) - (score < 0)


def code_events(
    doc: Doc,
    actors: Sequence[ActorMention],
    patterns: PatternSet,
    sentence_tone: Sequence[float] = (),
    sent_of: Sequence[int] | None = None,
    on_error: OnError | None = None,
) -> list[RawEvent]:
    """All raw events of a document, in text order, with embedded events linked to parents.
    ``sent_of`` (token → sentence index) is computed here unless the caller has it. With
    ``on_error``, a trigger whose coding raises is reported (stage, exception, token index) and
    skipped, and a document-wide step that raises is reported and left out; without it, errors
    propagate (tests)."""
    coder = Coder(doc, actors, patterns)
    if sent_of is None:
        sent_of = sentence_index(doc)
    events: list[RawEvent] = []
    verbs = [
        t
        for t in doc
        if t.pos_ in ("VERB", "AUX")
        and (
            verb_lemma(t, patterns) in patterns.verbs
            or t.lemma_.lower() in RECEIPT_VERBS
            or t.lemma_.lower() in TRAVEL_ADVICE_VERBS
        )
    ]
    char_verbs = [t for t in doc if t.pos_ == "VERB" and t.lemma_.lower() in patterns.characterize]
    events.extend(_each(verbs, coder.code_verb, on_error))
    coded = {e.trigger for e in events}
    obligations = [
        t
        for t in doc
        if t.pos_ == "VERB" and t.i not in coded and t.lemma_.lower() in OBLIGATION_SPEECH_VERBS
    ]
    events.extend(_each(obligations, coder.code_obligation, on_error))
    coded = {e.trigger for e in events}
    wishes = [
        t for t in doc if t.pos_ == "VERB" and t.i not in coded and t.lemma_.lower() in WISH_VERBS
    ]
    events.extend(_each(wishes, coder.code_wish, on_error))

    def characterise(tok: Token) -> list[RawEvent]:
        tone = sentence_tone[sent_of[tok.i]] if sentence_tone else 0.0
        return list(coder.code_characterisation(tok, tone))

    events.extend(_each(char_verbs, characterise, on_error))
    nouns = [
        t
        for t in doc
        if t.pos_ in ("NOUN", "PROPN")
        and (t.lemma_.lower() in patterns.nouns or t.lemma_.lower() in RECEIVED_DEMAND_NOUNS)
    ]
    events.extend(_each(nouns, coder.code_noun, on_error))
    events = _each(events, lambda ev: [refine_event(doc, ev)], on_error, at=lambda ev: ev.trigger)
    steps: tuple[Callable[[list[RawEvent]], list[RawEvent]], ...] = (
        lambda evs: _drop_restated_purposes(evs, doc),
        lambda evs: _link_embedded(evs, doc),
        lambda evs: _commitments_yield_to_their_acts(evs, doc),
        lambda evs: _announcements_take_act_targets(evs, doc),
        lambda evs: _denials_answer_accusers(evs, sent_of),
        lambda evs: _drop_unrealised_acts(evs, doc),
        lambda evs: _ownerless_acts_aim_at_doers(evs, doc, patterns),
        lambda evs: _drop_demanded_acts(evs, coder.demanded_acts),
    )
    for step in steps:
        events = _step(step, events, on_error)
    events.sort(key=lambda e: e.trigger)
    return events


OnError = Callable[[str, BaseException, int | None], None]
"""Called with (stage, exception, token index or None for a document-wide pass) on a failure."""


def _each(
    items: Sequence[Any],
    code: Callable[[Any], Iterable[RawEvent]],
    on_error: OnError | None,
    at: Callable[[Any], int] | None = None,
) -> list[RawEvent]:
    """``code`` for every item (a trigger token, or an event with ``at``); with ``on_error``, an
    item that raises is reported and skipped, so one odd sentence costs only its own events."""
    out: list[RawEvent] = []
    for item in items:
        if on_error is None:
            out.extend(code(item))
            continue
        try:
            out.extend(code(item))
        except Exception as exc:  # isolate one trigger; the caller records the problem
            on_error("coder", exc, at(item) if at is not None else item.i)
    return out


def _step(
    step: Callable[[list[RawEvent]], list[RawEvent]],
    events: list[RawEvent],
    on_error: OnError | None,
) -> list[RawEvent]:
    """A document-wide pass over the events; one that raises leaves them as they were."""
    if on_error is None:
        return step(events)
    try:
        return step(events)
    except Exception as exc:  # the pass is skipped; its input is still good
        on_error("coder", exc, None)
        return events


def sentence_index(doc: Doc) -> list[int]:
    """Token index → index of its sentence in ``doc.sents``."""
    out = [0] * len(doc)
    for si, sent in enumerate(doc.sents):
        for i in range(sent.start, sent.end):
            out[i] = si
    return out


def _drop_restated_purposes(events: list[RawEvent], doc: Doc) -> list[RawEvent]:
    """A purpose or complement clause of the same kind as its governing event restates it
    ("met with the Iranian envoy to discuss the deal" is one meeting): its targetless event (or
    one whose target is only the destination of the governing verb: "travelled to Moscow to
    discuss"), with the same source, is dropped in favour of the governing one."""
    by_trigger: dict[int, list[RawEvent]] = {}
    for ev in events:
        by_trigger.setdefault(ev.trigger, []).append(ev)
    out = []
    for ev in events:
        tok = doc[ev.trigger]
        guessed = ev.target is None or "purpose-destination" in ev.rules
        if guessed and ev.source is not None and tok.dep_ in ("advcl", "xcomp"):
            governing = by_trigger.get(tok.head.i, [])
            if any(
                g.code[:2] == ev.code[:2]
                and g.target is not None
                and g.source is not None
                and g.source.key == ev.source.key
                for g in governing
            ):
                continue
        out.append(ev)
    return out


def _commitments_yield_to_their_acts(events: list[RawEvent], doc: Doc) -> list[RawEvent]:
    """Drop the bare reading of a commitment verb ("Qatar pledged", 030) when the act of its
    to-infinitive was coded ("pledged to expel ..."): that act, an expected event, is what was
    committed to, and the bare code would count it twice. Likewise a bare refusal ("refused",
    120) when the refused act has a rejection code of its own ("refused to meet": 125)."""
    from eventwire.events.intent import refusal_code  # intent builds on this module

    infinitives = [e for e in events if not e.nominal and doc[e.trigger].dep_ == "xcomp"]
    coded_infinitives = {doc[e.trigger].head.i for e in infinitives}
    refused_infinitives = {
        doc[e.trigger].head.i for e in infinitives if refusal_code(e.code) is not None
    }
    return [
        e
        for e in events
        if " " in e.pattern
        or not (
            (e.trigger in coded_infinitives and doc[e.trigger].lemma_.lower() in COMMITMENT_VERBS)
            or (e.trigger in refused_infinitives and doc[e.trigger].lemma_.lower() in REFUSAL_VERBS)
        )
    ]


def _link_embedded(events: list[RawEvent], doc: Doc) -> list[RawEvent]:
    """Mark events whose trigger sits under another event's trigger (``accused X of
    supplying``): the outer one is the parent that decides the inner one's modality."""
    by_trigger = {e.trigger: e for e in events}
    linked: list[RawEvent] = []
    for ev in events:
        parent = None
        tok = doc[ev.trigger]
        while tok.dep_ in EMBEDDING_DEPS and tok.head is not tok:
            tok = tok.head
            if tok.i in by_trigger:
                # content follows the verb that frames it; a clause before it ("A accuses B;
                # Beijing denies") is a neighbouring statement, not its content
                parent = tok.i if tok.i < ev.trigger else None
                break
        if parent is not None:
            ev = RawEvent(**{**_asdict(ev), "parent": parent})
        linked.append(ev)
    return linked


def _announcements_take_act_targets(events: list[RawEvent], doc: Doc) -> list[RawEvent]:
    """An intent or threat with no target of its own is aimed at the target of the act it
    announces in its infinitive ("Uganda threatened to ban the opposition": a threat to the
    opposition). Only acts governed through ``xcomp`` count, not clauses it merely reports."""
    out: list[RawEvent] = []
    for ev in events:
        if ev.target is not None or ev.code[:2] not in ANNOUNCED_ACT_ROOTS:
            out.append(ev)
            continue
        acts = [
            a
            for a in events
            if a.parent == ev.trigger
            and a.target is not None
            and _governs_by_xcomp(doc[ev.trigger], doc[a.trigger])
        ]
        targets: list[ActorMention] = []
        for a in acts:
            if a.target is not None and a.target.key not in {t.key for t in targets}:
                targets.append(a.target)
        targets = [t for t in targets if ev.source is None or t.key != ev.source.key]
        if not targets:
            out.append(ev)
            continue
        for t in targets:
            out.append(
                RawEvent(
                    **{
                        **_asdict(ev),
                        "target": t,
                        "path": f"{ev.path} (target of the announced act: {t.text})",
                        "rules": (*ev.rules, "announced-act-target"),
                        "confidence": min(ev.confidence, 0.6),
                    }
                )
            )
    return out


def _governs_by_xcomp(head: Token, tok: Token) -> bool:
    """Whether ``tok`` hangs off ``head`` through open complements and coordination only
    ("threatened to halt and reverse", "is ready to send")."""
    cur = tok
    for _ in range(4):
        if cur.head is cur or cur.dep_ not in ("xcomp", "conj"):
            return False
        cur = cur.head
        if cur.i == head.i:
            return True
    return False


def _denials_answer_accusers(events: list[RawEvent], sent_of: Sequence[int]) -> list[RawEvent]:
    """A denial with no named target answers the accusation told in the same sentence:
    "X accused Y of ..., a charge denied by Y" → Y denies, aimed at X."""
    out = []
    for ev in events:
        if ev.code in DENIAL_CODES and ev.target is None and ev.source is not None:
            accusers = [
                a.source
                for a in events
                if a.code.startswith(ACCUSATION_ROOT)
                and a.source is not None
                and sent_of[a.trigger] == sent_of[ev.trigger]
                and a.source.key != ev.source.key
            ]
            if accusers:
                ev = RawEvent(
                    **{
                        **_asdict(ev),
                        "target": accusers[0],
                        "parent": None,
                        "rules": (*ev.rules, "denial-answers-accuser"),
                    }
                )
        out.append(ev)
    return out


def _drop_unrealised_acts(events: list[RawEvent], doc: Doc) -> list[RawEvent]:
    """Drop the acts that have not happened because they are only asked for, wished, allowed
    or threatened ("the senators urged the president to expel the envoy", "Paris wants Rome to
    close the port", "Kigali hoped the officers would be indicted", "gave Turkey permission to
    use the base", "Uganda threatened to ban the party"), or are the condition of another act
    ("will boycott the vote unless the president resigns"). CAMEO codes the appeal, demand,
    wish, refusal or threat, which the governing word codes by its own pattern; a generic one
    (020, 100, 130) takes its subcode from the act ("urged Iran to release": 0253). A
    subject's own intended act ("wants to attack") is kept: intent.py codes it as an intent."""
    threats = {e.trigger for e in events if e.code[:2] in THREAT_ROOTS}
    asked: dict[int, str] = {}
    kept: list[RawEvent] = []
    for ev in events:
        requester = _requester(doc, ev) or _threatener(doc, ev, threats)
        if requester is None:
            if not _a_condition(doc, ev):
                kept.append(ev)
        else:
            asked.setdefault(requester.i, ev.code)
    return [_with_asked_subcode(ev, asked) for ev in kept]


def _drop_demanded_acts(events: list[RawEvent], demanded: dict[int, int]) -> list[RawEvent]:
    """An act only asked for by a received demand ("faced calls from X for the minister to
    resign") has not happened: it is dropped, and a generic demand takes its subcode from it,
    as demands told from the demander's side do (see ``_drop_unrealised_acts``)."""
    asked = {demanded[e.trigger]: e.code for e in events if e.trigger in demanded and not e.nominal}
    return [
        _with_asked_subcode(ev, asked) if "received-demand" in ev.rules else ev
        for ev in events
        if not (ev.trigger in demanded and not ev.nominal)
    ]


def _with_asked_subcode(ev: RawEvent, asked: dict[int, str]) -> RawEvent:
    """A generic appeal, demand or threat (020, 100, 130) with the subcode of the act it asks
    for (``asked``: trigger of the asking word → code of the act); any other event as it is."""
    from eventwire.events.intent import asking_code  # intent.py builds on this module

    act = asked.get(ev.trigger)
    code = asking_code(ev.code, act) if act is not None else None
    if code is None:
        return ev
    return replace(ev, code=code, rules=(*ev.rules, f"subcode-from-act:{act}"))


def _event_noun(ev: RawEvent) -> bool:
    """An event told by a noun of its own ("the detention"), not by a light verb's object
    ("imposed a ban"), whose verb is the act's clause."""
    return ev.nominal and not ev.path.startswith("light-verb")


def _requester(doc: Doc, ev: RawEvent) -> Token | None:
    """The word of appeal, wish or permission whose complement is the event's clause, when
    that complement has a doer other than the requester. An event noun counts only as the
    act of its clause's verb ("urged Iran to impose a ban"); one with an owner of its own
    exists already ("demanded that the US match the EU's support")."""
    trig = doc[ev.trigger]
    if _event_noun(ev):
        return None
    verb = _clause_verb(trig)
    if verb is None:
        return None
    head = verb.head
    if head is verb:
        return None
    to_infinitive = _has_aux(verb, TO)
    own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    if lemma_in(head, REQUEST_VERBS):
        if verb.dep_ == "xcomp" and (_has_addressee(head) or _is_passive_verb(head)):
            return head  # "urged Iran to release", "was urged to release"
        if verb.dep_ == "advcl" and to_infinitive and (own_subject or _is_passive_verb(head)):
            return head  # "called for Israel to withdraw", "was pressed by X to help"
        if verb.dep_ == "ccomp" and lemma_in(head, REQUEST_CLAUSE_VERBS) and _other_doer(verb):
            return head  # "wants Rome to close", "demanded that Israel withdraw"
    if to_infinitive and verb.dep_ in ("acl", "advcl", "xcomp") and _grants_permission(head):
        return head  # "gave Turkey permission to use the base"
    return None


def _threatener(doc: Doc, ev: RawEvent, threats: set[int]) -> Token | None:
    """The coded threat whose infinitive is the act ("Uganda threatened to ban the party"):
    the threat tells the act, which has not happened."""
    if _event_noun(ev):
        return None
    verb = _clause_verb(doc[ev.trigger])
    if verb is None or verb.head is verb or verb.head.i not in threats:
        return None
    if _is_infinitive_complement(verb) and lemma_in(verb.head, THREAT_VERBS):
        return verb.head
    if (
        verb.dep_ == "ccomp"
        and lemma_in(verb.head, WARNING_VERBS)
        and _has_aux(verb, FUTURE_AUX)
        and any(c.dep_ == "advcl" and _has_mark(c, CONDITION_MARKS) for c in verb.children)
    ):
        return verb.head  # "warned it would close the strait if ...": the act threatened
    return None


def _a_condition(doc: Doc, ev: RawEvent) -> bool:
    """The act is the condition of another ("will boycott the vote unless the president
    resigns", "threatened to attack if Iraq does not withdraw"): it has not happened."""
    if _event_noun(ev):
        return False
    verb = _clause_verb(doc[ev.trigger])
    return verb is not None and verb.dep_ == "advcl" and _has_mark(verb, CONDITION_MARKS)


def _clause_verb(trig: Token) -> Token | None:
    """The verb whose clause the trigger is: itself, or for an event noun the verb it is the
    object of ("urged Iran to impose a ban"); the first of coordinated verbs ("urged X to halt
    and reverse"), whose relation to the governing word they share."""
    cur = trig
    for _ in range(3):
        if cur.pos_ in ("VERB", "AUX"):
            break
        if cur.dep_ not in ("dobj", "obj", "pobj", "prep", "compound") or cur.head is cur:
            return None
        cur = cur.head
    if cur.pos_ not in ("VERB", "AUX"):
        return None
    while cur.dep_ == "conj" and cur.head is not cur:
        cur = cur.head
    return cur


def _has_addressee(verb: Token) -> bool:
    """The appeal names whom it asks: an object ("urged Iran") or "on"/"to" ("called on Iran",
    "appealed to Turkey")."""
    return any(
        c.dep_ in ("dobj", "obj", "dative")
        or (c.dep_ == "prep" and c.lower_ in ADDRESSEE_OF_APPEAL_PREPS)
        for c in verb.children
    )


def _is_passive_verb(verb: Token) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


def _other_doer(clause: Token) -> bool:
    """The clause has a subject of its own that is no pronoun (a pronoun most often takes up
    the wisher: "Beijing hopes it will sign")."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON" for c in clause.children)


def _grants_permission(head: Token) -> bool:
    """The head is a noun of permission, or a verb whose object is one ("gave permission")."""
    if head.lemma_.lower() in PERMISSION_NOUNS:
        return True
    return any(
        c.dep_ in ("dobj", "obj") and c.lemma_.lower() in PERMISSION_NOUNS for c in head.children
    )


def _ownerless_acts_aim_at_doers(
    events: list[RawEvent], doc: Doc, patterns: PatternSet
) -> list[RawEvent]:
    """A condemnation or rejection of an act that names no owner aims at the one who did it:
    "criticised the detention" at the latest earlier doer of a detention (an event noun names
    its kind), "condemned the decision" at the doer of the latest act of another actor told
    before it. Only disapprovals and rejections (11, 12) without a target."""
    out: list[RawEvent] = []
    for ev in events:
        obj = _ownerless_object(doc, ev)
        doer = None if obj is None else _doer_of(obj, ev, events, patterns)
        if doer is not None:
            ev = replace(
                ev,
                target=doer.source,
                rules=(*ev.rules, f"ownerless-act-of-{doer.code}"),
                confidence=min(ev.confidence, 0.6),
            )
        out.append(ev)
    return out


def _ownerless_object(doc: Doc, ev: RawEvent) -> Token | None:
    """The object of a targetless disapproval or rejection when it is an act noun with no
    possessor or name of its own ("the decision", not "Russia's decision")."""
    if ev.target is not None or ev.source is None or not ev.source.code:
        return None
    if ev.code[:2] not in OWNERLESS_OBJECT_ROOTS or ev.nominal:
        return None
    obj = next((c for c in doc[ev.trigger].children if c.dep_ in ("dobj", "obj")), None)
    if obj is None or any(c.dep_ in ("poss", "compound", "nmod") for c in obj.children):
        return None
    if any(c.dep_ == "prep" and c.lower_ in ("by", "of") for c in obj.children):
        return None  # "the decision by X", "the arrest of X": named, or told in the phrase
    return obj


def _doer_of(
    obj: Token, ev: RawEvent, events: list[RawEvent], patterns: PatternSet
) -> RawEvent | None:
    """The earlier act of another actor that ``obj`` stands for, the latest one told: of the
    event noun's own kind ("the detention": an arrest), or any act for a generic act noun
    ("the decision"), statements, appeals, threats and the like excepted."""
    others = [
        e
        for e in events
        if e.trigger < ev.trigger
        and e.trigger != obj.i
        and e.source is not None
        and e.source.code
        and e.source.code != ev.source.code  # type: ignore[union-attr]
    ]
    kinds = {p.code[:2] for p in patterns.nouns.get(obj.lemma_.lower(), ())}
    if kinds & JOINT_ACT_ROOTS:  # "rejected the talks": aimed at a partner, not a doer
        return None
    if kinds:  # "criticised the detention": the noun names the kind of act
        acts = [e for e in others if e.code[:2] in kinds]
    elif obj.lemma_.lower() in ACT_NOUNS or obj.lower_ in ACT_NOUNS:
        acts = [e for e in others if e.code[:2] not in VERBAL_ACT_ROOTS]
    else:
        return None
    return acts[-1] if acts else None


def _asdict(ev: RawEvent) -> dict:
    return {f: getattr(ev, f) for f in RawEvent.__slots__}  # type: ignore[attr-defined]
