"""Fault isolation inside one article: a stage that fails on one part gives up that part only.

A coder bug on one odd sentence used to discard the whole article and every event in it. Now
each stage of ``extract_document`` runs under a ``Faults`` collector: the failing stage (or the
one trigger, or the one event) is skipped with a fallback, the rest of the article is coded, and
the failure is recorded as a ``Problem`` on the extraction (stage, sentence, exception), so no
loss is silent. Only a failure that leaves nothing to code (parsing, actor resolution) still
discards the article, as before, with reason ``error``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TypeVar

from eventwire.records import Problem

log = logging.getLogger(__name__)

T = TypeVar("T")

MAX_PROBLEMS = 50
"""Problems kept per article: a stage failing on every sentence says so fifty times, enough."""


class Faults:
    """Collects the problems of one article while its other parts are coded."""

    def __init__(self, label: str = "") -> None:
        self.label = label
        self.problems: list[Problem] = []

    def record(self, stage: str, exc: BaseException, sentence: int | None = None) -> None:
        """Log the failure with its traceback and keep a short reason for the record."""
        where = f" (sentence {sentence})" if sentence is not None else ""
        log.warning(
            "%s failed in %s%s: %s", stage, self.label or "an article", where, exc, exc_info=exc
        )
        if len(self.problems) < MAX_PROBLEMS:
            self.problems.append(Problem(stage, f"{type(exc).__name__}: {exc}", sentence))

    def run(self, stage: str, fn: Callable[[], T], fallback: T, sentence: int | None = None) -> T:
        """``fn()``, or ``fallback`` with a recorded problem when it raises."""
        try:
            return fn()
        except Exception as exc:  # isolate: the rest of the article is still coded
            self.record(stage, exc, sentence)
            return fallback
