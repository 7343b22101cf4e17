"""Whom people work for, fly for and serve on (``spacekg.extract.careers``
and the role rules it joins): records held as nationals, flags flown for,
bodies that chose a person, seats on bodies, professions with a body, work
done under a person (invented sentences, several wordings each, with the
shapes that must not fire beside them)."""

from __future__ import annotations

import pytest

from spacekg.extract.rules import RuleExtractor
from tests.test_extract_clauses import Stated, stated


def affiliations(found: Stated, person: str) -> dict[str, str | None]:
    return {o: m for (s, r, o), m in found.items() if s == person and r == "affiliatedWith"}


@pytest.mark.parametrize(
    "text",
    [
        "Jane Example flew on the shuttle in 1990, becoming the first Indian woman in space.",
        "Jane Example became the first Indian to walk in space.",
        "Jane Example, the first Indian astronaut to live aboard the station, spoke on Monday.",
        "The crew includes Jane Example, who would be the first Indian ever to fly on the capsule.",
        "Jane Example joined the crew in 2020. She is the first Indian to command the station.",
        "Jane Example was selected by the European Space Agency and is the first Indian to visit the station.",
    ],
)
def test_the_first_national_to_do_something_is_of_that_country(extractor: RuleExtractor, text: str) -> None:
    found = affiliations(stated(extractor, text), "jane-example")
    assert "india" in found
    assert found["india"] is None  # a nationality is a plain fact, whatever the verb group ('would be')


@pytest.mark.parametrize(
    "text",
    [
        "Jane Example was the first non-Indian to land there.",
        "Jane Example watched the first Indian landing on the Moon in 2023.",
        "Jane Example said India's first crewed flight would come later.",
    ],
)
def test_no_record_of_a_national(extractor: RuleExtractor, text: str) -> None:
    assert "india" not in affiliations(stated(extractor, text), "jane-example")


def test_flies_for_a_country_or_a_body(extractor: RuleExtractor) -> None:
    found = stated(extractor, "Jane Example, a project astronaut, flies for Poland, and John Sample flies for Hungary.")
    assert affiliations(found, "jane-example") == {"poland": None}
    assert affiliations(found, "john-sample") == {"hungary": None}
    found = stated(extractor, "In 1998 Jane Example flew for the European Space Agency on a shuttle mission.")
    assert "esa" in affiliations(found, "jane-example")
    # a plan is no present fact
    found = stated(extractor, "Next year Jane Example will fly for Poland.")
    assert affiliations(found, "jane-example").get("poland", "planned") == "planned"


@pytest.mark.parametrize(
    "text",
    [
        "Jane Example flew for the first time in 1998.",
        "Jane Example flew for ten years before she joined the crew.",
        "Jane Example worked for years on Artemis.",
    ],
)
def test_flying_for_a_time_is_no_affiliation(extractor: RuleExtractor, text: str) -> None:
    assert not affiliations(stated(extractor, text), "jane-example")


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Jane Example was selected by the European Space Agency in 2009.", "esa"),
        ("She trained as a pilot. Jane Example had been recruited by SpaceX in 2010.", "spacex"),
        ("Jane Example, who was hired by Blue Origin in 2015, leads the team.", "blue-origin"),
        ("Jane Example is the pilot; she was chosen as a reserve astronaut by the European Space Agency.", "esa"),
    ],
)
def test_chosen_by_a_body(extractor: RuleExtractor, text: str, body: str) -> None:
    assert body in affiliations(stated(extractor, text), "jane-example")


def test_chosen_by_a_person_or_a_country_is_no_affiliation(extractor: RuleExtractor) -> None:
    # a thing chosen, in a relative clause, is no person's choice
    found = stated(extractor, "Jane Example said the contract went to SpaceX, which was chosen by NASA over Boeing.")
    assert "nasa" not in affiliations(found, "jane-example")
    found = stated(extractor, "Jane Example was appointed by President John Sample in 2019.")
    assert not affiliations(found, "jane-example")
    found = stated(extractor, "Jane Example was chosen by India's prime minister.")
    assert "india" not in affiliations(found, "jane-example")


def test_appointed_to_a_body_and_served_on_it(extractor: RuleExtractor) -> None:
    found = stated(
        extractor,
        "Jane Example left the agency in 1987. President John Sample appointed her to the Rogers Commission, "
        "which investigated the accident, and she served on it for a year.",
    )
    assert "rogers-commission" in affiliations(found, "jane-example")
    assert "rogers-commission" not in affiliations(found, "john-sample")  # the one who appoints sits on nothing
    found = stated(extractor, "Jane Example was named to the Rogers Commission in 1986.")
    assert "rogers-commission" in affiliations(found, "jane-example")
    found = stated(extractor, "The President set up the Rogers Commission in 1986. Jane Example sat on it.")
    assert "rogers-commission" in affiliations(found, "jane-example")
    # 'it' a station, not the agency named before it
    found = stated(extractor, "NASA launched the International Space Station in 1998, and Jane Example served on it.")
    assert "nasa" not in affiliations(found, "jane-example")
    # 'appointed her to the post': no body named
    found = stated(extractor, "Jane Example left NASA. The President appointed her to the post in 1990.")
    assert set(affiliations(found, "jane-example")) <= {"nasa"}


@pytest.mark.parametrize(
    "text",
    [
        "Jane Example was a physicist from Stanford University.",
        "Jane Example, a young chemist at Stanford University, joined the team.",
        "The panel heard Jane Example, an engineer with Stanford University, on Monday.",
    ],
)
def test_a_profession_with_a_body(extractor: RuleExtractor, text: str) -> None:
    assert "stanford-university" in affiliations(stated(extractor, text), "jane-example")


