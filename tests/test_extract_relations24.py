"""Work done for a client and a questioner's outlet, by grid (relations24, v23 round): a body that builds,
launches, carries, flies, runs or leads something for another body is its partner (GUIDELINES: 'built for NASA by
Rockwell', 'that Russia had built for Iran', 'carried satellites for an agency'), whatever the object's words; a
transcript's 'Q (Jane Doe, Reuters):' makes the reporter the outlet's, even before a question (GUIDELINES, the
twenty-third set). All sentences are invented; each construction has look-alike rows that must give nothing."""

from __future__ import annotations

import pytest

from spacekg.extract.rules import RuleExtractor
from tests.test_extract_clauses import plain, stated

Fact = tuple[str, str, str]
SYMMETRIC = ("partnerOf", "cooperatesWith")


def either_way(fact: Fact) -> set[Fact]:
    """A fact and, for a symmetric relation, its converse (partners are read in either order)."""
    subject, relation, obj = fact
    return {fact, (obj, relation, subject)} if relation in SYMMETRIC else {fact}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # work done for a client: an unnamed object, a pronoun, lists of clients, adjuncts before 'for'
        ("The Russian company Acme Corp built the satellite for Egypt.", [("acme-corp", "partnerOf", "egypt")]),
        (
            "Acme Corp builds communications satellites for the Examplo Space Agency.",
            [("acme-corp", "partnerOf", "examplo-space-agency")],
        ),
        (
            "Acme Corp has flown sounding rockets from Esrange since the 1960s, often for ESA and for DLR.",
            [("acme-corp", "partnerOf", "esa"), ("acme-corp", "partnerOf", "dlr")],
        ),
        (
            "Advanced Examplo, a company from Colorado, leads the mission for NASA.",
            [("advanced-examplo", "partnerOf", "nasa")],
        ),
        ("Acme Corp operates the spacecraft for JAXA.", [("acme-corp", "partnerOf", "jaxa")]),
        (
            "Acme Corp designed the lander for CNES and DLR.",
            [("acme-corp", "partnerOf", "cnes"), ("acme-corp", "partnerOf", "dlr")],
        ),
        ("Acme Corp, which built the probe for NASA, went bankrupt.", [("acme-corp", "partnerOf", "nasa")]),
        ("Russia built it for Iran.", [("russia", "partnerOf", "iran")]),
        ("SpaceX flew the crew for NASA in 2020.", [("spacex", "partnerOf", "nasa")]),
        (
            "Acme Corp runs the ground stations for the Examplo Space Agency.",
            [("acme-corp", "partnerOf", "examplo-space-agency")],
        ),
        ("In 2015 Acme Corp manufactured two capsules for ISRO.", [("acme-corp", "partnerOf", "isro")]),
        ("Acme Corp had developed three instruments for NASA.", [("acme-corp", "partnerOf", "nasa")]),
        ("Acme Corp makes engines for Airbus, Boeing and NASA.", [("acme-corp", "partnerOf", "nasa")]),
        (
            "Acme Corp assembled the modules in Turin for the European Space Agency.",
            [("acme-corp", "partnerOf", "esa")],
        ),
        # several parties of one memorandum, contract or deal: partners, each pair
        (
            "Europe's three largest builders of satellites, Airbus, Thales and Acme Corp, signed a memorandum of "
            "understanding on 23 October 2025 to combine their space activities.",
            [
                ("airbus", "partnerOf", "thales"),
                ("airbus", "partnerOf", "acme-corp"),
                ("thales", "partnerOf", "acme-corp"),
            ],
        ),
        (
            "Canada, Japan and France signed a cooperation agreement in 2024.",
            [("canada", "partnerOf", "japan"), ("canada", "partnerOf", "france"), ("japan", "partnerOf", "france")],
        ),
        (
            "NASA, JAXA and the Examplo Space Agency signed a contract for the rover last week.",
            [("nasa", "partnerOf", "examplo-space-agency"), ("jaxa", "partnerOf", "examplo-space-agency")],
        ),
        ("Norway and Chile signed a memorandum of understanding in May.", [("norway", "partnerOf", "chile")]),
        # a country that acted through its agency: both take part
        (
            "NASA's Examplo-5 probe reached the asteroid in 2020. Canada, which supplied the spacecraft's laser "
            "altimeter through the Canadian Space Agency, will receive part of the sample.",
            [("canada", "participatesIn", "examplo-5"), ("csa", "participatesIn", "examplo-5")],
        ),
        (
            "Italy took part in the Examplo-5 mission through its space agency, ASI.",
            [("italy", "participatesIn", "examplo-5"), ("asi", "participatesIn", "examplo-5")],
        ),
        (
            "Germany contributed to the Examplo-5 probe through DLR, its space agency.",
            [("dlr", "participatesIn", "examplo-5")],
        ),
        (
            "France, which supplied two of the Examplo-5 probe's cameras through CNES, will share the data.",
            [("france", "participatesIn", "examplo-5"), ("cnes", "participatesIn", "examplo-5")],
        ),
        # the common nouns of a craft's hardware
        (
            "NASA's Examplo-5 probe reached the asteroid in 2020. The Canadian Space Agency supplied the probe's "
            "laser altimeter.",
            [("csa", "participatesIn", "examplo-5")],
        ),
        (
            "NASA's Examplo-5 probe reached the asteroid in 2020. Acme Corp built the spacecraft's star tracker.",
            [("acme-corp", "participatesIn", "examplo-5")],
        ),
        (
            "NASA's Examplo-5 probe reached Mars in 2021. Japan, which provided the orbiter's imager, will share the "
            "pictures.",
            [("japan", "participatesIn", "examplo-5")],
        ),
        # signature lines 'Name, role, Flight': the flight on the person's own line
        (
            "We urge Congress to act.\n\nNeil Armstrong, commander, Apollo 11\nJames Lovell, commander, Apollo 13\n"
            "Eugene Cernan, commander, Apollo 17",
            [
                ("neil-armstrong", "leads", "apollo-11"),
                ("james-lovell", "leads", "apollo-13"),
                ("eugene-cernan", "leads", "apollo-17"),
            ],
        ),
        (
            "Fly again, we ask.\n\nJane Doe, commander, Examplo 7\nJohn Roe, pilot, Examplo 9",
            [("jane-doe", "leads", "examplo-7"), ("john-roe", "participatesIn", "examplo-9")],
        ),
        # a questioner's label in a transcript
        ("Q (Jane Doe, Reuters): When will it fly?", [("jane-doe", "affiliatedWith", "reuters")]),
        ("Q (Jane Doe, Reuters): The launch slipped by a year.", [("jane-doe", "affiliatedWith", "reuters")]),
        ("Q (from John Roe of Reuters): Will you pick an option now?", [("john-roe", "affiliatedWith", "reuters")]),
        (
            "QUESTION (Jane Doe, the Examplo Times): Why now?",
            [("jane-doe", "affiliatedWith", "examplo-times")],
        ),
        (
            "Question (Mary Major, Examplo News Agency): Who built it?",
            [("mary-major", "affiliatedWith", "examplo-news-agency")],
        ),
        (
            "Transcript excerpt.\n\nQ (Jane Doe, Reuters): Who built the spacecraft?\n\nA: Acme Corp did.",
            [("jane-doe", "affiliatedWith", "reuters")],
        ),
    ],
)
def test_clients_and_questioners_are_read(extractor: RuleExtractor, text: str, expected: list[Fact]) -> None:
    found = plain(stated(extractor, text))
    for one in expected:
        assert either_way(one) & found, (text, one, found)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a client's own undertaking, a place or a craft after 'for', a person working, an infinitive, a passive
        ("Acme Corp built the lander for NASA's Artemis programme.", ("acme-corp", "partnerOf", "nasa")),
        ("Acme Corp built the satellite for Egypt's space agency.", ("acme-corp", "partnerOf", "egypt")),
        ("Acme Corp built the rover for Mars.", ("acme-corp", "partnerOf", "mars")),
        ("Acme Corp built the camera for the Examplo mission of NASA.", ("acme-corp", "partnerOf", "examplo")),
        ("Jane Doe built the satellite for NASA.", ("jane-doe", "partnerOf", "nasa")),
        ("NASA chose Acme Corp to build the satellite for ESA.", ("nasa", "partnerOf", "esa")),
        ("NASA chose Acme Corp to build the satellite for ESA.", ("acme-corp", "partnerOf", "esa")),
        (
            "The rocket that launched the satellite for Egypt was built by Acme Corp.",
            ("acme-corp", "partnerOf", "egypt"),
        ),
        ("The engineers who built the satellite for NASA left Acme Corp.", ("acme-corp", "partnerOf", "nasa")),
        ("NASA built no probe for ESA's comet mission.", ("nasa", "partnerOf", "esa")),
        ("Acme Corp lobbied for NASA contracts for years.", ("acme-corp", "partnerOf", "nasa")),
        ("Acme Corp paid for ESA's share of the satellite.", ("acme-corp", "partnerOf", "esa")),
        ("Acme Corp built the satellite, and it waited for NASA to approve it.", ("acme-corp", "partnerOf", "nasa")),
        ("The satellites were built for Egypt in 2019, Acme Corp said.", ("acme-corp", "partnerOf", "egypt")),
        # a compound names no worker
        ("Examplo and the questions over a Russian-built satellite for Iran", ("russia", "partnerOf", "iran")),
        # the signatories of a treaty, of accords many sign, of an unnamed text: no partners
        ("Norway, Chile and Peru signed a treaty on satellite data in May.", ("norway", "partnerOf", "chile")),
        ("Canada, Japan and France signed the Artemis Accords in 2024.", ("canada", "partnerOf", "japan")),
        ("Canada, Japan and France signed a declaration on lunar exploration.", ("japan", "partnerOf", "france")),
        ("Canada signed a memorandum with Japan, and France protested.", ("canada", "partnerOf", "france")),
        # through a grouping, a deal, a person or a year: no agency acted
        (
            "Norway takes part in Copernicus through the European Economic Area.",
            ("eea", "participatesIn", "copernicus"),
        ),
        (
            "Norway takes part in Copernicus through the European Economic Area.",
            ("european-economic-area", "participatesIn", "copernicus"),
        ),
        ("Japan joined the Examplo-7 mission through a deal with NASA.", ("nasa", "participatesIn", "examplo-7")),
        ("Acme Corp built the Examplo-7 camera through 2020 with NASA.", ("nasa", "participatesIn", "examplo-7")),
        ("Canada joined the Examplo-7 mission, and Japan flew through JAXA.", ("jaxa", "participatesIn", "examplo-7")),
        # a signature line names its own flight, not the line before's
        (
            "We urge Congress to act.\n\nNeil Armstrong, commander, Apollo 11\nJames Lovell, commander, Apollo 13",
            ("james-lovell", "leads", "apollo-11"),
        ),
        (
            "Fly again, we ask.\n\nJane Doe, commander, Examplo 7\nJohn Roe, pilot, Examplo 9",
            ("john-roe", "participatesIn", "examplo-7"),
        ),
        # a label with no outlet, a place, a plain question line
        ("Q (Jane Doe): When will NASA fly?", ("jane-doe", "affiliatedWith", "nasa")),
        ("Q (Jane Doe, Houston): When?", ("jane-doe", "affiliatedWith", "houston")),
        ("Q: Will Jane Doe join NASA?", ("jane-doe", "affiliatedWith", "nasa")),
        ("Q (Jane Doe, Reuters): Will Acme Corp build the satellite for Egypt?", ("acme-corp", "partnerOf", "egypt")),
        ("Jane Doe (Reuters) said NASA would wait.", ("jane-doe", "affiliatedWith", "nasa")),
    ],
)
def test_look_alikes_give_nothing(extractor: RuleExtractor, text: str, absent: Fact) -> None:
    assert not either_way(absent) & set(stated(extractor, text)), text


@pytest.mark.parametrize(
    ("text", "fact", "modality"),
    [
        ("Acme Corp will build the satellite for Egypt.", ("acme-corp", "partnerOf", "egypt"), "planned"),
        ("Acme Corp did not build the satellite for Egypt.", ("acme-corp", "partnerOf", "egypt"), "negated"),
        ("Acme Corp has never built a satellite for NASA.", ("acme-corp", "partnerOf", "nasa"), "negated"),
        ("Acme Corp plans to launch two satellites for JAXA.", ("acme-corp", "partnerOf", "jaxa"), "planned"),
    ],
)
def test_denied_or_planned_work_is_never_plain(extractor: RuleExtractor, text: str, fact: Fact, modality: str) -> None:
    found = stated(extractor, text)
    assert found.get(fact, "absent") == modality, (text, found)  # type: ignore[call-overload]
