"""Constructions about programmes, missions and documents (issue #11,
relations13): who signs, drafts or proposes a text, who pays whom under a
programme, who supplies what a craft carries. Each is one general rule over
names of the right classes, tested on invented sentences in several wordings,
with look-alikes that must not fire."""

from __future__ import annotations

from spacekg.extract.rules import RuleExtractor
from tests.test_extract_clauses import stated


def test_the_parties_of_a_relative_clause_about_a_document_sign_it(extractor: RuleExtractor) -> None:
    for text in (
        "The relevant law is the Liability Convention of 1972, to which both Norway and the United States are parties.",
        "The Outer Space Treaty, to which Norway and the United States have been parties since 1967, bans it.",
        "They cited the Outer Space Treaty, to which Norway, Chile and the United States are all parties.",
    ):
        found = stated(extractor, text)
        for party in ("norway", "united-states"):
            treaty = "liability-convention" if "Liability" in text else "outer-space-treaty"
            assert found.get((party, "signs", treaty), "x") is None, text
    found = stated(extractor, "The Outer Space Treaty, to which Peru is not a party, bans such weapons.")
    assert found[("peru", "signs", "outer-space-treaty")] == "negated"
    found = stated(extractor, "The Outer Space Treaty, to which neither Chile nor Peru is a party, bans them.")
    assert found[("chile", "signs", "outer-space-treaty")] == "negated"
    assert found[("peru", "signs", "outer-space-treaty")] == "negated"
    # a relative clause with another verb, a body instead of a document: no signature
    for text in (
        "The Outer Space Treaty, to which Norway referred, bans such weapons.",
        "NASA, to which Norway and Chile are parties, said so.",
        "The Outer Space Treaty, to which Norway would become a party if Chile agreed, bans them.",
    ):
        assert not any(r == "signs" and m is None for (_, r, _), m in stated(extractor, text).items()), text


def test_a_document_adopted_by_a_body_is_drafted_by_it(extractor: RuleExtractor) -> None:
    for text in (
        "The rules rest on voluntary texts such as the Example Guidelines, adopted by the Example Committee in 2002.",
        "The Example Guidelines were adopted by the Example Committee in 2002.",
        "The Example Guidelines, first adopted in Vienna by the Example Committee, are voluntary.",
    ):
        found = stated(extractor, text)
        assert found.get(("example-committee", "drafts", "example-guidelines"), "x") is None, text
    # adopted by a vote, by consensus: no body
    for text in ("The Example Guidelines were adopted by consensus.", "The Example Treaty was adopted by 120 votes."):
        assert not any(r == "drafts" for _, r, _ in stated(extractor, text)), text


def test_a_pronoun_opening_a_passive_stands_for_the_document_named_before(extractor: RuleExtractor) -> None:
    found = stated(
        extractor,
        "The talks on the Outer Space Treaty ended in May. "
        "It was signed in Moscow on 5 August by the United States, the United Kingdom and the Soviet Union.",
    )
    for party in ("united-states", "united-kingdom", "soviet-union"):
        assert found.get((party, "signs", "outer-space-treaty"), "x") is None
    found = stated(extractor, "Norway drafted the Example Treaty in 2019; it was later signed by Chile and Peru.")
    assert found.get(("chile", "signs", "example-treaty"), "x") is None
    # 'it' standing for a craft, a denial: no signature
    found = stated(extractor, "Norway built Example-1 in May. It was launched by SpaceX.")
    assert not any(r == "signs" for _, r, _ in found)
    found = stated(extractor, "The talks on the Outer Space Treaty ended in May. It was not signed by Peru.")
    assert found.get(("peru", "signs", "outer-space-treaty"), "negated") == "negated"


def test_a_preposition_repeated_before_each_party(extractor: RuleExtractor) -> None:
    for text in (
        "Example Corp then signed launch contracts with SpaceX and with Rocket Lab.",
        "Example Corp signed contracts with SpaceX, and also with Rocket Lab, in 2021.",
    ):
        found = stated(extractor, text)
        assert found.get(("example-corp", "partnerOf", "spacex"), "x") is None, text
        assert found.get(("example-corp", "partnerOf", "rocket-lab"), "x") is None, text
    # 'with' opening something else after 'and'
    found = stated(extractor, "Norway signed an agreement with Chile and with the money bought a rocket.")
    assert ("norway", "partnerOf", "chile") in found
    assert len([k for k in found if k[1] == "partnerOf"]) == 1


