"""The relation ends unseen prose never found or linked to another entity, one row each (names24): for the
sets chosen, each gold relation missed at unseen time for an end ``bench.unseen_causes`` puts down as 'an end not
found' or 'an end linked to another entity', with the end's gold mention inside the evidence, its gold type (or
the known id), and what the old candidates had over that mention. Only development texts are read.

    python -m bench.unseen_ends --sets v15,v16,v17,v18,v19,v20,v21,v22,v23
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path

from bench.extract_unseen import cached_candidates, read_old, unseen_sets
from bench.unseen_causes import ABSENT, WRONG_LINK, _named, causes, end_state
from spacekg.extract.evaluate import NEW, _any_overlap, _links, _triples_with_evidence, relation_aliases
from spacekg.model.facts import load_facts_file
from spacekg.model.hierarchy import hierarchy

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "corpus"


def _flat(text: str) -> str:
    return " ".join(text.split())


def rows(set_names: set[str], corpus: Path = CORPUS) -> list[tuple[str, ...]]:
    """(set, text, state, gold surface, gold type, old candidates there, relation) for each missed end, once."""
    onto = hierarchy()
    found_rows: list[tuple[str, ...]] = []
    for unseen in unseen_sets(corpus):
        if unseen.name not in set_names:
            continue
        for name, path in sorted(cached_candidates(unseen).items()):
            candidates, gold = read_old(path), load_facts_file(corpus / f"{name}.gold.yaml")
            text = (corpus / f"{name}.txt").read_text(encoding="utf-8")
            missed, _ = causes(candidates, gold)
            expected = _triples_with_evidence(gold, onto)
            found = _named(_links(candidates), relation_aliases(candidates, gold))
            marked = _named(_links(gold), {})
            gold_types = {e.id: ",".join(e.types) for e in gold.entities}
            old_types = {NEW + e.id: ",".join(e.types) for e in candidates.entities}
            seen: set[tuple[str, int]] = set()
            for triple, cause in missed:
                if cause not in (ABSENT, WRONG_LINK):
                    continue
                evidence = expected[triple]
                for end in (triple[0], triple[2]):
                    state = end_state(end, evidence, found, marked)
                    inside = [s for s, e in marked if e == end and _any_overlap([s], evidence)]
                    if state not in (ABSENT, WRONG_LINK) or not inside or (end, inside[0][0]) in seen:
                        continue
                    seen.add((end, inside[0][0]))
                    (a, b) = inside[0]
                    old = [
                        f"{_flat(text[s:e])} -> {entity.removeprefix(NEW)} {old_types.get(entity, '')}".rstrip()
                        for (s, e), entity in _links(candidates)
                        if _any_overlap([(s, e)], [(a, b)])
                    ]
                    state_word = "not found" if state == ABSENT else "linked to another"
                    found_rows.append((unseen.name, name, state_word, _flat(text[a:b]),
                                       gold_types.get(end, f"known {end}"), "; ".join(old), triple[1]))  # fmt: skip
    return found_rows


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.unseen_ends", description=__doc__.split("\n", 1)[0])
    parser.add_argument("--sets", default=",".join(f"v{n}" for n in range(15, 24)), help="comma-separated set names")
    args = parser.parse_args(argv)
    for row in rows({s.strip() for s in args.sets.split(",")}):
        print("\t".join(row))


if __name__ == "__main__":
    main()
