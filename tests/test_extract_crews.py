"""Who builds for whom, who launches its own craft, and who only flies by
nationality: constructions of ``spacekg.extract.undertakings`` and the verb
rules of ``spacekg.extract.relations`` read from invented sentences, with the
shapes that must not fire beside them (relations15)."""

from __future__ import annotations

from spacekg.extract.rules import RuleExtractor
from tests.test_extract_clauses import plain, stated


def test_a_builder_for_a_client_takes_part_and_partners_it(extractor: RuleExtractor) -> None:
    # object relative, active clause and an apposition after the builder
    for text in (
        "Example-7 is a weather satellite that Japan had built for Chile.",
        "Example-7, which Japan builds for Chile, flew in May.",
        "The Example-7 platform, which the Example Institute, a Japanese research body, builds for Chile, flew.",
    ):
        found = plain(stated(extractor, text))
        builder = "example-institute" if "Institute" in text else "japan"
        assert (builder, "participatesIn", "example-7") in found, text
        assert (builder, "leads", "example-7") not in found, text
        assert (builder, "partnerOf", "chile") in found, text
    found = plain(stated(extractor, "Japan built Example-7 for Chile in 2019."))
    assert ("japan", "participatesIn", "example-7") in found
    assert ("japan", "partnerOf", "chile") in found
    # no client named: a single agency building a craft takes part in it (guidelines23: a builder takes part, agency or company, as GUIDELINES says: 'built … for the mission')
    found = plain(stated(extractor, "Example-7, which the Example Space Agency built, flew in May."))
    assert ("example-space-agency", "participatesIn", "example-7") in found
    assert ("example-space-agency", "leads", "example-7") not in found
    # 'for the mission' is no client
    found = stated(extractor, "Example-7, which Japan built for the Example-1 mission, flew in May.")
    assert not any(r == "partnerOf" for _, r, _ in found)


def test_a_body_launching_its_own_craft_leads_it(extractor: RuleExtractor) -> None:
    for text in (
        "In 2020 the Example Guards launched their own military satellite, Example-9.",
        "The Example Guards launched their own satellite, Example-9, in 2020.",
        "Example Corp launched its own small satellite, Example-9, in 2020.",
    ):
        found = plain(stated(extractor, text))
        owner = "example-corp" if "Corp" in text else "example-guards"
        assert (owner, "leads", "example-9") in found, text
        assert (owner, "participatesIn", "example-9") not in found, text
    # a company launching a craft not said to be its own takes part
    found = plain(stated(extractor, "Example Corp launched Example-9 in 2020."))
    assert ("example-corp", "participatesIn", "example-9") in found
    # an administration, a ministry or a state's forces are no companies
    found = plain(stated(extractor, "The Example Space Administration launched Example-9 in 2020."))
    assert ("example-space-administration", "leads", "example-9") in found


def test_builders_named_by_nationality_give_the_country_nothing(extractor: RuleExtractor) -> None:
    found = stated(
        extractor,
        "Its first satellite, Example-3, was built by Japanese engineers together with Tarvo University "
        "and Example University.",
    )
    assert ("tarvo-university", "participatesIn", "example-3") in plain(found)
    assert ("example-university", "participatesIn", "example-3") in plain(found)
    assert not any(s == "japan" for s, _, _ in found)
    found = stated(extractor, "Example-3 was built by Chilean specialists.")
    assert not any(s == "chile" and r in ("leads", "participatesIn") for s, r, _ in found)
    # the country itself as the builder still counts (it takes part: GUIDELINES, '"built by X" alone'; makers17)
    found = plain(stated(extractor, "Example-3 was built by Japan."))
    assert ("japan", "participatesIn", "example-3") in found


def test_a_permission_or_a_person_by_nationality_is_no_flight_of_a_country(extractor: RuleExtractor) -> None:
    for text in (
        "NASA and Roscosmos signed a deal in 2022 that lets Russian cosmonauts fly on American craft and "
        "American astronauts fly on Soyuz.",
        "The agreement lets Japanese astronauts fly on Soyuz.",
    ):
        found = stated(extractor, text)
        assert not any(r == "participatesIn" and o == "soyuz" for _, r, o in found), text
    for text in (
        "Jane Example, who would be the first Chilean to fly on a Crew Dragon, spoke to reporters.",
        "Jane Example became the first Chilean aboard the International Space Station.",
    ):
        found = stated(extractor, text)
        assert not any(s == "chile" and r == "participatesIn" for s, r, _ in found), text


