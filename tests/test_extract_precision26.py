"""False relations on unseen prose (precision26, v25 round): causes of false facts at unseen time that recur in
the texts of at least three sets and are still produced by today's rules on invented look-alikes.

- A middle initial: 'Jane Q. Doe' after a headline's 'Jane Doe' is one person; the headline's surname is not a
  short form inside the full name (which left 'Jane Q.' as a second person who got the facts).
- A country named only inside a body's name ('US Navy', 'United States Naval Academy', 'US Air Force') is not the
  text's country for a title of state with no country in the phrase ('President X'; GUIDELINES: "When the text
  never names that country (only inside a body's name …), nothing is annotated").
- A month's short form after 'Early', 'Mid', 'Late' ('Late Dec 2021: X docks with Y' in a thread) is a date, not
  a person's name that takes part in what the line says.
- A clause after a semicolon that opens with its own common-noun subject ('…; the seat was bought from Y') takes no
  subject from before the semicolon ('launching with SpaceX in March; the seat was bought from Axiom Space' is no
  partnership of SpaceX and Axiom Space); an anaphor there ('; the country also signed') is still read.

Each row names the facts the text must NOT give (in any modality) and the true ones it must still give (None is
plain). All sentences are invented."""

from __future__ import annotations

import re

import pytest

from spacekg.extract.rules import RuleExtractor
from tests.test_extract_clauses import run
from tests.test_extract_precision23 import check

Triple = tuple[str, str, str]


def aff(person: str, body: str) -> Triple:
    return (person, "affiliatedWith", body)


JANE, JOHN, US = "jane-doe", "john-roe", "united-states"
AGENCY, ACME = "examplo-space-agency", "acme-corp"

# (text, facts it must not give in any modality, facts it must give with their modality)
INITIALS: list[tuple[str, set[Triple], dict[Triple, str | None]]] = [
    (
        "Jane Doe, agency chief who built the base, dies at 90\n\nJane Q. Doe, who ran the Examplo Space Agency from "
        "1981 to 1985, died on Monday. She worked for Acme Corp before that.",
        {aff("jane-q", AGENCY), aff("jane-q", ACME)},
        {aff(JANE, AGENCY): None, aff(JANE, ACME): None},
    ),
    (
        "Jane Doe profile\n\nJane Q. Doe joined the Examplo Space Agency in 1990.",
        {aff("jane-q", AGENCY)},
        {aff(JANE, AGENCY): None},
    ),
    (
        "John Roe retires\n\nJohn P. Roe, the head of Acme Corp, said he would retire. Roe joined Acme Corp in 1990.",
        {aff("john-p", ACME)},
        {aff(JOHN, ACME): None},
    ),
    (
        "Obituary: Jane Doe\n\nJane K. Doe graduated from Otherland University and served in the Examplian Navy.",
        {aff("jane-k", "otherland-university"), aff("jane-k", "examplian-navy")},
        {aff(JANE, "otherland-university"): None, aff(JANE, "examplian-navy"): None},
    ),
    (
        "Jane Doe and John Roe honoured\n\nJane Q. Doe of the Examplo Space Agency and John Roe of Acme Corp won the "
        "prize.",
        {aff("jane-q", AGENCY), aff(JANE, ACME)},
        {aff(JANE, AGENCY): None, aff(JOHN, ACME): None},
    ),
    (
        "John Roe to lead Examplo agency\n\nJohn T. Roe, a former Acme Corp engineer, will run the Examplo Space "
        "Agency. Roe worked for Acme Corp for ten years.",
        {aff("john-t", ACME)},
        {aff(JOHN, ACME): None},
    ),
    # look-alikes: the surname alone after the full name, a surname opening a sentence, no initial at all
    (
        "Jane Doe joined the Examplo Space Agency in 1990. Later, Doe worked for Acme Corp.",
        set(),
        {aff(JANE, ACME): None},
    ),
    ("Jane Doe at 80\n\nDoe, who ran the Examplo Space Agency, is 80 today.", set(), {aff(JANE, AGENCY): None}),
    ("Jane Doe and Q. Roe\n\nThe Examplo Space Agency hired Jane Doe in 1990.", set(), {aff(JANE, AGENCY): None}),
]

BODY_NAMES: list[tuple[str, set[Triple], dict[Triple, str | None]]] = [
    # the country named only inside bodies' names: the president's office is nobody's
    (
        "Jane Doe, who ran the Examplo Space Agency and persuaded President John Roe to approve a base, died on "
        "Monday.\n\nShe graduated from the United States Naval Academy and served in the US Navy.",
        {aff(JOHN, US)},
        {aff(JANE, AGENCY): None, aff(JANE, "us-navy"): None},
    ),
    ("Jane Doe flew for the US Navy.\n\nPresident John Roe gave her a medal in 1970.", {aff(JOHN, US)}, {}),
    (
        "President John Roe visited the Examplo Space Agency.\n\nJane Doe had studied at the United States Military "
        "Academy.",
        {aff(JOHN, US)},
        {},
    ),
    ("Jane Doe joined the US Space Force in 2020, and President John Roe praised her.", {aff(JOHN, US)}, {}),
    (
        "President John Roe praised the crew.\n\nJane Doe had flown with the US Air Force and the US Army for ten "
        "years.",
        {aff(JOHN, US)},
        {},
    ),
    # look-alikes: the country named by itself, before the title, or beside a body's name
    ("The United States will return to the Moon, President John Roe said.", set(), {aff(JOHN, US): None}),
    ("US President John Roe met Jane Doe of the Examplo Space Agency.", set(), {aff(JOHN, US): None}),
    (
        "President John Roe signed the bill.\n\nThe United States has funded the agency since 1958, and the United "
        "States Congress approved the money.",
        set(),
        {aff(JOHN, US): None},
    ),
    (
        "The United States and Kenya signed an accord.\n\nPresident John Roe attended the signing.",
        set(),
        {aff(JOHN, US): None},
    ),
]

