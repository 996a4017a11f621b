"""What greatgame imports at run time is declared in pyproject.toml (issue 18, item 1)."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

PYPROJECT = Path(__file__).resolve().parents[1] / "pyproject.toml"


def _names(requirements: list[str]) -> set[str]:
    return {re.split(r"[<>=!~\[; ]", r, maxsplit=1)[0].lower().replace("_", "-")
            for r in requirements}  # fmt: skip


def test_the_html_cleaner_jusText_needs_is_declared():
    """jusText, under trafilatura, imports lxml.html.clean: a project of its own since lxml
    5.2. Without it every HTML page failed in an install made from pyproject alone."""
    project = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["project"]
    assert {"lxml-html-clean", "trafilatura"} <= _names(project["dependencies"])
    import lxml.html.clean  # noqa: F401 - importable where greatgame is installed


def test_the_fuzz_tests_library_is_a_dev_dependency():
    project = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["project"]
    assert "hypothesis" in _names(project["optional-dependencies"]["dev"])
