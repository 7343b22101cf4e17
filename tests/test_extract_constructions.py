"""Relation constructions that recur in any English report, each read as one
general rule over names of the right classes (issue #11, relations12):
invented sentences, several wordings each, with look-alikes that must not fire."""

from __future__ import annotations

from spacekg.extract.rules import RuleExtractor
from tests.test_extract_clauses import stated


def test_a_body_that_opens_in_a_city_sits_there(extractor: RuleExtractor) -> None:
    for text in (
        "The Example Space Agency opened in Exampleton on 27 May 2024.",
        "The Example Institute officially opened its doors in Exampleton in 2019.",
        "The Example Institute was opened in Exampleton in 2019.",
    ):
        found = stated(extractor, text)
        assert any(r == "headquarteredAt" and o == "exampleton" and m is None for (_, r, o), m in found.items()), text
    found = stated(extractor, "The Example Agency will open in Exampleton in 2026.")
    assert found[("example-agency", "headquarteredAt", "exampleton")] == "planned"
    found = stated(extractor, "The Example Agency did not open in Exampleton.")
    assert found[("example-agency", "headquarteredAt", "exampleton")] == "negated"
    # an office opened somewhere, a conference opening, a body open on Sundays: no seat
    for text in (
        "The Example Institute opened an office in Exampleton in 2019.",
        "The Example Conference opened in Exampleton on Monday.",
        "The Example Agency is open in Exampleton on Sundays.",
    ):
        assert not any(r == "headquarteredAt" for _, r, _ in stated(extractor, text)), text


def test_a_unit_named_with_its_parents_possessive_is_part_of_it(extractor: RuleExtractor) -> None:
    found = stated(extractor, "Jane Example spoke for JAXA's Institute of Example Science at the briefing.")
    assert ("institute-of-example-science", "partOf", "jaxa") in found
    found = stated(extractor, "He worked at ESA's EXAMPLAR centre in Frascati.")
    assert ("examplar", "partOf", "esa") in found
    found = stated(extractor, "NASA's Office of Example Affairs published a report.")
    assert ("office-of-example-affairs", "partOf", "nasa") in found
    # a country's institute (nationality), an agency's telescope or program: no part
    found = stated(extractor, "Examplia's Institute of Example Technology built the cubesat.")
    assert not any(r == "partOf" for _, r, _ in found)
    for text in ("ESA's Example telescope was launched.", "NASA's Artemis program grew."):
        assert not any(r == "partOf" for _, r, _ in stated(extractor, text)), text


def test_a_craft_carrying_a_payload_named_by_its_supplier(extractor: RuleExtractor) -> None:
    found = stated(extractor, "Example-5 returned samples in June, with a small French instrument on board.")
    assert found.get(("france", "participatesIn", "example-5"), "x") is None
    found = stated(extractor, "Example-5 carries a NASA camera to the Moon.")
    assert found.get(("nasa", "participatesIn", "example-5"), "x") is None
    found = stated(extractor, "Example-5 will carry a Japanese rover to the Moon.")
    assert found[("japan", "participatesIn", "example-5")] == "planned"
    # the craft is the object, or the noun is no payload: nothing
    for text in (
        "The engineers tested Example-5 with a NASA camera.",
        "ESA worked with a French instrument maker.",
        "Example-5 docked with a Russian module.",
    ):
        assert not any(r == "participatesIn" for _, r, _ in stated(extractor, text)), text


def test_arriving_in_orbit_aboard_a_providers_rocket(extractor: RuleExtractor) -> None:
    found = stated(extractor, "Example-3 reached orbit on 2 May aboard a SpaceX Falcon 9.")
    assert ("spacex", "participatesIn", "example-3") in found
    found = stated(extractor, "Example-3 reached orbit aboard a Falcon 9 of SpaceX.")
    assert ("spacex", "participatesIn", "example-3") in found
    # a rocket named only by a nationality says nothing
    found = stated(extractor, "Example-3 reached orbit aboard a Chinese Long March rocket.")
    assert not any(r == "participatesIn" for _, r, _ in found)


