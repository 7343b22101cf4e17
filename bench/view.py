"""Views side by side: spacekg's page against plain pyvis, 100 to 10,000 nodes.

For each size: time to generate the HTML, its size, and the time until the
page is laid out and responsive in headless Chromium (for spacekg: first
frame drawn and the main thread answering; for plain pyvis, whose physics
lays the graph out in the page: stabilized and answering, capped).

A third page, bare vis-network, holds the same drawn nodes, edges and
options as spacekg's page and nothing else (no legend, search, labels'
declutter, fit or details): it is ready when vis has drawn it once. spacekg
and bare vis-network are opened in interleaved rounds (``--rounds``), each
also measured by the main-thread seconds of its renderer (Chrome's
``TaskDuration``), which a shared machine's load inflates less than wall
time: their ratio is what spacekg's page costs over vis-network's own work.

    python -m bench.view
    python -m bench.view --sizes 100,1000 --cap 30
    python -m bench.view --sizes 10000 --rounds 5 --no-pyvis
"""

from __future__ import annotations

import argparse
import random
import re
import statistics
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


BARE_READY = 'network.once("afterDrawing", () => { document.body.dataset.ready = "true"; });'


def bare_vis(page: str) -> str:
    """A vis-network page with the data spacekg's ``page`` gives vis (nodes,
    drawn edges, options) and vis's own script and styles, nothing else."""
    data = re.search(r'<script id="spacekg-data" type="application/json">(.*?)</script>', page, re.S)
    vis = re.search(r"<script>(.*?)</script>\s*<script>\s*\"use strict\"", page, re.S)
    css = re.search(r"<style>(.*?)</style>", page, re.S)
    if data is None or vis is None or css is None:
        raise ValueError("not a spacekg view page")
    return (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><style>{css.group(1)}</style>'
        "<style>html, body { margin: 0; height: 100%; } #graph { position: absolute; inset: 2.5em 22em 0 14em; }</style>"
        f'</head><body><div id="graph"></div><script id="spacekg-data" type="application/json">{data.group(1)}</script>'
        f'<script>{vis.group(1)}</script><script>\n"use strict";\n'
        'const data = JSON.parse(document.getElementById("spacekg-data").textContent);\n'
        # the node fields spacekg's page hands vis (see templates/view.html)
        "const drawn = (n) => ({ id: n.id, label: n.label, x: n.x, y: n.y, color: n.color, shape: n.shape,"
        " family: n.family, cls: n.cls });\n"
        'const network = new vis.Network(document.getElementById("graph"),'
        " { nodes: new vis.DataSet(data.nodes.map(drawn)), edges: new vis.DataSet(data.edges) }, data.options);\n"
        f"{BARE_READY}\n</script></body></html>"
    )


def in_browser(path: Path, kind: str, cap: float) -> float | None:
    found = measured(path, kind, cap)
    return None if found is None else found[0]


def measured(path: Path, kind: str, cap: float) -> tuple[float, float] | None:
    """Seconds until ready (None: over the cap) and the renderer main thread's busy seconds by then."""
    from tests.browser import chromium_page

    with chromium_page() as page:
        cdp = page.context.new_cdp_session(page)
        cdp.send("Performance.enable")
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
        ready = time.perf_counter() - start
        metrics = {m["name"]: m["value"] for m in cdp.send("Performance.getMetrics")["metrics"]}
        return ready, float(metrics.get("TaskDuration", 0.0))


