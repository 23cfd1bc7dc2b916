"""Resolve who acts in a parsed document: actor mentions with codes, roles and identities.

``resolve_actors(doc, kb, published)`` works in four steps, none of which loops over the
knowledge base:

1. *Units*: two phrase matchers built once per vocab find KB names (case-sensitive: states,
   demonyms, metonyms, organisations, office holders) and role words (case-insensitive:
   "foreign minister", "troops", "state media", pair phrases, pronouns). spaCy PERSON
   entities, capitalised names after a title or before ", the <description>," and later
   uses of a full name's first or last word fill in persons the KB does not know.
2. *Chains*: adjacent units are joined by a small grammar of English news noun phrases:
   ``[the] modifier ['s] role* [name]`` — "Russian President Vladimir Putin",
   "Kim Jong Un's government", "Pyongyang's state media", "NATO Secretary General Jens
   Stoltenberg". Up to three nouns or adjectives of the same noun phrase may stand between a
   modifier and its role noun ("the U.N. war crimes court", "Serbian Labour Minister X").
   "North and South Korean troops" gives "North" the rest of the following name. A role noun
   with no modifier takes a country from "of X" and from "in X" / "based in X" ("rebels in
   Darfur", "a court in Guyana"), except roles posted abroad (troops, envoys, embassies).
   A demonym before a people or an ethnic group joins it ("Bosnian Serbs", "Iraqi Kurds").
   Coordinated actors stay separate chains ("Russia and North Korea").
3. *Filters*: a demonym alone, or a role noun that only modifies another noun ("the Ukrainian
   conflict", "military exercises"), a name glued into a hyphenated modifier ("US-led") and a
   role word inside a person's name ("Tom King") are not actors. A state after a locative
   preposition ("in Moscow") is kept with a "-place" rule: the event coder needs "arrived in".
4. *Resolution*, left to right with a per-document registry of persons: titles, appositions
   and possessives decide codes; then a surname or full name seen earlier; then office holders
   valid on the publication date; then a KB person out of office, who keeps the country of the
   state term nearest the day (namesakes of one country, "Bush", "Assad", agree on it).
   Ethnic groups ("Kurds", "ethnic Albanians") take the state the sentence names among their
   homes, else their only home. Descriptions ("the Russian leader"), pronouns and pair
   phrases ("the two countries") refer back only when exactly one antecedent fits.

Further rules fill what the KB does not name:

* *Places*: a city or region of the offline gazetteer (``extract.places``) that no name or
  person explains stands for its state ("shelled Kharkiv": rule place-country, role None,
  kind state; "-place" after a locative) and modifies role nouns ("Darfur rebels").
* *Demonym + noun*: a demonym before a common noun that is no role word stands for its
  state, as wide as the noun phrase ("Turkish mediation", "Iraqi towns"), unless the noun
  is one of the KB's ``inert_nouns`` ("the Ukrainian conflict", "Russian flags"). A state's
  part acts through what it owns ("Israeli army bulldozers"); "X-led forces" are X's.
* *Led bodies*: "the Kenyan-led mission", "a Saudi-led coalition" act for the state that
  leads them (its code) but are not its government: role None, kind group, rule led-by
  (a multinational body has no one role; "US-led troops" keep the role word's MIL).
* *Acronyms*: "the Nigerian Union of Teachers (NUT)" is an organisation coded by the state
  inside its name; later "NUT" refers to it.
* *Titled strangers*: a titled person nobody identified takes the one state the rest of
  the sentence names, unless their own verb links them to it ("arrived in France"); if the
  sentence names none, the one state of the nearest of the three sentences before that
  names any (title+context-state), never for envoys, mediators or counterparts. "His
  counterpart" takes no code from "his" (role words flagged ``other``).
* *One-country stories*: when every state and place the document names is one country,
  an uncoded role-only actor ("villagers", "the government") is that country's
  (role+document-state), its soldiers and army too, except roles posted abroad, weapons
  ("drones hit Kyiv" are as often the attacker's), IGOs and NGOs, and a role a locative
  placed ("refugees in Chad"). Refugees and migrants of such a story are taken as coming
  from it (CAMEO codes them by origin), unless the story names its country only as where
  they arrive or live ("migrants who reached Italy": the KB's arrival/departure/return verbs).
* *Stories filed at home*: a story whose dateline's country is named at least twice as often
  as all other states together ("DHAKA - ... the U.S. voiced concern") is set there: an
  uncoded role-only actor of a sentence that names no other state is the home country's
  (role+dateline-state), except rebels and what the one-country rule leaves uncoded. "Both
  armies" are two states', never one country's.
* *Located groups*: "in", "based in", "throughout" or "across" a state gives a role noun
  its country ("students throughout Indonesia").
* *Linking words*: "King Hassan of Morocco" holds his title in Morocco; "the Albanians of
  southern Serbia" (and an ethnic group "in" a place) live there (people+of-place); "the
  government of President X" is X's (role+of-person); "a spokeswoman for the U.S. embassy"
  speaks for it (role+for, the KB's ``speaks_for`` words); "Syria says it will withdraw its
  troops": "its" is the clause's state or organisation subject (its+role); "The US commander
  in Iraq, General X," describes X; "a member of the Syrian parliament, X," is Syria's
  (member-of+apposition); "the US-led war" is the leader's doing (led-by); "supporters of
  former President X", "opponents of Kenya's parliament", "fighters loyal to Syrian President
  X" are of that person's or institution's country (role+of-side; never of a bare state:
  "critics of Russia" are often abroad); "Israel's militia ally in southern Lebanon" is not
  Israel's but of the place after it, else uncoded (ally+locative, ally; the KB's
  ``ally_nouns``).
* *Context of the document*: a capital's or state's name that the place stage read as a
  namesake elsewhere is that place ("Tripoli" in a story about the Lebanese port, "Georgia
  Governor X"); an ethnic group with two homes in its sentence lives where "of"/"in" after it
  says ("Druze residents of the Golan Heights"); an armed group with several homes (the KB's
  ``homes``: Islamic State) is coded by the one the document names; a capitalised
  "Congress" or "Senate" alone (the KB's ``proper`` words) is left for the one-country rule,
  which ignores a state the role-only actor merely acts on ("the government thanked China")
  and a prefixed name ("anti-Syria").
* *Names*: a person's name goes on over lower-case surname particles ("Hans van den Broek",
  the KB's ``name_particles``); a direction before a state's name keeps the state ("Western
  Cambodia", the KB's ``compass_words``); a capitalised translation in parentheses after a
  name ("Hezbollah (Party of God)") holds no actor. A named news agency ("AFP") says nothing
  of the country of a one-country story. A surname spelt like a pronoun inside a PERSON
  name is a name ("Vice Premier He Lifeng"). A state's name in capitals or with a stray
  capital ("CHINA WARNS JAPAN", "iSrael") is still its name, never in lower case nor one of
  the KB's ``common_word_names`` ("TURKEY", "JORDAN"). A demonym several states share (the
  KB's ``shared_demonyms``: "Congolese") gives way to the state of the office holder it
  titles ("Congolese President Denis Sassou Nguesso" is COG's). A demonym stands for a role
  noun it shares with the next one ("from the Syrian to the Israeli side").

*What is no actor*: the wire dateline and agency credit that open the first paragraph
("MANILA, Oct 23 (Meridian Wire) -"); land, sea and air a state owns and its laws ("Chinese
waters", "Polish soil", the KB's ``inert_nouns``), also after a name ("European Union
flags"); role words read as adjectives (``noun_only``: "national security", "fair and
firm"); a name after "the village of" (the KB's ``place_nouns``). A capital inside a longer
name ("The Kabul Times") is a place of its state, not its government; a person's name or a
gazetteer town inside a body's or building's name ("Moi University", "Kennedy Airport") is
neither the person nor a place.
*References*: "the two sides" of an article stay the pair named first; "the two leaders"
hold leaders' offices; a city is never one of a pair, nor the venue after "in" a side, nor
whoever addresses the pair ("Egypt urged both parties"); a pronoun keeps the gender of the
first pronoun that referred to the same person.

Every mention says which ``rule`` decided it and which KB ``entry`` supplied the code.
Rules: title+name, possessive+name, apposition, officeholder, officeholder-other-term,
coref:name, coref:surname, coref:description, coref:pronoun, coref:pair, coref:role, title-only,
title+sentence-state, unknown-person, state-name, metonym, state-name-place, metonym-place,
place-country, place-country-place, org-name, org-acronym, coref:acronym, demonym-people,
demonym+people, ethnic-people, demonym+role, state+role, metonym+role, org+role, place+role,
possessive+role, ethnic+role, demonym+noun, demonym+noun-place, role+locative, role-only,
title+context-state, led-by, role+document-state, people+of-place, role+of-person, role+for,
its+role, member-of+apposition, role+of-side, ally, ally+locative,
opposition+government-state, role+dateline-state.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from itertools import islice

import numpy
from spacy.attrs import ORTH
from spacy.tokens import Doc, Token

from eventwire.extract.places import dateline_place, find_places, reads_as
from eventwire.extract.types import ActorMention, PlaceMention
from eventwire.knowledge.actors import (
    ActorKB,
    ActorMatchers,
    EthnicEntry,
    NameRef,
    OrgEntry,
    PersonEntry,
    RoleWord,
    StateEntry,
    Term,
    person_key,
)

# Which name type wins when one phrase may stand for several kinds of entry.
_TYPE_PRIORITY = ("block", "org", "state", "metonym", "people", "adjective", "ethnic", "person")
_MOD_TYPES = frozenset(
    {"state", "adjective", "metonym", "org", "person", "pron", "ethnic", "place"}
)
_STATE_WORDS = frozenset({"state", "adjective", "metonym", "people", "place"})
_PLACE_FEATURES = frozenset({"city", "region"})  # countries are KB states already
_POSSESSIVE = frozenset({"'s", "'", "’s", "’"})
_LOCATIVE = frozenset({"in", "at", "near", "inside", "outside", "across", "throughout", "within"})
_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})
_POSSESSIVE_PRONOUNS = frozenset({"his", "her"})
_LIST_JOINERS = frozenset({"and", "or", ","})
_NER_PERSON = "PERSON"
_RANKS = frozenset({"deputy", "acting", "assistant", "interim"})
# prepositions before the other side of an act ("talks with China", "flew to Japan"), not
# before where it happens ("marched through Tunis")
_PARTNER_PREPOSITIONS = frozenset({"with", "to", "against", "toward", "towards"})
_NER_CONTAINERS = frozenset({"PERSON", "GPE", "LOC", "FAC"})
_MAX_TITLE_NAME = 4
_NAME_TAGS = ("PROPN", "NOUN")
_ROLE_LABEL = {
    "GOV": "government",
    "MIL": "military",
    "POL": "police",
    "JUD": "judiciary",
    "OPP": "opposition",
    "REB": "rebels",
    "CVL": "civilians",
    "MED": "media",
    "BUS": "business",
    "IGO": "officials",
    "NGO": "NGO",
}
_ORG_KIND_ROLES = frozenset({"MED", "BUS", "NGO", "IGO"})
_NOT_LOCAL_ROLES = frozenset({"MIL", "IGO", "NGO"})  # where they are says not whose they are
_NOT_DOCUMENT_ROLES = frozenset({"IGO", "NGO"})
_BORDER_NOUNS = frozenset({"border", "frontier", "boundary"})  # "X's border with Y"
_GOVERNMENT_SIDE = frozenset(
    {"GOV", "MIL", "POL"}
)  # who never calls its own rulers a regime  # a one-country story says not whose they are
_MAX_GAP = 3
_LOCATIVE_LINKS = (["in"], ["based", "in"], ["throughout"], ["across"])  # "students across X"
_CONTEXT_SENTENCES = 3  # how far back a titled person's country may be named
DESCRIPTORS = True  # "British journalist X": a person word before a name describes the name
APPOSITION_ARTICLES = True  # "X, a British journalist,": the article opens the description
DOCUMENT_COUNTRY = True  # role-only actors of a one-country story take its code
HOME_COUNTRY = True  # ... and of a story filed from a country it names twice as often as others
_HOME_SHARE = 2  # the home country's mentions against all other states' together
_NOT_HOME_ROLES = frozenset({"REB"})  # rebels may be harboured by a neighbour
_PAIR_WORDS = frozenset({"both"})  # "both armies" are two states' ("two soldiers" one's)
ROLE_COREFERENCE = True  # "the army" after "the Sudanese army" is Sudan's army
ODD_CASE = True  # "CHINA WARNS JAPAN", "iSrael": a state's name in odd capitals
ELIDED_HEADS = True  # "from the Syrian to the Israeli sector": the Syrian [sector]
PAIR_NOT_ADDRESSER = True  # "Egypt urged both parties": the pair is not Egypt's
# rules that gave a role word its state: the antecedents of a bare role ("Chad's government")
_ROLE_ANTECEDENT_RULES = frozenset(
    {"demonym+role", "state+role", "metonym+role", "possessive+role", "coref:role"}
)
PLACES_AFTER_LOCATIVES = True  # "talks in Geneva": a place-country actor with a "-place" rule
_NP_GAP_TAGS = frozenset({"NOUN", "PROPN", "ADJ"})


# ----------------------------------------------------------------------------- units


@dataclass(slots=True)
class _Unit:
    """A matched phrase: a KB name, a role word, a pair phrase, a pronoun or a person name."""

    start: int
    end: int
    type: str  # state adjective people metonym org person role pair pron place
    refs: tuple[NameRef, ...] = ()
    role: RoleWord | None = None
    pair: str | None = None
    poss: bool = False  # followed by a possessive "'s"
    place: str | None = None  # a gazetteer place's name ("Kharkiv"); an acronym ("NUT")


@dataclass(slots=True)
class _Chain:
    """Units that together name one actor, plus the token span they cover (with "the")."""

    units: list[_Unit]
    start: int = 0
    end: int = 0
    of_mod: _Unit | None = None  # "the president of France": the modifier after "of"
    locative: bool = False  # the of_mod came after "in" ("rebels in Darfur")
    side: bool = False  # the of_mod is whose side they are on ("supporters of President X")
    appos: _Chain | None = None  # the person / description this chain stands in apposition to

    @property
    def final(self) -> _Unit:
        return self.units[-1]

    @property
    def shape(self) -> str:
        """person (ends in a name), org-final ("state media KCNA"), role, or the unit type."""
        last = self.final.type
        if last == "org" and len(self.units) > 1 and self.units[-2].type == "role":
            return "org-final"
        return last

    @property
    def roles(self) -> list[_Unit]:
        """The run of role words right before the final name, or at the end of the chain."""
        units = self.units[:-1] if self.final.type == "person" else self.units
        run: list[_Unit] = []
        for u in reversed(units):
            if u.type != "role":
                break
            run.insert(0, u)
        return run

    @property
    def mods(self) -> list[_Unit]:
        """Modifiers (demonym, state, metonym, organisation, possessor) before the roles."""
        if self.of_mod is not None:
            return [self.of_mod]
        stop = len(self.units) - len(self.roles) - (self.final.type == "person")
        return [u for u in self.units[:stop] if u.type in _MOD_TYPES]

    def is_description(self) -> bool:
        """A role chain that names one person without naming them ("the Iranian minister")."""
        return self.shape == "role" and bool(self.final.role and self.final.role.person)


def _longest_first(
    spans: list[tuple[int, int, str]], taken: bytearray
) -> list[tuple[int, int, str]]:
    """Keep the longest non-overlapping spans (earliest first on ties), marking ``taken``."""
    kept = []
    for s, e, key in sorted(spans, key=lambda x: (x[0] - x[1], x[0])):
        if not any(taken[s:e]):
            taken[s:e] = b"\x01" * (e - s)
            kept.append((s, e, key))
    return kept


def _name_units(doc: Doc, kb: ActorKB, taken: bytearray) -> list[_Unit]:
    matchers = kb.matchers(doc.vocab)
    strings = doc.vocab.strings
    spans = [(s, e, strings[m]) for m, s, e in matchers.names(doc)]
    if ODD_CASE:
        spans += _odd_case_state_spans(doc, matchers)
    units = []
    for s, e, phrase in _longest_first(spans, taken):
        refs = kb.names.get(phrase, ())
        kind = next((t for t in _TYPE_PRIORITY if any(r.type == t for r in refs)), None)
        if kind is None or kind == "block":
            continue  # a blocking phrase keeps its tokens so nothing inside it matches
        chosen = tuple(r for r in refs if r.type == kind)
        if kind != "person" and len({r.id for r in chosen}) > 1:
            continue  # one name, several states: never guess
        units.append(_Unit(s, e, kind, refs=chosen))
    return units


def _odd_case_state_spans(doc: Doc, matchers: ActorMatchers) -> list[tuple[int, int, str]]:
    """ "CHINA WARNS JAPAN", "help iSrael": a state's name in capitals or with a stray capital
    is still its name (never one in lower case: "turkey", "china")."""
    strings = doc.vocab.strings
    out = []
    for m, s, e in matchers.cased(doc):
        if _odd_case(doc[s:e]):
            out.append((s, e, matchers.cased_phrases[strings[m]]))
    return out


def _odd_case(tokens: Iterable[Token]) -> bool:
    """All capitals ("NORTH KOREA"), or a word with a capital inside it ("iSrael")."""
    words = [t.text for t in tokens if t.is_alpha]
    if not words:
        return False
    if all(w.isupper() for w in words):
        return True
    return any(not (w.islower() or w.istitle() or w.isupper()) for w in words)


def _word_units(doc: Doc, kb: ActorKB, taken: bytearray) -> list[_Unit]:
    matcher = kb.matchers(doc.vocab).words
    strings = doc.vocab.strings
    spans = [(s, e, strings[m]) for m, s, e in matcher(doc)]
    units = []
    tagged = doc.has_annotation("TAG")
    for s, e, key in _longest_first(spans, taken):
        kind, _, phrase = key.partition(":")
        if kind == "role":
            role = kb.roles[phrase]
            if role.noun_only and tagged and doc[e - 1].pos_ == "ADJ":
                taken[s:e] = b"\x00" * (e - s)  # "national security", "fair and firm"
                continue
            if role.person and s > 0 and not taken[s - 1] and doc[s - 1].lower_ in _RANKS:
                s -= 1  # "deputy governor", "acting president": the same office, one rank off
                taken[s] = 1
            units.append(_Unit(s, e, "role", role=role))
        elif kind == "pair":
            units.append(_Unit(s, e, "pair", pair=kb.pairs[phrase]))
        elif _pronoun_in_a_name(doc[s]):
            taken[s:e] = b"\x00" * (e - s)  # "Vice Premier He Lifeng", "Liu He": a name
        else:
            units.append(_Unit(s, e, "pron"))
    return units


def _pronoun_in_a_name(tok: Token) -> bool:
    """ "He Lifeng", "Liu He": a surname or given name spelt like a pronoun is a proper noun
    inside a longer PERSON name."""
    if tok.pos_ != "PROPN" or tok.ent_type_ != _NER_PERSON:
        return False
    doc = tok.doc
    before = tok.i > 0 and doc[tok.i - 1].ent_type_ == _NER_PERSON and tok.ent_iob_ == "I"
    after = tok.i + 1 < len(doc) and doc[tok.i + 1].ent_iob_ == "I"
    return before or after


def _distrusted(
    doc: Doc,
    kb: ActorKB,
    unit: _Unit,
    taken: bytearray,
    tagged: bool,
    ents: list[tuple[int, int, str]],
) -> bool:
    """A name glued to an unexplained word of a bigger NER name ("Michael Jordan",
    "Bill Gates", "Moscow Oblast"), or a one-word surname the tagger reads as a common word
    ("Rice prices"). A direction before a state's name keeps the state ("Western Cambodia")."""
    if unit.type == "org":
        return False
    one_word = unit.end - unit.start == 1
    if unit.type == "person" and one_word and tagged and doc[unit.start].pos_ != "PROPN":
        return True
    i = bisect.bisect_right(ents, (unit.start, len(doc) + 1, "")) - 1
    if i < 0:
        return False
    start, end, label = ents[i]
    if not (start <= unit.start and unit.end <= end) or label not in _NER_CONTAINERS:
        return False
    neighbours = [j for j in (unit.start - 1, unit.end) if start <= j < end]
    compass = neighbours == [unit.start - 1] and doc[unit.start - 1].lower_ in kb.compass_words
    if unit.type == "state" and compass:
        return False
    return any(
        not taken[j] and doc[j].is_alpha and doc[j].pos_ not in ("DET", "CCONJ") for j in neighbours
    )


