"""The type of a new name from the text around it (issue #11, types17): an apposition or a copula naming the
class, a list's introduction, a title before a name, what only a school, a rocket or a craft is said to do, a
country's name after a compass word, a company's whole name. Invented sentences, several wordings each, and
near-misses where the rule must not fire."""

from __future__ import annotations

from spacekg.extract.rules import RuleExtractor
from tests.test_extract_mentions import new


def test_an_apposition_or_a_copula_naming_the_class_types_the_name(extractor: RuleExtractor) -> None:
    assert new(extractor, "The probe left from Tarvo Steppe, a launch site in the south.")["Tarvo Steppe"] == "Facility"
    assert new(extractor, "Korvan Point is the country's main spaceport.")["Korvan Point"] == "Facility"
    assert new(extractor, "Hollin Ridge, a military academy, trained the crew.")["Hollin Ridge"] == "Organization"
    assert new(extractor, "The Orvel Accord, the treaty that governs radio spectrum, was revised.")["Orvel Accord"] == (
        "Treaty"
    )
    text = "It leased the slot from Orbispan, an intergovernmental organization based in Vienna."
    assert new(extractor, text)["Orbispan"] == "InternationalOrganization"


def test_a_list_introduced_by_a_plural_class_noun_and_a_colon_gives_every_item_the_class(
    extractor: RuleExtractor,
) -> None:
    text = "The plan came from three regional organizations: the EXCA for Europe, the ORBA for Asia and the TELCO for Africa."
    assert {k: v for k, v in new(extractor, text).items() if k in ("EXCA", "ORBA", "TELCO")} == dict.fromkeys(
        ("EXCA", "ORBA", "TELCO"), "InternationalOrganization"
    )
    found = new(extractor, "Bids came from three launch companies: Exemplar, Rocketon and Tarvo Orbital.")
    assert found["Exemplar"] == found["Rocketon"] == "Organization"
    found = new(extractor, "Observers came from two space agencies: KOSA and VARSA.")
    assert found["KOSA"] == found["VARSA"] == "SpaceAgency"


def test_a_list_introduction_does_not_type_a_complement_nor_a_clause(extractor: RuleExtractor) -> None:
    # 'for Asia and the Pacific': the name after 'and' goes on the complement, it is no item
    text = (
        "Delegates came from the regional organizations: the ORBA for Asia and the Pacific, and the TELCO for Africa."
    )
    assert new(extractor, text).get("Pacific") != "InternationalOrganization"
    # a clause after the colon, no list
    text = "The talks stalled over two countries: the delegation walked out when Tarvo Orbital objected."
    assert new(extractor, text).get("Tarvo Orbital") != "Country"


def test_a_name_after_a_title_inside_a_capitalised_run_is_a_person(extractor: RuleExtractor) -> None:
    assert new(extractor, "Senate Majority Leader Jane Mollow said the bill would pass.")["Jane Mollow"] == "Person"
    assert new(extractor, "House Speaker Tomas Reyk, who had been briefed, insisted all was well.")["Tomas Reyk"] == (
        "Person"
    )
    text = "The paper was drafted by Jana Orvik, the Union's High Representative for Foreign Affairs, and the Council."
    assert new(extractor, text)["Jana Orvik"] == "Person"


def test_the_school_of_a_graduate_is_an_organization(extractor: RuleExtractor) -> None:
    assert new(extractor, "A graduate of Harlow Point, Dana Kessel flew twice.")["Harlow Point"] == "Organization"
    assert new(extractor, "She graduated from Merrin Tech in 1990 and joined the agency.")["Merrin Tech"] == (
        "Organization"
    )
    # near-miss: no name after 'a graduate of'
    assert new(extractor, "He was a graduate of the class of 1960.") == {}


def test_a_rocket_by_what_it_does_is_a_launcher_type(extractor: RuleExtractor) -> None:
    assert new(extractor, "In March an XL-4 put the small Rohini satellite into orbit.")["XL-4"] == "Program"
    assert new(extractor, "The satellite lifted off atop an Arlan from the coast.")["Arlan"] == "Program"
    assert new(extractor, "The probe rose atop the Arlan at dawn.")["Arlan"] == "Program"
    # near-misses: a person flies aboard a craft; a craft noun after the name gives the class
    assert new(extractor, "He flew aboard an Orvel in 2003.").get("Orvel") != "Program"
    assert new(extractor, "The crew sat atop an Orvel capsule in 2003.")["Orvel"] == "Mission"
    # near-miss: a company that puts satellites into orbit takes no article
    assert (
        new(extractor, "Tarvo Orbital put twelve satellites into orbit last year.")["Tarvo Orbital"] == "Organization"
    )


def test_it_was_named_gives_the_name_of_what_the_sentence_before_is_about(extractor: RuleExtractor) -> None:
    text = "India's first satellite lifted off from Kazakhstan in April. It was named Meridia, after a poet."
    assert new(extractor, text)["Meridia"] == "Mission"
    text = "The company's first rocket flew in May. It was called Skylark."
    assert new(extractor, text)["Skylark"] == "Program"
    assert new(extractor, "The satellite was named Corvina by schoolchildren.")["Corvina"] == "Mission"
    assert new(extractor, "The rocket will be called Tarvo Heavy.")["Tarvo Heavy"] == "Program"
    # near-misses: 'named after X' names the one honoured, not the craft
    assert new(extractor, "The probe was named after Johannes Kepler.").get("Johannes Kepler") != "Mission"
    text = "India's first satellite lifted off in April. It was named after Meridia, a poet."
    assert new(extractor, text).get("Meridia") != "Mission"


