"""Participation and partnership where both ends are named in one sentence (participation25, v24 round): the
constructions that carried most of the participatesIn and partnerOf relations missed on unseen prose with both
ends found, counted across the sets (docs/extraction.md). Each grid row names the facts the text must NOT give (in
any modality) and the true ones it must give with their modality (None is plain). The constructions:

- co-agents after 'with' in an object relative: 'Zeta-5, a station that A is designing together with B', 'the
  laboratory it runs with B, C and D', 'which A will build with B' (each one after 'with' takes part in what is
  built or runs what is run, and is the partner of the relative's subject; 'it' opening the relative is the
  organization named before);
- the people of a body as its builders: 'SUPARCO engineers built it', 'engineers and students at X had made it',
  'two engineers built it at the X Institute' (the body takes part in the craft in focus);
- a company engaged by another: 'A hired B, a Swiss start-up, for Zeta-5', 'A picked B and C to fly astronauts',
  'B, the manufacturer that A had picked', 'an agreement that A signed with B' (A and B
  are partners; B takes part in the craft or programme it was hired for).

All sentences are invented."""

from __future__ import annotations

import pytest

from spacekg.extract.rules import RuleExtractor
from tests.test_extract_precision23 import check

Triple = tuple[str, str, str]


ESA_, ACME, RURI, Z5 = "examplo-space-agency", "acme-robotics", "ruritania-motors", "zeta-5"

