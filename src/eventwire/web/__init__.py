"""web stage of eventwire."""
