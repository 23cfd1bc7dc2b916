"""Map the actor codes and event labels of third-party gold files to eventwire's codes.

Gold files written for other coders speak other dialects; ``eventwire eval`` scores them in the
codes of FORMAT.md (ISO alpha-3 states, short IGO codes, one role, PLOVER 2021 types). All
tables live in ``knowledge/data/eval_codes.yaml``; the rules that read them are here:

* A code FORMAT.md uses (ISO alpha-3, ``XKX``, ``UN``, ``NATO``...) maps to itself.
* Old CAMEO country codes map to ISO (``JAP`` -> ``JPN``, ``ITL`` -> ``ITA``, ``VTN`` -> ``VNM``
  are the ones the PLOVER GSR uses; the yaml lists the other usual legacy codes).
* PETRARCH composite codes are 3-letter chunks: a country or prefix, then role and group
  chunks. ``USAGOV`` -> (``USA``, ``GOV``); ``PSEGZACVL`` -> (``PSE``, ``CVL``) (the first chunk
  that is a role wins); ``IGOUNO`` -> (``UN``, ``IGO``); ``IGOUNOMIL`` -> (``UN``, ``MIL``);
  ``IGOEUREEC`` -> (``EU``, ``IGO``); ``---REB`` -> (None, ``REB``); ``IMGMUSISI`` -> (None, ``REB``).
* Generic codes that name no country (``IGO``, ``NGO``, ``IMG``, ``---``) give code None: the
  scorer reads a None gold actor as "any actor". The PLOVER GSR codes every IGO as bare
  ``IGO``; :func:`resolve_actor` then looks the organisation up by name in the actor text.
* PLOVER 0.5 labels map to PLOVER 2021 types (``DEMAND`` -> ``REQUEST``, ``DISAPPROVE`` and
  ``INVESTIGATE`` -> ``ACCUSE``, ``FIGHT`` -> ``ASSAULT``; the others are unchanged).
* An unknown code is returned unchanged (upper-cased), so it can still match itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import pycountry
import yaml

from eventwire.errors import KnowledgeError

_DATA_FILE = "eval_codes.yaml"
_CHUNK = 3


@dataclass(frozen=True)
class CodeTables:
    """The mapping tables of eval_codes.yaml, loaded once."""

    known: frozenset[str]  # codes kept as they are (ISO alpha-3 + FORMAT.md's other codes)
    cameo_countries: dict[str, str]
    generic: dict[str, str | None]
    igo_chunks: dict[str, str]
    igo_names: tuple[tuple[re.Pattern[str], str, int], ...]  # (pattern, code, name length)
    roles: dict[str, str | None]
    plover_types: dict[str, str]


def _section(data: dict[str, Any], name: str, kind: type) -> Any:
    """One section of the yaml, checked for its type so a bad edit fails loudly."""
    value = data.get(name)
    if not isinstance(value, kind):
        raise KnowledgeError(f"{_DATA_FILE}: section '{name}' must be a {kind.__name__}")
    return value


def _upper_map(raw: dict[Any, Any]) -> dict[str, Any]:
    return {str(k).upper(): (None if v is None else str(v)) for k, v in raw.items()}


def _name_patterns(raw: dict[str, list[str]]) -> tuple[tuple[re.Pattern[str], str, int], ...]:
    """Whole-word, case-insensitive patterns for each IGO name."""
    out = []
    for code, names in raw.items():
        for name in names:
            text = str(name).lower()
            pattern = re.compile(rf"(?<!\w){re.escape(text)}(?!\w)")
            out.append((pattern, str(code), len(text)))
    return tuple(out)


@cache
def tables() -> CodeTables:
    """Load eval_codes.yaml (cached): the single source of every mapping in this module."""
    try:
        text = (
            resources.files("eventwire")
            .joinpath("knowledge", "data", _DATA_FILE)
            .read_text(encoding="utf-8")
        )
        data = yaml.safe_load(text)
    except (OSError, yaml.YAMLError) as exc:
        raise KnowledgeError(f"cannot read {_DATA_FILE}: {exc}") from exc
    if not isinstance(data, dict):
        raise KnowledgeError(f"{_DATA_FILE}: top level must be a mapping")
    iso = {c.alpha_3 for c in pycountry.countries}
    fmt = {str(c).upper() for c in _section(data, "format_codes", list)}
    return CodeTables(
        known=frozenset(iso | fmt),
        cameo_countries=_upper_map(_section(data, "cameo_countries", dict)),
        generic=_upper_map(_section(data, "generic_codes", dict)),
        igo_chunks=_upper_map(_section(data, "igo_chunks", dict)),
        igo_names=_name_patterns(_section(data, "igo_names", dict)),
        roles=_upper_map(_section(data, "roles", dict)),
        plover_types=_upper_map(_section(data, "plover_types", dict)),
    )


def normalise_role(role: str | None) -> str | None:
    """A CAMEO role chunk or PLOVER sector ("CVLalb", "COP") as a FORMAT.md role, or None."""
    if not role:
        return None
    key = role.strip()[:_CHUNK].upper()
    return tables().roles.get(key)


def _chunks(code: str) -> list[str]:
    return [code[i : i + _CHUNK] for i in range(0, len(code), _CHUNK)]


def _first_role(chunks: list[str]) -> str | None:
    """The first chunk that is a role: PETRARCH lists the primary role first."""
    roles = tables().roles
    for chunk in chunks:
        if chunk in roles and roles[chunk] is not None:
            return roles[chunk]
    return None


def _igo_code(chunks: list[str]) -> str | None:
    """The organisation an IGO composite names: the most specific (last) chunk that is known."""
    igo = tables().igo_chunks
    for chunk in reversed(chunks):
        if chunk in igo:
            return igo[chunk]
    return None


def _country(prefix: str) -> str | None:
    t = tables()
    if prefix in t.cameo_countries:
        return t.cameo_countries[prefix]
    if prefix in t.known and len(prefix) == _CHUNK:
        return prefix
    return None


def normalise_actor_code(code: str | None) -> tuple[str | None, str | None]:
    """(code, role) in FORMAT.md's codes for a CAMEO, PETRARCH or PLOVER actor code.

    ``"USAGOV"`` -> ``("USA", "GOV")``; ``"JAP"`` -> ``("JPN", None)``; ``"IGOUNO"`` ->
    ``("UN", "IGO")``; ``"---REB"`` -> ``(None, "REB")``; ``None`` or ``""`` -> ``(None, None)``.
    """
    if code is None:
        return None, None
    norm = code.strip().upper()
    if not norm:
        return None, None
    t = tables()
    if norm in t.known:
        return norm, None
    if norm in t.cameo_countries:
        return t.cameo_countries[norm], None
    chunks = _chunks(norm)
    head, rest = chunks[0], chunks[1:]
    if head == "IGO" and rest:
        return _igo_code(rest), _first_role(rest) or "IGO"
    if head in t.generic:
        return None, _first_role(rest) or t.generic[head]
    country = _country(head)
    if country is not None and len(norm) % _CHUNK == 0:
        return country, _first_role(rest)
    return norm, None


def igo_from_name(text: str | None) -> str | None:
    """The IGO a name refers to ("U.N. Security Council" -> "UN"); the longest name wins."""
    if not text:
        return None
    lowered = " ".join(text.lower().split())
    best: tuple[int, str] | None = None
    for pattern, code, length in tables().igo_names:
        if (best is None or length > best[0]) and pattern.search(lowered):
            best = (length, code)
    return best[1] if best else None


def resolve_actor(
    code: str | None, text: str | None = None, sector: str | None = None
) -> tuple[str | None, str | None]:
    """(code, role) of a gold actor, using its text where the code names no organisation.

    A PLOVER GSR actor coded bare ``IGO`` becomes the IGO its text names, if any; a PLOVER
    sector, when given, sets the role.
    """
    norm, role = normalise_actor_code(code)
    if norm is None and role == "IGO":
        norm = igo_from_name(text)
    sector_role = normalise_role(sector)
    return norm, sector_role or role


def plover_type(label: str | None) -> str | None:
    """A PLOVER 0.5 (or 2021) event label as a PLOVER 2021 type; unknown labels pass through."""
    if not label:
        return None
    key = label.strip().upper()
    return tables().plover_types.get(key, key)


__all__ = [
    "CodeTables",
    "igo_from_name",
    "normalise_actor_code",
    "normalise_role",
    "plover_type",
    "resolve_actor",
    "tables",
]
