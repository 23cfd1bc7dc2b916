"""Read gold files into one shape: :class:`GoldArticle`.

Three formats are read, detected from the content (not the file name):

1. **eventwire gold** (shared/gold/FORMAT.md): JSON Lines, one article a line, or one
   pretty-printed JSON object (the seed), or a JSON list of such objects. ``text_file`` is
   resolved relative to the gold file's directory and read when ``text`` is absent.
2. **PLOVER GSR** (a JSON list of records; DOCUMENT records are skipped). Each record is one
   sentence-level article: ``text`` is the record's text, ``pub_date`` its ``date``. Its event
   has no CAMEO code: it is typed by the PLOVER 2021 type of its label (``codes.plover_type``).
   Every (source, target) pair of its actor lists is one gold event. Sources marked
   ``SRC/TAR`` in the markup with no target list are joint actors (X and Y agreed...): each pair
   of them is one *bilateral* event. A record with no target yields events with target None
   (any target matches, as FORMAT.md says). A non-list target ("" or a stray word) means none.
3. **PETRARCH-2 validation XML**: not well-formed (a banner of ``#`` lines, self-closing
   ``<Sentence .../>`` tags followed by their content), so it is scanned, not parsed: each
   ``<Sentence ...>`` owns the ``<EventCoding .../>`` and ``<Text>`` that follow it. Sentences
   with ``evaluate`` other than "true" are skipped; ``date`` YYYYMMDD becomes ISO. PETRARCH
   codes a symmetric event twice (A->B and B->A, same code); FORMAT.md codes it once as
   bilateral, so such a pair becomes one bilateral event.

Actor codes are read through ``codes.resolve_actor`` / ``normalise_actor_code``. A gold actor
whose code names no country (``---``, bare ``NGO``) is None, which the scorer reads as "any
actor". PLOVER and PETR-2 events carry no modality (None: left out of modality accuracy).

Predictions for ``eventwire eval --predictions DIR`` are read by :func:`read_predictions`:
``DIR/<gold id>.json`` (one ``eventwire extract`` object) or any ``DIR/*.jsonl`` whose objects
carry a top-level ``"gold_id"`` or else ``article.id`` equal to the gold id.

Anything malformed raises :class:`eventwire.errors.GoldError` naming the file and the record.
Predictions are keyed by article id, so a repeated id (the PLOVER GSR repeats one) is made
unique: its second record becomes ``id#2``, and so on.
"""

from __future__ import annotations

import html
import json
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Literal

from eventwire.errors import GoldError, InputError
from eventwire.eval.codes import normalise_actor_code, plover_type, resolve_actor
from eventwire.records import Modality

GoldKind = Literal["article", "plover", "petr2"]
_MODALITIES = frozenset(m.value for m in Modality)
_ROOT_RE = re.compile(r"^\d{2}$")
_CAMEO_RE = re.compile(r"^\d{2,4}$")


@dataclass(frozen=True)
class GoldEvent:
    """One gold event; source/target None match any predicted actor."""

    source: str | None
    target: str | None
    root: str | None
    cameo: str | None
    modality: str | None
    optional: bool
    bilateral: bool
    sentence: int | None
    note: str
    plover: str | None = None


@dataclass(frozen=True)
class GoldQuote:
    speaker: str
    code: str | None
    sentence: int | None
    optional: bool


@dataclass(frozen=True)
class GoldActor:
    name: str
    code: str | None
    role: str | None
    text: str | None = None


@dataclass(frozen=True)
class GoldArticle:
    id: str
    text: str | None
    text_file: str | None
    pub_date: str | None
    sent_offsets: tuple[int, ...]
    events: tuple[GoldEvent, ...]
    actors: tuple[GoldActor, ...]
    quotes: tuple[GoldQuote, ...]
    kind: GoldKind = "article"


# --------------------------------------------------------------------------- detection


def read_gold(path: str | Path) -> list[GoldArticle]:
    """Read any supported gold file; the format is detected from its first character."""
    p = Path(path)
    try:
        raw = p.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise GoldError(f"{p}: cannot read gold file: {exc}") from exc
    return _unique_ids(_read_any(raw, p))


