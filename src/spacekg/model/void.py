"""VoID and DCAT description of a built graph, for catalogues.

Written by ``spacekg build`` next to the graph (``spacekg.void.ttl``):
counts of triples, entities (every IRI of the dataset's IRI space used as a
subject, as VoID defines them) and of each class, the vocabularies used, the
Wikidata linkset, the license, the creator (an agent with a name), the
source texts and the distributions with download URLs under the published
base (``https://w3id.org/spacekg/release/…``, which the rules in ``w3id/``
redirect to the repository's ``data/release/``). A SPARQL endpoint is
described only when one is given: released files name none.
"""

from __future__ import annotations

from collections import Counter

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import DCAT, DCTERMS, FOAF, OWL, RDF, RDFS, VOID, XSD

from spacekg.core.namespaces import ONTOLOGY_IRI, PREFIXES, SKG, prefixed_name

LICENSE = URIRef("https://creativecommons.org/licenses/by/4.0/")
# Release files: name, media type, title. The graph in two syntaxes, this
# description, and the JSON-LD context the JSON-LD file is compacted with.
DISTRIBUTIONS = (
    ("spacekg.ttl", "text/turtle", "The graph in Turtle"),
    ("spacekg.jsonld", "application/ld+json", "The graph in JSON-LD"),
)
CREATOR = "spacekg developers"


def published_base(base: str) -> str:
    """Where the release files are published for data IRIs under ``base``:
    the data base without its ``id/`` segment (``https://w3id.org/spacekg/``
    for the default), where ``release/NAME`` resolves to the release files."""
    return base[: -len("id/")] if base.endswith("/id/") else base


def _local(cls: str) -> str:
    """The class partition's name: ``Country`` for skg:Country, ``oa-Annotation`` for oa:Annotation."""
    prefix, _, local = (prefixed_name(cls) or "").partition(":")
    if prefix == "skg":
        return local
    if local.isidentifier():
        return f"{prefix}-{local}"
    return "other-" + str(abs(hash(cls)))


def describe(graph: Graph, base: str, endpoint: str | None = None) -> Graph:
    void = Graph()
    for prefix in ("dcterms", "skg", "xsd", "foaf"):
        void.bind(prefix, PREFIXES[prefix])
    void.bind("void", VOID)
    void.bind("dcat", DCAT)
    void.bind("kg", base)
    site = published_base(base)
    dataset = URIRef(f"{base}dataset")
    add = void.add
    add((dataset, RDF.type, VOID.Dataset))
    add((dataset, RDF.type, DCAT.Dataset))
    add((dataset, DCTERMS.title, Literal("spacekg: a knowledge graph of space politics", lang="en")))
    add((dataset, DCTERMS.description, Literal(
        "Actors, programs, documents and claims of space politics from reporting, with every fact and claim "
        "traced to a character span of its source. Facts and attributed claims are kept apart.", lang="en")))  # fmt: skip
    add((dataset, DCTERMS.license, LICENSE))
    creator = BNode("creator")
    add((dataset, DCTERMS.creator, creator))
    add((dataset, DCTERMS.publisher, creator))
    add((creator, RDF.type, FOAF.Agent))
    add((creator, FOAF.name, Literal(CREATOR)))
    add((dataset, VOID.uriSpace, Literal(base)))
    add((dataset, VOID.triples, Literal(len(graph), datatype=XSD.integer)))
    if endpoint:
        add((dataset, VOID.sparqlEndpoint, URIRef(endpoint)))
    add((dataset, DCAT.keyword, Literal("space policy", lang="en")))
    add((dataset, DCAT.keyword, Literal("provenance", lang="en")))
    predicates = {str(p) for p in graph.predicates()}
    used = sorted(
        {ns for ns in PREFIXES.values() if ns != PREFIXES["wd"] and any(p.startswith(ns) for p in predicates)}
    )
    for namespace in used:
        # One IRI per vocabulary: its own IRI (a hash namespace without the
        # '#', so spacekg's is the ontology IRI), as VoID's examples do.
        add((dataset, VOID.vocabulary, URIRef(namespace.removesuffix("#"))))
    in_space = {s for s in graph.subjects() if isinstance(s, URIRef) and str(s).startswith(base)}
    add((dataset, VOID.entities, Literal(len(in_space), datatype=XSD.integer)))
    counts = Counter(str(t) for s, t in graph.subject_objects(RDF.type) if s in in_space and isinstance(t, URIRef))
    for cls, count in sorted(counts.items()):
        partition = URIRef(f"{base}dataset/class/{_local(cls)}")
        add((dataset, VOID.classPartition, partition))
        add((partition, VOID["class"], URIRef(cls)))
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
    for name, media, heading in DISTRIBUTIONS:
        distribution = URIRef(f"{base}dataset/distribution/{name}")
        download = URIRef(f"{site}release/{name}")
        add((dataset, DCAT.distribution, distribution))
        add((distribution, RDF.type, DCAT.Distribution))
        add((distribution, DCAT.mediaType, URIRef(f"https://www.iana.org/assignments/media-types/{media}")))
        add((distribution, DCAT.downloadURL, download))
        add((distribution, DCAT.accessURL, download))
        add((distribution, DCTERMS.format, Literal(media)))
        add((distribution, DCTERMS.title, Literal(heading, lang="en")))
        add((distribution, DCTERMS.license, LICENSE))
        add((dataset, VOID.dataDump, download))
    add((dataset, FOAF.homepage, URIRef(site)))
    add((dataset, DCAT.landingPage, URIRef(site)))
    add((dataset, RDFS.seeAlso, URIRef(ONTOLOGY_IRI)))
    add((dataset, DCTERMS.conformsTo, URIRef(ONTOLOGY_IRI)))
    return void
