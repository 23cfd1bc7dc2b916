"""Implementations of the CLI verbs: parse flags into settings, call the library, print.

Printing lives here and only here; the library returns records.
"""

from __future__ import annotations

import csv
import json
import sys
import time
from collections import Counter
from collections.abc import Iterable, Sequence

import typer

from eventwire.config import Settings, load_settings


def _settings(**kw: object) -> Settings:
    return load_settings().with_overrides(**kw)


def _items(paths: Sequence[str], settings: Settings, published: str | None):
    from eventwire.sources import read_paths

    return read_paths(list(paths), published=published, max_bytes=settings.max_bytes,
                      stdin=sys.stdin.buffer if "-" in paths else None)


def extract(paths: Sequence[str], *, published: str | None, with_text: bool,
            workers: int | None, model: str | None, actors: list[str] | None) -> None:
    from eventwire.pipeline import Pipeline

    settings = _settings(workers=workers, model=model, actors=actors)
    pipeline = Pipeline(settings)
    out = sys.stdout
    for ex in pipeline.extract_items(_items(paths, settings, published)):
        out.write(json.dumps(ex.to_dict(with_text=with_text), ensure_ascii=False) + "\n")
        out.flush()


def ingest(paths: Sequence[str], *, db: str | None, published: str | None, workers: int | None,
           model: str | None, actors: list[str] | None, quiet: bool) -> None:
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    from eventwire.pipeline import Pipeline
    from eventwire.store import open_store

    settings = _settings(workers=workers, model=model, actors=actors, db=db)
    console = Console(stderr=True)
    started = time.perf_counter()
    totals: Counter[str] = Counter()
    discards: Counter[str] = Counter()
    pipeline = Pipeline(settings)
    total = _count_inputs(paths)
    show = not quiet and console.is_terminal
    with open_store(settings.db) as store, Progress(
        TextColumn("[bold]ingest"), BarColumn(), MofNCompleteColumn(),
        TextColumn("{task.fields[rate]:.1f} art/s"), TimeElapsedColumn(), TimeRemainingColumn(),
        console=console, disable=not show,
    ) as progress:
        task = progress.add_task("ingest", total=total, rate=0.0)
        batch = []
        fresh = _skip_stored(store, _items(paths, settings, published), totals,
                             lambda: progress.update(task, advance=1))
        for ex in pipeline.extract_items(fresh):
            batch.append(ex)
            totals["articles"] += 1
            if ex.discarded:
                discards[ex.discarded.reason] += 1
            if ex.problems:
                totals["partial"] += 1
            totals["events"] += len(ex.events)
            totals["quotes"] += len(ex.quotes)
            if len(batch) >= settings.batch_size:
                _save(store, batch, totals)
                batch = []
            elapsed = time.perf_counter() - started
            progress.update(task, advance=1, rate=totals["articles"] / max(elapsed, 1e-6))
        if batch:
            _save(store, batch, totals)
    elapsed = time.perf_counter() - started
    if not quiet:
        disc = ", ".join(f"{k} {v}" for k, v in sorted(discards.items())) or "none"
        console.print(
            f"ingested {totals['articles']} articles ({totals['new']} new, "
            f"{totals['existing']} already stored) → {totals['events']} events, "
            f"{totals['quotes']} quotes; discarded: {disc}; "
            f"{_partial(totals['partial'])}{elapsed:.1f} s "
            f"({totals['articles'] / max(elapsed, 1e-6):.1f} articles/s) into {settings.db}"
        )


def _partial(n: int) -> str:
    """Say how many kept articles lost a part to an internal error (``Extraction.problems``)."""
    if not n:
        return ""
    return f"{n} kept with problems (see `eventwire stats`, logged); "


def _skip_stored(store, items, totals: Counter[str], on_skip, chunk: int = 256):
    """Articles already in the store are counted and not parsed again."""
    from itertools import islice

    it = iter(items)
    while block := list(islice(it, chunk)):
        known = store.known_ids(i.article.id for i in block)
        for item in block:
            if item.article.id in known:
                totals["existing"] += 1
                totals["articles"] += 1
                on_skip()
            else:
                yield item


def _count_inputs(paths: Sequence[str]) -> int | None:
    """How many articles the paths hold (for the progress bar's ETA); None when unknown."""
    from pathlib import Path

    total = 0
    for p in paths:
        if p == "-":
            return None
        path = Path(p)
        files = sorted(f for f in path.rglob("*") if f.is_file()) if path.is_dir() else [path]
        for f in files:
            if f.suffix.lower() in (".jsonl", ".ndjson"):
                with f.open("rb") as fh:
                    total += sum(1 for line in fh if line.strip())
            elif f.suffix.lower() in (".txt", ".text", ".md", ".html", ".htm", ".xhtml"):
                total += 1
    return total


def _save(store, batch, totals: Counter[str]) -> None:
    result = store.save(batch)
    totals["new"] += result.articles_new
    totals["existing"] += result.articles_existing


