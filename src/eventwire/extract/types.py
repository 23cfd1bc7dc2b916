"""Internal, per-document types shared by the extraction and event stages.

They point into a parsed spaCy ``Doc`` by token index (``start``/``end``, end exclusive) and by
character offset (``char_start``/``char_end``) into the article text. They never leave the
pipeline: ``events.assemble`` turns them into the public records of ``eventwire.records``.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class ActorMention:
    """One mention of an actor, as wide as the words that identify it.

    "Russian President Vladimir Putin", "Kim Jong Un's government", "NATO Secretary General Jens
    Stoltenberg", "North Korean troops" are each one mention. ``key`` groups mentions of the same
    actor within a document (a surname after the full name, "he" after "Putin", "Pyongyang" used
    for the state). ``members`` is set for plural mentions that stand for several actors
    ("the two countries"): the event coder expands them like a coordination.
    """

    start: int
    end: int
    char_start: int
    char_end: int
    text: str
    code: str | None  # "RUS", "NATO", ...; None when the actor is unknown
    role: str | None  # GOV, MIL, REB, OPP, CVL, BUS, MED, JUD, POL, IGO, NGO or None
    kind: str  # person | state | organisation | group
    name: str  # canonical name: "Vladimir Putin", "Russia", "United Nations"
    key: str  # identity within the document, e.g. "person:vladimir putin", "state:RUS"
    rule: str  # the rule that decided the code, e.g. "title+name", "capital-metonym", "coref:pronoun"
    entry: str | None = None  # knowledge-base entry id that supplied the code
    head: int = -1  # token index of the syntactic head of the mention
    members: tuple[ActorMention, ...] = field(default=(), compare=False)

    def covers(self, token_i: int) -> bool:
        return self.start <= token_i < self.end


@dataclass(frozen=True, slots=True)
class DateExpr:
    """A date expression found in the text and resolved against the publication date."""

    start: int  # token indices of the expression
    end: int
    text: str
    date: str | None  # ISO: YYYY-MM-DD, YYYY-MM or YYYY
    precision: str | None  # day | month | year
    relation: str = "point"  # point | since | until | range (e.g. "since 2006")


@dataclass(frozen=True, slots=True)
class PlaceMention:
    """A place named in the text, geocoded offline."""

    start: int
    end: int
    char_start: int
    char_end: int
    text: str
    name: str
    country: str | None  # ISO alpha-3
    lat: float | None
    lon: float | None
    feature: str = "city"  # city | country | region | feature
