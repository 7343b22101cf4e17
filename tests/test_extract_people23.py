"""People by construction (people23): coordinated titles after a body's possessive ("Telesat's president and chief
executive, A"), a committee's officer with a title before the name ('The committee's chairman, Senator A') or a seat
by party in apposition ('Senator A of Ohio, the committee's ranking Democrat,'; 'Senator A' alone gives no seat in
the Senate), a 'who' clause after such an apposition (the person's, not the party's or the body's), an office taken
in a body named by a noun ('was sworn in as the agency's Administrator'), a seat named by its body ('lost his Senate
seat'), a second post in an apposition ('… and a former pilot in the US Navy'), a job at a body described before its
name ('a flight attendant with the Examplian airline X'), the people someone works with at a body ('the teacher A and
his pupils at X School'), a stay on the station in focus
('who has been aboard since September'), the people listed aboard a craft after a colon, and a past perfect denial
bounded by 'before' ('had never worked at NASA before'). Invented sentences in varied wordings, with the look-alikes
that must give nothing beside them."""

from __future__ import annotations

import pytest

from spacekg.extract.rules import RuleExtractor
from tests.test_extract_clauses import run, stated

Triple = tuple[str, str, str]


AGENCY = "The Examplo Space Agency lost its chief in May. "
CORP = "Examplo Corp was founded in 1999. "
COMMITTEE = "The Examplo Oversight Committee met on Monday. "
STATION = "The spacecraft docked with the International Space Station on Monday. "