def _print_rows(rows: list[dict], fmt: str, columns: Sequence[str]) -> None:
    if fmt == "jsonl":
        for r in rows:
            sys.stdout.write(json.dumps(r, ensure_ascii=False, default=str) + "\n")
    elif fmt == "csv":
        w = csv.DictWriter(sys.stdout, fieldnames=list(rows[0].keys()) if rows else list(columns),
                           extrasaction="ignore")
        w.writeheader()
        w.writerows(rows)
    elif fmt == "table":
        from rich.console import Console
        from rich.table import Table

        table = Table(show_lines=False)
        for c in columns:
            table.add_column(c, overflow="fold")
        for r in rows:
            table.add_row(*("" if r.get(c) is None else str(r.get(c)) for c in columns))
        Console(width=200).print(table)
        typer.echo(f"{len(rows)} rows")
    else:
        raise typer.BadParameter(f"unknown format {fmt!r}: use table, jsonl or csv")


EVENT_COLUMNS = ("date", "source_code", "source_name", "cameo", "label", "target_code",
                 "target_name", "modality", "claimant_name", "location_name", "title")


def list_events(*, actor, dyad, root, since, until, modality, limit, fmt, db) -> None:
    from eventwire.store import open_store

    settings = _settings(db=db)
    with open_store(settings.db) as store:
        rows = store.events(actor=actor, dyad=tuple(dyad) if dyad else None, root=root,
                            since=since, until=until, modality=modality, limit=limit)
    _print_rows(rows, fmt, EVENT_COLUMNS)


def list_quotes(*, speaker, since, fmt, db) -> None:
    from eventwire.store import open_store

    settings = _settings(db=db)
    with open_store(settings.db) as store:
        rows = store.quotes(speaker=speaker, since=since)
    _print_rows(rows, fmt, ("published", "speaker_name", "speaker_code", "kind", "text", "title"))


def tone_series(*, actor, dyad, interval, fmt, db) -> None:
    from eventwire.store import open_store

    settings = _settings(db=db)
    with open_store(settings.db) as store:
        rows = store.tone_series(dyad=tuple(dyad) if dyad else None, actor=actor,
                                 interval=interval)
    _print_rows(rows, fmt, ("period", "tone", "articles"))


def export(*, out, fmt, actor, root, since, db) -> None:
    from eventwire.export import export_events
    from eventwire.store import open_store

    settings = _settings(db=db)
    with open_store(settings.db) as store:
        rows = store.events(actor=actor, root=root, since=since)
    if out == "-":
        export_events(rows, fmt, sys.stdout)
    else:
        export_events(rows, fmt, out)
        typer.echo(f"wrote {len(rows)} events to {out}", err=True)


def stats(*, db) -> None:
    from eventwire.store import open_store

    settings = _settings(db=db)
    with open_store(settings.db) as store:
        typer.echo(json.dumps(store.stats(), indent=1, default=str))


def explain(path: str, *, published, model, actors) -> None:
    from eventwire.explain import explain_extraction
    from eventwire.pipeline import Pipeline

    settings = _settings(model=model, actors=actors)
    pipeline = Pipeline(settings)
    for ex in pipeline.extract_items(_items([path], settings, published)):
        typer.echo(explain_extraction(ex))


def evaluate(gold: str, *, texts, predictions, published, as_json, workers, model,
             floors: dict[str, float | None]) -> None:
    from pathlib import Path

    from eventwire.eval import format_report, run_eval
    from eventwire.pipeline import Pipeline
    from eventwire.records import Article
    from eventwire.sources import SourceItem, normalise_text

    settings = _settings(workers=workers, model=model)
    pipeline = Pipeline(settings)

    def extract_fn(triples: Sequence[tuple[str, str, str | None]]) -> Iterable[dict]:
        items = (
            SourceItem(Article(text=normalise_text(t), published=p, path=gid), None)
            for gid, t, p in triples
        )
        for ex in pipeline.extract_items(items):
            yield ex.to_dict()

    report = run_eval(gold, extract=extract_fn, texts_dir=Path(texts) if texts else None,
                      predictions_dir=Path(predictions) if predictions else None,
                      published=published)
    if as_json:
        typer.echo(json.dumps(report.to_dict(), indent=1, default=str))
    else:
        typer.echo(format_report(report))
    failed = []
    values = report.to_dict()
    for name, floor in floors.items():
        if floor is None:
            continue
        value = values.get(name)
        if value is None or value < floor:
            failed.append(f"{name} {value} < {floor}")
    if failed:
        typer.echo("quality gate failed: " + "; ".join(failed), err=True)
        raise typer.Exit(3)


def info() -> None:
    import spacy

    import eventwire
    from eventwire.pipeline import load_knowledge

    settings = load_settings()
    kb = load_knowledge(settings.actors)
    typer.echo(json.dumps({
        "eventwire": eventwire.__version__,
        "spacy": spacy.__version__,
        "model": settings.model,
        "db": settings.db,
        "cameo_codes": len(kb.codebook.codes),
        "verb_lemmas": len(kb.patterns.verbs),
        "noun_lemmas": len(kb.patterns.nouns),
    }, indent=1))
