"""HTML pages: main text and metadata with trafilatura (``bare_extraction``, 2.x API).

Bytes are decoded here, not by trafilatura, so that the encoding rules are the same as for
text: a byte-order mark, else UTF-8, else the charset the page itself declares in a ``<meta>``
tag; a page that is none of these is ``bad_encoding`` rather than a silent guess.
The article text is the title, a line break and the main text, unless the main text already
starts with the title, so the headline is sentence 0 as in wire copy.
"""

from __future__ import annotations

import codecs
import logging
import re

from eventwire.records import Article, Discard
from eventwire.sources.item import SourceItem, accept, discarded
from eventwire.sources.normalise import decode_bytes, normalise_date, normalise_text

log = logging.getLogger(__name__)
log.addHandler(logging.NullHandler())

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_SPACE = re.compile(r"\s+")
# Dates only from the page's markup: htmldate's extensive search reads a copyright line such as
# "(c) 2024" as 2024-01-01, which is worse than no date (the caller's fallback then applies).
_DATE_PARAMS = {"extensive_search": False, "original_date": True}


def decode_html(raw: bytes) -> tuple[str, Discard | None]:
    """Decode an HTML page: BOM, UTF-8, or the charset declared in its first 4 KB."""
    text, problem = decode_bytes(raw)
    if problem is None or problem.reason != "bad_encoding" or raw.startswith(codecs.BOM_UTF8):
        return text, problem
    declared = _META_CHARSET.search(raw[:4096])
    if not declared:
        return "", problem
    name = declared.group(1).decode("ascii")
    try:
        codec = codecs.lookup(name).name
    except LookupError:
        return "", Discard("bad_encoding", f"unknown declared charset {name!r}")
    try:
        return raw.decode(codec), None
    except UnicodeDecodeError as exc:
        return "", Discard("bad_encoding", f"not valid {codec} as declared: {exc.reason}")


def _same_start(body: str, title: str) -> bool:
    """Whether the body already opens with the title (ignoring case and spacing)."""
    want = _SPACE.sub(" ", title).strip().casefold()
    have = _SPACE.sub(" ", body[: len(title) + 40]).strip().casefold()
    return have.startswith(want)


def _extract(html: str) -> object | None:
    """trafilatura's document for ``html``, None when it finds nothing or fails."""
    import trafilatura

    try:
        return trafilatura.bare_extraction(
            html,
            with_metadata=True,
            include_comments=False,
            date_extraction_params=_DATE_PARAMS,
        )
    except Exception as exc:  # trafilatura/lxml raise many types on broken markup
        log.debug("trafilatura failed: %s", exc)
        return None


def article_from_html(
    raw: bytes,
    *,
    path: str | None,
    published: str | None = None,
) -> SourceItem:
    """Build the item for one HTML page given as raw bytes."""
    html, problem = decode_html(raw)
    if problem:
        return discarded(problem.reason, problem.detail, path=path, raw=raw)
    if not html.strip():
        return discarded("empty", "empty HTML file", path=path, raw=raw)
    doc = _extract(html)
    body = normalise_text(getattr(doc, "text", None) or "").strip() if doc else ""
    if not body:
        return discarded("no_article", "trafilatura found no main text", path=path, raw=raw)
    title = _SPACE.sub(" ", normalise_text(getattr(doc, "title", None) or "")).strip() or None
    text = body if not title or _same_start(body, title) else f"{title}\n{body}"
    article = Article(
        text=normalise_text(text),
        path=path,
        url=getattr(doc, "url", None) or None,
        title=title,
        source=getattr(doc, "sitename", None) or None,
        published=normalise_date(getattr(doc, "date", None)),
    )
    return accept(article, raw=raw, published=published)


__all__ = ["article_from_html", "decode_html"]
