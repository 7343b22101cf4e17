"""RDF exports against raw pyoxigraph, in interleaved rounds, with peak memory.

For each format, one process per run (so peak RSS is the run's own):

- raw: pyoxigraph parses the file into a list and serializes it (with the
  same prefixes): the least any exporter reading that file must do;
- spacekg: ``spacekg.interop.export.read`` + ``export_rdf`` (sorted,
  canonical blank nodes, parts, JSON-LD compaction).

Rounds alternate raw and spacekg for every format, so load on a busy machine
hits both alike. Prints medians with ranges and the ratios against the
targets (time ≤ 2×, memory ≤ 1.5×).

    python -m bench.export                       # 1M triples, 3 rounds
    python -m bench.export --triples 20000 --rounds 1
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

FORMATS = ["turtle", "nt", "nquads", "trig", "jsonld", "rdfxml"]

ONE_RUN = """
import json, resource, sys, time
from pathlib import Path
mode, fmt, path = sys.argv[1], sys.argv[2], Path(sys.argv[3])
start, cpu = time.perf_counter(), time.process_time()
if mode == "raw":
    import pyoxigraph as ox
    from spacekg.core.namespaces import PREFIXES
    from spacekg.core.rdfwrite import OX_FORMATS
    quads = list(ox.parse(path=path, format=ox.RdfFormat.N_TRIPLES))
    if fmt in ("nt", "nquads"):
        data = ox.serialize(quads, format=OX_FORMATS[fmt])
    else:
        data = ox.serialize(quads, format=OX_FORMATS[fmt], prefixes={**PREFIXES, "kg": "https://w3id.org/spacekg/id/"})
else:
    from spacekg.interop.export import export_rdf, read
    data = export_rdf(read(path), fmt)
elapsed = time.perf_counter() - start
print(json.dumps({"seconds": elapsed, "cpu": time.process_time() - cpu, "mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, "bytes": len(data)}))
"""


def run(mode: str, fmt: str, path: Path) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, "-c", ONE_RUN, mode, fmt, str(path)], capture_output=True, text=True, check=True
    )
    result: dict[str, float] = json.loads(out.stdout)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--triples", type=int, default=1_000_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--formats", default=",".join(FORMATS))
    args = parser.parse_args()
    from bench.synthetic import generate
    from bench.targets import growth, load_average, target

    formats = args.formats.split(",")
    # Growth: spacekg's export of 1/100 and 1/10 of the triples, in the same rounds.
    smaller = [max(100, args.triples // 100), max(100, args.triples // 10)]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "kg.nt"
        count = generate(args.triples, path)
        paths = {size: Path(tmp) / f"kg-{size}.nt" for size in smaller}
        counts = {size: generate(size, paths[size]) for size in smaller}
        runs: dict[tuple[str, str], list[dict[str, float]]] = {}
        for _ in range(args.rounds):
            for fmt in formats:
                for size in smaller:
                    runs.setdefault((fmt, f"spacekg {size}"), []).append(run("spacekg", fmt, paths[size]))
                for mode in ("raw", "spacekg"):
                    runs.setdefault((fmt, mode), []).append(run(mode, fmt, path))
    print(
        f"Exports of {count:,} triples (synthetic N-Triples input), {args.rounds} interleaved rounds, medians [min–max];"
        f" load average {load_average()} at the end"
    )
    print(
        "| format | raw pyoxigraph s | spacekg s | time ratio (≤ 2×) | CPU ratio | raw MB | spacekg MB | memory ratio (≤ 1.5×) |"
    )
    print("|---|---|---|---|---|---|---|---|")
    verdicts: list[tuple[str, float, float]] = []
    growths: list[tuple[str, dict[str, float]]] = []
    for fmt in formats:
        raw, ours = runs[(fmt, "raw")], runs[(fmt, "spacekg")]

        def med(rs: list[dict[str, float]], key: str) -> float:
            return statistics.median(r[key] for r in rs)

        def rng(rs: list[dict[str, float]], key: str) -> str:
            return f"{med(rs, key):.2f} [{min(r[key] for r in rs):.2f}–{max(r[key] for r in rs):.2f}]"

        time_ratio = med(ours, "seconds") / med(raw, "seconds")
        # CPU seconds of each process (threads included): on a shared machine
        # they move far less with the load than wall-clock seconds do.
        cpu = f"{med(ours, 'cpu') / med(raw, 'cpu'):.2f}× ({med(raw, 'cpu'):.2f} / {med(ours, 'cpu'):.2f} s)"
        mem_ratio = med(ours, "mb") / med(raw, "mb")
        print(
            f"| {fmt} | {rng(raw, 'seconds')} | {rng(ours, 'seconds')} | {time_ratio:.2f}× {'✓' if time_ratio <= 2 else '✗'} | {cpu} "
            f"| {med(raw, 'mb'):.0f} | {med(ours, 'mb'):.0f} | {mem_ratio:.2f}× {'✓' if mem_ratio <= 1.5 else '✗'} |"
        )
        verdicts.append((fmt, time_ratio, mem_ratio))
    for fmt, time_ratio, mem_ratio in verdicts:  # after the table, which they would break
        target(f"export {fmt}: time / raw pyoxigraph", time_ratio, 2.0, at=f"{count:,} triples")
        target(f"export {fmt}: peak memory / raw pyoxigraph", mem_ratio, 1.5, at=f"{count:,} triples")
    print()
    print(f"Growth of spacekg's export time ({', '.join(f'{counts[s]:,}' for s in smaller)} and {count:,} triples):")
    print()
    print("| format | " + " | ".join(f"{counts[s]:,} s" for s in smaller) + f" | {count:,} s | growth |")
    print("|---|" + "---|" * (len(smaller) + 2))
    for fmt in formats:
        seconds = [statistics.median(r["seconds"] for r in runs[(fmt, f"spacekg {s}")]) for s in smaller]
        seconds.append(statistics.median(r["seconds"] for r in runs[(fmt, "spacekg")]))
        sizes = [*(counts[s] for s in smaller), count]
        ratios = {f"{sizes[i] / sizes[0]:.0f}×": seconds[i] / seconds[0] for i in (1, 2)}
        print(f"| {fmt} | " + " | ".join(f"{t:.2f}" for t in seconds) + " | "
              + ", ".join(f"{k}: {v:.1f}×" for k, v in ratios.items()) + " |")  # fmt: skip
        growths.append((fmt, ratios))
    for fmt, ratios in growths:
        growth(f"export {fmt}", f"{counts[smaller[0]]:,} triples", ratios)


if __name__ == "__main__":
    main()
