"""Helpers shared by the data build steps: deterministic output and TABARI-format tokens.

Every packaged table is written as ``{"columns": [...], "rows": [[...], ...]}`` (or a plain
JSON object), with sorted keys, fixed separators and, when gzipped, a zero timestamp, so
that the same input always gives the same bytes.
"""

from __future__ import annotations

import gzip
import json
import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any


def dump_json(obj: Any) -> bytes:
    """Serialise ``obj`` the same way every time (sorted keys, compact, UTF-8)."""
    text = json.dumps(obj, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return (text + "\n").encode("utf-8")


def write_bytes(path: Path, data: bytes) -> Path:
    """Write ``data`` to ``path`` (creating folders); gzip it when the name ends in .gz."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.suffix == ".gz":
        data = gzip.compress(data, compresslevel=9, mtime=0)
    path.write_bytes(data)
    return path


def write_table(
    path: Path, columns: Sequence[str], rows: Iterable[Sequence[Any]], **meta: Any
) -> int:
    """Write a column table; return the number of rows written."""
    body = [list(row) for row in rows]
    for row in body:
        if len(row) != len(columns):
            raise ValueError(f"{path.name}: row {row!r} does not fit columns {columns!r}")
    write_bytes(path, dump_json({"columns": list(columns), "rows": body, **meta}))
    return len(body)


def write_json(path: Path, obj: Any) -> None:
    """Write any JSON-able object deterministically."""
    write_bytes(path, dump_json(obj))


def read_text(path: Path) -> str:
    """Read a source file as UTF-8, replacing the odd broken byte and control character."""
    text = path.read_bytes().decode("utf-8", errors="replace")
    return text.replace("\x1a", " ")


def strip_comment(line: str) -> tuple[str, str]:
    """Split a dictionary line at its first ``#``: (content, comment)."""
    at = line.find("#")
    if at < 0:
        return line, ""
    return line[:at], line[at + 1 :].strip()


_PAREN = re.compile(r"\(([^()]*)\)")


def phrase_words(token: str) -> str:
    """Turn a TABARI token such as ``AL-QAEDA_IN_IRAQ_`` into ``al-qaeda in iraq``.

    Underscores and spaces join the words of a phrase; a trailing underscore (exact-match
    marker in TABARI) carries no meaning here.
    """
    words = re.split(r"[_\s]+", token.strip().strip("_"))
    return " ".join(w.lower() for w in words if w)


def phrase_variants(token: str) -> list[str]:
    """A phrase and, when it carries a parenthesised acronym, the phrase without it and
    the acronym alone: ``ALF_(ANIMAL...)`` style entries become separate aliases."""
    base = phrase_words(token)
    if not base:
        return []
    found = _PAREN.findall(base)
    if not found:
        return [base]
    out = [base]
    bare = " ".join(_PAREN.sub(" ", base).split())
    if bare:
        out.append(bare)
    for inner in found:
        inner = inner.strip()
        if len(inner) >= 2:
            out.append(inner)
    return out


def parse_tabari_date(text: str) -> str | None:
    """A TABARI date (``YYYYMMDD`` or ``YYMMDD``) as ISO ``YYYY-MM-DD``; None if malformed.

    Two-digit years follow the dictionaries' usage: 00-30 are 2000-2030, the rest 19xx.
    """
    text = text.strip()
    if len(text) == 6 and text.isdigit():
        yy = int(text[:2])
        text = f"{2000 + yy if yy <= 30 else 1900 + yy}{text[2:]}"
    if len(text) != 8 or not text.isdigit():
        return None
    year, month, day = int(text[:4]), int(text[4:6]), int(text[6:])
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def parse_date_restriction(text: str) -> tuple[str | None, str | None, bool]:
    """Read the date part of a ``[CODE dates]`` entry: (start, end, ok).

    Forms: empty (always), ``>D`` (from D on), ``<D`` (until D), ``D-D`` / ``D - D``.
    """
    text = text.strip()
    if not text:
        return None, None, True
    if text[0] == ">":
        start = parse_tabari_date(text[1:])
        return start, None, start is not None
    if text[0] == "<":
        end = parse_tabari_date(text[1:])
        return None, end, end is not None
    if "-" in text:
        left, _, right = text.partition("-")
        start, end = parse_tabari_date(left), parse_tabari_date(right)
        return start, end, start is not None and end is not None
    return None, None, False
