"""CSV export of flat event rows (``Store.events``): one header line, one line per event.

Columns are the keys of the first row (``EVENT_COLUMNS`` when there is no row); a later row's
missing keys are left empty and keys the first row lacked are not written. ``None`` is an empty
cell; lists and dicts are written as JSON.
"""

from __future__ import annotations

import csv
import itertools
import json
from collections.abc import Iterable, Mapping
from typing import Any, TextIO

from eventwire.store.store import EVENT_COLUMNS


def cell(value: Any) -> Any:
    """A CSV cell: empty for None, JSON for containers, the value itself otherwise."""
    if value is None:
        return ""
    if isinstance(value, list | tuple | dict):
        return json.dumps(value, ensure_ascii=False)
    return value


def write_csv(rows: Iterable[Mapping[str, Any]], out: TextIO) -> int:
    """Write rows as CSV (RFC 4180 quoting, ``\\r\\n`` line ends); returns the row count."""
    it = iter(rows)
    first = next(it, None)
    columns = list(first.keys()) if first is not None else list(EVENT_COLUMNS)
    writer = csv.DictWriter(out, fieldnames=columns, restval="", extrasaction="ignore")
    writer.writeheader()
    if first is None:
        return 0
    count = 0
    for row in itertools.chain((first,), it):
        writer.writerow({k: cell(v) for k, v in row.items()})
        count += 1
    return count


__all__ = ["cell", "write_csv"]
