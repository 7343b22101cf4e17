"""Who was aboard: crews named as joint subjects, in apposition to 'the
crew', after 'with' or 'alongside', in the passive, and the flight or station
in focus (``spacekg.extract.crews``), read from invented sentences with the
shapes that must not fire beside them (crews17)."""

from __future__ import annotations

from spacekg.extract.rules import RuleExtractor
from tests.test_extract_clauses import Stated, plain, stated


def crew_of(found: Stated, craft: str) -> set[str]:
    return {s for s, r, o in plain(found) if r == "participatesIn" and o == craft}


def test_a_joint_subject_that_stays_boards_or_docks_takes_part(extractor: RuleExtractor) -> None:
    for text in (
        "Jane Doe was born in 1950. In May 1975 she and John Roe spent two weeks in orbit aboard Mir.",
        "Jane Doe and John Roe spent almost six months on board Mir.",
        "In 1996 Jane Doe and John Roe boarded Mir.",
        "Jane Doe and John Roe docked with Mir on 3 May 1996.",
        "Jane Doe and John Roe lived on Mir for six months.",
        "Jane Doe and John Roe, who had gone up in Mir, spoke.",
    ):
        assert crew_of(stated(extractor, text), "mir") >= {"jane-doe", "john-roe"}, text


def test_a_crew_listed_in_apposition_takes_part_in_the_station_in_focus(extractor: RuleExtractor) -> None:
    for text in (
        "The first crew, the American astronaut Jane Doe and the cosmonauts John Roe and Max Poe, boarded the "
        "International Space Station in November 2000.",
        "Five agencies run the International Space Station. The first crew, the American astronaut Jane Doe and "
        "the cosmonauts John Roe and Max Poe, boarded the station in November 2000.",
        "Its crew: Jane Doe, John Roe and Max Poe docked with the International Space Station on 3 May.",
    ):
        assert crew_of(stated(extractor, text), "iss") == {"jane-doe", "john-roe", "max-poe"}, text
    # a list of people that is no crew apposed to the verb's subject
    found = stated(extractor, "The first crew, which NASA chose after talks with Jane Doe and John Roe, boarded Mir.")
    assert not crew_of(found, "mir") & {"jane-doe", "john-roe"}


def test_companions_after_with_or_alongside_take_part(extractor: RuleExtractor) -> None:
    found = stated(
        extractor,
        "Jane Doe was born in 1950. John Roe flew in 1965. Three years later she flew Apollo 8 to the Moon with Roe "
        "and Max Poe, and the crew read from a book.",
    )
    assert crew_of(found, "apollo-8") >= {"john-roe", "max-poe"}
    for text in (
        "Jane Doe returned to the International Space Station in 2019 with John Roe and Max Poe.",
        "Jane Doe spent six months aboard the International Space Station alongside John Roe and Max Poe.",
        "Jane Doe flew to the International Space Station with her crewmates John Roe and Max Poe.",
    ):
        assert crew_of(stated(extractor, text), "iss") == {"jane-doe", "john-roe", "max-poe"}, text
    found = stated(extractor, "Jane Doe flew on Apollo 8 in 1968 together with John Roe.")
    assert crew_of(found, "apollo-8") == {"jane-doe", "john-roe"}


def test_a_flight_whose_craft_the_sentence_does_not_name_is_the_one_before(extractor: RuleExtractor) -> None:
    text = (
        "Jane Doe was born in 1954. Her flight came in 2003, when Tarvo lifted off from Florida on the Example-107 "
        "mission. She flew as a payload specialist alongside six American crew members, among them John Roe, who "
        "had been born in India."
    )
    found = stated(extractor, text)
    assert crew_of(found, "example-107") >= {"jane-doe", "john-roe"}
    # a flight in focus only from the sentence right before
    text = (
        "Tarvo lifted off from Florida on the Example-107 mission. Jane Doe was born in 1954. She flew as a "
        "payload specialist alongside six crew members, among them John Roe."
    )
    assert not crew_of(stated(extractor, text), "example-107") & {"jane-doe", "john-roe"}


def test_flying_to_a_station_on_a_mission_takes_part_in_both(extractor: RuleExtractor) -> None:
    for text in (
        "Jane Doe flew to the International Space Station on the Ax-1 mission in April 2022.",
        "Jane Doe, who flew to the International Space Station on the Ax-1 mission, spoke on Monday.",
        "In 2022 Jane Doe travelled to the International Space Station aboard the Ax-1 mission.",
    ):
        found = plain(stated(extractor, text))
        assert ("jane-doe", "participatesIn", "iss") in found, text
        assert ("jane-doe", "participatesIn", "ax-1") in found, text


def test_a_craft_crewed_or_flown_by_people_in_the_passive(extractor: RuleExtractor) -> None:
    assert crew_of(stated(extractor, "Apollo 8 was flown by Jane Doe, John Roe and Max Poe."), "apollo-8") == {
        "jane-doe",
        "john-roe",
        "max-poe",
    }
    assert crew_of(stated(extractor, "Example-7 was crewed by Jane Doe and John Roe."), "example-7") == {
        "jane-doe",
        "john-roe",
    }
    # a company that flies a satellite is no crew
    assert not crew_of(stated(extractor, "Example-7 was flown by Example Corp in 2020."), "example-7")


def test_taking_part_in_a_named_operation(extractor: RuleExtractor) -> None:
    for text in (
        "Jane Doe was born in 1954. In 1981 she took part in Operation Tarvo, the raid that destroyed a reactor.",
        "Jane Doe participated in Operation Tarvo in 1981.",
    ):
        assert ("jane-doe", "participatesIn", "operation-tarvo") in plain(stated(extractor, text)), text
    found = stated(extractor, "Jane Doe did not take part in Operation Tarvo.")
    assert found.get(("jane-doe", "participatesIn", "operation-tarvo")) == "negated"


