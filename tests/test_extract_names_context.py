"""New names typed by the layout or the words around them (issue #11, names13: the
misses of the v12 texts grouped by cause), each on invented sentences, with
sentences where the rule must not fire."""

from __future__ import annotations

import pytest

from spacekg.extract.rules import RuleExtractor
from spacekg.model.facts import Dataset
from tests.test_extract_mentions import mentions, new


@pytest.fixture(scope="module")
def extractor(dataset: Dataset) -> RuleExtractor:
    return RuleExtractor(dataset)


def test_a_chat_line_after_its_time_and_a_talk_page_signature_name_a_person(extractor: RuleExtractor) -> None:
    text = "[09:14] Marit: The probe is in orbit.\n[09:20] Okon Tarvi: Noted.\n[09:31] Marit: It landed."
    found = mentions(extractor, text)
    assert [(s, e) for s, e, _ in found if s in ("Marit", "Okon Tarvi")] == [
        ("Marit", "marit"), ("Okon Tarvi", "okon-tarvi"), ("Marit", "marit")]  # fmt: skip
    assert new(extractor, text)["Marit"] == "Person"
    found = new(extractor, "The lead is wrong about the orbiter. --Lunawatch77 (talk) 10:02, 4 May 2024 (UTC)")
    assert found.get("Lunawatch77") == "Person"
    # a time inside a sentence, or a label with a generic word, is no speaker
    assert "Mission Control" not in new(extractor, "16:00 Mission Control: go for launch.")
    assert "Tarvo" not in new(extractor, "The window opens at 16:00 Tarvo: time.")


def test_a_code_joined_to_a_number_opening_a_sentence_is_a_name(extractor: RuleExtractor) -> None:
    assert new(extractor, "The lander is ready. EXM-2 is in lunar orbit.") == {"EXM-2": "Mission"}
    assert new(extractor, "COVID-19 slowed the work.") == {}
