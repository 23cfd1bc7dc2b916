"""The CAMEO codebook: label, Goldstein weight, QuadClass and PLOVER crosswalk of every code.

The data lives in ``data/cameo.tsv`` (codes, labels, Goldstein weights, QuadClass) and
``data/plover.tsv`` (the Open Event Data Alliance CAMEO->PLOVER table, CC BY-SA 4.0); both files
name their sources in their headers. ``load_codebook()`` reads them once per process and checks
them, so a malformed edit fails loudly at start-up instead of producing silently wrong events.

    >>> book = load_codebook()
    >>> book.get("042").label, book.get("042").goldstein, book.get("042").plover
    ('Make a visit', 1.9, 'CONSULT')
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from types import MappingProxyType

from eventwire.errors import KnowledgeError

CAMEO_FILE = "cameo.tsv"
PLOVER_FILE = "plover.tsv"

#: The event types of PLOVER (manual draft 0.8, 2021). The crosswalk also uses ``STATEMENT`` for
#: the CAMEO 01 comments that PLOVER dropped; that one is eventwire's, not PLOVER's.
PLOVER_TYPES = frozenset(
    {
        "AGREE",
        "CONSULT",
        "SUPPORT",
        "CONCEDE",
        "COOPERATE",
        "AID",
        "RETREAT",
        "REQUEST",
        "ACCUSE",
        "REJECT",
        "THREATEN",
        "PROTEST",
        "SANCTION",
        "MOBILIZE",
        "COERCE",
        "ASSAULT",
    }
)
STATEMENT = "STATEMENT"

#: GDELT QuadClass names (GDELT Event Codebook V2.0).
QUAD_CLASSES: Mapping[int, str] = MappingProxyType(
    {
        1: "verbal cooperation",
        2: "material cooperation",
        3: "verbal conflict",
        4: "material conflict",
    }
)

_CODE = re.compile(r"^\d{2,4}$")
_CAMEO_HEADER = ("code", "label", "root", "goldstein", "quad_class")
_PLOVER_HEADER = ("code", "plover_type", "plover_mode", "plover_context")


def quad_class_of_root(root: str) -> int:
    """QuadClass of a CAMEO root: 01-05 verbal coop., 06-09 material coop., 10-14 verbal
    conflict, 15-20 material conflict (the grouping GDELT uses)."""
    number = int(root)
    if not 1 <= number <= 20:
        raise KnowledgeError(f"{root!r} is not a CAMEO root (01..20)", code="E301")
    if number <= 5:
        return 1
    if number <= 9:
        return 2
    return 3 if number <= 14 else 4


@dataclass(frozen=True, slots=True)
class CameoCode:
    """One CAMEO event code with everything an event record needs to say about it."""

    code: str
    label: str
    root: str
    goldstein: float
    quad_class: int
    plover: str
    plover_mode: str | None = None
    plover_context: str | None = None

    @property
    def parent(self) -> str | None:
        """The code one level up (``0211`` -> ``021`` -> ``02``); ``None`` for a root."""
        return None if len(self.code) == 2 else self.code[:-1]

    @property
    def in_plover(self) -> bool:
        """False for the CAMEO comments PLOVER does not code (type ``STATEMENT``)."""
        return self.plover in PLOVER_TYPES


@dataclass(frozen=True, slots=True)
class _PloverRow:
    type: str
    mode: str | None
    context: str | None


class Codebook:
    """Immutable index of CAMEO codes; ``get`` raises ``KnowledgeError`` for an unknown code."""

    __slots__ = ("_by_code", "_codes")

    def __init__(self, codes: Mapping[str, CameoCode]) -> None:
        self._by_code: Mapping[str, CameoCode] = MappingProxyType(dict(codes))
        self._codes = tuple(sorted(self._by_code.values(), key=lambda c: c.code))

    @property
    def codes(self) -> tuple[CameoCode, ...]:
        """All codes, in code order."""
        return self._codes

    def get(self, code: str) -> CameoCode:
        """The entry of ``code`` (surrounding spaces ignored)."""
        entry = self._by_code.get(str(code).strip())
        if entry is None:
            raise KnowledgeError(f"unknown CAMEO code {code!r}", code="E302")
        return entry

    def roots(self) -> tuple[CameoCode, ...]:
        """The twenty two-digit root codes."""
        return tuple(c for c in self._codes if len(c.code) == 2)

    def children(self, code: str) -> tuple[CameoCode, ...]:
        """Codes exactly one level below ``code``."""
        parent = self.get(code).code
        return tuple(c for c in self._codes if c.parent == parent)

    def __contains__(self, code: object) -> bool:
        return isinstance(code, str) and code.strip() in self._by_code

    def __iter__(self) -> Iterator[CameoCode]:
        return iter(self._codes)

    def __len__(self) -> int:
        return len(self._codes)


def _rows(text: str, source: str, header: tuple[str, ...]) -> Iterator[tuple[int, list[str]]]:
    """Data rows of a TSV file: ``#`` comments and blank lines skipped, header checked."""
    seen_header = False
    for number, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        fields = [f.strip() for f in raw.split("\t")]
        if not seen_header:
            if tuple(fields) != header:
                raise KnowledgeError(
                    f"{source}:{number}: expected header {'/'.join(header)}, got {raw!r}",
                    code="E303",
                )
            seen_header = True
            continue
        if len(fields) < len(header):
            fields += [""] * (len(header) - len(fields))
        if len(fields) != len(header):
            raise KnowledgeError(
                f"{source}:{number}: expected {len(header)} tab-separated fields, got {raw!r}",
                code="E303",
            )
        yield number, fields
    if not seen_header:
        raise KnowledgeError(f"{source}: no header line", code="E303")


