"""New names typed by the layout or the words around them (issue #11, names13: the
misses of the v12 texts grouped by cause), each on invented sentences, with
sentences where the rule must not fire."""

from __future__ import annotations

from spacekg.extract.rules import RuleExtractor
from tests.test_extract_mentions import mentions, new


def test_a_chat_line_after_its_time_and_a_talk_page_signature_name_a_person(extractor: RuleExtractor) -> None:
    text = "[09:14] Marit: The probe is in orbit.\n[09:20] Okon Tarvi: Noted.\n[09:31] Marit: It landed."
    found = mentions(extractor, text)
    assert [(s, e) for s, e, _ in found if s in ("Marit", "Okon Tarvi")] == [
        ("Marit", "marit"), ("Okon Tarvi", "okon-tarvi"), ("Marit", "marit")]  # fmt: skip
    assert new(extractor, text)["Marit"] == "Person"
    found = new(extractor, "The lead is wrong about the orbiter. --Lunawatch77 (talk) 10:02, 4 May 2024 (UTC)")
    assert found.get("Lunawatch77") == "Person"
    # a time inside a sentence, or a label with a generic word, is no speaker
    assert "Mission Control" not in new(extractor, "16:00 Mission Control: go for launch.")
    assert "Tarvo" not in new(extractor, "The window opens at 16:00 Tarvo: time.")


def test_a_code_joined_to_a_number_opening_a_sentence_is_a_name(extractor: RuleExtractor) -> None:
    assert new(extractor, "The lander is ready. EXM-2 is in lunar orbit.") == {"EXM-2": "Mission"}
    assert new(extractor, "COVID-19 slowed the work.") == {}


def test_a_craft_or_rocket_it_calls_by_a_name_gives_its_class(extractor: RuleExtractor) -> None:
    assert new(extractor, "The state put it up on a new rocket it calls Tarvex.")["Tarvex"] == "Program"
    assert new(extractor, "The agency built a lander, which engineers named Okavo.")["Okavo"] == "Mission"
    # a person or a partner 'called' by a verb of naming, without a craft noun: no name
    assert "Okonjo" not in new(extractor, "He names Okonjo as his deputy.")
    assert "Tarvo" not in new(extractor, "The company calls Tarvo a partner.")


def test_a_company_without_its_legal_form_and_a_surname_later_in_the_sentence(extractor: RuleExtractor) -> None:
    text = "The craft was run by Okavo Satellite LLC, a private company. Okavo has not sued anyone."
    found = mentions(extractor, text)
    assert ("Okavo", "okavo-satellite-llc", "Organization") in found
    text = "Tarvo Enterprises became the largest shareholder; the state bought the firm with Tarvo in 2020."
    assert ("Tarvo", "tarvo-enterprises", "Organization") in mentions(extractor, text)
    # an adjective opening a company's name is no short form of it ('Blue' of 'Blue Tarvo LLC')
    assert not [
        m for m in mentions(extractor, "Blue Tarvo LLC won the contract. Blue paint was used.") if m[0] == "Blue"
    ]
    text = "At the summit he told Mikhail Tarvachev that it worked; Tarvachev refused the offer."
    assert [m[1] for m in mentions(extractor, text) if "Tarvachev" in m[0]] == ["mikhail-tarvachev"] * 2


def test_a_layouts_part_in_capitals_or_a_courses_numbered_part_is_no_name(extractor: RuleExtractor) -> None:
    assert new(extractor, "[SCENE 2. Archive footage of the orbiter.]") == {}
    assert new(extractor, "Lecture 7 handout: how the treaty was kept.") == {}
    assert "Lesson 3" not in new(extractor, "Lesson 3 covers the launch.")


