"""export_events: CSV, JSON Lines, GDELT 1.0 TSV, PLOVER JSON and parquet."""

from __future__ import annotations

import builtins
import csv
import io
import json

import pytest

from eventwire.errors import ConfigError
from eventwire.export import FORMATS, export_events
from eventwire.export.gdelt_tsv import GDELT_COLUMNS, full_date, gdelt_record, is_country_code
from eventwire.export.plover_json import plover_record
from eventwire.store import EVENT_COLUMNS


def test_formats_on_offer() -> None:
    assert set(FORMATS) == {"csv", "jsonl", "tsv-gdelt", "plover-json", "parquet"}


def test_csv_has_header_and_one_line_per_row(row_factory) -> None:
    rows = [row_factory(), row_factory(event_id="e2", cameo="190", root="19", goldstein=None)]
    out = io.StringIO()
    assert export_events(rows, "csv", out) == 2
    parsed = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert tuple(parsed[0]) == EVENT_COLUMNS
    assert [r["cameo"] for r in parsed] == ["042", "190"]
    assert parsed[1]["goldstein"] == "" and parsed[0]["goldstein"] == "1.9"
    # Quotes, tabs and line breaks survive inside quoted cells.
    assert parsed[0]["evidence"] == rows[0]["evidence"]
    assert parsed[0]["title"] == rows[0]["title"]


def test_csv_of_no_rows_is_just_the_header() -> None:
    out = io.StringIO()
    assert export_events([], "csv", out) == 0
    assert out.getvalue().strip().split(",") == list(EVENT_COLUMNS)


def test_csv_writes_containers_as_json(row_factory) -> None:
    out = io.StringIO()
    export_events([row_factory(article_ids=["a", "b"])], "csv", out)
    parsed = next(csv.DictReader(io.StringIO(out.getvalue())))
    assert json.loads(parsed["article_ids"]) == ["a", "b"]


def test_jsonl_one_object_per_line_keeps_unicode(row_factory) -> None:
    out = io.StringIO()
    rows = [row_factory(source_name="Ökür Çelik"), row_factory(event_id="e2")]
    assert export_events(rows, "jsonl", out) == 2
    lines = out.getvalue().splitlines()
    assert len(lines) == 2 and "Ökür" in lines[0]
    assert json.loads(lines[0]) == rows[0]


def test_gdelt_tsv_has_58_columns_per_line(row_factory) -> None:
    out = io.StringIO()
    rows = [row_factory(), row_factory(event_id="e2", source_code=None, date=None, tone=None)]
    assert export_events(rows, "tsv-gdelt", out) == 2
    lines = out.getvalue().split("\n")
    assert lines[-1] == "" and len(lines) == 3  # one line per event, no header
    assert len(GDELT_COLUMNS) == 58
    for line in lines[:2]:
        assert len(line.split("\t")) == 58


def test_gdelt_columns_filled_from_the_row(row_factory) -> None:
    out = io.StringIO()
    export_events([row_factory()], "tsv-gdelt", out)
    rec = dict(zip(GDELT_COLUMNS, out.getvalue().rstrip("\n").split("\t"), strict=True))
    assert rec["SQLDATE"] == "20240619" and rec["MonthYear"] == "202406" and rec["Year"] == "2024"
    assert rec["FractionDate"] == f"{2024 + 170 / 366:.4f}"
    assert rec["Actor1Code"] == "RUSGOV" and rec["Actor1CountryCode"] == "RUS"
    assert rec["Actor1Type1Code"] == "GOV" and rec["Actor1Name"] == "Vladimir Putin"
    assert rec["Actor2Code"] == "PRK" and rec["Actor2Type1Code"] == ""
    assert (rec["EventCode"], rec["EventBaseCode"], rec["EventRootCode"]) == ("042", "042", "04")
    assert (rec["QuadClass"], rec["GoldsteinScale"], rec["IsRootEvent"]) == ("1", "1.9", "1")
    assert (rec["NumMentions"], rec["NumSources"], rec["NumArticles"]) == ("2", "1", "1")
    assert rec["AvgTone"] == "-1.25"
    assert rec["ActionGeo_FullName"] == "Pyongyang" and rec["ActionGeo_Lat"] == "39.03"
    assert rec["DATEADDED"] == "20240620" and rec["SOURCEURL"] == "https://news.example/visit"
    assert int(rec["GLOBALEVENTID"]) > 0


def test_gdelt_ids_are_stable_and_distinct(row_factory) -> None:
    a, b = gdelt_record(row_factory()), gdelt_record(row_factory())
    c = gdelt_record(row_factory(event_id="e2"))
    assert a["GLOBALEVENTID"] == b["GLOBALEVENTID"] != c["GLOBALEVENTID"]


