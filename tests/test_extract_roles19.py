"""Whom people work for, read from jobs, titles and careers (roles19): a job
taken or held at a body ('took a job at', 'a chemist working for', 'on the
staff of', 'trained as a pilot in'), a verb of office over two bodies ('who
heads both A and B'), a title before the name with a rank or an honorific
between ('The head of X, Air Vice-Marshal Jane Doe'), 'its first director,
the engineer Jane Doe' after a clause whose subject is 'it', a nationality
and a plural noun of state service over the people listed after or before
it (cosmonauts, officers, diplomats; not astronauts, as the older texts
annotate them), and a body's name ending in 'of Staff'. Invented sentences, several
wordings of each construction, with the near-misses that must not fire."""

from __future__ import annotations

import pytest

from spacekg.extract.rules import RuleExtractor
from tests.test_extract_clauses import plain, stated

BORN = "Jane Holloway was born in Leeds. "


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (BORN + "She was a chemist working for Airbus in Toulouse when she applied.", "airbus"),
        (BORN + "She was an engineer employed by Boeing.", "boeing"),
        (BORN + "Later she took a job at Lockheed Martin, where she ran the test lab.", "lockheed-martin"),
        ("Jane Holloway took a job with Boeing in 1998.", "boeing"),
        ("Jane Holloway, who took a job at Airbus in 2001, said so.", "airbus"),
        (BORN + "She began her career at the European Space Agency.", "esa"),
        (BORN + "She was on the staff of the European Space Agency for six years.", "esa"),
        ("Jane Holloway joined the staff of Airbus in 1990.", "airbus"),
        (BORN + "Born in 1960, Holloway trained as a fighter pilot in the Royal Air Force before NASA picked her.",
         "royal-air-force"),
        (BORN + "She trained as a test pilot with the Royal Air Force.", "royal-air-force"),
        ("Jane Holloway served as an officer in the Royal Navy.", "royal-navy"),
        ("Jane Holloway spent ten years in the Royal Navy.", "royal-navy"),
    ],
)  # fmt: skip
def test_a_job_taken_or_held_at_a_body(extractor: RuleExtractor, text: str, body: str) -> None:
    assert ("jane-holloway", "affiliatedWith", body) in plain(stated(extractor, text))


@pytest.mark.parametrize(
    "text",
    [
        "Jane Holloway turned down a job offer from Airbus.",
        "Jane Holloway applied for a job at Airbus.",
        "Jane Holloway took a job in Japan.",
        "Jane Holloway spent ten years in Japan.",  # a stay in a country is no post held for it
        "Jane Holloway trained as an engineer in Japan.",
        "Jane Holloway said the engineers working for Airbus were tired.",
        "Jane Holloway worked for years on the design before Airbus bought it.",
        "Jane Holloway spent three days at the Kennedy Space Center.",
    ],
)
def test_no_job_without_a_body_employing_the_person(extractor: RuleExtractor, text: str) -> None:
    found = plain(stated(extractor, text))
    assert not any(s == "jane-holloway" and r == "affiliatedWith" for s, r, _ in found)


@pytest.mark.parametrize(
    "text",
    [
        "General Jane Holloway, who heads both US Space Command and the newly created Space Force, told Time so.",
        "General Jane Holloway, who heads both US Space Command and the Space Force, told Time so.",
        "Jane Holloway, who ran both US Space Command and the Space Force, said it was bad.",
        "Jane Holloway heads US Space Command as well as the Space Force.",
    ],
)
def test_a_verb_of_office_over_two_bodies(extractor: RuleExtractor, text: str) -> None:
    found = plain(stated(extractor, text))
    assert ("jane-holloway", "affiliatedWith", "us-space-command") in found
    assert ("jane-holloway", "affiliatedWith", "space-force") in found


