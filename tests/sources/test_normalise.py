"""normalise_text, decode_bytes and normalise_date: examples and properties."""

from __future__ import annotations

import codecs
import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from eventwire.sources.normalise import decode_bytes, normalise_date, normalise_text


def test_line_breaks_become_lf():
    assert normalise_text("a\r\nb\rc\nd") == "a\nb\nc\nd"


def test_bom_nul_and_controls_dropped_tab_and_lf_kept():
    assert normalise_text("\ufeffHead\x00line\x07\tx\ny\x1b") == "Headline\tx\ny"


def test_unicode_line_separators_become_lf():
    assert normalise_text("one\u2028two\u2029three\x85four") == "one\ntwo\nthree\nfour"


def test_nfc_composes_after_dropping_controls():
    # "e", NUL, combining acute: the NUL must not keep the pair apart
    assert normalise_text("Caf" + "e\x00\u0301") == "Caf\u00e9"


def test_only_trailing_whitespace_is_stripped():
    assert normalise_text("  text  \n\n \t") == "  text"


def test_plain_text_is_unchanged():
    text = "Ghana and Côte d’Ivoire signed “a deal” on Thursday."
    assert normalise_text(text) == text


@given(st.text())
def test_normalise_is_idempotent(text):
    once = normalise_text(text)
    assert normalise_text(once) == once


@given(st.text())
def test_normalised_text_is_clean(text):
    out = normalise_text(text)
    assert "\r" not in out and "\x00" not in out and "\ufeff" not in out
    assert out == out.rstrip()
    assert unicodedata.is_normalized("NFC", out)


def test_decode_utf8_and_boms():
    text = "Ministers met in Zürich."
    assert decode_bytes(text.encode()) == (text, None)
    assert decode_bytes(codecs.BOM_UTF8 + text.encode()) == (text, None)
    assert decode_bytes(text.encode("utf-16")) == (text, None)  # Python writes a BOM
    assert decode_bytes(codecs.BOM_UTF16_BE + text.encode("utf-16-be")) == (text, None)


def test_latin1_is_refused_not_guessed():
    text, problem = decode_bytes("Ministers met in Zürich.".encode("latin-1"))
    assert text == "" and problem is not None and problem.reason == "bad_encoding"


def test_utf16_without_bom_is_binary():
    _, problem = decode_bytes("Ministers met.".encode("utf-16-le"))
    assert problem is not None and problem.reason == "binary"


def test_binary_signatures_and_control_bytes():
    assert decode_bytes(b"%PDF-1.7\n%\xe2\xe3")[1].reason == "binary"
    assert decode_bytes(bytes(range(1, 32)) * 10)[1].reason == "binary"


@given(st.binary())
def test_decode_never_raises(raw):
    text, problem = decode_bytes(raw)
    assert (problem is None) or text == ""


def test_dates():
    assert normalise_date("2024-03-05") == "2024-03-05"
    assert normalise_date("2024-03-05T23:10:00Z") == "2024-03-05"
    assert normalise_date("2024-06-11T09:30:00+02:00") == "2024-06-11"
    assert normalise_date("5 March 2024") == "2024-03-05"
    assert normalise_date("Mar. 5, 2024") == "2024-03-05"
    assert normalise_date("December 9, 2024") == "2024-12-09"


def test_dates_that_are_not_full_dates():
    for value in (
        "",
        "yesterday",
        "Tuesday",
        "March 2024",
        "not a date 2024",
        None,
        42,
        "2024-13-45",
    ):
        assert normalise_date(value) is None, value


@given(st.one_of(st.text(max_size=60), st.none(), st.integers()))
def test_normalise_date_never_raises(value):
    out = normalise_date(value)
    assert out is None or (len(out) == 10 and out[4] == "-" and out[7] == "-")
