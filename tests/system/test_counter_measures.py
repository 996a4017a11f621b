"""Answering in kind, rival claims, the headline's focus, a measure named as its
imposer's own, and regional governments as players (texts written for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest

from greatgame.extract.pipeline import extract_article
from greatgame.ingest.article import read_text
from greatgame.nlp import load
from greatgame.system.build import build_system
from greatgame.system.kinds import load_kinds


@pytest.fixture(scope="module")
def nlp():  # noqa: ANN201
    return load()


def _system(nlp, text: str, title: str | None = None):  # noqa: ANN001, ANN202
    article = read_text(text, source="test.txt", date=dt.date(2025, 1, 10))
    if title is not None:
        article = article.model_copy(update={"title": title})
    return build_system([extract_article(article, nlp)])


def _placed(system, prefix: str) -> dict[str, float]:  # noqa: ANN001
    (issue,) = [i for i in system.scenario.issues if i.id.startswith(prefix)]
    return {p.actor: p.position for p in system.scenario.positions if p.issue == issue.id}


def test_counter_tariffs_oppose_the_tariffs_on_their_imposer(nlp) -> None:  # noqa: ANN001
    text = ("Brazil raised its tariffs on Argentina to 40% on Monday. Brazil also imposed "
            "new duties on Argentina's wine. Buenos Aires retaliated by announcing higher "
            "tariffs on Brazil. Argentina imposed new tariffs on Brazil's coffee.")
    system = _system(nlp, text, title="Brazil raises tariffs on Argentina")
    on_argentina, on_brazil = _placed(system, "tariffs-arg"), _placed(system, "tariffs-bra")
    assert on_argentina["ARG"] < 40 < 60 < on_argentina["BRA"]
    assert on_brazil["BRA"] < 40 < 60 < on_brazil["ARG"]  # both questions kept


def test_a_regional_governments_levy_answers_tariffs_on_its_country(nlp) -> None:  # noqa: ANN001
    text = ("The United States imposed tariffs on Canada's lumber on Monday. Washington "
            "raised the tariffs on Canada again on Friday. British Columbia Premier David Eby "
            "said he was adding a 20% levy on power sold to American buyers.")
    system = _system(nlp, text, title="U.S. raises tariffs on Canada")
    placed = _placed(system, "tariffs-can")
    assert placed["BRITISH_COLUMBIA"] < 40 < 60 < placed["USA"]
    actors = {a.id: a for a in system.scenario.actors}
    assert actors["BRITISH_COLUMBIA"].name == "British Columbia"


def test_rival_claims_to_the_same_sea_stand_against_the_claim(nlp) -> None:  # noqa: ANN001
    text = ("Indonesia claims the disputed islands in the Natuna Sea. Indonesia deployed its "
            "coast guard to enforce its claim. Malaysia and Singapore claim parts of the sea "
            "too.")
    placed = _placed(_system(nlp, text), "territory-idn")
    assert placed["IDN"] > 60
    assert placed["MYS"] < 40 and placed["SGP"] < 40


def test_the_headline_names_the_main_instance(nlp) -> None:  # noqa: ANN001
    text = ("The United States doubled its tariffs on Chile's copper on Monday. Chile "
            "announced tariffs on the United States in response. Chile imposed tariffs on "
            "the United States on Tuesday. The tariffs took effect on Wednesday.")
    system = _system(nlp, text, title="U.S. doubles tariffs on Chile copper")
    assert system.scenario.issues[0].id == "tariffs-chl"


def test_every_kind_with_counter_measures_says_so_in_its_data() -> None:
    kinds = {k.id: k for k in load_kinds()}
    assert {k for k, v in kinds.items() if v.counters} == {"tariffs", "sanctions", "territory"}


def test_a_quotations_default_attitude_yields_to_a_stated_one(nlp) -> None:  # noqa: ANN001
    # the quotation "did not want to see a partition" says +1 by default; the stance read
    # from the same words says -1, and decides
    text = ("Serbia's leaders pressed for a partition of Kosovo on Monday. Serbia's "
            "president said Belgrade would enforce its claim to the disputed land. Asked "
            "by reporters, the U.S. Secretary of State said the administration did not "
            "want to see a partition of Kosovo.")
    system = _system(nlp, text)
    placed = {(p.issue, p.actor): p.position for p in system.scenario.positions}
    us = [v for (issue, actor), v in placed.items() if actor == "USA"]
    assert us and all(v < 50 for v in us)


def test_talks_need_a_party_named_with_them(nlp) -> None:  # noqa: ANN001
    unnamed = ("Governments continued climate talks in Lima on Monday. Peru hosted the "
               "talks, and Chile said the talks must go on.")
    assert not [i for i in _system(nlp, unnamed).scenario.issues if i.id.startswith("talks")]
    named = ("Japan said on Monday it wants talks with China on the islands. China refused "
             "to hold talks with Japan. Japan proposed a summit with China in May.")
    assert [i.id for i in _system(nlp, named).scenario.issues if i.id.startswith("talks")] \
        == ["talks-chn-jpn"]
