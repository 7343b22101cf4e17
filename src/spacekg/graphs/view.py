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

import contextlib
import json
import math
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import networkx as nx

from spacekg.core.namespaces import local_name
from spacekg.errors import GraphError
from spacekg.graphs.projection import resolve_node
from spacekg.query.store import Store

# The legend's families: (key, title, colour, vis-network shape, classes that
# belong, most specific family first). A node joins the first family one of
# its classes (or superclasses) is listed in.
FAMILIES: list[tuple[str, str, str, str, tuple[str, ...]]] = [
    ("states", "States", "#d62728", "dot", ("Country",)),
    ("international", "International bodies", "#17becf", "hexagon", ("InternationalOrganization", "InternationalOrgan")),
    ("agencies", "Agencies and militaries", "#1f77b4", "diamond",
     ("SpaceAgency", "MilitaryOrganization", "DefenceMinistry", "ForeignMinistryDepartment", "GovernmentBody")),
    ("people", "People", "#e377c2", "triangle", ("Person", "Position", "ActorGroup")),
    ("programs", "Programs and phases", "#2ca02c", "star", ("Program", "ProgramPhase", "Mission", "Milestone", "Event")),
    ("documents", "Documents", "#ff7f0e", "square", ("Document",)),
    ("topics", "Topics", "#9467bd", "triangleDown", ("Topic",)),
    ("media", "Media", "#8c564b", "dot", ("MediaOutlet",)),
    ("places", "Places", "#7f7f7f", "dot", ("Place", "CelestialBody")),
]  # fmt: skip
OTHER_FAMILY = ("other", "Other", "#bbbbbb", "dot", ())
# Edges: facts solid, reported facts dotted, modal statements (negated,
# planned, predicted, conditional: not asserted) dash-dotted in purple,
# claims dashed (stances coloured).
EDGE_COLOURS = {
    "fact": "#777777",
    "reported": "#1f77b4",
    "modal": "#9467bd",
    "claim": "#ff7f0e",
    "supports": "#2ca02c",
    "opposes": "#d62728",
}
EDGE_DASHES: dict[str, Any] = {
    "fact": False, "reported": [2, 5], "modal": [12, 4, 2, 4], "claim": [10, 6], "stance": [10, 6],
}  # fmt: skip
LARGE_GRAPH, LARGE_GRAPH_LABELS = 3000, 200
LABEL_CHARS = 26  # longer labels are cut at a word in the picture; the details show them whole


def family_of(classes: list[str], cls: str) -> tuple[str, str, str, str, tuple[str, ...]]:
    names = [cls, *classes]
    for family in FAMILIES:
        if any(name in family[4] for name in names):
            return family
    return OTHER_FAMILY


def short_label(label: str, limit: int = LABEL_CHARS) -> str:
    if len(label) <= limit:
        return label
    cut = label[:limit].rsplit(" ", 1)[0].rstrip(",;:–- ")
    return (cut or label[:limit]) + "…"


# Up to this many nodes a component feels every node's repulsion (quadratic,
# 0.3 s at 100 nodes); above it only its neighbours' in a grid (linear).
FULL_REPULSION_MAX = 150


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
            if filters.relations and local_name(data["predicate"]) not in filters.relations:
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

    Each connected component is laid out on its own by a force layout
    (Fruchterman-Reingold in pure Python: every pair repels up to 150 nodes;
    above that only nodes in neighbouring grid cells, linear per iteration);
    components are then placed side by side and single nodes in a row
    beneath, so one stray node cannot shrink the whole picture.
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
        local = force_layout(sorted(component), sorted(part.edges()), seed)
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


