"""Whom people act for, read from appositions, posts and titles (roles18): a
nationality and a post of state service in apposition before a name, a
demonym as a noun in apposition, an office held under a possessor ('served as
Examplia's ambassador'), the party a member sits for, a profession held for a
body, a minister 'of state for' a named body, 'has led the office', a
possessive over a list of names, a crew list that names no company's staff,
national titles of the two sides a text opens with, and a weekday before a
title. Invented sentences, several wordings of each construction, with the
near-misses that must not fire beside them."""

from __future__ import annotations

import pytest

from spacekg.extract.rules import RuleExtractor
from tests.test_extract_clauses import plain, stated


@pytest.mark.parametrize(
    ("text", "person", "country"),
    [
        ("In May 1981 a Romanian air force pilot, Ion Vasilescu, flew to the station.", "ion-vasilescu", "romania"),
        ("The Cuban, Pablo Ortega Ruiz, was the first of them to reach orbit.", "pablo-ortega-ruiz", "cuba"),
        ("Two weeks later the Mongolian, Batbayar Dorj, followed him.", "batbayar-dorj", "mongolia"),
        ("A Russian cosmonaut, Oleg Ivanov, and a Polish air force officer, Jan Nowak, flew.", "jan-nowak", "poland"),
        ("A Czechoslovak army officer, Jan Novak, commanded the unit.", "jan-novak", "czechoslovakia"),
        ("Pedro Alves, a Brazilian naval officer, spoke to pupils.", "pedro-alves", "brazil"),
        ("Ali Karimi, an Emirati fighter pilot, joined the crew.", "ali-karimi", "united-arab-emirates"),
        # a profession too, since GUIDELINES' "Nationality before a profession" (v23 round; affiliation26)
        ("An American astronomer, Jane Holloway, found the comet.", "jane-holloway", "united-states"),
        ("An American astronaut, Jane Holloway, flew.", "jane-holloway", "united-states"),
        ("A Canadian astronaut, Jane Holloway of the Example Space Agency, is to fly.", "jane-holloway", "canada"),
        ("A Russian cosmonaut, Oleg Ivanov, flew.", "oleg-ivanov", "russia"),
    ],
)
def test_a_nationality_and_a_post_of_state_service_in_apposition(
    extractor: RuleExtractor, text: str, person: str, country: str
) -> None:
    assert (person, "affiliatedWith", country) in plain(stated(extractor, text))


@pytest.mark.parametrize(
    "text",
    [
        "Like the French, Jane Holloway argued for a treaty.",
        "They met the French, Jane Holloway said.",
        "She bought a Cuban cigar, Jane Holloway said.",
        "The Cuban, Jane Holloway said, would fly next.",  # a parenthetical speaker
    ],
)
def test_no_nationality_without_an_apposition_of_state_service(extractor: RuleExtractor, text: str) -> None:
    found = stated(extractor, text)
    assert not any(s == "jane-holloway" and r == "affiliatedWith" and o in ("france", "united-states", "canada", "cuba")
                   for s, r, o in found)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Jan Novak flew twice. He later served as the Czech Republic's ambassador to Russia.", "czechia"),
        ("Jan Novak was named Germany's envoy to the United Nations in 2015.", "germany"),
        ("In 2019 Jan Novak became NASA's chief scientist.", "nasa"),
    ],
)
def test_an_office_held_under_its_owners_possessive(extractor: RuleExtractor, text: str, body: str) -> None:
    assert ("jan-novak", "affiliatedWith", body) in plain(stated(extractor, text))


def test_an_office_of_something_unnamed_is_none(extractor: RuleExtractor) -> None:
    assert not any(r == "affiliatedWith" for _, r, _ in stated(extractor, "Jan Novak served as the agency's envoy."))


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("Jan Novak sat in the European Parliament for the Green Party from 2004.", "green-party"),
        ("Jan Novak, who sits in the Bundestag for the Free Democratic Party, said so.", "free-democratic-party"),
        ("Jan Novak flew twice. He sat in the Senate for the Liberal Party and later taught.", "liberal-party"),
    ],
)
def test_the_party_a_member_sits_for(extractor: RuleExtractor, text: str, party: str) -> None:
    assert ("jan-novak", "affiliatedWith", party) in plain(stated(extractor, text))


