"""Whom people work for, read from the words around their names (roles17):
a body's possessive or name before a role in apposition, a department's
minister of the sentence's government, a fronted apposition, a body that
chose a person, a seat on a board named after a numbered craft. Invented
sentences, several wordings of each construction, with the near-misses that
must not fire beside them."""

from __future__ import annotations

import pytest

from spacekg.extract.rules import RuleExtractor
from tests.test_extract_clauses import plain, stated


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "The plan was unveiled by Jane Holloway, the EU's High Representative for Space Policy, in May.",
            "european-union",
        ),
        ("Jane Holloway, ESA's Director General, opened the meeting.", "esa"),
        ("Jane Holloway, then NASA's Chief Scientist, spoke first.", "nasa"),
        (
            "The European Commission met. Jane Holloway, the Commission's member for industry, who spoke first, said "
            "the plan was ready.",
            "european-commission",
        ),
        ("Jane Holloway, NASA's newest member, spoke first.", "nasa"),
    ],
)
def test_a_bodys_possessive_before_a_title_in_apposition(extractor: RuleExtractor, text: str, body: str) -> None:
    assert ("jane-holloway", "affiliatedWith", body) in plain(stated(extractor, text))


def test_a_unit_after_a_possessive_is_still_no_title(extractor: RuleExtractor) -> None:
    # the office is the unit's, not the Commission's (the unit is not found as a name)
    found = stated(extractor, "Jane Holloway, who heads the Commission's Enforcement Bureau, spoke.")
    assert ("jane-holloway", "affiliatedWith", "european-commission") not in found


@pytest.mark.parametrize(
    "text",
    [
        '"We are ready," Omar Haddad, the White House national security spokesman, told reporters.',
        "Omar Haddad, the White House press spokesman, said nothing.",
        "Omar Haddad, a former White House science adviser, said nothing.",
    ],
)
def test_a_bodys_name_before_a_role_of_several_words(extractor: RuleExtractor, text: str) -> None:
    assert ("omar-haddad", "affiliatedWith", "white-house") in plain(stated(extractor, text))


def test_a_place_or_a_programme_before_a_role_is_no_employer(extractor: RuleExtractor) -> None:
    found = stated(extractor, "Jane Holloway, a Houston software engineer, spoke.")
    assert not any(r == "affiliatedWith" for _, r, _ in found)
    found = stated(extractor, "Jane Holloway, the Apollo program manager, spoke.")
    assert not any(r == "affiliatedWith" for _, r, _ in found)


@pytest.mark.parametrize(
    "text",
    [
        "The United States and Russia argued. On Monday Russia's president told Defence Minister Omar Haddad to "
        "prepare.",
        "Talks with the United States stalled. Russia's government sent Foreign Minister Omar Haddad to Geneva.",
    ],
)
def test_a_departments_minister_of_the_sentences_government(extractor: RuleExtractor, text: str) -> None:
    assert ("omar-haddad", "affiliatedWith", "russia") in plain(stated(extractor, text))


def test_a_person_named_beside_a_government_is_not_its_minister(extractor: RuleExtractor) -> None:
    # no title: 'told X' is no office
    found = stated(extractor, "The United States and Russia argued. Russia's president told Omar Haddad to leave.")
    assert ("omar-haddad", "affiliatedWith", "russia") not in found
    # a minister of another country named in the sentence
    found = stated(extractor, "On Monday Russia's president met Foreign Minister Omar Haddad of Japan.")
    assert ("omar-haddad", "affiliatedWith", "russia") not in found
    assert ("omar-haddad", "affiliatedWith", "japan") in found


def test_a_verb_between_two_people_is_no_role(extractor: RuleExtractor) -> None:
    found = stated(extractor, "The two sides argued. Russia's president thanked Prime Minister Omar Haddad of Japan.")
    assert ("omar-haddad", "affiliatedWith", "russia") not in found
    found = stated(extractor, "Russia's deputy prime minister Omar Haddad spoke.")
    assert ("omar-haddad", "affiliatedWith", "russia") in plain(found)


