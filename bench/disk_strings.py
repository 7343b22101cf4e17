"""Minimal reproduction, raw pyoxigraph only: an on-disk Oxigraph store pays
for every IRI it turns back into a string, and ORDER BY over IRIs does that
twice per comparison.

Nothing of spacekg is imported. The same triples (``?a ex:knows ?b``, a
long-tailed number of links per subject) are put in an in-memory store, an
on-disk store written by ``bulk_load`` and compacted (``optimize()``, as
``spacekg load`` does) and opened read-only, and an on-disk store written by
``load`` (transactional) and not compacted. Each round times every query on
every store (the median of a few runs), so drift on a shared machine lands on
all alike; times are the process's CPU seconds (the engine evaluates a query
on one thread; CPU time is what a loaded machine inflates least); the table
gives medians over rounds with their range, and each store's time over
memory's, per round.

The queries separate the engine's costs: scanning and counting (no string
read), one string read per output row, and ORDER BY on IRIs (the evaluator's
comparison of two IRIs reads both strings from the store: ``cmp_terms`` →
``compare_str_ids`` → ``get_str``; in memory a hash-map lookup, on disk a
RocksDB read). The last query gives the same answer as the benchmarked top-k
but compares IRIs only among the groups tied at the cut (the numeric part of
the sort is done first), which shows the cost is the comparisons' string
reads, not the grouping.

    python -m bench.disk_strings                  # 1,000,000 triples
    python -m bench.disk_strings --triples 100000 --rounds 5
"""

from __future__ import annotations

import argparse
import gc
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import pyoxigraph as ox

EX = "http://example.org/entity/"
KNOWS = "http://example.org/vocabulary#knows"
PATTERN = f"?a <{KNOWS}> ?b"
GROUPS = f"SELECT ?a (COUNT(?b) AS ?n) WHERE {{ {PATTERN} }} GROUP BY ?a"
QUERIES = {
    "COUNT(*) of the pattern (no string read)": f"SELECT (COUNT(*) AS ?n) WHERE {{ {PATTERN} }}",
    "GROUP BY ?a, COUNT, no ORDER BY, LIMIT 10": f"{GROUPS} LIMIT 10",
    "GROUP BY ?a, every group read (one IRI per row)": GROUPS,
    "GROUP BY ?a ORDER BY DESC(?n) LIMIT 10 (numbers only)": f"{GROUPS} ORDER BY DESC(?n) LIMIT 10",
    "GROUP BY ?a ORDER BY DESC(?n) ?a LIMIT 10 (IRI tie-break)": f"{GROUPS} ORDER BY DESC(?n) ?a LIMIT 10",
    "same answer, IRIs compared only at the cut": f"""SELECT ?a ?n WHERE {{
        {{ SELECT (MIN(?top) AS ?cut) WHERE {{
            {{ SELECT (COUNT(?b) AS ?top) WHERE {{ {PATTERN} }} GROUP BY ?a ORDER BY DESC(?top) LIMIT 10 }} }} }}
        {{ {GROUPS} }}
        FILTER(?n >= ?cut) }} ORDER BY DESC(?n) ?a LIMIT 10""",
}
PLAIN_TOP_K = "GROUP BY ?a ORDER BY DESC(?n) ?a LIMIT 10 (IRI tie-break)"
REWRITE = "same answer, IRIs compared only at the cut"


