"""People by construction (people22): a subject pronoun after a date opening a later clause ('…, and in April she
ran …') or after an opening participle clause with no comma ('After leaving the corps he worked for …') stands for
the person in focus, not the name nearest it ('she and John Roe went outside' does not make the later 'she' Roe);
a race or a public event ('ran the Example Marathon', 'took part in the Example Games') is taken part in (an
event, not a body run); a crew companion named as the commander ('aboard X, with the Examplian commander A and
B', 'with A, who commanded the flight, and B') leads the craft and is not also one of its crew. Invented
sentences in varied wordings, with the look-alikes that must give nothing beside them."""

from __future__ import annotations

import pytest

from spacekg.extract.rules import RuleExtractor
from spacekg.model.facts import Dataset
from tests.test_extract_clauses import plain, stated

Triple = tuple[str, str, str]


@pytest.fixture(scope="module")
def extractor(dataset: Dataset) -> RuleExtractor:
    return RuleExtractor(dataset)


PROFILE = "Jane Roe was born in Lyon in 1960. Jane Roe joined the Examplo Space Agency in 1990. "
PAIR = "Jane Roe and John Doe flew to the Examplo Station in 2015. "

# (text, facts that must be stated plainly, facts that must not be stated plainly)
PRONOUN_ROWS: list[tuple[str, set[Triple], set[Triple]]] = [
    # a date opening a later clause: the pronoun after it is that clause's subject, the person in focus
    (
        PAIR + "In January 2016 she and Doe went outside, and in April she ran the Examplo Marathon.",
        {("jane-roe", "participatesIn", "examplo-marathon")},
        {("john-doe", "participatesIn", "examplo-marathon"), ("john-doe", "affiliatedWith", "examplo-marathon")},
    ),
    (
        PROFILE + "She met John Doe in Paris, and in 1995 she joined Examplo Corp.",
        {("jane-roe", "affiliatedWith", "examplo-corp")},
        {("john-doe", "affiliatedWith", "examplo-corp")},
    ),
    (
        PROFILE + "She flew with John Doe twice; in March 2001 she left the agency and joined Examplo Corp.",
        {("jane-roe", "affiliatedWith", "examplo-corp")},
        {("john-doe", "affiliatedWith", "examplo-corp")},
    ),
    (
        PROFILE + "Her instructor was John Doe, but on 3 May 1999 she joined Examplo Corp.",
        {("jane-roe", "affiliatedWith", "examplo-corp")},
        {("john-doe", "affiliatedWith", "examplo-corp")},
    ),
    # an opening participle clause with no comma before the pronoun
    (
        PROFILE + "Her friend John Doe stayed on. After leaving the agency she worked for Examplo Bank.",
        {("jane-roe", "affiliatedWith", "examplo-bank")},
        {("john-doe", "affiliatedWith", "examplo-bank")},
    ),
    (
        PROFILE + "She trained with John Doe. Before joining the agency she worked for Examplo Bank.",
        {("jane-roe", "affiliatedWith", "examplo-bank")},
        {("john-doe", "affiliatedWith", "examplo-bank")},
    ),
    # look-alikes: a named subject after the date is that name; a pronoun object gives the subject nothing new
    (
        PROFILE + "She flew twice, and in 2001 John Doe joined Examplo Corp.",
        {("john-doe", "affiliatedWith", "examplo-corp")},
        {("jane-roe", "affiliatedWith", "examplo-corp")},
    ),
    (
        PAIR + "In January 2016 she and Doe went outside to replace a failed power unit.",
        set(),
        {("john-doe", "affiliatedWith", "examplo-station"), ("jane-roe", "affiliatedWith", "examplo-station")},
    ),
]