MONTHS: list[tuple[str, set[Triple], dict[Triple, str | None]]] = [
    ("Late Dec 2021: Zeta-1 docks with Theta-2, a dead satellite.", {("late-dec", "participatesIn", "theta-2")}, {}),
    (
        "Mid Oct 2020 - Zeta-1 docks with the Examplo station.",
        {("mid-oct", "participatesIn", "examplo")},
        {},
    ),
    (
        "Early Sept 2019: Jane Doe flies to the International Space Station.",
        set(),
        {(JANE, "participatesIn", "iss"): None},
    ),
    ("Late Aug: the Examplo Space Agency launches Zeta-1.", set(), {(AGENCY, "leads", "zeta-1"): None}),
    ("Early Nov 2022: Acme Corp signs the Artemis Accords.", set(), {(ACME, "signs", "artemis-accords"): None}),
    # look-alikes: a month's full name, a short form with a day, 'Jan' as a given name
    ("On Dec 3 Jane Doe flew to the International Space Station.", set(), {(JANE, "participatesIn", "iss"): None}),
    ("Jan Example joined the Examplo Space Agency in 2020.", set(), {aff("jan-example", AGENCY): None}),
    ("Late in March, Jane Doe joined Acme Corp.", set(), {aff(JANE, ACME): None}),
]

SEMICOLONS: list[tuple[str, set[Triple], dict[Triple, str | None]]] = [
    (
        "2023 — Jane Doe, an EXA astronaut, spends six months on the station after launching with SpaceX in March; "
        "the seat was bought from Axiom Space.",
        {("spacex", "partnerOf", "axiom-space"), ("axiom-space", "partnerOf", "spacex")},
        {},
    ),
    (
        "Kenya flew its astronaut with SpaceX; the seat was bought from Axiom Space.",
        {("spacex", "partnerOf", "axiom-space"), ("kenya", "partnerOf", "axiom-space")},
        {},
    ),
    (
        "Jane Doe flew on a SpaceX capsule in March; the seat was bought from Axiom Space.",
        {("spacex", "partnerOf", "axiom-space")},
        {},
    ),
    # look-alikes: a named subject after the semicolon, an anaphor there, one clause on each side
    (
        "Kenya signed the Artemis Accords in 2020; Peru signed them in 2021.",
        set(),
        {("kenya", "signs", "artemis-accords"): None, ("peru", "signs", "artemis-accords"): None},
    ),
    (
        "Kenya bought a seat from Axiom Space; Peru signed the Artemis Accords.",
        set(),
        {("kenya", "partnerOf", "axiom-space"): None, ("peru", "signs", "artemis-accords"): None},
    ),
    (
        "Kenya joined the ILRS; the country also signed the Artemis Accords.",
        set(),
        {("kenya", "signs", "artemis-accords"): None, ("kenya", "participatesIn", "ilrs"): None},
    ),
    (
        "Kenya signed the Artemis Accords; the accord was drafted by NASA.",
        set(),
        {("kenya", "signs", "artemis-accords"): None, ("nasa", "drafts", "artemis-accords"): None},
    ),
    (
        "The Kenya Space Agency signed an agreement with NASA; the deal was brokered by Acme Corp.",
        {("kenya-space-agency", "partnerOf", ACME)},
        {("kenya-space-agency", "partnerOf", "nasa"): None},
    ),
]

ROWS = INITIALS + BODY_NAMES + MONTHS + SEMICOLONS


@pytest.mark.parametrize(("text", "absent", "present"), ROWS)
def test_no_false_fact(
    extractor: RuleExtractor, text: str, absent: set[Triple], present: dict[Triple, str | None]
) -> None:
    check(extractor, text, absent, present)


@pytest.mark.parametrize(
    "text",
    [
        "Late Dec 2021: Zeta-1 docks with Theta-2, a dead satellite.",
        "Mid Oct 2020 - Zeta-1 docks with the Examplo station.",
        "Early Sept 2019: Jane Doe flies to the International Space Station.",
        "Early Nov 2022: Acme Corp signs the Artemis Accords.",
        "Mid-Feb 2023: the Examplo Space Agency joins the Zeta programme.",
    ],
)
def test_a_short_month_is_no_name(extractor: RuleExtractor, text: str) -> None:
    shorts = re.compile(r"\b(?:Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b")
    names = [text[m.start : m.end] for m in run(extractor, text).mentions]
    assert not [n for n in names if shorts.search(n)], names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Jane Doe, agency chief, dies at 90\n\nJane Q. Doe, who ran the Examplo Space Agency, died on Monday.",
            "jane-doe",
        ),
        ("John Roe retires\n\nJohn P. Roe, the head of Acme Corp, said he would retire.", "john-roe"),
    ],
)
def test_the_full_name_with_an_initial_is_one_mention(extractor: RuleExtractor, text: str, name: str) -> None:
    body = text.index("\n\n") + 2
    first = min((m for m in run(extractor, text).mentions if m.start >= body), key=lambda m: m.start)
    assert (first.entity, text[first.start : first.end].count(" ")) == (name, 2), text[first.start : first.end]
