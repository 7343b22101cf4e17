"""Typing new names by the evidence against a person and for a class (issue #11, typing22): a pair of capitalised
words after an indefinite article, an owner's possessive or inside quotes is a thing (a launcher type, a plan), not
a person; a weapon noun after a name makes it a programme; the head noun of an apposition, not a craft's
possessive before it, types the name ('Jane Doe, the lander's manager'); a ruler's number inside a name; a wire
dateline with a month cut short; a government by its leader's surname ('the Example administration'). Invented
names in invented sentences, several wordings each, with look-alikes that must keep their old type or give nothing."""

from __future__ import annotations

import pytest

from spacekg.extract.rules import RuleExtractor
from spacekg.model.facts import Dataset
from tests.test_extract_mentions import new


@pytest.fixture(scope="module")
def extractor(dataset: Dataset) -> RuleExtractor:
    return RuleExtractor(dataset)


# (sentence, name, its type; None: the name is no new entity at all)
GRID = [
    # an indefinite article before a pair of names: a type of thing (a launcher, an aircraft), never a person
    ("The company's Korvo lander will fly on a Tarvo Heavy next year.", "Tarvo Heavy", "Program"),
    ("The satellite reached orbit on a Korvo Arrow last week.", "Korvo Arrow", "Program"),
    ("Officials said another Tarvo Star would follow in May.", "Tarvo Star", "Program"),
    # an owner's possessive, a modifier or two between
    ("The agency will replace its ageing Korvo Star with a new design.", "Korvo Star", "Program"),
    ("The firms promoted their joint Tarvo Reach at the fair.", "Tarvo Reach", "Program"),
    ("Examplia unveiled its Deep Lantern in March.", "Deep Lantern", "Program"),
    # a name in quotes is a nickname of a plan or a thing, not a person's name
    ('One of its options, the "Distant Path", would send crews beyond the Moon.', "Distant Path", "Program"),
    ('The report preferred a plan called "Deep Reach".', "Deep Reach", "Program"),
    ("The panel backed the “Open Frontier” over the other options.", "Open Frontier", "Program"),
    # a weapon noun after a name: a weapon type, a programme
    ("Examplia offered its cancelled Red Lance missile as the first stage.", "Red Lance", "Program"),
    ("The army tested the Tarvo Arrow ballistic missile on Monday.", "Tarvo Arrow", "Program"),
    ("Korvo Spear missiles were deployed along the coast in 1990.", "Korvo Spear", "Program"),
    ("The commission's Korvo III missile project had alarmed its neighbours.", "Korvo III", "Program"),
    # the head noun of an apposition, not a craft's possessive before it: a person
    ('"It works," said Jana Novakova, the probe\'s manager at Examplo.', "Jana Novakova", "Person"),
    ("Tomas Ferrando, the rover's chief engineer, told reporters that it had moved.", "Tomas Ferrando", "Person"),
    ("Pavel Korvin, the orbiter's project scientist, said the data were good.", "Pavel Korvin", "Person"),
    ("Jane Tarvo, the mission's flight director, said so.", "Jane Tarvo", "Person"),
    # a craft by the apposition's head noun, a possessive before it
    ("Korvo, the agency's first lander, touched down on Tuesday.", "Korvo", "Mission"),
    ("Tarvo, the mission's second orbiter, fired its engine.", "Tarvo", "Mission"),
    # a ruler's number inside a name, after a ruler's title or between two names
    ("The minister cut the ribbon with King Olaf XVI Tarven and the mayor.", "Olaf XVI Tarven", "Person"),
    ("Queen Margreta III opened the new launch site in 2024.", "Margreta III", "Person"),
    ("The centre was opened by Emperor Haakon IX in 1990.", "Haakon IX", "Person"),
    ("The crew was received by Pope Examplus XIV at the palace.", "Examplus XIV", "Person"),
    # a wire dateline's city in capitals, the month cut short
    ("TARVOSBURG, Examplia, Dec 1 (Wire) - The agency launched a probe.", "Tarvosburg", "City"),
    ("KORVOGRAD, Examplia, Nov 12 (Wire) - The lander touched down.", "Korvograd", "City"),
    # a government by its leader's surname
    ("In 2010 the Korvin administration proposed cancelling the programme.", "Korvin administration", "GovernmentBody"),
    ("The Tarvo administration cut the agency's budget.", "Tarvo administration", "GovernmentBody"),
    ("Officials of the Novak–Tarvo administration met the crew.", "Novak–Tarvo administration", "GovernmentBody"),
]

# look-alikes: each name keeps its type (or gives none)
NEGATIVE = [
    # people without an article or a possessive stay people
    ("Maria Korvo visited the launch site.", "Maria Korvo", "Person"),
    ("The firm hired Tomas Korvo in 2019.", "Tomas Korvo", "Person"),
    ("Their son Tomas Korvo joined the agency in 2010.", "Tomas Korvo", "Person"),
    ("Its chief, Maria Korvo, said the test went well.", "Maria Korvo", "Person"),
    ("Jane Korvo, a missile engineer, said so.", "Jane Korvo", "Person"),
    # a possessive's body function stays out (no programme)
    ("Examplia acts as its Immediate Central Contact for the code.", "Immediate Central Contact", None),
    # an acronym before 'missile' names a kind of weapon, no type of its own
    ("States should refrain from DA-ASAT missile tests.", "DA-ASAT", None),
    # a place after 'seat in' stays a place
    ("Its seat in Tarvo City opened in 2001.", "Tarvo City", "City"),
    # a craft's number after one name, no ruler's title: no person
    ("Examplia tested Korvo II in 2019.", "Korvo II", "Mission"),
    ("The Tarvo II rocket is still under development.", "Tarvo II", "Program"),
    # a country's adjective or a plain 'administration': no leader's government
    ("The American administration signed the deal.", "American administration", None),
    ("In May the administration said it would sign.", "May administration", None),
    ("The Federal Example Administration licensed the launch.", "Federal Example Administration", "GovernmentBody"),
]


@pytest.mark.parametrize(("sentence", "name", "kind"), GRID + NEGATIVE)
def test_a_new_name_is_typed_by_the_evidence_around_it(
    extractor: RuleExtractor, sentence: str, name: str, kind: str | None
) -> None:
    assert new(extractor, sentence).get(name) == kind