# (text, facts it must not give in any modality, facts it must give with their modality)
CO_AGENTS_OF_A_RELATIVE: list[tuple[str, set[Triple], dict[Triple, str | None]]] = [
    ("Zeta-5, which the Examplo Space Agency is building with Acme Robotics, will fly in 2027.",
     set(), {(ACME, "participatesIn", Z5): None, (ESA_, "partnerOf", ACME): None}),
    ("Examplo Orbital won money for Zeta-5, a station that it is designing together with Acme Robotics.",
     set(), {("examplo-orbital", "participatesIn", Z5): None, (ACME, "participatesIn", Z5): None,
             ("examplo-orbital", "partnerOf", ACME): None}),
    ("Examplo Orbital won money for Zeta-5, which it is designing together with Acme Robotics.",
     set(), {("examplo-orbital", "participatesIn", Z5): None, (ACME, "participatesIn", Z5): None,
             ("examplo-orbital", "partnerOf", ACME): None}),
    ("Examplo Orbital won money for Zeta-5, the station it is designing together with Acme Robotics.",
     set(), {("examplo-orbital", "participatesIn", Z5): None, (ACME, "participatesIn", Z5): None,
             ("examplo-orbital", "partnerOf", ACME): None}),
    ("The Zeta-5 lander, which the Examplo Space Agency developed jointly with Acme Robotics and Ruritania Motors, "
     "landed in May.",
     set(), {(ACME, "participatesIn", Z5): None, (RURI, "participatesIn", Z5): None,
             (ESA_, "partnerOf", ACME): None, (ESA_, "partnerOf", RURI): None}),
    ("Zeta-5, the probe that the Examplo Space Agency built with Japan, reached Mars in 2020.",
     set(), {("japan", "participatesIn", Z5): None, (ESA_, "partnerOf", "japan"): None}),
    ("Zeta-5, which the Examplo Space Agency assembled in cooperation with Acme Robotics, reached orbit.",
     set(), {(ACME, "participatesIn", Z5): None, (ESA_, "partnerOf", ACME): None}),
    ("Zeta-5, a station that the Examplo Space Agency runs with Acme Robotics, Japan and Canada, will be retired "
     "in 2030.",
     set(), {(ESA_, "partnerOf", ACME): None, (ESA_, "partnerOf", "japan"): None,
             (ESA_, "partnerOf", "canada"): None}),
    ("NASA will retire the International Space Station, the laboratory it runs with Roscosmos, ESA, Japan and "
     "Canada, which was first crewed in 2000.",
     set(), {("nasa", "partnerOf", "roscosmos"): None, ("nasa", "partnerOf", "esa"): None,
             ("nasa", "partnerOf", "japan"): None, ("nasa", "partnerOf", "canada"): None}),
    ("Zeta-5, which the Examplo Space Agency has operated together with Acme Robotics since 2001, was retired.",
     set(), {(ESA_, "partnerOf", ACME): None, (ESA_, "leads", Z5): None}),
    ("Wellington has not joined Zeta-5, the station that China is building with Russia.",
     set(), {("russia", "participatesIn", Z5): None, ("china", "partnerOf", "russia"): None,
             ("new-zealand", "participatesIn", Z5): "negated"}),
    # a short form and a class noun between the name and the relative; 'it' is no body named after 'with'
    ("Yet Brazil has kept the Zeta-5 (ZT5) programme, which it has run jointly with China since 1988.",
     {("china", "partnerOf", "china")}, {("brazil", "partnerOf", "china"): None, ("brazil", "leads", Z5): None}),
    ("Yet Brazil has kept the China–Brazil Zeta Resources Satellite (ZRS) programme, which it has run jointly with "
     "China since 1988.",
     set(), {("brazil", "partnerOf", "china"): None}),
    ("The Brazilian Congress met. Yet Brazil has kept the Zeta-5 (ZT5) programme, which it has run jointly with "
     "China since 1988.",
     {("brazilian-congress", "partnerOf", "china"), ("brazilian-congress", "leads", Z5)},
     {("brazil", "partnerOf", "china"): None}),
    # plans and negations take the verb's modality
    ("Zeta-5, which the Examplo Space Agency will build with Acme Robotics, is due in 2029.",
     set(), {(ACME, "participatesIn", Z5): "planned", (ESA_, "partnerOf", ACME): "planned"}),
    ("Examplo Orbital won money for Zeta-5, a station that it plans to design with Acme Robotics.",
     set(), {(ACME, "participatesIn", Z5): "planned", ("examplo-orbital", "partnerOf", ACME): "planned"}),
    ("Zeta-5, which the Examplo Space Agency did not build with Acme Robotics, was delayed.",
     set(), {(ACME, "participatesIn", Z5): "negated"}),
    # look-alikes: 'with' a rocket, a nationality, a possessor, a person in a role, another clause's 'with'
    ("Zeta-5, which the Examplo Space Agency launched with a Falcon 9 rocket, reached orbit.",
     {(ESA_, "partnerOf", "falcon-9"), ("falcon-9", "participatesIn", Z5), ("falcon-9", "leads", Z5)}, {}),
    ("Zeta-5, which the Examplo Space Agency built with Russian help, reached orbit.",
     {("russia", "participatesIn", Z5), (ESA_, "partnerOf", "russia")}, {}),
    ("Zeta-5, which the Examplo Space Agency launched with Japan's Zeta-6 probe, reached orbit.",
     {("japan", "participatesIn", Z5), (ESA_, "partnerOf", "japan"), ("japan", "leads", Z5)}, {}),
    ("Zeta-5, which the Examplo Space Agency runs with Jane Doe as its director, reached orbit.",
     {("jane-doe", "leads", Z5), (ESA_, "partnerOf", "jane-doe")}, {(ESA_, "leads", Z5): None}),
    ("Zeta-5, which the Examplo Space Agency built, was compared with Mir by Jane Doe.",
     {(ESA_, "partnerOf", "mir"), ("mir", "participatesIn", Z5)}, {}),
    ("Zeta-5, which the Examplo Space Agency built, docked with Zeta-6 in 2020.",
     {("zeta-6", "participatesIn", Z5), (ESA_, "partnerOf", "zeta-6")}, {}),
    ("Acme Robotics built Zeta-6, which it named Zeta-5 in 2021.",
     {(ACME, "leads", Z5), (ACME, "participatesIn", Z5)}, {}),
    ("Acme Robotics, a company based in Kent, Washington, won money for Zeta-5, which it is designing.",
     {("united-states", "participatesIn", Z5), ("washington", "participatesIn", Z5)},
     {(ACME, "participatesIn", Z5): None}),
    ("Zeta-5, which the Examplo Space Agency is building, will be tested with Acme Robotics next year.",
     {(ACME, "participatesIn", Z5), (ESA_, "partnerOf", ACME)}, {}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "absent", "present"), CO_AGENTS_OF_A_RELATIVE)
