"""People by construction (people20): a crew introduced by a possessive ('Its crew, …', "The station's crew: …",
"The flight's three astronauts (…)") with each member's nationality or agency before the name; the trip of such a
crew on a craft named in apposition ('come home on the replacement, X'); a programme manager's title ("NASA's
manager of the station programme", "NASA's space station programme manager") leading the programme or the station in
focus; travelling on a craft, on a mission, to a station (in either order, with a time or an apposition between);
a stay on 'the Russian station Mir'; names with an apostrophe ("O'Hara"). Invented sentences, with the shapes that
must not fire beside them."""

from __future__ import annotations

from spacekg.extract.rules import RuleExtractor
from tests.test_extract_clauses import Stated, plain, stated


def crew_of(found: Stated, craft: str, modality: str | None = None) -> set[str]:
    return {s for (s, r, o), m in found.items() if r == "participatesIn" and o == craft and m == modality}


LEAK = "The Soyuz TM-12 capsule began leaking on Monday. "
DOCKED = "Soyuz TM-12 docked with Mir on Monday. "


def test_a_crew_introduced_by_a_possessive(extractor: RuleExtractor) -> None:
    for text in (
        DOCKED + "Its crew, John Roe, Max Poe and Jane Doe, will stay for six months.",
        DOCKED + "Its three crew members, John Roe, Max Poe and Jane Doe, will stay for six months.",
        DOCKED + "Its crew (John Roe, Max Poe and Jane Doe) will stay for six months.",
        DOCKED + "Its crew: John Roe, Max Poe and Jane Doe.",
        DOCKED + "The flight's three astronauts, John Roe, Max Poe and Jane Doe, were well.",
        DOCKED + "Its crew, the cosmonauts John Roe and Max Poe and the ESA astronaut Jane Doe, were well.",
    ):
        assert crew_of(stated(extractor, text), "soyuz-tm-12") == {
            "john-roe",
            "max-poe",
            "jane-doe",
        }, text
    found = stated(
        extractor,
        "Mir was damaged on Monday. The station's crew, John Roe and Max Poe, were not hurt.",
    )
    assert crew_of(found, "mir") == {"john-roe", "max-poe"}


def test_each_members_nationality_or_agency_and_the_trip_home(
    extractor: RuleExtractor,
) -> None:
    found = stated(
        extractor,
        LEAK + "Its crew, the Russian cosmonauts John Roe and Max Poe and the NASA astronaut Jane Doe, will now come "
        "home on the replacement, Soyuz TM-13, in May.",
    )
    assert crew_of(found, "soyuz-tm-12") == {"john-roe", "max-poe", "jane-doe"}
    assert crew_of(found, "soyuz-tm-13", "planned") == {
        "john-roe",
        "max-poe",
        "jane-doe",
    }
    assert {
        ("john-roe", "affiliatedWith", "russia"),
        ("max-poe", "affiliatedWith", "russia"),
    } <= plain(found)
    assert ("jane-doe", "affiliatedWith", "nasa") in plain(found)
    assert ("jane-doe", "affiliatedWith", "russia") not in found
    found = stated(
        extractor,
        LEAK + "Its crew, John Roe and Max Poe, came home on a replacement craft, Soyuz TM-13.",
    )
    assert crew_of(found, "soyuz-tm-13") == {"john-roe", "max-poe"}
    found = stated(
        extractor,
        LEAK + "John Roe and Max Poe will come home on its replacement, Soyuz TM-13.",
    )
    assert crew_of(found, "soyuz-tm-13", "planned") == {"john-roe", "max-poe"}
    found = stated(
        extractor,
        "The first crew, the American astronaut Jane Doe and the Roscosmos cosmonaut John Roe, boarded Mir in May.",
    )
    assert crew_of(found, "mir") == {"jane-doe", "john-roe"}


def test_crews_that_are_not_the_flights(extractor: RuleExtractor) -> None:
    for text in (
        DOCKED + "Jane Doe watched the crew of Soyuz TM-12 from Houston.",
        DOCKED + "The crew of the rival craft, John Roe and Max Poe, watched.",
        DOCKED + "Its makers, John Roe and Max Poe, watched.",
        LEAK + "John Roe came home on the ferry to Helsinki.",
    ):
        found = stated(extractor, text)
        assert not any(r == "participatesIn" and s in ("john-roe", "max-poe", "jane-doe") for s, r, _ in found), text


