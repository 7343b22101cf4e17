"""Seats, parents and parts of bodies and craft (issue #11, round 19): a seat chosen for a body, a company's
city past its short form, a body answering to two parents, a head-first body named with its parent's
possessive, 'A's B and its C', a craft a body put into orbit, and a craft released by another (invented
sentences, several wordings each, and near-misses that must not fire)."""

from __future__ import annotations

import hashlib

import pytest

from spacekg.extract.rules import RuleExtractor

Stated = dict[tuple[str, str, str], str | None]


def stated(extractor: RuleExtractor, text: str) -> Stated:
    found = extractor.extract(text, "t.txt", hashlib.sha256(text.encode()).hexdigest())
    return {(f["subject"], f["relation"], f["object"]): f.get("modality") for f in found.facts}


def of_relation(found: Stated, relation: str) -> set[tuple[str, str]]:
    return {(s, o) for (s, r, o) in found if r == relation}


@pytest.mark.parametrize(
    ("sentence", "city"),
    [
        ("In 2022 the government chose Toulouse as the seat of the new Tarvian Space Agency.", "toulouse"),
        ("The cabinet picked Bremen as the seat of the Tarvian Space Agency, ahead of four other cities.", "bremen"),
        ("Bremen was chosen as the seat of the Tarvian Space Agency in 2021.", "bremen"),
        ("The ministers have chosen Darmstadt as the new home for the Tarvian Space Agency.", "darmstadt"),
        ("Toulouse has been selected as the headquarters of the Tarvian Space Agency.", "toulouse"),
    ],
)
def test_a_city_chosen_as_a_body_seat(extractor: RuleExtractor, sentence: str, city: str) -> None:
    found = stated(extractor, sentence)
    assert found.get(("tarvian-space-agency", "headquarteredAt", city), "absent") is None, found


def test_a_seat_chosen_takes_the_verb_group_modality(extractor: RuleExtractor) -> None:
    found = stated(extractor, "The government will choose Bremen as the seat of the Tarvian Space Agency next year.")
    assert found.get(("tarvian-space-agency", "headquarteredAt", "bremen")) == "planned"
    found = stated(extractor, "The government did not choose Bremen as the seat of the Tarvian Space Agency.")
    assert found.get(("tarvian-space-agency", "headquarteredAt", "bremen")) == "negated"


@pytest.mark.parametrize(
    "sentence",
    [
        "The Tarvian Space Agency moved out of Toulouse, the seat of government.",
        "The Tarvian Space Agency chose Toulouse as the base for its launches.",
        "The Tarvian Space Agency picked Darmstadt as the venue of its first conference.",
        "The government chose Tarvia as the seat of the Tarvian Space Agency.",  # a country is no seat
        "The Tarvian Space Agency chose Bremen as the seat of government talks.",
        "The Tarvian Space Agency wants a seat at the table in Toulouse.",
    ],
)
def test_no_seat_without_a_body_seated_in_a_city(extractor: RuleExtractor, sentence: str) -> None:
    assert not of_relation(stated(extractor, sentence), "headquarteredAt")


def test_a_company_of_a_city_past_its_short_form(extractor: RuleExtractor) -> None:
    found = stated(extractor, "The satellite was built by Kestrel Orbital Systems (KOS) of Darmstadt.")
    assert ("kos", "darmstadt") in of_relation(found, "headquarteredAt"), found
    found = stated(extractor, "The lander is based on the design of the Kestrel Orbital Systems of Darmstadt.")
    assert not of_relation(found, "headquarteredAt"), found


@pytest.mark.parametrize(
    "sentence",
    [
        "The Tarvian Space Agency answers jointly to the Ministry of Science and the Ministry of Defence.",
        "The Tarvian Space Agency, which answers to the Ministry of Science and the Ministry of Defence, opened.",
        "Tarvia set up the Tarvian Space Agency in 2021. It answers to the Ministry of Science and the Ministry of "
        "Defence.",
    ],
)
def test_a_body_answering_to_two_ministries_is_part_of_each(extractor: RuleExtractor, sentence: str) -> None:
    parents = {o for s, o in of_relation(stated(extractor, sentence), "partOf") if s == "tarvian-space-agency"}
    assert parents == {"ministry-of-science", "ministry-of-defence"}


@pytest.mark.parametrize(
    "sentence",
    [
        "The Tarvian Space Agency reports to Congress every year on its spending.",
        "The Tarvian Space Agency reported to the Ministry of Science that the launch had failed.",
        "The Tarvian Space Agency came under fire from the Ministry of Defence.",
        "The Tarvian Space Agency came under the scrutiny of the Ministry of Defence.",
    ],
)
def test_no_parent_for_a_report_or_criticism(extractor: RuleExtractor, sentence: str) -> None:
    assert not of_relation(stated(extractor, sentence), "partOf")


