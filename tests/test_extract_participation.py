"""Taking part, leading, partnering and working for, read from shapes beyond
"subject verb object" in one clause (``spacekg.extract.relations`` and
``spacekg.extract.roles``): invented sentences, one grammatical shape each,
with the look-alikes that must not fire beside them."""

from __future__ import annotations

from spacekg.extract.rules import RuleExtractor
from tests.test_extract_clauses import Stated, stated


def test_a_plural_subject_named_by_the_list_after_a_colon(extractor: RuleExtractor) -> None:
    found = stated(
        extractor,
        "The International Space Station was launched in 1998. Four agencies take part in the station: NASA, "
        "the Canadian Space Agency, JAXA and Roscosmos.",
    )
    assert {(a, "participatesIn", "iss") for a in ("nasa", "csa", "jaxa", "roscosmos")} <= found.keys()
    assert all(v is None for v in found.values())
    # the list names the subjects, so none of them is the verb's object
    found = stated(extractor, "Three agencies have not joined the Artemis program: NASA, JAXA and Roscosmos.")
    assert {found[(a, "participatesIn", "artemis")] for a in ("nasa", "jaxa", "roscosmos")} == {"negated"}
    assert not any(r == "memberOf" for _, r, _ in found)
    # a colon after a named subject lists something else
    found = stated(extractor, "Canada takes part in the Artemis program: NASA, JAXA and Roscosmos lead it.")
    assert ("nasa", "participatesIn", "artemis") not in found


def test_a_relative_clause_on_an_apposition_has_the_name_as_subject(extractor: RuleExtractor) -> None:
    found = stated(extractor, "Example Corp, the Italian company that builds Example-5, will sell its launches.")
    # a company builds for others: it takes part, it does not lead (an institute building its own rover leads it)
    assert found.get(("example-corp", "participatesIn", "example-5"), "x") is None
    assert ("example-corp", "leads", "example-5") not in found
    found = stated(extractor, "Example Corp, the company that had also launched Example-1, is based in Lyon.")
    assert found.get(("example-corp", "participatesIn", "example-1"), "x") is None
    # the pronoun is the object when a subject follows it
    found = stated(extractor, "Tiangong, the station that the China Manned Space Agency runs, was struck.")
    assert ("cmsa", "leads", "tiangong") in found
    assert not any(s == "tiangong" for s, _, _ in found)


def test_a_company_that_builds_and_runs_a_craft_leads_it(extractor: RuleExtractor) -> None:
    found = stated(extractor, "The lander, Example-1, which Example Corp built and operated, was lost.")
    assert ("example-corp", "leads", "example-1") in found
    # (building alone is taking part (guidelines23: a builder takes part, agency or company, as GUIDELINES says: 'built … for the mission'))
    found = stated(extractor, "The Lunar Example Agency built Example-1.")
    assert ("lunar-example-agency", "participatesIn", "example-1") in found
    found = stated(extractor, "Example-2, launched by Example Corp in May, reached orbit.")
    assert ("example-corp", "participatesIn", "example-2") in found
    assert ("example-corp", "leads", "example-2") not in found


def test_the_chosen_one_does_what_it_was_chosen_for(extractor: RuleExtractor) -> None:
    # 'awarded X a contract to develop': X is to develop it, not the one who awarded it
    found = stated(extractor, "NASA has awarded Example Corp a contract to develop and deliver Example-3, a tug.")
    assert not any(s == "nasa" and r in ("leads", "participatesIn") for s, r, _ in found)
    found = stated(extractor, "The Lunar Example Agency picked Example Corp to build Example-3.")
    assert not any(s == "lunar-example-agency" and r in ("leads", "participatesIn") for s, r, _ in found)


def test_whom_someone_picked_to_lead_leads_it(extractor: RuleExtractor) -> None:
    found = stated(
        extractor,
        "The Example Shield Program got a chief: General Jane Example, whom the president picked to lead it.",
    )
    assert found.get(("jane-example", "leads", "example-shield-program"), "x") is None
    found = stated(extractor, "The Lunar Example Agency appointed Jane Example to head the Example Program in May.")
    assert ("jane-example", "leads", "example-program") in found
    assert ("lunar-example-agency", "leads", "example-program") not in found
    found = stated(extractor, "Jane Example was chosen to run the Lunar Example Institute.")
    assert ("jane-example", "affiliatedWith", "lunar-example-institute") in found
    # the choosing verb's modality is the fact's
    found = stated(extractor, "Jane Example was not picked to lead the Example Program.")
    assert found[("jane-example", "leads", "example-program")] == "negated"
    # 'to lead it' with no program named: nothing (a body 'it' might stand for is too often another)
    found = stated(
        extractor,
        "The Pentagon was told to design a shield. Jane Example, whom the president picked to lead it, spoke.",
    )
    assert not any(s == "jane-example" and o == "pentagon" for s, _, o in found)


