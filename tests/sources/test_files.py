"""read_paths / read_bytes: dispatch, directory order, stdin sniffing, one item per bad input."""

from __future__ import annotations

import io
import json
import os

import pytest

from eventwire.errors import InputError
from eventwire.sources import read_bytes, read_paths, sniff_kind

ARTICLE = (
    "Title: Ministers meet in Rome\nPublished: 2024-05-02\n\n"
    "Ministers meet in Rome\n"
    "ROME, May 2 - The foreign ministers of the two countries met on Thursday and said they "
    "would sign a trade agreement next month.\n"
)
HTML = (
    "<!DOCTYPE html><html><head><title>Ministers meet in Rome</title></head><body><article>"
    "<p>ROME, May 2 - The foreign ministers of the two countries met on Thursday and said that "
    "they would sign a trade agreement next month, officials from both governments said.</p>"
    "<p>The talks were the first at this level since 2019, when relations were frozen after a "
    "dispute over fishing rights in the waters between the two states.</p>"
    "</article></body></html>"
)
FRENCH = (
    "Le ministre des Affaires étrangères a annoncé mardi que le gouvernement allait rappeler "
    "son ambassadeur après les déclarations du président voisin, et que le dialogue doit reprendre."
)


def write(path, data: bytes | str) -> str:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode() if isinstance(data, str) else data)
    return str(path)


def reasons(items) -> list[str | None]:
    return [i.discard.reason if i.discard else None for i in items]


def test_directory_recursion_is_sorted_and_filtered(tmp_path):
    for rel in [
        "b.txt",
        "a/z.md",
        "a/b/c.html",
        "a.txt",
        "c.jsonl",
        "skip.pdf",
        ".hidden.txt",
        ".git/x.txt",
        "d/e.NDJSON",
    ]:
        content = HTML if rel.endswith("html") else ARTICLE
        if rel.lower().endswith(("jsonl", "ndjson")):
            content = json.dumps({"text": "Ministers met in Rome on Thursday."})
        write(tmp_path / rel, content)
    paths = [i.article.path for i in read_paths([str(tmp_path)])]
    rel = [os.path.relpath(p.split(":")[0], tmp_path) + (":1" if ":" in p else "") for p in paths]
    assert rel == ["a/b/c.html", "a/z.md", "a.txt", "b.txt", "c.jsonl:1", "d/e.NDJSON:1"]


def test_named_files_keep_the_given_order(tmp_path):
    b = write(tmp_path / "b.txt", ARTICLE)
    a = write(tmp_path / "a.txt", ARTICLE.replace("Rome", "Oslo"))
    assert [i.article.path for i in read_paths([b, a])] == [b, a]


def test_missing_path_raises_before_anything_is_read(tmp_path):
    good = write(tmp_path / "good.txt", ARTICLE)
    with pytest.raises(InputError) as err:
        read_paths([good, str(tmp_path / "nope.txt"), str(tmp_path / "gone")])
    assert err.value.code == "E401"
    assert "nope.txt" in str(err.value) and "gone" in str(err.value)


def test_bad_published_fallback_is_a_usage_error(tmp_path):
    with pytest.raises(InputError) as err:
        read_paths([write(tmp_path / "a.txt", ARTICLE)], published="someday")
    assert err.value.code == "E402"


def test_published_fallback_fills_unknown_dates_only(tmp_path):
    dated = write(tmp_path / "a.txt", ARTICLE)
    undated = write(tmp_path / "b.txt", ARTICLE.replace("Published: 2024-05-02\n", ""))
    got = [i.article.published for i in read_paths([dated, undated], published="2024-05-09")]
    assert got == ["2024-05-02", "2024-05-09"]


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (HTML.encode(), "html"),
        (b"\n  <html><body><p>x</p></body></html>", "html"),
        (b'{"text": "a"}\n{"text": "b"}\n', "jsonl"),
        (b'\xef\xbb\xbf  {"text": "a"}', "jsonl"),
        (ARTICLE.encode(), "text"),
        (b"Plain words < and > here.", "text"),
    ],
)
def test_sniffing(data, kind):
    assert sniff_kind(data) == kind


