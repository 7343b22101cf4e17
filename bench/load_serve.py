"""Load on `spacekg serve`, side by side with `oxigraph serve-read-only`.

    python -m bench.load_serve                      # everything below, 20 clients x 200 queries
    python -m bench.load_serve --clients 4 --queries 20 --rounds 1   # a quick look

1. Mixed load: fast queries only, then the same with 2% runaway queries
   (queries that would run for hours; the server must cut them at its
   deadline). Prints errors on fast queries (target: zero) and the fast
   queries' p99 over the fast-only p99 (target: <= 2x).
2. Throughput and p50 of `spacekg serve` over `oxigraph serve-read-only`
   on the same fast queries (identical text, PREFIXes written out), in
   interleaved rounds; both read the same on-disk store, and spacekg is
   also measured with its default in-memory graph. Targets: >= 0.8x the
   throughput, <= 1.5x the p50.

Clients keep their connections open (HTTP/1.1 keep-alive), as SPARQL
clients do. Everything runs on 127.0.0.1 and every loop is bounded.
"""

from __future__ import annotations

import argparse
import contextlib
import http.client
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

PROLOGUE = (
    "PREFIX skg: <https://w3id.org/spacekg/ontology#>\nPREFIX kg: <https://w3id.org/spacekg/id/>\n"
    "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
)
QUERIES = [
    "SELECT ?a WHERE { ?a skg:leads kg:ilrs }",
    "SELECT ?p ?s ?e WHERE { kg:ilrs skg:hasPhase ?p . ?p skg:startYear ?s . OPTIONAL { ?p skg:endYear ?e } }",
    "SELECT ?speaker (COUNT(?c) AS ?n) WHERE { ?c a skg:Claim ; skg:speaker ?speaker } GROUP BY ?speaker ORDER BY DESC(?n)",
    "ASK { kg:nasa skg:partnerOf kg:japan }",
    "CONSTRUCT { ?a skg:participatesIn kg:lunar-gateway } WHERE { ?a skg:participatesIn kg:lunar-gateway }",
]
# Would run for hours on the article graph: every pair of triples times 900 VALUES rows.
RUNAWAY = (
    "ASK { VALUES ?a { 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30 } "
    "VALUES ?b { 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30 } "
    "?s ?p ?o . ?t ?q ?r . FILTER(STRLEN(STR(?s)) + STRLEN(STR(?t)) + ?a + ?b < 0) }"
)


PIDS: dict[str, int] = {}  # server URL -> its process


def process_cpu(pid: int) -> float:
    """CPU seconds used so far by one process (its threads included), from /proc."""
    import os

    with contextlib.suppress(OSError, IndexError, ValueError):
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return 0.0


def tree_cpu(pid: int) -> float:
    """CPU seconds used so far by a process and every process below it (live ones), from /proc."""
    import os

    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            with contextlib.suppress(OSError, IndexError, ValueError):
                parents[int(entry.name)] = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
    found, frontier = [pid], [pid]
    while frontier:
        frontier = [child for child, parent in parents.items() if parent in frontier]
        found += frontier
    total = 0.0
    for each in found:
        with contextlib.suppress(OSError, IndexError, ValueError):
            fields = Path(f"/proc/{each}/stat").read_text().rsplit(")", 1)[1].split()
            total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return total


@dataclass
class LoadResult:
    latencies: list[float] = field(default_factory=list)  # fast queries only
    errors: list[str] = field(default_factory=list)  # fast queries only
    runaway_statuses: list[int] = field(default_factory=list)
    wall: float = 0.0
    server_cpu: float = 0.0  # CPU seconds the server (and its workers) used during the run
    front_cpu: float = 0.0  # of which the server's own process (for spacekg: the HTTP front)
    client_cpu: float = 0.0  # CPU seconds this process (the clients) used during the run

    def per_query(self, seconds: float) -> float:
        count = len(self.latencies) + len(self.runaway_statuses)
        return seconds / count if count else float("nan")

    @property
    def cpu_per_query(self) -> float:
        count = len(self.latencies) + len(self.runaway_statuses)
        return self.server_cpu / count if count else float("nan")

    def percentile(self, p: float) -> float:
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, int(p / 100 * len(ordered)))] if ordered else float("nan")

    @property
    def throughput(self) -> float:
        return (len(self.latencies) + len(self.runaway_statuses)) / self.wall if self.wall else 0.0


