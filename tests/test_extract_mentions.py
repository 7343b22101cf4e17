"""Mentions and their links: one test per rule of the mention stages
(linking, new names by shape or by the grammar around them, short forms),
each on invented sentences."""

from __future__ import annotations

import hashlib

from spacekg.extract.rules import Candidates, RuleExtractor, to_yaml
from spacekg.model.facts import parse_facts


def run(extractor: RuleExtractor, text: str) -> Candidates:
    return extractor.extract(text, "t.txt", hashlib.sha256(text.encode()).hexdigest())


def mentions(extractor: RuleExtractor, text: str) -> list[tuple[str, str, str]]:
    """(surface, entity, type or '') of every mention, in text order."""
    return [(text[m.start : m.end], m.entity, m.type if m.new else "") for m in run(extractor, text).mentions]


def new(extractor: RuleExtractor, text: str) -> dict[str, str]:
    """New entities by label: their type."""
    return {m[0].label: m[0].type for m in run(extractor, text).new_entities().values()}


def test_later_mentions_of_a_new_entity_are_written_as_mentions(extractor: RuleExtractor) -> None:
    text = "Norway signed a deal. Officials in Norway were pleased, and Norway said so."
    candidates = run(extractor, text)
    facts = parse_facts(to_yaml(candidates, extractor.entities), "c.yaml")
    assert [(e.id, text[e.mention[0] : e.mention[1]]) for e in facts.entities] == [("norway", "Norway")]
    assert [m.entity for m in facts.mentions] == ["norway", "norway"]  # the two later ones, by the new id
    assert facts.mentions[0].span != facts.entities[0].mention


def test_capitals_stand_for_their_country_except_as_places(extractor: RuleExtractor) -> None:
    text = ("New Delhi welcomed the plan. Talks were held in New Delhi. In Tokyo, officials agreed. "
            "Tokyo objected. The minister's visit to Washington ended.")  # fmt: skip
    found = mentions(extractor, text)
    assert found[0] == ("New Delhi", "india", "Country")  # a capital for its (new) country
    assert ("New Delhi", "new-delhi", "City") in found  # 'held in': the city
    assert ("Tokyo", "tokyo", "City") in found and ("Tokyo", "japan", "") in found  # 'In Tokyo' / 'Tokyo objected'
    assert ("Washington", "washington", "City") in found  # 'visit to'


def test_gazetteer_names_cities_agencies_and_bodies(extractor: RuleExtractor) -> None:
    text = ("Delegates met in Geneva. JAXA and the Korea Aerospace Research Institute (KARI) joined BRICS talks. "
            "The White House and the PRC disagreed.")  # fmt: skip
    assert new(extractor, text) == {"Geneva": "City", "Japan Aerospace Exploration Agency": "SpaceAgency", "Korea Aerospace Research Institute": "SpaceAgency",
                                    "BRICS": "InternationalOrganization", "White House": "GovernmentBody"}  # fmt: skip
    assert ("PRC", "china", "") in mentions(extractor, text)  # another name of a known country


def test_gazetteer_knows_treaties_cited_by_their_initials_alone(extractor: RuleExtractor) -> None:
    found = mentions(extractor, "Examplia acceded to the OST in 2009 but never joined the NPT or the CTBT.")
    assert [(s, e, t) for s, e, t in found if t == "Treaty"] == [
        ("OST", "outer-space-treaty", "Treaty"), ("NPT", "npt", "Treaty"), ("CTBT", "ctbt", "Treaty")]  # fmt: skip
    # the full name and the initials are one treaty
    found = mentions(extractor, "The Outer Space Treaty is old. The OST bans weapons of mass destruction in orbit.")
    assert {e for s, e, _ in found if s in ("Outer Space Treaty", "OST")} == {"outer-space-treaty"}


def test_acronym_definitions_take_the_gazetteers_type(extractor: RuleExtractor) -> None:
    text = "The Indian Space Research Organisation (ISRO) built it. ISRO said so."
    assert new(extractor, text) == {"Indian Space Research Organisation": "SpaceAgency"}  # not 'Organisation' → IO
    assert ("ISRO", "isro", "SpaceAgency") in mentions(extractor, text)  # the defined acronym names the new entity


def test_a_known_name_opening_a_new_name_counts_on_its_own(extractor: RuleExtractor) -> None:
    found = mentions(
        extractor, "The ESA Council met. The Moon Agreement of 1979 is old. The UN Security Council voted."
    )
    assert ("ESA", "esa", "") in found and ("ESA Council", "esa-council", "InternationalOrgan") in found
    assert ("Moon", "moon", "") in found and ("UN", "united-nations", "") in found
    # but not a country opening an organization's name, nor a program lending its name
    found = mentions(extractor, "The Japan Aerospace Exploration Agency and the Artemis Accords were discussed.")
    assert not any(surface in ("Japan", "Artemis") for surface, _, _ in found)


def test_a_place_inside_a_facility_name_only_after_in(extractor: RuleExtractor) -> None:
    found = mentions(extractor, "The team moved to RAF High Wycombe last year.")
    assert ("High Wycombe", "high-wycombe", "") not in found and ("RAF High Wycombe", "raf-high-wycombe", "") in found
    found = mentions(extractor, "The team moved to the Royal Air Force Base in High Wycombe.")
    assert ("High Wycombe", "high-wycombe", "") in found


def test_initials_without_a_full_stop_and_auxiliaries_opening_a_question(extractor: RuleExtractor) -> None:
    assert new(extractor, "The agency's chairman K Examplenathan told reporters it worked.") == {
        "K Examplenathan": "Person"
    }
    assert "Will Jane" not in str(new(extractor, "Will Jane Examplewoman run for office? Nobody knows."))


