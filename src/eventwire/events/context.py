"""Fill a missing target from where the event happened: the coding convention of the field.

Event coders from KEDS to PETRARCH and the gold standards built with them give an event whose
text names no target the country where it took place ("APEC agreed to set up a research centre
in Tokyo" → target Japan; "the UN sent inspectors to Bosnia" → Bosnia). eventwire follows the
convention only where it is safe, and says so: the target's mention is the place itself, and the
event's explanation records the rule ``target-from-location``. It is not applied

- to verbal acts (statements, appeals, demands, criticism, rejections, threats: CAMEO 01, 02,
  10–13), wherever the place hangs: where words are said is a venue, not an addressee ("spoke
  in Paris", "made his remarks in Doha"), and a place deeper in what they are about is not
  whom they are aimed at ("threatens a response after drone flights over Pyongyang"). The one
  exception is sympathy (CAMEO 018): it goes to the people struck where the tragedy was, so
  the place in the phrase of what it is for counts ("expressed sorrow for the shootings in
  Texas" → the United States), never the place where it was said ("expressed sympathy in
  Paris", which the parser may hang on the noun of sympathy itself);
- to intents and diplomatic acts (03, 05) when the place is the venue of the act itself
  ("the accord was signed in Accra"); the place of the promised act still counts ("agreed to
  set up a research centre in Tokyo");
- to sources without a code: the place would then be the only coded side of the event;
- where the place is the venue of a gathering ("agreed at a meeting in Brussels"), except for
  the meetings themselves (CAMEO 04: "held talks in Geneva" → the host, as the gold standards
  code it).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from eventwire.events.coder import RawEvent
from eventwire.extract.places import ON_PHRASE
from eventwire.extract.types import ActorMention, PlaceMention

# CAMEO roots whose location says nothing about whom the act is aimed at, and roots whose own
# venue does not (only the place of the promised act does); see the module doc.
VERBAL_ROOTS = frozenset({"01", "02", "10", "11", "12", "13"})
PROMISE_ROOTS = frozenset({"03", "05"})

CONSULT_ROOT = "04"
# sympathy and condolences: aimed at the people of the place of what they are for
SYMPATHY_CODES = frozenset({"018"})
LOCATION_RULE = "target-from-location"


def settle_target(
    ev: RawEvent,
    located: tuple[PlaceMention, int] | None,
    actor_at: Mapping[int, ActorMention],
    *,
    gathering: bool = False,
) -> RawEvent:
    """The event's final target: the place fallback, a home place as a place, and no target
    where the one found is the source itself (the event is kept: ``self-target-dropped``)."""
    ev = home_place_as_place(target_from_location(ev, located, actor_at, gathering=gathering))
    if is_self_interaction(ev):
        ev = replace(ev, target=None, rules=(*ev.rules, "self-target-dropped"))
    return ev


def target_from_location(
    ev: RawEvent,
    located: tuple[PlaceMention, int] | None,
    actor_at: Mapping[int, ActorMention],
    *,
    gathering: bool = False,
) -> RawEvent:
    """``ev`` with the place's country as target when the convention above applies;
    ``located`` is ``places.locate_event``'s answer (the place and how it attaches),
    ``gathering`` whether the place is where a meeting took place (``places.at_gathering``)."""
    if ev.target is not None or ev.source is None or not ev.source.code or located is None:
        return ev
    place, attachment = located
    if not place.country:
        return ev
    if gathering and ev.code[:2] != CONSULT_ROOT:
        return ev
    root = ev.code[:2]
    of_sympathy = ev.code in SYMPATHY_CODES and attachment == ON_PHRASE
    if (root in VERBAL_ROOTS and not of_sympathy) or (
        root in PROMISE_ROOTS and attachment != ON_PHRASE
    ):
        return ev
    target = _place_actor(place, actor_at)
    return replace(ev, target=target, rules=(*ev.rules, LOCATION_RULE))


def _place_actor(place: PlaceMention, actor_at: Mapping[int, ActorMention]) -> ActorMention:
    """The resolver's mention of the place when it coded it as the same country, otherwise a
    mention of the place's country made here (the gazetteer's country code). Either way the
    target is the place as a place, without a role: "in Kirkuk" does not name a government."""
    resolved = actor_at.get(place.start)
    if resolved is not None and resolved.code == place.country and not resolved.members:
        return replace(resolved, role=None)
    return ActorMention(
        start=place.start,
        end=place.end,
        char_start=place.char_start,
        char_end=place.char_end,
        text=place.text,
        code=place.country,
        role=None,
        kind="state",
        name=place.name,
        key=f"state:{place.country}",
        rule="gazetteer",
        head=place.end - 1,
    )


def home_place_as_place(ev: RawEvent) -> RawEvent:
    """A target found as a place in the source's own country ("the Sudanese government imposed a
    curfew in Khartoum") is that place, not the government a capital can stand for: without
    this the event would read as the government acting on itself and be dropped as no
    interaction. The target keeps its code and loses its role."""
    src, tgt = ev.source, ev.target
    if src is None or tgt is None or not src.code or src.code != tgt.code:
        return ev
    if not tgt.rule.endswith("-place") or tgt.role is None:
        return ev
    return replace(ev, target=replace(tgt, role=None), rules=(*ev.rules, "home-place-target"))


PLACE_RULES = ("place-country", "gazetteer")


def is_place(m: ActorMention) -> bool:
    """A mention the resolver coded as a place ("in Kirkuk", "in Moscow" after a locative)."""
    return m.rule.startswith(PLACE_RULES) or m.rule.endswith("-place")


def is_self_interaction(ev: RawEvent) -> bool:
    """Is the target the source itself ("South Korea's president welcomed the decision in
    Seoul": same code, same role, and the target the same actor, the source's state or a
    place of it)? Such a target says nothing; the caller keeps the event without it. Another
    named actor of the same state and role is a real domestic target, and so is a place of
    that country for a group or organisation ("Iraqi Kurds demonstrated in Kirkuk")."""
    src, tgt = ev.source, ev.target
    if src is None or tgt is None or not src.code or src.code != tgt.code:
        return False
    if src.role != tgt.role:
        return False
    if src.key != tgt.key and tgt.kind != "state" and not is_place(tgt):
        # another named actor of the same state: "an MP protested the president's decree",
        # "the opposition leader called on the president to resign"
        return False
    return not (src.kind in ("group", "organisation") and is_place(tgt))


# A reply aims at whoever the earlier act was aimed at its source from (see answer_targets).
REPLY_ROOTS = frozenset({"12"})
REPLY_CODES = frozenset({"016"})
PROVOKING_ROOTS = frozenset({"02", "10", "11", "13"})
REPLY_REACH = 2  # sentences back


def answer_targets(events: list[RawEvent], sent_of: Sequence[int]) -> list[RawEvent]:
    """A denial or rejection that names no target answers the latest earlier accusation,
    criticism, demand, appeal or threat aimed at its source, within two sentences:
    "Seoul accused Pyongyang of … . North Korea denied it." → PRK→KOR 016. The target is the
    earlier act's source, words of the text; the event's explanation records
    ``answers-earlier-<code>``."""
    out: list[RawEvent] = []
    ordered = sorted(range(len(events)), key=lambda i: events[i].trigger)
    replaced: dict[int, RawEvent] = {}
    for pos, i in enumerate(ordered):
        ev = events[i]
        if not _is_reply(ev):
            continue
        here = sent_of[ev.trigger]
        for j in reversed(ordered[:pos]):
            earlier = events[j]
            if here - sent_of[earlier.trigger] > REPLY_REACH:
                break
            if _provokes(earlier, ev):
                replaced[i] = replace(
                    ev, target=earlier.source, rules=(*ev.rules, f"answers-earlier-{earlier.code}")
                )
                break
    for i, ev in enumerate(events):
        out.append(replaced.get(i, ev))
    return out


def _is_reply(ev: RawEvent) -> bool:
    if ev.target is not None or ev.source is None or not ev.source.code:
        return False
    return ev.code in REPLY_CODES or ev.code[:2] in REPLY_ROOTS


def _provokes(earlier: RawEvent, reply: RawEvent) -> bool:
    src, tgt = earlier.source, earlier.target
    if src is None or tgt is None or not src.code or reply.source is None:
        return False
    if earlier.code[:2] not in PROVOKING_ROOTS:
        return False
    return tgt.code == reply.source.code and src.code != reply.source.code
