"""The actor knowledge base: who is who, and when.

``load_actor_kb()`` reads the curated files under ``knowledge/data/actors/`` (states.yaml,
igos.yaml, groups.yaml, roles.yaml, officeholders*.tsv), adds every ISO 3166 country from
pycountry, and freezes the result into an :class:`ActorKB`: read-only mappings plus one index
from each written name to the entries it may stand for. The spaCy matchers that find those
names in a ``Doc`` are built lazily, once per vocab (:meth:`ActorKB.matchers`).

User extension files
--------------------
``load_actor_kb(extra=[...])`` reads YAML files of the same schema as the curated ones; each
may hold any of these top-level keys (all optional)::

    states:            # ISO 3166 alpha-3 code -> entry
      RUS: {name: Russia, names: [Russian Federation], adjectives: [Russian],
            people: [Russians], metonyms: [Moscow, Kremlin, {name: Pentagon, role: MIL}]}
    organisations:     # entry id -> entry (IGOs, armed groups, media, NGOs, companies)
      NATO: {code: NATO, name: NATO, names: [NATO, Nato], role: IGO, kind: organisation,
             titles: [Secretary General], metonyms: []}
    roles:             # lower-case phrase -> role word
      troops: {role: MIL, person: false, title: false, leader: false, context: false}
      embassy: {role: GOV, abroad: true}   # posted abroad: "in <place>" gives no country
      top diplomat: {role: GOV, person: true, means: foreign minister}
    pairs:             # phrase -> states | actors | persons ("the two countries")
      two countries: states
    officeholders:     # one mapping per term
      - {name: Mark Rutte, aliases: [Rutte], code: NATO, role: IGO,
         office: secretary general, from: 2024-10-01, to: null}
    not_actors: [Latin America]   # phrases that contain a name but stand for no actor
    inert_nouns: [conflict, flag]  # nouns a demonym describes without making them act
                                   # ("the Ukrainian conflict", "Russian flags"); lemmas
    place_nouns: [village, port]   # nouns that name a kind of place: "the village of X"
                                   # names a place, not a person; lemmas
    arrival_verbs: [arrive, reach]   # "arrived in X", "reached X": X hosts the displaced
    departure_verbs: [flee, leave]   # "fled X", "left X": the displaced come from X
    return_verbs: [return, deport]   # "deported to X": from X; "deported from X": in X
    host_nouns: [asylum]             # a one-country story about asylum is set where it is sought
    name_particles: [van, den]       # small words inside surnames: "Hans van den Broek"
    compass_words: [western]         # "Western Cambodia" is still Cambodia
    shared_demonyms: {Congolese: [COG]}  # other states a demonym also names: a known
                                         # office holder of one of them keeps his state
    common_word_names: [turkey]      # state names read only as written, never in capitals
    ethnic_groups:     # entry id -> peoples that live in one or several states
      kurds: {name: Kurds, names: [Kurds, Kurd, Kurdish], homes: [IRQ, TUR, SYR, IRN]}

Later files win. For ``states``, ``organisations`` and ``roles`` an entry with a known id
replaces the fields it gives and keeps the others; an unknown id adds an entry. (A state's
pycountry names are always added to its ``names``.) For
``officeholders`` the rows of a file replace every row of the persons they name (so a file can
correct a term). Names are case-sensitive as written in news; role phrases are matched
case-insensitively. Role codes: GOV MIL POL JUD OPP REB CVL MED BUS IGO NGO. Dates are
YYYY-MM-DD; a term is valid from ``from`` (inclusive) to ``to`` (exclusive, empty = open).
A malformed file raises :class:`eventwire.errors.KnowledgeError` naming the file and entry.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Any

import yaml

from eventwire.errors import KnowledgeError

DATA_DIR = Path(__file__).parent / "data" / "actors"
ROLE_CODES = frozenset(
    {"GOV", "MIL", "POL", "JUD", "OPP", "REB", "CVL", "MED", "BUS", "IGO", "NGO"}
)
KINDS = frozenset({"organisation", "group"})
PAIR_KINDS = frozenset({"states", "actors", "persons"})
PRONOUNS = ("he", "she", "him", "his", "her")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_TSV_COLUMNS = ("name", "aliases", "code", "role", "office", "from", "to")
_MIN_CASED = 4  # "US", "UK" in odd case are other words
_Loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass(frozen=True, slots=True)
class StateEntry:
    """A state or territory with the words news uses for it."""

    code: str
    name: str
    names: tuple[str, ...] = ()
    adjectives: tuple[str, ...] = ()
    people: tuple[str, ...] = ()
    metonyms: tuple[tuple[str, str], ...] = ()  # (phrase, role)

    @property
    def id(self) -> str:
        return f"state:{self.code}"


@dataclass(frozen=True, slots=True)
class OrgEntry:
    """An organisation or named group: IGO, armed group, news medium, NGO or company."""

    key: str
    code: str
    name: str
    names: tuple[str, ...] = ()
    role: str = "IGO"
    kind: str = "organisation"
    titles: tuple[str, ...] = ()
    metonyms: tuple[str, ...] = ()
    # an armed group active in several states ("Islamic State": SYR IRQ): its code is the one
    # of these the sentence (else the document) names, else ``code``
    homes: tuple[str, ...] = ()

    @property
    def id(self) -> str:
        return f"org:{self.key}"


@dataclass(frozen=True, slots=True)
class EthnicEntry:
    """An ethnic group and the states it lives in ("Kurds": IRQ TUR SYR IRN): its code is the
    state the text names, or its only home."""

    key: str
    name: str
    names: tuple[str, ...] = ()
    homes: tuple[str, ...] = ()

    @property
    def id(self) -> str:
        return f"ethnic:{self.key}"


@dataclass(frozen=True, slots=True)
class RoleWord:
    """A role noun or title ("foreign minister", "troops") and what it says about the actor."""

    phrase: str
    role: str
    person: bool = False
    title: bool = False
    leader: bool = False
    context: bool = False
    means: str | None = None
    abroad: bool = False  # posted abroad: "the embassy in Kabul" is not Afghan
    noun_only: bool = False  # as an adjective it means something else: "national security"
    other: bool = False  # the other side's: "his counterpart" is not his compatriot
    weapon: bool = False  # arms strike across borders: "drones hit Kyiv" are seldom Kyiv's
    speaks_for: bool = False  # "a spokesman for X" speaks for X and takes X's code
    of_side: bool = False  # "supporters of President X" are on X's side and of X's country
    proper: bool = False  # with a capital it names the country's own body: "Congress"
    outsider: bool = False  # only others say it: a government never calls itself "the regime"

    @property
    def office(self) -> str:
        """The office this word names, for matching descriptions to known persons."""
        return self.means or self.phrase


@dataclass(frozen=True, slots=True)
class Term:
    """One term in one office; ``end`` is exclusive and None while the term lasts."""

    code: str
    role: str
    office: str
    start: str
    end: str | None = None

    def valid_on(self, day: str) -> bool:
        return self.start <= day and (self.end is None or day < self.end)


@dataclass(frozen=True, slots=True)
class PersonEntry:
    """A person who held at least one office, with every term."""

    key: str
    name: str
    aliases: tuple[str, ...]
    terms: tuple[Term, ...]

    @property
    def id(self) -> str:
        return f"person:{self.key}"

    def term_on(self, day: str | None) -> Term | None:
        """The term held on ``day`` (latest start wins); with no date, the latest term."""
        terms = self.terms if day is None else [t for t in self.terms if t.valid_on(day)]
        return max(terms, key=lambda t: t.start, default=None)


@dataclass(frozen=True, slots=True)
class NameRef:
    """What a written name may stand for: ``type`` is state, adjective, people, metonym, org,
    person, ethnic or block (a phrase that contains a name but stands for no actor)."""

    type: str
    id: str
    role: str | None = None


@dataclass(frozen=True, eq=False)
class ActorKB:
    """Immutable indexes over the actor knowledge base.

    Pickles as the call that built it (``load_actor_kb(sources)``), so worker processes
    rebuild it from the files instead of shipping matchers.
    """

    states: Mapping[str, StateEntry]
    orgs: Mapping[str, OrgEntry]
    persons: Mapping[str, PersonEntry]
    roles: Mapping[str, RoleWord]
    pairs: Mapping[str, str]
    names: Mapping[str, tuple[NameRef, ...]]
    sources: tuple[str, ...] = ()
    ethnic: Mapping[str, EthnicEntry] = field(default_factory=lambda: MappingProxyType({}))
    inert_nouns: frozenset[str] = frozenset()
    place_nouns: frozenset[str] = frozenset()
    arrival_verbs: frozenset[str] = frozenset()
    departure_verbs: frozenset[str] = frozenset()
    return_verbs: frozenset[str] = frozenset()
    host_nouns: frozenset[str] = frozenset()
    name_particles: frozenset[str] = frozenset()
    compass_words: frozenset[str] = frozenset()
    ally_nouns: frozenset[str] = frozenset()  # "Israel's militia ally" is not Israel's militia
    # demonym -> other states it also names ("Congolese": the Republic of the Congo's too)
    shared_demonyms: Mapping[str, frozenset[str]] = field(
        default_factory=lambda: MappingProxyType({})
    )
    common_word_names: frozenset[str] = frozenset()  # "turkey": read only as written
    _matchers: dict[int, Any] = field(default_factory=dict, repr=False, compare=False)

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        return (load_actor_kb, (self.sources,))

    def entry(self, entry_id: str) -> StateEntry | OrgEntry | PersonEntry | EthnicEntry | None:
        """Look an entry up by its id ("state:RUS", "org:NATO", "person:vladimir-putin",
        "ethnic:kurds")."""
        kind, _, key = entry_id.partition(":")
        table: Mapping[str, Any] = {
            "state": self.states,
            "org": self.orgs,
            "person": self.persons,
            "ethnic": self.ethnic,
        }.get(kind, {})
        return table.get(key)

    def matchers(self, vocab: Any) -> Any:
        """The phrase matchers for ``vocab``, built on first use and kept for that vocab."""
        cached = self._matchers.get(id(vocab))
        if cached is None or cached[0] is not vocab:
            cached = (vocab, build_matchers(self, vocab))
            self._matchers[id(vocab)] = cached
        return cached[1]


@dataclass(frozen=True, slots=True)
class ActorMatchers:
    """spaCy phrase matchers for one vocab.

    ``names`` matches names case-sensitively (ORTH); its match ids are the phrases themselves,
    keys of ``ActorKB.names``. ``words`` matches role words, pair phrases and pronouns
    case-insensitively (LOWER); its match ids are "role:<phrase>", "pair:<phrase>" or "pron".
    """

    names: Any
    words: Any
    cased: Any = None  # state names case-insensitively (LOWER), for "CHINA WARNS", "iSrael"
    cased_phrases: Mapping[str, str] = field(default_factory=dict)  # lower form -> KB phrase


def build_matchers(kb: ActorKB, vocab: Any) -> ActorMatchers:
    """Tokenize every KB phrase the way English text is tokenized and load two PhraseMatchers."""
    from spacy.matcher import PhraseMatcher
    from spacy.tokens import Doc

    tokenizer = _tokenizer()

    def patterns(texts: Sequence[str]) -> list[Doc]:
        out = []
        for doc in tokenizer.pipe(texts):
            words = [t.text for t in doc]
            out.append(Doc(vocab, words=words, spaces=[bool(t.whitespace_) for t in doc]))
        return out

    names = PhraseMatcher(vocab, attr="ORTH")
    phrases = list(kb.names)
    for phrase, pattern in zip(phrases, patterns(phrases), strict=True):
        names.add(phrase, [pattern])
    words = PhraseMatcher(vocab, attr="LOWER")
    for key, phrase in [
        *((f"role:{p}", p) for p in kb.roles),
        *((f"pair:{p}", p) for p in kb.pairs),
        *(("pron", p) for p in PRONOUNS),
    ]:
        words.add(key, patterns(list(dict.fromkeys([phrase, phrase.title()]))))
    cased_phrases = _state_phrases_by_lower(kb)
    cased = PhraseMatcher(vocab, attr="LOWER")
    for lower, pattern in zip(cased_phrases, patterns(list(cased_phrases)), strict=True):
        cased.add(lower, [pattern])
    return ActorMatchers(names=names, words=words, cased=cased, cased_phrases=cased_phrases)


def _state_phrases_by_lower(kb: ActorKB) -> dict[str, str]:
    """Lower-case forms of the states' names, demonyms and capitals that stand for one state
    only, and are no common English word in capitals ("TURKEY", "CHAD", "JORDAN")."""
    found: dict[str, dict[str, tuple[NameRef, ...]]] = {}
    for phrase, refs in kb.names.items():
        if refs and all(r.id.startswith("state:") and r.type != "block" for r in refs):
            found.setdefault(phrase.lower(), {})[phrase] = refs
    return {
        lower: next(iter(spellings))
        for lower, spellings in found.items()
        if len(set(spellings.values())) == 1
        and len(lower) >= _MIN_CASED
        and lower not in kb.common_word_names
    }


@lru_cache(maxsize=1)
def _tokenizer() -> Any:
    """A plain English tokenizer (the same rules as the English pipelines) for KB phrases."""
    from spacy.lang.en import English

    return English().tokenizer


# ----------------------------------------------------------------------------- loading


def load_actor_kb(extra: Sequence[str | Path] = ()) -> ActorKB:
    """Load the curated actor KB plus user files ``extra`` (later files win); cached per list."""
    return _load(tuple(str(Path(p)) for p in extra))


@lru_cache(maxsize=8)
def _load(extra: tuple[str, ...]) -> ActorKB:
    raw = _RawKB()
    raw.read_yaml(DATA_DIR / "states.yaml")
    raw.read_yaml(DATA_DIR / "igos.yaml")
    raw.read_yaml(DATA_DIR / "groups.yaml")
    raw.read_yaml(DATA_DIR / "roles.yaml")
    raw.read_yaml(DATA_DIR / "peoples.yaml")
    for tsv in sorted(DATA_DIR.glob("officeholders*.tsv")):  # the main file, then regional ones
        raw.read_officeholders_tsv(tsv)
    for path in extra:
        raw.read_yaml(Path(path), user=True)
    return raw.freeze(extra)


class _RawKB:
    """Mutable staging area while files are read; ``freeze`` turns it into an ActorKB."""

    def __init__(self) -> None:
        self.states: dict[str, dict[str, Any]] = {}
        self.orgs: dict[str, dict[str, Any]] = {}
        self.roles: dict[str, dict[str, Any]] = {}
        self.pairs: dict[str, str] = {}
        self.ethnic: dict[str, dict[str, Any]] = {}
        self.terms: dict[str, list[dict[str, Any]]] = {}
        self.not_actors: list[str] = []
        self.inert_nouns: list[str] = []
        self.place_nouns: list[str] = []
        self.arrival_verbs: list[str] = []
        self.departure_verbs: list[str] = []
        self.return_verbs: list[str] = []
        self.host_nouns: list[str] = []
        self.name_particles: list[str] = []
        self.compass_words: list[str] = []
        self.ally_nouns: list[str] = []
        self.shared_demonyms: dict[str, set[str]] = {}
        self.common_word_names: list[str] = []

    # -- readers

    def read_yaml(self, path: Path, user: bool = False) -> None:
        data = _read_yaml(path)
        known = {
            "states",
            "organisations",
            "roles",
            "pairs",
            "officeholders",
            "not_actors",
            "ethnic_groups",
            "inert_nouns",
            "place_nouns",
            "arrival_verbs",
            "departure_verbs",
            "return_verbs",
            "host_nouns",
            "name_particles",
            "compass_words",
            "ally_nouns",
            "shared_demonyms",
            "common_word_names",
        }
        unknown = set(data) - known
        if unknown:
            raise _error(path, sorted(unknown)[0], f"unknown top-level key; use {sorted(known)}")
        _merge_entries(path, self.states, data.get("states"), _check_state, "states")
        _merge_entries(path, self.orgs, data.get("organisations"), _check_org, "organisations")
        _merge_entries(path, self.roles, data.get("roles"), _check_role, "roles")
        _merge_entries(path, self.ethnic, data.get("ethnic_groups"), _check_ethnic, "ethnic_groups")
        for phrase, kind in _mapping(path, "pairs", data.get("pairs")).items():
            if kind not in PAIR_KINDS:
                raise _error(path, f"pairs/{phrase}", f"must be one of {sorted(PAIR_KINDS)}")
            self.pairs[str(phrase).lower()] = kind
        self.not_actors += _str_list(path, "not_actors", data.get("not_actors"))
        self.inert_nouns += [
            n.lower() for n in _str_list(path, "inert_nouns", data.get("inert_nouns"))
        ]
        self.place_nouns += [
            n.lower() for n in _str_list(path, "place_nouns", data.get("place_nouns"))
        ]
        for key in (
            "arrival_verbs",
            "departure_verbs",
            "return_verbs",
            "host_nouns",
            "name_particles",
            "compass_words",
            "ally_nouns",
            "common_word_names",
        ):
            getattr(self, key).extend(n.lower() for n in _str_list(path, key, data.get(key)))
        for word, codes in _mapping(path, "shared_demonyms", data.get("shared_demonyms")).items():
            where = f"shared_demonyms/{word}"
            self.shared_demonyms.setdefault(str(word), set()).update(_str_list(path, where, codes))
        rows = data.get("officeholders")
        if rows is not None:
            if not isinstance(rows, list):
                raise _error(path, "officeholders", "must be a list of mappings")
            self._add_terms(path, [_check_term(path, i, r) for i, r in enumerate(rows)])

    def read_officeholders_tsv(self, path: Path) -> None:
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except OSError as exc:
            raise KnowledgeError(f"cannot read {path}: {exc}", code="E301") from exc
        body = [ln for ln in lines if ln.strip() and not ln.startswith("#")]
        reader = csv.reader(body, delimiter="\t", quoting=csv.QUOTE_NONE)
        header = tuple(next(reader, ()))
        if header != _TSV_COLUMNS:
            raise _error(path, "header", f"columns must be {'<TAB>'.join(_TSV_COLUMNS)}")
        rows = []
        for n, cells in enumerate(reader, start=1):
            if len(cells) != len(_TSV_COLUMNS):
                raise _error(path, f"row {n}", f"needs {len(_TSV_COLUMNS)} tab-separated cells")
            rows.append(_check_term(path, n, dict(zip(_TSV_COLUMNS, cells, strict=True))))
        self._add_terms(path, rows, replace=False)

    def _add_terms(self, path: Path, rows: list[dict[str, Any]], replace: bool = True) -> None:
        if replace:
            for name in {r["name"] for r in rows}:
                self.terms.pop(name, None)
        for row in rows:
            self.terms.setdefault(row["name"], []).append(row)

    # -- freezing

    def freeze(self, sources: tuple[str, ...]) -> ActorKB:
        self._add_pycountry()
        states = {code: _make_state(code, e) for code, e in self.states.items()}
        orgs = {key: _make_org(key, e) for key, e in self.orgs.items()}
        roles = {p: _make_role(p, e) for p, e in self.roles.items()}
        persons = {}
        for name, rows in self.terms.items():
            person = _make_person(name, rows)
            persons[person.key] = person
        ethnic = {key: _make_ethnic(key, e) for key, e in self.ethnic.items()}
        for group in ethnic.values():
            for home in group.homes:
                if home not in states:
                    raise KnowledgeError(
                        f"ethnic group {group.key!r}: home {home!r} is not a known state",
                        code="E303",
                    )
        names = _index_names(states, orgs, persons, self.not_actors, ethnic)
        for word, codes in self.shared_demonyms.items():
            if unknown := sorted(codes - set(states)):
                raise KnowledgeError(
                    f"shared demonym {word!r}: {unknown[0]!r} is not a known state", code="E303"
                )
        return ActorKB(
            states=MappingProxyType(states),
            orgs=MappingProxyType(orgs),
            persons=MappingProxyType(persons),
            roles=MappingProxyType(roles),
            pairs=MappingProxyType(dict(self.pairs)),
            names=MappingProxyType(names),
            sources=sources,
            ethnic=MappingProxyType(ethnic),
            inert_nouns=frozenset(self.inert_nouns),
            place_nouns=frozenset(self.place_nouns),
            arrival_verbs=frozenset(self.arrival_verbs),
            departure_verbs=frozenset(self.departure_verbs),
            return_verbs=frozenset(self.return_verbs),
            host_nouns=frozenset(self.host_nouns),
            name_particles=frozenset(self.name_particles),
            compass_words=frozenset(self.compass_words),
            ally_nouns=frozenset(self.ally_nouns),
            common_word_names=frozenset(self.common_word_names),
            shared_demonyms=MappingProxyType(
                {w: frozenset(c) for w, c in self.shared_demonyms.items()}
            ),
        )

    def _add_pycountry(self) -> None:
        """Every ISO country gets its pycountry names unless a curated state already uses them."""
        import pycountry

        curated = {
            n for e in self.states.values() for n in [e.get("name", ""), *e.get("names", ())]
        }
        for country in pycountry.countries:
            entry = self.states.setdefault(country.alpha_3, {})
            generated = [
                getattr(country, "common_name", None),
                country.name,
                getattr(country, "official_name", None),
            ]
            usable = [n for n in generated if n and "," not in n and "(" not in n]
            entry.setdefault("name", usable[0] if usable else country.name)
            extra = [n for n in usable if n not in curated]
            entry["names"] = list(dict.fromkeys([*entry.get("names", ()), *extra]))


# ----------------------------------------------------------------------------- validation


def _read_yaml(path: Path) -> dict[str, Any]:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise KnowledgeError(f"cannot read actor file {path}: {exc}", code="E301") from exc
    try:
        data = yaml.load(text, Loader=_Loader)
    except yaml.YAMLError as exc:
        raise KnowledgeError(f"{path}: not valid YAML: {exc}", code="E302") from exc
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise _error(path, "(top level)", "must be a mapping of sections")
    return data


def _error(path: Path, entry: str, message: str) -> KnowledgeError:
    return KnowledgeError(f"{path}: entry {entry!r}: {message}", code="E303")


def _mapping(path: Path, where: str, value: Any) -> dict[str, Any]:
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise _error(path, where, "must be a mapping")
    return value


def _str_list(path: Path, where: str, value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str) or not isinstance(value, list):
        raise _error(path, where, "must be a list of strings")
    if not all(isinstance(v, str) and v.strip() for v in value):
        raise _error(path, where, "must be a list of non-empty strings")
    return [v.strip() for v in value]


def _merge_entries(
    path: Path, table: dict[str, dict[str, Any]], section: Any, check: Any, where: str
) -> None:
    for key, entry in _mapping(path, where, section).items():
        checked = check(path, f"{where}/{key}", key, entry)
        table.setdefault(str(key) if where != "roles" else str(key).lower(), {}).update(checked)


def _check_fields(path: Path, where: str, entry: Any, allowed: set[str]) -> dict[str, Any]:
    if not isinstance(entry, dict):
        raise _error(path, where, "must be a mapping of fields")
    unknown = set(entry) - allowed
    if unknown:
        raise _error(path, where, f"unknown field {sorted(unknown)[0]!r}; use {sorted(allowed)}")
    return dict(entry)


def _check_role_code(path: Path, where: str, role: Any, allow_none: bool = False) -> None:
    if role is None and allow_none:
        return
    if role not in ROLE_CODES:
        raise _error(path, where, f"role {role!r} is not one of {sorted(ROLE_CODES)}")


def _check_state(path: Path, where: str, key: Any, entry: Any) -> dict[str, Any]:
    if not (isinstance(key, str) and re.fullmatch(r"[A-Z]{3}", key)):
        raise _error(path, where, "state id must be an ISO 3166 alpha-3 code like RUS")
    out = _check_fields(path, where, entry, {"name", "names", "adjectives", "people", "metonyms"})
    if "name" in out and not (isinstance(out["name"], str) and out["name"].strip()):
        raise _error(path, where, "name must be a non-empty string")
    for f in ("names", "adjectives", "people"):
        if f in out:
            out[f] = _str_list(path, f"{where}/{f}", out[f])
    if "metonyms" in out:
        out["metonyms"] = _check_metonyms(path, f"{where}/metonyms", out["metonyms"])
    return out


def _check_metonyms(path: Path, where: str, value: Any) -> list[tuple[str, str]]:
    if not isinstance(value, list):
        raise _error(path, where, "must be a list of names or {name, role} mappings")
    out = []
    for item in value:
        if isinstance(item, str) and item.strip():
            out.append((item.strip(), "GOV"))
        elif isinstance(item, dict) and isinstance(item.get("name"), str):
            _check_role_code(path, where, item.get("role", "GOV"))
            out.append((item["name"].strip(), item.get("role", "GOV")))
        else:
            raise _error(path, where, f"bad metonym {item!r}")
    return out


def _check_org(path: Path, where: str, key: Any, entry: Any) -> dict[str, Any]:
    allowed = {"code", "name", "names", "role", "kind", "titles", "metonyms", "homes"}
    out = _check_fields(path, where, entry, allowed)
    if any(not re.fullmatch(r"[A-Z]{3}", str(h)) for h in out.get("homes", ())):
        raise _error(path, where, "homes must be ISO 3166 alpha-3 codes like IRQ")
    for f in ("names", "titles", "metonyms", "homes"):
        if f in out:
            out[f] = _str_list(path, f"{where}/{f}", out[f])
    if "role" in out:
        _check_role_code(path, where, out["role"])
    if "kind" in out and out["kind"] not in KINDS:
        raise _error(path, where, f"kind must be one of {sorted(KINDS)}")
    if "code" in out and not (isinstance(out["code"], str) and out["code"].strip()):
        raise _error(path, where, "code must be a non-empty string")
    return out


def _check_ethnic(path: Path, where: str, key: Any, entry: Any) -> dict[str, Any]:
    out = _check_fields(path, where, entry, {"name", "names", "homes"})
    for f in ("names", "homes"):
        if f in out:
            out[f] = _str_list(path, f"{where}/{f}", out[f])
    if any(not re.fullmatch(r"[A-Z]{3}", h) for h in out.get("homes", ())):
        raise _error(path, where, "homes must be ISO 3166 alpha-3 codes like IRQ")
    return out


def _make_ethnic(key: str, e: dict[str, Any]) -> EthnicEntry:
    name = e.get("name") or key
    return EthnicEntry(
        key=key,
        name=name,
        names=tuple(dict.fromkeys([name, *e.get("names", ())])),
        homes=tuple(dict.fromkeys(e.get("homes", ()))),
    )


_ROLE_FLAGS = (
    "person",
    "title",
    "leader",
    "context",
    "abroad",
    "noun_only",
    "other",
    "weapon",
    "speaks_for",
    "of_side",
    "proper",
    "outsider",
)


def _check_role(path: Path, where: str, key: Any, entry: Any) -> dict[str, Any]:
    allowed = {"role", "means", *_ROLE_FLAGS}
    out = _check_fields(path, where, entry, allowed)
    _check_role_code(path, where, out.get("role"))
    for flag in _ROLE_FLAGS:
        if flag in out and not isinstance(out[flag], bool):
            raise _error(path, where, f"{flag} must be true or false")
    return out


def _check_term(path: Path, n: int, row: Any) -> dict[str, Any]:
    where = f"officeholders/{n}"
    if not isinstance(row, dict):
        raise _error(path, where, "must be a mapping")
    where = f"officeholders/{row.get('name') or n}"
    out = _check_fields(path, where, row, set(_TSV_COLUMNS))
    name = out.get("name")
    if not (isinstance(name, str) and name.strip()):
        raise _error(path, where, "name is required")
    aliases = out.get("aliases") or []
    if isinstance(aliases, str):
        aliases = [a for a in aliases.split("|") if a.strip()]
    out["aliases"] = _str_list(path, f"{where}/aliases", aliases)
    if not (isinstance(out.get("code"), str) and out["code"].strip()):
        raise _error(path, where, "code is required")
    _check_role_code(path, where, out.get("role"))
    if not (isinstance(out.get("office"), str) and out["office"].strip()):
        raise _error(path, where, "office is required")
    for f in ("from", "to"):
        value = out.get(f)
        value = "" if value is None else str(value)  # YAML may read dates as date objects
        if f == "from" and not value:
            raise _error(path, where, "from (YYYY-MM-DD) is required")
        if value and not _DATE.match(value):
            raise _error(path, where, f"{f} must be YYYY-MM-DD, got {value!r}")
        out[f] = value or None
    if out["to"] and out["to"] <= out["from"]:
        raise _error(path, where, "to must be after from")
    out["name"] = name.strip()
    out["office"] = out["office"].strip().lower()
    return out


# ----------------------------------------------------------------------------- building


def _make_state(code: str, e: dict[str, Any]) -> StateEntry:
    adjectives = tuple(dict.fromkeys(e.get("adjectives", ())))
    generated = [a + "s" for a in adjectives if a.endswith(("an", "i"))]
    people = tuple(dict.fromkeys([*e.get("people", ()), *generated]))
    return StateEntry(
        code=code,
        name=e.get("name", code),
        names=tuple(dict.fromkeys(e.get("names", ()))),
        adjectives=adjectives,
        people=people,
        metonyms=tuple(dict.fromkeys(tuple(m) for m in e.get("metonyms", ()))),
    )


def _make_org(key: str, e: dict[str, Any]) -> OrgEntry:
    name = e.get("name") or key
    return OrgEntry(
        key=key,
        code=e.get("code", key),
        name=name,
        names=tuple(dict.fromkeys(e.get("names") or [name])),
        role=e.get("role", "IGO"),
        kind=e.get("kind", "organisation"),
        titles=tuple(e.get("titles", ())),
        metonyms=tuple(e.get("metonyms", ())),
        homes=tuple(dict.fromkeys(e.get("homes", ()))),
    )


def _make_role(phrase: str, e: dict[str, Any]) -> RoleWord:
    return RoleWord(
        phrase=phrase,
        role=e["role"],
        person=bool(e.get("person", False) or e.get("title", False)),
        title=bool(e.get("title", False)),
        leader=bool(e.get("leader", False)),
        context=bool(e.get("context", False)),
        means=e.get("means"),
        abroad=bool(e.get("abroad", False)),
        noun_only=bool(e.get("noun_only", False)),
        other=bool(e.get("other", False)),
        weapon=bool(e.get("weapon", False)),
        speaks_for=bool(e.get("speaks_for", False)),
        of_side=bool(e.get("of_side", False)),
        proper=bool(e.get("proper", False)),
        outsider=bool(e.get("outsider", False)),
    )


def person_key(name: str) -> str:
    """A stable key for a person's name: ASCII-folded, lower case, words joined by '-'."""
    folded = fold_ascii(name).lower()
    return "-".join(re.findall(r"[a-z0-9]+", folded))