def test_a_seat_held_for_a_time_or_a_state_names_no_party(extractor: RuleExtractor) -> None:
    found = stated(extractor, "Jan Novak sat on the Example Board for ten years and in the Senate for Ohio.")
    assert not any(r == "affiliatedWith" and o in ("ohio",) for _, r, o in found)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Koji Tanaka was working as an engineer for Example Airlines when the agency picked him.", "example-airlines"),
        ("Before she flew, Mary Holt worked as a flight surgeon at the Example Clinic.", "example-clinic"),
        ("Mary Holt, who had worked as a software engineer with Boeing, joined the crew.", "boeing"),
    ],
)
def test_a_profession_held_for_a_body(extractor: RuleExtractor, text: str, body: str) -> None:
    found = plain(stated(extractor, text))
    assert any(r == "affiliatedWith" and o == body for _, r, o in found)


@pytest.mark.parametrize(
    "text",
    [
        "Mary Holt worked as an engineer for ten years.",
        "Mary Holt worked for peace as a diplomat.",
        "Mary Holt worked as an engineer in Japan.",
    ],
)
def test_no_employer_without_a_body_after_the_profession(extractor: RuleExtractor, text: str) -> None:
    assert not any(r == "affiliatedWith" for _, r, _ in stated(extractor, text))


def test_a_minister_of_state_for_a_named_body(extractor: RuleExtractor) -> None:
    found = stated(extractor, "Ravi Kumar, the minister of state for the Department of Space, said the test went well.")
    assert ("ravi-kumar", "affiliatedWith", "department-of-space") in plain(found)


def test_a_minister_for_a_topic_names_no_body(extractor: RuleExtractor) -> None:
    found = stated(extractor, "Ravi Kumar, the minister for science and the Moon programme, said the test went well.")
    assert not any(r == "affiliatedWith" and o != "india" for _, r, o in found)


@pytest.mark.parametrize(
    "text",
    [
        "Maria Lopez directed the Example Office for Space Affairs until 2022; Anne Berg has led the office since 2023.",
        "The Example Office for Space Affairs moved to Vienna. Anne Berg has headed the office since 2023.",
    ],
)
def test_the_office_led_is_the_one_named_before(extractor: RuleExtractor, text: str) -> None:
    found = plain(stated(extractor, text))
    assert any(s == "anne-berg" and r == "affiliatedWith" for s, r, _ in found)


def test_a_company_led_is_not_guessed_among_several(extractor: RuleExtractor) -> None:
    found = stated(extractor, "Boeing and Airbus bid for it. Anne Berg has run the company since 2019.")
    assert not any(s == "anne-berg" and r == "affiliatedWith" for s, r, _ in found)


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            "He flew to the station alongside NASA's Mary Holt and John Roe and the Roscosmos cosmonaut Ivan Petrov.",
            ("mary-holt", "john-roe"),
        ),
        ("ESA's Mary Holt, John Roe and Ann Lee flew.", ("mary-holt", "john-roe", "ann-lee")),
    ],
)
def test_a_possessive_over_a_list_of_names(extractor: RuleExtractor, text: str, people: tuple[str, ...]) -> None:
    found = plain(stated(extractor, text))
    body = "nasa" if "NASA" in text else "esa"
    assert all((person, "affiliatedWith", body) in found for person in people)


@pytest.mark.parametrize(
    "text",
    [
        "NASA's Mary Holt and John Roe of ESA flew.",
        "NASA's Mary Holt and John Roe, a Roscosmos cosmonaut, flew.",
        "NASA's Mary Holt, John Roe flew.",
    ],
)
def test_a_possessive_stops_at_a_name_with_a_body_of_its_own(extractor: RuleExtractor, text: str) -> None:
    assert ("john-roe", "affiliatedWith", "nasa") not in stated(extractor, text)


