"""eval stage of eventwire."""
