"""The RDFS entailments of a graph's data, materialised for plain stores.

A store that does no inference (Virtuoso, Jena, Oxigraph, a JSON-LD
consumer) answers ``?a skg:participatesIn kg:ilrs`` only if the triples that
the ontology's ``rdfs:subPropertyOf`` and ``rdfs:subClassOf`` axioms entail
are written out. This module computes exactly those (rules rdfs7 and rdfs9
over the transitive closure of the two hierarchies) with set operations, no
reasoner.

How derived triples are recognised (docs/model.md, "Entailments"):

* in Turtle written by ``spacekg build``, they follow the line
  :data:`TURTLE_MARKER` (a comment), after the asserted graph;
* in quad exports they belong in the named graph :func:`entailments_graph_iri`;
* in any graph, :func:`split_entailments` separates them again: a triple
  is derived when another triple of the graph entails it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from rdflib import Graph, URIRef
from rdflib.namespace import RDF, RDFS
from rdflib.term import Node

from spacekg.model.vocabulary import ontology_graph

Triple = tuple[Node, Node, Node]

TURTLE_MARKER = (
    "# spacekg:entailments: every triple below this line is derived (RDFS super-properties and super-classes)"
)


def entailments_graph_iri(base: str) -> URIRef:
    """The named graph that holds the derived triples in quad exports."""
    return URIRef(f"{base}graph/entailments")


def _closure(pairs: Iterable[tuple[Node, Node]]) -> dict[Node, set[Node]]:
    """Strict ancestors of each term under a sub-of relation (reflexive pairs dropped)."""
    parents: dict[Node, set[Node]] = defaultdict(set)
    for child, parent in pairs:
        if child != parent:
            parents[child].add(parent)
    ancestors: dict[Node, set[Node]] = {}

    def walk(term: Node) -> set[Node]:
        if term in ancestors:
            return ancestors[term]
        ancestors[term] = set()  # cycle guard
        found: set[Node] = set()
        for parent in parents.get(term, ()):
            found.add(parent)
            found |= walk(parent)
        found.discard(term)
        ancestors[term] = found
        return found

    for term in list(parents):
        walk(term)
    return ancestors


def hierarchies(ontology: Graph | None = None) -> tuple[dict[Node, set[Node]], dict[Node, set[Node]]]:
    """(super-properties, super-classes) of every term, from the ontology."""
    onto = ontology if ontology is not None else ontology_graph()
    properties = _closure(onto.subject_objects(RDFS.subPropertyOf))
    classes = _closure(onto.subject_objects(RDFS.subClassOf))
    return properties, classes


def derivations(triples: Iterable[Triple], ontology: Graph | None = None) -> dict[Triple, set[Triple]]:
    """Each entailed triple, with the triples that entail it."""
    properties, classes = hierarchies(ontology)
    found: dict[Triple, set[Triple]] = defaultdict(set)
    for triple in triples:
        s, p, o = triple
        if p == RDF.type:
            for cls in classes.get(o, ()):
                found[(s, RDF.type, cls)].add(triple)
            continue
        for prop in properties.get(p, ()):
            found[(s, prop, o)].add(triple)
            # a super-property may itself be rdf:type-free; classes are reached via rdf:type only
    return found


def entailed_triples(graph: Graph, ontology: Graph | None = None) -> set[Triple]:
    """The triples the data of ``graph`` entails under its super-property and
    super-class axioms and that ``graph`` does not already contain.

    Given the bare graph a build makes, these are the derived triples to
    write beside it. The ontology defaults to the packaged one.
    """
    return {t for t in derivations(graph, ontology) if t not in graph}


def with_entailments(graph: Graph, ontology: Graph | None = None) -> Graph:
    """A copy of ``graph`` plus its entailments (prefixes kept)."""
    result = Graph()
    for prefix, namespace in graph.namespaces():
        result.bind(prefix, namespace, replace=True)
    for triple in graph:
        result.add(triple)
    for triple in entailed_triples(graph, ontology):
        result.add(triple)
    return result


def split_entailments(graph: Graph, ontology: Graph | None = None) -> tuple[set[Triple], set[Triple]]:
    """Separate a graph read back from a file into (asserted, derived).

    A triple is derived when some other triple of the graph entails it. A
    triple that the build both asserts and could derive (an evidence node's
    ``rdf:type oa:Annotation``) counts as derived; the union is the same.
    """
    derived = {t for t, sources in derivations(graph, ontology).items() if t in graph and sources - {t}}
    asserted = {t for t in graph if t not in derived}
    return asserted, derived
