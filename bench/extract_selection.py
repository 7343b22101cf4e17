"""Holding back facts under a confidence threshold: does it raise precision on prose nobody had studied?

Every development set v3..v25 was once held out; its cached unseen-time candidates (``.cache/extract-unseen/``,
the rules of its adding commit) and their raw facts with rules (``bench.unseen_rules``) are scored against
today's gold as ``spacekg.extract.evaluate`` scores relations (distinct plain triples, new entities by their
first mention, symmetric relations either way round). A candidates-file entry is a plain fact of one
(subject, relation, object); its confidence is its first raw fact's (rule, relation) confidence, as
``to_yaml`` writes it (``rule: learned`` facts keep the model's probability). With a threshold τ an entry of
confidence under τ is held back (``spacekg extract --min-confidence τ``: written as a commented suggestion);
a triple is predicted while one of its entries is kept.

Leave one set out, every figure fitted without the set scored. PRE-REGISTERED (written before any held
set's result was looked at):

- for each held set H, the prior strengths are chosen on the other 22 sets (least Brier score, leaving each
  of them out in turn; ``Folds.best_prior``);
- each other set S gets the confidences of a calibration fitted without H and S (inner leave one set out);
  τ is the value of ``THRESHOLDS`` that maximises the pooled F1 of those 22 sets subject to their pooled
  precision not falling below the precision they have with nothing held back; ties go to the smaller τ
  (τ = 0: nothing held back);
- H's entries get the confidences of the calibration fitted on the 22 other sets, and τ is applied to them;
- the 23 held results are pooled. Decision: holding back goes on by default only if, pooled, precision
  rises by 0.03 or more and F1 does not fall, and F1 falls in no more than a third of the sets; otherwise it
  is an option, off by default.

Also printed, for description only (no choice is made from it): the pooled held-set figures at each fixed τ,
and the τ the same criterion picks on all 23 sets (the value the next held-out set is checked with).

    python -m bench.extract_selection                # the tables (in-sample extraction: a few minutes)
    python -m bench.extract_selection --sets v24,v25 # hold out only these (the others still calibrate)
"""

from __future__ import annotations

import argparse
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from bench.extract_calibration import Folds, in_sample, unseen_facts
from bench.extract_learned import CORPUS
from bench.extract_unseen import UnseenSet, read_old, unseen_sets
from bench.unseen_rules import raw_facts, rules_files
from spacekg.extract.confidence import Calibration, Prior, clipped
from spacekg.extract.evaluate import _canonical, relation_aliases
from spacekg.extract.rules import RuleExtractor
from spacekg.model.facts import load_dataset, load_facts_file
from spacekg.model.hierarchy import hierarchy

THRESHOLDS = (0.0, *(round(0.05 * step, 2) for step in range(1, 20)))
Triple = tuple[str, str, str]


@dataclass(frozen=True)
class Entry:
    """One plain fact as the candidates file writes it: its triple (canonical, new entities by gold id),
    the rule and relation of its first raw fact, the confidence it showed (kept for learned facts)."""

    triple: Triple
    rule: str
    relation: str
    shown: float


@dataclass
class Text:
    name: str
    gold: set[Triple]
    entries: list[Entry] = field(default_factory=list)


def load_texts(unseen: UnseenSet) -> tuple[list[Text], int]:
    """The set's texts: gold triples and written plain entries; also how many triples the cached candidates
    file has that the raw facts do not (expected 0: the recorder reproduced the file)."""
    onto = hierarchy()
    files = rules_files(unseen)
    found: list[Text] = []
    missing = 0
    for path in unseen.texts:
        old = read_old(files[path.stem].with_name(f"{path.stem}@{unseen.commit}.yaml"))
        gold_file = load_facts_file(path.with_suffix(".gold.yaml"))
        aliases = relation_aliases(old, gold_file)
        text = Text(path.stem, {_canonical((f.subject, f.relation, f.object), onto) for f in gold_file.facts
                                if f.object is not None and f.modality is None})  # fmt: skip
        written: set[tuple[str, str, str]] = set()
        for fact in raw_facts(files[path.stem]):
            if fact.get("modality") or not fact.get("object"):
                continue
            key = (str(fact["subject"]), str(fact["relation"]), str(fact["object"]))
            if key in written:
                continue
            written.add(key)
            triple = _canonical((aliases.get(key[0], key[0]), key[1], aliases.get(key[2], key[2])), onto)
            shown = fact.get("confidence")
            text.entries.append(Entry(triple, str(fact.get("rule") or ""), key[1],
                                      float(shown) if isinstance(shown, (int, float)) else 0.5))  # fmt: skip
        in_file = {(f.subject, f.relation, f.object) for f in old.facts if f.object and not f.modality}
        missing += len({k for k in in_file if k not in written})
        found.append(text)
    return found, missing


