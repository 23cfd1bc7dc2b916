"""Shared fixtures. ``nlp`` loads the spaCy model once per test session (tests using it are
marked ``model``); tests that only need a tokenizer use ``blank_nlp``."""

from __future__ import annotations

import pytest
import spacy


@pytest.fixture(scope="session")
def nlp():
    from eventwire.nlp.pipeline import load_model

    return load_model()


@pytest.fixture(scope="session")
def blank_nlp():
    return spacy.blank("en")
