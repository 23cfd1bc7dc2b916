"""Paths, directories and stdin in; one ``SourceItem`` per article out, in input order.

Every input yields items; a bad input yields exactly one discard item (a bad JSON Lines line:
one for that line) and the batch goes on. Discard reasons:

- ``empty``: no text after normalisation (or only a header block)
- ``binary``: NUL bytes, a binary signature (PDF, ZIP, image...) or mostly control bytes
- ``bad_encoding``: not valid UTF-8; a UTF-8/UTF-16/UTF-32 byte-order mark (and for HTML a
  declared ``<meta charset>``) is honoured, a legacy code page is never guessed
- ``no_article``: HTML in which trafilatura finds no main text
- ``not_english``: at least 20 words and too few English function words
- ``too_large``: over ``max_bytes`` (a file's size is checked before reading; for JSON Lines
  the limit applies per line, since the file is streamed)
- ``bad_json``: a JSON Lines line that is not a JSON object or lacks a string ``text``
- ``unreadable``: the operating system refused to read the file or directory

Kinds: ``text``, ``html``, ``jsonl``. Files are dispatched by extension (.txt .text .md;
.html .htm .xhtml; .jsonl .ndjson); other named files and stdin (``-``) are sniffed.
Directories are walked recursively in sorted order (by path components), taking only files with
those extensions and skipping hidden names (starting with ".") and a folder's own documentation
(README*, LICENSE*, CHANGELOG*); a file named explicitly is always read.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import BinaryIO

from eventwire.errors import InputError
from eventwire.sources.html import article_from_html
from eventwire.sources.item import SourceItem, discarded
from eventwire.sources.jsonl import items_from_lines, split_lines, stream_lines
from eventwire.sources.normalise import decode_bytes, normalise_date
from eventwire.sources.text import article_from_text

DEFAULT_MAX_BYTES = 5_000_000
STDIN = "-"
STDIN_PATH = "<stdin>"
KINDS = ("text", "html", "jsonl")
EXTENSIONS: dict[str, str] = {
    ".txt": "text",
    ".text": "text",
    ".md": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
}
_SNIFF_BYTES = 4096
_HTML_START = re.compile(
    r"\s*<(?:!doctype\s+html|html|head|body|article|meta|title|div|p|section|\?xml)\b", re.I
)
_JSON_START = re.compile(r"\s*\{")


def sniff_kind(head: bytes) -> str:
    """Guess the kind of an unnamed input from its first bytes: html, jsonl or text."""
    text, _ = decode_bytes(head)
    if not text:  # undecodable or cut inside a character: look at what we can
        text = head.decode("utf-8", errors="ignore")
    text = text.lstrip("\ufeff")
    if _HTML_START.match(text) or re.search(r"<html\b|<!doctype html", text[:1024], re.I):
        return "html"
    if _JSON_START.match(text):
        return "jsonl"
    return "text"


def kind_of_path(path: str) -> str | None:
    """The kind a file extension stands for, None when it must be sniffed."""
    return EXTENSIONS.get(Path(path).suffix.lower())


def _check_published(published: str | None) -> str | None:
    """Normalise the caller's fallback date; a wrong one is a usage error, not a discard."""
    if published is None:
        return None
    value = normalise_date(published)
    if value is None:
        raise InputError(f"published date {published!r} is not a date; use YYYY-MM-DD", code="E402")
    return value


