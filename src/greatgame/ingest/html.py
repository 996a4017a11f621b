"""HTML pages: main text, title, author and publication date, via trafilatura."""

from __future__ import annotations

import datetime as dt
import logging
import re
from dataclasses import dataclass
from pathlib import Path

from greatgame.errors import InputError

# Only the page's own metadata (article:published_time, JSON-LD, <time>, ...) gives the date:
# an extensive search would take any date in the prose ("in December 2016") for it.
_DATE_PARAMS = {"extensive_search": False, "original_date": True}
# Scripts and style sheets never hold the article; a page's bundled JavaScript can be larger
# than the whole extractor accepts. JSON-LD metadata (date, author) stays when it is small.
_CODE_BLOCK = re.compile(
    r"<(script|style)\b([^>]*)>(.*?)</\1\s*>", re.IGNORECASE | re.DOTALL
)
_JSON_LD_LIMIT = 1_000_000


@dataclass(frozen=True)
class Page:
    """What trafilatura read from a page: main text (one paragraph per line) and metadata."""

    text: str
    title: str
    author: str
    published: dt.date | None
    url: str


def looks_like_html(text: str) -> bool:
    """True when a text file is really an HTML page (so '.txt' downloads still work)."""
    head = text.lstrip()[:200].casefold()
    return head.startswith(("<!doctype html", "<html")) or (
        head.startswith("<") and "<body" in text[:5000].casefold()
    )


def read_page(html: str, *, source: str | Path) -> Page:
    """Extract the article from an HTML page, leaving navigation, asides and footers behind."""
    import trafilatura  # deferred: importing it costs about half a second

    # trafilatura logs "discarding data" and the like at WARNING; greatgame reports instead.
    logging.getLogger("trafilatura").setLevel(logging.ERROR)
    logging.getLogger("htmldate").setLevel(logging.ERROR)
    html = _CODE_BLOCK.sub(_kept_code, html)
    limit = trafilatura.settings.DEFAULT_CONFIG.getint("DEFAULT", "MAX_FILE_SIZE")
    if len(html) > limit:
        raise InputError(
            source,
            f"HTML page too large: {len(html):,} characters of markup besides scripts and "
            f"styles, the extractor reads at most {limit:,}",
        )
    try:
        doc = trafilatura.bare_extraction(
            html,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            date_extraction_params=_DATE_PARAMS,
        )
    except Exception as exc:  # trafilatura raises assorted lxml and value errors
        raise InputError(source, f"HTML could not be parsed: {exc}") from None
    text = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    if not text:
        raise InputError(source, "no article text found in the HTML page")
    return Page(
        text=text,
        title=(doc.title or "").strip(),
        author=(doc.author or "").strip(),
        published=_date(doc.date),
        url=(doc.url or "").strip(),
    )


def _kept_code(match: re.Match[str]) -> str:
    """A script or style block as kept for the extractor: small JSON-LD only."""
    tag, attrs, body = match.group(1, 2, 3)
    if tag.casefold() == "script" and "ld+json" in attrs.casefold() and len(body) <= _JSON_LD_LIMIT:
        return match.group(0)
    return ""


def _date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None
