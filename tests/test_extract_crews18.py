"""Who took part in a flight, a station or a programme when the text names them apart: companions listed with
the bodies they fly for, the crew and the roles of the flight in focus, a crew listed after a colon, 'flew
under' a programme, the elliptical 'followed', 'each sent a cosmonaut', a craft's possessive before its
mission and a flight's work on a station (``spacekg.extract.crews``, ``spacekg.extract.flights``), read from
invented sentences with the shapes that must not fire beside them (crews18)."""

from __future__ import annotations

from spacekg.extract.rules import RuleExtractor
from tests.test_extract_clauses import Stated, plain, stated


def crew_of(found: Stated, craft: str) -> set[str]:
    # A commander leads the flight, and leading is taking part: no participatesIn beside it (GUIDELINES.md, the
    # development golds reconciled in the v23 round).
    return {s for s, r, o in plain(found) if r in ("participatesIn", "leads") and o == craft}


def test_companions_qualified_by_the_bodies_they_fly_for(extractor: RuleExtractor) -> None:
    for text in (
        "Jane Doe was born in 1950. In October 2022 she flew to the International Space Station on the Crew-5 "
        "mission, alongside NASA's John Roe and Max Poe and the Roscosmos cosmonaut Ann Koe.",
        "Jane Doe was born in 1950. She flew to the International Space Station in 2010. Later she flew to the "
        "station on the Crew-5 mission, with ESA's John Roe, Max Poe and the Roscosmos cosmonaut Ann Koe.",
    ):
        found = stated(extractor, text)
        assert crew_of(found, "crew-5") >= {"john-roe", "max-poe", "ann-koe"}, text
        assert crew_of(found, "iss") >= {"john-roe", "max-poe", "ann-koe"}, text
    # a body after 'with' that qualifies no person takes no part by this rule
    found = stated(
        extractor, "Jane Doe flew to the International Space Station on the Crew-5 mission with NASA's help."
    )
    assert "nasa" not in crew_of(found, "crew-5")


def test_the_station_reached_before_the_craft_flown(extractor: RuleExtractor) -> None:
    for text in (
        "In 1978 a pilot, Jane Doe, flew to the Salyut 6 station aboard Soyuz 28 with the cosmonaut John Roe.",
        "In 1978 Jane Doe flew to the Salyut 6 space station on Soyuz 28 with John Roe, who commanded the flight.",
    ):
        found = stated(extractor, text)
        assert crew_of(found, "salyut-6") >= {"jane-doe", "john-roe"}, text
        assert crew_of(found, "soyuz-28") >= {"jane-doe", "john-roe"}, text


def test_a_crafts_possessive_names_the_mission_flown(extractor: RuleExtractor) -> None:
    for text in (
        "Jane Doe was born in 1950. Her first flight came in January 1996, on the space shuttle Endeavour's STS-72 "
        "mission.",
        "Jane Doe was born in 1950. In 1996 she flew aboard the shuttle Endeavour's STS-72 mission.",
    ):
        found = stated(extractor, text)
        assert crew_of(found, "sts-72") >= {"jane-doe"}, text
        assert crew_of(found, "endeavour") >= {"jane-doe"}, text


def test_back_in_orbit_on_a_craft_for_a_mission(extractor: RuleExtractor) -> None:
    for text in (
        "Jane Doe was born in 1950. In October 2000 she was back in orbit on the shuttle Discovery for STS-92.",
        "Jane Doe was born in 1950. In 2001 she was in space aboard the shuttle Discovery on STS-92.",
    ):
        found = stated(extractor, text)
        assert crew_of(found, "sts-92") >= {"jane-doe"}, text
        assert crew_of(found, "discovery") >= {"jane-doe"}, text


def test_a_flights_work_on_a_station(extractor: RuleExtractor) -> None:
    for text in (
        "In 2000 Jane Doe flew on STS-92, which added a truss segment to the International Space Station.",
        "STS-92 delivered the Z1 truss to the International Space Station in 2000.",
        "In 2000 STS-92 installed a new module and solar arrays to the International Space Station.",
    ):
        assert crew_of(stated(extractor, text), "iss") >= {"sts-92"}, text
    found = stated(extractor, "Jane Doe added a truss segment to the International Space Station.")
    assert "jane-doe" not in crew_of(found, "iss")


