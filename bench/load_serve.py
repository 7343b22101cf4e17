"""Bounded load on a running `spacekg serve`: N concurrent clients, each
sending M queries over loopback. Reports errors and latency percentiles.

    python -m bench.load_serve --clients 20 --queries 200

Without --url it starts `spacekg serve` on a free loopback port itself.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

QUERIES = [
    "SELECT ?a WHERE { ?a skg:leads kg:ilrs }",
    "SELECT ?p ?s ?e WHERE { kg:ilrs skg:hasPhase ?p . ?p skg:startYear ?s . OPTIONAL { ?p skg:endYear ?e } }",
    "SELECT ?speaker (COUNT(?c) AS ?n) WHERE { ?c a skg:Claim ; skg:speaker ?speaker } GROUP BY ?speaker ORDER BY DESC(?n)",
    "ASK { kg:nasa skg:partnerOf kg:japan }",
    "CONSTRUCT { ?a skg:participatesIn kg:lunar-gateway } WHERE { ?a skg:participatesIn kg:lunar-gateway }",
]


@dataclass
class LoadResult:
    latencies: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    wall: float = 0.0

    def percentile(self, p: float) -> float:
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, int(p / 100 * len(ordered)))] if ordered else float("nan")


def run_load(endpoint: str, clients: int = 20, per_client: int = 200, timeout: float = 30.0) -> LoadResult:
    """Send clients × per_client queries; bounded in count and in time."""
    result = LoadResult()
    lock = threading.Lock()

    def client(number: int) -> None:
        for i in range(per_client):
            query = QUERIES[(number + i) % len(QUERIES)]
            data = urllib.parse.urlencode({"query": query}).encode()
            start = time.perf_counter()
            try:
                with urllib.request.urlopen(urllib.request.Request(endpoint, data=data), timeout=timeout) as response:
                    response.read()
                    ok = response.status == 200
                    err = f"HTTP {response.status}"
            except (urllib.error.URLError, OSError) as exc:
                ok, err = False, str(exc)
            elapsed = time.perf_counter() - start
            with lock:
                result.latencies.append(elapsed)
                if not ok:
                    result.errors.append(err)

    threads = [threading.Thread(target=client, args=(n,)) for n in range(clients)]
    began = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout * per_client)
    result.wall = time.perf_counter() - began
    return result


def start_server(graph: Path, port: int) -> subprocess.Popen[bytes]:
    process = subprocess.Popen(
        [sys.executable, "-m", "spacekg.cli", "serve", "--graph", str(graph), "--port", str(port)],
        stderr=subprocess.PIPE,
    )
    assert process.stderr is not None
    process.stderr.readline()  # the "SPARQL endpoint: …" line, printed once listening
    return process


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--url", help="endpoint to load (default: start spacekg serve)")
    parser.add_argument("--graph", default="data/spacekg.ttl")
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--queries", type=int, default=200)
    args = parser.parse_args()
    process = None
    url = args.url
    if url is None:
        from tests.servers import free_port

        port = free_port()
        process = start_server(Path(args.graph), port)
        url = f"http://127.0.0.1:{port}/sparql"
    try:
        result = run_load(url, args.clients, args.queries)
    finally:
        if process is not None:
            process.terminate()
            process.wait(timeout=10)
    total = len(result.latencies)
    print(
        f"spacekg serve load: {args.clients} clients x {args.queries} queries = {total} requests, {len(result.errors)} errors"
    )
    print(f"  wall {result.wall:.2f} s, {total / result.wall:.0f} queries/s")
    print(
        f"  latency p50 {result.percentile(50) * 1000:.1f} ms, p99 {result.percentile(99) * 1000:.1f} ms, "
        f"mean {statistics.fmean(result.latencies) * 1000:.1f} ms"
    )


if __name__ == "__main__":
    main()