def test_a_craft_name_opening_a_system_or_service_and_a_board(extractor: RuleExtractor) -> None:
    found = new(extractor, "Examplia runs the Tarvo Satellite System, a regional navigation network.")
    assert found.get("Tarvo Satellite System") == "Facility"
    found = new(extractor, "ESA chose two firms for the Tarvo Cargo Return Service in 2024.")
    assert found.get("Tarvo Cargo Return Service") == "Program"
    found = new(extractor, "The Tarvo Orbiter Mishap Investigation Board found the error.")
    assert found.get("Tarvo Orbiter Mishap Investigation Board") == "GovernmentBody"
    assert found.get("Tarvo Orbiter") == "Mission"  # the craft the board is named after counts on its own
    # (a body's name opening with a programme's words is no craft: 'the Example Mission Directorate')
    assert "Science Mission" not in new(extractor, "Jane Tarvo heads the agency's Science Mission Directorate.")
    # a craft's name and a capitalised word of the next clause are two things
    found = new(extractor, "The Tarvo Orbiter failed. Service resumed in May.")
    assert found.get("Tarvo Orbiter") == "Mission" and "Tarvo Orbiter Service" not in found


def test_an_acronym_spelling_a_names_start_takes_the_whole_name(extractor: RuleExtractor) -> None:
    text = "The International Committee on Global Example Systems (ICG) has met since 2006. The ICG met again."
    found = mentions(extractor, text)
    assert found[0] == ("International Committee on Global Example Systems", "icg", "InternationalOrgan")
    assert [m[1] for m in found if m[0] == "ICG"] == ["icg", "icg"]
    # an acronym spelling the words up to the head word only: the name stops before 'on'
    found = mentions(extractor, "The Open-Ended Working Group on Example Threats (OEWG) closed.")
    assert found[0][:2] == ("Open-Ended Working Group", "oewg")


def test_honorifics_a_companys_town_and_a_place_opening_a_dated_sentence(extractor: RuleExtractor) -> None:
    assert new(extractor, "Okon led the first team and Lord Tarvisham the second one.").get("Tarvisham") == "Person"
    found = new(extractor, "Peregrine, a lander built by Astrobotic of Tarvoburg, flew in January.")
    assert found.get("Tarvoburg") == "City"
    assert new(extractor, "The talks went on. At Tarvik in October 1986 he said no.").get("Tarvik") == "City"
    # a head-first body 'of' a place, and a sentence opening 'In' without a date after the name: no town
    assert new(extractor, "The University of Tarvo agreed.") == {"University of Tarvo": "Organization"}
    assert "Brief" not in new(extractor, "In Brief, the news of the week.")


def test_a_two_word_company_by_its_two_initials_and_a_plural_possessive(extractor: RuleExtractor) -> None:
    text = "It is Tarvo Machines' lander. Later TM said the lander works, and TM's chief agreed."
    found = mentions(extractor, text)
    assert found[0] == ("Tarvo Machines", "tarvo-machines", "Organization")
    assert [m[1] for m in found if m[0] == "TM"] == ["tarvo-machines", "tarvo-machines"]
    # two initials of a person's name, or of a name never given whole, name nothing learnt
    found = mentions(extractor, "Jane Tarvo spoke first. Later JT said the lander works.")
    assert not [m for m in found if m[0] == "JT" and m[1] == "jane-tarvo"]


def test_what_only_craft_do_an_attempt_to_land_and_being_in_orbit(extractor: RuleExtractor) -> None:
    assert (
        new(extractor, "The first flight is over, and Tarvos should try to land this evening.")["Tarvos"] == "Mission"
    )
    assert new(extractor, "The team said Tarvik is in lunar orbit.")["Tarvik"] == "Mission"
    # a person who tries to visit, a country in a list of things
    assert "Okon" not in new(extractor, "The minister said Okon will try to visit.")


def test_a_countrys_adjective_before_a_craft_name_and_noun_is_the_country(extractor: RuleExtractor) -> None:
    found = mentions(extractor, "Which country launched the Emirati Tarvo probe to Mars in 2020?")
    assert ("Emirati", "united-arab-emirates", "Country") in found and ("Tarvo", "tarvo", "Mission") in found
    # the adjective opening a body's or a place's name stays inside it
    found = mentions(extractor, "The Indian Space Research Organisation and an Indian Ocean buoy.")
    assert [m[0] for m in found] == ["Indian Space Research Organisation", "Indian Ocean"]