def test_craft_nouns_beside_a_name_make_a_mission(extractor: RuleExtractor) -> None:
    text = ("The probe set its lander, Zorvik, down gently. Later the rover Tundra rolled out. "
            "The agency also flew QWERTY, an X-ray observatory, and planned a lander and rover, ZEPHYX.")  # fmt: skip
    assert new(extractor, text) == {"Zorvik": "Mission", "Tundra": "Mission", "QWERTY": "Mission", "ZEPHYX": "Mission"}


def test_a_place_after_island_of(extractor: RuleExtractor) -> None:
    assert new(extractor, "It was launched from a site on the island of Examplo.") == {"Examplo": "Place"}


def test_a_name_and_a_number_apart_is_a_mission(extractor: RuleExtractor) -> None:
    text = "Artemis III will follow Zenit 4. Article IV of the treaty and World War II are not missions."
    found = mentions(extractor, text)
    assert ("Artemis III", "artemis-iii", "Mission") in found and ("Zenit 4", "zenit-4", "Mission") in found
    assert not any(entity == "artemis" for _, entity, _ in found)  # the program lends its name only
    assert not any(surface.startswith(("World", "War")) for surface, _, _ in found)
    assert ("Article IV", "article-iv", "Document") in found  # a treaty's clause is a document, not a mission


def test_head_words_of_acts_amendments_days_and_craft(extractor: RuleExtractor) -> None:
    text = ("The Example Appropriations Act and the Doe Amendment passed the Senate Example Subcommittee. "
            "The Gas Example Orbiter works. The day is now Example Space Day. The Secure Example Foundation spoke.")  # fmt: skip
    found = new(extractor, text)
    assert found["Example Appropriations Act"] == "Document" and found["Doe Amendment"] == "Document"
    assert found["Senate Example Subcommittee"] == "GovernmentBody"
    assert found["Gas Example Orbiter"] == "Mission" and found["Example Space Day"] == "Event"
    assert found["Secure Example Foundation"] == "Organization"  # not a two-word person


def test_a_dateline_names_a_city(extractor: RuleExtractor) -> None:
    text = "EXAMPLEVILLE, May 2 (Wire) - Russia spoke.\n\nGOTHAM CITY — China replied."
    found = new(extractor, text)
    assert found["Exampleville"] == "City" and found["Gotham City"] == "City"
    assert "Russia" not in found and not new(extractor, "Russia, China and NASA met.")  # only a text's opening capitals


def test_a_described_document_ends_before_the_place(extractor: RuleExtractor) -> None:
    text = "Japan signed an agreement on a pressurized rover in Washington. A resolution on debris in the UN General Assembly failed."
    found = mentions(extractor, text)
    assert ("agreement on a pressurized rover", "agreement-on-a-pressurized-rover", "Document") in found
    assert ("resolution on debris", "resolution-on-debris", "DraftResolution") in found
    assert ("UN General Assembly", "un-general-assembly", "") in found


def test_a_capitalised_head_word_is_the_short_form_of_a_document(extractor: RuleExtractor) -> None:
    text = "Ten states signed the Example Space Accords. Later the Accords grew. The White House and the House met."
    found = mentions(extractor, text)
    assert ("Accords", "example-space-accords", "Document") in found
    assert ("House", "white-house", "GovernmentBody") not in found  # 'House' is a body of its own
    assert ("House", "house", "GovernmentBody") in found


def test_dates_as_the_text_gives_them_each_with_its_own_span(extractor: RuleExtractor) -> None:
    text = ("In April 2024 the Example Agency met; by 3 May it had agreed, and on June 7, 2025 it signed. "
            "Launch is due in July. Officials may delay it. The Fiscal year 2026 plan and Vision 2030 are names. "
            "Since 2019 it has grown.")  # fmt: skip
    found = [
        (text[d["span"][0] : d["span"][1]], d.get("year"), d.get("month"), d.get("day"))
        for d in run(extractor, text).dates
    ]
    assert found == [
        ("April 2024", 2024, 4, None),  # month-level, the year as given
        ("3 May", None, 5, 3),  # no year the text does not give
        ("June 7, 2025", 2025, 6, 7),
        ("July", None, 7, None),  # a month alone after a preposition ('may' the verb is no date)
        ("2019", 2019, None, None),  # years inside names ('Fiscal year 2026', 'Vision 2030') are not dates
    ]


def test_an_actors_definite_noun_anywhere_in_a_sentence_stands_for_the_nearest_compatible_mention(
    extractor: RuleExtractor,
) -> None:
    def facts(text: str) -> set[tuple[str, str, str]]:
        return {(f["subject"], f["relation"], f["object"]) for f in run(extractor, text).facts if not f.get("modality")}

    opened = "The Example Space Agency was founded in 1990 in Norway. "
    assert ("example-space-agency", "signs", "artemis-accords") in facts(
        opened + "In 2020 the agency signed the Artemis Accords."
    )
    assert ("example-space-agency", "participatesIn", "ilrs") in facts(
        opened + "After a long debate the agency joined the ILRS."
    )
    # a country is not an agency: with no agency named before, 'the agency' stands for nothing
    assert not facts("Norway was quiet in 1990. In 2020 the agency joined the ILRS.")
    # anaphors take part in relations but are not mentions
    assert not any(m.rule == "anaphor" for m in run(extractor, opened + "In 2020 the agency joined the ILRS.").mentions)


def test_an_acronym_opening_a_paragraph_is_no_dateline(extractor: RuleExtractor) -> None:
    found = new(extractor, "Officials met.\n\nXYZA, the new body, met again.\n\nJAXA, ISRO and CNES agreed.")
    assert "Xyza" not in found and "Jaxa" not in found