def run_load(
    endpoint: str, clients: int = 20, per_client: int = 200, timeout: float = 30.0, runaway_every: int = 0,
    prologue: str = "", vary_runaway: int = 0,
) -> LoadResult:  # fmt: skip
    """clients x per_client POSTed queries over keep-alive connections; every
    `runaway_every`-th query of a client is the runaway (0: none), each one's
    text different (a server cannot recognise it from an earlier one)."""
    result = LoadResult()
    lock = threading.Lock()
    url = urllib.parse.urlsplit(endpoint)
    host, port, path = url.hostname or "127.0.0.1", url.port or 80, url.path
    headers = {
        "Content-Type": "application/x-www-form-urlencoded",
        "Accept": "application/sparql-results+json, text/turtle;q=0.9",
    }
    bodies = [urllib.parse.urlencode({"query": prologue + q}) for q in QUERIES]

    def runaway_body(number: int, i: int) -> str:
        text = RUNAWAY.replace("< 0", f"< -{vary_runaway * 100_000 + number * 1000 + i}")
        return urllib.parse.urlencode({"query": prologue + text})

    def client(number: int) -> None:
        connection = http.client.HTTPConnection(host, port, timeout=timeout)
        for i in range(per_client):
            runaway = runaway_every > 0 and (i + number * 7) % runaway_every == 0
            body = runaway_body(number, i) if runaway else bodies[(number + i) % len(bodies)]
            start = time.perf_counter()
            try:
                connection.request("POST", path, body, headers)
                response = connection.getresponse()
                answer = response.read()
                status, err = response.status, f"HTTP {response.status} {answer[:60]!r}"
                if response.getheader("connection", "").lower() == "close":
                    connection.close()
            except (OSError, http.client.HTTPException) as exc:
                status, err = 0, f"{type(exc).__name__}: {exc}"
                connection.close()
                connection = http.client.HTTPConnection(host, port, timeout=timeout)
            elapsed = time.perf_counter() - start
            with lock:
                if runaway:
                    result.runaway_statuses.append(status)
                else:
                    result.latencies.append(elapsed)
                    if status != 200:
                        result.errors.append(err)
        connection.close()

    threads = [threading.Thread(target=client, args=(n,)) for n in range(clients)]
    pid = PIDS.get(endpoint)
    import os

    cpu_before = tree_cpu(pid) if pid else 0.0
    front_before = process_cpu(pid) if pid else 0.0
    client_before = sum(os.times()[:2])
    began = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout * per_client)
    result.wall = time.perf_counter() - began
    result.client_cpu = sum(os.times()[:2]) - client_before
    if pid:  # killed workers' CPU is lost with them: a lower bound under runaways, exact for fast loads
        result.front_cpu = process_cpu(pid) - front_before
        result.server_cpu = tree_cpu(pid) - cpu_before
    return result


def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _wait_ready(port: int, process: subprocess.Popen[bytes], path: str) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server exited with {process.returncode}")
        with contextlib.suppress(OSError, http.client.HTTPException):
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            connection.request("GET", path + "?" + urllib.parse.urlencode({"query": "ASK {}"}))
            if connection.getresponse().status == 200:
                connection.close()
                return
        time.sleep(0.1)
    raise RuntimeError("server did not come up in 60 s")


@contextlib.contextmanager
def spacekg_server(*args: str) -> Iterator[str]:
    port = _free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "spacekg.cli", "serve", "--port", str(port), *args], stderr=subprocess.DEVNULL
    )
    try:
        _wait_ready(port, process, "/sparql")
        PIDS[f"http://127.0.0.1:{port}/sparql"] = process.pid
        yield f"http://127.0.0.1:{port}/sparql"
    finally:
        process.terminate()
        process.wait(timeout=20)


