"""Turn raw bytes into the one text every later stage indexes into.

``normalise_text`` is applied by every reader, so character offsets in the output always point
into its result. ``decode_bytes`` decides whether raw bytes are text at all: it honours a
UTF-8/UTF-16/UTF-32 byte-order mark, otherwise requires valid UTF-8, and never guesses a legacy
code page (a wrong guess would silently corrupt names and quotes). ``normalise_date`` turns a
publication date written by a person or a feed into ``YYYY-MM-DD``.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from datetime import date, datetime

from eventwire.records import Discard

# Control characters carry no meaning in news text and break tokenisers and JSON consumers;
# tab and line feed are kept, CR is turned into LF before this table applies.
_DROP: dict[int, str | None] = {c: None for c in range(0x20) if c not in (0x09, 0x0A)}
_DROP.update({0x7F: None, 0xFEFF: None})
_DROP.update({c: None for c in range(0x80, 0xA0) if c != 0x85})
# NEL and the Unicode line/paragraph separators are line breaks; the NLP stage splits on "\n".
_DROP.update({0x85: "\n", 0x2028: "\n", 0x2029: "\n"})
_NEEDS_TRANSLATE = re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(_DROP)) + "]")
_CONTROL_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")

# Byte-order marks, longest first: the UTF-32-LE mark starts with the UTF-16-LE one.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Signatures of common binary formats that can be valid-looking bytes at the start.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive (docx/xlsx/epub?)"),
    (b"\x1f\x8b", "gzip data"),
    (b"\x89PNG", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF8", "GIF image"),
    (b"\xd0\xcf\x11\xe0", "OLE document (old Word/Excel)"),
    (b"\x7fELF", "executable"),
)
_TEXT_CONTROL_BYTES = frozenset(b"\t\n\r\x0c\x08\x1b")
_BINARY_SHARE = 0.10  # share of control bytes/characters above which input is not text
_SNIFF = 8192


def normalise_text(text: str) -> str:
    """NFC, LF line breaks, no BOM/NUL/control characters, no trailing whitespace.

    Idempotent and total: ``normalise_text(normalise_text(t)) == normalise_text(t)``.
    Control characters are removed *before* NFC so that a removed character can never leave
    an uncomposed pair behind.
    """
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _NEEDS_TRANSLATE.search(text):
        text = text.translate(_DROP)
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return text.rstrip()


def _looks_binary(raw: bytes) -> str | None:
    """Name the binary format of ``raw``, or None when it may be text."""
    for magic, name in _MAGIC:
        if raw.startswith(magic):
            return name
    if b"\x00" in raw:
        return "contains NUL bytes"
    head = raw[:_SNIFF]
    controls = sum(1 for b in head if b < 0x20 and b not in _TEXT_CONTROL_BYTES)
    if head and controls / len(head) > _BINARY_SHARE:
        return f"{controls} control bytes in the first {len(head)}"
    return None


def _mostly_control(text: str) -> bool:
    """True when decoded text is mostly control characters (binary that happened to decode)."""
    head = text[:_SNIFF]
    if not head:
        return False
    controls = len(_CONTROL_CHARS.findall(head))
    return controls / len(head) > _BINARY_SHARE


def decode_bytes(raw: bytes) -> tuple[str, Discard | None]:
    """Decode raw input to text, or say why it is not text (``binary`` or ``bad_encoding``).

    A byte-order mark decides the codec; without one the bytes must be valid UTF-8.
    """
    for bom, codec in _BOMS:
        if raw.startswith(bom):
            try:
                text = raw[len(bom) :].decode(codec)
            except UnicodeDecodeError as exc:
                return "", Discard("bad_encoding", f"invalid {codec} after its BOM: {exc.reason}")
            if _mostly_control(text):
                return "", Discard("binary", "mostly control characters")
            return text, None
    binary = _looks_binary(raw)
    if binary:
        return "", Discard("binary", binary)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return "", Discard(
            "bad_encoding",
            f"not valid UTF-8 (byte {exc.object[exc.start]:#04x} at offset {exc.start}); "
            "re-save as UTF-8",
        )
    if _mostly_control(text):
        return "", Discard("binary", "mostly control characters")
    return text, None


_YEAR_RE = re.compile(r"\b(1[89]\d\d|2\d\d\d)\b")
_DATEPARSER_SETTINGS = {
    "REQUIRE_PARTS": ["day", "month", "year"],
    "PREFER_DATES_FROM": "past",
    "RETURN_AS_TIMEZONE_AWARE": False,
}


def normalise_date(value: object) -> str | None:
    """``YYYY-MM-DD`` for a written publication date, None when it names no full date.

    ISO forms are read directly; other forms go to dateparser. A value without a four-digit
    year ("yesterday", "Tuesday") is refused, because reading it would depend on today's date.
    Never raises.
    """
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if not isinstance(value, str):
        return None
    value = value.strip()
    if not value or len(value) > 100:
        return None
    iso = _from_iso(value)
    if iso:
        return iso
    if not _YEAR_RE.search(value):
        return None
    return _from_dateparser(value)


def _from_iso(value: str) -> str | None:
    """Read ISO 8601 dates and timestamps (the common case in feeds and headers)."""
    candidate = value[:-1] + "+00:00" if value.endswith(("Z", "z")) else value
    try:
        return datetime.fromisoformat(candidate).date().isoformat()
    except ValueError:
        pass
    try:
        return date.fromisoformat(value[:10]).isoformat() if len(value) >= 10 else None
    except ValueError:
        return None


def _from_dateparser(value: str) -> str | None:
    """Free-form dates ("5 March 2024", "Mar. 5, 2024 10:00 GMT") via dateparser."""
    try:
        import dateparser

        parsed = dateparser.parse(value, languages=["en"], settings=_DATEPARSER_SETTINGS)
    except Exception:  # dateparser raises assorted errors on odd input; a bad date is no date
        return None
    return parsed.date().isoformat() if parsed else None


__all__ = ["decode_bytes", "normalise_date", "normalise_text"]
