"""Speaker accuracy of ``eventwire.extract.quotes`` on the hand-written quotation corpus.

    .venv/bin/python benchmarks/quote_accuracy.py [--corpus tests/data/quotes] [--verbose]

The corpus is short news articles (``*.txt``) and ``gold.jsonl``, one line per quotation:
``{"file", "quote": a distinctive substring of it, "speaker": expected name or null}``.
A found quote matches a gold quote when it contains the substring (the shortest such quote is
judged); its speaker is right when the speaker mention's name or ``speaker_text`` contains the
last word of the expected name (case-insensitive), or, for a null speaker, when it names nobody.

By default actor mentions come from spaCy's named entities (PERSON, GPE, ORG, NORP, plus a later
bare surname of a person named in full), not from the actor resolver, so the figure measures the
quotation rules alone; pronouns and "the ministry" are left to the quotation rules' own fallbacks.
``--resolver`` uses ``eventwire.extract.actors.resolve_actors`` with the shipped knowledge base.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from eventwire.extract.quotes import FoundQuote, find_quotes
from eventwire.extract.types import ActorMention

DEFAULT_CORPUS = Path(__file__).resolve().parent.parent / "tests" / "data" / "quotes"
ENTITY_KINDS = {"PERSON": "person", "GPE": "state", "ORG": "organisation", "NORP": "group"}


def _mention(doc: Doc, start: int, end: int, kind: str, name: str, rule: str) -> ActorMention:
    span = doc[start:end]
    return ActorMention(
        start=start,
        end=end,
        char_start=span.start_char,
        char_end=span.end_char,
        text=span.text,
        code=None,
        role=None,
        kind=kind,
        name=name,
        key=f"{kind}:{name.lower()}",
        rule=rule,
        head=span.root.i,
    )


def mentions_from_entities(doc: Doc) -> list[ActorMention]:
    """Stand-in for the actor resolver: one mention per PERSON/GPE/ORG/NORP entity, and, as the
    resolver does, a later bare surname of a person named in full is that person."""
    out: list[ActorMention] = []
    surnames: dict[str, str] = {}  # last word -> full name of a person named before
    covered: set[int] = set()
    for ent in doc.ents:
        kind = ENTITY_KINDS.get(ent.label_)
        if kind is None:
            continue
        name = ent.text[4:] if ent.text.lower().startswith("the ") else ent.text
        if ent.text in surnames:
            kind, name = "person", surnames[ent.text]
        elif kind == "person" and len(ent) > 1:
            surnames.setdefault(ent[-1].text, name)
        out.append(_mention(doc, ent.start, ent.end, kind, name, "spacy-entity"))
        covered.update(range(ent.start, ent.end))
    first_seen = {name: min(m.start for m in out if m.name == name) for name in surnames.values()}
    for tok in doc:
        full = surnames.get(tok.text)
        if full and tok.i not in covered and tok.i > first_seen[full]:
            out.append(_mention(doc, tok.i, tok.i + 1, "person", full, "surname"))
    return sorted(out, key=lambda m: m.start)


@dataclass(frozen=True)
class Outcome:
    file: str
    quote: str
    expected: str | None
    found: FoundQuote | None
    right: bool


def speaker_is(found: FoundQuote, expected: str | None) -> bool:
    """The benchmark's speaker test (see the module docstring)."""
    if expected is None:
        return found.speaker is None and found.speaker_text is None
    last = expected.split()[-1].lower()
    names = [found.speaker.name if found.speaker else "", found.speaker_text or ""]
    return any(last in name.lower() for name in names)


def load_gold(corpus: Path) -> list[dict[str, Any]]:
    with (corpus / "gold.jsonl").open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def judge(gold: Sequence[dict[str, Any]], quotes: dict[str, list[FoundQuote]]) -> list[Outcome]:
    outcomes = []
    for row in gold:
        matches = [q for q in quotes[row["file"]] if row["quote"] in q.text]
        best = min(matches, key=lambda q: len(q.text)) if matches else None
        right = best is not None and speaker_is(best, row["speaker"])
        outcomes.append(Outcome(row["file"], row["quote"], row["speaker"], best, right))
    return outcomes


def resolver_mentions() -> Callable[[Doc], list[ActorMention]]:
    """The project's actor resolver with its shipped knowledge base, as a mention source."""
    from eventwire.extract.actors import resolve_actors
    from eventwire.knowledge.actors import load_actor_kb

    kb = load_actor_kb()
    return lambda doc: resolve_actors(doc, kb, None)


def run(
    nlp: Language,
    corpus: Path = DEFAULT_CORPUS,
    mentions_of: Callable[[Doc], list[ActorMention]] = mentions_from_entities,
) -> tuple[float, list[Outcome], float]:
    """Accuracy, the outcome of every gold quote, and ms of ``find_quotes`` per article."""
    gold = load_gold(corpus)
    quotes: dict[str, list[FoundQuote]] = {}
    spent = 0.0
    for name in sorted({row["file"] for row in gold}):
        doc = nlp((corpus / name).read_text(encoding="utf-8"))
        mentions = mentions_of(doc)
        began = time.perf_counter()
        quotes[name] = find_quotes(doc, mentions)
        spent += time.perf_counter() - began
    outcomes = judge(gold, quotes)
    accuracy = sum(o.right for o in outcomes) / len(outcomes) if outcomes else 0.0
    return accuracy, outcomes, 1000 * spent / max(1, len(quotes))


def main(argv: Sequence[str] | None = None) -> int:
    from eventwire.nlp.pipeline import load_model

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--verbose", action="store_true", help="list every gold quote")
    parser.add_argument("--resolver", action="store_true", help="mentions from resolve_actors")
    args = parser.parse_args(argv)
    source = resolver_mentions() if args.resolver else mentions_from_entities
    accuracy, outcomes, ms = run(load_model(), args.corpus, source)
    for o in outcomes:
        if args.verbose or not o.right:
            got = "not found"
            if o.found is not None:
                who = o.found.speaker.name if o.found.speaker else o.found.speaker_text
                got = f"{o.found.kind} {who!r} ({o.found.rule})"
            mark = "ok  " if o.right else "MISS"
            print(f"{mark} {o.file}: {o.quote!r} expected {o.expected!r}, got {got}")
    right = sum(o.right for o in outcomes)
    print(
        f"speaker accuracy: {accuracy:.3f} ({right}/{len(outcomes)}); find_quotes {ms:.2f} ms/article"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