def test_a_place_name_opening_a_longer_name_is_not_the_place(extractor: RuleExtractor) -> None:
    found = mentions(extractor, "Sofia Examplova said the Paris Agreement matters. Lima hosted it; Sofia agreed.")
    assert not any(
        surface in ("Sofia", "Paris") and entity in ("bulgaria", "sofia", "france") for surface, entity, _ in found[:3]
    )
    assert ("Lima", "peru", "Country") in found and (
        "Sofia",
        "bulgaria",
        "Country",
    ) in found  # alone, they stand for their country
    assert ("Mars", "mars", "CelestialBody") in mentions(
        extractor, "The Mars Sample Return mission slipped."
    )  # bodies do count


def test_an_actors_definite_noun_needs_one_compatible_candidate_and_no_possessive(extractor: RuleExtractor) -> None:
    def facts(text: str) -> set[tuple[str, str, str]]:
        return {(f["subject"], f["relation"], f["object"]) for f in run(extractor, text).facts}

    two = "The Example Space Agency and NASA met in Norway. In 2020 the agency joined the ILRS."
    assert not any(r == "participatesIn" for _, r, _ in facts(two))  # which agency? none is guessed
    possessive = "Officials met NASA in Norway. Later they toured the agency's headquarters in Examplestadt."
    # no actor from the possessive's anaphor (the seat rule of roles.py reads 'the agency's headquarters in' by description)
    seats = [f for f in run(extractor, possessive).facts if f["relation"] == "headquarteredAt"]
    assert all(f["rule"] == "owned seat" for f in seats)


def test_acronym_definitions_with_small_words_inside(extractor: RuleExtractor) -> None:
    text = ("The Example Office for Lunar Affairs (EOLA) met delegates of the Open-Ended Working Group on "
            "Example Threats (OEWG). Later EOLA and the OEWG agreed.")  # fmt: skip
    found = mentions(extractor, text)
    assert ("Example Office for Lunar Affairs", "eola", "GovernmentBody") in found  # the capitals spell the acronym
    assert (
        "Open-Ended Working Group",
        "oewg",
        "InternationalOrgan",
    ) in found  # hyphenated parts count; the topic is not the name; the gazetteer knows the body's class
    assert [entity for surface, entity, _ in found if surface in ("EOLA", "OEWG")] == ["eola", "oewg", "eola", "oewg"]


def test_names_after_called_take_the_type_of_the_noun_before(extractor: RuleExtractor) -> None:
    text = "It was to land on a platform called Zelenka, near a crater named Ubrik, beside LEV-7, a small robot."
    assert new(extractor, text) == {"Zelenka": "Mission", "Ubrik": "Place", "LEV-7": "Mission"}


def test_a_resolution_known_by_its_number(extractor: RuleExtractor) -> None:
    found = new(extractor, "Under resolution 76/231 and Resolution 2730, the body met.")
    # (a resolution cited by its number has been adopted: a document, the guidelines; types18)
    assert found == {"resolution 76/231": "Document", "Resolution 2730": "Document"}


def test_a_bodys_name_before_of_the_and_a_known_name_is_a_short_name(extractor: RuleExtractor) -> None:
    text = "The First Committee voted."  # 'First Committee of the United Nations General Assembly'
    assert mentions(extractor, text) == [("First Committee", "un-first-committee", "")]


def test_a_name_with_and_inside_before_its_head_word(extractor: RuleExtractor) -> None:
    text = (
        "The National Space Exploration and Example Agency met Roscosmos and China National Space Administration staff."
    )
    found = new(extractor, text)
    assert found == {"National Space Exploration and Example Agency": "SpaceAgency"}  # not 'Example Agency'
    listed = new(extractor, "It was built with Tomy, Zony and Example Tech University.")
    assert "Example Tech University" in listed and not any(" and " in label for label in listed)


def test_head_words_of_companies_forces_places_prizes_and_missions(extractor: RuleExtractor) -> None:
    text = ("Examplia Heavy Industries and the Northland Fleet met on Examplo Island. The Examplar Lunar Prize "
            "went to the Venus Sample Return team. The Examplia Stock Exchange listed it.")  # fmt: skip
    found = new(extractor, text)
    assert found["Examplia Heavy Industries"] == "Organization"
    assert found["Northland Fleet"] == "MilitaryOrganization"
    assert found["Examplo Island"] == "Place"
    assert found["Examplar Lunar Prize"] == "Event"
    assert found["Venus Sample Return"] == "Mission"
    assert found["Examplia Stock Exchange"] == "Organization"


def test_head_word_before_the_name(extractor: RuleExtractor) -> None:
    text = "The probe flew over the Sea of Examples before Mission Examplar began. Mount Examplo erupted."
    found = new(extractor, text)
    assert found == {"Sea of Examples": "Place", "Mission Examplar": "Mission", "Mount Examplo": "Place"}
    assert new(extractor, "Mission Control lost the signal.").get("Mission Control") != "Mission"
    assert new(extractor, "Its Project Examplar network is late.") == {"Project Examplar": "Program"}


def test_a_companys_last_word_is_no_surname(extractor: RuleExtractor) -> None:
    found = new(extractor, "Analysts at Quarry Space said Example Dynamics was late.")
    assert found == {"Quarry Space": "Organization", "Example Dynamics": "Organization"}


def test_numbers_with_letters_or_four_digits_name_craft_but_years_and_short_months_do_not(
    extractor: RuleExtractor,
) -> None:
    text = "The Examsat-2B and Kosmo 2291 were hit on Dec 13. Vision 2030 and Agenda-2030 are plans."
    assert new(extractor, text) == {"Examsat-2B": "Mission", "Kosmo 2291": "Mission"}


def test_a_treaty_article_is_a_document(extractor: RuleExtractor) -> None:
    assert new(extractor, "The allies could invoke Article 7 of the pact.") == {"Article 7": "Document"}


