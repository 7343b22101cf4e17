"""False relations on unseen prose (precision25, v24 round): the cause of false facts at unseen time that recurs
in the most sets and is still produced today, an office title with no country named ('President X', 'Prime
Minister X', 'X, the minister of state') given a country the sentence shows is not the office's:

- the guest of a visit ('a visit by President X to Washington', 'President X flew to Tokyo') is not of the country
  visited: the other of the two countries the text or the sentence names, or nothing;
- two office holders who meet ('talks between President A and Prime Minister B', 'President A met Prime Minister
  B') are not both of the country in focus: the second is of the other party, or of nothing;
- a post in apposition whose relative clause names its body ('X, the minister of state who oversees the
  Department of Y') is that body's only, not the country's;
- a capital's name later in the text ('the National Mall in Washington') names no country for 'under President X'
  in a text that names the country only inside a body's name.

And a subject taken across clauses (v24, still produced today; the same construction gone from older sets): 'he'
after 'made him minister, and' is the object person, not the clause's named subject; 'X, whose Director General,
Y, has made …, drafted Z' is X's drafting, not Y's.

Each row names the facts the text must NOT give (in any modality) and the true ones it must still give (None is
plain). All sentences are invented."""

from __future__ import annotations

import pytest

from spacekg.extract.rules import RuleExtractor
from tests.test_extract_precision23 import check

Triple = tuple[str, str, str]


def aff(person: str, country: str) -> Triple:
    return (person, "affiliatedWith", country)


US, JAPAN, INDIA, KENYA, BRAZIL = "united-states", "japan", "india", "kenya", "brazil"
JANE, JOHN = "jane-doe", "john-roe"

# (text, facts it must not give in any modality, facts it must give with their modality)
GUESTS: list[tuple[str, set[Triple], dict[Triple, str | None]]] = [
    # the guest of a visit is not of the country visited
    (
        "During a visit by President Jane Doe to Washington, Kenya and the United States signed a space pact.",
        {aff(JANE, US)},
        {aff(JANE, KENYA): None},
    ),
    (
        "In 2019, during a state visit by President Jane Doe to Washington, Brazil and the United States signed a "
        "safeguards agreement.",
        {aff(JANE, US)},
        {aff(JANE, BRAZIL): None},
    ),
    (
        "The United States and Brazil signed an accord on rockets.\n\nPresident Jane Doe flew to Washington for the "
        "signing.",
        {aff(JANE, US)},
        {aff(JANE, BRAZIL): None},
    ),
    (
        "Japan and Kenya signed a pact on satellites.\n\nPresident Jane Doe visited Tokyo on Monday to sign it.",
        {aff(JANE, JAPAN)},
        {aff(JANE, KENYA): None},
    ),
    (
        "The United States and India signed a pact on the Moon.\n\nPrime Minister Jane Doe, visiting Washington, "
        "praised the pact.",
        {aff(JANE, US)},
        {aff(JANE, INDIA): None},
    ),
    (
        "The United States and Kenya agreed to work together.\n\nPresident Jane Doe's visit to Washington ended on "
        "Friday.",
        {aff(JANE, US)},
        {aff(JANE, KENYA): None},
    ),
    (
        "The United States and Kenya agreed to work together.\n\nPresident Jane Doe arrived in Washington on Monday.",
        {aff(JANE, US)},
        {aff(JANE, KENYA): None},
    ),
    # three countries open the text: the guest is of none of them we can tell
    (
        "Japan, Kenya and France met in Paris to talk about debris.\n\nPresident Jane Doe arrived in Tokyo on Monday.",
        {aff(JANE, JAPAN)},
        {},
    ),
    # look-alikes that keep the country in focus: a visit to a place of one's own, a return, another country
    (
        "The United States and India signed a pact on the Moon.\n\nPresident Jane Doe visited the Kennedy Space "
        "Center on Monday.",
        set(),
        {aff(JANE, US): None},
    ),
    (
        "The United States and India signed a pact on the Moon.\n\nPresident Jane Doe returned to Washington on "
        "Monday.",
        set(),
        {aff(JANE, US): None},
    ),
    (
        "Kenya opened a spaceport on Monday. President Jane Doe, who visited Paris last year, cut the ribbon.",
        {aff(JANE, "france")},
        {aff(JANE, KENYA): None},
    ),
    ("Kenya opened a spaceport on Monday. President Jane Doe cut the ribbon.", set(), {aff(JANE, KENYA): None}),
]

