"""New names found and typed by the class evidence around them (issue #11, names20): an apposition with a long
description, a class noun before a name or a list of names, a company opened by its country's adjective, numbered
names by their list or their document, and heads that are no person's. Each on invented sentences, with the
near-misses where a rule must not fire."""

from __future__ import annotations

import pytest

from spacekg.extract.rules import RuleExtractor
from tests.test_extract_mentions import mentions, new


@pytest.mark.parametrize(
    ("sentence", "name", "kind"),
    [
        # the apposition's description may be long, with a possessive name in it
        (
            "Examplia rejoined Tarvonet, the European Union's Earth observation programme, in 2024.",
            "Tarvonet",
            "Program",
        ),
        ("Officials praised Tarvonet, the agency's new flagship science programme, on Monday.", "Tarvonet", "Program"),
        # an adverb before the comma, a relative clause without 'that' after the noun
        (
            "I have been reading about Lirrano again, the only satellite Examplia has ever launched.",
            "Lirrano",
            "Mission",
        ),
        # 'is/was the …' opening a sentence
        ("Lirrano was the European Space Agency's first mission beyond Earth orbit.", "Lirrano", "Mission"),
        ("Lirrano is the country's oldest rocket still flying.", "Lirrano", "Program"),
        # a class noun before the name, adjectives between
        ("The Tarvo Group, which owns the Russian airline T9, agreed to buy the ship.", "T9", "Organization"),
        ("A contract went to the Examplian engine maker Orvexa in May.", "Orvexa", "Organization"),
        ("The rocket, Grey Heron, was built by Orvexa.", "Grey Heron", "Program"),
        # a plural class noun before a list, with 'such as' or without
        ("Its partners were the Ukrainian firms KB Orvex and PO Tarvash.", "PO Tarvash", "Organization"),
        ("Its customers included satellite operators such as SkyTarva and OrbiCast.", "SkyTarva", "Organization"),
        ("Two companies, Orvexa and Tarvenna, bid for the contract.", "Tarvenna", "Organization"),
        # a time standard is a document, never a person
        ("NASA must set a standard, Coordinated Example Time, by 2026.", "Coordinated Example Time", "Document"),
        # head-first names of meetings and documents
        (
            "It was adopted at the opening of the Summit of the Examples in New York.",
            "Summit of the Examples",
            "Meeting",
        ),
        ("The Assembly adopted the Pact for Tarvo on Monday.", "Pact for Tarvo", "Document"),
        # a craft noun after the name, a word of its kind between; an ordinal before what is carried
        ("Controllers fired thrusters on a Tarvex cargo ship.", "Tarvex", "Mission"),
        ("Orvexa had offered its Grey Chaser spaceplane.", "Grey Chaser", "Mission"),
        ("The flight that carried the first Tarvolab into orbit ended well.", "Tarvolab", "Mission"),
        # a programme's noun after the name, a word of its field between
        ("Examplia declined to associate to the Tarvatom research programme.", "Tarvatom", "Program"),
        ("The agency works on timekeeping for its Lunelight navigation programme.", "Lunelight", "Program"),
        # a list's member after a country's possessive takes the list's class
        (
            "Its owners were Orvexa of Examplia, Russia's RSC Energia, Norway's Kvarto, and Tarvo Group.",
            "Kvarto",
            "Organization",
        ),
        # a surname with an apostrophe after its first letter
        ("The crew were Oleg Tarvov, Nikolai Orvex and Loral O'Tarva of NASA.", "Loral O'Tarva", "Person"),
        ("Jane D'Orvexa said the test had failed.", "Jane D'Orvexa", "Person"),
        # a space station before the name
        ("When the American space station Tarvolab came down, pieces fell.", "Tarvolab", "Station"),
        # a newspaper by its head word
        ("The Tarvo Examiner had offered a prize.", "Tarvo Examiner", "MediaOutlet"),
    ],
)
def test_class_evidence_around_a_new_name(extractor: RuleExtractor, sentence: str, name: str, kind: str) -> None:
    assert new(extractor, sentence).get(name) == kind


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # a relative clause on the noun: no apposition of the name
        ("He met Tarvo, the man who built the satellite, in May.", "Tarvo"),
        # the class noun's clause goes on after a comma: 'the firm, X said'
        ("The firm said Tarvo would lead.", "Tarvo"),
        # a verb between the name and the programme's noun
        ("Jane Tarvo said the programme would go on.", "Jane Tarvo"),
    ],
)
def test_no_class_where_the_noun_is_not_the_names(extractor: RuleExtractor, sentence: str, name: str) -> None:
    assert new(extractor, sentence).get(name) not in ("Mission", "Organization", "Program")


@pytest.mark.parametrize(
    ("sentence", "company"),
    [
        ("British Aerospace led the industrial team.", "British Aerospace"),
        ("She flew Examplian Airlines to Rome.", "Examplian Airlines"),
        ("Russian Railways carried the rocket to the pad.", "Russian Railways"),
    ],
)
def test_a_company_opened_by_its_countrys_adjective(extractor: RuleExtractor, sentence: str, company: str) -> None:
    found = mentions(extractor, sentence)
    assert any(s == company and t == "Organization" for s, _, t in found)
    assert not any(s in ("British", "Russian") for s, _, _ in found)  # no mention of the country inside it


def test_a_countrys_adjective_before_a_common_noun_stays_the_country(extractor: RuleExtractor) -> None:
    found = mentions(extractor, "The British government paid, and British Prime Minister Jane Doe spoke.")
    assert [s for s, _, _ in found if s == "British"] == ["British", "British"]


def test_numbered_names_by_their_list_and_their_document(extractor: RuleExtractor) -> None:
    found = new(extractor, "Two Soviet probes, Vega 1 and Vega 2, reached the comet in March.")
    assert found["Vega 1"] == "Mission" and found["Vega 2"] == "Mission"  # craft, though Vega is a launcher family
    assert new(extractor, "The probe was launched on a Vega 2 rocket.")["Vega 2"] == "Program"
    assert new(extractor, "Action 56 of the Pact deals with outer space.")["Action 56"] == "Document"
    assert new(extractor, "Goal 4 of the Example Agenda was met.")["Goal 4"] == "Document"


def test_a_meeting_is_not_named_again_by_its_topic(extractor: RuleExtractor) -> None:
    found = mentions(extractor, "Leaders met at the Summit of the Future. The Future of work was discussed.")
    assert [s for s, _, _ in found] == ["Summit of the Future"]
