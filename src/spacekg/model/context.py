"""The JSON-LD context, generated from the ontology so it cannot drift.

Every property the ontology declares gets a term: object properties coerce
their values to IRIs (``"leads": {"@id": "skg:leads", "@type": "@id"}``),
datatype properties to their range's datatype, English text properties
(labels, comments, titles) to ``@language: en``; every spacekg class gets a
term too, so compacted documents read as plain JSON (``"type": "Country",
"leads": "kg:ilrs"``). A property of another vocabulary whose local name is
taken (``schema:memberOf`` beside ``skg:memberOf``) keeps its prefixed name
as its term. ``scripts/release.sh`` writes it to the package
(``ontology/context.jsonld``) and to ``data/release/context.jsonld``;
exports embed it, so nothing is fetched when a document is read.
"""

from __future__ import annotations

import json
from typing import Any

from rdflib import Graph, URIRef
from rdflib.namespace import OWL, RDF, RDFS

from spacekg.core.namespaces import DEFAULT_BASE, OA, PREFIXES, SKG, XSD, local_name, prefixed_name

# Text properties whose values are English in spacekg's data.
ENGLISH = {
    "http://www.w3.org/2000/01/rdf-schema#label",
    "http://www.w3.org/2000/01/rdf-schema#comment",
    "http://www.w3.org/2004/02/skos/core#prefLabel",
    "http://www.w3.org/2004/02/skos/core#altLabel",
    "http://www.w3.org/2004/02/skos/core#definition",
    "http://purl.org/dc/terms/title",
    "http://purl.org/dc/terms/description",
}
# Ranges the other vocabularies define but the ontology does not repeat.
KNOWN_TYPES = {
    OA + "start": XSD + "nonNegativeInteger",
    OA + "end": XSD + "nonNegativeInteger",
    "http://purl.org/dc/terms/created": XSD + "date",
    "http://purl.org/dc/terms/modified": XSD + "date",
    "http://purl.org/dc/terms/license": "@id",
    "http://www.w3.org/2004/02/skos/core#closeMatch": "@id",
}
# Structural terms of RDF, RDFS and OWL, for the ontology part and the reified facts.
STRUCTURE = {
    "subject": ("rdf:subject", "@id"),
    "predicate": ("rdf:predicate", "@id"),
    "object": ("rdf:object", None),
    "subClassOf": ("rdfs:subClassOf", "@id"),
    "subPropertyOf": ("rdfs:subPropertyOf", "@id"),
    "domain": ("rdfs:domain", "@id"),
    "range": ("rdfs:range", "@id"),
    "seeAlso": ("rdfs:seeAlso", "@id"),
    "sameAs": ("owl:sameAs", "@id"),
    "inverseOf": ("owl:inverseOf", "@id"),
    "disjointWith": ("owl:disjointWith", "@id"),
    "equivalentClass": ("owl:equivalentClass", "@id"),
    "equivalentProperty": ("owl:equivalentProperty", "@id"),
}
PROPERTY_TYPES = (OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty, RDF.Property)


def compact_iri(iri: str) -> str:
    return prefixed_name(iri) or iri


def _coercion(ontology: Graph, prop: URIRef) -> dict[str, str]:
    iri = str(prop)
    if iri in ENGLISH:
        return {"@language": "en"}
    if iri in KNOWN_TYPES:
        return {"@type": KNOWN_TYPES[iri]}
    if (prop, RDF.type, OWL.ObjectProperty) in ontology:
        return {"@type": "@id"}
    if (prop, RDF.type, OWL.DatatypeProperty) in ontology:
        ranges = [str(r) for r in ontology.objects(prop, RDFS.range) if str(r).startswith(XSD)]
        if len(ranges) == 1 and ranges[0] != XSD + "string":
            return {"@type": compact_iri(ranges[0])}
    return {}


def build_context(ontology: Graph, base: str = DEFAULT_BASE) -> dict[str, Any]:
    """The context for ``ontology``'s terms, with ``kg`` bound to ``base``."""
    terms: dict[str, Any] = {"id": "@id", "type": "@type"}
    terms.update(PREFIXES)
    terms["kg"] = base
    properties = sorted({s for t in PROPERTY_TYPES for s in ontology.subjects(RDF.type, t) if isinstance(s, URIRef)})
    # Plain names go first to spacekg's own terms, then to RDF/RDFS/OWL's
    # and the English text properties, then to the other vocabularies.
    own = [p for p in properties if str(p).startswith(SKG)]
    for prop in own:
        terms[local_name(str(prop))] = {"@id": compact_iri(str(prop)), **_coercion(ontology, prop)}
    for name, (iri, kind) in STRUCTURE.items():
        terms.setdefault(name, {"@id": iri, **({"@type": kind} if kind else {})})
    for iri in sorted(ENGLISH):
        terms.setdefault(local_name(iri), {"@id": compact_iri(iri), "@language": "en"})
    for prop in properties:
        if prop in own or any(isinstance(v, dict) and v["@id"] == compact_iri(str(prop)) for v in terms.values()):
            continue
        name = local_name(str(prop))
        if name in terms or not name:
            name = compact_iri(str(prop))
        terms[name] = {"@id": compact_iri(str(prop)), **_coercion(ontology, prop)}
    for cls in sorted(ontology.subjects(RDF.type, OWL.Class), key=str):
        if isinstance(cls, URIRef) and str(cls).startswith(SKG):
            terms.setdefault(local_name(str(cls)), compact_iri(str(cls)))
    return {"@context": terms}


def packaged_ontology() -> Graph:
    from spacekg.core.resources import ontology_text

    return Graph().parse(data=ontology_text(), format="turtle")


def context_json(base: str = DEFAULT_BASE) -> str:
    """The context file's text (what ``ontology/context.jsonld`` holds)."""
    return json.dumps(build_context(packaged_ontology(), base), indent=2, ensure_ascii=False) + "\n"


def expand(value: str, prefixes: dict[str, str]) -> str:
    prefix, sep, rest = value.partition(":")
    return prefixes[prefix] + rest if sep and prefix in prefixes else value


def context_for(graph: Graph, base: str) -> dict[str, Any]:
    """The context cut to what ``graph`` uses: its prefixes, and the terms of
    the properties and classes in it (so a document carries no unused terms)."""
    from rdflib import Literal

    full = build_context(packaged_ontology(), base)["@context"]
    prefixes = {k: v for k, v in full.items() if isinstance(v, str) and v.endswith(("#", "/"))}
    used = {str(term) for triple in graph for term in triple if isinstance(term, URIRef)}
    used |= {str(o.datatype) for o in graph.objects() if isinstance(o, Literal) and o.datatype is not None}
    kept: dict[str, Any] = {"id": "@id", "type": "@type"}
    needed: set[str] = {"kg"}
    for name, value in full.items():
        if name in kept or name in prefixes:
            continue
        iri = value if isinstance(value, str) else value["@id"]
        if expand(iri, prefixes) in used:
            kept[name] = value
            for part in (iri, value.get("@type", "") if isinstance(value, dict) else ""):
                needed.add(part.partition(":")[0])
    namespaces = {p: ns for p, ns in prefixes.items() if p in needed or any(u.startswith(ns) for u in used)}
    return {"@context": {**namespaces, **kept}}
