"""export stage of eventwire."""
