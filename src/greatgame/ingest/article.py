"""Build `Article` records from decoded text or HTML: clean, lift metadata, hash, stamp."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

from greatgame.errors import InputError
from greatgame.ingest.clean import clean
from greatgame.ingest.decode import normalise
from greatgame.ingest.html import read_page
from greatgame.records import Article

ID_LENGTH = 16  # hex digits of the SHA-256 kept as the article id


def article_id(raw: bytes) -> str:
    """The stable id of an article: the first 16 hex digits of the SHA-256 of its raw bytes."""
    return hashlib.sha256(raw).hexdigest()[:ID_LENGTH]


def read_text(
    text: str,
    *,
    source: str | Path,
    date: dt.date | None = None,
    title: str | None = None,
    author: str | None = None,
    url: str = "",
    raw: bytes | None = None,
) -> Article:
    """An article from plain text. Title from the first line and author from a byline,
    unless given; ``date`` (the user's) wins over a date stamp found in the text.

    ``raw`` is the document as it came (its SHA-256 identifies the article); it defaults to
    the text in UTF-8.
    """
    text = normalise(text)
    raw = text.encode("utf-8") if raw is None else raw
    cleaned = clean(text, title=title, author=author)
    if not cleaned.text:
        raise InputError(source, "no article text left after removing page debris")
    return _article(
        raw,
        source=source,
        raw_text=text,
        text=cleaned.text,
        title=cleaned.title,
        author=cleaned.author,
        published=date or cleaned.published,
        url=url,
        provenance_note=cleaned.provenance_note,
    )


def read_html(
    html: str,
    *,
    source: str | Path,
    date: dt.date | None = None,
    title: str | None = None,
    author: str | None = None,
    url: str = "",
    raw: bytes | None = None,
) -> Article:
    """An article from an HTML page: its main text, with title, author, date and address
    from the page's metadata unless given. ``date`` (the user's) wins over the page's."""
    html = normalise(html)
    raw = html.encode("utf-8") if raw is None else raw
    page = read_page(html, source=source)
    cleaned = clean(page.text, title=title or page.title, author=author or page.author or None)
    if not cleaned.text:
        raise InputError(source, "no article text left after removing page debris")
    return _article(
        raw,
        source=source,
        raw_text=html,
        text=cleaned.text,
        title=cleaned.title,
        author=cleaned.author,
        published=date or page.published or cleaned.published,
        url=url or page.url,
        provenance_note=cleaned.provenance_note,
    )


def _article(raw: bytes, *, source: str | Path, **fields: object) -> Article:
    return Article(
        id=article_id(raw),
        source=str(source),
        sha256=hashlib.sha256(raw).hexdigest(),
        ingested_at=dt.datetime.now(dt.UTC),
        **fields,  # type: ignore[arg-type]
    )
