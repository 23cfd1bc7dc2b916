"""The CAMEO codebook: completeness, Goldstein weights, QuadClass, PLOVER crosswalk, loader errors."""

from __future__ import annotations

import contextlib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from eventwire.errors import KnowledgeError
from eventwire.knowledge.codebook import (
    PLOVER_TYPES,
    STATEMENT,
    build_codebook,
    load_codebook,
    parse_cameo_tsv,
    parse_plover_tsv,
    quad_class_of_root,
)

ROOTS = [f"{n:02d}" for n in range(1, 21)]
CAMEO_HEAD = "code\tlabel\troot\tgoldstein\tquad_class\n"
PLOVER_HEAD = "code\tplover_type\tplover_mode\tplover_context\n"


@pytest.fixture(scope="module")
def book():
    return load_codebook()


def test_every_root_is_present_with_children(book):
    assert [c.code for c in book.roots()] == ROOTS
    for root in ROOTS:
        children = book.children(root)
        assert children, root
        assert all(c.code.startswith(root) and len(c.code) == 3 for c in children)
        assert f"{root}0" in {c.code for c in children}, f"{root}0 (not specified) missing"


def test_codebook_is_large_and_its_hierarchy_closed(book):
    assert len(book) >= 300
    for entry in book.codes:
        if entry.parent is not None:
            assert entry.parent in book, f"{entry.code} has no parent {entry.parent}"


def test_every_code_has_label_goldstein_quad_and_plover(book):
    for entry in book:
        assert entry.label.strip(), entry.code
        assert isinstance(entry.goldstein, float) and -10.0 <= entry.goldstein <= 10.0
        assert entry.quad_class in (1, 2, 3, 4)
        assert entry.plover in PLOVER_TYPES | {STATEMENT}, entry.code
        assert entry.root == entry.code[:2]


def test_quad_class_follows_the_root(book):
    expected = {1: range(1, 6), 2: range(6, 10), 3: range(10, 15), 4: range(15, 21)}
    for entry in book:
        assert int(entry.root) in expected[entry.quad_class], entry.code
        assert entry.quad_class == quad_class_of_root(entry.root)


@pytest.mark.parametrize(
    "code,weight",
    [
        ("010", 0.0),
        ("042", 1.9),
        ("043", 2.8),
        ("051", 3.4),
        ("057", 8.0),
        ("112", -2.0),
        ("163", -8.0),
        ("190", -10.0),
        ("0874", 10.0),
        ("1823", -10.0),
        ("1213", -4.0),  # not in the GDELT table: takes parent 121's weight
    ],
)
def test_standard_goldstein_weights(book, code, weight):
    assert book.get(code).goldstein == weight


def test_labels_are_cameo_labels(book):
    assert book.get("042").label == "Make a visit"
    assert book.get("055").label == "Apologize"  # typo of the source table fixed
    assert book.get("173").label == "Arrest, detain, or charge with legal action"
    assert book.get("19").label == "Fight"


def test_plover_crosswalk(book):
    visit = book.get("042")
    assert (visit.plover, visit.plover_mode, visit.plover_context) == ("CONSULT", "visit", None)
    assert book.get("163").plover == "COERCE"
    assert book.get("191").plover == "COERCE"  # root 19, but PLOVER calls a blockade coercion
    assert book.get("191").quad_class == 4
    assert book.get("175").plover == "ASSAULT"
    assert book.get("0841").plover_mode == "release"
    assert book.get("1121").plover_context == "crime;corruption"
    assert book.get("04").plover == "CONSULT"  # a root takes its "not specified" line


def test_appeals_mirror_demands_and_comments_are_not_plover(book):
    for appeal in ("021", "0213", "025", "0253", "026", "028"):
        demand = book.get("10" + appeal[2:])
        entry = book.get(appeal)
        assert entry.plover == "REQUEST"
        assert (entry.plover_mode, entry.plover_context) == (
            demand.plover_mode,
            demand.plover_context,
        )
    assert book.get("016").plover == "REJECT"
    assert book.get("010").plover == STATEMENT
    assert not book.get("010").in_plover
    assert book.get("042").in_plover


