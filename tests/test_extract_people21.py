"""People by construction (people21): schools and employers ('studied X at A', 'earned a master's degree at B and a
doctorate at C', 'received his PhD from A', 'went to work at NASA's Example Center', 'became a test pilot in the
Example Air Force', 'was named the first director of A'), citizenship and nationality ('became an American citizen',
'B, 18, a Dutch student', 'the first woman of Indian birth'), a person's flights ('His first flight was X, which he
flew with Y', 'flew … on Tuesday aboard the company's X', 'stayed in orbit aboard the command module X' with the
module part of the mission in focus, 'In July 1969 he was the pilot of X'), companions fronted before a list ('With
A were B; C, 82, a pilot who …; and D, 18, a student') and crewmates introduced by a possessive ('two of her
crewmates, A of NASA and B of NASDA'). Invented sentences, with the shapes that must not fire beside them."""

from __future__ import annotations

from spacekg.extract.rules import RuleExtractor
from tests.test_extract_clauses import Stated, plain, stated

BORN = "Jane Roe was born in Lyon in 1960. "


def affiliations(found: Stated, person: str = "jane-roe") -> set[str]:
    return {o for (s, r, o), m in found.items() if s == person and r == "affiliatedWith" and m is None}


def flights(found: Stated, person: str = "jane-roe") -> set[str]:
    return {o for (s, r, o), m in found.items() if s == person and r == "participatesIn" and m is None}


def test_schools_in_every_wording(extractor: RuleExtractor) -> None:
    for text, school in (
        ("Jane Roe studied physics at Example University.", "example-university"),
        (BORN + "She studied aeronautical engineering at Example College in Lyon.", "example-college"),
        (BORN + "She received her doctorate from Example University in 1990.", "example-university"),
        ("Jane Roe earned a degree in physics at Example University.", "example-university"),
        (BORN + "In 1985 he obtained a PhD in chemistry from Example University.", "example-university"),
        (BORN + "She trained at the Example Institute of Technology.", "example-institute-of-technology"),
        (BORN + "She was a student at Example University when the war began.", "example-university"),
        (BORN + "She attended Example University.", "example-university"),
    ):
        assert school in affiliations(stated(extractor, text)), text


def test_schools_listed_after_the_first(extractor: RuleExtractor) -> None:
    found = stated(
        extractor,
        BORN + "She studied aeronautics at Example College in Lyon and then moved to Canada, where she earned a "
        "master's degree at Example University and a doctorate at Sample Institute.",
    )
    assert {"example-college", "example-university", "sample-institute"} <= affiliations(found)
    found = stated(extractor, "Jane Roe studied at Example University and later at Sample Institute.")
    assert {"example-university", "sample-institute"} <= affiliations(found)


def test_schools_that_are_not(extractor: RuleExtractor) -> None:
    for text in (
        BORN + "She studied images from Example Agency's new telescope.",
        BORN + "She studied the flow of air around aircraft with Example Corp's computers.",
        BORN + "She trained with Example Corp engineers for a year.",
        BORN + "She studied in Paris.",
        BORN + "She attended the Example Council's meeting.",
    ):
        assert not affiliations(stated(extractor, text)), text


def test_an_employer_named_by_its_parent_s_possessive(extractor: RuleExtractor) -> None:
    for text in (
        BORN + "In 1988 she went to work at NASA's Sample Research Center in California.",
        BORN + "She worked at NASA's Sample Research Center for ten years.",
    ):
        found = affiliations(stated(extractor, text))
        assert "sample-research-center" in found, text
        assert "nasa" not in found, text


def test_a_post_taken_at_a_body(extractor: RuleExtractor) -> None:
    found = stated(
        extractor,
        BORN + "He graduated from Example Point in 1952, became a test pilot in the Example Air Force and was "
        "selected by Example Agency as an astronaut.",
    )
    assert {"example-point", "example-air-force", "example-agency"} <= affiliations(found)
    assert "example-corp" in affiliations(stated(extractor, "Jane Roe became chief engineer at Example Corp."))
    assert not affiliations(stated(extractor, "Jane Roe became an engineer in Houston."))


def test_citizenship_and_nationality(extractor: RuleExtractor) -> None:
    for text, country in (
        (BORN + "She became an American citizen in 1991, and three years later the agency chose her.", "united-states"),
        (BORN + "In 2001 she became a French citizen.", "france"),
        (BORN + "In India she was celebrated as the first woman of Indian birth to fly in space.", "india"),
        ("Jane Roe is the first woman of Indian origin to fly in space.", "india"),
        ("Jane Roe, 18, a Dutch student, was the youngest.", "netherlands"),
    ):
        assert country in affiliations(stated(extractor, text)), text
    # ('the first citizen of France' is a title, not a record of a national)
    assert not affiliations(stated(extractor, BORN + "He was the first citizen of France to fly."))


