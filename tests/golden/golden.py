"""Golden outputs of the whole pipeline on our own sample articles.

    python tests/golden/golden.py          # rewrite tests/golden/expected/*.json

A golden file keeps the parts of the output a reviewer should see change: actors (name, code,
role), events (source, target, CAMEO, modality, claimant, date, sentence) and quotes (kind,
speaker). When a change alters them, the test fails with the difference; review it, then
regenerate and commit the new files with the change that caused them.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
EXPECTED = Path(__file__).resolve().parent / "expected"
SAMPLES = [
    "01-state-visit-vietnam-south-korea.txt",
    "03-accusation-denial-philippines-china.txt",
    "04-sanctions-eu-belarus.txt",
    "07-military-strike-myanmar.txt",
    "12-expulsion-poland-russia.txt",
]


def summarise(ex) -> dict:
    """The reviewable essence of one Extraction."""

    def code(ref):
        return ref.code if ref else None

    return {
        "actors": sorted({(a.name, a.code, a.role) for a in ex.actors if a.code}),
        "events": [
            [code(e.source), code(e.target), e.cameo, str(e.modality), code(e.claimant), e.date,
             e.sentence]
            for e in ex.events
        ],
        "quotes": [[q.kind, q.speaker.name if q.speaker else None, q.sentence] for q in ex.quotes],
    }


def current() -> dict[str, dict]:
    from eventwire.pipeline import Pipeline
    from eventwire.sources import read_paths

    paths = [str(ROOT / "samples" / name) for name in SAMPLES]
    out = {}
    for name, ex in zip(SAMPLES, Pipeline().extract_items(read_paths(paths)), strict=True):
        out[name] = json.loads(json.dumps(summarise(ex)))
    return out


def main() -> int:
    EXPECTED.mkdir(exist_ok=True)
    for name, summary in current().items():
        (EXPECTED / (name + ".json")).write_text(json.dumps(summary, indent=1, ensure_ascii=False)
                                                 + "\n", encoding="utf-8")
    print(f"wrote {len(SAMPLES)} golden files to {EXPECTED}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