def test_the_provider_of_a_named_rocket_or_capsule_takes_part(extractor: RuleExtractor) -> None:
    found = stated(extractor, "Example-1 went up on another Falcon 9 of SpaceX in April.")
    assert found.get(("spacex", "participatesIn", "example-1"), "x") is None
    found = stated(extractor, "Example-1 flew on a SpaceX Crew Dragon in May.")
    assert found.get(("spacex", "participatesIn", "example-1"), "x") is None
    assert stated(extractor, "Example-1 will fly on a SpaceX Crew Dragon.")[
        ("spacex", "participatesIn", "example-1")
    ] == ("planned")
    # a person who flies on a craft takes part in the craft, not the provider in the person
    found = stated(extractor, "Jane Example flew on a SpaceX Crew Dragon.")
    assert not any(s == "spacex" for s, _, _ in found)


def test_the_builder_in_a_passive_or_apposition(extractor: RuleExtractor) -> None:
    assert ("example-corp", "participatesIn", "example-1") in stated(
        extractor, "Example-1, built by Example Corp, launched in May."
    )
    # an agency alone takes part too (GUIDELINES: '"built by X" alone makes X participatesIn'; makers17)
    found = stated(extractor, "Example-1, built by JAXA, launched in May.")
    assert ("jaxa", "participatesIn", "example-1") in found and ("jaxa", "leads", "example-1") not in found
    found = stated(extractor, "Example-1, built by the Canadian Space Agency for JAXA, launched in May.")
    assert ("csa", "participatesIn", "example-1") in found
    found = stated(extractor, "Example-1 was built by JAXA and NASA.")
    assert {("jaxa", "participatesIn", "example-1"), ("nasa", "participatesIn", "example-1")} <= found.keys()
    assert stated(extractor, "Example-1 was not built by JAXA.")[("jaxa", "participatesIn", "example-1")] == "negated"
    assert stated(extractor, "Example-1 will be built by JAXA.")[("jaxa", "participatesIn", "example-1")] == "planned"
    # what was built is the phrase right before the participle, not a mission further back
    found = stated(extractor, "Example-1 carries a radio built by the Lunar Example Agency.")
    assert ("lunar-example-agency", "leads", "example-1") not in found


def test_working_with_someone_on_a_craft_makes_partners(extractor: RuleExtractor) -> None:
    found = stated(extractor, "JAXA has been working with Example Corp on the rover's design since 2019.")
    assert ("jaxa", "partnerOf", "example-corp") in found
    assert ("jaxa", "cooperatesWith", "example-corp") not in found
    found = stated(extractor, "The Lunar Example Agency is working with NASA on space debris.")
    assert ("lunar-example-agency", "cooperatesWith", "nasa") in found


def test_whose_partner_in_a_program(extractor: RuleExtractor) -> None:
    found = stated(extractor, "ESA runs ExoMars. Until 2022, its main partner in ExoMars was Roscosmos.")
    assert {("roscosmos", "participatesIn", "exomars"), ("roscosmos", "partnerOf", "esa")} <= found.keys()
    found = stated(extractor, "Canada is NASA's partner in the Lunar Gateway.")
    assert {("canada", "participatesIn", "lunar-gateway"), ("canada", "partnerOf", "nasa")} <= found.keys()
    assert ("nasa", "participatesIn", "lunar-gateway") not in found  # the possessor is not the partner
    found = stated(extractor, "Japan is not NASA's partner in the Lunar Gateway.")
    assert not any(v is None and s == "japan" for (s, _, _), v in found.items())


def test_an_office_in_the_last_of_a_chain_of_names(extractor: RuleExtractor) -> None:
    found = stated(
        extractor,
        "In October, Jane Example, deputy head of the RF MFA's Department for Outer Space Affairs, warned them.",
    )
    assert ("jane-example", "affiliatedWith", "russia") not in found
    assert ("jane-example", "affiliatedWith", "department-for-outer-space-affairs") in found
    assert ("jane-example", "affiliatedWith", "nasa") in stated(extractor, "Jane Example, the head of NASA, spoke.")


def test_the_two_agencies_and_both_take_part_and_cooperate(extractor: RuleExtractor) -> None:
    found = stated(
        extractor,
        "ESA flew Example-1. NASA does not lead it, though the two agencies have worked together on asteroid deflection.",
    )
    assert ("nasa", "cooperatesWith", "esa") in found or ("esa", "cooperatesWith", "nasa") in found
    assert found[("nasa", "leads", "example-1")] == "negated"
    found = stated(extractor, "JAXA and ISRO signed an agreement in May. Both agencies take part in Example-1.")
    assert {("jaxa", "participatesIn", "example-1"), ("isro", "participatesIn", "example-1")} <= found.keys()


def test_operators_and_contractors(extractor: RuleExtractor) -> None:
    found = stated(extractor, "NASA and ESA jointly operate Example-1.")
    assert {("nasa", "leads", "example-1"), ("esa", "leads", "example-1")} <= found.keys()
    assert stated(extractor, "JAXA will operate Example-1 from 2026.")[("jaxa", "leads", "example-1")] == "planned"
    found = stated(extractor, "Example Corp, NASA's prime contractor for Example-1, said so.")
    assert ("example-corp", "participatesIn", "example-1") in found
    assert ("nasa", "participatesIn", "example-1") not in found


def test_it_launched_is_the_craft_named_last(extractor: RuleExtractor) -> None:
    found = stated(
        extractor,
        "Example-1 was built by the Lunar Example Agency. The agency is based in Lyon. "
        "It was launched on a SpaceX rocket in August 2022.",
    )
    assert ("spacex", "participatesIn", "example-1") in found
    # no craft named in the last few sentences: nothing
    found = stated(extractor, "The Lunar Example Agency is based in Lyon. It was launched on a SpaceX rocket in May.")
    assert not any(s == "spacex" for s, _, _ in found)


