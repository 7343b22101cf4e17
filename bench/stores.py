"""Stores side by side: spacekg's stores against raw pyoxigraph and plain rdflib.

For synthetic graphs of 10k, 100k and 1M triples it measures load time and
the latency of five query shapes, and prints each engine's figures with
ratios against raw pyoxigraph (the baseline) in one run. It also times
`spacekg query` on the article graph against `python -c "import rdflib"`.

    python -m bench.stores                      # 10k, 100k, 1M; rdflib up to 100k
    python -m bench.stores --sizes 10000 --rdflib-max 10000
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
PROLOGUE = "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in QUERY_PREFIXES.items())


def timed(action: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    value = action()
    return time.perf_counter() - start, value


def median_latency(run: Callable[[], Any], repeat: int, budget: float = 0.2) -> float:
    """Median of at least ``repeat`` runs; sub-millisecond queries run until
    ``budget`` seconds have passed, so their medians are not noise."""
    first, _ = timed(run)  # warm-up: parser start-up and caches are not what we compare
    runs = max(repeat, min(1000, int(budget / max(first, 1e-6))))
    return statistics.median(timed(run)[0] for _ in range(runs))


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
            self.store = ox.Store(str(workdir / "raw"))
            self.store.bulk_load(path=str(path), format=ox.RdfFormat.N_TRIPLES)
        else:
            self.store = ox.Store()
            self.store.load(path=str(path), format=ox.RdfFormat.N_TRIPLES)

    def query(self, text: str) -> int:
        # Read every value, as any caller (and spacekg's Result) does.
        answer = self.store.query(PROLOGUE + text)
        names = answer.variables
        return len([tuple(s[v] for v in names) for s in answer])


class SpaceKG(Engine):
    def __init__(self, on_disk: bool) -> None:
        self.on_disk = on_disk
        self.name = f"spacekg {'oxigraph:PATH' if on_disk else 'memory'}"

    def load(self, path: Path, workdir: Path) -> None:
        if self.on_disk:
            store = DiskStore(workdir / "spacekg", writable=True)
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
        return len(list(self.graph.query(PROLOGUE + text)))


def run_size(size: int, rdflib_max: int, repeat: int) -> list[dict[str, Any]]:
    rows = []
    with tempfile.TemporaryDirectory(prefix="spacekg-bench-") as tmp:
        workdir = Path(tmp)
        data = workdir / "graph.nt"
        triples = generate(size, data)
        engines: list[Engine] = [RawOxigraph(False), SpaceKG(False), RawOxigraph(True), SpaceKG(True)]
        if size <= rdflib_max:
            engines.append(Rdflib())
        answers: dict[str, list[int]] = {}
        for engine in engines:
            load_time, _ = timed(lambda engine=engine: engine.load(data, workdir))  # type: ignore[misc]
            row: dict[str, Any] = {"size": triples, "engine": engine.name, "load": load_time}
            counts = []
            for shape, text in QUERIES.items():
                reps = 1 if isinstance(engine, Rdflib) else repeat
                row[shape] = median_latency(lambda engine=engine, text=text: engine.query(text), reps)  # type: ignore[misc]
                counts.append(engine.query(text))
            answers[engine.name] = counts
            rows.append(row)
            print(f"  {triples:>9,} {engine.name:<22} load {load_time:7.2f} s", file=sys.stderr, flush=True)
        reference = answers["pyoxigraph memory"]
        for name, counts in answers.items():
            assert counts == reference, f"{name} answered differently: {counts} != {reference}"
    return rows


def cli_wall_time(repeat: int) -> tuple[float, float]:
    graph = Path("data/spacekg.ttl")
    if not graph.is_file():
        subprocess.run([sys.executable, "-m", "spacekg.cli", "build"], check=True, capture_output=True)
    spacekg = [sys.executable, "-m", "spacekg.cli", "query", "SELECT ?a WHERE { ?a skg:leads kg:ilrs }"]
    baseline = [sys.executable, "-c", "import rdflib"]
    times = {}
    for name, command in (("spacekg", spacekg), ("rdflib", baseline)):
        subprocess.run(command, check=True, capture_output=True)
        times[name] = statistics.median(
            timed(lambda c=command: subprocess.run(c, check=True, capture_output=True))[0] for _ in range(repeat)
        )  # type: ignore[misc]
    return times["spacekg"], times["rdflib"]


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f}" if seconds < 10 else f"{seconds * 1000:,.0f}"


def report(rows: list[dict[str, Any]]) -> None:
    columns = ["load", *QUERIES]
    print("| triples | engine | load (s) | " + " | ".join(f"{q} (ms)" for q in QUERIES) + " |")
    print("|" + "---|" * (len(columns) + 2))
    for row in rows:
        cells = [f"{row['load']:.2f}"] + [ms(row[q]) for q in QUERIES]
        print(f"| {row['size']:,} | {row['engine']} | " + " | ".join(cells) + " |")
    print()
    print("Ratios (lower is better): spacekg store / raw pyoxigraph of the same kind; rdflib / spacekg memory.")
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
                ratios = [by[(size, top)][c] / by[(size, bottom)][c] for c in columns]
                print(f"| {size:,} | {label} | " + " | ".join(f"{r:.2f}×" for r in ratios) + " |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument(
        "--rdflib-max", type=int, default=100_000, help="largest size to run rdflib on (1M takes minutes)"
    )
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    rows: list[dict[str, Any]] = []
    for size in (int(s) for s in args.sizes.split(",")):
        rows += run_size(size, args.rdflib_max, args.repeat)
    report(rows)
    ours, baseline = cli_wall_time(args.repeat * 2)
    print()
    print(
        f"`spacekg query` on the article graph: {ours * 1000:.0f} ms wall; "
        f'`python -c "import rdflib"`: {baseline * 1000:.0f} ms; ratio {ours / baseline:.2f}×'
    )


if __name__ == "__main__":
    main()
