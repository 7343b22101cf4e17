"""The graph as a network: a networkx projection that keeps meaning.

Nodes are entity IRIs with ``label``, ``cls`` (the most specific ontology
class), ``classes`` (every class of every type, with their superclasses), ``wikidata``, and ``start``/``end`` years where the graph gives them.
Edges are keyed by predicate IRI (facts) or statement IRI (modal statements,
claims) and carry ``predicate``, ``label``, ``kind`` ("fact"; "modal" for a
negated, planned, predicted or conditional statement, whose triple is not
asserted; "claim" for a claimed proposition; "stance" for a speaker's support
or opposition), ``modality`` (of a modal statement or a claim's proposition),
``reported_by`` (of a reported fact), ``stance``, ``speakers``,
``statement`` (the fact or claim IRI) and ``evidence`` (a list of
``{"source", "start", "end", "quote"}``).
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import networkx as nx
import pyoxigraph as ox

from spacekg.core.namespaces import SKG, local_name
from spacekg.errors import GraphError
from spacekg.query.store import MemoryStore, Result, Store

STANCE_PREDICATES = {SKG + "supports": "supports", SKG + "opposes": "opposes"}


def _value(term: Any) -> str | None:
    if term is None:
        return None
    return str(term.value)


def _rows(store: Store, query: str, order: tuple[str, ...] = ()) -> list[dict[str, str | None]]:
    """The query's rows as dicts of strings, sorted by the IRIs bound to
    ``order`` (as ``ORDER BY`` would, stably). Sorting here rather than in
    the query matters on an on-disk store: Oxigraph compares two IRIs by
    reading both strings from RocksDB on every comparison (see
    docs/benchmarks.md), while Python compares strings it already has."""
    result = store.query(query)
    rows = [{v: _value(t) for v, t in zip(result.variables, row, strict=True)} for row in result.rows]
    if order:
        rows.sort(key=lambda row: tuple(row[v] or "" for v in order))
    return rows


@dataclass
class _Ontology:
    depth: dict[str, int]
    parents: dict[str, set[str]]
    property_labels: dict[str, str]

    def most_specific(self, types: Iterable[str]) -> str | None:
        known = [t for t in types if t in self.depth]
        if SKG + "Program" in known:  # a program that is also a station is drawn as a program
            return SKG + "Program"
        return max(known, key=lambda t: (self.depth[t], t)) if known else None

    def ancestors(self, cls: str) -> list[str]:
        found, todo = {cls}, [cls]
        while todo:
            for parent in self.parents.get(todo.pop(), ()):
                if parent not in found:
                    found.add(parent)
                    todo.append(parent)
        return sorted(local_name(c) for c in found)


def _ontology(store: Store) -> _Ontology:
    parents: dict[str, set[str]] = defaultdict(set)
    for row in _rows(store, "SELECT ?c ?p WHERE { ?c a owl:Class . OPTIONAL { ?c rdfs:subClassOf ?p } }"):
        if row["c"] and row["c"].startswith(SKG):
            parents[row["c"]]
            if row["p"] and row["p"].startswith(SKG):
                parents[row["c"]].add(row["p"])
    depth: dict[str, int] = {}

    def depth_of(cls: str, seen: frozenset[str] = frozenset()) -> int:
        if cls not in depth:
            ups = [p for p in parents.get(cls, ()) if p not in seen]
            depth[cls] = 1 + max((depth_of(p, seen | {cls}) for p in ups), default=0)
        return depth[cls]

    for cls in parents:
        depth_of(cls)
    labels = {
        row["p"]: row["l"]
        for row in _rows(store, "SELECT ?p ?l WHERE { ?p a owl:ObjectProperty ; rdfs:label ?l }")
        if row["p"] and row["l"]
    }
    return _Ontology(depth=depth, parents=dict(parents), property_labels=labels)


def project(store: Store, graph_file: Path | None = None) -> nx.MultiDiGraph:
    """Project a spacekg graph (with its ontology) onto a MultiDiGraph.
    ``graph.graph["base"]`` is the data base (see :func:`spacekg.model.base.find_base`)."""
    from spacekg.model.base import find_base, store_documents

    onto = _ontology(store)
    graph = nx.MultiDiGraph()
    graph.graph["base"] = find_base(graph_file, store_documents(store))
    types: dict[str, list[str]] = defaultdict(list)
    for row in _rows(store, "SELECT ?n ?t WHERE { ?n a ?t . ?n rdfs:label ?l . FILTER(isIRI(?n)) }"):
        if row["n"] and row["t"]:
            types[row["n"]].append(row["t"])
    labels = {r["n"]: r["l"] for r in _rows(store, "SELECT ?n ?l WHERE { ?n rdfs:label ?l FILTER(isIRI(?n)) }")}
    for node, node_types in types.items():
        cls = onto.most_specific(node_types)
        if cls is None or cls in (SKG + "Fact", SKG + "Claim", SKG + "Evidence") or node.startswith(SKG):
            continue  # ontology terms (the modalities too), and statements, are not drawn as nodes
        # Every type is kept: a program that is also a station is drawn as a
        # program but found under both (view --classes, Neo4j labels, exports).
        classes = sorted({c for t in node_types if t in onto.depth for c in onto.ancestors(t)})
        graph.add_node(node, label=labels.get(node) or local_name(node), cls=local_name(cls), classes=classes)
    _add_attributes(store, graph)
    evidence = _evidence(store)
    _add_facts(store, graph, onto, evidence)
    _add_modal_statements(store, graph, onto, evidence)
    _add_claims(store, graph, onto, evidence)
    return graph


def _add_attributes(store: Store, graph: nx.MultiDiGraph) -> None:
    """Wikidata ids and years: one row per such triple (a few), not one per
    labelled node with every attribute OPTIONAL (a row per node: on an
    on-disk store each row's IRIs are read back from RocksDB)."""
    query = """SELECT ?n ?a ?v WHERE {
        VALUES ?a { owl:sameAs skg:startYear skg:endYear skg:year } ?n ?a ?v ; rdfs:label ?l .
        FILTER(?a != owl:sameAs || STRSTARTS(STR(?v), STR(wd:))) }"""
    found: dict[str, dict[str, str]] = defaultdict(dict)
    for row in _rows(store, query):
        node, attribute, value = str(row["n"]), local_name(str(row["a"])), row["v"]
        if node in graph and value:
            found[node][attribute] = value
    for node, values in found.items():
        data = graph.nodes[node]
        if "sameAs" in values:
            data["wikidata"] = values["sameAs"]
        start = values.get("startYear") or values.get("year")
        end = values.get("endYear") or values.get("year")
        if start:
            data["start"] = int(start)
        if end:
            data["end"] = int(end)


def modality_name(iri: str | None) -> str:
    """``skg:Planned`` -> ``planned``; empty for none."""
    return local_name(iri).lower() if iri else ""


def _add_modal_statements(
    store: Store, graph: nx.MultiDiGraph, onto: _Ontology, evidence: dict[str, list[dict[str, Any]]]
) -> None:
    """Negated, planned, predicted and conditional statements: drawn, but as
    what they are (their triple is not asserted)."""
    query = """SELECT ?st ?s ?p ?o ?m WHERE {
        ?st a skg:ModalStatement ; skg:modality ?m ; skg:statementSubject ?s ; skg:statementPredicate ?p ;
            skg:statementObject ?o }"""
    for row in _rows(store, query, order=("st",)):
        st, s, p, o = row["st"], row["s"], row["p"], row["o"]
        if s not in graph or o not in graph or p is None or st is None:
            continue
        modality = modality_name(row["m"])
        graph.add_edge(
            s, o, key=st, predicate=p, label=f"{onto.property_labels.get(p, local_name(p))} ({modality})", kind="modal",
            modality=modality, statement=st, reported_by="", evidence=evidence.get(st, []),
        )  # fmt: skip


def _evidence(store: Store) -> dict[str, list[dict[str, Any]]]:
    query = """SELECT ?body ?source ?start ?end ?quote WHERE {
        ?ev oa:hasBody ?body ; oa:hasTarget ?span .
        ?span oa:hasSource ?source ; oa:hasSelector ?sel .
        ?sel a oa:TextPositionSelector ; oa:start ?start ; oa:end ?end .
        OPTIONAL { ?span oa:hasSelector/oa:exact ?quote } }"""
    found: dict[str, list[dict[str, Any]]] = defaultdict(list)
    rows = _rows(store, query)
    rows.sort(key=lambda row: (row["body"] or "", int(row["start"] or 0)))  # ORDER BY ?body ?start, in Python
    for row in rows:
        item: dict[str, Any] = {"source": row["source"], "start": int(row["start"] or 0), "end": int(row["end"] or 0)}
        if row["quote"]:
            item["quote"] = row["quote"]
        found[str(row["body"])].append(item)
    return found


def _add_facts(
    store: Store, graph: nx.MultiDiGraph, onto: _Ontology, evidence: dict[str, list[dict[str, Any]]]
) -> None:
    query = """SELECT ?fact ?s ?p ?o ?reporter WHERE {
        ?fact a/rdfs:subClassOf* skg:Fact ; skg:statementSubject ?s ; skg:statementPredicate ?p ; skg:statementObject ?o .
        OPTIONAL { ?fact skg:reportedBy ?reporter } FILTER(isIRI(?o)) }"""
    for row in _rows(store, query, order=("fact",)):
        s, p, o, fact = row["s"], row["p"], row["o"], row["fact"]
        if s not in graph or o not in graph or p is None or fact is None:
            continue
        graph.add_edge(
            s, o, key=p, predicate=p, label=onto.property_labels.get(p, local_name(p)), kind="fact",
            statement=fact, reported_by=row["reporter"] or "", evidence=evidence.get(fact, []),
        )  # fmt: skip


def _add_claims(
    store: Store, graph: nx.MultiDiGraph, onto: _Ontology, evidence: dict[str, list[dict[str, Any]]]
) -> None:
    speakers: dict[str, list[str]] = defaultdict(list)
    summaries: dict[str, str] = {}
    for row in _rows(
        store, "SELECT ?c ?sp ?l WHERE { ?c a skg:Claim ; skg:speaker ?sp ; rdfs:label ?l }", order=("c", "sp")
    ):
        speakers[str(row["c"])].append(str(row["sp"]))
        summaries[str(row["c"])] = str(row["l"])
    query = """SELECT ?c ?s ?p ?o ?m WHERE { ?c a skg:Claim ; skg:statementSubject ?s ; skg:statementPredicate ?p ;
        skg:statementObject ?o OPTIONAL { ?c skg:modality ?m } }"""
    for row in _rows(store, query, order=("c",)):
        claim, s, p, o = str(row["c"]), row["s"], row["p"], row["o"]
        modality = modality_name(row["m"])
        if s in graph and o in graph and p:
            graph.add_edge(
                s, o, key=claim, predicate=p, modality=modality,
                label=onto.property_labels.get(p, local_name(p)) + (f" (claimed, {modality})" if modality else " (claimed)"),
                kind="claim", speakers=speakers[claim], summary=summaries.get(claim, ""), statement=claim,
                evidence=evidence.get(claim, []),
            )  # fmt: skip
    query = "SELECT ?c ?p ?t WHERE { ?c a skg:Claim ; ?p ?t . VALUES ?p { skg:supports skg:opposes } }"
    for row in _rows(store, query, order=("c",)):
        claim, p, target = str(row["c"]), str(row["p"]), str(row["t"])
        stance = STANCE_PREDICATES[p]
        # A stance on another claim is drawn towards that claim's speakers.
        targets = speakers.get(target, []) if target in speakers else [target]
        about = f" claim: {summaries[target]}" if target in summaries else ""
        for speaker in speakers.get(claim, []):
            for node in targets:
                if speaker in graph and node in graph:
                    graph.add_edge(
                        speaker, node, key=f"{claim}#{local_name(node)}", predicate=p, label=stance + about,
                        kind="stance", stance=stance, speakers=[speaker], summary=summaries.get(claim, ""),
                        statement=claim, evidence=evidence.get(claim, []),
                    )  # fmt: skip


def project_triples(triples: Iterable[ox.Triple], labels: Store | None = None) -> nx.MultiDiGraph:
    """A projection of arbitrary triples (a CONSTRUCT result): IRIs become
    nodes, IRI-to-IRI triples edges; labels and classes come from ``labels``."""
    graph = nx.MultiDiGraph()
    full = project(labels) if labels is not None else nx.MultiDiGraph()
    for triple in triples:
        s, p, o = triple.subject, triple.predicate, triple.object
        if not isinstance(s, ox.NamedNode) or not isinstance(o, ox.NamedNode):
            continue
        for node in (s.value, o.value):
            if node not in graph:
                graph.add_node(
                    node, **(full.nodes[node] if node in full else {"label": local_name(node), "cls": "Thing"})
                )
        graph.add_edge(
            s.value, o.value, key=p.value, predicate=p.value, label=local_name(p.value), kind="fact", evidence=[]
        )
    return graph


def result_triples(result: Result) -> list[ox.Triple]:
    """Triples of a CONSTRUCT/DESCRIBE result, or of a SELECT of ?s ?p ?o."""
    if result.kind == "graph":
        return result.triples
    if result.kind == "select" and {"s", "p", "o"} <= set(result.variables):
        i, j, k = (result.variables.index(v) for v in ("s", "p", "o"))
        return [
            ox.Triple(row[i], row[j], row[k])  # type: ignore[arg-type]
            for row in result.rows
            if isinstance(row[i], ox.NamedNode) and isinstance(row[j], ox.NamedNode) and row[k] is not None
        ]
    raise GraphError("to draw a query result, use CONSTRUCT/DESCRIBE or SELECT ?s ?p ?o")


def resolve_node(graph: nx.MultiDiGraph, node: str) -> str:
    """A node by full IRI, ``kg:id`` or bare id (in the graph's data base)."""
    if node in graph:
        return node
    base = graph.graph.get("base")
    local = node[3:] if node.startswith("kg:") else node
    if base and base + local in graph:
        return str(base + local)
    matches = [n for n in graph if local_name(n) == node.split(":", 1)[-1]]
    if len(matches) == 1:
        return str(matches[0])
    raise GraphError(f"{node!r} is not a node of the graph; give an id such as 'russia' or a full IRI")


def load_projection(graph_file: Path, named_graph: str | None = None) -> nx.MultiDiGraph:
    return project(MemoryStore([graph_file], named_graph=named_graph), graph_file)


def flat_copy(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy whose attributes are all scalars (for GraphML and GEXF): node
    ``classes`` joined by ``;``, other lists and dicts as JSON."""
    flat = nx.MultiDiGraph()
    for node, data in sorted(graph.nodes(data=True)):
        attributes = {k: v for k, v in data.items() if isinstance(v, (str, int, float, bool))}
        attributes["classes"] = ";".join(data.get("classes", []))  # every class, not only cls
        flat.add_node(node, **attributes)
    for u, v, key, data in sorted(graph.edges(keys=True, data=True), key=lambda e: (e[0], e[1], str(e[2]))):
        flat.add_edge(
            u,
            v,
            key=key,
            **{
                k: (val if isinstance(val, (str, int, float, bool)) else json.dumps(val, ensure_ascii=False))
                for k, val in data.items()
            },
        )
    return flat
