"""Modality on unseen prose (modality25): a plan named by a relative clause whose verb of planning closes it
('the station, which China and Russia are planning,') makes the planners lead it as a plan; 'No sooner had X
joined Y than …' is no negation. With the verb groups of plan, refusal and condition the measure across the 22
sets found in texts of several sets (already read, kept here as rows), and look-alikes that must stay plain or
give nothing (invented sentences)."""

from __future__ import annotations

import pytest

from spacekg.extract.rules import RuleExtractor
from tests.test_extract_modality import run, stated

ILRS = "ilrs"
# (sentence, facts that must be there with their modality, triples that must not be there at all)
ROWS: list[tuple[str, dict[tuple[str, str, str], str | None], list[tuple[str, str, str]]]] = [
    # a relative clause closed by a verb of planning: the planners lead the thing planned, as a plan
    (
        "The International Lunar Research Station, which China and Russia are planning, will be on the Moon.",
        {("china", "leads", ILRS): "planned", ("russia", "leads", ILRS): "planned"},
        [],
    ),
    (
        "India has not joined the International Lunar Research Station, which China is planning.",
        {("china", "leads", ILRS): "planned", ("india", "participatesIn", ILRS): "negated"},
        [],
    ),
    (
        "The International Lunar Research Station, which China has been planning since 2016, will be on the Moon.",
        {("china", "leads", ILRS): "planned"},
        [],
    ),
    (
        "The International Lunar Research Station, which China was planning with Russia, will be on the Moon.",
        {("china", "leads", ILRS): "planned"},
        [],
    ),
    (
        "The International Lunar Research Station, which China is planning for 2035, will be on the Moon.",
        {("china", "leads", ILRS): "planned"},
        [],
    ),
    # look-alikes: another verb's plan, another object, a negated plan, a plain running
    (
        "The International Lunar Research Station, which China is planning to expand, will be on the Moon.",
        {},
        [("china", "leads", ILRS)],
    ),
    ("China is planning a visit to the International Lunar Research Station.", {}, [("china", "leads", ILRS)]),
    (
        "The International Lunar Research Station, which China is not planning, will not be on the Moon.",
        {},
        [("china", "leads", ILRS)],
    ),
    (
        "The International Lunar Research Station, which China runs, will be on the Moon.",
        {("china", "leads", ILRS): None},
        [],
    ),
    # a relative pronoun after a name ending in a preposition's letters ('Station that' is no 'on that')
    (
        "India has not joined the International Lunar Research Station that China and Russia are planning.",
        {
            ("china", "leads", ILRS): "planned",
            ("russia", "leads", ILRS): "planned",
            ("india", "participatesIn", ILRS): "negated",
        },
        [],
    ),
    (
        "It covers the International Lunar Research Station that China is planning with Russia.",
        {("china", "leads", ILRS): "planned"},
        [],
    ),
    # a body's own plan to launch a craft leads it; a satellite or a probe is a launch company's payload
    (
        "SpaceX flew the Falcon 9 in 2010. It plans to launch the larger Examplo-5 from Kourou.",
        {("spacex", "leads", "examplo-5"): "planned"},
        [],
    ),
    (
        "SpaceX plans to launch the larger Examplo-5 rocket from Kourou.",
        {("spacex", "leads", "examplo-5"): "planned"},
        [],
    ),
    (
        "SpaceX intends to launch a second lander, Examplo Lander 2, in 2027.",
        {("spacex", "leads", "examplo-lander-2"): "planned"},
        [],
    ),
    (
        "SpaceX plans to launch the Example-1 satellite next year.",
        {("spacex", "participatesIn", "example-1"): "planned"},
        [("spacex", "leads", "example-1")],
    ),
    (
        "SpaceX plans to launch the Example-1 satellite for the European Space Agency next year.",
        {("spacex", "participatesIn", "example-1"): "planned"},
        [("spacex", "leads", "example-1")],
    ),
    (
        "SpaceX is scheduled to launch Example-1 next year.",
        {("spacex", "participatesIn", "example-1"): "planned"},
        [("spacex", "leads", "example-1")],
    ),
    (
        "SpaceX launched Example-1 last year.",
        {("spacex", "participatesIn", "example-1"): None},
        [("spacex", "leads", "example-1")],
    ),
    # placing a station in orbit, in a plan and in a relative clause without its pronoun
    (
        "Canada will supply an arm for the Lunar Gateway, the small station NASA plans to place in orbit around the Moon.",
        {("nasa", "leads", "lunar-gateway"): "planned", ("canada", "participatesIn", "lunar-gateway"): "planned"},
        [("canada", "leads", "lunar-gateway")],
    ),
    (
        "The Lunar Gateway, which NASA will place in orbit in 2027, is small.",
        {("nasa", "leads", "lunar-gateway"): "planned"},
        [],
    ),
    (
        "NASA plans to place the Lunar Gateway in orbit around the Moon.",
        {("nasa", "leads", "lunar-gateway"): "planned"},
        [],
    ),
    (
        "The Lunar Gateway, which NASA placed in orbit in 2027, is small.",
        {("nasa", "leads", "lunar-gateway"): None},
        [],
    ),
    (
        "The Lunar Gateway, which SpaceX will place in orbit for NASA, is small.",
        {("spacex", "participatesIn", "lunar-gateway"): "planned"},
        [("spacex", "leads", "lunar-gateway")],
    ),
    # building a space station in a plan: its own builder leads it; a company or several builders take part
    (
        "The Indian Space Research Organisation plans to build the Bharatiya Antariksh Station by 2035.",
        {("isro", "leads", "bharatiya-antariksh-station"): "planned"},
        [],
    ),
    ("Japan will build the Examplo Orbital Station.", {("japan", "leads", "examplo-orbital-station"): "planned"}, []),
    (
        "Japan is not planning to build the Examplo Orbital Station.",
        {("japan", "leads", "examplo-orbital-station"): "negated"},
        [],
    ),
    (
        "India and Japan plan to build the Examplo Orbital Station.",
        {("india", "participatesIn", "examplo-orbital-station"): "planned"},
        [("india", "leads", "examplo-orbital-station"), ("japan", "leads", "examplo-orbital-station")],
    ),
    (
        "SpaceX will build the Lunar Gateway.",
        {("spacex", "participatesIn", "lunar-gateway"): "planned"},
        [("spacex", "leads", "lunar-gateway")],
    ),
    (
        "ISRO will build a rover for the Bharatiya Antariksh Station.",
        {},
        [("isro", "leads", "bharatiya-antariksh-station")],
    ),
    (
        "Thales Alenia Space will build the Lunar Gateway's habitation module.",
        {},
        [("thales-alenia-space", "leads", "lunar-gateway")],
    ),
    (
        "The Indian Space Research Organisation built the Bharatiya Antariksh Station.",
        {},
        [("isro", "leads", "bharatiya-antariksh-station")],
    ),
    # 'no sooner', 'not only', 'never before … until': no negation
    (
        "No sooner had Japan joined the Artemis program than India followed.",
        {("japan", "participatesIn", "artemis"): None},
        [],
    ),
    ("Not only Japan but also India joined the Artemis program.", {("india", "participatesIn", "artemis"): None}, []),
    ("No, Japan has not joined the Artemis program.", {("japan", "participatesIn", "artemis"): "negated"}, []),
    ("Nor has Japan joined the Artemis program.", {("japan", "participatesIn", "artemis"): "negated"}, []),
    # the verb groups of plan, refusal and condition named in issue #11 (read before this round; rows of the grid)
    ("Japan is set to join the Artemis program.", {("japan", "participatesIn", "artemis"): "planned"}, []),
    ("Japan is due to join the Artemis program next year.", {("japan", "participatesIn", "artemis"): "planned"}, []),
    ("Japan intends to join the Artemis program.", {("japan", "participatesIn", "artemis"): "planned"}, []),
    ("Japan hopes to join the Artemis program.", {("japan", "participatesIn", "artemis"): "planned"}, []),
    ("Japan is preparing to join the Artemis program.", {("japan", "participatesIn", "artemis"): "planned"}, []),
    ("Japan was supposed to join the Artemis program.", {("japan", "participatesIn", "artemis"): "planned"}, []),
    ("Japan failed to join the Artemis program.", {("japan", "participatesIn", "artemis"): "negated"}, []),
    ("Japan stopped short of joining the Artemis program.", {("japan", "participatesIn", "artemis"): "negated"}, []),
    (
        "From 2028, Japan will take part in the Artemis program.",
        {("japan", "participatesIn", "artemis"): "planned"},
        [],
    ),
    (
        "Japan will join the Artemis program unless India objects.",
        {("japan", "participatesIn", "artemis"): "conditional"},
        [],
    ),
    (
        "Japan would join the Artemis program provided that India agrees.",
        {("japan", "participatesIn", "artemis"): "conditional"},
        [],
    ),
    (
        "India is not a member of the Asia-Pacific Space Cooperation Organization.",
        {("india", "memberOf", "apsco"): "negated"},
        [],
    ),
    ("ESA is not an EU body.", {("esa", "partOf", "european-union"): "negated"}, []),
]


@pytest.mark.parametrize(("sentence", "expected", "absent"), ROWS, ids=[r[0][:60] for r in ROWS])
def test_modality_grid(
    extractor: RuleExtractor,
    sentence: str,
    expected: dict[tuple[str, str, str], str | None],
    absent: list[tuple[str, str, str]],
) -> None:
    facts = stated(run(extractor, sentence))
    for triple, modality in expected.items():
        assert triple in facts, (triple, facts)
        assert facts[triple] == modality, (triple, facts)
    for triple in absent:
        assert triple not in facts, (triple, facts)