def test_who_flies_aboard_a_craft_with_whom_takes_part(extractor: RuleExtractor) -> None:
    # a flight's designation after a known family is one name
    found = plain(stated(extractor, "Jane Doe lifted off from Baikonur aboard Soyuz TMA-9M in 2015."))
    assert ("jane-doe", "participatesIn", "soyuz-tma-9m") in found
    # the crewmates named after 'with' fly too
    for text in (
        "On 2 May 2011, Jane Doe, an American engineer, lifted off from Baikonur aboard Soyuz TM-40 with two "
        "cosmonauts, John Roe and Max Poe.",
        "Jane Doe flew aboard Soyuz TM-40 with her crewmates John Roe and Max Poe.",
    ):
        found = plain(stated(extractor, text))
        for person in ("jane-doe", "john-roe", "max-poe"):
            assert (person, "participatesIn", "soyuz-tm-40") in found, text
    # a pronoun for the person named before, and a stay on a station
    found = plain(
        stated(
            extractor,
            "Jane Doe was chosen in 2009. She launched in May 2014 on Soyuz TMA-9M from Baikonur and spent "
            "almost 200 days on the International Space Station.",
        )
    )
    assert ("jane-doe", "participatesIn", "soyuz-tma-9m") in found
    assert ("jane-doe", "participatesIn", "iss") in found
    # 'her second flight came …, this time aboard a Example Corp craft on the Y mission'
    found = plain(
        stated(
            extractor,
            "Jane Doe flew in 2010. Her second flight came in April 2022, this time aboard a SpaceX Crew Dragon "
            "on the Crew-4 mission.",
        )
    )
    assert ("jane-doe", "participatesIn", "crew-dragon") in found
    assert ("jane-doe", "participatesIn", "crew-4") in found
    # 'followed him on a Soyuz': the next traveller on the same kind of craft
    found = plain(stated(extractor, "John Roe flew in 2001. A year later Jane Doe of Chile followed him on a Soyuz."))
    assert ("jane-doe", "participatesIn", "soyuz") in found
    # not a flight: a plan, a denial
    found = stated(extractor, "Jane Doe did not spend six months on the International Space Station.")
    assert found.get(("jane-doe", "participatesIn", "iss")) == "negated"
    found = stated(extractor, "Jane Doe will fly aboard Soyuz TM-40 with two cosmonauts, John Roe and Max Poe.")
    assert ("jane-doe", "participatesIn", "soyuz-tm-40") not in plain(found)


def test_who_takes_command_of_a_station_or_is_handed_it_leads_it(extractor: RuleExtractor) -> None:
    found = plain(
        stated(
            extractor,
            "Jane Doe reached the International Space Station in May. In September she took command of the "
            "station. She handed it over in October to John Roe, a NASA astronaut.",
        )
    )
    assert ("jane-doe", "leads", "iss") in found
    assert ("john-roe", "leads", "iss") in found
    found = plain(stated(extractor, "Jane Doe assumed command of the International Space Station in 2021."))
    assert ("jane-doe", "leads", "iss") in found
    found = plain(stated(extractor, "Jane Doe handed over command of the International Space Station to John Roe."))
    assert ("john-roe", "leads", "iss") in found
    found = stated(extractor, "Jane Doe will take command of the International Space Station in May.")
    assert found.get(("jane-doe", "leads", "iss")) == "planned"
    # no command taken before: 'it' is not a station handed over
    found = stated(extractor, "Jane Doe flew to the International Space Station. She handed it over to John Roe.")
    assert ("john-roe", "leads", "iss") not in found


