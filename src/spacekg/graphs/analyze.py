"""Network analytics on the projection: centrality, blocs, explained paths."""

from __future__ import annotations

import itertools
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import networkx as nx

from spacekg.errors import GraphError
from spacekg.graphs.projection import flat_copy, resolve_node

ACTOR_CLASSES = {"Agent"}


@dataclass(frozen=True)
class Step:
    source: str
    target: str
    label: str
    forward: bool
    kind: str
    evidence: list[dict[str, Any]]


def undirected(graph: nx.MultiDiGraph, facts_only: bool = True) -> nx.Graph:
    simple = nx.Graph()
    simple.add_nodes_from(graph.nodes(data=True))
    for u, v, data in graph.edges(data=True):
        if u == v or (facts_only and data.get("kind") != "fact"):
            continue
        weight = simple[u][v]["weight"] + 1 if simple.has_edge(u, v) else 1
        simple.add_edge(u, v, weight=weight)
    return simple


def centrality(graph: nx.MultiDiGraph, facts_only: bool = True) -> list[dict[str, Any]]:
    """Degree and betweenness centrality of every node, highest betweenness first."""
    simple = undirected(graph, facts_only)
    degree = nx.degree_centrality(simple)
    between = nx.betweenness_centrality(simple, seed=42)
    rows = [
        {"node": n, "label": graph.nodes[n].get("label", n), "class": graph.nodes[n].get("cls", ""),
         "degree": round(degree[n], 4), "betweenness": round(between[n], 4)}
        for n in simple
    ]  # fmt: skip
    return sorted(rows, key=lambda r: (-r["betweenness"], -r["degree"], r["label"]))


def communities(graph: nx.MultiDiGraph, facts_only: bool = False, actors_only: bool = True) -> list[list[str]]:
    """Blocs by greedy modularity; claims count as ties unless facts_only.

    With actors_only, the communities are computed on the whole graph but
    only actors are listed, since blocs are groups of actors."""
    simple = undirected(graph, facts_only)
    found = nx.community.greedy_modularity_communities(simple, weight="weight")
    blocs = []
    for group in found:
        members = sorted(n for n in group if not actors_only or ACTOR_CLASSES & set(graph.nodes[n].get("classes", [])))
        if members:
            blocs.append(members)
    return sorted(blocs, key=lambda b: (-len(b), b))


def explain_path(graph: nx.MultiDiGraph, start: str, end: str, facts_only: bool = False) -> list[Step]:
    """The shortest chain of edges linking two nodes, in either direction."""
    a, b = resolve_node(graph, start), resolve_node(graph, end)
    simple = undirected(graph, facts_only)
    try:
        nodes = nx.shortest_path(simple, a, b)
    except nx.NetworkXNoPath:
        raise GraphError(f"no path between {start} and {end}") from None
    steps = []
    for u, v in itertools.pairwise(nodes):
        candidates = [(u, v, d, True) for d in graph.get_edge_data(u, v, default={}).values()]
        candidates += [(v, u, d, False) for d in graph.get_edge_data(v, u, default={}).values()]
        candidates = [c for c in candidates if not facts_only or c[2].get("kind") == "fact"]
        # Prefer a fact over a claim, then the edge with the most evidence.
        src, dst, data, forward = sorted(
            candidates, key=lambda c: (c[2].get("kind") != "fact", -len(c[2].get("evidence", [])))
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
        tag = f"{step.label}{' [claim]' if step.kind != 'fact' else ''}"
        if step.forward:
            text += f" —{tag}→ {name(step.target)}"
        else:
            text += f" ←{tag}— {name(step.source)}"
    return text


def export(graph: nx.MultiDiGraph, path: Path, fmt: str) -> bytes:
    """GraphML, GEXF (Gephi) or Cytoscape JSON of the projection."""
    import io

    if fmt == "cytoscape":
        data = nx.cytoscape_data(graph)
        for edge in data["elements"]["edges"]:
            edge["data"]["id"] = f"{edge['data']['source']}|{edge['data']['key']}|{edge['data']['target']}"
        return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8")
    flat = flat_copy(graph)
    buffer = io.BytesIO()
    if fmt == "graphml":
        nx.write_graphml(flat, buffer, encoding="utf-8")
    elif fmt == "gexf":
        nx.write_gexf(flat, buffer, encoding="utf-8")
    else:
        raise GraphError(f"unknown export format {fmt!r}; use graphml, gexf or cytoscape")
    return buffer.getvalue()
