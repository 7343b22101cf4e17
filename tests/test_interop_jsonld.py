"""The JSON-LD context: generated from the ontology, shipped, read offline.

pyld compacts the graph with the context to plain JSON keys and expands it
back to the same graph, with a document loader that refuses every fetch.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from rdflib import Graph, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import OWL, RDF

from spacekg.core.namespaces import PREFIXES, SKG
from spacekg.interop.export import export_rdf
from spacekg.model.context import build_context, context_json, expand, packaged_ontology

ROOT = Path(__file__).resolve().parent.parent
PROPERTY_TYPES = (OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty)


def no_fetch(url: str, options: dict[str, Any] | None = None) -> Any:
    raise AssertionError(f"pyld tried to fetch {url}: the context must be embedded")


@pytest.fixture(scope="module")
def context() -> dict[str, Any]:
    return build_context(packaged_ontology())["@context"]


def test_every_ontology_property_and_class_has_a_term(context: dict[str, Any]) -> None:
    ontology = packaged_ontology()
    defined = {expand(v if isinstance(v, str) else v["@id"], PREFIXES) for v in context.values()}
    properties = {str(s) for t in PROPERTY_TYPES for s in ontology.subjects(RDF.type, t)}
    classes = {str(s) for s in ontology.subjects(RDF.type, OWL.Class) if str(s).startswith(SKG)}
    assert len(properties) > 50 and properties <= defined, properties - defined
    assert classes <= defined, classes - defined


def test_term_definitions_follow_the_ontology(context: dict[str, Any]) -> None:
    assert context["leads"] == {"@id": "skg:leads", "@type": "@id"}
    assert context["startYear"] == {"@id": "skg:startYear", "@type": "xsd:integer"}
    assert context["label"] == {"@id": "rdfs:label", "@language": "en"}
    assert context["subject"] == {"@id": "rdf:subject", "@type": "@id"}
    assert context["Country"] == "skg:Country"
    # A taken local name keeps its vocabulary's prefix.
    assert context["memberOf"]["@id"] == "skg:memberOf" and context["schema:memberOf"]["@id"] == "schema:memberOf"


def test_shipped_files_are_generated_from_the_ontology() -> None:
    text = context_json()
    for shipped in (
        ROOT / "src" / "spacekg" / "ontology" / "context.jsonld",
        ROOT / "data" / "release" / "context.jsonld",
    ):
        assert shipped.read_text(encoding="utf-8") == text, f"{shipped} is stale: run scripts/release.sh"


def test_compacted_document_reads_as_plain_json_and_expands_back(graph: Graph) -> None:
    from pyld import jsonld

    document = json.loads(export_rdf(graph, "jsonld"))
    assert isinstance(document["@context"], dict)  # embedded, nothing to fetch
    nodes = {node["id"]: node for node in document["@graph"]}
    nasa = nodes["kg:nasa"]
    assert nasa["type"] == "SpaceAgency" and nasa["label"] == "NASA" and nasa["leads"] == "kg:artemis"
    entities = [n for n in nodes.values() if str(n.get("type", "")) in document["@context"]]
    assert len(entities) > 50
    prefixed = {key for node in entities for key in node if ":" in key}
    assert not prefixed, f"keys without a term: {prefixed}"
    options = {"documentLoader": no_fetch}
    expanded = jsonld.expand(document, options)
    nquads = jsonld.to_rdf(expanded, {"format": "application/n-quads", **options})
    assert isomorphic(Graph().parse(data=nquads, format="nt"), graph)


def test_published_context_alone_compacts_and_expands_offline(graph: Graph) -> None:
    """A consumer holding only data/release/context.jsonld gets the same graph back."""
    from pyld import jsonld

    published = json.loads((ROOT / "data" / "release" / "context.jsonld").read_text(encoding="utf-8"))
    expanded = json.loads(graph.serialize(format="json-ld"))
    options = {"documentLoader": no_fetch}
    compacted = jsonld.compact(expanded, published, options)
    nquads = jsonld.to_rdf(jsonld.expand(compacted, options), {"format": "application/n-quads", **options})
    assert isomorphic(Graph().parse(data=nquads, format="nt"), graph)
    assert URIRef(SKG + "leads") in {p for _, p, _ in Graph().parse(data=nquads, format="nt")}


def test_ontology_rdfxml_release_file_is_current() -> None:
    """data/release/ontology.rdf (what w3id.org/spacekg/ontology gives for RDF/XML)."""
    import runpy

    ontology_rdfxml = runpy.run_path(str(ROOT / "scripts" / "release_files.py"))["ontology_rdfxml"]
    shipped = ROOT / "data" / "release" / "ontology.rdf"
    assert shipped.read_bytes() == ontology_rdfxml(), f"{shipped} is stale: run scripts/release.sh"
    assert isomorphic(Graph().parse(shipped, format="xml"), packaged_ontology())
