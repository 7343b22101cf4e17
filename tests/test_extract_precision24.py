"""False facts from invented hard negatives (precision24, v23 round), one grid per general cause of the false
relations the rules of each set's adding commit gave on v15-v23 at unseen time. Each row names the facts the text
must NOT give (in any modality) and the true ones it must still give (None is plain). The causes:

- the agent of a participle modifying a noun read as the subject of the verb after it ('The lander made by
  Examplo Robotics joined X': the lander joined, not the maker);
- a list run across a clause joined by ', and', ', but', ';' ('A works with NASA, and B works with ESA' makes
  neither A and B nor NASA and ESA partners);
- a country's adjective before people named by their trade read as a subject ('Russian cosmonauts fly on X': the
  country is named only by nationality and takes no part, nor does a name before the people's phrase);

All sentences are invented."""

from __future__ import annotations

import pytest

from spacekg.extract.rules import RuleExtractor
from tests.test_extract_precision23 import check

Triple = tuple[str, str, str]


ARTEMIS = "artemis"

# (text, facts it must not give in any modality, facts it must give with their modality)
AGENT_OF_A_PARTICIPLE: list[tuple[str, set[Triple], dict[Triple, str | None]]] = [
    # the participle's agent is no subject of the main verb
    ("The lander made by Examplo Robotics joined the Artemis programme in 2024.",
     {("examplo-robotics", "participatesIn", ARTEMIS)}, {}),
    ("A rover designed by Examplo Dynamics and Ruritania Motors joined the Artemis programme last year.",
     {("examplo-dynamics", "participatesIn", ARTEMIS), ("ruritania-motors", "participatesIn", ARTEMIS)}, {}),
    ("A rover designed by Examplo Dynamics, Acme Motors and Ruritania Motors joined the Artemis programme.",
     {("examplo-dynamics", "participatesIn", ARTEMIS), ("acme-motors", "participatesIn", ARTEMIS),
      ("ruritania-motors", "participatesIn", ARTEMIS)}, {}),
    ("The probe, funded by the Examplo Space Agency, will take part in the Artemis programme.",
     {("examplo-space-agency", "participatesIn", ARTEMIS)}, {}),
    ("Satellites owned by Examplo Telecom joined the Iridium constellation in 2019.",
     {("examplo-telecom", "participatesIn", "iridium")}, {}),
    ("The company founded by Jane Doe in 2002 signed the Artemis Accords.",
     {("jane-doe", "signs", "artemis-accords")}, {}),
    ("An instrument paid for by Examplo Space Agency will fly on the Zeta probe.",
     {("examplo-space-agency", "participatesIn", "zeta")}, {}),
    ("The Zeta satellite built by Examplo State University flew on a Gamma-2 rocket.",
     {("examplo-state-university", "participatesIn", "gamma-2")},
     {("examplo-state-university", "participatesIn", "zeta"): None}),
    ("The camera, supplied jointly by Examplo Optics and Acme Lens, flies on the Zeta probe.",
     {("examplo-optics", "participatesIn", "zeta"), ("acme-lens", "participatesIn", "zeta")}, {}),
    ("Built by Examplo Robotics, the Zeta lander joined the Artemis programme.",
     {("examplo-robotics", "participatesIn", ARTEMIS)}, {}),
    # rows that must still give the fact: the agent's own verb, a passive of the cue itself, a new clause
    ("The Zeta probe, operated by Examplo Space Agency, joined the Artemis programme.",
     {("examplo-space-agency", "participatesIn", ARTEMIS)}, {("examplo-space-agency", "leads", "zeta"): None}),
    ("Examplo Space Agency, which built the Zeta lander, joined the Artemis programme in 2024.",
     set(), {("examplo-space-agency", "participatesIn", ARTEMIS): None}),
    ("The lander was built by Examplo Robotics, which joined the Artemis programme in 2021.",
     set(), {("examplo-robotics", "participatesIn", ARTEMIS): None}),
    ("Examplo Robotics built the Zeta lander and joined the Artemis programme.",
     set(), {("examplo-robotics", "participatesIn", ARTEMIS): None}),
    ("The mission was built by Examplo Space, and Japan joined the Artemis programme.",
     set(), {("japan", "participatesIn", ARTEMIS): None}),
    ("Engines made by Examplo Propulsion power the Gamma-2 rocket, and Examplo Propulsion joined the Artemis "
     "programme in 2022.",
     set(), {("examplo-propulsion", "participatesIn", ARTEMIS): None}),
    ("The Zeta Mission, which will be run by the Examplo Space Agency, is expected to launch in 2028.",
     set(), {("examplo-space-agency", "leads", "zeta-mission"): "planned"}),
    ("The Zeta mission, run by Examplo Space Agency, is part of the Artemis programme.",
     set(), {("examplo-space-agency", "leads", "zeta"): None, ("zeta", "partOf", ARTEMIS): None}),
    ("Jane Doe, whom Examplo Space Agency hired in 2010, commanded the Zeta mission.",
     set(), {("jane-doe", "leads", "zeta"): None, ("jane-doe", "affiliatedWith", "examplo-space-agency"): None}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "absent", "present"), AGENT_OF_A_PARTICIPLE)
