"""Who took part in a flight, a station or a programme, read by construction (crews19): the companions of a trip
in every order (after or before the craft, after a colon or a count, with an aside between two of them, between
the subject and the verb), going up and coming back aboard a craft, visiting or leaving a station or craft,
being chosen or picked for a flight or programme, and a craft commanded on a named project
(``spacekg.extract.crews``), read from invented sentences with the shapes that must not fire beside them."""

from __future__ import annotations

from spacekg.extract.rules import RuleExtractor
from tests.test_extract_clauses import Stated, plain, stated


def crew_of(found: Stated, craft: str) -> set[str]:
    # A commander leads the flight, and leading is taking part: no participatesIn beside it (GUIDELINES.md, the
    # development golds reconciled in the v23 round).
    return {s for s, r, o in plain(found) if r in ("participatesIn", "leads") and o == craft}


def test_companions_after_a_colon_a_count_or_with_an_aside(extractor: RuleExtractor) -> None:
    for text in (
        "On 2 March 1990 Jane Doe lifted off from Baikonur aboard Soyuz TM-12 with two Examplian cosmonauts: John "
        "Roe, who commanded the flight, and Max Poe.",
        "Jane Doe launched on Soyuz TM-12 with a crew of three: John Roe, Max Poe and Ann Koe.",
        "Soyuz TM-12 lifted off from Baikonur with a crew of three: John Roe, Max Poe and Jane Doe.",
        "Jane Doe flew aboard Soyuz TM-12 with John Roe, a former test pilot, and Max Poe.",
    ):
        found = stated(extractor, text)
        assert crew_of(found, "soyuz-tm-12") >= {"john-roe", "max-poe"}, text


def test_companions_before_the_craft_and_before_the_verb(extractor: RuleExtractor) -> None:
    for text in (
        "Jane Doe came back to Earth with John Roe and Max Poe aboard Soyuz TM-11.",
        "Jane Doe was born in 1950. She returned with John Roe and Max Poe in Soyuz TM-11.",
        "Eight days later Jane Doe landed in Examplia aboard Soyuz TM-11, together with John Roe and Max Poe.",
        "Jane Doe, with John Roe and Max Poe, came back aboard Soyuz TM-11 in May.",
    ):
        found = stated(extractor, text)
        assert crew_of(found, "soyuz-tm-11") >= {"jane-doe", "john-roe", "max-poe"}, text


def test_trips_and_companions_that_are_none(extractor: RuleExtractor) -> None:
    for text in (
        "Jane Doe flew to Moscow with John Roe to watch the launch of Soyuz TM-12.",
        "Jane Doe watched the launch of Soyuz TM-12 with John Roe.",
        "Jane Doe came back to Moscow with John Roe after the landing of Soyuz TM-12.",
        "Jane Doe flew to Moscow with John Roe in June, weeks after Soyuz TM-12 had landed.",
        "Jane Doe flew to Houston with John Roe on a model of Soyuz TM-12.",
    ):
        found = stated(extractor, text)
        assert not crew_of(found, "soyuz-tm-12") & {"jane-doe", "john-roe"}, text
    # someone watching, or opening a clause of their own after the list, is no companion
    found = stated(extractor, "With John Roe watching from Houston, Jane Doe came back to Earth aboard Soyuz TM-11.")
    assert crew_of(found, "soyuz-tm-11") == {"jane-doe"}
    found = stated(
        extractor, "Jane Doe came back to Earth aboard Soyuz TM-11 with John Roe, and Max Poe stayed on Mir."
    )
    assert "max-poe" not in crew_of(found, "soyuz-tm-11")
    found = stated(extractor, "Jane Doe did not fly on Soyuz TM-12.")
    assert "jane-doe" not in crew_of(found, "soyuz-tm-12")


def test_visiting_or_leaving_a_station_or_craft(extractor: RuleExtractor) -> None:
    for text in (
        "Jane Doe was the first Examplian in space and the first woman to visit Mir.",
        "In 1991 Jane Doe visited Mir for eight days.",
        "Jane Doe, who visited the Mir space station in 1991, later taught chemistry.",
    ):
        assert "jane-doe" in crew_of(stated(extractor, text), "mir"), text
    found = stated(
        extractor, "On 2 March 1965 Jane Doe left the Voskhod 2 capsule, commanded by John Roe, and floated."
    )
    assert "jane-doe" in crew_of(found, "voskhod-2")
    for text in ("Jane Doe visited the Mir exhibit in London.", "Jane Doe hoped to visit Mir one day."):
        assert "jane-doe" not in crew_of(stated(extractor, text), "mir"), text
    found = stated(extractor, "Jane Doe never visited Mir.")
    assert found.get(("jane-doe", "participatesIn", "mir")) in (None, "negated")
    assert ("jane-doe", "participatesIn", "mir") not in plain(found)


