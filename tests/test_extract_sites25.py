"""A named launch site takes part in what lifts off from it (``spacekg.extract.launchsites``; GUIDELINES,
reconciliation of the v24 round): invented sentences of the construction in its shapes (verbs, tenses, voices,
word orders, a rocket and a craft, plans and negations) and the look-alikes that must give nothing."""

from __future__ import annotations

import pytest

from spacekg.extract.rules import RuleExtractor
from tests.test_extract_clauses import stated

P = "participatesIn"
# the grid's actors: what they take part in is read by other rules
ACTORS = {"jane-doe", "examplia", "examplia-space-agency", "examplo-corp", "nasa"}

# sentence → the site facts it states: (site, craft, modality)
ROWS: list[tuple[str, set[tuple[str, str, str | None]]]] = [
    # the verbs and voices
    ("Example-7 lifted off from the Examplo Cosmodrome on 3 May 2021.", {("examplo-cosmodrome", "example-7", None)}),
    (
        "The Examplia Space Agency launched Example-9 from the Kourovsky Space Center in 2019.",
        {("kourovsky-space-center", "example-9", None)},
    ),
    (
        "Example-9 was launched from Launch Complex 39A on a Falcon 9 rocket.",
        {("launch-complex-39a", "example-9", None)},
    ),
    (
        "Zhuque-9 took off from the Jiuquan Satellite Launch Center in July 2023.",
        {("jiuquan-satellite-launch-center", "zhuque-9", None)},
    ),
    (
        "The Examplo-5 rocket launches from Vandenberg Space Force Base.",
        {("vandenberg-space-force-base", "examplo-5", None)},
    ),
    (
        "Example-16 flew on an Example-5 rocket of Examplo Corp from Launch Complex 2.",
        {("launch-complex-2", "example-16", None)},
    ),
    # a person aboard a named craft: the craft, not the person
    (
        "Jane Doe lifted off from the Baikonur Cosmodrome aboard Soyuz TMA-30 in 2014.",
        {("baikonur-cosmodrome", "soyuz-tma-30", None)},
    ),
    # a rocket and the craft it carries: the craft (and the named flight), not the rocket
    (
        "A Zenit rocket carrying Example-4 lifted off from the Plesetsk Cosmodrome.",
        {("plesetsk-cosmodrome", "example-4", None)},
    ),
    (
        "An H-IIA rocket lifts off from the Tanegashima Space Center carrying Example-14 and the Example-15 telescope.",
        {("tanegashima-space-center", "example-14", None), ("tanegashima-space-center", "example-15", None)},
    ),
    (
        "NASA launches the Space Shuttle Examplor from the Kennedy Space Center on STS-90.",
        {("kennedy-space-center", "space-shuttle-examplor", None), ("kennedy-space-center", "sts-90", None)},
    ),
    # word orders: fronted, a relative clause on the site, the site as the subject, the launch's noun
    (
        "From the Wenchang Space Launch Site, Example-5 was launched in 2020.",
        {("wenchang-space-launch-site", "example-5", None)},
    ),
    (
        "The Plesetsk Cosmodrome, where Example-18 lifted off in 2004, lies in northern Russia.",
        {("plesetsk-cosmodrome", "example-18", None)},
    ),
    (
        "Example-26, which lifted off from the Examplo Cosmodrome in 2023, crashed on the Moon.",
        {("examplo-cosmodrome", "example-26", None)},
    ),
    ("The Examplo Cosmodrome launched Example-17 in March 1966.", {("examplo-cosmodrome", "example-17", None)}),
    (
        "The launch of Example-8 from the Satish Dhawan Space Centre went well.",
        {("satish-dhawan-space-centre", "example-8", None)},
    ),
    # the verb's modality
    (
        "Examplia plans to launch Example-12 from the Vostochny Cosmodrome next year.",
        {("vostochny-cosmodrome", "example-12", "planned")},
    ),
    ("Example-6 will launch from the Guiana Space Centre in 2027.", {("guiana-space-centre", "example-6", "planned")}),
    (
        "Examplia plans to launch its Examplo One rocket from the Examplo Spaceport.",
        {("examplo-spaceport", "examplo-one", "planned")},
    ),
    (
        "Example-3 did not launch from the Tanegashima Space Center.",
        {("tanegashima-space-center", "example-3", "negated")},
    ),
    (
        "Examplo Corp signed a deal with Examplia in 2021 to fly its Example-22 rocket from the Examplo Spaceport.",
        {("examplo-spaceport", "example-22", "planned")},
    ),
    # a rocket that carries something unnamed is not what the site launched
    ("The crew lifted off from the Kennedy Space Center on a Falcon 9 rocket.", set()),
    ("Boeing built the satellite, and an Ariane 5 launched it from the Guiana Space Centre.", set()),
    ("A Proton rocket launched the new module from the Baikonur Cosmodrome.", set()),
    (
        "Examplia launched the Example-23 satellite by the carrier rocket Examplo-2 from the Examplo Launching Ground.",
        {("examplo-launching-ground", "example-23", None)},
    ),
    ("A Vega rocket lifted off from the Guiana Space Centre and placed Example-24 into orbit.", set()),
    ("Example-25 reached orbit. The rocket lifted off from the Examplo Cosmodrome at dawn.", set()),
    # look-alikes: a town, a region, a country, a station, a trip, a move, a signal, orbit, a year
    ("Example-2 lifted off from Kourou on an Ariane 6.", set()),
    ("Example-1 was launched from Florida.", set()),
    ("Example-1 was launched from Japan in 2020.", set()),
    ("The Example-19 satellite was launched from the International Space Station in 2018.", set()),
    ("Jane Doe flew from Houston to Moscow in 2010.", set()),
    ("Examplo Corp moved from the Kennedy Space Center to Texas.", set()),
    ("A signal from Example-7 reached the Deep Space Network.", set()),
    ("Example-11 returned from orbit in 2020.", set()),
    ("Example-11 has flown every year from 2020.", set()),
    ("Jane Doe, who lifted off from the Baikonur Cosmodrome in 2019, retired.", set()),
    ("Crews leave from the Examplo Cosmodrome every spring.", set()),
]


