"""Repeated `spacekg query --graph FILE` on a large file: the store cache.

Side by side, in interleaved rounds, on a synthetic N-Triples file:

- raw load + query: pyoxigraph parses the file into a new in-memory store
  and answers (what every `query --graph` cost before the cache);
- raw query: the same query on a store already loaded (the floor);
- first: `spacekg query --graph FILE` with an empty cache (parses the file
  into an on-disk store under the cache folder, then answers);
- second: the same command again (opens the cached store, answers).

Each spacekg run is the real command in a new process, so Python's start-up
is included (shown on its own as `spacekg --version`).

    python -m bench.query_cache --triples 1000000 --rounds 3
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox

from bench.synthetic import generate
from spacekg.query.store import QUERY_PREFIXES

QUERY = "SELECT ?kind (COUNT(?a) AS ?n) WHERE { ?a a ?kind ; skg:leads kg:program-3 } GROUP BY ?kind ORDER BY ?kind"


def spacekg(*args: str, env: dict[str, str]) -> float:
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "spacekg.cli", *args], env=env, capture_output=True, text=True, check=False
    )
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"spacekg {' '.join(args)} failed: {done.stderr}")
    return elapsed


def main() -> None:
    import os

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--triples", type=int, default=1_000_000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    times: dict[str, list[float]] = {k: [] for k in ("raw load + query", "raw query", "first", "second", "start-up")}
    with tempfile.TemporaryDirectory(prefix="spacekg-cache-bench-") as tmp:
        data = Path(tmp) / "big.nt"
        count = generate(args.triples, data)
        print(f"{count:,} triples, {data.stat().st_size / 1e6:.0f} MB of N-Triples; {args.rounds} interleaved rounds")
        cache = Path(tmp) / "cache"
        env = {**os.environ, "SPACEKG_CACHE_DIR": str(cache)}
        for round_number in range(args.rounds):
            start = time.perf_counter()
            store = ox.Store()
            store.load(path=str(data), format=ox.RdfFormat.N_TRIPLES)
            expected = list(store.query(QUERY, prefixes=QUERY_PREFIXES))
            times["raw load + query"].append(time.perf_counter() - start)
            start = time.perf_counter()
            list(store.query(QUERY, prefixes=QUERY_PREFIXES))
            times["raw query"].append(time.perf_counter() - start)
            del store
            shutil.rmtree(cache, ignore_errors=True)
            times["first"].append(spacekg("query", "--graph", str(data), QUERY, env=env))
            times["second"].append(spacekg("query", "--graph", str(data), QUERY, env=env))
            times["start-up"].append(spacekg("--version", env=env))
            print(
                f"  round {round_number + 1}: " + ", ".join(f"{k} {v[-1]:.2f} s" for k, v in times.items()), flush=True
            )
        assert expected, "the query should have answers"
    median = {k: statistics.median(v) for k, v in times.items()}
    print()
    print("| run | median (s) | ratio |")
    print("|---|---|---|")
    print(f"| raw pyoxigraph: load + query | {median['raw load + query']:.2f} | 1.00 |")
    print(f"| raw pyoxigraph: query on the loaded store | {median['raw query']:.3f} | |")
    print(f"| `spacekg --version` (Python start-up) | {median['start-up']:.2f} | |")
    print(
        f"| `spacekg query --graph` first (builds the cache) | {median['first']:.2f} "
        f"| {median['first'] / median['raw load + query']:.2f} × raw load + query |"
    )
    print(
        f"| `spacekg query --graph` second (cached store) | {median['second']:.2f} "
        f"| {median['second'] / median['raw load + query']:.2f} × raw load + query |"
    )


if __name__ == "__main__":
    main()
