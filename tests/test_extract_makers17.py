"""Makers of round 17: who builds, supplies, runs and launches a craft. 'the mission', 'the project' stand for the
craft in focus, not the rocket it flew on; a nationality before a company noun ('the French-Italian manufacturer
X') never makes the country act (invented sentences, and near-misses that must not fire)."""

from __future__ import annotations

import pytest

from spacekg.extract.rules import RuleExtractor
from tests.test_extract_modality import run, stated

RUNS_THE_MISSION_AFTER_A_CARRIER = [
    # the rocket after an ordinal, a nationality or 'new' between the article and its name
    (
        "The Hawkeye-4 satellite was launched in May. It flew on the first Proton-M, the last big rocket of the "
        "Khrunichev centre. The satellite was built by Airbus for the Example Space Agency (ESPA), which ran the "
        "project.",
        ("espa", "hawkeye-4"),
        "proton-m",
    ),
    (
        "Norway's Arctic-3 probe went up atop a new Ariane 6 in 2024. The Norwegian Space Agency leads the mission.",
        ("norwegian-space-agency", "arctic-3"),
        "ariane-6",
    ),
    (
        "Europe's Kestrel space telescope lifted off aboard a Falcon 9 rocket, a ride ESA had once booked on a "
        "Russian Soyuz. ESA, which runs the mission, paid SpaceX for the launch.",
        ("esa", "kestrel"),
        "soyuz",
    ),
    (
        "Kestrel-2 reached orbit on Tuesday aboard the maiden Zenith-5. The agency, which manages the programme, "
        "said the craft was healthy. The Example Space Agency (ESPA) runs the project.",
        ("espa", "kestrel-2"),
        "zenith-5",
    ),
    # the provider's name before the rocket's ('went up on a SpaceX Falcon 9'), and of two crafts the subject
    (
        "Intuitive Machines built Kestrel, its second lander. IM-9 is in lunar orbit and Kestrel should try to land "
        "tonight; it went up on a SpaceX Falcon 9 in May. The company, which is based in Houston, runs the mission.",
        ("intuitive-machines", "im-9"),
        "falcon-9",
    ),
    (
        "Kestrel-3 lifted off on Monday aboard an Example Corp Vega. ESA leads the mission.",
        ("esa", "kestrel-3"),
        "vega",
    ),
]


@pytest.mark.parametrize("text,led,rocket", RUNS_THE_MISSION_AFTER_A_CARRIER, ids=lambda v: str(v)[:30])
def test_the_mission_is_the_craft_not_the_rocket_it_flew_on(
    extractor: RuleExtractor, text: str, led: tuple[str, str], rocket: str
) -> None:
    facts = stated(run(extractor, text))
    assert (led[0], "leads", led[1]) in facts
    assert not any(o == rocket and r == "leads" for _, r, o in facts)


NATIONALITY_BEFORE_A_COMPANY = [
    "The Kestrel-3 satellite was built by the French-Italian manufacturer Thales Alenia Space.",
    "The Kestrel-3 satellite was built by the German-French company OHB under a contract with ESA.",
    "The Kestrel-3 satellite was built by the Italian company Thales Alenia Space.",
    "Kestrel-3, built by the Franco-Italian firm Thales Alenia Space, reached orbit in 2021.",
]


@pytest.mark.parametrize("text", NATIONALITY_BEFORE_A_COMPANY, ids=lambda v: v[30:70])
def test_a_nationality_before_a_company_noun_never_builds_or_leads(extractor: RuleExtractor, text: str) -> None:
    facts = stated(run(extractor, text))
    builder = "ohb" if "OHB" in text else "thales-alenia-space"
    assert (builder, "participatesIn", "kestrel-3") in facts
    for country in ("france", "italy", "germany"):
        assert not any(s == country and o == "kestrel-3" for s, _, o in facts)


def test_people_named_by_nationality_still_give_their_co_builders(extractor: RuleExtractor) -> None:
    # (near-miss: the nationality names people, not a company; the bodies they built it with take part)
    facts = stated(run(extractor, "The Kestrel-3 satellite was built by Filipino engineers together with Airbus."))
    assert ("airbus", "participatesIn", "kestrel-3") in facts
    assert not any(s == "philippines" for s, _, _ in facts)