def test_the_names_after_a_plural_noun_are_the_objects(extractor: RuleExtractor) -> None:
    found = stated(extractor, "JAXA signed a deal with the two firms, Example Corp and Sample Industries, in May.")
    assert {("jaxa", "partnerOf", "example-corp"), ("jaxa", "partnerOf", "sample-industries")} <= found.keys()
    # 'the government' is the country the text is about, not a legislature named in passing
    found = stated(
        extractor,
        "Norway passed a space law in May. Only the United States has a comparable statute, passed by Congress in "
        "2015. The government has signed agreements with two American start-ups, Example Corp and Sample Industries.",
    )
    assert {("norway", "partnerOf", "example-corp"), ("norway", "partnerOf", "sample-industries")} <= found.keys()
    assert not any(s in ("congress", "united-states") and r == "partnerOf" for s, r, _ in found)


def test_affiliations_read_past_adjectives_chains_and_nested_names(extractor: RuleExtractor) -> None:
    found = stated(extractor, "Jane Example, who directs JAXA's Example Institute, spoke.")
    assert affiliated(found, "jane-example") == {"example-institute"}
    found = stated(extractor, "Jane Example, chair of the UN Committee on the Peaceful Uses of Outer Space, spoke.")
    assert affiliated(found, "jane-example") == {"un-committee-on-the-peaceful-uses-of-outer-space"}
    assert affiliated(stated(extractor, "Jane Example, a former NASA astronaut, spoke."), "jane-example") == {"nasa"}
    found = stated(extractor, "Jane Example, who served as NASA administrator from 2018, spoke.")
    assert affiliated(found, "jane-example") == {"nasa"}
    # an indefinite description with a profession is a nationality, not an office: the country only (GUIDELINES'
    # "Nationality before a profession", v23 round; affiliation26)
    found = stated(extractor, "Jane Example, an American astronaut, spoke.")
    assert affiliated(found, "jane-example") == {"united-states"}
    found = stated(extractor, "Jane Example, the Russian ambassador, spoke.")
    assert affiliated(found, "jane-example") == {"russia"}


def affiliated(found: Stated, person: str) -> set[str]:
    return {o for s, r, o in found if s == person and r == "affiliatedWith"}


def test_a_relative_clause_right_after_its_head_past_an_opening_clause(extractor: RuleExtractor) -> None:
    # the verb right after 'which' (the relative pronoun is the subject), past 'After …,'
    found = stated(extractor, "After the launch, the Lunar Example Agency, which runs Example-1, said little.")
    assert found.get(("lunar-example-agency", "leads", "example-1"), "x") is None


def test_a_body_of_a_country_is_the_subject_not_the_country(extractor: RuleExtractor) -> None:
    found = stated(extractor, "The Space Development Office (SDO) of Examplia launched Example-1 on 3 May.")
    assert ("sdo", "leads", "example-1") in found
    assert ("examplia", "leads", "example-1") not in found
    # a person 'of' a body acts in its name: the body stays the subject
    found = stated(extractor, "Jane Example of Roscosmos signed the Artemis Accords.")
    assert ("roscosmos", "signs", "artemis-accords") in found


def test_a_builder_past_an_apposition(extractor: RuleExtractor) -> None:
    found = stated(extractor, "Example-1, the country's first radar satellite, was built by Example Corp in 2019.")
    assert found.get(("example-corp", "participatesIn", "example-1"), "x") is None
    assert ("example-corp", "leads", "example-1") not in found
    found = stated(extractor, "Example-1, the country's first radar satellite, was not built by Example Corp.")
    assert found.get(("example-corp", "participatesIn", "example-1")) == "negated"


def test_runs_as_the_first_flight_of_a_program(extractor: RuleExtractor) -> None:
    text = "Example-1, which the Lunar Example Agency runs as the first flight of the Artemis program, carries no crew."
    found = stated(extractor, text)
    assert found.get(("lunar-example-agency", "leads", "example-1"), "x") is None
    assert found.get(("example-1", "partOf", "artemis"), "x") is None
    # what the object is said to be is no second object
    assert ("lunar-example-agency", "leads", "artemis") not in found
    found = stated(extractor, "The Lunar Example Agency launched Example-2 as part of the Artemis program.")
    assert {("lunar-example-agency", "leads", "example-2"), ("example-2", "partOf", "artemis")} <= found.keys()
    # an agent 'as a partner in' a program is no part of it
    found = stated(extractor, "Canada joined as a partner in the Artemis program.")
    assert not any(r == "partOf" for _, r, _ in found)


def test_commanding_a_flight_and_the_flight_as_a_subject(extractor: RuleExtractor) -> None:
    found = stated(
        extractor,
        "Jane Example became the first astronaut of Examplia when Example-3 lifted off in May. The flight was run by "
        "Example Corp and commanded by John Example.",
    )
    assert {("example-corp", "leads", "example-3"), ("john-example", "leads", "example-3")} <= found.keys()
    found = stated(extractor, "John Example commanded Example-4 in 2021.")
    assert ("john-example", "leads", "example-4") in found
    # what a flight went up on is not what was commanded
    found = stated(extractor, "John Example commanded two private flights on Example Corp's Example-5 capsule.")
    assert not any(r == "leads" for _, r, _ in found)
    # 'The rocket' is the launcher named last
    found = stated(extractor, "Ariane 6 flew in July. The rocket, built by Example Corp for ESA, reached orbit.")
    assert ("example-corp", "participatesIn", "ariane-6") in found


