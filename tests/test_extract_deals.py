"""Launch deals, launches for others, carriers and crews (``spacekg.extract.deals``,
``spacekg.extract.relations``, ``spacekg.extract.coordination``): invented sentences in
several wordings, with the look-alikes where nothing (or something else) must be read."""

from __future__ import annotations

from spacekg.extract.rules import RuleExtractor
from tests.test_extract_clauses import stated


def partners(found: dict[tuple[str, str, str], str | None], one: str, other: str) -> str | bool | None:
    """The modality of the partnership between two ids (either way round), or False when there is none."""
    for key in ((one, "partnerOf", other), (other, "partnerOf", one)):
        if key in found:
            return found[key]
    return False


def test_launches_bought_from_a_seller(extractor: RuleExtractor) -> None:
    # a plain purchase, with the program the launches are for
    found = stated(extractor, "Eutelsat bought two launches from Rocket Lab for its Example-7 constellation.")
    assert partners(found, "eutelsat", "rocket-lab") is None
    assert ("rocket-lab", "participatesIn", "example-7") in found
    # another verb, another preposition, a perfect tense
    found = stated(extractor, "Viasat has booked three flights with Arianespace.")
    assert partners(found, "viasat", "arianespace") is None
    # a relative clause
    found = stated(extractor, "Intelsat, which ordered four launches from Blue Origin, expects the first in 2026.")
    assert partners(found, "intelsat", "blue-origin") is None
    # two sellers in a list, each a partner and each taking part
    found = stated(extractor, "Eutelsat bought launches from SpaceX and Rocket Lab for its Example-7 network.")
    assert partners(found, "eutelsat", "spacex") is None and partners(found, "eutelsat", "rocket-lab") is None
    assert {("spacex", "participatesIn", "example-7"), ("rocket-lab", "participatesIn", "example-7")} <= found.keys()
    assert partners(found, "spacex", "rocket-lab") is False


def test_launches_counted_on_a_makers_rocket(extractor: RuleExtractor) -> None:
    found = stated(extractor, "Telesat ordered 14 launches on SpaceX's Falcon 9 and 4 on Arianespace's Ariane 6.")
    assert partners(found, "telesat", "spacex") is None and partners(found, "telesat", "arianespace") is None
    # the rocket is a vehicle: its maker's possessive gives it no relation
    assert not any(s in ("falcon-9", "ariane-6") for s, _, _ in found)


def test_the_deal_in_the_next_sentence(extractor: RuleExtractor) -> None:
    text = (
        "Eutelsat signed launch contracts with two companies for its Example-7 constellation.\n\n"
        "The contracts, announced in May, cover 10 launches on Rocket Lab's Neutron and 6 on Arianespace's "
        "Vega C, with options for 8 more Neutron flights."
    )
    found = stated(extractor, text)
    assert partners(found, "eutelsat", "rocket-lab") is None and partners(found, "eutelsat", "arianespace") is None
    assert ("rocket-lab", "participatesIn", "example-7") in found
    assert ("arianespace", "participatesIn", "example-7") in found
    # a rocket named by its maker's possessive in a count of launches is no person and no member of its maker
    assert not any(r == "affiliatedWith" for _, r, _ in found)
    found = stated(
        extractor,
        "Eutelsat signed launch contracts with two companies. The deal includes eight launches on SpaceX's Falcon 9.",
    )
    assert partners(found, "eutelsat", "spacex") is None


def test_the_seller_s_side(extractor: RuleExtractor) -> None:
    found = stated(extractor, "Rocket Lab sold two launches to Eutelsat.")
    assert partners(found, "rocket-lab", "eutelsat") is None
    found = stated(extractor, "Arianespace won a contract to launch Eutelsat's Example-9 satellite.")
    assert partners(found, "arianespace", "eutelsat") is None
    assert ("arianespace", "participatesIn", "example-9") in found
    found = stated(extractor, "SpaceX has been awarded a contract for three launches for the Space Development Agency.")
    assert partners(found, "spacex", "space-development-agency") is None
    found = stated(extractor, "Rocket Lab, which has sold four launches to Viasat, plans more.")
    assert partners(found, "rocket-lab", "viasat") is None


