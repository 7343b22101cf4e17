"""Plans told as overtaken, closer work and launches still to come (lead, v20 round), by a grid of wordings:
'was to have joined', 'had been due to fly on it' are denials, never plain facts;
'will work more closely with' is planned cooperation; 'will (still) fly, on a SpaceX Falcon Heavy' is the
rocket's maker taking part, planned. All sentences are invented."""

from __future__ import annotations

import pytest

from spacekg.extract.rules import RuleExtractor
from tests.test_extract_clauses import plain, stated


@pytest.mark.parametrize(
    "text",
    [
        "India was to have joined the ILRS.",
        "India was originally to have joined the ILRS in 2025.",
        "India had been due to join the ILRS.",
        "India had been set to join the ILRS in 2025.",
        "India had originally been scheduled to join the ILRS.",
    ],
)
def test_a_plan_told_as_overtaken_is_a_denial(extractor: RuleExtractor, text: str) -> None:
    found = stated(extractor, text)
    assert found.get(("india", "participatesIn", "ilrs"), "absent") == "negated", (text, found)


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        # the same plans still open: planned, never denied
        ("India is to join the ILRS.", "planned"),
        ("India is supposed to join the ILRS in 2027.", "planned"),
        ("India was due to join the ILRS.", "planned"),
        ("India has been invited to join the ILRS.", "planned"),
        # done: a plain fact
        ("India had joined the ILRS by then.", None),
    ],
)
def test_open_plans_and_done_facts_are_not_denied(extractor: RuleExtractor, text: str, modality: str | None) -> None:
    found = stated(extractor, text)
    assert found.get(("india", "participatesIn", "ilrs"), "absent") == modality, (text, found)


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Japan works closely with the United States on space debris.", None),
        ("Japan works more closely with the United States than with India.", None),
        ("Japan will work more closely with the United States on space debris.", "planned"),
        ("Japan intends to work more closely with the United States on watching objects in orbit.", "planned"),
        ("Japan has worked very closely with the United States since 2019.", None),
    ],
)
def test_closer_work_with_a_partner(extractor: RuleExtractor, text: str, modality: str | None) -> None:
    found = stated(extractor, text)
    assert found.get(("japan", "cooperatesWith", "united-states"), "absent") == modality, (text, found)


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("The Gateway will fly on a SpaceX Falcon Heavy.", "planned"),
        ("The Gateway will still fly, on a SpaceX Falcon Heavy.", "planned"),
        ("Two Gateway modules are to fly together on a SpaceX Falcon Heavy in 2027.", "planned"),
        ("The Gateway flew on a SpaceX Falcon Heavy.", None),
        ("Gateway modules have flown on a SpaceX Falcon Heavy.", None),
    ],
)
def test_a_launch_still_to_come_on_a_company_rocket(extractor: RuleExtractor, text: str, modality: str | None) -> None:
    found = stated(extractor, text)
    assert found.get(("spacex", "participatesIn", "lunar-gateway"), "absent") == modality, (text, found)


def test_near_misses(extractor: RuleExtractor) -> None:
    # a trip to a place on an airliner: no launch, no maker taking part
    found = stated(extractor, "The astronauts will fly to Houston on a Boeing 747 of NASA.")
    assert not any(r == "participatesIn" for _, r, _ in found), found
    # working against a rival, or for a rival's partner: no cooperation
    for text in ("Japan worked hard against India's bid.", "Japan worked closely on a rival plan to India's."):
        found = stated(extractor, text)
        assert ("japan", "cooperatesWith", "india") not in plain(found), (text, found)
    # 'was to' alone is a plan, not a denial
    found = stated(extractor, "India was to join the ILRS in 2026, the minister said.")
    assert found.get(("india", "participatesIn", "ilrs")) != "negated", found
