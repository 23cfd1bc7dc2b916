"""JSON Lines export: one JSON object per row, UTF-8, non-ASCII kept as is."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any, TextIO


def write_jsonl(rows: Iterable[Mapping[str, Any]], out: TextIO) -> int:
    """Write each row as one line of JSON; returns the row count."""
    count = 0
    for row in rows:
        out.write(json.dumps(dict(row), ensure_ascii=False, default=str))
        out.write("\n")
        count += 1
    return count


__all__ = ["write_jsonl"]
