"""A small hand-built Afghanistan system in every shape the report reads.

The numbers are invented for the test, in the shapes the engine and the extraction produce;
one quote carries markup and a closing script tag to prove that article text is escaped.
"""

from __future__ import annotations

import datetime as dt

import networkx as nx
import numpy as np
import pytest

from greatgame.records import (
    Actor,
    ActorRef,
    Article,
    Event,
    Evidence,
    Extraction,
    Issue,
    Mention,
    Position,
    Quote,
    Relation,
    Scenario,
    Stance,
    TimeRef,
)
from greatgame.report import ReportInputs

HOSTILE = "</script><script>window.pwned = 1</script><b>bold</b> & <!-- x"

ACTORS = (
    Actor(id="USA", name="United States", kind="state", country="USA", capability=0.14,
          capability_low=0.12, capability_high=0.16, capability_source="COW NMC 6.0 + WB GDP",
          capability_year=2016),
    Actor(id="RUS", name="Russia", kind="state", country="RUS", capability=0.04,
          capability_source="COW NMC 6.0 + WB GDP", capability_year=2016),
    Actor(id="AFGGOV", name="Afghan government", kind="state", country="AFG", sector="GOV",
          capability=0.004, capability_source="COW NMC 6.0 + WB GDP", capability_year=2016),
    Actor(id="TAL", name="Taliban", kind="armed_group", country="AFG", capability=0.003,
          aliases=("the Taliban",)),
    Actor(id="PAK", name="Pakistan", kind="state", country="PAK", capability=0.02,
          capability_source="COW NMC 6.0 + WB GDP", capability_year=2016),
    Actor(id="KABULOV", name="Zamir Kabulov", kind="person", country="RUS", capability=0.001),
)  # fmt: skip

ISSUES = (
    Issue(id="presence", name="Foreign military presence", low_label="full withdrawal",
          high_label="large lasting presence", cues=("troops", "withdrawal")),
    Issue(id="taliban_role", name="The Taliban's place in Afghan politics",
          low_label="excluded, fought", high_label="in power", description="Who rules Kabul."),
)  # fmt: skip


def _sentence(text: str, start: int) -> Evidence:
    return Evidence(kind="sentence", text=text, article_id="a1", start=start, end=start + len(text))


POSITIONS = (
    Position(actor="USA", issue="presence", position=80, position_low=70, position_high=90,
             salience=0.8, salience_low=0.7, salience_high=0.9, set_by="evidence",
             evidence=(_sentence("The US keeps 8,400 troops in Afghanistan.", 10),)),
    Position(actor="RUS", issue="presence", position=15, salience=0.6, set_by="analyst"),
    Position(actor="TAL", issue="presence", position=0, position_low=0, position_high=10,
             salience=1.0, set_by="evidence",
             evidence=(Evidence(kind="quote", text=HOSTILE, article_id="a1", start=400, end=460),)),
    Position(actor="USA", issue="taliban_role", position=10, salience=0.5, set_by="evidence",
             evidence=(_sentence("Washington fights the Taliban.", 90),)),
    Position(actor="RUS", issue="taliban_role", position=60, position_low=50, position_high=70,
             salience=0.6, set_by="evidence",
             evidence=(_sentence("Moscow opened talks with the Taliban.", 120),)),
    Position(actor="AFGGOV", issue="taliban_role", position=5, salience=0.9, set_by="default"),
    Position(actor="TAL", issue="taliban_role", position=100, salience=1.0, set_by="evidence"),
    Position(actor="PAK", issue="taliban_role", position=55, salience=0.7, set_by="evidence"),
)  # fmt: skip

RELATIONS = (
    Relation(a="USA", b="AFGGOV", weight=0.8, evidence=(_sentence("US backs Kabul.", 200),)),
    Relation(a="RUS", b="TAL", weight=0.4),
    Relation(a="USA", b="TAL", weight=-0.9),
    Relation(a="USA", b="RUS", weight=-0.5),
)


def scenario() -> Scenario:
    return Scenario(name="afghanistan-2017", description="The contest of early 2017.",
                    date=dt.date(2017, 3, 15), actors=ACTORS, issues=ISSUES,
                    positions=POSITIONS, relations=RELATIONS)  # fmt: skip


def _rounds(start: dict[str, float], end: float, n: int) -> list[dict]:
    rounds = []
    for r in range(n + 1):
        t = r / n if n else 1.0
        pos = {a: round(p + (end - p) * t, 3) for a, p in start.items()}
        values = list(pos.values())
        rounds.append({"round": r, "mean": round(sum(values) / len(values), 3),
                       "median": float(np.median(values)), "positions": pos})  # fmt: skip
    return rounds


