"""extract stage of eventwire."""
