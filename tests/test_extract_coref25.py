"""Crafts named before (coref25, v24 round): relations whose one end is a class noun standing for a craft named
one or more sentences earlier ('the spacecraft', 'the satellite', 'the lander', 'the mission'), counted across
the sets in docs/extraction.md. Each grid row names the facts the text must NOT give (in any modality) and the
true ones it must give with their modality (None is plain). What the rows read:

- 'the spacecraft', 'the satellite', 'the lander', 'the probe' anywhere in a sentence: the one craft this sentence
  or the one before named, else the craft named most within reach that the noun fits (not one the text called
  another kind: 'the Zeta-6 lander … the orbiter'), never the rocket it flew on; none when two crafts are equally
  near ('Zeta-5 docked with Zeta-6. … the spacecraft');
- 'the mission' after a programme named since the craft ('… other missions of its LES programme …'): the craft;
- a count is no numbered name ('fly past Europa 49 times');
- 'Example University in Germany built …': the university builds, not the country it is in;
- ', with help from A, whose engineers worked in B': A helps, not B.

All sentences are invented."""

from __future__ import annotations

import pytest

from spacekg.extract.rules import RuleExtractor
from tests.test_extract_precision23 import check

Triple = tuple[str, str, str]


ESA_, ACME, RURI, Z5, Z6 = "examplo-space-agency", "acme-robotics", "ruritania-motors", "zeta-5", "zeta-6"
DOE_LAB, DOE_INST, ROE = "doe-laboratory", "doe-institute", "roe-research-center"
ANY = {"participatesIn", "leads", "partOf"}


def _none(subject: str, obj: str) -> set[Triple]:
    return {(subject, relation, obj) for relation in ANY}