def test_a_purchase_or_bid_made_together_makes_partners(extractor: RuleExtractor) -> None:
    for text in (
        "Norway bought Example Corp out of bankruptcy together with Chile in 2020.",
        "Norway bid for the contract jointly with Chile.",
        "Norway acquired a stake in Example Corp together with Chile.",
    ):
        found = stated(extractor, text)
        assert found.get(("norway", "partnerOf", "chile"), "x") is None, text
    found = stated(extractor, "Norway did not buy Example Corp together with Chile.")
    assert found[("norway", "partnerOf", "chile")] == "negated"
    # 'together with' in another sentence, a person bought with: no partners
    found = stated(extractor, "Norway bought Example Corp in 2020. Together with Chile, it then built a rocket.")
    assert ("norway", "partnerOf", "chile") not in found
    found = stated(extractor, "Norway bought Example Corp together with Jane Example.")
    assert not any(r == "partnerOf" for _, r, _ in found)


def test_a_client_paying_a_company_under_a_programme(extractor: RuleExtractor) -> None:
    for text in (
        "NASA paid Example Corp about $118m under the Artemis program to carry six NASA instruments.",
        "The lander was built by Example Corp of Exampleton, which NASA is paying under its Artemis program.",
        "NASA pays Example Corp under the Artemis program to carry its instruments to the Moon.",
    ):
        found = stated(extractor, text)
        assert found.get(("nasa", "partnerOf", "example-corp"), "x") is None, text
        assert found.get(("example-corp", "participatesIn", "artemis"), "x") is None, text
    found = stated(extractor, "ESA paid Example Corp to launch its satellite.")
    assert found.get(("esa", "partnerOf", "example-corp"), "x") is None
    found = stated(extractor, "ESA did not pay Example Corp to launch its satellite.")
    assert found[("esa", "partnerOf", "example-corp")] == "negated"
    # paying tribute, paying a country, paying for something: no partners
    for text in (
        "ESA paid tribute to Example Corp.",
        "Norway paid Chile 5 million dollars to lease the site.",
        "ESA paid for the launch of Example-1.",
    ):
        assert not any(r == "partnerOf" for _, r, _ in stated(extractor, text)), text


def test_a_craft_carrying_payloads_from_several_sources(extractor: RuleExtractor) -> None:
    for text in (
        "Example-1 also carries micro-rovers from the University of Exampleton and a radiation detector from JAXA.",
        "Example-1 carries cameras from the University of Exampleton, a spectrometer from JAXA and a rover from NASA.",
        "Example-1 carries two instruments from the University of Exampleton as well as a mini-lander built by JAXA.",
    ):
        found = stated(extractor, text)
        assert found.get(("university-of-exampleton", "participatesIn", "example-1"), "x") is None, text
        assert found.get(("jaxa", "participatesIn", "example-1"), "x") is None, text
    # something else coordinated after the payload
    found = stated(extractor, "Example-1 carries cameras from JAXA and a message from Jane Example.")
    assert ("jaxa", "participatesIn", "example-1") in found
    assert not any(s == "jane-example" for s, _, _ in found)


def test_any_verb_of_going_up_on_a_providers_rocket(extractor: RuleExtractor) -> None:
    for text in (
        "Example-1 lifted off on 7 October from Exampleton on a Falcon 9 rocket of SpaceX.",
        "Example-1 went up on a SpaceX Falcon 9 on 15 February.",
        "Example-1 has lifted off on an Electron rocket of Rocket Lab from New Zealand.",
        "Example-1 flew to orbit aboard a SpaceX rocket in March.",
    ):
        found = stated(extractor, text)
        provider = "rocket-lab" if "Rocket Lab" in text else "spacex"
        assert found.get((provider, "participatesIn", "example-1"), "x") is None, text
    # a person flying on a rocket, flying on a course: the provider takes part in no mission
    for text in (
        "Jane Example flew on a SpaceX rocket in 2020.",
        "Example-1 took off from an airfield and flew on a course set by NASA.",
    ):
        assert not any(r == "participatesIn" and s in ("spacex", "nasa") for s, r, _ in stated(extractor, text)), text


