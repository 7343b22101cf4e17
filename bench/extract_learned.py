"""The learned relation stage on the development texts: examples from the
rules' mentions and the gold, cross-validation by folds and by sets, and the
shipped weights.

Examples: every pair of a sentence's mentions (closest pair per two
entities, see :func:`spacekg.extract.learned.pairs`), labelled with the gold
plain fact between the two entities whose evidence overlaps the sentence (new
entities mapped through ``new_entity_aliases``), else NONE; negated and modal
gold facts are NONE (the model only proposes plain facts).

Cross-validation, two kinds; each held-out part's texts are extracted with a
model trained on the other parts, and the relations of all texts are pooled,
for the rules alone and for rules + learned at each threshold:

- five folds of whole texts (the sorted texts dealt in turn);
- ``--by-set``: leave one set out. The development texts came in sets, each
  once unseen (a gold file's first line says "(held-out set vN)"; an older
  text without the mark belongs to the set of the commit that added it, sets
  of fewer than five texts pooled as one): the model is trained on the other
  sets and tested on the set left out, as it would meet a new set of texts.
  The rules were written on every development text, so they are in-sample in
  every part; what the stage adds is therefore also shown per set: the
  relations it adds on the pairs the rules left unrelated, right and false.

Only the development texts (tests/corpus/*.txt) are read.

    python -m bench.extract_learned            # the five-fold table
    python -m bench.extract_learned --by-set   # the leave-one-set-out tables
    python -m bench.extract_learned --write    # train on every development text, write lexicon/relations-model.tsv
"""

from __future__ import annotations

import argparse
import hashlib
import re
import subprocess
from collections.abc import Sequence
from pathlib import Path

from spacekg.extract.evaluate import Score, evaluate, new_entity_aliases
from spacekg.extract.learned import (
    DEFAULT_THRESHOLD,
    MODEL_FILE,
    NONE,
    RELATIONS,
    LearnedRelations,
    Model,
    label_of,
    train,
)
from spacekg.extract.rules import RuleExtractor, to_yaml
from spacekg.model.facts import FactsFile, load_dataset, load_facts_file, parse_facts
from spacekg.model.hierarchy import hierarchy

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpus"
LEXICON = ROOT / "src" / "spacekg" / "lexicon" / MODEL_FILE
THRESHOLDS = (0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95)
FOLDS = 5
RULES = "rules alone"
BOTH = "rules + learned"
ALONE = "learned alone"
# A set mark on a gold file's first line, and the fewest texts a set of unmarked texts needs to stand alone.
SET_MARK = re.compile(r"\(held-out set (v\d+)\)")
SMALL_SET = 5
OLDER = "older"

Example = tuple[list[str], str]
# text name -> "mode|measure@threshold" -> [true positives, predicted, gold]
Counts = dict[str, dict[str, list[int]]]


def texts(corpus: Path = CORPUS) -> list[Path]:
    return sorted(corpus.glob("*.txt"))


def _facts(extractor: RuleExtractor, path: Path) -> tuple[FactsFile, FactsFile]:
    text = path.read_text(encoding="utf-8")
    candidates = extractor.extract(text, path.name, hashlib.sha256(path.read_bytes()).hexdigest())
    return parse_facts(to_yaml(candidates, extractor.entities), f"{path.stem}.candidates.yaml"), load_facts_file(
        path.with_suffix(".gold.yaml")
    )


def examples(extractor: RuleExtractor, path: Path) -> list[Example]:
    """The labelled pairs of one development text."""
    stage = LearnedRelations(None, record=True)
    extractor.learned = stage
    try:
        predicted, gold = _facts(extractor, path)
    finally:
        extractor.learned = None
    return labelled(stage, gold, new_entity_aliases(predicted, gold))


def labelled(stage: LearnedRelations, gold: FactsFile, aliases: dict[str, str]) -> list[Example]:
    """The pairs ``stage`` recorded, each with the gold plain fact between them in their sentence, or NONE
    (``aliases``: the predicted ids of new entities mapped to the gold's)."""
    symmetric = hierarchy().symmetric
    found: list[Example] = []
    for pair in stage.recorded:
        first = aliases.get(pair.first.entity, pair.first.entity)
        second = aliases.get(pair.second.entity, pair.second.entity)
        start, end = pair.sentence
        labels = sorted(
            label_of(f.relation, f.subject == first, f.relation in symmetric)
            for f in gold.facts
            if f.modality is None
            and f.object is not None
            and f.relation in RELATIONS
            and {f.subject, f.object} == {first, second}
            and any(s < end and start < e for s, e in f.evidence)
        )
        found.append((pair.features, labels[0] if labels else NONE))
    return found


def all_examples(extractor: RuleExtractor, corpus: Path = CORPUS) -> dict[str, list[Example]]:
    return {path.stem: examples(extractor, path) for path in texts(corpus)}


def fold_of(index: int) -> int:
    return index % FOLDS