def forecast() -> dict:
    rng = np.random.default_rng(3)
    issues = []
    for issue, start, centre in (
        ("presence", {"USA": 80.0, "RUS": 15.0, "TAL": 0.0}, 55.0),
        (
            "taliban_role",
            {"USA": 10.0, "RUS": 60.0, "AFGGOV": 5.0, "TAL": 100.0, "PAK": 55.0},
            30.0,
        ),
    ):
        models = {}
        for shift, model in enumerate(("compromise", "median", "mean", "eum", "exchange")):
            value = centre + 3 * shift - 6
            draws = np.clip(rng.normal(value, 8, 400), 0, 100)
            entry = {"forecast": value, "draws": 400,
                     "ci80": [float(np.quantile(draws, 0.1)), float(np.quantile(draws, 0.9))],
                     "rounds": _rounds(start, value, 8 if model == "eum" else 1)}  # fmt: skip
            if model == "eum":
                entry["distribution"] = [float(d) for d in draws]
            elif model != "mean":
                counts, edges = np.histogram(draws, bins=20, range=(0, 100))
                entry["distribution"] = {"edges": edges.tolist(), "counts": counts.tolist()}
            models[model] = entry
        models["mean"]["ci80"] = None  # a model may have no interval
        issues.append({"id": issue, "name": issue, "models": models})
    return {"scenario": "afghanistan-2017", "seed": 7, "draws": 400, "issues": issues}


def whatifs() -> list[dict]:
    return [
        {"shocks": ["remove:USA"], "issues": [
            {"id": "taliban_role", "models": {
                "eum": {"baseline": 30.0, "scenario": 58.0, "shift": 28.0, "overlap": False,
                        "baseline_ci80": [22.4, 43.2], "scenario_ci80": [47.0, 69.5]},
                "compromise": {"baseline": 24.0, "scenario": 30.0, "shift": 6.0,
                               "overlap": True}}},
            {"id": "presence", "models": {
                "eum": {"baseline": 55.0, "scenario": 20.0, "shift": -35.0, "overlap": False}}},
        ]},
        {"shocks": ["capability:RUS*2"], "issues": [
            {"id": "taliban_role", "models": {
                "eum": {"baseline": 30.0, "scenario": 36.0, "shift": 6.0, "overlap": True}}},
        ]},
    ]  # fmt: skip


def extraction() -> Extraction:
    article = Article(id="a1", source="seed.txt", sha256="0" * 64,
                      title="The US withdrawal brings back Russia", author="A. Writer",
                      published=dt.date(2017, 3, 15))  # fmt: skip
    refs = tuple(
        ActorRef(id=a.id, name=a.name, kind=a.kind, country=a.country,
                 mentions=tuple(Mention(start=i * 10, end=i * 10 + 4, text=a.name[:4])
                                for i in range(n)))
        for a, n in zip(ACTORS, (5, 7, 3, 6, 2, 1), strict=True)
    ) + (ActorRef(id="ISIS", name="Islamic State", kind="armed_group"),)  # fmt: skip
    events = (
        Event(type="CONSULT", mode="visit", cameo="042", goldstein=1.9, intensity=1.0,
              source=("RUS",), target=("TAL",), sentence="Moscow hosted Taliban envoys.",
              start=120, end=150, date="2016-12"),
        Event(type="ASSAULT", cameo="190", goldstein=-10, intensity=-9.0, source=("TAL",),
              target=("AFGGOV",), sentence=HOSTILE, start=300, end=340, date="2017-03-08"),
        Event(type="RETREAT", source=("USA",), target=("AFGGOV",), future=True,
              sentence="The US may withdraw.", start=500, end=520),
        Event(type="SUPPORT", goldstein=3.4, source=("USA",), target=("AFGGOV",),
              sentence="The US backs Kabul.", start=200, end=219, date="2017-02"),
        Event(type="ACCUSE", goldstein=-2.0, source=("AFGGOV",), target=("RUS",), date="198X",
              sentence="Kabul accused Moscow.", start=600, end=621),
    )  # fmt: skip
    quotes = (
        Quote(speaker="KABULOV", speaker_text="Zamir Kabulov", text=HOSTILE, direct=True,
              cue="said", start=400, end=460),
        Quote(speaker=None, speaker_text="a Western diplomat", text="Russia is back.",
              direct=False, cue="says", start=700, end=715),
    )  # fmt: skip
    stances = (
        Stance(holder="RUS", target="TAL", polarity=1, cue="believes",
               text="the Taliban are a force to talk to", sentence="Moscow believes ...",
               start=800, end=840),
        Stance(holder="AFGGOV", target="RUS", polarity=-1, cue="fears", text="Russian meddling",
               sentence="Kabul fears Russian meddling.", start=900, end=930),
    )  # fmt: skip
    dates = (TimeRef(text="last December", value="2016-12", start=130, end=143),)
    return Extraction(article=article, actors=refs, events=events, quotes=quotes,
                      stances=stances, dates=dates)  # fmt: skip


def graph() -> nx.Graph:
    g = nx.Graph()
    for actor in ACTORS:
        g.add_node(actor.id, name=actor.name, kind=actor.kind, capability=actor.capability)
    for relation in RELATIONS:
        g.add_edge(relation.a, relation.b, weight=relation.weight, evidence=2)
    g.add_edge("PAK", "TAL", weight=0.6, evidence=1)
    return g


def build_inputs() -> ReportInputs:
    return ReportInputs(
        scenario=scenario(), forecast=forecast(), whatifs=whatifs(),
        extractions=(extraction(),), graph=graph(),
        blocs=[{"USA", "AFGGOV"}, {"RUS", "TAL", "PAK"}, {"KABULOV"}],
        title="Afghanistan, early 2017",
    )  # fmt: skip


@pytest.fixture
def inputs() -> ReportInputs:
    return build_inputs()