def test_a_contestant_takes_part_in_the_contest(extractor: RuleExtractor) -> None:
    for text in (
        "Example Corp competed in the Google Lunar XPRIZE.",
        "Example Corp, a non-profit group founded in 2011 to compete for the Google Lunar XPRIZE, built it.",
    ):
        found = stated(extractor, text)
        assert found.get(("example-corp", "participatesIn", "google-lunar-xprize"), "x") is None, text
    found = stated(extractor, "Example Corp did not compete in the Google Lunar XPRIZE.")
    assert found[("example-corp", "participatesIn", "google-lunar-xprize")] == "negated"
    found = stated(extractor, "Example Corp will compete for the Google Lunar XPRIZE.")
    assert found[("example-corp", "participatesIn", "google-lunar-xprize")] == "planned"


def test_the_partners_in_a_programme_listed_after_the_verb(extractor: RuleExtractor) -> None:
    for text in (
        "The partners in the Artemis program are Norway, Chile and Peru.",
        "The main participants in the Artemis program include Norway, Chile and Peru.",
        "Partners in the Artemis program: the list. The partners in the Artemis program were Norway, Chile and Peru.",
    ):
        found = stated(extractor, text)
        for member in ("norway", "chile", "peru"):
            assert found.get((member, "participatesIn", "artemis"), "x") is None, text
    found = stated(extractor, "Signatories of the Outer Space Treaty include Norway and Chile.")
    assert found.get(("norway", "signs", "outer-space-treaty"), "x") is None
    # no list right after the verb, a denial: nothing plain
    for text in (
        "The partners in the Artemis program are looking for money from Norway.",
        "The partners in the Artemis program are not Norway and Chile.",
    ):
        assert not any(r == "participatesIn" and m is None for (_, r, _), m in stated(extractor, text).items()), text


def test_a_craft_called_a_collaboration_between_two_bodies(extractor: RuleExtractor) -> None:
    for text in (
        "Example-1, a collaboration between Norway and Chile, launched in May.",
        "Example-1 is a partnership between Norway and Chile.",
    ):
        found = stated(extractor, text)
        assert found.get(("norway", "participatesIn", "example-1"), "x") is None, text
        assert found.get(("chile", "participatesIn", "example-1"), "x") is None, text
        assert ("norway", "partnerOf", "chile") in found or ("chile", "partnerOf", "norway") in found, text
        assert not any(r == "cooperatesWith" for _, r, _ in found), text
    # a collaboration with no craft named before it: cooperation only
    found = stated(extractor, "The collaboration between Norway and Chile grew.")
    assert not any(r == "participatesIn" for _, r, _ in found)


def test_a_programme_that_brings_together_or_involves_its_participants(extractor: RuleExtractor) -> None:
    for text in (
        "The Artemis program brings together Norway, Chile and Peru.",
        "Example-1, which involves Norway, Chile and Peru, flew in May.",
        "The Artemis program united Norway, Chile and Peru.",
    ):
        found = stated(extractor, text)
        program = "example-1" if "Example-1" in text else "artemis"
        for member in ("norway", "chile", "peru"):
            assert found.get((member, "participatesIn", program), "x") is None, text
    assert (
        stated(extractor, "The Artemis program does not involve Norway.")[("norway", "participatesIn", "artemis")]
        == "negated"
    )
    assert (
        stated(extractor, "The Artemis program will involve Norway.")[("norway", "participatesIn", "artemis")]
        == "planned"
    )
    # a dispute, a country bringing others together: no programme
    for text in ("The dispute involved NASA and ESA.", "Norway brought together Chile and Peru."):
        assert not any(r == "participatesIn" for _, r, _ in stated(extractor, text)), text