@pytest.mark.parametrize(
    "text",
    [
        "Jane Example, a pilot from Houston, joined the crew.",
        "Jane Example, an engineer from India, joined the crew.",
        "Jane Example was a physicist from a small town.",
    ],
)
def test_a_place_of_origin_is_no_employer(extractor: RuleExtractor, text: str) -> None:
    assert not affiliations(stated(extractor, text), "jane-example")


def test_founders_of_two_bodies_compared(extractor: RuleExtractor) -> None:
    found = stated(extractor, "Blue Origin, like Amazon, was founded by Jane Example.")
    assert {"blue-origin", "amazon"} <= set(affiliations(found, "jane-example"))


def test_now_directs_after_an_apposition(extractor: RuleExtractor) -> None:
    found = stated(
        extractor, "The flight is led by Jane Example, a former NASA astronaut who now runs training at Axiom Space."
    )
    assert {"nasa", "axiom-space"} <= set(affiliations(found, "jane-example"))
    # a relative clause with its own clause after a comma says nothing of the place named later
    found = stated(extractor, "Jane Example, a NASA astronaut who flew twice, met reporters at Axiom Space.")
    assert "axiom-space" not in affiliations(found, "jane-example")


def test_a_body_at_work_under_a_person(extractor: RuleExtractor) -> None:
    found = stated(extractor, "The strategy was drafted by the Federal Ministry of Defence under Jane Example.")
    assert "federal-ministry-of-defence" in affiliations(found, "jane-example")


def test_what_the_first_national_did(extractor: RuleExtractor) -> None:
    found = stated(
        extractor,
        "The International Space Station was launched in 1998. Jane Example is the pilot; she was chosen by the "
        "European Space Agency and is the first Indian to visit the station.",
    )
    assert ("jane-example", "participatesIn", "iss") in found
    found = stated(
        extractor,
        "The International Space Station was launched in 1998. Jane Example became the first Indian woman to "
        "command the station.",
    )
    assert ("jane-example", "leads", "iss") in found
    found = stated(extractor, "Jane Example, who would be the first Indian to fly on a Crew Dragon, spoke on Monday.")
    assert found[("jane-example", "participatesIn", "crew-dragon")] == "planned"
    # a craft not named: nothing to take part in
    found = stated(extractor, "Jane Example was the first Indian to board a capsule.")
    assert not any(r == "participatesIn" for s, r, _ in found if s == "jane-example")


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("The law is named after Jane Example, a Republican congressman from Virginia.", "republican-party"),
        ("Jane Example was a Democratic senator for two decades.", "democratic-party"),
        ("Jane Example, then a Republican lawmaker, wrote the clause in 2011.", "republican-party"),
    ],
)
def test_a_party_adjective_before_a_politician(extractor: RuleExtractor, text: str, party: str) -> None:
    assert party in affiliations(stated(extractor, text), "jane-example")


def test_a_party_adjective_elsewhere(extractor: RuleExtractor) -> None:
    found = stated(extractor, "Jane Example criticised the Republican senators on Monday.")
    assert "republican-party" not in affiliations(found, "jane-example")
    found = stated(extractor, "Jane Example visited the Democratic Republic of the Congo.")
    assert "democratic-party" not in affiliations(found, "jane-example")


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Jane Example later became head of human spaceflight at Axiom Space.", "axiom-space"),
        ("Jane Example was named chief executive of Rocket Lab in 2020.", "rocket-lab"),
        ("Jane Example is a former employee of Boeing.", "boeing"),
        ("Jane Example, a veteran of the European Space Agency, spoke.", "esa"),
        ("Jane Example, a professor of physics at Stanford University, spoke.", "stanford-university"),
        ("Jane Example was an astronaut with the European Space Agency for ten years.", "esa"),
    ],
)
def test_a_post_or_profession_of_a_body(extractor: RuleExtractor, text: str, body: str) -> None:
    assert body in affiliations(stated(extractor, text), "jane-example")


@pytest.mark.parametrize(
    "text",
    [
        "Jane Example, a critic of NASA, spoke on Monday.",
        "Jane Example, an expert on Japan, spoke on Monday.",
        "Jane Example was the head of the Artemis program.",
    ],
)
def test_no_post_with_a_body(extractor: RuleExtractor, text: str) -> None:
    assert not affiliations(stated(extractor, text), "jane-example")


def test_represents_a_country_or_a_body(extractor: RuleExtractor) -> None:
    found = stated(extractor, "Jane Example represented Japan at the talks in Vienna.")
    assert "japan" in affiliations(found, "jane-example")
    found = stated(extractor, "Jane Example, who represents the European Space Agency on the board, spoke.")
    assert "esa" in affiliations(found, "jane-example")
    found = stated(extractor, "Jane Example said the landing represents NASA's first return to the Moon.")
    assert "nasa" not in affiliations(found, "jane-example")


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Jane Example and John Sample, both NASA astronauts, inspected the module.", "nasa"),
        ("Jane Example and John Sample, both former NASA employees, spoke.", "nasa"),
        ("Jane Example, Max Muster and John Sample, three engineers from Airbus, inspected it.", "airbus"),
    ],
)
def test_a_plural_post_of_people_listed(extractor: RuleExtractor, text: str, body: str) -> None:
    found = stated(extractor, text)
    assert body in affiliations(found, "jane-example")
    assert body in affiliations(found, "john-sample")


def test_no_plural_post(extractor: RuleExtractor) -> None:
    found = stated(extractor, "Jane Example and John Sample, both critics of NASA, spoke.")
    assert "nasa" not in affiliations(found, "jane-example")


def test_joined_past_a_relative_clause(extractor: RuleExtractor) -> None:
    found = stated(extractor, "Jane Example, who trained as an engineer, joined Airbus in 2005.")
    assert "airbus" in affiliations(found, "jane-example")
