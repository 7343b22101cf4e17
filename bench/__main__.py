"""Every benchmark in one command: `python -m bench` prints each one's tables, ratios against its baseline.

    python -m bench                       # full sizes (tens of minutes on 2 cores)
    python -m bench --small               # tiny sizes: checks that every benchmark still runs
    python -m bench --only stores,infer   # some of them
    python -m bench --out docs/benchmarks-run.md   # also write what was printed

At the end it prints every issue-#17 target the benchmarks measured, with
its ratio and whether it holds, and the growth ratios (time at 10× and 100×
the work over time at 1×) of build, export, analyze and inference.

Each benchmark runs in its own process, one after another (they time
processes and servers of their own, so running them side by side would skew
every figure); inside each, contenders are timed in interleaved rounds. A
benchmark that fails, or whose engines disagree, makes the whole run exit 1.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

from bench.targets import collect, load_average, summary

ROOT = Path(__file__).resolve().parent.parent

# module -> (arguments for the full run, arguments for --small)
BENCHMARKS: dict[str, tuple[list[str], list[str]]] = {
    "stores": ([], ["--sizes", "2000", "--rdflib-max", "2000", "--rounds", "1"]),
    "aggregation": ([], ["--size", "2000", "--rounds", "1", "--repeat", "1"]),
    "disk_strings": ([], ["--triples", "2000", "--rounds", "1"]),
    "infer": ([], ["--small"]),
    "load_serve": ([], ["--clients", "2", "--queries", "10", "--rounds", "1"]),
    "view": ([], ["--sizes", "100", "--cap", "30", "--rounds", "1"]),
    "extract": ([], ["--sizes", "0.02,0.04", "--rounds", "1"]),
    "extract_history": (["tests/corpus/heldout"], ["tests/corpus/heldout", "--commits", "HEAD"]),
    "extract_learned": ([], []),
    "extract_unseen": ([], ["--sets", "v19"]),
    "unseen_causes": ([], ["--sets", "v19"]),
    "unseen_ends": ([], ["--sets", "v19"]),
    "extract_bounds": ([], ["--size", "1600", "--rounds", "1"]),
    "fuzz": (["--cases", "2000"], ["--cases", "30", "--subprocess-every", "10"]),
    "export": ([], ["--triples", "2000", "--rounds", "1", "--formats", "turtle,jsonld"]),
    "build": ([], ["--factors", "1,2", "--rounds", "1"]),
    "analyze": ([], ["--sizes", "150,300", "--rounds", "1"]),
    "query_cache": ([], ["--triples", "20000", "--rounds", "1"]),
    "extract_calibration": ([], []),
    "extract_selection": ([], ["--sets", "v25"]),
}


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.split("\n", 1)[0])
    parser.add_argument("--small", action="store_true", help="tiny sizes, to check that everything runs")
    parser.add_argument("--only", help="comma-separated benchmark names: " + ", ".join(BENCHMARKS))
    parser.add_argument("--out", type=Path, help="also write the printed report to this Markdown file")
    args = parser.parse_args(argv)
    names = list(BENCHMARKS) if not args.only else [n.strip() for n in args.only.split(",") if n.strip()]
    unknown = [n for n in names if n not in BENCHMARKS]
    if unknown:
        parser.error(f"unknown benchmark(s) {', '.join(unknown)}; choose from {', '.join(BENCHMARKS)}")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    report: list[str] = [f"# Benchmarks ({'small sizes' if args.small else 'full sizes'})", ""]
    failed = []
    targets: list[dict[str, object]] = []
    growths: list[dict[str, object]] = []
    for name in names:
        full, small = BENCHMARKS[name]
        command = [sys.executable, "-m", f"bench.{name}", *(small if args.small else full)]
        print(f"## bench.{name}\n", flush=True)
        start = time.perf_counter()
        done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)
        took = time.perf_counter() - start
        print(done.stdout, flush=True)
        found, grown = collect(done.stdout)
        targets += found
        growths += grown
        report += [
            f"## bench.{name}",
            "",
            f"`{' '.join(['python', '-m', f'bench.{name}', *command[3:]])}` ({took:.0f} s; load average {load_average()}"
            " at the end)",
            "",
        ]
        report += [done.stdout.rstrip(), ""]
        if done.returncode != 0:
            failed.append(name)
            print(done.stderr[-3000:], file=sys.stderr, flush=True)
            report += [f"**failed** (exit {done.returncode})", ""]
    closing = summary(targets, growths, args.small)
    print("\n".join(closing), flush=True)
    report += [*closing, ""]
    if args.out is not None:
        args.out.write_text("\n".join(report) + "\n", encoding="utf-8")
    if failed:
        print(f"failed: {', '.join(failed)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
