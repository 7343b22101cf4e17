"""Partnerships, cooperation and membership in news prose (``spacekg.extract.constructions``,
``spacekg.extract.relations``): invented sentences in several wordings, with the look-alikes
where nothing (or something else) must be read."""

from __future__ import annotations

from spacekg.extract.rules import RuleExtractor
from tests.test_extract_clauses import stated


def test_a_name_called_the_owners_partner(extractor: RuleExtractor) -> None:
    # an apposition, with and without the programme the partnership is in
    found = stated(extractor, "Japan, ESA's partner in the International Space Station, has shown the way.")
    assert found.get(("japan", "partnerOf", "esa"), "x") is None
    assert found.get(("japan", "participatesIn", "iss"), "x") is None
    found = stated(extractor, "Canada, NASA's closest partner, built the robotic arm.")
    assert ("canada", "partnerOf", "nasa") in found
    # a multi-word owner, an adjective before the noun
    found = stated(extractor, "Norway, the European Space Agency's oldest partner, signed the deal.")
    assert ("norway", "partnerOf", "esa") in found
    # a copula, and two partners named together
    found = stated(extractor, "Canada is NASA's closest partner.")
    assert ("canada", "partnerOf", "nasa") in found
    found = stated(extractor, "Canada and Japan have long been NASA's partners in the International Space Station.")
    assert {("canada", "partnerOf", "nasa"), ("japan", "partnerOf", "nasa")} <= found.keys()
    assert {("canada", "participatesIn", "iss"), ("japan", "participatesIn", "iss")} <= found.keys()
    assert ("canada", "partnerOf", "japan") not in found


def test_no_partner_of_the_owner_without_the_plain_statement(extractor: RuleExtractor) -> None:
    # a denial, a partner still to be found, a person
    assert ("canada", "partnerOf", "nasa") not in stated(extractor, "Canada is not NASA's partner.")
    found = stated(extractor, "Canada, NASA's potential partner, waited for the budget.")
    assert ("canada", "partnerOf", "nasa") not in found
    found = stated(extractor, "India, a possible future partner, and NASA's prospective partners met.")
    assert ("india", "partnerOf", "nasa") not in found
    found = stated(extractor, "Jane Doe, NASA's partner in the study, spoke.")
    assert not any(r == "partnerOf" for _, r, _ in found)
    # a possessive that is not the partner's owner: 'NASA's partner agencies' names no one
    found = stated(extractor, "Canada praised NASA's partner agencies.")
    assert ("canada", "partnerOf", "nasa") not in found


def test_a_sentence_opening_on_its_partnership(extractor: RuleExtractor) -> None:
    text = "Example Corp grew fast. Its cooperation with the US Space Force began in 2019."
    assert stated(extractor, text).get(("example-corp", "cooperatesWith", "us-space-force"), "x") is None
    text = "Example Corp grew fast. Their long partnership with NASA paid off."
    assert ("example-corp", "partnerOf", "nasa") in stated(extractor, text)
    # the topic of the text, past a sentence opening on a pronoun, not the partner named last
    text = "Example Corp grew. It partnered with Spaceflight Inc on flights. Its cooperation with NASA began in 2019."
    found = stated(extractor, text)
    assert ("example-corp", "cooperatesWith", "nasa") in found
    assert ("spaceflight-inc", "cooperatesWith", "nasa") not in found
    # a plan and a denial are read from the clause after the noun
    text = "Example Corp grew fast. Its partnership with NASA will begin in 2029."
    assert stated(extractor, text).get(("example-corp", "partnerOf", "nasa")) == "planned"
    text = "Example Corp grew fast. Its partnership with NASA never materialised."
    assert stated(extractor, text).get(("example-corp", "partnerOf", "nasa")) == "negated"
    # not a sentence opening on the pronoun, nor a person after 'with'
    text = "Example Corp grew fast. NASA praised its cooperation with ESA."
    assert ("example-corp", "cooperatesWith", "esa") not in stated(extractor, text)
    text = "Example Corp grew fast. Its cooperation with Jane Doe began in 2019."
    assert not any(r == "cooperatesWith" for _, r, _ in stated(extractor, text))


def test_members_named_after_the_noun_and_the_body(extractor: RuleExtractor) -> None:
    text = "Members of the Inter-Agency Space Debris Coordination Committee are ASI, CNES, NASA and Roscosmos."
    found = stated(extractor, text)
    assert {(a, "memberOf", "iadc") for a in ("asi", "cnes", "nasa", "roscosmos")} <= found.keys()
    found = stated(extractor, "Member states of ESA include France, Germany and Italy.")
    assert {(a, "memberOf", "esa") for a in ("france", "germany", "italy")} <= found.keys()
    found = stated(extractor, "The founding members of ESA were France, Germany and Italy.")
    assert {(a, "memberOf", "esa") for a in ("france", "germany", "italy")} <= found.keys()
    # a programme's members take part in it, a treaty's parties sign it
    found = stated(extractor, "Members of the Artemis program include Japan and Canada.")
    assert ("japan", "participatesIn", "artemis") in found
    assert not any(r == "memberOf" for _, r, _ in found)
    # members of something else than the name after 'of'
    found = stated(extractor, "Members of the press asked ESA about France and Germany.")
    assert not any(r == "memberOf" for _, r, _ in found)


def test_built_with_a_partner_past_the_crafts_noun(extractor: RuleExtractor) -> None:
    found = stated(extractor, "Example Corp built the Example-1 probe with Thales Alenia Space.")
    assert ("example-corp", "partnerOf", "thales-alenia-space") in found
    assert ("thales-alenia-space", "participatesIn", "example-1") in found
    # money or parts from someone make no partner
    found = stated(extractor, "JAXA built the Example-1 spacecraft with NASA funding.")
    assert ("jaxa", "partnerOf", "nasa") not in found
    assert ("nasa", "participatesIn", "example-1") not in found


