"""Facts held back under a confidence threshold (``spacekg extract --min-confidence``): written as
commented-out suggestions that YAML readers, ``evaluate`` and ``ingest`` skip, in text order with their
words like every other entry, and kept by a reviewer who deletes the ``#? `` mark."""

from __future__ import annotations

import dataclasses
import hashlib
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml
from bench.extract_selection import Entry, Text, choose, score
from click.testing import CliRunner

from spacekg.cli import main
from spacekg.extract.base import Candidates, Found
from spacekg.extract.evaluate import evaluate
from spacekg.extract.ingest import ingest
from spacekg.extract.rules import held_back, merged_facts, to_yaml
from spacekg.extract.yamlio import HELD, HELD_MARK, REVIEW, dump_facts, entry_comments
from spacekg.model.facts import Dataset, parse_facts
from tests.conftest import FACTS_DIR

runner = CliRunner()

# Invented prose; the ends are entities of the curated facts, so a reviewed file can be ingested.
TEXT = (
    "NASA works with ESA on the lander. "
    "Roscosmos works with CNSA on a station. "
    "Japan works with Canada on a rover. "
    "NASA plans to work with CNSA one day.\n"
)
SENTENCES = [(0, 34), (35, 74), (75, 110), (111, 148)]


def sentence(number: int) -> list[int]:
    return list(SENTENCES[number])


def candidates(confidences: tuple[float, float, float, float]) -> Candidates:
    """Three plain facts and a modal one, each in its own sentence, with the given confidences."""
    names = [("NASA", "nasa"), ("ESA", "esa"), ("Roscosmos", "roscosmos"), ("CNSA", "cnsa"), ("Japan", "japan"),
             ("Canada", "canada")]  # fmt: skip
    mentions = []
    for surface, entity in names:
        start = -1
        while (start := TEXT.find(surface, start + 1)) >= 0:
            mentions.append(Found(start, start + len(surface), entity, rule="a name the graph knows"))
    mentions.sort(key=lambda m: m.start)
    first, second, third, modal = confidences
    facts: list[dict[str, Any]] = [
        {"subject": "nasa", "relation": "partnerOf", "object": "esa", "evidence": [sentence(0)], "confidence": first,
         "rule": "x works with y"},
        {"subject": "roscosmos", "relation": "partnerOf", "object": "cnsa", "evidence": [sentence(1)],
         "confidence": second, "rule": "x works with y"},
        {"subject": "japan", "relation": "partnerOf", "object": "canada", "evidence": [sentence(2)],
         "confidence": third, "rule": "x works with y"},
        {"subject": "nasa", "relation": "partnerOf", "object": "cnsa", "modality": "planned",
         "evidence": [sentence(3)], "confidence": modal, "rule": "x plans to work with y"},
    ]  # fmt: skip
    source = {"id": "invented-partners", "type": "NewsArticle", "label": "Invented partners",
              "sha256": hashlib.sha256(TEXT.encode()).hexdigest(), "characters": len(TEXT), "file": "t.txt",
              "mention": [0, 4]}  # fmt: skip
    return Candidates(source=source, mentions=mentions, facts=facts, text=TEXT)


def triples(text: str) -> list[tuple[str, str, str | None, str | None]]:
    return [(f.subject, f.relation, f.object, f.modality) for f in parse_facts(text, "c.yaml").facts]


def data(text: str) -> list[Any]:
    """The facts a file reads back as, without the lines they stand on."""
    return [dataclasses.replace(f, line=None) for f in parse_facts(text, "c.yaml").facts]


def uncommented(text: str, *, only: str | None = None) -> str:
    """The file with the ``#? `` mark deleted from held-back lines (from those containing ``only``)."""
    lines = []
    for line in text.splitlines(keepends=True):
        if line.lstrip().startswith(HELD_MARK + " ") and (only is None or only in line):
            line = line.replace(HELD_MARK + " ", "", 1)
        lines.append(line)
    return "".join(lines)


