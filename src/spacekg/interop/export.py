"""Exports for other linked-data tools.

RDF formats (Turtle, N-Triples, N-Quads, TriG, JSON-LD, RDF/XML) come from
the built graph, split into parts: the ontology, the data (entities and
asserted facts), the claims, and the provenance (reified facts, evidence,
spans). Triple formats hold the chosen parts in one graph; quad formats put
the data in the default graph and each other part in a named graph
(``<base>graph/ontology`` …), or, with ``nanopub``, each claim as a
nanopublication (assertion, provenance and publication-info graphs).

JSON-LD is compacted against the published context ``context.jsonld``,
which lists only the prefixes the graph uses. Neo4j gets the node and
relationship CSV files ``neo4j-admin database import`` reads.
"""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from rdflib import Dataset, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS

from spacekg.core.namespaces import OA, ONTOLOGY_IRI, PREFIXES, SKG
from spacekg.errors import GraphError

RDF_FORMATS = {
    "turtle": "turtle", "nt": "nt", "nquads": "nquads", "trig": "trig", "jsonld": "json-ld", "rdfxml": "xml",
}  # fmt: skip
QUAD_FORMATS = ("nquads", "trig")
PARTS = ("all", "data", "ontology", "claims", "provenance")
NP = Namespace("http://www.nanopub.org/nschema#")
PROVENANCE_TYPES = {URIRef(SKG + "Fact"), URIRef(SKG + "Evidence"), URIRef(OA + "SpecificResource"),
                    URIRef(OA + "TextPositionSelector"), URIRef(OA + "TextQuoteSelector")}  # fmt: skip


def split(graph: Graph) -> dict[str, Graph]:
    """The graph's triples by part, decided by what their subject is."""
    ontology_terms = {s for s in graph.subjects(RDF.type, None) if str(s).startswith((SKG, ONTOLOGY_IRI))}
    ontology_terms |= {
        s
        for t in (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty)
        for s in graph.subjects(RDF.type, t)
    }
    claims = set(graph.subjects(RDF.type, URIRef(SKG + "Claim")))
    provenance = {s for t in PROVENANCE_TYPES for s in graph.subjects(RDF.type, t)}
    parts = {name: Graph() for name in PARTS[1:]}
    for triple in graph:
        subject = triple[0]
        if subject in ontology_terms or (subject, RDF.type, OWL.Ontology) in graph:
            parts["ontology"].add(triple)
        elif subject in claims:
            parts["claims"].add(triple)
        elif subject in provenance:
            parts["provenance"].add(triple)
        else:
            parts["data"].add(triple)
    return parts


def _bind(graph: Graph, base: str) -> Graph:
    for prefix, iri in PREFIXES.items():
        graph.bind(prefix, iri, replace=True)
    graph.bind("kg", base, replace=True)
    return graph


def data_base(graph: Graph) -> str:
    for prefix, namespace in graph.namespaces():
        if prefix == "kg":
            return str(namespace)
    return "https://w3id.org/spacekg/id/"


def select(graph: Graph, part: str) -> Graph:
    if part not in PARTS:
        raise GraphError(f"unknown part {part!r}; choose one of {', '.join(PARTS)}")
    if part == "all":
        return graph
    return _bind(split(graph)[part], data_base(graph))


def quads(graph: Graph, part: str, nanopub: bool = False) -> Dataset:
    """Data in the default graph; every other part in its own named graph."""
    base = data_base(graph)
    dataset = Dataset()
    _bind(dataset, base)
    dataset.bind("np", NP)
    parts = split(graph)
    wanted = PARTS[1:] if part == "all" else (part,)
    for name in wanted:
        if name == "claims" and nanopub:
            _nanopublications(dataset, graph, parts["claims"], base)
            continue
        target = dataset.default_graph if name == "data" else dataset.graph(URIRef(f"{base}graph/{name}"))
        for triple in parts[name]:
            target.add(triple)
    return dataset


