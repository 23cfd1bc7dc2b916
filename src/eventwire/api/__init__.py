"""api stage of eventwire."""
