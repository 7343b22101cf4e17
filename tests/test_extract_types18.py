"""Finding and typing new names (issue #11, types18): a prose verb that looked like a page's form, head-first
names of foundations and think tanks, codes and agendas, names with digits and hyphens, a given name after an
honorific, head nouns and appositions that give a name's class (a station, a site, a rover, a unit, a town), a
list's members by the known one among them, adopted resolutions. Invented sentences, several wordings each, and
near-misses where a rule must not fire."""

from __future__ import annotations

from spacekg.extract.rules import RuleExtractor
from spacekg.extract.sentences import sentences
from tests.test_extract_clauses import plain, stated
from tests.test_extract_mentions import new, run


def kept(text: str) -> list[str]:
    return [text[s:e] for s, e in sentences(text)]


def test_subscribe_as_a_verb_of_prose_keeps_the_sentence(extractor: RuleExtractor) -> None:
    text = "Chile has not subscribed, and neither have Peru or Bolivia. Subscribe to our newsletter. Ecuador did."
    assert kept(text) == ["Chile has not subscribed, and neither have Peru or Bolivia.", "Ecuador did."]
    assert kept("States that subscribe promise to notify launches.") == [
        "States that subscribe promise to notify launches."
    ]
    found = new(extractor, "Argentina subscribed in 2016, and Peru, Chile and North Korea have not.")
    assert {"Argentina", "Peru", "Chile", "North Korea"} <= set(found)
    # near-misses: a page's form is still left out
    assert kept("NASA signed it. Subscribe now for daily updates. Japan joined.") == [
        "NASA signed it.",
        "Japan joined.",
    ]
    assert kept("NASA signed it. Click to subscribe. Japan joined.") == ["NASA signed it.", "Japan joined."]


def test_a_head_first_foundation_centre_or_society_is_an_organization(extractor: RuleExtractor) -> None:
    assert (
        new(extractor, "The work was done by the Lisbon-based Foundation for Orbital Studies.")[
            "Foundation for Orbital Studies"
        ]
        == "Organization"
    )
    assert (
        new(extractor, "The Center for Space Policy and two other groups sued the agency.")["Center for Space Policy"]
        == "Organization"
    )
    assert (
        new(extractor, "A report by the Society of Launch Engineers was published.")["Society of Launch Engineers"]
        == "Organization"
    )
    # near-miss: a centre named by its field first keeps the facility's class
    assert new(extractor, "The crew trained at the Korvo Space Centre in May.").get("Korvo Space Centre") == "Facility"


def test_a_code_an_agenda_and_an_experiment_take_their_head_words_class(extractor: RuleExtractor) -> None:
    found = new(extractor, "The Tarvo Code of Conduct against Piracy (TCoC) was launched in 2002.")
    assert found["Tarvo Code of Conduct"] == "Document"
    assert (
        new(extractor, "The Orvel Code of Conduct was signed by forty states.")["Orvel Code of Conduct"] == "Document"
    )
    assert new(extractor, "Brazil backed the Space2040 Agenda.")["Space2040 Agenda"] == "Document"
    found = new(extractor, "Two satellites were launched for the Orbital Refuelling Experiment (ORX) in May.")
    assert found["Orbital Refuelling Experiment"] == "Mission"
    assert new(extractor, "The Tarvo Docking Experiment ended in June.")["Tarvo Docking Experiment"] == "Mission"


def test_names_with_digits_and_hyphens_are_found(extractor: RuleExtractor) -> None:
    assert new(extractor, "Chile followed with CHI-SAT1 in 2021.")["CHI-SAT1"] == "Mission"
    assert new(extractor, "It was 2EXUN-PF, the first satellite built in Peru.")["2EXUN-PF"] == "Mission"
    assert new(extractor, "Peru then launched PERU-SAT2 from the station.")["PERU-SAT2"] == "Mission"
    # near-miss: a compound adjective with a number is no name
    assert new(extractor, "The 3D-printed parts flew in May.") == {}


def test_a_given_name_after_an_honorific_stays_before_bin(extractor: RuleExtractor) -> None:
    assert new(extractor, "In 1985 Prince Sultan bin Tarvo flew on the shuttle.")["Sultan bin Tarvo"] == "Person"
    assert new(extractor, "Sheikh Hamdan bin Orvel opened the centre.")["Hamdan bin Orvel"] == "Person"
    # near-miss: the honorific alone before a name stays outside it
    found = new(extractor, "Prince Orvel Tarvo flew in 1985.")
    assert "Orvel Tarvo" in found and "Prince Orvel Tarvo" not in found


def test_a_station_noun_after_a_numbered_name_makes_it_a_station(extractor: RuleExtractor) -> None:
    assert new(extractor, "In 1979 a pilot flew to the Orlan 6 station aboard Soyuz 32.")["Orlan 6"] == "Station"
    assert new(extractor, "The crew boarded the Orlan 7 space station in June.")["Orlan 7"] == "Station"
    # near-miss: a craft noun keeps the mission
    assert new(extractor, "The Orlan 6 lander touched down.")["Orlan 6"] == "Mission"


