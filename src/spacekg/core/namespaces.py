"""IRIs: the ontology namespace, the default data namespace, and prefixes.

Ontology terms live under ``https://w3id.org/spacekg/ontology#``; data
(entities, facts, claims, evidence) under ``https://w3id.org/spacekg/id/``
unless a build is given another base.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

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


# --- the one home of the rules that turn IRIs into short names --------------


def local_name(iri: str) -> str:
    """The part of an IRI after its last ``#`` or ``/``: ``leads`` for skg:leads.

    >>> local_name("https://w3id.org/spacekg/ontology#leads")
    'leads'
    """
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def skg_name(term: object) -> str | None:
    """The local name of an ontology term (``leads`` for skg:leads), None for any other term."""
    text = str(term)
    return local_name(text) if text.startswith(SKG) and len(text) > len(SKG) else None


def prefixed_name(iri: str, prefixes: Mapping[str, str] = PREFIXES, *, plain: bool = False) -> str | None:
    """``skg:leads`` by the longest namespace of ``prefixes`` that starts ``iri``,
    or None when none fits (or the local part is empty). With ``plain``, only
    local parts of letters, digits and ``-_.`` count (what reads as a name).

    >>> prefixed_name("https://w3id.org/spacekg/ontology#leads")
    'skg:leads'
    """
    best: tuple[str, str] | None = None
    for prefix, namespace in prefixes.items():
        if iri.startswith(namespace) and len(iri) > len(namespace) and (best is None or len(namespace) > len(best[1])):
            local = iri[len(namespace) :]
            if not plain or all(c.isalnum() or c in "-_." for c in local):
                best = (prefix, namespace)
    return f"{best[0]}:{iri[len(best[1]) :]}" if best else None


def prefix_header(prefixes: Mapping[str, str], names: Iterable[str] | None = None) -> str:
    """SPARQL ``PREFIX p: <namespace>`` lines (each ending in a newline) for
    ``names`` (default: all of ``prefixes``, in their order).

    >>> prefix_header({"skg": SKG})
    'PREFIX skg: <https://w3id.org/spacekg/ontology#>\\n'
    """
    return "".join(f"PREFIX {p}: <{prefixes[p]}>\n" for p in (prefixes if names is None else names))
