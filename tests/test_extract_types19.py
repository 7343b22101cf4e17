"""Finding and typing new names by evidence (issue #11, types19): a capitalised pair without person evidence falls
back to the class its context says (a town by its first word or after a place preposition, a made thing after
'developing', a document by its last word), a media noun after a name, an apposition that names a class over the
gazetteer's place or planet, a project's head word over a vague apposition, bodies of the UN, a school with its
town, a research institute of a space field, satellites' designations and camel-case names with a number or a
letter, a UN report's symbol, an acronym of a common noun, an employer, a network, a company's town after its
acronym. Invented sentences, several wordings each, and near-misses where a rule must not fire."""

from __future__ import annotations

from spacekg.extract.rules import RuleExtractor
from tests.test_extract_mentions import mentions, new


def test_a_place_preposition_before_a_name_ending_in_city_gives_a_town(extractor: RuleExtractor) -> None:
    assert new(extractor, "She trained for a year at Korvo City during the war.")["Korvo City"] == "City"
    assert new(extractor, "The crew lived in Tarvo City during the tests.")["Tarvo City"] == "City"
    # near-miss: an abstract noun in 'ity' still ends no place ('… Strategy in Security')
    assert new(extractor, "Jane Doe spoke at length in Orbital Security.").get("Orbital Security") != "City"


def test_a_place_name_by_its_first_word_is_a_town_not_a_person(extractor: RuleExtractor) -> None:
    assert new(extractor, "The rebels laid siege to La Tarva in the eighteenth century.")["La Tarva"] == "City"
    assert new(extractor, "Engineers drove from San Korvo to the launch site.")["San Korvo"] == "City"
    assert new(extractor, "Port Examplo hosts the ground station.")["Port Examplo"] == "City"
    # near-misses: a pair of names with person evidence stays a person
    assert new(extractor, "Maria Korvo said the test went well.")["Maria Korvo"] == "Person"
    assert new(extractor, "The agency hired Tomas Ferrando in 2019.")["Tomas Ferrando"] == "Person"


def test_what_is_built_or_developed_is_a_made_thing_not_a_person(extractor: RuleExtractor) -> None:
    assert new(extractor, "The company will keep developing Dream Runner.")["Dream Runner"] == "Mission"
    assert new(extractor, "The firm is building Star Glider for the agency.")["Star Glider"] == "Mission"
    assert new(extractor, "Engineers tested Blue Falcon last spring.")["Blue Falcon"] == "Mission"
    # near-miss: people are flown, not built ('flying Jane Doe to the station' keeps a person)
    assert new(extractor, "The capsule is flying Maria Korvo to the station.")["Maria Korvo"] == "Person"


def test_a_document_by_its_last_word_after_a_possessive(extractor: RuleExtractor) -> None:
    found = new(extractor, "The group published its first Global Exploration Roadmap in 2011.")
    assert found["Global Exploration Roadmap"] == "Document"
    assert new(extractor, "The agency released the Annual Debris Report in May.")["Annual Debris Report"] == "Document"
    # near-miss: a possessive and a role noun before a person's name keep the person
    assert new(extractor, "Its new chief, Maria Korvo, said so.")["Maria Korvo"] == "Person"


def test_a_media_noun_after_a_name_gives_a_media_outlet(extractor: RuleExtractor) -> None:
    assert new(extractor, "He told Time magazine that the test was a mistake.")["Time"] == "MediaOutlet"
    assert new(extractor, "The claim was first printed by the Courier newspaper.")["Courier"] == "MediaOutlet"
    assert new(extractor, "She wrote for the Korvo Herald weekly for a decade.")["Korvo Herald"] == "MediaOutlet"
    # near-miss: a media noun elsewhere in the clause names nothing
    assert "Tarvo" not in new(extractor, "In Tarvo, a magazine printed the news.") or (
        new(extractor, "In Tarvo, a magazine printed the news.")["Tarvo"] != "MediaOutlet"
    )


