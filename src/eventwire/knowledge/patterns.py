"""Event-pattern dictionaries: a small phrase language, its parser and the packaged patterns.

``data/verbs.yaml`` maps a CAMEO code to verb phrases, ``data/nouns.yaml`` to nominal phrases.
The event coder matches them on spaCy's dependency parse by lemma, so every word is a lowercase
lemma. Verb phrase grammar (tokens split on spaces)::

    VERB [~PARTICLE] [NOUN] [PREP] [{T} [COMPLEMENT ...]]

* ``VERB`` the verb lemma; ``NOUN`` the lemma of its direct object (light verbs:
  ``impose sanction on {T}``); ``~PARTICLE`` a verb particle (``call ~off strike``);
* ``{T}`` marks the target: right after the verb (or particle) it is the direct object
  (``visit {T}``), after a preposition it is that preposition's object (``travel to {T}``);
* words after ``{T}`` are required complements of the verb (``accuse {T} of``, ``urge {T} to``);
* without ``{T}`` the event has no syntactic target (``protest``, ``call for``,
  ``claim responsibility for``); there a trailing word is read as a preposition when it is one;
* ``a|b`` gives alternatives for the verb, the noun or the preposition.

Noun phrase grammar: ``NOUN [PREP] [{T}]`` (``invasion of {T}``, ``sanction on|against {T}``).

``verbs.yaml`` also has a ``characterize`` key (``describe {T} as``): whether such a phrase is
criticism (111) or a plain statement (010) depends on tone, which the coder decides.

Within one lemma, patterns are sorted most specific first (see ``specificity``), so a coder that
takes the first pattern whose constraints hold gets the most specific reading.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Any

import yaml

from eventwire.errors import KnowledgeError
from eventwire.knowledge.codebook import load_codebook, read_data_file

VERBS_FILE = "verbs.yaml"
NOUNS_FILE = "nouns.yaml"
TARGET = "{T}"
CHARACTERIZE = "characterize"

#: Target kinds of a pattern.
DOBJ, PREP, NONE = "dobj", "prep", "none"

#: English prepositions: the closed word class the phrase grammar needs to tell ``call for``
#: (verb + preposition) from ``hold talk`` (verb + object noun) when a phrase has no ``{T}``, and
#: to catch a noun written where a preposition must stand.
# fmt: off
PREPOSITIONS = frozenset({
    "about", "above", "across", "after", "against", "along", "alongside", "amid", "amidst",
    "among", "around", "as", "at", "before", "behind", "below", "beneath", "beside", "besides",
    "between", "beyond", "by", "concerning", "despite", "down", "during", "except", "for", "from",
    "in", "inside", "into", "like", "near", "of", "off", "on", "onto", "out", "outside", "over",
    "past", "per", "regarding", "since", "through", "throughout", "to", "toward", "towards",
    "under", "until", "unto", "up", "upon", "via", "with", "within", "without",
})
# fmt: on

_WORD = re.compile(r"^[a-z]+$")


@dataclass(frozen=True, slots=True)
class VerbPattern:
    """One verb reading: ``target`` is ``"dobj"``, ``"prep"`` or ``"none"``."""

    code: str
    verb: str
    particle: str | None
    noun: frozenset[str] | None
    prep: frozenset[str] | None
    target: str
    complement: tuple[str, ...]
    phrase: str

    @property
    def specificity(self) -> int:
        """How many constraints the pattern adds to the bare verb; higher is tried first."""
        return (
            (2 if self.noun else 0)
            + (1 if self.particle else 0)
            + (1 if self.prep else 0)
            + (1 if self.target != NONE else 0)
            + len(self.complement)
        )


@dataclass(frozen=True, slots=True)
class NounPattern:
    """One nominal reading: ``target`` is ``"prep"`` or ``"none"``."""

    code: str
    noun: str
    prep: frozenset[str] | None
    target: str
    phrase: str

    @property
    def specificity(self) -> int:
        """How many constraints the pattern adds to the bare noun; higher is tried first."""
        return (1 if self.prep else 0) + (1 if self.target != NONE else 0)


@dataclass(frozen=True, eq=False)
class PatternSet:
    """All patterns, indexed by the lemma a coder sees first (the verb or the event noun)."""

    verbs: Mapping[str, tuple[VerbPattern, ...]]
    nouns: Mapping[str, tuple[NounPattern, ...]]
    characterize: frozenset[str]
    characterize_patterns: Mapping[str, tuple[VerbPattern, ...]] = field(
        default_factory=lambda: MappingProxyType({})
    )

    @property
    def verb_lemmas(self) -> frozenset[str]:
        """Every verb lemma with at least one event pattern (for a lemma Matcher)."""
        return frozenset(self.verbs)

    @property
    def noun_lemmas(self) -> frozenset[str]:
        """Every event-noun lemma."""
        return frozenset(self.nouns)

    def codes(self) -> frozenset[str]:
        """Every CAMEO code some pattern yields."""
        found = {p.code for ps in self.verbs.values() for p in ps}
        return frozenset(found | {p.code for ps in self.nouns.values() for p in ps})


# ----------------------------------------------------------------------------- phrase parsing


class _PhraseError(ValueError):
    """A phrase that breaks the grammar; re-raised as KnowledgeError with file and code."""


def _alternatives(token: str, what: str) -> frozenset[str]:
    words = token.split("|")
    for word in words:
        if not _WORD.match(word):
            raise _PhraseError(f"{what} {word!r} must be a lowercase lemma (a-z only)")
    return frozenset(words)


def _prepositions(token: str) -> frozenset[str]:
    preps = _alternatives(token, "preposition")
    unknown = sorted(preps - PREPOSITIONS)
    if unknown:
        raise _PhraseError(f"{unknown} is not a preposition")
    return preps


def _is_prep_token(token: str) -> bool:
    return all(word in PREPOSITIONS for word in token.split("|"))


def _split_target(tokens: list[str]) -> tuple[list[str], bool, list[str]]:
    """Tokens before ``{T}``, whether ``{T}`` occurs, and the tokens after it."""
    count = tokens.count(TARGET)
    if count > 1:
        raise _PhraseError("more than one {T}")
    if not count:
        return tokens, False, []
    at = tokens.index(TARGET)
    return tokens[:at], True, tokens[at + 1 :]


def _slot_noun_prep(
    slots: list[str], has_target: bool
) -> tuple[frozenset[str] | None, frozenset[str] | None]:
    """Read the words between the verb (or particle) and ``{T}``: ``[NOUN] [PREP]``."""
    if len(slots) > 2:
        raise _PhraseError(f"too many words between the verb and the target: {slots}")
    if len(slots) == 2:
        if _is_prep_token(slots[0]):
            raise _PhraseError(f"{slots[0]!r} stands where the object noun goes")
        return _alternatives(slots[0], "noun"), _prepositions(slots[1])
    if len(slots) == 1:
        if _is_prep_token(slots[0]):
            return None, _prepositions(slots[0])
        noun = _alternatives(slots[0], "noun")
        if has_target:
            raise _PhraseError("an object noun before {T} needs a preposition (hold talk with {T})")
        return noun, None
    return None, None


def parse_verb_phrase(code: str, phrase: str, source: str = "phrase") -> tuple[VerbPattern, ...]:
    """Parse one verb phrase; a verb written ``a|b`` yields one pattern per verb. A phrase that
    breaks the grammar raises ``KnowledgeError`` naming ``source``, code and phrase."""
    try:
        return _parse_verb(code, phrase)
    except _PhraseError as exc:
        raise _located(exc, source, code, phrase) from exc


def parse_noun_phrase(code: str, phrase: str, source: str = "phrase") -> tuple[NounPattern, ...]:
    """Parse one noun phrase (``NOUN [PREP] [{T}]``); ``a|b`` nouns yield one pattern each."""
    try:
        return _parse_noun(code, phrase)
    except _PhraseError as exc:
        raise _located(exc, source, code, phrase) from exc


def _located(exc: _PhraseError, source: str, code: str, phrase: str) -> KnowledgeError:
    return KnowledgeError(f"{source}: code {code}: phrase {phrase!r}: {exc}", code="E312")


def _parse_verb(code: str, phrase: str) -> tuple[VerbPattern, ...]:
    tokens = phrase.split()
    if not tokens:
        raise _PhraseError("empty phrase")
    verbs = _alternatives(tokens[0], "verb")
    before, has_target, after = _split_target(tokens[1:])
    particle = None
    if before and before[0].startswith("~"):
        particle = before[0][1:]
        if not _WORD.match(particle):
            raise _PhraseError(f"particle {particle!r} must be one lowercase word")
        before = before[1:]
    if any(t.startswith("~") for t in before + after):
        raise _PhraseError("a particle (~word) must follow the verb directly")
    if not has_target and after:
        raise _PhraseError("complements need a {T}")
    noun, prep = _slot_noun_prep(before, has_target)
    for word in after:
        if "|" in word or not _WORD.match(word):
            raise _PhraseError(f"complement {word!r} must be one lowercase lemma")
    target = (PREP if prep else DOBJ) if has_target else NONE
    return tuple(
        VerbPattern(code, verb, particle, noun, prep, target, tuple(after), phrase)
        for verb in sorted(verbs)
    )


def _parse_noun(code: str, phrase: str) -> tuple[NounPattern, ...]:
    tokens = phrase.split()
    if not tokens:
        raise _PhraseError("empty phrase")
    nouns = _alternatives(tokens[0], "noun")
    before, has_target, after = _split_target(tokens[1:])
    if after:
        raise _PhraseError("a noun phrase ends at {T}")
    if len(before) > 1:
        raise _PhraseError(f"too many words: {before}")
    prep = _prepositions(before[0]) if before else None
    if has_target and not prep:
        raise _PhraseError("{T} after an event noun needs a preposition (visit to {T})")
    target = PREP if has_target else NONE
    return tuple(NounPattern(code, noun, prep, target, phrase) for noun in sorted(nouns))


# ----------------------------------------------------------------------------- files


def _yaml(text: str, source: str) -> Any:
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise KnowledgeError(f"{source}: not valid YAML: {exc}", code="E310") from exc


def _code_lists(data: Any, source: str, allow: frozenset[str]) -> dict[str, list[str]]:
    """Check the ``code -> [phrase, ...]`` shape of a pattern file."""
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise KnowledgeError(f"{source}: expected a mapping of CAMEO code to phrases", code="E310")
    out: dict[str, list[str]] = {}
    for key, phrases in data.items():
        if not isinstance(key, str):
            raise KnowledgeError(
                f"{source}: key {key!r} must be a quoted string (write '{key:03}' in quotes)"
                if isinstance(key, int)
                else f"{source}: key {key!r} must be a quoted CAMEO code",
                code="E310",
            )
        if not (re.match(r"^\d{2,4}$", key) or key in allow):
            raise KnowledgeError(f"{source}: {key!r} is not a CAMEO code", code="E310")
        if not isinstance(phrases, list) or not all(isinstance(p, str) for p in phrases):
            raise KnowledgeError(f"{source}: code {key}: expected a list of phrases", code="E310")
        out[key] = phrases
    return out


def _check_codes(codes: Iterable[str], source: str) -> None:
    book = load_codebook()
    unknown = sorted(c for c in codes if c not in book and c != CHARACTERIZE)
    if unknown:
        raise KnowledgeError(f"{source}: codes not in the CAMEO codebook: {unknown}", code="E311")


def _parse_all(
    lists: Mapping[str, list[str]], source: str, parse: Any
) -> list[VerbPattern] | list[NounPattern]:
    _check_codes(lists, source)
    out: list[Any] = []
    for code, phrases in lists.items():
        for phrase in phrases:
            out.extend(parse(code, phrase, source))
    _check_conflicts(out, source)
    return out


def _atoms(p: VerbPattern | NounPattern) -> Iterable[tuple[Any, ...]]:
    """The single readings a pattern stands for, to find two codes given to the same reading."""
    if isinstance(p, VerbPattern):
        for noun in sorted(p.noun or {""}):
            for prep in sorted(p.prep or {""}):
                yield ("v", p.verb, p.particle, noun, prep, p.target, p.complement)
    else:
        for prep in sorted(p.prep or {""}):
            yield ("n", p.noun, prep, p.target)


def _check_conflicts(patterns: Sequence[VerbPattern | NounPattern], source: str) -> None:
    seen: dict[tuple[Any, ...], VerbPattern | NounPattern] = {}
    for p in patterns:
        for atom in _atoms(p):
            other = seen.setdefault(atom, p)
            if other.code != p.code:
                raise KnowledgeError(
                    f"{source}: {p.phrase!r} (code {p.code}) and {other.phrase!r} "
                    f"(code {other.code}) give the same reading two codes",
                    code="E313",
                )


def _index(groups: Sequence[Sequence[Any]]) -> Mapping[str, tuple[Any, ...]]:
    """Group patterns by lemma; sort most specific first, later files first on ties, then file
    order."""
    keyed: dict[str, list[tuple[int, int, int, Any]]] = {}
    order = 0
    for rank, group in enumerate(groups):
        for p in group:
            lemma = p.verb if isinstance(p, VerbPattern) else p.noun
            keyed.setdefault(lemma, []).append((-p.specificity, -rank, order, p))
            order += 1
    return MappingProxyType(
        {lemma: tuple(item[3] for item in sorted(items)) for lemma, items in keyed.items()}
    )


def _file_sections(path: Path) -> tuple[Any, Any]:
    try:
        text = path.read_text("utf-8")
    except OSError as exc:
        raise KnowledgeError(f"cannot read pattern file {path}: {exc}", code="E300") from exc
    data = _yaml(text, str(path))
    if data is None:
        return None, None
    if not isinstance(data, dict) or set(data) - {"verbs", "nouns"}:
        raise KnowledgeError(f"{path}: expected top-level keys 'verbs' and/or 'nouns'", code="E310")
    return data.get("verbs"), data.get("nouns")


def build_pattern_set(
    verb_sources: Sequence[tuple[str, Any]], noun_sources: Sequence[tuple[str, Any]]
) -> PatternSet:
    """Parse already-loaded YAML data (``(source name, data)`` pairs, earliest first)."""
    allow = frozenset({CHARACTERIZE})
    verb_groups: list[list[VerbPattern]] = []
    char_groups: list[list[VerbPattern]] = []
    for source, data in verb_sources:
        lists = _code_lists(data, source, allow)
        char = {CHARACTERIZE: lists.pop(CHARACTERIZE)} if CHARACTERIZE in lists else {}
        verb_groups.append(_parse_all(lists, source, parse_verb_phrase))  # type: ignore[arg-type]
        char_groups.append(_parse_all(char, source, parse_verb_phrase))  # type: ignore[arg-type]
    noun_groups = [
        _parse_all(_code_lists(data, source, frozenset()), source, parse_noun_phrase)
        for source, data in noun_sources
    ]
    characterize = _index(char_groups)
    return PatternSet(
        verbs=_index(verb_groups),
        nouns=_index(noun_groups),
        characterize=frozenset(characterize),
        characterize_patterns=characterize,
    )


@lru_cache(maxsize=8)
def _load(extra: tuple[Path, ...]) -> PatternSet:
    verb_sources: list[tuple[str, Any]] = [
        (VERBS_FILE, _yaml(read_data_file(VERBS_FILE), VERBS_FILE))
    ]
    noun_sources: list[tuple[str, Any]] = [
        (NOUNS_FILE, _yaml(read_data_file(NOUNS_FILE), NOUNS_FILE))
    ]
    for path in extra:
        verbs, nouns = _file_sections(path)
        verb_sources.append((str(path), verbs))
        noun_sources.append((str(path), nouns))
    return build_pattern_set(verb_sources, noun_sources)


def load_patterns(extra: Sequence[Path] = ()) -> PatternSet:
    """The packaged verb and noun patterns, plus those of ``extra`` YAML files (each with
    ``verbs:`` and/or ``nouns:`` sections shaped like the packaged files). Patterns of a later
    file are tried before equally specific ones of earlier files. Cached per list of paths."""
    return _load(tuple(Path(p) for p in extra))


__all__ = [
    "CHARACTERIZE",
    "DOBJ",
    "NONE",
    "PREP",
    "PREPOSITIONS",
    "NounPattern",
    "PatternSet",
    "VerbPattern",
    "build_pattern_set",
    "load_patterns",
    "parse_noun_phrase",
    "parse_verb_phrase",
]