@contextlib.contextmanager
def oxigraph_server(location: Path, timeout: float) -> Iterator[str]:
    binary = shutil.which("oxigraph") or str(Path(sys.executable).with_name("oxigraph"))
    port = _free_port()
    process = subprocess.Popen(
        [binary, "serve-read-only", "--location", str(location), "--bind", f"127.0.0.1:{port}",
         "--timeout-s", str(max(1, round(timeout)))],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        _wait_ready(port, process, "/query")
        PIDS[f"http://127.0.0.1:{port}/query"] = process.pid
        yield f"http://127.0.0.1:{port}/query"
    finally:
        process.terminate()
        process.wait(timeout=20)


def _report(label: str, result: LoadResult) -> str:
    return (
        f"{label}: {len(result.latencies)} fast queries, {len(result.errors)} errors, "
        f"{result.throughput:.0f} q/s, p50 {result.percentile(50) * 1000:.1f} ms, p99 {result.percentile(99) * 1000:.1f} ms"
    )


def mixed(graph: Path, clients: int, per_client: int, timeout: float, rounds: int = 3, *extra: str) -> None:
    """Fast-only and mixed runs alternate on one server, `rounds` times; the
    ratio is taken within each round (both runs saw the same machine load)."""
    print(f"Mixed load: {clients} clients x {per_client} queries, timeout {timeout:g} s, {rounds} interleaved rounds"
          + (f", serve {' '.join(extra)}" if extra else ""))  # fmt: skip
    ratios: list[float] = []
    errors = 0
    runaways: list[int] = []
    with spacekg_server("--graph", str(graph), "--timeout", str(timeout), *extra) as url:
        run_load(url, clients, max(1, per_client // 10))  # warm up
        for number in range(rounds):
            fast = run_load(url, clients, per_client)
            loaded = run_load(url, clients, per_client, runaway_every=50, vary_runaway=number)
            statuses = {s: loaded.runaway_statuses.count(s) for s in sorted(set(loaded.runaway_statuses))}
            ratios.append(loaded.percentile(99) / fast.percentile(99))
            errors += len(loaded.errors)
            runaways += loaded.runaway_statuses
            print("  " + _report(f"round {number + 1} fast only      ", fast))
            print("  " + _report(f"round {number + 1} with 2% runaway", loaded) + f", runaways answered {statuses}"
                  + (f" {sorted(set(loaded.errors))[:3]}" if loaded.errors else ""))  # fmt: skip
    total = {s: runaways.count(s) for s in sorted(set(runaways))}
    print(f"  runaway queries: {len(runaways)}, answered {total} (504: cut at the deadline; 503: refused while the "
          "long-query slots were full)")  # fmt: skip
    print(f"  fast-query errors under mixed load: {errors} (target 0)")
    print(f"  fast-query p99 mixed / fast-only: median {statistics.median(ratios):.2f}x "
          f"({min(ratios):.2f}-{max(ratios):.2f}) (target <= 2x)")  # fmt: skip


def side_by_side(
    graph: Path, clients: int, per_client: int, rounds: int, timeout: float, *extra: str, workers: int = 0
) -> None:
    import pyoxigraph as ox

    print(f"\nSide by side: {clients} clients x {per_client} fast queries, {rounds} interleaved rounds")
    with tempfile.TemporaryDirectory(prefix="spacekg-bench-") as tmp:
        location = Path(tmp) / "store"
        store = ox.Store(str(location))
        store.bulk_load(path=str(graph), format=ox.RdfFormat.TURTLE)
        store.optimize()
        del store
        results: dict[str, list[LoadResult]] = {"oxigraph": [], "spacekg --store": [], "spacekg --graph": []}
        for _ in range(rounds):
            with oxigraph_server(location, timeout) as url:
                run_load(url, clients, max(1, per_client // 10), prologue=PROLOGUE)
                results["oxigraph"].append(run_load(url, clients, per_client, prologue=PROLOGUE))
            with spacekg_server("--store", f"oxigraph:{location}", "--timeout", str(timeout), *extra) as url:
                run_load(url, clients, max(1, per_client // 10), prologue=PROLOGUE)
                results["spacekg --store"].append(run_load(url, clients, per_client, prologue=PROLOGUE))
            with spacekg_server("--graph", str(graph), "--timeout", str(timeout), *extra) as url:
                run_load(url, clients, max(1, per_client // 10), prologue=PROLOGUE)
                results["spacekg --graph"].append(run_load(url, clients, per_client, prologue=PROLOGUE))
            if workers:  # the same with another worker count, in the same rounds
                with spacekg_server("--graph", str(graph), "--timeout", str(timeout), "--workers", str(workers),
                                    *extra) as url:  # fmt: skip
                    run_load(url, clients, max(1, per_client // 10), prologue=PROLOGUE)
                    results.setdefault(f"  --workers {workers}", []).append(
                        run_load(url, clients, per_client, prologue=PROLOGUE)
                    )
    base_q = statistics.median(r.throughput for r in results["oxigraph"])
    base_p50 = statistics.median(r.percentile(50) for r in results["oxigraph"])
    base_cpu = statistics.median(r.cpu_per_query for r in results["oxigraph"])
    import os

    print(f"  (1-minute load average at the end: {os.getloadavg()[0]:.1f})")
    for name, runs in results.items():
        q = [r.throughput for r in runs]
        p50 = [r.percentile(50) * 1000 for r in runs]
        errors = sum(len(r.errors) for r in runs)
        cpu = statistics.median(r.cpu_per_query for r in runs)
        front = statistics.median(r.per_query(r.front_cpu) for r in runs)
        client = statistics.median(r.per_query(r.client_cpu) for r in runs)
        line = (f"  {name:16} {statistics.median(q):6.0f} q/s ({min(q):.0f}-{max(q):.0f}), "
                f"p50 {statistics.median(p50):5.2f} ms ({min(p50):.2f}-{max(p50):.2f}), "
                f"server CPU {cpu * 1e6:.0f} us/query"
                + ("" if name == "oxigraph" else f" (front {front * 1e6:.0f}, workers {(cpu - front) * 1e6:.0f})")
                + f", clients {client * 1e6:.0f} us/query, errors {errors}")  # fmt: skip
        if name != "oxigraph":
            line += (f"  -> throughput {statistics.median(q) / base_q:.2f}x (target >= 0.8), "
                     f"p50 {statistics.median(p50) / 1000 / base_p50:.2f}x (target <= 1.5), "
                     + (f"CPU per query {cpu / base_cpu:.2f}x" if base_cpu > 0 else "CPU per query n/a"))  # fmt: skip
            # the same ratios taken within each round (both servers saw that round's machine load)
            rq = [r.throughput / b.throughput for r, b in zip(runs, results["oxigraph"], strict=False) if b.throughput]
            rp = [r.percentile(50) / b.percentile(50) for r, b in zip(runs, results["oxigraph"], strict=False)]
            if rq and rp:
                line += (f"; per round: throughput {statistics.median(rq):.2f}x ({min(rq):.2f}-{max(rq):.2f}), "
                         f"p50 {statistics.median(rp):.2f}x ({min(rp):.2f}-{max(rp):.2f})")  # fmt: skip
        print(line)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--graph", default="data/release/spacekg.ttl")
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--timeout", type=float, default=2.0)
    parser.add_argument("--only", choices=["mixed", "side-by-side"])
    parser.add_argument("--workers", type=int, default=0,
                        help="side by side: also run spacekg --graph with this many workers in each round")  # fmt: skip
    parser.add_argument("--serve-option", action="append", default=[], metavar="OPT",
                        help="extra option for every spacekg serve (repeat; e.g. --serve-option=--workers=4)")  # fmt: skip
    args = parser.parse_args()
    graph = Path(args.graph)
    if args.only != "side-by-side":
        mixed(graph, args.clients, args.queries, args.timeout, args.rounds, *args.serve_option)
    if args.only != "mixed":
        side_by_side(graph, args.clients, args.queries, args.rounds, args.timeout, *args.serve_option,
                     workers=args.workers)  # fmt: skip


if __name__ == "__main__":
    main()