# (text, facts that must be stated plainly, facts that must not be stated plainly)
ROWS: list[tuple[str, set[Triple], set[Triple]]] = [
    # coordinated titles after a body's possessive, a field in lower case after the title
    (
        '"We are ready," Examplo Corp\'s president and chief executive, Jane Doe, said in a statement.',
        {("jane-doe", "affiliatedWith", "examplo-corp")},
        set(),
    ),
    (
        "The Examplo Space Agency's chairman and president, Jane Doe, will retire in May.",
        {("jane-doe", "affiliatedWith", "examplo-space-agency")},
        set(),
    ),
    (
        "ESA's director of human spaceflight and robotic exploration, John Roe, spoke at the meeting.",
        {("john-roe", "affiliatedWith", "esa")},
        set(),
    ),
    (
        "ESA's head of human spaceflight, John Roe, spoke at the meeting.",
        {("john-roe", "affiliatedWith", "esa")},
        set(),
    ),
    (
        CORP + "The company's founder and chairman, John Roe, opened the factory.",
        {("john-roe", "affiliatedWith", "examplo-corp")},
        set(),
    ),
    (
        "Examplo Corp's president and the NASA administrator, Jane Doe, met in Paris.",
        {("jane-doe", "affiliatedWith", "nasa")},
        {("jane-doe", "affiliatedWith", "examplo-corp")},
    ),
    # look-alikes: a rival, a customer or a partner in apposition is no officer
    ("Examplo Corp's rival, Omega Aerospace, won the bid.", set(), {("omega-aerospace", "partOf", "examplo-corp")}),
    ("NASA's partner, Jane Doe, criticised the plan.", set(), {("jane-doe", "affiliatedWith", "nasa")}),
    # a committee's officer with a title before the name; a seat by party; 'Senator A' alone is no seat in the Senate
    (
        "The Senate Examplo Committee heard the nomination. The committee's chairman, Senator John Roe, opened the hearing.",
        {("john-roe", "affiliatedWith", "senate-examplo-committee")},
        {("john-roe", "affiliatedWith", "senate")},
    ),
    (
        COMMITTEE + "Its chairwoman, Dr Jane Doe, read a statement.",
        {("jane-doe", "affiliatedWith", "examplo-oversight-committee")},
        set(),
    ),
    (
        COMMITTEE + "Senator Jane Doe of Ohio, the committee's ranking Democrat, asked the first question.",
        {
            ("jane-doe", "affiliatedWith", "examplo-oversight-committee"),
            ("jane-doe", "affiliatedWith", "democratic-party"),
        },
        set(),
    ),
    (
        COMMITTEE + "Senator John Roe, the committee's ranking Republican, did not attend.",
        {
            ("john-roe", "affiliatedWith", "examplo-oversight-committee"),
            ("john-roe", "affiliatedWith", "republican-party"),
        },
        set(),
    ),
    (
        "Senator Jane Doe, a Democrat from Ohio, opened the hearing.",
        {("jane-doe", "affiliatedWith", "democratic-party")},
        set(),
    ),
    (
        "The Senate voted on Monday. Senator Jane Doe said the bill would pass.",
        set(),
        {("jane-doe", "affiliatedWith", "senate")},
    ),
    (
        COMMITTEE + "The committee's witness, Jane Doe, spoke for an hour.",
        set(),
        {("jane-doe", "affiliatedWith", "examplo-oversight-committee")},
    ),
    (
        COMMITTEE + "Senator Jane Doe, a critic of the committee's chairman, walked out.",
        set(),
        {("jane-doe", "affiliatedWith", "examplo-oversight-committee")},
    ),
    ("The Republican Guard fired a missile.", set(), {("republican-guard", "affiliatedWith", "republican-party")}),
    # a 'who' clause after an apposition or a body after 'of' is the person's
    (
        COMMITTEE + "Senator Jane Doe of Ohio, the committee's ranking Democrat, who had flown on the space shuttle "
        "Columbia in 1986, warned the agency.",
        {("jane-doe", "participatesIn", "columbia")},
        {("democratic-party", "participatesIn", "columbia")},
    ),
    (
        "John Roe of Examplo Corp, who flew aboard the International Space Station in 2019, gave a talk.",
        set(),
        {("examplo-corp", "participatesIn", "iss")},
    ),
    # an office taken in a body named by a noun (a plan, a denial and a nomination are no post held)
    (
        "The Senate heard the nomination of John Roe as NASA Administrator. The Senate confirmed him on 19 April, and "
        "he was sworn in days later as the agency's thirteenth Administrator.",
        {("john-roe", "affiliatedWith", "nasa")},
        set(),
    ),
    (
        AGENCY + "Jane Doe was sworn in as the agency's new director in June.",
        {("jane-doe", "affiliatedWith", "examplo-space-agency")},
        set(),
    ),
    (
        AGENCY + "Jane Doe took over as head of the agency in June.",
        {("jane-doe", "affiliatedWith", "examplo-space-agency")},
        set(),
    ),
    (
        CORP + "In 2010 Jane Doe was installed as the company's chief executive.",
        {("jane-doe", "affiliatedWith", "examplo-corp")},
        set(),
    ),
    (
        COMMITTEE + "A year later John Roe was elected chairman of the committee.",
        {("john-roe", "affiliatedWith", "examplo-oversight-committee")},
        set(),
    ),
    (
        AGENCY + "Jane Doe served as the agency's director under President John Roe.",
        {("jane-doe", "affiliatedWith", "examplo-space-agency")},
        {("john-roe", "affiliatedWith", "examplo-space-agency")},
    ),
    (
        AGENCY + "Under President John Roe, Jane Doe was appointed head of the agency.",
        {("jane-doe", "affiliatedWith", "examplo-space-agency")},
        {("john-roe", "affiliatedWith", "examplo-space-agency")},
    ),
    (
        AGENCY + "Jane Doe criticised the agency's director, John Roe.",
        {("john-roe", "affiliatedWith", "examplo-space-agency")},
        {("jane-doe", "affiliatedWith", "examplo-space-agency")},
    ),
    (
        "Jane Doe, a critic of Examplo Corp and a former engineer at Omega Aerospace, spoke.",
        {("jane-doe", "affiliatedWith", "omega-aerospace")},
        {("jane-doe", "affiliatedWith", "examplo-corp")},
    ),
    ("Jane Doe was nominated as NASA Administrator in September.", set(), {("jane-doe", "affiliatedWith", "nasa")}),
    ("Jane Doe, who was confirmed as NASA administrator, waited.", {("jane-doe", "affiliatedWith", "nasa")}, set()),
    (
        AGENCY + "Jane Doe was nominated as the agency's director in June.",
        set(),
        {("jane-doe", "affiliatedWith", "examplo-space-agency")},
    ),
    (
        AGENCY + "Jane Doe will be sworn in as the agency's director in June.",
        set(),
        {("jane-doe", "affiliatedWith", "examplo-space-agency")},
    ),
    (
        AGENCY + "Jane Doe was not appointed the agency's director.",
        set(),
        {("jane-doe", "affiliatedWith", "examplo-space-agency")},
    ),
    (
        AGENCY + "Jane Doe swore in the agency's new director in June.",
        set(),
        {("jane-doe", "affiliatedWith", "examplo-space-agency")},
    ),
    # a seat named by its body; a seat of a country is none
    (
        "The Senate voted on Monday. John Roe, who lost his Senate seat in 2018, became NASA Administrator in 2021.",
        {("john-roe", "affiliatedWith", "senate"), ("john-roe", "affiliatedWith", "nasa")},
        set(),
    ),
    ("In 2005 Jane Doe won a Bundestag seat.", {("jane-doe", "affiliatedWith", "bundestag")}, set()),
    (
        "Jane Doe, who lost her seat in the Examplo Council in 2019, ran again.",
        {("jane-doe", "affiliatedWith", "examplo-council")},
        set(),
    ),
    ("In 2005 Jane Doe won the Examplo Prize.", set(), {("jane-doe", "affiliatedWith", "examplo-prize")}),
    ("Jane Doe lost her seat on the train to Paris.", set(), {("jane-doe", "affiliatedWith", "paris")}),
    # a second post in an apposition
    (
        "John Roe, a Republican congressman from Oklahoma and a former pilot in the US Navy, was nominated in September.",
        {("john-roe", "affiliatedWith", "republican-party"), ("john-roe", "affiliatedWith", "us-navy")},
        set(),
    ),
    (
        "Jane Doe, a lawyer from Lyon and a former engineer at Examplo Corp, joined the board.",
        {("jane-doe", "affiliatedWith", "examplo-corp")},
        set(),
    ),
    (
        "Jane Doe, a novelist and a critic of the Examplo Space Agency, wrote a book.",
        set(),
        {("jane-doe", "affiliatedWith", "examplo-space-agency")},
    ),
    # a job at a body described before its name
    (
        "Jane Doe, a flight attendant with the Examplian airline Examplair, was chosen for the flight.",
        {("jane-doe", "affiliatedWith", "examplair")},
        set(),
    ),
    (
        "John Roe was an engineer at the French company Examplo Corp.",
        {("john-roe", "affiliatedWith", "examplo-corp")},
        set(),
    ),
    (
        "Jane Doe, a customer of the Examplian airline Examplair, complained.",
        set(),
        {("jane-doe", "affiliatedWith", "examplair")},
    ),
    # the people someone works with at a body
    (
        "The teacher John Roe and his pupils at Examplo Grammar School worked out the orbits.",
        {("john-roe", "affiliatedWith", "examplo-grammar-school")},
        set(),
    ),
    (
        "The physicist Jane Doe and her students at the Examplo University built the payload.",
        {("jane-doe", "affiliatedWith", "examplo-university")},
        set(),
    ),
    (
        "John Roe and his team at NASA's Ames Research Center built the rover.",
        {("john-roe", "affiliatedWith", "ames-research-center")},
        set(),
    ),
    ("Jane Doe and her students from Lyon built the payload.", set(), {("jane-doe", "affiliatedWith", "lyon")}),
    (
        "Jane Doe met pupils at Examplo Grammar School.",
        set(),
        {("jane-doe", "affiliatedWith", "examplo-grammar-school")},
    ),
    (
        "Jane Doe and her husband at Examplo Corp's party danced.",
        set(),
        {("jane-doe", "affiliatedWith", "examplo-corp")},
    ),
    # a nationality before a state service is the person's country; before a profession it stays none (the
    # convention of tests/test_extract_offices.py, kept: the annotators differ, see docs/extraction.md)
    ("Jane Doe, a French diplomat, warned the delegates.", {("jane-doe", "affiliatedWith", "france")}, set()),
    ("Jane Doe studied a French satellite.", set(), {("jane-doe", "affiliatedWith", "france")}),
    ("Jane Doe, an expert on Chinese rockets, spoke at the meeting.", set(), {("jane-doe", "affiliatedWith", "china")}),
    # a stay on the station in focus
    (
        STATION + "Jane Doe will return on Soyuz MS-24 together with NASA's John Roe, who has been aboard since March.",
        {("john-roe", "participatesIn", "iss"), ("john-roe", "affiliatedWith", "nasa")},
        set(),
    ),
    (
        STATION + "John Roe, who has been on board since March, greeted the crew.",
        {("john-roe", "participatesIn", "iss")},
        set(),
    ),
    ("John Roe, who has been aboard since March, greeted the crew.", set(), {("john-roe", "participatesIn", "iss")}),
    (STATION + "John Roe, who has been ill since March, stayed home.", set(), {("john-roe", "participatesIn", "iss")}),
    # the people listed aboard a craft after a colon
    (
        "The Soyuz MS-25 spacecraft lifted off with three people aboard: the Examplian commander John Roe of "
        "Roscosmos, the NASA astronaut Jane Doe and Anna Poe, a teacher from Lyon.",
        {
            ("john-roe", "leads", "soyuz-ms-25"),
            ("jane-doe", "participatesIn", "soyuz-ms-25"),
            ("anna-poe", "participatesIn", "soyuz-ms-25"),
        },
        {("john-roe", "participatesIn", "soyuz-ms-25")},
    ),
    (
        "Soyuz MS-24 launched on Friday carrying three cosmonauts: John Roe, Jane Doe and Anna Poe.",
        {("john-roe", "participatesIn", "soyuz-ms-24"), ("anna-poe", "participatesIn", "soyuz-ms-24")},
        set(),
    ),
    (
        "Soyuz MS-24 launched on Friday with three people aboard: two cosmonauts and an astronaut. John Roe watched it.",
        set(),
        {("john-roe", "participatesIn", "soyuz-ms-24")},
    ),
    # a past perfect denial bounded by 'before' beside a later post gives no denial
    (
        "John Roe was sworn in as NASA Administrator in 2018. He had never worked at NASA before.",
        {("john-roe", "affiliatedWith", "nasa")},
        set(),
    ),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), ROWS)
