"""Raw bytes to text: UTF-8 (with or without BOM), UTF-16 with BOM, Windows-1252 fallback.

Binary and empty inputs are refused with a reason rather than decoded into noise.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from pathlib import Path

from greatgame.errors import InputError
from greatgame.files import MiB, read_limited

LIMIT = 256 * MiB  # one article file (text or HTML); JSON Lines files are streamed instead

# Signatures of common binary formats, so the message can say what the file looks like.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or DOCX/XLSX/EPUB)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document"),
    (b"\x7fELF", "an executable"),
    (b"SQLite format 3", "an SQLite database"),
    (b"DUCK", "a DuckDB database"),
)
# Control characters that never occur in real text (tab, newlines and form feed do).
_CONTROL = frozenset(range(0x20)) - {0x09, 0x0A, 0x0C, 0x0D}
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")


def read_bytes(path: Path) -> bytes:
    """The bytes of a regular file of at most LIMIT, or an InputError saying why not."""
    return read_limited(path, limit=LIMIT)


def decode(data: bytes, *, source: str | Path) -> str:
    """Decode a document's bytes into text, refusing empty, binary or undecodable input.

    UTF-8 is tried first (a BOM is dropped), then UTF-16 when it carries a BOM, then
    Windows-1252, which covers the "smart quotes" of text saved on Windows.
    """
    if not data.strip():
        raise InputError(source, "empty file" if not data else "empty file (only whitespace)")
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            raise InputError(source, f"binary file, not text: it looks like {kind}")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return _checked(data.decode("utf-16"), source)
        except UnicodeDecodeError as exc:
            raise InputError(source, f"undecodable UTF-16 text ({exc.reason})") from None
    if b"\x00" in data[:8192]:
        raise InputError(source, "binary file, not text: it contains NUL bytes")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as utf8_error:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError as exc:
            bad = data[exc.start]
            raise InputError(
                source,
                f"undecodable text: not UTF-8 (byte 0x{data[utf8_error.start]:02x} at offset "
                f"{utf8_error.start}) and not Windows-1252 (byte 0x{bad:02x} at offset "
                f"{exc.start})",
            ) from None
    return _checked(text, source)


def _checked(text: str, source: str | Path) -> str:
    """Refuse text that is mostly control characters; tidy the rest."""
    sample = text[:20000]
    controls = sum(1 for ch in sample if ord(ch) in _CONTROL)
    if controls > max(2, len(sample) // 100):
        raise InputError(source, f"binary file, not text: {controls} control characters")
    return normalise(text)


def normalise(text: str) -> str:
    """NFC, Unix line ends, no invisible characters (zero-width, soft hyphen, BOM)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", _INVISIBLE.sub("", text))
