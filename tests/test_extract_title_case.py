"""Headlines in title case (issue #11, lead16): every word of such a line is capitalised, so capitals there do
not mark where a name starts or ends. Invented headlines, each with a body."""

from __future__ import annotations

from spacekg.extract.rules import RuleExtractor
from tests.test_extract_mentions import mentions, new


def test_words_of_a_title_case_headline_make_no_name_the_body_does_not_repeat(extractor: RuleExtractor) -> None:
    text = "Nations Welcome Lunar Consortium As Talks Resume In Vienna\n\nDelegates welcomed the consortium."
    assert "Nations Welcome Lunar Consortium" not in new(extractor, text)
    text = "Examplia Hails Orbital Research Institute After Launch Of Probe\n\nThe probe flew on Monday."
    assert not any("Institute" in label for label in new(extractor, text))


def test_a_name_the_body_repeats_stays_a_name_in_the_headline(extractor: RuleExtractor) -> None:
    text = "Tarvonia Space Agency Joins Lunar Pact After Long Debate\n\nThe Tarvonia Space Agency signed on Monday."
    found = mentions(extractor, text)
    assert [surface for surface, _, _ in found] == ["Tarvonia Space Agency", "Tarvonia Space Agency"]


def test_a_country_opening_a_title_case_headline_is_the_country(extractor: RuleExtractor) -> None:
    text = "Kenya Launches First Weather Satellite With Help From Japan\n\nKenya launched it on Friday."
    found = mentions(extractor, text)
    assert found[0][:2] == ("Kenya", "kenya")
    assert "Kenya Launches First Weather Satellite" not in new(extractor, text)
    # in a headline in sentence case, and in the body, a place opening a longer name is still that name
    assert new(extractor, "Arizona State University wins probe contract\n\nIt won.").get("Arizona State University")
