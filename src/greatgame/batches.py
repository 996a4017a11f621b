"""A corpus read in batches: the tasks an engine runs to ingest, parse and extract it.

Each task is a batch — files or JSON lines to read and clean (:func:`read_task`), or
articles to parse and extract (:func:`extract_batch`) — whose result depends on nothing but
the batch, so any engine on any number of workers (:mod:`greatgame.engine`) gives the same
results in the same order. Tasks only read: the caller stores what comes back, in one
process, a batch per transaction, so a worker that dies loses no committed article (its
batch is run again).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from greatgame.engine import Engine, batches, current
from greatgame.errors import InputError
from greatgame.ingest import Item, read_file
from greatgame.ingest.jsonl import file_lines, read_jsonl
from greatgame.ingest.readers import JSONL_SUFFIXES, open_jsonl
from greatgame.records import Article, Extraction

#: Articles per extraction task: about 2 s of work on one core (0.24 s per VOA story),
#: small enough to share a few hundred articles fairly between workers.
EXTRACT_BATCH = 8
#: Up to this many articles are extracted in one task, in place: starting a worker and
#: loading its pipeline (2-3 s) would cost about what they take.
IN_PLACE = 16
#: Files or JSON lines per reading task: a JSON line of text is read in about 3 ms, an
#: HTML page in 20-50 ms, so only a corpus of hundreds of pages gains from workers.
READ_BATCH = 256


def extract_batch(articles: Sequence[Article]) -> list[Extraction]:
    """One task: each article parsed and extracted with this process's pipeline, which
    :func:`greatgame.nlp.load` loads on a worker's first task and keeps for the next."""
    from greatgame.extract.pipeline import extract_article
    from greatgame.nlp import load

    nlp = load()
    return [extract_article(article, nlp) for article in articles]


def extract_batches(articles: Sequence[Article], *, engine: Engine | None = None,
                    size: int | None = None) -> Iterator[list[Extraction]]:
    """The extractions of ``articles``, a batch at a time, in order, each batch extracted
    by a task on ``engine`` (default: :func:`greatgame.engine.current`). Batches hold
    ``size`` articles, by default :func:`batch_size` (the results do not depend on it)."""
    runner = engine if engine is not None else current()
    if size is None:
        size = batch_size(len(articles), runner.workers)
    return runner.map(extract_batch, batches(articles, size))


def batch_size(articles: int, workers: int) -> int:
    """Articles per extraction task: all of them when they are :data:`IN_PLACE` or fewer
    (one task, which an engine runs in place), else about four tasks per worker, of
    :data:`EXTRACT_BATCH` articles at most.

    >>> batch_size(5, 2), batch_size(24, 2), batch_size(890, 2)
    (5, 3, 8)
    """
    if articles <= IN_PLACE:
        return max(articles, 1)
    return max(1, min(EXTRACT_BATCH, -(-articles // (4 * workers))))


@dataclass(frozen=True)
class Lines:
    """Some non-blank lines of a JSON Lines file, each with its line number."""

    path: Path
    numbered: tuple[tuple[int, bytes], ...]
    last: bool  # the file's last lines: the file is read once they are


Piece = Path | Lines | InputError  # a whole file, part of a JSON Lines file, or a bad path


@dataclass(frozen=True)
class ReadTask:
    """Pieces of files to read into articles, all with the same ``--date``."""

    pieces: tuple[Piece, ...]
    date: dt.date | None = None


@dataclass(frozen=True)
class Read:
    """What one piece gave: its items, and the name of the file it finished (None while
    a JSON Lines file has lines to come)."""

    items: list[Item]
    finished: str | None


def read_task(task: ReadTask) -> list[Read]:
    """One task: every piece read (decoded, cleaned), in order."""
    return [Read(list(_items(piece, task.date)), _finished(piece)) for piece in task.pieces]


def read_tasks(files: Iterable[Path | InputError], *, date: dt.date | None = None,
               size: int = READ_BATCH) -> Iterator[ReadTask]:
    """The files of :func:`greatgame.ingest.expand` as reading tasks of about ``size``
    articles: whole files, and JSON Lines files cut into runs of ``size`` lines."""
    task: list[Piece] = []
    weight = 0
    for piece in _pieces(files, size):
        task.append(piece)
        weight += len(piece.numbered) if isinstance(piece, Lines) else 1
        if weight >= size:
            yield ReadTask(tuple(task), date)
            task, weight = [], 0
    if task:
        yield ReadTask(tuple(task), date)


def _pieces(files: Iterable[Path | InputError], size: int) -> Iterator[Piece]:
    for file in files:
        if isinstance(file, Path) and file.suffix.casefold() in JSONL_SUFFIXES:
            yield from _jsonl_pieces(file, size)
        else:
            yield file


def _jsonl_pieces(path: Path, size: int) -> Iterator[Piece]:
    """The file's non-blank lines in runs of ``size`` (read here, parsed by the tasks)."""
    try:
        handle = open_jsonl(path)
    except InputError as exc:
        yield exc
        return
    with handle:
        lines = ((n, line) for n, line in enumerate(file_lines(handle), start=1)
                 if line.strip())
        held: list[tuple[int, bytes]] | None = None
        for run in batches(lines, size):
            if held is not None:
                yield Lines(path, tuple(held), last=False)
            held = run
    if held is None:
        yield from read_jsonl([], path=path)  # the reader's own "empty file" error
    else:
        yield Lines(path, tuple(held), last=True)


def _items(piece: Piece, date: dt.date | None) -> Iterator[Item]:
    if isinstance(piece, InputError):
        yield piece
    elif isinstance(piece, Lines):
        for number, line in piece.numbered:
            for item in read_jsonl([line], path=piece.path, date=date):
                yield _renumbered(item, number)
    else:
        yield from read_file(piece, date=date)


def _renumbered(item: Item, number: int) -> Item:
    """A line read alone is line 1 to the reader: give its error the line's own number."""
    if not isinstance(item, InputError):
        return item
    where = f"line {number}{(item.where or 'line 1').removeprefix('line 1')}"
    return InputError(item.path, item.problem, where=where)


def _finished(piece: Piece) -> str | None:
    if isinstance(piece, InputError):
        return piece.path or ""
    if isinstance(piece, Lines):
        return piece.path.name if piece.last else None
    return piece.name
