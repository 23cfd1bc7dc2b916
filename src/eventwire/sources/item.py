"""The unit every reader yields: an ``Article``, and a ``Discard`` when it cannot be processed.

A discarded item still carries an Article (text often "", ``path`` set) whose id is derived
from the path and the raw bytes, so two different bad inputs never share an id and the same bad
input always gets the same one.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace

from eventwire.records import Article, Discard
from eventwire.sources.language import english_share, is_english

# Reason -> meaning; the README lists these for users.
DISCARD_REASONS: dict[str, str] = {
    "empty": "no text left after normalisation (or only a header block)",
    "binary": "NUL bytes, a known binary signature (PDF, ZIP, image...) or mostly control bytes",
    "bad_encoding": "not valid UTF-8 and no UTF-8/UTF-16/UTF-32 byte-order mark; "
    "legacy code pages are never guessed",
    "no_article": "HTML in which trafilatura finds no main text",
    "not_english": "at least 20 words and too few English function words",
    "too_large": "larger than max_bytes (a file's size is checked before it is read)",
    "bad_json": "a JSON Lines line that is not a JSON object or lacks a string 'text'",
    "unreadable": "the operating system refused to read it (permissions, I/O error...)",
}


@dataclass(frozen=True, slots=True)
class SourceItem:
    """One input as the pipeline receives it; ``discard`` is None when it can be processed."""

    article: Article
    discard: Discard | None = None


def discard_id(path: str | None, raw: bytes) -> str:
    """Stable id for a discarded input: sha256 of the path and of the raw bytes' hash."""
    raw_hash = hashlib.sha256(raw).hexdigest()
    return hashlib.sha256(f"{path or ''}\0{raw_hash}".encode()).hexdigest()[:16]


def discarded(
    reason: str,
    detail: str,
    *,
    path: str | None,
    raw: bytes,
    article: Article | None = None,
) -> SourceItem:
    """A discard item; ``article`` (metadata, maybe text) is kept when the reader got that far."""
    if reason not in DISCARD_REASONS:
        raise ValueError(f"unknown discard reason {reason!r}")
    ident = discard_id(path, raw)
    if article is None:
        article = Article(text="", id=ident, path=path, language=None)
    else:
        article = replace(article, id=ident, path=path)
    return SourceItem(article, Discard(reason, detail))


def accept(article: Article, *, raw: bytes, published: str | None) -> SourceItem:
    """Final checks shared by all readers: date fallback, empty text, language."""
    if article.published is None and published:
        article = replace(article, published=published)
    if not article.text.strip():
        return discarded(
            "empty", "no text after normalisation", path=article.path, raw=raw, article=article
        )
    english = is_english(article.text)
    if english is False:
        share, words = english_share(article.text)
        return discarded(
            "not_english",
            f"{share:.0%} English function words in {words} words",
            path=article.path,
            raw=raw,
            article=replace(article, language=None),
        )
    return SourceItem(article)


__all__ = ["DISCARD_REASONS", "SourceItem", "accept", "discard_id", "discarded"]