def test_a_head_first_body_named_with_its_parent_possessive(extractor: RuleExtractor) -> None:
    found = stated(
        extractor, "The guidelines that the UN's Committee on the Peaceful Uses of Outer Space adopted are voluntary."
    )
    assert ("copuos", "united-nations") in of_relation(found, "partOf"), found
    found = stated(extractor, "NASA's Office of Tarvian Affairs wrote the report.")
    assert ("office-of-tarvian-affairs", "nasa") in of_relation(found, "partOf"), found


def test_its_in_a_coordinated_subject_is_the_first_possessor(extractor: RuleExtractor) -> None:
    found = stated(extractor, "In 2015 the UNGA's First Committee and its Fourth Committee held a joint meeting.")
    parts = of_relation(found, "partOf")
    assert {("un-first-committee", "un-general-assembly"), ("fourth-committee", "un-general-assembly")} <= parts
    assert ("fourth-committee", "un-first-committee") not in parts
    found = stated(extractor, "ESA's Tarvian Science Office and its Tarvian Launch Office chose the mission.")
    parts = of_relation(found, "partOf")
    assert {("tarvian-science-office", "esa"), ("tarvian-launch-office", "esa")} <= parts, found


@pytest.mark.parametrize(
    "sentence",
    [
        "Its signals pass through Tarvsat-1, a relay satellite that China put into orbit in May last year.",
        "Its signals pass through Tarvsat-1, a relay satellite which China placed in orbit in May.",
        "Tarvsat-1, which China put into a polar orbit in May, relays the signals.",
    ],
)
def test_a_craft_a_country_put_into_orbit_is_led_not_funded(extractor: RuleExtractor, sentence: str) -> None:
    found = stated(extractor, sentence)
    assert ("china", "leads", "tarvsat-1") in found, found
    assert ("china", "participatesIn", "tarvsat-1") not in found, found


def test_a_company_that_put_a_craft_into_orbit_takes_part(extractor: RuleExtractor) -> None:
    # (a launch company launches for another, as with 'launched')
    found = stated(extractor, "Tarvsat-1, a satellite that SpaceX put into orbit in May, relays the signals.")
    assert ("spacex", "participatesIn", "tarvsat-1") in found, found
    assert ("spacex", "leads", "tarvsat-1") not in found, found


@pytest.mark.parametrize(
    "sentence",
    [
        "In December Tarvsat-1 releases a smaller satellite, Tarvsat-2.",
        "In December Tarvsat-1 released a smaller satellite, Tarvsat-2, into orbit.",
        "In December Tarvsat-1 deployed a second satellite, Tarvsat-2.",
        "Tarvsat-1 released Tarvsat-2 in December.",
        "On 6 December Tarvsat-1 ejected a small, fast-moving probe, Tarvsat-2.",
        "Tarvia launched Tarvsat-1 in May. Hours later the spacecraft released a probe, which the agency named "
        "Tarvsat-2.",
    ],
)
def test_a_craft_released_by_another_is_its_part(extractor: RuleExtractor, sentence: str) -> None:
    assert ("tarvsat-2", "tarvsat-1") in of_relation(stated(extractor, sentence), "partOf")


@pytest.mark.parametrize(
    "sentence",
    [
        "Tarvsat-1 will release a subsatellite called Tarvsat-2 next year.",
    ],
)
def test_a_release_to_come_is_a_plain_part(extractor: RuleExtractor, sentence: str) -> None:
    # The craft is aboard now (GUIDELINES.md, the golds reconciled with the manual in the v23 round).
    found = stated(extractor, sentence)
    assert ("tarvsat-2", "partOf", "tarvsat-1") in found
    assert found[("tarvsat-2", "partOf", "tarvsat-1")] is None


@pytest.mark.parametrize(
    "sentence",
    [
        "The Falcon 9 rocket deployed Tarvsat-2 in May.",  # a rocket's payload
        "The International Space Station released Tarvsat-2 in 2016.",  # a station's
        "NASA deployed Tarvsat-2 from the station.",  # a body is no craft
        "Tarvsat-1 released Tarvsat-2 images on Monday.",
        "Tarvsat-2 was released from the International Space Station in 2016.",
        "Tarvsat-1 released its first images in May.",
    ],
)
def test_no_part_for_a_payload_or_images_released(extractor: RuleExtractor, sentence: str) -> None:
    assert not of_relation(stated(extractor, sentence), "partOf")


TWO_CRAFT = "Tarvia launched Tarvsat-1 in 2007 and Tarvsat-2 in 2011. "


@pytest.mark.parametrize(
    ("sentence", "modality"),
    [
        ("Both were operated by Kestrel Orbital Systems, a state-owned company.", None),
        ("Both are run by Kestrel Orbital Systems.", None),
        ("Both satellites are managed by Kestrel Orbital Systems.", None),
        ("Kestrel Orbital Systems operates both.", None),
        ("Kestrel Orbital Systems will operate both from Bremen.", "planned"),
        ("Both satellites are no longer operated by Kestrel Orbital Systems.", "negated"),
    ],
)
def test_the_craft_counted_are_each_run_by_the_body(
    extractor: RuleExtractor, sentence: str, modality: str | None
) -> None:
    found = stated(extractor, TWO_CRAFT + sentence)
    for craft in ("tarvsat-1", "tarvsat-2"):
        assert found.get(("kestrel-orbital-systems", "leads", craft), "absent") == modality, found