def confidences(texts: Sequence[Text], calibration: Calibration) -> list[list[float]]:
    """Each entry's confidence as the library would write it (two decimals; learned facts their own)."""
    return [[e.shown if e.rule == "learned" else clipped(calibration.of(e.rule, e.relation)) for e in t.entries]
            for t in texts]  # fmt: skip


Tally = tuple[int, int, int]  # true, predicted, gold


def score(texts: Sequence[Text], given: Sequence[Sequence[float]], threshold: float) -> Tally:
    true = predicted = gold = 0
    for text, values in zip(texts, given, strict=True):
        kept = {e.triple for e, value in zip(text.entries, values, strict=True) if value >= threshold}
        true += len(kept & text.gold)
        predicted += len(kept)
        gold += len(text.gold)
    return true, predicted, gold


def add(tallies: Iterable[Tally]) -> Tally:
    sums = [0, 0, 0]
    for tally in tallies:
        for i, v in enumerate(tally):
            sums[i] += v
    return sums[0], sums[1], sums[2]


def prf(tally: Tally) -> tuple[float, float, float]:
    true, predicted, gold = tally
    p = true / predicted if predicted else 0.0
    r = true / gold if gold else 0.0
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def choose(per_set: Sequence[tuple[Sequence[Text], Sequence[Sequence[float]]]]) -> float:
    """The pre-registered criterion: the τ of best pooled F1 whose pooled precision is not below the
    precision with nothing held back; the smaller τ on a tie."""
    base_p = prf(add(score(t, c, 0.0) for t, c in per_set))[0]
    best, best_f1 = 0.0, -1.0
    for threshold in THRESHOLDS:
        p, _, f1 = prf(add(score(t, c, threshold) for t, c in per_set))
        if p >= base_p - 1e-12 and f1 > best_f1 + 1e-12:
            best, best_f1 = threshold, f1
    return best


def dropped(texts: Sequence[Text], given: Sequence[Sequence[float]], threshold: float) -> list[tuple[str, bool]]:
    """The triples held back under ``threshold`` (every entry of theirs under it): relation, right."""
    found: list[tuple[str, bool]] = []
    for text, values in zip(texts, given, strict=True):
        kept = {e.triple for e, value in zip(text.entries, values, strict=True) if value >= threshold}
        for triple in sorted({e.triple for e in text.entries} - kept):
            found.append((triple[1], triple in text.gold))
    return found


@dataclass
class Held:
    name: str
    prior: Prior
    threshold: float
    without: Tally
    with_: Tally
    sweep: dict[float, Tally]
    dropped: list[tuple[str, bool]]


def held_out(folds: Folds, texts: dict[str, list[Text]], name: str) -> Held:
    others = [n for n in folds.names if n != name]
    prior = folds.best_prior(others, [name])
    inner = [(texts[s], confidences(texts[s], folds.fit_without([s, name], prior))) for s in others]
    threshold = choose(inner)
    given = confidences(texts[name], folds.fit_without([name], prior))
    sweep = {t: score(texts[name], given, t) for t in THRESHOLDS}
    return Held(name, prior, threshold, sweep[0.0], sweep[threshold], sweep, dropped(texts[name], given, threshold))


def on_all(folds: Folds, texts: dict[str, list[Text]]) -> tuple[Prior, float]:
    """The configuration for a set nobody has seen: prior and τ chosen the same way on every set."""
    prior = folds.best_prior(folds.names)
    inner = [(texts[s], confidences(texts[s], folds.fit_without([s], prior))) for s in folds.names]
    return prior, choose(inner)


def cells(tally: Tally) -> str:
    p, r, f1 = prf(tally)
    return f"{p:.3f} / {r:.3f} / {f1:.3f} ({tally[0]} of {tally[1]})"


