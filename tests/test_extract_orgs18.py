"""Companies, ventures and who runs what (issue #11, round 18): joint owners and holdings, a unit named with
its owner's possessive, a company's city, another body's agency, bodies that work closely, running a site
named with its place, running with another body, and a constellation put into orbit (invented sentences,
several wordings each, and near-misses that must not fire)."""

from __future__ import annotations

import hashlib

import pytest

from spacekg.extract.rules import RuleExtractor
from tests.test_extract_clauses import plain

Stated = dict[tuple[str, str, str], str | None]
# Two companies named first, so that their names are known as organizations when the sentence comes.
OPENING = "Boeing and Lockheed Martin compete for launches. "


def stated(extractor: RuleExtractor, text: str) -> Stated:
    found = extractor.extract(text, "t.txt", hashlib.sha256(text.encode()).hexdigest())
    return {(f["subject"], f["relation"], f["object"]): f.get("modality") for f in found.facts}


def owners(found: Stated, venture: str) -> set[str]:
    return {s for (s, r, o), m in found.items() if r == "memberOf" and o == venture and m is None}


@pytest.mark.parametrize(
    "sentence",
    [
        "United Launch Alliance, the rocket maker that Boeing owns jointly with Lockheed Martin, won the contract.",
        "United Launch Alliance is a joint venture that Boeing controls and in which Lockheed Martin holds a third.",
        "United Launch Alliance is controlled by Boeing, with Lockheed Martin as the minority partner.",
        "United Launch Alliance is owned jointly by Boeing and Lockheed Martin.",
        "Boeing and Lockheed Martin jointly own United Launch Alliance.",
        "United Launch Alliance, which Boeing and Lockheed Martin control, won the contract.",
    ],
)
def test_joint_owners_are_members_of_the_venture(extractor: RuleExtractor, sentence: str) -> None:
    found = stated(extractor, OPENING + sentence)
    assert owners(found, "united-launch-alliance") == {"boeing", "lockheed-martin"}, found
    # owning together is no partnership in an undertaking (GUIDELINES v17)
    assert not any(r == "partnerOf" for _, r, _ in found), found


def test_a_holding_makes_a_member_and_its_verb_group_its_modality(extractor: RuleExtractor) -> None:
    found = stated(extractor, OPENING + "Boeing holds a 49% stake in United Launch Alliance.")
    assert owners(found, "united-launch-alliance") == {"boeing"}
    found = stated(extractor, OPENING + "Lockheed Martin owns a third of United Launch Alliance.")
    assert owners(found, "united-launch-alliance") == {"lockheed-martin"}
    found = stated(extractor, OPENING + "Boeing is the minority partner in United Launch Alliance.")
    assert owners(found, "united-launch-alliance") == {"boeing"}
    found = stated(extractor, OPENING + "Boeing plans to buy a stake in United Launch Alliance.")
    assert found.get(("boeing", "memberOf", "united-launch-alliance")) == "planned"
    found = stated(extractor, OPENING + "Boeing does not hold a stake in United Launch Alliance.")
    assert found.get(("boeing", "memberOf", "united-launch-alliance")) == "negated"


@pytest.mark.parametrize(
    "sentence",
    [
        "Boeing sold its stake in United Launch Alliance in 2020.",  # no holding now
        "Boeing gave up its 30% stake in United Launch Alliance.",
        "United Launch Alliance is owned by the state.",  # no owner named
        "United Launch Alliance, which Boeing controls, won the contract.",  # one owner: the text says no more
        "Boeing has an interest in Lockheed Martin's success.",  # an interest is no holding
        "Boeing, the main partner in Lockheed Martin's Moon programme, agreed.",  # of the programme, not the company
    ],
)
def test_no_membership_without_a_holding_stated(extractor: RuleExtractor, sentence: str) -> None:
    found = stated(extractor, OPENING + sentence)
    assert not any(r == "memberOf" for _, r, _ in found), found


def test_a_state_body_controlled_by_others_has_no_owners(extractor: RuleExtractor) -> None:
    found = stated(extractor, "NASA is controlled by Congress and the White House.")
    assert not any(r == "memberOf" for _, r, _ in found)


def test_wholly_owned_is_part_of_the_owner(extractor: RuleExtractor) -> None:
    found = plain(stated(extractor, OPENING + "United Launch Alliance is wholly owned by Boeing."))
    assert ("united-launch-alliance", "partOf", "boeing") in found
    assert not any(r == "memberOf" for _, r, _ in found)


def test_a_unit_named_with_its_owners_possessive_is_part_of_it(extractor: RuleExtractor) -> None:
    text = OPENING + "The deal joins Boeing's satellite arm and Lockheed Martin's SESO optics unit."
    assert ("seso", "partOf", "lockheed-martin") in plain(stated(extractor, text))
    text = OPENING + "Lockheed Martin's Exelis division was sold."
    assert ("exelis", "partOf", "lockheed-martin") in plain(stated(extractor, text))
    # a possessive alone says nothing of a unit
    assert not stated(extractor, OPENING + "Boeing praised Lockheed Martin's Exelis.")
    # a product line is no unit
    text = OPENING + "Boeing's Starliner business lost money."
    assert not any(r == "partOf" for _, r, _ in stated(extractor, text))