def test_an_apposition_naming_a_class_wins_over_the_gazetteer(extractor: RuleExtractor) -> None:
    assert new(extractor, "Mars, the confectionery company, paid for the flight.")["Mars"] == "Organization"
    assert new(extractor, "Vega, a company from Turin, built the part.")["Vega"] == "Organization"
    # near-misses: an apposition of the same class, and no apposition, keep the gazetteer's class
    assert new(extractor, "Mars, the fourth planet, is cold.")["Mars"] == "CelestialBody"
    assert new(extractor, "The lander touched down on Mars in 2021.")["Mars"] == "CelestialBody"


def test_a_project_head_word_wins_over_a_vague_apposition(extractor: RuleExtractor) -> None:
    found = new(extractor, "She was chosen for Project Tarvo, a private venture to fly a Briton to the station.")
    assert found["Project Tarvo"] == "Program"
    # near-miss: a network of satellites in apposition still gives a facility
    found = new(extractor, "Project Korvo, a network of 3,000 satellites, is planned.")
    assert found["Project Korvo"] == "Facility"


def test_bodies_of_the_united_nations_are_its_organs(extractor: RuleExtractor) -> None:
    text = "The United Nations Institute for Orbital Research (UNIOR) advised the group."
    assert new(extractor, text)["United Nations Institute for Orbital Research"] == "InternationalOrgan"
    text = "Staff of the United Nations Office for Launch Safety (UNOLS) attended."
    assert new(extractor, text)["United Nations Office for Launch Safety"] == "InternationalOrgan"
    # near-miss: a country's office keeps its class
    assert new(extractor, "The Examplian Office for Debris Affairs (EODA) attended.").get(
        "Examplian Office for Debris Affairs"
    ) in ("GovernmentBody", None)


def test_a_research_institute_of_a_space_field_is_no_space_agency(extractor: RuleExtractor) -> None:
    text = "Talks were held with the Swedish Institute of Space Physics in May."
    assert new(extractor, text)["Swedish Institute of Space Physics"] == "Organization"
    # near-miss: a country's space institute (the space word before the head) stays an agency
    text = "The Korea Aerospace Research Institute built the probe."
    assert new(extractor, text)["Korea Aerospace Research Institute"] == "SpaceAgency"


def test_a_school_takes_its_town_into_its_name(extractor: RuleExtractor) -> None:
    assert new(extractor, "She later took a job at Imperial College London.")["Imperial College London"] == (
        "Organization"
    )
    assert new(extractor, "He taught at Example College Dublin for years.")["Example College Dublin"] == (
        "Organization"
    )
    # near-misses: a person's title after the school, a weekday after it
    found = new(extractor, "The Example College Professor Maria Korvo spoke.")
    assert found["Example College"] == "Organization" and found["Maria Korvo"] == "Person"
    assert "Example University" in new(extractor, "She joined Example University Monday.")


def test_satellites_by_designation_and_camel_case_with_a_number(extractor: RuleExtractor) -> None:
    assert new(extractor, "The satellite USA 245 passed close to the craft.")["USA 245"] == "Mission"
    assert new(extractor, "The constellation included UK-EXM and Tarvo-1.")["UK-EXM"] == "Mission"
    found = new(extractor, "Examplia launched ExamCom-1 in 2007 and ExamCom-1R in 2011.")
    assert found["ExamCom-1"] == "Mission" and found["ExamCom-1R"] == "Mission"
    assert new(extractor, "ExampliaSat-X was built by trainees.")["ExampliaSat-X"] == "Mission"
    # near-misses: two names joined, a year
    assert "UK-EU" not in new(extractor, "The UK-EU deal was signed in May.")
    assert "USA 2026" not in new(extractor, "By USA 2026 standards it was cheap.")
    assert "UK-China" not in new(extractor, "Talks were held in UK-China format.")