def test_co_agents_of_a_relative(
    extractor: RuleExtractor, text: str, absent: set[Triple], present: dict[Triple, str | None]
) -> None:
    check(extractor, text, absent, present)


UON = "university-of-nairobi"
# (text, facts it must not give, facts it must give): the craft is named in the sentence before.
PEOPLE_OF_A_BODY: list[tuple[str, set[Triple], dict[Triple, str | None]]] = [
    ("Zeta-5 was launched in 1990. SUPARCO engineers built it.", set(), {("suparco", "participatesIn", Z5): None}),
    ("Zeta-5 was launched in 1990. Acme Robotics engineers designed it.",
     set(), {(ACME, "participatesIn", Z5): None}),
    ("Zeta-5 was launched in 1990. Acme Robotics scientists and technicians assembled it in a year.",
     set(), {(ACME, "participatesIn", Z5): None}),
    ("Zeta-5 was launched in 2018. Engineers and students at the University of Nairobi had made it.",
     set(), {(UON, "participatesIn", Z5): None}),
    ("Zeta-5 was launched in 2018. Students at the University of Nairobi made it in two years.",
     set(), {(UON, "participatesIn", Z5): None}),
    ("Zeta-5 was launched in 2019. Two engineers built it at the Kyushu Institute of Technology in Japan.",
     {("japan", "participatesIn", Z5)}, {("kyushu-institute-of-technology", "participatesIn", Z5): None}),
    ("Zeta-5 was launched in 2019. Students designed it at the University of Nairobi.",
     set(), {(UON, "participatesIn", Z5): None}),
    ("Zeta-5 was launched in 2018. Engineers at Acme Robotics did not build it.",
     set(), {(ACME, "participatesIn", Z5): "negated"}),
    ("Zeta-5 was launched in 2018. Acme Robotics engineers will build it again.",
     set(), {(ACME, "participatesIn", Z5): "planned"}),
    # look-alikes: a nationality, a country, 'made it' of arriving or of a claim, people who run or watch it
    ("Zeta-5 was launched in 2019. Two Nepali engineers built it in a garage.",
     {("nepal", "participatesIn", Z5)}, {}),
    ("Zeta-5 was launched in 2019. Japanese engineers built it.", {("japan", "participatesIn", Z5)}, {}),
    ("Zeta-5 was launched in 2019. Engineers built it in Japan.", {("japan", "participatesIn", Z5)}, {}),
    ("Zeta-5 was launched in 2018. Acme Robotics engineers made it to the launch pad on time.",
     {(ACME, "participatesIn", Z5)}, {}),
    ("Zeta-5 was launched in 2018. Acme Robotics engineers made it clear that the probe was safe.",
     {(ACME, "participatesIn", Z5)}, {}),
    ("Zeta-5 was launched in 2018. Acme Robotics engineers watched it from Florida.",
     {(ACME, "participatesIn", Z5), (ACME, "leads", Z5)}, {}),
    ("Zeta-5 was launched in 2018. Acme Robotics made it through the review with praise.",
     {(ACME, "participatesIn", Z5)}, {}),
    ("Zeta-5 was launched in 2018. Acme Robotics's engineers built it.", {(ACME, "leads", Z5)}, {}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "absent", "present"), PEOPLE_OF_A_BODY)
def test_people_of_a_body_build_it(
    extractor: RuleExtractor, text: str, absent: set[Triple], present: dict[Triple, str | None]
) -> None:
    check(extractor, text, absent, present)