def _spread(values: list[float]) -> str:
    return f"{statistics.median(values):.2f} [{min(values):.2f}–{max(values):.2f}]"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="100,1000,10000")
    parser.add_argument("--cap", type=float, default=60.0, help="seconds to wait for a page in the browser")
    parser.add_argument("--rounds", type=int, default=3, help="interleaved rounds of spacekg and bare vis-network")
    parser.add_argument("--no-browser", action="store_true", help="only generate the pages (no Chromium)")
    parser.add_argument("--only-spacekg", action="store_true", help="skip plain pyvis and bare vis-network")
    parser.add_argument("--no-pyvis", action="store_true", help="skip plain pyvis (which takes the cap at 1,000 nodes)")
    args = parser.parse_args()
    rows: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(prefix="spacekg-view-bench-") as tmp:
        for size in (int(s) for s in args.sizes.split(",")):
            graph = synthetic(size)
            start = time.perf_counter()
            html = render_html(graph)
            pages = {"spacekg": (html, time.perf_counter() - start)}
            if not args.only_spacekg:
                pages["bare vis-network"] = (bare_vis(html), None)
                if not args.no_pyvis:
                    start = time.perf_counter()
                    pages["plain pyvis"] = (plain_pyvis(graph), time.perf_counter() - start)
            paths = {}
            for kind, (text, _) in pages.items():
                paths[kind] = Path(tmp) / f"{kind.replace(' ', '-')}-{size}.html"
                paths[kind].write_text(text, encoding="utf-8")
            times: dict[str, list[tuple[float, float] | None]] = {kind: [] for kind in pages}
            for round_ in range(0 if args.no_browser else args.rounds):
                for kind in pages:
                    if kind == "plain pyvis" and round_:
                        continue  # laid out in the page, it takes the cap from 1,000 nodes: once is enough
                    found = measured(paths[kind], "pyvis" if kind == "plain pyvis" else "spacekg", args.cap)
                    times[kind].append(found)
                    shown = "over the cap" if found is None else f"ready {found[0]:.2f} s, main thread {found[1]:.2f} s"
                    print(f"  round {round_ + 1}: {size:>6} {kind:<16} {shown}", flush=True)
            for kind, (text, generate) in pages.items():
                done = [t for t in times[kind] if t is not None]
                rows.append({"nodes": size, "edges": graph.number_of_edges(), "view": kind, "generate": generate,
                             "bytes": len(text.encode()), "ready": [t[0] for t in done], "cpu": [t[1] for t in done],
                             "over": len(done) < len(times[kind])})  # fmt: skip
    print()
    print("Medians [min–max] of the rounds; ready: laid out and responsive in headless Chromium (wall s);")
    print("main thread: the renderer's busy seconds until then (`TaskDuration`).")
    print()
    print("| nodes | edges | view | generate (s) | HTML (MB) | ready (s) | main thread (s) |")
    print("|---|---|---|---|---|---|---|")
    for row in rows:
        ready = _spread(row["ready"]) if row["ready"] and not row["over"] else f"> {args.cap:.0f} (not stabilized)"
        cpu = _spread(row["cpu"]) if row["cpu"] and not row["over"] else "–"
        generate = f"{row['generate']:.2f}" if row["generate"] is not None else "–"
        print(
            f"| {row['nodes']:,} | {row['edges']:,} | {row['view']} | {generate} | {row['bytes'] / 1e6:.2f} | {ready} | {cpu} |"
        )
    print()
    ours = {r["nodes"]: r for r in rows if r["view"] == "spacekg"}
    bare = {r["nodes"]: r for r in rows if r["view"] == "bare vis-network"}
    for size in sorted(set(ours) & set(bare)):
        a, b = ours[size], bare[size]
        if a["cpu"] and b["cpu"] and len(a["cpu"]) == len(b["cpu"]):
            per_round = [x / y for x, y in zip(a["cpu"], b["cpu"], strict=True)]
            print(
                f"spacekg / bare vis-network at {size:,} nodes: main thread "
                f"{statistics.median(a['cpu']) / statistics.median(b['cpu']):.2f}× "
                f"(per round {min(per_round):.2f}–{max(per_round):.2f}×), ready "
                f"{statistics.median(a['ready']) / statistics.median(b['ready']):.2f}×"
            )
    sizes = sorted(ours)
    if len(sizes) > 1:
        per_node = [(ours[n]["bytes"] - ours[sizes[0]]["bytes"]) / (n - sizes[0]) for n in sizes[1:]]
        print(
            "spacekg HTML growth per added node (bytes): "
            + ", ".join(f"{b:.0f}" for b in per_node)
            + " (constant = linear size)"
        )


if __name__ == "__main__":
    main()