def test_near_misses_give_no_crew(extractor: RuleExtractor) -> None:
    for text in (
        "Jane Doe was born in 1950. She flew to Moscow aboard a commercial airliner with John Roe.",
        "Jane Doe watched the launch of Apollo 8 with John Roe and Max Poe.",
        "Jane Doe trained for the Apollo 8 mission alongside John Roe.",
        "Jane Doe met John Roe at the International Space Station conference in Houston.",
        "Jane Doe flew to the International Space Station press centre with John Roe.",
        "The agreement lets Jane Doe fly to the International Space Station with John Roe.",
    ):
        found = plain(stated(extractor, text))
        assert not any(r == "participatesIn" and s in ("jane-doe", "john-roe", "max-poe") for s, r, _ in found), text
    # a denial and a plan are no plain flight
    found = stated(extractor, "Jane Doe and John Roe did not board the International Space Station.")
    assert found.get(("jane-doe", "participatesIn", "iss")) == "negated"
    assert found.get(("john-roe", "participatesIn", "iss")) == "negated"
    found = stated(extractor, "Jane Doe will fly to the International Space Station with John Roe.")
    assert not crew_of(found, "iss")
    found = stated(extractor, "Jane Doe did not fly to the International Space Station on the Ax-1 mission.")
    assert not crew_of(found, "iss") and not crew_of(found, "ax-1")


def test_people_who_make_up_a_crew_or_are_named_as_crewmates(extractor: RuleExtractor) -> None:
    for text in (
        "Jane Doe, John Roe and Max Poe made up the crew of Apollo 8.",
        "Jane Doe, John Roe and Max Poe formed the three-man crew of Apollo 8.",
        "Jane Doe was born in 1950. Her crewmates on Apollo 8 were John Roe and Max Poe.",
        "Jane Doe was born in 1950. Jane Doe's crewmates aboard Apollo 8 included the astronauts John Roe and Max Poe.",
    ):
        assert crew_of(stated(extractor, text), "apollo-8") == {"jane-doe", "john-roe", "max-poe"}, text
    assert crew_of(stated(extractor, "Jane Doe piloted Apollo 8 in 1968."), "apollo-8") == {"jane-doe"}
    # crewmates still to fly, and a crew that is a company's, are no crew
    found = stated(extractor, "Jane Doe was born in 1950. Her crewmates on Apollo 8 will be John Roe and Max Poe.")
    assert not crew_of(found, "apollo-8")
    assert not crew_of(stated(extractor, "Jane Doe will pilot Apollo 8 next year."), "apollo-8")


def test_with_after_another_verb_or_without_a_crew_is_no_companion(extractor: RuleExtractor) -> None:
    found = stated(extractor, "Jane Doe, who commanded Apollo 8, met with John Roe in 1969.")
    assert not crew_of(found, "apollo-8") & {"john-roe"}
    found = stated(extractor, "NASA launched Artemis I in 2022. Jane Doe flew with John Roe to Houston to watch it.")
    assert not any(r == "participatesIn" and s in ("jane-doe", "john-roe") for s, r, _ in found)
    text = (
        "Tarvo lifted off on the Example-107 mission. Jane Doe flew as a fighter pilot alongside six airmen, "
        "among them John Roe."
    )
    assert not crew_of(stated(extractor, text), "example-107")


def test_a_craft_ridden_splashed_down_in_or_owning_its_crew(extractor: RuleExtractor) -> None:
    for text in (
        "Jane Doe and John Roe rode Example-22 to orbit in 2022.",
        "Jane Doe and John Roe splashed down aboard Example-22 off Florida.",
        "Example-22's two astronauts, Jane Doe and John Roe, landed in Kazakhstan.",
        "Jane Doe arrived at Example-22 on Saturday with two NASA astronauts, John Roe and Max Poe.",
    ):
        assert crew_of(stated(extractor, text), "example-22") >= {"jane-doe", "john-roe"}, text
    # the rocket type ridden, and a possessive of a station's people, are no crew of a craft
    assert not crew_of(stated(extractor, "Jane Doe rode a Falcon 9 rocket to orbit."), "falcon-9")
    found = stated(extractor, "The International Space Station's astronauts, Jane Doe and John Roe, spoke.")
    assert not crew_of(found, "iss")
    found = stated(extractor, "Example-22's two astronauts, Jane Doe and John Roe, will fly in 2026.")
    assert not crew_of(found, "example-22")


def test_a_craft_that_lifted_off_with_people_aboard(extractor: RuleExtractor) -> None:
    for text in (
        "Example-22 lifted off on Friday with Jane Doe and John Roe aboard.",
        "Example-22 lifted off from Baikonur with NASA astronauts Jane Doe and John Roe on board.",
        "Example-22 reached the station on 3 May, with the cosmonauts Jane Doe and John Roe inside.",
    ):
        assert crew_of(stated(extractor, text), "example-22") == {"jane-doe", "john-roe"}, text
    # a plan, a rocket type, and a meeting aboard are no crew of the subject
    found = stated(extractor, "Example-22 will lift off in May with Jane Doe and John Roe aboard.")
    assert found.get(("jane-doe", "participatesIn", "example-22")) == "planned"
    assert not crew_of(stated(extractor, "A Falcon 9 rocket lifted off with Jane Doe and John Roe aboard."), "falcon-9")
