"""dedup stage of eventwire."""
