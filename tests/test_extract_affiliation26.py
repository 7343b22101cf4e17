"""A nationality before a person's profession (affiliation26, v25 round): 'Jane Doe, an Italian scientist',
'Jane Doe is a German civil engineer', 'the Ukrainian-born investor', 'the Finnish physicist Jane Doe', 'A
Canadian astronaut, Jane Doe,' make the person affiliatedWith the country (GUIDELINES.md, "Nationality before a
profession"). Unseen-time misses of the shape in four sets (v10, v13, v22, v25), counted across the sets in
docs/extraction.md. Each grid row names the facts the text must NOT give (in any modality) and the true ones it
must give with their modality (None is plain). What the rows read:

- an apposition (', a', ', an', ', the', after an age or a bracket) or a copula ('is a', 'was a', 'had been a')
  after the name, a nationality adjective, up to two lower-case words of the field and a profession noun;
- the same noun fronted right before the name ('the Swiss physicist Jane Doe', 'Italian astronomer Jane Doe
  said') or fronted with a comma opening the clause ('An Italian astronaut, Jane Doe, will fly');
- a record or a short form ('the first Italian astronaut', 'a US astronaut'); a plural noun after a list of
  names ('Jane Doe and John Roe, two Italian astronauts') for each of them;
- '-born' counts ('the Indian-born astrophysicist'), and 'a German-born American engineer' names both;
- not a nationality before a body's noun ('an Italian Space Agency scientist', 'a scientist at the Italian Space
  Agency', 'the Russian agency's chief engineer': the body only), not a nationality of something else ('an expert
  on Chinese rockets', 'a French-speaking engineer', 'a Soviet-era engineer', 'an American football player'),
  not a profession that is no apposition of the name ('Jane Doe met an Italian scientist', 'who hired an American
  engineer'), not a possessive ('The American astronomer's wife, Jane Doe'), not a denial ('is not an American
  astronaut').

All sentences are invented."""

from __future__ import annotations

import pytest

from spacekg.extract.rules import RuleExtractor
from tests.test_extract_precision23 import check

Triple = tuple[str, str, str]


DOE, ROE, AGENCY, ACME = "jane-doe", "john-roe", "examplo-space-agency", "acme-robotics"
ANY = {"participatesIn", "leads", "partOf", "memberOf", "affiliatedWith"}


def _none(subject: str, obj: str) -> set[Triple]:
    return {(subject, relation, obj) for relation in ANY}


def _of(country: str, person: str = DOE) -> dict[Triple, str | None]:
    return {(person, "affiliatedWith", country): None}


