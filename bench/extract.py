"""Extraction quality and speed: every figure of the extraction targets.

Scores the rule extractor with ``spacekg.extract.evaluate`` against the
hand-made gold files of the development texts (tests/corpus/, seen while
writing the rules), the held-out texts (tests/corpus/heldout/, never studied
error by error; see tests/corpus/GUIDELINES.md), and the seed article's
curated facts (entity-link recall). For each set: entity-link F1, new
entities found, relations P/R/F1 (exact, subproperty-aware, with
overlapping evidence), negated gold statements emitted as positive facts,
speaker accuracy on quoted claims, and how often each confidence band is
right. Then the time to process 0.25, 0.5 and 1 MB of text (CPU time of
this process, so other load on the machine does not count; linear when the
seconds per MB stay flat and the growth ratio equals the size ratio), in
interleaved rounds after a warm-up, best and median of three. Last, the two
modes of ``spacekg extract --relations`` side by side: the rules alone and
with the learned relation stage, on each set, and their CPU time on the same
text in interleaved rounds.

    python -m bench.extract               # all figures
    python -m bench.extract --speed-only --sizes 0.25,1,2 --rounds 5
    python -m bench.extract --calibrate   # rewrite lexicon/confidence.tsv (facts: from unseen-time candidates)
    python -m bench.extract --modes-only  # rules and rules+learned side by side
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable
from pathlib import Path

from bench.targets import growth, load_average, target
from spacekg.extract.evaluate import NegationCheck, Score, evaluate, inverted_negations, new_entity_aliases, seed_recall
from spacekg.extract.rules import Extractor, RuleExtractor, to_yaml
from spacekg.model.facts import Dataset, FactsFile, load_dataset, load_facts_file, parse_facts

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpus"
SEED = ROOT.parent / "shared" / "seeds" / "000_814fbd7705b27452.txt"
BANDS = [(0.0, 0.5), (0.5, 0.7), (0.7, 0.9), (0.9, 1.01)]


def candidates_of(extractor: RuleExtractor, path: Path) -> FactsFile:
    text = path.read_text(encoding="utf-8")
    candidates = extractor.extract(text, path.name, hashlib.sha256(path.read_bytes()).hexdigest())
    return parse_facts(to_yaml(candidates, extractor.entities), f"{path.stem}.candidates.yaml")


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def bands(predicted: FactsFile, gold: FactsFile, tally: dict[str, list[list[int]]]) -> None:
    """Count, per confidence band, the candidates that are right: a link to the
    entity the gold names at an overlapping span; a fact the gold states."""
    aliases = new_entity_aliases(predicted, gold)
    gold_links = [(e.mention, "new") for e in gold.entities] + [(m.span, m.entity) for m in gold.mentions]
    items: list[tuple[str, float, bool]] = []
    for entity in predicted.entities:
        right = any(_overlaps(entity.mention, s) and e == "new" for s, e in gold_links)
        items.append(("links", entity.confidence or 0.0, right))
    for mention in predicted.mentions:
        right = any(_overlaps(mention.span, s) and e == mention.entity for s, e in gold_links)
        items.append(("links", mention.confidence or 0.0, right))
    gold_triples = {(f.subject, f.relation, f.object) for f in gold.facts if f.object and not f.modality}
    symmetric = {(o, r, s) for s, r, o in gold_triples if r in ("cooperatesWith", "partnerOf")}
    for fact in predicted.facts:
        if fact.object and not fact.modality:
            triple = (aliases.get(fact.subject, fact.subject), fact.relation, aliases.get(fact.object, fact.object))
            items.append(("facts", fact.confidence or 0.0, triple in gold_triples | symmetric))
    for kind, confidence, right in items:
        rows = tally.setdefault(kind, [[0, 0] for _ in BANDS])
        for index, (low, high) in enumerate(BANDS):
            if low <= confidence < high:
                rows[index][0] += right
                rows[index][1] += 1


def kinds(predicted: FactsFile, gold: FactsFile, tally: dict[str, list[int]]) -> None:
    """Count, per relation, the plain gold facts, the plain predicted ones and
    those right (symmetric relations either way round): which relations the
    rules find and which they miss, pooled over a set."""
    aliases = new_entity_aliases(predicted, gold)
    gold_triples = {(f.subject, f.relation, f.object) for f in gold.facts if f.object and not f.modality}
    symmetric = {(o, r, s) for s, r, o in gold_triples if r in ("cooperatesWith", "partnerOf")}
    for _subject, relation, _object in gold_triples:
        tally.setdefault(relation, [0, 0, 0])[0] += 1
    seen = set()
    for fact in predicted.facts:
        if fact.object and not fact.modality:
            triple = (aliases.get(fact.subject, fact.subject), fact.relation, aliases.get(fact.object, fact.object))
            if triple in seen:
                continue
            seen.add(triple)
            counts = tally.setdefault(fact.relation, [0, 0, 0])
            counts[1] += 1
            counts[2] += triple in gold_triples | symmetric


def pooled_scores(
    extractor: RuleExtractor,
    folder: Path,
    each: Callable[[Path, FactsFile, FactsFile, dict[str, Score], NegationCheck], None] | None = None,
) -> tuple[dict[str, Score], int, int]:
    """Pooled scores of a folder's texts, the negated gold statements and how
    many were asserted; ``each`` sees every text's candidates, gold and scores."""
    totals: dict[str, list[int]] = {}
    negated = inverted = 0
    for text_file in sorted(folder.glob("*.txt")):
        predicted = candidates_of(extractor, text_file)
        gold = load_facts_file(text_file.with_suffix(".gold.yaml"))
        check = inverted_negations(predicted, gold)
        negated, inverted = negated + check.negated, inverted + len(check.inverted)
        scores = evaluate(predicted, gold)
        if each is not None:
            each(text_file, predicted, gold, scores, check)
        for name, score in scores.items():
            sums = totals.setdefault(name, [0, 0, 0])
            for i, v in enumerate((score.true_positives, score.predicted, score.gold)):
                sums[i] += v
    return {name: Score(*sums) for name, sums in totals.items()}, negated, inverted