def test_roles_and_crew_lists_of_the_flight_in_focus(extractor: RuleExtractor) -> None:
    for text, crew in (
        ("Ax-2 lifted off in May 2023. The mission was commanded by Jane Doe, and its pilot was John Roe, a "
         "businessman.", {"john-roe"}),
        ("Ax-2 lifted off in May 2023. Its crew were Jane Doe and John Roe.", {"jane-doe", "john-roe"}),
        ("Ax-2 lifted off in May 2023. Two of its four crew members were Examplians: Jane Doe, a biomedical "
         "researcher who became the first woman of her country in space, and John Roe, a fighter pilot.",
         {"jane-doe", "john-roe"}),
        ("Ax-2 lifted off in May 2023. Its crew included the American astronaut Jane Doe and John Roe.",
         {"jane-doe", "john-roe"}),
    ):  # fmt: skip
        assert crew_of(stated(extractor, text), "ax-2") >= crew, text
    # a pilot with no flight in focus, and one of the text's aircraft, take no part
    found = stated(extractor, "The airline bought a new jet in 2019. Its pilot was Jane Doe.")
    assert not any(r == "participatesIn" and s == "jane-doe" for s, r, o in found)


def test_the_crew_is_every_person_put_on_the_flight_in_focus(extractor: RuleExtractor) -> None:
    for text in (
        "Ax-2 lifted off in May 2023. The mission was commanded by Jane Doe, and its pilot was John Roe. The crew "
        "spent about eight days aboard the International Space Station.",
        "In 2023 Jane Doe and John Roe flew on Ax-2. The four crew members later docked with the International "
        "Space Station.",
        "In 2023 Jane Doe and John Roe flew on Ax-2. After a day in orbit, the crew boarded the International "
        "Space Station.",
    ):
        assert crew_of(stated(extractor, text), "iss") >= {"jane-doe", "john-roe"}, text
    # a crew with no flight named before it: nobody
    found = stated(extractor, "Jane Doe spoke in Houston in 2019. The crew spent eight days aboard Mir.")
    assert "jane-doe" not in crew_of(found, "mir")


def test_flew_under_a_programme(extractor: RuleExtractor) -> None:
    for text in (
        "Jane Doe flew under Interkosmos, a programme that the Soviet Union had set up in 1967.",
        "In 1978 Jane Doe flew under the Interkosmos programme.",
        "Jane Doe went into space as part of the Interkosmos programme.",
    ):
        assert crew_of(stated(extractor, text), "interkosmos") >= {"jane-doe"}, text
    found = stated(extractor, "Jane Doe flew to Salyut 7 under an agreement between Paris and Moscow.")
    assert not any(r == "participatesIn" and o not in ("salyut-7",) for s, r, o in found if s == "jane-doe")


def test_the_elliptical_followed(extractor: RuleExtractor) -> None:
    found = stated(
        extractor,
        "In 1978 Jane Doe flew under the Interkosmos programme. Poland's John Roe followed in June 1978 and East "
        "Germany's Max Poe in August.",
    )
    assert crew_of(found, "interkosmos") >= {"jane-doe", "john-roe", "max-poe"}
    found = stated(extractor, "Jane Doe flew to Salyut 7 in 1982, and India's John Roe followed her there in 1984.")
    assert crew_of(found, "salyut-7") >= {"jane-doe", "john-roe"}
    # a body follows a body
    found = stated(extractor, "After India joined the International Lunar Research Station in 2021, Japan followed.")
    assert crew_of(found, "ilrs") == {"india", "japan"}
    # a single flight is not the follower's: 'B followed in August' flew another one
    found = stated(extractor, "Jane Doe flew Vostok 1 in April 1961. John Roe followed in August.")
    assert "john-roe" not in crew_of(found, "vostok-1")
    # watching is no following: a transitive 'followed', a passive, a relative of time
    for text in (
        "In 1978 Jane Doe flew under the Interkosmos programme. John Roe followed the launch on television.",
        "In 1978 Jane Doe flew under the Interkosmos programme. She was followed in June by John Roe's visit.",
        "In 1978 Jane Doe flew under the Interkosmos programme. In the years that followed, John Roe taught.",
    ):
        assert "john-roe" not in crew_of(stated(extractor, text), "interkosmos"), text