def test_buying_from_and_agreements_with_a_listed_set(extractor: RuleExtractor) -> None:
    found = stated(extractor, "The Lunar Example Agency, which bought the seat from Example Corp, says little.")
    assert ("lunar-example-agency", "partnerOf", "example-corp") in found
    # the seller is the phrase right after 'from'
    found = stated(extractor, "The Lunar Example Agency bought a seat from a broker and later met Example Corp.")
    assert not any(r == "partnerOf" for _, r, _ in found)
    found = stated(
        extractor, "Below it sit memorandums that NASA concluded with each cooperating agency: ESA, JAXA and Roscosmos."
    )
    assert {("nasa", "partnerOf", a) for a in ("esa", "jaxa", "roscosmos")} <= found.keys()
    found = stated(extractor, "The Lunar Example Agency signed agreements with three partners: ESA, JAXA and NASA.")
    assert {("lunar-example-agency", "partnerOf", a) for a in ("esa", "jaxa", "nasa")} <= found.keys()


def test_a_mission_belongs_to_whoever_runs_it(extractor: RuleExtractor) -> None:
    found = stated(
        extractor, "Q: And Example-9? A: Example-9 is the follow-up, and it belongs to the Lunar Example Agency."
    )
    assert found.get(("lunar-example-agency", "leads", "example-9"), "x") is None
    assert not any(r == "memberOf" for _, r, _ in found)
    # a country belongs to a group as a member
    found = stated(extractor, "India belongs to BRICS.")
    assert ("india", "memberOf", "brics") in found and not any(r == "leads" for _, r, _ in found)


def test_awarding_someone_a_contract_makes_partners(extractor: RuleExtractor) -> None:
    found = stated(extractor, "NASA has awarded Example Corp a contract to develop the Example Vehicle.")
    assert ("nasa", "partnerOf", "example-corp") in found
    found = stated(extractor, "ESA gave Sample Industries a $4 million study contract in May.")
    assert ("esa", "partnerOf", "sample-industries") in found
    # a prize is no contract
    found = stated(extractor, "NASA awarded Example Corp the first prize in May.")
    assert not any(r == "partnerOf" for _, r, _ in found)


def test_supplying_a_part_of_the_mission_in_focus(extractor: RuleExtractor) -> None:
    found = stated(
        extractor, "NASA leads Example-9, and the Lunar Example Agency is building its Example Return Orbiter."
    )
    assert found.get(("lunar-example-agency", "participatesIn", "example-9"), "x") is None
    found = stated(extractor, "Example-4 flew in May. The Lunar Example Agency supplied its thermal infrared camera.")
    assert ("lunar-example-agency", "participatesIn", "example-4") in found
    # its own part, or no mission named in this sentence or the one before
    found = stated(extractor, "Example-4 flew in May. The Lunar Example Agency supplied its own camera.")
    assert not any(r == "participatesIn" for _, r, _ in found)
    found = stated(
        extractor,
        "Example-4 flew in May. Nobody noticed at first. The Lunar Example Agency supplied its thermal camera.",
    )
    assert not any(r == "participatesIn" for _, r, _ in found)


def test_partners_named_by_a_list(extractor: RuleExtractor) -> None:
    found = stated(
        extractor, "NASA leads the Artemis program, with ESA, JAXA and the Canadian Space Agency as partners."
    )
    assert {(a, "participatesIn", "artemis") for a in ("esa", "jaxa", "csa")} <= found.keys()
    found = stated(extractor, "ESA's partners in Example-5 include Roscosmos and NASA.")
    assert {("roscosmos", "participatesIn", "example-5"), ("nasa", "participatesIn", "example-5")} <= found.keys()
    assert ("nasa", "partnerOf", "esa") in found or ("esa", "partnerOf", "nasa") in found
    found = stated(extractor, "NASA and ESA are partners on the Lunar Gateway.")
    assert {("nasa", "participatesIn", "lunar-gateway"), ("esa", "participatesIn", "lunar-gateway")} <= found.keys()
    # the clause before says whether it is done
    found = stated(extractor, "NASA will lead the Artemis program, with ESA and JAXA as partners.")
    assert found.get(("esa", "participatesIn", "artemis")) == "planned"
    found = stated(extractor, "NASA does not lead the Artemis program, with ESA and JAXA as partners.")
    assert ("esa", "participatesIn", "artemis") not in found
    # a list 'with' others that are not called partners says nothing of the program
    found = stated(extractor, "NASA leads the Artemis program, with ESA and JAXA watching closely.")
    assert not any(s in ("esa", "jaxa") for s, _, _ in found)


