"""Who takes part in a mission and what a craft is made of, by grid (participation23, v22 round): missions run
jointly, instruments counted by their source, a craft carried and released by another, the people listed
aboard, launch sites, a launch of another's craft, a whole counted before its parts are named, a partner after a
craft's apposition, and a headline's guessed class corrected before a sentence's relations are read. All
sentences are invented; each construction has look-alike rows that must give nothing."""

from __future__ import annotations

import pytest

from spacekg.extract.rules import RuleExtractor
from tests.test_extract_clauses import plain, stated

Fact = tuple[str, str, str]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a mission run jointly: both take part, partners
        (
            "Examplo-5 is run jointly by CNES and JAXA.",
            [
                ("cnes", "participatesIn", "examplo-5"),
                ("jaxa", "participatesIn", "examplo-5"),
                ("cnes", "partnerOf", "jaxa"),
            ],
        ),
        (
            "The Examplo-6 probe, operated jointly by the Examplo Space Agency and NASA, reached Mars in 2021.",
            [("examplo-space-agency", "participatesIn", "examplo-6"), ("nasa", "participatesIn", "examplo-6")],
        ),
        (
            "Examplo-7 was jointly managed by ESA, Roscosmos and DLR until 2022.",
            [
                ("esa", "participatesIn", "examplo-7"),
                ("dlr", "participatesIn", "examplo-7"),
                ("roscosmos", "partnerOf", "dlr"),
            ],
        ),
        (
            "The Examplo-6 observatory is jointly run by the Examplo Space Agency and CNES.",
            [("examplo-space-agency", "participatesIn", "examplo-6"), ("cnes", "participatesIn", "examplo-6")],
        ),
        (
            "Examplo-6 has been operated jointly by NASA and ISRO since 2024.",
            [
                ("nasa", "participatesIn", "examplo-6"),
                ("isro", "participatesIn", "examplo-6"),
                ("nasa", "partnerOf", "isro"),
            ],
        ),
        # instruments counted by their source
        (
            "The Examplo-5 rover carries five cameras: three from CNES, one from NASA and one from the Examplo Space "
            "Agency.",
            [
                ("cnes", "participatesIn", "examplo-5"),
                ("nasa", "participatesIn", "examplo-5"),
                ("examplo-space-agency", "participatesIn", "examplo-5"),
            ],
        ),
        (
            "Examplo-5 flew nine instruments: seven from NASA and two from ESA.",
            [("nasa", "participatesIn", "examplo-5"), ("esa", "participatesIn", "examplo-5")],
        ),
        (
            "Examplo-3 carries seven instruments: four from CNES, two from JAXA and one from NASA.",
            [
                ("cnes", "participatesIn", "examplo-3"),
                ("jaxa", "participatesIn", "examplo-3"),
                ("nasa", "participatesIn", "examplo-3"),
            ],
        ),
        (
            "The Examplo-4 orbiter has nine science instruments: five from ISRO and four from the European Space "
            "Agency.",
            [("isro", "participatesIn", "examplo-4"), ("esa", "participatesIn", "examplo-4")],
        ),
        (
            "Examplo-3 reached the Moon in 2008. The orbiter carries eleven instruments: five from DLR, three from "
            "ESA, two from NASA, among them Kiboro, and one from Bulgaria.",
            [
                ("esa", "participatesIn", "examplo-3"),
                ("nasa", "participatesIn", "examplo-3"),
                ("dlr", "participatesIn", "examplo-3"),
            ],
        ),
        (
            "Examplo-9 was launched in 2020. Of its ten instruments, six come from NASA and four from CNES.",
            [("nasa", "participatesIn", "examplo-9"), ("cnes", "participatesIn", "examplo-9")],
        ),
        (
            "Of Examplo-9's ten instruments, six came from NASA and four from CNES.",
            [("nasa", "participatesIn", "examplo-9"), ("cnes", "participatesIn", "examplo-9")],
        ),
        # a craft carried by another, released or deployed
        (
            "The Examplo Impact Probe, which Examplo-3 carried, was released in 2008.",
            [("examplo-impact-probe", "partOf", "examplo-3")],
        ),
        ("Examplo-3 released the Examplo Lander in 2008.", [("examplo-lander", "partOf", "examplo-3")]),
        ("The Examplo Lander was released by Examplo-3 in 2019.", [("examplo-lander", "partOf", "examplo-3")]),
        ("Examplo-3 carried the Examplo Rover to the Moon.", [("examplo-rover", "partOf", "examplo-3")]),
        (
            "The Examplo Lander, which Examplo-3 had carried for seven months, touched down in May.",
            [("examplo-lander", "partOf", "examplo-3")],
        ),
        (
            "Examplo-3 deployed the Examplo Cubesat on its way to the Moon.",
            [("examplo-cubesat", "partOf", "examplo-3")],
        ),
        ("Examplo-3 dropped the Examplo Impactor in 2009.", [("examplo-impactor", "partOf", "examplo-3")]),
        (
            "The Examplo Rover was deployed by the Examplo Lander on 3 January.",
            [("examplo-rover", "partOf", "examplo-lander")],
        ),
        # the people aboard, listed after a colon
        (
            "Examplo-11 reached the station with four astronauts aboard: Jane Doe of NASA, John Roe, Mary Major and "
            "the ESA astronaut Tom Minor.",
            [
                ("jane-doe", "participatesIn", "examplo-11"),
                ("john-roe", "participatesIn", "examplo-11"),
                ("mary-major", "participatesIn", "examplo-11"),
                ("tom-minor", "participatesIn", "examplo-11"),
            ],
        ),
        (
            "The Examplo-12 capsule splashed down with three cosmonauts on board: Commander Ivan Sample, Petra "
            "Example and Olga Test.",
            [
                ("ivan-sample", "leads", "examplo-12"),
                ("petra-example", "participatesIn", "examplo-12"),
                ("olga-test", "participatesIn", "examplo-12"),
            ],
        ),
        (
            "Examplo-9 lifted off with three people aboard: the commander Jane Doe of Roscosmos, the NASA "
            "astronaut John Roe and Mary Major, a teacher.",
            [
                ("jane-doe", "leads", "examplo-9"),
                ("john-roe", "participatesIn", "examplo-9"),
                ("mary-major", "participatesIn", "examplo-9"),
            ],
        ),
        (
            "Examplo-9 reached orbit carrying three astronauts: Jane Doe, John Roe and Mary Major.",
            [
                ("jane-doe", "participatesIn", "examplo-9"),
                ("john-roe", "participatesIn", "examplo-9"),
                ("mary-major", "participatesIn", "examplo-9"),
            ],
        ),
        (
            "The Examplo-10 capsule docked with two crew members on board: Ivan Sample and Petra Example.",
            [("ivan-sample", "participatesIn", "examplo-10"), ("petra-example", "participatesIn", "examplo-10")],
        ),
        # a launch site
        (
            "Examplo-9 lifted off from the Baikonur Cosmodrome in 2020.",
            [("baikonur-cosmodrome", "participatesIn", "examplo-9")],
        ),
        (
            "The Examplo-4 rockets flew for the first time from the Examplo Spaceport in 2014.",
            [("examplo-spaceport", "participatesIn", "examplo-4")],
        ),
        (
            "Examplo-9, which lifted off from the Vostochny Cosmodrome in 2023, crashed on the Moon.",
            [("vostochny-cosmodrome", "participatesIn", "examplo-9")],
        ),
        (
            "The Examplo-13 satellite was launched from the Examplo Launch Site on Tuesday.",
            [("examplo-launch-site", "participatesIn", "examplo-13")],
        ),
        (
            "The Examplo-13 satellite took off from the Plesetsk Cosmodrome.",
            [("plesetsk-cosmodrome", "participatesIn", "examplo-13")],
        ),
        # a launch of another's craft
        ("India launched Japan's Examplo-6 satellite in 2021.", [("india", "participatesIn", "examplo-6")]),
        (
            "The Examplo Space Agency launched NASA's Examplo-6 probe last year.",
            [("examplo-space-agency", "participatesIn", "examplo-6")],
        ),
        ("SpaceX launched NASA's Examplo-4 probe in 2020.", [("spacex", "participatesIn", "examplo-4")]),
        (
            "Rocket Lab today launched JAXA's Examplo-5 satellite on an Electron rocket.",
            [("rocket-lab", "participatesIn", "examplo-5")],
        ),
        # a whole counted before its parts are named
        (
            "Examplo-7 consists of three spacecraft. ESA built the Examplo Orbiter and JAXA built the Examplo Lander.",
            [
                ("examplo-orbiter", "partOf", "examplo-7"),
                ("examplo-lander", "partOf", "examplo-7"),
                ("esa", "participatesIn", "examplo-orbiter"),
                ("jaxa", "participatesIn", "examplo-lander"),
            ],
        ),
        (
            "Examplo-8 reached Venus in 2020. It is really two spacecraft stacked together. CNES built the Examplo "
            "Orbiter and the Examplo Module, and DLR built the Examplo Lander.",
            [
                ("examplo-orbiter", "partOf", "examplo-8"),
                ("examplo-module", "partOf", "examplo-8"),
                ("examplo-lander", "partOf", "examplo-8"),
                ("cnes", "participatesIn", "examplo-module"),
                ("dlr", "participatesIn", "examplo-lander"),
            ],
        ),
        (
            "Examplo-7 is made up of three spacecraft. NASA built the Examplo Orbiter, ESA supplied the Examplo "
            "Module and JAXA designed the Examplo Lander.",
            [
                ("examplo-orbiter", "partOf", "examplo-7"),
                ("examplo-module", "partOf", "examplo-7"),
                ("examplo-lander", "partOf", "examplo-7"),
                ("esa", "participatesIn", "examplo-module"),
                ("jaxa", "participatesIn", "examplo-lander"),
            ],
        ),
        (
            "The Examplo-7 mission is really two probes. Examplo Corp built the Examplo Orbiter and the Examplo "
            "Lander.",
            [
                ("examplo-orbiter", "partOf", "examplo-7"),
                ("examplo-lander", "partOf", "examplo-7"),
                ("examplo-corp", "participatesIn", "examplo-lander"),
            ],
        ),
        # a partner after the craft's apposition
        (
            "CNES developed its first lander, Examplo-4, alongside DLR.",
            [("dlr", "participatesIn", "examplo-4"), ("cnes", "partnerOf", "dlr")],
        ),
        (
            "Japan built its second rover, Examplo-8, together with the Examplo Space Agency and NASA.",
            [
                ("examplo-space-agency", "participatesIn", "examplo-8"),
                ("nasa", "participatesIn", "examplo-8"),
                ("japan", "partnerOf", "nasa"),
            ],
        ),
        (
            "CNES built its first probe, Examplo-4, together with DLR.",
            [
                ("dlr", "participatesIn", "examplo-4"),
                ("cnes", "partnerOf", "dlr"),
                ("cnes", "participatesIn", "examplo-4"),
            ],
        ),
        (
            "The Examplo Space Agency developed its new lander, Examplo-6, jointly with JAXA.",
            [("jaxa", "participatesIn", "examplo-6")],
        ),
        # money given to a craft or programme
        ("The Canadian government has supported Examplo-5 with a loan.", [("canada", "participatesIn", "examplo-5")]),
        (
            "The Examplo Space Agency backed Examplo-5 with a grant of 40 million euros.",
            [("examplo-space-agency", "participatesIn", "examplo-5")],
        ),
        # part of a programme named with its owner's possessive
        (
            "Examplo-4, which is part of the European Union's Copernicus programme, was launched in 2020.",
            [("examplo-4", "partOf", "copernicus")],
        ),
        (
            "Examplo-4 carries the Examplo-5 instrument, which is part of the European Union's Copernicus programme.",
            [("examplo-5", "partOf", "copernicus")],
        ),
        # a consortium's main partner, and 'its satellites' for the programme in focus
        (
            "Examplo-7 was built by a team led by Airbus, with OHB as its main partner.",
            [("airbus", "leads", "examplo-7"), ("ohb", "participatesIn", "examplo-7")],
        ),
        (
            "Examplo-7 was launched in 2019. Its satellites were built by a consortium led by Airbus, with OHB and "
            "CNES among the partners.",
            [
                ("airbus", "leads", "examplo-7"),
                ("ohb", "participatesIn", "examplo-7"),
                ("cnes", "participatesIn", "examplo-7"),
            ],
        ),
        # a headline's guess at a name's class, corrected by the sentence that names its class
        (
            "Examplo-5 heads for Venus\n\nExamplo-5 is a joint mission of ESA and JAXA to Venus.",
            [
                ("esa", "participatesIn", "examplo-5"),
                ("jaxa", "participatesIn", "examplo-5"),
                ("esa", "partnerOf", "jaxa"),
            ],
        ),
        (
            "ExamploSat, the long way to Venus\n\nExamploSat is a joint project of CNES and DLR.",
            [("cnes", "participatesIn", "examplosat"), ("dlr", "participatesIn", "examplosat")],
        ),
    ],
)
def test_participants_are_read(extractor: RuleExtractor, text: str, expected: list[Fact]) -> None:
    found = plain(stated(extractor, text))
    for one in expected:
        assert one in found, (text, one, found)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # run jointly: no leader, and nothing for what is no craft
        ("Examplo-5 is run jointly by CNES and JAXA.", ("cnes", "leads", "examplo-5")),
        ("Examplo-5 is run jointly by CNES and JAXA.", ("jaxa", "leads", "examplo-5")),
        ("The Examplo Council is run jointly by CNES and JAXA.", ("cnes", "participatesIn", "examplo-council")),
        # instruments: a country among the sources, a rocket's payloads, what is no instrument
        (
            "Examplo-3 reached the Moon in 2008. The orbiter carries eleven instruments: five from DLR, three from "
            "ESA, two from NASA, among them Kiboro, and one from Bulgaria.",
            ("bulgaria", "participatesIn", "examplo-3"),
        ),
        (
            "A Falcon 9 rocket carried six payloads: four from SpaceX and two from NASA.",
            ("nasa", "participatesIn", "falcon-9"),
        ),
        (
            "The Examplo Space Agency has seven rockets: four from SpaceX and three from Arianespace.",
            ("spacex", "participatesIn", "examplo-space-agency"),
        ),
        (
            "Examplo-3 carries seven instruments, and NASA bought two rockets from SpaceX.",
            ("spacex", "participatesIn", "examplo-3"),
        ),
        # a rocket carries no part, an agency releases none
        ("A Falcon 9 rocket carried the Examplo Lander into orbit.", ("examplo-lander", "partOf", "falcon-9")),
        (
            "The Examplo Lander, which a Falcon 9 rocket carried, landed in May.",
            ("examplo-lander", "partOf", "falcon-9"),
        ),
        ("NASA released the Examplo Lander's first images.", ("examplo-lander", "partOf", "nasa")),
        (
            "The International Space Station released the Examplo Cubesat in 2016.",
            ("examplo-cubesat", "partOf", "iss"),
        ),
        ("Examplo-3 carried the Examplo Lander's camera.", ("examplo-lander", "partOf", "examplo-3")),
        ("Examplo-3 released the Examplo Lander team's data.", ("examplo-lander", "partOf", "examplo-3")),
        (
            "Of the probe's twelve instruments, eight came from NASA and four from ESA.",
            ("nasa", "participatesIn", "probe"),
        ),
        (
            "NASA's budget has seven instruments: four from Congress and three from the White House.",
            ("congress", "participatesIn", "nasa"),
        ),
        # a name inside an item's description is no one aboard; no craft, no crew; a rocket is no crew's craft
        (
            "Examplo-9 lifted off with two people aboard: Jane Doe and Mary Major, a teacher who trained John Roe.",
            ("john-roe", "participatesIn", "examplo-9"),
        ),
        (
            "The panel met with three experts on board: Jane Doe, John Roe and Mary Major.",
            ("jane-doe", "participatesIn", "panel"),
        ),
        (
            "A Falcon 9 rocket lifted off with two astronauts aboard: Jane Doe and John Roe.",
            ("jane-doe", "participatesIn", "falcon-9"),
        ),
        # a launch site: not a town, not a person's trip (a pad now counts: the v24 reconciliation; sites25)
        ("Examplo-9 lifted off from Kourou in 2020.", ("kourou", "participatesIn", "examplo-9")),
        (
            "Jane Doe flew from the Baikonur Cosmodrome to Moscow.",
            ("baikonur-cosmodrome", "participatesIn", "jane-doe"),
        ),
        (
            "Jane Doe, who lifted off from the Baikonur Cosmodrome in 2019, retired.",
            ("baikonur-cosmodrome", "participatesIn", "jane-doe"),
        ),
        # a launch of one's own craft, or of what is no craft
        ("Jane Doe launched NASA's Examplo-4 campaign.", ("jane-doe", "participatesIn", "examplo-4")),
        ("SpaceX launched its Examplo-4 probe in 2020.", ("spacex", "participatesIn", "examplo-4")),
        ("SpaceX launched NASA's new website in 2020.", ("spacex", "participatesIn", "nasa")),
        # parts: the other builder's part, and no count before them
        (
            "Examplo-7 consists of three spacecraft. ESA built the Examplo Orbiter and JAXA built the Examplo Lander.",
            ("jaxa", "participatesIn", "examplo-orbiter"),
        ),
        (
            "Examplo-7 consists of three spacecraft. ESA built the Examplo Orbiter and JAXA built the Examplo Lander.",
            ("esa", "leads", "examplo-orbiter"),
        ),
        ("Examplo-7 reached Venus in 2020. ESA built the Examplo Orbiter.", ("examplo-orbiter", "partOf", "examplo-7")),
        (
            "NASA launched Examplo-1 in 2010. There are two satellites in orbit now. Boeing built the Examplo Orbiter.",
            ("examplo-orbiter", "partOf", "examplo-1"),
        ),
        (
            "Examplo-1 carried two spacecraft. ESA built the Examplo Orbiter.",
            ("examplo-orbiter", "partOf", "examplo-1"),
        ),
        # support with no money, money into a company
        ("NASA supported Examplo-5 throughout.", ("nasa", "participatesIn", "examplo-5")),
        ("The Examplo Space Agency backed SpaceX with a loan.", ("examplo-space-agency", "participatesIn", "spacex")),
        # the relative clause's head is what is part of the programme, not the sentence's subject
        (
            "Examplo-4 carries the Examplo-5 instrument, which is part of the European Union's Copernicus programme.",
            ("examplo-4", "partOf", "copernicus"),
        ),
        # 'its' for a body, not a craft
        (
            "NASA was founded in 1958. Its satellites were built by a consortium led by Airbus.",
            ("airbus", "leads", "nasa"),
        ),
        # a partner that worked on something else
        (
            "CNES built its first probe, Examplo-4, and later worked together with DLR.",
            ("dlr", "participatesIn", "examplo-4"),
        ),
    ],
)
def test_look_alikes_give_nothing(extractor: RuleExtractor, text: str, absent: Fact) -> None:
    assert absent not in stated(extractor, text), text


