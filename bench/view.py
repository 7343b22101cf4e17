"""Views side by side: spacekg's page against plain pyvis, 100 to 10,000 nodes.

For each size: time to generate the HTML, its size, and the time until the
page is laid out and responsive in headless Chromium (for spacekg: first
frame drawn and the main thread answering; for plain pyvis, whose physics
lays the graph out in the page: stabilized and answering, capped).

    python -m bench.view
    python -m bench.view --sizes 100,1000 --cap 30
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from pathlib import Path
from typing import Any

import networkx as nx

from spacekg.graphs.view import render_html

CLASSES = ["Country", "SpaceAgency", "Program", "Person", "MediaOutlet", "DraftResolution", "Topic"]


def synthetic(nodes: int, seed: int = 7) -> nx.MultiDiGraph:
    """A space-actor-like network: about two edges per node, a few hubs."""
    rng = random.Random(seed)
    graph = nx.MultiDiGraph()
    for i in range(nodes):
        cls = CLASSES[i % len(CLASSES)]
        graph.add_node(f"https://w3id.org/spacekg/id/n{i}", label=f"{cls} {i}", cls=cls, classes=[cls, "Entity"])
    for i in range(1, nodes):
        for target in {rng.randrange(i), int(rng.paretovariate(1.2)) % i}:
            graph.add_edge(
                f"https://w3id.org/spacekg/id/n{i}", f"https://w3id.org/spacekg/id/n{target}",
                key="https://w3id.org/spacekg/ontology#cooperatesWith", predicate="https://w3id.org/spacekg/ontology#cooperatesWith",
                label="cooperates with", kind="fact", evidence=[],
            )  # fmt: skip
    return graph


def plain_pyvis(graph: nx.MultiDiGraph) -> str:
    from pyvis.network import Network

    net = Network(directed=True, cdn_resources="in_line")
    for node, data in graph.nodes(data=True):
        net.add_node(node, label=data["label"], title=data["cls"])
    for u, v, data in graph.edges(data=True):
        net.add_edge(u, v, title=data["label"])
    return str(net.generate_html())


def in_browser(path: Path, kind: str, cap: float) -> float | None:
    from tests.browser import chromium_page

    with chromium_page() as page:
        start = time.perf_counter()
        try:
            page.goto(path.as_uri(), wait_until="load", timeout=int(cap * 1000))
            if kind == "spacekg":
                page.wait_for_selector("body[data-ready=true]", timeout=int(cap * 1000))
            else:
                remaining = cap - (time.perf_counter() - start)
                page.wait_for_function(
                    "typeof network !== 'undefined' && network.physics && network.physics.stabilized === true",
                    timeout=int(max(remaining, 0.1) * 1000), polling=100,
                )  # fmt: skip
            page.evaluate("1")  # the main thread is free to answer
        except Exception:  # Playwright's timeout: report it as over the cap
            return None
        return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="100,1000,10000")
    parser.add_argument("--cap", type=float, default=60.0, help="seconds to wait for a page in the browser")
    parser.add_argument("--no-browser", action="store_true", help="only generate the pages (no Chromium)")
    parser.add_argument("--only-spacekg", action="store_true", help="skip plain pyvis")
    args = parser.parse_args()
    rows: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(prefix="spacekg-view-bench-") as tmp:
        for size in (int(s) for s in args.sizes.split(",")):
            graph = synthetic(size)
            makers = [("spacekg", lambda g: render_html(g)), ("plain pyvis", plain_pyvis)]
            for kind, make in makers[:1] if args.only_spacekg else makers:
                start = time.perf_counter()
                html = make(graph)
                generate = time.perf_counter() - start
                path = Path(tmp) / f"{kind.replace(' ', '-')}-{size}.html"
                path.write_text(html, encoding="utf-8")
                ready = (
                    None if args.no_browser else in_browser(path, "spacekg" if kind == "spacekg" else "pyvis", args.cap)
                )
                rows.append({"nodes": size, "edges": graph.number_of_edges(), "view": kind, "generate": generate,
                             "bytes": len(html.encode()), "ready": ready})  # fmt: skip
                shown = f"{ready:.2f} s" if ready is not None else f"> {args.cap:.0f} s"
                print(
                    f"  {size:>6} {kind:<12} generate {generate:6.2f} s  {len(html) / 1e6:6.2f} MB  ready {shown}",
                    flush=True,
                )
    print()
    print("| nodes | edges | view | generate (s) | HTML (MB) | laid out and responsive in Chromium (s) |")
    print("|---|---|---|---|---|---|")
    for row in rows:
        ready = f"{row['ready']:.2f}" if row["ready"] is not None else f"> {args.cap:.0f} (not stabilized)"
        print(
            f"| {row['nodes']:,} | {row['edges']:,} | {row['view']} | {row['generate']:.2f} | {row['bytes'] / 1e6:.2f} | {ready} |"
        )
    print()
    spacekg = {r["nodes"]: r for r in rows if r["view"] == "spacekg"}
    sizes = sorted(spacekg)
    if len(sizes) > 1:
        per_node = [(spacekg[n]["bytes"] - spacekg[sizes[0]]["bytes"]) / (n - sizes[0]) for n in sizes[1:]]
        print(
            "spacekg HTML growth per added node (bytes): "
            + ", ".join(f"{b:.0f}" for b in per_node)
            + " (constant = linear size)"
        )


if __name__ == "__main__":
    main()