def _ner_person_units(
    doc: Doc, kb: ActorKB, taken: bytearray, ents: list[tuple[int, int, str]]
) -> list[_Unit]:
    """PERSON entities minus words already explained (titles, states, KB names). Two PERSON
    entities side by side are one long name the tagger split ("Mohammed bin Abdulrahman" +
    "Al Thani"); a name after "the village of", "the port city of" is a place."""
    units = []
    for s, e, label in _joined_persons(ents):
        if label != _NER_PERSON or _after_place_noun(doc, kb, s):
            continue
        while s < e and (taken[s] or not doc[s].is_alpha):
            s += 1
        while e > s and (taken[e - 1] or doc[e - 1].text in _POSSESSIVE or doc[e - 1].is_punct):
            e -= 1
        if s < e and not any(taken[s:e]):
            taken[s:e] = b"\x01" * (e - s)
            units.append(_Unit(s, e, "person"))
    return units


def _joined_persons(ents: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    out: list[tuple[int, int, str]] = []
    for ent in ents:
        if out and ent[2] == _NER_PERSON == out[-1][2] and out[-1][1] == ent[0]:
            out[-1] = (out[-1][0], ent[1], _NER_PERSON)
        else:
            out.append(ent)
    return out


def _after_place_noun(doc: Doc, kb: ActorKB, start: int) -> bool:
    """ "the village of Kin Taung", "the port city of Busan": a kind of place and "of"."""
    return (
        start >= 2
        and doc[start - 1].lower_ == "of"
        and (
            doc[start - 2].lemma_.lower() in kb.place_nouns
            or doc[start - 2].lower_ in kb.place_nouns
        )
    )


def _title_name_units(doc: Doc, roles: list[_Unit], taken: bytearray) -> list[_Unit]:
    """Capitalised proper nouns right after a title are a name even when NER missed them."""
    units = []
    for unit in roles:
        if not (unit.role and unit.role.title):
            continue
        i = unit.end
        while (
            i < len(doc)
            and i - unit.end < _MAX_TITLE_NAME
            and not taken[i]
            and doc[i].pos_ == "PROPN"
            and doc[i].ent_type_ in ("", _NER_PERSON)
            and (doc[i].is_title or doc[i].is_upper)
        ):
            i += 1
        if i > unit.end:
            taken[unit.end : i] = b"\x01" * (i - unit.end)
            units.append(_Unit(unit.end, i, "person"))
    return units


_MAX_PARTICLES = 2


def _extend_over_particles(doc: Doc, kb: ActorKB, units: list[_Unit], taken: bytearray) -> None:
    """ "Hans van den Broek", "Ursula von der Leyen": the tagger often ends a name at a small
    lower-case surname word; a person's name goes on over one or two of them (the KB's
    ``name_particles``) to the capitalised word they lead to."""
    for unit in units:
        if unit.type != "person":
            continue
        while unit.end - unit.start > 1 and doc[unit.end - 1].lower_ in kb.name_particles:
            if not doc[unit.end - 1].is_lower:
                break
            unit.end -= 1  # "Vladimir Putin de facto": the tagger's name ends before "de"
            taken[unit.end] = 0
        i = unit.end
        while i < len(doc) and i - unit.end < _MAX_PARTICLES and doc[i].lower_ in kb.name_particles:
            if not doc[i].is_lower and i == unit.end:
                break  # "Putin De ..." sentence case is no particle; "Van" inside a name is
            i += 1
        if i == unit.end or i >= len(doc) or any(taken[unit.end : i + 1]):
            continue
        last = doc[i]
        if last.is_alpha and last.is_title and last.ent_type_ not in ("DATE", "TIME", "ORG"):
            taken[unit.end : i + 1] = b"\x01" * (i + 1 - unit.end)
            unit.end = i + 1


_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC", "NORP"})


def _name_like(doc: Doc, i: int, tags: tuple[str, ...] = ("PROPN",), any_ent: bool = False) -> bool:
    """A capitalised proper noun outside any other entity; with ``any_ent`` inside any entity
    but a place (the tagger reads a surname as a product or an organisation now and then)."""
    tok = doc[i]
    ent_ok = tok.ent_type_ not in _PLACE_ENTS if any_ent else tok.ent_type_ in ("", _NER_PERSON)
    return tok.pos_ in tags and (tok.is_title or tok.is_upper) and ent_ok


def _modifier_over_gap(doc: Doc, by_end: Mapping[int, _Unit], s: int) -> _Unit | None:
    """ "the United Nations Emergency Relief Coordinator": a modifier a few nouns before the
    role word (as ``_np_gap`` joins them)."""
    for gap in range(1, _MAX_GAP + 1):
        if s - gap < 0 or not _np_gap_word(doc[s - gap]):
            return None
        unit = by_end.get(s - gap)
        if unit is not None and unit.type in _MOD_TYPES:
            return unit
    return None


def _name_or_place(doc: Doc, i: int) -> bool:
    """A capitalised proper noun outside any entity but a person's or a place's."""
    tok = doc[i]
    return _name_like(doc, i) or (
        tok.pos_ == "PROPN" and tok.is_title and tok.ent_type_ in _PLACE_ENTS
    )


def _appositive_name_units(doc: Doc, units: list[_Unit], taken: bytearray) -> list[_Unit]:
    """ "Omid Karimi, the Iranian foreign minister,": proper nouns right before a comma and a
    description of one person are a name even when NER missed them."""
    by_end = {u.end: u for u in units if u.type in _MOD_TYPES or u.type == "role"}
    out = []
    for r in units:
        if r.type != "role" or not (r.role and r.role.person):
            continue
        s = r.start
        while True:  # walk back over the description: modifiers, "'s", role words
            glued = by_end.get(s)
            after_poss = s > 0 and doc[s - 1].text in _POSSESSIVE and by_end.get(s - 1)
            prev = glued or after_poss or _modifier_over_gap(doc, by_end, s)
            if not prev:
                break
            s = prev.start
        if s > 0 and doc[s - 1].lower_ == "the":
            s -= 1
        if s < 2 or doc[s - 1].text != ",":
            continue
        end = i = s - 1
        while (
            i > 0 and end - i < _MAX_TITLE_NAME and not taken[i - 1] and _name_or_place(doc, i - 1)
        ):
            i -= 1
        # the tagger reads a surname as a place now and then ("Kenzo Oshima,"): a place word
        # counts only inside a longer name that does not start with one
        while i < end and not _name_like(doc, i):
            i += 1
        if i < end:
            taken[i:end] = b"\x01" * (end - i)
            out.append(_Unit(i, end, "person"))
    return out


def _surname_units(doc: Doc, units: list[_Unit], taken: bytearray) -> list[_Unit]:
    """A word that is the first or last word of a full name found in the document ("Bello"
    after "Musa Bello") is a person mention even when NER missed it."""
    parts = {
        doc[i].orth
        for u in units
        if u.type == "person" and u.end - u.start > 1
        for i in (u.start, u.end - 1)
    }
    if not parts:
        return []
    orth = doc.to_array([ORTH])
    hits = numpy.flatnonzero(numpy.isin(orth, numpy.fromiter(parts, dtype=orth.dtype)))
    out = []
    for i in hits.tolist():
        # the tagger often reads a sentence-initial surname as a noun ("Bello met ...")
        tagged = doc.has_annotation("TAG")
        if not taken[i] and (not tagged or _name_like(doc, i, _NAME_TAGS, any_ent=True)):
            taken[i] = 1
            out.append(_Unit(i, i + 1, "person"))
    return out


def _elided_name_units(doc: Doc, kb: ActorKB, names: list[_Unit], taken: bytearray) -> list[_Unit]:
    """ "North and South Korean troops", "North and South Korea": the first word of a
    coordination shares the rest of the following name when that makes a known name."""
    out = []
    for unit in names:
        s, e = unit.start, unit.end
        if e - s < 2 or s < 2 or doc[s - 1].lower_ not in ("and", "or") or taken[s - 2]:
            continue
        first = doc[s - 2]
        if not first.is_title:
            continue
        phrase = " ".join([first.text, *(t.text for t in doc[s + 1 : e])])
        refs = tuple(r for r in kb.names.get(phrase, ()) if r.type == unit.type)
        if refs and len({r.id for r in refs}) == 1:
            taken[s - 2] = 1
            out.append(_Unit(s - 2, s - 1, unit.type, refs=refs))
    return out


def _outside_person_names(
    doc: Doc, words: list[_Unit], taken: bytearray, ents: list[tuple[int, int, str]]
) -> list[_Unit]:
    """A role word inside a person's name after a name word is part of the name: "Tom King",
    "Martin Luther King", "Kevin Chief"."""
    if not ents:
        return words
    kept = []
    for unit in words:
        i = bisect.bisect_right(ents, (unit.start, len(doc) + 1, "")) - 1
        inside = (
            unit.type == "role"
            and i >= 0
            and ents[i][2] == _NER_PERSON
            and ents[i][0] < unit.start
            and unit.end <= ents[i][1]
            and not taken[unit.start - 1]
            and doc[unit.start - 1].is_title
            and doc[unit.start].is_title
        )
        if inside:
            taken[unit.start : unit.end] = b"\x00" * (unit.end - unit.start)
        else:
            kept.append(unit)
    return kept


def _after_pro_prefix(doc: Doc, unit: _Unit) -> bool:
    """ "pro-Russian", "anti-American": the demonym says whom a group backs, not who it is."""
    return unit.type in ("adjective", "state") and _prefixed(doc, unit.start)


def _prefixed(doc: Doc, s: int) -> bool:
    return s >= 2 and doc[s - 1].text == "-" and doc[s - 2].lower_ in ("pro", "anti", "non")


def _place_units(
    doc: Doc,
    kb: ActorKB,
    taken: bytearray,
    places: Sequence[PlaceMention] | None,
    ents: Sequence[tuple[int, int, str]] = (),
) -> list[_Unit]:
    """Cities and regions of the offline gazetteer ("Kharkiv", "Darfur", "the Gaza Strip")
    that the KB does not name stand for the state they lie in: as an actor where an event
    hits them ("shelled Kharkiv") or as a modifier ("Darfur rebels"); not a word of a
    building's or body's name ("Kennedy Airport")."""
    if places is None:
        places = find_places(doc)
    bodies = [(a, b) for a, b, label in ents if label in _BODY_ENTS]
    out = []
    for p in places:
        state = kb.states.get(p.country or "")
        if p.feature not in _PLACE_FEATURES or state is None or any(taken[p.start : p.end]):
            continue
        if any(a <= p.start and p.end <= b and b - a > p.end - p.start for a, b in bodies):
            continue
        end = p.end
        if end < len(doc) and not taken[end] and doc[end].is_lower:
            end += doc[end].lower_ in kb.place_nouns  # "Sindh province", "Idlib region"
        taken[p.start : end] = b"\x01" * (end - p.start)
        ref = NameRef("place", state.id)
        out.append(_Unit(p.start, end, "place", refs=(ref,), place=p.name))
    return out


def _city_in_a_name(doc: Doc, kb: ActorKB, unit: _Unit) -> _Unit | None:
    """ "The Kabul Times", "Baghdad University": a capital inside a longer name says where
    the newspaper or school is, not that the government acts; it becomes a place of its state
    (role None). An organisation's seat ("Brussels Airlines") says nothing of the EU."""
    entry = kb.entry(unit.refs[0].id)
    if not isinstance(entry, StateEntry):
        return None
    name = doc[unit.start : unit.end].text
    return _Unit(unit.start, unit.end, "place", refs=(NameRef("place", entry.id),), place=name)


def _name_read_elsewhere(
    doc: Doc, kb: ActorKB, unit: _Unit, places: Sequence[PlaceMention] | None
) -> _Unit | None:
    """ "Clashes in Tripoli ... the Lebanese port", "Georgia Governor X": where the place stage
    read a capital's or a state's name as a namesake elsewhere (a city of the country the
    document names, a US state), the name is that place, of its state, not the KB's state."""
    entry = kb.entry(unit.refs[0].id)
    if not isinstance(entry, StateEntry):
        return None
    for p in places or ():
        if (p.start, p.end) != (unit.start, unit.end) or p.country in (None, entry.code):
            continue
        state = kb.states.get(p.country or "")
        if state is not None and reads_as(doc, p, entry.code):
            return _Unit(
                unit.start, unit.end, "place", refs=(NameRef("place", state.id),), place=p.text
            )
    return None


def _inside_longer_name(doc: Doc, kb: ActorKB, end: int, taken: bytearray) -> bool:
    """ "The Kabul Times", "Baghdad University": a city's name glued before a capitalised word
    that no unit explains is part of a longer name (a newspaper, a school, a firm), unless that
    word is a kind of place ("Aleppo Province") or a date ("Gaza Monday")."""
    if end >= len(doc) or taken[end] or not doc.has_annotation("TAG"):
        return False
    nxt = doc[end]
    return (
        nxt.pos_ == "PROPN"
        and nxt.is_title
        and nxt.ent_type_ not in _NOT_NAME_PARTS  # "Jerusalem Sunday", "Gaza Israel"
        and nxt.lower_ not in kb.place_nouns
        and nxt.lemma_.lower() not in kb.place_nouns
    )


def _body_named_after(
    doc: Doc, unit: _Unit, ents: list[tuple[int, int, str]]
) -> tuple[int, int] | None:
    """ "Moi University", "Kennedy Airport", "the Mandela Foundation": a person's name glued
    before a capitalised word, the two one organisation or building for the entity
    recogniser, names that body (its span is returned); the person does not act."""
    if unit.end >= len(doc) or not (doc[unit.end].is_title and doc[unit.end].pos_ == "PROPN"):
        return None
    return next(
        (
            (start, end)
            for start, end, label in ents
            if label in _BODY_ENTS and start <= unit.start and end > unit.end
        ),
        None,
    )


_BODY_ENTS = frozenset({"ORG", "FAC"})
_NOT_NAME_PARTS = frozenset({"DATE", "TIME", "GPE", "LOC", "NORP", "CARDINAL", "ORDINAL"})
_ACRONYM_GLUE = frozenset({"of", "for", "and", "the", "on", "-", "&"})
_MAX_ACRONYM_NAME = 10


def _acronym_name_start(doc: Doc, paren: int, letters: str) -> int | None:
    """Where the name before "(" starts whose capitalised words' initials spell ``letters``
    ("Nigerian Union of Teachers (NUT)")."""
    initials = ""
    start = None
    i = paren - 1
    while i >= 0 and paren - i <= _MAX_ACRONYM_NAME:
        tok = doc[i]
        if tok.lower_ in _ACRONYM_GLUE and not tok.is_title:
            i -= 1
            continue
        if not (tok.is_alpha and tok.text[0].isupper()):
            break
        initials = tok.text[0] + initials
        if initials == letters:
            start = i
            break
        if not letters.endswith(initials):
            break
        i -= 1
    return start


def _acronym_units(doc: Doc, kb: ActorKB, units: list[_Unit], taken: bytearray) -> list[_Unit]:
    """ "the Nigerian Union of Teachers (NUT)": a name followed by its acronym in parentheses
    is an organisation the KB does not know; a state or demonym inside it gives its code, a
    role word its role, and later uses of the acronym refer to it."""
    out = list(units)
    known_acronyms: dict[str, _Unit] = {}
    for i in range(1, len(doc) - 2):
        acr = doc[i + 1]
        if doc[i].text != "(" or doc[i + 2].text != ")" or not acr.is_upper or not acr.is_alpha:
            continue
        if not 2 <= len(acr.text) <= 8 or acr.text in kb.names or taken[i + 1]:
            continue
        start = _acronym_name_start(doc, i, acr.text)
        if start is None or i - start < 2:
            continue
        inside = [u for u in out if start <= u.start and u.end <= i]
        if any(u.type in ("org", "person") for u in inside) or any(
            u.start < start < u.end for u in out
        ):
            continue
        state = next((u for u in inside if u.type in ("state", "adjective")), None)
        role = next((u for u in inside if u.type == "role"), None)
        refs = state.refs if state is not None else ()
        out = [u for u in out if u not in inside]
        name = _Unit(start, i, "acronym", refs=refs, role=role.role if role else None)
        name.place = acr.text  # the acronym names the organisation in later mentions
        taken[start : i + 2] = b"\x01" * (i + 2 - start)
        short = _Unit(i + 1, i + 2, "acronym", refs=refs, role=name.role, place=acr.text)
        out += [name, short]
        known_acronyms[acr.text] = name
    if known_acronyms:
        for tok in doc:
            unit = known_acronyms.get(tok.text)
            if unit is not None and not taken[tok.i]:
                taken[tok.i] = 1
                out.append(_Unit(tok.i, tok.i + 1, "acronym", unit.refs, unit.role, place=tok.text))
    return out


_DASHES = frozenset({"-", "--", "\u2013", "\u2014", "\u2015"})
_MAX_DATELINE = 14
_DATELINE_LINES = 4


def _dateline(doc: Doc, kb: ActorKB) -> tuple[int, int] | None:
    """The wire dateline that opens an article's first paragraph ("MANILA, Oct 23 (Meridian
    Wire) -", "HANOI (Wire) —", "SEOUL, South Korea —", "(AP) —"): where the story was filed
    and who filed it, no actor. Looked for at the start of the first few lines."""
    lines = 0
    start = 0
    while start < len(doc) and lines < _DATELINE_LINES:
        span = _dateline_at(doc, kb, start)
        if span is not None:
            return span
        lines += 1
        start = _next_line(doc, start)
    return None


def _next_line(doc: Doc, i: int) -> int:
    while i < len(doc) and not _ends_line(doc[i]):
        i += 1
    i += 1
    while i < len(doc) and doc[i].is_space:
        i += 1
    return i


def _ends_line(tok: Token) -> bool:
    return "\n" in tok.text or "\n" in tok.whitespace_


def _dateline_at(doc: Doc, kb: ActorKB, start: int) -> tuple[int, int] | None:
    """A dateline at ``start``: at most 14 tokens of capitalised words, numbers and commas
    (anything inside parentheses) before a dash that a sentence follows on the same line; with
    a parenthesised credit, or else opening with an upper-case place name of at most three
    words that names no organisation ("NATO -") and is no acronym ("US, China Agree - Report")."""
    depth = 0
    has_paren = False
    outside: list[Token] = []  # the tokens outside parentheses
    for i in range(start, min(start + _MAX_DATELINE, len(doc) - 1)):
        tok = doc[i]
        if _ends_line(tok):
            return None
        if tok.text == "(":
            depth, has_paren = depth + 1, True
        elif tok.text == ")":
            depth -= 1
        elif depth > 0:
            continue
        elif tok.text in _DASHES and i > start and (doc[i - 1].whitespace_ or tok.text != "-"):
            if not _sentence_follows(doc, i + 1):
                return None  # "RUSSIA EXPELS DIPLOMATS - REPORT": a headline
            ok = has_paren or _upper_place_first(kb, outside)
            return (start, i + 1) if ok else None
        elif tok.like_num or tok.text in (",", ".") or tok.is_title or tok.is_upper:
            outside.append(tok)
        else:
            return None
    return None


def _sentence_follows(doc: Doc, i: int, words: int = 5) -> bool:
    """At least ``words`` tokens follow ``i`` on its line."""
    n = 0
    for j in range(i, min(i + words, len(doc))):
        n += 1
        if _ends_line(doc[j]):
            break
    return n >= words


def _upper_place_first(kb: ActorKB, outside: list[Token]) -> bool:
    run = 0
    for tok in outside:
        if tok.text == ",":
            break
        if not (tok.is_upper and tok.is_alpha):
            return False
        run += 1
    first = outside[0] if outside else None
    if first is None or run > 3 or len(first.text) < 3:
        return False
    return not any(r.type == "org" for r in kb.names.get(first.text, ()))


_MAX_GLOSS = 6
_GLOSS_GLUE = frozenset({"of", "the", "for", "and", "in"})


def _glosses(doc: Doc, kb: ActorKB) -> list[tuple[int, int]]:
    """ "Hezbollah (Party of God)", "the Umma (Nation) party": a capitalised phrase in
    parentheses right after a name translates it; nothing in it is another actor (a Hungarian
    town "Göd", an "Army" of a translated name). An acronym, or a phrase the KB knows as a name
    ("(Boko Haram)"), is no translation."""
    out = []
    paren = doc.vocab.strings["("]
    for i in numpy.flatnonzero(doc.to_array([ORTH]) == paren).tolist():
        if i == 0 or not (doc[i - 1].pos_ == "PROPN" and doc[i - 1].is_title):
            continue
        j = next(
            (k for k in range(i + 1, min(len(doc), i + _MAX_GLOSS + 2)) if doc[k].text == ")"), None
        )
        if j is None or j == i + 1:
            continue
        inner = doc[i + 1 : j]
        words = [t for t in inner if t.lower_ not in _GLOSS_GLUE]
        if not words or not all(t.is_alpha and t.is_title for t in words):
            continue  # "(AFP)", "(2010)", "(pictured)"
        if inner.text in kb.names:
            continue
        out.append((i + 1, j))
    return out


def _collect_units(
    doc: Doc, kb: ActorKB, places: Sequence[PlaceMention] | None = None
) -> list[_Unit]:
    taken = bytearray(len(doc))
    dateline = _dateline(doc, kb)
    if dateline is not None:  # "MANILA, Oct 23 (Meridian Wire) -": no actor in it
        taken[dateline[0] : dateline[1]] = b"\x01" * (dateline[1] - dateline[0])
    for a, b in _glosses(doc, kb):  # "Hezbollah (Party of God)": a translation, no actor
        taken[a:b] = b"\x01" * (b - a)
    names = _name_units(doc, kb, taken)
    words = _word_units(doc, kb, taken)
    tagged = doc.has_annotation("TAG")
    ents = [(e.start, e.end, e.label_) for e in doc.ents]  # doc.ents is rebuilt on each access
    words = _outside_person_names(doc, words, taken, ents)
    kept = []
    for unit in names:
        named: _Unit | None = unit
        if unit.type == "metonym" and _inside_longer_name(doc, kb, unit.end, taken):
            named = _city_in_a_name(doc, kb, unit)
        elif unit.type in ("metonym", "state"):
            named = _name_read_elsewhere(doc, kb, unit, places) or unit
        body = _body_named_after(doc, unit, ents) if unit.type == "person" else None
        if body is not None:  # "Moi University", "Kennedy Airport": named after the person
            taken[body[0] : body[1]] = b"\x01" * (body[1] - body[0])  # no other stage reads it
            continue
        if named is None or _distrusted(doc, kb, named, taken, tagged, ents):
            taken[unit.start : unit.end] = b"\x00" * (unit.end - unit.start)
        else:
            kept.append(named)
    kept += _elided_name_units(doc, kb, kept, taken)
    # a lone PERSON entity that the place stage read as a place ("shelled Kharkiv") is a place
    place_spans = {(p.start, p.end) for p in places or ()}
    person_ents = [e for e in ents if not (e[2] == _NER_PERSON and (e[0], e[1]) in place_spans)]
    units = kept + words + _ner_person_units(doc, kb, taken, person_ents)
    units += _title_name_units(doc, [u for u in words if u.type == "role"], taken)
    _extend_over_particles(doc, kb, units, taken)
    units += _appositive_name_units(doc, units, taken)
    units += _surname_units(doc, units, taken)
    units += _place_units(doc, kb, taken, places, ents)  # what no name explains: "Tanabe" said
    units = [u for u in units if not _after_pro_prefix(doc, u)]
    units = _acronym_units(doc, kb, units, taken)
    units.sort(key=lambda u: u.start)
    for u in units:
        u.poss = u.end < len(doc) and doc[u.end].text in _POSSESSIVE
    return units


# ----------------------------------------------------------------------------- chains


def _joins(doc: Doc, cur: _Unit, nxt: _Unit) -> bool:
    """May ``nxt`` continue the chain that ends in ``cur``? (the noun-phrase grammar)"""
    adjacent = nxt.start == cur.end
    via_poss = cur.poss and nxt.start == cur.end + 1
    if cur.type == "role":
        if not adjacent:  # "Minister for Foreign Affairs Penny Wong"
            titled = bool(cur.role and cur.role.title)
            return titled and nxt.type == "person" and _department_between(doc, cur.end, nxt.start)
        if nxt.type == "person":  # "British journalist X": a person's descriptor, too
            return bool(cur.role and (cur.role.title or (DESCRIPTORS and cur.role.person)))
        return nxt.type in ("role", "org")
    if cur.type not in _MOD_TYPES:
        return False
    if nxt.type in ("ethnic", "people"):  # "Bosnian Serbs", "Iraqi Kurds", "Turkish Kurd"
        return adjacent and cur.type in ("adjective", "state")
    if nxt.type == "role":
        if cur.type == "pron":
            return adjacent and doc[cur.start].lower_ in _POSSESSIVE_PRONOUNS
        return adjacent or via_poss or _np_gap(doc, cur, nxt) or _led_by(doc, cur, nxt)
    if nxt.type == "person":
        return via_poss and cur.type in ("state", "metonym", "org", "person", "place")
    return False


_MAX_DEPARTMENT = 5
_DEPARTMENT_GLUE = frozenset({"of", "for", "and", "the", "&"})


def _department_between(doc: Doc, end: int, start: int) -> bool:
    """ "Secretary of Energy", "Minister for Foreign Affairs", "Minister of State for Trade":
    "of" or "for" and the capitalised words of a department stand between a title and the
    name it titles."""
    gap = doc[end:start]
    if not 2 <= len(gap) <= _MAX_DEPARTMENT or gap[0].lower_ not in ("of", "for"):
        return False
    words = [t for t in gap if t.lower_ not in _DEPARTMENT_GLUE]
    return (
        bool(words)
        and all(t.is_alpha and t.is_title and t.ent_type_ != _NER_PERSON for t in words)
        and gap[-1].lower_ not in _DEPARTMENT_GLUE
    )


def _led_by(doc: Doc, cur: _Unit, nxt: _Unit) -> bool:
    """ "Vietnamese-led forces", "a Saudi-led coalition": forces led by a state are its."""
    return (
        cur.type in ("state", "adjective")
        and nxt.start == cur.end + 2
        and doc[cur.end].text == "-"
        and doc[cur.end + 1].lower_ == "led"
    )


def _np_gap(doc: Doc, cur: _Unit, nxt: _Unit) -> bool:
    """ "the U.N. war crimes court", "Serbian Labour Minister X", "Algeria's leading human
    rights activist": up to three nouns or adjectives between a modifier and a role noun,
    all inside the noun phrase the role noun heads (checked on the parse)."""
    start = cur.end + (1 if cur.poss else 0)
    if not 0 < nxt.start - start <= _MAX_GAP or not doc.has_annotation("DEP"):
        return False
    gap = doc[start : nxt.start]
    if any(not _np_gap_word(t) for t in gap):
        return False
    inside = range(cur.start, nxt.end)
    mod_head = doc[cur.start : cur.end].root.head.i
    return mod_head in inside and all(t.head.i in inside for t in gap)


def _np_gap_word(tok: Token) -> bool:
    """A noun or adjective inside a noun phrase; a participle used as one counts ("leading",
    "exiled": tagged VERB, attached as amod)."""
    adjective = tok.pos_ in _NP_GAP_TAGS or (tok.pos_ == "VERB" and tok.dep_ == "amod")
    return adjective and tok.is_alpha and tok.ent_type_ != _NER_PERSON


def _build_chains(doc: Doc, units: list[_Unit]) -> list[_Chain]:
    chains: list[_Chain] = []
    for unit in units:
        last = chains[-1] if chains else None
        if last is not None and last.shape != "org-final" and _joins(doc, last.final, unit):
            last.units.append(unit)
        else:
            chains.append(_Chain([unit]))
    for chain in chains:
        chain.start, chain.end = chain.units[0].start, chain.units[-1].end
    chains = _absorb_of_phrases(doc, chains)
    for chain in chains:
        chain.start = _with_article(doc, chain.start, chain.end)
    _link_appositions(doc, chains)
    return chains


def _absorb_of_phrases(doc: Doc, chains: list[_Chain]) -> list[_Chain]:
    """ "the foreign minister of Iran": a role chain with no modifier takes "of" + a name."""
    out: list[_Chain] = []
    for chain in chains:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.shape == "role"
            and not prev.mods
            and not (prev.final.role and prev.final.role.of_side)  # "critics of Russia"
            and len(chain.units) == 1
            and chain.final.type in ("state", "metonym", "org", "place")
            and _of_the(doc, prev.end, chain.start)
        ):
            prev.of_mod = chain.final
            prev.end = chain.end
            continue
        if prev is not None and _people_of_place(doc, prev, chain):
            prev.of_mod, prev.locative = chain.final, True  # "the Albanians of southern Serbia"
            prev.end = chain.end
            continue
        if prev is not None and _titled_of_state(doc, prev, chain):
            prev.of_mod = chain.final  # "King Hassan of Morocco": the title is Morocco's
            prev.end = chain.end
            continue
        if prev is not None and _locative_of(doc, prev, chain):
            prev.of_mod, prev.locative = chain.final, True
            prev.end = chain.end
            continue
        side = _side_of(doc, prev, chain) if prev is not None else None
        if prev is not None and side is not None:
            prev.of_mod, prev.side = side, True  # "supporters of former President X"
            prev.end = chain.end
            continue
        out.append(chain)
    return out


