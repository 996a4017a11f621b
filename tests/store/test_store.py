"""The store on a real DuckDB file: duplicates, transactions, locking, corrupt files, schema."""

import os
import subprocess
import sys
import textwrap

import duckdb
import pytest

from greatgame.errors import InputError, StoreError, StoreLocked
from greatgame.ingest import read_text
from greatgame.records import Article
from greatgame.store import SCHEMA_VERSION, Store


def _articles(n, prefix="Story"):
    return [
        read_text(
            f"{prefix} talks in Doha, round {i}\n\nBy Jane Roe\n\n"
            f"Envoys met in Doha on day {i} of the talks, "
            f"officials said, and agreed to meet again within a week.",
            source=f"{prefix.lower()}{i}.txt",
        )
        for i in range(n)
    ]


@pytest.fixture
def db(tmp_path):
    return tmp_path / "greatgame.duckdb"


def test_articles_round_trip(db):
    stored = _articles(3)
    with Store(db) as store:
        result = store.add_articles(stored)
        assert result.new == tuple(stored) and result.duplicates == ()
    with Store(db, read_only=True) as store:
        assert store.articles() == stored
        assert store.article(stored[1].id) == stored[1]
        assert store.count() == 3
        assert list(store.frame()["title"]) == [f"Story talks in Doha, round {i}" for i in range(3)]


def test_same_bytes_again_add_nothing(db):
    first = _articles(2)
    again = _articles(3)  # new objects, same bytes for the first two
    with Store(db) as store:
        store.add_articles(first)
        result = store.add_articles(again)
        assert [a.title for a in result.new] == ["Story talks in Doha, round 2"]
        assert [a.title for a in result.duplicates] == [
            "Story talks in Doha, round 0",
            "Story talks in Doha, round 1",
        ]
        assert store.count() == 3


def test_duplicates_inside_one_batch_are_stored_once(db):
    (article,) = _articles(1)
    with Store(db) as store:
        result = store.add_articles([article, article])
        assert (len(result.new), len(result.duplicates)) == (1, 1)


def test_failure_mid_batch_keeps_what_was_stored_before(db):
    before = _articles(2, prefix="Before")
    batch = _articles(3, prefix="Batch")
    # The third article of the batch reuses a stored id with other bytes: the database
    # refuses it after the first two rows of the batch have been written.
    clash = Article(**{**batch[2].model_dump(), "id": before[0].id})
    with Store(db) as store:
        store.add_articles(before)
        with pytest.raises(StoreError, match="nothing was stored"):
            store.add_articles([batch[0], batch[1], clash])
        assert store.articles() == before
        assert store.add_articles(batch).new == tuple(batch)  # still usable
    with Store(db, read_only=True) as store:
        assert store.count() == 5


def test_failure_inside_a_transaction_rolls_back(db):
    with Store(db) as store:
        with pytest.raises(RuntimeError), store.transaction():
            store.connection.execute("CREATE TABLE scratch (x INTEGER)")
            raise RuntimeError("injected")
        tables = {t for (t,) in store.connection.execute("SHOW TABLES").fetchall()}
        assert "scratch" not in tables


def test_nested_transactions_commit_or_fail_together(db):
    first, second = _articles(2)
    with Store(db) as store:
        with pytest.raises(RuntimeError), store.transaction():
            store.add_articles([first])  # joins the outer transaction
            raise RuntimeError("injected after the inner block")
        assert store.count() == 0
        with store.transaction():
            store.add_articles([first])
            store.add_articles([second])
        assert store.articles() == [first, second]


def test_a_second_writer_gets_store_locked(db):
    Store(db).close()
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(f"""
            import sys
            from greatgame.store import Store
            store = Store({str(db)!r})
            print("ready", flush=True)
            sys.stdin.readline()
        """),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "ready"
        with pytest.raises(StoreLocked) as caught:
            Store(db)
        message = str(caught.value)
        assert str(db) in message and "locked" in message and str(holder.pid) in message
        with pytest.raises(StoreLocked):
            Store(db, read_only=True)
    finally:
        holder.communicate("done\n", timeout=30)
    Store(db).close()  # free again once the holder has gone


def test_random_bytes_are_a_store_error_naming_the_file(db):
    db.write_bytes(os.urandom(4096))
    with pytest.raises(StoreError) as caught:
        Store(db)
    assert str(db) in str(caught.value) and "not a DuckDB database" in str(caught.value)


def test_another_duckdb_database_is_not_taken_for_a_store(db):
    con = duckdb.connect(str(db))
    con.execute("CREATE TABLE prices (x INTEGER)")
    con.close()
    with pytest.raises(StoreError, match="not a greatgame store"):
        Store(db)


def test_a_newer_schema_is_refused(db):
    with Store(db) as store:
        store.connection.execute(
            "UPDATE greatgame_meta SET value = ? WHERE key = 'schema_version'",
            [str(SCHEMA_VERSION + 1)],
        )
    with pytest.raises(StoreError, match="newer than this greatgame"):
        Store(db)


def test_read_only_needs_an_existing_store_and_refuses_writes(db):
    with pytest.raises(StoreError, match="no store here"):
        Store(db, read_only=True)
    Store(db).close()
    with Store(db, read_only=True) as store, pytest.raises(StoreError, match="read-only"):
        store.add_articles(_articles(1))


def test_missing_article_is_an_input_error(db):
    with Store(db) as store, pytest.raises(InputError, match="no article with id 'nope'"):
        store.article("nope")


def test_a_column_missing_from_an_older_store_is_added_back(db):
    stored = _articles(1)
    with Store(db) as store:
        store.add_articles(stored)
        store.connection.execute("ALTER TABLE articles DROP COLUMN provenance_note")
    with Store(db, read_only=True) as store:
        assert store.articles() == stored  # field default stands in for the missing column
    with Store(db) as store:
        columns = {
            c
            for (c,) in store.connection.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_name = 'articles'"
            ).fetchall()
        }
        assert "provenance_note" in columns