def test_people_grid(extractor: RuleExtractor, text: str, wanted: set[Triple], unwanted: set[Triple]) -> None:
    found = stated(extractor, text)
    plain = {k for k, v in found.items() if v is None}
    assert wanted <= plain, (text, sorted(plain))
    assert not unwanted & plain, (text, sorted(unwanted & plain))


# (text, fact, its modality): plans and denials keep their modality.
MODAL_ROWS: list[tuple[str, Triple, str]] = [
    (
        AGENCY + "Jane Doe will be sworn in as the agency's director in June.",
        ("jane-doe", "affiliatedWith", "examplo-space-agency"),
        "planned",
    ),
    (
        AGENCY + "Jane Doe was not appointed the agency's director.",
        ("jane-doe", "affiliatedWith", "examplo-space-agency"),
        "negated",
    ),
    ("Jane Doe had never worked at NASA.", ("jane-doe", "affiliatedWith", "nasa"), "negated"),
    ("Jane Doe has never worked at NASA before.", ("jane-doe", "affiliatedWith", "nasa"), "negated"),
]


@pytest.mark.parametrize(("text", "triple", "modality"), MODAL_ROWS)
def test_people_modality(extractor: RuleExtractor, text: str, triple: Triple, modality: str) -> None:
    assert stated(extractor, text).get(triple) == modality, (text, stated(extractor, text))


# (text, the speaker of its claim): a person's home state or body and an apposition before a 'who' clause do not speak.
SPEAKER_ROWS: list[tuple[str, str]] = [
    (
        "Senator Jane Doe of Ohio, the committee's ranking Democrat, who had flown on the space shuttle Columbia in "
        "1986, warned that the head of NASA should be a space professional.",
        "jane-doe",
    ),
    (
        "Jane Doe of Examplo Corp, the company's founder, who built the first rocket, said that the rocket was late.",
        "jane-doe",
    ),
    (
        "Jane Doe of Ohio, the panel's top Republican, who chaired it in 2010, said that the budget was too small.",
        "jane-doe",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), SPEAKER_ROWS)
def test_people_speakers(extractor: RuleExtractor, text: str, speaker: str) -> None:
    claims = run(extractor, text).claims
    assert [c.get("speaker") for c in claims] == [speaker], (text, claims)
