"""First `--infer rdfs` against a raw pyoxigraph load of the same file, and against owlrl.

The graphs are the ontology plus synthetic data (bench/synthetic.py) at
three sizes. Each round times, in turn: loading the file into a pyoxigraph
store (the baseline), spacekg's first RDFS inference (cache removed, so the
closure is computed and written) plus loading the closure into a store (what
`spacekg query --infer rdfs` does the first time), and owlrl's RDFS closure
(smallest size only, it is slow). Rounds are interleaved so drift on a busy
machine hits every contender alike; medians and ranges are printed, with the
growth of each at 3x and 10x the smallest size.

    python -m bench.infer            # 2k, 20k, 200k triples, 3 rounds
    python -m bench.infer --small    # 2k and 20k triples, 1 round (CI)
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import pyoxigraph as ox

from bench.synthetic import generate
from spacekg.core.resources import ontology_text
from spacekg.model.infer import cache_path, inferred_file


def _make(size: int, folder: Path) -> Path:
    data = folder / f"data-{size}.nt"
    generate(size, data)
    ontology = ox.Store()
    ontology.load(ontology_text().encode("utf-8"), format=ox.RdfFormat.TURTLE)
    path = folder / f"kg-{size}.nt"
    with path.open("wb") as out:
        ontology.dump(out, format=ox.RdfFormat.N_QUADS)
        out.write(data.read_bytes())
    return path


def _raw_load(path: Path) -> int:
    store = ox.Store()
    store.bulk_load(path=str(path), format=ox.RdfFormat.N_TRIPLES)
    return len(store)


def _spacekg_first_infer(path: Path) -> int:
    cache_path(path, "rdfs").unlink(missing_ok=True)
    return _raw_load(inferred_file(path, "rdfs"))


def _owlrl(path: Path) -> int:
    import owlrl
    import rdflib

    graph = rdflib.Graph()
    graph.parse(path, format="nt")
    owlrl.DeductiveClosure(owlrl.RDFS_Semantics, axiomatic_triples=False, datatype_axioms=False).expand(graph)
    return len(graph)


def _same_as_owlrl(path: Path) -> bool:
    import owlrl
    import rdflib

    graph = rdflib.Graph()
    graph.parse(path, format="nt")
    owlrl.DeductiveClosure(owlrl.RDFS_Semantics, axiomatic_triples=False, datatype_axioms=False).expand(graph)
    expected = {t for t in graph if not isinstance(t[0], rdflib.Literal) and isinstance(t[1], rdflib.URIRef)}
    ours = rdflib.Graph()
    ours.parse(inferred_file(path, "rdfs"), format="nt")
    return set(ours) == expected


def _time(fn: Callable[[Path], int], path: Path) -> float:
    start = time.perf_counter()
    fn(path)
    return time.perf_counter() - start


def main(argv: list[str]) -> int:
    small = "--small" in argv
    sizes = [2_000, 20_000] if small else [2_000, 20_000, 200_000]
    rounds = 1 if small else 3
    with tempfile.TemporaryDirectory() as tmp:
        files = {size: _make(size, Path(tmp)) for size in sizes}
        contenders: dict[str, Callable[[Path], int]] = {
            "raw load": _raw_load,
            "spacekg --infer rdfs": _spacekg_first_infer,
        }
        times: dict[tuple[str, int], list[float]] = {}
        for _ in range(rounds):
            for size, path in files.items():
                for name, fn in contenders.items():
                    times.setdefault((name, size), []).append(_time(fn, path))
                if size == sizes[0]:
                    times.setdefault(("owlrl rdfs", size), []).append(_time(_owlrl, path))
        from bench.targets import growth, load_average, target

        print(
            f"First RDFS inference vs raw pyoxigraph load ({rounds} interleaved rounds; median, range in s);"
            f" load average {load_average()} at the end\n"
        )
        print("| triples | raw load | spacekg first --infer rdfs | ratio | owlrl rdfs |")
        print("|---|---|---|---|---|")
        for size, path in files.items():
            lines = sum(1 for _ in path.open("rb"))
            raw = times[("raw load", size)]
            ours = times[("spacekg --infer rdfs", size)]
            owl = times.get(("owlrl rdfs", size))
            owl_text = f"{statistics.median(owl):.2f}" if owl else "-"
            print(
                f"| {lines:,} | {statistics.median(raw):.3f} ({min(raw):.3f}-{max(raw):.3f}) "
                f"| {statistics.median(ours):.3f} ({min(ours):.3f}-{max(ours):.3f}) "
                f"| {statistics.median(ours) / statistics.median(raw):.1f}x | {owl_text} |"
            )
        first = statistics.median(times[("spacekg --infer rdfs", sizes[0])])
        growth_text = ", ".join(
            f"{size // sizes[0]}x the triples: {statistics.median(times[('spacekg --infer rdfs', size)]) / first:.1f}x the time"
            for size in sizes[1:]
        )
        print(f"\nGrowth of spacekg's first inference: {growth_text}")
        last = sizes[-1]
        ratio = statistics.median(times[("spacekg --infer rdfs", last)]) / statistics.median(times[("raw load", last)])
        target("first --infer rdfs / raw load", ratio, 10.0, at=f"{sum(1 for _ in files[last].open('rb')):,} triples")
        growth(
            "first --infer rdfs",
            f"{sum(1 for _ in files[sizes[0]].open('rb')):,} triples",
            {
                f"{size // sizes[0]}×": statistics.median(times[("spacekg --infer rdfs", size)]) / first
                for size in sizes[1:]
            },
        )
        if not _same_as_owlrl(files[sizes[0]]):
            print(f"The closures differ from owlrl's at {sizes[0]} triples.", file=sys.stderr)
            return 1
        print(f"Same closure as owlrl at {sizes[0]:,} synthetic triples.")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
