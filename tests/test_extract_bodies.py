"""How institutions are built and who writes, submits and renews documents: invented sentences, several
wordings of each construction (tense, voice, apposition, pronoun, list), with the near-misses that must not
fire beside them (issue #11: shapes that recur across texts, not one text's sentence)."""

from __future__ import annotations

import pytest

from spacekg.extract.rules import RuleExtractor
from tests.test_extract_clauses import Stated, plain, stated


def relations(found: Stated, relation: str) -> set[tuple[str, str]]:
    return {(s, o) for s, r, o in found if r == relation}


# -- a body under another ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Example Space Agency reports to the Ministry of Defence.",
        "The Example Space Agency reports directly to the Ministry of Defence.",
        "The Example Space Agency comes under the Ministry of Defence.",
        "The Example Space Agency sits within the Ministry of Defence.",
        "The Example Space Agency operates under the authority of the Ministry of Defence.",
        "The Example Space Agency is subordinate to the Ministry of Defence.",
    ],
)
def test_a_body_answering_to_another_is_part_of_it(extractor: RuleExtractor, text: str) -> None:
    assert ("example-space-agency", "partOf", "ministry-of-defence") in plain(stated(extractor, text))


@pytest.mark.parametrize(
    "text",
    [
        "NASA answers to Congress.",  # a legislature oversees; it has no parts here
        "The Example Space Agency reports to Parliament every year.",
        "The Example Space Agency came under pressure from the Ministry of Defence.",  # not 'under' a name
        "The Example Space Agency reported to the Ministry of Defence that the launch had failed.",  # an act
    ],
)
def test_answering_to_a_legislature_or_reporting_an_event_is_no_part(extractor: RuleExtractor, text: str) -> None:
    assert not relations(stated(extractor, text), "partOf")


@pytest.mark.parametrize(
    ("text", "agency"),
    [
        (
            "Peru set up its space agency, the Example Space Agency (ESPA), in 2019. It is based in Lima and reports to"
            " the Ministry of Defence.",
            "espa",
        ),
        (
            "Chile created the Example Space Agency in 2019. It is headquartered in Santiago and answers to the"
            " Ministry of Defence.",
            "example-space-agency",
        ),
    ],
)
def test_it_before_what_only_a_body_does_is_the_body_not_the_country(
    extractor: RuleExtractor, text: str, agency: str
) -> None:
    found = plain(stated(extractor, text))
    assert (agency, "partOf", "ministry-of-defence") in found
    assert any(s == agency and r == "headquarteredAt" for s, r, _ in found)
    assert not any(r == "headquarteredAt" and s in ("peru", "chile") for s, r, _ in found)


def test_it_with_no_body_named_before_stands_for_nothing_here(extractor: RuleExtractor) -> None:
    found = stated(extractor, "Japan signed the Artemis Accords in 2020. It is based in Tokyo.")
    assert not relations(found, "headquarteredAt")


@pytest.mark.parametrize(
    ("text", "part", "whole"),
    [
        ("The draft went to the First Committee of the UNGA in October.", "un-first-committee", "un-general-assembly"),
        ("The Fourth Committee of the General Assembly debated it.", "fourth-committee", "un-general-assembly"),
        ("The Scientific and Technical Subcommittee of COPUOS met.", "scientific-and-technical-subcommittee", "copuos"),
        ("The German Space Command, part of the Bundeswehr, was set up in 2021.", "german-space-command", "bundeswehr"),
        ("The Example Laboratory, which is part of Caltech, built the rover.", "example-laboratory", "caltech"),
    ],
)
def test_the_unit_of_a_parent_and_part_of_in_apposition(
    extractor: RuleExtractor, text: str, part: str, whole: str
) -> None:
    assert (part, "partOf", whole) in plain(stated(extractor, text))


def test_a_negation_of_the_clause_is_not_about_a_units_name(extractor: RuleExtractor) -> None:
    found = stated(extractor, "Without consensus, the group has nothing to send to the First Committee of the UNGA.")
    assert found.get(("un-first-committee", "partOf", "un-general-assembly"), "missing") is None


@pytest.mark.parametrize(
    "text",
    [
        "The rover is part of Perseverance.",  # a craft's part: no body is named after 'part of'
        "The lander was part of the Chandrayaan mission.",
        "The Council of Europe met in Strasbourg.",  # a place after 'of'
    ],
)
def test_part_of_a_craft_or_a_place_makes_no_body(extractor: RuleExtractor, text: str) -> None:
    found = stated(extractor, text)
    assert not any(r == "partOf" and o in ("perseverance", "chandrayaan", "europe") for _, r, o in found)


