"""Names that open with a known body's name and go on, round 24 (names24; invented sentences).

- Hyphenated names that open with a known acronym: 'UN-Example', 'EU-EXAMPLE', 'ESA-Example' are one new name
  (typed by the noun after them), with look-alikes that must give no such name: two known names joined
  ('ESA-NASA', 'EU-Japan'), a country's adjective ('US-Soviet'), a compound adjective ('UN-backed',
  'NASA-funded'), a number ('UN-1'), an unknown acronym ('XQZ-Examplo'), a designation the country rule
  already reads ('UK-DMC').
- An organization's branch: a known or gazetteer organization's name and a country's name or a branch's word
  ('Airbus Japan', 'SpaceX Ventures', 'the Air Force Reserve'), with look-alikes: a title after the name
  ('NASA Administrator Jane Doe'), a name and a country joined by 'and', a country after a comma, a reserve
  that is no armed force's ('the Federal Reserve'), an unknown name before the word (the look-alikes ask only
  that this rule gives nothing: other rules' guesses at them are not this grid's).

Each row is a text and what must hold of its candidates:
- ``new LABEL TYPE``: a new entity mentioned by exactly LABEL, of that type;
- ``none LABEL``: no new entity mentioned by exactly LABEL.
"""

from __future__ import annotations

import hashlib

import pytest

from spacekg.extract.rules import Candidates, RuleExtractor


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


BRANCH_ROWS: list[tuple[str, list[str]]] = [
    ("The contract went to ispace Europe, a subsidiary of the Japanese firm.", ["new ispace Europe Organization"]),
    ("Airbus Japan signed the agreement with JAXA.", ["new Airbus Japan Organization"]),
    ("The European Space Agency set up ESA Ventures in 2022.", ["new ESA Ventures Organization"]),
    ("The Air Force Reserve operates the satellites from Colorado.", ["new Air Force Reserve MilitaryOrganization"]),
    (
        "Jane Doe joined the Examplo Space Force Reserve in 2021.",
        ["new Examplo Space Force Reserve MilitaryOrganization"],
    ),
    ("Thales Alenia Space Italia built the module.", ["new Thales Alenia Space Italia Organization"]),
    ("Boeing International opened an office in Riyadh.", ["new Boeing International Organization"]),
    ("SpaceX Ventures invested in the startup, the firm said.", ["new SpaceX Ventures Organization"]),
    (
        "Boeing Japan and Airbus Europe bid for the contract.",
        ["new Boeing Japan Organization", "new Airbus Europe Organization"],
    ),
    ("In 2020 SpaceX Japan was set up in Tokyo.", ["new SpaceX Japan Organization"]),
    ("The Army Reserve trained the crews for the mission.", ["new Army Reserve MilitaryOrganization"]),
    # look-alikes
    ("NASA Administrator Jane Doe visited Japan.", ["none NASA Administrator"]),
    ("The talks between SpaceX and Japan ended.", ["none SpaceX Japan", "none SpaceX and Japan"]),
    ("Airbus, Japan and the Examplo Space Agency signed the pact.", ["none Airbus, Japan"]),
    ("The Federal Reserve raised rates as NASA cut spending.", ["none Federal Reserve"]),
    ("The award went to Tarvo Europe last year.", ["none Tarvo Europe"]),
    ("The Examplo Space Agency Director spoke on Monday.", ["none Examplo Space Agency Director"]),
    ("Airbus told Japan it would build the satellite.", ["none Airbus Japan"]),
    ("In Europe Airbus builds most of its satellites.", ["none In Europe"]),
]


@pytest.mark.parametrize(("text", "expected"), BRANCH_ROWS, ids=[row[0][:50] for row in BRANCH_ROWS])
def test_branch_names(extractor: RuleExtractor, text: str, expected: list[str]) -> None:
    found = run(extractor, text)
    new = {(text[m.start : m.end], m.type) for m in found.mentions if m.new}
    for expectation in expected:
        kind, rest = expectation.split(" ", 1)
        if kind == "new":
            label, kind_of = rest.rsplit(" ", 1)
            assert (label, kind_of) in new, (text, sorted(new))
        else:
            branches = {text[m.start : m.end] for m in found.mentions if m.rule == "an organization's branch"}
            assert rest not in branches, (text, sorted(branches))
