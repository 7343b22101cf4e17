"""Hyphenated names that open with a known acronym, round 24 (names24; invented sentences): 'UN-Example',
'EU-EXAMPLE', 'ESA-Example' are one new name (typed by the noun after them), with look-alikes that must give
no such name: two known names joined ('ESA-NASA', 'EU-Japan'), a country's adjective ('US-Soviet'), a
compound adjective ('UN-backed', 'NASA-funded'), a number ('UN-1'), an unknown acronym ('XQZ-Examplo'),
a designation the country rule already reads ('UK-DMC').

Each row is a text and what must hold of its candidates:
- ``new LABEL TYPE``: a new entity mentioned by exactly LABEL, of that type;
- ``none LABEL``: no new entity mentioned by exactly LABEL.
"""

from __future__ import annotations

import hashlib

import pytest

from spacekg.extract.rules import Candidates, RuleExtractor
from spacekg.model.facts import Dataset


@pytest.fixture(scope="module")
def extractor(dataset: Dataset) -> RuleExtractor:
    return RuleExtractor(dataset)


def run(extractor: RuleExtractor, text: str) -> Candidates:
    return extractor.extract(text, "t.txt", hashlib.sha256(text.encode()).hexdigest())


ROWS: list[tuple[str, list[str]]] = [
    # the shape, in several frames
    ("The United Nations set up UN-Examplo in 2006.", ["new UN-Examplo Organization"]),
    ("The UN-EXAMPLO programme helps countries use space data.", ["new UN-EXAMPLO Program"]),
    ("UN-Examplo has offices in Vienna and Bonn.", ["new UN-Examplo Organization"]),
    ("The European Union funds the EU-Examplo initiative with ESA.", ["new EU-Examplo Program"]),
    ("Jane Doe said NASA-Tarvo satellites would launch next year.", ["new NASA-Tarvo Mission"]),
    ("ESA-Examplo, the agency's business incubator, backed ten firms.", ["new ESA-Examplo Organization"]),
    ("Funding for the EU-EXAMPLO network was cut, officials said.", ["new EU-EXAMPLO Facility"]),
    ("Germany and China host offices of UN-Tarvo, which was founded in 2006.", ["new UN-Tarvo Organization"]),
    ("The UN-Examplo missions were not approved by the assembly.", ["new UN-Examplo Mission"]),
    ("Under the NASA-Examplo project, students will build cubesats.", ["new NASA-Examplo Program"]),
    ("In 2024, JAXA-Tarvo and the Examplo Space Agency signed an agreement.", ["new JAXA-Tarvo Organization"]),
    # look-alikes: two names joined, an adjective, a compound adjective, a number, an unknown acronym
    ("The ESA-NASA team met in Paris.", ["none ESA-NASA"]),
    ("The EU-Japan summit was held in Tokyo.", ["none EU-Japan"]),
    ("US-Soviet talks on space weapons resumed in 1985.", ["none US-Soviet"]),
    ("The US-Russian crew docked with the station.", ["none US-Russian"]),
    ("The UN-backed plan was signed by Japan.", ["none UN-backed"]),
    ("NASA-funded research by the Examplo Institute was published.", ["none NASA-funded"]),
    ("The UN-1 draft was tabled in Geneva.", ["none UN-1"]),
    ("The XQZ-Examplo deal was signed by Jane Doe.", ["none XQZ-Examplo"]),
    ("The ESA-JAXA mission BepiColombo launched in 2018.", ["none ESA-JAXA"]),
    ("Examplo-Tarvo talks ended without a deal.", ["none Examplo-Tarvo"]),
    ("The NASA-ISRO radar satellite was launched from India.", ["none NASA-ISRO"]),
    ("Surrey Satellite Technology built UK-DMC 3 for the British government.", ["new UK-DMC Mission"]),
]


@pytest.mark.parametrize(("text", "expected"), ROWS, ids=[row[0][:50] for row in ROWS])
def test_acronym_compounds(extractor: RuleExtractor, text: str, expected: list[str]) -> None:
    found = run(extractor, text)
    new = {(text[m.start : m.end], m.type) for m in found.mentions if m.new}
    for expectation in expected:
        kind, label, *rest = expectation.split()
        if kind == "new":
            assert (label, rest[0]) in new, (text, sorted(new))
        else:
            assert all(words != label for words, _ in new), (text, sorted(new))
