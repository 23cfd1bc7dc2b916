"""Read-side helpers: event filters as SQL conditions, time periods, series and clusters.

The SQL part (``event_conditions``) only builds SQLAlchemy expressions; aggregation by period
and by event key is done in Python on the selected rows so that it behaves the same on SQLite
and PostgreSQL (their date and string-aggregation functions differ).
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import ColumnElement, Table, or_

from eventwire.errors import ConfigError
from eventwire.records import Modality

INTERVALS = ("day", "week", "month", "year")
_ISO_PREFIX = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def check_date_bound(value: str | None, name: str) -> str | None:
    """Accept ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``: ISO prefixes compare correctly as text."""
    if value is None:
        return None
    if not _ISO_PREFIX.match(value):
        raise ConfigError(f"{name}={value!r} is not a date: use YYYY, YYYY-MM or YYYY-MM-DD")
    return value


def check_dyad(dyad: tuple[str, str] | None) -> tuple[str, str] | None:
    if dyad is None:
        return None
    if len(dyad) != 2 or not all(isinstance(c, str) and c for c in dyad):
        raise ConfigError(f"dyad={dyad!r}: give two actor codes (SOURCE, TARGET), e.g. RUS UKR")
    return (dyad[0], dyad[1])


def check_modality(modality: str | None) -> str | None:
    if modality is None:
        return None
    try:
        return str(Modality(modality))
    except ValueError:
        allowed = ", ".join(m.value for m in Modality)
        raise ConfigError(f"modality={modality!r} is unknown; use one of: {allowed}") from None


def exclusive_end(until: str) -> str:
    """First date after ``until`` at its own precision, so that ``until`` is inclusive:
    "2024-06" keeps every day of June (bound "2024-07"), "2024" every day of 2024."""
    if len(until) == 4:
        return f"{int(until) + 1:04d}"
    if len(until) == 7:
        year, month = int(until[:4]), int(until[5:7])
        return f"{year + month // 12:04d}-{month % 12 + 1:02d}"
    try:
        return (dt.date.fromisoformat(until) + dt.timedelta(days=1)).isoformat()
    except ValueError:
        raise ConfigError(f"until={until!r} is not a calendar date") from None


def event_conditions(
    events: Table,
    *,
    actor: str | None = None,
    dyad: tuple[str, str] | None = None,
    root: str | None = None,
    since: str | None = None,
    until: str | None = None,
    modality: str | None = None,
) -> list[ColumnElement[bool]]:
    """WHERE conditions on the events table; an event without a date fails any date bound.

    ``actor`` matches the source or the target code, ``dyad`` (A, B) is source A -> target B,
    ``root`` is the two-digit CAMEO root, ``since``/``until`` bound the event date (inclusive).
    """
    c = events.c
    conds: list[ColumnElement[bool]] = []
    if actor:
        conds.append(or_(c.source_code == actor, c.target_code == actor))
    pair = check_dyad(dyad)
    if pair:
        conds.append(c.source_code == pair[0])
        conds.append(c.target_code == pair[1])
    if root:
        conds.append(c.root == root)
    if check_date_bound(since, "since"):
        conds.append(c.date >= since)
    if until and check_date_bound(until, "until"):
        conds.append(c.date < exclusive_end(until))
    mod = check_modality(modality)
    if mod:
        conds.append(c.modality == mod)
    return conds


def period_of(date: str | None, interval: str = "month") -> str | None:
    """Label of the period an ISO date falls in: day ``2024-06-19``, week ``2024-W25`` (ISO
    week), month ``2024-06``, year ``2024``. A date too coarse for the interval gives None."""
    if interval not in INTERVALS:
        raise ConfigError(f"interval={interval!r} is unknown; use one of: {', '.join(INTERVALS)}")
    if not date or not _ISO_PREFIX.match(date[:10]):
        return None
    if interval == "year":
        return date[:4]
    if interval == "month":
        return date[:7] if len(date) >= 7 else None
    if len(date) < 10:
        return None
    if interval == "day":
        return date[:10]
    try:
        year, week, _ = dt.date.fromisoformat(date[:10]).isocalendar()
    except ValueError:
        return None
    return f"{year}-W{week:02d}"


def _mean(values: list[float]) -> float | None:
    return sum(values) / len(values) if values else None


def tone_by_period(
    articles: Iterable[tuple[str, str | None, float]], interval: str = "month"
) -> list[dict[str, Any]]:
    """Average article tone per period from (article id, date, tone) triples; each article counts
    once per period however many matching events it has. Periods sorted ascending."""
    seen: dict[str, dict[str, float]] = defaultdict(dict)
    for article_id, date, tone in articles:
        period = period_of(date, interval)
        if period is not None and tone is not None:
            seen[period][article_id] = tone
    return [
        {"period": p, "tone": _mean(list(seen[p].values())), "articles": len(seen[p])}
        for p in sorted(seen)
    ]


def events_by_period(rows: Iterable[Mapping[str, Any]], interval: str = "month") -> list[dict]:
    """Event count and mean Goldstein score per period of the event date (dyad time series)."""
    counts: dict[str, int] = defaultdict(int)
    scores: dict[str, list[float]] = defaultdict(list)
    for r in rows:
        period = period_of(r.get("date"), interval)
        if period is None:
            continue
        counts[period] += 1
        if r.get("goldstein") is not None:
            scores[period].append(r["goldstein"])
    return [
        {"period": p, "events": counts[p], "goldstein": _mean(scores[p])} for p in sorted(counts)
    ]


def cluster_events(rows: Iterable[Mapping[str, Any]], min_sources: int = 1) -> list[dict]:
    """Group event rows by ``event_key``: one real-world event told by many articles.

    ``sources`` counts distinct outlets (an article with no outlet counts as its own source),
    ``articles`` the distinct articles; most-reported first, then by date and key.
    """
    groups: dict[str, dict[str, Any]] = {}
    for r in rows:
        g = groups.get(r["event_key"])
        if g is None:
            g = groups[r["event_key"]] = {
                "event_key": r["event_key"],
                "source_code": r.get("source_code"),
                "target_code": r.get("target_code"),
                "cameo": r.get("cameo"),
                "root": r.get("root"),
                "label": r.get("label"),
                "date": r.get("date"),
                "modality": r.get("modality"),
                "events": 0,
                "article_ids": [],
                "_outlets": set(),
            }
        g["events"] += 1
        if r["article_id"] not in g["article_ids"]:
            g["article_ids"].append(r["article_id"])
        g["_outlets"].add(r.get("outlet") or ("article", r["article_id"]))
    out = []
    for g in groups.values():
        g["sources"] = len(g.pop("_outlets"))
        g["articles"] = len(g["article_ids"])
        if g["sources"] >= min_sources:
            out.append(g)
    out.sort(key=lambda g: (-g["sources"], -g["articles"], g["date"] or "", g["event_key"]))
    return out


__all__ = [
    "INTERVALS",
    "check_date_bound",
    "check_dyad",
    "check_modality",
    "cluster_events",
    "event_conditions",
    "exclusive_end",
    "events_by_period",
    "period_of",
    "tone_by_period",
]
