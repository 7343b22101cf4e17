"""Bodies and their members (bodies23): members listed in apposition to a plural noun their group's name qualifies
('the five Example Union countries, A, B and C, met', 'the G7 nations — A, B and C —', "ESA's member states, among
them A and B"); a relative clause before 'remains a member of' holds no subject ('The UK, which left the EU that
year, remains a member of X': not the EU); a body that set up a named thing 'in resolution N' adopts (drafts) the
resolution, not the thing it set up. Invented sentences, with the look-alikes that must give nothing beside them."""

from __future__ import annotations

import pytest

from spacekg.extract.rules import RuleExtractor
from spacekg.model.facts import Dataset
from tests.test_extract_clauses import plain, stated

Triple = tuple[str, str, str]


@pytest.fixture(scope="module")
def extractor(dataset: Dataset) -> RuleExtractor:
    return RuleExtractor(dataset)


G7 = {"canada", "france", "germany", "italy", "japan", "united-kingdom", "united-states"}

# (sentence, facts that must be stated plainly, facts that must not be stated at all)
ROWS: list[tuple[str, set[Triple], set[Triple]]] = [
    # members in apposition to the group
    (
        "The space agencies of the five BRICS countries, Brazil, Russia, India, China and South Africa, met in May.",
        {(c, "memberOf", "brics") for c in ("brazil", "russia", "india", "china", "south-africa")},
        set(),
    ),
    (
        "The G7 nations — Canada, France, Germany, Italy, Japan, the United Kingdom and the United States — met.",
        {(c, "memberOf", "g7") for c in G7},
        set(),
    ),
    (
        "Last year the seven G7 countries, Canada, France, Germany, Italy, Japan, the United Kingdom and the United "
        "States, will have agreed on nothing.",
        {(c, "memberOf", "g7") for c in G7},
        set(),
    ),
    (
        "The Examplo Space Union's member states, among them France and Italy, pay for the programme.",
        {("france", "memberOf", "examplo-space-union"), ("italy", "memberOf", "examplo-space-union")},
        set(),
    ),
    (
        "Examplo Space Union (ESU) members, including Norway, pay for it.",
        {("norway", "memberOf", "esu")},
        set(),
    ),
    (
        "The four ESU nations (France, Italy, Spain and Greece) signed the Artemis Accords.",
        {(c, "memberOf", "esu") for c in ("france", "italy", "spain", "greece")},
        set(),
    ),
    (
        "Officials of the two BRICS members, India and China, had met before.",
        {("india", "memberOf", "brics"), ("china", "memberOf", "brics")},
        set(),
    ),
    (
        "Ministers from all NATO states, including Norway and Turkey, attended.",
        {("norway", "memberOf", "nato"), ("turkey", "memberOf", "nato")},
        set(),
    ),
    # look-alikes: a contrast, a list that is a clause's subject, a named list, countries outside the group
    (
        "Unlike the BRICS countries, Japan and Canada, two old partners, stayed out.",
        set(),
        {("japan", "memberOf", "brics"), ("canada", "memberOf", "brics")},
    ),
    (
        "Besides the G7 nations, India and Brazil, two emerging powers, attended.",
        set(),
        {("india", "memberOf", "g7"), ("brazil", "memberOf", "g7")},
    ),
    (
        "Apart from the NATO states, Austria and Ireland sent observers.",
        set(),
        {("austria", "memberOf", "nato"), ("ireland", "memberOf", "nato")},
    ),
    (
        "Of the BRICS countries, India and Brazil signed the Artemis Accords.",
        set(),
        set(),
    ),
    (
        "The non-NATO states, Austria and Ireland, sent observers.",
        set(),
        {("austria", "memberOf", "nato"), ("ireland", "memberOf", "nato")},
    ),
    (
        "France and Italy, the ESU countries, signed the Artemis Accords.",
        set(),
        {("esu", "memberOf", "france")},
    ),
    (
        "The BRICS countries and Japan, India and Norway met.",
        set(),
        {("norway", "memberOf", "brics"), ("japan", "memberOf", "brics")},
    ),
    # a relative clause before 'remains a member of': the relative clause's object is no subject
    (
        "The United Kingdom, which left the European Union that same year, remains a member of ESA.",
        {("united-kingdom", "memberOf", "esa")},
        {("european-union", "memberOf", "esa")},
    ),
    (
        "Japan, which has never joined NATO, remains a member of the Examplo Space Union.",
        {("japan", "memberOf", "examplo-space-union")},
        {("nato", "memberOf", "examplo-space-union")},
    ),
    (
        "Norway, which stayed out of the European Union, became a member of ESA in 1987.",
        {("norway", "memberOf", "esa")},
        {("european-union", "memberOf", "esa")},
    ),
    (
        "Canada, a partner of NASA, remains a member of the Examplo Space Union.",
        {("canada", "memberOf", "examplo-space-union")},
        {("nasa", "memberOf", "examplo-space-union")},
    ),
    # the body that acts in its resolution, not the thing it set up
    (
        "The UNGA set up the Example Platform (EXP) in resolution 61/110 of December 2006.",
        {("un-general-assembly", "drafts", "resolution-61-110")},
        {("exp", "drafts", "resolution-61-110"), ("united-nations", "drafts", "resolution-61-110")},
    ),
    (
        "The General Assembly established the Examplo Office for Space Data in resolution 70/82.",
        {("un-general-assembly", "drafts", "resolution-70-82")},
        {("examplo-office-for-space-data", "drafts", "resolution-70-82")},
    ),
    (
        "In 2019 the UNGA created the Example Group on Space Safety in resolution 74/67.",
        {("un-general-assembly", "drafts", "resolution-74-67")},
        {("example-group-on-space-safety", "drafts", "resolution-74-67")},
    ),
    (
        "The Example Group was set up in resolution 65/68.",
        set(),
        {("example-group", "drafts", "resolution-65-68")},
    ),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), ROWS, ids=[r[0][:60] for r in ROWS])
def test_bodies_and_members(extractor: RuleExtractor, text: str, wanted: set[Triple], unwanted: set[Triple]) -> None:
    found = stated(extractor, text)
    assert wanted <= plain(found), (text, sorted(found))
    assert not unwanted & found.keys(), (text, sorted(found))
