"""Tone of an article, sentence by sentence, with VADER.

Scale. ``Tone.score`` is the mean VADER compound score of the article's sentences times 10, so it
runs from -10 (every sentence as negative as VADER goes) to +10. That range is chosen to be
comparable in spirit to GDELT's AvgTone (percent positive minus percent negative words, which in
practice also lies within about -10..+10), but it is a different measure: compare articles and
trends within eventwire, not eventwire scores with GDELT's. ``positive`` and ``negative`` are the
mean VADER ``pos`` and ``neg`` shares times 100 (percent of the words that carry sentiment
weight). ``sentences`` holds every sentence's compound score in ``doc.sents`` order, rounded to 3
decimals.

Sentences without a letter (a blank line, a row of dashes) get 0.0 in ``sentences`` and are left
out of the means, so layout does not pull an article toward neutral.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from eventwire.records import Tone

SCALE = 10.0  # compound (-1..1) -> score (-10..10)
PERCENT = 100.0

_ANALYZER: SentimentIntensityAnalyzer | None = None
_MEMO = "eventwire.vader_sentence_scores"


def _analyzer() -> SentimentIntensityAnalyzer:
    """VADER reads its lexicon from disk when built: build it once per process, on first use."""
    global _ANALYZER
    if _ANALYZER is None:
        _ANALYZER = SentimentIntensityAnalyzer()
    return _ANALYZER


def _sentence_texts(doc: Doc) -> Iterator[str]:
    """Sentence texts; a document without sentence boundaries is one sentence."""
    if doc.has_annotation("SENT_START") or doc.has_annotation("DEP"):
        for sent in doc.sents:
            yield sent.text
    elif len(doc):
        yield doc.text


def _scores(doc: Doc) -> list[dict[str, float] | None]:
    """VADER scores per sentence; None for a sentence with no letters.

    Kept in ``doc.user_data`` so that ``sentence_tones`` and ``article_tone`` on one Doc (the
    pipeline wants both) run VADER once.
    """
    cached = doc.user_data.get(_MEMO)
    if cached is not None:
        return cached  # type: ignore[no-any-return]
    analyzer = _analyzer()
    scores = [
        analyzer.polarity_scores(text) if any(c.isalpha() for c in text) else None
        for text in _sentence_texts(doc)
    ]
    doc.user_data[_MEMO] = scores
    return scores


def sentence_tones(doc: Doc) -> tuple[float, ...]:
    """VADER compound score (-1..1) of every sentence of ``doc``, in ``doc.sents`` order."""
    return tuple(s["compound"] if s else 0.0 for s in _scores(doc))


def article_tone(doc: Doc) -> Tone:
    """The tone of ``doc`` on the scale of the module docstring (score -10..10)."""
    scores = _scores(doc)
    counted = [s for s in scores if s is not None]
    if not counted:
        return Tone(score=0.0, positive=0.0, negative=0.0, sentences=tuple(0.0 for _ in scores))
    n = len(counted)
    return Tone(
        score=round(SCALE * sum(s["compound"] for s in counted) / n, 3),
        positive=round(PERCENT * sum(s["pos"] for s in counted) / n, 3),
        negative=round(PERCENT * sum(s["neg"] for s in counted) / n, 3),
        sentences=tuple(round(s["compound"], 3) if s else 0.0 for s in scores),
    )


__all__ = ["article_tone", "sentence_tones"]
