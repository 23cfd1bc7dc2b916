"""Turn one parsed document into an ``Extraction``: the point where every stage meets.

actors → quotes → tone → raw events (coder) → modality/claimant → date → place → merge → records.
Each decision keeps its reason (rule, pattern, parse path, modality cue) so that every field of
the output can be traced to the words that justify it (``eventwire explain``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc

from eventwire.events.claims import speech_act_about
from eventwire.events.coder import RawEvent, code_events, sentence_index
from eventwire.events.context import answer_targets, settle_target
from eventwire.events.faults import Faults
from eventwire.events.intent import announced_act, drop_covered_governors
from eventwire.events.merge import merge_events
from eventwire.events.modality import ModalityDecision, decide_modality
from eventwire.extract.actors import resolve_actors
from eventwire.extract.dates import event_date, find_dates, is_background
from eventwire.extract.places import at_gathering, find_places, locate_event
from eventwire.extract.quotes import FoundQuote, find_quotes
from eventwire.extract.tone import article_tone, sentence_tones
from eventwire.extract.types import ActorMention, DateExpr, PlaceMention
from eventwire.knowledge.codebook import Codebook
from eventwire.knowledge.patterns import PatternSet
from eventwire.records import (
    Actor,
    ActorRef,
    Article,
    Event,
    Explanation,
    Extraction,
    Location,
    Mention,
    Modality,
    Quote,
    Trigger,
)


@dataclass(frozen=True)
class Knowledge:
    """Everything the extraction reads besides the text: loaded once per process."""

    actors: object  # eventwire.knowledge.actors.ActorKB
    patterns: PatternSet
    codebook: Codebook


def extract_document(article: Article, doc: Doc, kb: Knowledge) -> Extraction:
    """All records for one article whose text has been parsed into ``doc``.

    Stages that fail on part of the article give up that part only (``events.faults``): the
    rest is coded and the failure is kept in ``Extraction.problems``. Actor resolution has no
    fallback (without actors nothing can be coded): its failure discards the article."""
    faults = Faults(article.path or article.id)
    published = article.published
    places: list[PlaceMention] = faults.run("places", lambda: find_places(doc), [])
    mentions = resolve_actors(doc, kb.actors, published, places=places)  # type: ignore[arg-type]
    actor_ids = _actor_ids(mentions)
    actor_at = {i: m for m in mentions for i in range(m.start, m.end)}
    sents = list(doc.sents)
    sent_of = sentence_index(doc)
    tones: tuple[float, ...] = faults.run("tone", lambda: sentence_tones(doc), ())
    quotes_found: list[FoundQuote] = faults.run("quotes", lambda: find_quotes(doc, mentions), [])
    raw = code_events(
        doc,
        mentions,
        kb.patterns,
        tones,
        sent_of=sent_of,
        on_error=lambda stage, exc, i: faults.record(stage, exc, None if i is None else sent_of[i]),
    )
    raw = faults.run("governors", lambda: drop_covered_governors(doc, raw), raw)
    raw = faults.run("replies", lambda: answer_targets(raw, sent_of), raw)
    dates: list[DateExpr] = faults.run("dates", lambda: find_dates(doc, published), [])
    by_trigger = {e.trigger: e for e in raw}

    drafts: list[Event] = []
    queue = list(raw)
    coded = {(e.trigger, e.code) for e in raw}
    for ev in queue:  # grows while it is read: speech acts implied by reported attacks
        try:
            draft, act = _draft(
                ev,
                by_trigger,
                doc,
                sents,
                sent_of,
                kb,
                actor_ids,
                actor_at,
                dates,
                places,
                quotes_found,
                published,
            )
        except Exception as exc:  # one event's failure must not cost the others
            faults.record("event", exc, sent_of[ev.trigger])
            continue
        if act is not None and (act.trigger, act.code) not in coded:
            coded.add((act.trigger, act.code))
            queue.append(act)
        drafts.append(draft)
    kept = [d for d in drafts if _has_coded_actor(d)]
    events = faults.run("merge", lambda: merge_events(kept), kept)
    return Extraction(
        article=article,
        actors=_actors(mentions, actor_ids),
        events=tuple(events),
        quotes=tuple(_quote(q, actor_ids) for q in quotes_found),
        tone=faults.run("tone", lambda: article_tone(doc), None),
        sentences=tuple((s.start_char, s.end_char) for s in sents),
        problems=tuple(faults.problems),
    )


def _draft(
    ev: RawEvent,
    by_trigger: dict[int, RawEvent],
    doc: Doc,
    sents: list,
    sent_of: Sequence[int],
    kb: Knowledge,
    actor_ids: dict[str, str],
    actor_at: dict[int, ActorMention],
    dates: Sequence,
    places: Sequence[PlaceMention],
    quotes_found: Sequence[FoundQuote],
    published: str | None,
) -> tuple[Event, RawEvent | None]:
    """One raw event made a record (modality, claimant, date, place, target), with the speech
    act it implies, if any ("Israel said a rocket was fired at it": an accusation)."""
    parent = by_trigger.get(ev.parent) if ev.parent is not None else None
    date, precision, date_text, basis = event_date(doc, ev.trigger, dates, published)
    relation = _relation_of(dates, date_text)
    background = basis == "text" and is_background(date, published, relation)
    decision = decide_modality(doc, ev, parent, background_date=background, actor_at=actor_at)
    ev, decision = announced_act(doc, ev, decision, actor_at)
    decision = _quote_claimant(decision, ev, doc, quotes_found)
    act = speech_act_about(doc, ev, decision, actor_at)
    located = locate_event(doc, ev.trigger, places)
    place = located[0] if located else None
    gathering = located is not None and at_gathering(doc, located[0])
    ev = settle_target(ev, located, actor_at, gathering=gathering)
    draft = _make_event(
        ev,
        decision,
        doc,
        sents,
        sent_of,
        kb.codebook,
        actor_ids,
        date,
        precision,
        date_text,
        basis,
        place,
    )
    return draft, act


def _has_coded_actor(ev: Event) -> bool:
    """An event whose actors are all unknown says nothing a user can count or query: as in
    GDELT, at least one side must be coded, otherwise the mention is dropped. (A target that
    is the source itself was removed before: ``context.is_self_interaction``.)"""
    src, tgt = ev.source, ev.target
    return bool((src and src.code) or (tgt and tgt.code))


def _relation_of(dates: Sequence, date_text: str | None) -> str:
    for d in dates:
        if d.text == date_text:
            return d.relation
    return "point"


def _quote_claimant(
    decision: ModalityDecision, ev: RawEvent, doc: Doc, quotes: Sequence[FoundQuote]
) -> ModalityDecision:
    """An event told inside someone's direct quotation is that speaker's claim, unless the
    speaker is the event's own source (then the quote *is* the act: praise, threat, appeal)."""
    if decision.modality is not Modality.ASSERTED:
        return decision
    pos = doc[ev.trigger].idx
    for q in quotes:
        if q.kind != "direct" or not (q.char_start <= pos < q.char_end):
            continue
        if q.speaker is None or (ev.source is not None and q.speaker.key == ev.source.key):
            return decision
        return ModalityDecision(Modality.ALLEGED, "inside quotation", q.speaker)
    return decision


