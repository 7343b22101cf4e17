"""Evaluation metrics on small hand-made facts files, one metric at a time."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from click.testing import CliRunner

from spacekg.cli import main
from spacekg.extract.evaluate import evaluate, inverted_negations
from spacekg.model.facts import FactsFile, parse_facts
from spacekg.model.hierarchy import hierarchy

TEXT = (
    "NASA and ESA are partners. "  # 0-26
    "India has not joined the ILRS. "  # 27-57
    "Jim Bridenstine said Japan will join Artemis. "  # 58-103
    "The Orbital Bureau works with NASA in Geneva."  # 104-149
)
DIGEST = hashlib.sha256(TEXT.encode()).hexdigest()


def span(phrase: str, nth: int = 0) -> list[int]:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(phrase, start + 1)
    return [start, start + len(phrase)]


def sentence(phrase: str) -> list[list[int]]:
    start = TEXT.index(phrase)
    begin = TEXT.rfind(". ", 0, start)
    begin = 0 if begin < 0 else begin + 2
    end = TEXT.index(".", start) + 1
    return [[begin, end]]


def facts(body: str) -> FactsFile:
    header = (
        f"spacekg: 1\nsource: {{id: t, type: NewsArticle, label: T, sha256: {DIGEST}, "
        f"characters: {len(TEXT)}, mention: [0, 4]}}\n"
    )
    return parse_facts(header + body, "t.yaml")


def test_the_test_text_offsets() -> None:
    assert TEXT[slice(*span("ESA"))] == "ESA"
    assert TEXT[slice(*sentence("India")[0])] == "India has not joined the ILRS."


def test_ontology_declares_the_symmetric_relations() -> None:
    onto = hierarchy()
    assert {"cooperatesWith", "partnerOf", "alliedWith", "competesWith"} <= onto.symmetric
    assert "leads" not in onto.symmetric and "signs" not in onto.symmetric
    assert onto.is_subproperty("partnerOf", "cooperatesWith") and onto.is_subproperty("alliedWith", "cooperatesWith")
    assert not onto.is_subproperty("cooperatesWith", "partnerOf")
    assert onto.types_agree(["SpaceAgency"], ["Organization"]) and not onto.types_agree(["City"], ["Country"])


def test_symmetric_relations_match_either_way_round() -> None:
    gold = facts(f"facts:\n  - {{subject: nasa, relation: partnerOf, object: esa, evidence: {sentence('ESA')}}}\n")
    swapped = facts(f"facts:\n  - {{subject: esa, relation: partnerOf, object: nasa, evidence: {sentence('ESA')}}}\n")
    assert evaluate(swapped, gold)["relations"].true_positives == 1
    # A relation that is not symmetric keeps its direction.
    gold = facts(f"facts:\n  - {{subject: nasa, relation: leads, object: esa, evidence: {sentence('ESA')}}}\n")
    swapped = facts(f"facts:\n  - {{subject: esa, relation: leads, object: nasa, evidence: {sentence('ESA')}}}\n")
    assert evaluate(swapped, gold)["relations"].true_positives == 0


def test_subproperty_score_beside_the_exact_one() -> None:
    gold = facts(
        f"facts:\n  - {{subject: nasa, relation: cooperatesWith, object: esa, evidence: {sentence('ESA')}}}\n"
        f"  - {{subject: nasa, relation: participatesIn, object: artemis, evidence: {sentence('Japan')}}}\n"
    )
    predicted = facts(
        f"facts:\n  - {{subject: esa, relation: partnerOf, object: nasa, evidence: {sentence('ESA')}}}\n"
        f"  - {{subject: nasa, relation: leads, object: artemis, evidence: {sentence('Japan')}}}\n"
        f"  - {{subject: nasa, relation: signs, object: artemis, evidence: {sentence('Japan')}}}\n"
    )
    scores = evaluate(predicted, gold)
    assert scores["relations"].true_positives == 0
    sub = scores["relations (subproperty)"]
    assert (sub.true_positives, sub.predicted, sub.gold) == (2, 3, 2)
    # The other way round (a predicted superproperty) does not count.
    assert evaluate(gold, predicted)["relations (subproperty)"].true_positives == 0


def test_relations_with_overlapping_evidence() -> None:
    gold = facts(f"facts:\n  - {{subject: nasa, relation: partnerOf, object: esa, evidence: {sentence('ESA')}}}\n")
    elsewhere = facts(
        f"facts:\n  - {{subject: nasa, relation: partnerOf, object: esa, evidence: {sentence('Orbital')}}}\n"
    )
    scores = evaluate(elsewhere, gold)
    assert scores["relations"].true_positives == 1
    assert scores["relations (evidence)"].true_positives == 0
    assert evaluate(gold, gold)["relations (evidence)"].true_positives == 1


NEW_GOLD = f"""entities:
  - {{id: orbital-bureau, type: SpaceAgency, label: Orbital Bureau, mention: {span("Orbital Bureau")}, status: new}}
  - {{id: geneva, type: City, label: Geneva, mention: {span("Geneva")}, status: new}}
