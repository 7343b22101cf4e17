"""Relation ends unseen prose never got as a mention, round 25 (ends25; invented sentences).

- A document without a proper name, known by its kind and its topic ('a draft order on the disposal of
  satellites', 'the pledge against missile tests'), or by the words before its kind noun when a relative clause
  or a participle names who made or signed it ('a seat-swap agreement that X signed', 'its first space security
  strategy, drafted by Y'); the maker then drafts, proposes or signs it. Look-alikes: the verbs 'report on',
  'order on', 'in order to'; a kind noun with no description ('the agreement that X signed', 'a new agreement');
  a day after the topic noun; 'the Treaty' with no treaty named; a pledge no clause makes.
- One capitalised word opening a sentence, whose apposition names its class before a speech verb ('Example, the
  company that built the lander, said', 'ExampleTech, the firm behind …'): that class, not a guess from the speech verb (which a sentence's first
  word does not survive). Look-alikes: sentence-initial common nouns with a parenthetical 'the report said', a
  surname before a role.

Each row is a text and what must hold of its candidates:
- ``new|LABEL|TYPE``: a new entity mentioned by exactly LABEL, of that type;
- ``none|LABEL``: no new entity mentioned by exactly LABEL;
- ``nodoc``: no new document at all;
- ``fact|SUBJECT|RELATION|OBJECT``: that relation among the candidates' facts.
"""

from __future__ import annotations

import hashlib

import pytest

from spacekg.extract.rules import Candidates, RuleExtractor

DOCUMENT_TYPES = {"Document", "Memorandum", "Statement", "Treaty", "DraftResolution", "Doctrine", "Proposal"}


def run(extractor: RuleExtractor, text: str) -> Candidates:
    return extractor.extract(text, "t.txt", hashlib.sha256(text.encode()).hexdigest())


DOCUMENT_ROWS: list[tuple[str, list[str]]] = [
    # a kind and its topic
    (
        "The Examplo Space Agency published a draft order on the disposal of satellites, which Jane Doe had proposed.",
        [
            "new|draft order on the disposal of satellites|Document",
            "fact|jane-doe|proposes|draft-order-on-the-disposal-of-satellites",
        ],
    ),
    (
        "The council took up an order on spectrum sharing that the Examplian Space Agency drafted.",
        ["new|order on spectrum sharing|Document", "fact|examplian-space-agency|drafts|order-on-spectrum-sharing"],
    ),
    (
        "Tarvia has not joined the pledge against destructive missile tests, which Examplia announced in April.",
        [
            "new|pledge against destructive missile tests|Statement",
            "fact|examplia|drafts|pledge-against-destructive-missile-tests",
        ],
    ),
    (
        "Japan signed a pledge on debris removal with India in 2021.",
        ["new|pledge on debris removal|Statement", "fact|japan|signs|pledge-on-debris-removal"],
    ),
    (
        "In 2022 Examplia made a pledge against anti-satellite tests.",
        ["new|pledge against anti-satellite tests|Statement"],
    ),
    # the words before the kind noun, with the clause or the participle of its maker
    (
        "Under a seat-swap agreement that NASA signed with Roscosmos, crews trade seats.",
        [
            "new|seat-swap agreement|Document",
            "fact|nasa|signs|seat-swap-agreement",
            "fact|roscosmos|signs|seat-swap-agreement",
        ],
    ),
    (
        "The bilateral framework agreement, which the Examplo Space Agency negotiated, took effect in 2020.",
        [
            "new|bilateral framework agreement|Document",
            "fact|examplo-space-agency|drafts|bilateral-framework-agreement",
        ],
    ),
    (
        "In November the cabinet adopted its first space security strategy, drafted by the Examplian Ministry of Defence.",
        [
            "new|space security strategy|Document",
            "fact|examplian-ministry-of-defence|drafts|space-security-strategy",
        ],
    ),
    (
        "The lunar cooperation agreement, signed by Japan and India in 2023, covers rovers.",
        [
            "new|lunar cooperation agreement|Document",
            "fact|japan|signs|lunar-cooperation-agreement",
            "fact|india|signs|lunar-cooperation-agreement",
        ],
    ),
    (
        "Examplia will publish a national space policy, drafted by the Examplo Space Agency, next year.",
        ["new|national space policy|Document", "fact|examplo-space-agency|drafts|national-space-policy"],
    ),
    (
        "The data-sharing memorandum that ESA signed with JAXA ends in 2030.",
        ["new|data-sharing memorandum|Memorandum", "fact|esa|signs|data-sharing-memorandum"],
    ),
    (
        "Its debris roadmap, which Jane Doe unveiled in May, sets targets.",
        ["new|debris roadmap|Document", "fact|jane-doe|drafts|debris-roadmap"],
    ),
    ("The board published a report on the mid-term review in 2021.", ["none|report on the mid-term review in 2021"]),
    # look-alikes: verbs, kind nouns that describe nothing, days, a capitalised head alone
    ("The Examplo Space Agency will order on Monday.", ["nodoc"]),
    ("The agency has decided to order on the advice of its board.", ["nodoc"]),
    ("Examplia will report on the findings next week.", ["nodoc"]),
    ("In order to save money, Examplia cut its programme.", ["nodoc"]),
    ("The agreement that NASA signed with Roscosmos ends in 2025.", ["nodoc"]),
    ("A new agreement that NASA signed with ESA covers the Gateway.", ["nodoc"]),
    ("The order, which Jane Doe had proposed, was adopted.", ["nodoc"]),
    ("The Treaty was signed by Examplia in 1967.", ["nodoc"]),
    ("The same strategy, drafted by the ministry, failed.", ["nodoc"]),
    ("Examplia signed an agreement on Monday with Tarvia.", ["nodoc"]),
    ("The pledge that Examplia made was welcomed.", ["nodoc"]),
    ("The first report that NASA published was short.", ["nodoc"]),
    ("In March the agency said its strategy was working.", ["nodoc"]),
]