# (text, facts it must not give, facts it must give)
ENGAGED_COMPANIES: list[tuple[str, set[Triple], dict[Triple, str | None]]] = [
    ("ESA has also hired Acme Robotics, a Swiss start-up, for Zeta-5, a mission that is meant to remove a satellite.",
     set(), {("esa", "partnerOf", ACME): None, (ACME, "participatesIn", Z5): None}),
    ("The Examplo Space Agency hired Acme Robotics for Zeta-5.",
     set(), {(ESA_, "partnerOf", ACME): None, (ACME, "participatesIn", Z5): None}),
    ("The Examplo Space Agency hired Acme Robotics, a company headquartered in Tokyo, to inspect a spent rocket stage.",
     set(), {(ESA_, "partnerOf", ACME): None}),
    ("The Examplo Space Agency chose Acme Robotics, a start-up from Lausanne, for Zeta-5.",
     set(), {(ESA_, "partnerOf", ACME): None, (ACME, "participatesIn", Z5): None}),
    ("The Examplo Space Agency selected Acme Robotics in 2020 for the Zeta-5 mission.",
     set(), {(ESA_, "partnerOf", ACME): None, (ACME, "participatesIn", Z5): None}),
    ("NASA picked Acme Robotics and Ruritania Motors in 2014 to fly astronauts to the station.",
     set(), {("nasa", "partnerOf", ACME): None, ("nasa", "partnerOf", RURI): None}),
    ("The Examplo Space Agency hired Acme Robotics in 2020.", set(), {(ESA_, "partnerOf", ACME): None}),
    ("Acme Robotics, the manufacturer that the Examplo Space Agency had picked in 2021, left the project.",
     set(), {(ESA_, "partnerOf", ACME): None}),
    ("Acme Robotics, whom the Examplo Space Agency hired last year, built the lander.",
     set(), {(ESA_, "partnerOf", ACME): None}),
    ("Under a seat-swap agreement that NASA signed with Roscosmos, cosmonauts fly on Crew Dragon.",
     set(), {("nasa", "partnerOf", "roscosmos"): None}),
    ("The contract, which the Examplo Space Agency signed with Acme Robotics in 2020, runs to 2025.",
     set(), {(ESA_, "partnerOf", ACME): None}),
    # negations and plans
    ("The Examplo Space Agency did not hire Acme Robotics for Zeta-5.",
     set(), {(ESA_, "partnerOf", ACME): "negated", (ACME, "participatesIn", Z5): "negated"}),
    ("The Examplo Space Agency will hire Acme Robotics for Zeta-5.",
     set(), {(ESA_, "partnerOf", ACME): "planned", (ACME, "participatesIn", Z5): "planned"}),
    ("The deal that the Examplo Space Agency has not signed with Acme Robotics would cover launches.",
     set(), {(ESA_, "partnerOf", ACME): "negated"}),
    # look-alikes: a person hired, a public body chosen, a thing of a company chosen, no hiring verb, a place
    ("The Examplo Space Agency hired Jane Doe, a former astronaut, for Zeta-5.",
     {(ESA_, "partnerOf", "jane-doe"), ("jane-doe", "participatesIn", Z5)}, {}),
    ("NASA chose SpaceX's Crew Dragon in 2014.", {("nasa", "partnerOf", "spacex")}, {}),
    ("The Examplo Space Agency chose Japan for the landing site study.", {(ESA_, "partnerOf", "japan")}, {}),
    ("The Examplo Space Agency paid Acme Robotics in 2020.", {(ESA_, "partnerOf", ACME)}, {}),
    ("The Examplo Space Agency praised Acme Robotics for Zeta-5.",
     {(ESA_, "partnerOf", ACME), (ACME, "participatesIn", Z5)}, {}),
    ("The agreement that Japan signed in Canada covers rovers.", {("japan", "partnerOf", "canada")}, {}),
    ("The agreement that Japan signed with Jane Doe present covers rovers.", {("japan", "partnerOf", "jane-doe")}, {}),
    ("Acme Robotics, the manufacturer that Jane Doe had praised in 2021, left the project.",
     {("jane-doe", "partnerOf", ACME)}, {}),
    ("Acme Robotics picked Zeta-5 as its name in 2021.", {(ACME, "participatesIn", Z5)}, {}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "absent", "present"), ENGAGED_COMPANIES)
def test_engaged_companies(
    extractor: RuleExtractor, text: str, absent: set[Triple], present: dict[Triple, str | None]
) -> None:
    check(extractor, text, absent, present)