def test_builders_of_a_part_contractors_and_predicate_nouns(extractor: RuleExtractor) -> None:
    # the builder of a part of a craft takes part in it, agency or company
    found = stated(extractor, "The Example-3 rover was built by the Lunar Example Agency.")
    assert found.get(("lunar-example-agency", "participatesIn", "example-3"), "x") is None
    assert ("lunar-example-agency", "leads", "example-3") not in found
    # the one contracted builds, not the one who contracts
    found = stated(extractor, "The Lunar Example Agency contracted Example Corp to build Example-3.")
    assert ("lunar-example-agency", "partnerOf", "example-corp") in found
    assert ("lunar-example-agency", "leads", "example-3") not in found
    # 'It is a program led by': the copula's subject is what is led
    found = stated(extractor, "Q: What is Example-5? A: It is a Mars program led by the European Space Agency (ESA).")
    assert found.get(("esa", "leads", "example-5"), "x") is None
    found = stated(extractor, "Example-5 is the mission led by ESA, not the one led by NASA.")
    assert found.get(("nasa", "leads", "example-5")) == "negated"


def test_building_with_a_partner_is_taking_part(extractor: RuleExtractor) -> None:
    found = stated(extractor, "Norway teamed up with Chile to build Example-3.")
    assert ("norway", "participatesIn", "example-3") in found
    assert ("norway", "leads", "example-3") not in found
    # (alone too (guidelines23: a builder takes part, agency or company, as GUIDELINES says: 'built … for the mission'))
    found = stated(extractor, "Norway built Example-3.")
    assert ("norway", "participatesIn", "example-3") in found


def test_a_body_weighing_an_agreement_is_no_party_to_it(extractor: RuleExtractor) -> None:
    found = stated(extractor, "The Senate of Norway approves the launch safeguards deal with Chile.")
    assert not any(r == "partnerOf" for _, r, _ in found)
    found = stated(extractor, "Norway signed an agreement with Chile in May.")
    assert ("norway", "partnerOf", "chile") in found


def test_suppliers_of_craft_riding_along_take_part(extractor: RuleExtractor) -> None:
    text = (
        "Ten small satellites ride along on Example-1, among them Alpha-Sat and BetaSat from JAXA and GammaSat, "
        "built for the Italian Space Agency."
    )
    found = stated(extractor, text)
    assert {("jaxa", "participatesIn", "example-1"), ("asi", "participatesIn", "example-1")} <= found.keys()
    # a place after 'from' is where it flew from; a flight whose numeral the name left out is not the program
    assert not any(s == "kourou" for s, _, _ in stated(extractor, "Example-1 flew on a Falcon 9 from Kourou."))
    found = stated(extractor, "Ten small satellites ride along on Artemis I, among them Alpha-Sat from JAXA.")
    assert ("jaxa", "participatesIn", "artemis") not in found


def test_a_crew_named_after_with_flew_with_the_commander(extractor: RuleExtractor) -> None:
    found = stated(extractor, "Example-7 was commanded by Jane Example, with John Sample and Ann Other.")
    assert ("jane-example", "leads", "example-7") in found
    assert {
        ("john-sample", "participatesIn", "example-7"),
        ("ann-other", "participatesIn", "example-7"),
    } <= found.keys()
    found = stated(extractor, "The Example-5 crew was commanded by Jane Example, with John Sample and Ann Other.")
    assert ("ann-other", "participatesIn", "example-5") in found
    found = stated(extractor, "John Sample commanded Example-9, with Ann Other.")
    assert found.get(("ann-other", "participatesIn", "example-9"), "x") is None
    # help from an agency, or a meeting, is no crew
    found = stated(extractor, "John Sample commanded Example-9, with help from NASA.")
    assert ("nasa", "participatesIn", "example-9") not in found
    found = stated(extractor, "Jane Example met John Sample in Houston, with Ann Other.")
    assert not any(r == "participatesIn" for _, r, _ in found)


def test_a_mission_of_one_body_is_led_by_it_a_joint_one_is_shared(extractor: RuleExtractor) -> None:
    found = stated(extractor, "Example-3, a mission of the Lunar Example Agency, left Earth in 2014.")
    assert ("lunar-example-agency", "leads", "example-3") in found
    assert ("lunar-example-agency", "participatesIn", "example-3") not in found
    found = stated(extractor, "Example-4, a joint mission of NASA and ESA, left Earth in 2016.")
    assert {("nasa", "participatesIn", "example-4"), ("esa", "participatesIn", "example-4")} <= found.keys()
    assert not any(r == "leads" for _, r, _ in found)


def test_a_crafts_apposition_with_a_relative_clause_names_its_maker(extractor: RuleExtractor) -> None:
    # 'the spacecraft it built and operates': the pronoun is the company named in the sentence; running it leads it
    found = stated(
        extractor, "Example Robotics announced that Example-5, the spacecraft it built and operates, reached orbit."
    )
    assert found.get(("example-robotics", "leads", "example-5"), "x") is None
    # building alone is taking part, for a company
    found = stated(extractor, "Example Robotics announced that Example-5, the spacecraft it built, reached orbit.")
    assert ("example-robotics", "participatesIn", "example-5") in found
    assert ("example-robotics", "leads", "example-5") not in found
    found = stated(extractor, "Example Robotics said that Example-5, the satellite it operates for NASA, had failed.")
    assert ("example-robotics", "leads", "example-5") in found
    # 'which operates it': the craft named last
    found = stated(
        extractor, "Example-5 broke apart on Monday. Example Robotics, which operates it, said the loss was total."
    )
    assert ("example-robotics", "leads", "example-5") in found
    found = stated(
        extractor, "Example-5 broke apart on Monday. Example Robotics, which does not operate it, said nothing."
    )
    # (negated, or nothing: 'it' is found at the text's very start since the sentence-start fix of lists11)
    assert found.get(("example-robotics", "leads", "example-5"), "negated") == "negated"


