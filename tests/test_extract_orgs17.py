"""How bodies are built and where they sit (round 17, issue #11 item 1): a seat stated inside an apposition
or after a copula is the described name's, not the nearest name's; a named meeting or body 'of' a body is
part of it; a subsidiary named by its parent's description; parties that agreed together; a lease or a
purchase with a longer object before 'from'. Invented sentences, several wordings each, with near-misses
that must not fire."""

from __future__ import annotations

import pytest

from spacekg.extract.rules import RuleExtractor
from tests.test_extract_modality import run, stated


def plain(extractor: RuleExtractor, text: str) -> set[tuple[str, str, str]]:
    return {k for k, modality in stated(run(extractor, text)).items() if modality is None}


APPOSED_SEATS = [
    "The ITU, a specialized agency of the UN based in Geneva, opened the talks on Monday.",
    "The ITU, a specialized agency of the UN headquartered in Geneva, opened the talks on Monday.",
    "The ITU, an agency of the UN with headquarters in Geneva, opened the talks on Monday.",
    "The ITU, an agency of the UN which is based in Geneva, opened the talks on Monday.",
    "The ITU, an agency of the UN that is located in Geneva, opened the talks on Monday.",
    "The ITU (International Telecommunication Union), an arm of the UN based in Geneva, opened the talks.",
    "The ITU is a specialized agency of the UN headquartered in Geneva.",
    "The ITU was an agency of the UN based in Geneva, and it set the rules.",
]


@pytest.mark.parametrize("text", APPOSED_SEATS, ids=[t[8:60] for t in APPOSED_SEATS])
def test_a_seat_inside_an_apposition_is_the_described_names(extractor: RuleExtractor, text: str) -> None:
    facts = plain(extractor, text)
    assert ("itu", "headquarteredAt", "geneva") in facts
    assert not any(s == "united-nations" and r == "headquarteredAt" for s, r, _ in facts)


def test_a_seat_inside_an_apposition_takes_the_first_place(extractor: RuleExtractor) -> None:
    text = "Intelsat, an operator of satellites based in McLean, Virginia, leased the slot to Nigeria in 2021."
    facts = plain(extractor, text)
    assert ("intelsat", "headquarteredAt", "mclean") in facts
    assert not any(r == "headquarteredAt" and o == "virginia" for _, r, o in facts)


APPOSED_SEAT_MISSES = [
    # 'based on' is a design, not a seat
    "Orbex Prime, a rocket based on Airbus's design, flew in 2024.",
    # a person described: no seat of a body
    "Jane Doe, a NASA engineer based in Houston, said the test went well.",
    # the seat of a branch, said after 'whose': not the head's
    "ESA, the agency whose technical centre is located in Noordwijk, chose Airbus.",
    "ESA, the agency that runs Galileo from a centre located in Prague, chose Airbus.",
    "ESA, an agency with a control centre based in Darmstadt, chose Airbus.",
]


@pytest.mark.parametrize("text", APPOSED_SEAT_MISSES, ids=[t[:40] for t in APPOSED_SEAT_MISSES])
def test_no_seat_from_a_design_a_person_or_a_branch(extractor: RuleExtractor, text: str) -> None:
    facts = plain(extractor, text)
    assert not any(r == "headquarteredAt" and s in ("airbus", "nasa", "esa") for s, r, _ in facts)


PARTS_OF_BODIES = [
    ("The Pacific Radio Conference (PRC-25) of the ITU closed in Dubai on Friday.", "prc-25", "itu"),
    ("Delegates at the Pacific Radio Conference (PRC-25) of the ITU agreed on new rules.", "prc-25", "itu"),
    ("The Legal Subcommittee of COPUOS met in Vienna in April.", "legal-subcommittee", "copuos"),
    ("The talks moved to the Orbital Debris Subcommittee of the UN Committee on Space Traffic.",
     "orbital-debris-subcommittee", "un-committee-on-space-traffic"),
]  # fmt: skip


@pytest.mark.parametrize("text,part,whole", PARTS_OF_BODIES, ids=[t[0][:45] for t in PARTS_OF_BODIES])
def test_a_named_meeting_or_body_of_a_body_is_part_of_it(
    extractor: RuleExtractor, text: str, part: str, whole: str
) -> None:
    facts = plain(extractor, text)
    # (the acronym in parentheses names the meeting when it is found as a name: 'WRC-23')
    parts = {part, "pacific-radio-conference"} if part == "prc-25" else {part}
    assert any((p, "partOf", whole) in facts for p in parts), facts


PART_MISSES = [
    # no name: a common noun's 'of'
    "A conference of experts from the ITU met in Geneva.",
    # a country's body: a nationality, not a part (guidelines)
    "The National Space Agency of Japan launched a satellite.",
    # one name holding the other
    "The Council of the European Union adopted the text.",
]


@pytest.mark.parametrize("text", PART_MISSES, ids=[t[:40] for t in PART_MISSES])
def test_no_part_from_a_common_noun_a_country_or_one_name(extractor: RuleExtractor, text: str) -> None:
    facts = plain(extractor, text)
    assert not any(r == "partOf" and o in ("itu", "japan", "european-union") for _, r, o in facts), facts


