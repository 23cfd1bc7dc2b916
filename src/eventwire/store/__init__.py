"""store stage of eventwire."""