def test_builders_with_a_partner_or_for_a_client(extractor: RuleExtractor) -> None:
    found = stated(extractor, "Example-5, built for NASA by Example Corp, reached orbit.")
    assert ("example-corp", "participatesIn", "example-5") in found
    assert ("example-corp", "partnerOf", "nasa") in found
    found = stated(
        extractor,
        "The MASCOT lander that Example-5 dropped on the asteroid was built by the German Aerospace Center (DLR) "
        "with the French space agency CNES.",
    )
    assert {("dlr", "participatesIn", "example-5"), ("cnes", "participatesIn", "example-5")} <= found.keys()
    assert ("dlr", "partnerOf", "cnes") in found and ("mascot", "partOf", "example-5") in found
    assert ("france", "participatesIn", "example-5") not in found
    # help, parts or funding are no partner in the building
    for text in (
        "Example-5 was built by Example Corp with help from NASA.",
        "Example-5 was built by Example Corp with parts from Sample Industries.",
    ):
        assert not any(r == "partnerOf" for _, r, _ in stated(extractor, text))
    found = stated(extractor, "Example-5 was not built by Example Corp with Sample Industries.")
    assert found[("sample-industries", "participatesIn", "example-5")] == "negated"


def test_a_relative_clause_belongs_to_the_phrase_right_before_it(extractor: RuleExtractor) -> None:
    # 'which belongs to' is the range's, not the mission's named before
    for text in (
        "Example-3 released a capsule in 2020. The capsule came down inside the Example range, which belongs to the "
        "Royal Examplian Air Force.",
        "Example-3 released a capsule in 2020. It landed in a desert that belongs to the Examplian Space Agency.",
    ):
        assert not any(r == "leads" for _, r, _ in stated(extractor, text))
    found = stated(extractor, "Example-3, which belongs to the European Space Agency, left in 2020.")
    assert ("esa", "leads", "example-3") in found


def test_a_clause_after_and_with_its_own_irregular_verb_has_its_own_subject(extractor: RuleExtractor) -> None:
    # 'built' is a finite verb too: 'an Ariane 5' is the second clause's subject, not Example Corp
    found = stated(extractor, "Example Corp built the satellite, and an Ariane 5 launched it in 2016.")
    assert ("example-corp", "participatesIn", "ariane-5") not in found
    found = stated(extractor, "Example Corp sent the probe to Mars, and NASA launched Example-8 in 2016.")
    assert ("example-corp", "leads", "example-8") not in found


def test_the_missions_role_is_not_the_rockets(extractor: RuleExtractor) -> None:
    found = stated(
        extractor,
        "Example-8 launched on an H-IIA in 2014. The mission's project manager, Ann Other, said all was well.",
    )
    assert ("ann-other", "leads", "example-8") in found
    assert ("ann-other", "leads", "h-iia") not in found


def test_a_facts_ends_fit_the_relations_domain_and_range(extractor: RuleExtractor) -> None:
    from spacekg.extract.base import Found
    from spacekg.extract.relations import SentenceView, fits_signature

    text = "Jane Example of NASA flew on Artemis II for Canada."
    person = Found(0, 12, "jane-example", new=True, type="Person")
    nasa, artemis, canada = Found(16, 20, "nasa"), Found(29, 39, "artemis-ii"), Found(44, 50, "canada")
    view = SentenceView(extractor.linker, text, 0, len(text), [person, nasa, artemis, canada])
    assert fits_signature(view, person, "affiliatedWith", nasa)
    assert fits_signature(view, person, "affiliatedWith", canada)
    assert not fits_signature(view, nasa, "affiliatedWith", person)  # only a person is affiliated
    assert not fits_signature(view, person, "affiliatedWith", artemis)  # with an actor, not a mission
    assert fits_signature(view, nasa, "leads", artemis) and fits_signature(view, person, "participatesIn", artemis)
    assert not fits_signature(view, person, "leads", canada)  # a country is not led as a mission is
    assert not fits_signature(view, nasa, "participatesIn", person)
    assert not fits_signature(view, artemis, "participatesIn", nasa)  # a mission is no actor


def test_a_relative_clause_on_a_speaker_is_the_writers(extractor: RuleExtractor) -> None:
    # 'According to Y, which operated it at first, …': who runs the craft is a fact, not part of the claim
    found = stated(
        extractor,
        "Example-6 was launched in 2018. According to the Examplian Telecommunication Regulatory Commission, which "
        "operated it at first, the satellite would save the country money.",
    )
    assert found.get(("examplian-telecommunication-regulatory-commission", "leads", "example-6"), "x") is None