def _side_of(doc: Doc, group: _Chain, owner: _Chain) -> _Unit | None:
    """ "Supporters of former President X", "opponents of Kenya's parliament", "fighters loyal
    to Syrian President X": people for or against a named person or a state's institution are
    mostly of that person's or institution's country. The unit that says which country (the
    state modifier, else the person) is returned; a bare state or organisation is not enough
    ("critics of Russia", "supporters of Israel" are often foreigners)."""
    role = group.final.role if group.shape == "role" else None
    if role is None or role.person or group.mods or group.of_mod is not None:
        return None
    between = list(doc[group.end : owner.start])
    while between and (between[-1].lower_ == "the" or _owner_adjective(between[-1])):
        between.pop()
    words = [t.lower_ for t in between]
    if not ((words == ["of"] and role.of_side) or words == ["loyal", "to"]):
        return None
    state = next((u for u in owner.units if u.type in ("state", "adjective", "metonym")), None)
    if owner.shape == "person":
        return state or owner.final
    return state if owner.shape == "role" and state is not None else None


def _owner_adjective(tok: Token) -> bool:
    """ "former", "ousted", "late": a lower-case adjective before the owner's title."""
    return tok.is_lower and tok.pos_ == "ADJ"


def _people_of_place(doc: Doc, people: _Chain, place: _Chain) -> bool:
    """ "The Albanians of southern Serbia", "Turks of northern Cyprus": a people "of" a state or
    a place (an adjective may stand between: "southern", "occupied") are those who live there,
    whatever their kin state or the other homes of their group; so is an ethnic group "in" one
    ("ethnic Albanians in south Serbia"), but not a nation "in" one ("Americans in Iraq")."""
    if people.shape not in ("people", "ethnic") or people.of_mod is not None:
        return False
    if len(place.units) != 1 or place.final.type not in ("state", "metonym", "place"):
        return False
    between = doc[people.end : place.start]
    words = [t.lower_ for t in between]
    first = people.units[0]
    ethnic = first.type == "ethnic" or (first.start > 0 and doc[first.start - 1].lower_ == "ethnic")
    links = ("of", "in") if ethnic else ("of",)  # "Americans in Iraq" stay American
    if words[:1] and words[0] in links and words[1:2] == ["the"]:
        words, between = words[2:], between[2:]
    elif words[:1] and words[0] in links:
        words, between = words[1:], between[1:]
    else:
        return False
    return not words or (len(words) == 1 and between[0].pos_ == "ADJ" and between[0].is_lower)


