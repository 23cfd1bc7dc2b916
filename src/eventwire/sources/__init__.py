"""sources stage of eventwire."""