@pytest.mark.parametrize(("sentence", "expected"), ROWS, ids=[r[0][:50] for r in ROWS])
def test_a_launch_site_takes_part_in_what_lifts_off_from_it(
    extractor: RuleExtractor, sentence: str, expected: set[tuple[str, str, str | None]]
) -> None:
    found = stated(extractor, sentence)
    sites = {(s, o, modality) for (s, r, o), modality in found.items() if r == P and s not in ACTORS}
    assert sites == expected


# Co-signers (GUIDELINES, the v24 round): two named bodies that sign an agreement with each other are partners.
COSIGNED: list[tuple[str, set[tuple[str, str]]]] = [
    ("The agreement was signed by Brazil and Argentina in Washington in March 2019.", {("brazil", "argentina")}),
    (
        "The memorandum was signed by the Examplia Space Agency and Examplo Corp last week.",
        {("examplia-space-agency", "examplo-corp")},
    ),
    ("A launch contract was signed by Examplo Corp and NASA in 2020.", {("examplo-corp", "nasa")}),
    (
        "The Examplia Space Agency and Examplo Corp signed a memorandum of understanding in 2020.",
        {("examplia-space-agency", "examplo-corp")},
    ),
    (
        "The Examplia Space Agency signed an agreement with Examplo Corp in 2020.",
        {("examplia-space-agency", "examplo-corp")},
    ),
    # a treaty or accords that many may join, people signing for their bodies, three signatories: no partners
    ("The treaty was signed by Brazil and Argentina in 1998.", set()),
    ("The agreement was signed by Jane Doe and John Roe.", set()),
    ("The contract was signed by Brazil, Argentina and Chile.", set()),
]


@pytest.mark.parametrize(("sentence", "expected"), COSIGNED, ids=[r[0][:50] for r in COSIGNED])
def test_co_signers_are_partners(extractor: RuleExtractor, sentence: str, expected: set[tuple[str, str]]) -> None:
    found = stated(extractor, sentence)
    pairs = {frozenset((s, o)) for (s, r, o), modality in found.items() if r == "partnerOf" and modality is None}
    assert pairs == {frozenset(p) for p in expected}
