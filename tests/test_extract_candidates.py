"""The candidates file for a reviewer: text order, each entry's words and
sentence, confidences calibrated per rule (facts: on unseen-time candidates of the development sets)."""

from __future__ import annotations

import hashlib

from spacekg.extract import confidence
from spacekg.extract.rules import RuleExtractor, to_yaml
from spacekg.model.facts import Dataset, parse_facts

TEXT = (
    "Zed Example, the head of the Lunar Example Agency, met officials in Geneva. "
    "The Agency for Example Studies signed the Artemis Accords. NASA welcomed it."
)


def candidates_yaml(dataset: Dataset) -> str:
    extractor = RuleExtractor(dataset)
    candidates = extractor.extract(TEXT, "t.txt", hashlib.sha256(TEXT.encode()).hexdigest())
    return to_yaml(candidates, dataset.entities())


def test_entities_in_text_order_with_words_and_sentence(dataset: Dataset) -> None:
    text = candidates_yaml(dataset)
    facts = parse_facts(text, "c.yaml")  # the comments do not disturb the facts format
    starts = [e.mention[0] for e in facts.entities]
    assert starts == sorted(starts) and len(starts) >= 3
    lines = text.splitlines()
    first = next(i for i, line in enumerate(lines) if line.startswith("  - id: zed-example"))
    assert lines[first - 2].startswith('  #> "Zed Example"')  # the words (review lines, dropped by ingest)
    assert lines[first - 1].startswith("  #> in: Zed Example, the head of the Lunar Example Agency")  # the sentence
    fact_line = next(i for i, line in enumerate(lines) if "relation: signs" in line)
    assert lines[fact_line - 1].startswith("  #> The Agency for Example Studies signed")  # a fact's sentence


def test_confidences_come_from_the_calibration_table(dataset: Dataset) -> None:
    table = confidence.table()
    assert table, "lexicon/confidence.tsv is missing: run python -m bench.extract --calibrate"
    assert all(0.0 < value < 1.0 for value in table.values())
    facts = parse_facts(candidates_yaml(dataset), "c.yaml")
    nasa = next(m for m in facts.mentions if m.entity == "nasa")
    assert nasa.confidence == table[("mention", "name", "")]


def test_calibration_table_round_trip() -> None:
    written = confidence.write({("fact", "passive"): [3, 4], ("mention", "name"): [9, 10]})
    assert "fact\tpassive\t3\t4\t0.67" in written and "mention\tname\t9\t10\t0.83" in written
    assert "mention\tname\t285\t285\t0.99" in confidence.write({("mention", "name"): [285, 285]})
    assert confidence.rule_key("name ending in Agency") == "name ending in a head word"