def test_a_person_s_flight_after_a_copula(extractor: RuleExtractor) -> None:
    found = stated(
        extractor,
        BORN + "His first flight was Example 10, in July 1966, which he flew with John Poe; during it he made two "
        "spacewalks.",
    )
    assert "example-10" in flights(found)
    assert "example-10" in flights(found, "john-poe")
    assert "example-7" in flights(stated(extractor, BORN + "Her last mission was Example-7, in 2003."))
    # (a time opening the sentence before the pronoun)
    assert "example-11" in flights(
        stated(extractor, BORN + "In July 1969 he was the command module pilot of Example 11.")
    )
    # ('her first flight was delayed': no flight named)
    assert not flights(stated(extractor, BORN + "Her first flight was delayed by Example Corp for a year."))


def test_flights_aboard_a_company_s_craft_and_on_a_day(extractor: RuleExtractor) -> None:
    for text in (
        "Jane Roe flew to the edge of space on Tuesday aboard the company's Example Shepard rocket.",
        "Jane Roe flew to the edge of space aboard the Example Shepard rocket.",
    ):
        assert "example-shepard" in flights(stated(extractor, text)), text
    # ('flew to Houston aboard a jet': no craft named)
    assert not flights(stated(extractor, "Jane Roe flew to Houston on Tuesday aboard a company jet."))


def test_modules_of_the_mission_in_focus(extractor: RuleExtractor) -> None:
    found = stated(
        extractor,
        "Example 11 lifted off in July 1969. While John Poe and Max Loe landed in the lunar module Eagle, Jane Roe "
        "stayed in orbit aboard the command module Falcon.",
    )
    assert {"eagle", "example-11"} <= flights(found, "john-poe")
    assert {"eagle", "example-11"} <= flights(found, "max-loe")
    assert {"falcon", "example-11"} <= flights(found)
    assert {("eagle", "partOf", "example-11"), ("falcon", "partOf", "example-11")} <= plain(found)
    # ('landed in the Sea of Tranquility': no module)
    found = stated(extractor, "Example 11 lifted off in July 1969. John Poe landed in the Sea of Example.")
    assert not flights(found, "john-poe")


def test_companions_fronted_before_a_list(extractor: RuleExtractor) -> None:
    found = stated(
        extractor,
        "Jane Roe flew on Tuesday. The flight, which Example Origin called XS-16, carried no pilot. With Roe were her "
        "brother, Mark Roe; Ann Poe, 82, a pilot who had trained for spaceflight but was never allowed to fly; and "
        "Tom Loe, 18, a Dutch student.",
    )
    for person in ("jane-roe", "mark-roe", "ann-poe", "tom-loe"):
        assert "xs-16" in flights(found, person), person
    assert "netherlands" in affiliations(found, "tom-loe")
    found = stated(extractor, "Soyuz TM-12 lifted off on Monday. Alongside her on the flight were Max Poe and Ann Loe.")
    assert {"max-poe", "ann-loe"} <= {s for (s, r, o) in plain(found) if r == "participatesIn" and o == "soyuz-tm-12"}
    # (no flight in focus: a family at an event)
    found = stated(extractor, "Jane Roe met the press on Monday. With Max Poe was his wife, Ann Poe.")
    assert not flights(found, "ann-poe")


def test_crewmates_introduced_by_a_possessive(extractor: RuleExtractor) -> None:
    found = stated(
        extractor,
        "Jane Roe flew on STS-87 in 1997. The satellite Spartan began to tumble after she released it, and two of "
        "her crewmates, Max Poe of NASA and Tom Loe of the Japanese space agency NASDA, had to catch it.",
    )
    assert "sts-87" in flights(found, "max-poe")
    assert "sts-87" in flights(found, "tom-loe")
    assert "spartan" not in flights(found, "max-poe")
    assert "nasa" in affiliations(found, "max-poe")


def test_a_head_of_state_after_under(extractor: RuleExtractor) -> None:
    found = stated(
        extractor,
        "Jane Roe was born in 1930. He left NASA in 1970 to become Assistant Secretary of State under President "
        "John Poe.",
    )
    assert ("john-poe", "affiliatedWith", "nasa") not in found


