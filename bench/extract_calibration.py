"""Confidence calibrated on unseen-time facts, and how often each band is right on a set nobody studied.

Every development set v3..v23 was once held out; ``bench.unseen_rules`` recovers, for each of its texts,
the raw facts the rules of its adding commit gave (each with its rule) while the text was unseen. Each is
labelled right or false against today's gold exactly as ``spacekg.extract.evaluate`` compares relations
(plain facts, new entities mapped by ``relation_aliases``, symmetric relations either way round).
``spacekg.extract.confidence.fit`` turns them (and, weakly, today's rules' in-sample counts) into a
confidence per rule and relation.

Leave one set out: each set's unseen facts get the confidence a calibration fitted on the other sets (their
unseen facts, today's in-sample counts on the other texts) gives their rule and relation; the prior
strengths are chosen on the other sets only (an inner leave-one-set-out). The unit scored is the fact as
the candidates file writes it (facts of one triple merged; the first one's confidence), as
``bench.extract``'s band table counts them. Against it: the confidences the same facts carried at unseen
time, and the confidences of the in-sample table (``confidence.tsv`` before this calibration, given as
``--shipped``) for the same rules.

    python -m bench.extract_calibration                  # the band tables, Brier score and calibration error
    python -m bench.extract_calibration --shipped FILE   # the in-sample table to compare with
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from bench.extract_learned import CORPUS
from bench.extract_unseen import UnseenSet, read_old, unseen_sets
from bench.unseen_rules import raw_facts, rules_files
from spacekg.extract.confidence import Calibration, Counts, Prior, fit
from spacekg.extract.evaluate import _canonical, relation_aliases
from spacekg.extract.rules import RuleExtractor, to_yaml
from spacekg.model.facts import FactsFile, load_facts_file, parse_facts
from spacekg.model.hierarchy import Hierarchy, hierarchy

BANDS = [(0.0, 0.5), (0.5, 0.7), (0.7, 0.9), (0.9, 1.01)]
GRID = {
    "rule": (1.0, 3.0, 10.0, 30.0, 100.0),
    "relation": (1.0, 5.0, 30.0),
    "in_sample": (0.0, 0.03, 0.1, 0.3, 1.0),
}


@dataclass(frozen=True)
class Labelled:
    """One raw candidate fact (plain), right or not; ``written``: the first of its triple in its text, the
    one whose confidence the candidates file shows."""

    text: str
    rule: str
    relation: str
    right: bool
    shown: float
    written: bool


def gold_triples(gold: FactsFile, onto: Hierarchy) -> set[tuple[str, str, str]]:
    return {_canonical((f.subject, f.relation, f.object), onto) for f in gold.facts if f.object and not f.modality}


def label(
    text: str, facts: Iterable[dict[str, object]], predicted: FactsFile, gold: FactsFile, onto: Hierarchy
) -> list[Labelled]:
    """The plain raw facts of one text, each labelled as ``evaluate`` compares relations."""
    aliases = relation_aliases(predicted, gold)
    wanted = gold_triples(gold, onto)
    found: list[Labelled] = []
    written: set[tuple[str, str, str]] = set()
    for fact in facts:
        if fact.get("modality") or not fact.get("object"):
            continue
        subject, relation, obj = str(fact["subject"]), str(fact["relation"]), str(fact["object"])
        key = (subject, relation, obj)
        triple = _canonical((aliases.get(subject, subject), relation, aliases.get(obj, obj)), onto)
        shown = fact.get("confidence")
        found.append(Labelled(text, str(fact.get("rule") or ""), relation, triple in wanted,
                              float(shown) if isinstance(shown, (int, float)) else 0.5, key not in written))  # fmt: skip
        written.add(key)
    return found


def unseen_facts(sets: Sequence[UnseenSet]) -> dict[str, list[Labelled]]:
    """Per set, its texts' raw facts at unseen time, labelled by today's gold."""
    onto = hierarchy()
    found: dict[str, list[Labelled]] = {}
    for unseen in sets:
        files = rules_files(unseen)
        for text in unseen.texts:
            old = read_old(files[text.stem].with_name(f"{text.stem}@{unseen.commit}.yaml"))
            gold = load_facts_file(text.with_suffix(".gold.yaml"))
            found.setdefault(unseen.name, []).extend(label(text.stem, raw_facts(files[text.stem]), old, gold, onto))
    return found


@dataclass
class InSample:
    """Today's rules on each development text: mention counts (right, seen) by rule, labelled plain facts."""

    mentions: dict[str, dict[str, list[int]]]
    facts: dict[str, list[Labelled]]


