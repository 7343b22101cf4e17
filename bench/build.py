"""Build growth: time and memory at ×1, ×10, ×100 the curated facts, by step.

The facts are multiplied by copying ``data/facts/moon-race.yaml`` N times
with every id suffixed (so copies are distinct entities, facts, claims and
sources; Wikidata ids only on the first copy). Each size is built in its own
process, sizes interleaved over the rounds; each step is timed inside the
build (YAML loading, RDF, SHACL, VoID, Turtle writing) so a step that grows
faster than the facts shows up by name.

    python -m bench.build                  # ×1, ×10, ×100, 3 rounds
    python -m bench.build --factors 1,10 --rounds 1
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
FACTS = ROOT / "data" / "facts" / "moon-race.yaml"
KEEP = {"label", "title", "summary", "aliases", "file", "sha256", "description", "relation", "type", "characters"}


def multiply(factor: int, folder: Path) -> None:
    """``factor`` renamed copies of the curated facts file in ``folder``."""
    document = yaml.safe_load(FACTS.read_text(encoding="utf-8"))
    ids = {document["source"]["id"]} | {e["id"] for e in document["entities"]}
    ids |= {c["id"] for c in document.get("claims", []) if "id" in c}

    def rename(value: Any, copy: int, key: str = "") -> Any:
        if isinstance(value, dict):
            out = {k: rename(v, copy, k) for k, v in value.items()}
            if copy and "wikidata" in out:
                del out["wikidata"]
            if copy and key == "" and "label" in out and isinstance(out["label"], str):
                out["label"] = f"{out['label']} {copy}"
            return out
        if isinstance(value, list):
            return [rename(v, copy, key) for v in value]
        if isinstance(value, str) and value in ids and key not in KEEP and copy:
            return f"{value}-{copy}"
        return value

    for copy in range(factor):
        doc = rename(document, copy)
        (folder / f"copy-{copy:04d}.yaml").write_text(yaml.safe_dump(doc, allow_unicode=True), encoding="utf-8")


ONE_BUILD = """
import json, resource, sys, time
from pathlib import Path
from spacekg.core.namespaces import DEFAULT_BASE
from spacekg.model.build import serialize_turtle
from spacekg.model.facts import load_dataset
from spacekg.model.rdf import build_graph
from spacekg.model.validate import validate_graph
from spacekg.model.void import describe
folder, out = Path(sys.argv[1]), Path(sys.argv[2])
steps = {}
cpu = time.process_time()
t = time.perf_counter()
dataset = load_dataset([folder]); steps["yaml"] = time.perf_counter() - t; t = time.perf_counter()
graph = build_graph(dataset); steps["rdf"] = time.perf_counter() - t; t = time.perf_counter()
result = validate_graph(graph); steps["shacl"] = time.perf_counter() - t; t = time.perf_counter()
assert result.conforms, result.report
description = describe(graph, DEFAULT_BASE); steps["void"] = time.perf_counter() - t; t = time.perf_counter()
out.write_bytes(serialize_turtle(graph)); out.with_suffix(".void.ttl").write_bytes(serialize_turtle(description))
steps["turtle"] = time.perf_counter() - t
steps["total"] = sum(steps.values())
steps["cpu"] = time.process_time() - cpu
print(json.dumps({"steps": steps, "triples": len(graph), "mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--factors", default="1,10,100")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    factors = [int(f) for f in args.factors.split(",")]
    runs: dict[int, list[dict[str, Any]]] = {f: [] for f in factors}
    with tempfile.TemporaryDirectory() as tmp:
        for factor in factors:
            (Path(tmp) / str(factor)).mkdir()
            multiply(factor, Path(tmp) / str(factor))
        for _ in range(args.rounds):
            for factor in factors:
                out = subprocess.run(
                    [sys.executable, "-c", ONE_BUILD, str(Path(tmp) / str(factor)), str(Path(tmp) / f"kg-{factor}.ttl")],
                    capture_output=True, text=True, check=True,
                )  # fmt: skip
                runs[factor].append(json.loads(out.stdout))
    base = factors[0]
    steps = ["yaml", "rdf", "shacl", "void", "turtle", "total"]

    def med(factor: int, step: str) -> float:
        return statistics.median(r["steps"][step] for r in runs[factor])

    from bench.targets import growth, load_average, target

    print(
        f"Build at ×{', ×'.join(map(str, factors))} the curated facts, {args.rounds} interleaved rounds (medians, s);"
        f" load average {load_average()} at the end. Steps in wall seconds; `cpu` is the process's CPU seconds,"
        " which the machine's load inflates far less, and the growth is judged on it."
    )
    print()
    print("| facts | triples | " + " | ".join(steps) + " | cpu | growth (cpu / ×1) | growth (wall / ×1) | peak MB |")
    print("|---" * (len(steps) + 6) + "|")
    for factor in factors:
        cpu_growth = med(factor, "cpu") / med(base, "cpu")
        wall_growth = med(factor, "total") / med(base, "total")
        verdict = (" ✓" if cpu_growth <= 120 else " ✗") if factor == 100 else ""
        cells = " | ".join(f"{med(factor, s):.2f}" for s in steps)
        mb = statistics.median(r["mb"] for r in runs[factor])
        print(
            f"| ×{factor} | {runs[factor][0]['triples']:,} | {cells} | {med(factor, 'cpu'):.2f} | {cpu_growth:.1f}×{verdict} "
            f"| {wall_growth:.1f}× | {mb:.0f} |"
        )
    print("\nGrowth of each step (×N time / ×1 time; linear = N):")
    for factor in factors[1:]:
        print(f"  ×{factor}: " + ", ".join(f"{s} {med(factor, s) / med(base, s):.1f}×" for s in steps))
    ratios = {f"{factor // base}×": med(factor, "cpu") / med(base, "cpu") for factor in factors[1:]}
    growth("build (CPU s)", f"×{base} the facts ({runs[base][0]['triples']:,} triples)", ratios)
    if 100 * base in factors:
        target(f"build at ×{100 * base} the facts / ×{base} (CPU s)", ratios["100×"], 120.0)


if __name__ == "__main__":
    main()
