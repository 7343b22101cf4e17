"""Bodies and their members (bodies23): members listed in apposition to a plural noun their group's name qualifies
('the five Example Union countries, A, B and C, met', 'the G7 nations — A, B and C —', "ESA's member states, among
them A and B"); a relative clause before 'remains a member of' holds no subject ('The UK, which left the EU that
year, remains a member of X': not the EU); a body that set up a named thing 'in resolution N' adopts (drafts) the
resolution, not the thing it set up; an agreement known by its topic after the date or place of signing ('signed an
agreement in May 2021 on a joint lunar network'); signatories listed one per dash line, each with words of its own
('- Roscosmos, the Russian space corporation;' is Roscosmos, not Russia); a company's state or region ('a company
from Colorado'); a long name spelled out after its acronym in apposition is the acronym's body ('EXAMSAT, the
European Organisation for the Example of Meteorological Satellites, …': not two bodies, one part of the other).
Invented sentences, with the look-alikes that must give nothing beside them."""

from __future__ import annotations

import pytest

from spacekg.extract.rules import RuleExtractor
from tests.test_extract_clauses import plain, run, stated

Triple = tuple[str, str, str]


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
    (
        "European Union member states such as France and Germany fund the Examplo programme.",
        {("france", "memberOf", "european-union"), ("germany", "memberOf", "european-union")},
        set(),
    ),
    (
        "The NATO allies, among them Norway and Turkey, met in Brussels.",
        {("norway", "memberOf", "nato"), ("turkey", "memberOf", "nato")},
        set(),
    ),
    (
        "The BRICS countries, Brazil and India, did not sign the Artemis Accords.",
        {("brazil", "memberOf", "brics"), ("india", "memberOf", "brics")},
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
        "Partners of the European Union countries, such as Norway, joined the talks.",
        set(),
        {("norway", "memberOf", "european-union")},
    ),
    (
        "Neighbours of the BRICS countries, Nepal and Bhutan among them, were invited.",
        set(),
        {("nepal", "memberOf", "brics"), ("bhutan", "memberOf", "brics")},
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
    # a company's seat: a city, a state or a region; not a country nor a continent
    (
        "It is owned by Examplo Space, a company from Colorado, which leads the mission.",
        {("examplo-space", "headquarteredAt", "colorado")},
        set(),
    ),
    ("Examplo Corp, a firm from Bavaria, builds the rover.", {("examplo-corp", "headquarteredAt", "bavaria")}, set()),
    ("Examplo Corp, a start-up from Denver, builds the rover.", {("examplo-corp", "headquarteredAt", "denver")}, set()),
    ("Examplo Corp, a start-up from Europe, builds the rover.", set(), {("examplo-corp", "headquarteredAt", "europe")}),
    ("Examplo Corp, a company from Japan, builds it.", set(), {("examplo-corp", "headquarteredAt", "japan")}),
    # a long name spelled out after its acronym: one body
    (
        "They are run by EXAMSAT, the European Organisation for the Exploitation of Meteorological Satellites, an "
        "intergovernmental body which is based in Darmstadt.",
        {("examsat", "headquarteredAt", "darmstadt")},
        {("european-organisation-for-the-exploitation", "partOf", "meteorological-satellites")},
    ),
    (
        "EXSA, the Examplo Space Agency, is based in Lisbon.",
        {("exsa", "headquarteredAt", "lisbon")},
        {("examplo-space-agency", "headquarteredAt", "lisbon")},
    ),
    (
        "The Examplo Institute for the Study of Space Debris is based in Lisbon.",
        {("examplo-institute-for-the-study-of-space-debris", "headquarteredAt", "lisbon")},
        set(),
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


AGREEMENT = "agreement-on-a-joint-network-of-weather-satellites"
SIGNATORY_LINES = (
    "\n- the Examplian Space Agency (ESA-X);\n- Roscosmos, the Russian space corporation;\n- the Indian Space Research "
    "Organisation (ISRO);\n- and the Sample National Space Agency (SNSA)."
)


@pytest.mark.parametrize(
    "opening",
    [
        "Four agencies signed an agreement in May 2021 on a joint network of weather satellites.",
        "Four agencies signed an agreement on 3 May 2021 on a joint network of weather satellites, after long talks.",
        "In 2021 four agencies signed an agreement in Vienna on a joint network of weather satellites.",
        "Four agencies concluded an agreement in 2021 on a joint network of weather satellites that runs to 2030.",
    ],
)
@pytest.mark.parametrize("heading", ["The signatories were:", "Its signatories were:", "The signatories:"])
def test_signatories_one_per_line_sign_an_agreement_known_by_its_topic(
    extractor: RuleExtractor, opening: str, heading: str
) -> None:
    text = f"Weather network\n\n{opening}\n\n{heading}{SIGNATORY_LINES}"
    found = stated(extractor, text)
    signers = {s for s, r, o in plain(found) if r == "signs"}
    assert {"roscosmos", "isro"} <= signers, (text, sorted(found))
    assert "russia" not in signers, (text, sorted(found))
    assert {o for s, r, o in found if r == "signs"} <= {AGREEMENT}, (text, sorted(found))


@pytest.mark.parametrize(
    "text",
    [
        # no topic, or no signing: no document of its own (a partnership, or talk about one)
        "In 2021 the Examplian Space Agency signed an agreement with Roscosmos in Moscow.",
        "Roscosmos talked in 2021 about an agreement on a joint network of weather satellites.",
        "Roscosmos wants an agreement in 2021 on a joint network of weather satellites.",
    ],
)
def test_no_topic_or_no_signing_gives_no_document(extractor: RuleExtractor, text: str) -> None:
    found = stated(extractor, text)
    assert not any(r == "signs" for _, r, _ in found), (text, sorted(found))


def test_agencies_of_the_group_sign_not_its_countries(extractor: RuleExtractor) -> None:
    text = (
        "The space agencies of the five BRICS countries, Brazil, Russia, India, China and South Africa, signed an "
        "agreement in August 2021 on a joint network of weather satellites."
    )
    found = stated(extractor, text)
    assert {(c, "memberOf", "brics") for c in ("brazil", "russia", "india", "china", "south-africa")} <= plain(found)
    assert not any(r == "signs" for _, r, _ in found), sorted(found)
    text = "The governments of the G7 nations, Canada, Japan and Italy, signed the Artemis Accords."
    found = stated(extractor, text)
    assert {("canada", "signs", "artemis-accords"), ("japan", "signs", "artemis-accords")} <= plain(found)


@pytest.mark.parametrize(
    "text",
    [
        "NASA, the Examplo Space Agency and JAXA met in Lisbon.",  # a list, not a spelling
        "EXSA, the Bolder Research Council, met in Lisbon.",  # other letters
    ],
)
def test_a_name_after_another_acronym_stays_its_own(extractor: RuleExtractor, text: str) -> None:
    mentions = run(extractor, text).mentions
    spelled = [m for m in mentions if m.rule == "spelled out after its acronym"]
    assert not spelled, text
