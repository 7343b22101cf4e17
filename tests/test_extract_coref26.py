"""Ends named in an earlier sentence (coref26, v25 round): a subject 'it' standing for a launch centre, cosmodrome,
spaceport, observatory or test range that an earlier sentence named ('The Example Launch Centre lies in the
desert. It is run by the Example Air Force'), counted across the sets in docs/extraction.md. Each grid row names
the facts the text must NOT give (in any modality) and the true ones it must give with their modality (None is
plain). What the rows read:

- a subject 'it' may stand for a facility on the ground, as for a body, a country or a programme, by the same
  salience (the subject of the sentence before weighs most; a person is never 'it');
- not a station in orbit (read as a craft elsewhere), not when two facilities are listed as equals
  ('A and B lie in Examplia. It is run by …': either), not a dummy 'it' ('It is expected that …', 'It was a
  good year'), not a generic ('A launch centre is costly. It is usually run by an air force'), and a body that
  opened the sentence before keeps 'it' ('The Air Force built the Zeta Launch Centre. It later joined …').
- a surname after a given name and a middle initial ('Jane M. Doe' after a headline's 'Jane Doe') is no short form:
  the later 'she' stands for Jane Doe, not for a person 'Jane M.';
- two compatible names listed as equals in the sentence before ('Jane Doe and John Roe joined X. She …', 'The
  Example Agency and the Ruritanian Space Agency met. The agency …') stand for neither.

All sentences are invented."""

from __future__ import annotations

import pytest

from spacekg.extract.rules import RuleExtractor
from tests.test_extract_precision23 import check

Triple = tuple[str, str, str]


CENTRE, RANGE, FORCE = "examplo-launch-centre", "zeta-test-range", "examplian-air-force"
ACME, ESA_, DOE, UNI = "acme-robotics", "examplo-space-agency", "jane-doe", "examplo-university"
ANY = {"participatesIn", "leads", "partOf", "memberOf", "affiliatedWith"}


def _none(subject: str, obj: str) -> set[Triple]:
    return {(subject, relation, obj) for relation in ANY}


# (text, facts it must not give in any modality, facts it must give with their modality)
ROWS: list[tuple[str, set[Triple], dict[Triple, str | None]]] = [
    # a facility that opened the sentence before, run by a body
    (
        "The Examplo Launch Centre lies in the desert of Examplia. It was founded in 1958 and is run by the "
        "Examplian Air Force.",
        set(),
        {(FORCE, "leads", CENTRE): None},
    ),
    (
        "Examplo Cosmodrome is a military spaceport in northern Examplia. It is operated by the Examplian Space "
        "Forces.",
        set(),
        {("examplian-space-forces", "leads", "examplo-cosmodrome"): None},
    ),
    (
        "The Zeta Observatory sits on a mountain in Ruritania. It is managed by Examplo University.",
        set(),
        {(UNI, "leads", "zeta-observatory"): None},
    ),
    (
        "The Examplo Spaceport opened in 2015 on the coast of Ruritania. It is run by Acme Robotics.",
        set(),
        {(ACME, "leads", "examplo-spaceport"): None},
    ),
    (
        "The Examplo Test Range lies in Ruritania, far from the capital. It was set up in 1960 and has been run by "
        "the Ruritanian Army since 1970.",
        set(),
        {("ruritanian-army", "leads", "examplo-test-range"): None},
    ),
    # after an opening adverbial, two sentences on, beside a person or a body named in passing
    (
        "The Examplo Launch Centre lies in the desert of Examplia. Since 2001 it has been operated by Acme Robotics.",
        set(),
        {(ACME, "leads", CENTRE): None},
    ),
    (
        "The Examplo Launch Centre is the oldest of Examplia's launch sites. Despite its name, it lies far from "
        "Exampleton. It is run by the Examplian Air Force.",
        set(),
        {(FORCE, "leads", CENTRE): None},
    ),
    (
        "Jane Doe visited the Examplo Launch Centre in 2019. It is run by the Examplian Air Force.",
        _none(FORCE, DOE),
        {(FORCE, "leads", CENTRE): None},
    ),
    (
        "The Examplo Launch Centre lies in the desert of Examplia, where Acme Robotics has a plant. It is run by "
        "the Examplian Air Force.",
        _none(FORCE, ACME),
        {(FORCE, "leads", CENTRE): None},
    ),
    # plans and negations keep their modality
    (
        "The Examplo Launch Centre lies in the desert of Examplia. It will be run by Acme Robotics from next year.",
        set(),
        {(ACME, "leads", CENTRE): "planned"},
    ),
    (
        "The Examplo Launch Centre lies in the desert of Examplia. It is not run by the Examplian Air Force.",
        set(),
        {(FORCE, "leads", CENTRE): "negated"},
    ),
    # look-alikes: two facilities as equals, a dummy 'it', a generic, a body that opened the sentence before
    (
        "The Examplo Launch Centre and the Zeta Test Range lie in Examplia. It is run by the Examplian Air Force.",
        _none(FORCE, CENTRE) | _none(FORCE, RANGE),
        {},
    ),
    (
        "The Examplo Launch Centre lies in the desert. It is expected that the Examplian Air Force will take over "
        "next year.",
        _none(FORCE, CENTRE),
        {},
    ),
    (
        "The Examplo Launch Centre lies in the desert. It was a good year for the Examplian Air Force, which ran "
        "twelve launches.",
        _none(FORCE, CENTRE),
        {},
    ),
    (
        "The Examplo Space Agency built the Zeta Launch Centre in 1990. It later joined the Examplo Alliance.",
        _none("zeta-launch-centre", "examplo-alliance"),
        {(ESA_, "memberOf", "examplo-alliance"): None},
    ),
    (
        "The Examplo Space Agency opened the Zeta Launch Centre in 1990. It is run by Jane Doe.",
        _none(DOE, "zeta-launch-centre"),
        {(DOE, "affiliatedWith", ESA_): None},
    ),
    (
        "The Examplo Launch Centre lies in the desert of Examplia. It was founded in 1958.\n\nThe Examplian Air "
        "Force has its own budget. It is run by Jane Doe.",
        _none(DOE, CENTRE),
        {(DOE, "affiliatedWith", FORCE): None},
    ),
    (
        "Acme Robotics has a plant near the Examplo Launch Centre. It is run by Jane Doe.",
        _none(DOE, CENTRE),
        {},
    ),
    (
        "The Examplian Air Force runs the Examplo Launch Centre. It also runs the Zeta Test Range.",
        _none(CENTRE, RANGE),
        {(FORCE, "leads", CENTRE): None, (FORCE, "leads", RANGE): None},
    ),
    # a station in orbit is no ground facility: 'It was Zeta-5' names the satellite, not the station
    (
        "On 11 May 2018 a small cube was pushed out of the Examplo Space Station. It was Zeta-5, the first "
        "satellite built in Ruritania, and engineers at Examplo University had made it.",
        _none(UNI, "examplo-space-station"),
        {(UNI, "participatesIn", "zeta-5"): None},
    ),
]