def test_each_sent_a_cosmonaut(extractor: RuleExtractor) -> None:
    found = stated(
        extractor,
        "In 1978 Jane Doe flew under the Interkosmos programme. Bulgaria, Hungary and Romania each sent a cosmonaut "
        "into orbit between 1979 and 1981.",
    )
    assert crew_of(found, "interkosmos") >= {"bulgaria", "hungary", "romania"}
    # no programme in focus: nothing
    found = stated(extractor, "Bulgaria and Hungary each sent a cosmonaut into orbit in 1979.")
    assert not any(r == "participatesIn" for s, r, o in found)


def test_near_misses_that_are_no_flights(extractor: RuleExtractor) -> None:
    for text in (
        "Jane Doe flew to Moscow aboard a commercial airliner with John Roe.",
        "Jane Doe watched the launch of Soyuz 28 with John Roe.",
        "Jane Doe did not fly on Soyuz 28.",
    ):
        found = stated(extractor, text)
        assert not {o for s, r, o in plain(found) if r == "participatesIn" and s in ("jane-doe", "john-roe")}, text


def test_aboard_and_lifted_off_with(extractor: RuleExtractor) -> None:
    for text in (
        "Jane Doe and John Roe were aboard Soyuz 28 when it docked with Salyut 6.",
        "In 1978 Soyuz 28 lifted off with Jane Doe and John Roe.",
        "Soyuz 28 lifted off from Baikonur on 2 March 1978 with the cosmonauts Jane Doe and John Roe.",
    ):
        assert crew_of(stated(extractor, text), "soyuz-28") >= {"jane-doe", "john-roe"}, text
    found = stated(extractor, "Jane Doe and John Roe were not aboard Soyuz 28.")
    assert not crew_of(found, "soyuz-28")
    found = stated(extractor, "Soyuz 28 docked with Salyut 6 in 1978.")
    assert not crew_of(found, "salyut-6") & {"soyuz-28"}


def test_a_rocket_makers_part_in_the_flight_it_launched(extractor: RuleExtractor) -> None:
    found = stated(extractor, "On 21 May 2023 a SpaceX Falcon 9 rocket lifted off from Florida with Ax-2, a private "
                   "mission organised by Axiom Space.")  # fmt: skip
    assert "spacex" in crew_of(found, "ax-2")
    found = stated(extractor, "On 21 May 2023 a SpaceX Falcon 9 rocket lifted off from Florida with NASA's support.")
    assert not any(r == "participatesIn" and s == "spacex" for s, r, o in found)


def test_the_commander_of_the_flight_in_focus_leads_it(extractor: RuleExtractor) -> None:
    found = stated(extractor, "Soyuz 28 lifted off in March 1978. Its commander was Jane Doe and its flight engineer "
                   "was John Roe.")  # fmt: skip
    assert ("jane-doe", "leads", "soyuz-28") in plain(found)
    assert ("john-roe", "participatesIn", "soyuz-28") in plain(found)


def test_the_body_where_a_craft_was_built_and_its_helpers(extractor: RuleExtractor) -> None:
    for text in (
        "Quetzal-1, built at Sapienza University of Rome, came from the second round.",
        "Quetzal-1 was built at Sapienza University of Rome.",
        "Quetzal-1 was a cubesat. It had been built at Sapienza University of Rome.",
        "The Universidad del Valle de Guatemala designed Quetzal-1 with help from Sapienza University of Rome.",
        "Quetzal-1 was a cubesat. Its makers designed the cubesat with the help of Sapienza University of Rome.",
    ):
        found = stated(extractor, text)
        assert ("sapienza-university-of-rome", "participatesIn", "quetzal-1") in plain(found), text
    # a place where it was built is no builder
    for text in ("Quetzal-1 was built at Baikonur.", "Quetzal-1 was built in Kenya."):
        assert not any(r == "participatesIn" for s, r, o in stated(extractor, text)), text


def test_a_contractor_chosen_at_a_time_to_build(extractor: RuleExtractor) -> None:
    found = stated(extractor, "NASA chose SpaceX in 2021 to build the lander for Artemis III.")
    assert ("spacex", "participatesIn", "artemis-iii") in plain(found)