def test_stdin_html_jsonl_and_text():
    html = list(read_paths(["-"], stdin=io.BytesIO(HTML.encode())))
    assert reasons(html) == [None] and html[0].article.title == "Ministers meet in Rome"
    lines = b"\n".join(json.dumps({"text": t}).encode() for t in ("One thing.", "Another."))
    jl = list(read_paths(["-"], stdin=io.BytesIO(lines)))
    assert [i.article.path for i in jl] == ["<stdin>:1", "<stdin>:2"]
    text = list(read_paths(["-"], stdin=io.BytesIO(ARTICLE.encode("utf-16"))))
    assert reasons(text) == [None] and text[0].article.path == "<stdin>"
    assert text[0].article.published == "2024-05-02"


def test_stdin_jsonl_longer_than_the_sniff_window():
    lines = [json.dumps({"text": f"Article number {n} about talks."}) for n in range(400)]
    items = list(read_paths(["-"], stdin=io.BytesIO("\n".join(lines).encode())))
    assert len(items) == 400 and reasons(items) == [None] * 400
    assert items[399].article.text == "Article number 399 about talks."


def test_each_bad_input_is_one_discard_and_the_batch_goes_on(tmp_path):
    big = tmp_path / "big.txt"
    with open(big, "wb") as fh:  # sparse: 50 MB on paper, nothing on disk
        fh.truncate(50 * 1024 * 1024)
    broken = tmp_path / "broken.txt"
    broken.symlink_to(tmp_path / "missing-target.txt")
    cases = {
        "empty.txt": b"  \n\r\n\t ",
        "binary.txt": b"\x00\x01\x02text\x00" * 50,
        "latin1.txt": "Ministers met in Zürich on Tuesday.".encode("latin-1"),
        "nomain.html": b"<html><body><script>x()</script></body></html>",
        "french.txt": FRENCH.encode(),
        "bad.jsonl": b"{not json}",
    }
    paths = [write(tmp_path / name, data) for name, data in cases.items()]
    good = write(tmp_path / "good.txt", ARTICLE)
    order = [
        paths[0],
        str(big),
        paths[1],
        paths[2],
        good,
        paths[3],
        paths[4],
        paths[5],
        str(broken),
        good,
    ]
    items = list(read_paths(order, max_bytes=5_000_000))
    assert reasons(items) == [
        "empty",
        "too_large",
        "binary",
        "bad_encoding",
        None,
        "no_article",
        "not_english",
        "bad_json",
        "unreadable",
        None,
    ]
    discards = [i for i in items if i.discard]
    assert len({i.article.id for i in discards}) == len(discards)
    assert all(i.article.path for i in items)
    assert items[1].article.text == "" and "bytes" in items[1].discard.detail


def test_too_large_stdin_is_capped(tmp_path):
    items = list(read_paths(["-"], stdin=io.BytesIO(b"word " * 3000), max_bytes=1000))
    assert reasons(items) == ["too_large"]


def test_discard_ids_differ_by_path_and_bytes():
    a = next(read_bytes(b"\x00bin", path="a.txt"))
    b = next(read_bytes(b"\x00bin", path="b.txt"))
    c = next(read_bytes(b"\x00bin2", path="a.txt"))
    again = next(read_bytes(b"\x00bin", path="a.txt"))
    assert len({a.article.id, b.article.id, c.article.id}) == 3
    assert again.article.id == a.article.id


def test_same_text_same_id_across_readers():
    text = "Ministers meet\nThe ministers met on Thursday in Rome and agreed to meet again."
    plain = next(read_bytes(text.encode(), path="x.txt", kind="text"))
    jl = next(read_bytes(json.dumps({"text": text}).encode(), path="x.jsonl", kind="jsonl"))
    assert plain.article.id == jl.article.id


def test_read_bytes_rejects_unknown_kind():
    with pytest.raises(InputError):
        list(read_bytes(b"x", path=None, kind="pdf"))
