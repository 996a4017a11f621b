"""`kill -9` during `greatgame ingest` of a JSON Lines file loses no committed article.

The ingest commits every 256 articles within a file, so a killed run keeps every batch
committed before the kill; the store opens afterwards and every stored article matches its
SHA-256. The next run stores the rest (issue 18, item 9).
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from greatgame.store import Store

LINES = 1500
KILL_AFTER = (0.3, 0.7, 1.1, 1.5)  # seconds after the store file appears, one kill each
WORDS = "the minister said talks with Kabul and Moscow would resume after the clashes".split()


def _write_jsonl(path: Path) -> set[str]:
    """LINES distinct stories; returns the SHA-256 of each story's text."""
    rng = random.Random(0)
    hashes = set()
    with path.open("w", encoding="utf-8") as out:
        for number in range(LINES):
            body = " ".join(rng.choice(WORDS) for _ in range(60)).capitalize()
            text = f"Story {number}\n\n{body}. Number {number} said so."
            hashes.add(hashlib.sha256(text.encode("utf-8")).hexdigest())
            out.write(json.dumps({"id": number, "text": text}) + "\n")
    return hashes


def _ingest(source: Path, db: Path) -> subprocess.Popen:
    code = "from greatgame.cli.app import main; main()"
    return subprocess.Popen(
        [sys.executable, "-c", code, "ingest", str(source), "--db", str(db), "--json"],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )  # fmt: skip


def _stored(db: Path, expected: set[str]) -> set[str]:
    """The hashes of the stored articles, each checked against its own text."""
    with Store(db, read_only=True) as store:
        articles = store.articles()
    for article in articles:
        digest = hashlib.sha256(article.raw_text.encode("utf-8")).hexdigest()
        assert digest == article.sha256, article.source
        assert article.sha256 in expected, article.source
    return {a.sha256 for a in articles}


def test_kill_9_during_ingest_loses_no_committed_article(tmp_path: Path) -> None:
    source, db = tmp_path / "stories.jsonl", tmp_path / "gg.duckdb"
    expected = _write_jsonl(source)
    kept: set[str] = set()
    for delay in KILL_AFTER:
        process = _ingest(source, db)
        while not db.exists() and process.poll() is None:
            time.sleep(0.02)
        time.sleep(delay)
        if process.poll() is None:
            os.kill(process.pid, signal.SIGKILL)
        process.wait(timeout=60)
        now = _stored(db, expected)
        assert kept <= now  # nothing committed before is lost
        kept = now
    finished = _ingest(source, db)
    _, err = finished.communicate(timeout=120)
    assert finished.returncode == 0, err
    assert _stored(db, expected) == expected
