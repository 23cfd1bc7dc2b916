"""Database schema (SQLAlchemy Core): one table per record kind, portable to PostgreSQL.

Every field of an ``Extraction`` has a place here, so ``Store.load`` gives back exactly what
``Store.save`` got. Child rows (actors, events, quotes) keep their position in ``idx`` because
order is part of the record. Actor references (event source/target/claimant, quote speaker) are
flattened into ``<prefix>_actor/_code/_role/_name/_text/_span`` columns so the read side can
filter on codes with plain indexes; their ``_span`` column is NULL exactly when the reference is
absent. JSON columns use ``sqlalchemy.JSON`` (TEXT on SQLite, json on PostgreSQL) with
``none_as_null`` so that ``None`` is SQL NULL, not the JSON literal ``null``.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Column,
    Double,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)

SCHEMA_VERSION = 2
"""Bump when a table changes; ``open_store`` upgrades older versions it knows (``MIGRATIONS``)
and refuses any other."""

metadata = MetaData()


def _json() -> JSON:
    return JSON(none_as_null=True)


def _article_fk() -> Column:
    return Column(
        "article_id",
        String(),
        ForeignKey("articles.id", ondelete="CASCADE"),
        primary_key=True,
    )


def _ref_columns(prefix: str) -> list[Column]:
    """Columns of one flattened ``ActorRef``; ``<prefix>_span`` NULL means no reference."""
    return [
        Column(f"{prefix}_actor", String()),
        Column(f"{prefix}_code", String()),
        Column(f"{prefix}_role", String()),
        Column(f"{prefix}_name", Text),
        Column(f"{prefix}_text", Text),
        Column(f"{prefix}_span", _json()),
    ]


meta = Table(
    "meta",
    metadata,
    Column("key", String(), primary_key=True),
    Column("value", Text, nullable=False),
)

articles = Table(
    "articles",
    metadata,
    Column("id", String(), primary_key=True),
    Column("path", Text),
    Column("url", Text),
    Column("title", Text),
    Column("source", Text),
    Column("published", String()),
    Column("language", String()),
    Column("chars", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("tone_score", Double),
    Column("tone_positive", Double),
    Column("tone_negative", Double),
    Column("tone_sentences", _json()),
    Column("discarded_reason", String()),
    Column("discarded_detail", Text),
    Column("problems", _json()),  # parts of a kept article that failed (records.Problem)
    Column("ingested_at", String(40), nullable=False),
    Index("ix_articles_published", "published"),
)

actors = Table(
    "actors",
    metadata,
    _article_fk(),
    Column("idx", Integer, primary_key=True, autoincrement=False),
    Column("actor_id", String(), nullable=False),
    Column("name", Text, nullable=False),
    Column("code", String()),
    Column("role", String()),
    Column("kind", String(), nullable=False),
    Column("rule", Text),
    Column("entry", Text),
    Column("mentions", _json(), nullable=False),
    Index("ix_actors_code", "code"),
)

events = Table(
    "events",
    metadata,
    _article_fk(),
    Column("idx", Integer, primary_key=True, autoincrement=False),
    Column("event_id", String(), nullable=False),
    Column("event_key", String(40), nullable=False),
    *_ref_columns("source"),
    *_ref_columns("target"),
    Column("cameo", String(), nullable=False),
    Column("root", String(), nullable=False),
    Column("label", Text, nullable=False),
    Column("plover", String()),
    Column("plover_mode", String()),
    Column("goldstein", Double),
    Column("quad_class", Integer),
    Column("modality", String(), nullable=False),
    *_ref_columns("claimant"),
    Column("date", String()),
    Column("date_precision", String()),
    Column("date_text", Text),
    Column("date_basis", String()),
    Column("location_name", Text),
    Column("location_country", String()),
    Column("location_lat", Double),
    Column("location_lon", Double),
    Column("location_span", _json()),
    Column("sentence", Integer, nullable=False),
    Column("trigger_text", Text, nullable=False),
    Column("trigger_span", _json(), nullable=False),
    Column("evidence", Text, nullable=False),
    Column("confidence", Double, nullable=False),
    Column("mention_count", Integer, nullable=False),
    Column("mentions", _json(), nullable=False),
    Column("explanation", _json()),
    Index("ix_events_date", "date"),
    Index("ix_events_dyad", "source_code", "target_code"),
    Index("ix_events_target", "target_code"),
    Index("ix_events_root", "root"),
    Index("ix_events_key", "event_key"),
)

quotes = Table(
    "quotes",
    metadata,
    _article_fk(),
    Column("idx", Integer, primary_key=True, autoincrement=False),
    Column("text", Text, nullable=False),
    Column("span", _json(), nullable=False),
    Column("kind", String(), nullable=False),
    Column("sentence", Integer, nullable=False),
    *_ref_columns("speaker"),
    Column("speaker_folded", Text),  # casefolded name: case-insensitive match on any dialect
    Column("speaker_rule", Text),
    Index("ix_quotes_speaker_code", "speaker_code"),
    Index("ix_quotes_speaker_folded", "speaker_folded"),
)

CHILD_TABLES = (actors, events, quotes)
"""Tables keyed by (article_id, idx), written after ``articles`` in one transaction."""

__all__ = [
    "CHILD_TABLES",
    "SCHEMA_VERSION",
    "actors",
    "articles",
    "events",
    "meta",
    "metadata",
    "quotes",
]


MIGRATIONS: dict[int, tuple[str, ...]] = {
    # version 1 -> 2: articles.problems (partial failures of a kept article)
    1: ("ALTER TABLE articles ADD COLUMN problems JSON",),
}
"""SQL that upgrades a database from the key's version to the next (SQLite and PostgreSQL)."""
