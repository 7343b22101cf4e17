"""Work done for a client and a questioner's outlet, by grid (relations24, v23 round): a body that builds,
launches, carries, flies, runs or leads something for another body is its partner (GUIDELINES: 'built for NASA by
Rockwell', 'that Russia had built for Iran', 'carried satellites for an agency'), whatever the object's words; a
transcript's 'Q (Jane Doe, Reuters):' makes the reporter the outlet's, even before a question (GUIDELINES, the
twenty-third set). All sentences are invented; each construction has look-alike rows that must give nothing."""

from __future__ import annotations

import pytest

from spacekg.extract.rules import RuleExtractor
from spacekg.model.facts import Dataset
from tests.test_extract_clauses import plain, stated

Fact = tuple[str, str, str]


@pytest.fixture(scope="module")
def extractor(dataset: Dataset) -> RuleExtractor:
    return RuleExtractor(dataset)


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
        assert one in found, (text, one, found)


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
        # a label with no outlet, a place, a plain question line
        ("Q (Jane Doe): When will NASA fly?", ("jane-doe", "affiliatedWith", "nasa")),
        ("Q (Jane Doe, Houston): When?", ("jane-doe", "affiliatedWith", "houston")),
        ("Q: Will Jane Doe join NASA?", ("jane-doe", "affiliatedWith", "nasa")),
        ("Q (Jane Doe, Reuters): Will Acme Corp build the satellite for Egypt?", ("acme-corp", "partnerOf", "egypt")),
        ("Jane Doe (Reuters) said NASA would wait.", ("jane-doe", "affiliatedWith", "nasa")),
    ],
)
def test_look_alikes_give_nothing(extractor: RuleExtractor, text: str, absent: Fact) -> None:
    assert absent not in stated(extractor, text), text


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
