"""`spacekg analyze` at 1k, 10k and 50k nodes, end to end (one process per run).

The graph is synthetic but shaped like spacekg's: the ontology plus actors
(agencies, countries, ministries) and programs, linked by reified facts
(``skg:Fact`` with ``skg:statementSubject``/``statementPredicate``/``statementObject``) as the
projection reads them, about two facts per node with a few hubs. Each run is
``spacekg analyze --graph FILE --path A B --format json`` (projection,
centrality, blocs, an explained path); sizes are interleaved over rounds.
Targets: ≤ 10 s at 10k nodes, ≤ 60 s at 50k.

    python -m bench.analyze
    python -m bench.analyze --sizes 1000,5000 --rounds 1
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SKG = "https://w3id.org/spacekg/ontology#"
KG = "https://w3id.org/spacekg/id/"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
KINDS = ["SpaceAgency", "Country", "DefenceMinistry", "Program", "Person"]
RELATIONS = {"Program": "participatesIn", "Country": "country"}


def generate(nodes: int, path: Path, seed: int = 7) -> None:
    """Write the ontology and ``nodes`` linked entities as N-Triples."""
    import pyoxigraph as ox

    from spacekg.core.resources import ontology_text

    rng = random.Random(seed)
    ontology = ox.serialize(ox.parse(ontology_text().encode("utf-8"), format=ox.RdfFormat.TURTLE),
                            format=ox.RdfFormat.N_TRIPLES)  # fmt: skip
    with path.open("w", encoding="utf-8") as out:
        out.write((ontology or b"").decode("utf-8"))
        for i in range(nodes):
            out.write(
                f'<{KG}n{i}> <{RDF}type> <{SKG}{KINDS[i % len(KINDS)]}> .\n<{KG}n{i}> <{LABEL}> "Node {i}"@en .\n'
            )
        fact = 0
        for i in range(1, nodes):
            for j in {rng.randrange(i), int(rng.paretovariate(1.2)) % i}:
                kind = KINDS[j % len(KINDS)]
                predicate = RELATIONS.get(kind, "cooperatesWith")
                f = f"{KG}fact/{fact}"
                fact += 1
                out.write(
                    f"<{f}> <{RDF}type> <{SKG}Fact> .\n<{f}> <{SKG}statementSubject> <{KG}n{i}> .\n"
                    f"<{f}> <{SKG}statementPredicate> <{SKG}{predicate}> .\n<{f}> <{SKG}statementObject> <{KG}n{j}> .\n"
                )


def run(path: Path, nodes: int) -> tuple[float, float, dict[str, str]]:
    """Wall and CPU seconds (user + system) of one run, and its methods."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    out = subprocess.run(
        [sys.executable, "-m", "spacekg.cli", "analyze", "--graph", str(path), "--format", "json",
         "--path", "n1", f"n{nodes - 1}"],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    elapsed = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    report = json.loads(out.stdout)
    assert report["nodes"] >= nodes, report["nodes"]  # the ontology may add a few labelled nodes
    return elapsed, cpu, report["methods"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="1000,10000,50000")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    times: dict[int, list[float]] = {n: [] for n in sizes}
    cpu: dict[int, list[float]] = {n: [] for n in sizes}
    methods: dict[int, dict[str, str]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        paths = {n: Path(tmp) / f"kg-{n}.nt" for n in sizes}
        for n in sizes:
            generate(n, paths[n])
        for _ in range(args.rounds):
            for n in sizes:
                elapsed, used, methods[n] = run(paths[n], n)
                times[n].append(elapsed)
                cpu[n].append(used)
    targets = {10_000: 10.0, 50_000: 60.0}
    from bench.targets import load_average

    print(
        f"spacekg analyze end to end, {args.rounds} interleaved rounds, medians [min–max]; load average {load_average()}"
    )
    print()
    print("Wall seconds grow with the machine's load (other processes take the cores); CPU seconds (user +")
    print("system of the process) are what the run itself costs, so the targets are judged on them.")
    print()
    print("| nodes | wall s | CPU s | growth (CPU / first size) | target (CPU) | betweenness |")
    print("|---|---|---|---|---|---|")
    first = statistics.median(cpu[sizes[0]])
    for n in sizes:
        med = statistics.median(cpu[n])
        target = targets.get(n)
        verdict = f"≤ {target:.0f} s {'✓' if med <= target else '✗'}" if target else ""
        print(f"| {n:,} | {statistics.median(times[n]):.2f} [{min(times[n]):.2f}–{max(times[n]):.2f}] "
              f"| {med:.2f} [{min(cpu[n]):.2f}–{max(cpu[n]):.2f}] | {med / first:.1f}× | {verdict} "
              f"| {methods[n]['betweenness']} |")  # fmt: skip
    from bench.targets import growth, target

    for n in sizes:
        if n in targets:
            target(
                f"analyze at {n:,} nodes (CPU s)", statistics.median(cpu[n]), targets[n], unit=" s", at=f"{n:,} nodes"
            )
    growth("analyze (CPU s)", f"{sizes[0]:,} nodes",
           {f"{n // sizes[0]}×": statistics.median(cpu[n]) / first for n in sizes[1:]})  # fmt: skip


if __name__ == "__main__":
    main()
