"""spark stage of eventwire."""