def test_a_network_of_satellites_in_apposition_is_a_facility_and_a_superscript_ends_a_code(
    extractor: RuleExtractor,
) -> None:
    found = new(extractor, "Europe is late. TARV², the secure satellite network the EU approved in 2023, slips.")
    assert found.get("TARV²") == "Facility"
    found = new(extractor, "The Union chose a firm as an operator of OKAV³, its planned secure constellation.")
    assert found.get("OKAV³") == "Facility"
    assert new(extractor, "Tarvo, a regional satellite navigation system, covers the region.")["Tarvo"] == "Facility"
    # one satellite in apposition stays a craft
    assert new(extractor, "The firm launched Okavo, a small satellite, in May.")["Okavo"] == "Mission"


def test_a_known_companys_trade_word_belongs_to_its_mention(extractor: RuleExtractor) -> None:
    found = mentions(extractor, "Eutelsat Communications said it would merge; Eutelsat Group agreed.")
    assert [m[:2] for m in found] == [("Eutelsat Communications", "eutelsat"), ("Eutelsat Group", "eutelsat")]
    # a capitalised word after the trade word goes on to another name: the company alone
    found = mentions(extractor, "Eutelsat Group Chairman Jane Tarvo spoke.")
    assert ("Eutelsat", "eutelsat") in [m[:2] for m in found]


def test_peoples_opens_a_name_and_a_suffix_keeps_its_full_stop(extractor: RuleExtractor) -> None:
    found = new(extractor, "The People's Tarvo Army Air Force flew over the coast.")
    assert "People's Tarvo Army Air Force" in found
    found = new(extractor, "China's Tarvo Agency met.")
    assert "Tarvo Agency" in found and "China's Tarvo Agency" not in found  # another possessive is no part of it
    assert "Joel Tarvo Jr." in new(extractor, "The board met. Joel Tarvo Jr. said so.")


def test_a_test_it_called_by_a_name_is_an_event(extractor: RuleExtractor) -> None:
    found = new(extractor, "The warhead exploded above the island, in a test it called Tarvo Prime.")
    assert found.get("Tarvo Prime") == "Event"
    assert "Tarvo" not in new(extractor, "The company tested a part it calls Tarvo.")  # no kind noun before 'it'


def test_a_given_name_signing_the_last_line_is_the_person_of_that_name(extractor: RuleExtractor) -> None:
    text = "From: Leila Tarvani\nTo: the team\n\nThe launch went well.\n\nLeila\n"
    found = mentions(extractor, text)
    assert found[-1] == ("Leila", "leila-tarvani", "Person")
    # two people with that given name, or a closing word that is no given name of anyone: nothing
    assert mentions(extractor, "Jane Tarvo and Jane Okavo met.\n\nJane\n")[-1][0] != "Jane"
    assert mentions(extractor, "Jane Tarvo met the team.\n\nThanks\n")[-1][0] != "Thanks"


def test_a_nickname_in_quotation_marks_names_the_programme_named_before(extractor: RuleExtractor) -> None:
    text = ("In 1983 the president announced the Strategic Tarvo Initiative, a plan to stop missiles.\n\n"
            'Critics soon called it "Star Tarvos". A senator mocked "reckless Star Tarvos schemes" the next day.')  # fmt: skip
    found = [m for m in mentions(extractor, text) if m[0] == "Star Tarvos"]
    assert [m[1] for m in found] == ["strategic-tarvo-initiative"] * 2
    # quoted words that are no name, and a person's nickname with no programme before: nothing
    assert not [m for m in mentions(extractor, 'Jane Tarvo called it "a mistake".') if m[0] == "a mistake"]
    assert "Tarvo Man" not in {m[0] for m in mentions(extractor, 'Jane Tarvo met the press, who called him "Tarvo Man".')
                               if m[1] == "jane-tarvo"}  # fmt: skip


