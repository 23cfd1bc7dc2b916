"""Parquet export through the optional pyarrow package (``pip install 'eventwire[parquet]'``)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, BinaryIO

from eventwire.errors import ConfigError
from eventwire.store.store import EVENT_COLUMNS


def require_pyarrow() -> Any:
    """The ``pyarrow.parquet`` module, or a ConfigError that says how to install it."""
    try:
        import pyarrow.parquet as pq
    except ImportError as exc:
        raise ConfigError(
            "parquet export needs pyarrow, which is not installed: "
            "pip install 'eventwire[parquet]' (or choose --format csv/jsonl)",
            code="E110",
        ) from exc
    return pq


def write_parquet(rows: Iterable[Mapping[str, Any]], out: BinaryIO) -> int:
    """Write all rows as one Parquet table (column types inferred; empty input keeps the
    ``EVENT_COLUMNS`` as string columns); returns the row count."""
    pq = require_pyarrow()
    import pyarrow as pa

    data = [dict(r) for r in rows]
    if data:
        table = pa.Table.from_pylist(data)
    else:
        table = pa.table({c: pa.array([], type=pa.string()) for c in EVENT_COLUMNS})
    pq.write_table(table, out)
    return len(data)


__all__ = ["require_pyarrow", "write_parquet"]
