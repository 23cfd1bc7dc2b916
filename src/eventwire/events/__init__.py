"""events stage of eventwire."""
