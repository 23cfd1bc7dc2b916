"""Event dates: find date expressions, resolve them against the publication date, attach them.

News dates are mostly relative ("on Tuesday", "last week", "in March"), so each expression is
resolved against the article's publication date: a weekday or a month without a year is the most
recent one on or before publication (news reports what happened), unless the governing verb looks
forward ("will meet on Tuesday", "is expected to resume in March"), then it is the next one.
Durations ("24 years", "decades") are not dates and are skipped.

``find_dates`` reads spaCy's DATE entities (and TIME entities that carry a day word, like "late
Wednesday"); ``resolve_date_text`` is the pure resolver behind it; ``event_date`` picks the
expression attached to an event trigger's clause; ``is_background`` says whether an event date
lies clearly before publication.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from importlib import resources
from typing import Any, NamedTuple

import yaml
from spacy.tokens import Doc, Span, Token

from eventwire.errors import KnowledgeError
from eventwire.extract.types import DateExpr

__all__ = [
    "Resolved",
    "event_date",
    "find_dates",
    "is_background",
    "parse_published",
    "resolve_date_text",
]

BACKGROUND_DAYS = 60  # an event this many days before publication is background
_DAY_WORD_LABELS = ("DATE", "TIME")
_SUPPORTED_DEPS = ("dobj", "nsubjpass", "nsubj", "attr")


class Resolved(NamedTuple):
    """A resolved date expression: ISO prefix (or None when it needs a missing publication date),
    its precision (day | month | year) and relation (point | since | until | range)."""

    date: str | None
    precision: str | None
    relation: str


@dataclass(frozen=True, slots=True)
class _Words:
    """The word lists of knowledge/data/dates.yaml, read once."""

    months: dict[str, int]
    weekdays: dict[str, int]
    relative_days: dict[str, int]
    parts_of_day: frozenset[str]
    duration_units: dict[str, str]
    quantity_words: dict[str, int]
    relation_words: dict[str, str]
    period_anchors: dict[str, int]
    future_modifiers: frozenset[str]
    past_modifiers: frozenset[str]
    future_aux: frozenset[str]
    future_heads: frozenset[str]
    support_verbs: frozenset[str]


@lru_cache(maxsize=1)
def _words() -> _Words:
    """Load dates.yaml once; a malformed file is a KnowledgeError, not a silent default."""
    path = resources.files("eventwire.knowledge") / "data" / "dates.yaml"
    try:
        raw: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
        return _Words(
            months={str(k): int(v) for k, v in raw["months"].items()},
            weekdays={str(k): int(v) for k, v in raw["weekdays"].items()},
            relative_days={str(k): int(v) for k, v in raw["relative_days"].items()},
            parts_of_day=frozenset(raw["parts_of_day"]),
            duration_units={str(k): str(v) for k, v in raw["duration_units"].items()},
            quantity_words={str(k): int(v) for k, v in raw["quantity_words"].items()},
            relation_words={str(k): str(v) for k, v in raw["relation_words"].items()},
            period_anchors={str(k): int(v) for k, v in raw["period_anchors"].items()},
            future_modifiers=frozenset(raw["future_modifiers"]),
            past_modifiers=frozenset(raw["past_modifiers"]),
            future_aux=frozenset(raw["future_aux"]),
            future_heads=frozenset(raw["future_heads"]),
            support_verbs=frozenset(raw["support_verbs"]),
        )
    except (OSError, KeyError, TypeError, ValueError, AttributeError, yaml.YAMLError) as exc:
        raise KnowledgeError(f"cannot read {path}: {exc}; restore the file", code="E301") from exc


# ---------------------------------------------------------------------------------------------
# Publication date and calendar helpers


def parse_published(published: str | None) -> date | None:
    """Read an ISO publication date ("2024-06-19", or a timestamp that starts with one)."""
    if not published:
        return None
    try:
        return date.fromisoformat(published.strip()[:10])
    except ValueError:
        return None


def _iso_day(d: date) -> str:
    return d.isoformat()


def _iso_month(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def _shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def _valid_day(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _plausible_year(n: int) -> bool:
    return 1000 <= n <= 2199


# ---------------------------------------------------------------------------------------------
# The resolver: text -> Resolved

_ISO_DAY = re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b")
_ISO_OR_RANGE = re.compile(r"\b(\d{4})\s*[-–—/]\s*(\d{2}|\d{4})\b")
_NUMERIC_DAY = re.compile(r"\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b")
_DECADE = re.compile(r"\b(\d{3}0)'?s\b")
_WORD = re.compile(r"\d+(?:st|nd|rd|th)?|[a-z]+|'")


def _tokens(text: str) -> list[str]:
    """Lowercase words and numbers; ordinal suffixes and possessives are dropped."""
    low = text.lower().replace("\u2019", "'")
    out: list[str] = []
    for w in _WORD.findall(low):
        if w == "'":
            continue
        if w[0].isdigit():
            w = re.sub(r"(st|nd|rd|th)$", "", w)
        out.append(w)
    return out


def _numbers(words: list[str]) -> list[int]:
    return [int(w) for w in words if w.isdigit()]


def resolve_date_text(
    text: str,
    published: str | date | None,
    *,
    future: bool = False,
    relation: str | None = None,
) -> Resolved | None:
    """Resolve one date expression; None when it is not a date (a duration, a vague word).

    ``future`` says the governing verb looks forward, so a bare weekday or month is the next
    one instead of the last one. ``relation`` (since/until) may come from a word just before
    the expression; words inside it ("since 2006") set it too.
    """
    pub = published if isinstance(published, date) else parse_published(published)
    words = _tokens(text)
    if not words:
        return None
    rel = _relation_in(words) or relation or "point"
    for step in (_numeric_forms, _word_forms):
        try:
            got = step(text, words, pub, future, rel)
        except (OverflowError, ValueError):  # arithmetic past year 1 or 9999: not a date
            return None
        if got is not None:
            return got if got.date is None or _valid_iso(got.date) else None
    return None


def _valid_iso(value: str) -> bool:
    """A plausible ISO date prefix; arithmetic that ran before year 1 gives "-…": invalid."""
    try:
        parts = [int(p) for p in value.split("-")]
    except ValueError:
        return False
    if not _plausible_year(parts[0]):
        return False
    if len(parts) == 1:
        return True
    if len(parts) == 2:
        return 1 <= parts[1] <= 12
    return _valid_day(*parts) is not None


def _relation_in(words: list[str]) -> str | None:
    """A relation word at the start of the expression ("since 2006", "until March")."""
    w = _words()
    if w.relation_words.get(words[0]) == "since" and "to" in words:
        return "range"  # "from 2006 to 2010"
    if words[0] == "between" and "and" in words:
        return "range"
    return w.relation_words.get(words[0])


def _numeric_forms(
    text: str, words: list[str], pub: date | None, future: bool, rel: str
) -> Resolved | None:
    """ISO days, numeric days, "1950-53" ranges, ISO months and decades."""
    m = _ISO_DAY.search(text)
    if m:
        d = _valid_day(int(m[1]), int(m[2]), int(m[3]))
        return Resolved(_iso_day(d), "day", rel) if d else None
    m = _NUMERIC_DAY.search(text)
    if m:
        a, b, year = int(m[1]), int(m[2]), int(m[3])
        month, day = (b, a) if a > 12 else (a, b)  # day first only where it must be
        d = _valid_day(year, month, day)
        return Resolved(_iso_day(d), "day", rel) if d else None
    m = _ISO_OR_RANGE.search(text)
    if m and _plausible_year(int(m[1])):
        return _year_pair(m[1], m[2], rel)
    m = _DECADE.search(text)
    if m and _plausible_year(int(m[1])):
        return Resolved(m[1], "year", "range" if rel == "point" else rel)
    return None


def _year_pair(first: str, second: str, rel: str) -> Resolved | None:
    """ "2024-06" is a month; "1950-53" and "2011-12" (second > first's last digits) are ranges."""
    start = int(first)
    if len(second) == 4:
        end = int(second)
        return Resolved(first, "year", "range") if start <= end else None
    tail = int(second)
    if second.startswith("0") or tail <= start % 100:
        if 1 <= tail <= 12:
            return Resolved(_iso_month(start, tail), "month", rel)
        return None
    return Resolved(first, "year", "range")


def _word_forms(
    text: str, words: list[str], pub: date | None, future: bool, rel: str
) -> Resolved | None:
    """Everything said in words, tried from the most to the least specific."""
    w = _words()
    for word in words:
        if word in w.relative_days:
            return _offset_day(pub, w.relative_days[word], rel)
    if "ago" in words:
        return _ago(words, pub, rel)
    if any(x in w.parts_of_day for x in words) and ("this" in words or "last" in words):
        return _offset_day(pub, -1 if "last" in words else 0, rel)  # "last night"
    months = [w.months[x] for x in words if x in w.months and _is_month_word(x, text)]
    if months:
        return _month_form(words, months, pub, future, rel)
    weekdays = [w.weekdays[x] for x in words if x in w.weekdays and _is_weekday_word(x, text)]
    if weekdays:
        return _weekday(weekdays[0], _direction(words, future), pub, rel)
    if "weekend" in words:
        return _weekday(5, _direction(words, future), pub, rel)
    years = [n for n in _numbers(words) if _plausible_year(n)]
    if years:
        relation = "range" if len(years) > 1 and rel == "point" else rel
        return Resolved(str(years[0]), "year", relation)
    return _period(words, pub, rel)


def _is_month_word(word: str, text: str) -> bool:
    """Short month names ("Mar", "Dec") count only with a capital; "may" only as "May"."""
    if len(word) > 3 and word not in ("sept", "june", "july"):
        return True
    return re.search(rf"\b{word.capitalize()}\b|\b{word.upper()}\b", text) is not None


def _is_weekday_word(word: str, text: str) -> bool:
    if len(word) > 5 or word.endswith("day"):
        return True
    return re.search(rf"\b{word.capitalize()}\b|\b{word.upper()}\b", text) is not None


def _direction(words: list[str], future: bool) -> str:
    """ "next"/"coming" force the next one, "last"/"past" the previous one; else the tense."""
    w = _words()
    if any(x in w.future_modifiers for x in words):
        return "next"
    if any(x in w.past_modifiers for x in words):
        return "last"
    return "future" if future else "past"


def _offset_day(pub: date | None, days: int, rel: str) -> Resolved:
    if pub is None:
        return Resolved(None, None, rel)
    return Resolved(_iso_day(pub + timedelta(days=days)), "day", rel)


def _ago(words: list[str], pub: date | None, rel: str) -> Resolved | None:
    """ "two days ago", "a year ago", "three weeks ago"."""
    w = _words()
    units = [w.duration_units[x] for x in words if x in w.duration_units]
    if not units:
        return None
    count = _quantity(words)
    if count is None or count <= 0:
        return None
    if pub is None:
        return Resolved(None, None, rel)
    unit = units[0]
    if unit == "day":
        return Resolved(_iso_day(pub - timedelta(days=count)), "day", rel)
    if unit == "week":
        d = pub - timedelta(days=7 * count)
        return Resolved(_iso_month(d.year, d.month), "month", rel)
    if unit == "month":
        y, m = _shift_month(pub.year, pub.month, -count)
        return Resolved(_iso_month(y, m), "month", rel)
    years = count * {"year": 1, "decade": 10, "century": 100}[unit]
    return Resolved(str(pub.year - years), "year", rel)


def _quantity(words: list[str]) -> int | None:
    w = _words()
    for x in words:
        if x.isdigit():
            return int(x)
        if x in w.quantity_words:
            return w.quantity_words[x] or None
    return None


def _month_form(
    words: list[str], months: list[int], pub: date | None, future: bool, rel: str
) -> Resolved | None:
    """ "3 March 2024", "March 3", "March 2024", "in March", "last March", "March 3-5"."""
    month = months[0]
    numbers = _numbers(words)
    years = [n for n in numbers if _plausible_year(n)]
    days = [n for n in numbers if 1 <= n <= 31]
    relation = rel
    if rel == "point" and (len(days) > 1 or len(months) > 1):
        relation = "range"
    if years:
        if days:
            d = _valid_day(years[0], month, days[0])
            return Resolved(_iso_day(d), "day", relation) if d else None
        return Resolved(_iso_month(years[0], month), "month", relation)
    if pub is None:
        return Resolved(None, None, relation)
    direction = _direction(words, future)
    if days:
        d = _day_month(month, days[0], pub, direction)
        return Resolved(_iso_day(d), "day", relation) if d else None
    year = _month_year(month, pub, direction)
    return Resolved(_iso_month(year, month), "month", relation)


def _day_month(month: int, day: int, pub: date, direction: str) -> date | None:
    """The year of a day-month: the latest not after publication, or the first not before."""
    if direction in ("past", "last"):
        for year in (pub.year, pub.year - 1, pub.year - 2, pub.year - 3, pub.year - 4):
            d = _valid_day(year, month, day)
            if d and (d < pub or (d == pub and direction == "past")):
                return d
        return None
    for year in (pub.year, pub.year + 1, pub.year + 2, pub.year + 3, pub.year + 4):
        d = _valid_day(year, month, day)
        if d and (d > pub or (d == pub and direction == "future")):
            return d
    return None


def _month_year(month: int, pub: date, direction: str) -> int:
    """The year of a bare month ("in March"): the publication month itself counts unless the
    text says "last"/"next"."""
    if direction == "past":
        return pub.year if month <= pub.month else pub.year - 1
    if direction == "last":
        return pub.year if month < pub.month else pub.year - 1
    if direction == "future":
        return pub.year if month >= pub.month else pub.year + 1
    return pub.year if month > pub.month else pub.year + 1


def _weekday(weekday: int, direction: str, pub: date | None, rel: str) -> Resolved:
    """The weekday nearest the publication day in the given direction; the publication day
    itself counts for a plain weekday, not for "last"/"next"."""
    if pub is None:
        return Resolved(None, None, rel)
    back = (pub.weekday() - weekday) % 7
    ahead = (weekday - pub.weekday()) % 7
    if direction == "past":
        d = pub - timedelta(days=back)
    elif direction == "last":
        d = pub - timedelta(days=back or 7)
    elif direction == "future":
        d = pub + timedelta(days=ahead)
    else:
        d = pub + timedelta(days=ahead or 7)
    return Resolved(_iso_day(d), "day", rel)


def _period(words: list[str], pub: date | None, rel: str) -> Resolved | None:
    """ "last week", "this month", "earlier this year", "next year"; other durations are None.

    A week has no precision of its own: it becomes the month of the week's Monday.
    """
    w = _words()
    units = [w.duration_units[x] for x in words if x in w.duration_units]
    anchors = [w.period_anchors[x] for x in words if x in w.period_anchors and x != "past"]
    if not units or not anchors or len(words) > 5 or any(x.isdigit() for x in words):
        return None
    plural = any(x.endswith("s") and x in w.duration_units for x in words)
    if plural or units[0] not in ("week", "month", "year"):
        return None  # "the last three years", "this decade": a stretch, not a point
    if pub is None:
        return Resolved(None, None, rel)
    delta = anchors[0]
    if units[0] == "year":
        return Resolved(str(pub.year + delta), "year", rel)
    if units[0] == "month":
        y, m = _shift_month(pub.year, pub.month, delta)
        return Resolved(_iso_month(y, m), "month", rel)
    monday = pub - timedelta(days=pub.weekday()) + timedelta(days=7 * delta)
    return Resolved(_iso_month(monday.year, monday.month), "month", rel)


# ---------------------------------------------------------------------------------------------
# find_dates: entities -> DateExpr


def find_dates(doc: Doc, published: str | None) -> list[DateExpr]:
    """All date expressions of ``doc``, resolved against ``published`` (ISO day or None).

    Relative expressions get ``date=None`` when there is no publication date; durations and
    vague words ("decades", "24 years", "the time") are left out.
    """
    pub = parse_published(published)
    out: list[DateExpr] = []
    for span in _date_spans(doc):
        relation, span = _with_relation_word(doc, span)
        got = resolve_date_text(span.text, pub, future=_looks_forward(span), relation=relation)
        if got is None:
            continue
        out.append(
            DateExpr(
                start=span.start,
                end=span.end,
                text=span.text,
                date=got.date,
                precision=got.precision,
                relation=got.relation,
            )
        )
    return out


def _date_spans(doc: Doc) -> list[Span]:
    """DATE entities, TIME entities that name a day, and a DATE joined to the part of day after
    it ("Wednesday" + "night")."""
    w = _words()
    day_words = set(w.weekdays) | set(w.relative_days) | {"weekend"}
    spans: list[Span] = []
    for ent in doc.ents:
        if ent.label_ not in _DAY_WORD_LABELS:
            continue
        low = {t.lower_ for t in ent}
        if ent.label_ == "TIME" and not low & day_words:
            if spans and spans[-1].end == ent.start and low <= w.parts_of_day:
                spans[-1] = doc[spans[-1].start : ent.end]
            continue
        spans.append(ent)
    return spans


def _with_relation_word(doc: Doc, span: Span) -> tuple[str | None, Span]:
    """Take a relation word just before the entity into the expression ("since 2006")."""
    if span.start == 0:
        return None, span
    before = doc[span.start - 1]
    rel = _words().relation_words.get(before.lower_)
    if rel is None:
        return None, span
    return rel, doc[span.start - 1 : span.end]


def _governing_verb(span: Span) -> Token | None:
    """The nearest verb above the expression (within its sentence)."""
    tok = span.root
    for _ in range(8):
        head = tok.head
        if head.i == tok.i:
            return tok if tok.pos_ in ("VERB", "AUX") and not _inside(tok, span) else None
        if head.pos_ in ("VERB", "AUX") and not _inside(head, span):
            return head
        tok = head
    return None


def _inside(tok: Token, span: Span) -> bool:
    return span.start <= tok.i < span.end


def _looks_forward(span: Span) -> bool:
    """True when the verb that governs the date speaks of the future: a future auxiliary
    ("will meet"), a to-complement of an expecting verb ("is expected to meet", "plans to"),
    "is to", or a present progressive ("are meeting on Friday")."""
    verb = _governing_verb(span)
    if verb is None:
        return False
    w = _words()
    chain = [verb]
    if verb.dep_ in ("xcomp", "ccomp", "conj") and verb.head.i != verb.i:
        chain.append(verb.head)
    for v in chain:
        for child in v.children:
            if child.dep_ in ("aux", "auxpass") and child.lower_ in w.future_aux:
                return True
    has_to = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    expecting = verb.head.lemma_.lower() in w.future_heads or verb.head.lower_ in ("is", "are")
    if has_to and verb.dep_ in ("xcomp", "ccomp", "advcl", "acl") and expecting:
        return True
    if verb.tag_ == "VBG":
        be = [c for c in verb.children if c.dep_ == "aux" and c.lemma_ == "be"]
        return any(c.tag_ in ("VBZ", "VBP") for c in be)
    return False


# ---------------------------------------------------------------------------------------------
# event_date: attach a date expression to a trigger


def event_date(
    doc: Doc, trigger_i: int, dates: Sequence[DateExpr], published: str | None
) -> tuple[str | None, str | None, str | None, str | None]:
    """(date, precision, date_text, basis) of the event whose trigger is ``doc[trigger_i]``.

    A date attached to the trigger's clause wins (basis "text"); else the publication day
    (basis "published"); with neither, all four are None.
    """
    chosen = _attached_date(doc, trigger_i, dates)
    if chosen is not None:
        return chosen.date, chosen.precision if chosen.date else None, chosen.text, "text"
    pub = parse_published(published)
    if pub is None:
        return None, None, None, None
    return _iso_day(pub), "day", None, "published"


def _attached_date(doc: Doc, trigger_i: int, dates: Sequence[DateExpr]) -> DateExpr | None:
    trigger = doc[trigger_i]
    sent = trigger.sent
    in_sentence = [d for d in dates if sent.start <= d.start < sent.end]
    if not in_sentence:
        return None
    date_tokens = {i for d in in_sentence for i in range(d.start, d.end)}
    heads = _date_heads(trigger)
    best: tuple[int, int, DateExpr] | None = None
    for d in in_sentence:
        if d.start <= trigger_i < d.end:
            continue
        rank = _attachment_rank(doc, d, heads, date_tokens)
        if rank is None:
            continue
        key = (rank + (0 if d.date else 10), abs(d.start - trigger_i))
        if best is None or key < best[:2]:
            best = (*key, d)
    return best[2] if best else None


def _date_heads(trigger: Token) -> dict[int, int]:
    """Tokens a date may attach to for this trigger, with a rank (lower is better): the trigger,
    the support verb of a nominal trigger ("launched an attack"), the first conjunct of a
    coordinated verb ("attacked on Monday and withdrew")."""
    w = _words()
    heads = {trigger.i: 0}
    head = trigger.head
    nominal = trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ in _SUPPORTED_DEPS
    if nominal and head.pos_ in ("VERB", "AUX") and head.lemma_.lower() in w.support_verbs:
        heads.setdefault(head.i, 2)
    if trigger.lemma_.lower() in w.support_verbs:  # "launched an attack on Friday"
        for child in trigger.children:
            if child.dep_ == "dobj":
                heads.setdefault(child.i, 2)
    if trigger.dep_ == "conj" and trigger.pos_ == "VERB" and head.pos_ == "VERB":
        heads.setdefault(head.i, 3)
    return heads


def _attachment_rank(
    doc: Doc, d: DateExpr, heads: dict[int, int], date_tokens: set[int]
) -> int | None:
    """Climb from the date to the trigger through prepositions, adverbs and other date words;
    a verb or a noun on the way means the date belongs to that word instead."""
    span = doc[d.start : d.end]
    tok = span.root
    direct = tok.dep_ in ("npadvmod", "tmod", "pobj", "advmod", "prep", "nummod", "compound")
    for _ in range(8):
        head = tok.head
        if head.i == tok.i:
            return None
        if head.i in heads:
            return heads[head.i] + (0 if direct else 1)
        if head.i in date_tokens or head.pos_ in ("ADP", "ADV", "PART", "SCONJ"):
            tok = head
            continue
        if head.ent_type_ in _DAY_WORD_LABELS:
            tok = head
            continue
        return None
    return None


# ---------------------------------------------------------------------------------------------
# background


def is_background(date_iso: str | None, published: str | None, relation: str = "point") -> bool:
    """True when the event date lies clearly before publication: an earlier year (at year
    precision), a "since" start a year or more back, or more than ~60 days before."""
    pub = parse_published(published)
    if not date_iso or pub is None:
        return False
    parts = [int(p) for p in date_iso.split("-") if p.isdigit()]
    if not parts:
        return False
    if relation == "since":
        start = date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
        return (pub - start).days >= 365
    if len(parts) == 1:
        return parts[0] < pub.year
    if len(parts) == 2:
        y, m = _shift_month(parts[0], parts[1], 1)
        last_day = date(y, m, 1) - timedelta(days=1)
        return (pub - last_day).days > BACKGROUND_DAYS
    event_day = _valid_day(parts[0], parts[1], parts[2])
    return event_day is not None and (pub - event_day).days > BACKGROUND_DAYS