def test_gdelt_non_state_codes_go_to_known_group(row_factory) -> None:
    rec = gdelt_record(row_factory(source_code="NATO", source_role=None, sentence=3))
    assert rec["Actor1KnownGroupCode"] == "NATO" and "Actor1CountryCode" not in rec
    assert rec["IsRootEvent"] == 0
    assert is_country_code("UKR") and not is_country_code("IGO")


@pytest.mark.parametrize(
    ("date", "expected"),
    [("2024-06-19", "2024-06-19"), ("2024-06", "2024-06-01"), ("2024", "2024-01-01"), ("x", None)],
)
def test_partial_dates_are_padded_for_gdelt(date: str, expected: str | None) -> None:
    day = full_date(date)
    assert (day.isoformat() if day else None) == expected


def test_plover_record_fields(row_factory) -> None:
    rec = plover_record(row_factory(modality="expected", claimant_code="USA"))
    for key in (
        "id",
        "date",
        "event_type",
        "mode",
        "source_actor",
        "target_actor",
        "source",
        "recipient",
        "event",
        "context",
        "event_loc",
        "event_text",
        "quad_code",
    ):
        assert key in rec
    assert rec["id"] == "0c152d4fc2bb73c4-e1"
    assert (rec["event_type"], rec["event"], rec["mode"]) == ("CONSULT", ["CONSULT"], "visit")
    assert (rec["source_actor"], rec["target_actor"]) == ("RUS", "PRK")
    assert rec["source"] == [
        {
            "code": "RUS",
            "sector": "GOV",
            "actor_text": "Russian President Vladimir Putin",
            "identifier_text": "Vladimir Putin",
        }
    ]
    assert rec["context"] == ["future"] and rec["claimant"]["code"] == "USA"
    assert rec["event_loc"]["cc3"] == "PRK" and rec["event_loc"]["latitude"] == 39.03
    assert rec["quad_code"] == 1 and rec["event_scale"] == 1.9
    assert rec["coded_date"] == "2024-06-20"


def test_plover_quad_follows_plover_not_cameo(row_factory) -> None:
    # CAMEO puts protests in verbal conflict (3); PLOVER counts them as material conflict (4).
    assert plover_record(row_factory(plover="PROTEST", quad_class=3))["quad_code"] == 4


def test_plover_export_skips_events_without_a_plover_category(row_factory) -> None:
    out = io.StringIO()
    rows = [row_factory(), row_factory(event_id="e2", cameo="010", plover=None)]
    assert export_events(rows, "plover-json", out) == 1
    lines = out.getvalue().splitlines()
    assert len(lines) == 1 and json.loads(lines[0])["id"].endswith("-e1")


def test_target_less_event_has_empty_recipient(row_factory) -> None:
    rec = plover_record(row_factory(target_code=None, target_name=None, target_text=None))
    assert rec["recipient"] == [] and rec["target_actor"] is None


def test_export_to_a_path_and_to_a_binary_stream(row_factory, tmp_path) -> None:
    path = tmp_path / "out.jsonl"
    export_events([row_factory()], "jsonl", path)
    assert json.loads(path.read_text(encoding="utf-8"))["event_id"] == "e1"
    buf = io.BytesIO()
    export_events([row_factory(source_name="Çelik")], "csv", buf)
    assert not buf.closed and "Çelik" in buf.getvalue().decode("utf-8")


def test_unknown_format_and_unwritable_path(row_factory, tmp_path) -> None:
    with pytest.raises(ConfigError, match="csv, jsonl"):
        export_events([row_factory()], "xml", io.StringIO())
    with pytest.raises(ConfigError):
        export_events([row_factory()], "csv", tmp_path / "missing" / "out.csv")


def test_parquet_without_pyarrow_is_a_config_error(row_factory, tmp_path, monkeypatch) -> None:
    real_import = builtins.__import__

    def no_pyarrow(name, *args, **kwargs):
        if name.startswith("pyarrow"):
            raise ImportError(f"No module named {name!r}")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_pyarrow)
    path = tmp_path / "events.parquet"
    with pytest.raises(ConfigError, match=r"eventwire\[parquet\]"):
        export_events([row_factory()], "parquet", path)
    assert not path.exists()


def test_parquet_needs_a_binary_output(row_factory) -> None:
    pytest.importorskip("pyarrow")
    with pytest.raises(ConfigError):
        export_events([row_factory()], "parquet", io.StringIO())


def test_parquet_round_trip(row_factory, tmp_path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    path = tmp_path / "events.parquet"
    rows = [row_factory(), row_factory(event_id="e2", goldstein=None)]
    assert export_events(rows, "parquet", path) == 2
    table = pq.read_table(path)
    assert table.column_names == list(EVENT_COLUMNS)
    assert table.to_pylist() == rows
