"""Membership of the body in focus (``spacekg.extract.memberships``, ``spacekg.extract.coordination``) and
definite descriptions of bodies resolved by salience (``spacekg.extract.coreference``): founders, joining,
admission, 'became members as well', 'its membership grew to include', with no body named or a body named
by 'the initiative', 'the group', 'the alliance'; invented sentences in several wordings, and look-alikes
where no membership must be read."""

from __future__ import annotations

from spacekg.extract.rules import RuleExtractor
from tests.test_extract_clauses import stated


def members(found: dict[tuple[str, str, str], str | None], body: str) -> set[str]:
    return {s for s, r, o in found if r == "memberOf" and o == body and found[(s, r, o)] is None}


INITIATIVE = (
    "The Example Orbit Watch (EOW) initiative brings together the space commands of a few allied states. "
    "It was founded in 2012 by Chile, Peru and Norway. "
)


def test_founders_of_the_initiative_in_focus(extractor: RuleExtractor) -> None:
    # the pronoun opening the sentence is the initiative, typed a body by what it brings together
    found = stated(extractor, INITIATIVE)
    assert members(found, "eow") == {"chile", "peru", "norway"}
    # active voice, and a body named by its name
    found = stated(extractor, "The Example Orbit Alliance was established by Chile, Peru and Argentina in 2009.")
    assert members(found, "example-orbit-alliance") == {"chile", "peru", "argentina"}


def test_joining_the_initiative_by_a_definite_description(extractor: RuleExtractor) -> None:
    for wording in (
        "Sweden joined the initiative the following year.",
        "Sweden joined the group in 2015.",
        "Two years later Sweden also joined the initiative.",
    ):
        assert "sweden" in members(stated(extractor, INITIATIVE + wording), "eow"), wording
    text = "The Example Orbit Alliance was established by Chile and Peru. Brazil later joined the alliance."
    assert "brazil" in members(stated(extractor, text), "example-orbit-alliance")


def test_bare_membership_is_of_the_body_whose_members_were_named(extractor: RuleExtractor) -> None:
    for wording, new in (
        ("France and Germany were admitted in 2020, making the group larger.", {"france", "germany"}),
        ("Japan and Finland later became members as well.", {"japan", "finland"}),
        ("Finland became a full member the following year.", {"finland"}),
        ("Spain, which applied in 2019, was admitted in 2021.", {"spain"}),
    ):
        assert new <= members(stated(extractor, INITIATIVE + wording), "eow"), wording


def test_membership_lists_of_a_body_in_focus(extractor: RuleExtractor) -> None:
    founded = "The Example Orbit Alliance was established by Chile, Peru and Argentina in 2009. "
    for wording, new in (
        ("Its members now include Brazil and Uruguay.", {"brazil", "uruguay"}),
        ("Its membership grew to include Brazil and Uruguay.", {"brazil", "uruguay"}),
        ("The alliance counts Brazil and Uruguay among its members.", {"brazil", "uruguay"}),
        ("Mexico remains one of its members.", {"mexico"}),
    ):
        assert new <= members(stated(extractor, founded + wording), "example-orbit-alliance"), wording
    found = stated(extractor, "The Example Orbit Council, whose membership now includes Brazil and Uruguay, met.")
    assert members(found, "example-orbit-council") == {"brazil", "uruguay"}
    found = stated(extractor, "The Example Orbit Council's membership expanded to take in Brazil in 2012.")
    assert members(found, "example-orbit-council") == {"brazil"}


