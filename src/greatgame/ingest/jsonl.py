"""JSON Lines: one article per line with ``text`` or ``html`` and optional metadata.

Fields read: ``id``, ``text`` or ``html``, ``title``, ``author``, ``published``, ``url``;
others (``section``, ``keywords``, ...) are ignored. A bad line becomes an InputError naming
the file and the line; the other lines still give their articles. The article's SHA-256 is
taken over its ``text`` (or ``html``) in UTF-8, so the same story stored twice, or once as a
file and once in a JSON Lines record, is one article.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from greatgame.errors import InputError
from greatgame.files import MiB
from greatgame.ingest.article import read_html, read_text
from greatgame.ingest.clean import parse_date
from greatgame.ingest.decode import decode
from greatgame.records import Article

_STRINGS = ("id", "title", "author", "published", "url")
LINE_LIMIT = 64 * MiB  # one record; a longer line is refused and skipped, not held in memory


class _TooLong(bytes):
    """Stands for a line past LINE_LIMIT, which was skipped without being kept."""


def read_jsonl(
    text: str | Iterable[str | bytes], *, path: str | Path, date: dt.date | None = None
) -> Iterator[Article | InputError]:
    """Each line's article, or the InputError that says what is wrong with the line.

    ``text`` is the whole file as text, or its lines one by one (bytes lines, as
    :func:`file_lines` streams them, are decoded here, each on its own).
    """
    found = False
    lines = text.split("\n") if isinstance(text, str) else text
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        found = True
        where = f"line {number}"
        try:
            yield _record(_text(line, path), path=path, where=where, date=date)
        except InputError as exc:
            yield exc if exc.where else InputError(path, exc.problem, where=where)
    if not found:
        yield InputError(path, "empty file: no JSON lines")


def file_lines(handle: BinaryIO) -> Iterator[bytes]:
    """The lines of an open file, read one at a time; a line past LINE_LIMIT is skipped."""
    while line := handle.readline(LINE_LIMIT + 1):
        if len(line) > LINE_LIMIT and not line.endswith(b"\n"):
            while (rest := handle.readline(LINE_LIMIT)) and not rest.endswith(b"\n"):
                pass
            yield _TooLong(b"x")
        else:
            yield line


def _text(line: str | bytes, path: str | Path) -> str:
    if isinstance(line, _TooLong):
        raise InputError(path, f"line too long: more than {LINE_LIMIT // MiB} MiB")
    return decode(line, source=path) if isinstance(line, bytes) else line


def _record(line: str, *, path: str | Path, where: str, date: dt.date | None) -> Article:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(path, f"not valid JSON ({exc.msg} at column {exc.colno})", where) from None
    if not isinstance(record, dict):
        raise InputError(path, f"expected a JSON object, got {type(record).__name__}", where)
    for key in (*_STRINGS, "text", "html"):
        value = record.get(key)
        allowed = (str, int) if key == "id" else (str,)
        if value is not None and (isinstance(value, bool) or not isinstance(value, allowed)):
            raise InputError(path, f"field {key!r} must be a string", where)
    body_key = "text" if record.get("text") else "html" if record.get("html") else None
    if body_key is None or not str(record[body_key]).strip():
        raise InputError(path, "no article: the line has neither 'text' nor 'html'", where)
    published = None
    if record.get("published"):
        try:
            published = parse_date(str(record["published"]))
        except ValueError as exc:
            raise InputError(path, f"field 'published': {exc}", where) from None
    name = f"{path}#{record['id']}" if record.get("id") not in (None, "") else f"{path}:{where}"
    body = str(record[body_key])
    options = {
        "source": name,
        "date": date or published,
        "title": str(record["title"]) if record.get("title") else None,
        "author": str(record["author"]) if record.get("author") else None,
        "url": str(record.get("url") or ""),
        "raw": body.encode("utf-8"),
    }
    try:
        if body_key == "html":
            return read_html(body, **options)  # type: ignore[arg-type]
        return read_text(body, **options)  # type: ignore[arg-type]
    except InputError as exc:
        raise InputError(path, exc.problem, where) from None