def test_a_crew_list_names_no_company_staff(extractor: RuleExtractor) -> None:
    text = (
        "In May a rocket lifted off with Ex-7, a private mission organised by Example Orbital of Houston. Two of its "
        "four crew members were Kenyans: Mary Wanjiru, a doctor who became the first Kenyan woman in space, and "
        "John Otieno, a pilot of the Kenya Air Force."
    )
    found = stated(extractor, text)
    assert ("mary-wanjiru", "affiliatedWith", "example-orbital") not in found


def test_national_titles_of_the_two_sides_a_text_opens_with(extractor: RuleExtractor) -> None:
    text = (
        "Tokyo and Washington sign a pact\n\n"
        "Japan and the United States signed a space pact on Monday. Secretary of State Jane Holloway and Japan's "
        "foreign minister, Kenji Sato, signed for their governments.\n\n"
        "Two days later they met Defense Secretary John Roe and Japan's defence minister, Taro Ito.\n\n"
        "On Friday President Mary Stone received Prime Minister Ichiro Mori at the White House."
    )
    found = plain(stated(extractor, text))
    assert ("jane-holloway", "affiliatedWith", "united-states") in found
    assert ("john-roe", "affiliatedWith", "united-states") in found
    assert ("mary-stone", "affiliatedWith", "united-states") in found
    assert ("ichiro-mori", "affiliatedWith", "japan") in found
    assert ("mary-stone", "affiliatedWith", "japan") not in found


@pytest.mark.parametrize(
    "text",
    [
        "Kenya opened a spaceport. On Tuesday President Jane Holloway cut the ribbon.",
        "Kenya opened a spaceport. In March President Jane Holloway cut the ribbon.",
    ],
)
def test_a_weekday_or_a_month_before_a_title_is_no_owner(extractor: RuleExtractor, text: str) -> None:
    assert ("jane-holloway", "affiliatedWith", "kenya") in plain(stated(extractor, text))


@pytest.mark.parametrize(
    "text",
    [
        "Two of its four crew members were Kenyans: Mary Wanjiru, a doctor who trained in Nairobi, and John Otieno.",
        "Mary Wanjiru and John Otieno, both Kenyans, flew on the mission.",
        "Mary Wanjiru and John Otieno are both Kenyans.",
    ],
)
def test_a_plural_demonym_over_the_people_listed(extractor: RuleExtractor, text: str) -> None:
    found = plain(stated(extractor, text))
    assert ("mary-wanjiru", "affiliatedWith", "kenya") in found
    assert ("john-otieno", "affiliatedWith", "kenya") in found


@pytest.mark.parametrize(
    "text",
    [
        "Kenyans cheered: Mary Wanjiru said the launch went well.",
        "Mary Wanjiru and John Otieno, all Kenyans fans, watched.",
    ],
)
def test_a_plural_demonym_without_a_list_of_nationals(extractor: RuleExtractor, text: str) -> None:
    assert ("mary-wanjiru", "affiliatedWith", "kenya") not in stated(extractor, text)


def test_a_given_name_after_an_honorific_before_bin(extractor: RuleExtractor) -> None:
    found = plain(stated(extractor, "In June 1985 Prince Sultan bin Rashid flew on the space shuttle Discovery."))
    assert ("sultan-bin-rashid", "participatesIn", "discovery") in found


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Mary Wanjiru, a former Example Air Force pilot, spoke.", "example-air-force"),
        ("Mary Wanjiru, a NASA test pilot, spoke.", "nasa"),
    ],
)
def test_a_pilot_after_a_body_in_apposition(extractor: RuleExtractor, text: str, body: str) -> None:
    assert ("mary-wanjiru", "affiliatedWith", body) in plain(stated(extractor, text))


def test_a_pilot_after_a_nationality_is_a_profession(extractor: RuleExtractor) -> None:
    # a profession gives the country too, since GUIDELINES' "Nationality before a profession" (v23 round; affiliation26)
    assert ("mary-wanjiru", "affiliatedWith", "united-states") in plain(
        stated(extractor, "Mary Wanjiru, an American pilot, spoke.")
    )