def force_layout(
    nodes: list[str], edges: list[tuple[str, str]], seed: int, iterations: int | None = None
) -> dict[str, tuple[float, float]]:
    """Fruchterman-Reingold positions (ideal edge length 1), deterministic for a seed.

    Up to 150 nodes every pair repels; above that each node is pushed by a
    random sample of 5 others, scaled up to stand for all (linear per
    iteration: a pure-Python loop lays out 10,000 nodes in a few seconds).
    """
    import random

    n = len(nodes)
    full = n <= FULL_REPULSION_MAX
    rounds = iterations if iterations is not None else (120 if full else 30)
    rng = random.Random(seed)
    side = math.sqrt(n)
    xs = [rng.random() * side for _ in range(n)]
    ys = [rng.random() * side for _ in range(n)]
    index = {node: i for i, node in enumerate(nodes)}
    pairs = [(index[u], index[v]) for u, v in edges if u != v]
    samples = 5
    weight = min(n, 200) / samples
    for step in range(rounds):
        temperature = side * 0.1 * (1 - step / rounds) + 0.002
        dx = [0.0] * n
        dy = [0.0] * n
        if full:
            for i in range(n):
                xi, yi = xs[i], ys[i]
                fx = fy = 0.0
                for j in range(i + 1, n):
                    ddx, ddy = xi - xs[j], yi - ys[j]
                    d2 = ddx * ddx + ddy * ddy
                    force = 1.0 / (d2 if d2 > 1e-4 else 1e-4)
                    ddx *= force
                    ddy *= force
                    fx += ddx
                    fy += ddy
                    dx[j] -= ddx
                    dy[j] -= ddy
                dx[i] += fx
                dy[i] += fy
        else:
            pick = rng.random
            for i in range(n):
                xi, yi = xs[i], ys[i]
                fx = fy = 0.0
                for _ in range(samples):
                    j = int(pick() * n)
                    ddx, ddy = xi - xs[j], yi - ys[j]
                    d2 = ddx * ddx + ddy * ddy
                    force = 1.0 / (d2 if d2 > 1e-4 else 1e-4)
                    fx += ddx * force
                    fy += ddy * force
                dx[i] = fx * weight
                dy[i] = fy * weight
        for a, b in pairs:
            ddx, ddy = xs[a] - xs[b], ys[a] - ys[b]
            length = math.sqrt(ddx * ddx + ddy * ddy)
            dx[a] -= ddx * length
            dy[a] -= ddy * length
            dx[b] += ddx * length
            dy[b] += ddy * length
        for i in range(n):
            size = math.sqrt(dx[i] * dx[i] + dy[i] * dy[i])
            if size > 1e-9:
                move = min(size, temperature) / size
                xs[i] += dx[i] * move
                ys[i] += dy[i] * move
    return {node: (xs[i], ys[i]) for node, i in index.items()}


def page_data(graph: nx.MultiDiGraph, seed: int = 42) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """vis-network node and edge records, laid out, styled, with tooltip data."""
    positions = layout(graph, seed)
    degree = dict(graph.degree())
    # In large graphs only the best-connected nodes are labelled at all (the
    # page hides those that overlap); the others show their label on hover.
    labelled = (
        set(sorted(degree, key=lambda n: (-degree[n], n))[:LARGE_GRAPH_LABELS])
        if graph.number_of_nodes() > LARGE_GRAPH
        else set(graph.nodes)
    )
    nodes = []
    for node in sorted(graph.nodes):
        data = graph.nodes[node]
        cls = data.get("cls", "Thing")
        family, _, colour, shape, _ = family_of(data.get("classes", []), cls)
        full = str(data.get("label", local_name(node)))
        nodes.append({
            "id": node, "label": short_label(full) if node in labelled else "", "fullLabel": full, "cls": cls, "family": family,
            "color": colour, "shape": shape, "rank": degree.get(node, 0),
            "x": round(positions[node][0], 1), "y": round(positions[node][1], 1),
            "wikidata": data.get("wikidata", ""), "years": _years(data),
        })  # fmt: skip
    edges = []
    for number, (u, v, key, data) in enumerate(
        sorted(graph.edges(keys=True, data=True), key=lambda e: (e[0], e[1], e[2]))
    ):
        kind = data.get("kind", "fact")
        reported = kind == "fact" and bool(data.get("reported_by"))
        style = "reported" if reported else kind
        colour = EDGE_COLOURS[data.get("stance") or ("reported" if reported else kind)]
        edges.append({
            "id": f"e{number}", "from": u, "to": v, "relation": data.get("label", ""), "kind": kind,
            "reported": reported, "reportedBy": _label(graph, data["reported_by"]) if reported else "",
            "modality": data.get("modality", ""),
            "stance": data.get("stance", ""), "predicate": data.get("predicate", key),
            "dashes": EDGE_DASHES[style], "color": colour, "arrows": "to", "width": 1 if kind == "fact" else 1.5,
            "speakers": [_label(graph, s) for s in data.get("speakers", [])], "summary": data.get("summary", ""),
            "evidence": data.get("evidence", []), "statement": data.get("statement", ""),
        })  # fmt: skip
    return nodes, edges


