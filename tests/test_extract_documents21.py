"""Signatories, members and documents (documents21): an agreement named by the body it set up ('an agreement in
Moscow that set up X') and its signers in every layout (a list after 'The signatories were:' with commas,
semicolons, bullets or one name a line; 'It was signed by:'; a passive 'was signed by A and B'), who are members
of the body it set up; a text a legislature or an assembly passed in a relative clause ('a resolution that the
Diet passed', 'The Act, which the Bundestag had passed') or adopted 'as resolution N'; a treaty's formal name with
a participle inside before its acronym ('… Objects Launched into Outer Space (REG)'); a part's letter in a
resolution's number ('resolution 1721 B (XVI)'); 'GA' beside a known 'UNGA'. Invented sentences, with the shapes
that must not fire beside them."""

from __future__ import annotations

import pytest

from spacekg.extract.rules import RuleExtractor
from tests.test_extract_clauses import Stated, plain, run, stated


def by_relation(found: Stated, relation: str) -> set[tuple[str, str]]:
    return {(s, o) for s, r, o in plain(found) if r == relation}


def subjects(found: Stated, relation: str) -> set[str]:
    return {s for s, _ in by_relation(found, relation)}


FOUNDED = "In 1990 five states signed an agreement in Paris that set up the Orbital Cooperation Council."
THREE = {"france", "italy", "spain"}


@pytest.mark.parametrize(
    "text",
    [
        f"{FOUNDED} The signatories were: France, Italy and Spain.",
        f"{FOUNDED} The signatories were: France; Italy; Spain.",
        f"{FOUNDED} The signatories were:\nFrance;\nItaly;\nSpain.",
        f"{FOUNDED} The signatories were:\n- France\n- Italy\n- Spain",
        f"{FOUNDED} It was signed by:\nFrance;\nItaly;\nSpain.",
        "An agreement that set up the Orbital Cooperation Council was signed in 1990 by France, Italy and Spain.",
        "France, Italy and Spain signed an agreement in 1990 that established the Orbital Cooperation Council.",
        "A treaty, signed in Rome in 1975, which created the Orbital Cooperation Council, was ratified by France, "
        "Italy and Spain.",
    ],
)
def test_the_signers_of_a_founding_agreement_sign_it_and_are_members(extractor: RuleExtractor, text: str) -> None:
    found = stated(extractor, text)
    assert subjects(found, "signs") >= THREE, text
    members = {s for s, o in by_relation(found, "memberOf") if o == "orbital-cooperation-council"}
    assert members >= THREE, text


def test_the_founding_agreement_is_a_treaty_named_at_its_noun(extractor: RuleExtractor) -> None:
    candidates = run(extractor, f"{FOUNDED} The signatories were: France, Italy and Spain.")
    document = next(m for m in candidates.mentions if m.rule == "document description")
    assert candidates.text[document.start : document.end] == "agreement"
    assert document.type == "Treaty"


def test_near_misses_of_founding_agreements(extractor: RuleExtractor) -> None:
    # a list after a colon that names no signers
    found = stated(extractor, f"{FOUNDED} The critics were: Germany; Austria.")
    assert not {s for s, r, _ in found if s in ("germany", "austria")}
    # a state that did not sign is no member, and not a member denied either
    found = stated(extractor, f"{FOUNDED} Norway has not signed it.")
    assert found.get(("norway", "signs", "agreement-establishing-orbital-cooperation-council")) == "negated"
    assert not any(s == "norway" and r == "memberOf" for s, r, _ in found)
    # a law a president signs that created an agency: no member of it
    found = stated(extractor, "The president signed an act in 1958 that created the Example Space Administration.")
    assert not by_relation(found, "memberOf")
    # criticised, not signed
    found = stated(extractor, "An agreement that set up the Orbital Cooperation Council was criticised by Germany.")
    assert not by_relation(found, "signs") and not by_relation(found, "memberOf")


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("For decades the programme was bound by a resolution that the Diet passed in 1969.", "national-diet"),
        ("The Basic Space Act, which the Diet passed in May 2008, changed that reading.", "national-diet"),
        ("The Example Space Act, which the Bundestag had passed in 2020, set up the agency.", "bundestag"),
        ("Brazil is bound by an act that Congress narrowly approved last year.", "congress"),
        ("The space law that the Duma passed in 2019 was criticised.", "state-duma"),
        (
            "Its recommendations were adopted by the General Assembly as resolution 62/101 in 2007.",
            "un-general-assembly",
        ),
        ("France proposed the text, and the General Assembly adopted it as resolution 76/3.", "un-general-assembly"),
        ("The report, which the Security Council approved as resolution 2345, was short.", "un-security-council"),
    ],
)
def test_a_text_a_legislature_or_an_assembly_passed(extractor: RuleExtractor, text: str, body: str) -> None:
    assert body in subjects(stated(extractor, text), "drafts"), text