def test_a_un_report_by_its_symbol_is_a_document(extractor: RuleExtractor) -> None:
    assert new(extractor, "The group adopted its report, A/68/189, in July.")["A/68/189"] == "Document"
    assert new(extractor, "The note A/AC.105/1234 lists the objects.")["A/AC.105/1234"] == "Document"
    # near-miss: a draft keeps its class
    assert new(extractor, "The draft A/C.1/77/L.62 was put to a vote.")["A/C.1/77/L.62"] == "DraftResolution"


def test_an_acronym_of_a_common_noun_is_a_topic(extractor: RuleExtractor) -> None:
    text = "The group discussed transparency and confidence-building measures (TCBMs) for outer space."
    assert new(extractor, text)["TCBMs"] == "Topic"
    assert new(extractor, "States discussed long-term sustainability (LTS) in Vienna.")["LTS"] == "Topic"
    # near-misses: an agency's or an operator's noun before the acronym gives that class
    assert new(extractor, "Examplia opened its new space agency (EXSA) in May.")["EXSA"] == "SpaceAgency"
    assert new(extractor, "The firm signed with the national operator (NATOP) last year.")["NATOP"] != "Topic"


def test_an_employer_a_network_and_a_company_town(extractor: RuleExtractor) -> None:
    assert new(extractor, "After leaving the corps he worked for Alfa-Bank.")["Alfa-Bank"] == "Organization"
    assert new(extractor, "She later worked for Examplo-Holding as an adviser.")["Examplo-Holding"] == "Organization"
    assert new(extractor, "Amazon plans to launch thousands for its Tarvo network.")["Tarvo"] == "Facility"
    text = "The satellite was built by Example Satellite Technology Ltd (ESTL) of Korvoford, England."
    assert new(extractor, text)["Korvoford"] == "City"


def test_the_body_a_role_is_of_is_no_speaker(extractor: RuleExtractor) -> None:
    text = "General Maria Korvo, chairman of the Joint Example Staff, told reporters."
    found = new(extractor, text)
    assert found["Maria Korvo"] == "Person"
    assert found.get("Joint Example Staff") != "Person"
    # near-miss: a name with its role after it, then speech, is the person
    assert new(extractor, "Tomas Ferrando, the agency's chief, said so.")["Tomas Ferrando"] == "Person"
    assert ("Tomas Ferrando", "tomas-ferrando", "Person") in mentions(extractor, "Tomas Ferrando said so.")


def test_a_country_s_programme_known_by_its_description(extractor: RuleExtractor) -> None:
    found = new(extractor, "He was chosen to train for the Soviet lunar landing programme.")
    assert found["lunar landing programme"] == "Program"
    found = new(extractor, "The Indian human spaceflight program was announced in 2018.")
    assert found["human spaceflight program"] == "Program"
    # near-misses: a clause between the adjective and 'programme', the bare noun
    assert not any("programme" in label for label in new(extractor, "Russian officials said the programme went on."))
    assert not any("programme" in label for label in new(extractor, "The Soviet programme ended in 1976."))


def test_a_state_agency_by_apposition_or_a_country_s_possessive(extractor: RuleExtractor) -> None:
    text = "She was chief executive of EXRO, the national science agency, until 2018."
    assert new(extractor, text)["EXRO"] == "GovernmentBody"
    assert new(extractor, "Examplia's new space agency, EXSA, opened in May.").get("EXSA") != "GovernmentBody"
    assert new(extractor, "The data came from Germany's EXLR and from Peru.")["EXLR"] == "GovernmentBody"
    # near-miss: an acronym after a company's possessive is no state body
    assert new(extractor, "Airbus's EXQ unit built the part.").get("EXQ") != "GovernmentBody"


def test_a_locality_placed_by_the_town_it_is_near_is_a_place(extractor: RuleExtractor) -> None:
    assert new(extractor, "She trained at Korvo City, outside Moscow, for a year.")["Korvo City"] == "Place"
    assert new(extractor, "The sheds at Tarvola, on the edge of Bangalore, were small.")["Tarvola"] == "Place"
    # near-miss: a town with its country after the comma stays a town
    assert new(extractor, "The firm moved to Tarvola, Finland, in 2019.")["Tarvola"] == "City"