@pytest.mark.parametrize(
    ("text", "fact", "modality"),
    [
        ("Examplo-8 will be run jointly by ISRO and JAXA.", ("isro", "participatesIn", "examplo-8"), "planned"),
        (
            "Examplo-9 will carry six instruments: four from NASA and two from DLR.",
            ("dlr", "participatesIn", "examplo-9"),
            "planned",
        ),
        ("Examplo-3 did not release the Examplo Lander.", ("examplo-lander", "partOf", "examplo-3"), "negated"),
        # (a release to come is left to memberships.released, which reads it planned: tests/test_extract_orgs19.py)
        ("Examplo-3 will release the Examplo Lander next week.", ("examplo-lander", "partOf", "examplo-3"), "absent"),
        (
            # a release to come: the lander is aboard now, a plain part (the golds reconciled, v23 round)
            "Examplo-3 will release a small lander called Examplo-7 next year.",
            ("examplo-7", "partOf", "examplo-3"),
            None,
        ),
        (
            "Examplo-9 will lift off with two people aboard: Jane Doe and John Roe.",
            ("john-roe", "participatesIn", "examplo-9"),
            "planned",
        ),
        (
            "Examplo-9 will lift off from the Baikonur Cosmodrome next year.",
            ("baikonur-cosmodrome", "participatesIn", "examplo-9"),
            "planned",
        ),
        ("SpaceX will launch NASA's Examplo-4 probe.", ("spacex", "participatesIn", "examplo-4"), "planned"),
        (
            "Japan has not supported Examplo-5 with any funding.",
            ("japan", "participatesIn", "examplo-5"),
            "negated",
        ),
        (
            "Canada will back the Examplo programme with a grant of 50 million dollars.",
            ("canada", "participatesIn", "examplo"),
            "planned",
        ),
        ("Examplo-4 is not part of NASA's Artemis programme.", ("examplo-4", "partOf", "artemis"), "negated"),
    ],
)
def test_denied_or_planned_participation_is_never_plain(
    extractor: RuleExtractor, text: str, fact: Fact, modality: str
) -> None:
    found = stated(extractor, text)
    assert found.get(fact, "absent") == modality, (text, found)  # type: ignore[call-overload]