def _titled_of_state(doc: Doc, person: _Chain, state: _Chain) -> bool:
    """ "King Hassan of Morocco", "President Ortega of Nicaragua": a titled name with no
    modifier of its own followed by "of" and a state holds its title in that state."""
    return (
        person.shape == "person"
        and not person.mods
        and any(u.role is not None and u.role.title for u in person.roles)
        and len(state.units) == 1
        and state.final.type in ("state", "metonym")
        and [t.lower_ for t in doc[person.end : state.start]] == ["of"]
    )


def _of_the(doc: Doc, end: int, start: int) -> bool:
    """ "the leaders of Iran", "the leaders of the Asia-Pacific Economic Cooperation": only
    "of" (and its article) stand between a role noun and the name it takes."""
    between = [t.lower_ for t in doc[end:start]]
    return between in (["of"], ["of", "the"])


def _locative_of(doc: Doc, role: _Chain, place: _Chain) -> bool:
    """ "rebels in Darfur", "a court in Guyana", "a newspaper based in Beirut": a role noun
    with no modifier takes its country from a place attached to it by "in". Roles posted
    abroad (troops, embassies, envoys, peacekeepers, aid workers) do not: "troops in Mali"
    are seldom Malian."""
    words = role.final.role
    if (
        role.shape != "role"
        or role.mods
        or words is None
        or words.abroad
        or words.role in _NOT_LOCAL_ROLES
        or len(place.units) != 1
        or place.final.type not in ("state", "metonym", "place")
    ):
        return False
    between = [t.lower_ for t in doc[role.end : place.start]]
    if between and between[-1] == "the":
        between.pop()
    if between not in _LOCATIVE_LINKS:
        return False
    if not doc.has_annotation("DEP"):
        return True
    link = doc[role.end]  # "in" or "based" must hang on the role noun, not on a verb
    root = doc[role.final.start : role.final.end].root
    # "relief officials in Nairobi", "Western diplomats in Kabul": a word before the role
    # already says whose they are
    # (a plain adjective does not: "rival militias in Tripoli")
    described = any(
        c.dep_ in _MODIFIER_DEPS
        and c.i < role.start
        and (c.pos_ != "ADJ" or (c.is_title and not c.is_sent_start))
        for c in root.lefts
    )
    return role.start <= link.head.i < role.end and not described


def _link_appositions(doc: Doc, chains: list[_Chain]) -> None:
    """ "X, the Iranian foreign minister," and "the Iranian foreign minister, X" describe X;
    so does a description placed by "in" or "of" before the name ("The US commander in Iraq,
    General X,")."""
    for a, b in zip(chains, chains[1:], strict=False):
        if _comma_gap(doc, a.end, b.start) is None:
            continue
        if (a.shape == "person" and b.is_description()) or (
            a.is_description() and b.shape == "person"
        ):
            a.appos, b.appos = b, a
    for a, place, b in zip(chains, chains[1:], chains[2:], strict=False):
        if (
            a.appos is None
            and b.appos is None
            and a.is_description()
            and b.shape == "person"
            and _placed_description(doc, a, place)
            and b.start == place.end + 1
            and doc[place.end].text == ","
        ):
            a.appos, b.appos = b, a


def _comma_gap(doc: Doc, end: int, start: int) -> int | None:
    """The comma of an apposition between ``end`` and ``start``: right before ``start``, or
    before the article of a description ("X, a British journalist,")."""
    if end >= len(doc) or doc[end].text != ",":
        return None
    if start == end + 1:
        return end
    if APPOSITION_ARTICLES and start == end + 2 and doc[end + 1].lower_ in ("a", "an", "the"):
        return end
    return None


def _placed_description(doc: Doc, desc: _Chain, place: _Chain) -> bool:
    """ "the US commander in Iraq", "a senior official of the party": one name joined to a
    description by "in" or "of" (and an article) only says where the described person is."""
    between = [t.lower_ for t in doc[desc.end : place.start]]
    return (
        len(place.units) == 1
        and place.final.type in ("state", "metonym", "place", "org")
        and between in (["in"], ["of"], ["in", "the"], ["of", "the"])
    )


# ----------------------------------------------------------------------------- resolution


@dataclass(slots=True)
class _Known:
    """What the document has told so far about one person."""

    key: str
    name: str
    code: str | None = None
    role: str | None = None
    entry: str | None = None
    offices: set[str] = field(default_factory=set)
    tokens: tuple[str, ...] = ()


@dataclass(slots=True)
class _Evidence:
    """What a chain's modifier and role words say: code, role and the actor they belong to."""

    code: str | None = None
    role: str | None = None
    entry: str | None = None
    base_name: str | None = None
    base_key: str | None = None
    base_role: str | None = None
    base_kind: str = "state"
    mod_type: str | None = None
    ethnic: str | None = None  # key of the ethnic group the modifier names
    also: frozenset[str] = frozenset()  # other states a shared demonym may name ("Congolese")


