"""Interactive HTML views of the graph (pyvis), offline and safe.

The page is one self-contained file: vis-network (shipped with pyvis) and
our script and styles are inlined, so nothing is fetched when it opens.
pyvis holds the network and serializes it; our own template replaces
pyvis's, which loads bootstrap from a CDN. All data reaches the page as
JSON in a script block (``<``, ``>`` and ``&`` escaped) and is put into the
page as text, never as HTML, so a hostile label cannot run.

The layout is computed here, before the page opens, with a fixed seed: the
browser only draws, however large the graph.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import networkx as nx

from spacekg.errors import GraphError
from spacekg.graphs.projection import resolve_node

# Colour and vis-network shape per class, with a fallback per broader class.
STYLE: dict[str, tuple[str, str]] = {
    "Country": ("#d62728", "dot"),
    "SpaceAgency": ("#1f77b4", "diamond"),
    "MilitaryOrganization": ("#8c564b", "triangle"),
    "DefenceMinistry": ("#8c564b", "triangleDown"),
    "ForeignMinistryDepartment": ("#9467bd", "triangleDown"),
    "GovernmentBody": ("#8c564b", "triangle"),
    "InternationalOrganization": ("#17becf", "hexagon"),
    "InternationalOrgan": ("#17becf", "hexagon"),
    "MediaOutlet": ("#7f7f7f", "square"),
    "Person": ("#e377c2", "dot"),
    "ActorGroup": ("#f7b6d2", "dot"),
    "Position": ("#c5b0d5", "square"),
    "Program": ("#2ca02c", "star"),
    "ProgramPhase": ("#98df8a", "square"),
    "Mission": ("#98df8a", "diamond"),
    "Milestone": ("#bcbd22", "star"),
    "Event": ("#dbdb8d", "square"),
    "Document": ("#ff7f0e", "square"),
    "Place": ("#aec7e8", "dot"),
    "CelestialBody": ("#c7c7c7", "dot"),
    "Topic": ("#ffbb78", "triangle"),
}
DEFAULT_STYLE = ("#bbbbbb", "dot")
# Kamada-Kawai is quadratic: 0.5 s at 100 nodes, 3 s at 400 on this machine.
KAMADA_KAWAI_MAX = 150
EDGE_COLOURS = {"fact": "#777777", "claim": "#ff7f0e", "supports": "#2ca02c", "opposes": "#d62728"}


def style_of(classes: list[str], cls: str) -> tuple[str, str]:
    if cls in STYLE:
        return STYLE[cls]
    for broader in ("Document", "MilitaryOrganization", "GovernmentBody", "Mission", "Event", "Place"):
        if broader in classes:
            return STYLE[broader]
    return DEFAULT_STYLE


@dataclass
class Filters:
    focus: str | None = None
    depth: int = 1
    classes: set[str] = field(default_factory=set)
    relations: set[str] = field(default_factory=set)
    year: int | None = None
    hide_claims: bool = False


def select(graph: nx.MultiDiGraph, filters: Filters) -> nx.MultiDiGraph:
    """The part of ``graph`` the filters keep."""
    view = graph
    if filters.hide_claims or filters.relations:
        kept = nx.MultiDiGraph()
        kept.add_nodes_from(view.nodes(data=True))
        for u, v, key, data in view.edges(keys=True, data=True):
            if filters.hide_claims and data.get("kind") != "fact":
                continue
            if filters.relations and data["predicate"].rsplit("#", 1)[-1] not in filters.relations:
                continue
            kept.add_edge(u, v, key=key, **data)
        view = kept
    if filters.classes:
        view = view.subgraph(
            n for n, d in view.nodes(data=True) if filters.classes & set(d.get("classes", [d.get("cls")]))
        )
    if filters.year is not None:
        year = filters.year

        def active(data: dict[str, Any]) -> bool:
            start, end = data.get("start"), data.get("end")
            if start is None and end is None:
                return True
            return (start is None or start <= year) and (end is None or year <= end)

        view = view.subgraph(n for n, d in view.nodes(data=True) if active(d))
    if filters.focus is not None:
        centre = resolve_node(graph, filters.focus)
        if centre not in view:
            raise GraphError(f"--focus {filters.focus!r} is filtered out by the other options")
        view = nx.ego_graph(view, centre, radius=filters.depth, undirected=True)
    return nx.MultiDiGraph(view)


def layout(graph: nx.MultiDiGraph, seed: int = 42) -> dict[str, tuple[float, float]]:
    """Positions for every node: same graph, same picture.

    Each connected component is laid out on its own (Kamada-Kawai up to 150
    nodes, which spreads small graphs readably; above that a force layout
    with sampled repulsion, linear per iteration, so 10,000 nodes take about
    a second); components are then placed side by side and single nodes in
    a row beneath, so one stray node cannot shrink the whole picture.
    """
    simple = nx.Graph()
    simple.add_nodes_from(sorted(graph.nodes))
    simple.add_edges_from(sorted((u, v) for u, v in graph.edges() if u != v))
    components = sorted(nx.connected_components(simple), key=lambda c: (-len(c), min(c)))
    positions: dict[str, tuple[float, float]] = {}
    cursor_x, bottom = 0.0, 0.0
    singles = [min(c) for c in components if len(c) == 1]
    for component in (c for c in components if len(c) > 1):
        part = simple.subgraph(component)
        if len(component) <= KAMADA_KAWAI_MAX:
            raw = nx.kamada_kawai_layout(part, weight=None)
            local = {n: (float(x), float(y)) for n, (x, y) in raw.items()}
        else:
            local = _sampled_layout(part, sorted(component), seed)
        placed = _scale(local, 200.0 * math.sqrt(len(component)))
        width = max(x for x, _ in placed.values()) - min(x for x, _ in placed.values())
        left = min(x for x, _ in placed.values())
        for node, (x, y) in placed.items():
            positions[node] = (x - left + cursor_x, y)
        cursor_x += width + 300.0
        bottom = max(bottom, max(y for _, y in placed.values()))
    columns = max(1, int(math.sqrt(len(singles)) * 2))
    for i, node in enumerate(singles):
        positions[node] = (150.0 * (i % columns), bottom + 200.0 + 120.0 * (i // columns))
    return positions


def _scale(points: dict[str, tuple[float, float]], size: float) -> dict[str, tuple[float, float]]:
    xs = [p[0] for p in points.values()]
    ys = [p[1] for p in points.values()]
    span = max(max(xs) - min(xs), max(ys) - min(ys)) or 1.0
    cx, cy = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
    return {n: ((x - cx) / span * size, (y - cy) / span * size) for n, (x, y) in points.items()}


def _sampled_layout(
    graph: nx.Graph, nodes: list[str], seed: int, iterations: int = 80, samples: int = 8
) -> dict[str, tuple[float, float]]:
    import numpy as np

    rng = np.random.default_rng(seed)
    index = {n: i for i, n in enumerate(nodes)}
    n = len(nodes)
    edges = np.array([(index[u], index[v]) for u, v in graph.edges()], dtype=np.int64).reshape(-1, 2)
    pos = rng.random((n, 2)) * math.sqrt(n)
    k = 1.0
    for step in range(iterations):
        temperature = math.sqrt(n) * 0.1 * (1 - step / iterations) + 0.01
        disp = np.zeros((n, 2))
        # Repulsion from a random sample of nodes, scaled up to stand for all.
        others = rng.integers(0, n, size=(n, samples))
        delta = pos[:, None, :] - pos[others]
        dist2 = np.maximum((delta**2).sum(axis=2), 1e-4)
        disp += (delta * (k * k / dist2)[:, :, None]).sum(axis=1) * (min(n, 200) / samples)
        # Attraction along edges.
        if len(edges):
            d = pos[edges[:, 0]] - pos[edges[:, 1]]
            length = np.sqrt((d**2).sum(axis=1))[:, None]
            force = d * length / k
            np.add.at(disp, edges[:, 0], -force)
            np.add.at(disp, edges[:, 1], force)
        size = np.maximum(np.sqrt((disp**2).sum(axis=1))[:, None], 1e-9)
        pos += disp / size * np.minimum(size, temperature)
    return {node: (float(pos[i, 0]), float(pos[i, 1])) for node, i in index.items()}


def _short(iri: str) -> str:
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def page_data(graph: nx.MultiDiGraph, seed: int = 42) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """vis-network node and edge records, laid out, styled, with tooltip data."""
    positions = layout(graph, seed)
    nodes = []
    for node in sorted(graph.nodes):
        data = graph.nodes[node]
        cls = data.get("cls", "Thing")
        colour, shape = style_of(data.get("classes", []), cls)
        nodes.append({
            "id": node, "label": data.get("label", _short(node)), "cls": cls, "color": colour, "shape": shape,
            "x": round(positions[node][0], 1), "y": round(positions[node][1], 1),
            "wikidata": data.get("wikidata", ""), "years": _years(data),
        })  # fmt: skip
    edges = []
    for number, (u, v, key, data) in enumerate(
        sorted(graph.edges(keys=True, data=True), key=lambda e: (e[0], e[1], e[2]))
    ):
        kind = data.get("kind", "fact")
        colour = EDGE_COLOURS[data.get("stance", kind)] if kind != "fact" else EDGE_COLOURS["fact"]
        reported = data.get("reported_by")  # hearsay: the source relays this fact through someone
        label = data.get("label", "") + (f" (reported by {_label(graph, reported)})" if reported else "")
        edges.append({
            "id": f"e{number}", "from": u, "to": v, "label": label, "kind": kind,
            "stance": data.get("stance", ""), "predicate": data.get("predicate", key),
            "dashes": kind != "fact", "color": colour, "arrows": "to",
            "speakers": [_label(graph, s) for s in data.get("speakers", [])], "summary": data.get("summary", ""),
            "evidence": data.get("evidence", []), "statement": data.get("statement", ""),
        })  # fmt: skip
    return nodes, edges


def _label(graph: nx.MultiDiGraph, node: str) -> str:
    return str(graph.nodes[node].get("label", _short(node))) if node in graph else _short(node)


def _years(data: dict[str, Any]) -> str:
    start, end = data.get("start"), data.get("end")
    if start is None and end is None:
        return ""
    if start == end:
        return str(start)
    return f"{start if start is not None else ''}–{end if end is not None else ''}"


def _asset(name: str) -> str:
    import pyvis

    return Path(pyvis.__file__).parent.joinpath("templates", "lib", "vis-9.1.2", name).read_text(encoding="utf-8")


def render_html(graph: nx.MultiDiGraph, title: str = "spacekg graph", seed: int = 42) -> str:
    """One self-contained HTML page showing ``graph``."""
    import jinja2
    from markupsafe import Markup
    from pyvis.network import Network

    nodes, edges = page_data(graph, seed)
    network = Network(directed=True, height="100%", width="100%")
    network.nodes, network.edges = nodes, edges  # direct lists: add_node is linear per call
    large = len(edges) > 3000
    network.options = {
        "physics": {"enabled": False},
        "interaction": {"hover": True, "tooltipDelay": 120, "hideEdgesOnDrag": large, "navigationButtons": False},
        "edges": {"smooth": False if large else {"enabled": True, "type": "continuous", "roundness": 0.2},
                  "font": {"size": 10, "align": "middle"}, "arrows": {"to": {"scaleFactor": 0.5}}},
        "nodes": {"font": {"size": 14}, "size": 14},
        "layout": {"randomSeed": seed, "improvedLayout": False},
    }  # fmt: skip
    vis_nodes, vis_edges, _, _, _, options = network.get_network_data()
    template = jinja2.Environment(autoescape=True).from_string(
        resources.files("spacekg").joinpath("templates", "view.html").read_text(encoding="utf-8")
    )
    return template.render(
        title=title,
        data={"nodes": vis_nodes, "edges": vis_edges, "options": json.loads(options), "styles": _legend(nodes)},
        vis_js=Markup(_asset("vis-network.min.js").replace("</script", "<\\/script")),
        vis_css=Markup(_asset("vis-network.css").replace("</style", "<\\/style")),
    )


def _legend(nodes: list[dict[str, Any]]) -> list[dict[str, str]]:
    seen: dict[str, dict[str, str]] = {}
    for node in nodes:
        seen.setdefault(node["cls"], {"cls": node["cls"], "color": node["color"], "shape": node["shape"]})
    return [seen[c] for c in sorted(seen)]


def notebook_view(graph: nx.MultiDiGraph, height: int = 600) -> Any:
    """Show the view inline in Jupyter (an iframe with the page as srcdoc)."""
    import html

    from IPython.display import HTML

    page = html.escape(render_html(graph), quote=True)
    return HTML(f'<iframe srcdoc="{page}" style="width:100%;height:{height}px;border:1px solid #ddd"></iframe>')