def test_denied_and_planned_membership_of_the_body_in_focus(extractor: RuleExtractor) -> None:
    found = stated(extractor, INITIATIVE + "India, which tested a missile in 2019, has not joined.")
    assert found.get(("india", "memberOf", "eow")) == "negated"
    alliance = "The Example Orbit Alliance was established by Chile, Peru and Argentina in 2009. "
    found = stated(extractor, alliance + "Bolivia left the alliance in 2015.")
    assert found.get(("bolivia", "memberOf", "example-orbit-alliance")) == "negated"
    found = stated(extractor, alliance + "Bolivia would join the alliance if its parliament agreed.")
    assert found.get(("bolivia", "memberOf", "example-orbit-alliance")) == "conditional"
    found = stated(extractor, alliance + "Bolivia is expected to join the group next year.")
    assert found.get(("bolivia", "memberOf", "example-orbit-alliance")) == "planned"


def test_no_membership_without_a_body_in_focus(extractor: RuleExtractor) -> None:
    # nothing named before: no body to be admitted to or to become a member of
    assert not stated(extractor, "Spain was admitted in 2020.")
    assert not members(stated(extractor, "Spain and Italy later became members as well."), "esa")
    # 'the group' with no group named: not the agency or the country named before
    found = stated(extractor, "NASA said the group would meet in June. Canada joined the group in July.")
    assert not any(r == "memberOf" for _, r, _ in found)
    found = stated(extractor, "Canada said the group would meet in June. Peru joined the group in July.")
    assert not any(r == "memberOf" for _, r, _ in found)
    # a name after the noun is the group meant ('the group Example Space'), not the body in focus
    found = stated(extractor, INITIATIVE + "Sweden joined the group Example Space Watch in 2015.")
    assert ("sweden", "memberOf", "eow") not in found
    # admitted to something that is not the body, in hospital, or admitting a fact
    found = stated(extractor, INITIATIVE + "Peru was admitted to hospital. NASA admitted it had erred.")
    assert len(members(found, "eow")) == 3


def test_founders_and_joiners_that_are_no_members(extractor: RuleExtractor) -> None:
    # people founding a company work there, they are not its members
    found = stated(extractor, "Example Orbital was founded in 2009 by Jane Doe and John Roe.")
    assert not any(r == "memberOf" for _, r, _ in found)
    assert ("jane-doe", "affiliatedWith", "example-orbital") in found
    # joining forces, or joining a call, is no membership
    found = stated(extractor, "NASA and ESA joined forces with Japan in 2010.")
    assert not any(r == "memberOf" for _, r, _ in found)
    found = stated(extractor, INITIATIVE + "Canada joined the call for a ban on weapons in orbit.")
    assert ("canada", "memberOf", "eow") not in found
    # a program called an initiative stays a program: joining it is taking part
    found = stated(
        extractor, "The Example Lunar Exploration (ELX) initiative funds lunar rovers. Chile joined the initiative."
    )
    assert ("chile", "memberOf", "elx") not in found


def test_founders_in_a_relative_clause_and_members_in_apposition(extractor: RuleExtractor) -> None:
    found = stated(extractor, "The Example Orbit Alliance, which Chile, Peru and Argentina founded in 2009, met.")
    assert members(found, "example-orbit-alliance") == {"chile", "peru", "argentina"}
    found = stated(extractor, "The Example Orbit Alliance, founded in 2009 by Chile and Peru, meets in Lima.")
    assert members(found, "example-orbit-alliance") == {"chile", "peru"}
    founded = "The Example Orbit Alliance was established by Chile, Peru and Argentina in 2009. "
    for wording in ("Colombia, a member since 2011, hosts its secretariat.", "Colombia, a founding member, spoke."):
        assert "colombia" in members(stated(extractor, founded + wording), "example-orbit-alliance"), wording
    # withdrawing, quitting, staying out: membership denied
    found = stated(extractor, founded + "Bolivia withdrew from the alliance in 2015, and Ecuador quit the group.")
    assert found.get(("bolivia", "memberOf", "example-orbit-alliance")) == "negated"
    assert found.get(("ecuador", "memberOf", "example-orbit-alliance")) == "negated"
    found = stated(extractor, founded + "Colombia has stayed out.")
    assert found.get(("colombia", "memberOf", "example-orbit-alliance")) == "negated"
    # an apposition that is no membership ('Colombia, a member of the jury,' names its own body)
    found = stated(extractor, founded + "Colombia, a partner since 2011, hosts its secretariat.")
    assert ("colombia", "memberOf", "example-orbit-alliance") not in found