def test_an_operator_verb_leads_what_it_names_or_describes(extractor: RuleExtractor) -> None:
    # the family of operator verbs, with a named object and with a common noun for a name given before
    found = stated(extractor, "The Lunar Example Agency controls Example-4 and administers the Example Programme.")
    assert ("lunar-example-agency", "leads", "example-4") in found
    assert ("lunar-example-agency", "leads", "example-programme") in found
    found = stated(
        extractor, "The Example Observatory opened in 2001. The Lunar Example Agency operates the observatory."
    )
    assert ("lunar-example-agency", "leads", "example-observatory") in found
    found = stated(
        extractor,
        "The Example Spaceport lies in the desert. Example Corp, a private company, runs the spaceport.",
    )
    assert found.get(("example-corp", "leads", "example-spaceport"), "x") is None
    found = stated(
        extractor, "Example-1 was launched in May. The Lunar Example Agency, the space agency, manages the probe."
    )
    assert ("lunar-example-agency", "leads", "example-1") in found
    # not a noun the verb can run, nor a part of the craft, nor a thing never named
    found = stated(
        extractor, "Example-1 was launched in May. The Lunar Example Agency runs the risk of losing the probe."
    )
    assert not any(r == "leads" for _, r, _ in found)
    found = stated(extractor, "Example-1 was launched in May. Example Corp controls the probe's camera.")
    assert not any(r == "leads" for _, r, _ in found)
    found = stated(extractor, "The Lunar Example Agency operates the telescope.")
    assert not any(r == "leads" for _, r, _ in found)


def test_a_passive_of_operating_names_the_operator_after_by(extractor: RuleExtractor) -> None:
    found = stated(extractor, "Example-3 is controlled by the Lunar Example Agency.")
    assert found.get(("lunar-example-agency", "leads", "example-3"), "x") is None
    found = stated(extractor, "Example-3, overseen by the Lunar Example Agency, reached Mars.")
    assert ("lunar-example-agency", "leads", "example-3") in found
    # the subject a common noun for a name given before
    found = stated(
        extractor, "Examplia built the Example Spaceport in 1990. The cosmodrome is administered by Example Corp."
    )
    assert ("example-corp", "leads", "example-spaceport") in found
    # the verb's modality is kept
    assert (
        stated(extractor, "Example-3 is no longer supervised by the Lunar Example Agency.")[
            ("lunar-example-agency", "leads", "example-3")
        ]
        == "negated"
    )
    assert (
        stated(extractor, "Example-3 will be controlled by the Lunar Example Agency.")[
            ("lunar-example-agency", "leads", "example-3")
        ]
        == "planned"
    )
    # 'watched by' is no operating; a team without a name gives nothing
    found = stated(extractor, "The launch of Example-1 was watched by Example Corp.")
    assert not any(r == "leads" for _, r, _ in found)


def test_a_crew_role_is_held_in_the_flight_named_before(extractor: RuleExtractor) -> None:
    found = stated(
        extractor,
        "The agency launched Example-1, its first crewed flight, in May. Jane Example commands the flight and "
        "John Sample is the pilot.",
    )
    assert ("jane-example", "leads", "example-1") in found
    assert found.get(("john-sample", "participatesIn", "example-1"), "x") is None
    found = stated(extractor, "Example-1 lifted off on Monday. Jane Example piloted the capsule.")
    assert ("jane-example", "participatesIn", "example-1") in found
    found = stated(
        extractor, "The Lunar Example Agency will launch Example-2 next year. Jane Example will be the pilot."
    )
    assert found[("jane-example", "participatesIn", "example-2")] == "planned"
    # a role of something else, a profession, a body commanded, or no flight named: nothing
    for text in (
        "Example-1 lifted off on Monday. Jane Example is the pilot of a small plane.",
        "Example-1 lifted off on Monday. Jane Example was a pilot.",
        "Example-1 lifted off in 1990. Ten years later, Jane Example commanded the Example Air Force.",
        "Jane Example is the pilot.",
    ):
        assert not any(s == "jane-example" and o == "example-1" for s, _, o in stated(extractor, text)), text


def test_a_crew_role_after_an_aside_or_for_a_coordinated_subject_in_the_flight_named_before(
    extractor: RuleExtractor,
) -> None:
    text = (
        "The agency named the four who will fly Example-2, its first crewed flight.\n\n"
        "Jane Example, who until last year ran the astronaut office, will command the mission. John Sample will "
        "be the pilot, and Ann Okavo and Jim Tarvo, a Lunar Example Agency astronaut, will fly as mission specialists."
    )
    found = stated(extractor, text)
    assert found[("jane-example", "leads", "example-2")] == "planned"  # past the relative clause, a paragraph on
    for person in ("john-sample", "ann-okavo", "jim-tarvo"):
        assert found[(person, "participatesIn", "example-2")] == "planned", person
    found = stated(extractor, "Example-1 flew in May. Jane Example, a veteran of two flights, commanded the mission.")
    assert ("jane-example", "leads", "example-1") in found
    # the subject of another clause, a role of something else, or a negation: no plain role
    found = stated(extractor, "Example-1 flew in May. Jane Example said that the test was the pilot for others.")
    assert not any(s == "jane-example" and o == "example-1" for s, _, o in found)
    found = stated(extractor, "Example-1 flew in May. Jane Example, who trained the crew, was not the pilot.")
    assert found.get(("jane-example", "participatesIn", "example-1"), "negated") == "negated"