def test_the_class_of_a_name_from_an_apposition_or_is_a(extractor: RuleExtractor) -> None:
    text = ("The lander was built by OrbitWorks, a small private company. Examplestan, a landlocked country, "
            "abstained. Kalvera is a city in the north. Jane Roe, a senior official of a company, spoke.")  # fmt: skip
    found = new(extractor, text)
    assert found["OrbitWorks"] == "Organization"
    assert found["Examplestan"] == "Country"  # one word opening a sentence, typed by its apposition
    assert found["Kalvera"] == "City"
    assert found["Jane Roe"] == "Person"  # a role wins over the company in its apposition
    # a verb after the comma is no apposition
    assert new(extractor, "In May, Jane Roe, signed an agreement on rovers.")["Jane Roe"] == "Person"


def test_capitals_inside_a_word_mark_a_name(extractor: RuleExtractor) -> None:
    found = new(extractor, "Funding went to StarHopper and to the LunaNet team.")
    assert found["StarHopper"] == "Organization"


def test_a_name_known_as_another_is_one_entity(extractor: RuleExtractor) -> None:
    text = "Examplo, known during development as the Example Pathfinder Orbiter, reached the Moon. Examplo is fine."
    found = mentions(extractor, text)
    assert found[0] == ("Examplo", "examplo", "Mission")  # typed by the longer name
    assert ("Example Pathfinder Orbiter", "examplo", "Mission") in found
    assert found[-2:] == [("Examplo", "examplo", "Mission"), ("Moon", "moon", "")] or (
        "Examplo", "examplo", "Mission") in found[2:]  # fmt: skip


def test_a_name_listed_with_names_of_a_class_shares_it(extractor: RuleExtractor) -> None:
    found = new(extractor, "Parts came from Kembla, Toshiro and Example University.")
    assert found["Kembla"] == "Organization" and found["Toshiro"] == "Organization"
    # a place and the country it is in is no list
    assert new(extractor, "The centre opened in Kembla, Norway, last year.")["Kembla"] == "City"


def test_later_mentions_of_a_one_word_new_name(extractor: RuleExtractor) -> None:
    text = ("Aboard was Falka, a small rover. Later, Sheikh Omar bin Falka Al Example, the Examplia's ruler, spoke. "
            "When Falka landed, all cheered.")  # fmt: skip
    found = mentions(extractor, text)
    assert [s for s, e, _ in found if e == "falka"] == ["Falka", "Falka"]  # not the one inside the person's name
    assert ("Omar bin Falka Al Example", "omar-bin-falka-al-example", "Person") in found  # honorific left out


def test_country_abbreviations_and_capitals_as_modifiers(extractor: RuleExtractor) -> None:
    text = ("The RF objected, and the RF and the PRC agreed. RF interference rose. The Vienna forum met. "
            "The Beijing government said no.")  # fmt: skip
    found = mentions(extractor, text)
    assert [(s, e) for s, e, _ in found if s == "RF"] == [("RF", "russia"), ("RF", "russia")]  # not 'RF interference'
    assert ("Vienna", "vienna", "City") in found  # the city, not the country
    assert ("Beijing", "china", "") in found
    assert ("RF", "russia", "") in mentions(extractor, "The RF delegation left.")  # a country's delegation
    assert ("RF", "russia", "") in mentions(extractor, "Then the RF said no.")  # an irregular verb after it


def test_a_place_before_based_is_a_place_of_its_own(extractor: RuleExtractor) -> None:
    found = mentions(
        extractor, "It was built by the Examplton-based Example Space Agency. The Tokyo-based firm agreed."
    )
    assert ("Example Space Agency", "example-space-agency", "SpaceAgency") in found
    assert ("Tokyo", "tokyo", "City") in found


def test_gazetteer_names_inside_longer_names(extractor: RuleExtractor) -> None:
    found = mentions(extractor, "The NATO Example Centre opened. The Examplia-US Leaders Summit ended.")
    assert ("NATO", "nato", "InternationalOrganization") in found  # an organization opening a body's name
    assert not any(s == "US" for s, _, _ in found)  # a country's name inside a longer name does not count


def test_abbreviated_months_beside_a_day_or_a_year(extractor: RuleExtractor) -> None:
    text = "The probe was hit on Dec 13 and again in Jan 2022. Mar is no date alone."
    found = [(text[d["span"][0] : d["span"][1]], d.get("year"), d.get("month"), d.get("day"))
             for d in run(extractor, text).dates]  # fmt: skip
    assert found == [("Dec 13", None, 12, 13), ("Jan 2022", 2022, 1, None)]


def test_a_new_name_in_the_headline_before_the_text_says_what_it_is(extractor: RuleExtractor) -> None:
    text = "Examplo: how a small nation reached the Moon\n\nExamplo, a small lunar orbiter, was built by KARI."
    found = mentions(extractor, text)
    assert found[0] == ("Examplo", "examplo", "Mission")  # the headline's mention comes first
    assert [s for s, e, _ in found if e == "examplo"] == ["Examplo", "Examplo"]
    facts = parse_facts(to_yaml(run(extractor, text), extractor.entities), "c.yaml")
    assert [text[e.mention[0] : e.mention[1]] for e in facts.entities if e.id == "examplo"] == ["Examplo"]
    assert facts.entities[0].mention == (0, 7)


def test_is_a_with_an_adverb_and_meant_to_be(extractor: RuleExtractor) -> None:
    text = "Examplo was never meant to be a government mission. Kalvera is not a city."
    assert new(extractor, text) == {"Examplo": "Mission"}  # 'is not a city' says nothing of what it is