def test_a_body_that_names_or_sets_down_its_mission_leads_it(extractor: RuleExtractor) -> None:
    for text, body in (
        ("Jane Doe reached the station in May. ESA named that stay Minerva.", "esa"),
        (
            "The Example Space Agency, which had arranged the flight, called the mission Minerva.",
            "example-space-agency",
        ),
        ("JAXA dubbed its second flight Minerva.", "jaxa"),
    ):
        assert (body, "leads", "minerva") in plain(stated(extractor, text)), text
    # a person who names a craft does not lead it
    found = stated(extractor, "Jane Doe named the rover Example-3.")
    assert not any(r == "leads" for _, r, _ in found)
    for text in (
        "ISRO lost Example-2 in 2019. Four years later the agency put Example-3 down near the same pole.",
        "ISRO landed Example-3 on the Moon in 2023.",
    ):
        assert ("isro", "leads", "example-3") in plain(stated(extractor, text)), text
    # a company putting a craft into orbit launches it for another
    found = plain(stated(extractor, "Example Corp put Example-3 into orbit for Chile."))
    assert ("example-corp", "leads", "example-3") not in found
    found = stated(extractor, "ISRO did not land Example-3 on the Moon.")
    assert found.get(("isro", "leads", "example-3")) == "negated"


def test_co_builders_take_part_and_none_of_them_leads(extractor: RuleExtractor) -> None:
    # 'A, B and C helped to build the spacecraft': each helper of a coordinated subject takes part
    found = plain(
        stated(
            extractor,
            "Example-5 reached Mars in 2021. Tarvo University, Arizona State University and the Example "
            "Institute helped to build the spacecraft.",
        )
    )
    for body in ("tarvo-university", "arizona-state-university", "example-institute"):
        assert (body, "participatesIn", "example-5") in found, body
    # 'supplied by A, which built it with B': A and B take part, are partners, and A does not lead
    found = plain(
        stated(
            extractor,
            "The Example-5 capsule will fly with a service module supplied by the Example Space Agency, which built "
            "it with Airbus.",
        )
    )
    assert ("example-space-agency", "participatesIn", "example-5") in found
    assert ("airbus", "participatesIn", "example-5") in found
    assert ("example-space-agency", "leads", "example-5") not in found
    # alone, an agency that built it still leads it
    found = plain(stated(extractor, "Example-5 flew in May. The Example Space Agency, which built it, said it worked."))
    assert ("example-space-agency", "leads", "example-5") in found


def test_a_body_that_arranged_a_flight_takes_part(extractor: RuleExtractor) -> None:
    for text in (
        "Jane Doe flew on Soyuz TM-40 in 2003. The flight was arranged by Example Tours, a company based in Ohio.",
        "Jane Doe flew on Soyuz TM-40 in 2003. The trip had been brokered by Example Tours Ltd.",
        "Soyuz TM-40, arranged by Example Tours Ltd, flew in May.",
    ):
        found = plain(stated(extractor, text))
        assert any(
            s.startswith("example-tours") and (r, o) == ("participatesIn", "soyuz-tm-40") for s, r, o in found
        ), text
    # a person who arranged it is no body taking part
    found = stated(extractor, "Jane Doe flew on Soyuz TM-40. The flight was arranged by John Roe.")
    assert ("john-roe", "participatesIn", "soyuz-tm-40") not in found


def test_a_nationality_before_the_body_that_acts_is_no_actor(extractor: RuleExtractor) -> None:
    for text in (
        "The Russian space agency launched Example-5 in May.",
        "A Japanese company built Example-5 in 2019.",
        "Example-5 was designed by a team of Chilean engineers.",
    ):
        found = stated(extractor, text)
        assert not any(s in ("russia", "japan", "chile") and r in ("leads", "participatesIn") for s, r, _ in found)
    assert ("russia", "leads", "example-5") in plain(stated(extractor, "Russia launched Example-5 in May."))


def test_a_commander_by_copula_or_appointment_leads(extractor: RuleExtractor) -> None:
    for text in (
        "Jane Doe was commander of Example-2.",
        "Jane Doe served as commander of Example-2.",
        "Jane Doe was named commander of Example-2.",
        "Jane Doe became the commander of Example-2 in 2022.",
    ):
        assert ("jane-doe", "leads", "example-2") in plain(stated(extractor, text)), text
    found = plain(stated(extractor, "Jane Doe served as pilot of Example-2."))
    assert ("jane-doe", "participatesIn", "example-2") in found
    assert ("jane-doe", "leads", "example-2") not in found


