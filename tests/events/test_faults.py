"""Fault isolation inside one article: a failing part is skipped and recorded, the rest kept."""

from __future__ import annotations

import pytest

from eventwire.config import Settings
from eventwire.events import coder as coder_module
from eventwire.events.faults import MAX_PROBLEMS, Faults
from eventwire.explain import explain_extraction
from eventwire.pipeline import Pipeline
from eventwire.records import Article, Extraction, Problem

TEXT = (
    "Egypt's foreign minister met his Sudanese counterpart in Cairo on Sunday.\n"
    "The European Union imposed new sanctions on Belarus over the crackdown.\n"
    "France condemned the missile strike on Kharkiv."
)


def test_run_returns_the_value_or_the_fallback_with_a_problem() -> None:
    faults = Faults("a1")
    assert faults.run("dates", lambda: [1, 2], []) == [1, 2]
    assert faults.problems == []

    def broken() -> list[int]:
        raise ValueError("day out of range")

    assert faults.run("dates", broken, [], sentence=4) == []
    assert faults.problems == [Problem("dates", "ValueError: day out of range", 4)]


def test_problems_are_capped_per_article() -> None:
    faults = Faults()
    for i in range(MAX_PROBLEMS + 10):
        faults.record("coder", KeyError(i), i)
    assert len(faults.problems) == MAX_PROBLEMS


def test_problems_round_trip_through_json() -> None:
    x = Extraction(
        article=Article(text="x"),
        problems=(Problem("coder", "KeyError: 'a'", 2), Problem("merge", "boom")),
    )
    d = x.to_dict(with_text=True)
    assert d["problems"] == [
        {"stage": "coder", "sentence": 2, "detail": "KeyError: 'a'"},
        {"stage": "merge", "sentence": None, "detail": "boom"},
    ]
    assert Extraction.from_dict(d) == x
    assert Extraction.from_dict({**d, "problems": None}).problems == ()


def _extract(text: str = TEXT) -> Extraction:
    return Pipeline(Settings()).extract(Article(text=text, published="2024-05-06", path="t"))


def _roots(ex: Extraction) -> set[tuple[str | None, str | None, str]]:
    return {
        (e.source.code if e.source else None, e.target.code if e.target else None, e.root)
        for e in ex.events
    }


@pytest.mark.model
def test_a_trigger_that_fails_costs_only_its_own_events(monkeypatch) -> None:
    whole = _extract()
    assert ("EU", "BLR", "16") in _roots(whole) and not whole.problems

    def flaky(real):
        def code(self, tok):
            if tok.sent.text.startswith("The European Union"):
                raise KeyError("odd parse")
            return real(self, tok)

        return code

    for name in ("code_verb", "code_noun"):
        monkeypatch.setattr(coder_module.Coder, name, flaky(getattr(coder_module.Coder, name)))
    ex = _extract()
    assert ex.discarded is None
    assert _roots(ex) == _roots(whole) - {("EU", "BLR", "16")}
    assert ex.problems
    assert {p.stage for p in ex.problems} == {"coder"}
    assert {p.sentence for p in ex.problems} == {1}
    assert {p.detail for p in ex.problems} == {"KeyError: 'odd parse'"}
    assert "problem: coder sentence 1 failed" in explain_extraction(ex)


@pytest.mark.model
def test_a_failing_document_stage_falls_back_and_is_recorded(monkeypatch) -> None:
    import eventwire.events.assemble as assemble

    def broken(doc, published):
        raise ValueError("calendar")

    monkeypatch.setattr(assemble, "find_dates", broken)
    ex = _extract()
    assert ex.discarded is None
    assert ("EU", "BLR", "16") in _roots(ex)
    assert all(e.date_basis == "published" for e in ex.events)
    assert [(p.stage, p.sentence) for p in ex.problems] == [("dates", None)]


@pytest.mark.model
def test_one_failing_event_keeps_the_others(monkeypatch) -> None:
    import eventwire.events.assemble as assemble

    real = assemble.settle_target

    def flaky(ev, located, actor_at, gathering=False):
        if ev.code.startswith("16"):
            raise RuntimeError("no target")
        return real(ev, located, actor_at, gathering=gathering)

    monkeypatch.setattr(assemble, "settle_target", flaky)
    ex = _extract()
    assert ex.events and not any(e.root == "16" for e in ex.events)
    assert ("event", 1) in [(p.stage, p.sentence) for p in ex.problems]


@pytest.mark.model
def test_without_a_handler_coding_errors_propagate(monkeypatch, nlp) -> None:
    """Library callers of ``code_events`` (and the tests) still see the error itself."""
    from eventwire.pipeline import load_knowledge

    def broken(self, tok):
        raise KeyError("odd parse")

    monkeypatch.setattr(coder_module.Coder, "code_verb", broken)
    kb = load_knowledge()
    doc = nlp("The European Union imposed new sanctions on Belarus.")
    with pytest.raises(KeyError):
        coder_module.code_events(doc, [], kb.patterns)
