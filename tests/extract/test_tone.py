"""Tone (eventwire.extract.tone): VADER per sentence, article score on -10..10."""

from __future__ import annotations

import time

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st

from eventwire.extract import tone as tone_module
from eventwire.extract.tone import article_tone, sentence_tones
from eventwire.records import Tone

POSITIVE = (
    "The leaders warmly welcomed the historic peace agreement and praised the great progress."
)
NEGATIVE = (
    "The brutal attack killed dozens of civilians and destroyed the hospital, a horrific crime."
)
NEUTRAL = "The delegation arrived in Geneva on Tuesday."


@pytest.fixture(scope="module")
def sentenced():
    """A tokenizer with a rule sentencizer (its own: the shared blank_nlp stays untouched)."""
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


def test_sentence_tone_sign(sentenced):
    scores = sentence_tones(sentenced(" ".join([POSITIVE, NEGATIVE, NEUTRAL])))
    assert len(scores) == 3
    assert scores[0] > 0.5
    assert scores[1] < -0.5
    assert scores[2] == 0.0


def test_article_tone_sign_and_shares(sentenced):
    good = article_tone(sentenced(POSITIVE + " " + NEUTRAL))
    bad = article_tone(sentenced(NEGATIVE + " " + NEUTRAL))
    assert isinstance(good, Tone)
    assert good.score > 0 > bad.score
    assert good.positive > good.negative
    assert bad.negative > bad.positive


def test_article_score_is_ten_times_the_mean_compound(sentenced):
    doc = sentenced(POSITIVE + " " + NEGATIVE)
    compounds = sentence_tones(doc)
    assert article_tone(doc).score == pytest.approx(10 * sum(compounds) / 2, abs=1e-3)


def test_sentences_are_rounded_to_three_decimals(sentenced):
    result = article_tone(sentenced(POSITIVE + " " + NEGATIVE))
    assert all(round(s, 3) == s for s in result.sentences)
    assert len(result.sentences) == 2


def test_empty_and_letterless_documents_are_neutral(sentenced):
    assert article_tone(sentenced("")) == Tone(0.0, 0.0, 0.0, ())
    dashes = article_tone(sentenced("---- 12 ----"))
    assert (dashes.score, dashes.positive, dashes.negative) == (0.0, 0.0, 0.0)


def test_layout_lines_do_not_dilute_the_score(sentenced):
    plain = article_tone(sentenced(NEGATIVE))
    with_rule = article_tone(sentenced(NEGATIVE + " *** ."))
    assert with_rule.score == plain.score


def test_doc_without_sentence_boundaries_is_one_sentence(blank_nlp):
    assert len(sentence_tones(blank_nlp(POSITIVE + " " + NEGATIVE))) == 1


def test_vader_runs_once_per_doc(sentenced, monkeypatch):
    doc = sentenced(POSITIVE + " " + NEGATIVE)
    tones = sentence_tones(doc)

    def fail(*_args):
        raise AssertionError("VADER ran twice on one doc")

    monkeypatch.setattr(tone_module._analyzer(), "polarity_scores", fail)
    assert article_tone(doc).sentences == tuple(round(t, 3) for t in tones)


def test_analyzer_is_built_once():
    assert tone_module._analyzer() is tone_module._analyzer()


_words = st.sampled_from(
    [
        "good",
        "bad",
        "terrible",
        "wonderful",
        "war",
        "peace",
        "killed",
        "praised",
        "the",
        "a",
        "talks",
        "border",
        "very",
        "not",
    ]
)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(_words, min_size=1, max_size=12), min_size=1, max_size=6))
def test_property_tone_stays_in_range(sentenced, sentences):
    text = " ".join(" ".join(words) + "." for words in sentences)
    result = article_tone(sentenced(text))
    assert -10.0 <= result.score <= 10.0
    assert 0.0 <= result.positive <= 100.0 and 0.0 <= result.negative <= 100.0
    assert all(-1.0 <= s <= 1.0 for s in result.sentences)


@pytest.mark.model
def test_tone_on_a_parsed_article_is_fast(nlp):
    paragraph = " ".join([POSITIVE, NEGATIVE, NEUTRAL] * 2)  # about 90 words
    doc = nlp("\n".join([paragraph] * 7))  # about 600 words
    article_tone(doc)
    began = time.perf_counter()
    result = article_tone(doc)
    spent = time.perf_counter() - began
    assert len(result.sentences) == len(list(doc.sents))
    assert spent < 0.05  # VADER is pure Python; a 600-word article takes a few ms
