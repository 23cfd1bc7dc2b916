"""Render a :class:`~eventwire.eval.score.Report` as readable text (JSON: ``Report.to_dict``)."""

from __future__ import annotations

import json
from collections.abc import Sequence

from eventwire.eval.score import Item, Report


def _pct(value: float | None) -> str:
    return "   n/a" if value is None else f"{100 * value:5.1f}%"


def _code(value: str | None) -> str:
    return value if value is not None else "*"


def _summary(r: Report) -> list[str]:
    lines = [
        f"articles {r.articles}   gold events {r.gold_required} required"
        f" + {r.gold_optional} optional   predicted {r.predicted}",
        f"events      P {_pct(r.precision)}   R {_pct(r.recall)}   F1 {_pct(r.f1)}"
        f"   (tp {r.tp}, fp {r.fp}, fn {r.fn}, ignored {r.ignored})",
        f"source+root R {_pct(r.source_root_recall)}   ({r.source_root_tp}/{r.gold_required})",
        f"modality    {_pct(r.modality_accuracy)}   ({r.modality_correct}/{r.modality_total}"
        " matched events with a gold modality)",
        f"quotes      R {_pct(r.quote_recall)}   ({r.quotes_found}/{r.quotes_total} speakers)",
        f"actors      code accuracy {_pct(r.actor_accuracy)} ({r.actors_right}/{r.actors_found})"
        f"   coverage {_pct(r.actor_coverage)} ({r.actors_found}/{r.actors_total})"
        + (f"   unscored {r.actors_unscored}" if r.actors_unscored else ""),
    ]
    if r.plover is not None:
        p = r.plover
        lines.append(
            f"PLOVER GSR  dyad found {_pct(p.dyad_rate)} ({p.dyad_found}/{p.evaluable} of"
            f" {p.records} records)   type accuracy {_pct(p.type_accuracy)}"
            f" ({p.type_correct}/{p.dyad_found})"
        )
    if r.missing_predictions:
        lines.append(f"no prediction for {len(r.missing_predictions)} article(s)")
    if r.with_problems:
        lines.append(
            f"partly failed (see their problems): {len(r.with_problems)} article(s): "
            + ", ".join(r.with_problems[:10])
        )
    return lines


def _root_table(r: Report) -> list[str]:
    lines = [f"{'root':<10} {'gold':>5} {'tp':>5} {'fp':>5} {'fn':>5} {'P':>7} {'R':>7}"]
    for row in r.per_root:
        lines.append(
            f"{row.key:<10} {row.gold:>5} {row.tp:>5} {row.fp:>5} {row.fn:>5}"
            f" {_pct(row.precision):>7} {_pct(row.recall):>7}"
        )
    return lines


def _item_line(item: Item) -> str:
    kind = item.cameo or item.root or item.plover or "?"
    sent = "-" if item.sentence is None else str(item.sentence)
    text = " ".join(item.text.split())
    text = text if len(text) <= 90 else text[:87] + "..."
    mod = f" {item.modality}" if item.modality else ""
    return (
        f"  {item.article} s{sent}: {_code(item.source)} -> {_code(item.target)}"
        f" {kind}{mod}  {text}"
    )


def _items(title: str, items: Sequence[Item], max_items: int) -> list[str]:
    lines = [f"{title} ({len(items)})"]
    lines += [_item_line(i) for i in items[:max_items]]
    if len(items) > max_items:
        lines.append(f"  ... {len(items) - max_items} more")
    return lines


def format_report(report: Report, *, max_items: int = 40) -> str:
    """A plain-text report: summary, per-root table, then misses and false positives."""
    parts = [
        _summary(report),
        _root_table(report),
        _items("missed gold events", report.misses, max_items),
        _items("false positives", report.false_positives, max_items),
    ]
    return "\n\n".join("\n".join(p) for p in parts) + "\n"


def report_json(report: Report) -> str:
    """The report as one JSON document (what ``eventwire eval --json`` prints)."""
    return json.dumps(report.to_dict(), ensure_ascii=False, indent=1)


__all__ = ["format_report", "report_json"]
