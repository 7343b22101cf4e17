"""Extraction quality and speed.

Scores the rule extractor against the hand-made gold files in tests/corpus/
(development texts, seen while writing the rules) and tests/corpus/heldout/
(held-out texts, written before the rules last changed and never studied
error by error: the honest measure; see tests/corpus/GUIDELINES.md), entity-link recall on the seed article
against the curated facts, and the time to process 0.25, 0.5 and 1 MB of
text (linear time: the time per MB should stay flat).

    python -m bench.extract
"""

from __future__ import annotations

import hashlib
import time
from pathlib import Path

from spacekg.extract.evaluate import Score, evaluate, seed_recall
from spacekg.extract.rules import RuleExtractor, to_yaml
from spacekg.model.facts import load_dataset, load_facts_file, parse_facts

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpus"
SEED = ROOT.parent / "shared" / "seeds" / "000_814fbd7705b27452.txt"


def score_set(extractor: RuleExtractor, folder: Path, label: str) -> None:
    totals: dict[str, list[int]] = {}
    print(f"\n{label}\n")
    print("| text | entity mentions F1 (exact / overlap) | entity links F1 (exact / overlap) | relations P / R / F1 |")
    print("|---|---|---|---|")
    for text_file in sorted(folder.glob("*.txt")):
        text = text_file.read_text(encoding="utf-8")
        candidates = extractor.extract(text, text_file.name, hashlib.sha256(text_file.read_bytes()).hexdigest())
        scores = evaluate(
            parse_facts(to_yaml(candidates, extractor.entities), "c"),
            load_facts_file(text_file.with_suffix(".gold.yaml")),
        )
        for name, score in scores.items():
            tally = totals.setdefault(name, [0, 0, 0])
            for i, v in enumerate((score.true_positives, score.predicted, score.gold)):
                tally[i] += v
        r = scores["relations"]
        print(f"| {text_file.stem} | {scores['mentions (exact)'].f1:.2f} / {scores['mentions (overlap)'].f1:.2f} | "
              f"{scores['links (exact)'].f1:.2f} / {scores['links (overlap)'].f1:.2f} | {r.precision:.2f} / {r.recall:.2f} / {r.f1:.2f} |")  # fmt: skip
    pooled = {name: Score(*tally) for name, tally in totals.items()}
    r = pooled["relations"]
    print(f"| **pooled** | {pooled['mentions (exact)'].f1:.2f} / {pooled['mentions (overlap)'].f1:.2f} | "
          f"{pooled['links (exact)'].f1:.2f} / {pooled['links (overlap)'].f1:.2f} | {r.precision:.2f} / {r.recall:.2f} / {r.f1:.2f} |")  # fmt: skip


def main() -> None:
    dataset = load_dataset([ROOT / "data" / "facts"])
    extractor = RuleExtractor(dataset)
    score_set(extractor, CORPUS, "Development texts (tests/corpus/, seen while writing the rules):")
    score_set(
        extractor,
        CORPUS / "heldout",
        "Held-out texts (tests/corpus/heldout/, written before the rules last changed; the honest measure):",
    )
    print()
    if SEED.is_file():
        text = SEED.read_text(encoding="utf-8")
        candidates = extractor.extract(text, SEED.name, hashlib.sha256(SEED.read_bytes()).hexdigest())
        recall = seed_recall(parse_facts(to_yaml(candidates, extractor.entities), "c"), dataset.files[0])
        print(
            f"Seed article, entity-link recall against the curated facts: {recall.recall:.2f} ({recall.true_positives}/{recall.gold})"
        )
    paragraph = "\n".join(
        (CORPUS / f).read_text(encoding="utf-8") for f in sorted(p.name for p in CORPUS.glob("*.txt"))
    )
    print("\n| text size | time (s) | s per MB |")
    print("|---|---|---|")
    for size in (250_000, 500_000, 1_000_000):
        text = (paragraph * (size // len(paragraph) + 1))[:size]
        start = time.perf_counter()
        extractor.extract(text, "big.txt", hashlib.sha256(text.encode()).hexdigest())
        elapsed = time.perf_counter() - start
        print(f"| {size / 1e6:.2f} MB | {elapsed:.2f} | {elapsed / (size / 1e6):.2f} |")


if __name__ == "__main__":
    main()