def test_more_school_and_employer_wordings(extractor: RuleExtractor) -> None:
    for text, body in (
        (BORN + "She graduated in physics from Example University in 1982.", "example-university"),
        (BORN + "After graduating from Example University, she joined Example Corp.", "example-university"),
        (BORN + "She went on to study at Example University.", "example-university"),
        ("Jane Roe, a graduate of Example University, flew twice.", "example-university"),
        (BORN + "She was employed at Example Corp until 1990.", "example-corp"),
        (
            BORN + "She holds a doctorate from Example University and a master's degree from Sample College.",
            "sample-college",
        ),
    ):
        assert body in affiliations(stated(extractor, text)), text
    assert not affiliations(stated(extractor, BORN + "She graduated with honours in 1982."))


def test_citizenship_in_other_wordings(extractor: RuleExtractor) -> None:
    for text, country in (
        (BORN + "She became a citizen of the United States in 1991.", "united-states"),
        (BORN + "She took American citizenship in 1991.", "united-states"),
        (BORN + "She was granted Russian citizenship in 2001.", "russia"),
    ):
        assert country in affiliations(stated(extractor, text)), text
    # (a wish, not a nationality)
    assert "france" not in affiliations(stated(extractor, BORN + "She applied for French citizenship in 2001."))


def test_a_person_s_flight_in_apposition(extractor: RuleExtractor) -> None:
    assert "example-11" in flights(stated(extractor, BORN + "His second flight, Example 11, took him to the Moon."))
    assert "sts-87" in flights(stated(extractor, BORN + "Her first spaceflight, in 1997, was STS-87."))
    assert not flights(stated(extractor, BORN + "Her first flight, in 1997, was delayed by a storm."))
    assert not flights(stated(extractor, BORN + "She watched the launch of STS-87 from Florida."))


def test_the_first_astronaut_a_country_launched(extractor: RuleExtractor) -> None:
    found = stated(
        extractor,
        "On 15 October 2003 Example 5 carried Jane Roe, a pilot of the Example Air Force, into orbit, and she became "
        "the first astronaut China had launched.",
    )
    assert "china" in affiliations(found)
    assert "japan" in affiliations(stated(extractor, "Jane Roe was the first person that Japan sent into space."))
    assert not affiliations(stated(extractor, "Jane Roe became the first woman Russia had met."))


def test_teaching_and_a_faculty(extractor: RuleExtractor) -> None:
    for text in (
        BORN + "She taught physics at Example University for a decade.",
        BORN + "She joined the faculty of Example University in 1990.",
    ):
        assert "example-university" in affiliations(stated(extractor, text)), text
    assert not affiliations(stated(extractor, BORN + "She taught students from Example University to fly."))


def test_companions_in_the_present_and_opening_words_outside_names(extractor: RuleExtractor) -> None:
    found = stated(extractor, "Crew-9 lifted off on Monday. Joining Jane Roe on the flight are Max Poe and Ann Loe.")
    assert {"jane-roe", "max-poe", "ann-loe"} <= {
        s for (s, r, o) in plain(found) if r == "participatesIn" and o == "crew-9"
    }
    found = stated(extractor, "Crew-9 lifted off on Monday. Alongside Jane Roe were Max Poe and Ann Loe.")
    assert "jane-roe" in {s for (s, r, o) in found if r == "participatesIn"}
    assert not any(s.startswith("alongside") for (s, _, _) in found)


def test_a_campus_after_a_comma_is_no_second_school(extractor: RuleExtractor) -> None:
    found = stated(extractor, "Jane Roe, who taught at the University of California, Berkeley when she wrote it, left.")
    assert "berkeley" not in affiliations(found)


def test_a_crew_apposed_to_the_crew_and_veterans(extractor: RuleExtractor) -> None:
    found = stated(
        extractor, "Crew-9 lifted off on Monday. The crew — Jane Roe, Max Poe and Ann Loe — will stay six months."
    )
    assert {"jane-roe", "max-poe", "ann-loe"} <= {
        s for (s, r, o) in plain(found) if r == "participatesIn" and o == "crew-9"
    }
    assert "sts-87" in flights(stated(extractor, "Jane Roe, a veteran of STS-87, will command the flight."))
    assert "sts-87" in flights(stated(extractor, "Jane Roe served on the crew of STS-87."))
    # (a body, a station: no flight)
    assert not flights(stated(extractor, "Jane Roe, a veteran of the Example Air Force, will fly."))
    found = stated(extractor, "Crew-9 lifted off on Monday. The crew of the rival craft, Max Poe and Ann Loe, waited.")
    assert not flights(found, "max-poe")
