"""Exports read back: GraphML with networkx, events as JSON Lines, tables with pandas."""

from __future__ import annotations

import json

import networkx as nx
import pandas as pd
import pytest

from greatgame.records import Evidence
from greatgame.registry import exporters
from greatgame.report import write_events_jsonl, write_graphml, write_tables
from greatgame.report.export import forecasts_frame

from .conftest import HOSTILE


def test_graphml_reads_back_with_weights_and_blocs(inputs, tmp_path) -> None:
    path = write_graphml(inputs.graph, tmp_path / "g" / "graph.graphml", blocs=inputs.blocs)
    back = nx.read_graphml(path)
    assert set(back.nodes) == set(inputs.graph.nodes)
    assert back.number_of_edges() == inputs.graph.number_of_edges()
    assert back.edges["TAL", "USA"]["weight"] == pytest.approx(-0.9)
    assert back.nodes["USA"]["name"] == "United States"
    assert back.nodes["USA"]["capability"] == pytest.approx(0.14)
    assert back.nodes["USA"]["bloc"] == 1 and back.nodes["TAL"]["bloc"] == 2


def test_graphml_takes_attributes_graphml_cannot_hold(tmp_path) -> None:
    graph = nx.Graph()
    graph.add_node("A", aliases=("x", "y"), note=None, extra={"k": 1})
    graph.add_node("B")
    graph.add_edge("A", "B", weight=0.5, evidence=(Evidence(kind="default"),) * 3)
    back = nx.read_graphml(write_graphml(graph, tmp_path / "g.graphml"))
    assert back.nodes["A"]["aliases"] == "x;y"
    assert "note" not in back.nodes["A"]
    assert json.loads(back.nodes["A"]["extra"]) == {"k": 1}
    assert back.edges["A", "B"]["evidence"] == 3


def test_graphml_is_the_same_whatever_the_insertion_order(inputs, tmp_path) -> None:
    shuffled = nx.Graph()
    shuffled.add_nodes_from(reversed(list(inputs.graph.nodes(data=True))))
    shuffled.add_edges_from(reversed(list(inputs.graph.edges(data=True))))
    one = write_graphml(inputs.graph, tmp_path / "a.graphml").read_bytes()
    two = write_graphml(shuffled, tmp_path / "b.graphml").read_bytes()
    assert one == two


def test_events_jsonl_reads_back(inputs, tmp_path) -> None:
    path = write_events_jsonl(inputs.extractions, tmp_path / "events.jsonl")
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert len(records) == sum(len(x.events) for x in inputs.extractions)
    first = records[0]
    assert first["id"] == "a1-e0"
    assert first["type"] == "CONSULT" and first["mode"] == "visit" and first["cameo"] == "042"
    assert first["source_actors"] == ["RUS"] and first["target_actors"] == ["TAL"]
    assert first["goldstein"] == pytest.approx(1.9) and first["date"] == "2016-12"
    undated = next(r for r in records if r["type"] == "RETREAT")
    assert undated["date"] == "2017-03-15" and undated["date_source"] == "publication"
    assert undated["future"] is True
    assert any(r["text"] == HOSTILE for r in records)


def test_tables_read_back_as_csv_and_parquet(inputs, tmp_path) -> None:
    pytest.importorskip("pyarrow", reason="Parquet needs pyarrow")
    written = write_tables(inputs, tmp_path / "tables")
    names = sorted(p.name for p in written)
    assert "actors.csv" in names and "forecasts.parquet" in names and len(names) == 12
    for name in ("actors", "positions", "relations", "forecasts", "whatifs", "events"):
        csv = pd.read_csv(tmp_path / "tables" / f"{name}.csv")
        parquet = pd.read_parquet(tmp_path / "tables" / f"{name}.parquet")
        assert list(csv.columns) == list(parquet.columns)
        assert len(csv) == len(parquet)
    actors = pd.read_parquet(tmp_path / "tables" / "actors.parquet")
    assert actors.set_index("id").loc["USA", "capability_source"] == "COW NMC 6.0 + WB GDP"
    assert len(actors) == len(inputs.scenario.actors)
    positions = pd.read_csv(tmp_path / "tables" / "positions.csv")
    assert len(positions) == len(inputs.scenario.positions)
    forecasts = pd.read_parquet(tmp_path / "tables" / "forecasts.parquet")
    assert len(forecasts) == 10  # two issues, five models
    mean = forecasts.set_index(["issue", "model"]).loc[("presence", "mean")]
    assert pd.isna(mean["ci80_low"])  # no interval given, none invented


def test_forecasts_frame_orders_models(inputs) -> None:
    frame = forecasts_frame(inputs.forecast)
    first = frame[frame["issue"] == "presence"]["model"].tolist()
    assert first == ["eum", "exchange", "compromise", "median", "mean"]


def test_exporters_are_registered() -> None:
    assert exporters.get("graphml") is write_graphml
    assert exporters.get("events_jsonl") is write_events_jsonl
    assert exporters.get("tables") is write_tables