facts:
  - {{subject: orbital-bureau, relation: cooperatesWith, object: nasa, evidence: {sentence("Orbital")}}}
"""


def test_new_entities_scored_with_their_type() -> None:
    predicted = facts(f"""entities:
  - {{id: the-orbital-bureau, type: SpaceAgency, label: The Orbital Bureau, mention: {span("The Orbital Bureau")}, status: new}}
  - {{id: geneva-x, type: Country, label: Geneva, mention: {span("Geneva")}, status: new}}
  - {{id: india-x, type: Country, label: India, mention: {span("India")}, status: new}}
facts:
  - {{subject: nasa, relation: cooperatesWith, object: the-orbital-bureau, evidence: {sentence("Orbital")}}}
""")
    scores = evaluate(predicted, facts(NEW_GOLD))
    typed, untyped = scores["new entities"], scores["new entities (untyped)"]
    assert (typed.true_positives, typed.predicted, typed.gold) == (1, 3, 2)  # Geneva has the wrong type
    assert untyped.true_positives == 2
    # The new entity's id is arbitrary: mapped through its overlapping mention.
    assert scores["relations"].true_positives == 1


def test_only_plain_facts_count_as_relations_and_modality_is_scored() -> None:
    gold = facts(f"""facts:
  - {{subject: india, relation: participatesIn, object: ilrs, modality: negated, evidence: {sentence("India")}}}
claims:
  - {{id: c1, speaker: jim-bridenstine, summary: Japan will join, evidence: {sentence("Japan")},
      proposition: {{subject: japan, relation: participatesIn, object: artemis}}, modality: planned}}
""")
    assert evaluate(gold, gold)["relations"].gold == 0
    inverted = facts(f"""facts:
  - {{subject: india, relation: participatesIn, object: ilrs, evidence: {sentence("India")}}}
  - {{subject: japan, relation: participatesIn, object: artemis, modality: predicted, evidence: {sentence("Japan")}}}
""")
    scores = evaluate(inverted, gold)
    assert (scores["relations"].predicted, scores["relations"].true_positives) == (1, 0)
    modality = scores["modality"]
    assert (modality.true_positives, modality.predicted, modality.gold) == (0, 1, 2)  # predicted, not planned
    right = facts(f"""facts:
  - {{subject: india, relation: participatesIn, object: ilrs, modality: negated, evidence: {sentence("India")}}}
  - {{subject: japan, relation: participatesIn, object: artemis, modality: planned, evidence: {sentence("Japan")}}}
""")
    assert evaluate(right, gold)["modality"].true_positives == 2
    check = inverted_negations(inverted, gold)
    assert check.negated == 1 and check.inverted == (("india", "participatesIn", "ilrs"),)
    assert inverted_negations(right, gold).inverted == ()


def test_speakers_of_claims() -> None:
    gold = facts(f"""entities:
  - {{id: jim-bridenstine, type: Person, label: Jim Bridenstine, mention: {span("Jim Bridenstine")}, status: new}}
claims:
  - {{id: c1, speaker: jim-bridenstine, summary: Japan will join, evidence: {sentence("Japan")}}}
  - {{id: c2, speaker: [nasa, esa], summary: They are partners, evidence: {sentence("ESA")}}}
""")
    predicted = facts(f"""entities:
  - {{id: bridenstine, type: Person, label: Bridenstine, mention: {span("Bridenstine")}, status: new}}
claims:
  - {{id: p1, speaker: japan, summary: x, evidence: {sentence("Japan")}}}
  - {{id: p2, speaker: bridenstine, summary: x, evidence: {sentence("Japan")}}}
  - {{id: p3, speaker: nasa, summary: x, evidence: {sentence("ESA")}}}
  - {{id: p4, speaker: nasa, summary: x, evidence: {sentence("India")}}}