def test_a_site_a_rover_in_apposition_and_a_unit_give_the_class(extractor: RuleExtractor) -> None:
    assert (
        new(extractor, "The rocket lifted off from the company's Tarvobase site in Texas.")["Tarvobase"] == "Facility"
    )
    assert new(extractor, "Engines are tested at the Orvel test facility.")["Orvel"] == "Facility"
    found = new(extractor, "The agency is building a pressurised rover, the Lunar Tarvo, with a carmaker.")
    assert found["Lunar Tarvo"] == "Mission"
    assert new(extractor, "It plans a lander, the Space Hopper, for 2030.")["Space Hopper"] == "Mission"
    found = new(extractor, "It would combine the space business and Orvel's TESO optics unit.")
    assert found["TESO"] == "Organization"
    assert new(extractor, "It sold its Tarvon division last year.")["Tarvon"] == "Organization"
    # near-misses: 'site of' names where, not a site; 'unit of' measures
    assert new(extractor, "The Orvel site of the crash was sealed.").get("Orvel") != "Facility"


def test_a_town_by_its_residents_or_its_apposition_is_a_city(extractor: RuleExtractor) -> None:
    assert new(extractor, "Dust fell on residents of Port Tarvo.")["Port Tarvo"] == "City"
    assert new(extractor, "The mayor of Orvel Springs said it was safe.")["Orvel Springs"] == "City"
    assert new(extractor, "Debris rained on Port Orvel, a town several miles away.")["Port Orvel"] == "City"
    assert new(extractor, "It landed near Tarvo Creek, a village 40 km from the pad.")["Tarvo Creek"] == "City"
    # near-miss: the island of X stays a place
    assert new(extractor, "It lifted off from the island of Tarvo Major.")["Tarvo Major"] == "Place"


def test_a_list_after_makers_of_a_craft_lists_the_makers(extractor: RuleExtractor) -> None:
    text = "Europe's three largest builders of satellites, Airbus, Orvelia and Tarvonardo, signed the plan."
    found = new(extractor, text)
    assert found["Orvelia"] == found["Tarvonardo"] == "Organization"
    # near-miss: a list after the craft noun itself lists craft
    found = new(extractor, "Two satellites, Orvo and Tarvo, were launched.")
    assert found["Orvo"] == found["Tarvo"] == "Mission"


def test_a_memorandum_of_understanding_signed_is_a_memorandum(extractor: RuleExtractor) -> None:
    found = new(extractor, "Airbus and Orvelia signed a memorandum of understanding on Monday.")
    assert found["Memorandum of understanding"] == "Memorandum"
    facts = plain(stated(extractor, "Airbus and Orvelia signed a memorandum of understanding on Monday."))
    assert ("airbus", "signs", "memorandum-of-understanding") in facts
    assert new(extractor, "They signed a letter of intent in May.")["Letter of intent"] == "Document"


def test_a_resolution_cited_by_its_number_is_an_adopted_document(extractor: RuleExtractor) -> None:
    assert new(extractor, "The Assembly adopted resolution 81/12 without a vote.")["resolution 81/12"] == "Document"
    assert (
        new(extractor, "Delegates tabled draft resolution A/C.1/80/L.5 on Monday.")["draft resolution A/C.1/80/L.5"]
        == "DraftResolution"
    )
    # 'the treaty' after a resolution that commended it is the treaty, not the resolution
    text = (
        "The Tarvo Treaty was drafted in 1966. The Assembly commends the text of the treaty in resolution 2999 (XXI). "
        "The treaty is opened for signature. All three sign it that day."
    )
    signed = {f[2] for f in plain(stated(extractor, text)) if f[1] == "signs"}
    assert "resolution-2999-xxi" not in signed


def test_groups_after_a_quantifier_is_a_noun_not_a_verb(extractor: RuleExtractor) -> None:
    text = "The Center for Space Policy and four other groups sued the Orvel Agency in court."
    assert not [f for f in plain(stated(extractor, text)) if f[1] == "memberOf"]


def test_new_cities_and_demonyms_of_former_states(extractor: RuleExtractor) -> None:
    assert new(extractor, "Talks opened in The Hague on Monday.")["The Hague"] == "City"
    assert new(extractor, "A Czechoslovak pilot flew in 1978.")["Czechoslovakia"] == "Country"
    # near-miss: a newspaper's article is no city
    assert "The Economist" not in {
        k for k, v in new(extractor, "The Economist said the launch failed.").items() if v == "City"
    }
    assert run(extractor, "The Economist said so.").mentions[0].type != "City"