SUPPLIED_PARTS = [
    # the part's supplier takes part in the craft in focus: a definite part, 'for the spacecraft', 'for one of its
    # instruments', a nationality before the company's noun, a clause after 'while'
    ("The Kestrel-3 telescope lifted off in March. OHB built the spacecraft, while Airbus supplied the payload "
     "module.", ("ohb", "airbus")),
    ("The Kestrel-3 telescope lifted off in March. Its mirror was polished in Germany. Airbus provided the star "
     "trackers for the spacecraft.", ("airbus",)),
    ("The Kestrel-3 telescope lifted off in March. NASA supplied the detectors for one of its three instruments.",
     ("nasa",)),
    ("The Kestrel-3 telescope lifted off in March. The Italian company Leonardo delivered the solar panels.",
     ("leonardo",)),
    ("The Kestrel-3 telescope lifted off in March. Thales Alenia Space has built the service module for "
     "Kestrel-3.", ("thales-alenia-space",)),
]  # fmt: skip


@pytest.mark.parametrize("text,suppliers", SUPPLIED_PARTS, ids=lambda v: str(v)[44:80])
def test_the_supplier_of_a_part_takes_part_in_the_craft(
    extractor: RuleExtractor, text: str, suppliers: tuple[str, ...]
) -> None:
    facts = stated(run(extractor, text))
    for supplier in suppliers:
        assert (supplier, "participatesIn", "kestrel-3") in facts
    assert not any(r == "leads" and o == "kestrel-3" for _, r, o in facts)


NOT_A_SUPPLIED_PART = [
    "The Kestrel-3 telescope lifted off in March. Airbus supplied the press with photographs of the launch.",
    "The Kestrel-3 telescope lifted off in March. Its chief engineer built a career at Airbus.",
    "The Kestrel-3 telescope lifted off in March. Airbus provided the funding for the science team.",
    "The Kestrel-3 telescope lifted off in March. Airbus has agreed to supply the engines for NASA.",
    "The Kestrel-3 telescope lifted off in March. Airbus supplied the engines for NASA.",
]


@pytest.mark.parametrize("text", NOT_A_SUPPLIED_PART, ids=lambda v: v[45:85])
def test_no_supplier_without_a_part_of_the_craft(extractor: RuleExtractor, text: str) -> None:
    facts = stated(run(extractor, text))
    assert not any(s == "airbus" and o == "kestrel-3" for s, _, o in facts)


OPERATED_AFTER_AN_APPOSITION = [
    "The Kestrel-3 satellite was launched in 2019. The regulator handed it to Example Satellite Company (ESC), a "
    "state-owned company set up in 2017, which operates it from ground stations near Dhaka.",
    "The Kestrel-3 satellite was launched in 2019. Control passed to Example Satellite Company, the national "
    "operator, which runs it from Gazipur.",
    "The Kestrel-3 satellite was launched in 2019. The agency sold it to Example Satellite Company, a private firm "
    "founded in 2015, which now operates it.",
]


@pytest.mark.parametrize("text", OPERATED_AFTER_AN_APPOSITION, ids=lambda v: v[47:90])
def test_which_operates_it_after_an_apposition_is_the_named_body(extractor: RuleExtractor, text: str) -> None:
    facts = stated(run(extractor, text))
    operator = "esc" if "(ESC)" in text else "example-satellite-company"
    assert (operator, "leads", "kestrel-3") in facts


NOT_OPERATED = [
    "The Kestrel-3 satellite was launched in 2019. The Example Space Agency ran out of fuel money in 2021.",
    "The Kestrel-3 satellite was launched in 2019. Arianespace operates from Kourou.",
]


@pytest.mark.parametrize("text", NOT_OPERATED, ids=lambda v: v[47:90])
def test_running_out_and_operating_from_a_place_lead_nothing(extractor: RuleExtractor, text: str) -> None:
    facts = stated(run(extractor, text))
    assert not any(r == "leads" for _, r, _ in facts)
    assert not any(o == "kourou" for _, _, o in facts)


