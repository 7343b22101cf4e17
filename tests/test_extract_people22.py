"""People by construction (people22): a subject pronoun after a date opening a later clause ('…, and in April she
ran …') or after an opening participle clause with no comma ('After leaving the corps he worked for …') stands for
the person in focus, not the name nearest it ('she and John Roe went outside' does not make the later 'she' Roe);
a race or a public event ('ran the Example Marathon', 'took part in the Example Games') is taken part in (an
event, not a body run); a crew companion named as the commander ('aboard X, with the Examplian commander A and
B', 'with mission commander A') leads the craft and is not also one of its crew; a role of a
described craft held at a body ('A, the lander's manager at B'), a mission's name and a role in apposition ('A,
the X project scientist'), the chair of a committee named in apposition, heads of state and 'the government of
A', 'went under Project X', service in an armed force ('flew helicopters with the X Air Corps'), and a headline's record ('The first Examplian in space') over a profile that opens
with the person's name. Invented sentences in varied wordings, with the look-alikes that must give
nothing beside them."""

from __future__ import annotations

import pytest

from spacekg.extract.rules import RuleExtractor
from tests.test_extract_clauses import plain, stated

Triple = tuple[str, str, str]


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
        set(),
    ),
    # ('A, who commanded the flight,' and 'A, the commander,' lead it and are of its crew too, as annotated)
    (
        "On 18 May 1991 Jane Roe lifted off aboard Examplo-12 with two Examplian cosmonauts: John Doe, who "
        "commanded the flight, and Max Poe.",
        {
            ("jane-roe", "participatesIn", "examplo-12"),
            ("john-doe", "leads", "examplo-12"),
            ("max-poe", "participatesIn", "examplo-12"),
        },
        {("max-poe", "leads", "examplo-12")},
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


ROLE_ROWS: list[tuple[str, set[Triple], set[Triple]]] = [
    # a role of a described craft held at a body: of the body, and the manager leads the craft the noun names
    (
        'The Examplo lander touched down on Monday. "We landed twice," said Jane Roe, the lander\'s manager at '
        "Examplo Corp.",
        {("jane-roe", "affiliatedWith", "examplo-corp"), ("jane-roe", "leads", "examplo")},
        set(),
    ),
    (
        "Examplo-7 reached orbit on Monday. Jane Roe, the mission's manager at the Examplo Space Agency, said so.",
        {("jane-roe", "affiliatedWith", "examplo-space-agency"), ("jane-roe", "leads", "examplo-7")},
        set(),
    ),
    (
        "Examplo-7 reached orbit on Monday. Jane Roe, the mission's deputy manager at Examplo Corp, said so.",
        {("jane-roe", "affiliatedWith", "examplo-corp"), ("jane-roe", "participatesIn", "examplo-7")},
        {("jane-roe", "leads", "examplo-7")},
    ),
    # 'the lander' is the craft the text called a lander, not the nearest craft (the mission it rode on)
    (
        "Examplo-3, the first mission of its kind, carried Examplo-4, a small lander. Examplo-3 flew on. Jane Roe, "
        "the lander's manager at Examplo Corp, said so.",
        {("jane-roe", "leads", "examplo-4")},
        {("jane-roe", "leads", "examplo-3")},
    ),
    # a mission's name and a role in apposition
    (
        "Jane Roe, the Examplo-7 project scientist, said the first data were coming in.",
        {("jane-roe", "participatesIn", "examplo-7")},
        {("jane-roe", "leads", "examplo-7")},
    ),
    (
        "Jane Roe, the Examplo-7 project manager, said the first data were coming in.",
        {("jane-roe", "leads", "examplo-7")},
        set(),
    ),
    (
        "Jane Roe, the Examplo-7 launch, said so.",
        set(),
        {("jane-roe", "leads", "examplo-7"), ("jane-roe", "participatesIn", "examplo-7")},
    ),
    # a name in apposition to 'a select committee of the Senate chaired by X': the chair is the named committee's
    (
        "The report came from the Examplo Committee, a select committee of the Senate chaired by Jane Roe.",
        {("jane-roe", "affiliatedWith", "examplo-committee")},
        {("jane-roe", "affiliatedWith", "senate")},
    ),
    (
        "The Examplo Commission, chaired by Jane Roe, met in May.",
        {("jane-roe", "affiliatedWith", "examplo-commission")},
        set(),
    ),
    # heads of state and of a government named by it: the country in focus
    (
        "Sweden opened a launch complex in 2023. King Carl Roe cut the ribbon.",
        {("carl-roe", "affiliatedWith", "sweden")},
        set(),
    ),
    (
        "Sweden opened a launch complex in 2023. King Carl XVI Roe cut the ribbon.",
        {("carl-xvi-roe", "affiliatedWith", "sweden")},
        set(),
    ),
    (
        "Sweden opened a launch complex in 2023. King Carl Roe and Prime Minister Jane Roe cut the ribbon.",
        {("carl-roe", "affiliatedWith", "sweden"), ("jane-roe", "affiliatedWith", "sweden")},
        set(),
    ),
    (
        "Argentina created a new space agency in 1991. The government of Jane Roe agreed to scrap the missile.",
        {("jane-roe", "affiliatedWith", "argentina")},
        set(),
    ),
    (
        "Argentina created a new space agency in 1991. The missile had alarmed the government of Jane Roe.",
        {("jane-roe", "affiliatedWith", "argentina")},
        set(),
    ),
    (
        "Argentina created a new space agency in 1991. Its missile had alarmed Washington, and the government of Jane "
        "Roe agreed to scrap it.",
        {("jane-roe", "affiliatedWith", "argentina")},
        {("jane-roe", "affiliatedWith", "united-states")},
    ),
    (
        "Sweden opened a launch complex in 2023. The Burger King Carl Roe opened was closed.",
        set(),
        {("carl-roe", "affiliatedWith", "sweden")},
    ),
    # a flight under a programme, said with 'went'
    (
        "Jane Roe had flown to Mir in 1991, but she went under Project Examplo, a private arrangement.",
        {("jane-roe", "participatesIn", "project-examplo")},
        set(),
    ),
    (
        "Jane Roe went to orbit under the Examplo programme.",
        {("jane-roe", "participatesIn", "examplo")},
        set(),
    ),
    ("Examplo Corp went under in 2009.", set(), set()),
]

# Service in an armed force: 'flew helicopters with the X Air Corps', 'served with the X Regiment'.
FORCE_ROWS: list[tuple[str, set[Triple], set[Triple]]] = [
    (
        "Jane Roe joined the Examplian Army in 1992 and flew helicopters with the Examplo Air Corps before she became "
        "a test pilot.",
        {("jane-roe", "affiliatedWith", "examplian-army"), ("jane-roe", "affiliatedWith", "examplo-air-corps")},
        set(),
    ),
    (
        "Jane Roe served with the Examplo Regiment in Cyprus.",
        {("jane-roe", "affiliatedWith", "examplo-regiment")},
        set(),
    ),
    (
        "Jane Roe flew fighters in the Examplian Air Force.",
        {("jane-roe", "affiliatedWith", "examplian-air-force")},
        set(),
    ),
    # look-alikes: a company flown with, a force trained with, a country served in, a body's service
    ("Jane Roe flew with Examplo Corp in 2021.", set(), {("jane-roe", "affiliatedWith", "examplo-corp")}),
    (
        "Jane Roe trained with the Examplian Air Force.",
        set(),
        {("jane-roe", "affiliatedWith", "examplian-air-force")},
    ),
    ("Jane Roe served in France.", set(), {("jane-roe", "affiliatedWith", "france")}),
    (
        "Jane Roe flew alongside pilots from the Examplian Air Force.",
        set(),
        {("jane-roe", "affiliatedWith", "examplian-air-force")},
    ),
]

# A headline naming a record and no person, over a profile opening with the person's name.
HEADLINE_ROWS: list[tuple[str, set[Triple], set[Triple]]] = [
    (
        "The first French astronaut in ESA's corps\n\nJane Roe did not set out to be an astronaut.",
        {("jane-roe", "affiliatedWith", "france")},
        set(),
    ),
    (
        "The first French woman in space\n\nJane Roe was born in Lyon in 1960.",
        {("jane-roe", "affiliatedWith", "france")},
        set(),
    ),
    (
        "First Japanese to walk in space\n\nJane Roe was born in Osaka in 1960.",
        {("jane-roe", "affiliatedWith", "japan")},
        set(),
    ),
    # look-alikes: a record of a thing, a person not opening the text, a headline naming its holder
    (
        "The first French satellite in orbit\n\nJane Roe was born in Lyon in 1960.",
        set(),
        {("jane-roe", "affiliatedWith", "france")},
    ),
    (
        "The first French astronaut in space\n\nIn 1990 the agency hired Jane Roe, a German engineer.",
        set(),
        {("jane-roe", "affiliatedWith", "france")},
    ),
]


@pytest.mark.parametrize(
    ("text", "wanted", "unwanted"), PRONOUN_ROWS + EVENT_ROWS + CREW_ROWS + ROLE_ROWS + FORCE_ROWS + HEADLINE_ROWS
)
def test_people_grid(extractor: RuleExtractor, text: str, wanted: set[Triple], unwanted: set[Triple]) -> None:
    found = stated(extractor, text)
    assert wanted <= plain(found), (text, sorted(plain(found)))
    assert not unwanted & plain(found), (text, sorted(unwanted & plain(found)))