class _Resolver:
    """One left-to-right pass over the chains of a document, with its registry of persons."""

    def __init__(self, doc: Doc, kb: ActorKB, published: str | None) -> None:
        self.doc = doc
        self.kb = kb
        self.day = _normalise_day(published)
        self.persons: dict[str, _Known] = {}
        self.acronyms: dict[str, _Known] = {}  # organisations named by "Name (ACRONYM)"
        self.recent: list[str] = []  # person keys, most recently mentioned last
        self.genders: dict[str, str] = {}  # person key -> "m"/"f" from pronouns resolved to it
        self.out: list[ActorMention] = []
        self.abroad_titles: set[str] = set()  # keys of persons titled envoy, counterpart...
        self.sent_starts = _sentence_starts(doc)
        self.parsed = doc.has_annotation("DEP")
        # first/last word of a full name -> the distinct full names it belongs to
        self.full_names: dict[str, dict[tuple[str, ...], _Unit]] = {}

    def run(self, chains: list[_Chain]) -> list[ActorMention]:
        self.covered = bytearray(len(self.doc))  # tokens of any unit: not free nouns
        for chain in chains:
            for unit in chain.units:
                self.covered[unit.start : unit.end] = b"\x01" * (unit.end - unit.start)
        for chain in chains:
            for unit in chain.units:
                if unit.type == "person" and unit.end - unit.start > 1:
                    words = _name_tokens(self.doc[unit.start : unit.end].text)
                    for word in {words[0], words[-1]}:
                        self.full_names.setdefault(word, {})[words] = unit
        self._collect_sentence_states(chains)
        done: set[int] = set()
        for i, chain in enumerate(chains):
            if id(chain) in done:
                continue
            if chain.appos is not None:
                done.add(id(chain.appos))
                self._apposition(chain, chain.appos)
                continue
            self._chain(chain, islice(chains, i + 1, None))
        self._titled_from_sentence()
        self._linked_roles()
        self._members_named()
        return self.out

    def _members_named(self) -> None:
        """ "A member of the Syrian parliament, Mohammed Mamoun, said": a person nobody
        identified, named in apposition to "a member of" a coded body, is of its code."""
        by_end = {m.end: m for m in self.out}
        for m in list(self.out):
            if m.kind != "person" or m.code is not None or m.start < 4:
                continue
            if self.doc[m.start - 1].text != ",":
                continue
            body = by_end.get(m.start - 1)
            if body is None or body.code is None or body.kind == "person" or body.members:
                continue
            before = [t.lower_ for t in self.doc[max(0, body.start - 2) : body.start]]
            if before != ["member", "of"]:
                continue
            state = self.kb.states.get(body.code)
            entry = state.id if state is not None else body.entry
            known = self.persons.get(m.key)
            if known is not None:
                known.code, known.entry = body.code, entry
                known.role = known.role or body.role
            self.out = [
                replace(
                    x,
                    code=body.code,
                    entry=entry,
                    role=x.role or body.role,
                    rule="member-of+apposition",
                )
                if x.key == m.key and x.code is None
                else x
                for x in self.out
            ]

    def _linked_roles(self) -> None:
        """An uncoded role word whose own phrase says whose it is: "the government of President
        X" and "a spokeswoman for the U.S. embassy" are X's and the embassy's; "Syria says it
        will withdraw its troops": "its" is the clause's subject."""
        by_start = {m.start: m for m in self.out}
        for idx, m in enumerate(self.out):
            if m.rule != "role-only" or m.code is not None or m.members:
                continue
            link = self._role_owner(m, by_start)
            if link is None:
                continue
            owner, rule = link
            state = self.kb.states.get(owner.code or "")
            entry = state.id if state is not None else owner.entry
            key = f"{m.key}@{owner.key}"
            self.out[idx] = replace(m, code=owner.code, entry=entry, rule=rule, key=key)

    def _role_owner(
        self, m: ActorMention, by_start: Mapping[int, ActorMention]
    ) -> tuple[ActorMention, str] | None:
        """The coded actor that a role mention's own words attach it to, with the rule."""
        word = self.kb.roles.get(m.key.partition(":")[2].partition(":")[2])
        if word is None:
            return None
        after = self._next_mention(m.end, by_start, ("of",))
        if after is not None and not word.person and after.kind == "person" and word.role == "GOV":
            return after, "role+of-person"  # "the government of President X"
        after = self._next_mention(m.end, by_start, ("for",))
        if after is not None and word.speaks_for:
            return after, "role+for"  # "a spokesman for the Israeli prime minister"
        if m.start > 0 and self.doc[m.start - 1].lower_ == "its" and not word.person:
            owner = self._clause_subject(self.doc[m.start - 1], m, by_start)
            if owner is not None:
                return owner, "its+role"
        return None

    def _next_mention(
        self, end: int, by_start: Mapping[int, ActorMention], links: tuple[str, ...]
    ) -> ActorMention | None:
        """The coded mention right after ``link`` [the] at ``end``, if any."""
        if end >= len(self.doc) or self.doc[end].lower_ not in links:
            return None
        nxt = by_start.get(end + 1)
        if nxt is None and end + 2 < len(self.doc) and self.doc[end + 1].lower_ == "the":
            nxt = by_start.get(end + 2)
        if nxt is None or nxt.code is None or nxt.members or nxt.rule.endswith("-place"):
            return None
        return nxt

    def _clause_subject(
        self, its: Token, m: ActorMention, by_start: Mapping[int, ActorMention]
    ) -> ActorMention | None:
        """ "Syria has offered its troops", "Syria says it will withdraw its troops", "the UN
        said its peacekeepers would stay": the subject of the verb over "its" (or of the verbs
        above it, through "it" or the role itself) when that subject is a state or an
        organisation."""
        if not self.parsed:
            return None
        covering = {i: m for m in by_start.values() for i in range(m.start, m.end)}
        verb = its.head
        for _ in range(6):
            while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
                verb = verb.head
            subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            own = subj is not None and m.start <= subj.i < m.end  # "its troops will stay"
            if subj is not None and not own and subj.lower_ not in ("it", "which", "that"):
                owner = covering.get(subj.i)
                if owner is None or owner.code is None or owner.members:
                    return None
                return owner if owner.kind in ("state", "organisation") else None
            if verb.head.i == verb.i:
                return None
            verb = verb.head
        return None

    def _titled_from_sentence(self) -> None:
        """ "Planning Minister Tran Xuan Gia said Vietnam ...", "The Fijian rebels will release
        Prime Minister X": a titled person nobody identified holds the office in the one state
        the sentence names, unless the person acts on it (visits it, arrives in it, meets its
        envoy): a minister visiting France is seldom French."""
        for m in list(self.out):
            if m.rule != "title-only" or m.code is not None or m.kind != "person":
                continue
            codes = self._sentence_codes(m)
            rule = "title+sentence-state"
            if not codes and m.key not in self.abroad_titles:
                codes, rule = self._earlier_states(m), "title+context-state"
            if len(codes) != 1:
                continue
            code = codes.pop()
            entry = self.kb.states[code].id
            known = self.persons.get(m.key)
            if known is not None:
                known.code, known.entry = code, entry
            self.out = [
                replace(x, code=code, entry=entry, rule=rule)
                if x.key == m.key and x.code is None
                else x
                for x in self.out
            ]

    def _sentence_codes(self, person: ActorMention) -> set[str]:
        """Codes of the other actors in the person's sentence (persons included: two
        nationalities leave it open), except those the person's own verb links it to."""
        sent = bisect.bisect_right(self.sent_starts, person.start) - 1
        lo = self.sent_starts[sent]
        hi = self.sent_starts[sent + 1] if sent + 1 < len(self.sent_starts) else len(self.doc)
        own = _governor(self.doc[person.head]) if self.parsed else None
        codes = set()
        for m in self.out:
            if not lo <= m.start < hi or m.key == person.key or m.code is None:
                continue
            if m.rule.startswith("demonym+noun"):
                continue  # a thing ("the Philippine boat") says nothing of who speaks
            if (
                own is not None
                and _governor(self.doc[m.head]) == own
                and not _same_bench(person, m)
            ):
                continue  # "met X", "arrived in X", "X met him": partners, not compatriots
            codes.add(m.code)
        return {c for c in codes if c in self.kb.states} if len(codes) == 1 else codes

    def _earlier_states(self, person: ActorMention) -> set[str]:
        """ "China's foreign ministry denied it. Spokeswoman Liu Yan said ...": the states
        named by the nearest of the few sentences before the person's that names any (not
        places where things happen, not things: "in Beijing", "the Philippine boat")."""
        sent = bisect.bisect_right(self.sent_starts, person.start) - 1
        for back in range(sent - 1, max(-1, sent - 1 - _CONTEXT_SENTENCES), -1):
            lo = self.sent_starts[back]
            hi = self.sent_starts[back + 1]
            codes = {
                m.code
                for m in self.out
                if lo <= m.start < hi
                and m.code is not None
                and m.key != person.key
                and not m.rule.startswith(("demonym+noun", "place-country"))
                and not m.rule.endswith("-place")
            }
            if codes:
                return {c for c in codes if c in self.kb.states} if len(codes) == 1 else codes
        return set()

    def _collect_sentence_states(self, chains: list[_Chain]) -> None:
        """The states each sentence names (by name, demonym or capital), for ethnic groups."""
        self.sent_states: dict[int, set[str]] = {}
        self.place_at: dict[int, str] = {}  # start -> state of a state, capital or place name
        for chain in chains:
            for unit in chain.units:
                if unit.type in ("state", "metonym", "place") and unit.refs:
                    placed = self.kb.entry(unit.refs[0].id)
                    if isinstance(placed, StateEntry):
                        self.place_at[unit.start] = placed.code
                if unit.type not in _STATE_WORDS or self._is_ethnic(unit):
                    continue
                if self._neighbour(unit.start):
                    continue
                entry = self.kb.entry(unit.refs[0].id)
                if isinstance(entry, StateEntry):
                    sent = bisect.bisect_right(self.sent_starts, unit.start) - 1
                    self.sent_states.setdefault(sent, set()).add(entry.code)
        self.doc_states = set().union(*self.sent_states.values())

    def _neighbour(self, start: int) -> bool:
        """ "villages near Macedonia's border with Bulgaria": the state across a border is
        where nobody of the sentence lives, only what the place lies next to."""
        doc = self.doc
        if start < 2 or doc[start - 1].lower_ != "with":
            return False
        return (
            doc[start - 2].lemma_.lower() in _BORDER_NOUNS
            and start >= 4
            and (doc[start - 3].lower_ in ("'s", "’s") or doc[start - 3].pos_ in ("ADJ", "PROPN"))
        )

    def _chain(self, chain: _Chain, following: Iterable[_Chain]) -> None:
        shape = chain.shape
        if shape == "ethnic" or (
            shape == "people"
            and (len(chain.units) > 1 or self._is_ethnic(chain.final) or chain.of_mod is not None)
        ):
            self._people(chain)
            return
        if shape == "person":
            self._person_chain(chain)
        elif shape == "org-final":
            self._named_org(chain, "org-name")
        elif shape == "acronym":
            self._acronym_org(chain)
        elif shape == "role":
            self._role_chain(chain)
        elif shape == "adjective":
            if not self._coordinated_demonym(chain, following):
                self._demonym_noun(chain)
        elif shape == "pron":
            self._pronoun(chain)
        elif shape == "pair":
            self._pair(chain)
        elif len(chain.units) == 1:
            if not (self._is_modifier(chain) and self._coordinated_demonym(chain, following)):
                self._bare_name(chain)
        else:  # names side by side that the grammar does not join
            for unit in chain.units:
                self._chain(_single(self.doc, unit), [])

    # -- persons

    def _person_chain(self, chain: _Chain, appos: _Evidence | None = None) -> _Known:
        evidence = self._evidence(chain) if (chain.mods or chain.roles) else None
        titles = {r.role.office for r in chain.roles if r.role and r.role.person}
        known, rule = self._identify(chain.final, evidence, appos, titles)
        if any(r.role and (r.role.abroad or r.role.other) for r in chain.roles):
            self.abroad_titles.add(known.key)  # an envoy, a counterpart: not of the context
        self._emit(chain.start, chain.end, known, rule)
        return known

    def _identify(
        self,
        unit: _Unit,
        evidence: _Evidence | None,
        appos: _Evidence | None,
        titles: set[str],
    ) -> tuple[_Known, str]:
        """Who a name is: what the text says around it first, then what the document said
        before (full name, surname), then the office holders of the publication day."""
        text = self.doc[unit.start : unit.end].text
        known, rule = self._earlier_person(text)
        if known is None and (full := self._full_name_later(text)) is not None:
            # "Putin, Kim sign pact" before "Kim Jong Un": the headline's surname
            known, _ = self._kb_person(full, self.doc[full.start : full.end].text)
            rule = "coref:surname"
        elif known is None:
            known, rule = self._kb_person(unit, text)
        for ev, ev_rule in ((evidence, "title+name"), (appos, "apposition")):
            if ev is None:
                continue
            if ev.code is not None:
                if ev.code != known.code and known.code not in ev.also:
                    known.code, known.entry = ev.code, ev.entry
                rule = ev_rule if titles or ev_rule == "apposition" else "possessive+name"
                known.role = ev.role or known.role
            elif ev.role is not None and known.code is None:
                known.role, rule = ev.role, "title-only"
            elif ev.role is not None and known.role is None:
                known.role = ev.role  # "President Reagan" in a later year: the title's role
        known.offices |= titles
        self._remember(known)
        return known, rule

    def _earlier_person(self, text: str) -> tuple[_Known | None, str]:
        key = f"person:{person_key(text)}"
        if key in self.persons:
            return self.persons[key], "coref:name"
        words = _name_tokens(text)
        if not words:
            return None, ""
        n = len(words)
        hits = [
            k
            for k in self.persons.values()
            if len(k.tokens) > n
            and (k.tokens[-n:] == words or (n == 1 and words[0] == k.tokens[0]))
        ]  # "Putin" of "Vladimir Putin", "Al Thani" of "Mohammed bin Abdulrahman Al Thani"
        return (hits[0], "coref:surname") if len(hits) == 1 else (None, "")

    def _full_name_later(self, text: str) -> _Unit | None:
        """The one full name in the document whose first or last word ``text`` is."""
        words = _name_tokens(text)
        if len(words) != 1:
            return None
        hits = self.full_names.get(words[0], {})
        return next(iter(hits.values())) if len(hits) == 1 else None

    def _kb_person(self, unit: _Unit, text: str) -> tuple[_Known, str]:
        """A new person: a KB office holder in office on the day; else a KB person out of
        office, who keeps the country of the term nearest the day (a former president is
        still that country's); else unknown."""
        people = [self.kb.persons[r.id[len("person:") :]] for r in unit.refs]
        dated = [(p, t) for p in people if (t := p.term_on(self.day)) is not None]
        if len(dated) == 1 and (len(people) == 1 or self.day is not None):
            person, term = dated[0]
            known = _Known(f"person:{person.key}", person.name, tokens=_name_tokens(person.name))
            known.code, known.role, known.entry = term.code, term.role, person.id
            known.offices.add(term.office)
            return known, "officeholder"
        candidates = [p for p, _ in dated] or people
        terms = [_nearest_term(p, self.day, self.kb.states) for p in candidates]
        codes = {t.code for t in terms if t is not None}
        if len(candidates) == 1:
            person = candidates[0]
            known = _Known(f"person:{person.key}", person.name, tokens=_name_tokens(person.name))
        else:
            key = person_key(text) or text.lower()
            known = _Known(f"person:{key}", text, tokens=_name_tokens(text))
        if len(codes) == 1:  # namesakes of one country ("Bush", "Assad") agree on the code
            known.code = codes.pop()
            known.entry = candidates[0].id if len(candidates) == 1 else None
            known.offices |= {t.office for t in terms if t is not None}
            return known, "officeholder-other-term"
        return known, "unknown-person"

    def _remember(self, known: _Known) -> None:
        self.persons[known.key] = known
        if known.key in self.recent:
            self.recent.remove(known.key)
        self.recent.append(known.key)

    def _apposition(self, first: _Chain, second: _Chain) -> None:
        person, desc = (first, second) if first.shape == "person" else (second, first)
        known = self._person_chain(person, self._evidence(desc))
        self._emit(desc.start, desc.end, known, "apposition")
        if desc is first:  # keep ``out`` in text order
            self.out[-2:] = self.out[-1:-3:-1]

    # -- evidence from modifiers and role words

    def _evidence(self, chain: _Chain) -> _Evidence:
        ev = _Evidence()
        mods = chain.mods
        for unit in mods[:-1]:
            if unit.type == "person":  # "Russian President Putin's government": register Putin
                self._identify(unit, None, None, set())
        roles = chain.roles
        if mods and self._is_ethnic(mods[-1]):
            self._ethnic_modifier(mods, ev)
        elif mods and self._other_side(mods[-1], roles):
            if mods[-1].type == "person":  # "Kuleba's counterpart": register Kuleba only
                self._identify(mods[-1], None, None, set())
        elif mods:
            self._modifier(mods[-1], ev)
        if roles and roles[-1].role is not None:
            ev.role = self._role_under(roles[-1].role, ev)
        return ev

    @staticmethod
    def _other_side(mod: _Unit, roles: list[_Unit]) -> bool:
        """ "his counterpart", "Kuleba's counterpart": the possessor is the other side, so it
        says nothing of the code (a demonym does: "his Polish counterpart")."""
        last = roles[-1].role if roles else None
        return last is not None and last.other and mod.type in ("pron", "person")

    # -- ethnic groups

    def _is_ethnic(self, unit: _Unit) -> bool:
        """An ethnic group's name, or a demonym after "ethnic" ("ethnic Albanians" live in
        Serbia or North Macedonia: they are not Albania)."""
        if unit.type == "ethnic":
            return True
        return (
            unit.type in ("adjective", "people")
            and unit.start > 0
            and self.doc[unit.start - 1].lower_ == "ethnic"
        )

    def _ethnic_code(self, mods: list[_Unit]) -> tuple[str | None, str]:
        """(code, group key) of an ethnic modifier: a demonym before it ("Iraqi Kurds"); else
        the one home the sentence names; else its only home; else unknown."""
        last = mods[-1]
        entry = self.kb.entry(last.refs[0].id) if last.refs else None
        explicit = [u for u in mods[:-1] if u.type in ("adjective", "state")]
        if explicit:
            state = self.kb.entry(explicit[-1].refs[0].id)
            code = state.code if isinstance(state, StateEntry) else None
            return code, entry.id if entry is not None else ""
        sent = bisect.bisect_right(self.sent_starts, last.start) - 1
        named = set(self.sent_states.get(sent, ()))
        if isinstance(entry, EthnicEntry):
            homes = named & set(entry.homes)
            if len(homes) > 1:  # "Druze residents of the Israeli-occupied Golan Heights"
                homes &= {self._home_after(last.end)}
            if len(homes) == 1:
                return homes.pop(), entry.id
            return (entry.homes[0] if len(entry.homes) == 1 else None), entry.id
        own = entry.code if isinstance(entry, StateEntry) else None
        named.discard(own or "")
        key = f"ethnic:{own or ''}"
        return (named.pop() if len(named) == 1 else None), key

    def _home_after(self, end: int) -> str | None:
        """The state of the place an ethnic group is said to live in, right after it: "Druze
        (residents) of/in the (Israeli-occupied) Golan Heights"."""
        doc, i = self.doc, end
        while i < len(doc) and i < end + 2 and doc[i].is_lower and doc[i].pos_ == "NOUN":
            i += 1  # "residents", "inhabitants", "villagers"
        if i >= len(doc) or doc[i].lower_ not in ("of", "in"):
            return None
        for j in range(i + 1, min(i + 6, len(doc))):
            if j in self.place_at:
                return self.place_at[j]
            tok = doc[j]
            joined = j + 1 < len(doc) and doc[j + 1].text == "-"  # "Israeli-occupied"
            if not (tok.lower_ == "the" or tok.text == "-" or tok.is_lower or joined):
                return None
        return None

    def _ethnic_modifier(self, mods: list[_Unit], ev: _Evidence) -> None:
        code, key = self._ethnic_code(mods)
        ev.mod_type, ev.ethnic, ev.code = "ethnic", key, code
        if code is not None and code in self.kb.states:
            ev.entry = self.kb.states[code].id

    def _people(self, chain: _Chain) -> None:
        """ "Bosnian Serbs", "Iraqi Kurds", "ethnic Albanians", "the Hutu": a people named by
        its ethnic group, coded by the state it lives in."""
        explicit = [u for u in chain.units[:-1] if u.type in ("adjective", "state")]
        code, key = self._ethnic_code(chain.units)
        rule = "demonym+people" if explicit else "ethnic-people"
        lives = self.kb.entry(chain.of_mod.refs[0].id) if chain.of_mod is not None else None
        if isinstance(lives, StateEntry):  # "the Albanians of southern Serbia" are Serbia's
            code, rule = lives.code, "people+of-place"
        words = self.doc[chain.start : chain.end].text
        name = words[4:] if words.lower().startswith("the ") else words
        state = self.kb.states.get(code or "")
        entry = state.id if state is not None else None
        known = _Known(f"{key}:{code or ''}:{person_key(name)}", name, code, None, entry)
        self._emit(chain.start, chain.end, known, rule, kind="group")

    def _modifier(self, unit: _Unit, ev: _Evidence) -> None:
        ev.mod_type = unit.type
        if unit.type in ("person", "pron"):
            known = (
                self._antecedent(unit.start)
                if unit.type == "pron"
                else self._identify(unit, None, None, set())[0]
            )
            if known is not None and known.code is not None:
                self._base_from_code(known.code, ev)
                ev.entry = known.entry
            return
        ref = unit.refs[0]
        entry = self.kb.entry(ref.id)
        if isinstance(entry, OrgEntry):
            self._org_base(entry, ev)
            ev.code = self._org_home(entry)
        elif isinstance(entry, StateEntry):
            self._base_from_code(entry.code, ev)
            if unit.type == "adjective":  # "Congolese President Sassou Nguesso" is COG's
                ev.also = self.kb.shared_demonyms.get(self.doc[unit.start : unit.end].text, ev.also)

    def _base_from_code(self, code: str, ev: _Evidence) -> None:
        state = self.kb.states.get(code)
        org = self.kb.orgs.get(code)
        if state is not None:
            ev.code, ev.entry, ev.base_name = code, state.id, state.name
            ev.base_key, ev.base_role = f"state:{code}", "GOV"
        elif org is not None:
            self._org_base(org, ev)
        else:
            ev.code, ev.base_name, ev.base_key = code, code, f"code:{code}"

    @staticmethod
    def _org_base(org: OrgEntry, ev: _Evidence) -> None:
        ev.code, ev.entry, ev.base_name = org.code, org.id, org.name
        ev.base_key, ev.base_role, ev.base_kind = org.id, org.role, org.kind

    @staticmethod
    def _role_under(role: RoleWord, ev: _Evidence) -> str:
        """The role a role word takes under its modifier: an armed group's "leader" or
        "fighters" stay REB, an IGO's "officials" or "chief" are IGO, a state's are GOV."""
        if ev.base_key and ev.base_key.startswith("org:"):
            if ev.base_kind == "group" or ev.base_role in ("REB", "MED", "BUS", "NGO"):
                return ev.base_role or role.role
            return ev.base_role or role.role if role.role in ("GOV", "IGO") else role.role
        if ev.code is not None and role.role == "IGO":
            return "GOV"
        return role.role

    # -- role chains

    def _role_chain(self, chain: _Chain) -> None:
        role = chain.final.role
        assert role is not None
        if self._modifies_non_actor(chain):
            head = self._noun_after(chain.final.start, chain.final.end) if chain.mods else None
            if head is None:
                for unit in chain.mods:
                    if unit.type in ("state", "metonym", "org", "person"):
                        self._chain(_single(self.doc, unit), [])
                return
            if head.lower_ in self.kb.ally_nouns:
                self._ally(chain, role, head)
                return
            # "Israeli army bulldozers", "Russian state media reports": a named state's part
            # acts through what it owns; the mention spans the noun for the event coder
            chain = _Chain(chain.units, chain.start, head.i + 1, chain.of_mod, chain.locative)
        if not chain.mods and role.context and not self._proper_body(chain, role):
            return
        ev = self._evidence(chain)
        if chain.mods and chain.mods[-1].type == "pron" and ev.code is None:
            return  # "his government" with no clear "he": leave it
        rule = _MOD_RULES.get(ev.mod_type or "", "role-only")
        if chain.locative:
            rule = "role+locative"
        elif chain.side:
            rule = "role+of-side"
        if self._led_role(chain, role, ev):
            return
        if role.person:
            self._description(chain, role, ev, rule)
        else:
            self._collective(chain, role, ev, rule)

    def _ally(self, chain: _Chain, role: RoleWord, head: Token) -> None:
        """ "Israel's militia ally in southern Lebanon", "Iran's militia allies in Iraq": the
        partner of a state is not that state; a place "in" after it says where it is from,
        else it stays uncoded."""
        code = self._home_after(head.i + 1)
        state = self.kb.states.get(code or "")
        words = self.doc[chain.start : head.i + 1].text
        name = words[4:] if words.lower().startswith("the ") else words
        key = f"ally:{code or ''}:{role.phrase}:{person_key(name)}"
        known = _Known(key, name, code, role.role, state.id if state is not None else None)
        rule = "ally+locative" if code else "ally"
        self._emit(chain.start, head.i + 1, known, rule, kind="person" if role.person else "group")

    def _proper_body(self, chain: _Chain, role: RoleWord) -> bool:
        """ "Congress passed the bill": a capitalised legislature word standing alone (no name
        glued before it, not "Party Congress") is the country's own body, left uncoded here
        for the one-country document rule."""
        unit = chain.final
        first = self.doc[unit.start]
        before = self.doc[unit.start - 1] if unit.start > 0 else None
        return (
            role.proper
            and len(chain.units) == 1
            and unit.end - unit.start == 1
            and first.is_title
            and (before is None or not before.is_title or bool(before.is_sent_start))
        )

    def _led_role(self, chain: _Chain, role: RoleWord, ev: _Evidence) -> bool:
        """ "the Kenyan-led mission", "a Saudi-led coalition": a body a state leads acts for
        that state (its code) but is not its government: a GOV role word gives no role and
        the actor is a group (rule led-by); "US-led forces" stay the state's military."""
        mod = chain.mods[-1] if chain.mods else None
        if mod is None or ev.code is None or role.role != "GOV" or role.person:
            return False
        if not _led_by(self.doc, mod, chain.roles[0] if chain.roles else chain.final):
            return False
        words = self.doc[chain.start : chain.end].text
        name = words[4:] if words.lower().startswith("the ") else words
        known = _Known(f"led:{ev.code}:{role.phrase}", name, ev.code, None, ev.entry)
        self._emit(chain.start, chain.end, known, "led-by", kind="group")
        return True

    def _description(self, chain: _Chain, role: RoleWord, ev: _Evidence, rule: str) -> None:
        """ "the Russian leader", "the minister": the one earlier person who fits, or a
        description of its own."""
        target = self._described_person(role, ev.code)
        if target is not None:
            self._remember(target)
            self._emit(chain.start, chain.end, target, "coref:description")
            return
        words = self.doc[chain.start : chain.end].text
        name = words[4:] if words.lower().startswith("the ") else words
        desc = _Known(
            f"desc:{ev.code or ''}:{role.office}", name, ev.code, ev.role or role.role, ev.entry
        )
        self._emit(chain.start, chain.end, desc, rule)

    def _described_person(self, role: RoleWord, code: str | None) -> _Known | None:
        hits = [
            known
            for key in self.recent
            if (known := self.persons[key]).offices
            and (code is None or known.code == code)
            and any(self._office_fits(role, office) for office in known.offices)
        ]
        return hits[0] if len(hits) == 1 else None

    def _office_fits(self, role: RoleWord, office: str) -> bool:
        """Does a described role ("leader", "minister") fit an office held ("president")?"""
        if office == role.office:
            return True
        if role.phrase in _GENERIC_LEADERS:
            held = self.kb.roles.get(office)
            return bool(held and held.leader)
        return office.split()[-1] == role.office.split()[-1]

    def _collective(self, chain: _Chain, role: RoleWord, ev: _Evidence, rule: str) -> None:
        final_role: str | None = ev.role or role.role
        if ev.ethnic is not None:  # "Kurdish fighters", "Tamil refugees": named as written
            words = self.doc[chain.start : chain.end].text
            name = words[4:] if words.lower().startswith("the ") else words
            final_role = None if final_role == "GOV" else final_role  # a people has no government
            key = f"{ev.ethnic}:{ev.code or ''}/{final_role}"
            known = _Known(key, name, ev.code, final_role, ev.entry)
            self._emit(chain.start, chain.end, known, rule, kind="group")
            return
        if ev.code is None:
            phrase = self.doc[chain.final.start : chain.final.end].text.lower()
            known = _Known(f"role:{final_role}:{role.phrase}", phrase, None, final_role)
            kind = "organisation" if final_role in _ORG_KIND_ROLES else "group"
            self._emit(chain.start, chain.end, known, rule, kind=kind)
            return
        if final_role == ev.base_role:
            key, name = ev.base_key or "", ev.base_name or ""
            kind = ev.base_kind if key.startswith("org:") else "state"
        else:
            key = f"{ev.base_key}/{final_role}"
            name = f"{self._modifier_word(ev)} {role.phrase}"
            kind = _kind_for(final_role or role.role)
        self._emit(
            chain.start,
            chain.end,
            _Known(key, name, ev.code, final_role, ev.entry),
            rule,
            kind=kind,
        )

    def _modifier_word(self, ev: _Evidence) -> str:
        """How news names a state's part: its demonym ("North Korean state media", "Russian
        troops"); an organisation's or a state without a demonym by its name."""
        state = (
            self.kb.states.get(ev.code or "")
            if not (ev.base_key or "").startswith("org:")
            else None
        )
        if state is not None and state.adjectives:
            return state.adjectives[0]
        return ev.base_name or ""

    def _acronym_org(self, chain: _Chain) -> None:
        """An organisation named with its acronym: one key per acronym, the full name as its
        name once seen."""
        unit = chain.final
        key = f"acronym:{unit.place}"
        known = self.acronyms.get(key)
        if known is None:
            entry = self.kb.entry(unit.refs[0].id) if unit.refs else None
            code = entry.code if isinstance(entry, StateEntry) else None
            words = self.doc[chain.start : chain.end].text
            name = words[4:] if words.lower().startswith("the ") else words
            known = _Known(key, name, code, unit.role.role if unit.role else None)
            known.entry = entry.id if isinstance(entry, StateEntry) else None
            self.acronyms[key] = known
            rule = "org-acronym"
        else:
            rule = "coref:acronym"
        self._emit(chain.start, chain.end, known, rule, kind="organisation")

    def _named_org(self, chain: _Chain, rule: str) -> None:
        """An organisation by name, or after a role word ("state media KCNA")."""
        entry = self.kb.entry(chain.final.refs[0].id)
        if not isinstance(entry, OrgEntry):
            return
        code = self._org_home(entry)
        known = _Known(entry.id, entry.name, code, entry.role, entry.id)
        self._emit(chain.start, chain.end, known, rule, kind=entry.kind)

    def _org_home(self, org: OrgEntry) -> str | None:
        """ "Islamic State fighters seized Mosul": a group active in several states is coded
        by the one of its homes the document names (one code for all its mentions); with
        several named there is no guess, with none its main home."""
        if not org.homes:
            return org.code
        homes = set(org.homes) & self.doc_states
        if not homes:
            return org.code
        return homes.pop() if len(homes) == 1 else None

    def _modifies_non_actor(self, chain: _Chain) -> bool:
        """ "military exercises", "government spending": the role noun modifies a noun."""
        if not self.parsed or chain.of_mod is not None:
            return False
        root = self.doc[chain.final.start : chain.final.end].root
        head = root.head
        return (
            root.dep_ in _MODIFIER_DEPS
            and not chain.start <= head.i < chain.end
            and head.pos_ in ("NOUN", "PROPN")
        )

    def _coordinated_demonym(self, chain: _Chain, following: Iterable[_Chain]) -> bool:
        """ "Russian and Chinese officials": each demonym takes the shared role noun.
        False when the demonym is not coordinated with a role chain."""
        end = chain.end
        for nxt in following:
            if nxt.start != end + 1 or not self._joined_demonyms(chain, end):
                return False
            if nxt.shape == "role" and nxt.units[0].type == "adjective":
                if self._modifies_non_actor(nxt):
                    return False
                shared = _Chain([chain.final, *nxt.roles], chain.start, chain.end)
                role = nxt.final.role
                assert role is not None
                ev = self._evidence(shared)
                rule = _MOD_RULES[chain.final.type]
                if role.person:
                    self._description(shared, role, ev, rule)
                else:
                    self._collective(shared, role, ev, rule)
                return True
            if nxt.shape != "adjective":
                return False
            end = nxt.end
        return False

    def _joined_demonyms(self, chain: _Chain, end: int) -> bool:
        """ "Russian and Chinese", "the Syrian and the Israeli sides", and a move "from the
        Syrian to the Israeli side": the word after a demonym joins it to the next one."""
        word = self.doc[end].lower_
        if word in _LIST_JOINERS:
            return True
        return word == "to" and chain.start > 0 and self.doc[chain.start - 1].lower_ == "from"

    def _is_modifier(self, chain: _Chain) -> bool:
        """ "US and British activists": a state name used as a modifier of a noun."""
        unit = chain.final
        if not self.parsed or unit.type != "state":
            return False
        return self.doc[unit.start : unit.end].root.dep_ in _MODIFIER_DEPS

    def _demonym_noun(self, chain: _Chain) -> None:
        """ "Turkish mediation", "Iraqi towns", "Israeli air raids", "German goods": a demonym
        before a noun that is no role word stands for its state, as wide as the noun phrase
        so the event coder finds it in the noun's slot. Nouns it merely describes ("the
        Ukrainian conflict", "Russian flags", the KB's ``inert_nouns``) are no actor; nor is
        a demonym inside a hyphenated modifier or after "ethnic"."""
        unit = chain.final
        if self._led_thing(chain) or self._is_ethnic(unit) or self._in_hyphen_compound(unit):
            return
        head = self._noun_after(unit.start, unit.end)
        end, elided = (head.i + 1 if head is not None else 0), False
        if head is None and ELIDED_HEADS:
            head, end, elided = self._elided_head(chain), unit.end, True
        if head is None:
            return
        entry = self.kb.entry(unit.refs[0].id)
        if not isinstance(entry, StateEntry):
            return
        words = self.doc[chain.start : end].text + (f" {head.text}" if elided else "")
        name = words[4:] if words.lower().startswith("the ") else words
        known = _Known(f"{entry.id}/noun:{head.lemma_.lower()}", name, entry.code, None, entry.id)
        rule = "demonym+noun" + ("-place" if self._after_locative(head) else "")
        self._emit(chain.start, end, known, rule + ("-elided" if elided else ""), kind="group")

    def _elided_head(self, chain: _Chain) -> Token | None:
        """ "moved from the Syrian to the Israeli-held sector": a demonym whose noun is left
        out before "to" borrows the noun of the phrase after it (the Syrian sector), so the
        place moved from is found; only in a "from the A to the B N" range."""
        unit, doc = chain.final, self.doc
        if not self.parsed or unit.end >= len(doc) or doc[unit.end].lower_ != "to":
            return None
        if chain.start == 0 or doc[chain.start - 1].lower_ != "from":
            return None
        noun = next((c for c in doc[unit.end].children if c.dep_ == "pobj"), None)
        if noun is None or noun.pos_ != "NOUN" or noun.i - unit.end > _MAX_GAP + 2:
            return None
        inert = self.kb.inert_nouns
        if noun.lemma_.lower() in inert or noun.lower_ in inert or self.kb.roles.get(noun.lower_):
            return None  # a role noun is the coordinated-demonym rule's ("to the Israeli side")
        return noun

    def _led_thing(self, chain: _Chain) -> bool:
        """ "the US-led war against Iraq", "a Saudi-led offensive": what a state leads is its
        doing, as wide as the noun phrase (rule led-by, role None); a led body that a role word
        names ("US-led troops") is joined in the chain grammar instead."""
        unit = chain.final
        doc = self.doc
        if unit.type not in ("state", "adjective") or len(chain.units) != 1 or not self.parsed:
            return False
        if unit.end + 2 >= len(doc) or doc[unit.end].text != "-":
            return False
        led = doc[unit.end + 1]
        head = led.head
        if led.lower_ != "led" or head.i <= led.i or head.pos_ != "NOUN":
            return False
        if head.i - led.i > _MAX_GAP or any(self.covered[led.i + 1 : head.i + 1]):
            return False
        entry = self.kb.entry(unit.refs[0].id)  # inert nouns too: a war a state leads is its
        if not isinstance(entry, StateEntry):
            return False
        words = doc[chain.start : head.i + 1].text
        name = words[4:] if words.lower().startswith("the ") else words
        key = f"led:{entry.code}:{head.lemma_.lower()}"
        self._emit(
            chain.start,
            head.i + 1,
            _Known(key, name, entry.code, None, entry.id),
            "led-by",
            kind="group",
        )
        return True

    def _noun_after(self, start: int, end: int) -> Token | None:
        """The common noun that the modifier ``doc[start:end]`` belongs to, when only nouns
        and adjectives of the same phrase stand between them and no other actor word does,
        and the noun is not inert."""
        if not self.parsed:
            return None
        root = self.doc[start:end].root
        head = root.head
        if root.dep_ not in _MODIFIER_DEPS or head.i < end or head.pos_ != "NOUN":
            return None
        if head.i - end > _MAX_GAP or any(self.covered[end : head.i + 1]):
            return None
        for tok in self.doc[end : head.i]:
            if tok.pos_ not in _NP_GAP_TAGS or not start <= tok.head.i <= head.i:
                return None
        inert = self.kb.inert_nouns
        if head.lemma_.lower() in inert or head.lower_ in inert:
            return None
        return head

    def _after_locative(self, tok: Token) -> bool:
        return tok.dep_ == "pobj" and tok.head.lower_ in _LOCATIVE

    # -- names

    def _bare_name(self, chain: _Chain) -> None:
        unit = chain.final
        if self._led_thing(chain):
            return
        if unit.type == "adjective" or self._in_hyphen_compound(unit) or self._modifies_inert(unit):
            return
        # "in Moscow" names a place, but the place stands for its state where an event needs it
        # ("arrived in Moscow", talks hosted "in Pyongyang"): emitted with a "-place" rule.
        place = "-place" if self._is_place(chain) else ""
        if unit.type == "place":
            self._place_actor(chain, place)
            return
        ref = unit.refs[0]
        entry = self.kb.entry(ref.id)
        if isinstance(entry, OrgEntry):
            self._named_org(chain, ("metonym" if unit.type == "metonym" else "org-name") + place)
        elif isinstance(entry, StateEntry) and unit.type == "people":
            words = self.doc[unit.start : unit.end].text
            known = _Known(f"people:{entry.code}", words, entry.code, None, entry.id)
            self._emit(chain.start, chain.end, known, "demonym-people", kind="group")
        elif isinstance(entry, StateEntry):
            role = ref.role or "GOV"
            if role == "GOV":
                known = _Known(entry.id, entry.name, entry.code, role, entry.id)
            else:
                name = f"{entry.name} {_ROLE_LABEL[role]}"
                known = _Known(f"{entry.id}/{role}", name, entry.code, role, entry.id)
            rule = ("metonym" if unit.type == "metonym" else "state-name") + place
            self._emit(chain.start, chain.end, known, rule, kind=_kind_for(role))

    def _place_actor(self, chain: _Chain, place: str) -> None:
        """ "shelled Kharkiv", "bombed Aleppo", "Gaza": a city or region stands for the state
        it lies in (role None: the place, not its government)."""
        unit = chain.final
        if place and not PLACES_AFTER_LOCATIVES:
            return
        entry = self.kb.entry(unit.refs[0].id)
        if not isinstance(entry, StateEntry) or unit.place is None:
            return
        known = _Known(f"place:{person_key(unit.place)}", unit.place, entry.code, None, entry.id)
        self._emit(chain.start, chain.end, known, "place-country" + place, kind="state")

    def _modifies_inert(self, unit: _Unit) -> bool:
        """ "European Union flags", "the Ukraine war": a name that only describes an inert
        noun (the KB's ``inert_nouns``) is no actor, as a demonym before it is not."""
        if not self.parsed:
            return False
        root = self.doc[unit.start : unit.end].root
        while root.dep_ == "conj" and root.head.i < root.i:  # "Georgian and EU flags"
            root = root.head
        head = root.head
        inert = self.kb.inert_nouns
        return (
            root.dep_ in _MODIFIER_DEPS
            and head.i >= unit.end
            and head.pos_ == "NOUN"
            and (head.lemma_.lower() in inert or head.lower_ in inert)
        )

    def _is_place(self, chain: _Chain) -> bool:
        """ "in Moscow", "fighting in Ukraine": a place after a locative preposition."""
        if not self.parsed or chain.final.type not in ("state", "metonym", "place"):
            return False
        root = self.doc[chain.final.start : chain.final.end].root
        return root.dep_ == "pobj" and root.head.lower_ in _LOCATIVE

    def _in_hyphen_compound(self, unit: _Unit) -> bool:
        """ "US-led", "Iran-backed", "Russia-Ukraine": a name glued into a modifier."""
        doc = self.doc
        glued_after = (
            unit.end < len(doc) and doc[unit.end].text == "-" and not doc[unit.end - 1].whitespace_
        )
        glued_before = (
            unit.start > 0
            and doc[unit.start - 1].text == "-"
            and not doc[unit.start - 1].whitespace_
        )
        return glued_after or glued_before

    # -- pronouns and pairs

    def _pronoun(self, chain: _Chain) -> None:
        known = self._antecedent(chain.final.start)
        if known is not None:
            i = chain.final.start
            self._emit(i, i + 1, known, "coref:pronoun")

    def _antecedent(self, token_i: int) -> _Known | None:
        """The only person mentioned in this or the previous sentence before the pronoun."""
        sent = bisect.bisect_right(self.sent_starts, token_i) - 1
        window = self.sent_starts[max(sent - 1, 0)]
        gender = _PRONOUN_GENDER.get(self.doc[token_i].lower_)
        keys = set()
        for m in reversed(self.out):  # mentions so far are in text order
            if m.start < window:
                break
            if m.kind == "person" and not m.members and m.start < token_i:
                keys.add(m.key)
        # "His wife said ... she told reporters": "she" is not the man "his" stood for
        keys = {k for k in keys if self.genders.get(k, gender) == gender}
        if len(keys) != 1:
            return None
        key = keys.pop()
        if gender is not None:
            self.genders[key] = gender
        return self.persons.get(key)

    def _pair(self, chain: _Chain) -> None:
        """ "the two countries", "both sides", "the two leaders": the two most recent distinct
        actors of that kind, as ``members``."""
        members: list[ActorMention] = []
        words = self.doc[chain.final.start : chain.final.end].text.lower().split()
        leaders = words[-1] in _LEADER_PAIRS
        asker = self._addresser(chain) if PAIR_NOT_ADDRESSER else range(0)
        for m in reversed(self.out):
            if m.start in asker:
                continue  # "Egypt urged both parties": Egypt is not one of them
            member = None if m.members else self._pair_member(m, chain.final.pair, leaders)
            if member is not None and all(member.key != x.key for x in members):
                members.insert(0, member)
                if len(members) == 2:
                    break
        if (earlier := self._earlier_pair(chain.final.pair)) is not None:
            members = list(earlier)  # "the two sides" of an article stay the same two
        if len(members) < 2:
            return
        span = self._span(chain.start, chain.end)
        members = [replace(m, rule="coref:pair", **span) for m in members]  # type: ignore[arg-type]
        key = "pair:" + "+".join(m.key for m in members)
        pair = _Known(key, " and ".join(m.name for m in members))
        self._emit(
            chain.start, chain.end, pair, "coref:pair", kind=members[0].kind, members=tuple(members)
        )

    def _addresser(self, chain: _Chain) -> range:
        """The span of the subject of the verb a pair is the object of ("Egypt and Saudi
        Arabia urged both parties", "Kenya called on the two countries"): who addresses the
        two sides is neither of them."""
        if not self.parsed:
            return range(0)
        verb = _verb_of_object(self.doc[chain.final.start : chain.final.end].root)
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb else None
        if subj is None:
            return range(0)
        return range(subj.left_edge.i, subj.right_edge.i + 1)

    def _earlier_pair(self, kind: str | None) -> tuple[ActorMention, ...] | None:
        """The members of the latest pair of states ("the two countries") or of any actors
        ("both sides") named before, if any: an article's "two sides" stay the same two."""
        if kind == "persons":
            return None
        for m in reversed(self.out):
            if not m.members or m.members[0].kind == "person":
                continue
            if kind == "actors" or all(x.kind == "state" for x in m.members):
                return m.members
        return None

    def _pair_member(
        self, m: ActorMention, kind: str | None, leaders: bool = False
    ) -> ActorMention | None:
        """Whether a mention can be one of "the two countries" (states), "both sides"
        (actors) or "the two leaders" (persons; leaders hold a leader's office). A city or
        region is none; a state's name after "in" may be a country ("arrived in North Korea
        ... the two countries") but not a side (the venue of "talks in Doha")."""
        if m.rule.startswith("place-country") or (kind == "actors" and m.rule.endswith("-place")):
            return None
        if kind == "persons":
            known = self.persons.get(m.key)
            if m.kind != "person" or known is None:
                return None
            if leaders and not any(
                (held := self.kb.roles.get(office)) is not None and held.leader
                for office in known.offices
            ):
                return None
            return m
        if kind == "actors":  # sides act: no place, thing, crowd, firm or newspaper
            ok = m.code is not None and m.kind != "person" and m.role not in _NOT_SIDES
            return m if ok else None
        state = self.kb.states.get(m.code or "")
        if state is None:
            return None
        return replace(
            m,
            role="GOV",
            kind="state",
            name=state.name,
            key=state.id,
            rule="coref:pair",
            entry=state.id,
        )

    # -- output

    def _span(self, start: int, end: int) -> dict[str, object]:
        span = self.doc[start:end]
        return {
            "start": start,
            "end": end,
            "char_start": span.start_char,
            "char_end": span.end_char,
            "text": span.text,
            "head": span.root.i if self.parsed else end - 1,
        }

    def _emit(
        self,
        start: int,
        end: int,
        known: _Known,
        rule: str,
        kind: str = "person",
        members: tuple[ActorMention, ...] = (),
    ) -> None:
        mention = ActorMention(
            code=known.code,
            role=known.role,
            kind=kind,
            name=known.name,
            key=known.key,
            rule=rule,
            entry=known.entry,
            members=members,
            **self._span(start, end),  # type: ignore[arg-type]
        )
        self.out.append(mention)


