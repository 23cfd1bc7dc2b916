"""store stage of eventwire: extractions in SQLite (default) or PostgreSQL, and queries on them.

``open_store(url=None)`` returns a ``Store``; see ``eventwire.store.store`` for the details.
"""

from eventwire.store.store import (
    DEFAULT_URL,
    ENV_VAR,
    EVENT_COLUMNS,
    SaveResult,
    Store,
    database_url,
    open_store,
)

__all__ = [
    "DEFAULT_URL",
    "ENV_VAR",
    "EVENT_COLUMNS",
    "SaveResult",
    "Store",
    "database_url",
    "open_store",
]