def test_names_joined_by_an_ampersand_and_a_limited_company_are_organizations(extractor: RuleExtractor) -> None:
    found = new(extractor, "The state handed the work to Tarvo & Okavo and Examplia Aeronautics Limited.")
    assert found.get("Tarvo & Okavo") == "Organization"
    assert found.get("Examplia Aeronautics Limited") == "Organization"  # not a three-word person
    assert (
        new(extractor, "Jane Tarvo, a former director of Okavo & Okavo, spoke.").get("Okavo & Okavo") == "Organization"
    )
    assert new(extractor, "The contract went to EX&T last year.").get("EX&T") == "Organization"
    # an ampersand between common nouns, or in a common noun written in capitals, names nothing
    assert new(extractor, "Its R&D budget grew, and so did S&T funding.") == {}
    assert new(extractor, "The lander's power & data unit failed.") == {}


def test_a_un_bodys_resolution_by_its_symbol_is_a_document_with_its_number(extractor: RuleExtractor) -> None:
    found = new(extractor, "The council adopted UNEXR 2087 in January. UNEXR 1718 (2006) had banned it.")
    assert found.get("UNEXR 2087") == "Document" and found.get("UNEXR 1718") == "Document"
    # 'Resolution' as a head word keeps its number too
    assert new(extractor, "It breached UNEX Resolution 1718 (2006).").get("UNEX Resolution 1718") == "DraftResolution"
    # an acronym without a number after it, or one that is no UN body's, is no resolution
    assert new(extractor, "The UNEXR members met.").get("UNEXR") != "Document"
    assert new(extractor, "EXR 2087 flew.").get("EXR 2087") != "Document"


def test_a_flight_the_company_called_by_a_name_and_an_investor_who_is_a_person(extractor: RuleExtractor) -> None:
    assert new(extractor, "The agency licensed the flight, which the company called Tarvo Up.")["Tarvo Up"] == "Mission"
    assert new(extractor, "The rocket, which Okavo calls Tarvo Heavy, flew.").get("Tarvo Heavy") == "Program"
    found = new(extractor, "Jan Tarvosky, the Examplian-born investor who had rescued it, sold his stake.")
    assert found.get("Jan Tarvosky") == "Person"
    # an investor with no relative 'who' stays what a company is
    assert new(extractor, "Tarvo Capital, an investor in the firm, sold.").get("Tarvo Capital") == "Organization"


def test_a_dateline_with_its_country_a_numbered_committee_and_an_airfield(extractor: RuleExtractor) -> None:
    text = "Rocket flies\n\nTARVOPO, Examplia, June 21 (Wire) - The rocket flew on Tuesday."
    assert new(extractor, text).get("Tarvopo") == "City"  # (the label in title case)
    assert new(extractor, "For fifteen years the 1718 Committee relied on a panel.") == {
        "1718 Committee": "InternationalOrgan"}  # fmt: skip
    assert new(extractor, "She spoke to the crowd at Tarvo Field.").get("Tarvo Field") == "Facility"
    # a number before a committee without 'the', or a one-word place after 'at', is neither
    assert "1718 Committee" not in new(extractor, "In 1718 Committee members met.")
    assert new(extractor, "She spoke to the crowd at Tarvo.").get("Tarvo") == "City"


def test_a_ground_station_is_a_facility_and_a_defined_programme_a_program(extractor: RuleExtractor) -> None:
    found = new(extractor, "It flew from the Tarvo Satellite Launching Station. The Okavo Ground Station tracked it.")
    assert found == {"Tarvo Satellite Launching Station": "Facility", "Okavo Ground Station": "Facility"}
    assert new(extractor, "The crew reached the Tarvo Space Station.") == {"Tarvo Space Station": "Station"}
    found = new(extractor, "The agency pays firms under its Tarvo Payload Services (TPS) programme.")
    assert found == {"Tarvo Payload Services": "Program"}
    # a head word decides over the noun after the definition; no noun after it, no programme
    assert new(extractor, "The Tarvo Space Agency (TSA) mission flew.") == {"Tarvo Space Agency": "SpaceAgency"}
    assert new(extractor, "Tarvo Payload Services (TPS) won.") == {"Tarvo Payload Services": "Organization"}