def generate(triples: int, path: Path, seed: int = 7) -> int:
    """``?a ex:knows ?b`` triples, about ten per subject, long-tailed (many ties)."""
    rng = random.Random(seed)
    subjects = max(10, triples // 10)
    count = 0
    with path.open("w", encoding="utf-8") as out:
        for i in range(subjects):
            for _ in range(min(int(rng.paretovariate(1.5) * 5), 200)):
                if count == triples:
                    return count
                out.write(f"<{EX}actor-{i}> <{KNOWS}> <{EX}actor-{rng.randrange(subjects)}> .\n")
                count += 1
        while count < triples:  # top up on the last subjects
            out.write(f"<{EX}actor-{count % subjects}> <{KNOWS}> <{EX}extra-{count}> .\n")
            count += 1
    return count


def timed(run: Callable[[], object], repeat: int) -> float:
    run()  # warm-up
    times = []
    for _ in range(repeat):
        start = time.process_time()
        run()
        times.append(time.process_time() - start)
    return statistics.median(times)


def answer(store: ox.Store, query: str) -> list[tuple[str, ...]]:
    return [tuple(str(t) for t in row) for row in store.query(query)]  # type: ignore[union-attr]


def compared(query: str, rows: list[tuple[str, ...]]) -> object:
    """What every store must agree on when the query leaves order or choice to the store."""
    if "LIMIT" not in query:
        return sorted(rows)
    if "ORDER BY" in query:
        return [row[-1] for row in rows]  # the counts, in order
    return len(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--triples", type=int, default=1_000_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--repeat", type=int, default=1, help="runs per query per round (median taken)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="disk-strings-") as tmp:
        data = Path(tmp) / "data.nt"
        count = generate(args.triples, data)
        stores: dict[str, ox.Store] = {"memory": ox.Store()}
        stores["memory"].bulk_load(path=str(data), format=ox.RdfFormat.N_TRIPLES)
        compacted = Path(tmp) / "bulk"
        writer = ox.Store(str(compacted))
        writer.bulk_load(path=str(data), format=ox.RdfFormat.N_TRIPLES)
        writer.optimize()
        del writer
        gc.collect()
        stores["disk: bulk_load, optimize(), read-only"] = ox.Store.read_only(str(compacted))
        transactional = ox.Store(str(Path(tmp) / "load"))
        transactional.load(path=str(data), format=ox.RdfFormat.N_TRIPLES)
        stores["disk: load(), not compacted"] = transactional
        names = list(stores)
        for label, query in QUERIES.items():
            answers = {name: answer(store, query) for name, store in stores.items()}
            if label not in (PLAIN_TOP_K, REWRITE):  # ties' order and which groups a LIMIT keeps are the store's
                answers = {n: compared(query, a) for n, a in answers.items()}  # type: ignore[misc]
            if len({repr(a) for a in answers.values()}) != 1:
                sys.exit(f"stores disagree on {label!r}")
        if answer(stores["memory"], QUERIES[PLAIN_TOP_K]) != answer(stores["memory"], QUERIES[REWRITE]):
            sys.exit("the rewritten top-k does not give the benchmarked query's answer")
        times: dict[str, dict[str, list[float]]] = {q: {n: [] for n in names} for q in QUERIES}
        for round_ in range(args.rounds):
            for label, query in QUERIES.items():
                for name, store in stores.items():
                    times[label][name].append(
                        timed(lambda store=store, query=query: answer(store, query), args.repeat)  # type: ignore[misc]
                    )
            print(f"  round {round_ + 1} of {args.rounds}", file=sys.stderr, flush=True)
    print(
        f"{count:,} triples ({args.triples // 10:,} subjects), pyoxigraph {ox.__version__}, {args.rounds} "
        f"interleaved rounds of {args.repeat} runs; CPU ms, medians [min–max]; load average {os.getloadavg()[0]:.1f}"
    )
    print()
    print("| query | " + " | ".join(names) + " | " + " | ".join(f"{n} / memory" for n in names[1:]) + " |")
    print("|" + "---|" * (2 * len(names)))
    for label, row in times.items():
        cells = [
            f"{statistics.median(row[n]) * 1000:.1f} [{min(row[n]) * 1000:.1f}–{max(row[n]) * 1000:.1f}]" for n in names
        ]
        ratios = []
        for n in names[1:]:
            per_round = [d / m for d, m in zip(row[n], row["memory"], strict=True)]
            ratios.append(f"{statistics.median(per_round):.1f}× [{min(per_round):.1f}–{max(per_round):.1f}]")
        print(f"| {label} | " + " | ".join(cells) + " | " + " | ".join(ratios) + " |")


if __name__ == "__main__":
    main()