def _nanopublications(dataset: Dataset, graph: Graph, claims: Graph, base: str) -> None:
    """One nanopublication per claim: the assertion graph holds what the
    speaker claims (its proposition, or the claim node's own statements);
    provenance says who said it and on which span; pubinfo says who made it."""
    for claim in sorted(set(claims.subjects(RDF.type, URIRef(SKG + "Claim"))), key=str):
        head = dataset.graph(URIRef(f"{claim}/np/head"))
        assertion = dataset.graph(URIRef(f"{claim}/np/assertion"))
        provenance = dataset.graph(URIRef(f"{claim}/np/provenance"))
        pubinfo = dataset.graph(URIRef(f"{claim}/np/pubinfo"))
        nanopub = URIRef(f"{claim}/np")
        head.add((nanopub, RDF.type, NP.Nanopublication))
        head.add((nanopub, NP.hasAssertion, assertion.identifier))
        head.add((nanopub, NP.hasProvenance, provenance.identifier))
        head.add((nanopub, NP.hasPublicationInfo, pubinfo.identifier))
        for triple in claims.triples((claim, None, None)):
            assertion.add(triple)
        for speaker in graph.objects(claim, URIRef(SKG + "speaker")):
            provenance.add((assertion.identifier, PROV.wasAttributedTo, speaker))
        for annotation in graph.subjects(URIRef(OA + "hasBody"), claim):
            for span in graph.objects(annotation, URIRef(OA + "hasTarget")):
                provenance.add((assertion.identifier, PROV.wasDerivedFrom, span))
        pubinfo.add((nanopub, DCTERMS.creator, Literal("spacekg")))
        pubinfo.add(
            (nanopub, RDFS.comment, Literal("Claim as reported by the source; not asserted as fact.", lang="en"))
        )


def context(graph: Graph) -> dict[str, Any]:
    """The published JSON-LD context (terms generated from the ontology), cut
    to the prefixes and terms ``graph`` uses."""
    from spacekg.model.context import context_for

    return context_for(graph, data_base(graph))


def to_jsonld(graph: Graph) -> bytes:
    from pyld import jsonld  # only for JSON-LD

    expanded = json.loads(graph.serialize(format="json-ld"))
    compacted = jsonld.compact(expanded, context(graph))
    return json.dumps(_stable(compacted), ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8")


def _stable(value: Any) -> Any:
    """Sort lists, so output does not depend on set order (hash seeds)."""
    if isinstance(value, dict):
        return {k: _stable(v) for k, v in value.items()}
    if isinstance(value, list):
        items = [_stable(v) for v in value]
        return sorted(
            items, key=lambda v: (v.get("@id", "") if isinstance(v, dict) else "", json.dumps(v, sort_keys=True))
        )
    return value


def neo4j_csv(graph: Graph) -> dict[str, bytes]:
    """nodes.csv and relationships.csv for ``neo4j-admin database import``."""
    import pyoxigraph

    from spacekg.graphs.projection import project
    from spacekg.query.store import MemoryStore

    store = MemoryStore()
    store.store.load(graph.serialize(format="nt", encoding="utf-8"), format=pyoxigraph.RdfFormat.N_TRIPLES)
    network = project(store)
    nodes_out, rels_out = io.StringIO(), io.StringIO()
    nodes = csv.writer(nodes_out, lineterminator="\n")
    nodes.writerow(["iri:ID", "name", "class", "wikidata", ":LABEL"])
    for node, data in sorted(network.nodes(data=True)):
        labels = ";".join(sorted({c for c in data.get("classes", [data.get("cls", "Thing")]) if c != "Entity"}))
        nodes.writerow([node, data.get("label", ""), data.get("cls", ""), data.get("wikidata", ""), labels])
    rels = csv.writer(rels_out, lineterminator="\n")
    rels.writerow([":START_ID", ":END_ID", ":TYPE", "predicate", "kind", "statement", "evidence"])
    for u, v, data in sorted(network.edges(data=True), key=lambda e: (e[0], e[1], e[2].get("statement", ""))):
        kind = data.get("kind", "fact")
        rel_type = data["predicate"].rsplit("#", 1)[-1].upper() if kind != "stance" else data["stance"].upper()
        evidence = ";".join(f"{e['start']}-{e['end']}" for e in data.get("evidence", []))
        rels.writerow([u, v, rel_type, data["predicate"], kind, data.get("statement", ""), evidence])
    return {"nodes.csv": nodes_out.getvalue().encode(), "relationships.csv": rels_out.getvalue().encode()}


def export_rdf(graph: Graph, fmt: str, part: str = "all", nanopub: bool = False) -> bytes:
    """Serialize ``graph`` (or one part of it) in ``fmt``."""
    if fmt not in RDF_FORMATS:
        raise GraphError(f"unknown format {fmt!r}; choose one of {', '.join(RDF_FORMATS)}, graphml, gexf, neo4j")
    if nanopub and fmt not in QUAD_FORMATS:
        raise GraphError("--nanopub needs a quad format: trig or nquads")
    if fmt in QUAD_FORMATS:
        return quads(graph, part, nanopub).serialize(format=RDF_FORMATS[fmt], encoding="utf-8")
    chosen = select(graph, part)
    if fmt == "jsonld":
        return to_jsonld(chosen)
    return chosen.serialize(format=RDF_FORMATS[fmt], encoding="utf-8")