_MOD_RULES = {
    "adjective": "demonym+role",
    "state": "state+role",
    "metonym": "metonym+role",
    "org": "org+role",
    "person": "possessive+role",
    "pron": "possessive+role",
    "ethnic": "ethnic+role",
    "place": "place+role",
}
_PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}
_NOT_SIDES = frozenset({None, "CVL", "MED", "BUS", "NGO"})
_LEADER_PAIRS = frozenset({"leaders", "presidents"})
_GENERIC_LEADERS = frozenset({"leader", "chief", "head", "strongman", "dictator"})


def _single(doc: Doc, unit: _Unit) -> _Chain:
    return _Chain([unit], _with_article(doc, unit.start, unit.end), unit.end)


def _same_bench(person: ActorMention, other: ActorMention) -> bool:
    """ "Prosecutor X told a Lima court": judges and prosecutors plead before and answer to
    the courts of their own state, so a court a judicial officer deals with is a compatriot."""
    return person.role == "JUD" and other.role == "JUD" and other.kind != "person"


def _with_article(doc: Doc, start: int, end: int) -> int:
    """Start a mention at a "the" that belongs to it ("the Kremlin"), not at one that belongs
    to the noun it modifies ("the Iran deal")."""
    if start == 0 or doc[start - 1].lower_ != "the":
        return start
    if doc.has_annotation("DEP") and not start <= doc[start - 1].head.i < end:
        return start
    return start - 1