# What the page keeps of an edge in vis-network's data set: what is drawn, and
# its kind. The rest (relation, speakers, summary, evidence …) is shown only on
# hover, so it waits in a JSON block of its own, parsed when first needed: at
# 10,000 nodes, carrying it through vis's data set and the first parse cost
# about a sixth of the time until the page is ready. Empty values are left out.
EDGE_DRAWN = ("id", "from", "to", "kind", "color", "dashes", "width", "reported", "modality", "stance")
EDGE_DETAILS = ("relation", "reportedBy", "predicate", "speakers", "summary", "evidence", "statement")


def page_edges(edges: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The edges as the page's data set holds them (``dashes`` always, since
    ``false`` draws a solid line; ``width`` only where it is not 1) and their
    details, in the same order."""
    drawn = [{k: e[k] for k in EDGE_DRAWN if k in e and _drawn_value(k, e[k])} for e in edges]
    details = [{k: e[k] for k in EDGE_DETAILS if e.get(k)} for e in edges]
    return drawn, details


def _drawn_value(key: str, value: Any) -> bool:
    if key == "dashes":
        return True
    if key == "width":
        return bool(value != 1)
    return value not in ("", False, None)


def page_nodes(nodes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The nodes without their empty Wikidata id and years."""
    return [{k: v for k, v in n.items() if v != "" or k not in ("wikidata", "years")} for n in nodes]


def _label(graph: nx.MultiDiGraph, node: str) -> str:
    return str(graph.nodes[node].get("label", local_name(node))) if node in graph else local_name(node)


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


def render_html(
    graph: nx.MultiDiGraph,
    title: str = "spacekg graph",
    seed: int = 42,
    timeline: list[dict[str, Any]] | None = None,
    open_timeline: bool = False,
) -> str:
    """One self-contained HTML page showing ``graph``, with a Timeline tab
    when ``timeline`` items are given (see :func:`timeline_items`)."""
    from markupsafe import Markup
    from pyvis.network import Network

    from spacekg.core.templates import render

    nodes, edges = page_data(graph, seed)
    network = Network(directed=True, height="100%", width="100%")
    drawn, details = page_edges(edges)
    network.nodes, network.edges = page_nodes(nodes), drawn  # direct lists: add_node is linear per call
    large = len(edges) > 3000
    network.options = {
        "physics": {"enabled": False},
        "interaction": {"hover": True, "tooltipDelay": 120, "hideEdgesOnDrag": large, "navigationButtons": False},
        "edges": {"smooth": False if large else {"enabled": True, "type": "continuous", "roundness": 0.2},
                  "font": {"size": 10, "align": "middle"}, "arrows": {"to": {"enabled": True, "scaleFactor": 0.5}}},
        "nodes": {"font": {"size": 14, "strokeWidth": 3, "strokeColor": "#ffffff"}, "size": 12},
        "layout": {"randomSeed": seed, "improvedLayout": False},
    }  # fmt: skip
    vis_nodes, vis_edges, _, _, _, options = network.get_network_data()
    return render(
        "view.html",
        title=title,
        data={
            "nodes": vis_nodes,
            "edges": vis_edges,
            "options": json.loads(options),
            "styles": _legend(nodes),
            "timeline": timeline or [],
            "openTimeline": open_timeline and bool(timeline),
            "edgeColours": EDGE_COLOURS,
        },
        edge_details=details,
        vis_js=Markup(_asset("vis-network.min.js").replace("</script", "<\\/script")),
        vis_css=Markup(_asset("vis-network.css").replace("</style", "<\\/style")),
    )


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]  # fmt: skip
DATE_PREDICATES = ("year", "startYear", "endYear", "date")
# skg:date holds a partial date: xsd:gYearMonth "2020-06", xsd:gMonthDay "--10-07", or a full xsd:date
_PARTIAL_DATE = re.compile(r"^(?:(?P<year>-?\d{4,})|-)-(?P<month>\d{2})(?:-(?P<day>\d{2}))?")