def test_near_misses_of_passed_texts(extractor: RuleExtractor) -> None:
    for text in (
        "A resolution that the Diet rejected in 1970 would have changed that.",  # rejected, not passed
        "The Outer Space Treaty, which the Senate approved in 1967, binds the country.",  # a ratification
        "The Example Space Act, which NASA passed in 2010, is odd.",  # no legislature
        "The text was adopted by consensus as resolution 74/82.",  # no author named
        "The plan was adopted as resolution 70/1 in 2015.",
    ):
        assert not by_relation(stated(extractor, text), "drafts"), text


def test_a_formal_name_with_a_participle_before_its_acronym(extractor: RuleExtractor) -> None:
    text = (
        "The Convention on Registration of Objects Launched into Outer Space (REG) was adopted by the UNGA in 1974. "
        "Under the REG, a launching State keeps a registry."
    )
    candidates = run(extractor, text)
    name = next(m for m in candidates.mentions if m.start == text.index("Convention"))
    assert candidates.text[name.start : name.end].endswith("Outer Space") and name.type == "Treaty"
    assert ("un-general-assembly", "drafts", name.entity) in {
        (f["subject"], f["relation"], f["object"]) for f in candidates.facts
    }


def test_a_resolution_part_and_a_known_acronym_end(extractor: RuleExtractor) -> None:
    text = (
        "The UNGA set up the committee in 1959. In resolution 1721 B (XVI) of December 1961, the GA called upon "
        "States to furnish information."
    )
    candidates = run(extractor, text)
    resolution = next(m for m in candidates.mentions if text[m.start : m.end].startswith("resolution"))
    assert text[resolution.start : resolution.end] == "resolution 1721 B (XVI)"
    assert {m.entity for m in candidates.mentions if text[m.start : m.end] == "GA"} == {"un-general-assembly"}
    assert ("un-general-assembly", "drafts", resolution.entity) in {
        (f["subject"], f["relation"], f["object"]) for f in candidates.facts
    }
    # no known acronym before it: 'GA' stays what it was
    candidates = run(extractor, "In 1961 the GA called upon States to register objects.")
    assert "un-general-assembly" not in {m.entity for m in candidates.mentions}


ACCEPTED = "the rights and obligations of the Liability Convention"


@pytest.mark.parametrize(
    ("text", "signers", "denied"),
    [
        (f"An organization may register objects if it declares that it accepts {ACCEPTED}. ESA and EUMETSAT have "
         "made such declarations; the EU has not.", {"esa", "eumetsat"}, {"european-union"}),
        (f"ESA has declared its acceptance of {ACCEPTED}.", {"esa"}, set()),
        (f"ESA accepted {ACCEPTED} in 1976, but the EU has not.", {"esa"}, {"european-union"}),
        (f"Organizations may accept {ACCEPTED}. ESA has made such a declaration, and so has EUMETSAT.",
         {"esa", "eumetsat"}, set()),
    ],
)  # fmt: skip
def test_an_organization_that_declared_acceptance_signs(
    extractor: RuleExtractor, text: str, signers: set[str], denied: set[str]
) -> None:
    found = stated(extractor, text)
    assert subjects(found, "signs") == signers, text
    assert {s for (s, r, _), v in found.items() if r == "signs" and v == "negated"} == denied, text


def test_near_misses_of_acceptance(extractor: RuleExtractor) -> None:
    for text in (
        f"An intergovernmental organization may register objects if it declares that it accepts {ACCEPTED}.",
        f"The Council called upon EUMETSAT to accept {ACCEPTED}.",  # asked, not done
        "ESA has made such declarations on many occasions.",  # no acceptance described
    ):
        assert not by_relation(stated(extractor, text), "signs"), text
    found = stated(extractor, f"ESA has not declared its acceptance of {ACCEPTED}.")
    assert found.get(("esa", "signs", "liability-convention")) == "negated"


@pytest.mark.parametrize(
    ("text", "members"),
    [
        ("Intelsat, the consortium that the United States had formed with other Western countries in 1964, grew.",
         {"united-states"}),
        ("The Example Alliance, which France founded with Germany in 1990, grew fast.", {"france", "germany"}),
        ("The Example Alliance, which France had set up together with Germany and Italy, grew fast.",
         {"france", "germany", "italy"}),
        ("France founded the Example Alliance with Germany in 1990.", {"france", "germany"}),
        ("In 1990 France set up the Example Alliance with several European partners.", {"france"}),
    ],
)  # fmt: skip
def test_a_body_formed_with_others(extractor: RuleExtractor, text: str, members: set[str]) -> None:
    assert subjects(stated(extractor, text), "memberOf") == members, text