def test_a_compass_word_before_a_country_name_makes_a_country(extractor: RuleExtractor) -> None:
    assert new(extractor, "Prisoners were held by North Vietnam until 1973.")["North Vietnam"] == "Country"
    assert new(extractor, "Envoys of East Timor and West Germany met.").get("West Germany") in ("Country", None)
    # near-miss: a compass word before a person's name
    assert new(extractor, "Jane West Vance said the launch went well.").get("Jane West Vance") != "Country"


def test_a_company_keeps_the_adjective_that_opens_its_name(extractor: RuleExtractor) -> None:
    found = new(extractor, "He left the agency in 1970 and joined Eastern Air Lines, which he ran for a decade.")
    assert found["Eastern Air Lines"] == "Organization"
    assert new(extractor, "He joined Western Airways in 1970.")["Western Airways"] == "Organization"
    assert "Air Lines" not in new(extractor, "He joined Eastern Air Lines in 1970.")


def test_a_book_by_its_head_word_is_a_document(extractor: RuleExtractor) -> None:
    assert new(extractor, "They read from the Book of Exemplar during the flight.")["Book of Exemplar"] == "Document"


def test_an_explicit_class_at_a_later_mention_beats_a_first_guess(extractor: RuleExtractor) -> None:
    text = "A capsule from Tarvel landed in the desert. It brought back grains of the asteroid Tarvel."
    assert new(extractor, text)["Tarvel"] == "CelestialBody"
    text = "A heavy rocket carried Zenkai into orbit in May. Zenkai is the core module of the new station."
    assert new(extractor, text)["Zenkai"] == "Station"
    # near-miss: a person named again with a role keeps the class
    text = "Dana Kessel flew in May. Dana Kessel, a veteran pilot, retired in June."
    assert new(extractor, text)["Dana Kessel"] == "Person"


def test_an_acronym_with_a_series_number_is_defined_and_the_series_shares_its_class(extractor: RuleExtractor) -> None:
    text = (
        "The World Spectrum Conference (WSC-25) closed in Lima. WSC-25 was chaired by Jana Orvik. "
        "The question was put on the agenda of WSC-29."
    )
    found = new(extractor, text)
    assert found["World Spectrum Conference"] == "Meeting"
    assert found["WSC-29"] == "Meeting"
    # near-miss: numbered names of another stem keep their own class
    assert new(extractor, "Tarvo-3 and Tarvo-4 flew, then Tarvo-5.")["Tarvo-5"] != "Meeting"


def test_an_apposition_after_an_acronym_definition_types_the_defined_name(extractor: RuleExtractor) -> None:
    text = "States revise the Spectrum Rules (SR), the treaty that governs the use of radio frequencies."
    assert new(extractor, text)["Spectrum Rules"] == "Treaty"
    text = "The Korvan Yar Steppe (KYS), a launch site on the coast, opened in May."
    assert new(extractor, text)["Korvan Yar Steppe"] == "Facility"
    # near-miss: with no apposition the default class stays
    assert new(extractor, "The Korvan Yar Steppe (KYS) opened in May.")["Korvan Yar Steppe"] == "Organization"


def test_acts_of_a_conference_are_a_document(extractor: RuleExtractor) -> None:
    assert (
        new(extractor, "The Closing Acts were signed on the last day of the conference.")["Closing Acts"] == "Document"
    )


def test_a_compass_word_before_a_continent_makes_no_country(extractor: RuleExtractor) -> None:
    assert new(extractor, "Delegates from North America and South Asia met.").get("North America") != "Country"


def test_a_name_after_a_town_at_the_clause_end_is_its_region(extractor: RuleExtractor) -> None:
    found = new(extractor, "He died on 7 May 2023 in Kessel, Vantoria. He was 95.")
    assert found["Kessel"] == "City" and found["Vantoria"] == "Place"
    found = new(extractor, "She was born in Tarvo, Examplon in 1990.")
    assert found["Examplon"] == "Place"
    # near-miss: a list of towns
    assert new(extractor, "Delegates met in Tarvo, Kessel and Vantor.").get("Kessel") != "Place"
    # near-misses: a person after the town's comma, with a verb or a relative clause
    assert new(extractor, "In Kessel, Jane Orvik, who chairs the panel, spoke.").get("Jane Orvik") == "Person"
    assert new(extractor, "The rocket was built in Kessel, Orvik said.").get("Orvik") != "Place"


def test_a_reach_of_a_river_and_a_mechanism(extractor: RuleExtractor) -> None:
    assert new(extractor, "The launch site lies on the lower Vantor, near the coast.")["Vantor"] == "Place"
    text = "It extends the Space Threat Example Mechanism, which so far has covered little."
    assert new(extractor, text)["Space Threat Example Mechanism"] == "Program"