COUNTERPARTS: list[tuple[str, set[Triple], dict[Triple, str | None]]] = [
    # two office holders who meet are of the two parties
    (
        "The United States and India issued a joint statement.\n\nIt was issued after talks between President Jane "
        "Doe and Prime Minister John Roe.",
        {aff(JOHN, US)},
        {aff(JANE, US): None, aff(JOHN, INDIA): None},
    ),
    (
        "The United States and Japan signed a pact.\n\nPresident Jane Doe met Prime Minister John Roe in Washington "
        "on Monday.",
        {aff(JOHN, US)},
        {aff(JANE, US): None, aff(JOHN, JAPAN): None},
    ),
    (
        "The United States and Japan signed a pact.\n\nPresident Jane Doe hosted Prime Minister John Roe for a dinner.",
        {aff(JOHN, US)},
        {aff(JANE, US): None, aff(JOHN, JAPAN): None},
    ),
    (
        "The United States and Japan signed a pact.\n\nPresident Jane Doe and Prime Minister John Roe met in "
        "Washington on Monday.",
        {aff(JOHN, US)},
        {aff(JANE, US): None, aff(JOHN, JAPAN): None},
    ),
    (
        "The United States and Japan signed a pact.\n\nThe meeting between President Jane Doe and Prime Minister "
        "John Roe lasted an hour.",
        {aff(JOHN, US)},
        {aff(JANE, US): None, aff(JOHN, JAPAN): None},
    ),
    # three parties open the text: the counterpart is of none we can tell
    (
        "Japan, India and the United States met in Tokyo.\n\nTalks between President Jane Doe and Prime Minister "
        "John Roe followed.",
        {aff(JOHN, JAPAN), aff(JOHN, INDIA)},
        {},
    ),
    # look-alikes: two office holders of one government who do not meet each other
    (
        "The United States and Japan signed a pact.\n\nPresident Jane Doe and Vice President John Roe watched the "
        "launch.",
        {aff(JOHN, JAPAN)},
        {aff(JANE, US): None, aff(JOHN, US): None},
    ),
    (
        "The United States and Japan signed a pact.\n\nPresident Jane Doe and Vice President John Roe met the crew "
        "after the landing.",
        {aff(JOHN, JAPAN)},
        {aff(JANE, US): None, aff(JOHN, US): None},
    ),
    (
        "The United States and Japan signed a pact.\n\nVice President John Roe, who chairs no council, praised "
        "President Jane Doe.",
        {aff(JOHN, JAPAN), aff(JANE, JAPAN)},
        {aff(JANE, US): None, aff(JOHN, US): None},
    ),
]

POSTS: list[tuple[str, set[Triple], dict[Triple, str | None]]] = [
    # a post whose relative clause names its body is that body's only
    (
        "India put a probe into orbit. Jane Doe, the minister of state who oversees the Department of Space, called "
        "it a triumph.",
        {aff(JANE, INDIA)},
        {},
    ),
    (
        "Kenya launched its first satellite. Jane Doe, the minister who heads the Kenya Space Agency, praised the "
        "launch.",
        {aff(JANE, KENYA)},
        {},
    ),
    (
        "Kenya launched its first satellite. Jane Doe, the minister who runs the Ministry of Defence, was there.",
        {aff(JANE, KENYA)},
        {},
    ),
    # look-alikes: a post with no body named keeps the country in focus
    (
        "Kenya launched its first satellite. Jane Doe, the science minister, praised the launch.",
        set(),
        {aff(JANE, KENYA): None},
    ),
    (
        "Kenya launched its first satellite. Jane Doe, the minister for education, praised the launch.",
        set(),
        {aff(JANE, KENYA): None},
    ),
    (
        "Kenya launched its first satellite. Jane Doe, the minister, who praised the launch, spoke first.",
        set(),
        {aff(JANE, KENYA): None},
    ),
]