def test_no_deal_in_plans_options_and_losses(extractor: RuleExtractor) -> None:
    # an option is no purchase
    found = stated(extractor, "Viasat has an option to buy five more launches from SpaceX.")
    assert partners(found, "viasat", "spacex") is False
    found = stated(extractor, "The deal covers 12 launches, with options for 10 more on Blue Origin's New Glenn.")
    assert not found
    # a plan and a denial keep their modality
    found = stated(extractor, "SES plans to buy launches from Rocket Lab.")
    assert partners(found, "ses", "rocket-lab") == "planned"
    found = stated(extractor, "SES did not buy any launches from Arianespace.")
    assert partners(found, "ses", "arianespace") == "negated"
    # a company that lost the competition is nobody's partner
    assert not stated(extractor, "SpaceX, the largest launch provider, was not among the winners.")
    # a deal two sentences back is not the one the sentence details
    text = "Amazon signed the deal in April. The weather was bad. The deal covers eight launches on SpaceX's Falcon 9."
    assert partners(stated(extractor, text), "amazon", "spacex") is False
    # satellites bought are no launches
    found = stated(extractor, "Eutelsat bought two satellites from Airbus.")
    assert not any(r == "participatesIn" for _, r, _ in found)


def test_launching_another_s_craft_is_taking_part(extractor: RuleExtractor) -> None:
    text = "Example-1 was Canada's first satellite. NASA launched it free of charge under an agreement with Canada."
    found = stated(extractor, text)
    assert ("nasa", "participatesIn", "example-1") in found
    assert ("nasa", "leads", "example-1") not in found
    found = stated(extractor, "NASA launched Example-2 for Canada in 1965.")
    assert ("nasa", "leads", "example-2") not in found
    found = stated(extractor, "NASA launched Example-3 on behalf of Italy.")
    assert ("nasa", "participatesIn", "example-3") in found
    # an agency launching its own craft still leads it
    found = stated(extractor, "ISRO launched Example-4 in July.")
    assert ("isro", "leads", "example-4") in found
    # and a company launching any craft takes part
    found = stated(extractor, "Example-5 was launched by Rocket Lab in March.")
    assert ("rocket-lab", "participatesIn", "example-5") in found


def test_a_rocket_is_no_crew_s_craft(extractor: RuleExtractor) -> None:
    found = stated(extractor, "A Falcon 9 rocket carried Jane Example and John Roe to the Example Station.")
    assert not any(o == "falcon-9" for _, _, o in found)
    found = stated(extractor, "The Example rocket carried Jane Example and John Roe into orbit.")
    assert not any(r == "participatesIn" for _, r, _ in found)
    found = stated(extractor, "The Falcon 9 carried Jane Example, John Roe and Mary Major to orbit.")
    assert not any(r == "participatesIn" for _, r, _ in found)
    found = stated(extractor, "Jane Example flew to the station on a Falcon 9 rocket.")
    assert not any(o == "falcon-9" for _, _, o in found)
    # a mission or a spacecraft that carries its crew: they take part in it
    found = stated(extractor, "Artemis II will carry Jane Example and John Roe around the Moon.")
    assert found.get(("jane-example", "participatesIn", "artemis-ii")) == "planned"
    found = stated(extractor, "The Soyuz spacecraft carried Oleg Novitsky and Pyotr Dubrov to the station.")
    assert ("oleg-novitsky", "participatesIn", "soyuz") in found


def test_a_named_payload_is_what_its_builder_built(extractor: RuleExtractor) -> None:
    found = stated(
        extractor, "The Electron rocket lifted off carrying the Example-3 satellite built by the University of Tokyo."
    )
    assert ("university-of-tokyo", "participatesIn", "example-3") in found
    assert ("university-of-tokyo", "participatesIn", "electron") not in found
    # an unnamed satellite on a rocket: its builder built no rocket
    found = stated(extractor, "An Ariane 5 rocket lifted off carrying a satellite built by Airbus.")
    assert not any(s == "airbus" for s, _, _ in found)
    # instruments a probe carries: their suppliers take part in the probe
    found = stated(extractor, "Example-8 carries instruments from NASA and ESA.")
    assert {("nasa", "participatesIn", "example-8"), ("esa", "participatesIn", "example-8")} <= found.keys()


