"""Pure conversions between ``Extraction`` records and table rows (no database here).

``extraction_rows`` flattens one extraction into the rows of every table; ``extraction_from_rows``
rebuilds it through ``Extraction.from_dict`` so that a stored record reads back exactly as the
JSON contract describes it. ``event_key`` is the cross-article identity of an event.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from eventwire.records import ActorRef, Event, Extraction

Row = dict[str, Any]


def event_key(event: Event) -> str:
    """SHA-1 of (source code, target code, CAMEO, date, modality): one real-world event told by
    several outlets gets one key, so the read side can count sources instead of stories."""
    parts = (
        event.source.code if event.source else None,
        event.target.code if event.target else None,
        event.cameo,
        event.date,
        str(event.modality),
    )
    joined = "\x1f".join("" if p is None else p for p in parts)
    return hashlib.sha1(joined.encode("utf-8")).hexdigest()


@dataclass
class TableRows:
    """The rows one batch writes, per table, in insertion order."""

    articles: list[Row] = field(default_factory=list)
    actors: list[Row] = field(default_factory=list)
    events: list[Row] = field(default_factory=list)
    quotes: list[Row] = field(default_factory=list)

    def extend(self, other: TableRows) -> None:
        self.articles.extend(other.articles)
        self.actors.extend(other.actors)
        self.events.extend(other.events)
        self.quotes.extend(other.quotes)


def ref_columns(prefix: str, ref: ActorRef | None) -> Row:
    """Flatten an optional ``ActorRef``; the span column stays None when there is no ref."""
    if ref is None:
        return {f"{prefix}_{k}": None for k in ("actor", "code", "role", "name", "text", "span")}
    return {
        f"{prefix}_actor": ref.actor,
        f"{prefix}_code": ref.code,
        f"{prefix}_role": ref.role,
        f"{prefix}_name": ref.name,
        f"{prefix}_text": ref.text,
        f"{prefix}_span": list(ref.span),
    }


def ref_dict(prefix: str, row: Mapping[str, Any]) -> dict[str, Any] | None:
    """Inverse of ``ref_columns``: the ``ActorRef.to_dict`` shape, or None."""
    span = row[f"{prefix}_span"]
    if span is None:
        return None
    return {
        "actor": row[f"{prefix}_actor"],
        "code": row[f"{prefix}_code"],
        "role": row[f"{prefix}_role"],
        "name": row[f"{prefix}_name"],
        "text": row[f"{prefix}_text"],
        "span": span,
    }


def article_row(x: Extraction, ingested_at: str) -> Row:
    a = x.article
    tone, disc = x.tone, x.discarded
    return {
        "id": a.id,
        "path": a.path,
        "url": a.url,
        "title": a.title,
        "source": a.source,
        "published": a.published,
        "language": a.language,
        "chars": a.chars,
        "text": a.text,
        "tone_score": tone.score if tone else None,
        "tone_positive": tone.positive if tone else None,
        "tone_negative": tone.negative if tone else None,
        "tone_sentences": list(tone.sentences) if tone else None,
        "discarded_reason": disc.reason if disc else None,
        "discarded_detail": disc.detail if disc else None,
        "problems": [p.to_dict() for p in x.problems] or None,
        "ingested_at": ingested_at,
    }


def event_row(article_id: str, idx: int, e: Event) -> Row:
    d = e.to_dict()
    loc = d["location"]
    return {
        "article_id": article_id,
        "idx": idx,
        "event_id": e.id,
        "event_key": event_key(e),
        **ref_columns("source", e.source),
        **ref_columns("target", e.target),
        "cameo": e.cameo,
        "root": e.root,
        "label": e.label,
        "plover": e.plover,
        "plover_mode": e.plover_mode,
        "goldstein": e.goldstein,
        "quad_class": e.quad_class,
        "modality": str(e.modality),
        **ref_columns("claimant", e.claimant),
        "date": e.date,
        "date_precision": e.date_precision,
        "date_text": e.date_text,
        "date_basis": e.date_basis,
        "location_name": loc["name"] if loc else None,
        "location_country": loc["country"] if loc else None,
        "location_lat": loc["lat"] if loc else None,
        "location_lon": loc["lon"] if loc else None,
        "location_span": loc["span"] if loc else None,
        "sentence": e.sentence,
        "trigger_text": e.trigger.text,
        "trigger_span": list(e.trigger.span),
        "evidence": e.evidence,
        "confidence": e.confidence,
        "mention_count": len(e.mentions),
        "mentions": d["mentions"],
        "explanation": d["explanation"],
    }


def extraction_rows(x: Extraction, ingested_at: str) -> TableRows:
    """All rows of one extraction; child rows carry their position as ``idx``."""
    aid = x.article.id
    out = TableRows(articles=[article_row(x, ingested_at)])
    for i, actor in enumerate(x.actors):
        d = actor.to_dict()
        out.actors.append(
            {
                "article_id": aid,
                "idx": i,
                "actor_id": d["id"],
                "name": d["name"],
                "code": d["code"],
                "role": d["role"],
                "kind": d["kind"],
                "rule": d["rule"],
                "entry": d["entry"],
                "mentions": d["mentions"],
            }
        )
    out.events.extend(event_row(aid, i, e) for i, e in enumerate(x.events))
    for i, q in enumerate(x.quotes):
        speaker = q.speaker
        out.quotes.append(
            {
                "article_id": aid,
                "idx": i,
                "text": q.text,
                "span": list(q.span),
                "kind": q.kind,
                "sentence": q.sentence,
                **ref_columns("speaker", speaker),
                "speaker_folded": speaker.name.casefold() if speaker else None,
                "speaker_rule": q.speaker_rule,
            }
        )
    return out


def _event_dict(r: Mapping[str, Any]) -> dict[str, Any]:
    location = None
    if r["location_name"] is not None:
        location = {
            "name": r["location_name"],
            "country": r["location_country"],
            "lat": r["location_lat"],
            "lon": r["location_lon"],
            "span": r["location_span"],
        }
    return {
        "id": r["event_id"],
        "source": ref_dict("source", r),
        "target": ref_dict("target", r),
        "cameo": r["cameo"],
        "root": r["root"],
        "label": r["label"],
        "plover": r["plover"],
        "plover_mode": r["plover_mode"],
        "goldstein": r["goldstein"],
        "quad_class": r["quad_class"],
        "modality": r["modality"],
        "claimant": ref_dict("claimant", r),
        "date": r["date"],
        "date_precision": r["date_precision"],
        "date_text": r["date_text"],
        "date_basis": r["date_basis"],
        "location": location,
        "sentence": r["sentence"],
        "trigger": {"text": r["trigger_text"], "span": r["trigger_span"]},
        "evidence": r["evidence"],
        "mentions": r["mentions"],
        "confidence": r["confidence"],
        "explanation": r["explanation"],
    }


def extraction_from_rows(
    article: Mapping[str, Any],
    actors: Sequence[Mapping[str, Any]],
    events: Sequence[Mapping[str, Any]],
    quotes: Sequence[Mapping[str, Any]],
) -> Extraction:
    """Rebuild an ``Extraction`` from its rows (children already ordered by ``idx``)."""
    tone = None
    if article["tone_score"] is not None:
        tone = {
            "score": article["tone_score"],
            "positive": article["tone_positive"],
            "negative": article["tone_negative"],
            "sentences": article["tone_sentences"] or [],
        }
    discarded = None
    if article["discarded_reason"] is not None:
        discarded = {
            "reason": article["discarded_reason"],
            "detail": article["discarded_detail"] or "",
        }
    doc = {
        "article": {
            k: article[k]
            for k in ("id", "path", "url", "title", "source", "published", "language", "text")
        },
        "actors": [
            {
                "id": a["actor_id"],
                "name": a["name"],
                "code": a["code"],
                "role": a["role"],
                "kind": a["kind"],
                "mentions": a["mentions"],
                "rule": a["rule"],
                "entry": a["entry"],
            }
            for a in actors
        ],
        "events": [_event_dict(e) for e in events],
        "quotes": [
            {
                "text": q["text"],
                "span": q["span"],
                "kind": q["kind"],
                "sentence": q["sentence"],
                "speaker": ref_dict("speaker", q),
                "speaker_rule": q["speaker_rule"],
            }
            for q in quotes
        ],
        "tone": tone,
        "discarded": discarded,
        "problems": article.get("problems") or [],
    }
    return Extraction.from_dict(doc)


__all__ = [
    "Row",
    "TableRows",
    "event_key",
    "extraction_from_rows",
    "extraction_rows",
    "ref_columns",
    "ref_dict",
]