def test_near_misses_of_bodies_formed_with_others(extractor: RuleExtractor) -> None:
    for text in (
        "The Example Alliance, which Jane Doe founded with Germany in 1990, grew fast.",  # a person founds
        "The rocket, which SpaceX had designed with NASA, flew in 2010.",  # designed, and no body
        "SpaceX founded the Example Alliance with several partners in 2015.",  # a company alone
    ):
        assert not by_relation(stated(extractor, text), "memberOf"), text


def test_guidelines_named_by_what_they_are_for(extractor: RuleExtractor) -> None:
    text = (
        "The Assembly adopted resolution 62/101 in 2007. If the Legal Subcommittee agrees on guidelines for "
        "registering constellations, COPUOS would submit them to the Fourth Committee."
    )
    candidates = run(extractor, text)
    guidelines = next(m for m in candidates.mentions if text[m.start : m.end].startswith("guidelines"))
    assert text[guidelines.start : guidelines.end] == "guidelines for registering constellations"
    submitted = {(f["subject"], f["object"], f.get("modality")) for f in candidates.facts if f["relation"] == "submits"}
    assert submitted == {("copuos", guidelines.entity, "conditional")}


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("In 1991 Russia inherited the Soviet seat on the UN Security Council.", "un-security-council"),
        ("Russia took over the Soviet Union's permanent seat in the UN Security Council in 1991.", "un-security-council"),
        ("The Soviet Union was a member of the Example Council. In 1991 Russia took over the Soviet Union's seat.",
         "example-council"),
        (f"{FOUNDED} The signatories were: France, Italy and the Soviet Union. After 1991 Russia took over the Soviet "
         "Union's seat.", "orbital-cooperation-council"),
    ],
)  # fmt: skip
def test_a_successor_takes_over_a_seat(extractor: RuleExtractor, text: str, body: str) -> None:
    assert ("russia", body) in by_relation(stated(extractor, text), "memberOf"), text


def test_near_misses_of_seats(extractor: RuleExtractor) -> None:
    for text in (
        "After 1991 Russia took over the Soviet Union's launch sites in Kazakhstan.",  # no seat
        "Russia took over the Soviet Union's seat of government in Moscow.",  # a capital
        # the predecessor never belonged to the body in focus
        "The Soviet Union never joined Intelsat. In 1991 Russia took over the Soviet Union's seat.",
    ):
        assert not any(s == "russia" for s, _ in by_relation(stated(extractor, text), "memberOf")), text


@pytest.mark.parametrize(
    ("text", "owners"),
    [
        ("In 2005 Boeing and Lockheed Martin formed a joint venture, United Launch Alliance.",
         {"boeing", "lockheed-martin"}),
        ("Boeing formed a joint venture with Lockheed Martin, called United Launch Alliance, in 2006.",
         {"boeing", "lockheed-martin"}),
        ("In 2010 Airbus and Safran set up a joint venture named ArianeGroup.", {"airbus", "safran"}),
        ("In 1997 Boeing went into business with the American company Lockheed Martin, forming a joint venture, "
         "Boeing Lockheed Services.", {"boeing", "lockheed-martin"}),
    ],
)  # fmt: skip
def test_the_owners_that_form_a_joint_venture(extractor: RuleExtractor, text: str, owners: set[str]) -> None:
    found = stated(extractor, text)
    assert subjects(found, "memberOf") == owners, text
    assert {frozenset(pair) for pair in by_relation(found, "partnerOf")} == {frozenset(owners)}, text


def test_near_misses_of_joint_ventures(extractor: RuleExtractor) -> None:
    for text in (
        "Boeing formed a joint venture with Lockheed Martin.",  # no venture named
        "Boeing and Lockheed Martin formed a joint venture, and the new company, Example Launch, flew in 2010.",
        "Boeing and Lockheed Martin studied a joint venture, United Launch Alliance.",  # not formed
    ):
        assert not by_relation(stated(extractor, text), "memberOf"), text
    # the venture's name made of its owners' names is a new organization of its own
    candidates = run(extractor, "In 2005 Boeing formed a joint venture with Lockheed Martin, Boeing Lockheed Services.")
    venture = next(m for m in candidates.mentions if m.rule == "joint venture's name")
    assert candidates.text[venture.start : venture.end] == "Boeing Lockheed Services" and venture.type == "Organization"