def test_the_mission_is_the_one_named_a_mission_not_its_lander(extractor: RuleExtractor) -> None:
    text = ("India's Examplyaan-4 mission set its lander, Vikrama, down on the Moon. "
            "The Indian Space Research Organisation, which runs the mission, was pleased.")  # fmt: skip
    found = {(f["subject"], f["relation"], f["object"]) for f in run(extractor, text).facts}
    assert ("isro", "leads", "examplyaan-4") in found and ("isro", "leads", "vikrama") not in found


def test_the_class_from_the_noun_before_the_name(extractor: RuleExtractor) -> None:
    text = ("Examplia's space agency, XGSA, joined. The toy maker Tomika and the state broadcaster Examplevision "
            "agreed. QRSA, a small space agency, waited.")  # fmt: skip
    found = new(extractor, text)
    assert found["XGSA"] == "SpaceAgency" and found["QRSA"] == "SpaceAgency"  # before it or in its apposition
    assert found["Tomika"] == "Organization" and found["Examplevision"] == "MediaOutlet"


def test_a_name_before_a_landform_is_a_place(extractor: RuleExtractor) -> None:
    text = "The payload, called Lumo, landed near Examplert crater. The Moon's Example basin is vast. In May crater rims froze."
    found = new(extractor, text)
    assert found == {"Lumo": "Mission", "Examplert crater": "Place", "Example basin": "Place"}
    assert new(extractor, "Her deputy, Karel Example, said so.") == {"Karel Example": "Person"}


def test_a_head_words_class_made_precise_by_the_rest_of_the_name(extractor: RuleExtractor) -> None:
    text = ("The Examplian Defence Ministry and the Defence Example Agency met at the Examplia-Norway Leaders "
            "Summit. The Senate Example Subcommittee and the Legal Example Subcommittee met.")  # fmt: skip
    assert new(extractor, text) == {"Examplian Defence Ministry": "DefenceMinistry",
                                    "Defence Example Agency": "MilitaryOrganization",
                                    "Examplia-Norway Leaders Summit": "Meeting", "Senate": "GovernmentBody",
                                    "Senate Example Subcommittee": "GovernmentBody",
                                    "Legal Example Subcommittee": "InternationalOrgan"}  # fmt: skip


def test_acronyms_after_or_spelled_with_inner_capitals_and_named_before_their_definition(
    extractor: RuleExtractor,
) -> None:
    text = ("XLIM lands upside down\n\nThe Examplia AeroSpace Administration, or EASA, chose the Xeno Lander for "
            "Investigating Moons (XLIM). XLIM and EASA are fine.")  # fmt: skip
    found = mentions(extractor, text)
    assert found[0] == ("XLIM", "xlim", "Mission")  # the headline's acronym is the new entity's first mention
    assert ("Examplia AeroSpace Administration", "easa", "SpaceAgency") in found
    assert ("Xeno Lander for Investigating Moons", "xlim", "Mission") in found  # the head is before 'for'
    assert [e for s, e, _ in found if s in ("XLIM", "EASA")] == ["xlim", "easa", "xlim", "xlim", "easa"]


def test_a_possessor_is_not_part_of_the_name_after_it(extractor: RuleExtractor) -> None:
    found = mentions(extractor, "The UN General Assembly's First Committee voted.")
    assert [(s, e) for s, e, _ in found] == [("UN", "united-nations"), ("UN General Assembly", "un-general-assembly"),
                                             ("First Committee", "un-first-committee")]  # fmt: skip


def test_a_name_the_text_says_something_is_known_as(extractor: RuleExtractor) -> None:
    text = ("The Examplia Space Agency, known as ExSA, met. The Example Lunar Orbiter, also called Exlo, flew. "
            "Later Exlo landed. The Lunar Gateway, known as LOPX, will orbit.")  # fmt: skip
    found = mentions(extractor, text)
    assert ("ExSA", "examplia-space-agency", "SpaceAgency") in found
    assert [s for s, e, _ in found if e == "example-lunar-orbiter"] == ["Example Lunar Orbiter", "Exlo", "Exlo"]
    assert ("LOPX", "lunar-gateway", "") in found  # another name of a known entity


def test_titles_before_a_name_are_left_out(extractor: RuleExtractor) -> None:
    text = "The ceremony was attended by Federal Councillor Guy Examplin and the lawmaker Jo Example."
    assert new(extractor, text) == {"Guy Examplin": "Person", "Jo Example": "Person"}


def test_a_generic_body_name_of_one_country_is_not_anothers(extractor: RuleExtractor) -> None:
    # 'Space Command' is an alias of the UK's command in the graph: only in its own text, or after the full name
    found = mentions(extractor, "Examplia, which set up its own Space Command in 2019, agreed.")
    assert ("Space Command", "space-command", "MilitaryCommand") in found
    found = mentions(extractor, "Britain opens its Space Command\n\nUK Space Command was formed in 2021.")
    assert found[1] == ("Space Command", "uk-space-command", "")  # the headline's short name, of the known one


def test_the_agency_as_an_object_is_not_the_subject_of_its_sentence(extractor: RuleExtractor) -> None:
    facts = {(f["subject"], f["relation"], f["object"])
             for f in run(extractor, "JAXA built the lander. NASA worked with the agency on lunar science.").facts}  # fmt: skip
    assert ("nasa", "cooperatesWith", "jaxa") in facts
    ambiguous = run(extractor, "JAXA and ESA built the lander. NASA worked with the agency on the rover.")
    assert not ambiguous.facts  # two agencies named before: no guess


def test_a_name_after_a_place_and_and_is_a_place_too(extractor: RuleExtractor) -> None:
    found = new(extractor, "Stations in Kourou and New Examplia helped. Talks in Geneva and Jane Roe said no.")
    assert found["New Examplia"] == "City" and found["Jane Roe"] == "Person"  # a speech verb still makes a person