def test_led_by_one_with_help_from_others(extractor: RuleExtractor) -> None:
    found = stated(
        extractor,
        "The clean-up, Operation Example Light, was led by Examplia's Department of Example Defence, with help "
        "from the United States.",
    )
    assert ("department-of-example-defence", "leads", "operation-example-light") in found
    assert found.get(("united-states", "participatesIn", "operation-example-light"), "x") is None
    found = stated(extractor, "Example-1 was led by the Example Agency, with technical support from ESA and JAXA.")
    assert {("esa", "participatesIn", "example-1"), ("jaxa", "participatesIn", "example-1")} <= found.keys()
    assert ("example-agency", "leads", "example-1") in found
    # help from people or from no name; a meeting's chair
    found = stated(extractor, "Example-1 was led by the Example Agency, with help from its engineers.")
    assert [k for k in found if k[1] == "participatesIn"] == []
    found = stated(extractor, "The Example Summit was chaired by Jane Example.")
    assert not any(r == "leads" for _, r, _ in found)


def test_built_with_a_named_co_builder(extractor: RuleExtractor) -> None:
    both = {("jaxa", "participatesIn", "example-9"), ("nasa", "participatesIn", "example-9")}
    for text in (
        "The rocket carried Example-9, which JAXA built with NASA.",
        "JAXA built Example-9 with NASA.",
        "Example-9 was launched in April. JAXA built it with NASA.",
    ):
        found = stated(extractor, text)
        assert both <= found.keys(), text
        assert ("jaxa", "partnerOf", "nasa") in found or ("nasa", "partnerOf", "jaxa") in found, text
        assert ("jaxa", "leads", "example-9") not in found, text
    found = stated(extractor, "Example-9 went up in April. Example Corp built it with the Examplian company Beta Corp.")
    assert ("example-corp", "partnerOf", "beta-corp") in found
    assert ("beta-corp", "participatesIn", "example-9") in found
    # the rocket it flew on is not what was built
    found = stated(extractor, "Example-9 reached orbit aboard a SpaceX Falcon 9. Example Corp built it with Beta Corp.")
    assert ("beta-corp", "participatesIn", "example-9") in found
    assert not any(o == "falcon-9" for s, r, o in found if r == "participatesIn" and s != "spacex")
    # money, help, a rocket or a person after 'with': no co-builder
    for text in (
        "JAXA built Example-9 with NASA funding.",
        "JAXA built Example-9 with NASA's help.",
        "JAXA built Example-9 with a Japanese rocket.",
        "JAXA built Example-9 with Jane Example.",
    ):
        found = stated(extractor, text)
        assert not any(r == "partnerOf" for _, r, _ in found), text
        # (a builder takes part, agency or company: GUIDELINES 'built … for the mission'; guidelines23)
        assert ("jaxa", "participatesIn", "example-9") in found, text


def test_a_relative_clause_with_a_pronoun_subject(extractor: RuleExtractor) -> None:
    found = stated(extractor, "Norway kept the Example programme, which it has run jointly with Chile since 1988.")
    assert found.get(("norway", "leads", "example"), "x") is None
    assert ("chile", "leads", "example") in found
    assert ("norway", "partnerOf", "chile") in found or ("chile", "partnerOf", "norway") in found
    found = stated(extractor, "Norway kept Example-1, which it runs alone.")
    assert found.get(("norway", "leads", "example-1"), "x") is None
    found = stated(extractor, "Norway kept the Example programme, which it has never run.")
    assert found[("norway", "leads", "example")] == "negated"
    # a hyphenated word before the head noun: 'the Example-9 X-ray telescope, which JAXA built with NASA'
    found = stated(extractor, "The rocket carried the Example-9 X-ray telescope, which JAXA built with NASA.")
    assert {("jaxa", "participatesIn", "example-9"), ("nasa", "participatesIn", "example-9")} <= found.keys()


