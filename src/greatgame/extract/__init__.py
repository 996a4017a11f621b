"""Stage 3: actors, events, quotes, stances and dates read from a parsed article."""