# A person named in a headline and again with a middle initial ('Jane Doe dies at 94 … Jane M. Doe, who …'): the
# surname is not a short form cut off the longer name, so 'she' later stands for Jane Doe, not for 'Jane M.'.
INITIAL_ROWS: list[tuple[str, set[Triple], dict[Triple, str | None]]] = [
    (
        "Jane Doe dies at 94\n\nJane M. Doe, who ran the Examplo Space Agency from 1981 to 1985, died in 2020. Born "
        "in Exampleton, she graduated from Examplo University.",
        _none("jane-m", UNI),
        {(DOE, "affiliatedWith", UNI): None, (DOE, "affiliatedWith", ESA_): None},
    ),
    (
        "Jane Doe, Examplo's first astronaut, dies\n\nJane M. Doe flew on Zeta-5 in 1990. She later joined Acme "
        "Robotics.",
        _none("jane-m", ACME),
        {(DOE, "affiliatedWith", ACME): None},
    ),
    (
        "Jane M. Doe, who ran the Examplo Space Agency, died in 2020. Born in Exampleton, she graduated from Examplo "
        "University.",
        set(),
        {("jane-m-doe", "affiliatedWith", UNI): None},
    ),
]


# Two compatible names listed as equals in the sentence before: 'she' (the text shows neither's gender) and 'the
# agency' stand for neither, and the nearest of the two is not taken in their place; a title that shows the gender,
# a subject against an object, or a company beside an agency still tell them apart.
RIVAL_ROWS: list[tuple[str, set[Triple], dict[Triple, str | None]]] = [
    (
        "Jane Doe and John Roe joined Acme Robotics in 1990. She later led the Zeta-5 mission.",
        {(DOE, "leads", "zeta-5"), ("john-roe", "leads", "zeta-5")},
        {(DOE, "affiliatedWith", ACME): None, ("john-roe", "affiliatedWith", ACME): None},
    ),
    (
        "Jane Doe and John Roe joined Acme Robotics in 1990. Later he led the Zeta-5 mission.",
        {(DOE, "leads", "zeta-5"), ("john-roe", "leads", "zeta-5")},
        {},
    ),
    (
        "The Examplo Space Agency and the Ruritanian Space Agency met in 2019. The agency will lead the Zeta-5 "
        "mission.",
        {(ESA_, "leads", "zeta-5"), ("ruritanian-space-agency", "leads", "zeta-5")},
        {},
    ),
    (
        "Norway and Sweden signed the Zeta Accords in 2020. It later joined the Zeta programme.",
        {("norway", "participatesIn", "zeta"), ("sweden", "participatesIn", "zeta")},
        {("norway", "signs", "zeta-accords"): None},
    ),
    (
        "Jane Doe joined Acme Robotics in 1990. She later led the Zeta-5 mission.",
        set(),
        {(DOE, "leads", "zeta-5"): None},
    ),
    (
        "Ms Jane Doe and Mr John Roe joined Acme Robotics in 1990. She later led the Zeta-5 mission.",
        {("john-roe", "leads", "zeta-5")},
        {(DOE, "leads", "zeta-5"): None},
    ),
    (
        "Jane Doe met John Roe in 1990. She later led the Zeta-5 mission.",
        {("john-roe", "leads", "zeta-5")},
        {(DOE, "leads", "zeta-5"): None},
    ),
    (
        "The Examplo Space Agency and Acme Robotics announced Zeta-5 in 2019. The agency will lead the mission.",
        {(ACME, "leads", "zeta-5")},
        {(ESA_, "leads", "zeta-5"): "planned"},
    ),
]


@pytest.mark.parametrize(("text", "absent", "present"), ROWS + INITIAL_ROWS + RIVAL_ROWS)
def test_named_in_an_earlier_sentence(
    extractor: RuleExtractor, text: str, absent: set[Triple], present: dict[Triple, str | None]
) -> None:
    check(extractor, text, absent, present)


def test_a_generic_facility_gives_nothing(extractor: RuleExtractor) -> None:
    """A generic facility and `it` for it: no body runs anything (this row asserted nothing in the grid; review26)."""
    text = "A launch centre is costly to build. It is usually run by an air force, as in Examplia."
    assert extractor.extract(text, "t.txt", "0" * 64).facts == []