@pytest.mark.parametrize(
    ("fact", "threshold", "held"),
    [
        ({"subject": "a", "relation": "partnerOf", "object": "b", "confidence": 0.44}, 0.45, True),
        ({"subject": "a", "relation": "partnerOf", "object": "b", "confidence": 0.45}, 0.45, False),  # at τ: kept
        ({"subject": "a", "relation": "partnerOf", "object": "b", "confidence": 0.99}, 1.0, True),
        ({"subject": "a", "relation": "partnerOf", "object": "b", "confidence": 0.01}, None, False),  # off
        ({"subject": "a", "relation": "partnerOf", "object": "b", "confidence": 0.01}, 0.0, False),
        ({"subject": "a", "relation": "partnerOf", "object": "b", "modality": "planned", "confidence": 0.1}, 0.5,
         False),  # modal facts are never held back (not measured)
        ({"subject": "a", "relation": "date", "object": None, "value": "2020", "confidence": 0.1}, 0.5, False),
    ],
)  # fmt: skip
def test_which_facts_are_held_back(fact: dict[str, Any], threshold: float | None, held: bool) -> None:
    assert held_back(fact, threshold) is held


def test_off_by_default_the_file_is_unchanged(dataset: Dataset) -> None:
    found = candidates((0.9, 0.4, 0.7, 0.2))
    plain = to_yaml(found, dataset.entities())
    assert to_yaml(found, dataset.entities(), None) == plain
    assert HELD_MARK not in plain
    # τ = 0 holds nothing back: the same file but for the header line that explains '#?'
    at_zero = to_yaml(found, dataset.entities(), 0.0)
    assert [line for line in at_zero.splitlines() if "'#? - ...'" not in line] == plain.splitlines()


def test_held_back_facts_are_comments_in_text_order_with_their_words(dataset: Dataset) -> None:
    found = candidates((0.9, 0.4, 0.7, 0.2))
    text = to_yaml(found, dataset.entities(), 0.6)
    assert triples(text) == [("nasa", "partnerOf", "esa", None), ("japan", "partnerOf", "canada", None),
                             ("nasa", "partnerOf", "cnsa", "planned")]  # fmt: skip
    lines = text.splitlines()
    held = [i for i, line in enumerate(lines) if line.lstrip().startswith(HELD_MARK)]
    assert len(held) == 1
    line = lines[held[0]]
    assert line.startswith("  #? - {subject: roscosmos, relation: partnerOf, object: cnsa")
    assert lines[held[0] - 1] == "  #> Roscosmos works with CNSA on a station."  # its sentence, like the others
    # where it stands: after the first sentence's fact, before the third's
    nasa = next(i for i, line in enumerate(lines) if "subject: nasa, relation: partnerOf, object: esa" in line)
    japan = next(i for i, line in enumerate(lines) if "subject: japan" in line)
    assert nasa < held[0] < japan
    assert "Lines '#? - ...' are facts held back under confidence 0.6" in text


@pytest.mark.parametrize("threshold", [0.5, 0.6, 0.8, 1.0])
def test_a_round_trip_reads_back_equal(dataset: Dataset, threshold: float) -> None:
    """The file with held-back facts reads back as the file of the kept facts alone."""
    found = candidates((0.9, 0.4, 0.7, 0.2))
    text = to_yaml(found, dataset.entities(), threshold)
    kept = Candidates(found.source, found.mentions,
                      [f for f in found.facts if not held_back(f, threshold)], text=TEXT)  # fmt: skip
    alone = to_yaml(kept, dataset.entities())
    assert yaml.safe_load(text) == yaml.safe_load(alone)
    assert data(text) == data(alone)


