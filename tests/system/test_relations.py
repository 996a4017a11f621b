import datetime as dt
import math

import pytest

from greatgame.records import ActorRef, Article, Event, Extraction, Stance
from greatgame.system.relations import (
    alliances,
    blocs,
    decay,
    parse_when,
    relation_graph,
    relations_of,
    rivalries,
)


def _article(day=dt.date(2017, 3, 15)) -> Article:
    return Article(id="a1", source="test", sha256="0" * 64, published=day)


def _actors(*ids):
    return tuple(ActorRef(id=i, name=i, kind="state") for i in ids)


def _event(kind, intensity, source, target=(), **flags):
    return Event(type=kind, intensity=intensity, source=source, target=target, **flags)


def test_cooperation_is_positive_and_assault_negative():
    ex = Extraction(
        article=_article(),
        actors=_actors("CHN", "AFG", "TAL"),
        events=(
            _event("COOPERATE", 9.5, ("CHN",), ("AFG",)),
            _event("ASSAULT", -9.0, ("TAL",), ("AFG",)),
        ),
    )
    graph = relation_graph([ex])
    # one undecayed event each: weight = tanh(intensity / 10)
    assert graph.edges["CHN", "AFG"]["weight"] == pytest.approx(math.tanh(0.95))
    assert graph.edges["TAL", "AFG"]["weight"] == pytest.approx(math.tanh(-0.9))
    assert [p[:2] for p in alliances(graph)] == [("AFG", "CHN")]
    assert [p[:2] for p in rivalries(graph)] == [("AFG", "TAL")]


def test_negated_hypothetical_and_future_events_are_not_evidence():
    ex = Extraction(
        article=_article(),
        actors=_actors("RUS", "USA"),
        events=(
            _event("ASSAULT", -9.0, ("RUS",), ("USA",), negated=True),
            _event("ASSAULT", -9.0, ("RUS",), ("USA",), hypothetical=True),
            _event("ASSAULT", -9.0, ("RUS",), ("USA",), future=True),
        ),
    )
    assert relation_graph([ex]).number_of_edges() == 0


def test_old_events_weigh_less_by_half_life():
    old = _event("COOPERATE", 10.0, ("RUS",), ("TAL",), date="2016-03-15")
    ex = Extraction(article=_article(), actors=_actors("RUS", "TAL"), events=(old,))
    graph = relation_graph([ex], half_life_days=365.0)
    # 2016-03-15 -> 2017-03-15 is 365 days: one half-life, contribution 1.0 * 0.5
    assert graph.edges["RUS", "TAL"]["raw"] == pytest.approx(0.5)


def test_attributed_events_and_stances_count_at_their_weights():
    ex = Extraction(
        article=_article(),
        actors=_actors("RUS", "TAL", "USA"),
        events=(_event("COOPERATE", 10.0, ("RUS",), ("TAL",), attributed_to="AFG"),),
        stances=(
            Stance(holder="RUS", target="USA", polarity=-1, cue="accuses", text="", sentence="",
                   start=0, end=1),
        ),
    )
    graph = relation_graph([ex], attributed_weight=0.5, stance_weight=0.5)
    assert graph.edges["RUS", "TAL"]["raw"] == pytest.approx(0.5)
    assert graph.edges["RUS", "USA"]["raw"] == pytest.approx(-0.5)


def test_co_sources_of_an_agreement_are_tied():
    ex = Extraction(
        article=_article(),
        actors=_actors("RUS", "CHN"),
        events=(_event("AGREE", 2.5, ("RUS", "CHN")),),
    )
    assert relation_graph([ex]).edges["CHN", "RUS"]["weight"] == pytest.approx(math.tanh(0.25))


def test_blocs_split_two_camps():
    ev = [
        _event("COOPERATE", 9.5, ("RUS",), ("TAL",)),
        _event("COOPERATE", 9.5, ("IRN",), ("TAL",)),
        _event("COOPERATE", 9.5, ("RUS",), ("IRN",)),
        _event("AID", 10.0, ("USA",), ("AFG",)),
        _event("COOPERATE", 9.5, ("IND",), ("AFG",)),
        _event("COOPERATE", 9.5, ("USA",), ("IND",)),
        _event("ASSAULT", -9.0, ("TAL",), ("AFG",)),
    ]
    ex = Extraction(
        article=_article(), actors=_actors("RUS", "TAL", "IRN", "USA", "AFG", "IND"),
        events=tuple(ev),
    )
    assert blocs(relation_graph([ex])) == [{"AFG", "IND", "USA"}, {"IRN", "RUS", "TAL"}]


def test_relations_are_sorted_records_in_range():
    ex = Extraction(
        article=_article(), actors=_actors("B", "A"),
        events=tuple(_event("ASSAULT", -10.0, ("B",), ("A",)) for _ in range(5)),
    )
    (rel,) = relations_of(relation_graph([ex]))
    assert (rel.a, rel.b) == ("A", "B")
    assert -1 <= rel.weight < -0.99
    assert len(rel.evidence) == 5


def test_dates_of_reduced_precision():
    assert parse_when("2017-W11") == dt.date(2017, 3, 13)
    assert parse_when("nonsense") is None
    assert decay(dt.date(2018, 1, 1), dt.date(2017, 1, 1), half_life_days=10) == 1.0


def test_two_rivals_never_share_a_bloc():
    import networkx as nx

    from greatgame.system.relations import blocs

    g = nx.Graph()
    g.add_edge("AFG", "RUS", weight=0.4)
    g.add_edge("RUS", "TAL", weight=0.6)
    g.add_edge("AFG", "USA", weight=0.5)
    g.add_edge("USA", "TAL", weight=-0.76)
    g.add_edge("AFG", "TAL", weight=-0.72)
    g.add_edge("USA", "RUS", weight=0.05)  # too weak to ally them
    for bloc in blocs(g):
        assert not ({"USA", "TAL"} <= bloc or {"AFG", "TAL"} <= bloc), bloc
    assert {"RUS", "TAL"} in [b & {"RUS", "TAL"} for b in blocs(g)]
