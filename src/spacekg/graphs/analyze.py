"""Network analytics on the projection: centrality, blocs, explained paths.

Scales by size: betweenness is exact up to ``EXACT_LIMIT`` nodes and
estimated from sampled sources (fixed seed) above it: ``PIVOTS`` of them up to
``FULL_PIVOTS_LIMIT`` nodes, then fewer as the graph grows (the work of
``PIVOT_VISITS`` node visits, at least ``MIN_PIVOTS`` sources); blocs are
Louvain communities with a fixed seed; explained paths are always exact
shortest paths. :func:`analyze` runs everything and says which method it
used; :func:`render` turns the result into the table, JSON or CSV the CLI
prints.
"""

from __future__ import annotations

import csv
import io
import itertools
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import networkx as nx

from spacekg.core.namespaces import local_name
from spacekg.errors import GraphError
from spacekg.graphs.projection import flat_copy, resolve_node

ACTOR_CLASSES = {"Agent"}
EXACT_LIMIT = 2000  # nodes; above it betweenness is sampled
PIVOTS = 100  # sampled sources for approximate betweenness
FULL_PIVOTS_LIMIT = 10_000  # nodes; above it fewer sources are sampled
PIVOT_VISITS = PIVOTS * FULL_PIVOTS_LIMIT  # sources x nodes above that size
MIN_PIVOTS = 40
SEED = 42
Progress = Callable[[str], None]


@dataclass(frozen=True)
class Step:
    source: str
    target: str
    label: str
    forward: bool
    kind: str
    evidence: list[dict[str, Any]]


def undirected(graph: nx.MultiDiGraph, facts_only: bool = True) -> nx.Graph:
    """A simple undirected graph, nodes and edges in sorted order (so seeded
    methods give the same answer however the projection was built)."""
    weights: dict[tuple[str, str], int] = {}
    for u, v, data in graph.edges(data=True):
        if u == v or (facts_only and data.get("kind") != "fact"):
            continue
        pair = (u, v) if u < v else (v, u)
        weights[pair] = weights.get(pair, 0) + 1
    simple = nx.Graph()
    simple.add_nodes_from(sorted(graph.nodes))
    simple.add_weighted_edges_from((u, v, w) for (u, v), w in sorted(weights.items()))
    return simple