def in_sample(extractor: RuleExtractor, corpus: Path = CORPUS) -> InSample:
    from spacekg.extract import confidence

    onto = hierarchy()
    found = InSample({}, {})
    for text_file in sorted(corpus.glob("*.txt")):
        text = text_file.read_text(encoding="utf-8")
        candidates = extractor.extract(text, text_file.name, hashlib.sha256(text_file.read_bytes()).hexdigest())
        predicted = parse_facts(to_yaml(candidates, extractor.entities), "c.yaml")
        gold = load_facts_file(text_file.with_suffix(".gold.yaml"))
        gold_links = [(e.mention, "new") for e in gold.entities] + [(m.span, m.entity) for m in gold.mentions]
        listed = {e.id: e.mention for e in predicted.entities}
        counts = found.mentions.setdefault(text_file.stem, {})
        for mention in candidates.mentions:
            if mention.new and listed.get(mention.entity) != (mention.start, mention.end):
                continue  # only a new entity's first mention is written
            span = (mention.start, mention.end)
            target = "new" if mention.new else mention.entity
            right = any(span[0] < s[1] and s[0] < span[1] and e == target for s, e in gold_links)
            tally = counts.setdefault(confidence.rule_key(mention.rule), [0, 0])
            tally[0] += right
            tally[1] += 1
        facts = [f for f in candidates.facts if f.get("rule") != "learned"]
        found.facts[text_file.stem] = label(text_file.stem, facts, predicted, gold, onto)
    return found


def counts(facts: Iterable[Labelled]) -> Counts:
    sums: dict[tuple[str, str], list[int]] = {}
    for fact in facts:
        tally = sums.setdefault((fact.rule, fact.relation), [0, 0])
        tally[0] += fact.right
        tally[1] += 1
    return {key: (r, s) for key, (r, s) in sums.items()}


def brier(pairs: Sequence[tuple[float, bool]]) -> float:
    return sum((p - y) ** 2 for p, y in pairs) / len(pairs) if pairs else 0.0


def calibration_error(pairs: Sequence[tuple[float, bool]], bins: int = 10) -> float:
    """Expected calibration error: over ten equal bins, the gap between mean confidence and share right,
    weighted by the bin's facts."""
    total = 0.0
    for index in range(bins):
        inside = [(p, y) for p, y in pairs if index / bins <= p < (index + 1) / bins or (index == bins - 1 and p >= 1)]
        if inside:
            total += len(inside) * abs(
                sum(p for p, _ in inside) / len(inside) - sum(y for _, y in inside) / len(inside)
            )
    return total / len(pairs) if pairs else 0.0


class Folds:
    """The unseen facts by set and today's in-sample facts by text, for fits that leave sets out."""

    def __init__(self, sets: Sequence[UnseenSet], unseen: dict[str, list[Labelled]], inside: InSample) -> None:
        self.names = [s.name for s in sets if s.name in unseen]
        self.unseen = {name: counts(unseen[name]) for name in self.names}
        self.written = {name: [f for f in unseen[name] if f.written] for name in self.names}
        texts = {s.name: {t.stem for t in s.texts} for s in sets}
        self.inside = {name: counts(f for t in texts[name] for f in inside.facts.get(t, [])) for name in self.names}
        self.all_unseen = _sum(self.unseen.values())
        self.all_inside = counts(f for fs in inside.facts.values() for f in fs)

    def fit_without(self, left_out: Sequence[str], prior: Prior) -> Calibration:
        unseen = _minus(self.all_unseen, [self.unseen[n] for n in left_out])
        return fit(unseen, _minus(self.all_inside, [self.inside[n] for n in left_out]), prior)

    def loso(self, prior: Prior, names: Sequence[str], outside: Sequence[str] = ()) -> list[tuple[float, bool]]:
        pairs: list[tuple[float, bool]] = []
        for name in names:
            calibration = self.fit_without([name, *outside], prior)
            pairs += [(calibration.of(f.rule, f.relation), f.right) for f in self.written[name]]
        return pairs

    def best_prior(self, names: Sequence[str], outside: Sequence[str] = ()) -> Prior:
        """The prior strengths of least Brier score, leaving each of ``names`` out in turn."""
        grid = [Prior(*values) for values in itertools.product(*GRID.values())]
        return min(grid, key=lambda prior: brier(self.loso(prior, names, outside)))

    def nested(self) -> tuple[list[tuple[float, bool]], dict[str, Prior]]:
        """Each set's facts by a calibration fitted on the other sets, its prior chosen on those alone."""
        pairs: list[tuple[float, bool]] = []
        chosen: dict[str, Prior] = {}
        for name in self.names:
            others = [n for n in self.names if n != name]
            chosen[name] = prior = self.best_prior(others, [name])
            calibration = self.fit_without([name], prior)
            pairs += [(calibration.of(f.rule, f.relation), f.right) for f in self.written[name]]
        return pairs, chosen


def _sum(parts: Iterable[Counts]) -> Counts:
    sums: dict[tuple[str, str], list[int]] = {}
    for part in parts:
        for key, (r, s) in part.items():
            tally = sums.setdefault(key, [0, 0])
            tally[0] += r
            tally[1] += s
    return {key: (r, s) for key, (r, s) in sums.items()}