def _make_person(name: str, rows: list[dict[str, Any]]) -> PersonEntry:
    aliases = dict.fromkeys(a for r in rows for a in r["aliases"] if a != name)
    terms = tuple(
        sorted(
            (Term(r["code"], r["role"], r["office"], r["from"], r["to"]) for r in rows),
            key=lambda t: t.start,
        )
    )
    return PersonEntry(key=person_key(name), name=name, aliases=tuple(aliases), terms=terms)


def fold_ascii(text: str) -> str:
    """Drop accents ("Erdoğan" -> "Erdogan") so plain-ASCII spellings match too."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("ı", "i")


def _variants(phrase: str) -> Iterable[str]:
    """The phrase as written, ASCII-folded, with a typographic apostrophe for a straight one
    ("Côte d’Ivoire": news sites curl them), and with a lower-case leading "the"."""
    spellings = [phrase, fold_ascii(phrase)]
    spellings += [p.replace("'", "\u2019") for p in spellings if "'" in p]
    for p in dict.fromkeys(spellings):
        yield p
        if p.startswith("The ") and len(p) > 4:
            yield "the " + p[4:]


def _index_names(
    states: Mapping[str, StateEntry],
    orgs: Mapping[str, OrgEntry],
    persons: Mapping[str, PersonEntry],
    not_actors: Sequence[str],
    ethnic: Mapping[str, EthnicEntry] | None = None,
) -> dict[str, tuple[NameRef, ...]]:
    index: dict[str, dict[NameRef, None]] = {}

    def add(phrase: str, ref: NameRef) -> None:
        for variant in _variants(phrase.strip()):
            index.setdefault(variant, {})[ref] = None

    for s in states.values():
        for n in (s.name, *s.names):
            add(n, NameRef("state", s.id))
        for a in s.adjectives:
            if a not in s.names and a != s.name:
                add(a, NameRef("adjective", s.id))
        for plural in s.people:
            add(plural, NameRef("people", s.id))
        for m, role in s.metonyms:
            add(m, NameRef("metonym", s.id, role))
    for o in orgs.values():
        for n in (o.name, *o.names):
            add(n, NameRef("org", o.id))
        for m in o.metonyms:
            add(m, NameRef("metonym", o.id, o.role))
    for person in persons.values():
        for n in (person.name, *person.aliases):
            add(n, NameRef("person", person.id))
    for group in (ethnic or {}).values():
        for n in group.names:
            add(n, NameRef("ethnic", group.id))
    for phrase in not_actors:
        add(phrase, NameRef("block", "block"))
    return {k: tuple(v) for k, v in index.items()}


__all__ = [
    "ActorKB",
    "ActorMatchers",
    "EthnicEntry",
    "NameRef",
    "OrgEntry",
    "PersonEntry",
    "ROLE_CODES",
    "RoleWord",
    "StateEntry",
    "Term",
    "build_matchers",
    "fold_ascii",
    "load_actor_kb",
    "person_key",
]