def _check(found: Candidates, text: str, expected: list[str]) -> None:
    new = {(text[m.start : m.end], m.type) for m in found.mentions if m.new}
    facts = {(f["subject"], f["relation"], f["object"]) for f in found.facts}
    for expectation in expected:
        kind, *rest = expectation.split("|")
        if kind == "new":
            assert (rest[0], rest[1]) in new, (text, sorted(new))
        elif kind == "none":
            assert all(words != rest[0] for words, _ in new), (text, sorted(new))
        elif kind == "nodoc":
            assert not any(t in DOCUMENT_TYPES for _, t in new), (text, sorted(new))
        else:
            assert (rest[0], rest[1], rest[2]) in facts, (text, sorted(facts))


@pytest.mark.parametrize(("text", "expected"), DOCUMENT_ROWS, ids=[row[0][:50] for row in DOCUMENT_ROWS])
def test_documents_by_description(extractor: RuleExtractor, text: str, expected: list[str]) -> None:
    _check(run(extractor, text), text, expected)


APPOSITION_ROWS: list[tuple[str, list[str]]] = [
    ("Zarvotec, the company that built the lander, said it was proud of its work.", ["new|Zarvotec|Organization"]),
    ("Zarvotec, an Ohio start-up, announced on Monday that it would build the rover.", ["new|Zarvotec|Organization"]),
    ("Zarvotec, the company behind the lander, said it had won the contract.", ["new|Zarvotec|Organization"]),
    ("Orvex, the firm that builds engines, told reporters it would bid.", ["new|Orvex|Organization"]),
    ("Tarvo, the agency's new lander, said nothing.", ["new|Tarvo|Mission"]),
    ("Kestrelon, a lunar lander, said to be ready, was launched.", ["new|Kestrelon|Mission"]),
    ("ExampleTech, the firm behind the rover, said it would bid again.", ["new|ExampleTech|Organization"]),
    ("AeroExampment, the company that built the rover, said it was proud.", ["new|AeroExampment|Organization"]),
    ("EXTEC, the firm behind the rover, said it would bid again.", ["new|EXTEC|Organization"]),
    # look-alikes: a common noun opening the sentence, a parenthetical speech verb, a surname before a role
    ("Research, the report said, is costly.", ["none|Research"]),
    ("Sources, the newspaper said, were unhappy.", ["none|Sources"]),
    ("Doe, the firm's chief executive, said it was proud.", ["none|Doe"]),
    ("Yesterday, the company said it was proud.", ["none|Yesterday"]),
    ("Officials, the ministry said, would travel to Geneva.", ["none|Officials"]),
    ("Management, the report said, was poor.", ["none|Management"]),
    ("Development, the company that leads it, said nothing new.", ["none|Development"]),
]


@pytest.mark.parametrize(("text", "expected"), APPOSITION_ROWS, ids=[row[0][:50] for row in APPOSITION_ROWS])
def test_one_word_typed_by_apposition(extractor: RuleExtractor, text: str, expected: list[str]) -> None:
    _check(run(extractor, text), text, expected)