@pytest.mark.parametrize(
    "text",
    [
        "Tarvia launched Tarvsat-1 in 2007. Both were operated by Kestrel Orbital Systems.",  # one craft named
        TWO_CRAFT + "Both were run by the book.",
        TWO_CRAFT + "Both were built by Kestrel Orbital Systems.",  # a builder takes part, it runs nothing
    ],
)
def test_no_counted_operator_without_the_count_or_the_verb(extractor: RuleExtractor, text: str) -> None:
    found = stated(extractor, text)
    assert not any(r == "leads" and s == "kestrel-orbital-systems" for s, r, _ in found), found


def test_a_body_named_with_its_city_possessive_sits_there(extractor: RuleExtractor) -> None:
    found = stated(extractor, "Toulouse's Airbus and Bremen's OHB Systems will build the satellite.")
    assert {("airbus", "toulouse"), ("ohb-systems", "bremen")} <= of_relation(found, "headquarteredAt"), found
    for sentence in (
        "Houston's Johnson Space Center trains the crews.",  # a centre is no body
        "Houston's mayor visited Kestrel Orbital Systems.",
        "Moscow's Roscosmos signed the deal.",  # a capital stands for its country
    ):
        assert not of_relation(stated(extractor, sentence), "headquarteredAt"), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "The Tarvian Space Agency operates under the Ministry of Defence.",
        "The Tarvian Space Agency was placed under the Ministry of Defence in 2020.",
        "The Tarvian Space Agency is overseen by the Ministry of Defence.",
        "The Tarvian Space Agency is supervised by the Ministry of Defence.",
        "The Tarvian Space Agency reports to both the Ministry of Defence and the Ministry of Science.",
    ],
)
def test_more_words_of_a_body_under_another(extractor: RuleExtractor, sentence: str) -> None:
    assert ("tarvian-space-agency", "ministry-of-defence") in of_relation(stated(extractor, sentence), "partOf")


@pytest.mark.parametrize(
    "sentence",
    [
        "The Tarvian Space Agency operates under the Outer Space Treaty.",  # a treaty is no parent
        "The Tarvian Space Agency works under the Artemis programme.",
        "The Tarvian Space Agency was placed under sanctions by the Ministry of Defence.",
        "The Tarvian Space Agency works under a contract with the Ministry of Defence.",
        "The Tarvian Space Agency is overseen by Congress.",  # a legislature's oversight
        "The Artemis programme is overseen by NASA.",  # a programme overseen is led, not a part
    ],
)
def test_no_parent_for_a_treaty_a_contract_or_oversight_by_a_legislature(
    extractor: RuleExtractor, sentence: str
) -> None:
    assert not of_relation(stated(extractor, sentence), "partOf")


def test_the_seat_of_a_body_is_in_a_city(extractor: RuleExtractor) -> None:
    opening = "Tarvia wants a space agency of its own. "
    for sentence, modality in (
        ("The headquarters of the Tarvian Space Agency are in Bremen.", None),
        ("The seat of the Tarvian Space Agency will be in Bremen.", "planned"),
        ("The headquarters of the Tarvian Space Agency are not in Bremen.", "negated"),
        ("The Tarvian Space Agency is based out of Bremen.", None),
    ):
        found = stated(extractor, opening + sentence)
        assert found.get(("tarvian-space-agency", "headquarteredAt", "bremen"), "absent") == modality, sentence
    for sentence in (
        "The seat of government is in Bremen.",
        "The headquarters of the Tarvian Space Agency was in turmoil.",
        "The head of the Tarvian Space Agency is in Bremen this week.",  # a person's visit
    ):
        assert not of_relation(stated(extractor, opening + sentence), "headquarteredAt"), sentence


@pytest.mark.parametrize(
    ("sentence", "relation"),
    [
        ("Tarvsat-1 was put into orbit by China in May.", "leads"),
        ("Tarvsat-1, placed in a polar orbit by China in May, relays the signals.", "leads"),
        ("Tarvsat-1 was put into orbit by SpaceX in May.", "participatesIn"),  # a launch company, as 'launched by'
    ],
)
def test_a_craft_put_into_orbit_by_a_body(extractor: RuleExtractor, sentence: str, relation: str) -> None:
    found = stated(extractor, sentence)
    launcher = "china" if "China" in sentence else "spacex"
    assert found.get((launcher, relation, "tarvsat-1"), "absent") is None, found
    assert (launcher, "leads" if relation != "leads" else "participatesIn", "tarvsat-1") not in found, found


def test_put_forward_by_is_still_a_proposal(extractor: RuleExtractor) -> None:
    found = stated(extractor, "The Tarvian Treaty was put forward by China in May.")
    assert ("china", "proposes", "tarvian-treaty") in found, found
