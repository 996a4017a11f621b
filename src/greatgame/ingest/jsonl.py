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
from collections.abc import Iterator
from pathlib import Path

from greatgame.errors import InputError
from greatgame.ingest.article import read_html, read_text
from greatgame.ingest.clean import parse_date
from greatgame.records import Article

_STRINGS = ("id", "title", "author", "published", "url")


def read_jsonl(
    text: str, *, path: str | Path, date: dt.date | None = None
) -> Iterator[Article | InputError]:
    """Each line's article, or the InputError that says what is wrong with the line."""
    found = False
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        found = True
        where = f"line {number}"
        try:
            yield _record(line, path=path, where=where, date=date)
        except InputError as exc:
            yield exc if exc.where else InputError(path, exc.problem, where=where)
    if not found:
        yield InputError(path, "empty file: no JSON lines")


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
