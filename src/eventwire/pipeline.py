"""The pipeline: articles in, ``Extraction`` records out, in input order.

The spaCy model and the knowledge base are loaded once per process. With ``workers > 1`` each
worker process parses *and* extracts a chunk of articles and sends back only the small records
(not spaCy Docs), so extraction scales with the cores like the parse does. A failure on one
article becomes a ``Discard`` with reason ``error``; the batch goes on.
"""

from __future__ import annotations

import logging
import multiprocessing as mp
import sys
from collections.abc import Iterable, Iterator, Sequence
from itertools import islice

from eventwire.config import Settings, load_settings
from eventwire.events.assemble import Knowledge, extract_document
from eventwire.knowledge.actors import load_actor_kb
from eventwire.knowledge.codebook import load_codebook
from eventwire.knowledge.patterns import load_patterns
from eventwire.nlp.pipeline import load_model
from eventwire.records import Article, Discard, Extraction
from eventwire.sources import SourceItem, normalise_text

log = logging.getLogger(__name__)
log.addHandler(logging.NullHandler())


def load_knowledge(actor_files: Sequence[str] = ()) -> Knowledge:
    """Actor KB, event patterns and the CAMEO codebook (cached by their loaders)."""
    return Knowledge(
        actors=load_actor_kb(tuple(actor_files)),
        patterns=load_patterns(),
        codebook=load_codebook(),
    )


class Pipeline:
    """Reusable extractor; cheap to create, loads the model on first use."""

    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings or load_settings()
        self._nlp = None
        self._knowledge: Knowledge | None = None

    @property
    def nlp(self):  # -> spacy.language.Language
        if self._nlp is None:
            self._nlp = load_model(self.settings.model)
        return self._nlp

    @property
    def knowledge(self) -> Knowledge:
        if self._knowledge is None:
            self._knowledge = load_knowledge(self.settings.actors)
        return self._knowledge

    def warm_up(self) -> None:
        """Build everything that is built lazily on first use."""
        self.extract_text("Warm-up: the minister met the envoy in Paris on Monday.",
                          published="2024-01-01")

    def extract(self, article: Article) -> Extraction:
        """Process one article (no discard checks: the caller built the Article)."""
        return next(iter(self._process_chunk([SourceItem(article, None)])))

    def extract_text(self, text: str, *, published: str | None = None, **meta: str | None
                     ) -> Extraction:
        return self.extract(Article(text=normalise_text(text), published=published, **meta))

    def extract_items(self, items: Iterable[SourceItem]) -> Iterator[Extraction]:
        """Extractions in input order; discarded inputs pass through as discard records."""
        size = self.settings.batch_size
        chunks = _chunked(items, size)
        if self.settings.workers <= 1:
            for chunk in chunks:
                yield from self._process_chunk(chunk)
            return
        # Load and warm up once in the parent (model, knowledge, lazily built matchers and
        # gazetteers) so forked workers share the pages (copy-on-write) instead of rebuilding.
        self.warm_up()
        ctx = mp.get_context("fork" if sys.platform.startswith("linux") else "spawn")
        global _WORKER_PIPELINE
        _WORKER_PIPELINE = self
        with ctx.Pool(self.settings.workers, initializer=_init_worker,
                      initargs=(self.settings,)) as pool:
            for result in pool.imap(_worker_chunk, chunks):
                yield from result

    def _process_chunk(self, chunk: Sequence[SourceItem]) -> list[Extraction]:
        todo = [(i, it.article) for i, it in enumerate(chunk) if it.discard is None]
        out: list[Extraction | None] = [
            Extraction(article=it.article, discarded=it.discard) if it.discard else None
            for it in chunk
        ]
        texts = ((a.text, i) for i, a in todo)
        docs = self.nlp.pipe(texts, as_tuples=True, batch_size=self.settings.batch_size)
        kb = self.knowledge
        for doc, i in docs:
            article = chunk[i].article
            try:
                out[i] = extract_document(article, doc, kb)
            except Exception as exc:  # one bad article must not stop the batch
                log.exception("extraction failed for %s", article.path or article.id)
                out[i] = Extraction(
                    article=article,
                    discarded=Discard("error", f"{type(exc).__name__}: {exc}"),
                )
        return [x for x in out if x is not None]


_WORKER_PIPELINE: Pipeline | None = None


def _init_worker(settings: Settings) -> None:
    global _WORKER_PIPELINE
    if _WORKER_PIPELINE is None or _WORKER_PIPELINE.settings != settings:
        _WORKER_PIPELINE = Pipeline(settings)


def _worker_chunk(chunk: Sequence[SourceItem]) -> list[Extraction]:
    assert _WORKER_PIPELINE is not None
    return _WORKER_PIPELINE._process_chunk(chunk)


def _chunked(items: Iterable[SourceItem], size: int) -> Iterator[list[SourceItem]]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def extract(text: str, *, published: str | None = None, title: str | None = None,
            url: str | None = None, source: str | None = None,
            settings: Settings | None = None) -> Extraction:
    """Python API: code one article's text. ``published`` (YYYY-MM-DD) anchors relative dates."""
    return _default_pipeline(settings).extract_text(
        text, published=published, title=title, url=url, source=source
    )


_PIPELINES: dict[Settings, Pipeline] = {}


def _default_pipeline(settings: Settings | None) -> Pipeline:
    s = settings or load_settings()
    if s not in _PIPELINES:
        _PIPELINES[s] = Pipeline(s)
    return _PIPELINES[s]