@pytest.mark.parametrize(
    ("text", "bodies"),
    [
        (
            "A graduate of Stanford University and a NASA test pilot, Omar Haddad was selected by ESA in 1990.",
            {"stanford-university", "nasa", "esa"},
        ),
        ("A former Blue Origin engineer, Omar Haddad now runs his own firm.", {"blue-origin"}),
        ("Omar Haddad studied physics. A veteran of the European Space Agency, he joined the board in 2001.", {"esa"}),
        ("Once an engineer at Blue Origin, Omar Haddad now teaches.", {"blue-origin"}),
    ],
)
def test_a_fronted_apposition_before_the_subject(extractor: RuleExtractor, text: str, bodies: set[str]) -> None:
    found = plain(stated(extractor, text))
    assert {("omar-haddad", "affiliatedWith", body) for body in bodies} <= found


@pytest.mark.parametrize(
    "text",
    [
        "A critic of NASA, Omar Haddad said the plan would fail.",
        "A rival of Blue Origin, Omar Haddad spoke first.",
        "A graduate of the class of 1960, Omar Haddad flew twice.",
        "A student of NASA history, Omar Haddad wrote a book.",
    ],
)
def test_a_fronted_apposition_without_a_post_gives_nothing(extractor: RuleExtractor, text: str) -> None:
    assert not any(r == "affiliatedWith" for _, r, _ in stated(extractor, text))


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Omar Haddad was born in 1950. Two years later the European Space Agency chose him.", "esa"),
        ("Omar Haddad was born in 1950. In 1978 NASA picked him for the shuttle programme.", "nasa"),
        ("Jane Holloway trained as a pilot, and in 2004 Blue Origin hired her.", "blue-origin"),
        ("In 1996 the European Space Agency selected Omar Haddad.", "esa"),
    ],
)
def test_a_body_chose_a_person(extractor: RuleExtractor, text: str, body: str) -> None:
    person = "jane-holloway" if "Jane" in text else "omar-haddad"
    assert (person, "affiliatedWith", body) in plain(stated(extractor, text))


def test_a_choice_by_a_country_a_company_chosen_or_a_thing_named_after_is_none(extractor: RuleExtractor) -> None:
    found = stated(extractor, "Omar Haddad was born in 1950. In 1978 Russia chose him.")
    assert ("omar-haddad", "affiliatedWith", "russia") not in found
    found = stated(extractor, "Omar Haddad was born in 1950. NASA named a crater after him.")
    assert ("omar-haddad", "affiliatedWith", "nasa") not in found
    # naming a person is mentioning her, no choice
    found = stated(extractor, "Omar Haddad led the work. Neither the agency nor NASA named Omar Haddad.")
    assert ("omar-haddad", "affiliatedWith", "nasa") not in found
    found = stated(extractor, "Omar Haddad was born in 1950. NASA did not choose him.")
    assert ("omar-haddad", "affiliatedWith", "nasa") not in plain(found)


def test_a_board_named_after_a_numbered_craft(extractor: RuleExtractor) -> None:
    for text in (
        "Omar Haddad flew twice. He was the only astronaut to sit on the Example 7 Review Board.",
        "Omar Haddad sat on the Example 7 Review Board, which investigated the fire.",
    ):
        found = plain(stated(extractor, text))
        assert ("omar-haddad", "affiliatedWith", "example-7-review-board") in found
        assert ("omar-haddad", "affiliatedWith", "review-board") not in found
    # a year opening a sentence is no part of a name
    found = stated(extractor, "In 2019 Review Board members met.")
    assert not any("2019" in s or "2019" in o for s, _, o in found)


def test_people_listed_join_or_leave_a_body(extractor: RuleExtractor) -> None:
    found = plain(stated(extractor, "Omar Haddad, Jane Holloway and Ann Lee joined NASA in 1990."))
    assert {(p, "affiliatedWith", "nasa") for p in ("omar-haddad", "jane-holloway", "ann-lee")} <= found
    found = plain(stated(extractor, "Omar Haddad and Jane Holloway left Blue Origin in 2010."))
    assert {(p, "affiliatedWith", "blue-origin") for p in ("omar-haddad", "jane-holloway")} <= found
    # the object of another verb is no one who joined
    found = stated(extractor, "Omar Haddad met Jane Holloway and joined NASA.")
    assert ("jane-holloway", "affiliatedWith", "nasa") not in found
    # a budget left as it was is no employer left
    found = stated(extractor, "Omar Haddad left NASA's budget untouched.")
    assert ("omar-haddad", "affiliatedWith", "nasa") not in found