def test_builders_named_together_are_partners(extractor: RuleExtractor) -> None:
    for verb in ("co-developed", "jointly developed", "co-built", "developed"):
        found = stated(extractor, f"Airbus and Thales Alenia Space {verb} the Example-1 module.")
        assert ("airbus", "partnerOf", "thales-alenia-space") in found, verb
        assert ("airbus", "participatesIn", "example-1") in found, verb
    # two builders of two different things are not partners
    found = stated(extractor, "Airbus developed Example-1, and Thales Alenia Space developed Example-2.")
    assert ("airbus", "partnerOf", "thales-alenia-space") not in found


def test_a_dateline_with_the_day_before_the_month(extractor: RuleExtractor) -> None:
    for dateline in ("PARIS, 14 March (Wire) - ", "PARIS, March 14 (Wire) - ", "PARIS - "):
        text = (
            dateline + "The European Space Agency and JAXA agreed on Tuesday to cooperate on a rover, officials said."
        )
        found = stated(extractor, text)
        assert found.get(("jaxa", "cooperatesWith", "esa")) == "planned", dateline
        assert not any(s == "paris" or o == "paris" for s, _, o in found), dateline


def test_names_listed_before_a_copula_and_partners(extractor: RuleExtractor) -> None:
    found = stated(extractor, "NASA and Roscosmos have been partners on the station for two decades.")
    assert ("roscosmos", "partnerOf", "nasa") in found or ("nasa", "partnerOf", "roscosmos") in found
    found = stated(extractor, "JAXA and ESA are close partners.")
    assert ("esa", "partnerOf", "jaxa") in found or ("jaxa", "partnerOf", "esa") in found
    # a denial, a possibility, one name alone
    for text in (
        "NASA and Roscosmos are not partners.",
        "NASA and Roscosmos could become partners.",
        "NASA said that ESA's members were partners.",
    ):
        assert not any(r == "partnerOf" for _, r, _ in stated(extractor, text)), text


def test_an_exhortation_states_no_fact(extractor: RuleExtractor) -> None:
    for text in (
        "NASA launched the probe. It is time for the agency to work with ESA.",
        "The United Kingdom signed it. It is high time for India to join the Artemis program.",
        "It is now time for Japan to partner with Europe on the Gateway.",
    ):
        found = stated(extractor, text)
        assert not any(r in ("cooperatesWith", "partnerOf", "participatesIn") for _, r, _ in found), text
    # a plain statement after 'It is time' stays read ('time' of a sentence of its own)
    found = stated(extractor, "It is time. India will partner with France on the Gaganyaan mission.")
    assert found.get(("india", "partnerOf", "france")) == "planned"


def test_a_body_admits_members_not_clauses_nor_observers(extractor: RuleExtractor) -> None:
    found = stated(extractor, "The African Union admitted Morocco in 2017.")
    assert ("morocco", "memberOf", "african-union") in found
    found = stated(extractor, "APSCO admitted Angola, Bangladesh and Panama as new members.")
    assert {(a, "memberOf", "apsco") for a in ("angola", "bangladesh", "panama")} <= found.keys()
    found = stated(extractor, "APSCO admitted Mexico and Peru.")
    assert {("mexico", "memberOf", "apsco"), ("peru", "memberOf", "apsco")} <= found.keys()
    found = stated(extractor, "Mexico was admitted to APSCO in 2019.")
    assert ("mexico", "memberOf", "apsco") in found
    # a clause admitted (speech without 'that'), an observer's seat
    found = stated(extractor, "NASA admitted Boeing had erred.")
    assert ("boeing", "memberOf", "nasa") not in found
    found = stated(extractor, "Mexico was admitted to APSCO as an observer.")
    assert ("mexico", "memberOf", "apsco") not in found
    found = stated(extractor, "Mexico was admitted to APSCO as a permanent observer in 2019.")
    assert ("mexico", "memberOf", "apsco") not in found


def test_a_cooperation_agreement_makes_partners_not_a_document_named_by_its_day(extractor: RuleExtractor) -> None:
    for text in (
        "India and France signed a cooperation agreement on Monday on a joint satellite.",
        "India signed a cooperation agreement with France on Monday.",
        "India and France signed a cooperation accord in 2018.",
    ):
        found = stated(extractor, text)
        assert ("india", "partnerOf", "france") in found or ("france", "partnerOf", "india") in found, text
        assert not any(r == "cooperatesWith" for _, r, _ in found), text
        assert not any("monday" in o or "2018" in o for _, _, o in found), text  # no document named by its day
    # a document named by what it is about stays one; cooperation itself stays cooperation
    found = stated(extractor, "India and France signed an agreement on space debris.")
    assert ("india", "signs", "agreement-on-space-debris") in found
    found = stated(extractor, "India and France have agreed to deepen cooperation on space debris.")
    assert not any(r == "partnerOf" for _, r, _ in found)
    found = stated(extractor, "India's cooperation with France began in 1960.")
    assert ("india", "cooperatesWith", "france") in found


def test_of_which_a_member_past_the_acronym(extractor: RuleExtractor) -> None:
    for body in (
        "The Asia-Pacific Space Cooperation Organization (APSCO)",
        "The Asia-Pacific Space Cooperation Organization",
    ):
        found = stated(extractor, f"{body}, of which Pakistan is a member, criticised the deal.")
        assert ("pakistan", "memberOf", "apsco") in found, body
    # of which something else is said
    found = stated(
        extractor, "The Asia-Pacific Space Cooperation Organization (APSCO), of which Pakistan knew little, met."
    )
    assert not any(r == "memberOf" for _, r, _ in found)