def _check_code(code: str, source: str, number: int) -> None:
    if not _CODE.match(code):
        raise KnowledgeError(f"{source}:{number}: {code!r} is not a CAMEO code", code="E303")


def parse_cameo_tsv(text: str, source: str = CAMEO_FILE) -> dict[str, tuple[str, str, float, int]]:
    """Parse cameo.tsv into ``code -> (label, root, goldstein, quad_class)``, checking that the
    root is the code's first two digits, the weight lies in [-10, 10] and the quad class is the
    root's."""
    out: dict[str, tuple[str, str, float, int]] = {}
    for number, (code, label, root, goldstein, quad) in _rows(text, source, _CAMEO_HEADER):
        _check_code(code, source, number)
        where = f"{source}:{number}: code {code}"
        if code in out:
            raise KnowledgeError(f"{where} is listed twice", code="E303")
        if not label:
            raise KnowledgeError(f"{where} has no label", code="E303")
        if root != code[:2]:
            raise KnowledgeError(f"{where} has root {root!r}, expected {code[:2]!r}", code="E303")
        try:
            weight, quad_class = float(goldstein), int(quad)
        except ValueError as exc:
            raise KnowledgeError(
                f"{where}: bad goldstein or quad_class ({exc})", code="E303"
            ) from exc
        if not -10.0 <= weight <= 10.0:
            raise KnowledgeError(f"{where}: goldstein {weight} outside [-10, 10]", code="E303")
        if quad_class != quad_class_of_root(root):
            raise KnowledgeError(
                f"{where}: quad_class {quad_class} but root {root} is class "
                f"{quad_class_of_root(root)}",
                code="E303",
            )
        out[code] = (label, root, weight, quad_class)
    return out


def parse_plover_tsv(text: str, source: str = PLOVER_FILE) -> dict[str, _PloverRow]:
    """Parse plover.tsv into ``code -> (type, mode, context)``; empty mode/context -> None."""
    out: dict[str, _PloverRow] = {}
    for number, (code, ptype, mode, context) in _rows(text, source, _PLOVER_HEADER):
        _check_code(code, source, number)
        if code in out:
            raise KnowledgeError(f"{source}:{number}: code {code} is listed twice", code="E303")
        if ptype not in PLOVER_TYPES and ptype != STATEMENT:
            raise KnowledgeError(
                f"{source}:{number}: code {code} has unknown PLOVER type {ptype!r}", code="E303"
            )
        out[code] = _PloverRow(ptype, mode or None, context or None)
    return out


def build_codebook(
    cameo: Mapping[str, tuple[str, str, float, int]], plover: Mapping[str, _PloverRow]
) -> Codebook:
    """Join the two tables. A code without a PLOVER line takes its nearest ancestor's (a 4-digit
    code its 3-digit parent's); a PLOVER line for a code the codebook lacks is an error."""
    stray = sorted(set(plover) - set(cameo))
    if stray:
        raise KnowledgeError(f"{PLOVER_FILE}: codes not in {CAMEO_FILE}: {stray}", code="E304")
    codes: dict[str, CameoCode] = {}
    for code, (label, root, goldstein, quad) in cameo.items():
        row = _nearest(plover, code)
        if row is None:
            raise KnowledgeError(
                f"{PLOVER_FILE}: no PLOVER line for code {code} nor its parents", code="E304"
            )
        codes[code] = CameoCode(code, label, root, goldstein, quad, row.type, row.mode, row.context)
    return Codebook(codes)


def _nearest(plover: Mapping[str, _PloverRow], code: str) -> _PloverRow | None:
    while code:
        if code in plover:
            return plover[code]
        code = code[:-1] if len(code) > 2 else ""
    return None


def read_data_file(name: str) -> str:
    """Text of a file in ``eventwire/knowledge/data`` (works from a wheel or a checkout)."""
    try:
        return resources.files("eventwire.knowledge").joinpath("data", name).read_text("utf-8")
    except OSError as exc:
        raise KnowledgeError(f"cannot read knowledge file {name}: {exc}", code="E300") from exc


@lru_cache(maxsize=1)
def load_codebook() -> Codebook:
    """The codebook of the packaged data files, read and checked once per process."""
    cameo = parse_cameo_tsv(read_data_file(CAMEO_FILE), CAMEO_FILE)
    plover = parse_plover_tsv(read_data_file(PLOVER_FILE), PLOVER_FILE)
    return build_codebook(cameo, plover)


__all__ = [
    "PLOVER_TYPES",
    "QUAD_CLASSES",
    "STATEMENT",
    "CameoCode",
    "Codebook",
    "build_codebook",
    "load_codebook",
    "parse_cameo_tsv",
    "parse_plover_tsv",
    "quad_class_of_root",
    "read_data_file",
]