def _read_any(raw: str, p: Path) -> list[GoldArticle]:
    head = raw.lstrip()[:1]
    if head == "<":
        return read_petr2_xml(raw, p)
    if head == "[":
        records = _load_json(raw, p)
        if records and all(isinstance(r, dict) and "events" in r for r in records):
            return [_article_from_obj(r, p, f"item {i}") for i, r in enumerate(records)]
        return read_plover_gsr(records, p)
    if head == "{":
        return _read_json_objects(raw, p)
    if not head:
        raise GoldError(f"{p}: gold file is empty")
    raise GoldError(f"{p}: not a gold file (expected JSON, JSON Lines or PETRARCH XML)")


def _unique_ids(articles: list[GoldArticle]) -> list[GoldArticle]:
    """Predictions are keyed by id, so a repeated id (the PLOVER GSR has one) becomes id#2..."""
    seen: Counter[str] = Counter()
    out = []
    for art in articles:
        seen[art.id] += 1
        n = seen[art.id]
        out.append(art if n == 1 else replace(art, id=f"{art.id}#{n}"))
    return out


def _load_json(raw: str, path: Path) -> Any:
    try:
        return json.loads(raw)
    except json.JSONDecodeError as exc:
        raise GoldError(f"{path}: invalid JSON at line {exc.lineno}: {exc.msg}") from exc


