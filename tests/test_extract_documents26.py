"""Documents and their actors on unseen prose (documents26): a body that adopts or approves its own statement of
aims ('The Assembly adopted the Example Space Strategy', 'adopted the Pact for the Example', 'the Council has
adopted the Example Security Framework') drafts it, as the passive ('was adopted by the Assembly') already said; a
document known by its head word ('the Example Accord', 'the Example Debris Guidelines', 'the Example Principles',
'the Example Roadmap', 'the Example Safety Framework'; head first: 'the Accord on …', 'the Guidelines for …', 'the
Act on …') is a document, so its drafters and signers attach to it; a legislature that passes 'the Act on …'
drafts it. Invented sentences, with the look-alikes that must give nothing (a state or a person that adopts, a text
another body drafted, an agreement approved, a plan 'passed', a document criticised or welcomed, a plan or a
negation, which stay marked as such)."""

from __future__ import annotations

import pytest

from spacekg.extract.rules import RuleExtractor
from tests.test_extract_clauses import Stated, plain, run, stated


def by_relation(found: Stated, relation: str) -> set[tuple[str, str]]:
    return {(s, o) for s, r, o in plain(found) if r == relation}


# A body's own policy text, adopted or approved by the body: the body drafts it.
ADOPTED = [
    ("The Examplo Assembly adopted the Examplo Space Strategy in January 2016.", "examplo-assembly",
     "examplo-space-strategy"),
    ("The UN General Assembly adopted the Pact for the Example on 22 September 2024.", "un-general-assembly",
     "pact-for-the-example"),
    ("The UN General Assembly (UNGA) adopted the Pact for the Example without a vote.", "un-general-assembly",
     "pact-for-the-example"),
    ("In 2021 the Examplo Space Agency adopted the Examplo Exploration Roadmap.", "examplo-space-agency",
     "examplo-exploration-roadmap"),
    ("The Examplo Assembly unanimously adopted the Examplo Space Agenda 2030 last year.", "examplo-assembly",
     "examplo-space-agenda"),
    ("The Examplo Council has adopted the Examplo Security Framework.", "examplo-council",
     "examplo-security-framework"),
    ("The Examplo Council approved the Examplo Space Strategy in March.", "examplo-council",
     "examplo-space-strategy"),
    ("The Examplo Council discussed the Examplo Space Strategy, which the Examplo Assembly adopted later.",
     "examplo-assembly", "examplo-space-strategy"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "body", "paper"), ADOPTED)
def test_a_body_that_adopts_its_own_policy_text_drafts_it(
    extractor: RuleExtractor, text: str, body: str, paper: str
) -> None:
    assert (body, paper) in by_relation(stated(extractor, text), "drafts"), text


# Adopted, approved or passed, but no drafting by the one named: a state, a person, another's drafting, an
# agreement between others, a plan 'passed', a text criticised.
NOT_DRAFTED = [
    ("The Examplo Assembly adopted the Examplo Space Strategy, drafted by the Fictional Space Agency.",
     "examplo-assembly"),
    ("The Examplo Assembly criticised the Examplo Space Strategy.", "examplo-assembly"),
    ("France adopted the Examplo Space Strategy in 2016.", "france"),
    ("Jane Doe adopted the Examplo Space Strategy as her guide.", "jane-doe"),
    ("The Examplo Council approved the Examplo Pact in 2019.", "examplo-council"),
    ("The Examplo Assembly passed the Examplo Action Plan in 2019.", "examplo-assembly"),
    ("The Examplo Assembly adopted the Examplo Agreement in 2019.", "examplo-assembly"),
    ("The Examplo Space Agency welcomed the Act on the Promotion of Example Activities.", "examplo-space-agency"),
    ("The Examplo Space Agency criticised the Examplo Accord.", "examplo-space-agency"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "actor"), NOT_DRAFTED)
def test_look_alikes_give_the_named_actor_no_drafting(extractor: RuleExtractor, text: str, actor: str) -> None:
    found = stated(extractor, text)
    assert not {o for s, o in by_relation(found, "drafts") if s == actor}, text
    assert not {o for s, o in by_relation(found, "signs") if s == actor}, text


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("The Examplo Assembly is expected to adopt the Examplo Space Strategy next year.", "planned"),
        ("The Examplo Assembly has not adopted the Examplo Space Strategy.", "negated"),
    ],
)
def test_a_planned_or_negated_adoption_stays_marked(extractor: RuleExtractor, text: str, modality: str) -> None:
    found = stated(extractor, text)
    assert found.get(("examplo-assembly", "drafts", "examplo-space-strategy")) == modality, found


