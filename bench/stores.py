"""Stores side by side: spacekg's stores against raw pyoxigraph and plain rdflib.

For synthetic graphs of 10k, 100k and 1M triples it measures load time and
the latency of five query shapes, and prints each engine's figures with
ratios against raw pyoxigraph (the baseline). It also times `spacekg query`
on the article graph against `python -c "import rdflib"`.

Fair by construction: every engine is given the same query text and the same
prefix table (pyoxigraph's and rdflib's own prefix arguments, as spacekg
passes them); the raw on-disk baseline is compacted after loading, as
`spacekg load` does; loads and queries run in interleaved rounds (each round
times every engine once, in turn), so drift on a busy machine hits all alike;
figures are medians over the rounds with their range. Each engine must give
the same answers, or the script exits non-zero.

    python -m bench.stores                      # 10k, 100k, 1M; rdflib up to 100k
    python -m bench.stores --sizes 10000 --rdflib-max 10000 --rounds 1
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from bench.synthetic import generate
from spacekg.query.store import QUERY_PREFIXES, DiskStore, MemoryStore

QUERIES = {
    "lookup": "SELECT ?p ?o WHERE { kg:actor-42 ?p ?o }",
    "2-hop join": "SELECT ?b ?c WHERE { kg:actor-42 skg:cooperatesWith ?b . ?b skg:cooperatesWith ?c }",
    "aggregation + ORDER BY": (
        "SELECT ?a (COUNT(?b) AS ?n) WHERE { ?a skg:cooperatesWith ?b } GROUP BY ?a ORDER BY DESC(?n) ?a LIMIT 10"
    ),
    "regex filter": 'SELECT ?a WHERE { ?a rdfs:label ?l FILTER(REGEX(?l, "^Actor 12[0-9]*7$")) }',
    "property path": "SELECT ?up WHERE { kg:program-999 skg:partOf+ ?up }",
}


def timed(action: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    value = action()
    return time.perf_counter() - start, value


def latency(run: Callable[[], Any], budget: float = 0.2, min_runs: int = 1) -> float:
    """One round's latency: the median of as many runs as fit in ``budget``
    seconds (at least ``min_runs``, after a warm-up), so sub-millisecond
    queries are not noise."""
    first, _ = timed(run)  # warm-up: parser start-up and caches are not what we compare
    runs = max(min_runs, min(200, int(budget / max(first, 1e-6))))
    return statistics.median(timed(run)[0] for _ in range(runs))


def _fresh(engine: Engine, folder: Path) -> None:
    """Close the engine's previous on-disk store (it holds a lock) and remove it."""
    import gc
    import shutil

    engine.__dict__.pop("store", None)
    gc.collect()
    shutil.rmtree(folder, ignore_errors=True)


class Engine:
    name = ""

    def load(self, path: Path, workdir: Path) -> None: ...

    def query(self, text: str) -> int:
        raise NotImplementedError


class RawOxigraph(Engine):
    def __init__(self, on_disk: bool) -> None:
        self.on_disk = on_disk
        self.name = f"pyoxigraph {'disk' if on_disk else 'memory'}"

    def load(self, path: Path, workdir: Path) -> None:
        if self.on_disk:
            folder = workdir / "raw"
            _fresh(self, folder)
            self.store = ox.Store(str(folder))
            self.store.bulk_load(path=str(path), format=ox.RdfFormat.N_TRIPLES)
            self.store.optimize()  # compacted, as `spacekg load` leaves its store
        else:
            self.store = ox.Store()
            self.store.load(path=str(path), format=ox.RdfFormat.N_TRIPLES)

    def query(self, text: str) -> int:
        # Read every value, as any caller (and spacekg's Result) does.
        answer = self.store.query(text, prefixes=QUERY_PREFIXES)
        names = answer.variables
        return len([tuple(s[v] for v in names) for s in answer])


class SpaceKG(Engine):
    def __init__(self, on_disk: bool) -> None:
        self.on_disk = on_disk
        self.name = f"spacekg {'oxigraph:PATH' if on_disk else 'memory'}"

    def load(self, path: Path, workdir: Path) -> None:
        if self.on_disk:
            folder = workdir / "spacekg"
            _fresh(self, folder)
            store = DiskStore(folder, writable=True)
            store.load([path])
            self.store: MemoryStore | DiskStore = store
        else:
            self.store = MemoryStore([path])

    def query(self, text: str) -> int:
        return len(self.store.query(text))


class Rdflib(Engine):
    name = "rdflib"

    def load(self, path: Path, workdir: Path) -> None:
        import rdflib

        self.graph = rdflib.Graph()
        self.graph.parse(path, format="nt")

    def query(self, text: str) -> int:
        return len(list(self.graph.query(text, initNs=QUERY_PREFIXES)))