def _governor(tok: Token) -> Token:
    """The word an argument belongs to: a verb for subjects and objects, the preposition's
    head for prepositional objects, through compounds."""
    while tok.dep_ in ("compound", "amod", "nmod", "poss") and tok.head is not tok:
        tok = tok.head
    if tok.dep_ == "pobj" and tok.head.head is not tok.head:
        return tok.head.head
    return tok.head


def _kind_for(role: str) -> str:
    if role in _ORG_KIND_ROLES:
        return "organisation"
    return "state" if role == "GOV" else "group"


def _nearest_term(
    person: PersonEntry, day: str | None, states: Mapping[str, object]
) -> Term | None:
    """The term held on ``day``; else, of the terms served for a state (out of office, a
    former NATO chief is a national of his country again, not NATO), the one that ended or
    began closest to the day; without a day, the latest."""
    on = person.term_on(day)
    if on is not None:
        return on
    served = [t for t in person.terms if t.code in states]
    if not served or day is None:
        return None

    def gap(t: Term) -> int:
        d = _ordinal(day)
        if day < t.start:
            return _ordinal(t.start) - d
        return d - _ordinal(t.end or day)

    return min(served, key=gap)


def _ordinal(iso: str) -> int:
    try:
        return date.fromisoformat(iso[:10]).toordinal()
    except ValueError:
        return 0


def _name_tokens(name: str) -> tuple[str, ...]:
    return tuple(w for w in person_key(name).split("-") if w)


def _sentence_starts(doc: Doc) -> list[int]:
    if doc.has_annotation("SENT_START") or doc.has_annotation("DEP"):
        return [s.start for s in doc.sents]
    return [0]


def _normalise_day(published: str | None) -> str | None:
    """ISO day for dated look-ups; a bare year or month counts from its middle."""
    if not published:
        return None
    p = published.strip()[:10]
    if len(p) == 4 and p.isdigit():
        return f"{p}-07-01"
    if len(p) == 7:
        return f"{p}-15"
    return p


def _role_coreference(doc: Doc, mentions: list[ActorMention], kb: ActorKB) -> list[ActorMention]:
    """ "The Sudanese army shelled ... The army said": a bare role word repeats the role an
    article gave a state earlier, so it is that state's when exactly one state was given that
    role family before it; two ("Ethiopian troops and Eritrean soldiers ... the army") leave
    it uncoded. A family is the role (GOV, MIL, POL, REB...) and whether its word is posted
    abroad: "the embassy" repeats "the Russian embassy", not "Poland" or "its parliament";
    a word only outsiders use repeats only such a word. A state named alone is its
    government at home. Persons ("the minister") are matched by
    office elsewhere."""
    given: dict[tuple[str, bool, bool], dict[str, ActorMention]] = {}  # family -> code -> first
    out: list[ActorMention] = []
    for m in sorted(mentions, key=lambda x: x.start):
        family = _antecedent_family(m, kb)
        if family is not None:
            given.setdefault(family, {}).setdefault(m.code or "", m)
        word = _bare_collective_role(m, kb)
        if word is not None and _qualified(doc, m):
            word = None
        states = given.get(_family(word), {}) if word is not None else {}
        if len(states) == 1:
            first = next(iter(states.values()))
            m = replace(
                m,
                code=first.code,
                entry=first.entry,
                key=first.key if first.role == m.role else f"{first.key}/{m.role}",
                name=first.name,
                kind=first.kind,
                rule="coref:role",
            )
        out.append(m)
    return _opposition_of_government(out, kb, given.get(("GOV", False, False), {}))