def report(results: Sequence[Held], config: tuple[Prior, float] | None) -> list[str]:
    lines = ["| set | τ (chosen on the other sets) | gold | nothing held back P / R / F1 (right of predicted) | "
             "held back under τ P / R / F1 | held back: right / false | F1 change |",
             "|---|---|---|---|---|---|---|"]  # fmt: skip
    gains = losses = 0
    for held in results:
        right = held.without[0] - held.with_[0]
        false = (held.without[1] - held.without[0]) - (held.with_[1] - held.with_[0])
        change = prf(held.with_)[2] - prf(held.without)[2]
        gains += change > 1e-12
        losses += change < -1e-12
        lines.append(f"| {held.name} | {held.threshold:.2f} | {held.without[2]} | {cells(held.without)} | "
                     f"{cells(held.with_)} | {right} / {false} | {change:+.3f} |")  # fmt: skip
    without = add(h.without for h in results)
    with_ = add(h.with_ for h in results)
    p0, _, f0 = prf(without)
    p1, _, f1 = prf(with_)
    lines += ["", f"Pooled over {len(results)} held sets: nothing held back {cells(without)}; held back under each "
              f"set's τ {cells(with_)}; precision {p1 - p0:+.3f}, F1 {f1 - f0:+.3f}. F1 rises on {gains} sets, "
              f"falls on {losses}, is unchanged on {len(results) - gains - losses}.", ""]  # fmt: skip
    on = p1 - p0 >= 0.03 and f1 >= f0 and losses * 3 <= len(results)
    lines += [f"Pre-registered decision (precision +0.03 or more, F1 not lower, F1 lower in at most a third of the "
              f"sets): {'ON by default' if on else 'an option, off by default'}.", ""]  # fmt: skip
    lines += ["For description only (no choice is made from it), every held set at one fixed τ (confidences fitted "
              "without the set):", "", "| τ | P / R / F1 (right of predicted) | held back: right / false | "
              "F1 lower on sets |", "|---|---|---|---|"]  # fmt: skip
    for threshold in THRESHOLDS:
        tally = add(h.sweep[threshold] for h in results)
        right = without[0] - tally[0]
        false = (without[1] - without[0]) - (tally[1] - tally[0])
        lower = sum(prf(h.sweep[threshold])[2] < prf(h.without)[2] - 1e-12 for h in results)
        lines.append(f"| {threshold:.2f} | {cells(tally)} | {right} / {false} | {lower} |")
    relations: dict[str, list[int]] = {}
    for held in results:
        for relation, right in held.dropped:
            relations.setdefault(relation, [0, 0])[0 if right else 1] += 1
    if relations:
        lines += [
            "",
            "Held back under each set's τ, by relation (right / false): "
            + "; ".join(
                f"{name} {r} / {f}" for name, (r, f) in sorted(relations.items(), key=lambda item: -sum(item[1]))
            )
            + ".",
        ]
    priors = sorted({h.prior.describe() for h in results})
    lines += ["", f"Prior strengths chosen on the other sets: {'; '.join(priors)}."]
    if config is not None:
        prior, threshold = config
        lines.append(f"Chosen the same way on all {len(results)} sets (the configuration for a set nobody has "
                     f"seen): τ = {threshold:.2f}, {prior.describe()}.")  # fmt: skip
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.extract_selection", description=__doc__.split("\n")[0])
    parser.add_argument("--sets", help="comma-separated sets to hold out (default: every set)")
    args = parser.parse_args()
    sets = unseen_sets()
    texts: dict[str, list[Text]] = {}
    missing = 0
    for unseen in sets:
        texts[unseen.name], lost = load_texts(unseen)
        missing += lost
    extractor = RuleExtractor(load_dataset([CORPUS.parent.parent / "data" / "facts"]))
    folds = Folds(sets, unseen_facts(sets), in_sample(extractor))
    names = [n for n in folds.names if not args.sets or n in args.sets.split(",")]
    results = [held_out(folds, texts, name) for name in names]
    print(f"## Holding back facts under a confidence threshold, {len(names)} sets once unseen, leave one set out\n")
    if missing:
        print(f"({missing} triples of the cached candidates files have no raw fact; they are not scored.)\n")
    print("\n".join(report(results, on_all(folds, texts) if not args.sets else None)))


if __name__ == "__main__":
    main()