# (text, facts it must not give in any modality, facts it must give with their modality)
ROWS: list[tuple[str, set[Triple], dict[Triple, str | None]]] = [
    # a maker of the craft named before
    (
        "The Examplo Space Agency launched Zeta-5 in March. Acme Robotics built the spacecraft.",
        set(),
        {(ACME, "participatesIn", Z5): None},
    ),
    (
        "The Examplo Space Agency launched Zeta-5 in March. The spacecraft was built by Acme Robotics.",
        set(),
        {(ACME, "participatesIn", Z5): None},
    ),
    (
        "Zeta-5 was launched in March. Acme Robotics designed the satellite together with Ruritania Motors.",
        set(),
        {(ACME, "participatesIn", Z5): None, (RURI, "participatesIn", Z5): None, (ACME, "partnerOf", RURI): None},
    ),
    (
        "The Examplo Space Agency launched its Zeta Clipper probe on Monday. The mission is managed by the Roe "
        "Laboratory, which designed the spacecraft together with the Doe Physics Laboratory.",
        set(),
        {
            ("roe-laboratory", "leads", "zeta-clipper"): None,
            ("doe-physics-laboratory", "participatesIn", "zeta-clipper"): None,
        },
    ),
    (
        "The Examplo Space Agency launched Zeta-5 in March. Acme Robotics and Ruritania Motors built the spacecraft.",
        set(),
        {(ACME, "participatesIn", Z5): None, (RURI, "participatesIn", Z5): None},
    ),
    (
        "The Examplo Space Agency launched Zeta-5 in March. Acme Robotics, the company that built the satellite, "
        "said it was in good health.",
        set(),
        {(ACME, "participatesIn", Z5): None},
    ),
    (
        "Zeta-5 was launched in March. Acme Robotics did not build the spacecraft.",
        set(),
        {(ACME, "participatesIn", Z5): "negated"},
    ),
    # not the rocket it flew on
    (
        "Zeta-5 reached orbit on an Example-9 rocket. Acme Robotics built the satellite.",
        _none(ACME, "example-9"),
        {(ACME, "participatesIn", Z5): None},
    ),
    (
        "Zeta-5 reached orbit on an Example-9 rocket. The Doe Institute operates the satellite.",
        _none(DOE_INST, "example-9"),
        {(DOE_INST, "leads", Z5): None},
    ),
    # an operator
    (
        "The Examplo Space Agency launched Zeta-5 in 2019. The spacecraft is operated by the Doe Institute.",
        set(),
        {(DOE_INST, "leads", Z5): None},
    ),
    (
        "The Examplo Space Agency launched Zeta-5 in March. The Doe Institute, which runs the probe, said it was "
        "healthy.",
        set(),
        {(DOE_INST, "leads", Z5): None},
    ),
    # a part supplied for the craft the noun fits (not the lander named with it)
    (
        "The Examplo Space Agency launched its Zeta-5 probe in 2004 with the Zeta-6 lander aboard. Acme Robotics "
        "supplied three instruments for the orbiter.",
        _none(ACME, Z6),
        {(ACME, "participatesIn", Z5): None},
    ),
    (
        "The Examplo Space Agency launched its Zeta-5 orbiter in March with the Zeta-6 rover. Acme Robotics built a "
        "camera for the rover.",
        _none(ACME, Z5),
        {(ACME, "participatesIn", Z6): None},
    ),
    (
        "Zeta-5 was launched in May. Example University in Germany built a radiation detector on the lander.",
        _none("germany", Z5),
        {("example-university", "participatesIn", Z5): None},
    ),
    # the craft the sentence before named, not the one the paragraph before was about
    (
        "Zeta-6, Ruritania's first satellite, was launched in 2016. Acme Robotics built it, and the Ruritanian space "
        "agency operates it. Ruritania did not build the satellite itself. Zeta-7 lifted off from Baikonur on a Soyuz "
        "rocket in 2019. The company Doe Aerospace built the satellite for Examplia.",
        _none("doe-aerospace", Z6),
        {("doe-aerospace", "participatesIn", "zeta-7"): None},
    ),
    # 'the mission': the craft, not a programme named since
    (
        "The Examplo Space Agency announced that it would not fly Zeta-5, a rover built to hunt for ice. Delays would "
        "put other missions of its Lunar Example Services (LES) programme at risk. The rover itself was nearly "
        "finished, and the mission was managed by the agency's Roe Research Center.",
        _none(ROE, "les"),
        {(ROE, "leads", Z5): None},
    ),
    (
        "The Examplo Space Agency announced that it would not fly Zeta-5, a rover built to hunt for ice. Delays would "
        "put other missions of its Lunar Example Services (LES) programme at risk. The mission was managed by the "
        "Roe Research Center.",
        _none(ROE, "les"),
        {(ROE, "leads", Z5): None},
    ),
    (
        "The Examplo Space Agency runs the Lunar Example Services programme. The mission is managed by the Roe "
        "Research Center.",
        set(),
        {(ROE, "leads", "lunar-example-services"): None},
    ),
    (
        "The Examplo Space Agency launched Zeta-5 in March. Ruritania runs the Zeta programme. The mission of the "
        "programme is managed by the Roe Research Center.",
        _none(ROE, Z5),
        {},
    ),
    # a count is no numbered name
    (
        "The Zeta-5 probe will fly past Europa 49 times. The mission is run by the Doe Laboratory.",
        _none(DOE_LAB, "europa-49"),
        {(DOE_LAB, "leads", Z5): None},
    ),
    # a helper, not a place of its relative clause
    (
        "Zeta-5 was designed with help from Acme Robotics, whose engineers had worked in Ruritania for decades.",
        _none("ruritania", Z5),
        {(ACME, "participatesIn", Z5): None},
    ),
    # look-alikes: two crafts equally near, no craft, an agency, another craft named by its noun
    ("Zeta-5 docked with Zeta-6 in March. Acme Robotics built the spacecraft.", _none(ACME, Z5) | _none(ACME, Z6), {}),
    (
        "Zeta-5 and Zeta-6 were launched in March. Acme Robotics built the spacecraft.",
        _none(ACME, Z5) | _none(ACME, Z6),
        {},
    ),
    ("The Examplo Space Agency wants to build a probe. Acme Robotics built the satellite.", _none(ACME, ESA_), {}),
    ("The Examplo Space Agency was set up in 1990. Acme Robotics built the spacecraft for it.", _none(ACME, ESA_), {}),
    (
        "The Examplo Space Agency launched Zeta-5 in March. Acme Robotics built a probe for Ruritania.",
        _none(ACME, Z5),
        {},
    ),
    (
        "The Examplo Space Agency launched Zeta-5 in 2019. Acme Robotics may build the spacecraft's successor.",
        _none(ACME, Z5),
        {},
    ),
    (
        "The Examplo Space Agency launched Zeta-5 in March. Acme Robotics built the satellite Zeta-6.",
        set(),
        {(ACME, "participatesIn", Z6): None},
    ),
]


@pytest.mark.parametrize(("text", "absent", "present"), ROWS)
def test_crafts_named_before(
    extractor: RuleExtractor, text: str, absent: set[Triple], present: dict[Triple, str | None]
) -> None:
    check(extractor, text, absent, present)
