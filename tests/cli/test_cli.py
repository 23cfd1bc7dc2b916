"""The command line, end to end on texts written for these tests (model needed)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from eventwire.cli.main import app

pytestmark = pytest.mark.model

runner = CliRunner()

VISIT = """Japanese prime minister arrives in Canberra for security talks
Japanese Prime Minister Hiroshi Tanabe arrived in Australia on Monday for two days of talks.
Australia and Japan are expected to sign a defence agreement on Tuesday, officials said.
"We are building a partnership for the next generation," Tanabe told reporters.
Indonesia accused Australia of violating its airspace, a charge denied by Canberra.
"""

NOT_ENGLISH = (
    "Le gouvernement a annoncé mardi une série de mesures pour soutenir les agriculteurs "
    "touchés par la sécheresse, a déclaré le ministre de l'agriculture lors d'une conférence "
    "de presse à Paris, ajoutant que les aides seraient versées avant la fin du mois."
)


def _write(tmp: Path, name: str, data: str | bytes) -> Path:
    p = tmp / name
    if isinstance(data, bytes):
        p.write_bytes(data)
    else:
        p.write_text(data, encoding="utf-8")
    return p


def _lines(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines() if line.startswith("{")]


def test_extract_prints_one_contract_object_per_article(tmp_path: Path) -> None:
    path = _write(tmp_path, "visit.txt", VISIT)
    res = runner.invoke(app, ["extract", str(path), "--published", "2024-03-04"])
    assert res.exit_code == 0, res.output
    (obj,) = _lines(res.output)
    assert obj["article"]["published"] == "2024-03-04"
    assert obj["article"]["title"].startswith("Japanese prime minister")
    assert obj["discarded"] is None
    events = {(e["source"]["code"], (e["target"] or {}).get("code"), e["root"], e["modality"])
              for e in obj["events"]}
    assert ("JPN", "AUS", "04", "asserted") in events
    assert ("IDN", "AUS", "11", "asserted") in events
    # every event points at its words
    text = VISIT
    for e in obj["events"]:
        s, t = e["trigger"]["span"]
        assert text[s:t] == e["trigger"]["text"]
        assert e["trigger"]["text"] in e["evidence"]
    speakers = {q["speaker"]["name"] for q in obj["quotes"] if q["speaker"] and q["kind"] == "direct"}
    assert "Hiroshi Tanabe" in speakers


def test_extract_with_text_adds_the_normalised_text(tmp_path: Path) -> None:
    path = _write(tmp_path, "visit.txt", VISIT.replace("\n", "\r\n"))
    res = runner.invoke(app, ["extract", str(path), "--with-text"])
    (obj,) = _lines(res.output)
    assert obj["article"]["text"] == VISIT.rstrip()
    assert obj["article"]["chars"] == len(VISIT.rstrip())


def test_missing_path_is_a_clear_error_with_exit_code_2(tmp_path: Path) -> None:
    proc = subprocess.run([sys.executable, "-m", "eventwire", "extract", str(tmp_path / "nope.txt")],
                          capture_output=True, text=True)
    assert proc.returncode == 2
    assert "E401" in proc.stderr and "nope.txt" in proc.stderr


def test_bad_inputs_each_yield_one_discard_and_the_batch_goes_on(tmp_path: Path,
                                                                 monkeypatch) -> None:
    d = tmp_path / "batch"
    d.mkdir()
    _write(d, "a-empty.txt", "   \n\n")
    _write(d, "b-binary.txt", b"\x00\x01\x02PK\x03\x04" * 200)
    _write(d, "c-latin1.txt", "Caf\xe9 talks in Bogot\xe1 ended.".encode("latin-1"))
    _write(d, "d-empty.html", "<html><head><title>x</title></head><body></body></html>")
    _write(d, "e-french.txt", NOT_ENGLISH)
    _write(d, "f-good.txt", VISIT)
    big = d / "g-big.txt"
    with big.open("wb") as fh:
        fh.truncate(50 * 1024 * 1024)
    res = runner.invoke(app, ["extract", str(d)])
    assert res.exit_code == 0, res.output
    objs = _lines(res.output)
    reasons = [(o["discarded"] or {}).get("reason") for o in objs]
    assert reasons == ["empty", "binary", "bad_encoding", "no_article", "not_english", None,
                       "too_large"]
    assert objs[5]["events"]


def test_ingest_is_idempotent_and_events_can_be_queried(tmp_path: Path) -> None:
    path = _write(tmp_path, "visit.txt", VISIT)
    db = str(tmp_path / "t.db")
    for _ in range(2):
        res = runner.invoke(app, ["ingest", str(path), "--db", db, "--published", "2024-03-04"])
        assert res.exit_code == 0, res.output
    res = runner.invoke(app, ["stats", "--db", db])
    assert json.loads(res.output)["articles"] == 1
    res = runner.invoke(app, ["events", "--db", db, "--actor", "IDN", "--format", "jsonl"])
    rows = _lines(res.output)
    assert rows and all("IDN" in (r["source_code"], r["target_code"]) for r in rows)
    res = runner.invoke(app, ["events", "--db", db, "--dyad", "JPN", "AUS", "--root", "04",
                              "--format", "csv"])
    assert res.exit_code == 0 and res.output.splitlines()[0].startswith("article_id")
    assert len(res.output.splitlines()) >= 2
    res = runner.invoke(app, ["events", "--db", db])
    assert "rows" in res.output
    res = runner.invoke(app, ["quotes", "--db", db, "--speaker", "JPN", "--format", "jsonl"])
    assert any("partnership" in q["text"] for q in _lines(res.output))
    res = runner.invoke(app, ["tone", "--db", db, "--dyad", "JPN", "AUS", "--format", "jsonl"])
    (period,) = _lines(res.output)
    assert period["period"] == "2024-03" and period["articles"] == 1
    out = tmp_path / "ev.tsv"
    res = runner.invoke(app, ["export", "--db", db, "--format", "tsv-gdelt", "--out", str(out)])
    assert res.exit_code == 0 and len(out.read_text().splitlines()[0].split("\t")) == 58


def test_explain_shows_pattern_path_and_modality_cue(tmp_path: Path) -> None:
    path = _write(tmp_path, "visit.txt", VISIT)
    res = runner.invoke(app, ["explain", str(path), "--published", "2024-03-04"])
    assert res.exit_code == 0
    assert "pattern:" in res.output and "path:" in res.output
    assert "modality cue:" in res.output and "rule=" in res.output


def test_eval_scores_a_gold_file_and_gates_exit_3(tmp_path: Path) -> None:
    text = _write(tmp_path, "g1.txt", VISIT)
    gold = {"id": "g1", "pub_date": "2024-03-04", "text_file": text.name,
            "events": [{"source": "JPN", "target": "AUS", "root": "04", "cameo": "042",
                        "modality": "asserted", "sentence": 1}],
            "actors": [], "quotes": []}
    gpath = _write(tmp_path, "gold.jsonl", json.dumps(gold) + "\n")
    res = runner.invoke(app, ["eval", str(gpath), "--texts", str(tmp_path), "--json"])
    assert res.exit_code == 0, res.output
    report = json.loads(res.output)
    assert report["recall"] == 1.0
    res = runner.invoke(app, ["eval", str(gpath), "--texts", str(tmp_path),
                              "--min-precision", "1.01"])
    assert res.exit_code == 3


def test_python_dash_m_runs_the_cli() -> None:
    proc = subprocess.run([sys.executable, "-m", "eventwire", "--help"], capture_output=True,
                          text=True)
    assert proc.returncode == 0
    for verb in ("extract", "ingest", "events", "quotes", "eval", "explain", "export", "stats"):
        assert verb in proc.stdout


def test_ingest_reports_and_stores_articles_kept_with_problems(tmp_path: Path,
                                                               monkeypatch) -> None:
    import eventwire.events.assemble as assemble

    def broken(doc, published):
        raise ValueError("calendar")

    monkeypatch.setattr(assemble, "find_dates", broken)
    path = _write(tmp_path, "visit.txt", VISIT)
    db = str(tmp_path / "p.db")
    res = runner.invoke(app, ["ingest", str(path), "--db", db, "--published", "2024-03-04"])
    assert res.exit_code == 0, res.output
    assert "1 kept with problems" in res.output
    stats = json.loads(runner.invoke(app, ["stats", "--db", db]).output)
    assert stats["with_problems"] == 1 and stats["discarded"] == {}
    res = runner.invoke(app, ["extract", str(path)])
    (obj,) = _lines(res.output)
    assert obj["events"] and obj["problems"][0]["stage"] == "dates"
