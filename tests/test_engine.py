"""The engines keep their promises (issue 21, item 1): results in the items' order, a task
whose worker died run again, and the same outputs, byte for byte, on any engine and any
number of workers. The local engine's tests; the Dask engine's are in test_engine_dask.py."""

from __future__ import annotations

import json
import os
import pickle
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from typer.testing import CliRunner

from greatgame.cli.app import app
from greatgame.engine import Engine, EngineError, LocalEngine, current, open_engine, use
from greatgame.engine.checks import DiesOnce, fail, square, where
from greatgame.errors import InputError
from greatgame.models.base import IssueInputs, IssueRanges
from greatgame.models.eum import ExpectedUtility
from greatgame.models.montecarlo import CHUNK, chunk_groups, monte_carlo

from .models.conftest import ec_scenario

ROOT = Path(__file__).resolve().parents[1]
FIXTURE = ROOT / "tests" / "fixtures" / "afghanistan.yaml"
runner = CliRunner()


class Sabotaged(Engine):
    """Runs every task on ``inner``, but the first worker to run one dies first."""

    def __init__(self, inner: Engine, marker: Path) -> None:
        super().__init__(workers=inner.workers)
        self.inner, self.marker = inner, str(marker)
        self.name = inner.name

    def map(self, fn: Callable[[Any], Any], items: Iterable[Any]) -> Iterator[Any]:
        return self.inner.map(DiesOnce(fn, self.marker), items)

    def start(self) -> None:
        self.inner.start()

    def close(self) -> None:
        self.inner.close()


def write_jsonl(path: Path, lines: int, *, bad: int | None = None) -> Path:
    """``lines`` distinct short stories; line ``bad`` (when given) is not JSON."""
    body = "The minister said talks with Kabul and Moscow would resume after the clashes. " * 4
    rows = [json.dumps({"id": n, "text": f"Story {n}\n\n{body}Number {n} said so."})
            for n in range(1, lines + 1)]
    if bad is not None:
        rows[bad - 1] = "{not json"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def test_the_local_pool_gives_results_in_order_from_other_processes():
    with LocalEngine(workers=2) as engine:
        results = list(engine.map(where, range(20)))
    assert [x for x, _ in results] == list(range(20))
    assert os.getpid() not in {pid for _, pid in results}


def test_one_worker_runs_every_task_in_this_process():
    engine = LocalEngine(workers=1)
    assert {pid for _, pid in engine.map(where, range(5))} == {os.getpid()}
    assert current().workers == 1  # nothing entered: this process


def test_the_engine_entered_last_is_current():
    outer, inner = LocalEngine(workers=1), LocalEngine(workers=3)
    with outer:
        with use(inner):
            assert current() is inner
        assert current() is outer


def test_a_task_whose_worker_dies_once_is_run_again(tmp_path):
    with LocalEngine(workers=2) as engine:
        assert list(engine.map(DiesOnce(square, str(tmp_path / "died")), range(12))) == [
            x * x for x in range(12)]
    assert (tmp_path / "died").exists()  # a worker did die


def test_a_task_that_kills_every_worker_is_one_engine_error(tmp_path):
    task = DiesOnce(square, str(tmp_path / "died"), always=True)
    with LocalEngine(workers=2, retries=1) as engine, pytest.raises(EngineError,
                                                                    match="died 2 times"):
        list(engine.map(task, range(4)))


def test_a_task_error_is_raised_as_the_task_raised_it():
    with LocalEngine(workers=2) as engine, pytest.raises(ValueError, match="3 is refused"):
        list(engine.map(fail, range(6)))


def test_an_input_error_survives_the_trip_back_from_a_worker():
    exc = pickle.loads(pickle.dumps(InputError("a.jsonl", "not valid JSON", where="line 7")))
    assert (exc.path, exc.problem, exc.where) == ("a.jsonl", "not valid JSON", "line 7")


def test_open_engine_refuses_what_cannot_work():
    with pytest.raises(EngineError, match="needs --engine dask"):
        open_engine("local", scheduler="tcp://127.0.0.1:8786")
    with pytest.raises(EngineError, match="one or the other"):
        open_engine("dask", workers=2, scheduler="tcp://127.0.0.1:8786")
    with pytest.raises(EngineError, match="use one of local, dask"):
        open_engine("spark")
    with pytest.raises(EngineError, match="1 or more"):
        open_engine("local", workers=0)


@pytest.fixture(scope="module")
def ec():
    scenario = ec_scenario(spread=0.2)
    return IssueInputs.from_scenario(scenario, "ec"), IssueRanges.from_scenario(scenario, "ec")


@pytest.mark.parametrize("name", ["local", "dask"])
def test_monte_carlo_values_are_the_same_on_every_engine(name, ec):
    inputs, ranges = ec
    draws = 20 * CHUNK + 5
    assert len(chunk_groups(21, 2)) > 1  # the workers really get several tasks
    here = monte_carlo(ExpectedUtility(), inputs, ranges, draws=draws, seed=7)
    with engine_named(name) as engine:
        pooled = monte_carlo(ExpectedUtility(), inputs, ranges, draws=draws, seed=7,
                             engine=engine)
    np.testing.assert_array_equal(here.values, pooled.values)


FORECAST = ["forecast", str(FIXTURE), "--draws", "12000", "--seed", "3", "--json"]