def test_a_provider_for_a_mission_and_an_author_of_a_text(extractor: RuleExtractor) -> None:
    for text in ("SpaceX is the launch provider for Example-1.", "SpaceX, the launch provider for Example-1, said so."):
        assert stated(extractor, text).get(("spacex", "participatesIn", "example-1"), "x") is None, text
    for text in (
        "Norway authored the Example Treaty.",
        "The Example Treaty was co-authored by Norway and Chile.",
        "Norway co-authored the Example Treaty with Chile.",
    ):
        assert stated(extractor, text).get(("norway", "drafts", "example-treaty"), "x") is None, text
    # a provider of something else, an author of a book: no relation to the mission or text
    assert not stated(extractor, "SpaceX is a launch provider.")
    found = stated(extractor, "Jane Example authored a book about Norway.")
    assert not any(r == "drafts" for _, r, _ in found)


def test_a_crew_named_in_apposition_takes_part_in_its_mission(extractor: RuleExtractor) -> None:
    for text in (
        "The fire killed the Example-1 crew, Jane Example, John Example and Joan Example, during a test.",
        "The crew of Example-1, Jane Example, John Example and Joan Example, landed safely.",
        "Example-1's crew: Jane Example, John Example and Joan Example.",
        "The crew of Example-1 were Jane Example, John Example and Joan Example.",
    ):
        found = stated(extractor, text)
        for person in ("jane-example", "john-example", "joan-example"):
            assert found.get((person, "participatesIn", "example-1"), "x") is None, text
    # bodies after 'crew', no mission before it: nothing
    for text in ("The Example-1 crew, NASA and ESA, landed.", "The crew, Jane Example and John Example, landed."):
        assert not any(r == "participatesIn" for _, r, _ in stated(extractor, text)), text


def test_a_funder_named_in_a_passive_takes_part(extractor: RuleExtractor) -> None:
    for text in (
        "Example-1 was funded by Norway and Chile.",
        "Example-1, financed jointly by Norway and Chile, flew in May.",
        "Example-1 has been co-funded by Norway and Chile.",
    ):
        found = stated(extractor, text)
        assert found.get(("norway", "participatesIn", "example-1"), "x") is None, text
        assert found.get(("chile", "participatesIn", "example-1"), "x") is None, text
    assert (
        stated(extractor, "Example-1 was not funded by Norway.")[("norway", "participatesIn", "example-1")] == "negated"
    )
    # a study funded by someone, a time after 'by': no participation
    for text in ("The study was funded by Norway.", "Example-1 will be funded by 2026."):
        assert not any(r == "participatesIn" and m is None for (_, r, _), m in stated(extractor, text).items()), text


def test_a_builder_named_by_a_prefix_or_a_compound_adjective(extractor: RuleExtractor) -> None:
    for text in ("Norway and Chile co-developed Example-1.", "Norway co-developed Example-1 with Chile."):
        found = stated(extractor, text)
        assert found.get(("norway", "participatesIn", "example-1"), "x") is None, text
        assert ("norway", "partnerOf", "chile") in found or ("chile", "partnerOf", "norway") in found, text
    for text in (
        "The Boeing-built Example-1 failed in orbit.",
        "Example-1, a Boeing-built satellite, failed in orbit.",
        "Example-1 is a Boeing-made probe.",
    ):
        found = stated(extractor, text)
        assert found.get(("boeing", "participatesIn", "example-1"), "x") is None, text
        assert ("boeing", "leads", "example-1") not in found, text
    # a country or an agency in the compound, a compound before another noun's clause: no company's part
    found = stated(extractor, "Example-1 carries a Boeing-built camera and flew in May.")
    assert ("boeing", "leads", "example-1") not in found


def test_followed_repeats_the_clause_before_for_its_subject(extractor: RuleExtractor) -> None:
    for text in (
        "Norway signed the Artemis Accords in 2020; Chile followed in 2021.",
        "Norway signed the Artemis Accords in 2020, and Chile followed suit.",
    ):
        assert stated(extractor, text).get(("chile", "signs", "artemis-accords"), "x") is None, text
    found = stated(extractor, "Norway signed the Artemis Accords, but Chile did not follow.")
    assert found[("chile", "signs", "artemis-accords")] == "negated"
    found = stated(extractor, "Norway signed the Artemis Accords, and Chile will follow in 2026.")
    assert found[("chile", "signs", "artemis-accords")] == "planned"
    # 'followed' with an object of its own, a subject that is no body
    found = stated(extractor, "Norway signed the Artemis Accords after Chile followed the talks.")
    assert ("chile", "signs", "artemis-accords") not in found
    found = stated(extractor, "Norway joined the ILRS, and the launch followed in May.")
    assert len(found) == 1


