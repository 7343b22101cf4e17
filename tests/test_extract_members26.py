"""Membership on unseen prose, by grid (members26, v25 round).

- founders in apposition to a counted plural (memberships.COUNTED_FOUNDERS): 'was formed in 2015 by five Example
  Union countries, A, B and C' makes A, B and C members of the body formed (GUIDELINES: 'X, which was formed by A,
  B and C; D joined it' is memberOf for each), not only of the union the plural names;
- 'joined it' past a name that only qualifies a plural of members (relations.QUALIFIES_MEMBERS): in '… by five EU
  countries, A and B; C joined it' the pronoun is the body formed, not the EU;
- a gathering's own name takes states as members (memberships.GATHERING_NAME, and 'Partnership' a name's head
  word): 'the Example SST Partnership, whose members are: A, B, C' (GUIDELINES: a list after 'whose members are:');
  a company's name still takes no countries;
- 'the consortium', 'the partnership' stand for the body whose own name ends in the noun before the most salient
  body of the class (coreference), and 'Ireland left the consortium' is the country leaving it (not a nationality
  adjective before a body: relations.NATIONAL_BODY_AFTER);
- 'open only to member states of the Union' says who may join, no membership of the sentence's subject;
- a country that takes part in something through a grouping of states is a member of the grouping, and the grouping
  takes no part of its own (clients.grouping_of_states; GUIDELINES: 'takes part … through the European Economic
  Area' is memberOf the EEA); through an agency, ESA included, nothing changes;
- a counted plural placed by a body it is not in ('Besides the member states, two countries outside the Union take
  part in X: A and B') is named by the list after the colon, and 'outside' there is no negation of the verb.

All sentences are invented; each construction has look-alike rows that must give nothing."""

from __future__ import annotations

import pytest

from spacekg.extract.rules import RuleExtractor
from tests.test_extract_clauses import plain, stated