CAPITALS_AHEAD: list[tuple[str, set[Triple], dict[Triple, str | None]]] = [
    # a capital named later is no country: the text never names the office's country
    (
        "John Roe flew with the US Air Force. In 1970 he worked under President Jane Doe. He later ran a museum in "
        "Washington.",
        {aff(JANE, US)},
        {},
    ),
    (
        "He left the agency in 1970 to serve under President Jane Doe. A year later he moved to Tokyo.",
        {aff(JANE, JAPAN)},
        {},
    ),
    # look-alike: the country itself named later still counts
    (
        "He left the agency in 1970 to serve under President Jane Doe. The United States honoured him, and the "
        "United States buried him.",
        set(),
        {aff(JANE, US): None},
    ),
]

ACCORDS, CHARTER = "artemis-accords", "zero-debris-charter"
ESA_X, CORP_X = "examplo-space-agency", "examplo-corp"

SUBJECTS: list[tuple[str, set[Triple], dict[Triple, str | None]]] = [
    # 'he' of a later clause after 'him' in the clause before stands for the object, not the clause's subject
    (
        "President Jane Doe made him minister in 2019, and in that post he signed the Artemis Accords in 2021.",
        {("jane-doe", "signs", ACCORDS)},
        {},
    ),
    (
        "Jane Doe appointed him in 2019, and he signed the Artemis Accords in 2021.",
        {("jane-doe", "signs", ACCORDS)},
        {},
    ),
    ("Jane Doe named him minister; he signed the Artemis Accords.", {("jane-doe", "signs", ACCORDS)}, {}),
    ("Jane Doe sent him to Washington, where he signed the Artemis Accords.", {("jane-doe", "signs", ACCORDS)}, {}),
    (
        "John Roe made her minister in 2019, and she signed the Artemis Accords in 2021.",
        {("john-roe", "signs", ACCORDS)},
        {},
    ),
    # look-alikes: a pronoun with no object pronoun before it, a named object, a possessive 'her'
    (
        "Jane Doe joined the agency in 2000, and in 2010 she signed the Artemis Accords.",
        set(),
        {("jane-doe", "signs", ACCORDS): None},
    ),
    (
        "Jane Doe hired John Roe, and he signed the Artemis Accords.",
        {("jane-doe", "signs", ACCORDS)},
        {("john-roe", "signs", ACCORDS): None},
    ),
    (
        "Jane Doe made her views known, and she signed the Artemis Accords.",
        set(),
        {("jane-doe", "signs", ACCORDS): None},
    ),
    (
        "John Roe became minister in 2019, and in that post he signed the Artemis Accords.",
        set(),
        {("john-roe", "signs", ACCORDS): None},
    ),
    # a whose-clause with a name in apposition, closed before the main verb, holds no subject of it
    (
        "The Examplo Space Agency, whose Director General, Jane Doe, has made debris one of her causes, drafted the "
        "Zero Debris Charter.",
        {("jane-doe", "drafts", CHARTER)},
        {(ESA_X, "drafts", CHARTER): None},
    ),
    (
        "The Examplo Space Agency, whose chief, Jane Doe, was new, signed the Artemis Accords.",
        {("jane-doe", "signs", ACCORDS)},
        {(ESA_X, "signs", ACCORDS): None},
    ),
    (
        "Examplo Corp, whose founder, Jane Doe, lives in Paris, signed the Artemis Accords in 2023.",
        {("jane-doe", "signs", ACCORDS)},
        {(CORP_X, "signs", ACCORDS): None},
    ),
    # look-alikes: no name inside the clause, the person is the clause's head, the whose-clause's own verb
    (
        "The Examplo Space Agency, whose chief has made debris a cause, drafted the Zero Debris Charter.",
        set(),
        {(ESA_X, "drafts", CHARTER): None},
    ),
    (
        "Jane Doe, whose agency, the Examplo Space Agency, was founded in 2001, signed the Artemis Accords.",
        set(),
        {("jane-doe", "signs", ACCORDS): None},
    ),
    (
        "Examplia, whose president, Jane Doe, signed the Artemis Accords, is a small country.",
        set(),
        {("jane-doe", "signs", ACCORDS): None},
    ),
]

ROWS = GUESTS + COUNTERPARTS + POSTS + CAPITALS_AHEAD + SUBJECTS


@pytest.mark.parametrize(("text", "absent", "present"), ROWS)
def test_office_country(
    extractor: RuleExtractor, text: str, absent: set[Triple], present: dict[Triple, str | None]
) -> None:
    check(extractor, text, absent, present)
