"""The network layout is the same bytes whatever PYTHONHASHSEED is (issue 18, item 10)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

# Two components (so each is laid out as a subgraph of the whole) and two lone actors.
SCRIPT = """
import json
import networkx as nx
from greatgame.report.network import layout

graph = nx.Graph()
ties = [("USA", "AFG", 0.7), ("USA", "RUS", -0.5), ("RUS", "TAL", 0.3), ("AFG", "PAK", -0.2),
        ("PAK", "CHN", 0.8), ("CHN", "RUS", 0.4), ("IRN", "IND", 0.6), ("IND", "EU", 0.5),
        ("EU", "IRN", -0.3), ("EU", "UN", 0.2)]
for a, b, w in ties:
    graph.add_edge(a, b, weight=w)
graph.add_nodes_from(["NATO", "QAT"])
print(json.dumps(layout(graph), sort_keys=True))
"""


def _layout_with_hash_seed(seed: str) -> bytes:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT], env=env, capture_output=True, check=True, timeout=120
    )
    return done.stdout


def test_network_layout_does_not_depend_on_the_hash_seed():
    first = _layout_with_hash_seed("1")
    assert first.strip()
    for seed in ("2", "12345"):
        assert _layout_with_hash_seed(seed) == first


REPORT_SCRIPT = """
import sys
from pathlib import Path
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from tests.report.conftest import build_inputs
from greatgame.report import render_report
render_report(build_inputs(), Path(sys.argv[2]))
"""


def test_the_whole_report_is_the_same_bytes_whatever_the_hash_seed(tmp_path):
    root = str(Path(__file__).resolve().parents[2])
    pages = []
    for seed in ("1", "2"):
        target = tmp_path / f"report-{seed}.html"
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run([sys.executable, "-c", REPORT_SCRIPT, root, str(target)], env=env,
                       check=True, capture_output=True, timeout=300)  # fmt: skip
        pages.append(target.read_bytes())
    assert pages[0] == pages[1]