def _added_commit(path: Path) -> str | None:
    """The commit that added a file (git's short hash), or None outside a repository."""
    try:
        done = subprocess.run(
            ["git", "-C", str(path.parent), "log", "--diff-filter=A", "--format=%h", "--", path.name],
            capture_output=True,
            text=True,
            timeout=60,
        )
    except OSError:
        return None
    lines = done.stdout.split()
    return lines[-1] if done.returncode == 0 and lines else None


def text_sets(corpus: Path = CORPUS) -> dict[str, str]:
    """Each text's set: its gold file's mark ('v12'), else 'added <commit>' for the commit that added the
    text; unmarked sets of fewer than ``SMALL_SET`` texts (or outside a repository) are one set, 'older'."""
    sets: dict[str, str] = {}
    for path in texts(corpus):
        with path.with_suffix(".gold.yaml").open(encoding="utf-8") as gold:
            mark = SET_MARK.search(gold.readline())
        if mark:
            sets[path.stem] = mark.group(1)
        else:
            commit = _added_commit(path)
            sets[path.stem] = f"added {commit}" if commit else OLDER
    sizes: dict[str, int] = {}
    for name in sets.values():
        sizes[name] = sizes.get(name, 0) + 1
    return {text: name if name.startswith("v") or sizes[name] >= SMALL_SET else OLDER for text, name in sets.items()}


def _set_order(name: str) -> tuple[int, int, str]:
    """Older sets first, then the marked ones by number."""
    if name.startswith("v") and name[1:].isdigit():
        return (1, int(name[1:]), name)
    return (0, 0 if name == OLDER else 1, name)


def write_model(extractor: RuleExtractor) -> Model:
    collected = all_examples(extractor)
    model = train([e for name in sorted(collected) for e in collected[name]])
    header = (
        "spacekg learned relation stage: multinomial logistic regression, trained by this project on the\n"
        f"gold of the {len(collected)} development texts (tests/corpus/*.gold.yaml) by\n"
        "'python -m bench.extract_learned --write' (deterministic: fixed seed and order); see docs/extraction.md."
    )
    LEXICON.write_text(model.to_tsv(header), encoding="utf-8")
    return model


def _tally(counts: dict[str, list[int]], key: str, score: Score) -> None:
    sums = counts.setdefault(key, [0, 0, 0])
    for i, v in enumerate((score.true_positives, score.predicted, score.gold)):
        sums[i] += v


def held_out_counts(
    extractor: RuleExtractor, corpus: Path, collected: dict[str, list[Example]], parts: Sequence[Sequence[str]]
) -> Counts:
    """Each text extracted with a model trained on the texts of every other part: its relation and modality
    counts for the rules alone (key 'rules alone|relations'), rules + learned and learned alone at each
    threshold ('rules + learned|relations@0.9')."""
    counts: Counts = {}
    for part in parts:
        left_out = set(part)
        model = train([e for name in sorted(collected) if name not in left_out for e in collected[name]])
        for name in sorted(left_out):
            path = corpus / f"{name}.txt"
            extractor.learned = LearnedRelations(model, threshold=min(THRESHOLDS), everywhere=True)
            try:
                text = path.read_text(encoding="utf-8")
                candidates = extractor.extract(text, path.name, hashlib.sha256(path.read_bytes()).hexdigest())
            finally:
                extractor.learned = None
            gold = load_facts_file(path.with_suffix(".gold.yaml"))
            everything = candidates.facts
            mine = counts.setdefault(name, {})
            for mode, threshold in [(RULES, 1.01)] + [(m, t) for m in (BOTH, ALONE) for t in THRESHOLDS]:
                if mode == ALONE:
                    kept = [f for f in everything if f.get("rule") == "learned" and f["probability"] >= threshold]
                else:
                    kept = [f for f in everything if f.get("rule") != "learned"
                            or (f["beside_rules"] and f["probability"] >= threshold)]  # fmt: skip
                candidates.facts = kept
                scores = evaluate(parse_facts(to_yaml(candidates, extractor.entities), "c.yaml"), gold)
                key = mode if mode == RULES else f"{mode}|@{threshold}"
                for measure in ("relations", "modality"):
                    _tally(mine, f"{key}|{measure}", scores[measure])
            candidates.facts = everything
    return counts


def pooled(counts: Counts, names: Sequence[str], key: str) -> Score:
    sums = [0, 0, 0]
    for name in names:
        for i, v in enumerate(counts[name].get(key, (0, 0, 0))):
            sums[i] += v
    return Score(*sums)


def _key(mode: str, threshold: float, measure: str = "relations") -> str:
    return f"{mode}|{measure}" if mode == RULES else f"{mode}|@{threshold}|{measure}"


def added(counts: Counts, names: Sequence[str], threshold: float) -> tuple[int, int]:
    """The relations the stage adds beside the rules (right, false): rules + learned less the rules alone."""
    rules, both = pooled(counts, names, _key(RULES, 1.01)), pooled(counts, names, _key(BOTH, threshold))
    right = both.true_positives - rules.true_positives
    return right, both.predicted - rules.predicted - right


