"""Fuzzing the scenario loader and the article readers: every input gives a record or one
InputError, never another exception (issue 18).

Bounded for the normal suite: a fixed seed (``derandomize``) and FUZZ_EXAMPLES examples per
test (200 unless the environment says otherwise). ``make fuzz`` runs the same tests with
many more examples and prints the tally: inputs, clean errors, other exceptions.
"""

from __future__ import annotations

import math
import os
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from greatgame.errors import InputError
from greatgame.ingest import read_file
from greatgame.records import Article, Scenario
from greatgame.scenario import load

FIXTURE = (Path(__file__).parents[1] / "fixtures" / "afghanistan.yaml").read_text("utf-8")
EXAMPLES = int(os.environ.get("GREATGAME_FUZZ_EXAMPLES", "200"))
FUZZ = settings(
    derandomize=True,
    max_examples=EXAMPLES,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
TALLY: Counter[str] = Counter()


@pytest.fixture(scope="module", autouse=True)
def tally() -> Iterator[None]:
    """Print inputs, clean errors and other exceptions at the end (seen with pytest -s)."""
    TALLY.clear()
    yield
    print(
        f"\nfuzz: {TALLY['inputs']} inputs, {TALLY['records']} read, "
        f"{TALLY['clean errors']} clean errors, {TALLY['other exceptions']} other exceptions"
    )


def outcome(run: Callable[[], object]) -> object:
    """Run one input; a clean InputError is counted, any other exception fails the test."""
    TALLY["inputs"] += 1
    try:
        result = run()
    except InputError as exc:
        TALLY["clean errors"] += 1
        assert "\n" not in str(exc)
        return exc
    except Exception:
        TALLY["other exceptions"] += 1
        raise
    TALLY["records"] += 1
    return result


# --- scenario files -------------------------------------------------------------------------

NUMBERS = st.one_of(
    st.floats(allow_nan=True, allow_infinity=True),
    st.integers(min_value=-(10**30), max_value=10**30),
    st.sampled_from(["5e2", "1e400", ".inf", "-.nan", "500", "", "yes", "0x10", "1_000"]),
)
VALUES = st.one_of(NUMBERS, st.text(max_size=8), st.none(), st.booleans(),
                   st.lists(NUMBERS, max_size=3))  # fmt: skip


@st.composite
def scenario_docs(draw: st.DrawFn) -> str:
    """A greatgame YAML document with values drawn where numbers and names belong."""
    actors = draw(st.lists(st.sampled_from(["A", "B", "C", "D"]), min_size=1, max_size=4,
                           unique=True))  # fmt: skip
    doc = {
        "greatgame": 1,
        "name": draw(st.text(max_size=10)),
        "issues": [{"id": "x", "name": "X", "scale": [draw(NUMBERS), draw(NUMBERS)]}],
        "actors": [{"id": a, "name": a, "capability": draw(VALUES)} for a in actors],
        "positions": {"x": {a: [draw(VALUES), draw(VALUES)] for a in actors}},
    }
    if draw(st.booleans()):
        doc["params"] = {draw(st.sampled_from(["eum.rounds", "rounds", "eum.q", "x.y"])):
                         draw(VALUES)}  # fmt: skip
    return yaml.safe_dump(doc, allow_unicode=True)


@st.composite
def mutated(draw: st.DrawFn, text: str) -> str:
    """``text`` with a few spans replaced by drawn text."""
    for _ in range(draw(st.integers(1, 4))):
        start = draw(st.integers(0, len(text)))
        end = draw(st.integers(start, min(len(text), start + 20)))
        text = text[:start] + draw(st.text(max_size=12)) + text[end:]
    return text


def _load(folder: Path, name: str, content: str | bytes) -> object:
    path = folder / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8", errors="surrogatepass")
    return outcome(lambda: load(path))


def _check_scenario(result: object) -> None:
    """A scenario that loads has finite numbers, positions on their scale, saliences in 0..1."""
    if not isinstance(result, Scenario):
        return
    for actor in result.actors:
        assert math.isfinite(actor.capability) and actor.capability >= 0
    for position in result.positions:
        issue = result.issue(position.issue)
        assert issue.low <= position.position <= issue.high
        assert 0 <= position.salience <= 1


@FUZZ
@given(doc=scenario_docs())
def test_drawn_scenarios_load_or_fail_cleanly(tmp_path: Path, doc: str) -> None:
    _check_scenario(_load(tmp_path, "s.yaml", doc))


@FUZZ
@given(text=mutated(FIXTURE), name=st.sampled_from(["s.yaml", "s.csv", "s.xml", "s.txt"]))
def test_mutated_fixture_loads_or_fails_cleanly(tmp_path: Path, text: str, name: str) -> None:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        text = text.encode("utf-8", "replace").decode("utf-8")
    _check_scenario(_load(tmp_path, name, text))


@FUZZ
@given(data=st.binary(max_size=400), name=st.sampled_from(["s.yaml", "s.csv", "s.xml"]))
def test_random_bytes_as_a_scenario_fail_cleanly(tmp_path: Path, data: bytes, name: str) -> None:
    _check_scenario(_load(tmp_path, name, data))


# --- article files --------------------------------------------------------------------------

JSON_LINES = st.lists(
    st.one_of(
        st.text(max_size=40),
        st.builds(lambda t, d: f'{{"text": {t!r}, "published": {d!r}}}'.replace("'", '"'),
                  st.text(alphabet="abc .", max_size=60), st.text(max_size=12)),
        st.just('{"html": "<p>Talks in Doha resumed on Tuesday, officials said.</p>"}'),
    ),
    max_size=5,
)  # fmt: skip
HTML = st.builds(
    lambda head, body: f"<html><head>{head}</head><body>{body}</body></html>",
    st.sampled_from(["", "<script>var a = '</p>';</script>", "<meta charset='klingon'>",
                     '<script type="application/ld+json">{"datePublished": "x"}</script>']),
    st.text(max_size=200),
)  # fmt: skip


def _read(folder: Path, name: str, content: str | bytes) -> None:
    path = folder / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8", errors="replace")
    items = outcome(lambda: list(read_file(path)))
    for item in items if isinstance(items, list) else ():
        assert isinstance(item, Article | InputError)
        if isinstance(item, InputError):
            assert "\n" not in str(item)


@FUZZ
@given(data=st.binary(max_size=600), name=st.sampled_from(["a.txt", "a.html", "a.jsonl"]))
def test_random_bytes_as_an_article_fail_cleanly(tmp_path: Path, data: bytes, name: str) -> None:
    _read(tmp_path, name, data)


@FUZZ
@given(lines=JSON_LINES)
def test_json_lines_read_or_fail_cleanly(tmp_path: Path, lines: list[str]) -> None:
    _read(tmp_path, "a.jsonl", "\n".join(lines))


@FUZZ
@given(page=HTML)
def test_html_pages_read_or_fail_cleanly(tmp_path: Path, page: str) -> None:
    _read(tmp_path, "a.html", page)
