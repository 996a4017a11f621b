"""The README and docs/ hold together: size, links, anchors (issue 19).

`make docs` checks the same with mkdocs --strict; this test needs nothing beyond Python,
so every `make test` catches a broken link.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
_LINK = re.compile(r"(?<!\!)\[[^\]]*\]\(([^)\s]+)\)|!\[[^\]]*\]\(([^)\s]+)\)")
_FENCE = re.compile(r"^```.*?^```", re.DOTALL | re.MULTILINE)


def anchors(page: Path) -> set[str]:
    """The anchors of a page's headings, as GitHub and mkdocs spell them."""
    text = _FENCE.sub("", page.read_text(encoding="utf-8"))
    found = set()
    for heading in re.findall(r"^#{1,6}\s+(.+)$", text, re.MULTILINE):
        slug = re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")
        found.add(slug)
    return found


def links(page: Path) -> list[str]:
    text = _FENCE.sub("", page.read_text(encoding="utf-8"))
    text = re.sub(r"`[^`\n]*`", "", text)
    return [a or b for a, b in _LINK.findall(text)]


def test_the_readme_is_user_documentation_under_12_kb():
    readme = (ROOT / "README.md").read_bytes()
    assert len(readme) <= 12 * 1024, len(readme)
    text = readme.decode("utf-8")
    for section in ("## Quickstart", "## Declaring an issue", "## Data and licences"):
        assert section in text


def test_the_cli_note_points_to_a_readme_section_that_exists():
    from greatgame.api import NO_CONTEST

    assert "'Declaring an issue'" in NO_CONTEST
    assert "declaring-an-issue" in anchors(ROOT / "README.md")


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_every_relative_link_resolves(page):
    broken = []
    for target in links(page):
        if re.match(r"^[a-z]+:", target):
            continue  # an address: the docs carry none that must resolve offline
        path, _, anchor = target.partition("#")
        file = (page.parent / path).resolve() if path else page
        if not file.exists():
            broken.append(target)
        elif anchor and file.suffix == ".md" and anchor not in anchors(file):
            broken.append(target)
    assert not broken, f"{page.name}: broken links {broken}"


def test_every_docs_page_is_reachable_from_the_readme_or_the_index():
    linked = {Path(t.partition("#")[0]).name for p in PAGES for t in links(p)}
    orphans = [p.name for p in PAGES[1:] if p.name not in linked and p.name != "index.md"]
    assert not orphans
