"""Domain records: frozen dataclasses that every stage passes along.

They are hashable and picklable (Spark, multiprocessing, dedup) and their ``to_dict`` output is
exactly the JSON contract of ``eventwire extract`` (design/OUTPUT.md). ``from_dict`` reads it back,
so the JSON Lines output, the store and the REST API all speak one shape.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class Modality(StrEnum):
    """How the article presents an event; only ``asserted`` events are stated as fact."""

    ASSERTED = "asserted"
    ALLEGED = "alleged"
    DENIED = "denied"
    EXPECTED = "expected"
    HYPOTHETICAL = "hypothetical"
    NEGATED = "negated"
    BACKGROUND = "background"


Span = tuple[int, int]


def article_id(normalised_text: str) -> str:
    """Stable id: first 16 hex digits of the SHA-256 of the normalised text."""
    return hashlib.sha256(normalised_text.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True, slots=True)
class Article:
    """One article as eventwire normalised it; every span points into ``text``."""

    text: str
    id: str = ""
    path: str | None = None
    url: str | None = None
    title: str | None = None
    source: str | None = None
    published: str | None = None  # ISO date YYYY-MM-DD
    language: str | None = "en"

    def __post_init__(self) -> None:
        if not self.id:
            object.__setattr__(self, "id", article_id(self.text))

    @property
    def chars(self) -> int:
        return len(self.text)

    def to_dict(self, with_text: bool = False) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.id,
            "path": self.path,
            "url": self.url,
            "title": self.title,
            "source": self.source,
            "published": self.published,
            "language": self.language,
            "chars": self.chars,
        }
        if with_text:
            out["text"] = self.text
        return out

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Article:
        return cls(
            text=d.get("text", ""),
            id=d.get("id", ""),
            path=d.get("path"),
            url=d.get("url"),
            title=d.get("title"),
            source=d.get("source"),
            published=d.get("published"),
            language=d.get("language", "en"),
        )


@dataclass(frozen=True, slots=True)
class Discard:
    """Why an article yielded no events (not_english, empty, too_large, unreadable, ...)."""

    reason: str
    detail: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"reason": self.reason, "detail": self.detail}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Discard:
        return cls(reason=d["reason"], detail=d.get("detail", ""))


@dataclass(frozen=True, slots=True)
class Actor:
    """An actor of one article, with every place it is mentioned and why it was coded so."""

    id: str
    name: str
    code: str | None
    role: str | None = None
    kind: str = "state"  # person | state | organisation | group
    mentions: tuple[Span, ...] = ()
    rule: str | None = None  # which rule decided the code
    entry: str | None = None  # which knowledge-base entry
    # parallel to ``mentions``: "rule|entry" of each mention ("" entry when none)
    mention_rules: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        out = {
            "id": self.id,
            "name": self.name,
            "code": self.code,
            "role": self.role,
            "kind": self.kind,
            "mentions": [list(m) for m in self.mentions],
            "rule": self.rule,
            "entry": self.entry,
        }
        if self.mention_rules:
            out["mention_rules"] = list(self.mention_rules)
        return out

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Actor:
        return cls(
            id=d["id"],
            name=d["name"],
            code=d.get("code"),
            role=d.get("role"),
            kind=d.get("kind", "state"),
            mentions=tuple(tuple(m) for m in d.get("mentions", ())),  # type: ignore[misc]
            rule=d.get("rule"),
            entry=d.get("entry"),
            mention_rules=tuple(d.get("mention_rules", ())),
        )


@dataclass(frozen=True, slots=True)
class ActorRef:
    """An actor as it takes part in one event or quote: the words used and where they stand."""

    actor: str | None
    code: str | None
    role: str | None
    name: str
    text: str
    span: Span

    def to_dict(self) -> dict[str, Any]:
        return {
            "actor": self.actor,
            "code": self.code,
            "role": self.role,
            "name": self.name,
            "text": self.text,
            "span": list(self.span),
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> ActorRef:
        return cls(
            actor=d.get("actor"),
            code=d.get("code"),
            role=d.get("role"),
            name=d.get("name", ""),
            text=d.get("text", ""),
            span=tuple(d.get("span", (0, 0))),  # type: ignore[arg-type]
        )


@dataclass(frozen=True, slots=True)
class Location:
    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    span: Span | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "country": self.country,
            "lat": self.lat,
            "lon": self.lon,
            "span": list(self.span) if self.span else None,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Location:
        span = d.get("span")
        return cls(
            name=d["name"],
            country=d.get("country"),
            lat=d.get("lat"),
            lon=d.get("lon"),
            span=tuple(span) if span else None,  # type: ignore[arg-type]
        )


@dataclass(frozen=True, slots=True)
class Trigger:
    text: str
    span: Span

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "span": list(self.span)}


@dataclass(frozen=True, slots=True)
class Mention:
    """One place where an event is told: sentence index and character span of that sentence."""

    sentence: int
    span: Span

    def to_dict(self) -> dict[str, Any]:
        return {"sentence": self.sentence, "span": list(self.span)}


@dataclass(frozen=True, slots=True)
class Explanation:
    """Why an event was coded: pattern, parse path, modality cue and the rules that fired."""

    pattern: str
    path: str = ""
    modality_cue: str | None = None
    rules: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "pattern": self.pattern,
            "path": self.path,
            "modality_cue": self.modality_cue,
            "rules": list(self.rules),
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Explanation:
        return cls(
            pattern=d.get("pattern", ""),
            path=d.get("path", ""),
            modality_cue=d.get("modality_cue"),
            rules=tuple(d.get("rules", ())),
        )


@dataclass(frozen=True, slots=True)
class Event:
    id: str
    source: ActorRef | None
    target: ActorRef | None
    cameo: str
    root: str
    label: str
    plover: str | None
    plover_mode: str | None
    goldstein: float | None
    quad_class: int | None
    modality: Modality
    claimant: ActorRef | None
    date: str | None
    date_precision: str | None
    date_text: str | None
    location: Location | None
    sentence: int
    trigger: Trigger
    evidence: str
    mentions: tuple[Mention, ...] = ()
    confidence: float = 0.5
    date_basis: str | None = None  # "text" (said in the article) | "published" (fallback)
    explanation: Explanation | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "source": self.source.to_dict() if self.source else None,
            "target": self.target.to_dict() if self.target else None,
            "cameo": self.cameo,
            "root": self.root,
            "label": self.label,
            "plover": self.plover,
            "plover_mode": self.plover_mode,
            "goldstein": self.goldstein,
            "quad_class": self.quad_class,
            "modality": str(self.modality),
            "claimant": self.claimant.to_dict() if self.claimant else None,
            "date": self.date,
            "date_precision": self.date_precision,
            "date_text": self.date_text,
            "date_basis": self.date_basis,
            "location": self.location.to_dict() if self.location else None,
            "sentence": self.sentence,
            "trigger": self.trigger.to_dict(),
            "evidence": self.evidence,
            "mentions": [m.to_dict() for m in self.mentions],
            "confidence": self.confidence,
            "explanation": self.explanation.to_dict() if self.explanation else None,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Event:
        def ref(x: dict[str, Any] | None) -> ActorRef | None:
            return ActorRef.from_dict(x) if x else None

        trig = d.get("trigger") or {"text": "", "span": [0, 0]}
        return cls(
            id=d["id"],
            source=ref(d.get("source")),
            target=ref(d.get("target")),
            cameo=d["cameo"],
            root=d.get("root", d["cameo"][:2]),
            label=d.get("label", ""),
            plover=d.get("plover"),
            plover_mode=d.get("plover_mode"),
            goldstein=d.get("goldstein"),
            quad_class=d.get("quad_class"),
            modality=Modality(d.get("modality", "asserted")),
            claimant=ref(d.get("claimant")),
            date=d.get("date"),
            date_precision=d.get("date_precision"),
            date_text=d.get("date_text"),
            location=Location.from_dict(d["location"]) if d.get("location") else None,
            sentence=d.get("sentence", 0),
            trigger=Trigger(trig["text"], tuple(trig["span"])),  # type: ignore[arg-type]
            evidence=d.get("evidence", ""),
            mentions=tuple(
                Mention(m["sentence"], tuple(m["span"]))  # type: ignore[arg-type]
                for m in d.get("mentions", ())
            ),
            confidence=d.get("confidence", 0.5),
            date_basis=d.get("date_basis"),
            explanation=Explanation.from_dict(d["explanation"]) if d.get("explanation") else None,
        )


@dataclass(frozen=True, slots=True)
class Quote:
    """A quotation or reported statement and who said it (``speaker`` None when the text names none)."""

    text: str
    span: Span
    kind: str  # direct | indirect | term
    sentence: int
    speaker: ActorRef | None = None
    speaker_rule: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "span": list(self.span),
            "kind": self.kind,
            "sentence": self.sentence,
            "speaker": self.speaker.to_dict() if self.speaker else None,
            "speaker_rule": self.speaker_rule,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Quote:
        return cls(
            text=d["text"],
            span=tuple(d["span"]),  # type: ignore[arg-type]
            kind=d.get("kind", "direct"),
            sentence=d.get("sentence", 0),
            speaker=ActorRef.from_dict(d["speaker"]) if d.get("speaker") else None,
            speaker_rule=d.get("speaker_rule"),
        )


@dataclass(frozen=True, slots=True)
class Tone:
    """VADER-based tone: ``score`` is the mean compound score x 10 (-10 very negative .. +10),
    ``positive``/``negative`` the mean share of positive/negative words in percent."""

    score: float
    positive: float
    negative: float
    sentences: tuple[float, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "score": self.score,
            "positive": self.positive,
            "negative": self.negative,
            "sentences": list(self.sentences),
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Tone:
        return cls(
            score=d["score"],
            positive=d.get("positive", 0.0),
            negative=d.get("negative", 0.0),
            sentences=tuple(d.get("sentences", ())),
        )


@dataclass(frozen=True, slots=True)
class Problem:
    """A part of an article that failed while the rest was kept: which stage, where, and why.
    An article with problems is still coded; its ``problems`` say what may be missing."""

    stage: str
    detail: str
    sentence: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"stage": self.stage, "sentence": self.sentence, "detail": self.detail}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Problem:
        return cls(stage=d["stage"], detail=d.get("detail", ""), sentence=d.get("sentence"))


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything eventwire says about one article: the object of one JSON line."""

    article: Article
    actors: tuple[Actor, ...] = ()
    events: tuple[Event, ...] = ()
    quotes: tuple[Quote, ...] = ()
    tone: Tone | None = None
    discarded: Discard | None = None
    sentences: tuple[Span, ...] = field(default=(), compare=False)
    problems: tuple[Problem, ...] = ()

    def to_dict(self, with_text: bool = False) -> dict[str, Any]:
        return {
            "article": self.article.to_dict(with_text=with_text),
            "actors": [a.to_dict() for a in self.actors],
            "events": [e.to_dict() for e in self.events],
            "quotes": [q.to_dict() for q in self.quotes],
            "tone": self.tone.to_dict() if self.tone else None,
            "discarded": self.discarded.to_dict() if self.discarded else None,
            "problems": [p.to_dict() for p in self.problems],
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Extraction:
        return cls(
            article=Article.from_dict(d["article"]),
            actors=tuple(Actor.from_dict(a) for a in d.get("actors", ())),
            events=tuple(Event.from_dict(e) for e in d.get("events", ())),
            quotes=tuple(Quote.from_dict(q) for q in d.get("quotes", ())),
            tone=Tone.from_dict(d["tone"]) if d.get("tone") else None,
            discarded=Discard.from_dict(d["discarded"]) if d.get("discarded") else None,
            problems=tuple(Problem.from_dict(p) for p in d.get("problems") or ()),
        )



__all__ = [
    "Actor",
    "ActorRef",
    "Article",
    "Discard",
    "Event",
    "Explanation",
    "Extraction",
    "Location",
    "Mention",
    "Modality",
    "Problem",
    "Quote",
    "Span",
    "Tone",
    "Trigger",
    "article_id",
]