EVENT_ROWS: list[tuple[str, set[Triple], set[Triple]]] = [
    (
        "In April Jane Roe ran the Examplo Marathon on a treadmill.",
        {("jane-roe", "participatesIn", "examplo-marathon")},
        {("jane-roe", "affiliatedWith", "examplo-marathon")},
    ),
    (
        "Jane Roe runs in the Examplo Half Marathon every year.",
        {("jane-roe", "participatesIn", "examplo-half-marathon")},
        {("jane-roe", "affiliatedWith", "examplo-half-marathon")},
    ),
    (
        "Jane Roe took part in the Examplo Games in 2012.",
        {("jane-roe", "participatesIn", "examplo-games")},
        set(),
    ),
    (
        "Jane Roe competed in the Examplo Championships.",
        {("jane-roe", "participatesIn", "examplo-championships")},
        set(),
    ),
    (
        "Examplo Corp took part in the Examplo Airshow with a new drone.",
        {("examplo-corp", "participatesIn", "examplo-airshow")},
        set(),
    ),
    # look-alikes: running a body is an office, not a race; a race not run is no plain fact
    (
        "Jane Roe ran the Examplo Space Agency from 1990 to 2000.",
        {("jane-roe", "affiliatedWith", "examplo-space-agency")},
        {("jane-roe", "participatesIn", "examplo-space-agency")},
    ),
    (
        "Jane Roe did not run the Examplo Marathon.",
        set(),
        {("jane-roe", "participatesIn", "examplo-marathon"), ("jane-roe", "affiliatedWith", "examplo-marathon")},
    ),
    (
        "Jane Roe watched the Examplo Marathon from her window.",
        set(),
        {("jane-roe", "participatesIn", "examplo-marathon"), ("jane-roe", "affiliatedWith", "examplo-marathon")},
    ),
]

CREW_ROWS: list[tuple[str, set[Triple], set[Triple]]] = [
    (
        "Jane Roe launched from Baikonur on 15 December 2015 aboard Examplo-7, with the Russian commander John Doe "
        "and NASA's Max Poe.",
        {
            ("jane-roe", "participatesIn", "examplo-7"),
            ("john-doe", "leads", "examplo-7"),
            ("max-poe", "participatesIn", "examplo-7"),
        },
        {("john-doe", "participatesIn", "examplo-7"), ("max-poe", "leads", "examplo-7")},
    ),
    (
        "Jane Roe flew aboard Examplo-7 with mission commander John Doe.",
        {("jane-roe", "participatesIn", "examplo-7"), ("john-doe", "leads", "examplo-7")},
        {("john-doe", "participatesIn", "examplo-7")},
    ),
    (
        "On 18 May 1991 Jane Roe lifted off aboard Examplo-12 with two Examplian cosmonauts: John Doe, who "
        "commanded the flight, and Max Poe.",
        {
            ("jane-roe", "participatesIn", "examplo-12"),
            ("john-doe", "leads", "examplo-12"),
            ("max-poe", "participatesIn", "examplo-12"),
        },
        {("john-doe", "participatesIn", "examplo-12")},
    ),
    (
        "Jane Roe came back to Earth aboard Examplo-9 with John Doe, the commander, and Max Poe.",
        {("john-doe", "leads", "examplo-9"), ("max-poe", "participatesIn", "examplo-9")},
        {("john-doe", "participatesIn", "examplo-9")},
    ),
    # look-alikes: a rank before the name is no command of the flight; companions without a role ride along
    (
        "Jane Roe flew aboard Examplo-7 with Commander John Doe.",
        set(),
        {("john-doe", "leads", "examplo-7")},
    ),
    (
        "Jane Roe flew aboard Examplo-7 with John Doe and Max Poe.",
        {("john-doe", "participatesIn", "examplo-7"), ("max-poe", "participatesIn", "examplo-7")},
        {("john-doe", "leads", "examplo-7"), ("max-poe", "leads", "examplo-7")},
    ),
    (
        "Jane Roe, the commander, flew aboard Examplo-7 with John Doe.",
        {("john-doe", "participatesIn", "examplo-7")},
        {("john-doe", "leads", "examplo-7")},
    ),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), PRONOUN_ROWS + EVENT_ROWS + CREW_ROWS)
def test_people_grid(extractor: RuleExtractor, text: str, wanted: set[Triple], unwanted: set[Triple]) -> None:
    found = stated(extractor, text)
    assert wanted <= plain(found), (text, sorted(plain(found)))
    assert not unwanted & plain(found), (text, sorted(unwanted & plain(found)))
