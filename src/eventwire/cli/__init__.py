"""cli stage of eventwire."""