def _date_parts(predicate: str, value: str) -> dict[str, int]:
    if predicate != "date":
        return {predicate: int(value)}
    match = _PARTIAL_DATE.match(value)
    if match is None:
        raise ValueError(value)
    return {k: int(v) for k, v in match.groupdict().items() if v is not None}


def timeline_items(store: Store, graph: nx.MultiDiGraph) -> list[dict[str, Any]]:
    """Every dated thing of the graph: entities with dates (phases, documents,
    milestones, meetings) and dated claims, each with its evidence and the
    node it belongs to. A date without a year (7 October) keeps ``start``
    None: the page puts it in a lane of its own, never at a guessed year."""
    from spacekg.graphs.projection import _evidence, _rows, modality_name

    evidence = _evidence(store)
    values = " ".join(f"skg:{p}" for p in DATE_PREDICATES)
    dates: dict[str, dict[str, int]] = {}
    for row in _rows(store, f"SELECT ?n ?p ?v WHERE {{ ?n ?p ?v VALUES ?p {{ {values} }} }} ORDER BY ?n ?p"):
        if row["n"] and row["p"] and row["v"]:
            try:
                dates.setdefault(row["n"], {}).update(_date_parts(local_name(row["p"]), row["v"]))
            except ValueError:
                continue
    fact_evidence: dict[str, list[dict[str, Any]]] = {}
    date_modality: dict[str, str] = {}  # a date the source gives as planned, predicted …: not asserted
    date_reporter: dict[str, str] = {}  # a date the source relays through someone
    query = f"""SELECT ?n ?fact ?p ?v ?m ?by WHERE {{
        {{ ?fact a skg:Fact }} UNION {{ ?fact a skg:ModalStatement ; skg:modality ?m }}
        ?fact skg:statementSubject ?n ; skg:statementPredicate ?p ; skg:objectValue ?v
        OPTIONAL {{ ?fact skg:reportedBy ?by }} VALUES ?p {{ {values} }} }} ORDER BY ?fact"""
    for row in _rows(store, query):
        node = row["n"]
        if not node or not row["fact"] or not row["p"] or not row["v"]:
            continue
        spans = fact_evidence.setdefault(node, [])
        spans.extend(e for e in evidence.get(row["fact"], []) if e not in spans)
        if row["m"]:
            date_modality[node] = modality_name(row["m"])
            with contextlib.suppress(ValueError):
                dates.setdefault(node, {}).update(_date_parts(local_name(row["p"]), row["v"]))
        if row["by"]:
            date_reporter[node] = _label(graph, row["by"])
    # What the source says of a dated thing that is not a plain fact: shown with it.
    qualified: dict[str, list[str]] = defaultdict(list)
    query = """SELECT ?n ?st ?p ?o ?m ?by WHERE {
        { ?st a skg:ModalStatement ; skg:modality ?m } UNION { ?st a skg:ReportedFact ; skg:reportedBy ?by }
        ?st skg:statementSubject ?n ; skg:statementPredicate ?p ; skg:statementObject ?o } ORDER BY ?n ?st"""
    for row in _rows(store, query):
        if row["n"] and row["p"] and row["o"]:
            how = modality_name(row["m"]) or f"reported by {_label(graph, str(row['by']))}"
            qualified[row["n"]].append(f"{how}: {_relation_label(row['p'])} {_label(graph, row['o'])}")
    claims: dict[str, dict[str, Any]] = {}
    query = """SELECT ?c ?l ?sp ?m WHERE { ?c a skg:Claim ; rdfs:label ?l
        OPTIONAL { ?c skg:speaker ?sp } OPTIONAL { ?c skg:modality ?m } } ORDER BY ?c ?sp"""
    for row in _rows(store, query):
        claim = claims.setdefault(str(row["c"]), {"label": str(row["l"]), "speakers": [], "modality": ""})
        claim["modality"] = modality_name(row["m"])
        if row["sp"]:
            claim["speakers"].append(str(row["sp"]))
    items = []
    for node, date in sorted(dates.items()):
        start = date.get("startYear", date.get("year"))
        end = date.get("endYear", date.get("year"))
        if node in claims:
            claim = claims[node]
            speakers = [s for s in claim["speakers"] if s in graph]
            items.append({
                "id": node, "kind": "claim", "label": claim["label"], "start": start, "end": end,
                "when": _when(date), "node": speakers[0] if speakers else "",
                "speakers": [_label(graph, s) for s in claim["speakers"]], "evidence": evidence.get(node, []),
                "modality": claim["modality"], "reportedBy": "", "qualified": [],
            })  # fmt: skip
        else:
            classes = graph.nodes[node].get("classes", []) if node in graph else []
            items.append({
                "id": node, "kind": "phase" if "ProgramPhase" in classes else "fact",
                "label": _label(graph, node), "start": start, "end": end, "when": _when(date),
                "node": node if node in graph else "", "speakers": [],
                "evidence": fact_evidence.get(node) or evidence.get(node, []),
                "modality": date_modality.get(node, ""), "reportedBy": date_reporter.get(node, ""),
                "qualified": qualified.get(node, []),
            })  # fmt: skip
    undated = 10_000  # sorts after every year
    items.sort(key=lambda i: (i["start"] if i["start"] is not None else undated, i["end"] or 0, i["label"]))
    return items


