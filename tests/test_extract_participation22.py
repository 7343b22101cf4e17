"""Who contributes to a craft or programme, by grid (participation22, v21 round): parts supplied, instruments
carried, help, commitments listed after 'joins', long work on a launcher, roles on a craft, gapping and
'respectively', a launcher's operator. All sentences are invented; each construction has look-alike rows
that must give nothing."""

from __future__ import annotations

import pytest

from spacekg.extract.rules import RuleExtractor
from tests.test_extract_clauses import plain, stated

Fact = tuple[str, str, str]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # parts supplied, the craft as their owner
        ("JAXA supplied two of the Examplo-3 probe's cameras.", [("jaxa", "participatesIn", "examplo-3")]),
        ("CNES built Examplo-3's solar arrays in 2019.", [("cnes", "participatesIn", "examplo-3")]),
        (
            "The Examplo-3 orbiter reached the comet in 2014. NASA, which supplied three of the orbiter's "
            "instruments, congratulated ESA.",
            [("nasa", "participatesIn", "examplo-3")],
        ),
        (
            "The Examplo-7 lander touched down in May. The Examplo Space Agency, which had provided the lander's "
            "drill, said the data looked good.",
            [("examplo-space-agency", "participatesIn", "examplo-7")],
        ),
        (
            "Examplo-3 carries ten instruments. NASA and JAXA supplied parts of several of them.",
            [("nasa", "participatesIn", "examplo-3"), ("jaxa", "participatesIn", "examplo-3")],
        ),
        (
            "Examplo-4 has six cameras on board and carries four instruments. CNES built two of them.",
            [("cnes", "participatesIn", "examplo-4")],
        ),
        # the parts' supplier after a passive or 'came from'
        ("Examplo-3's cameras were supplied by JAXA.", [("jaxa", "participatesIn", "examplo-3")]),
        (
            "Examplo-3 reached Mars in 2021. The probe's spectrometer was built by CNES.",
            [("cnes", "participatesIn", "examplo-3")],
        ),
        (
            "Examplo-3 reached Mars in 2021. Two of its instruments came from JAXA.",
            [("jaxa", "participatesIn", "examplo-3")],
        ),
        # an instrument of a body carried by a craft
        (
            "The Examplo-3 satellite, which carried NASA's Aquarius instrument, was launched in 2011.",
            [("nasa", "participatesIn", "examplo-3"), ("aquarius", "partOf", "examplo-3")],
        ),
        (
            "Examplo-6 carries JAXA's Kiboro spectrometer to the Moon.",
            [("jaxa", "participatesIn", "examplo-6"), ("kiboro", "partOf", "examplo-6")],
        ),
        (
            "The Examplo-8 probe, which carries two of ESA's magnetometers, is due to launch in 2027.",
            [("esa", "participatesIn", "examplo-8")],
        ),
        # help given to the act of a clause
        (
            "SUPARCO launched Rehbar-I in 1962 with help from NASA, which had trained the engineers.",
            [("nasa", "participatesIn", "rehbar-i")],
        ),
        (
            "Examplo-2 reached orbit in 1975 with the help of France and Japan.",
            [("france", "participatesIn", "examplo-2"), ("japan", "participatesIn", "examplo-2")],
        ),
        (
            "The Examplo Space Agency built Examplo-5 with technical assistance from CNES.",
            [("cnes", "participatesIn", "examplo-5")],
        ),
        # bodies that committed hardware, after 'joins'
        (
            "Poland joins CNES, ESA and JAXA, which have already committed hardware to the Lunar Gateway.",
            [
                ("cnes", "participatesIn", "lunar-gateway"),
                ("esa", "participatesIn", "lunar-gateway"),
                ("jaxa", "participatesIn", "lunar-gateway"),
            ],
        ),
        (
            "The Examplo Space Centre joined JAXA and ESA, which had contributed modules to the Lunar Gateway.",
            [("jaxa", "participatesIn", "lunar-gateway"), ("esa", "participatesIn", "lunar-gateway")],
        ),
        (
            "The Examplo-9 lander reached the Moon in May. CNES and JAXA, which had contributed instruments to the "
            "lander, praised the team.",
            [("cnes", "participatesIn", "examplo-9"), ("jaxa", "participatesIn", "examplo-9")],
        ),
        (
            "NASA will fly an astronaut to the Lunar Gateway. Poland joins ESA and JAXA, which have already committed "
            "hardware to the station.",
            [("esa", "participatesIn", "lunar-gateway")],
        ),
        ("CNES has committed hardware to the Lunar Gateway.", [("cnes", "participatesIn", "lunar-gateway")]),
        # a consortium, and 'it' for the craft built
        (
            "The Examplo-7 lander was built by a consortium led by DLR, with CNES and JAXA among the partners.",
            [
                ("dlr", "leads", "examplo-7"),
                ("cnes", "participatesIn", "examplo-7"),
                ("jaxa", "participatesIn", "examplo-7"),
            ],
        ),
        (
            "The Examplo-7 lander was released in 2014. It was built by a consortium led by the German Aerospace Center "
            "(DLR), with the French space agency CNES and the Italian space agency ASI among the partners.",
            [
                ("dlr", "leads", "examplo-7"),
                ("cnes", "participatesIn", "examplo-7"),
                ("asi", "participatesIn", "examplo-7"),
            ],
        ),
        (
            "The Examplo-7 rover was developed by a team led by JAXA, with France and Japan as partners.",
            [
                ("jaxa", "leads", "examplo-7"),
                ("france", "participatesIn", "examplo-7"),
                ("japan", "participatesIn", "examplo-7"),
            ],
        ),
        ("Examplo-7 reached orbit in 2011. It was built by CNES.", [("cnes", "participatesIn", "examplo-7")]),
        # a craft two bodies share
        (
            "France shares the Examplo-3 satellite with Italy.",
            [
                ("france", "participatesIn", "examplo-3"),
                ("italy", "participatesIn", "examplo-3"),
                ("france", "partnerOf", "italy"),
            ],
        ),
        (
            "Examplo-3 is a communications satellite that France shares with Italy.",
            [("france", "participatesIn", "examplo-3"), ("italy", "participatesIn", "examplo-3")],
        ),
        # done together with a partner, the owner named by 'its'
        (
            "The Examplo Space Agency was founded in 1991. Its most ambitious project, the Examplo-5 satellites, was "
            "carried out together with the Italian Space Agency.",
            [
                ("asi", "participatesIn", "examplo-5"),
                ("examplo-space-agency", "participatesIn", "examplo-5"),
                ("examplo-space-agency", "partnerOf", "asi"),
            ],
        ),
        (
            "The Examplo-5 mission was carried out together with the Italian Space Agency.",
            [("asi", "participatesIn", "examplo-5")],
        ),
        (
            "Examplo-5 has been built in cooperation with JAXA and CNES.",
            [("jaxa", "participatesIn", "examplo-5"), ("cnes", "participatesIn", "examplo-5")],
        ),
        # long work on a launcher or craft
        (
            "The Examplo Space Agency has worked for years on a launcher of its own, Examplo-5.",
            [("examplo-space-agency", "participatesIn", "examplo-5")],
        ),
        ("CNES has been working since 2015 on Examplo-9.", [("cnes", "participatesIn", "examplo-9")]),
        ("Japan has also worked closely on the Artemis program.", [("japan", "participatesIn", "artemis")]),
        # a person's role on a craft
        (
            "Jane Doe, the Examplo-3 project scientist, said the data were coming in.",
            [("jane-doe", "participatesIn", "examplo-3")],
        ),
        ("John Roe, the Examplo-3 principal investigator, was pleased.", [("john-roe", "participatesIn", "examplo-3")]),
        ("Jane Doe, the Examplo-3 project manager, said the lander was safe.", [("jane-doe", "leads", "examplo-3")]),
        ("Dr Jane Doe is the principal investigator of Examplo-3.", [("jane-doe", "participatesIn", "examplo-3")]),
        # gapping and 'respectively'
        (
            "Two satellites, Examplo-1 and Examplo-2, were launched in 2018; China built the first and JAXA the second.",
            [("china", "participatesIn", "examplo-1"), ("jaxa", "participatesIn", "examplo-2")],
        ),
        (
            "Examplo-1 and Examplo-2 flew in 2020. CNES designed the first, and JAXA the second.",
            [("cnes", "participatesIn", "examplo-1"), ("jaxa", "participatesIn", "examplo-2")],
        ),
        (
            "CNES and JAXA built Examplo-1 and Examplo-2 respectively.",
            [("cnes", "participatesIn", "examplo-1"), ("jaxa", "participatesIn", "examplo-2")],
        ),
        (
            "ESA and JAXA operate Examplo-1 and Examplo-2, respectively.",
            [("esa", "leads", "examplo-1"), ("jaxa", "leads", "examplo-2")],
        ),
        (
            "India and Japan launched Examplo-1 and Examplo-2 in 2019 and 2020, respectively.",
            [("india", "leads", "examplo-1"), ("japan", "leads", "examplo-2")],
        ),
        # a launcher's operator
        (
            "The Examplo-3 probe was launched on an Ariane 5 rocket operated by Arianespace.",
            [("arianespace", "leads", "ariane-5"), ("arianespace", "participatesIn", "examplo-3")],
        ),
    ],
)
def test_contributions_are_read(extractor: RuleExtractor, text: str, expected: list[Fact]) -> None:
    found = plain(stated(extractor, text))
    for one in expected:
        assert one in found, (text, one, found)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a part with no craft named as its owner
        ("NASA supplied the rocket motors.", ("nasa", "participatesIn", "examplo-3")),
        (
            "Examplo-3 landed in May. JAXA supplied three of its own rovers to a museum.",
            ("jaxa", "participatesIn", "examplo-3"),
        ),
        ("Examplo-3 landed in May. NASA supplied parts of several of them.", ("nasa", "participatesIn", "examplo-3")),
        # a craft that carries something that is no instrument of the body
        ("Examplo-3 carried NASA's hopes for a decade.", ("nasa", "participatesIn", "examplo-3")),
        ("Examplo-3 carried a flag to the Moon, and NASA's camera filmed it.", ("nasa", "participatesIn", "examplo-3")),
        # a part of a body, not of a craft
        (
            "Examplo-3 reached Mars in 2021. NASA announced a budget. Its cameras were built by Boeing.",
            ("boeing", "participatesIn", "examplo-3"),
        ),
        ("NASA's cameras were built by Boeing.", ("boeing", "participatesIn", "nasa")),
        # a rocket that carries a body's payload: the body takes no part in the rocket
        ("A Falcon 9 rocket carried NASA's Examplo-4 payload into orbit.", ("nasa", "participatesIn", "falcon-9")),
        ("The Falcon 9 carried two of NASA's instruments.", ("nasa", "participatesIn", "falcon-9")),
        # help to something that is no craft, or help denied
        ("NASA, with help from JAXA, studied the Moon.", ("jaxa", "participatesIn", "moon")),
        ("SUPARCO launched Rehbar-I in 1962 without help from NASA.", ("nasa", "participatesIn", "rehbar-i")),
        ("John Sample commanded Examplo-9 with help from NASA.", ("nasa", "participatesIn", "examplo-9")),
        # joining a list of agencies is no membership in them
        (
            "Poland joins CNES, ESA and JAXA, which have already committed hardware to the Lunar Gateway.",
            ("poland", "memberOf", "esa"),
        ),
        (
            "Poland joins CNES, ESA and JAXA, which have already committed hardware to the Lunar Gateway.",
            ("poland", "memberOf", "jaxa"),
        ),
        (
            "Poland joins ESA and JAXA, which have already committed hardware to the station.",
            ("poland", "memberOf", "esa"),
        ),
        ("CNES has committed itself to the Lunar Gateway's goals.", ("cnes", "participatesIn", "moon")),
        # a consortium's partners named by an adjective's country, and 'it' for the rocket a craft rode
        (
            "The Examplo-7 lander was built by a consortium led by DLR, with the French space agency CNES among the "
            "partners.",
            ("france", "participatesIn", "examplo-7"),
        ),
        (
            "NASA launched the Examplo-7 probe on a Falcon 9 rocket. It was built by SpaceX.",
            ("spacex", "participatesIn", "falcon-9"),
        ),
        # sharing what is no craft
        ("France shares data with Italy.", ("france", "partnerOf", "italy")),
        (
            "Examplo-3 was launched in 2010, and France shares data with Italy.",
            ("italy", "participatesIn", "examplo-3"),
        ),
        # done together, but no craft, or the partner's possessive
        (
            "Japan was founded in 1991. Its flag was carried out together with the flag of France.",
            ("france", "participatesIn", "japan"),
        ),
        (
            "The Examplo-5 mission was carried out together with JAXA's old partner.",
            ("jaxa", "participatesIn", "examplo-5"),
        ),
        # work on something else
        ("CNES has worked for years on the Moon.", ("cnes", "participatesIn", "moon")),
        (
            "The Examplo Space Agency has worked on Examplo-5's successor.",
            ("examplo-space-agency", "participatesIn", "examplo-5"),
        ),
        # a role without a craft
        ("Jane Doe, the project scientist, said the data were coming in.", ("jane-doe", "participatesIn", "examplo-3")),
        # 'respectively': the crossed pairs and no partnership between the subjects
        ("CNES and JAXA built Examplo-1 and Examplo-2 respectively.", ("jaxa", "participatesIn", "examplo-1")),
        ("CNES and JAXA built Examplo-1 and Examplo-2 respectively.", ("cnes", "participatesIn", "examplo-2")),
        ("CNES and JAXA built Examplo-1 and Examplo-2 respectively.", ("cnes", "partnerOf", "jaxa")),
        (
            "India and Japan launched Examplo-1 and Examplo-2 in 2019 and 2020, respectively.",
            ("india", "leads", "examplo-2"),
        ),
        (
            "India and Japan launched Examplo-1 and Examplo-2 in 2019 and 2020, respectively.",
            ("japan", "leads", "examplo-1"),
        ),
        # gapping: the other one's craft
        (
            "Two satellites, Examplo-1 and Examplo-2, were launched in 2018; China built the first and JAXA the second.",
            ("china", "participatesIn", "examplo-2"),
        ),
        # a launcher's operator does not lead the craft it carries
        (
            "The Examplo-3 probe was launched on an Ariane 5 rocket operated by Arianespace.",
            ("arianespace", "leads", "examplo-3"),
        ),
        ("Examplo-3 lifted off on a Falcon 9 rocket operated by SpaceX.", ("spacex", "leads", "examplo-3")),
    ],
)
def test_look_alikes_give_nothing(extractor: RuleExtractor, text: str, absent: Fact) -> None:
    assert absent not in stated(extractor, text), text


