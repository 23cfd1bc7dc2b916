"""Score predictions (``eventwire extract`` objects) against gold articles, as FORMAT.md says.

Event matching, per article: predictions are paired one-to-one, greedily, with gold events on
(source, target, root). A bilateral gold event also matches the reverse direction; a gold
actor of None (a null target, or a gold code that names no country) matches any predicted
actor. Where the gold event has no CAMEO root (PLOVER GSR), its PLOVER type stands in for the
root. Greedy order: every pair that fits is ranked by (required before optional; exact cameo
agreement; exact modality agreement; exact actors, not wildcards; direct, not reversed; PLOVER
agreement; gold order; prediction order) and taken when both sides are still free. A
prediction taken by an optional gold event is *ignored*; every other prediction is a false
positive, including a duplicate of a matched event (an optional event absorbs one
prediction, like a required one).

Ratios with an empty denominator: recall is 1.0 when there was nothing to find; precision is
1.0 when nothing was predicted and nothing was missed, else 0.0. Other rates are None when
there is nothing to rate.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from eventwire.errors import GoldError, InputError
from eventwire.eval.codes import normalise_actor_code, plover_type
from eventwire.eval.gold import GoldArticle, GoldEvent, read_gold, read_predictions

Extractor = Callable[[Sequence[tuple[str, str, str | None]]], Iterable[dict[str, Any]]]


# --------------------------------------------------------------------------- report types


def _ratio(num: int, den: int) -> float | None:
    return num / den if den else None


@dataclass(frozen=True)
class RootRow:
    """One line of the per-root table (key: CAMEO root, or PLOVER type for PLOVER gold)."""

    key: str
    gold: int
    tp: int
    fp: int
    fn: int
    precision: float
    recall: float

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass(frozen=True)
class Item:
    """A missed gold event or a false-positive prediction, with what explains it."""

    article: str
    sentence: int | None
    source: str | None
    target: str | None
    root: str | None
    cameo: str | None
    plover: str | None
    modality: str | None
    text: str  # gold note or predicted evidence

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass(frozen=True)
class PloverStats:
    """PLOVER GSR extras: is the dyad found, and is the event type right where it is."""

    records: int
    evaluable: int  # records with at least one resolved gold actor
    dyad_found: int
    type_correct: int

    @property
    def dyad_rate(self) -> float | None:
        return _ratio(self.dyad_found, self.evaluable)

    @property
    def type_accuracy(self) -> float | None:
        return _ratio(self.type_correct, self.dyad_found)

    def to_dict(self) -> dict[str, Any]:
        return {
            **self.__dict__,
            "dyad_rate": self.dyad_rate,
            "type_accuracy": self.type_accuracy,
        }


@dataclass(frozen=True)
class Report:
    """Every number ``eventwire eval`` shows; ``to_dict`` is its JSON form."""

    articles: int
    gold_required: int
    gold_optional: int
    predicted: int
    tp: int
    fp: int
    fn: int
    ignored: int
    precision: float
    recall: float
    f1: float
    source_root_tp: int
    source_root_recall: float
    modality_correct: int
    modality_total: int
    modality_accuracy: float | None
    quotes_found: int
    quotes_total: int
    quote_recall: float | None
    actors_total: int
    actors_found: int
    actors_right: int
    actors_unscored: int
    actor_accuracy: float | None
    actor_coverage: float | None
    per_root: tuple[RootRow, ...]
    misses: tuple[Item, ...]
    false_positives: tuple[Item, ...]
    plover: PloverStats | None = None
    missing_predictions: tuple[str, ...] = ()
    with_problems: tuple[str, ...] = ()  # articles of which a part failed (Extraction.problems)

    def to_dict(self) -> dict[str, Any]:
        out = {k: v for k, v in self.__dict__.items() if not isinstance(v, tuple)}
        out["per_root"] = [r.to_dict() for r in self.per_root]
        out["misses"] = [m.to_dict() for m in self.misses]
        out["false_positives"] = [m.to_dict() for m in self.false_positives]
        out["plover"] = self.plover.to_dict() if self.plover else None
        out["missing_predictions"] = list(self.missing_predictions)
        out["with_problems"] = list(self.with_problems)
        return out


# --------------------------------------------------------------------------- predictions


@dataclass(frozen=True)
class _Pred:
    source: str | None
    target: str | None
    root: str | None
    cameo: str | None
    plover: str | None
    modality: str | None
    sentence: int | None
    evidence: str


def _ref_code(ref: Any) -> str | None:
    code = ref.get("code") if isinstance(ref, dict) else None
    return normalise_actor_code(code if isinstance(code, str) else None)[0]


def _pred_event(obj: Mapping[str, Any]) -> _Pred:
    cameo = obj.get("cameo")
    cameo = str(cameo) if cameo is not None else None
    root = obj.get("root")
    root = str(root) if root is not None else (cameo[:2] if cameo else None)
    sentence = obj.get("sentence")
    return _Pred(
        source=_ref_code(obj.get("source")),
        target=_ref_code(obj.get("target")),
        root=root,
        cameo=cameo,
        plover=plover_type(obj.get("plover")),
        modality=obj.get("modality"),
        sentence=sentence if isinstance(sentence, int) else None,
        evidence=str(obj.get("evidence") or ""),
    )


def _pred_events(prediction: Mapping[str, Any]) -> list[_Pred]:
    events = prediction.get("events") or []
    return [_pred_event(e) for e in events if isinstance(e, dict)]


# --------------------------------------------------------------------------- matching


def _side_fits(gold: str | None, pred: str | None) -> bool:
    return gold is None or gold == pred


def _orientation(g: GoldEvent, p: _Pred, use_target: bool) -> int | None:
    """2: the prediction fits directly; 1: reversed (bilateral only); None: no fit."""
    if _side_fits(g.source, p.source) and (not use_target or _side_fits(g.target, p.target)):
        return 2
    reversed_fits = g.bilateral and g.target is not None and g.target == p.source
    if reversed_fits and (not use_target or _side_fits(g.source, p.target)):
        return 1
    return None


def _class_fits(g: GoldEvent, p: _Pred) -> bool:
    if g.root is not None:
        return g.root == p.root
    if g.plover is not None:
        return g.plover == p.plover
    return True


def _fit(g: GoldEvent, p: _Pred, use_target: bool = True) -> tuple[int, ...] | None:
    """How well a prediction fits a gold event (higher is better), or None if it does not."""
    if not _class_fits(g, p):
        return None
    orient = _orientation(g, p, use_target)
    if orient is None:
        return None
    src, tgt = (p.source, p.target) if orient == 2 else (p.target, p.source)
    return (
        int(g.cameo is not None and g.cameo == p.cameo),
        int(g.modality is not None and g.modality == p.modality),
        int(g.source == src) + int(not use_target or g.target == tgt),
        orient,
        int(g.plover is not None and g.plover == p.plover),
    )


def _match_events(
    golds: Sequence[GoldEvent], preds: Sequence[_Pred], use_target: bool = True
) -> dict[int, int]:
    """Greedy one-to-one matching: {prediction index: gold index} (see the module doc)."""
    pairs = []
    for gi, g in enumerate(golds):
        for pj, p in enumerate(preds):
            quality = _fit(g, p, use_target)
            if quality is not None:
                rank = (int(g.optional), *(-q for q in quality), gi, pj)
                pairs.append((rank, gi, pj))
    pairs.sort()
    taken_gold: set[int] = set()
    matched: dict[int, int] = {}
    for _, gi, pj in pairs:
        if gi not in taken_gold and pj not in matched:
            taken_gold.add(gi)
            matched[pj] = gi
    return matched


# --------------------------------------------------------------------------- tallies


@dataclass
class _Tally:
    articles: int = 0
    gold_required: int = 0
    gold_optional: int = 0
    predicted: int = 0
    tp: int = 0
    fp: int = 0
    fn: int = 0
    ignored: int = 0
    source_root_tp: int = 0
    modality_correct: int = 0
    modality_total: int = 0
    quotes_found: int = 0
    quotes_total: int = 0
    actors_total: int = 0
    actors_found: int = 0
    actors_right: int = 0
    actors_unscored: int = 0
    plover_records: int = 0
    plover_evaluable: int = 0
    plover_dyads: int = 0
    plover_types: int = 0
    root_gold: Counter[str] = field(default_factory=Counter)
    root_tp: Counter[str] = field(default_factory=Counter)
    root_fp: Counter[str] = field(default_factory=Counter)
    root_fn: Counter[str] = field(default_factory=Counter)
    misses: list[Item] = field(default_factory=list)
    false_positives: list[Item] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def _gold_key(g: GoldEvent) -> str:
    return g.root or g.plover or "?"


def _pred_key(p: _Pred, plover_article: bool) -> str:
    return (p.plover if plover_article else p.root) or "?"


def _gold_item(article: str, g: GoldEvent) -> Item:
    return Item(
        article, g.sentence, g.source, g.target, g.root, g.cameo, g.plover, g.modality, g.note
    )


def _pred_item(article: str, p: _Pred) -> Item:
    return Item(
        article, p.sentence, p.source, p.target, p.root, p.cameo, p.plover, p.modality, p.evidence
    )


def _score_events(t: _Tally, art: GoldArticle, preds: list[_Pred]) -> None:
    golds = art.events
    plover_article = art.kind == "plover"
    matched = _match_events(golds, preds)
    required = [i for i, g in enumerate(golds) if not g.optional]
    t.gold_required += len(required)
    t.gold_optional += len(golds) - len(required)
    t.predicted += len(preds)
    for i in required:
        t.root_gold[_gold_key(golds[i])] += 1
    for pj, p in enumerate(preds):
        gi = matched.get(pj)
        if gi is None:
            t.fp += 1
            t.root_fp[_pred_key(p, plover_article)] += 1
            t.false_positives.append(_pred_item(art.id, p))
        elif golds[gi].optional:
            t.ignored += 1
        else:
            g = golds[gi]
            t.tp += 1
            t.root_tp[_gold_key(g)] += 1
            if g.modality is not None:
                t.modality_total += 1
                t.modality_correct += int(g.modality == p.modality)
    found = set(matched.values())
    for i in required:
        if i not in found:
            t.fn += 1
            t.root_fn[_gold_key(golds[i])] += 1
            t.misses.append(_gold_item(art.id, golds[i]))
    loose = set(_match_events(golds, preds, use_target=False).values())
    t.source_root_tp += sum(1 for i in required if i in loose)


def _score_plover(t: _Tally, art: GoldArticle, preds: list[_Pred]) -> None:
    """Dyad found (some prediction fits the record's actors) and event type where found."""
    t.plover_records += 1
    if all(g.source is None and g.target is None for g in art.events):
        return
    t.plover_evaluable += 1
    fitting = [(g, p) for g in art.events for p in preds if _orientation(g, p, True)]
    if fitting:
        t.plover_dyads += 1
        t.plover_types += int(
            any(g.plover is not None and g.plover == p.plover for g, p in fitting)
        )


def _sentence_of(offset: int, offsets: tuple[int, ...]) -> int:
    return max(bisect_right(offsets, offset) - 1, 0)


def _quote_sentence(q: Mapping[str, Any], offsets: tuple[int, ...]) -> int | None:
    span = q.get("span")
    if offsets and isinstance(span, list | tuple) and span and isinstance(span[0], int):
        return _sentence_of(span[0], offsets)
    sentence = q.get("sentence")
    return sentence if isinstance(sentence, int) else None


def _score_quotes(t: _Tally, art: GoldArticle, prediction: Mapping[str, Any]) -> None:
    """A required gold quote is found by a predicted quote of the same speaker code that starts
    in the same gold sentence (any sentence when the gold has no sentence offsets)."""
    placed = [
        (_ref_code(q.get("speaker")), _quote_sentence(q, art.sent_offsets))
        for q in prediction.get("quotes") or []
        if isinstance(q, dict)
    ]
    for gq in art.quotes:
        if gq.optional:
            continue
        t.quotes_total += 1
        anywhere = not art.sent_offsets or gq.sentence is None
        t.quotes_found += int(
            any(
                code is not None and code == gq.code and (anywhere or sent == gq.sentence)
                for code, sent in placed
            )
        )


_SPACE_RE = re.compile(r"\s+")


def _norm_name(text: str) -> str:
    return _SPACE_RE.sub(" ", text).strip().lower()


def _contains(outer: str, inner: str) -> bool:
    """``inner`` occurs in ``outer`` as whole words ("US" is not in "Russian")."""
    return bool(inner) and re.search(rf"(?<!\w){re.escape(inner)}(?!\w)", outer) is not None


def _names_match(a: str, b: str) -> bool:
    return bool(a and b) and (a == b or _contains(a, b) or _contains(b, a))


def _actor_views(prediction: Mapping[str, Any], text: str) -> list[tuple[str, list[str], Any]]:
    """(name, mention texts, code) of each predicted actor, names lower-cased."""
    out = []
    for actor in prediction.get("actors") or []:
        if not isinstance(actor, dict):
            continue
        mentions = []
        for span in actor.get("mentions") or []:
            if (
                isinstance(span, list | tuple)
                and len(span) == 2
                and all(isinstance(x, int) for x in span)
            ):
                mentions.append(_norm_name(text[span[0] : span[1]]))
        code = normalise_actor_code(
            actor.get("code") if isinstance(actor.get("code"), str) else None
        )
        out.append((_norm_name(str(actor.get("name") or "")), mentions, code[0]))
    return out


def _score_actors(t: _Tally, art: GoldArticle, prediction: Mapping[str, Any]) -> None:
    """Found: a predicted actor's name or mention matches the gold name; right: same code.
    The best tier decides: exact name, then name containment, then mention containment."""
    article = prediction.get("article")
    text = (article.get("text") if isinstance(article, dict) else None) or art.text or ""
    views = _actor_views(prediction, text)
    for ga in art.actors:
        if ga.code is None:
            t.actors_unscored += 1
            continue
        t.actors_total += 1
        gold = _norm_name(ga.name)
        tiers = (
            [c for n, _, c in views if n == gold],
            [c for n, _, c in views if _names_match(n, gold)],
            [c for _, ms, c in views if any(_names_match(m, gold) for m in ms)],
        )
        best = next((tier for tier in tiers if tier), None)
        if best is not None:
            t.actors_found += 1
            t.actors_right += int(ga.code in best)


# --------------------------------------------------------------------------- entry points


def _precision(tp: int, fp: int, fn: int) -> float:
    if tp + fp:
        return tp / (tp + fp)
    return 1.0 if fn == 0 else 0.0


def _recall(tp: int, fn: int) -> float:
    return tp / (tp + fn) if tp + fn else 1.0


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def _root_rows(t: _Tally) -> tuple[RootRow, ...]:
    keys = sorted(set(t.root_gold) | set(t.root_fp) | set(t.root_fn) | set(t.root_tp))
    return tuple(
        RootRow(
            key=k,
            gold=t.root_gold[k],
            tp=t.root_tp[k],
            fp=t.root_fp[k],
            fn=t.root_fn[k],
            precision=_precision(t.root_tp[k], t.root_fp[k], t.root_fn[k]),
            recall=_recall(t.root_tp[k], t.root_fn[k]),
        )
        for k in keys
    )


def _report(t: _Tally) -> Report:
    precision, recall = _precision(t.tp, t.fp, t.fn), _recall(t.tp, t.fn)
    plover = (
        PloverStats(t.plover_records, t.plover_evaluable, t.plover_dyads, t.plover_types)
        if t.plover_records
        else None
    )
    return Report(
        articles=t.articles,
        gold_required=t.gold_required,
        gold_optional=t.gold_optional,
        predicted=t.predicted,
        tp=t.tp,
        fp=t.fp,
        fn=t.fn,
        ignored=t.ignored,
        precision=precision,
        recall=recall,
        f1=_f1(precision, recall),
        source_root_tp=t.source_root_tp,
        source_root_recall=_recall(t.source_root_tp, t.gold_required - t.source_root_tp),
        modality_correct=t.modality_correct,
        modality_total=t.modality_total,
        modality_accuracy=_ratio(t.modality_correct, t.modality_total),
        quotes_found=t.quotes_found,
        quotes_total=t.quotes_total,
        quote_recall=_ratio(t.quotes_found, t.quotes_total),
        actors_total=t.actors_total,
        actors_found=t.actors_found,
        actors_right=t.actors_right,
        actors_unscored=t.actors_unscored,
        actor_accuracy=_ratio(t.actors_right, t.actors_found),
        actor_coverage=_ratio(t.actors_found, t.actors_total),
        per_root=_root_rows(t),
        misses=tuple(t.misses),
        false_positives=tuple(t.false_positives),
        plover=plover,
        missing_predictions=tuple(t.missing),
        with_problems=tuple(t.problems),
    )


def score(gold: Sequence[GoldArticle], predictions: Mapping[str, dict[str, Any]]) -> Report:
    """Score predictions keyed by gold article id; a missing prediction counts as empty."""
    t = _Tally()
    for art in gold:
        t.articles += 1
        prediction = predictions.get(art.id)
        if prediction is None:
            t.missing.append(art.id)
            prediction = {}
        if prediction.get("problems"):
            t.problems.append(art.id)
        preds = _pred_events(prediction)
        _score_events(t, art, preds)
        if art.kind == "plover":
            _score_plover(t, art, preds)
        _score_quotes(t, art, prediction)
        _score_actors(t, art, prediction)
    return _report(t)


def _article_text(art: GoldArticle, texts_dir: Path | None) -> str:
    """The gold record's text, or texts_dir/<text_file name or id + '.txt'>."""
    if art.text is not None:
        return art.text
    if texts_dir is not None:
        name = Path(art.text_file).name if art.text_file else f"{art.id}.txt"
        path = Path(texts_dir) / name
        try:
            return path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise GoldError(f"article {art.id!r}: cannot read its text {path}: {exc}") from exc
    where = f" (text_file {art.text_file} not found)" if art.text_file else ""
    raise GoldError(f"article {art.id!r} has no text{where}: pass --texts DIR")


def run_eval(
    gold_path: str | Path,
    *,
    extract: Extractor | None = None,
    texts_dir: Path | None = None,
    predictions_dir: Path | None = None,
    published: str | None = None,
) -> Report:
    """Load gold, get predictions (from a directory, or by running ``extract``), score them.

    ``extract`` gets (gold id, text, pub_date or ``published``) triples and must yield one
    ``eventwire extract`` object per triple, in order.
    """
    gold = read_gold(gold_path)
    if predictions_dir is not None:
        return score(gold, read_predictions(predictions_dir, [a.id for a in gold]))
    if extract is None:
        raise InputError("run_eval needs predictions_dir or an extract function")
    triples = [(a.id, _article_text(a, texts_dir), a.pub_date or published) for a in gold]
    results = list(extract(triples))
    if len(results) != len(triples):
        raise InputError(f"extract returned {len(results)} results for {len(triples)} articles")
    return score(gold, {gid: obj for (gid, _, _), obj in zip(triples, results, strict=True)})


__all__ = [
    "Extractor",
    "Item",
    "PloverStats",
    "Report",
    "RootRow",
    "run_eval",
    "score",
]
