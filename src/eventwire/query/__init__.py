"""query stage of eventwire."""