def test_a_reviewer_uncommenting_one_gets_a_valid_fact(dataset: Dataset) -> None:
    found = candidates((0.9, 0.4, 0.3, 0.2))
    text = to_yaml(found, dataset.entities(), 0.6)
    one = parse_facts(uncommented(text, only="roscosmos"), "c.yaml")
    fact = next(f for f in one.facts if f.subject == "roscosmos")
    assert (fact.relation, fact.object, fact.evidence, fact.confidence) == ("partnerOf", "cnsa", (SENTENCES[1],), 0.4)
    assert len(one.facts) == 3  # nasa-esa, the modal fact, and the one uncommented
    # every one uncommented: the file without a threshold, fact for fact
    assert data(uncommented(text)) == data(to_yaml(found, dataset.entities()))


def test_every_fact_held_back_leaves_an_empty_section_that_can_be_uncommented(dataset: Dataset) -> None:
    found = candidates((0.3, 0.4, 0.3, 0.2))
    found.facts = found.facts[:3]
    text = to_yaml(found, dataset.entities(), 0.5)
    assert "\nfacts:\n" in text
    assert parse_facts(text, "c.yaml").facts == ()
    assert triples(uncommented(text, only="japan")) == [("japan", "partnerOf", "canada", None)]


def test_evaluate_ignores_held_back_facts(dataset: Dataset) -> None:
    found = candidates((0.9, 0.4, 0.7, 0.2))
    gold = parse_facts(to_yaml(found, dataset.entities()), "gold.yaml")  # every fact right
    everything = evaluate(parse_facts(to_yaml(found, dataset.entities()), "c.yaml"), gold)["relations"]
    some = evaluate(parse_facts(to_yaml(found, dataset.entities(), 0.6), "c.yaml"), gold)["relations"]
    assert (everything.true_positives, everything.predicted, everything.gold) == (3, 3, 3)
    assert (some.true_positives, some.predicted, some.gold) == (2, 2, 3)


def test_ingest_drops_held_back_facts_and_keeps_notes(tmp_path: Path, dataset: Dataset) -> None:
    facts_dir = tmp_path / "facts"
    shutil.copytree(FACTS_DIR, facts_dir)
    source = tmp_path / "invented-partners.txt"
    source.write_text(TEXT, encoding="utf-8")
    found = candidates((0.9, 0.4, 0.7, 0.2))
    text = to_yaml(found, dataset.entities(), 0.6)
    # a reviewer's note on the entry just after the held-back one
    text = text.replace("  #> Japan works with Canada", "  # checked by hand\n  #> Japan works with Canada")
    assert [n for n in entry_comments(text)["facts"] if n] == [["checked by hand"]]
    reviewed = tmp_path / "reviewed.yaml"
    reviewed.write_text(text, encoding="utf-8")
    target, _ = ingest(reviewed, source, facts_dir)
    written = target.read_text(encoding="utf-8")
    assert HELD_MARK not in written
    assert "# checked by hand" in written
    assert [(f.subject, f.object) for f in parse_facts(written, str(target)).facts if f.modality is None] == [
        ("nasa", "esa"), ("japan", "canada")]  # fmt: skip
    # uncommented, the same fact goes in
    reviewed.write_text(uncommented(text, only="roscosmos"), encoding="utf-8")
    target, _ = ingest(reviewed, source, facts_dir, replace=True)
    assert ("roscosmos", "cnsa") in {(f.subject, f.object) for f in parse_facts(target.read_text("utf-8"), "t").facts}


def test_a_note_above_a_held_back_fact_is_not_the_next_kept_facts(dataset: Dataset) -> None:
    """A reviewer's note written above a held-back entry stays with it (ingest drops both), not with the kept
    entry after it (review26 found it moved to the next fact)."""
    found = candidates((0.9, 0.4, 0.7, 0.2))
    text = to_yaml(found, dataset.entities(), 0.6)
    held_quote = text[: text.index(f"\n  {HELD_MARK} ")].rsplit("\n", 1)[-1]
    assert held_quote.lstrip().startswith("#>")
    noted = text.replace(held_quote, "  # doubtful: not a partner here\n" + held_quote, 1)
    assert noted != text
    assert not any(n for n in entry_comments(noted)["facts"])