def test_a_satellite_of_a_series_by_number_and_letter(extractor: RuleExtractor) -> None:
    found = stated(extractor, "Türksat 6A was launched by SpaceX in July 2024.")
    assert ("spacex", "participatesIn", "turksat-6a") in found
    found = stated(extractor, "Examplesat A2 was launched by Rocket Lab in 1973.")
    assert ("rocket-lab", "participatesIn", "examplesat-a2") in found


def test_the_contractor_launches_the_craft(extractor: RuleExtractor) -> None:
    # a contract with a launch company to launch a named craft: the company takes part in it
    found = stated(extractor, "Eutelsat signed a contract with Arianespace to launch its Example-9 satellite.")
    assert partners(found, "eutelsat", "arianespace") is None
    assert ("arianespace", "participatesIn", "example-9") in found
    found = stated(extractor, "Eutelsat signed a deal with Rocket Lab for the launch of Example-10.")
    assert ("rocket-lab", "participatesIn", "example-10") in found
    # a denial keeps its modality
    found = stated(extractor, "Eutelsat did not sign a contract with Arianespace to launch Example-12.")
    assert found.get(("arianespace", "participatesIn", "example-12")) == "negated"
    # a contract to build an unnamed satellite names no craft
    found = stated(extractor, "Eutelsat signed a contract with Arianespace to build a satellite.")
    assert not any(r == "participatesIn" for _, r, _ in found)
    # a contractor chosen to launch or build a named craft takes part in it, not one chosen to run it
    found = stated(extractor, "NASA selected SpaceX to launch the Example-6 observatory.")
    assert partners(found, "nasa", "spacex") is None
    assert ("spacex", "participatesIn", "example-6") in found
    found = stated(extractor, "NASA chose Rocket Lab to build its first Example-7 satellites.")
    assert ("rocket-lab", "participatesIn", "example-7") in found
    found = stated(extractor, "NASA chose SpaceX to operate the Example-8 station.")
    assert ("spacex", "participatesIn", "example-8") not in found


def test_a_company_s_rocket_carried_the_craft(extractor: RuleExtractor) -> None:
    # a passive with the company before its rocket's name or the noun 'rocket', an active verb of lifting
    found = stated(extractor, "Example-5 was carried into orbit by a SpaceX Falcon 9.")
    assert ("spacex", "participatesIn", "example-5") in found
    found = stated(extractor, "Example-5 was carried by a SpaceX rocket.")
    assert ("spacex", "participatesIn", "example-5") in found
    found = stated(extractor, "Rocket Lab lofted the Example-6 satellite to orbit on Tuesday.")
    assert ("rocket-lab", "participatesIn", "example-6") in found
    # a rocket type alone, a company's staff, people carried, a craft that carried another: none of these
    assert not stated(extractor, "Example-5 was carried into orbit by a Falcon 9.")
    assert not stated(extractor, "Example-5 was carried by a SpaceX team to the pad.")
    found = stated(extractor, "SpaceX carried Jane Example and John Roe into orbit.")
    assert not any(r == "participatesIn" for _, r, _ in found)
    found = stated(extractor, "The lander had been carried into lunar orbit by Chandrayaan-2.")
    assert not any(r == "participatesIn" for _, r, _ in found)


def test_a_description_with_the_name_in_apposition_is_one_subject(extractor: RuleExtractor) -> None:
    # 'The mission' could stand for the capsule named before; the name in apposition is what is commanded
    text = "Axiom flew the Example-3 mission on a Crew Dragon. The mission, Ax-4, is commanded by Peggy Whitson."
    found = stated(extractor, text)
    assert ("peggy-whitson", "leads", "ax-4") in found
    assert ("peggy-whitson", "leads", "crew-dragon") not in found
    # two names coordinated are still both the participle's
    found = stated(extractor, "Both Example-1 and Example-2 were built by Airbus.")
    assert {("airbus", "participatesIn", "example-1"), ("airbus", "participatesIn", "example-2")} <= found.keys()
