"""The alliance/rivalry network as cytoscape.js elements, laid out in Python.

The layout is computed here (networkx spring layout, fixed seed, nodes in sorted order) and
handed to cytoscape as a ``preset``, so the page is the same on every render and the picture
does not move on every reload. Nodes are sized by capability, coloured by bloc; edges are
coloured by sign and drawn as wide as the tie is strong.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import networkx as nx
import numpy as np

from greatgame.records import Scenario
from greatgame.report.context import evidence_row
from greatgame.report.inputs import ReportInputs, finite
from greatgame.report.sources import Sources

BLOC_COLOURS = ("#4e79a7", "#f28e2b", "#59a14f", "#b07aa1", "#76b7b2", "#edc948", "#9c755f")
NO_BLOC = "#9aa0a6"
ALLY = "#2a9d5b"
RIVAL = "#c8333b"
_CELL = 130.0  # room for one node and its label, in cytoscape model units
_ROW_WIDTH = 1100.0  # components wrap onto a new row beyond this width
_LAYOUT_SEED = 7


def relation_graph(scenario: Scenario) -> nx.Graph:
    """A graph from the scenario's relations, for when no graph is passed in."""
    graph = nx.Graph()
    for actor in scenario.actors:
        graph.add_node(actor.id, name=actor.name, kind=actor.kind, capability=actor.capability)
    for relation in scenario.relations:
        graph.add_edge(
            relation.a, relation.b, weight=relation.weight, evidence=len(relation.evidence)
        )
    return graph


def _sorted_copy(graph: nx.Graph) -> nx.Graph:
    """The same graph with nodes and edges inserted in sorted order (order fixes layout)."""
    copy = nx.Graph()
    for node in sorted(graph.nodes, key=str):
        copy.add_node(str(node))
    for a, b, data in graph.edges(data=True):
        weight = finite(data.get("weight")) or 0.0
        # Allies pull harder than rivals; every tie pulls a little so rivals stay nearby.
        copy.add_edge(str(a), str(b), pull=0.15 + 0.85 * (weight + 1.0) / 2.0)
    return copy


def _component(graph: nx.Graph, members: Sequence[str]) -> nx.Graph:
    """The subgraph on ``members`` as a graph of its own, nodes and edges in sorted order.

    ``graph.subgraph(members)`` would not do: a subgraph view iterates its nodes in the order
    of a Python set, which changes with PYTHONHASHSEED, and the spring layout follows that
    order; the report then differed from run to run.
    """
    part = nx.Graph()
    part.add_nodes_from(sorted(members))
    edges = (tuple(sorted((a, b))) + (d,) for a, b, d in graph.subgraph(members).edges(data=True))
    part.add_edges_from(sorted(edges, key=lambda e: (e[0], e[1])))
    return part


def _spring(component: nx.Graph) -> dict[str, tuple[float, float]]:
    """A seeded spring layout of one connected component, scaled into the unit square."""
    if component.number_of_nodes() == 1:
        return {next(iter(component.nodes)): (0.5, 0.5)}
    n = component.number_of_nodes()
    raw = nx.spring_layout(
        component, k=1.5 / math.sqrt(n), weight="pull", seed=_LAYOUT_SEED, iterations=200
    )
    raw = _spread(raw, gap=0.8 / math.sqrt(n))
    xs = [float(p[0]) for p in raw.values()]
    ys = [float(p[1]) for p in raw.values()]
    span = max(max(xs) - min(xs), max(ys) - min(ys)) or 1.0
    # Centre the narrower extent, so a component laid out flat sits mid-box.
    dx = (1.0 - (max(xs) - min(xs)) / span) / 2
    dy = (1.0 - (max(ys) - min(ys)) / span) / 2
    return {
        n: ((float(p[0]) - min(xs)) / span + dx, (float(p[1]) - min(ys)) / span + dy)
        for n, p in raw.items()
    }


def _spread(raw: dict[str, Any], gap: float, rounds: int = 60) -> dict[str, np.ndarray]:
    """Push apart nodes closer than ``gap`` (relative to the layout's span), so big nodes
    and their labels do not sit on top of each other; the spring layout allows that."""
    nodes = list(raw)
    xy = np.array([raw[n] for n in nodes], dtype=float)
    span = float(np.ptp(xy, axis=0).max()) or 1.0
    xy /= span
    for _ in range(rounds):
        delta = xy[:, None, :] - xy[None, :, :]
        dist = np.sqrt((delta**2).sum(axis=2)) + np.eye(len(nodes))
        push = np.clip(gap - dist, 0.0, None) / dist / 2
        np.fill_diagonal(push, 0.0)
        if not push.any():
            break
        xy += (delta * push[:, :, None]).sum(axis=1)
    return dict(zip(nodes, xy, strict=True))


