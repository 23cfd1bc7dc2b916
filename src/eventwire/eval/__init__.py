"""eval stage of eventwire: read gold files and score ``eventwire extract`` output against them.

``run_eval(gold_path, extract=..., texts_dir=..., predictions_dir=..., published=...)`` is what
``eventwire eval`` calls; ``format_report`` / ``report_json`` render the result.
"""

from eventwire.eval.codes import normalise_actor_code, plover_type, resolve_actor
from eventwire.eval.gold import (
    GoldActor,
    GoldArticle,
    GoldEvent,
    GoldQuote,
    read_gold,
    read_predictions,
)
from eventwire.eval.report import format_report, report_json
from eventwire.eval.score import Item, PloverStats, Report, RootRow, run_eval, score

__all__ = [
    "GoldActor",
    "GoldArticle",
    "GoldEvent",
    "GoldQuote",
    "Item",
    "PloverStats",
    "Report",
    "RootRow",
    "format_report",
    "normalise_actor_code",
    "plover_type",
    "read_gold",
    "read_predictions",
    "report_json",
    "resolve_actor",
    "run_eval",
    "score",
]