@pytest.mark.parametrize(
    "text",
    [
        "Jane Holloway heads Airbus and NASA agreed to the deal.",  # a subject of its own clause
        "Jane Holloway heads Airbus and NASA's astronaut office.",  # another body's unit
    ],
)
def test_no_second_body_outside_the_verbs_object(extractor: RuleExtractor, text: str) -> None:
    assert ("jane-holloway", "affiliatedWith", "nasa") not in plain(stated(extractor, text))


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("The head of the European Space Agency, Air Vice-Marshal Jane Holloway, says it is bad.", "esa"),
        ("The chief of the European Space Agency, Dr Jane Holloway, says it is bad.", "esa"),
        ("The director of the European Space Agency, Professor Jane Holloway, says it is bad.", "esa"),
        ("The chairman of Airbus, General Jane Holloway, said it was bad.", "airbus"),
        ('"It is bad," General Jane Holloway, chairman of the Joint Chiefs of Staff, told reporters.',
         "joint-chiefs-of-staff"),
    ],
)  # fmt: skip
def test_a_title_with_a_rank_or_an_honorific_before_the_name(extractor: RuleExtractor, text: str, body: str) -> None:
    assert ("jane-holloway", "affiliatedWith", body) in plain(stated(extractor, text))


def test_no_title_of_something_that_is_no_body(extractor: RuleExtractor) -> None:
    for text in ("The head of the queue, Dr Jane Holloway, waited.", "Jane Holloway, head of state, said it."):
        assert not any(r == "affiliatedWith" for _, r, _ in stated(extractor, text))


@pytest.mark.parametrize(
    "text",
    [
        "The European Space Agency answers to the Ministry of Defence, and it began work in 2023 under its first "
        "director, the engineer Jane Holloway.",
        "The European Space Agency was set up in 1975. It began work under its first director, the engineer Jane "
        "Holloway.",
        "The European Space Agency was set up in 1975. Its first director, the physicist Jane Holloway, came from "
        "Spain.",
    ],
)
def test_its_office_held_by_a_professional_named_after_it(extractor: RuleExtractor, text: str) -> None:
    found = plain(stated(extractor, text))
    assert ("jane-holloway", "affiliatedWith", "esa") in found
    assert ("jane-holloway", "affiliatedWith", "ministry-of-defence") not in found


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("She lifted off with two Soviet cosmonauts: Jan Novak, who commanded the flight, and Tom Fenwick.",
         "soviet-union"),
        ("She flew with two Russian cosmonauts, Jan Novak and Tom Fenwick.", "russia"),
        ("Russian cosmonauts Jan Novak and Tom Fenwick flew with her.", "russia"),
        ("The crew included two Russian cosmonauts: Jan Novak and Tom Fenwick.", "russia"),
        ("Two Chinese diplomats, Jan Novak and Tom Fenwick, left.", "china"),
        ("Two Indian air force pilots, Jan Novak and Tom Fenwick, trained in Russia.", "india"),
        ("Jan Novak and Tom Fenwick, both Russian cosmonauts, flew with her.", "russia"),
        # with a body of their own too: the country and the body (GUIDELINES' "A Canadian astronaut, X" and the golds;
        # affiliation26)
        ("Jan Novak and Tom Fenwick, both Russian cosmonauts of Roscosmos, flew with her.", "russia"),
    ],
)  # fmt: skip
def test_nationals_listed_with_a_plural_post(extractor: RuleExtractor, text: str, country: str) -> None:
    found = plain(stated(extractor, text))
    assert ("jan-novak", "affiliatedWith", country) in found
    assert ("tom-fenwick", "affiliatedWith", country) in found


@pytest.mark.parametrize(
    "text",
    [
        "She spoke with two Russian journalists: Jan Novak and Tom Fenwick.",  # a profession, no state service
        "She met two Russian students, Jan Novak and Tom Fenwick.",
        "She flew with two Russian astronauts, Jan Novak and Tom Fenwick.",  # an astronaut's post is no service
        "Two Russian cosmonauts flew with her: she later thanked Tom Fenwick.",
        "With two Russian cosmonauts aboard, Tom Fenwick said the station was full.",
        "The Russian cosmonauts said Tom Fenwick would fly.",
        "The crew were two Russian cosmonauts, Jan Novak and Jane Holloway, and an American, Tom Fenwick.",
    ],
)
def test_no_nationality_for_people_outside_the_list(extractor: RuleExtractor, text: str) -> None:
    assert ("tom-fenwick", "affiliatedWith", "russia") not in plain(stated(extractor, text))