def _actor_ids(mentions: Sequence[ActorMention]) -> dict[str, str]:
    ids: dict[str, str] = {}
    for m in mentions:
        for member in (m, *m.members):
            if member.key not in ids:
                ids[member.key] = f"a{len(ids) + 1}"
    return ids


def _actors(mentions: Sequence[ActorMention], ids: dict[str, str]) -> tuple[Actor, ...]:
    grouped: dict[str, list[ActorMention]] = {}
    for m in mentions:
        for member in m.members or (m,):
            grouped.setdefault(member.key, []).append(member if m.members else m)
    out = []
    for key, ms in grouped.items():
        best = next((m for m in ms if m.kind == "person" and " " in m.name), ms[0])
        by_span: dict[tuple[int, int], str] = {}
        for m in ms:  # the first mention at a span explains it
            by_span.setdefault((m.char_start, m.char_end), f"{m.rule}|{m.entry or ''}")
        spans = tuple(sorted(by_span))
        out.append(
            Actor(
                id=ids[key],
                name=best.name,
                code=best.code,
                role=best.role,
                kind=best.kind,
                mentions=spans,
                rule=best.rule,
                entry=best.entry,
                mention_rules=tuple(by_span[s] for s in spans),
            )
        )
    out.sort(key=lambda a: int(a.id[1:]))
    return tuple(out)


def _ref(m: ActorMention | None, ids: dict[str, str]) -> ActorRef | None:
    if m is None:
        return None
    return ActorRef(
        actor=ids.get(m.key),
        code=m.code,
        role=m.role,
        name=m.name,
        text=m.text,
        span=(m.char_start, m.char_end),
    )


def _make_event(
    ev: RawEvent,
    decision: ModalityDecision,
    doc: Doc,
    sents: list,
    sent_of: Sequence[int],
    codebook: Codebook,
    ids: dict[str, str],
    date: str | None,
    precision: str | None,
    date_text: str | None,
    basis: str | None,
    place: PlaceMention | None,
) -> Event:
    entry = codebook.get(ev.code)
    trig = doc[ev.trigger]
    si = sent_of[ev.trigger]
    sent = sents[si]
    rules = list(ev.rules)
    if ev.source is not None:
        rules.append(f"source:{ev.source.rule}")
    if ev.target is not None:
        rules.append(f"target:{ev.target.rule}")
    confidence = ev.confidence
    if ev.source is not None and ev.source.rule.startswith("coref"):
        confidence -= 0.1
    return Event(
        id="",
        source=_ref(ev.source, ids),
        target=_ref(ev.target, ids),
        cameo=entry.code,
        root=entry.root,
        label=entry.label,
        plover=entry.plover,
        plover_mode=entry.plover_mode,
        goldstein=entry.goldstein,
        quad_class=entry.quad_class,
        modality=decision.modality,
        claimant=_ref(decision.claimant, ids),
        date=date,
        date_precision=precision,
        date_text=date_text,
        date_basis=basis,
        location=_location(place),
        sentence=si,
        trigger=Trigger(trig.text, (trig.idx, trig.idx + len(trig.text))),
        evidence=sent.text,
        mentions=(Mention(si, (sent.start_char, sent.end_char)),),
        confidence=round(max(0.05, min(confidence, 0.99)), 2),
        explanation=Explanation(
            pattern=ev.pattern, path=ev.path, modality_cue=decision.cue, rules=tuple(rules)
        ),
    )


def _location(place: PlaceMention | None) -> Location | None:
    if place is None:
        return None
    return Location(
        name=place.name,
        country=place.country,
        lat=place.lat,
        lon=place.lon,
        span=(place.char_start, place.char_end),
    )


def _quote(q: FoundQuote, ids: dict[str, str]) -> Quote:
    speaker = _ref(q.speaker, ids)
    if speaker is None and q.speaker_text:
        span = q.speaker_span or (0, 0)
        speaker = ActorRef(
            actor=None, code=None, role=None, name=q.speaker_text, text=q.speaker_text, span=span
        )
    return Quote(
        text=q.text,
        span=(q.char_start, q.char_end),
        kind=q.kind,
        sentence=q.sentence,
        speaker=speaker,
        speaker_rule=q.rule,
    )
