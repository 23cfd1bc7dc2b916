"""JSON Lines reader: one article per line, bad lines isolated, long lines streamed."""

from __future__ import annotations

import io
import json

from eventwire.sources.jsonl import items_from_lines, split_lines, stream_lines

TEXT = "Envoys meet in Doha\nDOHA - Envoys met on Sunday to discuss a truce, officials said."


def lines(*objs: object) -> bytes:
    return b"\n".join(o if isinstance(o, bytes) else json.dumps(o).encode() for o in objs)


def read(data: bytes, max_bytes: int = 1_000_000):
    return list(items_from_lines(split_lines(data, max_bytes), path="f.jsonl"))


def test_fields_and_line_paths():
    data = lines(
        {
            "text": TEXT,
            "title": "T",
            "url": "u",
            "published": "2024-06-11T09:30:00+02:00",
            "source": "S",
            "id": "k1",
        },
        {"text": TEXT + " More."},
    )
    first, second = read(data)
    assert first.discard is None and second.discard is None
    assert first.article.id == "k1" and first.article.title == "T"
    assert first.article.published == "2024-06-11" and first.article.source == "S"
    assert first.article.path == "f.jsonl:1" and second.article.path == "f.jsonl:2"
    assert second.article.title == "Envoys meet in Doha"  # title rule applies without "title"
    assert len(second.article.id) == 16


def test_blank_lines_are_skipped_but_counted():
    data = lines({"text": TEXT}, b"", b"   ", {"text": TEXT})
    items = read(data)
    assert [i.article.path for i in items] == ["f.jsonl:1", "f.jsonl:4"]


def test_each_bad_line_is_one_discard_and_the_rest_goes_on():
    data = lines(
        b"not json",
        [1, 2],
        {"title": "no text"},
        {"text": 42},
        b"\xff\xfe{}",
        {"text": "   "},
        {"text": TEXT},
    )
    reasons = [i.discard.reason if i.discard else None for i in read(data)]
    assert reasons == [
        "bad_json",
        "bad_json",
        "bad_json",
        "bad_json",
        "bad_encoding",
        "empty",
        None,
    ]


def test_discard_ids_are_distinct_and_stable():
    data = lines(b"not json", b"not json")
    a, b = read(data)
    assert a.article.id != b.article.id  # same bytes, different line
    assert [i.article.id for i in read(data)] == [a.article.id, b.article.id]


def test_bom_on_first_line_is_ignored():
    items = read(b"\xef\xbb\xbf" + lines({"text": TEXT}))
    assert items[0].discard is None


def test_over_long_line_is_too_large_and_stream_continues():
    long_line = json.dumps({"text": "word " * 5000}).encode()
    data = lines({"text": TEXT}, long_line, {"text": TEXT})
    stream = stream_lines(io.BytesIO(data), 1000)
    items = list(items_from_lines(stream, path="f.jsonl"))
    assert [i.discard.reason if i.discard else None for i in items] == [None, "too_large", None]
    assert items[2].article.path == "f.jsonl:3"


def test_stream_and_split_agree():
    data = lines({"text": TEXT}, b"", {"text": "x"}, b"junk") + b"\n"
    assert list(stream_lines(io.BytesIO(data), 10_000)) == list(split_lines(data, 10_000))[:-1]
