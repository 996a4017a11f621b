"""Reading a scenario file as text: empty, binary and wrongly encoded files are refused here.

Every reader starts from :func:`read_text`, so each of these problems gets the same message
whatever the format. Line endings are normalised (LF, CRLF and the bare CR of old Mac
files all become LF) and a UTF-8 byte-order mark is dropped.
"""

from __future__ import annotations

import re
from pathlib import Path

from greatgame.errors import InputError
from greatgame.files import MiB, read_limited

_SNIFF_BYTES = 8192
LIMIT = 16 * MiB  # the largest published scenario is a few kilobytes
_SLUG = re.compile(r"[^a-z0-9]+")


def read_bytes(path: str | Path) -> bytes:
    """The file's bytes, or an InputError when it is missing, unreadable, empty or binary."""
    p = Path(path)
    if not p.exists():
        raise InputError(p, "file not found")
    if p.is_dir():
        raise InputError(p, "is a directory, not a scenario file")
    data = read_limited(p, limit=LIMIT)
    if not data.strip():
        raise InputError(p, "empty file")
    if b"\x00" in data[:_SNIFF_BYTES]:
        raise InputError(p, "binary file (it holds NUL bytes), not a text scenario")
    return data


def decode(path: str | Path, data: bytes) -> str:
    """UTF-8 text with the BOM dropped and line endings normalised to LF."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InputError(
            path,
            f"not UTF-8 text (byte 0x{data[exc.start]:02x} cannot be decoded); "
            "save the file as UTF-8",
            where=f"line {line}",
        ) from exc
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_text(path: str | Path) -> str:
    """The file as clean text, or an InputError naming the file and the problem."""
    return decode(path, read_bytes(path))


def slug(text: str) -> str:
    """A lower-case id of letters, digits and hyphens: 'Policy Position' -> 'policy-position'."""
    return _SLUG.sub("-", text.lower()).strip("-")


def number(path: str | Path, value: str, *, where: str, field: str) -> float:
    """A float read from a cell, or an InputError naming the cell."""
    text = value.strip()
    if not text:
        raise InputError(path, f"{field} is empty", where=where)
    try:
        result = float(text)
    except ValueError:
        raise InputError(path, f"{field} {text!r} is not a number", where=where) from None
    if result != result or result in (float("inf"), float("-inf")):
        raise InputError(path, f"{field} {text!r} is not a finite number", where=where)
    return result
