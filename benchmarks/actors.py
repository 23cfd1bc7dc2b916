"""Cost of the actor knowledge base and resolver.

    .venv/bin/python benchmarks/make_corpus.py .bench/corpus --n 300 --seed 7
    .venv/bin/python benchmarks/actors.py [.bench/corpus] [--repeat 3]

Prints two figures and their goals:

* KB load: ``load_actor_kb()`` timed cold in a fresh Python process (imports of eventwire and
  pycountry included in the process but not in the figure), plus the first build of the
  phrase matchers for the model's vocab, reported separately (it happens once per process).
* Resolution share: ``resolve_actors`` over the parsed corpus divided by the time spaCy took
  to parse it (``nlp.pipe``, one process), best of ``--repeat`` runs.

Goals: load < 0.5 s; resolution < 10 % of NLP time. Exit status 1 when a goal is missed.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LOAD_GOAL_S = 0.5
SHARE_GOAL = 0.10

_COLD_LOAD = """
import json, time
import pycountry, yaml  # imported first: the figure is the KB's own work
pycountry.countries.get(alpha_3="RUS")
from eventwire.knowledge.actors import load_actor_kb
t0 = time.perf_counter()
kb = load_actor_kb()
load = time.perf_counter() - t0
from eventwire.nlp.pipeline import load_model
nlp = load_model()
t0 = time.perf_counter()
kb.matchers(nlp.vocab)
matchers = time.perf_counter() - t0
print(json.dumps({"load_s": load, "matchers_s": matchers, "persons": len(kb.persons),
                  "names": len(kb.names)}))
"""


def cold_load() -> dict[str, float]:
    """Time the KB load in a fresh interpreter, so no cache of this process helps it."""
    out = subprocess.run(
        [sys.executable, "-c", _COLD_LOAD], capture_output=True, text=True, check=True, cwd=ROOT
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def _texts(corpus: Path) -> list[str]:
    from eventwire.sources import read_paths

    return [it.article.text for it in read_paths([str(corpus)]) if it.discard is None]


def resolution_share(corpus: Path, repeat: int) -> dict[str, float]:
    """Parse the corpus once (timed), then resolve actors on every doc (timed, best run)."""
    from eventwire.extract.actors import resolve_actors
    from eventwire.knowledge.actors import load_actor_kb
    from eventwire.nlp.pipeline import load_model

    texts = _texts(corpus)
    nlp = load_model()
    kb = load_actor_kb()
    kb.matchers(nlp.vocab)
    nlp("warm up")
    t0 = time.perf_counter()
    docs = list(nlp.pipe(texts, batch_size=32))
    parse = time.perf_counter() - t0
    best = float("inf")
    mentions = 0
    for _ in range(repeat):
        t0 = time.perf_counter()
        mentions = sum(len(resolve_actors(doc, kb, "2024-06-01")) for doc in docs)
        best = min(best, time.perf_counter() - t0)
    return {
        "docs": len(docs),
        "mentions": mentions,
        "parse_s": parse,
        "resolve_s": best,
        "share": best / parse if parse else 0.0,
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?", default=str(ROOT / ".bench" / "corpus"))
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    corpus = Path(args.corpus)
    if not corpus.is_dir():
        print(f"no corpus at {corpus}: run benchmarks/make_corpus.py {corpus} --n 300 --seed 7")
        return 2
    load = cold_load()
    share = resolution_share(corpus, args.repeat)
    ok_load = load["load_s"] < LOAD_GOAL_S
    ok_share = share["share"] < SHARE_GOAL
    print(
        f"KB load (cold, fresh process): {load['load_s']:.3f} s "
        f"[goal < {LOAD_GOAL_S} s: {'ok' if ok_load else 'MISSED'}]; "
        f"{load['persons']} persons, {load['names']} names; "
        f"matchers for the model vocab {load['matchers_s']:.3f} s (once per process)"
    )
    print(
        f"resolution: {share['resolve_s']:.3f} s for {share['docs']} docs "
        f"({share['mentions']} mentions) vs spaCy parse {share['parse_s']:.2f} s = "
        f"{100 * share['share']:.1f} % of NLP time "
        f"[goal < {100 * SHARE_GOAL:.0f} %: {'ok' if ok_share else 'MISSED'}]"
    )
    return 0 if ok_load and ok_share else 1


if __name__ == "__main__":
    sys.exit(main())