Fact = tuple[str, str, str]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # founders in apposition to a counted plural: a union's countries, allies, companies, agencies
        (
            "The Examplo Consortium was formed in 2015 by five EU countries, France, Germany, Italy, Spain and "
            "Ireland.",
            [
                ("france", "memberOf", "examplo-consortium"),
                ("germany", "memberOf", "examplo-consortium"),
                ("ireland", "memberOf", "examplo-consortium"),
            ],
        ),
        (
            "The Examplo Consortium, which ran the radars at first, was formed in 2015 by three EU countries, "
            "France, Germany and Italy.",
            [("france", "memberOf", "examplo-consortium"), ("italy", "memberOf", "examplo-consortium")],
        ),
        (
            "The Tarvo Alliance was founded in 2009 by four NATO allies, Norway, Denmark, Poland and Canada.",
            [("norway", "memberOf", "tarvo-alliance"), ("canada", "memberOf", "tarvo-alliance")],
        ),
        (
            "The Examplo Group was set up by three companies, Examplo Corp, Tarvo Systems and Zentra Industries.",
            [("examplo-corp", "memberOf", "examplo-group"), ("zentra-industries", "memberOf", "examplo-group")],
        ),
        (
            "The Examplo Group was established in 2001 by the two space agencies, NASA and ESA.",
            [("nasa", "memberOf", "examplo-group"), ("esa", "memberOf", "examplo-group")],
        ),
        (
            "The Examplo Coalition was created by six countries, Chile, Peru, Mexico, Brazil, Argentina and Colombia.",
            [("chile", "memberOf", "examplo-coalition"), ("colombia", "memberOf", "examplo-coalition")],
        ),
        (
            "The Zentra Partnership was set up in 2019 by four European countries, France, Spain, Italy and "
            "Portugal, which shared their telescopes.",
            [("france", "memberOf", "zentra-partnership"), ("portugal", "memberOf", "zentra-partnership")],
        ),
        # 'joined it' past a name that only qualifies the plural
        (
            "The Examplo Consortium was formed in 2015 by five EU countries, France, Germany and Italy; Poland and "
            "Portugal joined it in 2018.",
            [("poland", "memberOf", "examplo-consortium"), ("portugal", "memberOf", "examplo-consortium")],
        ),
        (
            "The Tarvo Alliance was founded by four NATO allies, Norway, Denmark, Poland and Canada, and Chile "
            "joined it in 2012.",
            [("chile", "memberOf", "tarvo-alliance")],
        ),
        (
            "The Examplo Group was formed by three ESA member states, France, Spain and Italy; Greece joined it later.",
            [("greece", "memberOf", "examplo-group")],
        ),
        (
            "The Examplo Consortium was formed in 2015 by five EU countries, and France joined it later.",
            [("france", "memberOf", "examplo-consortium")],
        ),
        # a gathering's own name takes states as members
        (
            "The work is now done by a larger group, the Examplo SST Partnership, whose members are: Austria, "
            "Denmark, Finland.",
            [
                ("austria", "memberOf", "examplo-sst-partnership"),
                ("denmark", "memberOf", "examplo-sst-partnership"),
                ("finland", "memberOf", "examplo-sst-partnership"),
            ],
        ),
        (
            "The Zentra Consortium, whose members include Norway, Chile and Peru, met in Oslo.",
            [("norway", "memberOf", "zentra-consortium"), ("peru", "memberOf", "zentra-consortium")],
        ),
        (
            "The Tarvo Partnership, whose members are Ghana, Kenya and Nigeria, met in Accra.",
            [("ghana", "memberOf", "tarvo-partnership"), ("nigeria", "memberOf", "tarvo-partnership")],
        ),
        # taking part through a grouping of states
        (
            "Chile takes part in the Examplo programme through the Andean Community.",
            [("chile", "memberOf", "andean-community")],
        ),
        ("Kenya took part in the Examplo mission through the African Union.", [("kenya", "memberOf", "african-union")]),
        (
            "Iceland participates in the Examplo Programme through the European Economic Area.",
            [("iceland", "memberOf", "european-economic-area")],
        ),
        (
            "The Examplo Programme began in 2021. Norway, which takes part in other parts of the programme through "
            "the European Economic Area, has not joined it.",
            [("norway", "memberOf", "european-economic-area")],
        ),
        # a plural subject placed outside a body and named after the colon
        (
            "Besides the member states, two countries outside the Union take part in the Examplo Programme through "
            "the European Economic Area: Norway and Iceland.",
            [
                ("norway", "memberOf", "european-economic-area"),
                ("iceland", "memberOf", "european-economic-area"),
                ("iceland", "participatesIn", "examplo-programme"),
            ],
        ),
        (
            "Three states outside NATO take part in the Examplo Programme: Chile, Peru and Kenya.",
            [("chile", "participatesIn", "examplo-programme"), ("kenya", "participatesIn", "examplo-programme")],
        ),
        (
            "Apart from its founders, two countries outside the Union joined the Examplo Partnership: Norway and "
            "Iceland.",
            [("norway", "memberOf", "examplo-partnership"), ("iceland", "memberOf", "examplo-partnership")],
        ),
    ],
)
def test_members_are_read(extractor: RuleExtractor, text: str, expected: list[Fact]) -> None:
    found = plain(stated(extractor, text))
    for one in expected:
        assert one in found, (text, one, found)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # no list in apposition, another verb, a list denied, people, a later clause
        (
            "The Examplo Consortium was formed in 2015 by five EU countries and France.",
            ("france", "memberOf", "examplo-consortium"),
        ),
        (
            "The Examplo Consortium was praised by five EU countries, France, Germany and Italy.",
            ("france", "memberOf", "examplo-consortium"),
        ),
        (
            "The Examplo Consortium was formed in 2015 by five EU countries, not by France, Germany or Italy.",
            ("france", "memberOf", "examplo-consortium"),
        ),
        (
            "The Examplo Consortium was formed in 2015, by which time five EU countries, France, Germany and Italy, "
            "had radars.",
            ("germany", "memberOf", "examplo-consortium"),
        ),
        ("Examplo Corp was founded by two engineers, Jane Doe and John Roe.", ("jane-doe", "memberOf", "examplo-corp")),
        # 'it' is the body formed, never the union that qualifies the plural
        (
            "The Examplo Consortium was formed in 2015 by five EU countries, France, Germany and Italy; Poland and "
            "Portugal joined it in 2018.",
            ("poland", "memberOf", "european-union"),
        ),
        (
            "The Tarvo Alliance was founded by four NATO allies, Norway, Denmark, Poland and Canada, and Chile "
            "joined it in 2012.",
            ("chile", "memberOf", "nato"),
        ),
        # a company's name takes no countries; customers and partners are no members
        ("Examplo Systems, whose members include France, met.", ("france", "memberOf", "examplo-systems")),
        (
            "Examplo Corp, whose partners include Austria and Denmark, met in Vienna.",
            ("austria", "memberOf", "examplo-corp"),
        ),
        (
            "The Examplo Partnership, whose customers include Austria and Denmark, met.",
            ("austria", "memberOf", "examplo-partnership"),
        ),
        # who may join is no member
        (
            "Norway has not joined the Examplo Partnership, which is open only to member states of the Union.",
            ("norway", "memberOf", "european-union"),
        ),
        (
            "The Examplo Partnership is reserved for member states of the Union, and Norway has not joined it.",
            ("norway", "memberOf", "european-union"),
        ),
        # through an agency, national or not, a company, or 'with' a grouping: no membership
        (
            "France takes part in the Lunar Gateway through the European Space Agency.",
            ("france", "memberOf", "esa"),
        ),
        (
            "The Examplo Charter began in 2000. NASA is not a member; the United States takes part through NOAA and "
            "the USGS.",
            ("united-states", "memberOf", "noaa"),
        ),
        (
            "Canada took part in the Examplo mission through the Canadian Space Agency.",
            ("canada", "memberOf", "csa"),
        ),
        (
            "Japan takes part in the Examplo programme through Examplo Corp.",
            ("japan", "memberOf", "examplo-corp"),
        ),
        (
            "Norway takes part in the Examplo programme with the European Economic Area.",
            ("norway", "memberOf", "european-economic-area"),
        ),
        # a plural placed outside a body that declines: never a plain membership
        (
            "Besides the member states, two countries outside the Union declined to join the Examplo Partnership: "
            "Norway and Iceland.",
            ("norway", "memberOf", "examplo-partnership"),
        ),
        (
            "Two countries outside the Union have not joined the Examplo Partnership: Norway and Iceland.",
            ("iceland", "memberOf", "examplo-partnership"),
        ),
        # the grouping a country takes part through takes no part itself
        (
            "Iceland participates in the Examplo Programme through the European Economic Area.",
            ("european-economic-area", "participatesIn", "examplo-programme"),
        ),
    ],
)
def test_look_alikes_give_nothing(extractor: RuleExtractor, text: str, absent: Fact) -> None:
    assert absent not in plain(stated(extractor, text)), text


