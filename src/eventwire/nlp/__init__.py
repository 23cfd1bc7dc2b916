"""nlp stage of eventwire."""
