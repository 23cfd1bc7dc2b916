"""One exception tree for eventwire.

EventwireError                 base: every error eventwire raises on purpose
├── ConfigError      (E1xx)    a setting is missing or wrong
├── ModelError       (E2xx)    the spaCy model cannot be loaded
├── KnowledgeError   (E3xx)    a knowledge-base file is malformed
├── InputError       (E4xx)    a path or input cannot be read at all (per-article problems are
│                              ``Discard`` records, not exceptions)
├── StoreError       (E5xx)    the database cannot be opened or written
└── GoldError        (E6xx)    a gold file cannot be read for evaluation

Every error carries a code and a message that says what to do.
"""

from __future__ import annotations


class EventwireError(Exception):
    code = "E000"

    def __init__(self, message: str, *, code: str | None = None) -> None:
        if code:
            self.code = code
        super().__init__(f"{self.code}: {message}")


class ConfigError(EventwireError):
    code = "E100"


class ModelError(EventwireError):
    code = "E200"


class KnowledgeError(EventwireError):
    code = "E300"


class InputError(EventwireError):
    code = "E400"


class StoreError(EventwireError):
    code = "E500"


class GoldError(EventwireError):
    code = "E600"


__all__ = [
    "ConfigError",
    "EventwireError",
    "GoldError",
    "InputError",
    "KnowledgeError",
    "ModelError",
    "StoreError",
]
