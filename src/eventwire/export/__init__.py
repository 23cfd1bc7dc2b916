"""export stage of eventwire: flat event rows (``Store.events``) to files.

``export_events(rows, fmt, out)`` with ``fmt`` one of ``FORMATS``: ``csv``, ``jsonl``,
``tsv-gdelt`` (GDELT 1.0 column order, see ``gdelt_tsv``), ``plover-json`` (PLOVER JSON Lines,
see ``plover_json``) and ``parquet`` (needs pyarrow). ``out`` is a path or an open stream.
"""

from eventwire.export.writer import FORMATS, export_events

__all__ = ["FORMATS", "export_events"]
