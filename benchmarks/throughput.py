"""Throughput of ``eventwire extract`` against bare spaCy, on the same machine, in one run.

    python benchmarks/throughput.py [--corpus DIR] [--n 300] [--repeat 1]

Builds (or reuses) a corpus of generated news-style articles (benchmarks/make_corpus.py), then
runs each configuration in its own fresh process so that memory figures are not mixed:

* ``bare``      spaCy ``nlp.pipe`` with the same model and all its components (1 and 2 processes,
                ``n_process``), documents consumed and dropped;
* ``eventwire`` the full extraction, records serialised to JSON as the CLI does (1 and 2
                workers).

Prints a table (articles/s, words/s, ratio to bare spaCy with the same number of processes, peak
RSS per process) and writes the same figures as JSON to ``.bench/throughput.json``.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _texts(corpus: Path) -> list[str]:
    from eventwire.sources import read_paths

    return [it.article.text for it in read_paths([str(corpus)]) if it.discard is None]


def _peak_mb() -> tuple[float, float]:
    me = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return round(me, 1), round(kids, 1)


def run_one(kind: str, workers: int, corpus: Path) -> dict:
    """Runs inside a child process: one configuration, timed after model load."""
    texts = _texts(corpus)
    words = sum(len(t.split()) for t in texts)
    if kind == "bare":
        import spacy

        from eventwire.config import load_settings

        nlp = spacy.load(load_settings().model)
        nlp("warm up")
        t0 = time.perf_counter()
        for _doc in nlp.pipe(texts, batch_size=32, n_process=workers):
            pass
        elapsed = time.perf_counter() - t0
    else:
        from eventwire.config import load_settings
        from eventwire.pipeline import Pipeline
        from eventwire.records import Article
        from eventwire.sources import SourceItem

        pipe = Pipeline(load_settings().with_overrides(workers=workers))
        pipe.extract_text("Warm-up: the minister met the envoy in Paris.")
        items = [SourceItem(Article(text=t), None) for t in texts]
        t0 = time.perf_counter()
        n_events = 0
        with open(os.devnull, "w") as sink:
            for ex in pipe.extract_items(items):
                n_events += len(ex.events)
                sink.write(json.dumps(ex.to_dict()) + "\n")
        elapsed = time.perf_counter() - t0
    me, kids = _peak_mb()
    return {
        "kind": kind,
        "workers": workers,
        "articles": len(texts),
        "words": words,
        "seconds": round(elapsed, 2),
        "articles_per_s": round(len(texts) / elapsed, 1),
        "words_per_s": round(words / elapsed),
        "peak_rss_main_mb": me,
        "peak_rss_worker_mb": kids if workers > 1 else None,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", default=str(ROOT / ".bench" / "corpus"))
    ap.add_argument("--n", type=int, default=300)
    ap.add_argument("--child", nargs=2, metavar=("KIND", "WORKERS"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    corpus = Path(args.corpus)
    if args.child:
        print(json.dumps(run_one(args.child[0], int(args.child[1]), corpus)))
        return
    if not corpus.exists() or len(list(corpus.glob("*.txt"))) < args.n:
        subprocess.run(
            [
                sys.executable,
                str(ROOT / "benchmarks" / "make_corpus.py"),
                str(corpus),
                "--n",
                str(args.n),
                "--seed",
                "7",
            ],
            check=True,
        )
    results = []
    for kind, workers in (("bare", 1), ("eventwire", 1), ("bare", 2), ("eventwire", 2)):
        out = subprocess.run(
            [sys.executable, __file__, "--corpus", str(corpus), "--child", kind, str(workers)],
            check=True,
            capture_output=True,
            text=True,
        )
        results.append(json.loads(out.stdout.strip().splitlines()[-1]))
    bare = {r["workers"]: r for r in results if r["kind"] == "bare"}
    for r in results:
        r["ratio_to_bare"] = round(r["articles_per_s"] / bare[r["workers"]]["articles_per_s"], 2)
    print(
        f"corpus: {results[0]['articles']} articles, {results[0]['words']} words, "
        f"{os.cpu_count()} cores"
    )
    print(
        f"{'config':<14}{'workers':>8}{'art/s':>9}{'words/s':>10}{'ratio':>7}"
        f"{'main MB':>9}{'worker MB':>10}"
    )
    for r in results:
        print(
            f"{r['kind']:<14}{r['workers']:>8}{r['articles_per_s']:>9}{r['words_per_s']:>10}"
            f"{r['ratio_to_bare']:>7}{r['peak_rss_main_mb']:>9}"
            f"{r['peak_rss_worker_mb'] or '-':>10}"
        )
    out_path = ROOT / ".bench" / "throughput.json"
    out_path.parent.mkdir(exist_ok=True)
    out_path.write_text(json.dumps(results, indent=1))


if __name__ == "__main__":
    main()