def test_unknown_code_raises(book):
    with pytest.raises(KnowledgeError, match="unknown CAMEO code"):
        book.get("42")
    with pytest.raises(KnowledgeError):
        book.get("999")
    assert book.get(" 042 ").code == "042"
    assert "042" in book and "42" not in book and 42 not in book


def test_load_codebook_is_cached():
    assert load_codebook() is load_codebook()


def _cameo(*rows: str) -> str:
    return "# comment\n" + CAMEO_HEAD + "".join(r + "\n" for r in rows)


@pytest.mark.parametrize(
    "row,message",
    [
        ("042\tMake a visit\t05\t1.9\t1", "root"),
        ("042\tMake a visit\t04\t1.9\t2", "quad_class"),
        ("042\tMake a visit\t04\t11.0\t1", "outside"),
        ("042\tMake a visit\t04\tx\t1", "bad goldstein"),
        ("042\t\t04\t1.9\t1", "no label"),
        ("4a2\tMake a visit\t4a\t1.9\t1", "not a CAMEO code"),
        ("042\tMake a visit\t04\t1.9\t1\textra", "fields"),
    ],
)
def test_cameo_rows_are_checked(row, message):
    with pytest.raises(KnowledgeError, match=message):
        parse_cameo_tsv(_cameo(row), "test.tsv")


def test_cameo_needs_header_and_unique_codes():
    with pytest.raises(KnowledgeError, match="header"):
        parse_cameo_tsv("042\tMake a visit\t04\t1.9\t1\n")
    with pytest.raises(KnowledgeError, match="twice"):
        parse_cameo_tsv(_cameo("042\tA\t04\t1.9\t1", "042\tB\t04\t1.9\t1"))


def test_plover_rows_are_checked():
    with pytest.raises(KnowledgeError, match="unknown PLOVER type"):
        parse_plover_tsv(PLOVER_HEAD + "042\tVISIT\t\t\n")
    rows = parse_plover_tsv(PLOVER_HEAD + "042\tCONSULT\tvisit\t\n")
    assert rows["042"].mode == "visit" and rows["042"].context is None


def test_four_digit_code_takes_parent_plover_and_strays_fail():
    cameo = parse_cameo_tsv(_cameo("04\tConsult\t04\t1.0\t1", "042\tVisit\t04\t1.9\t1"))
    cameo["0421"] = ("A made-up child", "04", 1.9, 1)
    plover = parse_plover_tsv(PLOVER_HEAD + "04\tCONSULT\t\t\n042\tCONSULT\tvisit\t\n")
    book = build_codebook(cameo, plover)
    assert book.get("0421").plover_mode == "visit"
    assert book.get("042").plover_mode == "visit"
    with pytest.raises(KnowledgeError, match="not in"):
        build_codebook(cameo, {**plover, "099": plover["04"]})
    with pytest.raises(KnowledgeError, match="no PLOVER line"):
        build_codebook(cameo, {})


def test_bad_root_number_raises():
    with pytest.raises(KnowledgeError):
        quad_class_of_root("21")
    with pytest.raises(KnowledgeError):
        quad_class_of_root("00")


@given(st.text(alphabet="0123456789\t.-ab \n#", max_size=80))
def test_cameo_parser_never_fails_unexpectedly(body):
    with contextlib.suppress(KnowledgeError):
        parse_cameo_tsv(CAMEO_HEAD + body)


@given(
    code=st.from_regex(r"\A(0[1-9]|1[0-9]|20)[0-9]{0,2}\Z"),
    weight=st.floats(min_value=-10, max_value=10, allow_nan=False).map(lambda w: round(w, 1)),
)
def test_a_well_formed_row_round_trips(code, weight):
    quad = quad_class_of_root(code[:2])
    parsed = parse_cameo_tsv(_cameo(f"{code}\tSome label\t{code[:2]}\t{weight}\t{quad}"))
    assert parsed[code] == ("Some label", code[:2], weight, quad)