def pivots_for(nodes: int) -> int:
    """Sampled sources for a graph of ``nodes`` nodes: ``PIVOTS`` up to
    ``FULL_PIVOTS_LIMIT`` nodes, then ``PIVOT_VISITS / nodes`` (so the
    estimate's cost stops growing with the square of the size), never fewer
    than ``MIN_PIVOTS`` nor more than the nodes."""
    if nodes <= FULL_PIVOTS_LIMIT:
        return min(PIVOTS, nodes)
    return min(PIVOTS, nodes, max(MIN_PIVOTS, PIVOT_VISITS // nodes))


def betweenness_method(nodes: int) -> str:
    if nodes <= EXACT_LIMIT:
        return "exact"
    return (
        f"estimated from {pivots_for(nodes)} sampled sources (seed {SEED}; exact up to {EXACT_LIMIT} nodes, "
        f"{PIVOTS} sources up to {FULL_PIVOTS_LIMIT} nodes, fewer above, at least {MIN_PIVOTS})"
    )


def centrality(graph: nx.MultiDiGraph, facts_only: bool = True, simple: nx.Graph | None = None) -> list[dict[str, Any]]:
    """Degree and betweenness centrality of every node, highest betweenness
    first. Betweenness is exact up to ``EXACT_LIMIT`` nodes, sampled above.
    ``simple``: the undirected graph, if already made."""
    simple = undirected(graph, facts_only) if simple is None else simple
    degree = nx.degree_centrality(simple)
    n = simple.number_of_nodes()
    between = (
        nx.betweenness_centrality(simple) if n <= EXACT_LIMIT else sampled_betweenness(simple, pivots_for(n), SEED)
    )
    rows = [
        {"node": n, "label": graph.nodes[n].get("label", n), "class": graph.nodes[n].get("cls", ""),
         "degree": round(degree[n], 4), "betweenness": round(between[n], 4)}
        for n in simple
    ]  # fmt: skip
    return sorted(rows, key=lambda r: (-r["betweenness"], -r["degree"], r["label"]))


def sampled_betweenness(graph: nx.Graph, pivots: int, seed: int) -> dict[Any, float]:
    """Betweenness estimated from ``pivots`` sampled sources: exactly what
    ``nx.betweenness_centrality(graph, k=pivots, seed=seed)`` returns (the
    same sources, the same sums in the same order, so the same floats), in
    about a third of its time: Brandes' accumulation over integer-indexed
    adjacency lists, predecessors found by distance instead of stored."""
    import random

    nodes = list(graph.nodes())
    n = len(nodes)
    index = {v: i for i, v in enumerate(nodes)}
    adjacency = [[index[w] for w in graph[v]] for v in nodes]
    sources = random.Random(seed).sample(nodes, pivots)
    between = [0.0] * n
    for source in sources:
        s = index[source]
        sigma = [0.0] * n
        dist = [-1] * n
        sigma[s], dist[s] = 1.0, 0
        order = [s]  # breadth-first: the queue, then the stack
        head = 0
        while head < len(order):
            v = order[head]
            head += 1
            next_dist, paths = dist[v] + 1, sigma[v]
            for w in adjacency[v]:
                if dist[w] < 0:
                    order.append(w)
                    dist[w] = next_dist
                    sigma[w] += paths
                elif dist[w] == next_dist:
                    sigma[w] += paths
        delta = [0.0] * n
        for w in reversed(order):
            coeff = (1 + delta[w]) / sigma[w]
            up = dist[w] - 1
            for v in adjacency[w]:
                if dist[v] == up:
                    delta[v] += sigma[v] * coeff
            if w != s:
                between[w] += delta[w]
    # networkx's rescaling for sampled sources, endpoints excluded, normalized
    pairs = n - 2
    sampled = set(sources)
    scale_source = 1 / ((pivots - 1) * pairs) if pivots > 1 else float("nan")
    scale_other = 1 / (pivots * pairs)
    return {v: between[i] * (scale_source if v in sampled else scale_other) for i, v in enumerate(nodes)}


def communities(
    graph: nx.MultiDiGraph, facts_only: bool = False, actors_only: bool = True, simple: nx.Graph | None = None
) -> list[list[str]]:
    """Blocs by Louvain modularity (fixed seed); claims count as ties unless
    facts_only.

    With actors_only, the communities are computed on the whole graph but
    only actors are listed, since blocs are groups of actors."""
    simple = undirected(graph, facts_only) if simple is None else simple
    if simple.number_of_nodes() <= EXACT_LIMIT:
        found = nx.community.greedy_modularity_communities(simple, weight="weight")
    else:
        found = nx.community.louvain_communities(simple, weight="weight", seed=SEED)
    blocs = []
    for group in found:
        members = sorted(n for n in group if not actors_only or ACTOR_CLASSES & set(graph.nodes[n].get("classes", [])))
        if members:
            blocs.append(members)
    return sorted(blocs, key=lambda b: (-len(b), b))


KIND_ORDER = {"fact": 0, "modal": 1, "claim": 2, "stance": 2}  # a path step prefers a fact, then a modal statement


def explain_path(
    graph: nx.MultiDiGraph, start: str, end: str, facts_only: bool = False, simple: nx.Graph | None = None
) -> list[Step]:
    """The shortest chain of edges linking two nodes, in either direction.
    ``simple``: the undirected graph for ``facts_only``, if already made."""
    a, b = resolve_node(graph, start), resolve_node(graph, end)
    simple = undirected(graph, facts_only) if simple is None else simple
    try:
        nodes = nx.shortest_path(simple, a, b)
    except nx.NetworkXNoPath:
        raise GraphError(f"no path between {start} and {end}") from None
    steps = []
    for u, v in itertools.pairwise(nodes):
        candidates = [(u, v, d, True) for d in graph.get_edge_data(u, v, default={}).values()]
        candidates += [(v, u, d, False) for d in graph.get_edge_data(v, u, default={}).values()]
        candidates = [c for c in candidates if not facts_only or c[2].get("kind") == "fact"]
        # Prefer a fact, then a modal statement, then a claim; then the edge with the most evidence.
        src, dst, data, forward = sorted(
            candidates, key=lambda c: (KIND_ORDER.get(c[2].get("kind", ""), 3), -len(c[2].get("evidence", [])))
        )[0]
        steps.append(
            Step(
                source=src,
                target=dst,
                label=data.get("label", ""),
                forward=forward,
                kind=data.get("kind", "fact"),
                evidence=data.get("evidence", []),
            )
        )
    return steps


def chain(graph: nx.MultiDiGraph, steps: list[Step]) -> str:
    """'United Kingdom ←country— British military —cooperates with→ United States'."""
    if not steps:
        return ""

    def name(node: str) -> str:
        return str(graph.nodes[node].get("label", node))

    first = steps[0]
    text = name(first.target if not first.forward else first.source)
    for step in steps:
        tag = f"{step.label}{' [claim]' if step.kind in ('claim', 'stance') else ''}"
        if step.forward:
            text += f" —{tag}→ {name(step.target)}"
        else:
            text += f" ←{tag}— {name(step.source)}"
    return text


def export(graph: nx.MultiDiGraph, path: Path, fmt: str) -> bytes:
    """GraphML, GEXF 1.2 (Gephi) or Cytoscape JSON of the projection, with
    every class of every node (``classes``), nodes and edges sorted."""
    import io

    if fmt == "cytoscape":
        data = nx.cytoscape_data(graph)
        data["elements"]["nodes"].sort(key=lambda n: n["data"]["id"])
        for node in data["elements"]["nodes"]:
            node["classes"] = " ".join(node["data"].get("classes", []))  # Cytoscape.js element classes
        for edge in data["elements"]["edges"]:
            edge["data"]["id"] = f"{edge['data']['source']}|{edge['data']['key']}|{edge['data']['target']}"
        data["elements"]["edges"].sort(key=lambda e: e["data"]["id"])
        return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8")
    flat = flat_copy(graph)
    buffer = io.BytesIO()
    if fmt == "graphml":
        nx.write_graphml(flat, buffer, encoding="utf-8")
    elif fmt == "gexf":
        nx.write_gexf(flat, buffer, encoding="utf-8")
        return gexf_fixup(buffer.getvalue())
    else:
        raise GraphError(f"unknown export format {fmt!r}; use graphml, gexf or cytoscape")
    return buffer.getvalue()


def gexf_fixup(data: bytes) -> bytes:
    """Make networkx's GEXF valid GEXF 1.2: no ``graph@name`` (not in the
    schema), ``timeformat`` from the schema's list (years are integers, not
    "long"), and no ``lastmodifieddate`` (today's date made the file change
    every day)."""
    from xml.etree import ElementTree as ET

    ns = "http://www.gexf.net/1.2draft"
    ET.register_namespace("", ns)
    ET.register_namespace("xsi", "http://www.w3.org/2001/XMLSchema-instance")
    root = ET.fromstring(data)
    for graph in root.iter(f"{{{ns}}}graph"):
        graph.attrib.pop("name", None)
        if graph.get("timeformat") == "long":
            graph.set("timeformat", "integer")
    for meta in root.iter(f"{{{ns}}}meta"):
        meta.attrib.pop("lastmodifieddate", None)
    ET.indent(root, space="  ")
    return bytes(ET.tostring(root, encoding="utf-8", xml_declaration=True)) + b"\n"


@dataclass
class Report:
    """What ``spacekg analyze`` found, and how (for larger graphs some
    measures are estimated; ``methods`` says which)."""

    nodes: int
    edges: int
    facts_only: bool
    ranking: list[dict[str, Any]]
    blocs: list[list[str]]
    labels: dict[str, str]
    steps: list[Step] | None = None
    methods: dict[str, str] = field(default_factory=dict)


def analyze(
    graph: nx.MultiDiGraph,
    top: int = 10,
    path_ends: tuple[str, str] | None = None,
    facts_only: bool = False,
    progress: Progress | None = None,
) -> Report:
    """Centrality, blocs and (with ``path_ends``) an explained path;
    ``progress`` is told the name of each step as it starts."""
    tell = progress or (lambda _step: None)
    tell("centrality")
    simple = undirected(graph, facts_only)
    ranking = centrality(graph, facts_only, simple)[:top]
    tell("blocs")
    blocs = communities(graph, facts_only, simple=simple)
    steps = None
    if path_ends is not None:
        tell("path")
        steps = explain_path(graph, *path_ends, facts_only=facts_only, simple=simple)
    methods = {
        "betweenness": betweenness_method(simple.number_of_nodes()),
        "blocs": "greedy modularity"
        if simple.number_of_nodes() <= EXACT_LIMIT
        else f"Louvain modularity (seed {SEED})",
        "path": "exact shortest path",
    }
    labels = {n: str(graph.nodes[n].get("label", n)) for n in graph}
    return Report(
        nodes=graph.number_of_nodes(), edges=graph.number_of_edges(), facts_only=facts_only, ranking=ranking,
        blocs=blocs, labels=labels, steps=steps, methods=methods,
    )  # fmt: skip


def render(report: Report, fmt: str = "table") -> str:
    """The report as ``table`` (for reading), ``json`` or ``csv``."""
    if fmt == "json":
        return _render_json(report)
    if fmt == "csv":
        return _render_csv(report)
    if fmt != "table":
        raise GraphError(f"unknown format {fmt!r}; use table, json or csv")
    label = report.labels
    lines = [
        f"Most central (of {report.nodes} nodes, {report.edges} edges{', facts only' if report.facts_only else ''}):"
    ]
    if report.methods.get("betweenness", "exact") != "exact":
        lines.append(f"  betweenness {report.methods['betweenness']}")
    width = max((len(str(r["label"])) for r in report.ranking), default=5)
    lines.append(f"  {'node'.ljust(width)}  {'class':<26}  degree  betweenness")
    for row in report.ranking:
        lines.append(
            f"  {str(row['label']).ljust(width)}  {row['class']:<26}  {row['degree']:.3f}   {row['betweenness']:.3f}"
        )
    lines.append(f"\nBlocs of actors ({report.methods.get('blocs', 'Louvain')}, {len(report.blocs)}):")
    for i, bloc in enumerate(report.blocs, 1):
        lines.append(f"  {i}. " + ", ".join(label[n] for n in bloc))
    if report.steps is not None:
        lines.append("\nPath: " + _chain_labels(label, report.steps))
        for step in report.steps:
            spans = "; ".join(
                f"{local_name(e['source'])} {e['start']}-{e['end']}" + (f": {e['quote']}" if "quote" in e else "")
                for e in step.evidence
            )
            lines.append(
                f"  {label[step.source]} —{step.label}→ {label[step.target]}  [{step.kind}] evidence: {spans or 'none'}"
            )
    return "\n".join(lines) + "\n"


def _chain_labels(label: dict[str, str], steps: list[Step]) -> str:
    graph = nx.MultiDiGraph()
    graph.add_nodes_from((n, {"label": text}) for n, text in label.items())
    return chain(graph, steps)


def _render_json(report: Report) -> str:
    doc: dict[str, Any] = {
        "nodes": report.nodes,
        "edges": report.edges,
        "methods": report.methods,
        "centrality": report.ranking,
        "blocs": [[{"node": n, "label": report.labels[n]} for n in b] for b in report.blocs],
    }
    if report.steps is not None:
        doc["path"] = [
            {"from": s.source, "to": s.target, "relation": s.label, "kind": s.kind, "evidence": s.evidence}
            for s in report.steps
        ]
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def _render_csv(report: Report) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["node", "label", "class", "degree", "betweenness", "bloc"])
    bloc_of = {n: i + 1 for i, b in enumerate(report.blocs) for n in b}
    for row in report.ranking:
        writer.writerow(
            [row["node"], row["label"], row["class"], row["degree"], row["betweenness"], bloc_of.get(row["node"], "")]
        )
    return out.getvalue()