def test_a_body_acting_on_its_own_named_craft_leads_it(extractor: RuleExtractor) -> None:
    for text in (
        "Example Corp lost contact with its Example-7 lander in April.",
        "In April, the rover was lost when the company Example Corp failed to land its Example-7 lander.",
        "Example Corp retired its Example-7 satellite last year.",
    ):
        assert stated(extractor, text).get(("example-corp", "leads", "example-7"), "x") is None, text
    found = stated(extractor, "Example Corp will fly its Example-7 lander in 2026.")
    assert found[("example-corp", "leads", "example-7")] == "planned"
    # a speech verb before 'its', another's possessive, a programme without a craft noun, a sale
    for text in (
        "Example Corp said its Example-7 lander had crashed.",
        "NASA praised the company's Example-7 lander.",
        "Example Corp sold its Example-7 satellite to Beta Corp.",
    ):
        assert not any(r == "leads" for _, r, _ in stated(extractor, text)), text


def test_a_part_supplied_for_the_craft_in_focus(extractor: RuleExtractor) -> None:
    found = stated(
        extractor,
        "KARI built and runs the orbiter Example-8, which was launched on a SpaceX Falcon 9 in 2022. NASA supplied "
        "one camera, ExampleCam.",
    )
    assert found.get(("nasa", "participatesIn", "example-8"), "x") is None
    assert ("nasa", "participatesIn", "falcon-9") not in found  # not the rocket it went up on
    found = stated(extractor, "Example-8 reached the Moon in 2022. ESA provided two instruments.")
    assert found.get(("esa", "participatesIn", "example-8"), "x") is None
    found = stated(extractor, "Example-8 reached the Moon in 2022. ESA will provide two instruments.")
    assert found[("esa", "participatesIn", "example-8")] == "planned"
    # a part given to someone, no craft before: nothing
    for text in (
        "Example-8 reached the Moon in 2022. ESA provided two instruments to the university.",
        "NASA supplied one camera.",
    ):
        assert not any(r == "participatesIn" for _, r, _ in stated(extractor, text)), text


def test_a_signer_acts_for_whom_they_sign_for(extractor: RuleExtractor) -> None:
    found = stated(extractor, "Chile met Peru. Science minister Jane Example signed the Accords for Norway.")
    assert ("jane-example", "affiliatedWith", "norway") in found
    assert ("jane-example", "affiliatedWith", "chile") not in found  # not the country the text was about
    found = stated(extractor, "Jane Example signed them on behalf of the European Space Agency.")
    assert ("jane-example", "affiliatedWith", "esa") in found
    # 'for' a thing, or a second party between: no affiliation
    found = stated(extractor, "Jane Example signed the contract for the lander.")
    assert not any(r == "affiliatedWith" for _, r, _ in found)
    found = stated(extractor, "Jane Example signed the deal with NASA for Norway.")
    assert ("jane-example", "affiliatedWith", "norway") not in found


def test_the_two_cosigners_of_a_new_agreement_are_partners(extractor: RuleExtractor) -> None:
    for text in (
        "Norway and Chile signed a Space Weather Agreement in 2019.",
        "Norway and Chile signed an agreement on space weather in May.",
        "In 2019, during a visit to Santiago, Norway and Chile signed a new agreement on space weather.",
    ):
        found = stated(extractor, text)
        assert found.get(("norway", "partnerOf", "chile"), found.get(("chile", "partnerOf", "norway"), "x")) is None, (
            text
        )
    found = stated(extractor, "Norway and Chile have not signed an agreement on space weather.")
    assert "negated" in {found.get(("norway", "partnerOf", "chile")), found.get(("chile", "partnerOf", "norway"))}
    # a text many sign, three signers, two people: no partners from the co-signing
    for text in (
        "Rwanda and Nigeria signed the Artemis Accords on Tuesday.",
        "Norway, Chile and Peru signed an agreement on space weather.",
        "Jane Example and John Example signed an agreement on space weather.",
    ):
        assert not any(r == "partnerOf" for _, r, _ in stated(extractor, text)), text