def _minus(total: Counts, parts: Iterable[Counts]) -> Counts:
    """``total`` without ``parts`` (keys left with no fact dropped)."""
    left = {key: list(value) for key, value in total.items()}
    for part in parts:
        for key, (r, s) in part.items():
            left[key][0] -= r
            left[key][1] -= s
    return {key: (r, s) for key, (r, s) in left.items() if s > 0}


def shipped_table(path: Path) -> dict[str, float]:
    """An in-sample table's fact rows (the five-column format before this calibration): rule -> confidence."""
    found: dict[str, float] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        cells = line.split("\t")
        if line.startswith("fact\t") and len(cells) == 5 and int(cells[3]) >= 3:
            found[cells[1]] = float(cells[4])
    return found


def band_rows(columns: Mapping[str, Sequence[tuple[float, bool]]]) -> list[str]:
    lines = ["| band | " + " | ".join(columns) + " |", "|---|" + "---|" * len(columns)]
    for low, high in BANDS:
        cells = []
        for pairs in columns.values():
            inside = [y for p, y in pairs if low <= p < high]
            cells.append(f"{sum(inside) / len(inside):.2f} ({sum(inside)} of {len(inside)})" if inside else "—")
        lines.append(f"| {low:.1f}–{min(high, 1.0):.1f} | " + " | ".join(cells) + " |")
    lines.append("| Brier score | " + " | ".join(f"{brier(p):.3f}" for p in columns.values()) + " |")
    lines.append("| calibration error (10 bins) | " + " | ".join(f"{calibration_error(p):.3f}" for p in columns.values())
                 + " |")  # fmt: skip
    return lines


def report(folds: Folds, shipped: dict[str, float] | None) -> list[str]:
    """The band tables of the unseen-time facts: as shown then, by the in-sample table, by this calibration."""
    facts = [f for name in folds.names for f in folds.written[name]]
    new, chosen = folds.nested()
    columns: dict[str, Sequence[tuple[float, bool]]] = {"as shown at unseen time": [(f.shown, f.right) for f in facts]}
    if shipped is not None:
        columns["in-sample table (before)"] = [(shipped.get(f.rule, f.shown), f.right) for f in facts]
    columns["unseen calibration (leave one set out)"] = new
    lines = [f"Facts as the candidates file writes them, on {len(folds.names)} sets once unseen "
             f"({len(facts)} facts, {sum(f.right for f in facts)} right):", "", *band_rows(columns), ""]  # fmt: skip
    # the facts whose rule and relation had no unseen-time facts in the other sets: the fallback's share
    fallback: list[int] = []
    at = 0
    for name in folds.names:
        others = _sum(folds.unseen[n] for n in folds.names if n != name)
        for fact in folds.written[name]:
            if (fact.rule, fact.relation) not in others:
                fallback.append(at)
            at += 1
    if fallback:
        sub = {k: [v[i] for i in fallback] for k, v in columns.items()}
        lines += [f"Of them, the {len(fallback)} whose rule and relation gave no fact on the other sets (the "
                  "fallback: the relation's rate, nudged by the in-sample counts):", "", *band_rows(sub), ""]  # fmt: skip
    lines += ["Per set, the top band (0.9 or more: right of facts) and the Brier score:", "",
              "| set | facts (right) | " + " | ".join(columns) + " |", "|---|---|" + "---|" * len(columns)]  # fmt: skip
    at = 0
    for name in folds.names:
        size = len(folds.written[name])
        cells = []
        for pairs in columns.values():
            part = pairs[at : at + size]
            top = [y for p, y in part if p >= 0.9]
            cells.append(f"{sum(top)} of {len(top)}, {brier(part):.3f}")
        lines.append(f"| {name} | {size} ({sum(f.right for f in folds.written[name])}) | " + " | ".join(cells) + " |")
        at += size
    lines.append("")
    priors = sorted({p.describe() for p in chosen.values()})
    lines.append(f"Prior strengths chosen on the other sets: {'; '.join(priors)}.")
    return lines


def main() -> None:
    from spacekg.model.facts import load_dataset

    parser = argparse.ArgumentParser(prog="python -m bench.extract_calibration", description=__doc__.split("\n")[0])
    parser.add_argument("--shipped", type=Path, help="the in-sample confidence.tsv to compare with")
    args = parser.parse_args()
    sets = unseen_sets()
    unseen = unseen_facts(sets)
    extractor = RuleExtractor(load_dataset([CORPUS.parent.parent / "data" / "facts"]))
    folds = Folds(sets, unseen, in_sample(extractor))
    print("\n".join(report(folds, shipped_table(args.shipped) if args.shipped else None)))


if __name__ == "__main__":
    main()
