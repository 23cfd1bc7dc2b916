"""Scoring rules of FORMAT.md on hand-built gold and predictions."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventwire.errors import GoldError, InputError
from eventwire.eval import format_report, report_json, run_eval, score
from eventwire.eval.gold import GoldActor, GoldArticle, GoldEvent, GoldQuote


def gev(src, tgt, root="04", cameo=None, modality="asserted", *, optional=False,
        bilateral=False, plover=None, sentence=0, note="n"):  # fmt: skip
    return GoldEvent(src, tgt, root, cameo, modality, optional, bilateral, sentence, note, plover)


def art(events=(), *, aid="a", actors=(), quotes=(), offsets=(), text="", kind="article"):
    return GoldArticle(aid, text, None, None, tuple(offsets), tuple(events), tuple(actors),
                       tuple(quotes), kind)  # fmt: skip


def pev(src, tgt, root="04", cameo=None, modality="asserted", plover=None, evidence="ev"):
    return {
        "source": None if src is None else {"code": src, "name": src},
        "target": None if tgt is None else {"code": tgt, "name": tgt},
        "root": root,
        "cameo": cameo,
        "plover": plover,
        "modality": modality,
        "sentence": 0,
        "evidence": evidence,
    }


def run(events, preds, **kw):
    return score([art(events, **kw)], {"a": {"events": preds}})


# ----------------------------------------------------------------------------- event matching


def test_exact_match():
    r = run([gev("USA", "CHN", "04", "042")], [pev("USA", "CHN", "04", "042")])
    assert (r.tp, r.fp, r.fn, r.precision, r.recall, r.f1) == (1, 0, 0, 1.0, 1.0, 1.0)


def test_root_taken_from_cameo_when_missing():
    r = run([gev("USA", "CHN", "04")], [pev("USA", "CHN", None, "042")])
    assert r.tp == 1


def test_wrong_root_or_actor_is_fp_and_fn():
    r = run([gev("USA", "CHN", "04")], [pev("USA", "CHN", "05"), pev("USA", "RUS", "04")])
    assert (r.tp, r.fp, r.fn) == (0, 2, 1)
    assert (r.precision, r.recall, r.f1) == (0.0, 0.0, 0.0)


def test_bilateral_matches_either_direction():
    assert run([gev("USA", "CHN", bilateral=True)], [pev("CHN", "USA")]).tp == 1
    r = run([gev("USA", "CHN")], [pev("CHN", "USA")])
    assert (r.tp, r.fp, r.fn) == (0, 1, 1)


def test_null_gold_target_matches_any_target():
    assert run([gev("UKR", None, "02")], [pev("UKR", "RUS", "02")]).tp == 1
    assert run([gev("UKR", None, "02")], [pev("UKR", None, "02")]).tp == 1
    r = run([gev("UKR", "RUS", "02")], [pev("UKR", None, "02")])
    assert (r.tp, r.fp, r.fn) == (0, 1, 1)


def test_null_gold_source_matches_any_source():
    assert run([gev(None, "SYR", "19")], [pev("SYR", "SYR", "19")]).tp == 1


def test_prediction_matching_only_optional_is_ignored():
    r = run([gev("USA", "PRK", "16", optional=True)], [pev("USA", "PRK", "16")])
    assert (r.tp, r.fp, r.fn, r.ignored) == (0, 0, 0, 1)
    assert (r.gold_required, r.gold_optional) == (0, 1)


def test_unmatched_optional_is_not_a_miss():
    r = run([gev("USA", "PRK", "16", optional=True), gev("RUS", "PRK", "04")], [pev("RUS", "PRK")])
    assert (r.tp, r.fp, r.fn) == (1, 0, 0)


def test_duplicate_prediction_is_fp():
    r = run([gev("RUS", "PRK", "04")], [pev("RUS", "PRK"), pev("RUS", "PRK")])
    assert (r.tp, r.fp, r.fn) == (1, 1, 0)
    assert r.precision == 0.5


def test_duplicate_of_optional_is_fp():
    r = run([gev("RUS", "PRK", optional=True)], [pev("RUS", "PRK"), pev("RUS", "PRK")])
    assert (r.tp, r.fp, r.ignored) == (0, 1, 1)


def test_required_gold_is_matched_first():
    golds = [gev("RUS", "PRK", "04", optional=True), gev("RUS", "PRK", "04")]
    r = run(golds, [pev("RUS", "PRK", "04")])
    assert (r.tp, r.fp, r.fn, r.ignored) == (1, 0, 0, 0)


def test_greedy_prefers_exact_cameo_then_modality():
    golds = [gev("RUS", "PRK", "04", "042", "asserted"), gev("RUS", "PRK", "04", "043", "expected")]
    preds = [pev("RUS", "PRK", "04", "043", "expected"), pev("RUS", "PRK", "04", "042", "asserted")]
    r = run(golds, preds)
    assert r.tp == 2 and (r.modality_correct, r.modality_total) == (2, 2)
    golds = [gev("RUS", "PRK", "04", "040", "asserted"), gev("RUS", "PRK", "04", "040", "expected")]
    preds = [pev("RUS", "PRK", "04", "040", "expected"), pev("RUS", "PRK", "04", "040", "asserted")]
    assert run(golds, preds).modality_accuracy == 1.0


def test_greedy_prefers_exact_actor_over_wildcard():
    golds = [gev("USA", None, "04"), gev("USA", "CHN", "04")]
    r = run(golds, [pev("USA", "CHN", "04"), pev("USA", "RUS", "04")])
    assert (r.tp, r.fp, r.fn) == (2, 0, 0)


def test_modality_accuracy_on_matched_only():
    golds = [
        gev("USA", "PRK", "11", modality="asserted"),
        gev("PRK", "RUS", "07", modality="alleged"),
    ]
    r = run(
        golds,
        [
            pev("USA", "PRK", "11", modality="asserted"),
            pev("PRK", "RUS", "07", modality="asserted"),
        ],
    )
    assert (r.modality_correct, r.modality_total, r.modality_accuracy) == (1, 2, 0.5)
    r = run([gev("A", "B", modality=None)], [pev("A", "B")])
    assert r.modality_accuracy is None


def test_source_root_recall_ignores_target():
    r = run([gev("USA", "CHN", "04"), gev("USA", "CHN", "11")], [pev("USA", "RUS", "04")])
    assert (r.tp, r.fn, r.source_root_tp, r.source_root_recall) == (0, 2, 1, 0.5)
    r = run([gev("USA", "CHN", "04", bilateral=True)], [pev("CHN", "RUS", "04")])
    assert r.source_root_tp == 1


def test_per_root_table_and_lists():
    golds = [gev("USA", "CHN", "04", note="visit"), gev("USA", "CHN", "11", note="criticism"),
             gev("USA", "CHN", "16", optional=True)]  # fmt: skip
    preds = [pev("USA", "CHN", "04"), pev("CHN", "USA", "19", evidence="troops fired")]
    r = run(golds, preds)
    rows = {
        row.key: (row.gold, row.tp, row.fp, row.fn, row.precision, row.recall) for row in r.per_root
    }
    assert rows == {
        "04": (1, 1, 0, 0, 1.0, 1.0),
        "11": (1, 0, 0, 1, 0.0, 0.0),
        "19": (0, 0, 1, 0, 0.0, 1.0),
    }
    assert [(m.article, m.root, m.text) for m in r.misses] == [("a", "11", "criticism")]
    assert [(f.source, f.target, f.root, f.text) for f in r.false_positives] == [
        ("CHN", "USA", "19", "troops fired")
    ]


def test_empty_cases():
    r = score([art([])], {"a": {"events": []}})
    assert (r.precision, r.recall, r.f1) == (1.0, 1.0, 1.0)
    r = score([art([gev("A", "B")])], {"a": {"events": []}})
    assert (r.precision, r.recall) == (0.0, 0.0)


def test_missing_prediction_counts_as_empty():
    r = score([art([gev("A", "B")], aid="x")], {})
    assert r.fn == 1 and r.missing_predictions == ("x",)


def test_articles_that_partly_failed_are_named_in_the_report():
    problem = {"stage": "coder", "sentence": 0, "detail": "KeyError: 'x'"}
    r = score([art([gev("A", "B")], aid="x"), art([], aid="y")],
              {"x": {"events": [], "problems": [problem]}, "y": {"events": [], "problems": []}})
    assert r.with_problems == ("x",)
    assert "partly failed (see their problems): 1 article(s): x" in format_report(r)
    assert score([art([], aid="y")], {"y": {"events": []}}).with_problems == ()


def test_predicted_codes_are_normalised():
    r = run([gev("USA", "JPN", "04")], [pev("USAGOV", "JAP", "04")])
    assert r.tp == 1


# ----------------------------------------------------------------------------- quotes


def _quote(code, start, sentence=None):
    return {"text": "q", "span": [start, start + 5], "kind": "direct", "sentence": sentence,
            "speaker": {"code": code, "name": "x"}}  # fmt: skip


def test_quote_recall_uses_gold_sentence_offsets():
    quotes = [GoldQuote("A", "RUS", 1, False), GoldQuote("B", "UKR", 2, False),
              GoldQuote("C", "USA", 0, True)]  # fmt: skip
    gold = art([], quotes=quotes, offsets=[0, 50, 100])
    # RUS quote starts at 60 (sentence 1): found; UKR quote starts at 10 (sentence 0): not.
    pred = {"quotes": [_quote("RUS", 60, sentence=7), _quote("UKR", 10, sentence=2)]}
    r = score([gold], {"a": pred})
    assert (r.quotes_found, r.quotes_total, r.quote_recall) == (1, 2, 0.5)


def test_quote_recall_without_offsets_takes_any_sentence():
    gold = art([], quotes=[GoldQuote("B", "UKR", 2, False)])
    r = score([gold], {"a": {"quotes": [_quote("UKR", 10)]}})
    assert r.quote_recall == 1.0
    r = score([gold], {"a": {"quotes": [_quote("RUS", 10)]}})
    assert r.quote_recall == 0.0


# ----------------------------------------------------------------------------- actors


def test_actor_accuracy_and_coverage():
    text = "Russian President Vladimir Putin met Kim. Russian state media said so."
    actors = [GoldActor("Vladimir Putin", "RUS", "GOV"), GoldActor("Kim Jong Un", "PRK", "GOV"),
              GoldActor("Russian state media", "RUS", "MED"), GoldActor("United States", "USA", "GOV"),
              GoldActor("Nobody known", None, None)]  # fmt: skip
    pred_actors = [
        {"id": "a1", "name": "Putin", "code": "RUS", "mentions": [[18, 32]]},  # contained name
        {"id": "a2", "name": "Kim", "code": "KOR", "mentions": [[37, 40]]},  # wrong code
        {"id": "a3", "name": "Russia", "code": "RUS", "mentions": [[42, 61]]},  # by mention text
        {"id": "a4", "name": "US", "code": "USA", "mentions": []},  # "us" is not in "russian"
    ]
    r = score([art([], actors=actors, text=text)], {"a": {"actors": pred_actors}})
    # found: Putin (right), Kim (wrong: "kim" is a whole word of "kim jong un"), state media (right)
    assert (r.actors_total, r.actors_found, r.actors_right, r.actors_unscored) == (4, 3, 2, 1)
    assert r.actor_accuracy == pytest.approx(2 / 3)
    assert r.actor_coverage == 0.75


def test_actor_exact_name_tier_wins():
    actors = [GoldActor("North Korea", "PRK", None)]
    preds = [{"name": "North Korea", "code": "PRK"}, {"name": "North Korea's army", "code": "KOR"}]
    r = score([art([], actors=actors)], {"a": {"actors": preds}})
    assert (r.actors_found, r.actors_right) == (1, 1)


def test_actor_mentions_use_predicted_text_when_given():
    actors = [GoldActor("Freedonia", "FRE", None)]
    pred = {"article": {"id": "z", "text": "In Freedonia."}, "actors": [
        {"name": "x", "code": "FRE", "mentions": [[3, 12]]}]}  # fmt: skip
    r = score([art([], actors=actors, text="unrelated text here")], {"a": pred})
    assert r.actors_right == 1


# ----------------------------------------------------------------------------- PLOVER GSR


def _plover_article(events, aid="p"):
    return art(events, aid=aid, kind="plover", offsets=(0,))


def test_plover_matching_uses_type_and_dyad_stats():
    g1 = _plover_article([gev("ISR", "PSE", None, plover="COERCE", modality=None)], "p1")
    g2 = _plover_article([gev("JPN", "PRT", None, plover="REQUEST", modality=None),
                          gev("JPN", "NOR", None, plover="REQUEST", modality=None)], "p2")  # fmt: skip
    g3 = _plover_article([gev(None, None, None, plover="ASSAULT", modality=None)], "p3")
    preds = {
        "p1": {"events": [pev("ISR", "PSE", "17", plover="COERCE")]},
        "p2": {"events": [pev("JPN", "NOR", "10", plover="ACCUSE")]},
        "p3": {"events": []},
    }
    r = score([g1, g2, g3], preds)
    assert (r.tp, r.fp, r.fn) == (1, 1, 3)
    assert r.plover is not None
    p = r.plover
    assert (p.records, p.evaluable, p.dyad_found, p.type_correct) == (3, 2, 2, 1)
    assert (p.dyad_rate, p.type_accuracy) == (1.0, 0.5)
    assert {row.key for row in r.per_root} == {"ACCUSE", "ASSAULT", "COERCE", "REQUEST"}


def test_no_plover_stats_without_plover_gold():
    assert run([gev("A", "B")], []).plover is None


# ----------------------------------------------------------------------------- run_eval


def _write_gold(tmp_path: Path, objs) -> Path:
    path = tmp_path / "gold.jsonl"
    path.write_text("".join(json.dumps(o) + "\n" for o in objs))
    return path


def test_run_eval_with_extract(tmp_path: Path):
    (tmp_path / "texts").mkdir()
    (tmp_path / "texts" / "b.txt").write_text("Text of b.")
    (tmp_path / "texts" / "c-file.txt").write_text("Text of c.")
    ev = {"source": "USA", "target": "CHN", "root": "04"}
    gold = _write_gold(tmp_path, [
        {"id": "a", "text": "Text of a.", "pub_date": "2030-01-01", "events": [ev]},
        {"id": "b", "events": [ev]},
        {"id": "c", "text_file": "elsewhere/c-file.txt", "events": []},
    ])  # fmt: skip
    seen = []

    def extract(triples):
        seen.extend(triples)
        for gid, _text, _date in triples:
            yield {
                "article": {"id": "hash-" + gid},
                "events": [pev("USA", "CHN")] if gid == "a" else [],
            }

    r = run_eval(gold, extract=extract, texts_dir=tmp_path / "texts", published="2030-06-06")
    assert seen == [("a", "Text of a.", "2030-01-01"), ("b", "Text of b.", "2030-06-06"),
                    ("c", "Text of c.", "2030-06-06")]  # fmt: skip
    assert (r.tp, r.fn) == (1, 1)


def test_run_eval_missing_text(tmp_path: Path):
    gold = _write_gold(tmp_path, [{"id": "a", "events": []}])
    with pytest.raises(GoldError, match="'a'.*no text"):
        run_eval(gold, extract=lambda triples: [{} for _ in triples])
    with pytest.raises(GoldError, match="a.txt"):
        run_eval(gold, extract=lambda triples: [{} for _ in triples], texts_dir=tmp_path)


def test_run_eval_result_count_must_match(tmp_path: Path):
    gold = _write_gold(tmp_path, [{"id": "a", "text": "x", "events": []}])
    with pytest.raises(InputError):
        run_eval(gold, extract=lambda triples: [])
    with pytest.raises(InputError):
        run_eval(gold)


def test_run_eval_with_predictions_dir(tmp_path: Path):
    gold = _write_gold(
        tmp_path, [{"id": "a", "events": [{"source": "USA", "target": "CHN", "root": "04"}]}]
    )
    preds = tmp_path / "preds"
    preds.mkdir()
    (preds / "a.json").write_text(json.dumps({"events": [pev("USA", "CHN")]}))
    r = run_eval(gold, predictions_dir=preds)
    assert r.tp == 1 and r.missing_predictions == ()


# ----------------------------------------------------------------------------- report


def test_format_report_and_json():
    golds = [gev("USA", "CHN", "04", note=f"miss {i}") for i in range(5)]
    r = run(golds, [pev("RUS", "UKR", "19", evidence="shelling")])
    text = format_report(r, max_items=2)
    assert "P   0.0%" in text and "R   0.0%" in text
    assert "missed gold events (5)" in text and "... 3 more" in text
    assert "RUS -> UKR 19" in text and "shelling" in text
    assert "n/a" in text  # no quotes to rate
    data = json.loads(report_json(r))
    assert data["fn"] == 5 and data["per_root"][0]["key"] == "04" and data["plover"] is None


# ----------------------------------------------------------------------------- properties

CODES = st.sampled_from(["USA", "RUS", "CHN", None])
ROOTS = st.sampled_from(["01", "04", "19"])


@st.composite
def gold_events(draw, kind):
    root = draw(ROOTS)
    plover = draw(st.sampled_from(["AGREE", "ASSAULT"]))
    return GoldEvent(
        source=draw(CODES),
        target=draw(CODES),
        root=root if kind == "article" else None,
        cameo=draw(st.sampled_from([None, root + "0", root + "1"])) if kind == "article" else None,
        modality=draw(st.sampled_from([None, "asserted", "expected"])),
        optional=draw(st.booleans()),
        bilateral=draw(st.booleans()),
        sentence=0,
        note="",
        plover=plover if kind == "plover" else draw(st.sampled_from([None, plover])),
    )


@st.composite
def gold_articles(draw):
    kind = draw(st.sampled_from(["article", "plover"]))
    n = draw(st.integers(1, 4))
    out = []
    for i in range(n):
        events = draw(st.lists(gold_events(kind), max_size=6))
        out.append(art(events, aid=f"g{i}", kind=kind))
    return out


def _as_prediction(e: GoldEvent) -> dict:
    return pev(e.source, e.target, e.root, e.cameo, e.modality, e.plover)


@settings(max_examples=150, deadline=None)
@given(gold_articles())
def test_perfect_predictions_score_one(arts):
    preds = {a.id: {"events": [_as_prediction(e) for e in reversed(a.events)]} for a in arts}
    r = score(arts, preds)
    assert (r.precision, r.recall, r.f1, r.fp, r.fn) == (1.0, 1.0, 1.0, 0, 0)
    assert r.source_root_recall == 1.0


PRED_EVENTS = st.builds(
    pev, CODES, CODES, st.sampled_from(["01", "04", "19", None]),
    st.sampled_from([None, "010", "041"]), st.sampled_from(["asserted", "expected"]),
    st.sampled_from([None, "AGREE", "ASSAULT"]),
)  # fmt: skip


@settings(max_examples=150, deadline=None)
@given(gold_articles(), st.lists(PRED_EVENTS, max_size=8))
def test_rates_are_bounded_and_counts_add_up(arts, pred_events):
    preds = {a.id: {"events": pred_events} for a in arts}
    r = score(arts, preds)
    for value in (r.precision, r.recall, r.f1, r.source_root_recall):
        assert 0.0 <= value <= 1.0
    assert r.tp + r.fn == r.gold_required
    assert r.tp + r.fp + r.ignored == r.predicted
    assert sum(row.gold for row in r.per_root) == r.gold_required
    assert all(0.0 <= row.precision <= 1.0 and 0.0 <= row.recall <= 1.0 for row in r.per_root)