def test_a_head_word_without_space_or_with_national_names_a_government_body(extractor: RuleExtractor) -> None:
    text = ("The Examplian Protection Agency, the Example Space Agency, the National Security Council, the Examplian "
            "Air Force and the Example Security Council met. The Examplo Administration agreed.")  # fmt: skip
    assert new(extractor, text) == {"Examplian Protection Agency": "GovernmentBody",
                                    "Example Space Agency": "SpaceAgency",
                                    "National Security Council": "GovernmentBody", "Examplian Air Force": "AirForce",
                                    "Example Security Council": "InternationalOrgan",
                                    "Examplo Administration": "GovernmentBody"}  # fmt: skip
    # a name after 'of' is a complement, not a member of the list after it
    assert "Examplia" not in new(extractor, "The Permanent Mission of Examplia, the Example Space Agency and NASA met.")


def test_camelcase_kinds_of_satellite_are_no_names(extractor: RuleExtractor) -> None:
    found = new(extractor, "Two CubeSats and ExamplaSat flew with NewSpace firms. GeoExample sold images.")
    assert found == {"ExamplaSat": "Mission", "GeoExample": "Organization"}


def test_a_countrys_unnamed_thing_is_no_person(extractor: RuleExtractor) -> None:
    found = new(extractor, "Leaks hit the Russian Orbital Segment. Chinese President Xi Example spoke.")
    assert "Orbital Segment" not in found and found["Xi Example"] == "Person"


def test_initials_and_titles_with_a_full_stop_do_not_end_the_sentence(extractor: RuleExtractor) -> None:
    text = ("The deal was signed by the agency's administrator and K. Examplan, the Examplian agency's chairman. "
            "Its chairman, V. Examplov, said it would fly. Dr. Jane Examplia agreed.")  # fmt: skip
    assert new(extractor, text) == {"K. Examplan": "Person", "V. Examplov": "Person", "Jane Examplia": "Person"}
    from spacekg.core.text import sentence_spans

    assert len(sentence_spans(text)) == 3


def test_names_with_letters_beyond_ascii_and_their_ids(extractor: RuleExtractor) -> None:
    text = "The base lies on the coast of Examplão, near São Exemplo."
    found = mentions(extractor, text)
    assert ("Examplão", "examplao", "Place") in found  # the id loses the accent, it is not cut at it
    assert ("São Exemplo", "sao-exemplo", "City") in found


def test_a_role_or_speech_after_according_to_makes_a_person_not_a_place(extractor: RuleExtractor) -> None:
    text = ("According to Jon Examplar, the agency's head of operations, it failed. "
            "During the minister's visit to Donald Examplo, the deal was signed. Talks went on in Examplton.")  # fmt: skip
    assert new(extractor, text) == {"Jon Examplar": "Person", "Donald Examplo": "Person", "Examplton": "City"}


def test_continents_regions_and_participles_of_origin_are_no_names(extractor: RuleExtractor) -> None:
    text = (
        "Examplia is the largest economy in Asia, and in South Asia and Europe too. "
        "It would be the first Examplian-built spacecraft, and a European crewed spacecraft was not approved."
    )
    assert new(extractor, text) == {}


def test_craft_with_a_modifier_rockets_and_bases(extractor: RuleExtractor) -> None:
    text = ("Examplia destroyed its own EX-1C weather satellite. It left on an X-IIA rocket and a Falcon 7 rocket. "
            "The strategy was presented at the Examplon Mont-Exemple air base.")  # fmt: skip
    assert new(extractor, text) == {"EX-1C": "Mission", "X-IIA": "Program", "Falcon 7": "Program",
                                    "Examplon Mont-Exemple": "MilitaryBase"}  # fmt: skip


def test_class_from_plural_nouns_before_and_one_of_the_before_the_name(extractor: RuleExtractor) -> None:
    text = ("It signed agreements with two start-ups, Orbital Examples and Deep Example Industries. "
            "The text went to the EXSC, one of the two subcommittees of the Examplian Council.")  # fmt: skip
    found = new(extractor, text)
    assert found["Orbital Examples"] == "Organization" and found["Deep Example Industries"] == "Organization"
    assert found["EXSC"] == "InternationalOrgan"


def test_parliaments_chambers_parties_consortia_laws_and_units(extractor: RuleExtractor) -> None:
    text = ("The Examplian Parliament and the Chamber of Examples approved the Example Law. "
            "Members of the Examplers' Party voted against the Example Space Treaty Agreement. "
            "The Example Consortium, the Example Space Wing and the National Assembly of Examplia took part.")  # fmt: skip
    found = new(extractor, text)
    assert found["Examplian Parliament"] == "GovernmentBody"
    assert found["Chamber of Examples"] == "GovernmentBody"
    assert found["Example Law"] == "Document"
    assert found["Examplers' Party"] == "Organization"
    assert found["Example Space Treaty Agreement"] == "Treaty"  # a named agreement between states
    assert found["Example Consortium"] == "Organization"
    assert found["Example Space Wing"] == "MilitaryOrganization"
    assert found["National Assembly"] == "GovernmentBody"


def test_a_head_word_that_takes_of_keeps_it(extractor: RuleExtractor) -> None:
    text = "The Examplton Institute of Technology and the Example Launch Vehicle were named."
    assert new(extractor, text) == {"Examplton Institute of Technology": "Organization",
                                    "Example Launch Vehicle": "Program"}  # fmt: skip