DATELINED = (
    "WASHINGTON, Oct 27 (Wire) - The U.S. said China had tested a missile. China denied it. China said so again, "
    "and China would not comment.\n\n"
)


def test_a_national_title_is_the_datelines_country_when_another_is_named_more(extractor: RuleExtractor) -> None:
    text = DATELINED + 'Asked whether he was worried about Chinese missiles, President Jane Holloway answered: "Yes."'
    assert ("jane-holloway", "affiliatedWith", "united-states") in plain(stated(extractor, text))


@pytest.mark.parametrize(
    "text",
    [
        DATELINED + "President Jane Holloway of China said it was fine.",  # the country is named
        DATELINED + "China's president, Jane Holloway, said it was fine.",
    ],
)
def test_no_datelines_country_for_a_title_the_sentence_ties_to_another(extractor: RuleExtractor, text: str) -> None:
    assert ("jane-holloway", "affiliatedWith", "united-states") not in plain(stated(extractor, text))


@pytest.mark.parametrize(
    "text",
    [
        "Jane Holloway, who moved to Airbus in 2010, said it was bad.",
        "Jane Holloway, named head of Airbus last year, said it was bad.",
        "Jane Holloway, who was then running Airbus, said it was bad.",
        BORN + "She went on to lead Airbus.",
        BORN + "She rose to become head of Airbus.",
    ],
)
def test_an_office_taken_or_held_in_other_tenses(extractor: RuleExtractor, text: str) -> None:
    assert ("jane-holloway", "affiliatedWith", "airbus") in plain(stated(extractor, text))


@pytest.mark.parametrize(
    "text",
    [
        "Jane Holloway, who moved to Airbus's plant in Toulouse, said it was bad.",
        "Jane Holloway, who was running for office, met Airbus officials.",
        "Jane Holloway, who met the head of Airbus, said it was bad.",
        "Jane Holloway, a critic of Airbus, said it was bad.",
        "Jane Holloway, who sued Airbus in 2019, said it was bad.",
    ],
)
def test_no_office_from_other_verbs(extractor: RuleExtractor, text: str) -> None:
    assert ("jane-holloway", "affiliatedWith", "airbus") not in plain(stated(extractor, text))


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (BORN + "She spent her whole career at Airbus.", "airbus"),
        (BORN + "She spent most of her career with the European Space Agency.", "esa"),
        ("Jane Holloway, who has been with Airbus since 1990, said it was bad.", "airbus"),
        (BORN + "She graduated from the University of Tokyo in 1990.", "university-of-tokyo"),
        ("Jane Holloway, of the European Space Agency, said it was bad.", "esa"),
        ('"It is bad," said Jane Holloway, of the European Space Agency.', "esa"),
    ],
)
def test_a_career_spent_at_a_body_and_an_aside_naming_it(extractor: RuleExtractor, text: str, body: str) -> None:
    assert ("jane-holloway", "affiliatedWith", body) in plain(stated(extractor, text))


@pytest.mark.parametrize(
    "text",
    [
        "Jane Holloway, who has been with NASA officials all day, said it was bad.",  # company kept
        BORN + "She spent her career in Japan.",
        "Jane Holloway, of Airbus's space unit, said it was bad.",  # the unit's, not the company's
    ],
)
def test_no_career_or_aside_without_the_body(extractor: RuleExtractor, text: str) -> None:
    found = plain(stated(extractor, text))
    assert not any(s == "jane-holloway" and r == "affiliatedWith" and o in ("nasa", "japan", "airbus")
                   for s, r, o in found)  # fmt: skip