def test_the_agent_of_a_participle_is_no_subject(
    extractor: RuleExtractor, text: str, absent: set[Triple], present: dict[Triple, str | None]
) -> None:
    check(extractor, text, absent, present)


CLAUSES_JOINED: list[tuple[str, set[Triple], dict[Triple, str | None]]] = [
    ("Examplo Space works with NASA, and Acme Corp works with ESA.",
     {("examplo-space", "cooperatesWith", "acme-corp"), ("nasa", "cooperatesWith", "esa"),
      ("acme-corp", "cooperatesWith", "examplo-space"), ("esa", "cooperatesWith", "nasa")},
     {("examplo-space", "cooperatesWith", "nasa"): None, ("acme-corp", "cooperatesWith", "esa"): None}),
    ("Examplo Space works with NASA, but Acme Corp works with ESA on the Zeta rover.",
     {("examplo-space", "cooperatesWith", "acme-corp"), ("nasa", "cooperatesWith", "esa"),
      ("nasa", "partnerOf", "esa"), ("examplo-space", "partnerOf", "esa")},
     {("examplo-space", "cooperatesWith", "nasa"): None, ("acme-corp", "partnerOf", "esa"): None}),
    ("Examplo Space worked with NASA; Acme Corp worked with JAXA.",
     {("examplo-space", "cooperatesWith", "acme-corp"), ("nasa", "cooperatesWith", "jaxa")},
     {("examplo-space", "cooperatesWith", "nasa"): None, ("acme-corp", "cooperatesWith", "jaxa"): None}),
    ("Examplo Space works with NASA, while the Examplo Agency collaborates with ESA.",
     {("examplo-space", "cooperatesWith", "examplo-agency"), ("nasa", "cooperatesWith", "esa")},
     {("examplo-space", "cooperatesWith", "nasa"): None, ("examplo-agency", "cooperatesWith", "esa"): None}),
    ("Examplo Space has worked with NASA since 2010, and the Examplo Agency funds it.",
     {("examplo-space", "cooperatesWith", "examplo-agency"), ("nasa", "cooperatesWith", "examplo-agency")},
     {("examplo-space", "cooperatesWith", "nasa"): None}),
    # rows that must still give every partner: a plain list, a list of subjects
    ("Examplo Space works with NASA, ESA and JAXA.", set(),
     {("examplo-space", "cooperatesWith", "nasa"): None, ("examplo-space", "cooperatesWith", "esa"): None,
      ("examplo-space", "cooperatesWith", "jaxa"): None}),
    ("Examplo Space works with NASA and ESA on the Zeta rover.", set(),
     {("examplo-space", "partnerOf", "nasa"): None, ("examplo-space", "partnerOf", "esa"): None}),
    ("Examplo Space, Acme Corp and Beta Labs work closely with ESA.", set(),
     {("examplo-space", "cooperatesWith", "esa"): None, ("acme-corp", "cooperatesWith", "esa"): None,
      ("beta-labs", "cooperatesWith", "esa"): None}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "absent", "present"), CLAUSES_JOINED)
def test_no_list_across_a_joined_clause(
    extractor: RuleExtractor, text: str, absent: set[Triple], present: dict[Triple, str | None]
) -> None:
    check(extractor, text, absent, present)


NATIONALS: list[tuple[str, set[Triple], dict[Triple, str | None]]] = [
    ("Russian cosmonauts fly on Crew Dragon under a seat-swap deal NASA signed with Roscosmos.",
     {("russia", "participatesIn", "crew-dragon"), ("roscosmos", "participatesIn", "crew-dragon")}, {}),
    ("Since 2022 Russian cosmonauts have flown on Crew Dragon and American astronauts on Soyuz.",
     {("russia", "participatesIn", "crew-dragon"), ("united-states", "participatesIn", "soyuz")}, {}),
    ("Since 2022, under a seat-swap agreement that NASA signed with Roscosmos, Russian cosmonauts fly on Crew "
     "Dragon and NASA astronauts on Soyuz.",
     {("russia", "participatesIn", "crew-dragon"), ("roscosmos", "participatesIn", "crew-dragon"),
      ("nasa", "participatesIn", "crew-dragon")}, {}),
    ("Indian astronauts will fly on the Gaganyaan capsule.", {("india", "participatesIn", "gaganyaan")}, {}),
    ("Japanese engineers built the Zeta lander.", {("japan", "participatesIn", "zeta")}, {}),
    ("Chinese researchers joined the Zeta programme in 2021.", {("china", "participatesIn", "zeta")}, {}),
    ("French engineers worked on the Zeta rover with NASA.", {("france", "participatesIn", "zeta")}, {}),
    # rows that must still give the country's part: the country itself acts
    ("Russia flew two cosmonauts on Crew Dragon in 2023.", set(), {("russia", "participatesIn", "crew-dragon"): None}),
    ("Japan joined the Zeta programme, and Japanese engineers built its lander.", set(),
     {("japan", "participatesIn", "zeta"): None}),
    ("India took part in the Zeta mission.", set(), {("india", "participatesIn", "zeta"): None}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "absent", "present"), NATIONALS)
def test_a_nationality_before_people_is_no_subject(
    extractor: RuleExtractor, text: str, absent: set[Triple], present: dict[Triple, str | None]
) -> None:
    check(extractor, text, absent, present)
