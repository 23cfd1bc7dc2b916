"""Plain-text articles: an optional header block, then the article as written.

Header block: ``Key: value`` lines at the very top, ended by a blank line (or the end of the
text). Recognised keys (case-insensitive): Title, Source, Published (alias Date), URL, Author.
The block counts as a header only when every line has the ``Key: value`` shape and at least one
key is recognised, so a first paragraph such as "Update: talks resumed." is never eaten; unknown
keys inside a real header ("Section: World") are dropped with it. The header is removed from the
text; all offsets point into what follows it.

Without a Title key the title is the first non-blank line when it is short (<= 200 characters),
does not end like a sentence (. ! ? with optional closing quotes) and a line break follows it.
That line stays in the text: it is sentence 0, as in wire copy.
"""

from __future__ import annotations

import re

from eventwire.records import Article
from eventwire.sources.item import SourceItem, accept
from eventwire.sources.normalise import normalise_date, normalise_text

HEADER_KEYS = {
    "title": "title",
    "source": "source",
    "published": "published",
    "date": "published",
    "url": "url",
    "author": "author",
}
MAX_TITLE_CHARS = 200
_HEADER_LINE = re.compile(r"([A-Za-z][A-Za-z _-]{0,29}):[ \t]*(.*)")
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)\]]*$")


def parse_header(text: str) -> tuple[dict[str, str], int]:
    """Header fields (canonical keys) and the offset where the body starts; ({}, 0) if none.

    The body offset skips the blank line(s) that end the header.
    """
    fields: dict[str, str] = {}
    recognised = False
    pos = 0
    while pos < len(text):
        end = text.find("\n", pos)
        line_end = len(text) if end < 0 else end
        line = text[pos:line_end].strip()
        if not line:
            break
        match = _HEADER_LINE.fullmatch(line)
        if not match or not match.group(2).strip():
            return {}, 0
        key = HEADER_KEYS.get(match.group(1).strip().lower())
        if key:
            recognised = True
            fields.setdefault(key, match.group(2).strip())
        pos = line_end + 1
    if not recognised:
        return {}, 0
    return fields, _skip_blank_lines(text, pos)


def _skip_blank_lines(text: str, pos: int) -> int:
    """Offset of the first non-blank line at or after ``pos`` (or the end of the text)."""
    while pos < len(text):
        end = text.find("\n", pos)
        line_end = len(text) if end < 0 else end
        if text[pos:line_end].strip():
            return pos
        pos = line_end + 1
    return len(text)


def guess_title(text: str) -> str | None:
    """The first non-blank line when it reads like a headline (see module docstring)."""
    start = _skip_blank_lines(text, 0)
    end = text.find("\n", start)
    if end < 0:
        return None  # a one-line text is a sentence, not a headline over a body
    line = text[start:end].strip()
    if not line or len(line) > MAX_TITLE_CHARS or _SENTENCE_END.search(line):
        return None
    return line


def article_from_text(
    text: str,
    *,
    path: str | None,
    published: str | None = None,
    raw: bytes = b"",
) -> SourceItem:
    """Build the item for an already decoded plain-text article."""
    text = normalise_text(text)
    fields, body_start = parse_header(text)
    body = text[body_start:] if fields else text
    article = Article(
        text=body,
        path=path,
        url=fields.get("url"),
        title=fields.get("title") or guess_title(body),
        source=fields.get("source"),
        published=normalise_date(fields.get("published")),
    )
    return accept(article, raw=raw or text.encode("utf-8"), published=published)


__all__ = ["HEADER_KEYS", "article_from_text", "guess_title", "parse_header"]