def test_an_international_body_just_named_is_the_one_joined(extractor: RuleExtractor) -> None:
    # the subject of the sentence before, when it is an international body
    for wording in ("Greece and Turkey joined in 1952.", "Greece and Turkey were admitted in 1952."):
        found = stated(extractor, "NATO was founded in 1949. " + wording)
        assert {"greece", "turkey"} <= members(found, "nato"), wording
    # a space agency of one state, a company: no members
    assert not stated(extractor, "NASA was founded in 1958. Japan became a member in 1969.")
    assert not stated(extractor, "SpaceX launched the satellite. Japan became a member in 1969.")
    # founders named by a pronoun object
    found = stated(extractor, "The Example Orbit Council met in Lima. Chile and Peru founded it in 2009.")
    assert members(found, "example-orbit-council") == {"chile", "peru"}
    assert not stated(extractor, "SpaceX built the rocket. Chile and Peru founded it in 2009.")


def test_the_group_is_an_unnamed_one_brought_in_since(extractor: RuleExtractor) -> None:
    for text in (
        "The United Nations met in Geneva. A group of experts drafted rules. Norway joined the group in 2019.",
        "The United Nations met in Geneva. Five states formed a coalition in 2018. Norway joined the coalition.",
    ):
        assert not any(r == "memberOf" for _, r, _ in stated(extractor, text)), text
    # an indefinite inside a phrase of another noun is no new body ('the commands of a small group of states')
    text = (
        "The Example Orbit Watch (EOW) initiative brings together the space commands of a small group of states. "
        "It was founded in 2012 by Chile and Peru. Sweden joined the group in 2015."
    )
    assert members(stated(extractor, text), "eow") == {"chile", "peru", "sweden"}


def test_members_welcomed_or_said_to_be_members_as_well(extractor: RuleExtractor) -> None:
    founded = "The Example Orbit Alliance was established by Chile, Peru and Argentina in 2009. "
    for wording, new in (
        ("Brazil and Colombia are also members.", {"brazil", "colombia"}),
        ("In 2014 the alliance welcomed Ecuador as its fourth member.", {"ecuador"}),
        ("The alliance accepted Brazil and Colombia as new members in 2015.", {"brazil", "colombia"}),
    ):
        assert new <= members(stated(extractor, founded + wording), "example-orbit-alliance"), wording
    # an invitation is not yet a membership; 'a member of X' names its own body
    found = stated(extractor, founded + "The alliance invited Ecuador to join.")
    assert "ecuador" not in members(found, "example-orbit-alliance")
    found = stated(extractor, founded + "Brazil is also a member of the Example Space Club.")
    assert ("brazil", "memberOf", "example-orbit-alliance") not in found
    # 'the organisation' for the body of members named before, when no agency is near
    text = (
        "The Asia-Pacific Example Organization (APEO) groups the space agencies of eight countries. "
        "Its founding members were China, Pakistan and Thailand. Peru joined the organisation in 2008."
    )
    assert members(stated(extractor, text), "apeo") == {"china", "pakistan", "thailand", "peru"}


def test_a_description_with_its_own_complement_is_no_body_named_before(extractor: RuleExtractor) -> None:
    for text in (
        "The United Nations praised the landing. India joined the club of nations that have landed on the Moon.",
        "NATO leaders met in Brussels. With the launch, Japan joined the group of countries able to reach orbit.",
    ):
        assert not any(r == "memberOf" for _, r, _ in stated(extractor, text)), text
    # 'the initiative' for a programme named before: taking part, not membership
    found = stated(extractor, "NASA leads the Artemis program. Japan joined the initiative in 2020.")
    assert not any(r == "memberOf" for _, r, _ in found)