@pytest.mark.parametrize(
    ("text", "fact", "modality"),
    [
        (
            "Examplo-3 reached Mars in 2021. Its cameras will be built by JAXA.",
            ("jaxa", "participatesIn", "examplo-3"),
            "planned",
        ),
        ("Examplo-3's cameras were not supplied by JAXA.", ("jaxa", "participatesIn", "examplo-3"), "negated"),
        (
            "The Examplo Space Agency has not worked on Examplo-5.",
            ("examplo-space-agency", "participatesIn", "examplo-5"),
            "negated",
        ),
        ("Examplo-5 will be developed jointly with JAXA.", ("jaxa", "participatesIn", "examplo-5"), "planned"),
        ("Examplo-5 was not built together with JAXA.", ("jaxa", "participatesIn", "examplo-5"), "negated"),
        ("Examplo-3 will carry JAXA's Kiboro spectrometer.", ("jaxa", "participatesIn", "examplo-3"), "planned"),
        ("Examplo-3 did not carry JAXA's Kiboro spectrometer.", ("jaxa", "participatesIn", "examplo-3"), "negated"),
        (
            "JAXA did not supply any of the Examplo-3 probe's cameras.",
            ("jaxa", "participatesIn", "examplo-3"),
            "negated",
        ),
        ("CNES plans to supply two of Examplo-3's cameras.", ("cnes", "participatesIn", "examplo-3"), "planned"),
        (
            "CNES has not committed hardware to the Lunar Gateway.",
            ("cnes", "participatesIn", "lunar-gateway"),
            "negated",
        ),
        ("CNES will commit hardware to the Lunar Gateway.", ("cnes", "participatesIn", "lunar-gateway"), "absent"),
    ],
)
def test_denied_or_planned_contributions_are_never_plain(
    extractor: RuleExtractor, text: str, fact: Fact, modality: str
) -> None:
    found = stated(extractor, text)
    assert found.get(fact, "absent") == modality, (text, found)  # type: ignore[call-overload]
