"""HTML reader: trafilatura main text and metadata, encodings, pages without an article."""

from __future__ import annotations

from eventwire.sources.html import article_from_html, decode_html

PAGE = """<!DOCTYPE html><html><head><meta charset="{charset}">
<title>Envoys agree prisoner swap | Example Wire</title>
<meta property="og:site_name" content="Example Wire">
<meta property="article:published_time" content="2024-02-06T08:00:00Z">
<link rel="canonical" href="https://example.com/world/prisoner-swap">
</head><body><nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<article>{h1}
<p>VIENNA, Feb 6 - Envoys from the two countries agreed on Tuesday to exchange prisoners held
since the border clashes of last year, the Austrian foreign ministry said in a statement.</p>
<p>&ldquo;This is a first step towards trust,&rdquo; said the mediator, who led the talks in
Vienna for three days. The exchange is expected to take place next week at a crossing point.</p>
<p>Both governments thanked Austria for hosting the negotiations and said they were ready to
discuss the return of displaced families from the border region in the coming months.</p>
</article><footer>Copyright 2024 Example Wire</footer></body></html>"""


def page(h1: str = "", charset: str = "utf-8") -> str:
    return PAGE.format(h1=h1, charset=charset)


def test_metadata_and_title_prepended_when_body_lacks_it():
    item = article_from_html(page().encode(), path="p.html")
    art = item.article
    assert item.discard is None
    assert art.title == "Envoys agree prisoner swap"
    assert art.source == "Example Wire"
    assert art.published == "2024-02-06"
    assert art.url == "https://example.com/world/prisoner-swap"
    assert art.text.startswith("Envoys agree prisoner swap\nVIENNA, Feb 6")
    assert "Home" not in art.text and "Copyright" not in art.text
    assert "\u201cThis is a first step" in art.text


def test_title_not_repeated_when_body_starts_with_it():
    html = page(h1="<h1>Envoys agree prisoner swap</h1>")
    art = article_from_html(html.encode(), path="p.html").article
    assert art.text.count("Envoys agree prisoner swap") == 1
    assert art.text.startswith("Envoys agree prisoner swap\n")


def test_fallback_date_only_when_page_has_none():
    html = page().replace(
        '<meta property="article:published_time" content="2024-02-06T08:00:00Z">', ""
    )
    art = article_from_html(html.encode(), path=None, published="2024-02-09").article
    assert art.published == "2024-02-09"


def test_declared_legacy_charset_is_honoured():
    html = page(charset="windows-1252").replace("VIENNA", "Z\u00fcrich").encode("cp1252")
    item = article_from_html(html, path="p.html")
    assert item.discard is None
    assert "Z\u00fcrich" in item.article.text


def test_undeclared_legacy_bytes_are_bad_encoding():
    html = page().replace('<meta charset="utf-8">', "").replace("VIENNA", "Z\u00fcrich")
    item = article_from_html(html.encode("latin-1"), path="p.html")
    assert item.discard is not None and item.discard.reason == "bad_encoding"


def test_unknown_declared_charset_is_bad_encoding():
    text, problem = decode_html(b'<meta charset="klingon-8"><p>Z\xfcrich</p>')
    assert text == "" and problem is not None and problem.reason == "bad_encoding"


def test_page_without_main_text_is_no_article():
    html = b"<html><head><title>Menu</title></head><body><script>var a=1;</script></body></html>"
    item = article_from_html(html, path="n.html")
    assert item.discard is not None and item.discard.reason == "no_article"
    assert item.article.path == "n.html" and item.article.text == ""