def test_a_programme_managers_title(extractor: RuleExtractor) -> None:
    station = "The International Space Station tilted on Thursday. "
    for text in (
        station + "Jane Doe, NASA's manager of the station programme, said the agency agreed.",
        station + '"The crew was never in danger," Jane Doe, NASA\'s space station programme manager, told reporters.',
        station + "NASA's space station programme manager Jane Doe said the crew was safe.",
        station + "Jane Doe, who manages NASA's space station programme, said the crew was safe.",
    ):
        found = plain(stated(extractor, text))
        assert ("jane-doe", "leads", "iss") in found, text
        assert ("jane-doe", "affiliatedWith", "nasa") in found, text
    for text in (
        "Jane Doe, ESA's head of the Galileo programme, said the launch went well.",
        "Jane Doe, ESA's Galileo programme director, said the launch went well.",
    ):
        assert ("jane-doe", "leads", "galileo") in plain(stated(extractor, text)), text
    found = stated(
        extractor,
        "Jane Doe, the ISS programme manager at NASA, said the crew was safe.",
    )
    assert ("jane-doe", "leads", "iss") in plain(found)
    for text in (
        station + "Jane Doe, a manager of a supplier to the station programme, said the parts were late.",
        station + "Jane Doe, NASA's deputy manager of the station programme, said the crew was safe.",
        "Jane Doe, NASA's space station programme manager, told reporters.",  # no station named: none in focus
    ):
        assert not any(r == "leads" for _, r, _ in stated(extractor, text)), text
    # a module of the station is not the station of the programme
    found = stated(
        extractor,
        "The Example module docked with the International Space Station on Thursday. Thrusters on the Russian "
        "Zvezda module fired. Jane Doe, NASA's space station programme manager, told reporters.",
    )
    assert ("jane-doe", "leads", "zvezda") not in found


def test_travelled_on_a_craft_a_mission_and_to_a_station(
    extractor: RuleExtractor,
) -> None:
    found = plain(
        stated(
            extractor,
            "Jane Doe, a physicist from Examplton, flew on the space shuttle Columbia in November 1983, on the STS-9 "
            "mission that carried a laboratory into orbit.",
        )
    )
    assert {
        ("jane-doe", "participatesIn", "columbia"),
        ("jane-doe", "participatesIn", "sts-9"),
    } <= found
    for text in (
        "That record belongs to John Roe, an officer of the Examplian air force, who flew to the Salyut 6 station "
        "aboard Soyuz 31 in 1978.",
        "John Roe flew aboard Soyuz 31 to the Salyut 6 station in 1978.",
        "The record is held by John Roe, a pilot, who flew to Salyut 6 aboard Soyuz 31 in 1978.",
    ):
        found = plain(stated(extractor, text))
        assert {
            ("john-roe", "participatesIn", "soyuz-31"),
            ("john-roe", "participatesIn", "salyut-6"),
        } <= found, text
    for text in (
        "Jane Doe flew a second shuttle mission in 1992 and, in 1994, spent a month on the Russian station Mir for "
        "ESA.",
        "Jane Doe lived on the Russian station Mir for a year.",
        "In 1994 Jane Doe spent a month aboard the Mir space station.",
    ):
        assert ("jane-doe", "participatesIn", "mir") in plain(stated(extractor, text)), text
    for text in (
        "Jane Doe flew to Moscow aboard an airliner in 1994.",
        "Jane Doe spent a month on a model of Mir in Houston.",
        "Jane Doe flew aboard Soyuz 31 to the Mir exhibit in London.",
    ):
        found = stated(extractor, text)
        assert ("jane-doe", "participatesIn", "mir") not in found, text


def test_a_name_with_an_apostrophe(extractor: RuleExtractor) -> None:
    found = plain(
        stated(
            extractor,
            "The crew members due to fly on it, Oleg Example, Nikolai Exemplo and Loral O'Hara of NASA, will wait.",
        )
    )
    assert ("loral-o-hara", "affiliatedWith", "nasa") in found
    assert ("peter-d-souza", "affiliatedWith", "isro") in plain(
        stated(extractor, "Peter D'Souza of ISRO said the launch was on time.")
    )


def test_nationality_told_by_a_record_not_held_and_denied(
    extractor: RuleExtractor,
) -> None:
    for text in (
        "Jane Doe was born in Ulm. Nor was she the first German in space.",
        "Jane Doe was born in Ulm. She was not the first German in space.",
        "Jane Doe met John Roe in Ulm. Nor was she the first German to fly.",  # the subject in focus, not John Roe
    ):
        found = stated(extractor, text)
        assert ("jane-doe", "affiliatedWith", "germany") in plain(found), text
        assert ("john-roe", "affiliatedWith", "germany") not in found, text
    for text, country in (
        (
            "Jane Doe was the first person who was not a US citizen to fly on the shuttle.",
            "united-states",
        ),
        ("Jane Doe is not a citizen of France, but she flew for CNES.", "france"),
        ("Jane Doe, who was not a Russian citizen, trained at Star City.", "russia"),
    ):
        assert stated(extractor, text).get(("jane-doe", "affiliatedWith", country)) == "negated", text
    for text in (
        "Jane Doe was not a US citizen until 1990.",
        "Jane Doe is not a US astronaut.",
    ):
        assert ("jane-doe", "affiliatedWith", "united-states") not in stated(extractor, text), text


