"""New names and their links, by the grammar and the shape around a name (the
classes of error studied on the v6 texts), each on invented sentences."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from spacekg.extract.rules import RuleExtractor
from tests.test_extract_mentions import mentions, new, run


def test_a_class_noun_beside_a_name_gives_its_class(extractor: RuleExtractor) -> None:
    found = new(extractor, "The probe flew past the asteroid Examplos. It carries two cubesats, Tamo and Lirra.")
    assert found["Examplos"] == "CelestialBody"
    assert found["Tamo"] == "Mission" and found["Lirra"] == "Mission"
    found = new(extractor, "Examplia plans to add two laboratory modules, Wenrin and Mengrin, next year.")
    assert found["Wenrin"] == "Station" and found["Mengrin"] == "Station"
    found = new(extractor, "The rocket lifted off from the Tamberra launch site on a clear night.")
    assert found["Tamberra"] == "Facility"
    found = new(
        extractor, "Ministers met at the Orbexo conference. Farmers can ask through a scheme called Open Harvest."
    )
    assert found["Orbexo"] == "Meeting" and found["Open Harvest"] == "Program"
    found = new(
        extractor, "Examplia runs the satellite navigation systems Trevo and the Earth observation programme Lumeno."
    )
    assert found["Trevo"] == "Facility" and found["Lumeno"] == "Program"
    assert "Earth" not in found  # 'Earth observation': a field of work, not the planet


def test_a_class_noun_before_a_comma_does_not_name_the_clause_after_it(extractor: RuleExtractor) -> None:
    assert "Jane Example" not in {k for k, v in new(extractor, "Under the programme, Jane Example said it worked.").items()
                                  if v == "Program"}  # fmt: skip


def test_no_person_whose_last_word_is_a_common_or_abstract_noun(extractor: RuleExtractor) -> None:
    found = new(extractor, "Officials praised Golden Access and spoke of Exemplary Cooperation on Tuesday.")
    assert "Golden Access" not in found and "Exemplary Cooperation" not in found
    assert new(extractor, "Officials praised Jane Example on Tuesday.") == {"Jane Example": "Person"}


def test_head_words_of_networks_and_surveys(extractor: RuleExtractor) -> None:
    found = new(
        extractor, "NASA's Deep Example Network tracked it, and the Examplian Geological Survey mapped the site."
    )
    assert found["Deep Example Network"] == "Facility"  # not "NASA's Deep Example Network"
    assert found["Examplian Geological Survey"] == "GovernmentBody"


def test_numbered_names_of_several_words_with_a_letter_and_launcher_families(extractor: RuleExtractor) -> None:
    found = mentions(extractor, "The core stage of the Long March 7B fell. The crew flew on Example Mission 4 in June.")
    assert ("Long March 7B", "long-march-7b", "Program") in found  # a launcher family: a program
    assert ("Example Mission 4", "example-mission-4", "Mission") in found
    found = mentions(extractor, "The second Tavra-C failed. Avio builds Tavra-C. The Ariane 9 flew.")
    assert [m[:2] for m in found if m[1] == "tavra-c"] == [("Tavra-C", "tavra-c")] * 2
    assert ("Ariane 9", "ariane-9", "Program") in found
    assert not any(
        m[0].startswith(("Friday", "March 4")) for m in mentions(extractor, "It flew on Friday 13 and March 4.")
    )


def test_a_station_module_numbered(extractor: RuleExtractor) -> None:
    assert new(extractor, "Its first module, EXS-1, would reach orbit in 2030.")["EXS-1"] == "Station"


def test_a_resolution_by_its_abbreviated_number(extractor: RuleExtractor) -> None:
    assert "res 78/12" in new(extractor, "It followed res 78/12, tabled by Examplia in 2021.")


def test_a_subordinator_opening_a_sentence_is_no_part_of_a_name(extractor: RuleExtractor) -> None:
    assert new(extractor, "If Congress funds the Example Office, work starts.") == {
        "Congress": "GovernmentBody",
        "Example Office": "GovernmentBody",
    }


def test_shouted_words_are_no_acronyms(extractor: RuleExtractor) -> None:
    text = "PRESS RELEASE: NASA picks a builder\n\nFOR IMMEDIATE RELEASE\n\nThe EXSA board met on Monday."
    found = new(extractor, text)
    assert "PRESS" not in found and "FOR" not in found
    assert "EXSA" in found  # an acronym on its own is still one


def test_an_agencys_possessive_before_one_word_makes_a_craft(extractor: RuleExtractor) -> None:
    found = new(extractor, "Europe watched as ESA's Lumora left Earth, and NASA's EXPO followed a year later.")
    assert found["Lumora"] == "Mission" and found["EXPO"] == "Mission"


def test_an_acronym_its_names_capitals_spell_is_that_name(extractor: RuleExtractor) -> None:
    text = "NASA chose Examplia to build the US Example Vehicle. NASA will own the USEV once it is built."
    found = mentions(extractor, text)
    entity = next(e for s, e, _ in found if s == "US Example Vehicle")
    assert ("USEV", entity, "Mission") in found  # the same entity, not a new organization
    assert len(run(extractor, text).new_entities()) == 1


def test_the_head_word_after_the_is_a_short_form(extractor: RuleExtractor) -> None:
    text = "The European Commission proposed it. Later, the Commission leads the work."
    found = mentions(extractor, text)
    assert [e for s, e, _ in found if s == "Commission"] == ["european-commission"]
    # Two bodies with the same head word: the head word alone names neither.
    text = "The Examplian Commission and the Lunar Example Commission met. Then the Commission spoke."
    assert not [m for m in mentions(extractor, text) if m[0] == "Commission"]


def test_a_nationality_adjective_used_as_a_noun_is_no_country(extractor: RuleExtractor) -> None:
    found = mentions(
        extractor, "He said an Indian should fly, the first non-American to do so. An Indian astronaut flew."
    )
    assert [m[0] for m in found if m[1] == "india"] == ["Indian"]  # only 'An Indian astronaut'
    assert not any(m[1] == "united-states" for m in found)


def test_a_name_listed_with_a_name_that_modifies_a_noun_takes_no_class(extractor: RuleExtractor) -> None:
    found = new(
        extractor, "It runs Tamavo, the Example observation service, and at a summit in Sevra, ESA members agreed."
    )
    assert found.get("Sevra") == "City"
    assert found.get("Tamavo") != "SpaceAgency"


def test_taking_part_in_a_name_is_no_place(extractor: RuleExtractor) -> None:
    assert new(extractor, "Examplia no longer takes part in Tavelo, officials said.").get("Tavelo") != "City"


def test_a_known_body_after_its_parents_acronym(extractor: RuleExtractor) -> None:
    text = "It was tabled in the UNGA First Committee in 2020."
    found = mentions(extractor, text)
    assert ("UNGA First Committee", "un-first-committee", "") in found
    assert not run(extractor, text).new_entities()


def test_a_short_name_before_a_verb(extractor: RuleExtractor) -> None:
    assert ("RF", "russia", "") in mentions(extractor, "The talks ended. RF blocked consensus on the draft.")
    assert not any(m[0] == "RF" for m in mentions(extractor, "The RF interference grew."))


def test_a_body_named_with_and_after_its_head_word(extractor: RuleExtractor) -> None:
    found = new(extractor, "She heads the Department for Example Policy and Arms Control in the ministry.")
    assert found == {"Department for Example Policy and Arms Control": "GovernmentBody"}
    found = new(extractor, "The Ministry of Example Affairs and the Lunar Example Agency signed it.")
    assert "Ministry of Example Affairs" in found


def test_a_union_agency_without_a_space_word_is_its_organ(extractor: RuleExtractor) -> None:
    assert new(extractor, "The European Example Navigation Agency runs it.") == {
        "European Example Navigation Agency": "InternationalOrgan"
    }


def test_a_described_moratorium_or_code_of_conduct_is_a_document(extractor: RuleExtractor) -> None:
    found = new(
        extractor, "Examplia has not joined the moratorium on destructive example tests that Examplon announced."
    )
    assert found.get("Moratorium on destructive example tests") == "Document"
    found = new(extractor, "The union is drafting a code of conduct for outer space activities, officials said.")
    assert found.get("Code of conduct for outer space activities") == "Document"


# --- the classes of error studied on the v8 texts (invented sentences only) ---


def test_a_name_and_a_numeral_is_a_flight_of_its_own(extractor: RuleExtractor) -> None:
    # 'Artemis' is a known program: 'Artemis I' is a mission of its own, also with the numeral one.
    found = mentions(extractor, "Artemis I lifts off tonight. Two cubesats ride on Artemis I, among them Tamo.")
    assert [(s, e) for s, e, _ in found if s.startswith("Artemis")] == [("Artemis I", "artemis-i")] * 2
    assert new(extractor, "Before Examplo I, the crew trained; Examplo I.")["Examplo I"] == "Mission"
    assert new(extractor, "Virgin Galactic's Galactic 07 flies in June.")["Galactic 07"] == "Mission"
    # the pronoun after a name is no numeral
    assert new(extractor, "In Tamberra I was told so. After that I went home. Monday I left.") == {}


def test_a_name_with_a_number_joined_to_it(extractor: RuleExtractor) -> None:
    found = new(extractor, "Jane Example, founder of the payments company Tallo4, flew on Voyagio4 in 2021.")
    assert found["Tallo4"] == "Organization" and found["Voyagio4"] == "Mission"
    text = "The first flight of the EX3, the rocket that Examplia built, failed. The EX3 flew again; the EX3 is new."
    found = mentions(extractor, text)
    assert [(s, t) for s, _, t in found if s == "EX3"] == [("EX3", "Program")] * 3
    assert new(extractor, "Reading up on the past: the EX-IIA, which it replaces, also failed.")["EX-IIA"] == "Program"


def test_numbered_head_words_keep_the_words_before_them(extractor: RuleExtractor) -> None:
    found = new(extractor, "In 2018 the president signed Exemplar Policy Directive-3, which set up the office.")
    assert found == {"Exemplar Policy Directive-3": "Document"}
    assert new(extractor, "Tamberra Satellite-1 is the country's first.") == {"Tamberra Satellite-1": "Mission"}
    assert new(extractor, "The rocket left Launch Complex 12C at dawn.")["Launch Complex 12C"] == "Facility"
    assert new(extractor, "The carrier rocket Orbo-1 flew from the coast.")["Orbo-1"] == "Program"


def test_a_class_noun_right_before_a_name_types_it(extractor: RuleExtractor) -> None:
    found = new(extractor, "Flights went to the Examplian station Lumo, and later aboard the shuttle Vanguardia.")
    assert found["Lumo"] == "Station" and found["Vanguardia"] == "Mission"
    found = new(extractor, "Jane Example of the Examplian agency EXSA met a reporter of the daily Tageblick.")
    assert found["EXSA"] == "SpaceAgency" and found["Tageblick"] == "MediaOutlet"
    assert new(extractor, "In 2003 he co-founded the Zarnia party.")["Zarnia"] == "Organization"
    # not after a comma: 'the agency, Jane Example said' names no agency
    assert new(extractor, "Funds went to the agency, Jane Example said.").get("Jane Example") != "SpaceAgency"


def test_one_word_after_a_preposition_and_the_is_a_place(extractor: RuleExtractor) -> None:
    assert new(extractor, "The station was brought down into the Examplic in 2001.") == {"Examplic": "Place"}
    assert new(extractor, "Crews trained off Tamberra in 2017.") == {"Tamberra": "City"}
    # what one takes part in, and an acronym typed by its apposition, are no places
    assert new(extractor, "It takes part in the Lumora.") == {}
    assert new(extractor, "It was negotiated in the EXSC, one of the two subcommittees.") == {
        "EXSC": "InternationalOrgan"
    }


def test_an_acronym_spelled_with_small_words_or_by_its_capitals(extractor: RuleExtractor) -> None:
    text = (
        "The rules went to the Legal and Technical Subcommittee of the UN Committee on the Quiet Uses of Deep "
        "Space (COQUDS). Later COQUDS adopted them."
    )
    found = mentions(extractor, text)
    assert ("Committee on the Quiet Uses of Deep Space", "coquds", "InternationalOrgan") in found
    assert ("Legal and Technical Subcommittee", "legal-and-technical-subcommittee", "InternationalOrgan") in found
    assert ("UN", "united-nations", "") in found
    found = mentions(extractor, "The office is building the Orbit Coordination System for Space (OrCSS). OrCSS works.")
    assert found[0] == ("Orbit Coordination System for Space", "orcss", "Program")
    assert [s for s, e, _ in found].count("OrCSS") == 2


def test_a_body_named_by_its_head_word_and_what_it_is_of(extractor: RuleExtractor) -> None:
    found = mentions(extractor, "The European Parliament and the Council of the EU must agree on it.")
    assert ("Council of the EU", "council-of-the-eu", "InternationalOrgan") in found
    assert ("EU", "european-union") in [(s, e) for s, e, _ in found]  # the union inside the council's name counts
    found = new(extractor, "Court: Examplian Court of Federal Claims. Judge: Jane Example.")
    assert found["Examplian Court of Federal Claims"] == "GovernmentBody"
    assert new(extractor, "He is buried at Tamberra National Cemetery.") == {"Tamberra National Cemetery": "Facility"}
    # a head word ending a name before it opens no name of its own
    found = mentions(extractor, "The Example Security Council of the Lumora Union met.")
    assert not any(s.startswith("Council of") for s, _, _ in found)


def test_transcript_labels_are_no_names(extractor: RuleExtractor) -> None:
    text = "Transcript\nHOST: Examplia has launched three.\nHOST: Is anyone else involved?\nEXO: Yes. EXO said so."
    assert new(extractor, text) == {"EXO": "Organization"}
    assert new(extractor, "FAQ: the proposed Example Act\nWhat is it? A law.") == {"Example Act": "Document"}


@given(st.lists(st.sampled_from(["HOST", "HOSTS", "FAQ", "Q", ":", " ", "\n", "\t", "-", "x", "É", "_", "1"]),
                max_size=30).map("".join))  # fmt: skip
def test_label_words_are_counted_as_one_search_per_word_counts_them(text: str) -> None:
    """The label words are counted for all of them at once (speed): as a search per word counts them."""
    from spacekg.extract.propernames import LABEL, _labels

    words = set(LABEL.findall(text))
    one_by_one = {w for w in words if len(re.findall(rf"(?<![\w-]){w}(?![\w-])", text))
                  == len(re.findall(rf"(?m)^[ \t]*{w}:", text))}  # fmt: skip
    assert _labels(text) == one_by_one


def test_two_names_joined_by_an_en_dash_and_a_name_ending_in_a_body(extractor: RuleExtractor) -> None:
    found = mentions(extractor, "NASA worked with Russia on the Lumo–Mir programme, a series of flights.")
    assert ("Lumo–Mir", "lumo-mir", "Program") in found
    found = mentions(extractor, "The US–China talks failed.")
    assert [e for _, e, _ in found] == ["united-states", "china"]
    found = mentions(extractor, "Tamco will build its Blue Moon lander with Boeing. Blue Moon is big. The Moon is far.")
    assert [(s, e) for s, e, _ in found if "Moon" in s] == [("Blue Moon", "blue-moon"), ("Blue Moon", "blue-moon"),
                                                             ("Moon", "moon")]  # fmt: skip


def test_a_space_word_opens_a_name_of_three_words(extractor: RuleExtractor) -> None:
    assert new(extractor, "He would not say whether the Space Lift System rocket stays.") == {
        "Space Lift System": "Program"
    }


def test_a_company_by_the_first_word_of_its_name(extractor: RuleExtractor) -> None:
    # the gazetteer's 'Axiom Space': 'Axiom' alone, but not where it opens a longer name
    found = mentions(extractor, "She flew on Axiom Mission 4. The agency bought the seat from Axiom.")
    assert [(s, e) for s, e, _ in found] == [("Axiom Mission 4", "axiom-mission-4"), ("Axiom", "axiom-space")]


def test_a_medium_after_wrote_on_is_a_mention_but_no_actor(extractor: RuleExtractor) -> None:
    # (a name is a mention wherever it stands; what is written on it gives it no relation)
    text = "Jane Example of Tamco wrote on Twitter that it was wrong."
    assert ("Twitter", "twitter", "MediaOutlet") in mentions(extractor, text)
    assert not [f for f in run(extractor, text).facts if "twitter" in (f["subject"], f["object"])]


def test_a_national_space_centre_spelled_out_is_its_agency(extractor: RuleExtractor) -> None:
    found = new(extractor, "Members include the French Orbital Centre (FOC) and the Tamberra Space Center (TSC).")
    assert found == {"French Orbital Centre": "SpaceAgency", "Tamberra Space Center": "Facility"}


def test_the_agency_is_the_agency_named_before_not_a_company_nearer(extractor: RuleExtractor) -> None:
    text = "JAXA has been working with Tamco on the design. The agency's president, Jane Example, welcomed it."
    facts = {(f["subject"], f["relation"], f["object"]) for f in run(extractor, text).facts}
    assert ("jane-example", "affiliatedWith", "jaxa") in facts
    assert ("jane-example", "affiliatedWith", "tamco") not in facts


def test_a_place_before_a_facility_noun_names_the_facility(extractor: RuleExtractor) -> None:
    found = mentions(extractor, "The rocket lifted off from the Wenchang launch site. Wenchang is a city.")
    assert found[0] == ("Wenchang", "wenchang-launch-site", "Facility")
    assert found[1][1:] == ("wenchang", "City")
    assert new(extractor, "It flew from the Tamberra Satellite Launching Ground.") == {
        "Tamberra Satellite Launching Ground": "Facility"
    }


def test_a_name_in_capitals_and_a_numeral_before_a_meeting_noun(extractor: RuleExtractor) -> None:
    assert new(extractor, "It was drafted after the EXAMPLO III conference in 1999.") == {"EXAMPLO III": "Meeting"}


def test_a_celestial_body_inside_a_crafts_name_counts(extractor: RuleExtractor) -> None:
    found = mentions(
        extractor, "The Examplian Mars Mission arrived. The Smart Lander for Observing Moon (SLOM) landed."
    )
    assert [e for s, e, _ in found if s in ("Mars", "Moon")] == ["mars", "moon"]


def test_a_capital_after_a_teleconference_from_is_the_city(extractor: RuleExtractor) -> None:
    found = mentions(extractor, "It was given on 7 January, by teleconference from Tokyo. Support from Tokyo grew.")
    assert [e for _, e, _ in found] == ["tokyo", "japan"]


def test_a_legislature_inside_its_committees_name_counts(extractor: RuleExtractor) -> None:
    found = mentions(extractor, "The Examplian Senate Foreign Relations Committee met on Monday.")
    assert [s for s, _, _ in found] == ["Examplian Senate Foreign Relations Committee", "Senate"]


# Names studied on the v9 texts' errors, written as general shapes (each with invented sentences that must and must
# not fire).


def test_a_numbered_craft_of_a_series_and_the_company_opening_its_name(extractor: RuleExtractor) -> None:
    found = mentions(extractor, "Nobody knows why Intelsat 41e broke up. Intelsat, which operates it, said so.")
    assert ("Intelsat 41e", "intelsat-41e", "Mission") in found
    assert [s for s, _, _ in found].count("Intelsat") == 1  # the company inside its craft's name is no mention
    assert ("intelsat", "leads", "intelsat-41e") in {
        (f["subject"], f["relation"], f["object"])
        for f in run(extractor, "Intelsat 41e, which Intelsat runs, failed.").facts
    }
    found = mentions(extractor, "The Tamvo 7b satellite and Tamvo 12 were lost, after the Tamvo 3 mission.")
    assert [(s, t) for s, _, t in found] == [("Tamvo 7b", "Mission"), ("Tamvo 12", "Mission"), ("Tamvo 3", "Mission")]
    assert new(extractor, "Sales rose 12 percent in Tamvo.") == {"Tamvo": "City"}  # a number alone names nothing


def test_a_countrys_adjective_before_a_numbered_craft_is_a_mention_of_its_own(extractor: RuleExtractor) -> None:
    found = mentions(extractor, "The Soviet Vekta 3 lander got down in 1971, and the Russian Tamvo 25 crashed.")
    assert [(s, e) for s, e, _ in found] == [
        ("Soviet", "soviet-union"),
        ("Vekta 3", "vekta-3"),
        ("Russian", "russia"),
        ("Tamvo 25", "tamvo-25"),
    ]
    found = mentions(extractor, "The Soviet Mars 7 lander failed. Soviet Premier Jane Example signed it.")
    assert [s for s, _, _ in found] == ["Soviet", "Mars", "Mars 7", "Soviet", "Jane Example"]
    # a country's own name opening a craft's name is no mention of its own (guidelines)
    assert [s for s, _, _ in mentions(extractor, "The Korea Pathfinder Lunar Orbiter 2 flew.")] == [
        "Korea Pathfinder Lunar Orbiter"
    ]


def test_acts_known_by_their_number(extractor: RuleExtractor) -> None:
    found = new(extractor, "She signed Executive Order 14021 in May. Public Law 117-16 and Decree 4410 followed.")
    assert found == {"Executive Order 14021": "Document", "Public Law 117-16": "Document", "Decree 4410": "Document"}
    assert new(extractor, "The order of 2019 was signed in June.") == {}
    found = mentions(extractor, "The Assembly commends it in resolution 3105 (XXIV). The resolution passed.")
    assert ("resolution 3105 (XXIV)", "resolution-3105-xxiv", "Document") in found  # adopted (types18)


def test_hyphenated_codes_are_names_typed_by_what_is_said_of_them(extractor: RuleExtractor) -> None:
    assert new(extractor, "Press note: Tamco launches EXRA-J to inspect a rocket stage") == {"EXRA-J": "Mission"}
    assert new(extractor, "Its earlier demonstrator, VELO-d, flew in 2021.") == {"VELO-d": "Mission"}
    assert new(extractor, "Tamco said that LUMA-X, the spacecraft it built, is healthy.")["LUMA-X"] == "Mission"
    # a code nothing types is no name, and a compound adjective is none either
    assert new(extractor, "The US announced its own DA-ASAT test moratorium.") == {}
    assert new(extractor, "An Earth-observation satellite failed.") == {}


def test_what_is_launched_is_a_craft(extractor: RuleExtractor) -> None:
    found = new(extractor, "A Proton rocket carried Zeltra into orbit. TVX, which JAXA is to launch in 2026, waits.")
    assert found["Zeltra"] == "Mission" and found["TVX"] == "Mission"
    assert new(extractor, "Their Tamflyer broke apart over the desert.") == {"Tamflyer": "Mission"}
    assert "Orbiton" not in new(extractor, "The council launched talks with Orbiton on Monday.")


def test_an_office_in_an_organization_before_its_name(extractor: RuleExtractor) -> None:
    found = new(extractor, "It was said by Jane Example, founder and chief executive of Tamscale, on Monday.")
    assert found["Tamscale"] == "Organization" and found["Jane Example"] == "Person"
    assert new(extractor, "John Example, an engineer at Orbitex, disagreed.")["Orbitex"] == "Organization"
    found = new(extractor, "About Tamscale: founded in 2013, Tamscale is headquartered in Lyon.")
    assert found.get("Tamscale") == "Organization" and "About Tamscale" not in found


def test_newspapers_by_their_head_word(extractor: RuleExtractor) -> None:
    found = mentions(extractor, "Jane Example, who covers space for The Lyon Post, wrote it. The Example Times agreed.")
    assert ("The Lyon Post", "lyon-post", "MediaOutlet") in found
    assert ("Example Times", "example-times", "MediaOutlet") in found  # an article opening a sentence: left out
    assert "Lyon" not in [s for s, _, _ in found]  # a city inside a newspaper's name is no mention
    assert new(extractor, "At times the post office closed.") == {}


def test_capitals_listed_after_a_city_are_cities(extractor: RuleExtractor) -> None:
    found = mentions(extractor, "It was opened for signature in Washington, Paris and Moscow, the three capitals.")
    assert [e for _, e, _ in found] == ["washington", "paris", "moscow"]
    found = mentions(extractor, "Talks in Paris, Tokyo said, failed. Talks in Paris and Beijing went on.")
    assert [e for _, e, _ in found] == ["paris", "japan", "paris", "beijing"]


def test_the_town_a_craft_is_launched_from_stays_a_town(extractor: RuleExtractor) -> None:
    # (the town is named, not its launch site: "the Wenchang site names the city", guidelines; names20)
    found = mentions(
        extractor, "The probe left Jiuquan on a Long March 2F. It was launched on a Soyuz rocket from Baikonur."
    )
    assert [(s, t) for s, _, t in found if s in ("Jiuquan", "Baikonur", "Soyuz")] == [
        ("Jiuquan", "City"),
        ("Soyuz", "Program"),
        ("Baikonur", "City"),
    ]
    found = mentions(extractor, "The minister left Jiuquan in a car. Engineers from Baikonur came.")
    assert [(s, t) for s, _, t in found] == [("Jiuquan", "City"), ("Baikonur", "City")]


def test_sites_and_small_bodies_in_the_solar_system(extractor: RuleExtractor) -> None:
    found = new(
        extractor,
        "It touched down in Tamara Planitia near Vexa Mons and Mare Lumen. It flies on to the asteroid 2001 QX14.",
    )
    assert found == {
        "Tamara Planitia": "Place",
        "Vexa Mons": "Place",
        "Mare Lumen": "Place",
        "2001 QX14": "CelestialBody",
    }
    found = new(extractor, "The craft brought back samples from Tamrugu and collected dust on Vennu.")
    assert found == {"Tamrugu": "CelestialBody", "Vennu": "CelestialBody"}
    assert new(extractor, "Engineers from Tamrugu came in 2001 TO12 buses.") != {"Tamrugu": "CelestialBody"}


def test_company_bureau_list_and_territory_head_words(extractor: RuleExtractor) -> None:
    found = new(extractor, "It was built for NASA by Tamwell International. Staff from Orbix Electronics helped.")
    assert found == {"Tamwell International": "Organization", "Orbix Electronics": "Organization"}
    found = new(extractor, "Jane Example heads the Commission's Licensing Bureau. It joined the Example Control List.")
    assert found["Licensing Bureau"] == "GovernmentBody" and found["Example Control List"] == "Document"
    assert new(extractor, "The debris fell on the Western Example Territories.") == {
        "Western Example Territories": "Place"
    }


def test_a_name_listed_after_a_persons_of_phrase_is_listed_with_the_person(extractor: RuleExtractor) -> None:
    found = new(extractor, "Jane Example of Rocket Lab and John Roe, who paid for it, watched.")
    assert found["John Roe"] == "Person"


def test_a_town_before_its_state_is_a_city(extractor: RuleExtractor) -> None:
    assert (
        new(extractor, "Place: the Example Hall, Tamberville, Virginia. Chair: Jane Example.")["Tamberville"] == "City"
    )
    # a list of places goes on: its members keep the list's class
    assert new(extractor, "Delegates from Norway, Examplia and Sweden met.")["Examplia"] == "Country"


def test_a_new_one_word_name_is_found_where_it_stood_before_the_text_typed_it(extractor: RuleExtractor) -> None:
    text = (
        "Questions and answers\n\nQ: And Tamvo? A: Tamvo is the follow-up. Q: Is NASA running Tamvo too? A: No. "
        "After a swing past Mars, Tamvo is expected to reach Didymos in 2026."
    )
    found = [(s, e) for s, e, _ in mentions(extractor, text) if s == "Tamvo"]
    assert found == [("Tamvo", "tamvo")] * 4
    # a surname comes after the full name: the committee named after a person is not the person
    text = "It was cited by the Roe committee. The committee was chaired by John Roe, who wrote it."
    assert [s for s, e, _ in mentions(extractor, text) if e == "john-roe"] == ["John Roe"]


def test_where_one_is_sent_where_craft_come_down_and_ranges(extractor: RuleExtractor) -> None:
    found = mentions(
        extractor, "In 2008 the Kremlin sent him to Brussels. The capsule came down inside the Tamra range."
    )
    assert ("Brussels", "brussels", "City") in found and ("Tamra", "tamra", "Facility") in found
    assert new(extractor, "It landed at Tamra Flats in New Mexico.")["Tamra Flats"] == "Place"
    assert "Tamra" not in new(extractor, "It offers a wide range of Tamra products.")


def test_satellites_of_one_name_are_a_network_and_letters_of_other_alphabets(extractor: RuleExtractor) -> None:
    assert new(extractor, "Two Tamlink navigation satellites went up.") == {"Tamlink": "Facility"}
    assert new(extractor, "The Tamvo 7 satellites failed.").get("Tamvo 7") == "Mission"  # a numbered one is a craft
    found = new(extractor, "A first for Examplia. Jale Öztürkcı became its first astronaut.")
    assert found.get("Jale Öztürkcı") == "Person"
    assert new(extractor, "Tamco, the third bidder, protested.") == {"Tamco": "Organization"}


def test_a_verb_left_out_repeats_the_last_verb_not_a_relative_clauses(extractor: RuleExtractor) -> None:
    text = "Blue Origin, which had bid together with Lockheed Martin and Draper, protested, and so did Rocket Lab."
    facts = {(f["subject"], f["relation"], f["object"]) for f in run(extractor, text).facts}
    assert ("blue-origin", "partnerOf", "draper") in facts
    assert ("rocket-lab", "partnerOf", "draper") not in facts
    text = "Norway, which joined NATO in 1949, signed the Artemis Accords, and so did Peru."
    facts = {(f["subject"], f["relation"], f["object"]) for f in run(extractor, text).facts}
    assert ("peru", "signs", "artemis-accords") in facts and ("peru", "memberOf", "nato") not in facts


def test_one_word_that_announces_is_an_organization(extractor: RuleExtractor) -> None:
    text = "Tamscale announced today that its craft flew. The deal with Tamscale closed."
    assert new(extractor, text) == {"Tamscale": "Organization"}
    assert new(extractor, "On Monday Orbitex said it would help.") == {"Orbitex": "Organization"}
    # not a pronoun, a plural or an abstract noun opening a sentence, nor a person's surname named before
    assert new(extractor, "Nobody has said why. Officials said so. Research says it works.") == {}
    found = mentions(extractor, "Jane Tamwell was there. Tamwell said it was fine.")
    assert [(s, e) for s, e, _ in found] == [("Jane Tamwell", "jane-tamwell"), ("Tamwell", "jane-tamwell")]


def test_a_companys_possessive_before_one_word_makes_a_craft(extractor: RuleExtractor) -> None:
    assert new(extractor, "Rocket Lab's Tamflyer flew in May.")["Tamflyer"] == "Mission"


# The name rules of the v10 round (layout labels, class nouns and designations, head nouns), on invented sentences.


def test_a_layout_label_gives_the_class_of_the_name_after_it(extractor: RuleExtractor) -> None:
    found = new(extractor, "Congress: 119th. Sponsor: Jane Examplova, member of the Senate for Examplia.")
    assert found["Jane Examplova"] == "Person"
    found = new(extractor, "Vehicle: Vostra Grande.\nPayload: Tamberlo.\nOperator: Tarvex Examplar.\nTarget: Kelvarro.")
    assert found["Vostra Grande"] == "Program" and found["Tamberlo"] == "Mission"
    assert found["Tarvex Examplar"] == "Organization" and found["Kelvarro"] == "CelestialBody"
    # a person's label before a company's name, a label the table lacks: no person, no new class
    found = new(extractor, "Host: Examplon Aerospace.\nStatus: Tarvello.")
    assert found.get("Examplon Aerospace") != "Person" and "Tarvello" not in found
    # a label word inside a sentence is no label
    assert new(extractor, "The sponsor said: Jane Examplova will lead it.").get("Jane Examplova") != "Mission"


def test_small_bodies_after_a_class_noun_comet_designations_and_the_sun(extractor: RuleExtractor) -> None:
    found = new(extractor, "The probe was first meant to fly towards another comet, Tarvello. It passed the Sun.")
    assert found["Tarvello"] == "CelestialBody" and found["Sun"] == "CelestialBody"
    found = new(extractor, "Target: comet 12P/Examplov-Tanaka. Astronomers also watched C/2031 K4 and the moon Vexa.")
    assert found["12P/Examplov-Tanaka"] == "CelestialBody" and found["C/2031 K4"] == "CelestialBody"
    assert found["Vexa"] == "CelestialBody"
    # not a speaker in apposition, not a newspaper or a person called Sun
    found = new(extractor, "On the comet, Jane Examplova said, the lander bounced. The Sun Examplar Daily ran it.")
    assert found.get("Jane Examplova") != "CelestialBody" and "Sun" not in found
    assert "Sun" not in new(extractor, "Sun Examplei, the minister, said so.")
    assert new(extractor, "The Sun reported that the minister resigned.").get("Sun") != "CelestialBody"


def test_designations_of_bills_and_of_the_parts_of_a_law(extractor: RuleExtractor) -> None:
    text = "H.R. 4410, Example Space Freedom Act: summary\n\nTitle II. Requires the agency to report. S. 812 failed."
    candidates = run(extractor, text)
    found = {m[0].label: m[0].type for m in candidates.new_entities().values()}
    assert found["H.R. 4410"] == "Document" and found["Title II"] == "Document" and found["S. 812"] == "Document"
    assert "Requires" not in " ".join(found)  # the verb after the title's full stop is no name
    act = text.index("Example Space Freedom Act")
    assert [m.entity for m in candidates.mentions if m.start == act] == ["h-r-4410"]  # the bill and its title: one
    # the U.S. before a number is no bill; a section of a law is a part of it
    found = new(extractor, "The U.S. 2031 budget grew. Section 5 of the Example Act sets the fee.")
    assert not any(label.startswith("S.") for label in found) and found["Section 5"] == "Document"


def test_an_acts_title_joined_by_and_keeps_its_year(extractor: RuleExtractor) -> None:
    text = "Title VII, the Example Resource Exploration and Use Act of 2031, took effect."
    candidates = run(extractor, text)
    act = text.index("Example Resource")
    assert [(text[m.start : m.end], m.entity) for m in candidates.mentions if m.start == act] == [
        ("Example Resource Exploration and Use Act of 2031", "title-vii")
    ]
    found = mentions(extractor, "The Example Authorization Act of 2031 passed, and the Example Act of the year failed.")
    assert ("Example Authorization Act of 2031", "example-authorization-act-of-2031", "Document") in found


def test_a_last_word_no_head_list_holds_gives_the_class(extractor: RuleExtractor) -> None:
    found = new(extractor, "Congress told NASA to build a heavy rocket, the Example Launch System, by 2031.")
    assert found["Example Launch System"] == "Program"
    found = new(extractor, "Examplia runs the Global Example Positioning System and the Example Regulated Service.")
    assert found["Global Example Positioning System"] == "Facility" and found["Example Regulated Service"] == "Program"
    found = new(
        extractor, "Scientists took part in the International Example Year. It flew on the Space Shuttle Vexor."
    )
    assert found["International Example Year"] == "Event" and found["Space Shuttle Vexor"] == "Mission"
    assert new(extractor, "Officials of the National Example Service met.").get("National Example Service") != "Program"


def test_a_landform_after_a_name_and_a_place_south_of_a_name(extractor: RuleExtractor) -> None:
    found = new(extractor, "The spaceport lies on the Tarva Darro river, on the coast south of Vel Marro.")
    assert found["Tarva Darro"] == "Place" and found["Vel Marro"] == "City"


def test_an_apposition_closed_by_a_second_comma_gives_its_class(extractor: RuleExtractor) -> None:
    found = new(
        extractor, "That effort, Vantaro, was run by the navy. It is run by the control centre, EXOC, in Examplburg."
    )
    assert found["Vantaro"] == "Program" and found["EXOC"] == "Facility"
    found = new(extractor, "Under the project, Jane Examplova, the director, said it worked.")
    assert found.get("Jane Examplova") == "Person"


def test_what_newspapers_do_and_a_rule_one_acts_under(extractor: RuleExtractor) -> None:
    found = new(extractor, "Examplon's Vestnik printed the news. The firm needed a licence under EXAR.")
    assert found["Vestnik"] == "MediaOutlet" and found["EXAR"] == "Document"
    found = new(extractor, "Jane Examplova published a paper. It flew under EXSA's control.")
    assert found.get("Jane Examplova") != "MediaOutlet" and found.get("EXSA") != "Document"
    assert new(extractor, "The unit works under EXCOM, which approved it.").get("EXCOM") != "Document"


def test_a_title_and_its_author(extractor: RuleExtractor) -> None:
    found = new(extractor, "Books of the year\n\nThe Silent Orbit, by Jane Examplova. Published in 2031.")
    assert found["The Silent Orbit"] == "Document" and found["Jane Examplova"] == "Person"
    found = new(extractor, "The deal was signed in Examplton, by Jane Examplova's account.")
    assert found.get("Examplton") != "Document"


def test_no_person_in_the_tail_of_a_longer_name(extractor: RuleExtractor) -> None:
    found = new(extractor, "The assembly declared 9 May the International Day of Example Flight.")
    assert "Example Flight" not in found
    assert new(extractor, "Officials praised Jane Examplova on Tuesday.") == {"Jane Examplova": "Person"}


def test_numbered_sites_rockets_in_apposition_and_a_legislatures_subcommittee(extractor: RuleExtractor) -> None:
    found = new(extractor, "Crews now leave from Site 42. Examplia plans to fly a new rocket, Vostra-5, from there.")
    assert found["Site 42"] == "Facility" and found["Vostra-5"] == "Program"
    found = new(extractor, "Jane Examplova, chair of the Senate's Example Investigating Subcommittee, spoke.")
    assert found["Example Investigating Subcommittee"] == "GovernmentBody"
    found = new(extractor, "The request follows the U.S. Example Spaceflight Plans Committee. Examplia joined the "
                           "Example Technology Control Regime.")  # fmt: skip
    assert found["U.S. Example Spaceflight Plans Committee"] == "GovernmentBody"
    assert found["Example Technology Control Regime"] == "InternationalOrganization"
    found = mentions(extractor, "NASA launched it from the Example Space Center on EX-1, the first flight.")
    assert ("Example Space Center", "example-space-center", "Facility") in found


def test_coded_flights_bodies_named_by_a_noun_after_and_pads_known_as(extractor: RuleExtractor) -> None:
    found = new(extractor, "NASA plans to fly the orbiter again on EXS-2. COVID-19 delayed it.")
    assert found["EXS-2"] == "Mission" and "COVID-19" not in found
    found = new(extractor, "The law required it, according to the Examplov committee, a select committee of the House.")
    assert found["Examplov committee"] == "GovernmentBody"
    assert "Examplov" not in new(extractor, "Examplov said the committee would meet.")
    found = new(extractor, "Members of the Steering committee and the Examplian commission met the Joint committee.")
    assert not any(label.endswith(("committee", "commission")) for label in found)
    found = new(extractor, "It lifted off from the pad now known as Tarvo Start. The site called Vel Marro was closed.")
    assert found["Tarvo Start"] == "Facility" and found["Vel Marro"] == "Place"


def test_a_gerund_opening_a_line_is_no_name(extractor: RuleExtractor) -> None:
    assert "Docking" not in new(extractor, "Exhibit label\n\nDocking module, full-size model.")
    assert new(extractor, "Crews flew up to the Tarvo module in May.").get("Tarvo") == "Station"


def test_a_module_in_apposition_is_a_stations_and_legislatures_of_the_gazetteer(extractor: RuleExtractor) -> None:
    found = new(
        extractor, "A rocket launched Vostrel, the first module of the station. Later came Tarvik, the lunar module."
    )
    assert found["Vostrel"] == "Station" and found["Tarvik"] == "Mission"
    found = new(extractor, "She has since sat in the Federation Council, and Aerojet Rocketdyne built the engine.")
    assert found["Federation Council"] == "GovernmentBody" and found["Aerojet Rocketdyne"] == "Organization"


def test_parts_of_the_document_are_no_names(extractor: RuleExtractor) -> None:
    found = new(extractor, "Photo 2. The Tarvo lander on the surface.\n\nSee Figure 3 for the orbit, and Map 1.")
    assert not any(label.startswith(("Photo", "See", "Figure", "Map")) for label in found)
    assert new(extractor, "The crew flew on Tarvo 3 in May.") == {"Tarvo 3": "Mission"}  # a numbered name still is


def test_a_country_or_body_in_capitals_heading_a_paragraph(extractor: RuleExtractor) -> None:
    found = mentions(extractor, "News in brief\n\nKENYA — The agency signed a deal.\n\nAFRICAN UNION — Members met.")
    assert ("KENYA", "kenya", "Country") in found
    assert ("AFRICAN UNION", "african-union", "InternationalOrganization") in found
    # a dateline's city, with its agency or date, stays a city
    found = mentions(extractor, "LUXEMBOURG (Wire) - The parliament adopted a law.")
    assert found[0][0] == "LUXEMBOURG" and found[0][2] == "City"
    found = mentions(extractor, "GENEVA — Talks ended without a report.")
    assert found[0][0] == "GENEVA" and found[0][2] == "City"


def test_a_head_first_name_goes_on_through_a_list_closed_by_and(extractor: RuleExtractor) -> None:
    found = new(extractor, "The deal was signed by the Ministry of Example, Research and Innovation in May.")
    assert found == {"Ministry of Example, Research and Innovation": "GovernmentBody"}
    found = new(extractor, "The award came from the Directorate of Human and Robotic Example last year.")
    assert found == {"Directorate of Human and Robotic Example": "GovernmentBody"}
    # names of their own in the list end the name
    found = mentions(extractor, "The plan was backed by the Ministry of Examples, NASA and ESA.")
    assert ("Ministry of Examples", "ministry-of-examples", "GovernmentBody") in found
    assert ("NASA", "nasa", "") in found


def test_names_that_go_on_after_their_head_word(extractor: RuleExtractor) -> None:
    found = new(extractor, "It began as the Tarvo Institution for Advanced Science and Technology in 2006.")
    assert "Tarvo Institution for Advanced Science and Technology" in found
    found = new(extractor, "The Tarvo Mission to the Asteroid Belt will launch in 2028.")
    assert found == {"Tarvo Mission to the Asteroid Belt": "Mission"}
    assert "Tarvo Mission" in new(extractor, "The Tarvo Mission to the Moon ended.")  # one word after 'to': a place
    found = new(extractor, "Status note: Convention on International Example for Damage Caused by Space Objects")
    assert found == {"Convention on International Example for Damage Caused by Space Objects": "Treaty"}
    found = new(extractor, "Examplia joined the Treaty on Open Examples in 2002.")
    assert found == {"Treaty on Open Examples": "Treaty"}
    assert new(extractor, "The committee on Monday agreed.") == {}


def test_a_capital_stands_for_the_state_of_its_time(extractor: RuleExtractor) -> None:
    text = "The Soviet Union launched the probe. Examplia claimed damages; in 1981 Moscow paid part of the sum."
    assert ("Moscow", "soviet-union", "Country") in mentions(extractor, text)
    # a sentence of later years, no year, or a text that never names the earlier state: the graph's link
    later = "The Soviet Union launched the probe. In 2021 Moscow paid part of the sum."
    assert ("Moscow", "soviet-union", "Country") not in mentions(extractor, later)
    assert ("Moscow", "soviet-union", "Country") not in mentions(extractor, "In 1981 Moscow paid part of the sum.")
    assert ("Moscow", "soviet-union", "Country") not in mentions(extractor, "The Soviet Union fell. Moscow paid.")


def test_craft_nouns_of_small_satellites_and_space_telescopes(extractor: RuleExtractor) -> None:
    found = new(extractor, "The TARVO-Q cubesat, built by students, flew. Officials praised the Velmo X-ray telescope.")
    assert found["TARVO-Q"] == "Mission" and found["Velmo"] == "Mission"
    found = new(extractor, "Examplia promised to park its ExampleStar-7 satellite in a graveyard orbit.")
    assert found["ExampleStar-7"] == "Mission"
    assert new(extractor, "ExampleStar said it would appeal.") == {"ExampleStar": "Organization"}  # no number: no craft


def test_named_operations_and_regional_adjectives(extractor: RuleExtractor) -> None:
    found = new(extractor, "The clean-up, Operation Morning Example, was led by the army.")
    assert found == {"Operation Morning Example": "Event"}
    found = new(extractor, "Examplia became the first Latin American country to sign. South Korean officials agreed.")
    assert "Latin American" not in found
    assert new(extractor, "Officials praised Jane Morgan on Tuesday.") == {"Jane Morgan": "Person"}


def test_owners_of_a_joint_venture_are_organizations(extractor: RuleExtractor) -> None:
    found = new(extractor, "Example Orbit, a joint venture of Tarvo and Velmora, won the contract.")
    assert found["Tarvo"] == "Organization" and found["Velmora"] == "Organization"
    # after a role, a second name is no organization ('the chief executive of Tarvo and Jane Doe')
    found = new(extractor, "The chief executive of Tarvo and Jane Example met on Tuesday.")
    assert found.get("Jane Example") != "Organization"


def test_a_name_and_a_letter_apart_before_a_rocket_or_craft_noun(extractor: RuleExtractor) -> None:
    found = new(extractor, "Delays followed the failure of a Tarvo C rocket. The Velmo B lander touched down.")
    assert found["Tarvo C"] == "Program" and found["Velmo B"] == "Mission"
    found = new(extractor, "They chose Plan B rockets. Group A satellites flew. In December A satellite flew.")
    assert not any(label.endswith((" A", " B")) for label in found)


def test_a_document_known_by_when_it_was_signed(extractor: RuleExtractor) -> None:
    found = new(
        extractor, "Examplia leases the base. An agreement signed in January 2004 by its president extended it."
    )
    assert found["Agreement signed in January 2004"] == "Document"
    found = new(extractor, "An earlier safeguards agreement, signed in 2000, was never approved by the parliament.")
    assert "Safeguards agreement, signed in 2000" in found
    assert "Military agreement of September 2018" in new(
        extractor, "Seoul suspended the military agreement of September 2018."
    )
    # a document the text has named ('the treaty of 1967'), what a named one is ('… is a treaty of 1979'), a
    # glossary's definition ('Example Agreement. A treaty of 1979, …')
    assert new(extractor, "The treaty of 1967 bans weapons in orbit.") == {}
    assert not any("1979" in label for label in new(extractor, "The Tarvo Pact is a treaty of 1979."))
    glossary = new(extractor, "Tarvo Agreement. A treaty of 1979, negotiated in Vienna, binds few.")
    assert not any("1979" in label for label in glossary)


def test_the_rest_of_an_office_and_compound_nouns_are_no_names(extractor: RuleExtractor) -> None:
    found = mentions(extractor, "Previous post: ESA Director of Earth Observation Programmes from 2016.")
    assert [m[0] for m in found] == ["ESA"]  # no person, no planet
    assert new(extractor, "Press conference summary: NASA puts two plans on the table.") == {}
    assert new(extractor, "The Tarvo conference opened.") == {"Tarvo": "Meeting"}
    found = new(extractor, "The rocket lifted off with JAXA's Earth-observation satellite TARVO-3 on board.")
    assert "Earth-observation" not in found and found["TARVO-3"] == "Mission"


def test_names_that_go_on_with_of_after_day_year_and_party(extractor: RuleExtractor) -> None:
    found = new(extractor, "The International Day of Human Example Flight falls on 12 April.")
    assert found == {"International Day of Human Example Flight": "Event"}
    found = new(extractor, "Jane Example, secretary of the Workers' Party of Examplia, watched.")
    assert "Workers' Party of Examplia" in found
    assert "Victory Day" in new(extractor, "Victory Day of 1945 was marked.")  # a year is no part of the name


def test_countries_adjectives_joined_before_a_name_are_mentions_of_their_own(extractor: RuleExtractor) -> None:
    found = mentions(extractor, "Korea might join the Chinese-Russian Example Station instead.")
    assert ("Chinese", "china", "") in found and ("Russian", "russia", "") in found
    assert ("Example Station", "example-station", "Station") in found


def test_the_emirates_instruments_and_centres(extractor: RuleExtractor) -> None:
    found = mentions(extractor, "Questions and answers on the Emirates' first planetary mission.")
    assert ("Emirates", "united-arab-emirates", "Country") in found
    found = new(extractor, "The Emirates Mission to the Asteroid Example flies in 2028.")
    assert found == {"Emirates Mission to the Asteroid Example": "Mission"}  # a longer name opening with it
    assert new(extractor, "NASA supplied one camera, ExampleCam, to the orbiter.") == {"ExampleCam": "Mission"}
    assert new(extractor, "She is based at ESA's TARVO centre in the city.").get("TARVO") == "Facility"
    assert new(extractor, "The Velmo research centre opened.") == {"Velmo": "Facility"}


def test_post_in_a_cable_is_the_embassy_that_writes_it(extractor: RuleExtractor) -> None:
    text = "FROM: US Embassy Tokyo\nTO: Department of State\n\n2. Comment. Post believes the launch will slip."
    found = mentions(extractor, text)
    assert ("Post", "us-embassy-tokyo", "GovernmentBody") in found
    # no post named before, or a newspaper's name: no embassy
    assert not any(m[0] == "Post" and "embassy" in m[1] for m in mentions(extractor, "Post believes it will slip."))
    found = mentions(extractor, "FROM: US Embassy Tokyo\n\nThe Example Post does not expect a deal.")
    assert not any(m[0].endswith("Post") and "embassy" in m[1] for m in found)


def test_a_fields_word_before_and_opens_a_bodys_name(extractor: RuleExtractor) -> None:
    found = mentions(extractor, "The Examplian Air Force is to be renamed the Air and Space Force.")
    assert ("Air and Space Force", "examplian-air-force", "AirForce") in found  # renamed: the same body
    found = new(extractor, "Examplia works with the Tarvo and Example Space Agency.")
    assert "Example Space Agency" in found and "Tarvo and Example Space Agency" not in found
    assert mentions(extractor, "A firm must be based in the Grand Duchy.")[0][:2] == ("Grand Duchy", "luxembourg")


def test_datelines_with_a_region_and_accents_and_authorities(extractor: RuleExtractor) -> None:
    assert mentions(extractor, "TARVØYA, Examplia — The spaceport opened.")[0] == ("TARVØYA", "tarv-ya", "City")
    assert mentions(extractor, "KOUROU, French Guiana — The rocket flew.")[0][::2] == ("KOUROU", "City")
    assert new(extractor, "The Examplian Civil Aviation Authority granted a licence.") == {
        "Examplian Civil Aviation Authority": "GovernmentBody"
    }
    assert new(extractor, "It belongs to the defence group Tarvoberg.") == {"Tarvoberg": "Organization"}


def test_a_place_after_a_possessive_and_a_described_site(extractor: RuleExtractor) -> None:
    found = new(extractor, "Rivals include a spaceport in Scotland's Tarvo Islands.")
    assert found.get("Tarvo Islands") == "Place" and "Scotland's Tarvo" not in found
    found = new(extractor, "Europe races for an Arctic launch site.")
    assert not any(kind == "Facility" for kind in found.values())


def test_names_and_acronyms_opening_with_a_letter_with_an_accent(extractor: RuleExtractor) -> None:
    found = mentions(extractor, "A scheme run by the École Polytechnique Exemplaire de Tarvonne (EPET). EPET agreed.")
    assert ("École Polytechnique Exemplaire de Tarvonne", "epet", "Organization") in found
    assert [m[1] for m in found if m[0] == "EPET"] == ["epet", "epet"]
    assert new(extractor, "The Øresund Example Agency met.") == {"Øresund Example Agency": "GovernmentBody"}


def test_a_guessed_name_opening_a_series_craft_takes_its_class(extractor: RuleExtractor) -> None:
    found = new(extractor, "Tarvo lands Velmo Ghost on the Moon.\n\nThe Velmo Ghost Mission 1 lander touched down.")
    assert found["Velmo Ghost"] == "Mission"
    found = new(extractor, "Jane Example flew. The Jane Example Foundation paid for it.")
    assert found["Jane Example"] == "Person"  # a body named after a person: no series


def test_time_zones_are_no_acronyms(extractor: RuleExtractor) -> None:
    assert new(extractor, "The lander touched down at 3:34 a.m. EST on Sunday.") == {}


def test_air_force_ranks_before_a_name_and_numbers_before_a_body(extractor: RuleExtractor) -> None:
    found = new(
        extractor, "Four Examplian Air Force pilots, Group Captain Tarun Velmo and Squadron Leader Asha Rao, trained."
    )
    assert found.get("Tarun Velmo") == "Person" and found.get("Asha Rao") == "Person"
    assert "Examplian Air Force" in found and not any(label.startswith("Four") for label in found)
    assert "Group Captain" not in " ".join(found)


def test_names_stay_on_their_line_and_a_town_before_its_country(extractor: RuleExtractor) -> None:
    found = mentions(extractor, "I hope it will be funded.\n\nDr. Jane Velmoqvist\nTarvoville, Sweden")
    assert ("Jane Velmoqvist", "jane-velmoqvist", "Person") in found
    assert ("Tarvoville", "tarvoville", "City") in found
    found = new(extractor, "Jane Example, Norway and Tarvo, Sweden agreed.")  # no line of its own: no town
    assert found.get("Tarvo") != "City"


def test_a_capitalised_article_inside_a_sentence_belongs_to_the_name(extractor: RuleExtractor) -> None:
    found = mentions(extractor, "Firms such as The Tarvo Company and Velmo Space may compete.")
    assert ("The Tarvo Company", "tarvo-company", "Organization") in found
    assert mentions(extractor, "The Tarvo Company won.")[0][0] == "Tarvo Company"  # opening the sentence: the article


def test_an_acronym_after_a_name_that_ends_with_of_a_country(extractor: RuleExtractor) -> None:
    found = mentions(
        extractor, "The National Space Example Agency of Examplia (NASEA) and ISAS merged. NASEA was gone."
    )
    assert found[0] == ("National Space Example Agency of Examplia", "nasea", "SpaceAgency")
    assert [m[1] for m in found if m[0] == "NASEA"] == ["nasea", "nasea"]
    assert ("Kaguya", "kaguya", "Mission") in mentions(extractor, "JAXA launched the Kaguya orbiter (SELENE).")


def test_a_series_flight_keeps_its_number_and_craft_verbs_in_the_present(extractor: RuleExtractor) -> None:
    found = new(extractor, "The Tarvo-R Mission 2 crew arrived. The Velmo-B Mission 10 years ago failed.")
    assert "Tarvo-R Mission 2" in found and "Velmo-B Mission" in found
    assert new(extractor, "In September, TARVEX lifts off. It lands near a crater.") == {"TARVEX": "Mission"}


def test_an_adverb_of_degree_before_a_number_is_no_name(extractor: RuleExtractor) -> None:
    assert new(extractor, "Only 17 states have ratified it. Nearly 40 countries signed.") == {}


def test_a_middle_name_or_patronymic_names_the_same_person(extractor: RuleExtractor) -> None:
    found = mentions(
        extractor, "Obituary: Valya Tarvova\n\nValya Petrovna Tarvova died. Born in 1940, Tarvova studied."
    )
    assert [m[1] for m in found if "Tarvova" in m[0]] == ["valya-tarvova"] * 3
    found = mentions(extractor, "Jane Example met Jane Roe. Later Jane Ann Example spoke.")
    assert ("Jane Roe", "jane-roe", "Person") in found
    assert ("Jane Ann Example", "jane-example", "Person") in found


def test_a_prepositions_object_does_not_do_what_craft_do(extractor: RuleExtractor) -> None:
    assert new(extractor, "Notes: a capsule from Tarvogu lands in the outback.").get("Tarvogu") != "Mission"


def test_a_title_of_several_words_before_a_persons_name(extractor: RuleExtractor) -> None:
    found = new(extractor, "Examplia's Chief Cabinet Secretary Hiro Tarvono said the launch failed.")
    assert found == {"Hiro Tarvono": "Person"}


def test_a_rank_adjective_before_a_head_first_name_is_the_names(extractor: RuleExtractor) -> None:
    found = new(extractor, "Examplia's Federal Ministry for Economic Examples backed it.")
    assert found == {"Federal Ministry for Economic Examples": "GovernmentBody"}
    assert "Ministry of Examples" in new(extractor, "Its Ministry of Examples agreed.")


def test_fact_sheet_lines_and_instruments(extractor: RuleExtractor) -> None:
    text = "Operator: Example Agency, for the Tarvo programme\nSatellites: Velmo-2A\nPrime contractor: Tarvo Works, Velmohafen\nGround segment: Examplton"
    found = new(extractor, text)
    assert "Satellites" not in found and not any("\n" in label for label in found)
    found = mentions(extractor, "Its Example Spectral Instrument (ESI) has 13 bands. ESI sees far.")
    assert found[0] == ("Example Spectral Instrument", "esi", "Mission")
    assert mentions(extractor, "It flew from Europe's Spaceport in Kourou.")[0][:2] == (
        "Europe's Spaceport",
        "guiana-space-centre",
    )


def test_a_datelines_agency_in_capitals_is_no_new_name(extractor: RuleExtractor) -> None:
    assert "XP" not in new(extractor, "WASHINGTON (XP) — Tarvosat asked a court.")
    assert "XP" not in new(extractor, "SEOUL, Dec 2 (XP) - It flew.")
    assert "Tarvo Velmo Agency" in new(extractor, "The Tarvo Velmo Agency (TVA) said it would fly.")


def test_a_possessive_ends_a_name_and_a_plurals_inside_one_does_not(extractor: RuleExtractor) -> None:
    found = new(extractor, "Instruments from the Tarvian Academy of Sciences' Space Example Institute are on board.")
    assert "Tarvian Academy of Sciences" in found and "Space Example Institute" in found
    assert "University of Tarvo" in new(extractor, "The University of Tarvo's team won.")
    assert "Department of Veterans' Examples" in new(extractor, "The Department of Veterans' Examples paid.")
    assert "Workers' Example Council" in new(extractor, "Deputies of the Workers' Example Council voted.")
    found = mentions(extractor, "The mission is run by the CNSA's Lunar Example and Space Engineering Center.")
    assert (
        "Lunar Example and Space Engineering Center",
        "lunar-example-and-space-engineering-center",
        "Facility",
    ) in found


def test_acronyms_of_names_with_lists_spaceports_named_after_a_place(extractor: RuleExtractor) -> None:
    found = mentions(extractor, "The Department for Science, Examples and Technology (DSET) published it. DSET agreed.")
    assert found[0] == ("Department for Science, Examples and Technology", "dset", "GovernmentBody")
    assert [m[1] for m in found if m[0] == "DSET"] == ["dset", "dset"]
    assert new(extractor, "Flights from Spaceport Tarvoshire are planned.") == {"Spaceport Tarvoshire": "Facility"}
    found = new(extractor, "It published the Example Space Strategy in Action on 30 May.")
    assert "Action" not in found
    assert new(extractor, "The delegates arrived in Tarvoville on Monday.") == {"Tarvoville": "City"}


def test_surnames_with_a_joined_particle_and_a_given_name_sultan(extractor: RuleExtractor) -> None:
    found = new(extractor, "Rayya Tarvawi and Ali AlTarvani flew on the mission.")
    assert found == {"Rayya Tarvawi": "Person", "Ali AlTarvani": "Person"}
    assert new(extractor, "The centre flew Sultan Al Tarvadi on a long mission.") == {"Sultan Al Tarvadi": "Person"}
    assert "Sultan Tarvos" not in new(extractor, "Officials met Sultan Tarvos on Monday.")  # the title


def test_a_name_written_family_name_first_is_named_again_by_the_family_name(extractor: RuleExtractor) -> None:
    # (lead16) 'Yoon Young-bin' … 'Yoon said': a given name of two syllables joined by a hyphen comes last
    text = "Its administrator, Chae Min-seo, spoke first. The plan is late, Chae said."
    found = mentions(extractor, text)
    assert [(surface, entity) for surface, entity, _ in found] == [("Chae Min-seo", "chae-min-seo"),
                                                                   ("Chae", "chae-min-seo")]  # fmt: skip
    # a word made with a name ('Tarvi-led') is no given name; the surname comes last in other names
    text = "Its administrator, Okon Tarvi, spoke first. The Tarvi-led panel met, Tarvi said."
    assert [entity for surface, entity, _ in mentions(extractor, text) if surface == "Tarvi"] == ["okon-tarvi"]


def test_un_document_symbols_are_resolutions(extractor: RuleExtractor) -> None:
    # a draft's 'L.' symbol after 'draft resolution', a full symbol alone, an adopted resolution's symbol (lead17)
    found = mentions(extractor, "The First Committee adopted draft resolution L.17, sponsored by Examplia and Norway.")
    assert ("draft resolution L.17", "draft-resolution-l-17", "DraftResolution") in found
    found = mentions(extractor, "Examplia and Norway tabled A/C.1/79/L.33 in October.")
    assert ("A/C.1/79/L.33", "a-c-1-79-l-33", "DraftResolution") in found
    found = mentions(extractor, "The Council adopted S/RES/2999 (2031) after the launch.")
    assert ("S/RES/2999 (2031)", "s-res-2999-2031", "Document") in found  # adopted: a document (types18)
    found = mentions(extractor, "The subcommittee circulated A/AC.105/C.1/L.402 before the session.")
    assert [m for m in found if m[0] == "A/AC.105/C.1/L.402"]
    # the sponsors of the draft propose it (GUIDELINES v10: "A bill's sponsor proposes it"; guidelines23)
    stated_facts = {
        (f["subject"], f["relation"], f["object"])
        for f in run(
            extractor, "The First Committee adopted draft resolution L.17, sponsored by Egypt and Norway."
        ).facts
    }
    assert ("egypt", "proposes", "draft-resolution-l-17") in stated_facts
    # fractions, dates and letter pairs with a slash are no symbols
    found = mentions(extractor, "About 3/4 of the members backed the A/B test on 12/10, and the L.5 route was shut.")
    assert not [m for m in found if "/" in m[0] or m[0].startswith("L.")]


def test_a_possessor_is_not_part_of_a_numbered_name(extractor: RuleExtractor) -> None:
    # "Examplia's EX3 rocket": the country, then the rocket (lead17)
    found = mentions(extractor, "Japan's H3 rocket failed on its first flight.")
    assert ("Japan", "japan", "") in found and [m for m in found if m[0] == "H3"]
    assert not [m for m in found if m[0].startswith("Japan's")]


def test_one_word_a_who_clause_describes_is_a_person(extractor: RuleExtractor) -> None:
    # 'Examplov, who ran the agency until 2022, …': a surname alone, even opening a sentence (lead17)
    found = mentions(extractor, "Examplov, who ran Roscosmos until 2022, had threatened to leave the ISS.")
    assert ("Examplov", "examplov", "Person") in found
    found = mentions(extractor, "The deal was struck by Tarvenko, who has led the agency since 2019.")
    assert ("Tarvenko", "tarvenko", "Person") in found
    # plural nouns and bodies that speak are no people
    for text in (
        "Officials, who declined to be named, said the launch slipped.",
        "Critics, who want more money, said nothing.",
        "Examplia, who said it would sign, did not.",
    ):
        assert not [m for m in mentions(extractor, text) if m[2] == "Person"], text