def test_a_plurals_possessive_inside_a_name_is_part_of_it(extractor: RuleExtractor) -> None:
    assert "Tarvo Women's Committee" in new(extractor, "The Tarvo Women's Committee met in May.")
    assert "Tarvo Children's Foundation" in new(extractor, "She gave to the Tarvo Children's Foundation.")
    # another possessive before a name is its owner, not part of it
    found = new(extractor, "Examplia's Tarvo Committee met.")
    assert "Tarvo Committee" in found and "Examplia's Tarvo Committee" not in found


def test_a_town_after_a_preposition_of_place_with_its_region_after_a_comma(extractor: RuleExtractor) -> None:
    found = new(extractor, "The firm has moved its headquarters to Tarvo Vale, Norway. It grew there.")
    assert found.get("Tarvo Vale") == "City"
    assert new(extractor, "The company was founded in Okavo Vale, California, in 2006.").get("Okavo Vale") == "City"
    assert new(extractor, "Tarvex, a firm founded in Okavo by Jane Tarvi, flew.").get("Okavo") == "City"
    # a person after a comma is no town; without the preposition a name before a place stays a person
    assert (
        new(extractor, "Tarvex was founded by Jane Tarvi, California's richest engineer.").get("Jane Tarvi") == "Person"
    )
    assert new(extractor, "The Example Barons, by Jane Tarvi, is a good book.").get("The Example Barons") == "Document"


def test_a_craft_named_by_a_verb_of_naming_or_launched_in_an_apposition(extractor: RuleExtractor) -> None:
    assert new(extractor, "The agency named that stay Tarvona.") == {"Tarvona": "Mission"}
    assert new(extractor, "In 2015 the agency called the mission Okavia.").get("Okavia") == "Mission"
    assert new(extractor, "Tarvosat, launched in October 1957, was a shock.") == {"Tarvosat": "Mission"}
    # naming a person, or a participle other than 'launched', gives no craft
    assert new(extractor, "The agency named its director Jane Tarvi.").get("Jane Tarvi") != "Mission"
    assert "However" not in new(extractor, "However, launched in haste, it failed.")


def test_bare_legislatures_local_councils_guards_and_defence_departments(extractor: RuleExtractor) -> None:
    assert new(extractor, "Parliament answered with a law in 2017.") == {"Parliament": "GovernmentBody"}
    assert new(extractor, "Then Parliament passed it.") == {"Parliament": "GovernmentBody"}
    assert new(extractor, "The Tarvo County Council backed the spaceport.") == {
        "Tarvo County Council": "GovernmentBody"
    }
    assert new(extractor, "The Tarvo Revolutionary Guards launched it.").get("Tarvo Revolutionary Guards") == (
        "MilitaryOrganization")  # fmt: skip
    assert new(extractor, "It works with the Examplian Department of Defence.").get(
        "Examplian Department of Defence") == "DefenceMinistry"  # fmt: skip
    assert new(extractor, "The Tarvo Special Economic Zone hosts it.") == {"Tarvo Special Economic Zone": "Place"}
    # an international council stays an international organ; a department of another kind a government body
    assert new(extractor, "The Tarvo Security Council met.").get("Tarvo Security Council") != "GovernmentBody"
    assert new(extractor, "The Examplian Department of Energy paid.").get("Examplian Department of Energy") == (
        "GovernmentBody")  # fmt: skip


def test_one_unexplained_word_typed_by_the_description_opening_the_next_sentence(extractor: RuleExtractor) -> None:
    assert new(extractor, "The institute spent a decade on Tarvex. The rocket failed in 2021.") == {"Tarvex": "Program"}
    assert new(extractor, "The agency paid for Okavia. The satellite reached orbit in May.") == {"Okavia": "Mission"}
    assert new(extractor, "The ministry hired Tarvolux. The company builds engines.") == {"Tarvolux": "Organization"}
    # another name after it, a word opening its sentence, a description of something else, or no description: none
    assert "Tarvex" not in new(extractor, "The institute spent a decade on Tarvex with Japan. The rocket failed.")
    assert "Tarvex" not in new(extractor, "Tarvex spent a decade on it. The rocket failed.")
    assert "Tarvex" not in new(extractor, "They talked about Tarvex. The rocket of the institute failed.")
    assert "Tarvex" not in new(extractor, "They talked about Tarvex. Rockets fail.")


