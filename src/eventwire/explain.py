"""Human-readable account of why each actor and event was coded as it was."""

from __future__ import annotations

from eventwire.records import Extraction


def explain_extraction(ex: Extraction) -> str:
    """Per actor: code, role and the rule/entry that decided it, with its mentions; per event:
    the pattern, parse path, modality cue and rules, with the evidence sentence."""
    a = ex.article
    lines = [f"article {a.id} {a.path or ''} published={a.published} chars={a.chars}"]
    if ex.discarded:
        lines.append(f"  discarded: {ex.discarded.reason} ({ex.discarded.detail})")
        return "\n".join(lines)
    for p in ex.problems:
        where = f" sentence {p.sentence}" if p.sentence is not None else ""
        lines.append(f"  problem: {p.stage}{where} failed and was skipped ({p.detail})")
    lines.append("actors:")
    for actor in ex.actors:
        texts = ", ".join(repr(a.text[s:e]) for s, e in actor.mentions[:6])
        lines.append(
            f"  {actor.id} {actor.name!r} → {actor.code or 'unknown'}/{actor.role or '-'} "
            f"[{actor.kind}] rule={actor.rule} entry={actor.entry}; mentions: {texts}"
        )
        for (s, e), why in zip(actor.mentions, actor.mention_rules, strict=False):
            rule, _, entry = why.partition("|")
            lines.append(f"      {a.text[s:e]!r} [{s}:{e}] rule={rule} entry={entry or '-'}")
    lines.append("events:")
    for ev in ex.events:
        src = f"{ev.source.code}({ev.source.text!r})" if ev.source else "-"
        tgt = f"{ev.target.code}({ev.target.text!r})" if ev.target else "-"
        lines.append(
            f"  {ev.id} {src} --{ev.cameo} {ev.label}--> {tgt}  modality={ev.modality}"
            + (f" claimant={ev.claimant.name}" if ev.claimant else "")
            + f" date={ev.date} ({ev.date_basis}, {ev.date_text!r})"
            + (f" at {ev.location.name}" if ev.location else "")
        )
        if ev.explanation:
            x = ev.explanation
            lines.append(f"      pattern: {x.pattern}")
            lines.append(f"      path:    {x.path}")
            lines.append(f"      modality cue: {x.modality_cue or 'none (asserted)'}")
            if x.rules:
                lines.append(f"      rules:   {', '.join(x.rules)}")
        lines.append(f"      trigger {ev.trigger.text!r} {list(ev.trigger.span)}; "
                     f"sentences {[m.sentence for m in ev.mentions]}")
        lines.append(f"      evidence: {ev.evidence.strip()[:200]}")
    lines.append("quotes:")
    for q in ex.quotes:
        who = q.speaker.name if q.speaker else "no speaker"
        lines.append(f"  [{q.kind}] {who} ({q.speaker_rule}): {q.text[:100]!r}")
    if ex.tone:
        lines.append(f"tone: {ex.tone.score:+.2f} (pos {ex.tone.positive:.1f}%, "
                     f"neg {ex.tone.negative:.1f}%)")
    return "\n".join(lines)