def test_chosen_or_picked_for_a_flight_or_programme(extractor: RuleExtractor) -> None:
    for text in (
        "Jane Doe was chosen from about 13,000 applicants for Project Juno, a private venture to fly a chemist.",
        "In 1989 Jane Doe was selected for Project Juno.",
        "Jane Doe, who was chosen for Project Juno in 1989, was a chemist.",
        "The organisers picked Jane Doe from 13,000 applicants for Project Juno.",
    ):
        assert "jane-doe" in crew_of(stated(extractor, text), "project-juno"), text
    found = stated(extractor, "Jane Doe was assigned to Soyuz TM-12 in 1990.")
    assert "jane-doe" in crew_of(found, "soyuz-tm-12")
    found = stated(extractor, "Jane Doe was then chosen to train for the Apollo program.")
    assert "jane-doe" in crew_of(found, "apollo")
    found = stated(extractor, "NASA picked Boeing and SpaceX in September 2014 under its Commercial Crew Program.")
    assert crew_of(found, "commercial-crew-program") == {"boeing", "spacex"}
    for text in (
        "Jane Doe was turned down for Project Juno.",
        "Jane Doe was not chosen for Project Juno.",
        "Jane Doe applied for Project Juno.",
        "Jane Doe picked a name for Project Juno.",
        "Jane Doe was chosen by the board in 1989, for Project Juno had no pilot.",
    ):
        assert "jane-doe" not in crew_of(stated(extractor, text), "project-juno"), text


def test_a_craft_commanded_on_a_named_project(extractor: RuleExtractor) -> None:
    for text in (
        "In July 1975 Jane Doe commanded Soyuz 19 on the Apollo-Soyuz Test Project, the first joint flight of two "
        "rivals.",
        "Jane Doe flew Soyuz 19 on the Apollo-Soyuz Test Project.",
    ):
        found = plain(stated(extractor, text))
        assert ("jane-doe", "participatesIn", "apollo-soyuz-test-project") in found, text
        assert ("soyuz-19", "partOf", "apollo-soyuz-test-project") in found, text
    # a craft's own flight is no project it is part of
    found = plain(stated(extractor, "Jane Doe flew Endeavour on the STS-72 mission."))
    assert ("endeavour", "partOf", "sts-72") not in found


def test_builders_suppliers_and_contractors_of_a_craft(extractor: RuleExtractor) -> None:
    opening = "Chang'e 4 landed on the far side in January. "
    for text in (
        "Kiel University in Germany built a radiation detector on the lander.",
        "Kiel University supplied an instrument that flies on the lander.",
        "Kiel University supplied one of the four instruments for the mission.",
    ):
        found = plain(stated(extractor, opening + text))
        assert ("kiel-university", "participatesIn", "chang-e-4") in found, text
        assert ("germany", "participatesIn", "chang-e-4") not in found, text
    found = plain(stated(extractor, "Danuri reached the Moon in 2022. NASA supplied the press with pictures."))
    assert ("nasa", "participatesIn", "danuri") not in found
    found = plain(
        stated(
            extractor,
            "NigeriaSat-1 was built in China under a contract with the China Great Wall Industry Corporation and "
            "launched in May 2007.",
        )
    )
    assert ("china-great-wall-industry-corporation", "participatesIn", "nigeriasat-1") in found
    assert ("china", "participatesIn", "nigeriasat-1") not in found
    found = plain(
        stated(extractor, "NigeriaSat-1 was launched in 2003. It was built under contract with Example Corp.")
    )
    assert ("example-corp", "participatesIn", "nigeriasat-1") in found
    # in the active, the one under contract builds: the client is read elsewhere, not as a participant
    found = plain(stated(extractor, "Example Corp built NigeriaSat-1 under a contract with NASA."))
    assert ("nasa", "participatesIn", "nigeriasat-1") not in found
    found = plain(stated(extractor, "NigeriaSat-1 failed in 2008. China built a replacement, NigeriaSat-2, in 2011."))
    assert ("china", "participatesIn", "nigeriasat-2") in found
    found = plain(stated(extractor, "China launched a replacement, NigeriaSat-2, in 2011."))
    assert ("china", "participatesIn", "nigeriasat-2") not in found


def test_joined_aboard_reaching_and_a_single_week_aboard(extractor: RuleExtractor) -> None:
    found = stated(extractor, "Jane Doe was joined aboard Soyuz TM-12 by John Roe and Max Poe.")
    assert crew_of(found, "soyuz-tm-12") >= {"jane-doe", "john-roe", "max-poe"}
    found = stated(extractor, "Jane Doe spent a week on Mir with John Roe.")
    assert crew_of(found, "mir") >= {"jane-doe", "john-roe"}
    assert "jane-doe" in crew_of(stated(extractor, "Jane Doe was the first woman to reach Mir."), "mir")
    # a craft reached is a probe's target, not a station: nothing
    found = stated(extractor, "Jane Doe reached Soyuz TM-12 by radio.")
    assert "jane-doe" not in crew_of(found, "soyuz-tm-12")


def test_a_lender_of_the_money_a_craft_cost(extractor: RuleExtractor) -> None:
    opening = "The Tupac Katari satellite was launched in 2013. "
    for text in (
        "The China Development Bank lent most of the 300 million dollars that it cost.",
        "A rocket put it into orbit, and the China Development Bank lent most of the money that it cost.",
        "Most of the money came from the China Development Bank, which lent 250 million dollars for the satellite.",
        "It was paid for with a loan from the China Development Bank.",
    ):
        found = plain(stated(extractor, opening + text))
        # ('put it into orbit' is a launch, not 'as she put it': no report that would make the fact hearsay)
        assert ("china-development-bank", "participatesIn", "tupac-katari") in found, text
    found = stated(extractor, opening + "The China Development Bank lent money to farmers.")
    assert ("china-development-bank", "participatesIn", "tupac-katari") not in found
