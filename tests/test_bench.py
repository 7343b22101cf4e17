"""The store benchmarks still run, and their engines still agree.

Tiny sizes only: these check that the scripts work and that every engine
returns the same answers (each script exits non-zero when they differ),
never how fast anything is.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import FACTS_DIR, ROOT


def run_bench(module: str, *args: str, cwd: Path) -> str:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-m", module, *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_stores_benchmark_runs_every_engine(tmp_path: Path) -> None:
    # It times `spacekg build` and `spacekg query` in its working directory.
    shutil.copytree(FACTS_DIR, tmp_path / "data" / "facts")
    out = run_bench("bench.stores", "--sizes", "2000", "--rdflib-max", "2000", "--rounds", "2", cwd=tmp_path)
    engines = {line.split("|")[2].strip() for line in out.splitlines() if line.startswith("| 2,")}
    assert {"pyoxigraph memory", "spacekg memory", "pyoxigraph disk", "spacekg oxigraph:PATH", "rdflib"} <= engines
    assert "`spacekg query` on the article graph" in out


def test_aggregation_breakdown_runs_every_variant(tmp_path: Path) -> None:
    out = run_bench("bench.aggregation", "--size", "2000", "--rounds", "1", "--repeat", "1", cwd=tmp_path)
    rows = [line for line in out.splitlines() if line.startswith("| ") and not line.startswith("| query")]
    assert len(rows) == 6
    assert rows[0].startswith("| as benchmarked:")


def test_inference_benchmark_runs_and_matches_owlrl(tmp_path: Path) -> None:
    out = run_bench("bench.infer", "--small", cwd=tmp_path)
    assert "Same closure as owlrl" in out
    rows = [line for line in out.splitlines() if line.startswith("| ") and line.split("|")[4].strip().endswith("x")]
    assert len(rows) == 2  # one per size, each with its ratio


def test_one_command_runs_every_benchmark_module() -> None:
    from bench.__main__ import BENCHMARKS

    helpers = {"__init__", "__main__", "synthetic", "targets", "unseen_levers", "unseen_rules"}
    # unseen_levers: extract_unseen's; unseen_rules: extract_calibration's
    modules = {p.stem for p in (ROOT / "bench").glob("*.py")} - helpers
    assert modules == set(BENCHMARKS), "register every bench module in bench/__main__.py"


def test_one_command_small_run(tmp_path: Path) -> None:
    report = tmp_path / "report.md"
    out = run_bench("bench", "--small", "--only", "infer,aggregation", "--out", str(report), cwd=tmp_path)
    assert "## bench.infer" in out and "## bench.aggregation" in out
    text = report.read_text(encoding="utf-8")
    assert "Same closure as owlrl" in text
    # The closing tables: the inference target with its measured ratio, and its growth.
    assert "## Targets (issue #17)" in text and "## Growth" in text
    assert re.search(r"\| first --infer rdfs / raw load \| [\d,]+ triples \| [\d.]+× \| ≤ 10× \| [✓✗] \|", text), text
    assert re.search(r"\| first --infer rdfs \| [\d,]+ triples \| 10× the work: [\d.]+× \|", text), text


def test_targets_are_read_back_from_what_benchmarks_print(capsys: pytest.CaptureFixture[str]) -> None:
    from bench.targets import collect, growth, summary, target

    target("export nt: time / raw pyoxigraph", 1.234, 2.0, at="1,000 triples")
    target("serve throughput / oxigraph", 0.7, 0.8, more_is_better=True)
    growth("build (CPU s)", "×1 the facts", {"10×": 9.5, "100×": 98.0})
    targets, growths = collect(capsys.readouterr().out)
    assert [(t["name"], t["met"]) for t in targets] == [
        ("export nt: time / raw pyoxigraph", True),
        ("serve throughput / oxigraph", False),
    ]
    lines = summary(targets, growths, small=False)
    assert "| export nt: time / raw pyoxigraph | 1,000 triples | 1.23× | ≤ 2× | ✓ |" in lines
    assert "| serve throughput / oxigraph |  | 0.70× | ≥ 0.8× | ✗ |" in lines
    assert "| build (CPU s) | ×1 the facts | 10× the work: 9.5×, 100× the work: 98.0× |" in lines


def test_extraction_history_scores_a_commit_like_todays_extractor(tmp_path: Path) -> None:
    """bench.extract_history checks out a commit, extracts with that commit's code and scores with today's:
    at HEAD, with src/ and data/facts/ as committed, it must print the figures of the extractor in this process."""
    from bench.extract import candidates_of

    from spacekg.extract.evaluate import evaluate
    from spacekg.extract.rules import RuleExtractor
    from spacekg.model.facts import load_dataset, load_facts_file

    folder = tmp_path / "texts"
    folder.mkdir()
    for stem in ("gateway-partners-2020", "hls-protest-ruling-2021"):
        for suffix in (".txt", ".gold.yaml"):
            shutil.copy(ROOT / "tests" / "corpus" / f"{stem}{suffix}", folder)
    git = ["git", "-c", f"safe.directory={ROOT}", "-C", str(ROOT)]
    trees_before = subprocess.run([*git, "worktree", "list"], capture_output=True, text=True).stdout
    out = run_bench("bench.extract_history", str(folder), "--commits", "HEAD,HEAD", cwd=ROOT)  # one row, not two
    trees_after = subprocess.run([*git, "worktree", "list"], capture_output=True, text=True).stdout
    assert trees_after == trees_before  # its temporary worktree is gone
    extractor = RuleExtractor(load_dataset([FACTS_DIR]))
    right = gold = speakers = 0
    for text in sorted(folder.glob("*.txt")):
        scores = evaluate(candidates_of(extractor, text), load_facts_file(text.with_suffix(".gold.yaml")))
        right += scores["relations"].true_positives
        gold += scores["relations"].gold
        speakers += scores["speakers"].true_positives
    assert f"Out of {gold} gold relations" in out
    (line,) = [line for line in out.splitlines() if line.startswith("| `")]
    committed = subprocess.run([*git, "diff", "--quiet", "HEAD", "--", "src", "data/facts"])
    if committed.returncode == 0:  # always so on CI's clean clone
        cells = [cell.strip() for cell in line.split("|")]
        assert cells[4].endswith(f"({right})") and cells[5].endswith(f"({speakers})"), line


def test_extraction_history_refuses_an_unknown_commit_in_one_line() -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    command = [sys.executable, "-m", "bench.extract_history", "tests/corpus/heldout", "--commits", "HEAD,nosuchcommit"]
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 2 and "'nosuchcommit' is no commit" in done.stderr
    assert "Traceback" not in done.stderr and done.stdout == ""


def test_extraction_history_refuses_a_folder_without_texts_in_one_line(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    command = [sys.executable, "-m", "bench.extract_history", str(tmp_path), "--commits", "HEAD"]
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 2 and "no .txt files" in done.stderr
    assert "Traceback" not in done.stderr and done.stdout == ""


def test_extraction_modes_side_by_side(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """bench.extract prints the rules and rules+learned on each set with the same scorer, and their speed ratio."""
    from bench.extract import CORPUS, modes, pooled_scores

    from spacekg.extract.rules import RuleExtractor
    from spacekg.model.facts import load_dataset

    folder = tmp_path / "texts"
    folder.mkdir()
    for name in ("unsc-veto-2024", "gateway-partners-2020"):
        for suffix in (".txt", ".gold.yaml"):
            shutil.copy(CORPUS / f"{name}{suffix}", folder / f"{name}{suffix}")
    dataset = load_dataset([ROOT / "data" / "facts"])
    modes(dataset, rounds=1, size=5_000, sets=[("two texts", folder)])
    out = capsys.readouterr().out
    rows = {line.split("|")[2].strip(): line for line in out.splitlines() if line.startswith("| two texts |")}
    assert set(rows) == {"rules", "rules+learned"}
    scores, _, _ = pooled_scores(RuleExtractor(dataset), folder)
    right = scores["relations"].true_positives
    assert f"({right} of {scores['relations'].gold})" in rows["rules"]
    assert re.search(r"rules \d+\.\d\d s .* rules\+learned \d+\.\d\d s .*: \d+\.\d\d× the time", out)


def test_relations_by_kind_count_the_gold_what_is_emitted_and_what_is_right() -> None:
    """The per-relation table of bench.extract: a gold file scored against itself is right on every plain fact,
    and a prediction without facts finds none of them."""
    import dataclasses

    from bench.extract import CORPUS, kinds

    from spacekg.model.facts import load_facts_file

    gold = load_facts_file(CORPUS / "unsc-veto-2024.gold.yaml")
    plain = [f for f in gold.facts if f.object and not f.modality]
    tally: dict[str, list[int]] = {}
    kinds(gold, gold, tally)
    assert sum(counts[0] for counts in tally.values()) == len({(f.subject, f.relation, f.object) for f in plain}) > 0
    assert all(in_gold == emitted == right for in_gold, emitted, right in tally.values())
    empty: dict[str, list[int]] = {}
    kinds(dataclasses.replace(gold, facts=()), gold, empty)
    assert all(emitted == right == 0 for _, emitted, right in empty.values())


def test_sentence_bounds_benchmark_prints_both_modes(tmp_path: Path) -> None:
    out = run_bench("bench.extract_bounds", "--size", "1200", "--rounds", "1", cwd=tmp_path)
    rows = re.findall(r"^\| (a run of blank space|words without a full stop|names separated by commas) \| [\d.]+ s \| "
                      r"[\d.]+ s \| \d+x \|$", out, re.MULTILINE)  # fmt: skip
    assert len(rows) == 3, out


def test_unseen_stages_score_old_candidates_like_the_scorer(tmp_path: Path) -> None:
    """bench.extract_unseen extracts a set's texts at a commit once (cached, the commit in the file name), reads
    the candidates back, and counts relations as spacekg.extract.evaluate does; a second stage at thresholds
    nothing passes (learned) or everything passes (filter) changes nothing."""
    from bench.extract_learned import all_examples
    from bench.extract_unseen import OFF, RULES, UnseenSet, cached_candidates, evaluate_sets, modes, pooled, read_old
    from bench.unseen_levers import Addition

    from spacekg.extract.evaluate import evaluate
    from spacekg.extract.rules import RuleExtractor
    from spacekg.model.facts import load_dataset, load_facts_file

    folder = tmp_path / "texts"
    folder.mkdir()
    stems = ("gateway-partners-2020", "hls-protest-ruling-2021")
    for stem in stems:
        for suffix in (".txt", ".gold.yaml"):
            shutil.copy(ROOT / "tests" / "corpus" / f"{stem}{suffix}", folder)
    head = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"], capture_output=True, text=True)
    commit = head.stdout.strip()
    both = UnseenSet("vA", commit, sorted(folder.glob("*.txt")))
    cache = tmp_path / "cache"
    found = cached_candidates(both, cache)
    assert sorted(p.name for p in found.values()) == [f"{stem}@{commit}.yaml" for stem in stems]
    written = {p: p.stat().st_mtime_ns for p in found.values()}
    assert cached_candidates(both, cache) == found  # reused, not extracted again
    assert {p: p.stat().st_mtime_ns for p in found.values()} == written
    sets = [UnseenSet("vA", commit, [both.texts[0]]), UnseenSet("vB", commit, [both.texts[1]])]
    extractor = RuleExtractor(load_dataset([FACTS_DIR]))
    added: dict[str, tuple[list[Addition], list[Addition]]] = {}
    counts = evaluate_sets(sets, found, all_examples(extractor, folder), extractor.linker, None, added)
    for unseen in sets:
        text = unseen.texts[0]
        expected = evaluate(read_old(found[text.stem]), load_facts_file(text.with_suffix(".gold.yaml")))["relations"]
        rules = pooled(counts, RULES, OFF, 0.0, [unseen.name])
        assert rules == (expected.true_positives, expected.predicted, expected.gold)
        for mode, learned_at, filter_at in modes()[1:]:  # the learned stage only adds, the filter only drops
            true, predicted, gold = pooled(counts, mode, learned_at, filter_at, [unseen.name])
            assert gold == rules[2]
            if mode == "+ learned":
                assert true >= rules[0] and predicted >= rules[1]
                # the additions the levers study are the stage's own, right and false alike
                kept = [a for a in added[unseen.name][0] if a.probability >= learned_at]
                assert (sum(a.right for a in kept), len(kept)) == (true - rules[0], predicted - rules[1])
            if mode == "+ filter":
                assert true <= rules[0] and predicted <= rules[1]
            if mode == "+ learned, neighbours only":  # the nearest guard only drops some of the stage's additions
                plain = pooled(counts, "+ learned", learned_at, 0.0, [unseen.name])
                assert rules[0] <= true <= plain[0] and rules[1] <= predicted <= plain[1]
    # An id an old commit cut after a hyphen is mended, not refused.
    cut = found[stems[0]].read_text(encoding="utf-8").replace("entities:  # not in the graph yet\n", "entities:  # not in the graph yet\n  - id: cut-\n"
                      "    type: Organization\n    label: Cut\n    mention: [0, 3]\n    status: new\n", 1)  # fmt: skip
    (tmp_path / "cut.yaml").write_text(cut, encoding="utf-8")
    assert "cut" in {e.id for e in read_old(tmp_path / "cut.yaml").entities}


def _addition(text: str, probability: float, right: bool, relation: str = "affiliatedWith") -> object:
    from bench.unseen_levers import Addition

    return Addition(text, (text, relation, str(probability)), probability, right, relation, "Person>Country", "1",
                    "none", "00", "name|gazetteer", ())  # fmt: skip


def test_unseen_levers_choose_each_threshold_on_the_other_sets_only() -> None:
    """A key's threshold is the one with the most right − 3 × false on the OTHER sets' additions (off when
    none reaches three right per false), then applied to the set left out."""
    from bench.unseen_levers import fixed, lever_table, nested, thresholds

    a = [_addition("a1", 0.95, True), _addition("a2", 0.95, True), _addition("a3", 0.95, True),
         _addition("a4", 0.6, False), _addition("a5", 0.6, True)]  # fmt: skip
    b = [_addition("b1", 0.97, True), _addition("b2", 0.7, False), _addition("b3", 0.55, False, "leads")]
    c = [_addition("c1", 0.99, False), _addition("c2", 0.92, True), _addition("c3", 0.5, False, "leads")]
    assert thresholds(a, lambda x: "") == {"": 0.95}  # 3 right, none false; at 0.6: 4 right, 1 false
    assert thresholds(c, lambda x: x.relation) == {"affiliatedWith": 1.01, "leads": 1.01}  # off
    by_set = {"A": a, "B": b, "C": c}
    # (right, false) of each set at the others' threshold: off for A (B and C never reach 3 to 1), 0.9 for B,
    # 0.95 for C (A and B: four right, none false), where C's surest addition is false
    chosen = nested(by_set, lambda x: "")
    assert chosen == {"A": (0, 0), "B": (1, 0), "C": (0, 1)}
    assert fixed(by_set, 0.9) == {"A": (3, 0), "B": (1, 0), "C": (1, 1)}
    table = lever_table([("one threshold", chosen)], {"A": (10, 12, 30), "B": (5, 6, 20), "C": (0, 0, 10)})
    assert table[2].startswith("| old rules alone | 0.833 | 0.250 | 0.385 | 15 / 18 / 60 |")
    assert table[3] == "| one threshold | 0.800 | 0.267 | 0.400 | 16 / 20 / 60 | 1 / 1 | 1.0 |"


def test_unseen_levers_read_how_the_old_rules_found_each_mention(tmp_path: Path) -> None:
    from bench.unseen_levers import reasons

    found = tmp_path / "text@abc.yaml"
    found.write_text('''entities:  # not in the graph yet
  #> "Planetary Resources" (two- or three-word name)
  #> in: Two start-ups, Planetary Resources and another.
  - id: planetary-resources
    type: Person
    label: Planetary Resources
    mention: [15, 34]
mentions:  # known entities named in this text
  #> "American" (demonym)
  - {entity: united-states, span: [4, 12], confidence: 0.86}
  - {entity: united-states, span: [40, 42], confidence: 0.86}
''', encoding="utf-8")  # fmt: skip
    assert reasons(found) == {(15, 34): "two- or three-word name", (4, 12): "demonym"}


def test_unseen_causes_put_each_missed_relation_down_to_one_cause() -> None:
    """bench.unseen_causes: a relation the candidates state is right; dropped with both ends still linked in its
    sentence, the relation rules missed it; stated by another relation, same pair; an end relinked to another
    entity, or linked only in another sentence, or nowhere, an end's cause."""
    from dataclasses import replace

    from bench.unseen_causes import ABSENT, BOTH, ELSEWHERE, OTHER_RELATION, RIGHT, WRONG_LINK, causes, end_state

    from spacekg.model.facts import load_facts_file

    gold = load_facts_file(ROOT / "tests" / "corpus" / "gateway-partners-2020.gold.yaml")
    facts = {(f.subject, f.relation, f.object): f for f in gold.facts if f.modality is None}  # the plain ones
    kept = [facts["canadian-space-agency", "participatesIn", "lunar-gateway"],
            replace(facts["esa", "partnerOf", "nasa"], relation="cooperatesWith")]  # fmt: skip
    mentions = tuple(
        replace(m, entity="china") if m.entity == "japan" else m
        for m in gold.mentions
        if m.span != (316, 320)  # NASA in the Canadian sentence: now only elsewhere
    )
    candidates = replace(gold, facts=tuple(kept), mentions=mentions)
    rows, false = causes(candidates, gold)
    assert dict(rows) == {
        ("canadian-space-agency", "participatesIn", "lunar-gateway"): RIGHT,
        ("esa", "participatesIn", "lunar-gateway"): BOTH,
        ("esa", "partnerOf", "nasa"): OTHER_RELATION,
        ("canadian-space-agency", "partnerOf", "nasa"): ELSEWHERE,
        ("japan", "participatesIn", "lunar-gateway"): WRONG_LINK,
        ("japan", "partnerOf", "nasa"): WRONG_LINK,
    }
    assert false == [("esa", "cooperatesWith", "nasa")]
    assert causes(gold, gold) == (sorted((t, RIGHT) for t, _ in rows), [])
    assert end_state("japan", {(371, 439)}, [], []) == ABSENT