@pytest.fixture(scope="module")
def forecast_here() -> str:
    """``greatgame forecast --json`` of the fixture in this process (--workers 1)."""
    result = runner.invoke(app, [*FORECAST, "--workers", "1"])
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.mark.parametrize("name", ["local", "dask"])
def test_forecast_json_is_byte_identical_on_every_engine(name, forecast_here):
    options = (["--scheduler", dask_scheduler()] if name == "dask"
               else ["--engine", "local", "--workers", "2"])
    result = runner.invoke(app, [*FORECAST, *options])
    assert result.exit_code == 0, result.output
    assert result.stdout == forecast_here


def test_a_scheduler_without_the_dask_engine_is_one_error_and_exit_1():
    result = runner.invoke(app, ["forecast", str(FIXTURE), "--engine", "local",
                                 "--scheduler", "tcp://127.0.0.1:8786"])
    assert result.exit_code == 1
    assert result.stderr.strip().count("\n") == 0
    assert "--scheduler tcp://127.0.0.1:8786 is a Dask scheduler" in result.stderr


def test_ingest_read_in_tasks_stores_what_one_process_stores(tmp_path):
    from greatgame.cli.ingest import ingest_paths

    source = write_jsonl(tmp_path / "stories.jsonl", 300, bad=280)
    here = ingest_paths([source], db=tmp_path / "here.duckdb")
    with LocalEngine(workers=2) as engine:
        pooled = ingest_paths([source], db=tmp_path / "pool.duckdb", engine=engine)
    assert [a.id for a in pooled.new] == [a.id for a in here.new]
    assert len(here.new) == 299
    assert [e.message for e in pooled.failed] == [e.message for e in here.failed]
    assert here.failed[0].where == "line 280"  # the line's own number, read in task 2


def test_a_worker_that_dies_during_ingest_loses_no_article(tmp_path):
    from greatgame.cli.ingest import ingest_paths
    from greatgame.store import Store

    source = write_jsonl(tmp_path / "stories.jsonl", 600)
    engine = Sabotaged(LocalEngine(workers=2), tmp_path / "died")
    with engine:
        summary = ingest_paths([source], db=tmp_path / "gg.duckdb", engine=engine)
    assert (tmp_path / "died").exists()
    assert len(summary.new) == 600 and not summary.failed
    with Store(tmp_path / "gg.duckdb", read_only=True) as store:
        assert store.count() == 600


def dask_scheduler() -> str:
    """The address of the cluster .ci/run starts, or skip: without it the Dask engine's
    tests cannot run (CI always gives one)."""
    pytest.importorskip("distributed", reason="dask[distributed] is not installed "
                                              "(pip install -e '.[dev]')")
    address = os.environ.get("GREATGAME_DASK_SCHEDULER")
    if not address:
        pytest.skip("no Dask cluster: GREATGAME_DASK_SCHEDULER is not set (.ci/run starts "
                    "one: dask scheduler and two dask workers)")
    return address


def engine_named(name: str) -> Engine:
    """Two local workers, or the Dask cluster of the CI run."""
    if name == "dask":
        from greatgame.engine import DaskEngine

        return DaskEngine(scheduler=dask_scheduler())
    return LocalEngine(workers=2)


@pytest.fixture(scope="module")
def voa_here(shared_data, tmp_path_factory):
    """6 VOA stories analysed in this process: their forecast.json and system.yaml."""
    from greatgame.api import analyze

    folder = tmp_path_factory.mktemp("voa")
    stories = voa_sample(shared_data, folder, 6)
    analyze([stories], out=folder / "here", draws=200, seed=5, every=None,
            engine=LocalEngine(workers=1))
    return stories, outputs(folder / "here")


@pytest.mark.slow
@pytest.mark.parametrize("name", ["local", "dask"])
def test_analyze_writes_the_same_forecast_and_system_on_every_engine(name, voa_here, tmp_path,
                                                                     monkeypatch):
    from greatgame import batches
    from greatgame.api import analyze

    monkeypatch.setattr(batches, "IN_PLACE", 1)  # 6 articles, one task each
    stories, here = voa_here
    with engine_named(name) as engine:
        analyze([stories], out=tmp_path, draws=200, seed=5, every=None, engine=engine)
    difference = first_difference(here, outputs(tmp_path))
    assert not difference, difference


def outputs(folder: Path) -> dict[str, str]:
    """forecast.json and every system.yaml and forecast.json: the run's one system, or
    each contest's in contests/ID/ when the stories raise several."""
    found = [folder / "forecast.json", *sorted(folder.glob("system.yaml")),
             *sorted(folder.glob("contests/*/system.yaml")),
             *sorted(folder.glob("contests/*/forecast.json"))]
    return {path.relative_to(folder).as_posix(): path.read_text(encoding="utf-8")
            for path in found}


def first_difference(ours: dict[str, str], theirs: dict[str, str]) -> str:
    """Where two runs' outputs part (for the failure message), or "" when they do not."""
    import difflib

    if set(ours) != set(theirs):
        return f"files differ: {sorted(set(ours) ^ set(theirs))}"
    for name, text in ours.items():
        diff = list(difflib.unified_diff(text.splitlines(), theirs[name].splitlines(),
                                         lineterm="", n=2))
        if diff:
            return f"{name}:\n" + "\n".join(diff[:30])
    return ""


def voa_sample(shared_data: Path, folder: Path, count: int) -> Path:
    """The first ``count`` VOA stories as a JSON Lines file of their own."""
    lines = (shared_data / "voa" / "voa_stories.jsonl").read_text(encoding="utf-8")
    path = folder / "voa.jsonl"
    path.write_text("\n".join(lines.splitlines()[:count]) + "\n", encoding="utf-8")
    return path
