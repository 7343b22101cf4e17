"""The learned relation stage on the development texts: examples from the
rules' mentions and the gold, grouped cross-validation, and the shipped weights.

Examples: every pair of a sentence's mentions (closest pair per two
entities, see :func:`spacekg.extract.learned.pairs`), labelled with the gold
plain fact between the two entities whose evidence overlaps the sentence (new
entities mapped through ``new_entity_aliases``), else NONE; negated and modal
gold facts are NONE (the model only proposes plain facts).

Cross-validation: five folds of whole texts (the sorted texts dealt in turn);
each fold's texts are extracted with a model trained on the other four, and the
relations of all texts are pooled, for the rules alone and for rules + learned
at each threshold. Only tests/corpus/*.txt (the development texts) are read.

    python -m bench.extract_learned            # the cross-validated table
    python -m bench.extract_learned --write    # train on every development text, write lexicon/relations-model.tsv
"""

from __future__ import annotations

import argparse
import hashlib
from pathlib import Path

from spacekg.extract.evaluate import Score, evaluate, new_entity_aliases
from spacekg.extract.learned import MODEL_FILE, NONE, RELATIONS, LearnedRelations, Model, label_of, train
from spacekg.extract.rules import RuleExtractor, to_yaml
from spacekg.model.facts import FactsFile, load_dataset, load_facts_file, parse_facts
from spacekg.model.hierarchy import hierarchy

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpus"
LEXICON = ROOT / "src" / "spacekg" / "lexicon" / MODEL_FILE
THRESHOLDS = (0.4, 0.5, 0.6, 0.7, 0.8, 0.9)
FOLDS = 5

Example = tuple[list[str], str]


def texts() -> list[Path]:
    return sorted(CORPUS.glob("*.txt"))


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
    aliases = new_entity_aliases(predicted, gold)
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


def all_examples(extractor: RuleExtractor) -> dict[str, list[Example]]:
    return {path.stem: examples(extractor, path) for path in texts()}


def fold_of(index: int) -> int:
    return index % FOLDS


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


def cross_validate(extractor: RuleExtractor) -> None:
    collected = all_examples(extractor)
    names = sorted(collected)
    counts = {label: 0 for _, label in (e for name in names for e in collected[name])}
    for name in names:
        for _, label in collected[name]:
            counts[label] += 1
    positives = sum(v for k, v in counts.items() if k != NONE)
    print(f"Examples: {sum(counts.values())} pairs in {len(names)} texts, {positives} with a gold relation.\n")
    totals: dict[str, list[int]] = {}
    for fold in range(FOLDS):
        training = [e for i, name in enumerate(names) if fold_of(i) != fold for e in collected[name]]
        model = train(training)
        for index, name in enumerate(names):
            if fold_of(index) != fold:
                continue
            path = CORPUS / f"{name}.txt"
            extractor.learned = LearnedRelations(model, threshold=min(THRESHOLDS), everywhere=True)
            try:
                text = path.read_text(encoding="utf-8")
                candidates = extractor.extract(text, path.name, hashlib.sha256(path.read_bytes()).hexdigest())
            finally:
                extractor.learned = None
            gold = load_facts_file(path.with_suffix(".gold.yaml"))
            everything = candidates.facts
            for threshold in (1.01, *THRESHOLDS):
                for mode in ("rules + learned", "learned alone"):
                    if mode == "rules + learned":
                        candidates.facts = [f for f in everything if f.get("rule") != "learned"
                                            or (f["beside_rules"] and f["confidence"] >= threshold)]  # fmt: skip
                    elif threshold <= 1:
                        candidates.facts = [f for f in everything if f.get("rule") == "learned" and f["confidence"] >= threshold]  # fmt: skip
                    else:
                        continue
                    predicted = parse_facts(to_yaml(candidates, extractor.entities), "c.yaml")
                    scores = evaluate(predicted, gold)
                    for measure in ("relations", "modality"):
                        s = scores[measure]
                        sums = totals.setdefault(f"{mode}|{measure}@{threshold}", [0, 0, 0])
                        for i, v in enumerate((s.true_positives, s.predicted, s.gold)):
                            sums[i] += v
            candidates.facts = everything
    print("| relations from | threshold | P | R | F1 | true / predicted / gold | modality P / R |")
    print("|---|---|---|---|---|---|---|")
    rows = [("rules alone", 1.01)] + [(mode, t) for mode in ("rules + learned", "learned alone") for t in THRESHOLDS]
    for mode, threshold in rows:
        key = "rules + learned" if mode == "rules alone" else mode
        r = Score(*totals[f"{key}|relations@{threshold}"])
        m = Score(*totals[f"{key}|modality@{threshold}"])
        shown = "—" if threshold > 1 else f"{threshold:.1f}"
        print(f"| {mode} | {shown} | {r.precision:.3f} | {r.recall:.3f} | {r.f1:.3f} | "
              f"{r.true_positives} / {r.predicted} / {r.gold} | {m.precision:.2f} / {m.recall:.2f} |")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--write", action="store_true", help=f"train on every development text, write {MODEL_FILE}")
    args = parser.parse_args()
    extractor = RuleExtractor(load_dataset([ROOT / "data" / "facts"]))
    if args.write:
        model = write_model(extractor)
        print(f"Wrote {LEXICON.relative_to(ROOT)} ({len(model.weights)} features, {len(model.labels)} labels).")
    else:
        cross_validate(extractor)


if __name__ == "__main__":
    main()
