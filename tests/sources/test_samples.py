"""The bundled sample corpus reads cleanly, and the benchmark corpus generator works."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

from eventwire.sources import parse_header, read_paths

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "samples"


def load_make_corpus():
    spec = importlib.util.spec_from_file_location("make_corpus", ROOT / "benchmarks/make_corpus.py")
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    sys.modules.setdefault("make_corpus", module)  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_every_sample_is_read_without_discard():
    items = list(read_paths([str(SAMPLES)]))
    assert [i.discard for i in items if i.discard] == []
    kinds = {Path(i.article.path.split(":")[0]).suffix for i in items}
    assert kinds == {".txt", ".html", ".jsonl"}
    assert sum(1 for i in items if i.article.path.endswith(".html")) == 1
    assert sum(1 for i in items if ".jsonl:" in i.article.path) == 3
    assert all(i.article.title for i in items)


def test_text_samples_are_wire_articles_of_the_right_size():
    texts = sorted(SAMPLES.glob("*.txt"))
    assert len(texts) >= 14
    years = set()
    for path in texts:
        raw = path.read_text(encoding="utf-8")
        fields, start = parse_header(raw)
        words = len(raw[start:].split())
        assert 150 <= words <= 450, (path.name, words)
        if fields:
            assert set(fields) == {"title", "source", "published", "url", "author"}, path.name
            years.add(fields["published"][:4])
            assert raw[start:].startswith(fields["title"]), path.name
    assert years == {"2023", "2024", "2025"}


def test_samples_use_both_quote_styles_and_relative_dates():
    corpus = "\n".join(p.read_text(encoding="utf-8") for p in SAMPLES.glob("*.txt"))
    assert corpus.count("\u201c") >= 10 and corpus.count('"') >= 20
    for phrase in ("on Tuesday", "last month", "next week", "last year"):
        assert phrase in corpus, phrase
    assert re.search(r"\bin (?:19|20)\d\d\b", corpus)  # "in 2016"
    assert re.search(r"[\u201d\"],? (?:he|she|[A-Z]\w+) (?:said|told)", corpus)  # speaker after
    assert re.search(r"\b(?:said|told [\w ]+)[:,] [\u201c\"]", corpus)  # speaker before


def test_make_corpus_is_distinct_and_deterministic(tmp_path):
    make_corpus = load_make_corpus()
    count, words = make_corpus.build(tmp_path / "a", 40, 7, SAMPLES)
    make_corpus.build(tmp_path / "b", 40, 7, SAMPLES)
    files_a = sorted((tmp_path / "a").glob("*.txt"))
    assert count == 40 and len(files_a) == 40 and words > 40 * 150
    bodies = [f.read_text(encoding="utf-8") for f in files_a]
    assert len(set(bodies)) == 40
    assert bodies == [f.read_text(encoding="utf-8") for f in sorted((tmp_path / "b").glob("*.txt"))]
    items = list(read_paths([str(tmp_path / "a")]))
    assert len(items) == 40 and not [i for i in items if i.discard]
    assert all("2023" <= (i.article.published or "")[:4] <= "2025" for i in items)


def test_make_corpus_substitutions():
    make_corpus = load_make_corpus()
    import random

    text = "SEOUL, March 14 - Ghana's minister met Vietnamese envoys in Seoul on Tuesday."
    mapping = make_corpus.country_map(text, random.Random(1))
    out = make_corpus.substitute(text, mapping)
    assert "Ghana" not in out and "Seoul" not in out and "SEOUL" not in out
    assert "Vietnamese" not in out
    from datetime import date

    shifted = make_corpus.shift_dates(
        "SEOUL, March 14 (W) - met on Tuesday.", date(2023, 3, 14), date(2024, 1, 5)
    )
    assert shifted == "SEOUL, January 5 (W) - met on Friday."