def test_the_builder_of_a_payload_takes_part_in_the_craft_carrying_it(extractor: RuleExtractor) -> None:
    found = stated(
        extractor,
        "The Example-4 cubesat, built by Examplia's Institute of Example Technology, flew to the Moon aboard "
        "China's Chang'e 6 in May 2024.",
    )
    assert ("institute-of-example-technology", "participatesIn", "example-4") in found
    assert ("institute-of-example-technology", "participatesIn", "chang-e-6") in found
    # a rocket it went up on is no craft it is part of
    for text in (
        "The Example-4 cubesat, built by Example Corp, flew on a Falcon 9.",
        "The Example-4 satellite, built by Example Corp, went up on an H-IIA rocket.",
    ):
        found = stated(extractor, text)
        assert [k for k in found if k[0] == "example-corp"] == [("example-corp", "participatesIn", "example-4")], text


def test_the_company_that_handled_the_launch_takes_part_in_what_it_carried(extractor: RuleExtractor) -> None:
    found = stated(
        extractor,
        "An H-IIA rocket lifted off in September, carrying JAXA's Example-5 lander and the Example-6 telescope. "
        "Mitsubishi Heavy Industries, which operates the H-IIA, handled the launch.",
    )
    assert {("mitsubishi-heavy-industries", "participatesIn", c) for c in ("example-5", "example-6")} <= found.keys()
    found = stated(extractor, "Example-5 reached orbit. Arianespace provided the launch service.")
    assert ("arianespace", "participatesIn", "example-5") in found
    # only the sentence right before; a launch of a named craft is read by the verb's own rule
    found = stated(
        extractor, "Example-5 reached orbit in 2020. NASA flew Example-8 in 2021. Arianespace handled the launch."
    )
    assert ("arianespace", "participatesIn", "example-8") in found
    assert ("arianespace", "participatesIn", "example-5") not in found


def test_a_part_supplied_in_the_progressive(extractor: RuleExtractor) -> None:
    found = stated(extractor, "Canada is providing a robotic arm for Example-1.")
    assert found.get(("canada", "participatesIn", "example-1"), "x") is None
    found = stated(extractor, "Japan is supplying parts for the Example programme.")
    assert ("japan", "participatesIn", "example") in found
    # support for a meeting is no part of a craft
    assert not any(r == "participatesIn" for _, r, _ in stated(extractor, "NASA is providing support for the talks."))


def test_its_project_director_is_the_missions_not_a_body_named_before(extractor: RuleExtractor) -> None:
    found = stated(
        extractor,
        "Example-1 was launched from Japan in July. In February, Example-1 entered orbit around Mars. Its project "
        "director, Jane Example, leads the mission team.",
    )
    assert ("jane-example", "affiliatedWith", "japan") not in found
    assert ("jane-example", "leads", "example-1") in found
    # a body's project director, a mission's director general: the body
    found = stated(extractor, "The Example Agency helped NASA. Its project director, Jane Example, spoke.")
    assert ("jane-example", "affiliatedWith", "example-agency") in found
    found = stated(extractor, "The Example Agency launched Example-1. Its director general, Jane Example, spoke.")
    assert ("jane-example", "affiliatedWith", "example-agency") in found


def test_co_owners_of_a_shared_craft_take_part_in_it(extractor: RuleExtractor) -> None:
    for text in (
        "A Russian satellite passed Example-1, a communications satellite France shares with Italy.",
        "Norway shares Example-1 with Chile.",
        "Example-1, which Norway shares with Chile, failed.",
    ):
        found = stated(extractor, text)
        owners = ("france", "italy") if "France" in text else ("norway", "chile")
        assert {(o, "participatesIn", "example-1") for o in owners} <= found.keys(), text
        assert (owners[0], "partnerOf", owners[1]) in found or (owners[1], "partnerOf", owners[0]) in found, text
    # sharing data or concerns is no shared craft
    for text in ("Norway shares data with Chile.", "Norway shared its concerns with Chile about Example-1."):
        assert not any(r in ("participatesIn", "partnerOf") for _, r, _ in stated(extractor, text)), text


