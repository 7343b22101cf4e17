"""Makers of round 17: who builds, supplies, runs and launches a craft. 'the mission', 'the project' stand for the
craft in focus, not the rocket it flew on; a nationality before a company noun ('the French-Italian manufacturer
X') never makes the country act (invented sentences, and near-misses that must not fire)."""

from __future__ import annotations

import pytest

from spacekg.extract.rules import RuleExtractor
from spacekg.model.facts import Dataset
from tests.test_extract_modality import run, stated


@pytest.fixture(scope="module")
def extractor(dataset: Dataset) -> RuleExtractor:
    return RuleExtractor(dataset)


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