def test_a_craft_part_called_a_unit_stays_no_company(extractor: RuleExtractor) -> None:
    assert new(extractor, "The Tarvon propulsion unit failed in orbit.").get("Tarvon") != "Organization"


def test_a_social_network_posted_on_is_a_media_outlet(extractor: RuleExtractor) -> None:
    text = '"Well done," Prime Minister Jane Orvik wrote on X. She called it a great step.'
    found = new(extractor, text)
    assert found["X (social network)"] == "MediaOutlet"
    assert "X. She" not in found
    assert new(extractor, "The minister said on X that the launch went well.")["X (social network)"] == "MediaOutlet"
    assert new(extractor, "He posted on Orbigram after the launch.")["Orbigram"] == "MediaOutlet"
    # near-misses: a weekday after 'posted on', a letter in a craft's name
    assert new(extractor, "She posted on Monday that it flew.") == {}
    assert new(extractor, "The rocket carried Project X into orbit.").get("Project X") != "MediaOutlet"


def test_the_craft_a_crew_flew_on_is_a_mission(extractor: RuleExtractor) -> None:
    found = new(extractor, "In October 2000 he was back in orbit on Tarvonia for STS-92, which added a truss.")
    assert found["Tarvonia"] == "Mission"
    assert new(extractor, "In March 2009 he flew to the station on Orvelle and lived there.")["Orvelle"] == "Mission"
    assert new(extractor, "He came home on Tarvonia in July.")["Tarvonia"] == "Mission"
    # near-misses: a weekday after 'flew to X on'; a channel is no craft; a rocket a satellite is launched on
    assert new(extractor, "He flew to Moscow on Tuesday.").get("Tuesday") is None
    assert new(extractor, "She watched the Discovery Channel.").get("Discovery Channel") != "Mission"
    assert new(extractor, "The satellite was launched on Orvelle from Kourou.").get("Orvelle") != "Mission"


def test_an_apposition_types_a_project_and_a_seat_building_is_a_facility(extractor: RuleExtractor) -> None:
    found = new(extractor, "Amazon won approval for Project Tarvo, a network of 3,236 satellites.")
    assert found["Project Tarvo"] == "Facility"
    assert new(extractor, "China has filed for Orvelnet, a network of almost 13,000 satellites.")["Orvelnet"] == (
        "Facility"
    )
    # near-miss: a plan stays a programme
    assert new(extractor, "Amazon runs Project Orvel, a plan to sell rockets.")["Project Orvel"] == "Program"
    found = new(extractor, "On Friday the president received the prime minister at the White House.")
    assert found["White House"] == "Facility"
    assert new(extractor, "The White House said the plan was sound.")["White House"] == "GovernmentBody"


def test_a_capitalised_function_after_a_bodys_possessive_is_no_person(extractor: RuleExtractor) -> None:
    text = "Austria acts as its Immediate Tarvo Contact, the executive secretariat, from Vienna."
    assert new(extractor, text).get("Immediate Tarvo Contact") != "Person"
    assert new(extractor, "The group chose its Orvel Tarvo as chair.").get("Orvel Tarvo") != "Person"
    # near-miss: a person named after a role in apposition is still one
    assert new(extractor, "Jane Orvik, the agency's executive director, said so.")["Jane Orvik"] == "Person"


def test_particles_inside_a_persons_name_after_a_title(extractor: RuleExtractor) -> None:
    text = "Commission President Jana von der Orvik said the plan was sound."
    assert new(extractor, text)["Jana von der Orvik"] == "Person"
    assert new(extractor, "Minister Hans van den Tarvo signed it.")["Hans van den Tarvo"] == "Person"
    assert new(extractor, "Minister Jane de la Orvik said so.")["Jane de la Orvik"] == "Person"
    # near-misses: a body's name with 'of' twice stays two names
    found = new(extractor, "The Ministry of Defence of the Tarvo Republic agreed.")
    assert found.get("Ministry of Defence") == "DefenceMinistry"


def test_a_numbered_station_gives_its_class_to_the_series(extractor: RuleExtractor) -> None:
    text = "In 1978 a pilot flew to the Orlan 6 station aboard Soyuz 28. In 1982 another flew to Orlan 7 in May."
    found = new(extractor, text)
    assert found["Orlan 6"] == found["Orlan 7"] == "Station"
    assert found["Soyuz 28"] == "Mission"


def test_a_sentence_opening_with_residents_of_a_town(extractor: RuleExtractor) -> None:
    assert new(extractor, "Residents of Orvel Beach were evacuated.")["Orvel Beach"] == "City"
    assert new(extractor, "Inhabitants of Tarvo Point complained.")["Tarvo Point"] == "City"
    # near-misses: no name opens on the plural noun; a body after 'Officials of' keeps its class
    found = new(extractor, "Officials of the Tarvo Agency said so.")
    assert "Officials of the Tarvo Agency" not in found and found["Tarvo Agency"] != "City"