""")
    scores = evaluate(predicted, gold)
    found, speakers = scores["claims (overlap)"], scores["speakers"]
    assert (found.true_positives, found.predicted, found.gold) == (2, 4, 2)
    # p2 (the new entity mapped through its mention) is right; p3 names only one of two speakers.
    assert speakers.true_positives == 1


def test_a_perfect_answer_scores_one_on_every_key() -> None:
    gold = facts(NEW_GOLD)
    scores = evaluate(gold, gold)
    assert {"mentions (exact)", "mentions (overlap)", "links (exact)", "links (overlap)", "relations"} <= set(scores)
    assert all(s.f1 == 1.0 for s in scores.values())


def test_evaluate_command_prints_every_score(tmp_path: Path) -> None:
    gold = tmp_path / "gold.yaml"
    cand = tmp_path / "cand.yaml"
    header = (
        f"spacekg: 1\nsource: {{id: t, type: NewsArticle, label: T, sha256: {DIGEST}, "
        f"characters: {len(TEXT)}, mention: [0, 4]}}\n"
    )
    gold.write_text(
        header
        + f"facts:\n  - {{subject: india, relation: participatesIn, object: ilrs, modality: negated, evidence: {sentence('India')}}}\n",
        encoding="utf-8",
    )
    cand.write_text(
        header
        + f"facts:\n  - {{subject: india, relation: participatesIn, object: ilrs, evidence: {sentence('India')}}}\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["evaluate", str(cand), str(gold)])
    assert result.exit_code == 0, result.output
    for key in (
        "links (overlap)",
        "new entities",
        "relations (evidence)",
        "relations (subproperty)",
        "modality",
        "speakers",
    ):
        assert key in result.output
    assert "negated statements asserted as positive facts: 1 of 1" in result.output
    assert "india participatesIn ilrs" in result.output


@pytest.mark.parametrize("key", ["relations", "relations (evidence)", "relations (subproperty)"])
def test_relation_scores_count_distinct_triples(key: str) -> None:
    body = f"facts:\n  - {{subject: nasa, relation: partnerOf, object: esa, evidence: {sentence('ESA')}}}\n"
    twice = facts(body + f"  - {{subject: esa, relation: partnerOf, object: nasa, evidence: {sentence('Orbital')}}}\n")
    score = evaluate(twice, facts(body))[key]
    assert (score.true_positives, score.predicted, score.gold) == (1, 1, 1)


def test_new_entities_starting_at_the_same_place_are_not_swapped() -> None:
    # 'Orbital' and 'Orbital Bureau' start at the same offset: each predicted id maps to the gold entity with
    # the same span first, so a fact about the bureau is not scored as one about the other entity.
    gold = facts(f"""entities:
  - {{id: orbital-bureau, type: SpaceAgency, label: Orbital Bureau, mention: {span("Orbital Bureau")}, status: new}}
  - {{id: orbital, type: Program, label: Orbital, mention: {span("Orbital")}, status: new}}
facts:
  - {{subject: orbital-bureau, relation: cooperatesWith, object: nasa, evidence: {sentence("Orbital")}}}
""")
    predicted = facts(f"""entities:
  - {{id: x-short, type: Program, label: Orbital, mention: {span("Orbital")}, status: new}}
  - {{id: x-long, type: SpaceAgency, label: Orbital Bureau, mention: {span("Orbital Bureau")}, status: new}}
facts:
  - {{subject: x-long, relation: cooperatesWith, object: nasa, evidence: {sentence("Orbital")}}}
""")
    scores = evaluate(predicted, gold)
    assert scores["relations"].true_positives == 1
    assert scores["new entities"].true_positives == 2  # each with its own type
    assert scores["links (overlap)"].true_positives == 2


def test_later_mentions_of_a_new_entity_count_under_either_id() -> None:
    # The ids of new entities are arbitrary: a later mention is linked right when it names the entity whose
    # first mention matched the gold one, whatever either file calls it.
    gold = facts(f"""entities:
  - {{id: orbital-bureau, type: SpaceAgency, label: Orbital Bureau, mention: {span("The Orbital Bureau")}, status: new}}
mentions:
  - {{entity: orbital-bureau, span: {span("NASA", 1)}}}
""")
    predicted = facts(f"""entities:
  - {{id: x-bureau, type: SpaceAgency, label: Orbital Bureau, mention: {span("The Orbital Bureau")}, status: new}}
  - {{id: x-other, type: SpaceAgency, label: NASA, mention: {span("NASA")}, status: new}}
mentions:
  - {{entity: x-bureau, span: {span("NASA", 1)}}}
""")
    scores = evaluate(predicted, gold)
    assert scores["links (exact)"].true_positives == 2
    wrong = facts(f"""entities:
  - {{id: x-bureau, type: SpaceAgency, label: Orbital Bureau, mention: {span("The Orbital Bureau")}, status: new}}
  - {{id: x-other, type: SpaceAgency, label: NASA, mention: {span("NASA")}, status: new}}
mentions:
  - {{entity: x-other, span: {span("NASA", 1)}}}
""")
    assert evaluate(wrong, gold)["links (exact)"].true_positives == 1  # another new entity is not the same one