def test_what_only_organizations_do_and_what_only_people_are(extractor: RuleExtractor) -> None:
    text = ("Orbit Examplar hired 200 engineers. Lunar Exampleworks is headquartered in Examplton. "
            "Jane Examplova, who was born in Examplton, left. Jon Examplov, 54, stayed.")  # fmt: skip
    found = new(extractor, text)
    assert found["Orbit Examplar"] == "Organization"
    assert found["Jane Examplova"] == "Person" and found["Jon Examplov"] == "Person"


def test_a_dateline_with_an_agency_in_brackets_names_the_city_not_the_country(extractor: RuleExtractor) -> None:
    text = "Examples\n\nLUXEMBOURG (Wire) - Luxembourg's parliament met. EXAMPLTON (Wire) - It voted."
    found = mentions(extractor, text)
    assert ("LUXEMBOURG", "luxembourg-city", "City") in found  # not the country's id
    assert ("Luxembourg", "luxembourg", "Country") in found


def test_better_known_as_and_a_secretary_general_without_a_hyphen(extractor: RuleExtractor) -> None:
    text = ("Exa at Mars\n\nThe Examplian Mars Mission, better known as Exa, arrived. "
            "NATO Secretary General Jens Examplberg spoke.")  # fmt: skip
    found = mentions(extractor, text)
    assert [f[1] for f in found if f[0] == "Exa"] == ["examplian-mars-mission"] * 2
    assert ("Jens Examplberg", "jens-examplberg", "Person") in found


def test_orbits_oceans_and_a_state_opening_a_universitys_name(extractor: RuleExtractor) -> None:
    text = "Fragments spread through LEO and over the Atlantic. Arizona State University and Texas helped."
    found = new(extractor, text)
    assert found["LEO"] == "Place" and found["Atlantic Ocean"] == "Place"
    assert found["Arizona State University"] == "Organization" and found["Texas"] == "Place"
    assert "Arizona" not in found


def test_a_bodys_or_documents_name_goes_on_after_on_or_for(extractor: RuleExtractor) -> None:
    text = ("The Open-Ended Working Group on Reducing Example Threats through Norms, Rules and Principles met. "
            "The Examplian Space Council on Monday discussed the Example Treaty on Open Examples. "
            "The Examplton Institute for Space Research and the Examplian Ministry of Defence agreed.")  # fmt: skip
    found = new(extractor, text)
    assert found["Open-Ended Working Group on Reducing Example Threats through Norms, Rules and Principles"] == (
        "InternationalOrgan"
    )
    assert found["Examplian Space Council"] == "InternationalOrgan"  # not 'on Monday'
    assert found["Example Treaty on Open Examples"] == "Treaty"
    assert found["Examplton Institute for Space Research"] == "Organization"
    assert found["Examplian Ministry of Defence"] == "DefenceMinistry"


def test_an_acronym_that_its_name_does_not_spell_names_the_whole_name(extractor: RuleExtractor) -> None:
    text = ("She heads the National Institute for Example Research (INPX) in Sao Exemplo dos Campos. "
            "The Example Foundation and the Example Institute for Disarmament Studies (EXIDIS) observed. "
            "INPX and EXIDIS agreed.")  # fmt: skip
    found = mentions(extractor, text)
    assert ("National Institute for Example Research", "inpx", "Organization") in found
    assert ("Example Institute for Disarmament Studies", "exidis", "Organization") in found
    assert ("Example Foundation", "example-foundation", "Organization") in found
    assert ("Sao Exemplo dos Campos", "sao-exemplo-dos-campos", "City") in found  # Portuguese small words inside


def test_roles_regions_stations_units_and_letters_with_digits(extractor: RuleExtractor) -> None:
    text = ("The European Commissioner for Defence and Space, Andrius Examplius, spoke for the Global South. "
            "Roscosmos plans the EXS station. The Examplian Air Force's 1st Space Squadron will fly the EXM3 rocket. "
            "The Examplian Space Agency, known by its Portuguese initials AEX, agreed.")  # fmt: skip
    found = mentions(extractor, text)
    surfaces = [f[0] for f in found]
    assert "European Commissioner" not in surfaces and "Global South" not in surfaces
    assert ("Andrius Examplius", "andrius-examplius", "Person") in found
    assert ("EXS", "exs", "Station") in found
    assert ("1st Space Squadron", "1st-space-squadron", "MilitaryOrganization") in found
    assert ("EXM3", "exm3", "Program") in found
    assert ("AEX", "examplian-space-agency", "SpaceAgency") in found  # the agency's other name


def test_companies_by_their_legal_form_and_surnames_with_a_particle(extractor: RuleExtractor) -> None:
    text = ("Examplar GmbH, Exemplo SA and Exampla plc bid; Airbus SE declined. "
            "Jean-Paul Le Examplec led the bid. Le Examplec said it failed.")  # fmt: skip
    found = mentions(extractor, text)
    assert ("Examplar GmbH", "examplar-gmbh", "Organization") in found
    assert ("Exemplo SA", "exemplo-sa", "Organization") in found
    assert ("Exampla plc", "exampla-plc", "Organization") in found
    assert [f for f in found if "Airbus" in f[0] or f[0] == "SE"] == [("Airbus", "airbus", "Organization")]
    assert ("Le Examplec", "jean-paul-le-examplec", "Person") in found  # the surname with its particle


def test_capitals_of_a_title_case_headline_or_after_a_possessive_need_not_mark_a_name(
    extractor: RuleExtractor,
) -> None:
    text = ("Examplia Signs Deal As Jane Examplova Looks East\n\n"
            "In Our View, the Example Space Treaty is outdated. Jon Examplov said so.")  # fmt: skip
    assert new(extractor, text) == {"Example Space Treaty": "Treaty", "Jon Examplov": "Person"}


