"""PLOVER event records as JSON Lines (one event per line, as the PLOVER spec suggests).

Field names follow the PLOVER manual's "JSON Data Fields" chapter (OEDA, 2021): ``id``,
``date``, ``source``/``recipient`` (lists of actor objects with ``code``, ``sector``,
``actor_text``, ``identifier_text``), ``event`` (list of categories), ``mode``, ``context``,
``event_loc`` (geonames-style location object with ``cc3``), ``event_text``, ``quad_code``,
``event_scale``, ``text_info``, ``cite_info``, ``coder``, ``coded_date``. For readers that
expect flat fields, each record also carries ``event_type`` (the category), ``source_actor`` and
``target_actor`` (codes). Extra eventwire fields: ``modality``, ``claimant``, ``cameo``.

Events whose CAMEO code has no PLOVER category (PLOVER drops CAMEO 01 statements and 02 appeals)
are not written. The modality becomes a PLOVER context where PLOVER has one: ``expected`` ->
``future``, ``hypothetical`` -> ``hypothetical``, ``background`` -> ``historical``.
``quad_code`` uses PLOVER's own quad categories (they differ from CAMEO's for PROTEST,
SANCTION, INVESTIGATE, ...); ``event_scale`` is the CAMEO Goldstein score of the event.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any, TextIO

CODEBOOK = "PLOVER 2021 (from CAMEO 1.1b3)"

PLOVER_QUAD: dict[str, int] = {
    # Table "Quad categories in PLOVER" of the PLOVER manual.
    **dict.fromkeys(("AGREE", "CONSULT", "SUPPORT", "CONCEDE"), 1),
    **dict.fromkeys(("COOPERATE", "AID", "RETREAT", "INVESTIGATE"), 2),
    **dict.fromkeys(("DEMAND", "REQUEST", "ACCUSE", "REJECT", "SANCTION", "THREATEN"), 3),
    **dict.fromkeys(("PROTEST", "MOBILIZE", "COERCE", "ASSAULT"), 4),
}

MODALITY_CONTEXT: dict[str, str] = {
    "expected": "future",
    "hypothetical": "hypothetical",
    "background": "historical",
}


def _actors(code: str | None, role: str | None, text: str | None, name: str | None) -> list[dict]:
    if not (code or role or text or name):
        return []
    return [{"code": code, "sector": role, "actor_text": text, "identifier_text": name}]


def _location(row: Mapping[str, Any]) -> dict[str, Any] | None:
    if row.get("location_name") is None:
        return None
    return {
        "name": row["location_name"],
        "cc3": row.get("location_country"),
        "latitude": row.get("location_lat"),
        "longitude": row.get("location_lon"),
    }


def plover_record(row: Mapping[str, Any]) -> dict[str, Any] | None:
    """One PLOVER record for a flat event row, or None when the event has no PLOVER category."""
    g = row.get
    category = g("plover")
    if not category or category == "STATEMENT":  # CAMEO 01 statements have no PLOVER type
        return None
    context = MODALITY_CONTEXT.get(g("modality") or "")
    claimant = None
    if g("claimant_code") or g("claimant_name"):
        claimant = {"code": g("claimant_code"), "identifier_text": g("claimant_name")}
    return {
        "id": f"{g('article_id')}-{g('event_id')}",
        "date": g("date"),
        "source": _actors(g("source_code"), g("source_role"), g("source_text"), g("source_name")),
        "recipient": _actors(
            g("target_code"), g("target_role"), g("target_text"), g("target_name")
        ),
        "event": [category],
        "event_type": category,
        "source_actor": g("source_code"),
        "target_actor": g("target_code"),
        "mode": g("plover_mode"),
        "context": [context] if context else [],
        "event_loc": _location(row),
        "event_text": [g("evidence")] if g("evidence") else [],
        "quad_code": PLOVER_QUAD.get(category, g("quad_class")),
        "event_scale": g("goldstein"),
        "modality": g("modality"),
        "claimant": claimant,
        "cameo": g("cameo"),
        "text_info": {"sequence": g("sentence")},
        "cite_info": {
            "citation": g("article_id"),
            "url": g("url"),
            "title": g("title"),
            "publication": g("outlet"),
            "coder": "eventwire",
            "codebook": CODEBOOK,
        },
        "coder": "eventwire",
        "coded_date": (g("ingested_at") or "")[:10] or None,
    }


def write_plover_jsonl(rows: Iterable[Mapping[str, Any]], out: TextIO) -> int:
    """Write one PLOVER record per line; returns how many were written (events without a
    PLOVER category are skipped)."""
    count = 0
    for row in rows:
        rec = plover_record(row)
        if rec is None:
            continue
        out.write(json.dumps(rec, ensure_ascii=False))
        out.write("\n")
        count += 1
    return count


__all__ = ["MODALITY_CONTEXT", "PLOVER_QUAD", "plover_record", "write_plover_jsonl"]