def _opposition_of_government(
    mentions: list[ActorMention], kb: ActorKB, governments: Mapping[str, ActorMention]
) -> list[ActorMention]:
    """ "The government banned the rally and the opposition marched anyway": an opposition
    opposes a government, so in a story whose every government (a state acting alone, its
    government, its officials, its leaders) is one state's, "the opposition" is that
    state's. A second state's government or leader anywhere in the story leaves it."""
    others = {
        m.code
        for m in mentions
        if m.role == "GOV" and m.code in kb.states and not m.rule.endswith("-place")
    }
    if len(governments) != 1 or others - set(governments):
        return mentions
    state = kb.states[next(iter(governments))]
    adjective = state.adjectives[0] if state.adjectives else state.name
    known = {
        "code": state.code,
        "entry": state.id,
        "key": f"state:{state.code}/OPP",
        "name": f"{adjective} opposition",
        "kind": "group",
        "rule": "opposition+government-state",
    }
    return [
        replace(m, **known)  # type: ignore[arg-type]
        if (word := _bare_collective_role(m, kb)) is not None and word.role == "OPP"
        else m
        for m in mentions
    ]


def _qualified(doc: Doc, m: ActorMention) -> bool:
    """ "world leaders", "foreign troops", "troops from Belarus", "leaders of the region": a
    role word with its own modifier or origin is not a repetition of the one named before."""
    if m.start > 0 and doc[m.start - 1].dep_ in ("amod", "compound", "nmod", "npadvmod"):
        return doc[m.start - 1].head.i in range(m.start, m.end)
    return m.end < len(doc) and doc[m.end].lower_ in ("from", "of")


def _family(word: RoleWord) -> tuple[str, bool, bool]:
    """A role word's family: its role, posted abroad or not, and whether only outsiders use it
    ("the regime" repeats "the Syrian regime", never "Turkey said" nor "Turkish officials")."""
    return (word.role, word.abroad, word.outsider)


def _antecedent_family(m: ActorMention, kb: ActorKB) -> tuple[str, bool, bool] | None:
    """The role family a coded mention gives its state: "the Sudanese army" (MIL at home),
    "the Russian embassy" (GOV abroad), "Chad said" (GOV at home: a state acting alone)."""
    if m.code not in kb.states or m.role is None or m.kind == "person":
        return None
    if m.rule in ("state-name", "metonym") and m.role == "GOV":
        return ("GOV", False, False)
    if m.rule not in _ROLE_ANTECEDENT_RULES:
        return None
    words = m.text.lower().split()  # "the Sudanese army", "the government of Uganda"
    for end in range(len(words), 0, -1):
        for n in (3, 2, 1):
            word = kb.roles.get(" ".join(words[max(0, end - n) : end]))
            if word is not None and not word.person and word.role == m.role:
                return _family(word)
    return None


def _bare_collective_role(m: ActorMention, kb: ActorKB) -> RoleWord | None:
    """The role word of an uncoded role-only group ("the army", "police"), not a person's
    description nor a weapon ("the tanks" are not the army that was named)."""
    if m.rule != "role-only" or m.code is not None or m.members or m.kind == "person":
        return None
    kind, _, rest = m.key.partition(":")
    word = kb.roles.get(rest.partition(":")[2]) if kind == "role" else None
    if word is None or word.person or word.weapon or word.role != m.role:
        return None
    return word


def _document_country(
    doc: Doc, mentions: list[ActorMention], kb: ActorKB, places: Sequence[PlaceMention]
) -> list[ActorMention]:
    """ "Villagers fled the shelling" in a story set wholly in Myanmar are Myanmar's: when
    every state and place the document names lies in one country, an uncoded role-only
    actor is that country's, except roles posted abroad (envoys, embassies), weapons and
    those whose place says nothing of whose they are (IGOs, NGOs). Troops and police of a
    story set in one country are mostly its own (measured on the PLOVER gold: +0.2 pt)."""
    codes = {
        m.code
        for m in mentions
        if m.code is not None and m.code in kb.states and not _named_media(m)
    }
    codes |= {m.code for x in mentions for m in x.members if m.code and m.code in kb.states}
    # "an anti-Syria journalist" in a Beirut story: the prefixed name is no place of the story
    codes |= {p.country for p in places if p.country and not _prefixed(doc, p.start)}
    if len(codes) == 1 and _only_as_partner(doc, mentions, kb, places, next(iter(codes))):
        return mentions
    if len(codes) > 1 and HOME_COUNTRY:
        return _home_country(doc, mentions, kb, places)
    state = kb.states.get(codes.pop()) if len(codes) == 1 else None
    if state is None:  # two countries, none, or a territory the KB does not know
        return mentions
    code, entry = state.code, state.id
    spans = [(m.start, m.end) for m in mentions if m.code == code]
    spans += [(p.start, p.end) for p in places if p.country == code]
    hosts = any(_displaced(m, kb) for m in mentions) and _hosts_displaced(doc, kb, spans)
    return [
        replace(m, code=code, entry=entry, rule="role+document-state")
        if _local_role_only(m, kb)
        and not _paired(doc, m)
        and not _placed(doc, m, kb)
        and not (hosts and _displaced(m, kb))
        and not _named_by_its_government(doc, m, mentions, kb, code)
        else m
        for m in mentions
    ]


def _home_country(
    doc: Doc, mentions: list[ActorMention], kb: ActorKB, places: Sequence[PlaceMention]
) -> list[ActorMention]:
    """ "DHAKA - Police arrested the opposition leader ... The U.S. voiced concern": a story
    filed from a country that names it at least twice as often as all other states together
    is set there, and the outside states are its commentators. An uncoded role-only actor of
    a sentence that names no other state is then the home country's, except rebels (a
    neighbour may harbour them) and those the one-country rule leaves uncoded."""
    home = _dateline_home(doc, mentions, kb, places)
    if home is None:
        return mentions
    state = kb.states[home]
    starts = _sentence_starts(doc)
    named = _states_by_sentence(starts, mentions, kb, places, doc)
    return [
        replace(m, code=state.code, entry=state.id, rule="role+dateline-state")
        if _local_role_only(m, kb)
        and not _paired(doc, m)
        and m.role not in _NOT_HOME_ROLES
        and named.get(bisect.bisect_right(starts, m.start) - 1, set()) <= {home}
        and not _placed(doc, m, kb)
        and not _displaced(m, kb)
        and not _named_by_its_government(doc, m, mentions, kb, home)
        else m
        for m in mentions
    ]


def _dateline_home(
    doc: Doc, mentions: list[ActorMention], kb: ActorKB, places: Sequence[PlaceMention]
) -> str | None:
    """The dateline's country when the story's states and places name it at least twice as
    often as every other state together (the dateline itself not counted)."""
    filed = dateline_place(doc, places)
    country = filed.country if filed is not None else None
    if country is None or country not in kb.states:
        return None
    counts: dict[str, int] = {}
    coded = [m.code for m in mentions if m.code in kb.states and not _named_media(m)]
    coded += [m.code for x in mentions for m in x.members if m.code in kb.states]
    coded += [
        p.country for p in places if p.country and p is not filed and not _prefixed(doc, p.start)
    ]
    for code in coded:
        if code is not None:
            counts[code] = counts.get(code, 0) + 1
    home = counts.pop(country, 0)
    return country if home >= 2 and home >= _HOME_SHARE * sum(counts.values()) else None


def _states_by_sentence(
    starts: list[int],
    mentions: list[ActorMention],
    kb: ActorKB,
    places: Sequence[PlaceMention],
    doc: Doc,
) -> dict[int, set[str]]:
    """The states each sentence (by its index in ``starts``) names: coded actors and places."""
    out: dict[int, set[str]] = {}
    spans = [(m.start, m.code) for m in mentions if m.code in kb.states and not _named_media(m)]
    spans += [(m.start, m.code) for x in mentions for m in x.members if m.code in kb.states]
    spans += [(p.start, p.country) for p in places if p.country and not _prefixed(doc, p.start)]
    for start, code in spans:
        sent = bisect.bisect_right(starts, start) - 1
        out.setdefault(sent, set()).add(code)  # type: ignore[arg-type]
    return out


def _paired(doc: Doc, m: ActorMention) -> bool:
    """ "Both armies": a pair of states' roles, not one country's ("two soldiers" may be)."""
    return m.start > 0 and doc[m.start - 1].lower_ in _PAIR_WORDS


def _named_by_its_government(
    doc: Doc, m: ActorMention, mentions: list[ActorMention], kb: ActorKB, code: str
) -> bool:
    """ "Israel said the regime moved missiles": a government never calls itself "the
    regime", so a word only outsiders use is not the country of a government (the state, its
    officials, its army) that says or does something about it. Activists of the country
    ("Syrian activists said the regime shelled Homs") leave it the story's."""
    word = kb.roles.get(m.key.partition(":")[2].partition(":")[2])
    if word is None or not word.outsider or not doc.has_annotation("DEP"):
        return False
    speakers = [x for x in mentions if x.code == code and x.role in _GOVERNMENT_SIDE and x is not m]
    tok = doc[m.start : m.end].root
    while tok.head.i != tok.i:
        tok = tok.head
        subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and any(x.start <= subj.i < x.end for x in speakers):
            return True
    return False


def _only_as_partner(
    doc: Doc,
    mentions: list[ActorMention],
    kb: ActorKB,
    places: Sequence[PlaceMention],
    code: str,
) -> bool:
    """ "The government thanked China for its help": when the one state a document names is
    only ever what an uncoded role-only actor acts on (the object of its verb, or of a
    partner's preposition on that verb), it is the other side, not the story's country."""
    partners = _partners_of_role_only(doc, mentions, kb)
    if not partners:
        return False
    spans = [(m.start, m.end) for m in mentions if m.code == code]
    spans += [(m.start, m.end) for x in mentions for m in x.members if m.code == code]
    spans += [(p.start, p.end) for p in places if p.country == code]
    return all(any(a <= s and e <= b for a, b in partners) for s, e in spans)


def _partners_of_role_only(
    doc: Doc, mentions: list[ActorMention], kb: ActorKB
) -> set[tuple[int, int]]:
    """Spans of coded state actors that an uncoded role-only actor acts on."""
    if not doc.has_annotation("DEP"):
        return set()
    # refugees "returned to Syria" come from it: their moves are handled by _hosts_displaced
    local = [m for m in mentions if _local_role_only(m, kb) and not _displaced(m, kb)]
    if not local:
        return set()
    out = set()
    for m in mentions:
        if m.code not in kb.states or m.rule.endswith("-place") or m.rule.startswith("metonym"):
            continue  # a capital's name is as often where it happens: "marched through Tunis"
        verb = _verb_of_object(doc[m.start : m.end].root)
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb else None
        if subj is not None and any(x.start <= subj.i < x.end for x in local):
            out.add((m.start, m.end))
    return out


def _verb_of_object(tok: Token) -> Token | None:
    """The verb ``tok`` is the object of, directly ("thanked China") or through a partner's
    preposition ("met with Chinese envoys"), or whose object it owns ("thanked China's envoy",
    "expressed gratitude for China's help": what is thanked for is the partner's)."""
    if tok.dep_ == "poss":
        tok = tok.head
        if tok.dep_ == "pobj" and tok.head.lower_ == "for":  # "thanks (voiced) for X's aid"
            tok = tok.head.head if tok.head.head.dep_ == "dobj" else tok
            if tok.dep_ == "pobj" and tok.head.head.pos_ == "VERB":
                return tok.head.head
    if tok.dep_ in ("dobj", "dative"):
        head = tok.head
    elif tok.dep_ == "pobj" and tok.head.lower_ in _PARTNER_PREPOSITIONS:
        head = tok.head.head
    else:
        return None
    return head if head.pos_ == "VERB" else None


def _named_media(m: ActorMention) -> bool:
    """ "an AFP correspondent said", "Reuters reports": a named news agency or paper says where
    it is based, not where the story happens, so it names no country of the story."""
    return m.role == "MED" and (m.entry or "").startswith("org:")


def _hosts_displaced(doc: Doc, kb: ActorKB, spans: Iterable[tuple[int, int]]) -> bool:
    """ "Migrants who arrived in Britain" are not British: a one-country story that names its
    country only as where the displaced go or live (never as where they come from), or
    speaks of asylum, hosts them, and its refugees take no code from it."""
    if not doc.has_annotation("DEP"):
        return False
    cues = {_displacement_cue(doc[a:b].root, kb) for a, b in spans}
    if any(t.lower_ in kb.host_nouns for t in doc):  # "the government's asylum plan"
        cues.add("host")
    return "host" in cues and "origin" not in cues


def _displacement_cue(tok: Token, kb: ActorKB) -> str | None:
    """Whether a country name says where the displaced are ("host") or come from ("origin"),
    read from the verb that governs it and the preposition between."""
    prep = ""
    head = tok.head
    if tok.dep_ == "pobj" and head.dep_ == "prep":
        prep, head = head.lower_, head.head
    elif tok.dep_ not in ("dobj", "nsubj", "nsubjpass"):
        return None
    lemma = head.lemma_.lower()
    if lemma in kb.return_verbs:  # "deported to Syria", "returned from Lebanon"
        return {"to": "origin", "into": "origin", "from": "host"}.get(prep)
    if lemma in kb.departure_verbs:  # "fled Syria", "fled to Turkey"
        return "origin" if prep in ("", "from") else "host" if prep in ("to", "into") else None
    if prep == "from":  # "came from Eritrea", "refugees from Sudan"
        return "origin"
    if lemma in kb.arrival_verbs and prep in ("", "in", "to", "into", "at"):
        return "host"
    return None


def _displaced(m: ActorMention, kb: ActorKB) -> bool:
    """Refugees, migrants: civilians whose role word marks them as away from home."""
    word = kb.roles.get(m.key.partition(":")[2].partition(":")[2])
    return word is not None and word.abroad and word.role == "CVL"


def _placed(doc: Doc, m: ActorMention, kb: ActorKB) -> bool:
    """ "Refugees in Chad": a place said where people away from home are, and it did not make
    them its own; nor are "troops in Mali" seldom Mali's. Anyone else a locative places in a
    one-country story is in that country ("demonstrators in Cairo" of a story set in Egypt)."""
    if m.end >= len(doc) or doc[m.end].lower_ not in _LOCATIVE:
        return False
    return _displaced(m, kb) or m.role in _NOT_LOCAL_ROLES


def _local_role_only(m: ActorMention, kb: ActorKB) -> bool:
    """An uncoded role-only actor whose role word stays in its own country."""
    if m.rule != "role-only" or m.code is not None or m.members:
        return False
    kind, _, rest = m.key.partition(":")
    phrase = rest.partition(":")[2] if kind in ("role", "desc") else None
    word = kb.roles.get(phrase or "")
    if word is None or word.role in _NOT_DOCUMENT_ROLES or word.weapon:
        return False
    # civilians away from home are coded by where they come from (CAMEO codes refugees by
    # origin), which a story naming one country is about; officials posted abroad are not
    return not word.abroad or word.role == "CVL"


def resolve_actors(
    doc: Doc,
    kb: ActorKB,
    published: str | None = None,
    places: Sequence[PlaceMention] | None = None,
) -> list[ActorMention]:
    """Actor mentions of ``doc``, sorted by ``start`` and non-overlapping.

    ``published`` (YYYY-MM-DD) selects the office holders in office on that day; without it
    each known person's latest office counts. ``places`` are the document's place mentions
    (``extract.places.find_places``); without them they are found here.
    """
    if places is None:
        places = find_places(doc)
    units = _collect_units(doc, kb, places)
    chains = _build_chains(doc, units)
    mentions = _Resolver(doc, kb, published).run(chains)
    if ROLE_COREFERENCE:
        mentions = _role_coreference(doc, mentions, kb)
    if DOCUMENT_COUNTRY:
        mentions = _document_country(doc, mentions, kb, places)
    mentions.sort(key=lambda m: m.start)
    out: list[ActorMention] = []
    for m in mentions:
        if not out or m.start >= out[-1].end:
            out.append(m)
    return out


__all__ = ["resolve_actors"]
