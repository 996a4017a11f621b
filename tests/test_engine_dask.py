"""The Dask engine on a real cluster (.ci/run starts a scheduler and two workers and says
where in GREATGAME_DASK_SCHEDULER): results in order from the cluster's workers, a task
whose worker died run again with no stored article lost, and one clear error for a
scheduler that cannot be reached. Same outputs as every engine: tests/test_engine.py."""

from __future__ import annotations

import os

import numpy as np
import pytest
from typer.testing import CliRunner

from greatgame.cli.app import app
from greatgame.engine.checks import DiesOnce, square, where

from .test_engine import FIXTURE, Sabotaged, dask_scheduler, voa_sample

runner = CliRunner()


@pytest.fixture(scope="module")
def cluster():
    """The Dask engine on the CI cluster, started once for the module."""
    from greatgame.engine import DaskEngine

    with DaskEngine(scheduler=dask_scheduler()) as engine:
        yield engine


def test_results_come_in_order_from_the_cluster_workers(cluster):
    results = list(cluster.map(where, range(16)))
    assert [x for x, _ in results] == list(range(16))
    assert os.getpid() not in {pid for _, pid in results}
    assert cluster.workers >= 2


def test_a_task_whose_dask_worker_dies_once_is_run_again(cluster, tmp_path):
    task = DiesOnce(square, str(tmp_path / "died"))
    assert list(cluster.map(task, range(8))) == [x * x for x in range(8)]
    assert (tmp_path / "died").exists()


@pytest.mark.slow
def test_a_dask_worker_that_dies_while_extracting_loses_no_stored_article(
        shared_data, tmp_path, monkeypatch):
    """read_corpus stores each batch as it comes back; the batch whose worker died is
    extracted again, so every article ends up in the store with its extraction."""
    from greatgame import batches
    from greatgame.api import read_corpus
    from greatgame.engine import DaskEngine
    from greatgame.store import Store

    monkeypatch.setattr(batches, "IN_PLACE", 1)  # 6 articles, one task each
    stories = voa_sample(shared_data, tmp_path, 6)
    db = tmp_path / "gg.duckdb"
    engine = Sabotaged(DaskEngine(scheduler=dask_scheduler()), tmp_path / "died")
    with engine:
        extractions = read_corpus([stories], db=db, engine=engine)
    assert (tmp_path / "died").exists()
    with Store(db, read_only=True) as store:
        assert sorted(store.extracted_ids()) == sorted(e.article.id for e in extractions)
        assert len(store.extracted_ids()) == 6


def test_a_local_cluster_started_by_the_engine_gives_the_same_draws():
    pytest.importorskip("distributed", reason="dask[distributed] is not installed")
    from greatgame.engine import DaskEngine
    from greatgame.models.base import IssueInputs, IssueRanges
    from greatgame.models.baselines import Compromise
    from greatgame.models.montecarlo import CHUNK, monte_carlo

    from .models.conftest import ec_scenario

    scenario = ec_scenario(spread=0.2)
    inputs = IssueInputs.from_scenario(scenario, "ec")
    ranges = IssueRanges.from_scenario(scenario, "ec")
    here = monte_carlo(Compromise(), inputs, ranges, draws=30 * CHUNK, seed=2)
    with DaskEngine(workers=2) as engine:
        assert engine.describe() == "dask, 2 workers on a LocalCluster"
        there = monte_carlo(Compromise(), inputs, ranges, draws=30 * CHUNK, seed=2,
                            engine=engine)
    np.testing.assert_array_equal(here.values, there.values)


def test_an_unreachable_scheduler_is_one_error_and_exit_1(monkeypatch):
    pytest.importorskip("distributed", reason="dask[distributed] is not installed")
    from greatgame.engine import cluster as dask_engine

    monkeypatch.setattr(dask_engine, "TIMEOUT", 0.5)
    result = runner.invoke(app, ["forecast", str(FIXTURE), "--engine", "dask",
                                 "--scheduler", "tcp://127.0.0.1:9"])
    assert result.exit_code == 1
    error = result.stderr.strip()
    assert "\n" not in error
    assert error.startswith("error: cannot reach the Dask scheduler at 'tcp://127.0.0.1:9'")


def test_without_dask_the_dask_engine_says_how_to_install_it(monkeypatch):
    import sys

    from greatgame.engine import DaskEngine, EngineError

    monkeypatch.setitem(sys.modules, "distributed", None)  # import distributed fails
    with pytest.raises(EngineError, match=r"pip install 'greatgame\[dask\]'"):
        DaskEngine(workers=1).start()


def test_engine_options_are_on_every_command_that_reads_or_draws():
    for command in ("ingest", "extract", "analyze", "forecast"):
        result = runner.invoke(app, [command, "--help"], env={"COLUMNS": "200"})
        for option in ("--engine", "--workers", "--scheduler"):
            assert option in result.output, (command, option)