def test_a_programme_partner_and_a_stake_in_a_craft(extractor: RuleExtractor) -> None:
    for text in (
        "NASA, one of the ISS partners, said so.",
        "NASA is one of the five ISS partners.",
        "NASA, a key ISS partner, agreed.",
    ):
        assert stated(extractor, text).get(("nasa", "participatesIn", "iss"), "x") is None, text
    assert stated(extractor, "Japan is not an Artemis partner.")[("japan", "participatesIn", "artemis")] == "negated"
    found = stated(extractor, "ESA, a long-standing NASA partner, agreed.")
    assert ("esa", "partnerOf", "nasa") in found or ("nasa", "partnerOf", "esa") in found
    assert (
        stated(extractor, "Norway has a stake in Example-1.").get(("norway", "participatesIn", "example-1"), "x")
        is None
    )
    assert stated(extractor, "Norway holds no share in the ISS.")[("norway", "participatesIn", "iss")] == "negated"
    # partners meeting, a person called a partner, a stake in a company: no participation
    for text in (
        "The Artemis partners met in Rome.",
        "Jane Example, a NASA partner, spoke.",
        "Norway has a stake in Example Corp.",
    ):
        found = stated(extractor, text)
        assert not any(r in ("participatesIn", "partnerOf") for _, r, _ in found), text


def test_a_company_called_its_clients_contractor(extractor: RuleExtractor) -> None:
    for text in (
        "Example Corp, NASA's prime contractor, built the spacecraft.",
        "Example Corp is NASA's main contractor for the new rocket.",
        "Example Corp, a NASA contractor, built it.",
    ):
        found = stated(extractor, text)
        assert found.get(("example-corp", "partnerOf", "nasa"), "x") is None, text
    assert (
        stated(extractor, "Example Corp is not a NASA contractor.")[("example-corp", "partnerOf", "nasa")] == "negated"
    )
    # the contractor unnamed: no partner
    for text in ("NASA's prime contractor built it.", "In 2020, NASA's contractor built it."):
        assert not any(r == "partnerOf" for _, r, _ in stated(extractor, text)), text


def test_a_builder_takes_part_when_another_body_operates_the_craft(extractor: RuleExtractor) -> None:
    for text in (
        "The oldest, the Example System (ES), was developed by ESA and is operated today by EUMETSAT.",
        "Example-1 was built by ESA and is operated by EUMETSAT.",
        "Example-1, was built by ESA and is now run by EUMETSAT.",
    ):
        found = stated(extractor, text)
        craft = "example-1" if "Example-1" in text else "es"
        assert found.get(("esa", "participatesIn", craft), "x") is None, text
        assert ("esa", "leads", craft) not in found, text
    # built by one body alone: it takes part (GUIDELINES; makers17); built and operated by it: it leads
    assert stated(extractor, "Example-1 was built by ESA.").get(("esa", "participatesIn", "example-1"), "x") is None
    found = stated(extractor, "Example-1 was built and is operated by ESA.")
    assert found.get(("esa", "leads", "example-1"), "x") is None


def test_a_launcher_of_a_craft_another_body_built_takes_part(extractor: RuleExtractor) -> None:
    for text in (
        "Example-1, which Airbus built and NASA launched in 2020, failed.",
        "Example-1, which Example Corp had built and NASA launched the following day, went silent.",
    ):
        found = stated(extractor, text)
        assert found.get(("nasa", "participatesIn", "example-1"), "x") is None, text
        assert ("nasa", "leads", "example-1") not in found, text
    # one body built and launched it: it leads
    found = stated(extractor, "NASA launched Example-1, which it had built.")
    assert found.get(("nasa", "leads", "example-1"), "x") is None


def test_a_crew_named_for_a_flight_still_to_come_is_no_done_fact(extractor: RuleExtractor) -> None:
    for text in (
        "Example-1's crew, Jane Example and John Example, will fly in 2026.",
        "The crew of Example-1, Jane Example and John Example, is scheduled to launch in May.",
    ):
        found = stated(extractor, text)
        assert not any(r == "participatesIn" and m is None for (_, r, _), m in found.items()), text
