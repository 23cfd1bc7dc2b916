"""The embedded event store: SQLite by default, PostgreSQL with the same code.

``open_store()`` resolves where the database lives (argument, ``EVENTWIRE_DB``, else
``eventwire.db`` in the working directory), creates the tables and returns a ``Store``. Each
``Store.save`` call is one transaction: a failure leaves nothing of its batch behind, and an
article already stored (same id) is skipped, so re-running ingestion is harmless.

SQLite runs in WAL mode (readers never block the writer) with foreign keys on; writes start with
``BEGIN IMMEDIATE`` so that two writing processes queue on the lock instead of failing when one
upgrades a read transaction.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    Connection,
    Engine,
    Insert,
    Select,
    Table,
    create_engine,
    event,
    func,
    insert,
    select,
    text,
    update,
)
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, SQLAlchemyError

from eventwire.errors import ConfigError, StoreError
from eventwire.query import events as q
from eventwire.records import Extraction
from eventwire.store import schema as s
from eventwire.store.rows import TableRows, extraction_from_rows, extraction_rows

ENV_VAR = "EVENTWIRE_DB"
DEFAULT_URL = "sqlite:///eventwire.db"
_ID_CHUNK = 500  # ids per IN (...) list: well under SQLite's bound-parameter limit


@dataclass(frozen=True, slots=True)
class SaveResult:
    """What one ``Store.save`` call did; ``events``/``quotes``/``discarded`` count new articles."""

    articles_new: int
    articles_existing: int
    events: int
    quotes: int
    discarded: int



def _upgradable(found: str) -> bool:
    """An older schema version from which every step to the current one is known."""
    if not found.isdigit() or int(found) >= s.SCHEMA_VERSION:
        return False
    return all(v in s.MIGRATIONS for v in range(int(found), s.SCHEMA_VERSION))


def _upgrade(conn: Connection, version: int) -> None:
    """Bring a database of ``version`` to the current schema inside the opening transaction
    (all or nothing): the stored articles stay, the new columns are empty."""
    for v in range(version, s.SCHEMA_VERSION):
        for statement in s.MIGRATIONS[v]:
            conn.execute(text(statement))
    conn.execute(
        update(s.meta).where(s.meta.c.key == "schema_version").values(value=str(s.SCHEMA_VERSION))
    )

def database_url(url: str | None = None) -> str:
    """The SQLAlchemy URL to use: ``url``, else ``$EVENTWIRE_DB``, else ``sqlite:///eventwire.db``.

    A bare file path (``x.db``, ``/data/events.sqlite``) means a SQLite file; ``:memory:`` a
    private in-memory database.
    """
    chosen = url or os.environ.get(ENV_VAR) or DEFAULT_URL
    if "://" in chosen:
        return chosen
    if chosen == ":memory:":
        return "sqlite://"
    return URL.create("sqlite", database=chosen).render_as_string(hide_password=False)


def open_store(url: str | None = None) -> Store:
    """Open (and create if needed) the store at ``url``; see ``database_url`` for defaults.

    Raises ``StoreError`` when the database cannot be reached, created or written, or holds a
    schema of another eventwire version.
    """
    resolved = database_url(url)
    engine = _make_engine(resolved)
    try:
        return Store(engine)
    except StoreError:
        engine.dispose()
        raise


def _make_engine(url: str) -> Engine:
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise StoreError(
            f"{url!r} is not a database URL: use a file path (events.db), "
            "sqlite:///path/to/file.db or postgresql+psycopg://user:pass@host/db",
            code="E501",
        ) from exc
    try:
        if parsed.get_backend_name() == "sqlite":
            return _sqlite_engine(parsed)
        return create_engine(parsed, pool_pre_ping=True)
    except NoSuchModuleError as exc:
        raise StoreError(
            f"unknown database kind {parsed.drivername!r}: use sqlite:/// or postgresql+psycopg://",
            code="E501",
        ) from exc
    except ImportError as exc:
        raise StoreError(
            f"the driver for {parsed.drivername!r} is not installed ({exc.name}): "
            "pip install 'eventwire[postgres]' for PostgreSQL",
            code="E501",
        ) from exc


def _sqlite_engine(url: URL) -> Engine:
    """SQLite with WAL, foreign keys, a busy timeout, and BEGIN emitted by us (pysqlite's own
    transaction handling would defer BEGIN and break ``BEGIN IMMEDIATE``)."""
    engine = create_engine(url)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None
        cursor = dbapi_conn.cursor()
        try:
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute("PRAGMA busy_timeout=30000")
            cursor.execute("PRAGMA journal_mode=WAL")
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        conn.exec_driver_sql(conn.get_execution_options().get("sqlite_begin", "BEGIN"))

    return engine


def _article_columns() -> tuple:
    """The article fields every read row carries (events, quotes)."""
    a = s.articles.c
    return (a.id.label("article_id"), a.title, a.url, a.published, a.source.label("outlet"))


def event_select() -> Select:
    """SELECT of flat event rows joined with their article (the rows of ``Store.events``)."""
    a, e = s.articles.c, s.events.c
    return select(
        *_article_columns(),
        a.tone_score.label("tone"),
        a.ingested_at,
        e.event_id,
        e.event_key,
        e.source_code,
        e.source_role,
        e.source_name,
        e.source_text,
        e.target_code,
        e.target_role,
        e.target_name,
        e.target_text,
        e.cameo,
        e.root,
        e.label,
        e.plover,
        e.plover_mode,
        e.goldstein,
        e.quad_class,
        e.modality,
        e.claimant_code,
        e.claimant_name,
        e.date,
        e.date_precision,
        e.date_text,
        e.date_basis,
        e.location_name,
        e.location_country,
        e.location_lat,
        e.location_lon,
        e.sentence,
        e.trigger_text.label("trigger"),
        e.evidence,
        e.confidence,
        e.mention_count.label("num_mentions"),
    ).select_from(s.events.join(s.articles, e.article_id == a.id))


EVENT_COLUMNS: tuple[str, ...] = tuple(c.name for c in event_select().selected_columns)
"""Keys of every row ``Store.events`` returns, in order (export headers use them)."""


def _reason(exc: BaseException) -> str:
    """The driver's own first line of an error, without SQLAlchemy's statement dump."""
    orig = getattr(exc, "orig", None) or exc
    text = str(orig).strip().splitlines()
    return text[0] if text else type(orig).__name__


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _check_limit(limit: int | None) -> int | None:
    if limit is not None and (not isinstance(limit, int) or limit < 0):
        raise ConfigError(f"limit={limit!r}: give a whole number >= 0, or nothing for no limit")
    return limit


class Store:
    """Read and write extractions in one database. Use as a context manager or call ``close``.

    Build it with ``open_store``; ``Store(engine)`` takes any SQLAlchemy engine (tests, a shared
    PostgreSQL pool) and creates missing tables.
    """

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        dbapi = getattr(engine.dialect, "loaded_dbapi", None) or engine.dialect.dbapi
        self._dbapi_error: type[Exception] = getattr(dbapi, "Error", SQLAlchemyError)
        self._init_schema()

    # ------------------------------------------------------------------ plumbing
    @property
    def url(self) -> str:
        """The database URL with any password hidden (safe for messages and logs)."""
        return self.engine.url.render_as_string(hide_password=True)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @contextmanager
    def _transaction(self, write: bool = False) -> Iterator[Connection]:
        with self.engine.connect() as conn:
            if write and self.dialect == "sqlite":
                conn.execution_options(sqlite_begin="BEGIN IMMEDIATE")
            with conn.begin():
                yield conn

    @contextmanager
    def _reading(self, what: str) -> Iterator[Connection]:
        try:
            with self._transaction() as conn:
                yield conn
        except (SQLAlchemyError, self._dbapi_error) as exc:
            raise StoreError(
                f"could not read {what} from {self.url}: {_reason(exc)}", code="E505"
            ) from exc

    def _init_schema(self) -> None:
        try:
            with self._transaction(write=True) as conn:
                s.metadata.create_all(conn)
                found = conn.execute(
                    select(s.meta.c.value).where(s.meta.c.key == "schema_version")
                ).scalar()
                if found is None:
                    conn.execute(
                        insert(s.meta).values(key="schema_version", value=str(s.SCHEMA_VERSION))
                    )
                elif _upgradable(found):
                    _upgrade(conn, int(found))
                    found = str(s.SCHEMA_VERSION)
        except (SQLAlchemyError, self._dbapi_error) as exc:
            hint = (
                "check that the directory exists and is writable"
                if self.dialect == "sqlite"
                else "check that the server is running and the credentials are right"
            )
            raise StoreError(
                f"cannot open the database {self.url}: {_reason(exc)}; {hint}, "
                f"or choose another database with --db or ${ENV_VAR}",
                code="E501",
            ) from exc
        if found is not None and found != str(s.SCHEMA_VERSION):
            raise StoreError(
                f"{self.url} holds eventwire schema version {found}, this eventwire uses "
                f"{s.SCHEMA_VERSION}: use a new database file or migrate the old one",
                code="E502",
            )

    def _insert_ignoring_existing(self, table: Table) -> Insert:
        """INSERT that skips rows whose primary key exists (a concurrent writer got there)."""
        if self.dialect == "sqlite":
            from sqlalchemy.dialects.sqlite import insert as sqlite_insert

            return sqlite_insert(table).on_conflict_do_nothing()
        if self.dialect == "postgresql":
            from sqlalchemy.dialects.postgresql import insert as pg_insert

            return pg_insert(table).on_conflict_do_nothing()
        return insert(table)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------ writing
    def save(self, extractions: Sequence[Extraction]) -> SaveResult:
        """Store a batch in one transaction; articles already stored (by id) are skipped.

        Raises ``StoreError`` when the database refuses the batch; then nothing of it is stored.
        """
        items = list(extractions)
        batch: dict[str, Extraction] = {}
        for x in items:
            batch.setdefault(x.article.id, x)
        try:
            with self._transaction(write=True) as conn:
                existing = self._known_ids(conn, batch)
                new = [x for aid, x in batch.items() if aid not in existing]
                rows = TableRows()
                ingested_at = _now()
                for x in new:
                    rows.extend(extraction_rows(x, ingested_at))
                for table, table_rows in (
                    (s.articles, rows.articles),
                    (s.actors, rows.actors),
                    (s.events, rows.events),
                    (s.quotes, rows.quotes),
                ):
                    if table_rows:
                        conn.execute(self._insert_ignoring_existing(table), table_rows)
        except (SQLAlchemyError, self._dbapi_error) as exc:
            raise StoreError(
                f"could not save {len(batch)} articles to {self.url}; nothing of this batch was "
                f"stored: {_reason(exc)}",
                code="E503",
            ) from exc
        return SaveResult(
            articles_new=len(new),
            articles_existing=len(items) - len(new),
            events=len(rows.events),
            quotes=len(rows.quotes),
            discarded=sum(1 for x in new if x.discarded is not None),
        )

    @staticmethod
    def _known_ids(conn: Connection, ids: Iterable[str]) -> set[str]:
        wanted = list(ids)
        found: set[str] = set()
        for i in range(0, len(wanted), _ID_CHUNK):
            chunk = wanted[i : i + _ID_CHUNK]
            found.update(conn.scalars(select(s.articles.c.id).where(s.articles.c.id.in_(chunk))))
        return found

    def known_ids(self, ids: Iterable[str]) -> set[str]:
        """Which of these article ids are stored: lets ingestion skip parsing known articles."""
        with self._reading("article ids") as conn:
            return self._known_ids(conn, ids)

    # ------------------------------------------------------------------ one article
    def get(self, article_id: str) -> Extraction | None:
        """The stored extraction of one article, exactly as saved, or None."""
        with self._reading(f"article {article_id}") as conn:
            article = (
                conn.execute(select(s.articles).where(s.articles.c.id == article_id))
                .mappings()
                .first()
            )
            if article is None:
                return None
            actors, events, quotes = (
                [
                    dict(r)
                    for r in conn.execute(
                        select(t).where(t.c.article_id == article_id).order_by(t.c.idx)
                    ).mappings()
                ]
                for t in s.CHILD_TABLES
            )
        return extraction_from_rows(dict(article), actors, events, quotes)

    def load(self, article_id: str) -> Extraction:
        """Like ``get`` but raises ``StoreError`` (code E504) when the article is not stored."""
        found = self.get(article_id)
        if found is None:
            raise StoreError(
                f"no article with id {article_id!r} in {self.url}: list ids with `eventwire "
                "events` or store it first",
                code="E504",
            )
        return found

    # ------------------------------------------------------------------ queries
    def events(
        self,
        actor: str | None = None,
        dyad: tuple[str, str] | None = None,
        root: str | None = None,
        since: str | None = None,
        until: str | None = None,
        modality: str | None = None,
        limit: int | None = None,
    ) -> list[dict[str, Any]]:
        """Flat event rows (article id, title, url, published, outlet, tone + event fields).

        ``actor`` matches the source or target code; ``dyad`` (A, B) is source A -> target B;
        ``since``/``until`` bound the event date inclusively (YYYY, YYYY-MM or YYYY-MM-DD).
        Ordered by date (undated last), article, position in the article.
        """
        conds = q.event_conditions(
            s.events,
            actor=actor,
            dyad=dyad,
            root=root,
            since=since,
            until=until,
            modality=modality,
        )
        e = s.events.c
        stmt = (
            event_select()
            .where(*conds)
            .order_by(e.date.is_(None), e.date, e.article_id, e.idx)
            .limit(_check_limit(limit))
        )
        with self._reading("events") as conn:
            return [dict(r) for r in conn.execute(stmt).mappings()]

    def quotes(
        self,
        speaker: str | None = None,
        since: str | None = None,
        until: str | None = None,
        limit: int | None = None,
    ) -> list[dict[str, Any]]:
        """Quotes with their article; ``speaker`` matches the speaker code or, ignoring case, the
        speaker name; ``since``/``until`` bound the article's publication date."""
        a, c = s.articles.c, s.quotes.c
        stmt = select(
            *_article_columns(),
            c.idx.label("quote_idx"),
            c.text,
            c.kind,
            c.sentence,
            c.span,
            c.speaker_code,
            c.speaker_role,
            c.speaker_name,
            c.speaker_text,
            c.speaker_actor,
            c.speaker_rule,
        ).select_from(s.quotes.join(s.articles, c.article_id == a.id))
        if speaker:
            stmt = stmt.where(
                (c.speaker_code == speaker) | (c.speaker_folded == speaker.casefold())
            )
        if q.check_date_bound(since, "since"):
            stmt = stmt.where(a.published >= since)
        if until and q.check_date_bound(until, "until"):
            stmt = stmt.where(a.published < q.exclusive_end(until))
        stmt = stmt.order_by(a.published.is_(None), a.published, c.article_id, c.idx).limit(
            _check_limit(limit)
        )
        with self._reading("quotes") as conn:
            rows = [dict(r) for r in conn.execute(stmt).mappings()]
        for r in rows:
            r["span_start"], r["span_end"] = r.pop("span")
        return rows

    def articles(
        self, since: str | None = None, until: str | None = None, limit: int | None = None
    ) -> list[dict[str, Any]]:
        """Article metadata (no text) with tone and discard reason, newest first."""
        a = s.articles.c
        stmt = select(
            a.id,
            a.path,
            a.url,
            a.title,
            a.source,
            a.published,
            a.language,
            a.chars,
            a.tone_score.label("tone"),
            a.discarded_reason,
            a.discarded_detail,
            a.ingested_at,
        )
        if q.check_date_bound(since, "since"):
            stmt = stmt.where(a.published >= since)
        if until and q.check_date_bound(until, "until"):
            stmt = stmt.where(a.published < q.exclusive_end(until))
        stmt = stmt.order_by(a.published.is_(None), a.published.desc(), a.id).limit(
            _check_limit(limit)
        )
        with self._reading("articles") as conn:
            return [dict(r) for r in conn.execute(stmt).mappings()]

    def stats(self) -> dict[str, Any]:
        """Counts: articles, events, quotes, actors, discarded articles by reason, and kept
        articles of which a part failed (``with_problems``)."""
        with self._reading("statistics") as conn:

            def count(table: Table) -> int:
                return int(conn.execute(select(func.count()).select_from(table)).scalar_one())

            reasons = conn.execute(
                select(s.articles.c.discarded_reason, func.count())
                .where(s.articles.c.discarded_reason.is_not(None))
                .group_by(s.articles.c.discarded_reason)
                .order_by(s.articles.c.discarded_reason)
            ).all()
            partial = conn.execute(
                select(func.count())
                .select_from(s.articles)
                .where(s.articles.c.problems.is_not(None))
            ).scalar_one()
            return {
                "articles": count(s.articles),
                "with_problems": int(partial),
                "events": count(s.events),
                "quotes": count(s.quotes),
                "actors": count(s.actors),
                "discarded": {reason: int(n) for reason, n in reasons},
                "schema_version": s.SCHEMA_VERSION,
            }

    def tone_series(
        self,
        dyad: tuple[str, str] | None = None,
        actor: str | None = None,
        interval: str = "month",
    ) -> list[dict[str, Any]]:
        """Mean article tone by period over the articles that report events of this dyad/actor.

        An article falls in the period of its publication date, or of its event dates when the
        publication date is unknown. Rows: ``{"period", "tone", "articles"}``.
        """
        q.period_of(None, interval)  # validates the interval before touching the database
        a, e = s.articles.c, s.events.c
        stmt = (
            select(a.id, a.published, e.date, a.tone_score)
            .select_from(s.events.join(s.articles, e.article_id == a.id))
            .where(a.tone_score.is_not(None), *q.event_conditions(s.events, actor=actor, dyad=dyad))
        )
        with self._reading("tone series") as conn:
            rows = conn.execute(stmt).all()
        return q.tone_by_period(
            ((aid, published or date, tone) for aid, published, date, tone in rows), interval
        )

    def event_series(
        self,
        dyad: tuple[str, str] | None = None,
        actor: str | None = None,
        root: str | None = None,
        modality: str | None = None,
        interval: str = "month",
    ) -> list[dict[str, Any]]:
        """Events per period of the event date with mean Goldstein score (dyad time series)."""
        q.period_of(None, interval)
        rows = self.events(actor=actor, dyad=dyad, root=root, modality=modality)
        return q.events_by_period(rows, interval)

    def event_clusters(
        self,
        actor: str | None = None,
        dyad: tuple[str, str] | None = None,
        root: str | None = None,
        since: str | None = None,
        until: str | None = None,
        modality: str | None = None,
        min_sources: int = 1,
        limit: int | None = None,
    ) -> list[dict[str, Any]]:
        """Events grouped across articles by ``event_key`` (source, target, CAMEO, date,
        modality): ``sources`` distinct outlets, ``articles`` count and ``article_ids``."""
        rows = self.events(
            actor=actor, dyad=dyad, root=root, since=since, until=until, modality=modality
        )
        clusters = q.cluster_events(rows, min_sources=min_sources)
        limit = _check_limit(limit)
        return clusters if limit is None else clusters[:limit]


__all__ = [
    "DEFAULT_URL",
    "ENV_VAR",
    "EVENT_COLUMNS",
    "event_select",
    "SaveResult",
    "Store",
    "database_url",
    "open_store",
]