def test_the_builder_of_a_craft_named_before_by_its_noun(extractor: RuleExtractor) -> None:
    found = stated(
        extractor,
        "Example-7 broke up in orbit in October. Boeing built the satellite, and a rocket launched it in 2016.",
    )
    assert found.get(("boeing", "participatesIn", "example-7"), "x") is None
    found = stated(extractor, "Example-7 was lost. The Example Agency built the orbiter.")
    # (a builder takes part, agency or company: GUIDELINES 'China built a replacement'; guidelines23)
    assert ("example-agency", "participatesIn", "example-7") in found
    # a part of it, or built for another (read by the rules for clients): not this rule; the builder of a part
    # takes part in the craft that owns it (GUIDELINES v21: 'which supplied three of the orbiter's instruments' is
    # participatesIn; participation22), but does not lead it
    for text in ("Example-7 was lost. Boeing built the satellite's camera.",):
        assert not any(s == "boeing" and r == "leads" for s, r, _ in stated(extractor, text)), text


def test_a_relative_clause_after_a_placing_apposition_is_about_the_name(extractor: RuleExtractor) -> None:
    for text in (
        "Example Corp, a start-up based in Munich, Germany, which develops the Example-9 capsule, won the contract.",
        "Example Corp, a company in Lyon, France, which builds Example-9, won.",
    ):
        found = stated(extractor, text)
        assert ("example-corp", "participatesIn", "example-9") in found, text
        assert not any(s in ("germany", "france") for s, _, _ in found), text
    # a country named as the subject itself still acts (and, building, takes part; guidelines23)
    found = stated(extractor, "Norway, which builds Example-9, won.")
    assert ("norway", "participatesIn", "example-9") in found


def test_helping_to_build_a_craft_named_before_by_its_noun(extractor: RuleExtractor) -> None:
    found = stated(extractor, "Example-7 reached Mars in 2021. NASA helped build the spacecraft.")
    assert found.get(("nasa", "participatesIn", "example-7"), "x") is None
    assert ("nasa", "leads", "example-7") not in found
    found = stated(
        extractor, "Example-7 reached Mars in 2021. Arizona State University and NASA helped to build the spacecraft."
    )
    assert {("arizona-state-university", "participatesIn", "example-7"), ("nasa", "participatesIn", "example-7")} <= (
        found.keys()
    )
    # a plan to build another craft
    found = stated(extractor, "Example-7 reached Mars. NASA plans to build the spacecraft's successor.")
    assert not any(s == "nasa" for s, _, _ in found)


def test_a_networks_satellites_carried_by_a_providers_rocket(extractor: RuleExtractor) -> None:
    for text in (
        "April 2024: Two Galileo navigation satellites go up on another Falcon 9 of SpaceX.",
        "Two Galileo satellites went up on a SpaceX Falcon 9.",
    ):
        assert ("spacex", "participatesIn", "galileo") in stated(extractor, text), text
    # a facility is no satellite
    found = stated(extractor, "The Example Spaceport went up on a Falcon 9 of SpaceX.")
    assert not any(r == "participatesIn" for _, r, _ in found)


def test_a_relative_clause_past_an_acronym_and_its_head_noun(extractor: RuleExtractor) -> None:
    found = stated(
        extractor,
        "Norway has kept the Example Resources Satellite (EXRS) programme, which it has run with Chile since 1988.",
    )
    assert found.get(("norway", "leads", "exrs"), "x") is None
    assert ("chile", "leads", "exrs") in found or ("chile", "participatesIn", "exrs") in found
    found = stated(extractor, "The Example Accords (EA), which Norway signed in 2020, grew.")
    assert ("norway", "signs", "ea") in found
