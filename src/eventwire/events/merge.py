"""Merge repeated mentions of one real-world event within an article.

Two event mentions are the same event when they have the same source actor, target actor, CAMEO
code and modality (asserted and background count as one: both are stated as fact) ("arrives in North Korea" in the headline, "arrived in North Korea" in the
lead, "Putin's visit to North Korea" at the end). The merged event keeps the first mention's
evidence, lists every mention, takes a date said in the text over the publication-date fallback,
and gains confidence with each independent mention.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from eventwire.records import ActorRef, Event


def _actor_key(ref: ActorRef | None) -> str | None:
    if ref is None:
        return None
    return ref.actor or ref.code or ref.text.lower()


# modalities under which the article states an event as fact: one real-world event told once as
# background ("following Russia's invasion") and once as current ("Russia's aggression") merges
FACTUAL = frozenset({"asserted", "background"})


def merge_key(ev: Event) -> tuple:
    modality = str(ev.modality)
    return (
        _actor_key(ev.source),
        _actor_key(ev.target),
        ev.cameo,
        "factual" if modality in FACTUAL else modality,
    )


def merge_events(events: Sequence[Event]) -> list[Event]:
    """One event per key, in order of first mention, with ids e1, e2, ..."""
    merged: dict[tuple, Event] = {}
    for ev in events:
        key = merge_key(ev)
        if key not in merged:
            merged[key] = ev
            continue
        merged[key] = _combine(merged[key], ev)
    out = []
    for n, ev in enumerate(merged.values(), start=1):
        out.append(replace(ev, id=f"e{n}"))
    return out


def _combine(first: Event, other: Event) -> Event:
    mentions = tuple(sorted(set(first.mentions) | set(other.mentions), key=lambda m: m.span))
    updates: dict = {"mentions": mentions}
    if first.date_basis != "text" and other.date_basis == "text":
        updates.update(
            date=other.date,
            date_precision=other.date_precision,
            date_text=other.date_text,
            date_basis=other.date_basis,
        )
    if first.location is None and other.location is not None:
        updates["location"] = other.location
    if first.claimant is None and other.claimant is not None:
        updates["claimant"] = other.claimant
    updates["confidence"] = round(min(0.99, max(first.confidence, other.confidence) + 0.05), 2)
    return replace(first, **updates)