# -- who adopts, drafts, submits and renews ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "body", "paper"),
    [
        (
            "The Example Group was set up by the UN General Assembly (UNGA) in resolution 72/250.",
            "un-general-assembly",
            "resolution-72-250",
        ),
        (
            "The panel was established by the UN Security Council through resolution 1718 in 2006.",
            "un-security-council",
            "resolution-1718",
        ),
        (
            "The working group was created by the General Assembly in December 2021 under resolution 76/231.",
            "un-general-assembly",
            "resolution-76-231",
        ),
    ],
)
def test_a_body_acting_by_a_resolution_adopts_it(extractor: RuleExtractor, text: str, body: str, paper: str) -> None:
    assert (body, "drafts", paper) in plain(stated(extractor, text))


def test_a_second_predicates_chair_is_the_groups_not_the_agents(extractor: RuleExtractor) -> None:
    found = plain(
        stated(
            extractor,
            "The Example Panel was set up by the UN Security Council in 2006 and is chaired by Jane Doe of Norway.",
        )
    )
    assert ("jane-doe", "affiliatedWith", "example-panel") in found
    assert ("jane-doe", "affiliatedWith", "un-security-council") not in found


@pytest.mark.parametrize(
    "text",
    [
        "The Example Strategy was drafted by the Ministry of Defence together with the Foreign Office.",
        "The Example Strategy was drafted by the Ministry of Defence under Jane Doe together with the Foreign Office.",
        "The Example Strategy, written by the Ministry of Defence jointly with the Foreign Office, was adopted.",
    ],
)
def test_drafted_by_a_together_with_b_makes_both_draft(extractor: RuleExtractor, text: str) -> None:
    found = plain(stated(extractor, text))
    assert ("ministry-of-defence", "drafts", "example-strategy") in found
    assert ("foreign-office", "drafts", "example-strategy") in found


def test_signed_by_a_along_with_b_makes_both_sign(extractor: RuleExtractor) -> None:
    found = plain(stated(extractor, "The Moon Agreement was signed by France along with India."))
    assert {("france", "signs", "moon-agreement"), ("india", "signs", "moon-agreement")} <= found


def test_together_with_a_thing_or_unnamed_people_adds_no_author(extractor: RuleExtractor) -> None:
    found = stated(extractor, "The Example Treaty was drafted by Norway, together with experts from Chile.")
    assert relations(found, "drafts") == {("norway", "example-treaty")}


@pytest.mark.parametrize(
    "text",
    [
        "The Example Amendment took effect in 2011. Congress has renewed the provision every year since.",
        "The Example Amendment took effect in 2011. The clause has been renewed by Congress every year.",
        "The Example Amendment took effect in 2011. Congress reauthorized the Example Amendment in 2015.",
        "The Example Amendment took effect in 2011. Congress amended the Example Amendment in 2015.",
    ],
)
def test_a_legislature_renewing_a_law_drafts_it(extractor: RuleExtractor, text: str) -> None:
    assert ("congress", "drafts", "example-amendment") in plain(stated(extractor, text))


@pytest.mark.parametrize(
    "text",
    [
        "Russia and the United States renewed the New START treaty in 2021.",  # parties, not drafters
        "NASA renewed its call for funding.",  # no document
    ],
)
def test_renewing_a_treaty_or_a_call_drafts_nothing(extractor: RuleExtractor, text: str) -> None:
    assert not relations(stated(extractor, text), "drafts")


@pytest.mark.parametrize(
    ("text", "relation"),
    [
        ("The Example Protocol, put forward by Japan together with Norway, failed.", "proposes"),
        # (a sponsor proposes: GUIDELINES v10, "A bill's sponsor proposes it"; guidelines23)
        ("Norway and Japan co-sponsored the Example Protocol.", "proposes"),
        ("The Example Space Act was renewed by the Senate in 2015.", "drafts"),
    ],
)
def test_a_laws_or_a_treatys_own_name_is_a_document(extractor: RuleExtractor, text: str, relation: str) -> None:
    found = relations(stated(extractor, text), relation)
    assert found and all(o.startswith("example-") for _, o in found)