def test_a_company_launching_or_sending_its_own_craft_leads_it(extractor: RuleExtractor) -> None:
    found = stated(extractor, "Example Corp plans to launch its Example One rocket from the island next year.")
    assert found[("example-corp", "leads", "example-one")] == "planned"
    found = stated(extractor, "Example Corp flew it. Next, the company is due to send its Tarvo lander to the Moon.")
    assert ("example-corp", "leads", "tarvo") in found
    # a launch provider of someone else's craft takes part
    found = stated(extractor, "Example Corp launched the Tarvo-1 satellite for the agency.")
    assert ("example-corp", "participatesIn", "tarvo-1") in found and ("example-corp", "leads", "tarvo-1") not in found


def test_a_body_flying_a_craft_leads_it_and_a_person_flying_it_takes_part(extractor: RuleExtractor) -> None:
    assert ("tarvo-space", "leads", "okavo-1") in stated(extractor, "Tarvo Space flew the Okavo-1 rocket in 2023.")
    found = stated(extractor, "In 2022 Tarvo Space, a start-up from Exampleton, flew Okavo-S from the island.")
    assert ("tarvo-space", "leads", "okavo-s") in found
    found = stated(extractor, "Jane Example flew Okavo-5 in 2003.")
    assert ("jane-example", "participatesIn", "okavo-5") in found and ("jane-example", "leads", "okavo-5") not in found
    # flying for another, flying on a craft, a joint project to fly, or a later object of another verb: no leading
    for text in (
        "Tarvo Space flies the mission for the Lunar Example Agency.",
        "Tarvo Space flew on Okavo-1 in 2023.",
        "Examplia and Tarvia are partners in a joint project to fly a new rocket, Okavo-5.",
        "Tarvo Space kept asking to fly again, and in 1998 it returned aboard Okavo-1.",
    ):
        assert not any(r == "leads" for _, r, _ in stated(extractor, text)), text


def test_a_comparison_aside_holds_no_antecedent_for_a_pronoun(extractor: RuleExtractor) -> None:
    found = stated(
        extractor,
        "Examplia became the third country, after Russia and the United States, to reach orbit when it launched "
        "Example-5.",
    )
    assert not any(s in ("russia", "united-states") for s, _, _ in found)
    found = stated(extractor, "China became the second country, like Russia, to land there when it launched Example-5.")
    assert ("china", "leads", "example-5") in found
    assert ("russia", "leads", "example-5") not in found


def test_a_crew_role_before_the_name(extractor: RuleExtractor) -> None:
    found = stated(
        extractor,
        "Examplia launched Example-5 on Monday. The only crew member, Lieutenant Colonel Jane Example of the Example "
        "Air Force, made 14 orbits.",
    )
    assert ("jane-example", "participatesIn", "example-5") in found
    assert ("jane-example", "affiliatedWith", "example-air-force") in found
    found = stated(extractor, "Example-5 lifted off on Monday. Its commander, Jane Example, waved.")
    assert ("jane-example", "leads", "example-5") in found
    # 'its' standing for a body: the body's commander, not the flight's
    found = stated(
        extractor, "The Example Command was set up after Example-5 flew. Its commander, Jane Example, spoke."
    )
    assert not any(o == "example-5" for _, _, o in found)


def test_a_part_supplied_for_a_craft_described_by_a_noun(extractor: RuleExtractor) -> None:
    found = stated(extractor, "Example-1 was launched in May. NASA supplied three instruments for the orbiter.")
    assert found.get(("nasa", "participatesIn", "example-1"), "x") is None
    found = stated(extractor, "Example-1 was launched in May. Example Corp will provide the camera for the probe.")
    assert found[("example-corp", "participatesIn", "example-1")] == "planned"
    found = stated(extractor, "Example-1 was launched in May. NASA did not provide any instruments for the probe.")
    assert found[("nasa", "participatesIn", "example-1")] == "negated"
    # asked to build is not building; a part of another craft is not this one's
    for text in (
        "Example-1 was launched in May. ESA asked NASA to build a camera for the probe.",
        "Example-1 was launched in May. NASA supplied three instruments for the orbiter's twin, Example-2.",
    ):
        assert ("nasa", "participatesIn", "example-1") not in stated(extractor, text), text


def test_is_its_partner_of_a_mission_or_of_its_operator(extractor: RuleExtractor) -> None:
    found = stated(
        extractor,
        "Example-1 was launched in May. The Lunar Example Agency runs the telescope. The European Space Agency (ESA) "
        "is its partner.",
    )
    assert ("esa", "participatesIn", "example-1") in found
    assert ("esa", "partnerOf", "lunar-example-agency") in found
    found = stated(extractor, "Example-1 was launched in May. The European Space Agency is its partner.")
    assert ("esa", "participatesIn", "example-1") in found
    found = stated(extractor, "The Lunar Example Agency signed a deal. The European Space Agency is its partner.")
    assert ("esa", "partnerOf", "lunar-example-agency") in found
    assert not any(r == "participatesIn" for _, r, _ in found)
    # denied: nothing plain
    found = stated(extractor, "Example-1 was launched in May. The European Space Agency is not its partner.")
    assert found.get(("esa", "participatesIn", "example-1"), "negated") == "negated"


def test_a_possessor_before_a_relative_clause_does_not_run_it(extractor: RuleExtractor) -> None:
    found = stated(extractor, "Roscosmos: Russia's state space corporation, which runs the Example Cosmodrome.")
    assert ("russia", "leads", "example-cosmodrome") not in found