def run_size(size: int, rdflib_max: int, rounds: int) -> list[dict[str, Any]]:
    rows = []
    with tempfile.TemporaryDirectory(prefix="spacekg-bench-") as tmp:
        workdir = Path(tmp)
        data = workdir / "graph.nt"
        triples = generate(size, data)
        engines: list[Engine] = [RawOxigraph(False), SpaceKG(False), RawOxigraph(True), SpaceKG(True)]
        if size <= rdflib_max:
            engines.append(Rdflib())
        times: dict[tuple[str, str], list[float]] = {}
        for _ in range(rounds):  # loads, interleaved: every engine once per round
            for engine in engines:
                load_time, _ = timed(lambda engine=engine: engine.load(data, workdir))  # type: ignore[misc]
                times.setdefault((engine.name, "load"), []).append(load_time)
                print(f"  {triples:>9,} {engine.name:<22} load {load_time:7.2f} s", file=sys.stderr, flush=True)
        answers: dict[str, list[int]] = {e.name: [e.query(text) for text in QUERIES.values()] for e in engines}
        for _ in range(rounds):  # queries, interleaved: each shape on every engine in turn
            for shape, text in QUERIES.items():
                for engine in engines:
                    run = lambda engine=engine, text=text: engine.query(text)  # type: ignore[misc]  # noqa: E731
                    times.setdefault((engine.name, shape), []).append(latency(run))
        reference = answers["pyoxigraph memory"]
        for name, counts in answers.items():
            if counts != reference:
                raise SystemExit(f"{name} answered differently: {counts} != {reference}")
        for engine in engines:
            row: dict[str, Any] = {"size": triples, "engine": engine.name}
            for column in ("load", *QUERIES):
                row[column] = times[(engine.name, column)]
            rows.append(row)
    return rows


def cli_wall_time(repeat: int) -> tuple[float, float]:
    graph = Path("data/spacekg.ttl")
    if not graph.is_file():
        subprocess.run([sys.executable, "-m", "spacekg.cli", "build"], check=True, capture_output=True)
    spacekg = [sys.executable, "-m", "spacekg.cli", "query", "SELECT ?a WHERE { ?a skg:leads kg:ilrs }"]
    baseline = [sys.executable, "-c", "import rdflib"]
    runs: dict[str, list[float]] = {"spacekg": [], "rdflib": []}
    for command in (spacekg, baseline):  # warm the file cache
        subprocess.run(command, check=True, capture_output=True)
    for _ in range(repeat):  # interleaved: one of each per round
        for name, command in (("spacekg", spacekg), ("rdflib", baseline)):
            runs[name].append(timed(lambda c=command: subprocess.run(c, check=True, capture_output=True))[0])  # type: ignore[misc]
    return statistics.median(runs["spacekg"]), statistics.median(runs["rdflib"])


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f}" if seconds < 10 else f"{seconds * 1000:,.0f}"


def med(values: list[float]) -> float:
    return statistics.median(values)


def report(rows: list[dict[str, Any]], rounds: int) -> None:
    columns = ["load", *QUERIES]
    print(f"Medians over {rounds} interleaved round(s); the range across rounds in brackets where there are several.")
    print()
    print("| triples | engine | load (s) | " + " | ".join(f"{q} (ms)" for q in QUERIES) + " |")
    print("|" + "---|" * (len(columns) + 2))
    for row in rows:
        spread = rounds > 1
        cells = [f"{med(row['load']):.2f}" + (f" ({min(row['load']):.2f}-{max(row['load']):.2f})" if spread else "")]
        cells += [ms(med(row[q])) + (f" ({ms(min(row[q]))}-{ms(max(row[q]))})" if spread else "") for q in QUERIES]
        print(f"| {row['size']:,} | {row['engine']} | " + " | ".join(cells) + " |")
    print()
    print(
        "Ratios of medians (lower is better): spacekg store / raw pyoxigraph of the same kind; rdflib / spacekg memory."
    )
    print()
    print("| triples | comparison | " + " | ".join(columns) + " |")
    print("|" + "---|" * (len(columns) + 2))
    by = {(r["size"], r["engine"]): r for r in rows}
    for size in sorted({r["size"] for r in rows}):
        pairs = [
            ("spacekg memory / pyoxigraph memory", "spacekg memory", "pyoxigraph memory"),
            ("spacekg oxigraph:PATH / pyoxigraph disk", "spacekg oxigraph:PATH", "pyoxigraph disk"),
            ("rdflib / spacekg memory", "rdflib", "spacekg memory"),
        ]
        for label, top, bottom in pairs:
            if (size, top) in by and (size, bottom) in by:
                ratios = [med(by[(size, top)][c]) / med(by[(size, bottom)][c]) for c in columns]
                print(f"| {size:,} | {label} | " + " | ".join(f"{r:.2f}×" for r in ratios) + " |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument(
        "--rdflib-max", type=int, default=100_000, help="largest size to run rdflib on (1M takes minutes)"
    )
    parser.add_argument("--rounds", type=int, default=3, help="interleaved rounds (medians and ranges over them)")
    args = parser.parse_args()
    rows: list[dict[str, Any]] = []
    for size in (int(s) for s in args.sizes.split(",")):
        rows += run_size(size, args.rdflib_max, args.rounds)
    report(rows, args.rounds)
    from bench.targets import load_average, target

    largest = max(r["size"] for r in rows)
    by = {r["engine"]: r for r in rows if r["size"] == largest}
    if "spacekg oxigraph:PATH" in by and "spacekg memory" in by:
        print()
        print(
            f"On-disk store / in-memory store (spacekg), {largest:,} triples; load average {load_average()} at the end:"
        )
        print()
        print("| " + " | ".join(QUERIES) + " |")
        print("|" + "---|" * len(QUERIES))
        ratios = {q: med(by["spacekg oxigraph:PATH"][q]) / med(by["spacekg memory"][q]) for q in QUERIES}
        print("| " + " | ".join(f"{r:.2f}×" for r in ratios.values()) + " |")
        for shape, ratio in ratios.items():
            target(f"on-disk / in-memory store: {shape}", ratio, 1.5, at=f"{largest:,} triples")
    ours, baseline = cli_wall_time(max(3, args.rounds * 2))
    print()
    print(
        f"`spacekg query` on the article graph: {ours * 1000:.0f} ms wall; "
        f'`python -c "import rdflib"`: {baseline * 1000:.0f} ms; ratio {ours / baseline:.2f}×'
    )


if __name__ == "__main__":
    main()
