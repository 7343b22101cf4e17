"""The learned stage's cross-validation by sets (bench.extract_learned --by-set) on a small synthetic
corpus: development texts copied into a folder and marked as three sets."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from bench import extract_learned as bench

from spacekg.extract.evaluate import evaluate
from spacekg.extract.rules import RuleExtractor
from spacekg.model.facts import Dataset, load_facts_file
from tests.conftest import ROOT

SETS = {
    "gateway-partners-2020": "v1",
    "france-artemis-accords-2022": "v1",
    "ilrs-memorandum-2021": "v2",
    "artemis-accords-2020": "v2",
    "luna-25-2023": None,
    "chang-e-6-2024": None,
}


def corpus(folder: Path) -> Path:
    """The texts and their gold, each gold file's first line marked with its set (or its mark taken out)."""
    folder.mkdir()
    for name, mark in SETS.items():
        shutil.copy(ROOT / "tests" / "corpus" / f"{name}.txt", folder)
        lines = (ROOT / "tests" / "corpus" / f"{name}.gold.yaml").read_text(encoding="utf-8").split("\n")
        first = re.sub(r" \(held-out set v\d+\)", "", lines[0]).rstrip(",")
        lines[0] = f"{first} (held-out set {mark})," if mark else first
        (folder / f"{name}.gold.yaml").write_text("\n".join(lines), encoding="utf-8")
    return folder


def test_sets_come_from_the_gold_mark_else_from_the_commit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = corpus(tmp_path / "texts")
    # outside a repository the unmarked texts are one set
    assert bench.text_sets(folder) == {name: mark or bench.OLDER for name, mark in SETS.items()}
    # in one, the commit that added them; a set of fewer than five texts joins the older ones
    monkeypatch.setattr(bench, "SMALL_SET", 2)
    commits = {"luna-25-2023.txt": "abc1234", "chang-e-6-2024.txt": "abc1234"}
    monkeypatch.setattr(bench, "_added_commit", lambda path: commits.get(path.name))
    assert bench.text_sets(folder)["luna-25-2023"] == "added abc1234"
    commits["chang-e-6-2024.txt"] = "def5678"
    assert bench.text_sets(folder)["luna-25-2023"] == bench.OLDER
    assert sorted(set(bench.text_sets(folder).values()), key=bench._set_order) == [bench.OLDER, "v1", "v2"]
    # the real corpus: every text in a set, the marked sets by their mark
    sets = bench.text_sets()
    assert len(sets) == len(list((ROOT / "tests" / "corpus").glob("*.txt")))
    assert "v14" in sets.values()


def test_leaving_one_set_out(tmp_path: Path, dataset: Dataset, capsys: pytest.CaptureFixture[str]) -> None:
    folder = corpus(tmp_path / "texts")
    extractor = RuleExtractor(dataset)
    bench.cross_validate_by_set(extractor, folder, threshold=0.5)
    out = capsys.readouterr().out
    assert "Sets: 3." in out
    rows = {
        line.split("|")[1].strip(): line for line in out.splitlines() if line.startswith("| ") and "P / R" not in line
    }
    assert {bench.OLDER, "v1", "v2", "**all (pooled)**"} <= set(rows)
    # the rules' own figures per set: those of the rules alone on its texts
    for group in (bench.OLDER, "v1", "v2"):
        right = gold = 0
        for name in (n for n, mark in SETS.items() if (mark or bench.OLDER) == group):
            path = folder / f"{name}.txt"
            scores = evaluate(bench._facts(extractor, path)[0], load_facts_file(path.with_suffix(".gold.yaml")))
            right += scores["relations"].true_positives
            gold += scores["relations"].gold
        cells = [cell.strip() for cell in rows[group].split("|")]
        assert cells[2] == "2" and cells[3] == str(gold)
        recall = float(cells[4].split(" / ")[1])
        assert recall == pytest.approx(right / gold, abs=0.0005)
        added_right, added_false = (int(n) for n in cells[6].split(" / "))
        assert added_right >= 0 and added_false >= 0
    assert re.search(r"At 0.5: rules \+ learned at or above the rules' F1 on \d of 3 sets", out)


def test_what_the_stage_adds_is_the_difference_of_the_two_modes() -> None:
    counts: bench.Counts = {
        "a": {"rules alone|relations": [8, 10, 20], "rules + learned|@0.9|relations": [10, 13, 20]},
        "b": {"rules alone|relations": [1, 1, 5], "rules + learned|@0.9|relations": [1, 2, 5]},
    }
    assert bench.added(counts, ["a"], 0.9) == (2, 1)
    assert bench.added(counts, ["a", "b"], 0.9) == (2, 2)
    table = bench.set_table(counts, {"a": "v1", "b": "v2"}, 0.9)
    assert table[2].startswith("| v1 | 1 | 20 | 0.800 / 0.400 / 0.533 | 0.769 / 0.500 / 0.606 | 2 / 1 |")
    assert "1 of 2 sets" in bench.by_set_summary(counts, {"a": "v1", "b": "v2"}, 0.9)