# (text, facts it must not give in any modality, facts it must give with their modality)
ROWS: list[tuple[str, set[Triple], dict[Triple, str | None]]] = [
    # an apposition after the name
    ("The probe is named after Jane Doe, an Italian scientist who explained how comets break up.", set(), _of("italy")),
    (
        "It is named after Jane Doe, an American astronomer who found that the universe expands.",
        set(),
        _of("united-states"),
    ),
    ("Jane Doe, 54, a Brazilian aerospace engineer, spoke at the meeting.", set(), _of("brazil")),
    ("Jane Doe, a retired Mexican physician, flew as a tourist.", set(), _of("mexico")),
    (
        "Max Roe, the Ukrainian-born investor who had rescued the company, sold his stake.",
        set(),
        _of("ukraine", "max-roe"),
    ),
    ("Jane Doe, the Indian-born astrophysicist who leads the survey, spoke.", set(), _of("india")),
    (
        "Jane Doe, a German-born American engineer, designed the engine.",
        set(),
        {**_of("germany"), **_of("united-states")},
    ),
    # two appositions in one sentence, each its own
    (
        "Jane Doe, a Spanish scientist, and John Roe, a Dutch engineer, built the camera.",
        {(DOE, "affiliatedWith", "netherlands"), (ROE, "affiliatedWith", "spain")},
        {**_of("spain"), **_of("netherlands", ROE)},
    ),
    ("The crater is named after Jane Doe, a Danish astronomer, and John Roe.", _none(ROE, "denmark"), _of("denmark")),
    # a record or a short form of the country
    ("Jane Doe, the first Italian astronaut, spoke at the school.", set(), _of("italy")),
    ("Jane Doe, the first US astronaut to orbit the Earth, spoke.", set(), _of("united-states")),
    # a plural noun in apposition to a list of names: each of them
    (
        "Jane Doe and John Roe, two Italian astronauts, flew to the station.",
        set(),
        {**_of("italy"), **_of("italy", ROE)},
    ),
    (
        "Jane Doe, Max Poe and John Roe, all German engineers, built it.",
        set(),
        {**_of("germany"), **_of("germany", ROE), **_of("germany", "max-poe")},
    ),
    (
        "Ann Boe met John Roe and Jane Doe, both French physicists, in Paris.",
        _none("ann-boe", "france"),
        {**_of("france"), **_of("france", ROE)},
    ),
    # a copula
    ("Jane Doe is a French engineer.", set(), _of("france")),
    ("Jane Doe (1921-1998) was a Polish mathematician.", set(), _of("poland")),
    ("Jane Doe had been a Kenyan test pilot before she flew.", set(), _of("kenya")),
    # the noun fronted before the name
    ("It was an idea of the Finnish physicist Jane Doe.", set(), _of("finland")),
    ("The probe carries a camera designed by the Swiss physicist Jane Doe and his team.", set(), _of("switzerland")),
    ("The comet was found in May. Italian astronomer Jane Doe said it was bright.", set(), _of("italy")),
    (
        "The crew was named in April. An Italian astronaut, Jane Doe of the Examplo Space Agency, will fly.",
        set(),
        {**_of("italy"), **_of(AGENCY)},
    ),
    # with a body beside the nationality: both
    ("Jane Doe, a French engineer at Acme Robotics, spoke.", set(), {**_of("france"), **_of(ACME)}),
    # negative rows: the body only
    ("Jane Doe, an Italian Space Agency scientist, spoke.", _none(DOE, "italy"), _of("asi")),
    (
        "Jane Doe and John Roe, two Italian Space Agency astronauts, flew.",
        _none(DOE, "italy") | _none(ROE, "italy"),
        {**_of("asi"), **_of("asi", ROE)},
    ),
    ("Jane Doe, the US Space Force engineer, spoke.", _none(DOE, "united-states"), _of("us-space-force")),
    ("Jane Doe, a scientist at the Italian Space Agency, spoke.", _none(DOE, "italy"), _of("asi")),
    ("Jane Doe, the Russian agency's chief engineer, spoke.", _none(DOE, "russia"), {}),
    # negative rows: a nationality of something else
    ("Jane Doe, an expert on Chinese rockets, said the launch had failed.", _none(DOE, "china"), {}),
    ("Jane Doe, a French-speaking engineer, spoke.", _none(DOE, "france"), {}),
    ("Jane Doe, a Soviet-era engineer, spoke.", _none(DOE, "soviet-union"), {}),
    ("Jane Doe, an American football player, flew on the suborbital hop.", _none(DOE, "united-states"), {}),
    ("Jane Doe, the Japanese astronomer's daughter, spoke.", _none(DOE, "japan"), {}),
    ("Jane Doe, a Chinese rocket expert's student, spoke.", _none(DOE, "china"), {}),
    # negative rows: the profession is no apposition of the name
    ("Jane Doe met an Italian scientist in Rome.", _none(DOE, "italy"), {}),
    ("Jane Doe, who hired an American engineer, spoke.", _none(DOE, "united-states"), {}),
    ("Jane Doe worked with an Italian physicist, John Roe.", _none(DOE, "italy"), {}),
    ("The American astronomer's wife, Jane Doe, spoke.", _none(DOE, "united-states"), {}),
    ("Jane Doe visited a German engineer in Munich.", _none(DOE, "germany"), {}),
    ("Jane Doe, two Italian astronauts and a dog flew.", _none(DOE, "italy"), {}),
    # negative rows: a denial gives no plain fact
    ("Jane Doe is not an American astronaut.", {(DOE, "affiliatedWith", "united-states")}, {}),
]


@pytest.mark.parametrize(("text", "absent", "present"), ROWS)
def test_nationality_before_a_profession(
    extractor: RuleExtractor, text: str, absent: set[Triple], present: dict[Triple, str | None]
) -> None:
    check(extractor, text, absent, present)


@pytest.mark.parametrize(
    ("text", "absent", "present"),
    [
        # the bare fronted form in a short sentence (no ' a' or 'he ' anywhere: the offices gate missed it)
        ("Finnish physicist Jane Doe spoke.", set(), _of("finland")),
        # a speech verb after the name: 'believes' as well as 'said' (one SPEECH_AFTER for both modules)
        ("An Italian astronaut, Jane Doe believes, will fly to the station.", _none(DOE, "italy"), {}),
    ],
)
def test_review26_rows(
    extractor: RuleExtractor, text: str, absent: set[Triple], present: dict[Triple, str | None]
) -> None:
    check(extractor, text, absent, present)
