"""Stage 1: articles in (text, HTML, JSON Lines, directories), clean text and metadata out.

The API other stages call::

    from greatgame.ingest import read_path, read_text
    articles = read_path("news/", date=None)          # list[Article]; InputError on a bad file
    article = read_text(text, source="pasted", date=dt.date(2017, 3, 15))

``Article.text`` is the clean body: paragraphs separated by one blank line; every character
offset recorded by later stages refers to it. ``raw_text`` keeps the decoded input (the HTML
markup for pages); ``sha256`` hashes the raw bytes, and ``id`` is its first 16 hex digits.
"""

from greatgame.ingest.article import article_id, read_html, read_text
from greatgame.ingest.clean import Cleaned, clean, paragraph_spans, parse_date
from greatgame.ingest.readers import SUFFIXES, Item, expand, read_file, read_path

__all__ = [
    "SUFFIXES",
    "Cleaned",
    "Item",
    "article_id",
    "clean",
    "expand",
    "paragraph_spans",
    "parse_date",
    "read_file",
    "read_html",
    "read_path",
    "read_text",
]
