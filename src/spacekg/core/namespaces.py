"""IRIs: the ontology namespace, the default data namespace, and prefixes.

Ontology terms live under ``https://w3id.org/spacekg/ontology#``; data
(entities, facts, claims, evidence) under ``https://w3id.org/spacekg/id/``
unless a build is given another base.
"""

from __future__ import annotations

ONTOLOGY_IRI = "https://w3id.org/spacekg/ontology"
SKG = ONTOLOGY_IRI + "#"
DEFAULT_BASE = "https://w3id.org/spacekg/id/"
WIKIDATA_ENTITY = "http://www.wikidata.org/entity/"

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
OWL = "http://www.w3.org/2002/07/owl#"
XSD = "http://www.w3.org/2001/XMLSchema#"
OA = "http://www.w3.org/ns/oa#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
DCTERMS = "http://purl.org/dc/terms/"

# Prefixes bound in every file spacekg writes and predeclared for queries.
# The data prefix ``kg`` is added per build because its base can change.
PREFIXES: dict[str, str] = {
    "skg": SKG,
    "rdf": RDF,
    "rdfs": RDFS,
    "owl": OWL,
    "xsd": XSD,
    "oa": OA,
    "skos": SKOS,
    "dcterms": DCTERMS,
    "prov": "http://www.w3.org/ns/prov#",
    "org": "http://www.w3.org/ns/org#",
    "time": "http://www.w3.org/2006/time#",
    "schema": "https://schema.org/",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "wd": WIKIDATA_ENTITY,
}


def check_base(base: str) -> str:
    """Return ``base`` if it can prefix data IRIs, else raise ``ValueError``."""
    if not base.startswith(("http://", "https://")):
        raise ValueError(f"base IRI {base!r} must start with http:// or https://")
    if not base.endswith(("/", "#")):
        raise ValueError(f"base IRI {base!r} must end with '/' or '#'")
    if any(c in base for c in ' <>"{}|\\^`'):
        raise ValueError(f"base IRI {base!r} contains a character not allowed in IRIs")
    return base