def test_which_launched_it_takes_part(extractor: RuleExtractor) -> None:
    # (a body that launched another's craft takes part; it does not run it)
    text = "Iran's Kestrel-3 satellite reached orbit in 2022. Roscosmos, which launched it, said little."
    facts = stated(run(extractor, text))
    assert ("roscosmos", "participatesIn", "kestrel-3") in facts
    assert ("roscosmos", "leads", "kestrel-3") not in facts


def test_what_a_person_operates_as_it_is_named_near(extractor: RuleExtractor) -> None:
    # 'it' is the experiment of the sentence's first clause, not the flight named two sentences before
    far = (
        "Jane Example flew on the Kestrel-7 mission in 2003. She worked on many experiments. One of them, a camera "
        "built at Example University, was a success, and she operated it herself."
    )
    assert ("jane-example", "leads", "kestrel-7") not in stated(run(extractor, far))
    near = "The Kestrel-7 observatory was launched in 2003. Jane Example ran it for ten years."
    assert ("jane-example", "leads", "kestrel-7") in stated(run(extractor, near))


BUILT_UNDER_A_LEADER = [
    "Canada launched Kestrel-6 in 1962. The satellite was designed by the Example Research Establishment, a "
    "laboratory of the defence board, under the engineer Jane Doe.",
    "Canada launched Kestrel-6 in 1962. The satellite was designed and built by the Example Research Establishment "
    "in sheds near Ottawa, by a team that the physicist Jane Doe led.",
    "Canada launched Kestrel-6 in 1962. Kestrel-6 was built by the Example Research Establishment by a team led by "
    "Jane Doe.",
]


@pytest.mark.parametrize("text", BUILT_UNDER_A_LEADER, ids=lambda v: v[35:80])
def test_the_leader_of_the_builders_leads_the_craft(extractor: RuleExtractor, text: str) -> None:
    facts = stated(run(extractor, text))
    assert ("jane-doe", "leads", "kestrel-6") in facts
    assert ("jane-doe", "affiliatedWith", "example-research-establishment") in facts
    # 'designed by' in a sentence is a builder, not a web page's footer; an agency alone takes part (GUIDELINES)
    assert ("example-research-establishment", "participatesIn", "kestrel-6") in facts
    assert ("example-research-establishment", "leads", "kestrel-6") not in facts


def test_a_plan_of_a_person_named_after_under_is_no_leader(extractor: RuleExtractor) -> None:
    text = "Canada launched Kestrel-6 in 1962. It was built by Example Corp under President Jane Doe's space plan."
    assert ("jane-doe", "leads", "kestrel-6") not in stated(run(extractor, text))


def test_a_second_participle_has_its_own_agent(extractor: RuleExtractor) -> None:
    # 'launched in 2020 and is operated by X': X operates it; it did not launch it
    facts = stated(run(extractor, "Kestrel-6 was launched in 2020 and is operated by Example Satellite Company."))
    assert ("example-satellite-company", "leads", "kestrel-6") in facts
    assert ("example-satellite-company", "participatesIn", "kestrel-6") not in facts


@pytest.mark.parametrize(
    "text",
    [
        "Jane Doe flew to the station on the Ax-9 mission organised by Axiom Space.",
        "Jane Doe flew to the station on Ax-9, a private mission organized by Axiom Space.",
    ],
)
def test_the_organiser_of_a_mission_leads_it(extractor: RuleExtractor, text: str) -> None:
    assert ("axiom-space", "leads", "ax-9") in stated(run(extractor, "Canada launched Kestrel-1 in 1962. " + text))


@pytest.mark.parametrize(
    "text",
    [
        "WRC-27 was chaired by Jane Doe of Brazil.",
        "The Kestrel Conference (KC-9) was chaired by Jane Doe, and 90 states attended.",
    ],
)
def test_the_chair_of_a_meeting_does_not_lead_it(extractor: RuleExtractor, text: str) -> None:
    facts = stated(run(extractor, "Canada launched Kestrel-1 in 1962. " + text))
    assert not any(s == "jane-doe" and r == "leads" for s, r, _ in facts)
