"""eventwire: news in, evidence-linked political event data out."""

__version__ = "0.1.0"
