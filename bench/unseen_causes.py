"""Where the rules fail on prose they had not seen: every gold relation of every development set, scored
against the candidates the rules of the set's adding commit gave when the set was still held out
(``bench.extract_unseen``'s cache), and each one missed put down to its cause:

- **both ends in the sentence**: the old candidates link both of its entities at mentions inside the gold
  evidence, and relate them in no way (the relation rules missed it: a second stage could find it);
- **same pair, another relation**: the two are related, by another relation or the other way round;
- **an end linked to another entity**: a candidate mention overlaps a gold mention of the end inside the
  evidence but names another entity (linking or typing lost it);
- **an end only elsewhere**: the entity is found in the text, not in that sentence ('it', 'the agency');
- **an end not found**: no candidate mention of it anywhere (the name was never proposed).

Also the false relations by kind, and claims at unseen time (found by overlapping evidence, speaker right).
Relations are compared as ``spacekg.extract.evaluate`` does (distinct plain triples, canonical, new entities
by the gold id of their first mention). Only development texts are read.

    python -m bench.unseen_causes                  # every set: causes pooled, by relation, per set
    python -m bench.unseen_causes --sets v22,v23   # some sets
"""

from __future__ import annotations

import argparse
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from bench.extract_unseen import UnseenSet, cached_candidates, read_old, unseen_sets
from spacekg.extract.evaluate import (
    NEW,
    _any_overlap,
    _links,
    _speaker_scores,
    _triples_with_evidence,
    relation_aliases,
)
from spacekg.model.facts import FactsFile, load_facts_file
from spacekg.model.hierarchy import hierarchy

RIGHT = "right"
BOTH = "both ends in the sentence"
OTHER_RELATION = "same pair, another relation"
WRONG_LINK = "an end linked to another entity"
ELSEWHERE = "an end only elsewhere in the text"
ABSENT = "an end not found"
CAUSES = (RIGHT, BOTH, OTHER_RELATION, WRONG_LINK, ELSEWHERE, ABSENT)
Triple = tuple[str, str, str]
Span = tuple[int, int]


def _named(links: list[tuple[Span, str]], aliases: dict[str, str]) -> list[tuple[Span, str]]:
    return [(span, aliases.get(entity.removeprefix(NEW), entity.removeprefix(NEW))) for span, entity in links]


def end_state(entity: str, evidence: set[Span], found: list[tuple[Span, str]], gold: list[tuple[Span, str]]) -> str:
    """How the old candidates saw one end of a gold relation: 'in' the evidence, or a cause of the miss."""
    if any(e == entity and _any_overlap([s], evidence) for s, e in found):
        return "in"
    inside = [s for s, e in gold if e == entity and _any_overlap([s], evidence)]
    if any(_any_overlap([s], inside) for s, _ in found):
        return WRONG_LINK
    if any(e == entity for _, e in found):
        return ELSEWHERE
    return ABSENT


def causes(candidates: FactsFile, gold: FactsFile) -> tuple[list[tuple[Triple, str]], list[Triple]]:
    """Each gold relation with its cause (or 'right'), and the false relations the candidates state."""
    onto = hierarchy()
    aliases = relation_aliases(candidates, gold)
    predicted = _triples_with_evidence(candidates, onto, aliases)
    expected = _triples_with_evidence(gold, onto)
    found, marked = _named(_links(candidates), aliases), _named(_links(gold), {})
    pairs = {frozenset((s, o)) for s, _, o in predicted}
    rows: list[tuple[Triple, str]] = []
    for triple, evidence in sorted(expected.items()):
        if triple in predicted:
            rows.append((triple, RIGHT))
            continue
        if frozenset((triple[0], triple[2])) in pairs:
            rows.append((triple, OTHER_RELATION))
            continue
        ends = {end_state(triple[0], evidence, found, marked), end_state(triple[2], evidence, found, marked)}
        cause = BOTH if ends == {"in"} else next(c for c in (ABSENT, WRONG_LINK, ELSEWHERE) if c in ends)
        rows.append((triple, cause))
    return rows, sorted(set(predicted) - set(expected))


def _share(count: int, total: int) -> str:
    return f"{count} ({count / total:.2f})" if total else "0"


def report(sets: Sequence[UnseenSet], corpus: Path) -> list[str]:
    pooled: Counter[str] = Counter()
    by_relation: dict[str, Counter[str]] = {}
    false: Counter[str] = Counter()
    per_set: list[tuple[UnseenSet, Counter[str], tuple[int, int, int]]] = []
    for unseen in sets:
        counts: Counter[str] = Counter()
        found = right = claims = 0
        for name, path in sorted(cached_candidates(unseen).items()):
            candidates, gold = read_old(path), load_facts_file(corpus / f"{name}.gold.yaml")
            rows, wrong = causes(candidates, gold)
            for (_, relation, _), cause in rows:
                counts[cause] += 1
                by_relation.setdefault(relation, Counter())[cause] += 1
            false.update(relation for _, relation, _ in wrong)
            claimed, spoken = _speaker_scores(candidates.claims, gold.claims, relation_aliases(candidates, gold))
            found, right, claims = found + claimed.true_positives, right + spoken.true_positives, claims + claimed.gold
        pooled.update(counts)
        per_set.append((unseen, counts, (found, right, claims)))
    total = sum(pooled.values())
    lines = [
        f"## Why relations are missed on prose the rules had not seen ({len(sets)} sets, "
        f"{sum(len(s.texts) for s in sets)} texts, {total} gold relations; the rules of each set's adding commit)",
        "",
        "| cause | gold relations |",
        "|---|---|",
        *(f"| {cause} | {_share(pooled[cause], total)} |" for cause in CAUSES),
        f"| (false relations stated) | {sum(false.values())} |",
        "",
        "| relation | gold | " + " | ".join(CAUSES) + " | false |",
        "|---|---|" + "---|" * len(CAUSES) + "---|",
    ]
    for relation, counts in sorted(by_relation.items(), key=lambda item: -sum(item[1].values())):
        lines.append(
            f"| {relation} | {sum(counts.values())} | "
            + " | ".join(str(counts[c]) for c in CAUSES)
            + f" | {false[relation]} |"
        )
    lines += [
        "",
        "| set | commit | texts | gold | right | both ends in the sentence | an end missing or misread "
        "| claims found / speaker right / gold |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for unseen, counts, (found, right, claims) in per_set:
        gold_count = sum(counts.values())
        lines.append(
            f"| {unseen.name} | `{unseen.commit}` | {len(unseen.texts)} | {gold_count} | {counts[RIGHT]} | "
            f"{counts[BOTH]} | {counts[WRONG_LINK] + counts[ELSEWHERE] + counts[ABSENT]} | "
            f"{found} / {right} / {claims} |"
        )
    return lines


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.unseen_causes", description=__doc__.split("\n", 1)[0])
    parser.add_argument("--sets", help="comma-separated set names (v12,v13); default every set")
    parser.add_argument("--corpus", type=Path, default=Path(__file__).resolve().parent.parent / "tests" / "corpus")
    args = parser.parse_args(argv)
    sets = unseen_sets(args.corpus)
    if args.sets:
        wanted = {s.strip() for s in args.sets.split(",")}
        unknown = wanted - {s.name for s in sets}
        if unknown:
            parser.error(
                f"no unseen set named {', '.join(sorted(unknown))}; choose from {', '.join(s.name for s in sets)}"
            )
        sets = [s for s in sets if s.name in wanted]
    print("\n".join(report(sets, args.corpus)))


if __name__ == "__main__":
    main()
