"""Bad input over every command: exit 1, one line naming the file and the problem, no traceback.

Each case is a real file written to tmp_path (or a device) and a command line; the error
line must name the file (as the CLI prints it) and match the problem. Issue 18 found the
cases marked there crashing, hanging or passing silently; the rest guard what already held.
Cases over devices that once hung run in a subprocess with a time limit in
``test_devices_do_not_hang``.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from typer.testing import CliRunner

from greatgame.cli.app import app
from greatgame.store import Store

runner = CliRunner()
FIXTURE = Path(__file__).parents[1] / "fixtures" / "afghanistan.yaml"


def scenario(*, cap: str = "1", pos: str = "10", scale: str = "[0, 100]", extra: str = "") -> str:
    return (
        "greatgame: 1\nname: t\nissues:\n"
        f"  - {{id: x, name: X, scale: {scale}}}\n"
        "actors:\n"
        f"  - {{id: A, name: A, capability: {cap}}}\n"
        "  - {id: B, name: B, capability: 2}\n"
        f"positions:\n  x:\n    A: [{pos}, 0.5]\n    B: [80, 0.7]\n{extra}"
    )


@dataclass(frozen=True)
class Case:
    """A file to write (name, content) and the command to run on it."""

    name: str
    file: str
    content: str | bytes | None
    args: Callable[[Path, Path], list[str]]  # (file, tmp folder) -> command line
    problem: str  # regular expression the error line must match
    names: str | None = None  # what the line names instead of the file (an option)


def forecast(file: Path, _: Path) -> list[str]:
    return ["forecast", str(file), "--draws", "5"]


def whatif(shock: str) -> Callable[[Path, Path], list[str]]:
    return lambda file, _: ["whatif", str(file), "--shock", shock, "--draws", "0"]


def ingest(file: Path, tmp: Path) -> list[str]:
    return ["ingest", str(file), "--db", str(tmp / "gg.duckdb")]


def extract_jsonl(file: Path, tmp: Path) -> list[str]:
    return ["extract", "--jsonl", str(file), "--db", str(tmp / "gg.duckdb")]


def extract(file: Path, tmp: Path) -> list[str]:
    return ["extract", str(file), "--db", str(tmp / "gg.duckdb")]


def analyze(file: Path, tmp: Path) -> list[str]:
    return ["analyze", str(file), "--out", str(tmp / "out"), "--db", str(tmp / "gg.duckdb")]


def forecast_with(*options: str) -> Callable[[Path, Path], list[str]]:
    return lambda file, _: ["forecast", str(file), "--draws", "5", *options]


FIXTURE_TEXT = FIXTURE.read_text(encoding="utf-8")
PAGE = "<html><body><p>Hello</p></body></html>"
CASES = (
    # scenario files (forecast)
    Case("missing", "nope.yaml", None, forecast, "file not found"),
    Case("empty", "s.yaml", "", forecast, "empty file"),
    Case("binary", "s.yaml", b"\x89PNG\r\n\x1a\n\x00\x00", forecast, "binary file"),
    Case("latin-1", "s.yaml", "name: D\xe4nemark\n".encode("latin-1"), forecast, "not UTF-8"),
    Case("malformed yaml", "s.yaml", "a: [1, 2\n", forecast, "malformed YAML"),
    Case("deep yaml", "s.yaml", "a: " + "[" * 3000 + "]" * 3000, forecast, "nested too deeply"),
    Case("duplicate key", "s.yaml", scenario(extra="name: u\n"), forecast, "given twice"),
    Case("position 5e2", "s.yaml", scenario(pos="5e2"), forecast, "500 .* outside the scale"),
    Case("position '500'", "s.yaml", scenario(pos='"500"'), forecast, "must be a number"),
    Case("capability .inf", "s.yaml", scenario(cap=".inf"), forecast, "finite number"),
    Case("capability 1e400", "s.yaml", scenario(cap="1e400"), forecast, "finite number"),
    Case("capability 1e308", "s.yaml", scenario(cap="1e308"), forecast, "less than or equal"),
    Case("capability .nan", "s.yaml", scenario(cap=".nan"), forecast, "finite number"),
    Case("capability -1", "s.yaml", scenario(cap="-1"), forecast, "negative"),
    Case("capability yes", "s.yaml", scenario(cap="yes"), forecast, "must be a number"),
    Case("scale [0, .inf]", "s.yaml", scenario(scale="[0, .inf]"), forecast, "finite number"),
    Case("scale reversed", "s.yaml", scenario(scale="[100, 0]"), forecast, "must be below"),
    Case("all capabilities 0", "s.yaml",
         scenario(cap="0").replace("capability: 2", "capability: 0"), forecast,
         "capability 0 or salience 0"),
    Case("bare params key", "s.yaml", scenario(extra="params: {rounds: 8}\n"), forecast,
         "names no model"),
    Case("params inf", "s.yaml", scenario(extra="params: {eum.q: .inf}\n"), forecast,
         "finite number"),
    Case("eum rounds 1e9", "s.yaml", scenario(extra="params: {eum.rounds: 1000000000}\n"),
         forecast, "rounds=1000000000"),
    Case("unknown eum switch", "s.yaml", scenario(extra="params: {eum.nope: 1}\n"), forecast,
         "bad switch"),
    Case("seed -1", "s.yaml", scenario(), forecast_with("--seed", "-1"), "seed must be 0"),
    Case("draws -1", "s.yaml", scenario(), forecast_with("--draws", "-1"), "draws must be 0"),
    Case("unknown issue", "s.yaml", scenario(), forecast_with("--issue", "zz"), "unknown issue"),
    Case("xml unknown encoding", "s.xml",
         '<?xml version="1.0" encoding="foo-bar"?>\n<Scenario/>\n', forecast, "unknown encoding"),
    Case("xml malformed", "s.xml", "<Scenario><name>x</Scenario>", forecast, "malformed XML"),
    Case("xml wrong root", "s.xml", "<Other/>", forecast, "not <Scenario>"),
    Case("ktab bad number", "s.csv",
         "T,d,2,1\nActor,Description,Influence,P Position,P Salience\n"
         "A,a,ten,30,50\nB,b,20,60,40\n", forecast, "not a number"),
    Case("ktab 1e400", "s.csv",
         "T,d,2,1\nActor,Description,Influence,P Position,P Salience\n"
         "A,a,1e400,30,50\nB,b,20,60,40\n", forecast, "not a finite number"),
    Case("unrecognised", "s.txt", "just words\nmore words\n", forecast, "not a recognised"),
    Case("newline in name", "a\nb.yaml", scenario(pos="500"), forecast, "outside the scale"),
    Case("markup in name", "[bold]s[red].yaml", scenario(pos="500"), forecast,
         "outside the scale"),
    # what-if shocks: the line names the option
    *(
        Case(f"shock {name}", "s.yaml", FIXTURE_TEXT, whatif(shock), problem, names="--shock")
        for name, shock, problem in (
            ("nan", "capability:RUS*nan", "finite number"),
            ("inf", "capability:RUS=inf", "finite number"),
            ("1e16", "capability:RUS*1e16", "finite number"),
            ("syntax", "capability RUS", "cannot read shock"),
            ("actor", "remove:XXX", "unknown actor"),
            ("salience", "salience:RUS@taliban=2", "outside 0..1"),
            ("position", "position:RUS@taliban=500", "outside the scale"),
        )
    ),
    Case("whatif bad file", "s.yaml", scenario(pos="500"), whatif("remove:A"),
         "outside the scale"),
    # articles (ingest)
    Case("ingest missing", "nope.txt", None, ingest, "no such file"),
    Case("ingest empty", "a.txt", "", ingest, "empty file"),
    Case("ingest binary", "a.txt", b"%PDF-1.4 \x00\x01", ingest, "binary file"),
    Case("ingest nul bytes", "a.txt", b"abc\x00def" * 10, ingest, "binary file"),
    Case("ingest empty page", "e.html", "<html></html>", ingest, "no article text"),
    Case("ingest page of scripts", "e.html",
         "<html><body><script>" + "x" * 1000 + "</script></body></html>", ingest,
         "no article text"),
    Case("jsonl bad json", "a.jsonl", '{"text": "x"\n', ingest, "line 1: not valid JSON"),
    Case("jsonl not object", "a.jsonl", "[1, 2]\n", ingest, "expected a JSON object"),
    Case("jsonl no text", "a.jsonl", '{"id": 1}\n', ingest, "neither 'text' nor 'html'"),
    Case("jsonl bad date", "a.jsonl", '{"text": "Talks resumed today in Doha.", '
         '"published": "soon"}\n', ingest, "field 'published'"),
    Case("jsonl empty", "a.jsonl", "\n\n", ingest, "no JSON lines"),
    Case("jsonl binary line", "a.jsonl", b'{"text": "\x00\x01\x02\x03\x04"}\n', ingest,
         "binary file"),
    # extract and analyze, failing before any model is loaded
    Case("extract missing", "nope.txt", None, extract, "no such file"),
    Case("extract binary", "a.txt", b"\x89PNG\r\n\x1a\n\x00", extract, "binary file"),
    Case("extract jsonl missing", "nope.jsonl", None, extract_jsonl, "no such file"),
    Case("extract jsonl bad", "a.jsonl", "{oops\n", extract_jsonl, "not valid JSON"),
    Case("extract jsonl latin-1", "a.jsonl", '{"text": "D\xe4"}\n'.encode("latin-1"),
         extract_jsonl, "UTF-8"),
    Case("analyze missing", "nope.txt", None, analyze, "no such file"),
    Case("analyze binary", "a.txt", b"\x89PNG\r\n\x1a\n\x00", analyze, "binary file"),
    Case("analyze empty", "a.txt", "", analyze, "empty file"),
)


def _write(tmp_path: Path, case: Case) -> Path:
    path = tmp_path / case.file
    if isinstance(case.content, bytes):
        path.write_bytes(case.content)
    elif case.content is not None:
        path.write_text(case.content, encoding="utf-8")
    return path


def shown(path: Path) -> str:
    """The path as an error line prints it: control characters escaped."""
    return "".join(c if c.isprintable() else ascii(c)[1:-1] for c in str(path))


def check_clean_error(exit_code: int, stderr: str, path: Path | str, problem: str) -> None:
    """Exit 1 and one line that names the file and matches the problem; no traceback."""
    assert "Traceback" not in stderr, stderr
    assert exit_code == 1, stderr
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(lines) == 1, stderr
    assert (shown(path) if isinstance(path, Path) else path) in lines[0], lines[0]
    assert re.search(problem, lines[0]), lines[0]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_bad_input_is_one_clean_line(tmp_path: Path, case: Case) -> None:
    path = _write(tmp_path, case)
    result = runner.invoke(app, case.args(path, tmp_path))
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    check_clean_error(result.exit_code, result.stderr, case.names or path, case.problem)


def test_a_damaged_store_is_reported_as_damage_not_a_lock(tmp_path: Path) -> None:
    db = tmp_path / "gg.duckdb"
    story = tmp_path / "story.txt"
    story.write_text(
        "Talks resume\n\nNegotiators met again in Doha on Tuesday to discuss a ceasefire, "
        "officials from both delegations said after the meeting.\n",
        encoding="utf-8",
    )
    assert runner.invoke(app, ["ingest", str(story), "--db", str(db)]).exit_code == 0
    data = bytearray(db.read_bytes())
    for offset in range(12288, len(data), 4096):  # every block after the headers
        data[offset + 8 : offset + 4096] = b"\xaa" * 4088
    db.write_bytes(bytes(data))
    for args in (["ingest", str(story)], ["export"], ["extract", str(story)]):
        result = runner.invoke(app, [*args, "--db", str(db)])
        check_clean_error(result.exit_code, result.stderr, db, "damaged")
        assert "locked" not in result.stderr


def test_a_store_that_is_no_database_is_named(tmp_path: Path) -> None:
    db = tmp_path / "gg.duckdb"
    db.write_bytes(b"this is not a database" * 500)
    result = runner.invoke(app, ["export", "--db", str(db)])
    check_clean_error(result.exit_code, result.stderr, db, "not a DuckDB database")
    assert "locked" not in result.stderr


def test_the_lock_message_still_names_a_lock(tmp_path: Path) -> None:
    db = tmp_path / "gg.duckdb"
    with Store(db):
        pass
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sys, duckdb; c = duckdb.connect(sys.argv[1]); print('open', flush=True); "
         "sys.stdin.read()", str(db)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert holder.stdout.readline().strip() == "open"
        result = runner.invoke(app, ["export", "--db", str(db)])
        check_clean_error(result.exit_code, result.stderr, db, "is locked")
    finally:
        holder.stdin.close()
        holder.wait(timeout=30)


DEVICE_COMMANDS = (
    ["forecast", "/dev/zero"],
    ["whatif", "/dev/zero", "--shock", "remove:A"],
    ["ingest", "/dev/zero"],
    ["extract", "--jsonl", "/dev/zero"],
    ["analyze", "/dev/zero"],
)


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
@pytest.mark.parametrize("args", DEVICE_COMMANDS, ids=[a[0] for a in DEVICE_COMMANDS])
def test_devices_do_not_hang(tmp_path: Path, args: list[str]) -> None:
    """A device is refused at once; the time limit only stops a regression from hanging."""
    command = [sys.executable, "-c", "from greatgame.cli.app import main; main()", *args]
    if args[0] in ("ingest", "extract", "analyze"):
        command += ["--db", str(tmp_path / "gg.duckdb")]
    if args[0] == "analyze":
        command += ["--out", str(tmp_path / "out")]
    done = subprocess.run(command, capture_output=True, text=True, timeout=120,
                          env={**os.environ, "COLUMNS": "200"})  # fmt: skip
    check_clean_error(done.returncode, done.stderr, Path("/dev/zero"), "not a regular file")