def test_chosen_together_with_others(extractor: RuleExtractor) -> None:
    for text in (
        "Jane Doe had been chosen by ESA in 1977 together with John Roe of Switzerland and Max Poe of the Netherlands.",
        "ESA selected Jane Doe in 1977, along with John Roe of Switzerland and Max Poe of the Netherlands.",
        "Jane Doe was chosen by ESA in 1977, along with John Roe and Max Poe.",
    ):
        found = plain(stated(extractor, text))
        assert {
            ("jane-doe", "affiliatedWith", "esa"),
            ("john-roe", "affiliatedWith", "esa"),
        } <= found, text
        assert ("max-poe", "affiliatedWith", "esa") in found, text
    found = stated(
        extractor,
        "Jane Doe flew for ESA. She had been chosen by the agency in 1977 together with John Roe of Switzerland.",
    )
    assert ("john-roe", "affiliatedWith", "esa") in plain(found)
    for text in (
        "Jane Doe was chosen by ESA in 1977 together with a team of engineers from Germany, and John Roe flew for "
        "NASA.",
        "ESA chose Jane Doe in 1977 together with NASA.",
    ):
        found = stated(extractor, text)
        assert ("john-roe", "affiliatedWith", "esa") not in found, text
        assert ("nasa", "affiliatedWith", "esa") not in found, text


def test_a_pronoun_goes_to_the_person_in_focus(extractor: RuleExtractor) -> None:
    for text in (
        "Jane Doe met John Roe in Houston. Later she flew on Soyuz TM-12.",  # an opening adverb without a comma
        "Jane Doe was born in Ulm. John Roe, her father, was a pilot. She flew on Soyuz TM-12 in 1990.",
        "Jane Doe thanked John Roe, the flight director. She then flew on Soyuz TM-12.",
        "Jane Doe trained for years. Her instructor was John Roe. She flew on Soyuz TM-12 in 1990.",
    ):
        found = plain(stated(extractor, text))
        assert ("jane-doe", "participatesIn", "soyuz-tm-12") in found, text
        assert ("john-roe", "participatesIn", "soyuz-tm-12") not in found, text
    # the kin noun of an apposition says the person's own gender: 'he' is John Roe here
    found = plain(
        stated(
            extractor,
            "Jane Doe was born in Ulm. John Roe, her father, was a pilot. He flew on Mir.",
        )
    )
    assert ("john-roe", "participatesIn", "mir") in found


def test_a_designated_crafts_possessive_and_a_crew_still_to_fly(
    extractor: RuleExtractor,
) -> None:
    for text in (
        "Soyuz TM-12's crew, John Roe and Max Poe, returned on Monday.",
        "The Soyuz TM-12 spacecraft's crew, John Roe and Max Poe, returned on Monday.",
    ):
        assert crew_of(stated(extractor, text), "soyuz-tm-12") == {
            "john-roe",
            "max-poe",
        }, text
    for text in (
        "Artemis II will fly in 2025. Its crew, John Roe and Max Poe, will train for two years.",
        "Soyuz TM-12 is due to launch in March. Its crew, John Roe and Max Poe, are in quarantine.",
    ):
        found = stated(extractor, text)
        flight = "artemis-ii" if "Artemis" in text else "soyuz-tm-12"
        assert crew_of(found, flight, "planned") == {"john-roe", "max-poe"}, text
        assert not crew_of(found, flight), text
    found = stated(
        extractor,
        DOCKED + "Its crew, John Roe and Max Poe, will lift off again in May.",
    )
    assert crew_of(found, "soyuz-tm-12") == {"john-roe", "max-poe"}


def test_trips_in_other_orders_and_shapes(extractor: RuleExtractor) -> None:
    for text in (
        "Aboard Soyuz TM-12, Jane Doe flew to Mir.",
        "Jane Doe's flight to Mir aboard Soyuz TM-12 lasted eight days.",
        "Jane Doe was launched to Mir aboard Soyuz TM-12 in 1991.",
        "In May 1991 Jane Doe travelled aboard Soyuz TM-12 to Mir.",
    ):
        found = plain(stated(extractor, text))
        assert {
            ("jane-doe", "participatesIn", "soyuz-tm-12"),
            ("jane-doe", "participatesIn", "mir"),
        } <= found, text
    found = plain(stated(extractor, "Jane Doe returned from Mir aboard Soyuz TM-11."))
    assert {
        ("jane-doe", "participatesIn", "soyuz-tm-11"),
        ("jane-doe", "participatesIn", "mir"),
    } <= found
    for text in (
        "Aboard the Mir exhibit, Jane Doe talked to pupils.",
        "Aboard Soyuz TM-12, Jane Doe read a book.",  # no trip: nothing said of the flight
        "Jane Doe's visit to Houston aboard an airliner lasted a week.",
        "Jane Doe returned from Baikonur aboard an airliner.",
    ):
        found = stated(extractor, text)
        assert not any(r == "participatesIn" and s == "jane-doe" for s, r, _ in found), text