def _read_json_objects(raw: str, path: Path) -> list[GoldArticle]:
    """One pretty-printed object, or JSON Lines (one object a line)."""
    try:
        single = json.loads(raw)
    except json.JSONDecodeError:
        single = None
    if isinstance(single, dict):
        return [_article_from_obj(single, path, "the object")]
    out = []
    for lineno, line in enumerate(raw.splitlines(), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise GoldError(f"{path}: line {lineno}: invalid JSON: {exc.msg}") from exc
        if not isinstance(obj, dict):
            raise GoldError(f"{path}: line {lineno}: expected a JSON object")
        out.append(_article_from_obj(obj, path, f"line {lineno}"))
    return out


# --------------------------------------------------------------------------- eventwire gold


def _where(path: Path, record: str, obj: Mapping[str, Any] | None = None) -> str:
    rid = obj.get("id") if obj else None
    return f"{path}: {record}" + (f" (id {rid!r})" if rid is not None else "")


def _opt_str(value: Any, what: str, where: str) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise GoldError(f"{where}: {what} must be a string or null, not {value!r}")
    return value


def _code(value: Any, where: str) -> str | None:
    return normalise_actor_code(_opt_str(value, "actor code", where))[0]


def _root_of(obj: Mapping[str, Any], where: str) -> tuple[str, str | None]:
    """(root, cameo) of a gold event; a missing root is taken from the cameo code."""
    cameo = obj.get("cameo")
    cameo = None if cameo is None else str(cameo)
    if cameo is not None and not _CAMEO_RE.match(cameo):
        raise GoldError(f"{where}: cameo {cameo!r} is not a CAMEO code")
    root = obj.get("root")
    root = cameo[:2] if root is None and cameo else root
    if root is None or not _ROOT_RE.match(str(root)):
        raise GoldError(f"{where}: root must be a 2-digit CAMEO root, not {root!r}")
    return str(root), cameo


def _event_from_obj(obj: Any, where: str) -> GoldEvent:
    if not isinstance(obj, dict):
        raise GoldError(f"{where}: an event must be an object")
    root, cameo = _root_of(obj, where)
    modality = obj.get("modality")
    if modality is not None and modality not in _MODALITIES:
        raise GoldError(f"{where}: unknown modality {modality!r}")
    sentence = obj.get("sentence")
    if sentence is not None and not isinstance(sentence, int):
        raise GoldError(f"{where}: sentence must be an integer")
    return GoldEvent(
        source=_code(obj.get("source"), where),
        target=_code(obj.get("target"), where),
        root=root,
        cameo=cameo,
        modality=modality,
        optional=bool(obj.get("optional", False)),
        bilateral=bool(obj.get("bilateral", False)),
        sentence=sentence,
        note=str(obj.get("note") or ""),
        plover=plover_type(obj.get("plover")),
    )


def _actor_from_obj(obj: Any, where: str) -> GoldActor:
    if not isinstance(obj, dict) or not isinstance(obj.get("name"), str):
        raise GoldError(f"{where}: an actor must be an object with a name")
    code, role = normalise_actor_code(_opt_str(obj.get("code"), "actor code", where))
    return GoldActor(
        name=obj["name"], code=code, role=obj.get("role") or role, text=obj.get("text")
    )


def _quote_from_obj(obj: Any, where: str) -> GoldQuote:
    if not isinstance(obj, dict):
        raise GoldError(f"{where}: a quote must be an object")
    sentence = obj.get("sentence")
    if sentence is not None and not isinstance(sentence, int):
        raise GoldError(f"{where}: sentence must be an integer")
    return GoldQuote(
        speaker=str(obj.get("speaker") or ""),
        code=_code(obj.get("code"), where),
        sentence=sentence,
        optional=bool(obj.get("optional", False)),
    )


def _offsets(value: Any, where: str) -> tuple[int, ...]:
    if value is None:
        return ()
    ok = isinstance(value, list) and all(isinstance(v, int) and v >= 0 for v in value)
    if not ok or list(value) != sorted(value):
        raise GoldError(f"{where}: sent_offsets must be ascending non-negative integers")
    return tuple(value)


def _items(obj: Mapping[str, Any], key: str, where: str) -> list[Any]:
    value = obj.get(key) or []
    if not isinstance(value, list):
        raise GoldError(f"{where}: '{key}' must be a list")
    return value


def _text_of(obj: Mapping[str, Any], path: Path, where: str) -> tuple[str | None, str | None]:
    """(text, text_file): the record's text, or the text file beside the gold file."""
    text = _opt_str(obj.get("text"), "text", where)
    text_file = _opt_str(obj.get("text_file"), "text_file", where)
    if text_file is None:
        return text, None
    resolved = Path(text_file)
    if not resolved.is_absolute():
        resolved = path.parent / resolved
    if text is None and resolved.is_file():
        try:
            text = resolved.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise GoldError(f"{where}: cannot read text_file {resolved}: {exc}") from exc
    return text, str(resolved)


def _article_from_obj(obj: Any, path: Path, record: str) -> GoldArticle:
    if not isinstance(obj, dict):
        raise GoldError(f"{path}: {record}: expected a JSON object")
    where = _where(path, record, obj)
    if not isinstance(obj.get("id"), str | int) or obj.get("id") == "":
        raise GoldError(f"{where}: missing 'id'")
    text, text_file = _text_of(obj, path, where)
    events = _items(obj, "events", where)
    return GoldArticle(
        id=str(obj["id"]),
        text=text,
        text_file=text_file,
        pub_date=_opt_str(obj.get("pub_date"), "pub_date", where),
        sent_offsets=_offsets(obj.get("sent_offsets"), where),
        events=tuple(_event_from_obj(e, f"{where} event {i}") for i, e in enumerate(events)),
        actors=tuple(
            _actor_from_obj(a, f"{where} actor {i}")
            for i, a in enumerate(_items(obj, "actors", where))
        ),
        quotes=tuple(
            _quote_from_obj(q, f"{where} quote {i}")
            for i, q in enumerate(_items(obj, "quotes", where))
        ),
        kind="article",
    )


# --------------------------------------------------------------------------- PLOVER GSR


def _plover_actors(value: Any, where: str, side: str) -> list[GoldActor]:
    """A PLOVER source/target list; "" or a stray string means "none coded"."""
    if value is None or isinstance(value, str):
        return []
    if not isinstance(value, list):
        raise GoldError(f"{where}: '{side}' must be a list of actors")
    out = []
    for i, item in enumerate(value):
        if not isinstance(item, dict) or "code" not in item:
            raise GoldError(f"{where}: {side} {i} must be an object with a 'code'")
        text = str(item.get("actorText") or "")
        code, role = resolve_actor(item.get("code"), text, item.get("sector"))
        out.append(GoldActor(name=text, code=code, role=role, text=text))
    return out


def _markup(record: Mapping[str, Any]) -> str:
    info = record.get("textInfo")
    if isinstance(info, dict):
        return str(info.get("markup") or "")
    return info if isinstance(info, str) else ""


def _dedupe(codes: Iterable[str | None]) -> list[str | None]:
    return list(dict.fromkeys(codes))


def _plover_events(
    sources: list[GoldActor], targets: list[GoldActor], joint: bool, label: str | None, note: str
) -> tuple[GoldEvent, ...]:
    """Every (source, target) pair; joint sources with no target pair up as bilateral."""
    src = _dedupe(a.code for a in sources) or [None]
    if joint and not targets and len(src) > 1:
        pairs = [(a, b, True) for i, a in enumerate(src) for b in src[i + 1 :]]
    else:
        tgt = _dedupe(a.code for a in targets) or [None]
        pairs = [(s, t, False) for s in src for t in tgt]
    return tuple(
        GoldEvent(s, t, None, None, None, False, bil, 0, note, plover=label) for s, t, bil in pairs
    )


def _plover_article(record: Any, path: Path, index: int) -> GoldArticle | None:
    if not isinstance(record, dict):
        raise GoldError(f"{path}: record {index}: expected a JSON object")
    where = _where(path, f"record {index}", record)
    label = record.get("event")
    if label == "DOCUMENT":
        return None
    if not isinstance(record.get("id"), str) or not isinstance(label, str):
        raise GoldError(f"{where}: a PLOVER record needs an 'id' and an 'event'")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise GoldError(f"{where}: missing 'text'")
    sources = _plover_actors(record.get("source"), where, "source")
    targets = _plover_actors(record.get("target"), where, "target")
    joint = "SRC/TAR:" in _markup(record)
    note = str(record.get("eventText") or "")
    events = _plover_events(sources, targets, joint, plover_type(label), note)
    return GoldArticle(
        id=record["id"],
        text=text,
        text_file=None,
        pub_date=_opt_str(record.get("date") or None, "date", where),
        sent_offsets=(0,),
        events=events,
        actors=tuple(dict.fromkeys(sources + targets)),
        quotes=(),
        kind="plover",
    )


def read_plover_gsr(records: Any, path: str | Path = "<plover>") -> list[GoldArticle]:
    """PLOVER GSR records (a parsed JSON list) as sentence-level gold articles."""
    p = Path(path)
    if not isinstance(records, list):
        raise GoldError(f"{p}: a PLOVER GSR file must be a JSON list")
    out = []
    for i, rec in enumerate(records):
        art = _plover_article(rec, p, i)
        if art is not None:
            out.append(art)
    return out


# --------------------------------------------------------------------------- PETRARCH-2 XML

_COMMENT_RE = re.compile(r"<!--.*?-->", re.S)
_SENTENCE_RE = re.compile(r"<Sentence\b([^>]*?)/?>", re.S)
_CODING_RE = re.compile(r"<EventCoding\b([^>]*?)/?>", re.S)
_TEXT_RE = re.compile(r"<Text>(.*?)</Text>", re.S)
_PARSE_RE = re.compile(r"<Parse>(.*?)</Parse>", re.S)
_NO_SPACE_BEFORE = frozenset({".", ",", ";", ":", "!", "?", ")", "'s", "n't", "%"})
_ATTR_RE = re.compile(r"""([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')""")
_END_RE = re.compile(r"</Sentences>")


def _attrs(raw: str) -> dict[str, str]:
    return {m[1]: html.unescape(m[2] if m[2] is not None else m[3]) for m in _ATTR_RE.finditer(raw)}


def _iso_date(value: str | None) -> str | None:
    """YYYYMMDD as ISO; any other form (the file has a stray "121108") is dropped, not guessed."""
    if not value or not re.fullmatch(r"\d{8}", value):
        return None
    return f"{value[:4]}-{value[4:6]}-{value[6:]}"


def _petr_block(block: str, attrs: dict[str, str], where: str) -> GoldArticle:
    text_match = _TEXT_RE.search(block)
    if text_match is None:
        raise GoldError(f"{where}: sentence has no <Text>")
    text = " ".join(html.unescape(text_match.group(1)).split()) or _text_of_parse(block)
    codings = []
    for raw in _CODING_RE.findall(block):
        a = _attrs(raw)
        if a.get("noevents", "").lower() == "true":
            continue
        code = a.get("eventcode", "")
        if not _CAMEO_RE.match(code) or "sourcecode" not in a or "targetcode" not in a:
            raise GoldError(f"{where}: EventCoding needs eventcode, sourcecode and targetcode")
        codings.append((code, a["sourcecode"], a["targetcode"]))
    return GoldArticle(
        id=attrs["id"],
        text=text,
        text_file=None,
        pub_date=_iso_date(attrs.get("date")),
        sent_offsets=(0,),
        events=_petr_events(codings, attrs.get("category", "")),
        actors=(),
        quotes=(),
        kind="petr2",
    )


def _text_of_parse(block: str) -> str:
    """The sentence from the word column of the record's CoNLL parse, for the records whose
    <Text> is empty although their parse holds the sentence."""
    parse = _PARSE_RE.search(block)
    if parse is None:
        return ""
    words = []
    for line in html.unescape(parse.group(1)).splitlines():
        cols = line.split("\t")
        if len(cols) > 1 and cols[0].isdigit():
            words.append(cols[1])
    out = ""
    for w in words:
        out += w if not out or w in _NO_SPACE_BEFORE else " " + w
    return out


def _petr_events(codings: list[tuple[str, str, str]], category: str) -> tuple[GoldEvent, ...]:
    """PETRARCH codings as gold events; a symmetric pair of codings is one bilateral event."""
    mapped = [
        (code, normalise_actor_code(src)[0], normalise_actor_code(tgt)[0])
        for code, src, tgt in codings
    ]
    mapped = list(dict.fromkeys(mapped))
    seen = set(mapped)
    events, used = [], set()
    for code, src, tgt in mapped:
        if (code, src, tgt) in used:
            continue
        mirror = (code, tgt, src)
        bilateral = src != tgt and mirror in seen
        used.update({(code, src, tgt), mirror} if bilateral else {(code, src, tgt)})
        events.append(GoldEvent(src, tgt, code[:2], code, None, False, bilateral, 0, category))
    return tuple(events)


def _sentence_blocks(raw: str) -> Iterator[tuple[dict[str, str], str, int]]:
    """(attributes, content up to the next sentence, line number) for each <Sentence>."""
    text = _COMMENT_RE.sub(lambda m: "\n" * m.group(0).count("\n"), raw)
    starts = list(_SENTENCE_RE.finditer(text))
    end_match = _END_RE.search(text)
    end_of_all = end_match.start() if end_match else len(text)
    for i, m in enumerate(starts):
        stop = starts[i + 1].start() if i + 1 < len(starts) else end_of_all
        yield (
            _attrs(m.group(1)),
            text[m.end() : max(stop, m.end())],
            text.count("\n", 0, m.start()) + 1,
        )


def read_petr2_xml(raw: str, path: str | Path = "<petr2>") -> list[GoldArticle]:
    """PETRARCH-2 validation records (the file's text) as sentence-level gold articles."""
    p = Path(path)
    out = []
    for attrs, block, line in _sentence_blocks(raw):
        where = f"{p}: line {line}" + (f" (id {attrs['id']!r})" if "id" in attrs else "")
        if "id" not in attrs:
            raise GoldError(f"{where}: <Sentence> has no id")
        if attrs.get("evaluate", "true").lower() != "true":
            continue
        out.append(_petr_block(block, attrs, where))
    if not out and "<Sentence" not in raw:
        raise GoldError(f"{p}: no <Sentence> records found")
    return out


# --------------------------------------------------------------------------- predictions


def _prediction_key(obj: Mapping[str, Any]) -> str | None:
    if obj.get("gold_id") is not None:
        return str(obj["gold_id"])
    article = obj.get("article")
    if isinstance(article, dict) and article.get("id") is not None:
        return str(article["id"])
    return None


def _read_jsonl_predictions(path: Path, out: dict[str, dict[str, Any]]) -> None:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read predictions: {exc}") from exc
    for lineno, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{path}: line {lineno}: invalid JSON: {exc.msg}") from exc
        key = _prediction_key(obj) if isinstance(obj, dict) else None
        if key is None:
            raise InputError(f"{path}: line {lineno}: needs 'gold_id' or 'article.id'")
        out.setdefault(key, obj)


def read_predictions(directory: str | Path, ids: Sequence[str]) -> dict[str, dict[str, Any]]:
    """Predictions keyed by gold id: ``<id>.json`` files first, then every ``*.jsonl``."""
    d = Path(directory)
    if not d.is_dir():
        raise InputError(f"{d}: predictions directory not found")
    out: dict[str, dict[str, Any]] = {}
    for gid in ids:
        f = d / f"{gid}.json"
        if f.is_file():
            try:
                obj = json.loads(f.read_text(encoding="utf-8"))
            except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
                raise InputError(f"{f}: cannot read predictions: {exc}") from exc
            if not isinstance(obj, dict):
                raise InputError(f"{f}: expected one JSON object")
            out[gid] = obj
    for f in sorted(d.glob("*.jsonl")):
        _read_jsonl_predictions(f, out)
    return out


__all__ = [
    "GoldActor",
    "GoldArticle",
    "GoldEvent",
    "GoldKind",
    "GoldQuote",
    "read_gold",
    "read_petr2_xml",
    "read_plover_gsr",
    "read_predictions",
]