def test_a_launcher_and_the_client_it_launches_for_are_partners(extractor: RuleExtractor) -> None:
    for text in (
        "Example Corp launched Example-5 for NASA in May.",
        "Example-5 was launched by Example Corp for NASA.",
        "Example Corp's Tarvo rockets have carried satellites for NASA.",
        "Example Corp moved to Ohio, and its Tarvo rockets have carried satellites for NASA.",
    ):
        assert ("example-corp", "partnerOf", "nasa") in plain(stated(extractor, text)), text
    found = stated(extractor, "Example Corp will launch Example-5 for NASA next year.")
    assert found.get(("example-corp", "partnerOf", "nasa")) == "planned"
    # 'for the first time', 'for the Moon': no client
    for text in ("NASA launched Example-5 for the first time.", "Example Corp launched Example-5 for the Moon."):
        assert not any(r == "partnerOf" for _, r, _ in stated(extractor, text)), text


def test_several_builders_take_part_and_a_single_agency_leads(extractor: RuleExtractor) -> None:
    for text in (
        "Example-5, which NASA and JAXA developed, flew in May.",
        "NASA and JAXA developed Example-5.",
        "NASA and JAXA jointly developed Example-5.",
    ):
        found = plain(stated(extractor, text))
        for body in ("nasa", "jaxa"):
            assert (body, "participatesIn", "example-5") in found, text
            assert (body, "leads", "example-5") not in found, text
    # a single agency developing it takes part too (guidelines23: a builder takes part, agency or company, as GUIDELINES says: 'built … for the mission')
    for text in ("Example-5, which JAXA developed, flew in May.", "JAXA developed Example-5."):
        assert ("jaxa", "participatesIn", "example-5") in plain(stated(extractor, text)), text
        assert ("jaxa", "leads", "example-5") not in plain(stated(extractor, text)), text


def test_a_craft_noun_before_the_name_and_living_aboard(extractor: RuleExtractor) -> None:
    found = plain(
        stated(
            extractor,
            "John Roe flew in 1962. In October 1998, he returned to space aboard the shuttle Tarvo on Example-95.",
        )
    )
    assert ("john-roe", "participatesIn", "example-95") in found
    for text in (
        "In March 1995 Jane Doe became the first NASA astronaut to live aboard Mir.",
        "Jane Doe lived and worked aboard Mir for six months.",
    ):
        assert ("jane-doe", "participatesIn", "mir") in plain(stated(extractor, text)), text
    found = stated(extractor, "Jane Doe will be the first woman to live aboard Mir.")
    assert found.get(("jane-doe", "participatesIn", "mir")) == "planned"
    # working on a programme is no stay aboard a craft
    assert not any(r == "participatesIn" for _, r, _ in stated(extractor, "Jane Doe worked on Example-95 for years."))


def test_the_operator_owner_or_leader_of_a_craft_leads_it(extractor: RuleExtractor) -> None:
    for text in (
        "The Example Space Agency is the operator of Example-5.",
        "The Example Space Agency, the operator of Example-5, said it was fine.",
        "Example-5, a mission under the leadership of the Example Space Agency, flew.",
        "Example-5 is carried out under the leadership of the Example Space Agency.",
        "In 2020 the Example Space Agency took over Example-5.",
        "The Example Space Agency took over operations of Example-5 in 2020.",
    ):
        assert ("example-space-agency", "leads", "example-5") in plain(stated(extractor, text)), text
    found = stated(extractor, "The Example Space Agency is no longer the operator of Example-5.")
    assert found.get(("example-space-agency", "leads", "example-5")) == "negated"
    # a person as owner, a place taken over, a future operator: nothing plain
    assert not any(r == "leads" for _, r, _ in stated(extractor, "Jane Doe is the owner of Example-5."))
    assert ("nasa", "leads", "example-5") not in plain(stated(extractor, "NASA will be the operator of Example-5."))