@pytest.mark.parametrize(
    "sentence",
    [
        "Axiom Space, a Houston company that sells private missions, hired him.",
        "Axiom Space, a Houston-based company, hired him.",
        "Axiom Space, a small Houston start-up, hired him.",
    ],
)
def test_a_company_described_with_its_city_sits_there(extractor: RuleExtractor, sentence: str) -> None:
    assert ("axiom-space", "headquarteredAt", "houston") in plain(stated(extractor, sentence))


def test_a_nationality_gives_no_seat(extractor: RuleExtractor) -> None:
    found = stated(extractor, "Axiom Space, an American company that sells private missions, hired him.")
    assert not any(r == "headquarteredAt" for _, r, _ in found)


def test_another_bodys_agency_is_part_of_it(extractor: RuleExtractor) -> None:
    text = "The International Telecommunication Union, the UN agency in Geneva that keeps the register, is old."
    assert ("itu", "partOf", "united-nations") in plain(stated(extractor, text))
    # a country's agency is no part of the country
    found = stated(extractor, "Roscosmos, the Russian agency that runs the cosmodrome, is old.")
    assert not any(r == "partOf" for _, r, _ in found)


@pytest.mark.parametrize(
    "sentence",
    [
        "Boeing and Lockheed Martin already work closely.",
        "Boeing and Lockheed Martin have long cooperated closely.",
        "Boeing and Lockheed Martin, rivals in the past, now work very closely.",
    ],
)
def test_bodies_that_work_closely_cooperate(extractor: RuleExtractor, sentence: str) -> None:
    found = plain(stated(extractor, OPENING + sentence))
    assert {("boeing", "cooperatesWith", "lockheed-martin"), ("lockheed-martin", "cooperatesWith", "boeing")} & found


def test_one_body_working_closely_has_no_partner(extractor: RuleExtractor) -> None:
    found = stated(extractor, OPENING + "Boeing, with its suppliers, works closely.")
    assert not any(r == "cooperatesWith" for _, r, _ in found)


@pytest.mark.parametrize(
    "sentence",
    [
        "The Example Space Centre in Kourou, which CNES runs, opened in 1968.",
        "They worked at the Example Space Centre near Kourou, a base that CNES runs under an agreement with Italy.",
        "They worked at the Example Space Centre outside Kourou, which CNES has operated since 1968.",
    ],
)
def test_a_site_named_with_its_place_is_the_one_run(extractor: RuleExtractor, sentence: str) -> None:
    found = plain(stated(extractor, sentence))
    assert ("cnes", "leads", "example-space-centre") in found
    assert not any(o == "kourou" for _, r, o in found if r == "leads")


def test_running_with_another_body_in_a_relative_clause_is_running_it_together(extractor: RuleExtractor) -> None:
    found = plain(stated(extractor, "KiboCUBE, a programme that NASA runs with the European Space Agency, grew."))
    assert {("nasa", "leads", "kibocube"), ("esa", "leads", "kibocube")} <= found
    assert ("nasa", "partnerOf", "esa") in found or ("esa", "partnerOf", "nasa") in found
    # a main clause keeps the older convention: the other body takes part (GUIDELINES, congress text)
    found = plain(stated(extractor, "NASA runs the KiboCUBE programme with the European Space Agency."))
    assert ("esa", "participatesIn", "kibocube") in found and ("esa", "leads", "kibocube") not in found
    # 'with help from', 'under an agreement with': no co-runner
    found = plain(stated(extractor, "KiboCUBE, a programme that NASA runs with help from ESA, grew."))
    assert ("esa", "leads", "kibocube") not in found


def test_thousands_of_satellites_put_up_are_the_operators_constellation(extractor: RuleExtractor) -> None:
    found = plain(stated(extractor, "SpaceX has put thousands of Starlink satellites into low orbit."))
    assert ("spacex", "leads", "starlink") in found
    # a few dozen may be a launch company's work for a client
    found = stated(extractor, "Arianespace has put dozens of Galileo satellites into orbit.")
    assert ("arianespace", "leads", "galileo") not in found


def test_a_craft_put_into_orbit_past_an_apposition(extractor: RuleExtractor) -> None:
    text = "The agency was set up in 2017, and the Kenya Space Agency has since put Taifa-1, an Earth-observation satellite, into orbit."
    assert ("kenya-space-agency", "leads", "taifa-1") in plain(stated(extractor, text))


