"""The pipeline: order, worker processes, fault isolation, the Python API."""

from __future__ import annotations

import pytest

import eventwire
from eventwire.config import Settings
from eventwire.pipeline import Pipeline
from eventwire.records import Article, Discard
from eventwire.sources import SourceItem

pytestmark = pytest.mark.model

TEXTS = [
    "Egypt's foreign minister met his Sudanese counterpart in Cairo on Sunday.",
    "Police arrested dozens of protesters in Tbilisi on Friday, witnesses said.",
    "France condemned the missile strike on Kharkiv, calling it a violation of international law.",
    "Kenya will send 1,000 police officers to Haiti next month, the government said.",
    "The European Union imposed new sanctions on Belarus over the crackdown.",
]


def _items(texts: list[str]) -> list[SourceItem]:
    return [SourceItem(Article(text=t, published="2024-05-06", path=f"t{i}"), None)
            for i, t in enumerate(texts)]


def test_two_workers_give_the_same_records_in_the_same_order() -> None:
    texts = TEXTS * 3
    one = [x.to_dict() for x in Pipeline(Settings(workers=1, batch_size=4)).extract_items(
        _items(texts))]
    two = [x.to_dict() for x in Pipeline(Settings(workers=2, batch_size=4)).extract_items(
        _items(texts))]
    assert [o["article"]["path"] for o in one] == [f"t{i}" for i in range(len(texts))]
    assert one == two


def test_discarded_inputs_pass_through_in_place() -> None:
    items = _items(TEXTS[:2])
    bad = SourceItem(Article(text="", path="bad", id="feedbeef00000000"), Discard("empty", "x"))
    out = list(Pipeline(Settings()).extract_items([items[0], bad, items[1]]))
    assert [o.article.path for o in out] == ["t0", "bad", "t1"]
    assert out[1].discarded == Discard("empty", "x") and not out[1].events


def test_one_failing_article_becomes_an_error_discard(monkeypatch) -> None:
    import eventwire.pipeline as pl

    real = pl.extract_document

    def flaky(article, doc, kb):
        if "Police" in article.text:
            raise RuntimeError("boom")
        return real(article, doc, kb)

    monkeypatch.setattr(pl, "extract_document", flaky)
    out = list(Pipeline(Settings()).extract_items(_items(TEXTS[:3])))
    assert [o.discarded.reason if o.discarded else None for o in out] == [None, "error", None]
    assert "boom" in out[1].discarded.detail


def test_python_api_extract() -> None:
    ex = eventwire.extract("Turkey's president visited Baghdad on Monday.", published="2024-05-06")
    assert ex.article.published == "2024-05-06"
    codes = {(e.source.code if e.source else None, e.target.code if e.target else None, e.root)
             for e in ex.events}
    assert ("TUR", "IRQ", "04") in codes


def test_public_api_names() -> None:
    for name in eventwire.__all__:
        assert hasattr(eventwire, name)
    assert {"extract", "Pipeline", "Settings", "Extraction", "Event", "Modality"} <= set(
        eventwire.__all__)


def test_bundled_samples_and_held_out_articles_code_without_problems() -> None:
    """Fault isolation keeps a coder bug from costing an article, so it could hide one: our own
    texts must code with no recorded problem at all."""
    from pathlib import Path

    from eventwire.sources import read_paths

    root = Path(__file__).resolve().parents[1]
    paths = sorted(str(p) for p in (root / "samples").glob("*.txt"))
    paths += sorted(str(p) for p in (root / "tests/data/heldout").glob("*.txt"))
    assert len(paths) >= 20
    out = list(Pipeline(Settings()).extract_items(read_paths(paths)))
    assert [(x.article.path, x.problems) for x in out if x.problems or x.discarded] == []
