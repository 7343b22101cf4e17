"""VoID and DCAT description of a built graph, for catalogues.

Written by ``spacekg build`` next to the graph (``spacekg.void.ttl``):
counts of triples, entities and each class, the vocabularies used, the
Wikidata linkset, the license, the source texts and the distributions
(Turtle and JSON-LD, as committed in data/release/) with their media types.
"""

from __future__ import annotations

from collections import Counter

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCAT, DCTERMS, FOAF, OWL, RDF, RDFS, VOID, XSD

from spacekg.core.namespaces import ONTOLOGY_IRI, PREFIXES, SKG

LICENSE = URIRef("https://creativecommons.org/licenses/by/4.0/")
DISTRIBUTIONS = (("spacekg.ttl", "text/turtle"), ("spacekg.jsonld", "application/ld+json"))


def describe(graph: Graph, base: str) -> Graph:
    void = Graph()
    for prefix in ("dcterms", "skg", "xsd", "foaf"):
        void.bind(prefix, PREFIXES[prefix])
    void.bind("void", VOID)
    void.bind("dcat", DCAT)
    void.bind("kg", base)
    dataset = URIRef(f"{base}dataset")
    add = void.add
    add((dataset, RDF.type, VOID.Dataset))
    add((dataset, RDF.type, DCAT.Dataset))
    add((dataset, DCTERMS.title, Literal("spacekg: a knowledge graph of space politics", lang="en")))
    add((dataset, DCTERMS.description, Literal(
        "Actors, programs, documents and claims of space politics from reporting, with every fact and claim "
        "traced to a character span of its source. Facts and attributed claims are kept apart.", lang="en")))  # fmt: skip
    add((dataset, DCTERMS.license, LICENSE))
    add((dataset, DCTERMS.creator, Literal("spacekg developers")))
    add((dataset, VOID.uriSpace, Literal(base)))
    add((dataset, VOID.triples, Literal(len(graph), datatype=XSD.integer)))
    add((dataset, VOID.vocabulary, URIRef(ONTOLOGY_IRI)))
    add((dataset, VOID.sparqlEndpoint, URIRef("http://127.0.0.1:8000/sparql")))
    add((dataset, DCAT.keyword, Literal("space policy", lang="en")))
    add((dataset, DCAT.keyword, Literal("provenance", lang="en")))
    used = sorted(
        {ns for ns in PREFIXES.values() for t in graph.predicates() if str(t).startswith(ns) and ns != PREFIXES["wd"]}
    )
    for namespace in used:
        add((dataset, VOID.vocabulary, URIRef(namespace)))
    entities = {s for s, t in graph.subject_objects(RDF.type) if str(t).startswith(SKG) and str(s).startswith(base)}
    add((dataset, VOID.entities, Literal(len(entities), datatype=XSD.integer)))
    counts = Counter(
        t for s, t in graph.subject_objects(RDF.type) if str(t).startswith(SKG) and str(s).startswith(base)
    )
    for cls, count in sorted(counts.items()):
        partition = URIRef(f"{base}dataset/class/{str(cls)[len(SKG) :]}")
        add((dataset, VOID.classPartition, partition))
        add((partition, VOID["class"], cls))
        add((partition, VOID.entities, Literal(count, datatype=XSD.integer)))
    for source in sorted(set(graph.objects(None, URIRef(SKG + "sha256"))), key=str):
        for document in graph.subjects(URIRef(SKG + "sha256"), source):
            add((dataset, DCTERMS.source, document))
            for title in graph.objects(document, DCTERMS.title):
                add((document, DCTERMS.title, title))
    links = [(s, o) for s, o in graph.subject_objects(OWL.sameAs) if str(o).startswith(PREFIXES["wd"])]
    if links:
        linkset = URIRef(f"{base}dataset/wikidata-links")
        add((linkset, RDF.type, VOID.Linkset))
        add((linkset, VOID.subjectsTarget, dataset))
        add((linkset, VOID.objectsTarget, URIRef("http://www.wikidata.org/")))
        add((linkset, VOID.linkPredicate, OWL.sameAs))
        add((linkset, VOID.triples, Literal(len(links), datatype=XSD.integer)))
        add((dataset, VOID.subset, linkset))
    for name, media in DISTRIBUTIONS:
        distribution = URIRef(f"{base}dataset/distribution/{name}")
        add((dataset, DCAT.distribution, distribution))
        add((distribution, RDF.type, DCAT.Distribution))
        add((distribution, DCAT.mediaType, Literal(media)))
        add((distribution, DCTERMS.title, Literal(name)))
        add((distribution, DCTERMS.license, LICENSE))
        add((dataset, VOID.dataDump, URIRef(f"{base}dataset/distribution/{name}")))
    add((dataset, FOAF.homepage, URIRef("https://w3id.org/spacekg/")))
    add((dataset, RDFS.seeAlso, URIRef(ONTOLOGY_IRI)))
    return void