def test_a_state_owned_agent_runs_what_it_will_run(extractor: RuleExtractor) -> None:
    text = "China filed for Guowang, a constellation of 13,000 satellites that the state-owned China Satellite Network Group will run."
    found = stated(extractor, text)
    assert found.get(("china-satellite-network-group", "leads", "guowang")) == "planned"


@pytest.mark.parametrize(
    "sentence",
    [
        "Boeing and Lockheed Martin formed United Launch Alliance in 2006.",
        "United Launch Alliance was formed in 2006 by Boeing and Lockheed Martin.",
        "The two companies call their joint venture United Launch Alliance.",
        "Both companies have called this arrangement their United Launch Alliance since 2006.",
    ],
)
def test_companies_that_found_or_name_a_venture_together_are_its_members(
    extractor: RuleExtractor, sentence: str
) -> None:
    found = stated(extractor, OPENING + sentence)
    assert owners(found, "united-launch-alliance") == {"boeing", "lockheed-martin"}, found


def test_one_company_naming_its_product_makes_no_membership(extractor: RuleExtractor) -> None:
    found = stated(extractor, OPENING + "Boeing calls the arrangement the Example Alliance.")
    assert not any(r == "memberOf" for _, r, _ in found)


def test_a_few_parties_to_a_memorandum_are_partners_each_pair(extractor: RuleExtractor) -> None:
    text = "Boeing, Airbus and Lockheed Martin signed a memorandum of understanding to combine their space units."
    found = plain(stated(extractor, text))
    pairs = {frozenset((s, o)) for s, r, o in found if r == "partnerOf"}
    assert pairs == {frozenset(p) for p in (("boeing", "airbus"), ("boeing", "lockheed-martin"),
                                            ("airbus", "lockheed-martin"))}  # fmt: skip
    # the many parties to a treaty are no partners of each other
    found = stated(extractor, "Norway, Chile, Peru and Japan signed the Example Treaty in 2020.")
    assert not any(r == "partnerOf" for _, r, _ in found)


def test_joint_work_between_two_bodies_is_cooperation(extractor: RuleExtractor) -> None:
    found = plain(stated(extractor, "The agreement sets the terms for joint work between NASA and ESA."))
    assert ("nasa", "cooperatesWith", "esa") in found or ("esa", "cooperatesWith", "nasa") in found
    assert not stated(extractor, "The work between NASA and ESA ended.")


@pytest.mark.parametrize(
    "sentence",
    [
        "Boeing's subsidiary Millennium Space Systems built it.",
        "Boeing's satellite arm, Millennium Space Systems, built it.",
        "Millennium Space Systems, a Boeing company, built it.",
    ],
)
def test_a_unit_named_after_its_noun_or_as_a_companys_company(extractor: RuleExtractor, sentence: str) -> None:
    assert ("millennium-space-systems", "partOf", "boeing") in plain(stated(extractor, OPENING + sentence))


def test_a_person_or_a_country_before_company_owns_nothing(extractor: RuleExtractor) -> None:
    found = stated(extractor, OPENING + "Millennium Space Systems, a Japanese company, built it.")
    assert not any(r == "partOf" for _, r, _ in found)


def test_an_operator_named_after_the_things_possessive_runs_it(extractor: RuleExtractor) -> None:
    text = OPENING + "The Example Network's operator, Boeing, said it would expand the network."
    assert ("boeing", "leads", "example-network") in plain(stated(extractor, text))
    # the operator of a company is no leader of it (a company is no undertaking)
    text = OPENING + "Lockheed Martin's operator, Boeing, said so."
    assert not any(r == "leads" for _, r, _ in stated(extractor, text))


@pytest.mark.parametrize(
    "sentence",
    [
        "Boeing is also developing a pressurised rover, the Example Cruiser, with Lockheed Martin.",
        "Boeing designed a new capsule with Lockheed Martin in 2015.",
        "Boeing built two landers together with Lockheed Martin.",
    ],
)
def test_a_thing_made_with_another_body_makes_partners(extractor: RuleExtractor, sentence: str) -> None:
    found = plain(stated(extractor, OPENING + sentence))
    assert ("boeing", "partnerOf", "lockheed-martin") in found or ("lockheed-martin", "partnerOf", "boeing") in found


@pytest.mark.parametrize(
    "sentence",
    [
        "NASA built the rover with Russian engines.",
        "ISRO designed the satellite with help from CNES.",
        "NASA is building a station with the European Space Agency's help.",
    ],
)
def test_parts_help_and_possessives_after_with_make_no_partner(extractor: RuleExtractor, sentence: str) -> None:
    assert not any(r == "partnerOf" for _, r, _ in stated(extractor, sentence))


def test_a_contractor_chosen_with_a_time_between(extractor: RuleExtractor) -> None:
    found = plain(stated(extractor, "NASA chose SpaceX in 2021 to build the lander for Artemis III."))
    assert ("nasa", "partnerOf", "spacex") in found or ("spacex", "partnerOf", "nasa") in found
