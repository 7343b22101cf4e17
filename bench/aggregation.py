"""Where the aggregation's time goes: the stores benchmark's aggregation
query taken apart, on raw pyoxigraph, spacekg's in-memory store and plain
rdflib, side by side in one run.

The aggregation is the one query shape where spacekg is less than 30× faster
than rdflib (bench/stores.py). Dropping one clause at a time shows which
part of the query the engines spend their time on; every variant is checked
to return the same number of rows on all three engines.

    python -m bench.aggregation                 # 100k triples
    python -m bench.aggregation --size 10000
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
from pathlib import Path

import pyoxigraph as ox

from bench.stores import Engine, RawOxigraph, Rdflib, SpaceKG, latency, ms
from bench.synthetic import generate

GROUP = "SELECT ?a (COUNT(?b) AS ?n) WHERE { ?a skg:cooperatesWith ?b } GROUP BY ?a"
VARIANTS = {
    "as benchmarked: ORDER BY DESC(?n) ?a LIMIT 10": f"{GROUP} ORDER BY DESC(?n) ?a LIMIT 10",
    "ORDER BY DESC(?n) LIMIT 10 (no IRI tie-break)": f"{GROUP} ORDER BY DESC(?n) LIMIT 10",
    "ORDER BY ?a LIMIT 10 (IRIs only)": f"{GROUP} ORDER BY ?a LIMIT 10",
    "no ORDER BY, LIMIT 10": f"{GROUP} LIMIT 10",
    "no ORDER BY, all groups": GROUP,
    "COUNT(*) only": "SELECT (COUNT(*) AS ?n) WHERE { ?a skg:cooperatesWith ?b }",
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=5, help="interleaved rounds; ratios are given per round")
    parser.add_argument("--repeat", type=int, default=9, help="Oxigraph runs per round (median taken)")
    args = parser.parse_args()
    engines: list[Engine] = [RawOxigraph(False), SpaceKG(False), Rdflib()]
    # One round times every engine on every variant once, so drift on this
    # shared machine lands on all engines alike; the ratio is taken per round.
    times: dict[str, dict[str, list[float]]] = {label: {e.name: [] for e in engines} for label in VARIANTS}
    with tempfile.TemporaryDirectory(prefix="spacekg-bench-") as tmp:
        data = Path(tmp) / "graph.nt"
        triples = generate(args.size, data)
        for engine in engines:
            engine.load(data, Path(tmp))
        for label, text in VARIANTS.items():
            counts = {engine.name: engine.query(text) for engine in engines}
            if len(set(counts.values())) != 1:
                sys.exit(f"engines disagree on {label!r}: {counts}")
        for round_ in range(args.rounds):
            for label, text in VARIANTS.items():
                for engine in engines:
                    reps = 1 if isinstance(engine, Rdflib) else args.repeat
                    times[label][engine.name].append(
                        latency(lambda engine=engine, text=text: engine.query(text), min_runs=reps)  # type: ignore[misc]
                    )
            print(f"  round {round_ + 1} of {args.rounds}", file=sys.stderr, flush=True)
    names = [engine.name for engine in engines]
    print(f"{triples:,} triples, pyoxigraph {ox.__version__}, {args.rounds} interleaved rounds; medians in ms.")
    print()
    header = " | ".join(f"{n} (ms)" for n in names)
    print(f"| query | {header} | rdflib / spacekg memory: median (min–max) |")
    print("|" + "---|" * (len(names) + 2))
    for label, row in times.items():
        cells = [ms(statistics.median(row[n])) for n in names]
        ratios = [r / s for r, s in zip(row["rdflib"], row["spacekg memory"], strict=True)]
        spread = f"{statistics.median(ratios):.1f}× ({min(ratios):.1f}–{max(ratios):.1f})"
        print(f"| {label} | " + " | ".join(cells) + f" | {spread} |")


if __name__ == "__main__":
    main()
