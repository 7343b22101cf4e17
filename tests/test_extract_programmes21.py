"""Who runs, builds and launches what, in the wordings the v20 texts showed and the others a reporter would use
(programmes21): a research centre or laboratory that acts as a body does ('managed by NASA's Example Research
Center', 'the agency's Example Laboratory'), in the passive, the participle, the relative and the active; a body
named with its owner's possessive as the subject of an object relative ('which NSF's NOIRLab runs'); a whole named
by its parts ('consists of two satellites, A and B', 'is made up of two spacecraft: A and B'). Near-misses beside
each: a centre where a craft was only assembled, a company that is no programme, a list that is no list of parts.
Invented sentences, none taken from the corpus."""

from __future__ import annotations

import pytest

from spacekg.extract.rules import RuleExtractor
from spacekg.model.facts import Dataset
from tests.test_extract_clauses import plain, stated


@pytest.fixture(scope="module")
def extractor(dataset: Dataset) -> RuleExtractor:
    return RuleExtractor(dataset)


def test_a_research_centre_acts_in_every_voice(extractor: RuleExtractor) -> None:
    for text in (
        "The Example Rover was managed by NASA's Ames Research Center.",
        "The Example Rover is run by NASA's Ames Research Center.",
        "The Example Rover, managed by NASA's Ames Research Center, was cancelled.",
        "The Example Rover, which is managed by NASA's Ames Research Center, was cancelled.",
        "NASA's Ames Research Center manages the Example Rover.",
        "The Example Rover, which NASA's Ames Research Center runs, was cancelled.",
        "NASA built the Example Rover. The mission was managed by the agency's Ames Research Center.",
    ):
        found = plain(stated(extractor, text))
        assert ("ames-research-center", "leads", "example-rover") in found, text
        assert ("ames-research-center", "partOf", "nasa") in found, text
    found = plain(stated(extractor, "The Example Rover was built by NASA's Example Flight Center."))
    assert ("example-flight-center", "participatesIn", "example-rover") in found


def test_a_centre_where_a_craft_only_stood_does_nothing(extractor: RuleExtractor) -> None:
    for text in (
        "The Example Rover was assembled at NASA's Ames Research Center.",
        "The Example Rover was tested at NASA's Ames Research Center in California.",
        "NASA launched the Example Rover from the Kennedy Space Center.",
    ):
        found = stated(extractor, text)
        assert not any(r in ("leads", "participatesIn") and s != "nasa" for s, r, _ in found), text


def test_a_body_named_with_its_owners_possessive_runs_in_a_relative(extractor: RuleExtractor) -> None:
    for text, runner in (
        ("The Example Centre, which NSF's NOIRLab runs, opened in 2022.", "noirlab"),
        ("The Example Centre, which Japan's JAXA runs, opened in 2022.", "jaxa"),
        ("The Example Centre, which NASA's Goddard Institute runs, opened in 2022.", "goddard-institute"),
        ("NSF funds it. The Example Centre, which the agency's NOIRLab runs, opened in 2022.", "noirlab"),
        ("The Example Centre, which NSF's NOIRLab operates, opened in 2022.", "noirlab"),
    ):
        found = plain(stated(extractor, text))
        assert (runner, "leads", "example-centre") in found, text
        assert not any(s in ("nsf", "japan", "nasa") for s, r, _ in found if r == "leads"), text


def test_a_whole_named_by_its_parts(extractor: RuleExtractor) -> None:
    for text in (
        "The Example-1 mission consists of two spacecraft, Alpha-1 and Beta-1.",
        "Example-1 consists of two satellites, the Alpha-1 and the Beta-1, which fly in formation.",
        "The Example-1 mission is made up of two spacecraft: Alpha-1 and Beta-1.",
        "The Example-1 mission comprises two satellites, Alpha-1 and Beta-1.",
        "The Example-1 mission is made up of the Alpha-1 orbiter and the Beta-1 lander.",
        "Example-1 will consist of two small satellites, Alpha-1 and Beta-1.",
    ):
        found = plain(stated(extractor, text))
        assert {("alpha-1", "partOf", "example-1"), ("beta-1", "partOf", "example-1")} <= found, text


def test_what_is_no_list_of_parts(extractor: RuleExtractor) -> None:
    for text in (
        "The Example Corp board consists of two members, Alpha Holdings and Beta Holdings.",
        "Example-1 consists of a camera and a radio; NASA built it with Boeing.",
        "The launch of Example-1 consisted of a long wait, and Alpha-1 flew in May.",
    ):
        found = stated(extractor, text)
        assert not any(r == "partOf" and o == "example-1" for _, r, o in found), text
