"""eventwire: news in, evidence-linked political event data out.

    >>> import eventwire
    >>> ex = eventwire.extract("Japan's prime minister visited Canberra on Monday.",
    ...                        published="2024-03-04")
    >>> [(e.source.code, e.cameo, e.target.code) for e in ex.events]  # doctest: +SKIP
    [('JPN', '042', 'AUS')]
"""

from typing import TYPE_CHECKING, Any

from eventwire.config import Settings, load_settings
from eventwire.errors import EventwireError
from eventwire.records import (
    Actor,
    ActorRef,
    Article,
    Discard,
    Event,
    Extraction,
    Location,
    Modality,
    Quote,
    Tone,
)

if TYPE_CHECKING:
    from eventwire.pipeline import Pipeline, extract

__version__ = "0.1.0"


def __getattr__(name: str) -> Any:
    """Import the pipeline (spaCy and the model) only when it is asked for."""
    if name in ("Pipeline", "extract"):
        from eventwire import pipeline

        return getattr(pipeline, name)
    raise AttributeError(f"module 'eventwire' has no attribute {name!r}")

__all__ = [
    "Actor",
    "ActorRef",
    "Article",
    "Discard",
    "Event",
    "EventwireError",
    "Extraction",
    "Location",
    "Modality",
    "Pipeline",
    "Quote",
    "Settings",
    "Tone",
    "extract",
    "load_settings",
]