def modes(dataset: Dataset, rounds: int = 3, size: int = 250_000, sets: list[tuple[str, Path]] | None = None) -> None:
    """The rules alone and with the learned relation stage, side by side: the
    relations of each set (default: development and held-out), and CPU time
    on the same text in interleaved rounds."""
    import statistics

    both = {"rules": RuleExtractor(dataset), "rules+learned": RuleExtractor(dataset, learned=True)}
    print("\n### Modes side by side (`spacekg extract --relations rules|rules+learned`)\n")
    print("| set | mode | relations P / R / F1 (right) | subproperty-aware F1 | negated as positive |")
    print("|---|---|---|---|---|")
    if sets is None:
        sets = [("development (the learned stage was trained on these)", CORPUS), ("held-out", CORPUS / "heldout")]
    for label, folder in sets:
        if not any(folder.glob("*.txt")):
            continue
        for mode, extractor in both.items():
            scores, negated, inverted = pooled_scores(extractor, folder)
            r, sub = scores["relations"], scores["relations (subproperty)"]
            print(f"| {label} | {mode} | {r.precision:.2f} / {r.recall:.2f} / {r.f1:.2f} ({r.true_positives} of {r.gold}) "
                  f"| {sub.f1:.2f} | {inverted} of {negated} |")  # fmt: skip
    paragraph = "\n".join(p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt")))
    text = (paragraph * (size // len(paragraph) + 1))[:size]
    times: dict[str, list[float]] = {mode: [] for mode in both}
    for extractor in both.values():
        extractor.extract(paragraph[:20_000], "warm-up.txt", "0" * 64)
    for _ in range(rounds):  # interleaved: both modes see the same moments of a shared machine
        for mode, extractor in both.items():
            start = time.process_time()
            extractor.extract(text, "big.txt", "0" * 64)
            times[mode].append(time.process_time() - start)
    rules, learned = min(times["rules"]), min(times["rules+learned"])
    print(f"\nSpeed on {size / 1e6:g} MB ({rounds} interleaved rounds, best CPU seconds): rules {rules:.2f} s "
          f"({size / 1e6 / rules:.2f} MB/s), rules+learned {learned:.2f} s ({size / 1e6 / learned:.2f} MB/s): "
          f"{learned / rules:.2f}× the time (medians {statistics.median(times['rules']):.2f} and "
          f"{statistics.median(times['rules+learned']):.2f} s).")  # fmt: skip


def score_set(extractor: RuleExtractor, folder: Path, label: str) -> None:
    tally: dict[str, list[list[int]]] = {}
    print(f"\n### {label}\n")
    if not any(folder.glob("*.txt")):
        print("No texts in this set yet.")
        return
    print("| text | entity links F1 | new entities found | relations P / R / F1 | negated as positive |")
    print("|---|---|---|---|---|")

    by_kind: dict[str, list[int]] = {}

    def row(
        text_file: Path, predicted: FactsFile, gold: FactsFile, scores: dict[str, Score], check: NegationCheck
    ) -> None:
        bands(predicted, gold, tally)
        kinds(predicted, gold, by_kind)
        r = scores["relations"]
        print(f"| {text_file.stem} | {scores['links (exact)'].f1:.2f} | {scores['new entities (untyped)'].recall:.2f} | "
              f"{r.precision:.2f} / {r.recall:.2f} / {r.f1:.2f} | {len(check.inverted)} of {check.negated} |")  # fmt: skip

    pooled, negated, inverted = pooled_scores(extractor, folder, row)
    print(f"\n**Pooled** ({label.split(' (')[0].lower()}):\n")
    print("| measure | figure |")
    print("|---|---|")
    for name in ("links (exact)", "links (overlap)", "mentions (exact)"):
        s = pooled[name]
        print(f"| entity {name} P / R / F1 | {s.precision:.2f} / {s.recall:.2f} / {s.f1:.2f} |")
    for name in ("new entities (untyped)", "new entities"):
        s = pooled[name]
        print(
            f"| {name} found (recall) | {s.recall:.2f} ({s.true_positives} of {s.gold}; precision {s.precision:.2f}) |"
        )
    for name in ("relations", "relations (subproperty)", "relations (evidence)"):
        s = pooled[name]
        print(
            f"| {name} P / R / F1 | {s.precision:.2f} / {s.recall:.2f} / {s.f1:.2f} ({s.true_positives} of {s.gold}) |"
        )
    s = pooled["modality"]
    print(
        f"| modality (facts and propositions) P / R | {s.precision:.2f} / {s.recall:.2f} ({s.true_positives} of {s.gold}) |"
    )
    print(f"| negated gold statements emitted as positive facts | {inverted} of {negated} |")
    claims, speakers = pooled["claims (overlap)"], pooled["speakers"]
    if claims.gold:
        found = speakers.true_positives / claims.true_positives if claims.true_positives else 0.0
        print(f"| quoted claims found | {claims.recall:.2f} ({claims.true_positives} of {claims.gold}) |")
        print(
            f"| speaker right, of all quoted claims | {speakers.recall:.2f} ({speakers.true_positives} of {speakers.gold}) |"
        )
        print(f"| speaker right, of the claims found | {found:.2f} |")
    else:
        print("| quoted claims | none in the gold of this set |")
    print("\nRelations by kind (plain facts; symmetric ones either way round):\n")
    print("| relation | in the gold | found right (recall) | emitted | precision |")
    print("|---|---|---|---|---|")
    for relation, (in_gold, emitted, right) in sorted(by_kind.items(), key=lambda item: (-item[1][0], item[0])):
        recall = f"{right} ({right / in_gold:.2f})" if in_gold else f"{right}"
        precision = f"{right / emitted:.2f}" if emitted else "—"
        print(f"| {relation} | {in_gold} | {recall} | {emitted} | {precision} |")
    print("\nHow often each confidence band is right:\n")
    print("| band | entity links right | facts right |")
    print("|---|---|---|")
    for index, (low, high) in enumerate(BANDS):
        cells = []
        for kind in ("links", "facts"):
            right, count = tally.get(kind, [[0, 0]] * len(BANDS))[index]
            cells.append(f"{right / count:.2f} ({right} of {count})" if count else "—")
        print(f"| {low:.1f}–{min(high, 1.0):.1f} | {cells[0]} | {cells[1]} |")


def unseen_bands(extractor: RuleExtractor) -> None:
    """How often each confidence band is right on facts of text the rules had not seen: each development
    set's candidates at its adding commit, confidences fitted on the other sets (``bench.extract_calibration``)."""
    from bench.extract_calibration import Folds, in_sample, report, unseen_facts
    from bench.extract_unseen import unseen_sets

    print("\n### Confidence bands on unseen-time facts (development sets once held out, leave one set out)\n")
    sets = unseen_sets()
    print("\n".join(report(Folds(sets, unseen_facts(sets), in_sample(extractor)), None)))


def speed(extractor: Extractor, sizes: tuple[int, ...] = (250_000, 500_000, 1_000_000), rounds: int = 3) -> None:
    """CPU seconds to extract the development texts, concatenated and repeated
    to each size (the same prose at every size, so only the length changes):
    one warm-up run, then ``rounds`` interleaved rounds, best and median of
    each size; the growth ratio (time at the largest size over time at the
    smallest) is linear when it equals the size ratio."""
    import statistics

    paragraph = "\n".join(
        (CORPUS / f).read_text(encoding="utf-8") for f in sorted(p.name for p in CORPUS.glob("*.txt"))
    )
    texts = {size: (paragraph * (size // len(paragraph) + 1))[:size] for size in sizes}
    extractor.extract(paragraph, "warm-up.txt", "0" * 64)  # expressions compiled, caches filled: not timed
    times: dict[int, list[float]] = {size: [] for size in sizes}
    # and the time to write the candidates file, as `spacekg extract` does after extracting
    written: dict[int, list[float]] = {size: [] for size in sizes}
    entities = getattr(extractor, "entities", {})
    for _ in range(rounds):  # interleaved rounds: every size sees the same moments of a shared machine
        for size, text in texts.items():
            start = time.process_time()
            candidates = extractor.extract(text, "big.txt", hashlib.sha256(text.encode()).hexdigest())
            times[size].append(time.process_time() - start)
            start = time.process_time()
            to_yaml(candidates, entities)
            written[size].append(time.process_time() - start)
    print(
        f"\n### Speed (rules, CPU seconds of this process, {rounds} interleaved rounds; load average {load_average()})\n"
    )
    print("| text size | best CPU time (s) | median (range) | s per MB (best) | MB/s (best) "
          "| + candidates YAML, median (s) | MB/s with YAML (best) |")  # fmt: skip
    print("|---|---|---|---|---|---|---|")
    for size, elapsed in times.items():
        mb, best = size / 1e6, min(elapsed)
        both = min(e + w for e, w in zip(elapsed, written[size], strict=True))
        print(f"| {mb:.2f} MB | {best:.2f} | {statistics.median(elapsed):.2f} ({min(elapsed):.2f}–{max(elapsed):.2f}) "
              f"| {best / mb:.2f} | {mb / best:.2f} | {statistics.median(written[size]):.2f} | {mb / both:.2f} |")  # fmt: skip
    first, last = sizes[0], sizes[-1]
    factor = last / first
    ratio = min(times[last]) / min(times[first])
    print(f"\nGrowth: {last / 1e6:g} MB takes {ratio:.2f}× the time of {first / 1e6:g} MB ({factor:g}× the text; "
          f"{'linear, within 15%' if ratio <= factor * 1.15 else 'superlinear: more than 15% over'}).")  # fmt: skip
    target("rules-only extraction speed (MB/s of CPU)", last / 1e6 / min(times[last]), 0.5, unit=" MB/s",
           at=f"{last / 1e6:g} MB", more_is_better=True)  # fmt: skip
    growth("rules-only extraction (CPU s)", f"{first / 1e6:g} MB",
           {f"{size / first:g}×": min(times[size]) / min(times[first]) for size in sizes[1:]})  # fmt: skip


def calibrate(extractor: RuleExtractor) -> None:
    """Write the confidences to the lexicon (``--calibrate``): each mention rule's share right on the
    development texts; each fact rule and relation's share right on the development texts while they were
    still unseen (``bench.extract_calibration``: the candidates of the rules of each set's adding commit,
    shrunk toward the relation's share, prior strengths chosen by leaving one set out). The held-out texts
    are never used."""
    from bench.extract_calibration import Folds, in_sample, unseen_facts
    from bench.extract_unseen import unseen_sets
    from spacekg.core.resources import lexicon_text
    from spacekg.extract import confidence

    extractor.calibrated = {}
    inside = in_sample(extractor)
    mentions: dict[tuple[str, str], list[int]] = {}
    for by_rule in inside.mentions.values():
        for rule, (right, seen) in by_rule.items():
            tally = mentions.setdefault(("mention", rule), [0, 0])
            tally[0] += right
            tally[1] += seen
    sets = unseen_sets()
    folds = Folds(sets, unseen_facts(sets), inside)
    prior = folds.best_prior(folds.names)
    fitted = confidence.fit(folds.all_unseen, folds.all_inside, prior)
    path = ROOT / "src" / "spacekg" / "lexicon" / "confidence.tsv"
    path.write_text(confidence.write(mentions) + confidence.write_facts(fitted, folds.all_unseen, folds.all_inside,
                                                                         prior), encoding="utf-8")  # fmt: skip
    print(f"wrote {path.relative_to(ROOT)} ({len(mentions)} mention rules, {len(fitted.facts)} fact rules by relation, "
          f"{len(fitted.relations)} relations; {prior.describe()}, chosen on {len(folds.names)} sets)")  # fmt: skip
    assert lexicon_text("confidence.tsv")


def main() -> None:
    import argparse

    parser = argparse.ArgumentParser(prog="python -m bench.extract", description=__doc__.split("\n", 1)[0])
    parser.add_argument("--calibrate", action="store_true", help="rewrite lexicon/confidence.tsv and stop")
    parser.add_argument("--sizes", default="0.25,0.5,1", help="text sizes for the speed table, in MB")
    parser.add_argument("--rounds", type=int, default=3, help="interleaved rounds of the speed table")
    parser.add_argument("--speed-only", action="store_true", help="only the speed table")
    parser.add_argument("--modes-only", action="store_true", help="only the rules and rules+learned side by side")
    args = parser.parse_args()
    dataset = load_dataset([ROOT / "data" / "facts"])
    extractor = RuleExtractor(dataset)
    if args.calibrate:
        calibrate(extractor)
        return
    sizes = tuple(int(float(mb) * 1e6) for mb in args.sizes.split(","))
    if args.speed_only:
        speed(extractor, sizes, args.rounds)
        return
    if args.modes_only:
        modes(dataset, args.rounds, sizes[0])
        return
    score_set(extractor, CORPUS, "Development texts (tests/corpus/, seen while writing the rules)")
    score_set(extractor, CORPUS / "heldout", "Held-out texts (tests/corpus/heldout/, scored here only)")
    unseen_bands(extractor)
    print("\n### Seed article\n")
    if SEED.is_file():
        text = SEED.read_text(encoding="utf-8")
        candidates = extractor.extract(text, SEED.name, hashlib.sha256(SEED.read_bytes()).hexdigest())
        recall = seed_recall(parse_facts(to_yaml(candidates, extractor.entities), "c"), dataset.files[0])
        print(
            f"Entity-link recall against the curated facts: {recall.recall:.2f} ({recall.true_positives} of {recall.gold})"
        )
    else:
        print(f"(not found: {SEED})")
    speed(extractor, sizes, args.rounds)
    modes(dataset, args.rounds, sizes[0])


if __name__ == "__main__":
    main()