def _relation_label(predicate: str) -> str:
    """``skg:plansToBuild`` -> ``plans to build``."""
    return re.sub(r"(?<=[a-z])(?=[A-Z])", " ", local_name(predicate)).lower()


def _when(date: dict[str, int]) -> str:
    """'2021–2025', '2036 onwards', 'June 2020', '7 October' (no year given)."""
    if "startYear" in date or "endYear" in date:
        start, end = date.get("startYear"), date.get("endYear")
        if end is None:
            return f"{start} onwards"
        return f"{start if start is not None else '…'}–{end}"
    parts = []
    if "day" in date:
        parts.append(str(date["day"]))
    if "month" in date and 1 <= date["month"] <= 12:
        parts.append(MONTHS[date["month"] - 1])
    if "year" in date:
        parts.append(str(date["year"]))
    return " ".join(parts) + ("" if "year" in date else " (year not given)")


def _legend(nodes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    counts: dict[str, int] = {}
    for node in nodes:
        counts[node["family"]] = counts.get(node["family"], 0) + 1
    return [
        {"family": key, "title": title, "color": colour, "shape": shape, "count": counts[key]}
        for key, title, colour, shape, _ in [*FAMILIES, OTHER_FAMILY]
        if key in counts
    ]


def iframe(page: str, height: int = 600) -> str:
    """The page inline in a notebook: an iframe with the page as its srcdoc
    (escaped by the template's autoescaping)."""
    from spacekg.core.templates import render

    return render("iframe.html", page=page, height=int(height)).rstrip("\n")


def check_filter_names(graph: nx.MultiDiGraph, classes: Iterable[str], relations: Iterable[str]) -> None:
    """Refuse unknown class or relation names, which would silently draw
    nothing, with the nearest known ones (the ontology's and the graph's)."""
    from spacekg.core.names import check_names
    from spacekg.model.vocabulary import vocabulary

    vocab = vocabulary()
    known_classes = set(vocab.classes)
    known_relations = set(vocab.object_properties) | set(vocab.datatype_properties)
    for _, data in graph.nodes(data=True):
        known_classes.update(data.get("classes", [data.get("cls")]))
    for _, _, data in graph.edges(data=True):
        known_relations.add(local_name(str(data.get("predicate", ""))))
    check_names(classes, known_classes - {None}, "class (--classes)", GraphError)
    check_names(relations, known_relations, "relation (--relations)", GraphError)
