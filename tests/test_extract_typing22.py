"""Typing new names by the evidence against a person and for a class (issue #11, typing22): a pair of capitalised
words after an indefinite article, an owner's possessive or inside quotes is a thing (a launcher type, a plan), not
a person; a weapon noun after a name makes it a programme; the head noun of an apposition, not a craft's
possessive before it, types the name ('Jane Doe, the lander's manager'); a ruler's number inside a name; a wire
dateline with a month cut short; a government by its leader's surname ('the Example administration'); what only
meetings do; a list of goals; an airlock; a rocket's stage named in apposition; a series' lettered or numbered craft;
a craft named after a body ('Example Clipper'). Invented
names in invented sentences, several wordings each, with look-alikes that must keep their old type or give nothing."""

from __future__ import annotations

import pytest

from spacekg.extract.rules import RuleExtractor
from tests.test_extract_mentions import new

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
    # what only meetings do: held, taking place; meeting (a numbered name); a list after a meeting noun
    ("EXAMPLO III met in Tarvosburg in 1999.", "EXAMPLO III", "Meeting"),
    ("The Korvo Forum II was held in Tarvosburg in 2012.", "Korvo Forum II", "Meeting"),
    ("Tarvo II and Tarvo III took place in Korvograd.", "Tarvo III", "Meeting"),
    (
        "The two earlier conferences, KORVO II (1982) and KORVO III (1999), had been held in Tarvo.",
        "KORVO II",
        "Meeting",
    ),
    ("The agency's summits, Korvo II and Korvo III, drew hundreds of delegates.", "Korvo III", "Meeting"),
    # a list of goals is a document; an airlock a craft of its own, two nouns joined inside its name
    ("The plan links space to the Examplian Development Goals (EDGs).", "Examplian Development Goals", "Document"),
    ("Members agreed on the Korvo Goals for lunar science.", "Korvo Goals", "Document"),
    ("The centre will supply the Crew and Tarvo Airlock for the station.", "Crew and Tarvo Airlock", "Mission"),
    ("The agency will build the Korvo Airlock in 2027.", "Korvo Airlock", "Mission"),
    # a rocket's stage named in apposition: a programme
    ("Examplia, which built the second stage, Tarvel; Korvia, the third stage, Astrel.", "Tarvel", "Program"),
    ("The firm supplies the upper stage, Korvel, for the new rocket.", "Korvel", "Program"),
    # a craft of a series: an acronym and a letter, a camel-case code with a number, an acronym's number and letter
    ("KORV-C flew in 2000, and KORV-D followed in 2011.", "KORV-C", "Mission"),
    ("KORV-C flew in 2000, and KORV-D followed in 2011.", "KORV-D", "Mission"),
    ("ExaTES-1A was launched in 2018.", "ExaTES-1A", "Mission"),
    ("Examplia built KorvTES-2B for the survey.", "KorvTES-2B", "Mission"),
    ("The radar satellites TARVOCOM 1A and TARVOCOM 1B followed in 2018 and 2020.", "TARVOCOM 1B", "Mission"),
    # a body's name opening a longer name: a craft named after its target (the body stays a mention inside)
    (
        "Examplia is building its own probe, Europa Lantern, which is due to launch in 2030.",
        "Europa Lantern",
        "Mission",
    ),
    ("The agency launched Titan Korvo in 2028.", "Titan Korvo", "Mission"),
    ("The Mars Tarvo Orbiter was lost in 1999.", "Mars Tarvo Orbiter", "Mission"),
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
    # a possessive before a noun for people, or before a verb, keeps the person
    ("Examplo lifted off in May. Its crew were Jane Doe and John Roe.", "Jane Doe", "Person"),
    ("The army and its general Jane Doe agreed.", "Jane Doe", "Person"),
    ("The firm sent its mechanic Jane Doe to the site.", "Jane Doe", "Person"),
    # a possessive's body function stays out (no programme)
    ("Examplia acts as its Immediate Central Contact for the code.", "Immediate Central Contact", None),
    # an acronym before 'missile' names a kind of weapon, no type of its own
    ("States should refrain from DA-ASAT missile tests.", "DA-ASAT", None),
    # a place after 'seat in' stays a place
    ("Its seat in Tarvo City opened in 2001.", "Tarvo City", "City"),
    # a craft's number after one name, no ruler's title: no person
    ("Examplia tested Korvo II in 2019.", "Korvo II", "Mission"),
    ("The Tarvo II rocket is still under development.", "Tarvo II", "Program"),
    # a disease's code, a pair of bodies' acronyms: no craft
    ("COVID-19 slowed the work on the probe.", "COVID-19", None),
    ("The EU-US deal was signed in May.", "EU-US", None),
    # a body's name before a weekday or a sentence's next word stays the body alone
    ("The probe reached Mars Monday night.", "Mars", "CelestialBody"),
    ("The rover landed on Mars. Then Examplo said it worked.", "Mars", "CelestialBody"),
    # a longer name from the body's word on keeps its words: no second craft inside it
    ("Examplia leads the Mars Korvo Return mission.", "Korvo Return", None),
    # people meet too, and craft meet in orbit: no meeting
    ("Jane Korvo met in Vienna with the minister.", "Jane Korvo", "Person"),
    ("Korvo II met in orbit with the station.", "Korvo II", "Mission"),
    ("Korvo II was launched in 2019 and Korvo III in 2021.", "Korvo III", "Mission"),
    ("The two probes, Korvo 1 and Korvo 2, reached orbit.", "Korvo 2", "Mission"),
    # a speaker after a stage noun's comma stays a person; a joined name needs its article
    ("After the second stage, Jane Doe said, the rocket flew well.", "Jane Doe", "Person"),
    ("Examplia and the Korvo Airlock were praised.", "Korvo Airlock", "Mission"),
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