def pooled_table(counts: Counts) -> list[str]:
    names = sorted(counts)
    lines = ["| relations from | threshold | P | R | F1 | true / predicted / gold | added: right / false | modality P / R |",
             "|---|---|---|---|---|---|---|---|"]  # fmt: skip
    rows = [(RULES, 1.01)] + [(mode, t) for mode in (BOTH, ALONE) for t in THRESHOLDS]
    for mode, threshold in rows:
        r = pooled(counts, names, _key(mode, threshold))
        m = pooled(counts, names, _key(mode, threshold, "modality"))
        shown = "—" if mode == RULES else f"{threshold:.2g}"
        extra = "—"
        if mode == BOTH:
            right, false = added(counts, names, threshold)
            extra = f"{right} / {false}"
        lines.append(f"| {mode} | {shown} | {r.precision:.3f} | {r.recall:.3f} | {r.f1:.3f} | "
                     f"{r.true_positives} / {r.predicted} / {r.gold} | {extra} | {m.precision:.2f} / {m.recall:.2f} |")  # fmt: skip
    return lines


def set_table(counts: Counts, sets: dict[str, str], threshold: float) -> list[str]:
    """Per set left out: the rules, rules + learned at ``threshold``, and the relations the stage adds."""
    lines = [f"| set left out | texts | gold | rules P / R / F1 | rules + learned ({threshold:.2g}) P / R / F1 | "
             "added: right / false |", "|---|---|---|---|---|---|"]  # fmt: skip
    groups = sorted(set(sets.values()), key=_set_order)
    for group in [*groups, "all"]:
        names = sorted(n for n in counts if group == "all" or sets[n] == group)
        rules, both = pooled(counts, names, _key(RULES, 1.01)), pooled(counts, names, _key(BOTH, threshold))
        right, false = added(counts, names, threshold)
        shown = "**all (pooled)**" if group == "all" else group
        lines.append(
            f"| {shown} | {len(names)} | {rules.gold} | {rules.precision:.3f} / {rules.recall:.3f} / {rules.f1:.3f} | "
            f"{both.precision:.3f} / {both.recall:.3f} / {both.f1:.3f} | {right} / {false} |"
        )
    return lines


def by_set_summary(counts: Counts, sets: dict[str, str], threshold: float) -> str:
    """How many sets rules + learned reaches at least the rules' F1, and the share of added relations right."""
    groups = sorted(set(sets.values()), key=_set_order)
    at_least = 0
    for group in groups:
        names = [n for n in counts if sets[n] == group]
        if pooled(counts, names, _key(BOTH, threshold)).f1 >= pooled(counts, names, _key(RULES, 1.01)).f1:
            at_least += 1
    right, false = added(counts, sorted(counts), threshold)
    share = f"{right / (right + false):.2f}" if right + false else "—"
    return (
        f"At {threshold:.2g}: rules + learned at or above the rules' F1 on {at_least} of {len(groups)} sets; "
        f"the stage adds {right + false} relations, {right} right ({share})."
    )


def _examples_line(collected: dict[str, list[Example]]) -> str:
    labels = [label for name in sorted(collected) for _, label in collected[name]]
    positives = sum(1 for label in labels if label != NONE)
    return f"Examples: {len(labels)} pairs in {len(collected)} texts, {positives} with a gold relation."


def cross_validate(extractor: RuleExtractor, corpus: Path = CORPUS) -> None:
    collected = all_examples(extractor, corpus)
    names = sorted(collected)
    print(_examples_line(collected) + "\n")
    parts = [[name for i, name in enumerate(names) if fold_of(i) == fold] for fold in range(FOLDS)]
    print("\n".join(pooled_table(held_out_counts(extractor, corpus, collected, parts))))


def cross_validate_by_set(
    extractor: RuleExtractor, corpus: Path = CORPUS, threshold: float = DEFAULT_THRESHOLD
) -> None:
    collected = all_examples(extractor, corpus)
    sets = text_sets(corpus)
    groups = sorted(set(sets.values()), key=_set_order)
    print(_examples_line(collected) + f" Sets: {len(groups)}.\n")
    parts = [[name for name in sorted(collected) if sets[name] == group] for group in groups]
    counts = held_out_counts(extractor, corpus, collected, parts)
    print("\n".join(pooled_table(counts)) + "\n")
    print("\n".join(set_table(counts, sets, threshold)) + "\n")
    print(by_set_summary(counts, sets, threshold))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--write", action="store_true", help=f"train on every development text, write {MODEL_FILE}")
    parser.add_argument("--by-set", action="store_true", help="leave one set of development texts out at a time")
    parser.add_argument("--threshold", type=float, default=DEFAULT_THRESHOLD, help="the per-set table's threshold")
    args = parser.parse_args()
    extractor = RuleExtractor(load_dataset([ROOT / "data" / "facts"]))
    if args.write:
        model = write_model(extractor)
        print(f"Wrote {LEXICON.relative_to(ROOT)} ({len(model.weights)} features, {len(model.labels)} labels).")
    elif args.by_set:
        cross_validate_by_set(extractor, threshold=args.threshold)
    else:
        cross_validate(extractor)


if __name__ == "__main__":
    main()