def test_dotted_abbreviations_before_a_name_do_not_end_the_sentence(extractor: RuleExtractor) -> None:
    text = "The U.N. General Assembly and ROSCOSMOS met in the U.S. The next day the U.N. said no."
    found = mentions(extractor, text)
    assert ("U.N. General Assembly", "un-general-assembly", "") in found
    assert ("ROSCOSMOS", "roscosmos", "") in found
    from spacekg.core.text import sentence_spans

    assert len(sentence_spans(text)) == 2  # 'The' after 'U.S.' opens a sentence


def test_jan_as_a_given_name_and_a_name_ending_in_a_continent(extractor: RuleExtractor) -> None:
    text = "Critics such as former agency chief Jan Examplar warn. The Horizon Europe programme pays for it."
    found = new(extractor, text)
    assert found["Jan Examplar"] == "Person"
    assert found["Horizon Europe"] == "Program"  # a program noun after the name


def test_four_word_names_with_a_small_word_and_what_only_people_undergo(extractor: RuleExtractor) -> None:
    text = ("Examplia's Luiz Exemplo Lula da Examplo spoke by video. Maria Examplova resigned in May. "
            "Tomas Examplar was appointed in June.")  # fmt: skip
    found = new(extractor, text)
    assert found["Luiz Exemplo Lula da Examplo"] == "Person"
    assert found["Maria Examplova"] == "Person" and found["Tomas Examplar"] == "Person"


def test_a_region_named_with_a_country_is_not_the_country(extractor: RuleExtractor) -> None:
    text = "Talks in Latin America and North America went on. America and South Korea agreed."
    assert [m[0] for m in mentions(extractor, text)] == ["America", "South Korea"]


def test_brussels_stands_for_the_european_union(extractor: RuleExtractor) -> None:
    text = "Brussels wants rules. Talks were held in Brussels."
    found = mentions(extractor, text)
    assert found[0] == ("Brussels", "european-union", "InternationalOrganization")
    assert found[1] == ("Brussels", "brussels", "City")


def test_what_only_craft_do_and_a_name_known_as_one_found_in_the_same_pass(extractor: RuleExtractor) -> None:
    text = ("Examplia's EXLIM landed upside down, and Peregrinex, built by Examplton-based Exampotic, never reached "
            "the Moon. The agency pays under its Examplar Payload Services program, known as EXPS. EXPS grew.")  # fmt: skip
    found = mentions(extractor, text)
    assert ("EXLIM", "exlim", "Mission") in found and ("Peregrinex", "peregrinex", "Mission") in found
    assert ("Examplar Payload Services", "examplar-payload-services", "Program") in found
    assert [f[1] for f in found if f[0] == "EXPS"] == ["examplar-payload-services"] * 2
    assert not [f for f in found if "based" in f[0]]  # 'Examplton-based' describes the company


def test_gazetteer_bodies_countries_and_companies(extractor: RuleExtractor) -> None:
    text = "Côte d'Ivoire, the Holy See, the Arab League, the Group of 77 and Skyroot Aerospace took part."
    assert new(extractor, text) == {"Ivory Coast": "Country", "Vatican City": "Country",
                                    "Arab League": "InternationalOrganization",
                                    "Group of 77": "InternationalOrganization", "Skyroot Aerospace": "Organization"}  # fmt: skip


def test_one_countrys_organisation_congress_or_space_institute(extractor: RuleExtractor) -> None:
    text = ("The Indian Example Research Organisation, the Pakistani Space Example Organisation, the Brazilian "
            "Aerospace Example Institute, the Brazilian National Congress, the International Example Congress, "
            "the European Example Commission and the Asia-Pacific Example Organization met.")  # fmt: skip
    assert new(extractor, text) == {
        "Indian Example Research Organisation": "GovernmentBody",
        "Pakistani Space Example Organisation": "SpaceAgency",
        "Brazilian Aerospace Example Institute": "SpaceAgency",
        "Brazilian National Congress": "GovernmentBody",
        "International Example Congress": "Event",
        "European Example Commission": "InternationalOrgan",
        "Asia-Pacific Example Organization": "InternationalOrganization",
    }


def test_acronyms_never_spelled_out_typed_by_their_ending_or_beginning(extractor: RuleExtractor) -> None:
    text = "PHILSX and EXSA signed. EXSAT flew. UNEXO met. The EXQ agreed."
    found = new(extractor, text)
    assert found["EXSA"] == "SpaceAgency"  # '… Space Agency'
    assert found["EXSAT"] == "Mission"
    assert found["UNEXO"] == "InternationalOrgan"
    assert found["EXQ"] == "Organization"


def test_one_countrys_council_or_committee_is_a_government_body(extractor: RuleExtractor) -> None:
    text = "The Indian Example Council, the European Example Council and the Brazilian Example Committee met."
    assert new(extractor, text) == {"Indian Example Council": "GovernmentBody",
                                    "European Example Council": "InternationalOrgan",
                                    "Brazilian Example Committee": "GovernmentBody"}  # fmt: skip


def test_a_short_first_sentence_without_small_capitalised_words_is_no_title_case_headline(
    extractor: RuleExtractor,
) -> None:
    text = "Viasat, Examplium, Exampnet and Exampscale bid."
    assert new(extractor, text)["Examplium"] == "Organization"  # listed beside a company


def test_common_nouns_ending_a_phrase_and_chief_executive_titles_make_no_person(extractor: RuleExtractor) -> None:
    text = ("Deputy Administrator Pam Examplroy said Mission Control and Ground Control agreed. Cold War rivals met. "
            "Chief Executive Officer Jane Examplova of Example Corp agreed. The Examplian Embassy replied.")  # fmt: skip
    assert new(extractor, text) == {"Pam Examplroy": "Person", "Jane Examplova": "Person",
                                    "Example Corp": "Organization", "Examplian Embassy": "GovernmentBody"}  # fmt: skip
