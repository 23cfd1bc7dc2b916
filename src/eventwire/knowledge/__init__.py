"""knowledge stage of eventwire."""
