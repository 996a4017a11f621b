"""The embedded DuckDB store: sees only records.

    from greatgame.store import Store
    with Store("greatgame.duckdb") as store:
        result = store.add_articles(articles)     # AddResult(new, duplicates)
        store.save_extraction(extraction)         # replaces an earlier one of that article
        store.save_extractions(extractions)       # many: one transaction, a statement a table

See `greatgame.store.core` for how later stages add their tables.
"""

from greatgame.store.core import DEFAULT_PATH, SCHEMA_VERSION, AddResult, Store
from greatgame.store.tables import Table

__all__ = ["DEFAULT_PATH", "SCHEMA_VERSION", "AddResult", "Store", "Table"]
