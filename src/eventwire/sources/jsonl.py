"""JSON Lines: one article per line, ``{"text": ..., "title", "url", "published", "source", "id"}``.

Files are streamed line by line and ``max_bytes`` applies to each line, so an archive of many
articles is never read whole. Blank lines are skipped. Each article's path is ``FILE:LINE``
(1-based line number). A line that is not a JSON object, or lacks a string ``text``, is one
``bad_json`` item; a line that is not UTF-8 is ``bad_encoding``; a line over ``max_bytes`` is
``too_large``. A given ``id`` becomes the article id (the caller's own key); otherwise the id is
the hash of the normalised text, as for every reader.
"""

from __future__ import annotations

import codecs
import json
from collections.abc import Iterable, Iterator
from typing import Any, Protocol

from eventwire.records import Article
from eventwire.sources.item import SourceItem, accept, discarded
from eventwire.sources.normalise import normalise_date, normalise_text
from eventwire.sources.text import guess_title

_CHUNK = 1 << 16


class LineReader(Protocol):
    """What streaming needs of a binary file: ``readline`` with a size limit."""

    def readline(self, size: int = -1, /) -> bytes: ...


_META_KEYS = ("title", "url", "source")


def line_path(path: str | None, line_no: int) -> str:
    """The path of one JSON Lines article: ``FILE:LINE``."""
    return f"{path if path is not None else '<input>'}:{line_no}"


def _optional_str(value: Any) -> str | None:
    """A metadata value as a clean string, None when absent or not a scalar."""
    if value is None or isinstance(value, (dict, list, bool)):
        return None
    value = normalise_text(str(value)).strip()
    return value or None


def article_from_json_line(
    line: bytes,
    *,
    path: str,
    published: str | None = None,
) -> SourceItem:
    """Build the item for one (non-blank) JSON Lines line."""
    try:
        decoded = line.decode("utf-8")
    except UnicodeDecodeError as exc:
        return discarded("bad_encoding", f"line is not UTF-8: {exc.reason}", path=path, raw=line)
    try:
        obj = json.loads(decoded)
    except ValueError as exc:
        return discarded("bad_json", f"not JSON: {exc}", path=path, raw=line)
    if not isinstance(obj, dict):
        return discarded(
            "bad_json", f"a JSON {type(obj).__name__}, not an object", path=path, raw=line
        )
    text = obj.get("text")
    if not isinstance(text, str):
        detail = "no 'text' field" if text is None else "'text' is not a string"
        return discarded("bad_json", detail, path=path, raw=line)
    text = normalise_text(text)
    meta = {key: _optional_str(obj.get(key)) for key in _META_KEYS}
    article = Article(
        text=text,
        id=_optional_str(obj.get("id")) or "",
        path=path,
        url=meta["url"],
        title=meta["title"] or guess_title(text),
        source=meta["source"],
        published=normalise_date(obj.get("published")),
    )
    return accept(article, raw=line, published=published)


def items_from_lines(
    lines: Iterable[tuple[bytes, bool]],
    *,
    path: str | None,
    published: str | None = None,
) -> Iterator[SourceItem]:
    """One item per non-blank line; each line comes with a flag saying it was cut at max_bytes."""
    for line_no, (line, too_large) in enumerate(lines, start=1):
        where = line_path(path, line_no)
        if line_no == 1 and line.startswith(codecs.BOM_UTF8):
            line = line[len(codecs.BOM_UTF8) :]
        if too_large:
            yield discarded("too_large", "line longer than max_bytes", path=where, raw=line)
        elif line.strip():
            yield article_from_json_line(line, path=where, published=published)


def split_lines(data: bytes, max_bytes: int) -> Iterator[tuple[bytes, bool]]:
    """Lines of an in-memory JSON Lines document, flagged when longer than ``max_bytes``."""
    for line in data.split(b"\n"):
        yield line, len(line) > max_bytes


def stream_lines(stream: LineReader, max_bytes: int) -> Iterator[tuple[bytes, bool]]:
    """Lines of a JSON Lines stream without ever holding more than ``max_bytes`` of one line.

    An over-long line is reported once (its first ``max_bytes`` bytes, flagged) and the rest of
    it is skipped in chunks.
    """
    while True:
        line = stream.readline(max_bytes + 1)
        if not line:
            return
        if len(line) > max_bytes and not line.endswith(b"\n"):
            _skip_rest_of_line(stream)
            yield line[:max_bytes], True
        else:
            yield line.rstrip(b"\n"), False


def _skip_rest_of_line(stream: LineReader) -> None:
    """Consume the stream up to and including the next line break."""
    while True:
        chunk = stream.readline(_CHUNK)
        if not chunk or chunk.endswith(b"\n"):
            return


__all__ = [
    "article_from_json_line",
    "items_from_lines",
    "line_path",
    "split_lines",
    "stream_lines",
]
