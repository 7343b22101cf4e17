"""The ordinary words of taking part and relative clauses after a preposition, by grid (lead, v19 round).
All sentences are invented."""

from __future__ import annotations

import pytest

from spacekg.extract.rules import RuleExtractor
from tests.test_extract_clauses import plain, stated


@pytest.mark.parametrize(
    "text",
    [
        "Japan funds part of the Artemis program.",
        "Japan pays for a share of the Artemis program.",
        "Japan collaborates with NASA on the Artemis program.",
        "Japan has a role in the Artemis program.",
        "Japan played a key part in the Artemis program.",
        "Japan collaborates on the Artemis program.",
        "Japan is a contributor to the Artemis program.",
        "Japan's contribution to the Artemis program is a rover.",
        "Japan's role in the Artemis program is growing.",
        "Japan is among the partners of the Artemis program.",
        "The Artemis program, in which Japan takes part, will land on the Moon.",
    ],
)
def test_ordinary_words_of_taking_part(extractor: RuleExtractor, text: str) -> None:
    assert ("japan", "participatesIn", "artemis") in plain(stated(extractor, text)), text


def test_sent_to_a_station_and_a_member_in_a_relative_clause(extractor: RuleExtractor) -> None:
    found = plain(stated(extractor, "Japan sent two astronauts to the International Space Station."))
    assert ("japan", "participatesIn", "iss") in found
    found = plain(stated(extractor, "The ILRS, of which Russia is a member, will land on the Moon."))
    assert ("russia", "participatesIn", "ilrs") in found


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Japan has no role in the Artemis program.", "negated"),
        ("Japan's role in the Artemis program ended in 2020.", "negated"),
        ("Japan will have a role in the Artemis program.", "planned"),
        ("Japan refused to pay for the Artemis program.", "negated"),
        ("Japan is not among the partners of the Artemis program.", "negated"),
        ("The Artemis program, in which Japan has not taken part, will land on the Moon.", "negated"),
    ],
)
def test_denied_or_planned_taking_part_is_never_a_plain_fact(
    extractor: RuleExtractor, text: str, modality: str
) -> None:
    found = stated(extractor, text)
    assert found.get(("japan", "participatesIn", "artemis"), "absent") == modality, (text, found)  # type: ignore[call-overload]


@pytest.mark.parametrize(
    "text",
    [
        "Japan lacks funds for the Artemis program.",
        "Japan works on a new rover.",
        "Japan criticised the role in the Artemis program that NASA gave Canada.",
        "Japan stopped funding the Artemis program in 2020.",
        "Japan sent a letter to the Artemis program office.",
        "Japan watched the Artemis launch.",
    ],
)
def test_near_misses_give_no_plain_taking_part(extractor: RuleExtractor, text: str) -> None:
    assert ("japan", "participatesIn", "artemis") not in plain(stated(extractor, text)), text


@pytest.mark.parametrize(
    "text",
    [
        "The United Kingdom, although it remains a member of ESA, no longer takes part in the ILRS, while it has "
        "rejoined the Artemis program.",
        "It should also be noted that the United Kingdom, although it remains a member of ESA, no longer takes part "
        "in the ILRS, while it has rejoined the Artemis program.",
    ],
)
def test_the_subject_pronoun_of_a_later_clause_is_the_sentence_subject(extractor: RuleExtractor, text: str) -> None:
    # not the body named nearest it ('a member of ESA')
    found = plain(stated(extractor, text))
    assert ("united-kingdom", "participatesIn", "artemis") in found, found
    assert ("esa", "participatesIn", "artemis") not in found, found
