"""One entry point for every export format: picks the writer and opens the output."""

from __future__ import annotations

import io
import os
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from typing import IO, Any, BinaryIO, TextIO

from eventwire.errors import ConfigError
from eventwire.export.gdelt_tsv import write_gdelt_tsv
from eventwire.export.jsonl import write_jsonl
from eventwire.export.parquet import require_pyarrow, write_parquet
from eventwire.export.plover_json import write_plover_jsonl
from eventwire.export.tabular import write_csv

Rows = Iterable[Mapping[str, Any]]

FORMATS: dict[str, tuple[Callable[[Rows, Any], int], bool]] = {
    # name: (writer, writes bytes)
    "csv": (write_csv, False),
    "jsonl": (write_jsonl, False),
    "tsv-gdelt": (write_gdelt_tsv, False),
    "plover-json": (write_plover_jsonl, False),
    "parquet": (write_parquet, True),
}


def _is_binary(stream: IO[Any]) -> bool:
    if isinstance(stream, io.TextIOBase):
        return False
    if isinstance(stream, io.RawIOBase | io.BufferedIOBase):
        return True
    return "b" in getattr(stream, "mode", "")


@contextmanager
def _opened(out: str | os.PathLike[str] | IO[Any], binary: bool) -> Iterator[IO[Any]]:
    """The stream to write: a path is opened (and closed) here; a binary stream is wrapped
    for text formats and handed back unclosed."""
    if isinstance(out, str | os.PathLike):
        try:
            stream = open(out, "wb") if binary else open(out, "w", encoding="utf-8", newline="")  # noqa: SIM115
        except OSError as exc:
            raise ConfigError(f"cannot write the export to {out}: {exc.strerror}") from exc
        with stream:
            yield stream
        return
    if binary:
        if not _is_binary(out):
            raise ConfigError("this format writes bytes: give a path or a binary stream")
        yield out
        return
    if not _is_binary(out):
        yield out
        return
    wrapper = io.TextIOWrapper(out, encoding="utf-8", newline="")  # type: ignore[arg-type]
    try:
        yield wrapper
        wrapper.flush()
    finally:
        wrapper.detach()


def export_events(rows: Rows, fmt: str, out: str | os.PathLike[str] | TextIO | BinaryIO) -> int:
    """Write event rows in format ``fmt`` to ``out`` (path or stream); returns records written.

    Raises ``ConfigError`` for an unknown format, an unwritable path, or parquet without pyarrow.
    """
    try:
        writer, binary = FORMATS[fmt]
    except KeyError:
        raise ConfigError(
            f"unknown export format {fmt!r}; use one of: {', '.join(FORMATS)}"
        ) from None
    if fmt == "parquet":
        require_pyarrow()  # fail before creating an empty output file
    with _opened(out, binary) as stream:
        return writer(rows, stream)


__all__ = ["FORMATS", "export_events"]