# A document by its head word (last or first): typed a document, and its drafters or signers attach to it.
BY_HEAD = [
    ("The Examplo Accord was drafted by the Examplo Space Agency.", "Examplo Accord", "drafts",
     {"examplo-space-agency"}),
    ("The Examplo Accord, which was drafted by the Examplo Space Agency, entered into force in 2019.",
     "Examplo Accord", "drafts", {"examplo-space-agency"}),
    ("The Examplo Debris Guidelines were drawn up by the Examplo Space Agency.", "Examplo Debris Guidelines",
     "drafts", {"examplo-space-agency"}),
    ("The Examplo Principles were prepared by the Examplo Committee.", "Examplo Principles", "drafts",
     {"examplo-committee"}),
    ("The Examplo Roadmap was written by the Examplo Space Agency.", "Examplo Roadmap", "drafts",
     {"examplo-space-agency"}),
    ("The Examplo Safety Framework was drawn up jointly by the Examplo Committee and the Fictional Space Agency.",
     "Examplo Safety Framework", "drafts", {"examplo-committee", "fictional-space-agency"}),
    ("The Accord on Examplo Cooperation was signed by France and Italy.", "Accord on Examplo Cooperation", "signs",
     {"france", "italy"}),
    ("The Examplo Accord, which more than thirty countries had signed by 2023, among them Japan, Italy and Brazil, "
     "sets out principles.", "Examplo Accord", "signs", {"japan", "italy", "brazil"}),
    ("Japan was among the eight founding signatories of the Examplo Accord.", "Examplo Accord", "signs",
     {"japan"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "label", "relation", "actors"), BY_HEAD)
def test_a_document_named_by_its_head_word_takes_its_actors(
    extractor: RuleExtractor, text: str, label: str, relation: str, actors: set[str]
) -> None:
    found = run(extractor, text)
    types = {m[0].label: m[0].type for m in found.new_entities().values()}
    assert types.get(label) == "Document", types
    paper = next(m[0].entity for m in found.new_entities().values() if m[0].label == label)
    got = {f["subject"] for f in found.facts if f["relation"] == relation and f["object"] == paper
           and not f.get("modality")}  # fmt: skip
    assert got == actors, text


@pytest.mark.parametrize(
    ("text", "actor", "modality"),
    [
        ("The Examplo Accord, which France never signed, entered into force in 2019.", "france", "negated"),
        ("Italy refused to sign the Examplo Accord.", "italy", "negated"),
        ("Spain is expected to sign the Examplo Accord.", "spain", "planned"),
    ],
)
def test_an_accord_not_signed_or_to_be_signed_is_no_plain_signature(
    extractor: RuleExtractor, text: str, actor: str, modality: str
) -> None:
    found = stated(extractor, text)
    assert found.get((actor, "signs", "examplo-accord")) == modality, found


@pytest.mark.parametrize(
    "text",
    [
        "The Examplo Parliament passed the Act on the Promotion of Example Activities in 2021.",
        "Examplia's parliament, the Diet, passed the Act on the Promotion of Example Activities in 2021.",
    ],
)
def test_a_legislature_that_passes_an_act_on_something_drafts_it(extractor: RuleExtractor, text: str) -> None:
    found = by_relation(stated(extractor, text), "drafts")
    assert {o for _, o in found} == {"act-on-the-promotion-of-example-activities"}, found


def test_a_body_with_policy_in_its_name_stays_one_body(extractor: RuleExtractor) -> None:
    # ('Policy' is no document head: the office's name is not cut at 'and'; only the listed heads are)
    text = "The White House Office of Science and Technology Policy told NASA to set a standard."
    types = {m[0].label: m[0].type for m in run(extractor, text).new_entities().values()}
    assert "Technology Policy" not in types, types


def test_the_act_stands_for_a_law_named_act_on(extractor: RuleExtractor) -> None:
    """'the act' later stands for a law named 'the Act on …' anywhere in the text, not only in its first
    sentence (LAW_NAME's '^' branch saw the text's start, not the name's; review26)."""
    text = (
        "The Examplian Diet debated the Act on the Promotion of Example Activities for a year. "
        "In 2016 the Diet passed the act."
    )
    assert any(paper.startswith("act-on-the-promotion") for _, paper in by_relation(stated(extractor, text), "drafts"))