def test_a_compound_adjective_after_a_name_is_not_part_of_it(extractor: RuleExtractor) -> None:
    assert new(extractor, "The failure delayed the EXSAT-3 Earth-observation satellite.") == {"EXSAT-3": "Mission"}
    assert "TARVO-2" in new(extractor, "It carried the TARVO-2 Moon-landing demonstrator.")
    # a hyphenated given name stays in the person's name
    assert "Jane Young-bin" in new(extractor, "Jane Young-bin said so.")


def test_a_continent_in_a_list_and_a_demonym_before_a_launcher_are_no_names(extractor: RuleExtractor) -> None:
    assert "Europe" not in new(extractor, "After Russia invaded Ukraine, Europe had no rocket of its own.")
    assert "European" not in new(extractor, "She wanted a European launcher market open to start-ups.")
    assert new(extractor, "It flew on a Tarvo launcher.").get("Tarvo") == "Program"


def test_a_document_without_a_name_described_by_what_it_does(extractor: RuleExtractor) -> None:
    text = "The committee approved a draft resolution, tabled by Tarvo and Okavo, calling on states to stop."
    assert new(extractor, text).get("Draft resolution calling on states to stop") == "DraftResolution"
    found = new(extractor, "Examplia proposed an amendment extending the ban to all weapons, which failed.")
    assert found == {"Amendment extending the ban to all weapons": "Proposal"}
    found = new(extractor, "Tarvo signed a treaty banning weapons in orbit in 2020.")
    assert found.get("Treaty banning weapons in orbit") == "Treaty"
    # 'the resolution calling for …' is most often one named before; a verb after a noun is no description
    assert new(extractor, "The resolution calling for talks passed.") == {}
    assert new(extractor, "The treaty was signed, banning nothing.") == {}


def test_a_craft_noun_modifying_another_noun_in_an_apposition_gives_no_craft(extractor: RuleExtractor) -> None:
    text = "Jane Tarvi, a flight attendant chosen from 2,000 applicants, will train in Okavo."
    assert new(extractor, text).get("Jane Tarvi") == "Person"
    assert new(extractor, "Tarvex, a satellite maker, grew.").get("Tarvex") == "Organization"
    assert new(extractor, "Okavo-1, a small satellite, flew.").get("Okavo-1") == "Mission"


def test_a_long_arabic_name_before_its_title_is_one_person(extractor: RuleExtractor) -> None:
    text = "The deal was signed by Salem Okavo Salem Al Tarvi, Director General of the agency."
    assert new(extractor, text) == {"Salem Okavo Salem Al Tarvi": "Person"}
    assert new(extractor, "On Monday Jane Tarvi, President of Okavia, spoke.").get("Jane Tarvi") == "Person"


def test_capitals_then_small_letters_joined_to_a_number_name_a_craft(extractor: RuleExtractor) -> None:
    assert new(extractor, "The satellite, EXAMPSat-1, flew in 2013.") == {"EXAMPSat-1": "Mission"}
    assert new(extractor, "The satellite TARVOSat-2 flew.") == {"TARVOSat-2": "Mission"}
    assert new(extractor, "COVID-19 slowed the work.") == {}


def test_one_word_after_a_verb_of_making_and_by_is_a_maker(extractor: RuleExtractor) -> None:
    found = new(extractor, "Three satellites on board, built by Tarvety, were lost. The probe was made by Okavex.")
    assert found == {"Tarvety": "Organization", "Okavex": "Organization"}
    # (a maker is not what the next sentence's description is about; a demonym is no maker)
    assert "Korean" not in new(extractor, "The engines were built by Korean firms.")