SUBSIDIARIES = [
    "Airbus signed a deal with ESA. Vega Systems, its German arm, will build the engine.",
    "Airbus signed a deal with ESA. Vega Systems, the company's German subsidiary, will build the engine.",
    "Airbus signed a deal with ESA on Monday, and Vega Systems, the group's subsidiary in Bremen, will build it.",
]


@pytest.mark.parametrize("text", SUBSIDIARIES, ids=[t[31:80] for t in SUBSIDIARIES])
def test_a_subsidiary_named_by_its_parents_description(extractor: RuleExtractor, text: str) -> None:
    facts = plain(extractor, text)
    assert ("vega-systems", "partOf", "airbus") in facts
    assert ("vega-systems", "partOf", "esa") not in facts  # an agency is no company's parent


AGREED_TOGETHER = [
    "In 1995 Canada and Japan agreed that a Japanese astronaut would fly on a Canadian mission.",
    "Canada and Japan have agreed to build a small lunar rover together.",
    "Canada and Japan agreed in 2019 to share the cost of the rover.",
    "Canada and Japan had finally agreed to build the rover.",
]


@pytest.mark.parametrize("text", AGREED_TOGETHER, ids=[t[:50] for t in AGREED_TOGETHER])
def test_parties_that_agreed_together_are_partners(extractor: RuleExtractor, text: str) -> None:
    facts = plain(extractor, text)
    assert ("canada", "partnerOf", "japan") in facts or ("japan", "partnerOf", "canada") in facts


AGREED_MISSES = [
    "Canada and Japan agreed with the assessment of the panel.",
    "Canada and Japan agreed that the market was weak.",
    "Canada agreed to build the rover, and Japan paid for the launch.",
    "Canada and Japan have agreed to deepen their cooperation on space debris.",
]


@pytest.mark.parametrize("text", AGREED_MISSES, ids=[t[:50] for t in AGREED_MISSES])
def test_no_partners_from_an_opinion_shared_or_one_party(extractor: RuleExtractor, text: str) -> None:
    facts = plain(extractor, text)
    assert ("canada", "partnerOf", "japan") not in facts and ("japan", "partnerOf", "canada") not in facts


LEASES = [
    "Nigeria had no slot of its own. It leased the position at 42.5 degrees East from Intelsat for ten years.",
    "Nigeria bought two transponders on the new satellite from Intelsat in 2021.",
    "Nigeria leased capacity from Intelsat in 2021.",
]


@pytest.mark.parametrize("text", LEASES, ids=[t[:50] for t in LEASES])
def test_a_lessee_or_buyer_is_the_sellers_partner(extractor: RuleExtractor, text: str) -> None:
    facts = plain(extractor, text)
    assert ("nigeria", "partnerOf", "intelsat") in facts or ("intelsat", "partnerOf", "nigeria") in facts


def test_an_option_to_buy_is_no_purchase(extractor: RuleExtractor) -> None:
    facts = plain(extractor, "Nigeria has an option to buy two more transponders on the satellite from Intelsat.")
    assert ("nigeria", "partnerOf", "intelsat") not in facts


MEETINGS_DESCRIBED = [
    ("The Pacific Radio Conference, the regional conference of the ITU, closed in Dubai.", "pacific-radio-conference",
     "itu"),
    ("The Example Summit, the annual summit of the African Union, opened on Monday.", "example-summit",
     "african-union"),
]  # fmt: skip


@pytest.mark.parametrize("text,part,whole", MEETINGS_DESCRIBED, ids=[t[0][:40] for t in MEETINGS_DESCRIBED])
def test_a_named_meeting_described_as_a_bodys_is_part_of_it(
    extractor: RuleExtractor, text: str, part: str, whole: str
) -> None:
    facts = plain(extractor, text)
    assert (part, "partOf", whole) in facts, facts


def test_a_meeting_of_a_bodys_people_is_no_part_of_it(extractor: RuleExtractor) -> None:
    facts = plain(extractor, "The Example Summit, a meeting of NATO defence ministers, opened on Monday.")
    assert not any(r == "partOf" and o == "nato" for _, r, o in facts)


MEETINGS_OPENED = [
    "The Example Summit of NATO opened in Brussels on Monday.",
    "The 60th session of COPUOS opened in Vienna on Monday.",
    "A meeting of the African Union opened in Cairo on Monday.",
]


@pytest.mark.parametrize("text", MEETINGS_OPENED, ids=[t[:40] for t in MEETINGS_OPENED])
def test_a_meeting_that_opened_somewhere_gives_its_body_no_seat(extractor: RuleExtractor, text: str) -> None:
    facts = plain(extractor, text)
    assert not any(r == "headquarteredAt" for _, r, _ in facts), facts


def test_a_body_of_a_body_set_up_somewhere_is_seated_there(extractor: RuleExtractor) -> None:
    facts = plain(extractor, "The Example Office of the African Union was set up in 2019 in Cairo.")
    assert not any(s == "african-union" and r == "headquarteredAt" for s, r, _ in facts)
    assert any(r == "headquarteredAt" and o == "cairo" for _, r, o in facts)
