"""SHACL validation of a spacekg graph with pySHACL."""

from __future__ import annotations

from dataclasses import dataclass

from rdflib import Graph, URIRef
from rdflib.namespace import OWL, RDF, SH

from spacekg.core.namespaces import ONTOLOGY_IRI
from spacekg.core.resources import shapes_text
from spacekg.model.vocabulary import ontology_graph


@dataclass(frozen=True)
class ValidationResult:
    conforms: bool
    report: str
    violations: int


def shapes_graph() -> Graph:
    graph = Graph()
    graph.parse(data=shapes_text(), format="turtle")
    return graph


def validate_graph(data: Graph) -> ValidationResult:
    """Validate ``data`` against the shapes, with the ontology as background.

    The ontology is merged into a copy of the data graph when it is not
    already there, so class hierarchies resolve for ``sh:class`` and targets.
    """
    from pyshacl import validate  # heavy import, only when validating

    graph = data
    if (URIRef(ONTOLOGY_IRI), RDF.type, OWL.Ontology) not in data:
        graph = Graph()
        for triple in data:
            graph.add(triple)
        for triple in ontology_graph():
            graph.add(triple)
    conforms, report_graph, report_text = validate(
        graph, shacl_graph=shapes_graph(), inference="none", advanced=True, allow_warnings=False
    )
    violations = len(set(report_graph.subjects(SH.resultSeverity, None)))
    return ValidationResult(conforms=bool(conforms), report=str(report_text), violations=violations)
