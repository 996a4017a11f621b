"""The embedded DuckDB store: sees only records."""
