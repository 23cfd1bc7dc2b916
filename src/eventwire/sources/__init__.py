"""sources stage of eventwire: bytes from files, directories, stdin -> ``SourceItem``.

``read_paths`` is what the CLI and the pipeline call; ``read_bytes`` reads one in-memory input.
Every reader applies ``normalise_text``, so all character offsets point into ``Article.text``.
Discard reasons are listed in ``DISCARD_REASONS`` (and in the ``files`` module docstring).
"""

from eventwire.sources.files import (
    DEFAULT_MAX_BYTES,
    EXTENSIONS,
    read_bytes,
    read_paths,
    read_stream,
    sniff_kind,
)
from eventwire.sources.item import DISCARD_REASONS, SourceItem
from eventwire.sources.language import is_english
from eventwire.sources.normalise import normalise_date, normalise_text
from eventwire.sources.text import guess_title, parse_header

__all__ = [
    "DEFAULT_MAX_BYTES",
    "DISCARD_REASONS",
    "EXTENSIONS",
    "SourceItem",
    "guess_title",
    "is_english",
    "normalise_date",
    "normalise_text",
    "parse_header",
    "read_bytes",
    "read_paths",
    "read_stream",
    "sniff_kind",
]
