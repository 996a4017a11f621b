"""Files and directories: pick the reader by extension, walk directories, report bad files.

Every reader yields `Article | InputError` per item so that one bad file (or one bad line of
a JSON Lines file) is reported by name while the rest still go in; `read_path` is the strict
form for the Python API and raises the first error.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from greatgame.errors import InputError
from greatgame.files import check_regular
from greatgame.ingest.article import read_html, read_text
from greatgame.ingest.decode import decode, read_bytes
from greatgame.ingest.html import looks_like_html
from greatgame.ingest.jsonl import file_lines, read_jsonl
from greatgame.records import Article
from greatgame.registry import readers

# Markdown is left out of directory walks: data folders hold README.md and PROVENANCE.md.
# A file named on the command line is read whatever its extension.
TEXT_SUFFIXES = frozenset({".txt", ".text"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES

Item = Article | InputError
JSONL_LIMIT = 1 << 40  # streamed line by line, so only a sanity bound (1 TiB)


@readers.register("text.v1")
def read_text_file(path: Path, *, date: dt.date | None = None) -> Iterator[Item]:
    """A plain-text file; a file that is really an HTML page is read as one."""
    try:
        data = read_bytes(path)
        text = decode(data, source=path)
        if looks_like_html(text):
            yield read_html(text, source=path, date=date, raw=data)
        else:
            yield read_text(text, source=path, date=date, raw=data)
    except InputError as exc:
        yield exc


@readers.register("html.v1")
def read_html_file(path: Path, *, date: dt.date | None = None) -> Iterator[Item]:
    """An HTML page saved to a file."""
    try:
        data = read_bytes(path)
        yield read_html(decode(data, source=path), source=path, date=date, raw=data)
    except InputError as exc:
        yield exc


@readers.register("jsonl.v1")
def read_jsonl_file(path: Path, *, date: dt.date | None = None) -> Iterator[Item]:
    """A JSON Lines file, streamed: one article (or one error) per line, as each is read."""
    try:
        handle = open_jsonl(path)
    except InputError as exc:
        yield exc
        return
    with handle:
        yield from read_jsonl(file_lines(handle), path=path, date=date)


def open_jsonl(path: Path) -> BinaryIO:
    """A JSON Lines file opened to be streamed (:func:`greatgame.ingest.jsonl.file_lines`);
    InputError when it is not a regular file or cannot be read. The caller closes it."""
    try:
        check_regular(path, limit=JSONL_LIMIT)
        return open(path, "rb")  # noqa: SIM115 - the caller closes it
    except OSError as exc:
        raise InputError(path, f"cannot be read: {exc.strerror or exc}") from None


def read_file(path: str | Path, *, date: dt.date | None = None) -> Iterator[Item]:
    """The articles of one file, by its extension (unknown extensions are tried as text)."""
    path = Path(path)
    suffix = path.suffix.casefold()
    if suffix in HTML_SUFFIXES:
        return read_html_file(path, date=date)
    if suffix in JSONL_SUFFIXES:
        return read_jsonl_file(path, date=date)
    return read_text_file(path, date=date)


def expand(paths: Iterable[str | Path]) -> Iterator[Path | InputError]:
    """The files named, with directories walked recursively for known extensions.

    Hidden files and folders are skipped; a missing path or a directory without a single
    readable file is an InputError.
    """
    for given in paths:
        path = Path(given)
        if path.is_dir():
            found = sorted(_walk(path))
            if not found:
                known = ", ".join(sorted(SUFFIXES))
                yield InputError(path, f"directory holds no article files ({known})")
            yield from found
        elif path.exists():
            yield path
        else:
            yield InputError(path, "no such file or directory")


def read_path(path: str | Path, *, date: dt.date | None = None) -> list[Article]:
    """Every article under a path (file or directory); raises the first InputError met."""
    articles: list[Article] = []
    for file in expand([path]):
        if isinstance(file, InputError):
            raise file
        for item in read_file(file, date=date):
            if isinstance(item, InputError):
                raise item
            articles.append(item)
    return articles


def _walk(root: Path) -> Iterator[Path]:
    for folder, dirs, files in os.walk(root):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in files:
            if not name.startswith(".") and Path(name).suffix.casefold() in SUFFIXES:
                yield Path(folder, name)