def layout(graph: nx.Graph) -> dict[str, tuple[float, float]]:
    """Node positions in model units, rounded.

    Each connected component gets its own seeded spring layout in a square box that grows
    with the square root of its size; boxes are packed left to right in rows (largest
    first). Actors with no tie sit in a grid underneath, so a crowd of isolated actors
    cannot squeeze the connected ones into a corner or pile their labels on each other.
    """
    ordered = _sorted_copy(graph)
    parts = sorted(
        (sorted(c) for c in nx.connected_components(ordered)), key=lambda c: (-len(c), c[0])
    )
    groups = [c for c in parts if len(c) > 1]
    loners = [c[0] for c in parts if len(c) == 1]
    positions: dict[str, tuple[float, float]] = {}
    left = top = row_height = 0.0
    for component in groups:
        side = _CELL * math.sqrt(len(component)) + _CELL / 2
        if left > 0 and left + side > _ROW_WIDTH:
            left, top, row_height = 0.0, top + row_height, 0.0
        inner = side - _CELL / 2
        for node, (x, y) in _spring(_component(ordered, component)).items():
            positions[node] = (left + _CELL / 4 + inner * x, top + _CELL / 4 + inner * y)
        left += side
        row_height = max(row_height, side)
    top += row_height
    columns = max(3, min(len(loners), int(_ROW_WIDTH // _CELL)))
    for index, node in enumerate(loners):
        row, column = divmod(index, columns)
        positions[node] = (_CELL * (column + 0.5), top + _CELL * 0.6 * (row + 0.5))
    return {n: (round(x, 1), round(y, 1)) for n, (x, y) in positions.items()}


def bloc_of(blocs: Sequence[Iterable[str]]) -> dict[str, int]:
    """Bloc index of each member; a node in two blocs keeps the first."""
    found: dict[str, int] = {}
    for index, bloc in enumerate(blocs):
        for member in sorted(str(m) for m in bloc):
            found.setdefault(member, index)
    return found


def node_size(capability: float | None, largest: float) -> float:
    """Diameter in pixels, 22-76, by the square root of capability share (area ~ share)."""
    if not capability or largest <= 0:
        return 22.0
    return round(22.0 + 54.0 * math.sqrt(capability / largest), 1)


def network(inputs: ReportInputs, names: Mapping[str, str],
            sources: Sources | None = None) -> dict[str, Any]:
    """Cytoscape elements, the bloc legend and the strongest ties, in a fixed order."""
    graph = inputs.graph if inputs.graph is not None else relation_graph(inputs.scenario)
    caps = {a.id: a.capability for a in inputs.scenario.actors}
    kinds = {a.id: a.kind for a in inputs.scenario.actors}
    blocs = bloc_of(inputs.blocs)
    positions = layout(graph)

    def capability(node: str, data: Mapping[str, Any]) -> float | None:
        value = finite(data.get("capability"))
        return value if value is not None else caps.get(node)

    node_data = {str(n): d for n, d in graph.nodes(data=True)}
    largest = max((capability(n, d) or 0.0 for n, d in node_data.items()), default=0.0)
    nodes = []
    for node in sorted(node_data):
        data = node_data[node]
        cap = capability(node, data)
        bloc = blocs.get(node)
        colour = NO_BLOC if bloc is None else BLOC_COLOURS[bloc % len(BLOC_COLOURS)]
        x, y = positions[node]
        nodes.append(
            {
                "data": {
                    "id": node,
                    "label": names.get(node, str(data.get("name") or node)),
                    "kind": str(data.get("kind") or kinds.get(node, "other")),
                    "capability": cap,
                    "size": node_size(cap, largest),
                    "colour": colour,
                    "bloc": bloc + 1 if bloc is not None else None,
                },
                "position": {"x": x, "y": y},
            }
        )
    edges = []
    for a, b, data in sorted(
        ((str(a), str(b), d) for a, b, d in graph.edges(data=True)), key=lambda e: (e[0], e[1])
    ):
        a, b = sorted((a, b))
        weight = finite(data.get("weight")) or 0.0
        edges.append(
            {
                "data": {
                    "id": f"{a}--{b}",
                    "source": a,
                    "target": b,
                    "weight": round(weight, 3),
                    "evidence": _evidence_count(data.get("evidence")),
                    "colour": ALLY if weight >= 0 else RIVAL,
                    "width": round(1.0 + 7.0 * abs(weight), 2),
                    "style": "solid" if weight >= 0 else "dashed",
                }
            }
        )
    edges.sort(key=lambda e: e["data"]["id"])
    legend = [
        {
            "bloc": index + 1,
            "colour": BLOC_COLOURS[index % len(BLOC_COLOURS)],
            "members": ", ".join(names.get(m, m) for m in sorted(str(m) for m in bloc)),
            "rivals": "; ".join(
                f"{names.get(a, a)} \u2013 {names.get(b, b)}" for a, b in rivals_within(graph, bloc)
            ),
        }
        for index, bloc in enumerate(inputs.blocs)
    ]
    said = {
        tuple(sorted((r.a, r.b))): [evidence_row(e, sources) for e in r.evidence]
        for r in inputs.scenario.relations
    }
    ties = sorted(
        (
            {
                "a": names.get(e["data"]["source"], e["data"]["source"]),
                "b": names.get(e["data"]["target"], e["data"]["target"]),
                "weight": e["data"]["weight"],
                "evidence": e["data"]["evidence"],
                "items": said.get((e["data"]["source"], e["data"]["target"]), []),
            }
            for e in edges
        ),
        key=lambda t: (-abs(t["weight"]), t["a"], t["b"]),
    )
    return {"nodes": nodes, "edges": edges, "legend": legend, "ties": ties}


def rivals_within(graph: nx.Graph, bloc: Iterable[str], *,
                  threshold: float = -0.3) -> list[tuple[str, str]]:
    """Pairs of one bloc whose own tie is a rivalry (weight at most ``threshold``).

    Blocs are read from positive ties alone, so two rivals joined through a third actor
    (the US and the Taliban through Afghanistan and Russia in the seed) can share one; the
    legend says so rather than let the colour suggest an alliance.
    """
    members = sorted(str(m) for m in bloc)
    return [(a, b) for i, a in enumerate(members) for b in members[i + 1:]
            if graph.has_edge(a, b) and (finite(graph[a][b].get("weight")) or 0.0) <= threshold]


def _evidence_count(value: Any) -> int:
    if isinstance(value, bool) or value is None:
        return 0
    if isinstance(value, int | float):
        return int(value)
    try:
        return len(value)
    except TypeError:
        return 0