def test_a_held_back_block_entry_is_commented_line_by_line() -> None:
    """Any section's entry can be held back; a block entry's every line carries the mark."""
    document = {"spacekg": 1, "claims": [
        {"id": "c-1", "speaker": ["nasa"], "summary": "kept", "evidence": [[0, 4]], REVIEW: "NASA"},
        {"id": "c-2", "speaker": ["esa"], "summary": "held", "evidence": [[5, 8]], REVIEW: "ESA", HELD: True},
    ]}  # fmt: skip
    text = dump_facts(document)
    held = [line for line in text.splitlines() if HELD_MARK in line]
    assert len(held) >= 3 and all(line.startswith("  #? ") for line in held)
    assert yaml.safe_load(text)["claims"] == [{k: v for k, v in document["claims"][0].items() if k != REVIEW}]
    assert yaml.safe_load(uncommented(text))["claims"][1] == {"id": "c-2", "speaker": ["esa"], "summary": "held",
                                                              "evidence": [[5, 8]]}  # fmt: skip


def test_merged_facts_show_the_first_confidence() -> None:
    found = candidates((0.9, 0.4, 0.7, 0.2))
    found.facts.append({**found.facts[1], "confidence": 0.95, "evidence": [sentence(2)], "rule": "another"})
    entry = next(f for f in merged_facts(found) if f["subject"] == "roscosmos")
    assert entry["confidence"] == 0.4 and entry["evidence"] == [sentence(1), sentence(2)]
    assert held_back(entry, 0.6)  # as the reviewer sees it: the written confidence


def test_the_command_line_option(tmp_path: Path) -> None:
    source = tmp_path / "t.txt"
    source.write_text("The Examplo Space Agency signed an agreement with NASA in 2020. ESA joined NASA.\n", "utf-8")
    out = tmp_path / "c.yaml"
    done = runner.invoke(main, ["extract", str(source), "--out", str(out), "--min-confidence", "1.0"])
    assert done.exit_code == 0, done.output
    text = out.read_text(encoding="utf-8")
    plain = [f for f in parse_facts(text, "c.yaml").facts if f.object is not None and f.modality is None]
    assert plain == []  # every confidence is under 1
    assert "held back under 1, as comments" in done.output and f"\n  {HELD_MARK} - {{subject:" in text
    assert parse_facts(uncommented(text), "c.yaml").facts  # they come back when uncommented
    refused = runner.invoke(main, ["extract", str(source), "--out", str(out), "--min-confidence", "1.5"])
    assert refused.exit_code == 2 and "--min-confidence" in refused.output


def test_the_bench_criterion_keeps_precision_and_takes_the_smaller_threshold() -> None:
    """τ of best F1 whose precision is not below the precision with nothing held back; ties: the smaller."""
    gold = {("a", "r", "b"), ("c", "r", "d"), ("e", "r", "f"), ("g", "r", "h")}
    text = Text("t", gold, [Entry(("a", "r", "b"), "x", "r", 0.9), Entry(("c", "r", "d"), "x", "r", 0.9),
                            Entry(("y", "r", "z"), "x", "r", 0.3), Entry(("e", "r", "f"), "x", "r", 0.6)])  # fmt: skip
    given = [[e.shown for e in text.entries]]
    assert score([text], given, 0.0) == (3, 4, 4)
    assert score([text], given, 0.35) == (3, 3, 4)
    assert choose([([text], given)]) == 0.35  # the false fact at 0.3 out, the right one at 0.6 kept
    lonely = Text("u", {("a", "r", "b")}, [Entry(("a", "r", "b"), "x", "r", 0.3)])
    assert choose([([lonely], [[0.3]])]) == 0.0  # holding back the only right fact lowers precision