def test_a_presidents_country_named_only_later_in_the_text(extractor: RuleExtractor) -> None:
    text = (
        "Budget request.\n\nSubmitted: 1 February, when President Omar Haddad sent it to the legislature.\n\n"
        "The United States would spend more on science. Critics in the United States were unhappy; Canada was not."
    )
    assert ("omar-haddad", "affiliatedWith", "united-states") in plain(stated(extractor, text))
    # two countries named as often: none
    text = "Budget request.\n\nPresident Omar Haddad sent it on Monday.\n\nJapan and Canada were unhappy."
    assert not any(r == "affiliatedWith" for _, r, _ in stated(extractor, text))


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Jane Holloway, director of ESA's Earth observation programmes, spoke.", "esa"),
        ("Jane Holloway, a longtime NASA employee, spoke.", "nasa"),
        ("Jane Holloway was sworn in as NASA administrator in May.", "nasa"),
        ("Jane Holloway was confirmed by the Senate as NASA administrator.", "nasa"),
        ("Jane Holloway, 54, a NASA astronaut, spoke.", "nasa"),
        ("Jane Holloway, 61, ESA's Director General, spoke.", "esa"),
        ("The head of ESA's science directorate, Jane Holloway, said it would fly.", "esa"),
        ("Jane Holloway, who chairs the board of Blue Origin, spoke.", "blue-origin"),
    ],
)
def test_more_wordings_of_a_post_beside_a_name(extractor: RuleExtractor, text: str, body: str) -> None:
    assert ("jane-holloway", "affiliatedWith", body) in plain(stated(extractor, text))


def test_an_age_or_a_place_beside_a_name_is_no_post(extractor: RuleExtractor) -> None:
    assert not stated(extractor, "Jane Holloway, 54, said the rocket was ready.")
    assert not any(
        r == "affiliatedWith" for _, r, _ in stated(extractor, "Jane Holloway, 54, a Houston engineer, spoke.")
    )


def test_a_seat_on_the_commission_described_after_a_conjunction(extractor: RuleExtractor) -> None:
    # 'the commission after Challenger': the craft after the conjunction is no commission
    text = (
        "The Example Commission on the Shuttle Accident was set up in 1986. The President appointed the commission "
        "after Challenger broke apart, and chose Omar Haddad, a former diplomat, to chair it. The physicist Jane "
        "Holloway, who sat on the commission, wrote an appendix."
    )
    found = plain(stated(extractor, text))
    body = "example-commission-on-the-shuttle-accident"
    assert {("omar-haddad", "affiliatedWith", body), ("jane-holloway", "affiliatedWith", body)} <= found
    assert not any(o == "challenger" for _, r, o in found if r == "affiliatedWith")


def test_chosen_to_chair_it_is_of_a_body_not_of_a_country(extractor: RuleExtractor) -> None:
    found = stated(extractor, "Canada joined in 1986. The President chose Omar Haddad to chair it.")
    assert ("omar-haddad", "affiliatedWith", "canada") not in found


def test_a_body_chose_people_listed_after_a_colon(extractor: RuleExtractor) -> None:
    people = ("omar-haddad", "jane-holloway", "ann-lee")
    for text in (
        "The European Space Agency selected three astronauts in 2009: Omar Haddad, Jane Holloway and Ann Lee.",
        "NASA picked its first astronauts in 1959: Omar Haddad, Jane Holloway and Ann Lee.",
    ):
        found = plain(stated(extractor, text))
        assert all(any(s == p and r == "affiliatedWith" for s, r, _ in found) for p in people)
    # companies chosen are no people, and a country's choice is none
    assert not stated(extractor, "NASA picked three companies in 2019: Blue Origin, Dynetics and SpaceX.")
    found = stated(extractor, "Russia selected three cosmonauts: Omar Haddad, Jane Holloway and Ann Lee.")
    assert not any(r == "affiliatedWith" for _, r, _ in found)