def read_bytes(
    data: bytes,
    *,
    path: str | None,
    kind: str | None = None,
    published: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[SourceItem]:
    """Items of one in-memory input (``kind`` None: sniffed); the per-input worker."""
    published = _check_published(published)
    if kind is not None and kind not in KINDS:
        raise InputError(f"unknown input kind {kind!r}; use one of {KINDS}", code="E403")
    kind = kind or sniff_kind(data[:_SNIFF_BYTES])
    if kind == "jsonl":
        yield from items_from_lines(split_lines(data, max_bytes), path=path, published=published)
        return
    if len(data) > max_bytes:
        yield discarded(
            "too_large", f"{len(data)} bytes > max_bytes {max_bytes}", path=path, raw=data
        )
        return
    yield _single(data, path=path, kind=kind, published=published)


def _single(data: bytes, *, path: str | None, kind: str, published: str | None) -> SourceItem:
    """The item of one text or HTML document."""
    if not data:
        return discarded("empty", "empty input", path=path, raw=data)
    if kind == "html":
        return article_from_html(data, path=path, published=published)
    text, problem = decode_bytes(data)
    if problem:
        return discarded(problem.reason, problem.detail, path=path, raw=data)
    return article_from_text(text, path=path, published=published, raw=data)


def read_paths(
    paths: Sequence[str],
    *,
    published: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    stdin: BinaryIO | None = None,
) -> Iterator[SourceItem]:
    """Items of files, directories and ``-`` (stdin), in the order given.

    Raises ``InputError`` (E401) at call time, before anything is read, when a path does not
    exist; E402 when ``published`` is not a date.
    """
    missing = [p for p in paths if p != STDIN and not os.path.lexists(p)]
    if missing:
        names = ", ".join(repr(p) for p in missing)
        raise InputError(f"no such file or directory: {names}", code="E401")
    fallback = _check_published(published)
    return _iter_paths(list(paths), fallback, max_bytes, stdin)


def _iter_paths(
    paths: list[str], published: str | None, max_bytes: int, stdin: BinaryIO | None
) -> Iterator[SourceItem]:
    for path in paths:
        if path == STDIN:
            stream = stdin if stdin is not None else sys.stdin.buffer
            yield from read_stream(
                stream, path=STDIN_PATH, published=published, max_bytes=max_bytes
            )
        elif os.path.isdir(path):
            for file_path, error in walk_directory(path):
                if error is not None:
                    yield discarded("unreadable", error, path=file_path, raw=b"")
                else:
                    yield from read_file(file_path, published=published, max_bytes=max_bytes)
        else:
            yield from read_file(path, published=published, max_bytes=max_bytes)


_FOLDER_DOCS = ("readme", "license", "licence", "changelog")


def _skipped_in_walk(name: str) -> bool:
    """Hidden files, a folder's own docs and files of other types are not articles."""
    return (
        name.startswith(".") or name.lower().startswith(_FOLDER_DOCS) or kind_of_path(name) is None
    )


def walk_directory(root: str) -> Iterator[tuple[str, str | None]]:
    """Article files under ``root`` in sorted order, with an error text for unreadable folders."""
    found: list[tuple[tuple[str, ...], str, str | None]] = []

    def on_error(exc: OSError) -> None:
        where = exc.filename or root
        found.append((Path(os.path.relpath(where, root)).parts, where, exc.strerror or str(exc)))

    for folder, dirs, files in os.walk(root, onerror=on_error):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in files:
            if _skipped_in_walk(name):
                continue
            full = os.path.join(folder, name)
            found.append((Path(os.path.relpath(full, root)).parts, full, None))
    for _, full, error in sorted(found, key=lambda item: item[0]):
        yield full, error


def read_file(
    path: str, *, published: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[SourceItem]:
    """Items of one file; the size is checked before reading, JSON Lines is streamed."""
    try:
        with open(path, "rb") as handle:
            if not handle.seekable():  # a pipe or device named on the command line
                yield from read_stream(handle, path=path, published=published, max_bytes=max_bytes)
                return
            kind = kind_of_path(path) or sniff_kind(_peek(handle))
            if kind == "jsonl":
                yield from items_from_lines(
                    stream_lines(handle, max_bytes), path=path, published=published
                )
                return
            size = os.fstat(handle.fileno()).st_size
            if size > max_bytes:
                yield discarded(
                    "too_large",
                    f"{size} bytes > max_bytes {max_bytes}",
                    path=path,
                    raw=f"size={size}".encode(),
                )
                return
            data = handle.read(max_bytes + 1)  # a growing file or a device can outrun stat
    except OSError as exc:
        yield discarded("unreadable", exc.strerror or str(exc), path=path, raw=str(exc).encode())
        return
    yield from read_bytes(data, path=path, kind=kind, published=published, max_bytes=max_bytes)


def read_stream(
    stream: BinaryIO,
    *,
    path: str = STDIN_PATH,
    published: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[SourceItem]:
    """Items of a byte stream (stdin): sniffed; JSON Lines streamed, others capped at max_bytes."""
    try:
        head = stream.read(_SNIFF_BYTES)
        kind = sniff_kind(head)
        if kind == "jsonl":
            yield from items_from_lines(
                stream_lines(_Prefixed(head, stream), max_bytes), path=path, published=published
            )
            return
        data = head + stream.read(max_bytes + 1 - len(head)) if len(head) <= max_bytes else head
    except OSError as exc:
        yield discarded("unreadable", exc.strerror or str(exc), path=path, raw=str(exc).encode())
        return
    yield from read_bytes(data, path=path, kind=kind, published=published, max_bytes=max_bytes)


def _peek(handle: BinaryIO) -> bytes:
    """The first bytes of an open file, leaving the position at the start."""
    head = handle.read(_SNIFF_BYTES)
    handle.seek(0)
    return head


class _Prefixed:
    """A minimal readable stream: already-read ``head`` bytes, then the rest of ``stream``."""

    def __init__(self, head: bytes, stream: BinaryIO) -> None:
        self._head = head
        self._stream = stream

    def readline(self, limit: int = -1, /) -> bytes:
        if not self._head:
            return self._stream.readline(limit)
        cut = self._head.find(b"\n")
        take = len(self._head) if cut < 0 else cut + 1
        if limit >= 0:
            take = min(take, limit)
        line, self._head = self._head[:take], self._head[take:]
        if line.endswith(b"\n") or (limit >= 0 and len(line) >= limit):
            return line
        return line + self._stream.readline(-1 if limit < 0 else limit - len(line))


__all__ = [
    "DEFAULT_MAX_BYTES",
    "EXTENSIONS",
    "KINDS",
    "STDIN_PATH",
    "kind_of_path",
    "read_bytes",
    "read_file",
    "read_paths",
    "read_stream",
    "sniff_kind",
    "walk_directory",
]
