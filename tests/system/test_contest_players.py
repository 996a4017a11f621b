"""Whom a sentence names as an object's owner or after a preposition (the contest layer's
focus candidates): the same answers with the compiled patterns kept between calls."""

import re

import pytest

from greatgame.records import ActorRef
from greatgame.system.players import Players

NUCLEAR = re.compile(r"nuclear\s+programme|missiles?")
PLAYERS = Players.of({
    "IRN": ActorRef(id="IRN", name="Iran", kind="state", country="IRN"),
    "USA": ActorRef(id="USA", name="United States", kind="state", country="USA",
                    aliases=("Washington",)),
})


@pytest.mark.parametrize(("text", "owners"), [
    ("Iran's nuclear programme worries Washington.", {"IRN"}),
    ("IRAN'S NUCLEAR PROGRAMME, the headline said.", {"IRN"}),  # owners ignore case
    ("Iran’s long-range ballistic missiles were shown.", {"IRN"}),
    ("Iran's economy is hurt by the nuclear programme.", set()),  # 5 words between
    ("The nuclear programme worries Washington.", set()),  # nobody's
    ("Iran's oil.", set()),  # no object
])
def test_owners_of_an_object(text, owners):
    assert PLAYERS.owners(text, NUCLEAR) == owners
    assert PLAYERS.owners(text, NUCLEAR) == owners  # again, from the kept patterns


@pytest.mark.parametrize(("text", "named"), [
    ("new sanctions on Iran and on the United States", {"IRN", "USA"}),
    ("sanctions on iran", set()),  # names keep their case after a preposition
    ("Iran imposed sanctions", set()),
])
def test_players_named_after_a_preposition(text, named):
    assert PLAYERS.named_after(text, ("on", "against")) == named


def test_every_player_of_a_list_after_the_preposition_is_named_after_it():
    players = Players.of({
        "MEX": ActorRef(id="MEX", name="Mexico", kind="state", country="MEX"),
        "CAN": ActorRef(id="CAN", name="Canada", kind="state", country="CAN"),
        "CHN": ActorRef(id="CHN", name="China", kind="state", country="CHN"),
    })
    text = "keeping new tariffs in place on Mexico, Canada and China to pressure them"
    assert players.named_after(text, ("on",)) == {"MEX", "CAN", "CHN"}
    assert players.named_after("China sold Mexico steel", ("on",)) == set()


def test_a_player_is_named_as_the_text_writes_it() -> None:
    from greatgame.records import ActorRef, Mention
    from greatgame.system.evidence import as_written, state_of_organs

    ref = ActorRef(id="UNHCR", name="Unhcr", kind="organisation", sector="IGO",
                   mentions=(Mention(start=0, end=5, text="UNHCR"),
                             Mention(start=9, end=14, text="agency")))
    assert as_written(ref).name == "UNHCR" and "Unhcr" in as_written(ref).aliases
    assert state_of_organs({"UNHCR": ref})["UNHCR"].name == "UNHCR"
    plain = ref.model_copy(update={"mentions": (Mention(start=0, end=6, text="agency"),)})
    assert as_written(plain).name == "Unhcr"


@pytest.mark.parametrize(("iso3", "name", "said"), [
    ("USA", "United States", "the United States"), ("PHL", "Philippines", "the Philippines"),
    ("GBR", "United Kingdom", "the United Kingdom"), ("CAN", "Canada", "Canada"),
    ("CAF", "Central African Republic", "the Central African Republic"),
])
def test_a_states_name_takes_the_article_a_sentence_gives_it(iso3, name, said) -> None:
    from greatgame.records import ActorRef
    from greatgame.system.players import Players

    players = Players.of({iso3: ActorRef(id=iso3, name=name, kind="state", country=iso3)})
    assert players.name(iso3) == said


@pytest.mark.parametrize(("pid", "name", "kind", "said"), [
    ("TALIBAN", "Taliban", "armed_group", "the Taliban"),
    ("THE_ISLAMIC_STATE", "Islamic State", "armed_group", "the Islamic State"),
    ("HAMAS", "Hamas", "armed_group", "Hamas"),
    ("EU", "European Union", "organisation", "the European Union"),
    ("UNHCR", "UNHCR", "organisation", "UNHCR"),
])
def test_a_bodys_name_takes_the_article_its_head_noun_gives_it(pid, name, kind, said) -> None:
    from greatgame.records import ActorRef
    from greatgame.system.players import Players

    assert Players.of({pid: ActorRef(id=pid, name=name, kind=kind)}).name(pid) == said
