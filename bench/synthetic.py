"""Deterministic synthetic space-politics graphs of a chosen size (N-Triples).

Actors (agencies, countries, ministries) with labels, countries, start
years, cooperation links and program participation; programs form a
part-of tree, so property paths have depth. About 10 triples per actor.

    python -m bench.synthetic 100000 /tmp/kg-100k.nt
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

SKG = "https://w3id.org/spacekg/ontology#"
KG = "https://w3id.org/spacekg/id/"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
INTEGER = "http://www.w3.org/2001/XMLSchema#integer"
KINDS = ["SpaceAgency", "Country", "DefenceMinistry", "MediaOutlet", "MilitaryCommand"]


def generate(triples: int, path: Path, seed: int = 7) -> int:
    """Write about ``triples`` triples to ``path``; return how many."""
    rng = random.Random(seed)
    actors = max(10, triples // 10)
    programs = max(4, actors // 20)
    countries = max(2, min(200, actors // 10))
    count = 0
    with path.open("w", encoding="utf-8") as out:

        def emit(s: str, p: str, o: str) -> None:
            nonlocal count
            out.write(f"<{s}> <{p}> {o} .\n")
            count += 1

        for j in range(programs):
            program = f"{KG}program-{j}"
            emit(program, RDF_TYPE, f"<{SKG}Program>")
            emit(program, LABEL, f'"Program {j}"@en')
            if j:
                emit(program, f"{SKG}partOf", f"<{KG}program-{(j - 1) // 2}>")
        for i in range(actors):
            actor = f"{KG}actor-{i}"
            emit(actor, RDF_TYPE, f"<{SKG}{KINDS[i % len(KINDS)]}>")
            emit(actor, LABEL, f'"Actor {i}"@en')
            emit(actor, f"{SKG}country", f"<{KG}country-{i % countries}>")
            emit(actor, f"{SKG}startYear", f'"{1950 + i % 80}"^^<{INTEGER}>')
            for _ in range(3):
                emit(actor, f"{SKG}cooperatesWith", f"<{KG}actor-{rng.randrange(actors)}>")
            emit(actor, f"{SKG}participatesIn", f"<{KG}program-{rng.randrange(programs)}>")
            emit(actor, f"{SKG}leads", f"<{KG}program-{rng.randrange(programs)}>")
            emit(actor, f"{SKG}competesWith", f"<{KG}actor-{rng.randrange(actors)}>")
    return count


if __name__ == "__main__":
    print(generate(int(sys.argv[1]), Path(sys.argv[2])))
