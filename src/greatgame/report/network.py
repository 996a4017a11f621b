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

from greatgame.records import Scenario
from greatgame.report.context import evidence_row
from greatgame.report.inputs import ReportInputs, finite

BLOC_COLOURS = ("#4e79a7", "#f28e2b", "#59a14f", "#b07aa1", "#76b7b2", "#edc948", "#9c755f")
NO_BLOC = "#9aa0a6"
ALLY = "#2a9d5b"
RIVAL = "#c8333b"
_CANVAS = 560.0  # the layout's span in cytoscape model units
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


def _spring(component: nx.Graph) -> dict[str, tuple[float, float]]:
    """A seeded spring layout of one connected component, scaled into the unit square."""
    if component.number_of_nodes() == 1:
        return {next(iter(component.nodes)): (0.5, 0.5)}
    raw = nx.spring_layout(component, weight="pull", seed=_LAYOUT_SEED, iterations=200)
    xs = [float(p[0]) for p in raw.values()]
    ys = [float(p[1]) for p in raw.values()]
    span = max(max(xs) - min(xs), max(ys) - min(ys)) or 1.0
    return {
        n: ((float(p[0]) - min(xs)) / span, (float(p[1]) - min(ys)) / span) for n, p in raw.items()
    }


def layout(graph: nx.Graph) -> dict[str, tuple[float, float]]:
    """Node positions in model units, rounded.

    Each connected component gets its own seeded spring layout, in a box as wide as the
    square root of its size, side by side; actors with no tie sit in a row underneath, so
    one isolated actor cannot squeeze the rest of the picture into a corner.
    """
    ordered = _sorted_copy(graph)
    parts = sorted(
        (sorted(c) for c in nx.connected_components(ordered)), key=lambda c: (-len(c), c[0])
    )
    groups = [c for c in parts if len(c) > 1]
    loners = [c[0] for c in parts if len(c) == 1]
    widths = [math.sqrt(len(c)) for c in groups]
    total = sum(widths) or 1.0
    positions: dict[str, tuple[float, float]] = {}
    left = 0.0
    for component, width in zip(groups, widths, strict=True):
        box = _CANVAS * width / total
        for node, (x, y) in _spring(ordered.subgraph(component)).items():
            positions[node] = (left + 0.1 * box + 0.8 * box * x, 0.1 * box + 0.8 * box * y)
        left += box
    base = max((y for _, y in positions.values()), default=0.0) + (90.0 if groups else 0.0)
    step = _CANVAS / max(len(loners), 1)
    for index, node in enumerate(loners):
        positions[node] = (step * (index + 0.5), base)
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


def network(inputs: ReportInputs, names: Mapping[str, str]) -> dict[str, Any]:
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
        }
        for index, bloc in enumerate(inputs.blocs)
    ]
    said = {
        tuple(sorted((r.a, r.b))): [evidence_row(e) for e in r.evidence]
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


def _evidence_count(value: Any) -> int:
    if isinstance(value, bool) or value is None:
        return 0
    if isinstance(value, int | float):
        return int(value)
    try:
        return len(value)
    except TypeError:
        return 0