@pytest.mark.parametrize(
    ("text", "fact", "modality"),
    [
        # 'the partnership', 'the consortium': the body whose name ends in the noun, not the Union it opens with
        (
            "The EU set up the Examplo Partnership in 2021. Norway has not joined the partnership.",
            ("norway", "memberOf", "examplo-partnership"),
            "negated",
        ),
        (
            "The Examplo Partnership was set up by the EU in 2021. Norway, which works with the Union, has not "
            "joined the partnership.",
            ("norway", "memberOf", "examplo-partnership"),
            "negated",
        ),
        (
            "The Examplo Consortium was formed by France, Germany and Ireland. In 2019 Ireland left the consortium.",
            ("ireland", "memberOf", "examplo-consortium"),
            "negated",
        ),
        (
            "The Examplo Consortium was formed by France and Germany. In 2019 Ireland left the consortium.",
            ("ireland", "memberOf", "examplo-consortium"),
            "negated",
        ),
        (
            "Norway has not joined the Examplo Partnership, which is open only to member states of the Union.",
            ("norway", "memberOf", "examplo-partnership"),
            "negated",
        ),
        (
            "Two countries remain outside the Examplo Partnership: Norway and Iceland.",
            ("norway", "memberOf", "examplo-partnership"),
            "negated",
        ),
        (
            "Two countries outside the Union have not joined the Examplo Partnership: Norway and Iceland.",
            ("iceland", "memberOf", "examplo-partnership"),
            "negated",
        ),
    ],
)
def test_leaving_and_staying_out_are_negated(extractor: RuleExtractor, text: str, fact: Fact, modality: str) -> None:
    found = stated(extractor, text)
    assert found.get(fact, "absent") == modality, (text, found)  # type: ignore[call-overload]


def test_the_partnership_is_not_the_union(extractor: RuleExtractor) -> None:
    found = stated(extractor, "The EU set up the Examplo Partnership in 2021. Norway has not joined the partnership.")
    assert ("norway", "memberOf", "european-union") not in found


@pytest.mark.parametrize(
    "text",
    [
        "Kenya takes part in the Zeta programme through the World Bank.",
        "Kenya takes part in the Zeta programme through the United Nations Office for Outer Space Affairs.",
    ],
)
def test_a_body_that_is_no_grouping_of_states_takes_no_member(extractor: RuleExtractor, text: str) -> None:
    """Only a grouping's name ('… Area', '… Union') makes the country acting through it a member (review26)."""
    assert not [f for f in stated(extractor, text) if f[1] == "memberOf"], text
