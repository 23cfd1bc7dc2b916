"""Builders of hand-made extractions for the store tests (no spaCy model needed)."""

from __future__ import annotations

import hashlib

from eventwire.records import (
    Actor,
    ActorRef,
    Article,
    Discard,
    Event,
    Explanation,
    Extraction,
    Location,
    Mention,
    Modality,
    Quote,
    Tone,
    Trigger,
)


def ref(code: str | None, name: str, role: str | None = "GOV", actor: str = "a1") -> ActorRef:
    return ActorRef(actor=actor, code=code, role=role, name=name, text=name, span=(0, len(name)))


def make_event(
    eid: str = "e1",
    source: ActorRef | None = None,
    target: ActorRef | None = None,
    cameo: str = "042",
    date: str | None = "2024-06-19",
    modality: Modality = Modality.ASSERTED,
    goldstein: float | None = 1.9,
    claimant: ActorRef | None = None,
    plover: str | None = "CONSULT",
) -> Event:
    return Event(
        id=eid,
        source=source,
        target=target,
        cameo=cameo,
        root=cameo[:2],
        label="Make a visit",
        plover=plover,
        plover_mode="visit" if plover else None,
        goldstein=goldstein,
        quad_class=1,
        modality=modality,
        claimant=claimant,
        date=date,
        date_precision="day" if date else None,
        date_text="on Wednesday" if date else None,
        location=Location("Pyongyang", "PRK", 39.03, 125.75, (30, 39)),
        sentence=0,
        trigger=Trigger("visited", (12, 19)),
        evidence="The president visited the capital.",
        mentions=(Mention(0, (0, 40)), Mention(2, (80, 120))),
        confidence=0.8,
        date_basis="text" if date else None,
        explanation=Explanation("visit_dobj", "nsubj<visit>dobj", None, ("r.visit",)),
    )


def make_extraction(
    text: str,
    events: tuple[Event, ...] = (),
    quotes: tuple[Quote, ...] = (),
    published: str | None = "2024-06-19",
    outlet: str | None = "Wire A",
    tone: float | None = -1.5,
    discarded: Discard | None = None,
    title: str = "A headline",
) -> Extraction:
    article = Article(
        text=text,
        url=f"https://news.example/{hashlib.sha1(text.encode()).hexdigest()[:8]}",
        title=title,
        source=outlet,
        published=published,
    )
    return Extraction(
        article=article,
        actors=(Actor("a1", "Russia", "RUS", "GOV", "state", ((0, 6), (50, 56)), "gazetteer"),),
        events=events,
        quotes=quotes,
        tone=Tone(tone, 2.0, 4.5, (tone, 0.0)) if tone is not None else None,
        discarded=discarded,
    )


RUS = ref("RUS", "Russia")
UKR = ref("UKR", "Ukraine", actor="a2")
PRK = ref("PRK", "North Korea", role=None, actor="a3")
USA = ref("USA", "United States", actor="a4")
