"""eventwire: news in, evidence-linked political event data out.

    >>> import eventwire
    >>> ex = eventwire.extract("Japan's prime minister visited Canberra on Monday.",
    ...                        published="2024-03-04")
    >>> [(e.source.code, e.cameo, e.target.code) for e in ex.events]  # doctest: +SKIP
    [('JPN', '042', 'AUS')]
"""

from typing import TYPE_CHECKING, Any

# The subpackage ``eventwire.extract`` (extraction stages) is imported first, so that the
# name ``eventwire.extract`` is then bound to the API function below, not to the package.
import eventwire.extract as _extract_stages  # noqa: F401, E402
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
    Problem,
    Quote,
    Tone,
)

if TYPE_CHECKING:
    from eventwire.pipeline import Pipeline

__version__ = "0.1.0"


def extract(text: str, *, published: str | None = None, title: str | None = None,
            url: str | None = None, source: str | None = None,
            settings: Settings | None = None) -> Extraction:
    """Code one article's text; ``published`` (YYYY-MM-DD) anchors relative dates."""
    from eventwire.pipeline import extract as _extract

    return _extract(text, published=published, title=title, url=url, source=source,
                    settings=settings)


def __getattr__(name: str) -> Any:
    """Import the pipeline (spaCy and the model) only when it is asked for."""
    if name == "Pipeline":
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
    "Problem",
    "Pipeline",
    "Quote",
    "Settings",
    "Tone",
    "extract",
    "load_settings",
]
