"""Builders named after 'by' and 'at' (participation26, v25 round): where unseen prose lost a maker's taking part
with both ends in the sentence, although the construction was read for other words (docs/extraction.md):

- 'assembled' is a verb of building like 'built': 'X was designed and assembled by A', 'X was assembled by A',
  'X was assembled at the Example University' (the verb was missing from the passive and from the gate of
  makers.built_at);
- the people of a body after 'by': 'built by students of the University of X', 'designed by a team of scientists
  from the X Institute', 'by engineers and students of X' (the body takes part; a country named so, 'by engineers
  from Japan', gives nothing, as 'Japanese engineers' gives nothing);
- a body's centre after 'at': 'assembled at NASA's X Space Center' (the centre takes part, not its owner).

Each row names the facts the text must NOT give (in any modality) and those it must give with their modality
(None is plain). All sentences are invented."""

from __future__ import annotations

import pytest

from spacekg.extract.rules import RuleExtractor
from tests.test_extract_precision23 import check

Triple = tuple[str, str, str]


Z5, ACME, UOR, XSA = "zeta-5", "acme-robotics", "university-of-ruritania", "examplo-space-agency"
P = "participatesIn"

# (text, facts it must not give in any modality, facts it must give with their modality)
ASSEMBLED: list[tuple[str, set[Triple], dict[Triple, str | None]]] = [
    ("Zeta-5 was designed and assembled by the Examplo Space Agency (XSA), which was renamed in January.",
     set(), {("xsa", P, Z5): None}),
    ("Zeta-5 was assembled by Acme Robotics in 2019.", set(), {(ACME, P, Z5): None}),
    ("Zeta-5, which was assembled by Acme Robotics, reached orbit in May.", set(), {(ACME, P, Z5): None}),
    ("Zeta-5 will be assembled by Acme Robotics next year.", set(), {(ACME, P, Z5): "planned"}),
    ("Zeta-5 was not assembled by Acme Robotics.", set(), {(ACME, P, Z5): "negated"}),
    ("Zeta-5 was assembled at the University of Ruritania.", set(), {(UOR, P, Z5): None}),
    ("Zeta-5 was assembled at JAXA's Tsukuba Space Center.",
     {("jaxa", P, Z5)}, {("tsukuba-space-center", P, Z5): None}),
    ("The Zeta-5 rover was nearly finished. It had been assembled at NASA's Goddard Space Flight Center in Maryland.",
     {("nasa", P, Z5)}, {("goddard-space-flight-center", P, Z5): None}),
    ("Zeta-5 was built at NASA's Goddard Space Flight Center in Maryland.",
     {("nasa", P, Z5)}, {("goddard-space-flight-center", P, Z5): None}),
    ("Zeta-5 was assembled at ISRO's U R Rao Satellite Centre in Bengaluru.",
     {("isro", P, Z5)}, {("u-r-rao-satellite-centre", P, Z5): None}),
    # look-alikes: a place, people gathering, a test, a nationality
    ("Zeta-5 was assembled in Exampleton.", {("exampleton", P, Z5)}, {}),
    ("The crowd assembled at the Examplo Space Agency's visitor centre to watch Zeta-5.", {(XSA, P, Z5)}, {}),
    ("Delegates of Acme Robotics assembled at the University of Ruritania to discuss Zeta-5.",
     {(ACME, P, Z5), (UOR, P, Z5)}, {}),
    ("Zeta-5 was tested at NASA's Johnson Space Center.", {("nasa", P, Z5), ("johnson-space-center", P, Z5)}, {}),
    ("Zeta-5 was assembled by Japanese engineers.", {("japan", P, Z5)}, {}),
]  # fmt: skip

PEOPLE_AFTER_BY: list[tuple[str, set[Triple], dict[Triple, str | None]]] = [
    ("Zeta-5 was built by students of the University of Ruritania and launched in May 2013.",
     set(), {(UOR, P, Z5): None}),
    ("Zeta-5 was built by engineers at the Examplo Space Agency.", set(), {(XSA, P, Z5): None}),
    ("Zeta-5 was designed by a team of scientists from the Ruritania Institute of Technology.",
     set(), {("ruritania-institute-of-technology", P, Z5): None}),
    ("The satellite Zeta-5, built by engineers and students of the University of Ruritania, reached orbit.",
     set(), {(UOR, P, Z5): None}),
    ("Zeta-5 was developed by researchers at Acme Robotics and the University of Ruritania.",
     set(), {(ACME, P, Z5): None, (UOR, P, Z5): None}),
    ("Zeta-5, a cubesat built by students of the University of Ruritania, flew in 2020.",
     set(), {(UOR, P, Z5): None}),
    ("Zeta-5, a cubesat that was built by Acme Robotics, flew in 2020.", set(), {(ACME, P, Z5): None}),
    ("Zeta-5 will be built by students of the University of Ruritania.", set(), {(UOR, P, Z5): "planned"}),
    ("Zeta-5 was not built by students of the University of Ruritania.", set(), {(UOR, P, Z5): "negated"}),
    ("Zeta-5 was built by scientists from the University of Ruritania and Japan.",
     {("japan", P, Z5)}, {(UOR, P, Z5): None}),
    # look-alikes: a nationality, verbs that build nothing, people of a body in another clause
    ("Zeta-5 was built by engineers from Japan.", {("japan", P, Z5)}, {}),
    ("Zeta-5 was built by engineers from India and Japan.", {("japan", P, Z5), ("india", P, Z5)}, {}),
    ("Zeta-5 was watched by students of the University of Ruritania.", {(UOR, P, Z5)}, {}),
    ("Zeta-5 was criticised by scientists at the University of Ruritania.", {(UOR, P, Z5)}, {}),
    ("Zeta-5 was named by students of the University of Ruritania.", {(UOR, P, Z5)}, {}),
    ("Zeta-5 was built by a company whose engineers trained at the University of Ruritania.", {(UOR, P, Z5)}, {}),
    ("Zeta-5 was built by students, and scientists of the University of Ruritania studied its data.",
     {(UOR, P, Z5)}, {}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "absent", "present"), ASSEMBLED)
def test_assembled_builds(
    extractor: RuleExtractor, text: str, absent: set[Triple], present: dict[Triple, str | None]
) -> None:
    check(extractor, text, absent, present)


@pytest.mark.parametrize(("text", "absent", "present"), PEOPLE_AFTER_BY)
def test_people_of_a_body_after_by(
    extractor: RuleExtractor, text: str, absent: set[Triple], present: dict[Triple, str | None]
) -> None:
    check(extractor, text, absent, present)
